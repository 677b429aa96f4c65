"""The relations stage: mentions → resolved entities and the facts the text states about them.

Resolution is type-aware (the city 西安 is not 西安交通大学): places by their
gazetteer identity, organisations by a canonical name (parent abbreviations
expanded, a shared parent carried to later list items, the parent-less form
and abbreviations such as 西安光机所 merged into the full name), the rest by
normalised text. Every fact carries the spans of text it rests on; a fact the
text does not support is not made: placement is by what a sentence says
(`placements.py`), by the name, or — background knowledge, its evidence the
gazetteer entry, never a quote — by the organisation gazetteer, never guessed.
Milestones are dated clauses (`dates.py` resolves 同年, 次年, 80年代 …) with an
achievement and an actor entity.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .model import Block, Document, HasAttrs, Mention
from .dates import paragraph_dates
from .placements import sentence_placements

SENTENCE_END = re.compile(r"[。！？!?；;]|\n")
FULL_STOP = re.compile(r"[。！？!?]|\n")
CITY_SUBJECT = re.compile(r"^(?:市)?[\u4e00-\u9fff]{0,4}?(?:拥有|建有|共有|现有|集聚|汇聚|聚集|搭建|建设|建成|设立|组建|布局)了?|^(?:市)?有")
CITY_VERB = re.compile(r"拥有|建有|共有|现有|集聚|汇聚|聚集|搭建|建设|建成|设立|组建|布局|包括")
INSTITUTION_GROUP = "institution"
# A "sentence" longer than this (a text without stops) is cut into pieces, after a
# comma where one lies in the second half of a piece, and no evidence span is
# longer: every fact a sentence supports quotes it, and quotes must stay small.
MAX_SENTENCE_CHARS = 500


@dataclass(frozen=True)
class Evidence:
    block: int
    start: int
    end: int


@dataclass(frozen=True)
class GazetteerEntry:
    """Evidence of background knowledge: an entry of a general-knowledge list the tool ships, not a passage."""

    gazetteer: str  # the list, as a path in the repository: extract/rules/organisations.tsv
    entry: str  # the entry's key there: an organisation's name, a place's code
    label: str  # what the entry names

    @property
    def ref(self) -> str:
        return f"{self.gazetteer}#{self.entry}"


ORGANISATIONS_TSV = "extract/rules/organisations.tsv"


def place_entry(place) -> GazetteerEntry:
    """The gazetteer entry of a place: Chinese divisions by adcode, world places by GeoNames id or ISO code."""
    chinese = place.level in ("province", "prefecture", "county")
    path = "extract/gazetteers/cn_divisions.tsv" if chinese else "extract/gazetteers/world_places.tsv"
    return GazetteerEntry(path, place.code or place.name, place.short or place.name)


@dataclass(frozen=True)
class Entity(HasAttrs):
    id: str
    type: str
    label: str
    label_en: str | None
    aliases: tuple[str, ...]
    mentions: tuple[int, ...]
    attrs: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Fact:
    subject: str
    predicate: str
    object: str  # an entity id, or a literal for literal-valued predicates
    evidence: tuple[Evidence, ...]
    method: str = "text"  # text | name | sentence | list | affiliation | parenthesis | statement | possessive | capital | gazetteer | taxonomy | table
    literal: bool = False
    attrs: tuple[tuple[str, object], ...] = ()
    background: GazetteerEntry | None = None  # the evidence of a fact no passage states (method gazetteer)


@dataclass(frozen=True)
class Extraction:
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    mention_entity: tuple[str | None, ...]  # entity id of each mention


# --- helpers --------------------------------------------------------------------------------


def sentences(text: str, offset: int = 0, clauses: bool = True, max_chars: int | None = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """Sentence spans of `text` (shifted by `offset`); with `clauses`, ；-separated clauses too.

    A sentence longer than `max_chars` is cut into pieces (None: never)."""
    out, start = [], 0
    for m in (SENTENCE_END if clauses else FULL_STOP).finditer(text):
        end = m.end() if m.group(0) != "\n" else m.start()
        out += [(offset + s, offset + e) for s, e in _pieces(text, start, end, max_chars) if text[s:e].strip()]
        start = m.end()
    out += [(offset + s, offset + e) for s, e in _pieces(text, start, len(text), max_chars) if text[s:e].strip()]
    return out


def _pieces(text: str, start: int, end: int, max_chars: int | None):
    """[start, end) in pieces of at most `max_chars`, each cut after a comma in its second half if there is one."""
    while max_chars is not None and end - start > max_chars:
        limit = start + max_chars
        cut = max(text.rfind(ch, start + max_chars // 2, limit) for ch in "，,、") + 1 or limit
        yield start, cut
        start = cut
    yield start, end


def sentence_mentions(block: Block, block_mentions: list[Mention], clauses: bool = True, max_chars: int | None = MAX_SENTENCE_CHARS):
    """Each sentence of `block` as (start, end, the mentions that start in it, in text order)."""
    ordered = sorted(block_mentions, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    for s, e in sentences(block.text, block.start, clauses, max_chars):
        yield s, e, ordered[bisect_left(starts, s) : bisect_left(starts, e)]


def normal(text: str) -> str:
    """A name as compared: width-folded, spaces between CJK characters removed."""
    text = unicodedata.normalize("NFKC", text).strip()
    return re.sub(r"(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])", "", text)


_IRI_UNSAFE = re.compile(r'[\s/\\?#%&+<>"{}|^`\[\]]+')


def slug(text: str) -> str:
    """The part of an entity IRI after its type: the name, with IRI-unsafe characters replaced."""
    text = _IRI_UNSAFE.sub("-", normal(text))
    return text.strip("-") or "x"


_TYPE_PATH = {
    "City": "city", "Province": "province", "Country": "country", "Region": "region",
    "University": "org", "ResearchInstitute": "org", "StateKeyLab": "lab", "NationalLab": "lab",
    "NationalEngineeringLab": "lab", "EngineeringCenter": "org", "InternationalCooperationBase": "org",
    "Company": "org", "GovernmentBody": "org", "Fund": "org", "Park": "org", "OtherOrganization": "org",
    "Policy": "policy", "Publication": "publication", "Technology": "tech", "Person": "person", "Milestone": "milestone",
}
# When mentions of one organisation disagree on its type, the more specific wins.
_TYPE_RANK = {t: k for k, t in enumerate((
    "OtherOrganization", "Park", "Fund", "GovernmentBody", "Company", "University", "ResearchInstitute",
    "InternationalCooperationBase", "EngineeringCenter", "NationalEngineeringLab", "NationalLab", "StateKeyLab",
))}


@dataclass
class _Group:
    key: str
    type_votes: Counter = field(default_factory=Counter)
    names: Counter = field(default_factory=Counter)
    surface: Counter = field(default_factory=Counter)
    mentions: list[int] = field(default_factory=list)
    attrs: dict = field(default_factory=dict)


# --- organisation names --------------------------------------------------------------------------


def _org_alias_map() -> dict[str, str]:
    aliases = {}
    for org in lexicon.organisations():
        for name in (org.name, *org.aliases):
            aliases[normal(name)] = normal(org.name)
    return aliases


def canonical_org_name(text: str, parent: str | None, aliases: dict[str, str]) -> str:
    """Expand a leading parent abbreviation (中科院 → 中国科学院) and prefix a carried list parent."""
    name = normal(text)
    if name in aliases:
        return aliases[name]
    for tail in ("股份有限公司", "有限公司", "公司", "集团"):
        if name.endswith(tail) and name[: -len(tail)] in aliases:
            return aliases[name[: -len(tail)]]
    for k in range(len(name) - 2, 1, -1):  # the longest alias that begins the name and leaves two characters
        if name[:k] in aliases:
            name = aliases[name[:k]] + name[k:]
            break
    if parent:
        parent_name = aliases.get(normal(parent), normal(parent))
        if not name.startswith(parent_name):
            name = parent_name + name
    return name


def _abbreviates(short: str, full: str) -> bool:
    """西安光机所 abbreviates 西安光学精密机械研究所: same first character and last character, the rest in order."""
    if len(short) < 3 or len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(ch in it for ch in short)


# --- the stage --------------------------------------------------------------------------------------


def relations(document: Document, mentions: tuple[Mention, ...], document_id: str = "doc", schemes: tuple | None = None) -> Extraction:
    """Entities and facts of one document; `schemes` are its `find_schemes` result when the caller already has it."""
    aliases = _org_alias_map()
    groups: dict[str, _Group] = {}
    mention_key: list[str | None] = [None] * len(mentions)

    carried = _carried_parents(document, mentions, aliases)
    for m in mentions:
        if m.group == "date":
            continue
        key = _group_key(m, aliases, carried.get(m.index))
        group = groups.setdefault(key, _Group(key))
        group.type_votes[m.label] += 2 if m.source in ("list", "known_org") else 1
        group.names[normal(m.text)] += 1
        group.surface[m.text.strip()] += 1
        group.mentions.append(m.index)
        if m.attr("place") is not None:
            group.attrs["place"] = m.attr("place")
        if m.attr("org") is not None:
            group.attrs["org"] = m.attr("org")
        if m.attr("tech") is not None:
            group.attrs["tech"] = m.attr("tech")
        if m.attr("policy_kind"):
            group.attrs["policy_kind"] = m.attr("policy_kind")
        if m.attr("role"):
            group.attrs.setdefault("roles", set()).add(m.attr("role"))
        mention_key[m.index] = key

    _merge_org_variants(groups, mention_key)

    entities: dict[str, Entity] = {}
    key_to_id: dict[str, str] = {}
    for key, group in groups.items():
        entity = _entity(group, key, mentions)
        if entity.id in entities:  # two keys, one id: keep both mentions
            old = entities[entity.id]
            entity = Entity(old.id, old.type, old.label, old.label_en, tuple(sorted(set(old.aliases) | set(entity.aliases))), tuple(sorted(old.mentions + entity.mentions)), old.attrs)
        entities[entity.id] = entity
        key_to_id[key] = entity.id
    mention_entity = tuple(key_to_id.get(k) if k else None for k in mention_key)

    facts: list[Fact] = []
    facts += _suborganizations(entities, mentions, mention_entity)
    facts += _placements(document, entities, mentions, mention_entity)
    milestones, milestone_facts = _milestones(document, mentions, mention_entity, entities, document_id)
    entities.update({e.id: e for e in milestones})
    facts += milestone_facts
    facts += _policy_facts(document, mentions, mention_entity, entities)
    facts += _lists(mentions, mention_entity)
    facts += _co_mentions(document, mentions, mention_entity, entities)
    facts += _schemes(document, entities, mentions, document_id, schemes)
    return Extraction(tuple(sorted(entities.values(), key=lambda e: e.id)), tuple(facts), mention_entity)


def _carried_parents(document: Document, mentions, aliases: dict[str, str]) -> dict[int, str]:
    """中国科学院物理研究所、化学研究所: a bare name right after a parent-prefixed one in a 、-list shares its parent.

    Only a name that writes its parent passes it on, and only to a bare name: no
    place at its start, no organisation inside it (上药集团中央研究院 keeps its own)."""
    known = set(aliases.values())
    places = {n for p in lexicon.places() for n in (p.name, p.short, *p.aliases) if n and len(n) >= 2}
    suffixes = [x.text for x in lexicon.institution_rules().suffixes]
    carried: dict[int, str] = {}
    previous = None
    for m in mentions:
        if m.group != INSTITUTION_GROUP:
            previous = previous if m.group == "date" else None
            continue
        if previous is not None and document.text[previous.end : m.start] == "、" and m.attr("parent") is None:
            full = canonical_org_name(previous.text, previous.attr("parent"), aliases)
            parent = next((full[:k] for k in range(len(full) - 2, 1, -1) if full[:k] in known), None)
            name = normal(m.text)
            own = next((x for x in suffixes if name.endswith(x)), "")
            inner = name[: len(name) - len(own)]
            bare = (
                len(name) <= 12
                and not any(name[:k] in places or name[:k] in known for k in range(2, min(len(name), 8)))
                and not any(x in inner for x in suffixes)
            )
            if parent and bare and not name.startswith(parent):
                carried[m.index] = parent
        previous = m
    return carried


def _group_key(m: Mention, aliases: dict[str, str], carried_parent: str | None = None) -> str:
    if m.group == "place":
        return m.key or f"place:{normal(m.text)}"
    if m.group == INSTITUTION_GROUP:
        org = m.attr("org")
        if org is not None:
            return f"org:{normal(org.name)}"
        return f"org:{canonical_org_name(m.text, m.attr('parent') or carried_parent, aliases)}"
    if m.group == "technology":
        return m.key or f"tech:{normal(m.text)}"
    if m.group == "policy":
        return f"policy:{normal(m.text)}"
    if m.group == "person":
        return f"person:{normal(m.text)}"
    return f"{m.group}:{normal(m.text)}"


# More names than this under one parent with the same first and last character (a
# generated list of thousands) are not searched for the one a short name abbreviates.
MAX_ABBREVIATION_BUCKET = 256


def _merge_org_variants(groups: dict[str, _Group], mention_key: list[str | None]) -> None:
    """Merge 西安光学精密机械研究所 and 中科院西安光机所 into 中国科学院西安光学精密机械研究所."""
    names = {k: k[4:] for k in groups if k.startswith("org:")}
    parents = {normal(o.name) for o in lexicon.organisations()} | set(names.values())
    by_rest: dict[str, set[str]] = defaultdict(set)  # name without its parent → full names
    # (parent, first and last character of the rest) → (rest, full name): an abbreviation keeps both characters.
    by_parent: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for key, full in names.items():
        for k in range(2, len(full) - 1):
            if full[:k] in parents:
                by_rest[full[k:]].add(key)
                by_parent[(full[:k], full[k], full[-1])].append((full[k:], key))
    target: dict[str, str] = {}
    for key, name in names.items():
        candidates = {other for other in by_rest.get(name, ()) if other != key and len(names[other]) > len(name)} if len(name) >= 4 else set()
        for k in range(2, len(name) - 1):
            if len(candidates) > 1:
                break  # ambiguous already: no merge
            bucket = by_parent.get((name[:k], name[k], name[-1]), ()) if name[:k] in parents else ()
            if len(bucket) <= MAX_ABBREVIATION_BUCKET:
                candidates |= {other for rest, other in bucket if other != key and _abbreviates(name[k:], rest)}
        if len(candidates) == 1:
            target[key] = candidates.pop()
    for key, into in target.items():
        seen = {key}
        while into in target and into not in seen:
            seen.add(into)
            into = target[into]
        if into == key or into not in groups or key not in groups:
            continue
        source = groups.pop(key)
        dest = groups[into]
        dest.type_votes.update(source.type_votes)
        dest.names.update(source.names)
        dest.surface.update(source.surface)
        dest.mentions.extend(source.mentions)
        for m in source.mentions:
            mention_key[m] = into


def _entity(group: _Group, key: str, mentions: tuple[Mention, ...]) -> Entity:
    votes = group.type_votes
    top = max(votes.values())
    type_ = max((t for t, v in votes.items() if v == top), key=lambda t: _TYPE_RANK.get(t, -1))
    attrs: list[tuple[str, object]] = []
    label_en = None
    names = sorted(group.names, key=lambda n: (-group.names[n], -len(n), n))
    label = key.split(":", 1)[1] if key.startswith(("org:", "policy:", "person:")) else names[0]
    # As written, where the text writes the canonical name (中国地质大学（武汉）, not its folded form).
    written = [t for t, _ in group.surface.most_common() if normal(t) == label]
    if written:
        label = written[0]
    place = group.attrs.get("place")
    if place is not None:
        label = place.short or place.name
        label_en = place.en or None
        attrs += [("lat", place.lat), ("lon", place.lon), ("country", place.country), ("province", place.province), ("kind", place.kind)]
    org = group.attrs.get("org")
    if org is None and key.startswith("org:"):
        org = _known_orgs().get(key[4:])  # a known organisation found by its suffix (哥伦比亚大学)
    if org is not None:
        label = normal(org.name)
        label_en = org.en or None
        attrs += [("org_country", org.country), ("org_city", org.city), ("known", True)]
    tech = group.attrs.get("tech")
    if tech is not None:
        label = tech.term
        label_en = tech.en or None
        attrs += [("domain", tech.domain), ("broader", tech.broader)]
    if group.attrs.get("policy_kind"):
        attrs.append(("policy_kind", group.attrs["policy_kind"]))
    if group.attrs.get("roles"):
        attrs.append(("roles", tuple(sorted(group.attrs["roles"]))))
    if type_ in ("Country", "Region") and place is not None:
        key_name = place.country or label
    else:
        key_name = label
    aliases = tuple(sorted({n for n in names if n != label}))
    entity_id = f"{_TYPE_PATH.get(type_, 'thing')}/{slug(key_name if type_ in ('Country', 'Region') else label)}"
    return Entity(entity_id, type_, label, label_en, aliases, tuple(sorted(group.mentions)), tuple(attrs))


@lru_cache(maxsize=1)
def _known_orgs() -> dict:
    """The organisation gazetteer by normalised name."""
    return {normal(o.name): o for o in lexicon.organisations()}


def _suborganizations(entities: dict[str, Entity], mentions, mention_entity) -> list[Fact]:
    """`org:subOrganizationOf` where the name says so: 中国科学院物理研究所 → 中国科学院."""
    orgs = {e.label: e for e in entities.values() if e.type in _TYPE_RANK}
    known = {normal(o.name) for o in lexicon.organisations()}
    facts = []
    names = {*orgs, *known}
    for entity in orgs.values():
        label = entity.label
        for k in range(len(label) - 2, 1, -1):
            parent_name = label[:k]
            if parent_name in names:
                parent = orgs.get(parent_name)
                if parent is None:
                    continue
                ev = _first_evidence(entity, mentions)
                facts.append(Fact(entity.id, "subOrganizationOf", parent.id, ev, "name"))
                break
    return facts


def _first_evidence(entity: Entity, mentions) -> tuple[Evidence, ...]:
    m = mentions[entity.mentions[0]]
    return (Evidence(m.block, m.start, m.end),)


def _city_entities(entities: dict[str, Entity]) -> dict[str, Entity]:
    out = {}
    for e in entities.values():
        if e.type in ("City", "Country"):
            out[e.label] = e
            for alias in e.aliases:
                out.setdefault(alias, e)
    return out


def _placements(document: Document, entities: dict[str, Entity], mentions, mention_entity) -> list[Fact]:
    """`ht:locatedIn` as a reader finds it: what a sentence states, then the name, then background knowledge.

    A sentence lists institutions under a city ("武汉市拥有…") or places one by
    the genre's other phrasings (`placements.py`: affiliation lines, X（北京）,
    位于…, 广州的…, 省会); the name places it (武汉病毒研究所, 北京大学国家发展研究院)
    unless the organisation gazetteer knows it elsewhere (中山大学 is in 广州);
    last, the gazetteer's city — background knowledge, with the gazetteer entry
    as its evidence and never a city of another country than the organisation's."""
    facts: dict[tuple[str, str], Fact] = {}
    places = _city_entities(entities)
    by_name = _places_by_name()
    by_block = defaultdict(list)
    for m in mentions:
        by_block[m.block].append(m)
    for block in document.blocks:
        block_mentions = by_block.get(block.index, [])
        if not block_mentions:
            continue
        # 1. "武汉市拥有 A…；拥有 B…；拥有 C…。": the subject carries over the ；-clauses, and
        # over a list of any length (a long one quotes the city and the item apart).
        for s, e, in_sentence in sentence_mentions(block, block_mentions, clauses=False, max_chars=None):
            cities = [m for m in in_sentence if m.label == "City"]
            city_starts = [m.start for m in cities]
            subject = None
            for m in cities:
                follows = document.text[m.end : m.end + 24]
                at_clause_start = m.start == s or document.text[m.start - 1] in "，,"
                verb = CITY_VERB.search(follows)
                if CITY_SUBJECT.match(follows) or (at_clause_start and verb and not _starts_within(city_starts, m.end, m.end + verb.start())):
                    subject = m
                    break
            if subject is None:
                continue
            city = mention_entity[subject.index]
            for m in in_sentence:
                if m.start > subject.end and m.group == INSTITUTION_GROUP and mention_entity[m.index]:
                    key = (mention_entity[m.index], city)
                    if _compatible(entities[key[0]], entities[city]):
                        facts.setdefault(key, Fact(key[0], "locatedIn", city, _span_evidence(block.index, subject, m), "sentence"))
        # 2. the genre's other phrasings, sentence by sentence.
        for s, e, in_sentence in sentence_mentions(block, block_mentions):
            resolved = [m for m in in_sentence if mention_entity[m.index] and m.group in (INSTITUTION_GROUP, "place")]
            for p in sentence_placements(document.text, s, e, resolved):
                subject, place = entities[mention_entity[p.subject.index]], entities[mention_entity[p.place.index]]
                if _placeable(subject, place) and _compatible(subject, place) and not _branch(subject, place, p):
                    ev = (Evidence(block.index, p.start, p.end),) if p.end - p.start <= MAX_SENTENCE_CHARS else _span_evidence(block.index, p.subject, p.place)
                    facts.setdefault((subject.id, place.id), Fact(subject.id, "locatedIn", place.id, ev, p.basis))
    placed = {subject for subject, place in facts if entities[place].type == "City"}
    # 3. from the name: 武汉病毒研究所, 中国地质大学（武汉）, 北京大学国家发展研究院.
    known_city = {normal(o.name): o.city for o in lexicon.organisations()}
    for entity in list(entities.values()):
        if entity.type not in _TYPE_RANK or entity.id in placed:
            continue
        hit = _city_in_name(entity, by_name, known_city)
        if hit is None:
            continue
        city = places.get(hit) or places.get(hit.rstrip("市"))
        if city is not None and city.type == "City" and _compatible(entity, city):
            city_id = city.id
        else:
            city_id = _name_city(entities, by_name[hit], hit, entity, mentions)
        if city_id:
            facts[(entity.id, city_id)] = Fact(entity.id, "locatedIn", city_id, _prose_evidence(document, entity, mentions), "name")
            placed.add(entity.id)
    # 4. background knowledge: the organisation gazetteer's city, in the organisation's own country.
    for entity in list(entities.values()):
        city_name = entity.attr("org_city")
        if not city_name or entity.id in placed:
            continue
        target = _background_place(entities, places, by_name, city_name, entity)
        if target:
            entry = GazetteerEntry(ORGANISATIONS_TSV, entity.label, entity.label)
            facts[(entity.id, target)] = Fact(entity.id, "locatedIn", target, (), "gazetteer", background=entry)
    return list(facts.values())


def _prose_evidence(document: Document, entity: Entity, mentions) -> tuple[Evidence, ...]:
    """The entity's first mention in running text (a paragraph), else its first mention (a table cell, a heading)."""
    m = next((mentions[i] for i in entity.mentions if document.blocks[mentions[i].block].kind == "paragraph"), mentions[entity.mentions[0]])
    return (Evidence(m.block, m.start, m.end),)


def _span_evidence(block: int, a: Mention, b: Mention) -> tuple[Evidence, ...]:
    """From one mention to the other; two quotes when that would be longer than a sentence may be."""
    first, last = (a, b) if a.start <= b.start else (b, a)
    if last.end - first.start <= MAX_SENTENCE_CHARS:
        return (Evidence(block, first.start, last.end),)
    return (Evidence(block, first.start, first.end), Evidence(block, last.start, last.end))


def _branch(subject: Entity, place: Entity, p) -> bool:
    """A well-known organisation put in another city than its own by a cue that is not about its headquarters."""
    known = subject.attr("org_city")
    if not known or place.type != "City" or p.basis != "statement" or known.rstrip("市") in (place.label, *place.aliases):
        return False
    return p.cue not in _placement_rules()["headquarters_cues"]


def _placeable(subject: Entity, place: Entity) -> bool:
    """An institution in a city or province; a city in a province."""
    if subject.type in _TYPE_RANK:
        return place.type in ("City", "Province")
    return subject.type == "City" and place.type == "Province"


_REGION_OF_COUNTRY = {"TW": "台湾", "HK": "香港", "MO": "澳门"}  # ISO codes the place gazetteer files under CN


def _same_country(code: str | None, country: str | None, province: str | None) -> bool:
    """Whether a place of `country` (and Chinese `province`) lies in the country `code` (INT, EU, unknown: any)."""
    if not code or code in ("INT", "EU") or not country:
        return True
    if code in _REGION_OF_COUNTRY:
        return country == "CN" and province == _REGION_OF_COUNTRY[code]
    return country == code


def _compatible(subject: Entity, place: Entity) -> bool:
    """A well-known organisation is never placed in a place of another country than its own."""
    return _same_country(subject.attr("org_country"), place.attr("country"), place.attr("province"))


@lru_cache(maxsize=1)
def _places_by_name() -> dict[str, tuple]:
    """City and country names of the place gazetteer → the places that bear them."""
    by_name = defaultdict(list)
    for p in lexicon.places():
        if p.kind in ("city", "country"):
            for n in {p.name, p.short, *p.aliases}:
                if n:
                    by_name[n].append(p)
    return {n: tuple(ps) for n, ps in by_name.items()}


def _city_in_name(entity: Entity, by_name, known_city: dict[str, str]) -> str | None:
    """The city an institution's name begins with (after a known parent) or ends with in brackets.

    A name that begins with a known parent and holds no city after it takes the
    parent's (北京大学国家发展研究院 → 北京). A city the organisation gazetteer
    contradicts is a name, not a place (中山大学 is in 广州, 哥伦比亚大学 in 纽约)."""
    name, parent = entity.label, None
    for k in range(len(name) - 3, 0, -1):  # the longest known parent that begins the name and leaves three characters
        if name[:k] in known_city:
            name, parent = name[k:], name[:k]
            break
    known = [entity.attr("org_city")]
    hit = _name_prefix_city(name, by_name)
    if hit is None and parent is not None:
        hit = _name_prefix_city(parent, by_name)
        known.append(known_city.get(parent))
    if hit is None or any(k and k.rstrip("市") != hit.rstrip("市") for k in known):
        return None
    return hit


def _name_prefix_city(name: str, by_name) -> str | None:
    """The city that begins a name (武汉病毒研究所), ends it in brackets (…（武汉）) or comes before its unit word (国家超级计算广州中心)."""
    campus = re.search(r"[（(]([\u4e00-\u9fff]{2,6})[)）]$", name)
    if campus and campus.group(1) in by_name:
        return campus.group(1)
    for length in range(min(6, len(name) - 2), 1, -1):
        if name[:length] in by_name and any(p.kind == "city" for p in by_name[name[:length]]) and _prefix_is_word(name, length):
            return name[:length]
    return _branch_city(name, by_name)


def _branch_city(name: str, by_name) -> str | None:
    """国家超级计算广州中心, …武汉分院: a city written as a word right before the name's unit word (after an optional 分)."""
    from .components import words_of

    rules = _placement_rules()
    unit = next((u for u in lexicon.institution_rules().unit_endings if name.endswith(u)), None)
    if unit is None:
        return None
    head = name[: len(name) - len(unit)]
    head = head[: len(head) - len(rules["branch_prefix"])] if head.endswith(rules["branch_prefix"]) else head
    starts = {s for s, _ in words_of(name)}
    for length in range(min(6, len(head) - 1), 1, -1):
        city = head[len(head) - length :]
        if city in by_name and any(p.kind == "city" for p in by_name[city]) and len(head) - length in starts and len(head) in starts | {len(name)}:
            return city
    return None


def _placement_rules() -> dict:
    return lexicon.rules_toml("placements.toml")


def _starts_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of positions holds one in [lo, hi)."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _prefix_is_word(name: str, length: int) -> bool:
    """Whether the first `length` characters of a name are a word of it (武汉|病毒研究所, not 德州|仪器)."""
    from .components import words_of

    for start, end in words_of(name):
        if start == 0:
            word = name[:end]
            return end == length or (end > length and _ends_like_institution(word))
    return False


def _ends_like_institution(word: str) -> bool:
    return any(word.endswith(s.text) for s in lexicon.institution_rules().suffixes)


def _city_entity(entities: dict[str, Entity], place, evidence: tuple[Evidence, ...], background: GazetteerEntry | None) -> str:
    """The City (or Country) entity of a gazetteer place that no mention names: named inside a name, or background."""
    label = place.short or place.name
    entity_id = f"{'country' if place.kind == 'country' else 'city'}/{slug(place.code if place.kind == 'country' else label)}"
    old = entities.get(entity_id)
    if old is None:
        attrs = [("lat", place.lat), ("lon", place.lon), ("country", place.country), ("province", place.province), ("kind", place.kind)]
        attrs += [("evidence", evidence)] if evidence else [("background", True), ("source", background)]
        entities[entity_id] = Entity(
            entity_id, "Country" if place.kind == "country" else "City", label, place.en or None,
            tuple(sorted({n for n in (place.name, *place.aliases) if n and n != label})), (), tuple(attrs),
        )
    elif evidence and old.attr("background"):  # a background place that a name also names: evidence wins
        attrs = tuple((k, v) for k, v in old.attrs if k not in ("background", "source")) + (("evidence", evidence),)
        entities[entity_id] = Entity(old.id, old.type, old.label, old.label_en, old.aliases, old.mentions, attrs)
    return entity_id


def _name_city(entities: dict[str, Entity], candidates, name: str, via: Entity, mentions) -> str | None:
    """A city named only inside an institution's name becomes an entity, its evidence the city's characters there."""
    code = via.attr("org_country")
    cities = [p for p in candidates if p.kind == "city" and _same_country(code, p.country, p.province)]
    if not cities:
        return None
    place = max(cities, key=lambda p: (p.country == "CN", p.population or 0))
    evidence = ()
    for i in via.mentions:
        at = mentions[i].text.find(name)
        if at >= 0:
            m = mentions[i]
            evidence = (Evidence(m.block, m.start + at, m.start + at + len(name)),)
            break
    if not evidence:
        return None  # the name as written does not hold the city (an alias resolved to it)
    return _city_entity(entities, place, evidence, None)


def _background_place(entities: dict[str, Entity], places: dict[str, Entity], by_name, city_name: str, org: Entity) -> str | None:
    """Where the organisation gazetteer puts an organisation: its city in its country, else its country; None if neither is known."""
    code = org.attr("org_country")
    named = places.get(city_name)
    if named is not None and named.type == "City" and _compatible(org, named):
        return named.id
    cities = [p for p in by_name.get(city_name, ()) if p.kind == "city" and _same_country(code, p.country, p.province)]
    if cities:
        place = max(cities, key=lambda p: (p.country == "CN", p.population or 0))
        return _city_entity(entities, place, (), place_entry(place))
    if not code or code in ("INT", "EU"):
        return None
    country = next((e for e in entities.values() if e.type == "Country" and e.attr("country") == code), None)
    if country is not None:
        return country.id
    place = next((p for p in lexicon.places() if p.kind == "country" and p.code == code), None)
    return _city_entity(entities, place, (), place_entry(place)) if place is not None else None


def _lists(mentions, mention_entity) -> list[Fact]:
    """Each enumeration item keeps its list: the list's type noun and the count the text states."""
    facts = []
    for m in mentions:
        if m.source == "list" and mention_entity[m.index]:
            facts.append(
                Fact(
                    mention_entity[m.index], "listedAs", m.attr("list_noun") or m.attr("list_type"), (Evidence(m.block, m.start, m.end),), "list", True,
                    (("list_id", f"{m.block}:{m.attr('list_id')}"), ("stated_count", m.attr("stated_count")), ("items", m.attr("items")), ("item_index", m.attr("item_index"))),
                )
            )
    return facts


def date_value(m: Mention, year_hint: int | None) -> tuple[str, str] | None:
    """(lexical value, precision) of a date mention; month-only dates take `year_hint`."""
    year, month, day = m.attr("year") or year_hint, m.attr("month"), m.attr("day")
    if year is None:
        return None
    if day and month:
        return f"{year:04d}-{month:02d}-{day:02d}", "day"
    if month:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}", "year"


@dataclass(frozen=True)
class _MilestoneRules:
    achievement: re.Pattern[str]
    not_event_before: tuple[str, ...]
    period_after: tuple[str, ...]
    date_join: re.Pattern[str]
    fragment_words: frozenset[str]


@lru_cache(maxsize=1)
def _milestone_rules() -> _MilestoneRules:
    r = lexicon.rules_toml("milestones.toml")
    alternatives = lambda words: "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # noqa: E731
    return _MilestoneRules(
        re.compile(alternatives(r["achievement_verbs"])), tuple(r["not_event_before"]), tuple(r["period_after"]),
        re.compile(rf"\s*(?:{alternatives(r['date_joins'])})?\s*"), frozenset(r["actor_fragment_words"]),
    )


def clean_actor(m: Mention) -> bool:
    """Whether a mention reads as an actor's name: not a fragment (他熟知中国科学院, 莫迪正式) nor a generic phrase (法国公司)."""
    from .components import words_of

    text = m.text.strip()
    fragment = _milestone_rules().fragment_words
    if any(text[s:e] in fragment for s, e in words_of(text)):
        return False
    rules = lexicon.institution_rules()
    if m.group == "person":  # a person's name holds no institution's ending (哈佛大学加里·皮萨诺)
        return not any(x.text in text for x in rules.suffixes if len(x.text) > 1)
    if m.attr("org") is not None:
        return True
    rest = text
    place = max((rest[:k] for k in range(2, min(len(rest), 8)) if rest[:k] in _places_by_name()), key=len, default="")
    rest = rest[len(place) :]
    suffix = next((x for x in rules.suffixes if rest.endswith(x.text)), None)  # longest first
    if suffix is None:
        return True
    rest = rest[: len(rest) - len(suffix.text)]
    if not rest:  # a place and its body (美国政府, 北京大学, 中国科学院), but not 法国公司
        return bool(place) and suffix.specific != "proper"
    generic = sorted(rules.generic_modifiers | rules.generic_company_words, key=len, reverse=True)
    while rest:
        word = next((g for g in generic if rest.startswith(g)), None)
        if word is None:
            return True
        rest = rest[len(word) :]
    return False


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Where the comma clause holding `pos` begins (not before `floor`)."""
    return max(floor, max(text.rfind(ch, floor, pos) for ch in "，,：:") + 1)


def _milestones(document: Document, mentions, mention_entity, entities, document_id: str):
    """A dated clause with an actor and an achievement is a milestone (the ten advances and others).

    Every date expression of a sentence (`dates.paragraph_dates`: 2019年10月, 同年,
    次年, 80年代 …) opens a scope that runs from its comma clause to the clause of
    the next date; dates joined by 和/、 share one (1991年和1992年国务院…批复). The
    actors are the clean institution and person mentions of the scope; a date
    after 截至 is a reckoning point and one before 之后 a period, not an event."""
    rules = _milestone_rules()
    text = document.text
    out_entities: list[Entity] = []
    facts: list[Fact] = []
    by_block = defaultdict(list)
    for m in mentions:
        by_block[m.block].append(m)
    for block in document.blocks:
        block_mentions = by_block.get(block.index, [])
        if block.kind != "paragraph" or not block_mentions:
            continue
        exprs = paragraph_dates(block.text, block.start, [m for m in block_mentions if m.label == "Date"])
        if not exprs:
            continue
        for s, e, in_sentence in sentence_mentions(block, block_mentions):
            dated = [
                x for x in exprs
                if s <= x.start < e and not text[s : x.start].rstrip().endswith(rules.not_event_before) and not text[x.end : e].lstrip().startswith(rules.period_after)
            ]
            groups: list[list] = []
            for x in dated:
                if groups and rules.date_join.fullmatch(text, groups[-1][-1].end, x.start):
                    groups[-1].append(x)
                else:
                    groups.append([x])
            floor = s
            for k, group in enumerate(groups):
                start = _clause_start(text, group[0].start, floor)
                end = _clause_start(text, groups[k + 1][0].start, group[-1].end) if k + 1 < len(groups) else e
                floor = end
                scope = [m for m in in_sentence if start <= m.start and m.end <= end and mention_entity[m.index]]
                actors = [m for m in scope if m.group in (INSTITUTION_GROUP, "person") and clean_actor(m)]
                if not actors or not rules.achievement.search(text, start, end):
                    continue
                label = text[group[-1].end : end] if group[0].start == start else text[start:end]
                label = re.sub(r"^(?:以来|以后|底|初|末)?[，,、：:\s]*", "", label).rstrip("。；;，,")[:60]
                ev = (Evidence(block.index, start, end),)
                for x in group:
                    milestone_id = f"milestone/{slug(document_id)}-{x.start}"
                    out_entities.append(
                        Entity(milestone_id, "Milestone", label, None, (), (), (("date", x.value), ("precision", x.precision), ("sentence", (block.index, start, end))))
                    )
                    facts.append(Fact(milestone_id, "date", x.value, (Evidence(block.index, x.start, x.end),), "text", True, (("precision", x.precision),)))
                    facts += [Fact(milestone_id, "involves", t, ev) for t in dict.fromkeys(mention_entity[m.index] for m in actors)]
                    for m in scope:
                        if m.group == "technology":
                            facts.append(Fact(milestone_id, "concerns", mention_entity[m.index], ev))
                        elif m.group == "place":
                            facts.append(Fact(milestone_id, "locatedIn", mention_entity[m.index], ev))
    return out_entities, facts


def _policy_facts(document: Document, mentions, mention_entity, entities) -> list[Fact]:
    """Issuer and date of a policy when its sentence says so: "2019年7月，欧盟发布《…》"."""
    verbs = lexicon.rules_toml("policies.toml")["issue_verbs"]
    verb_re = re.compile("|".join(map(re.escape, verbs)))
    facts = []
    by_block = defaultdict(list)
    for m in mentions:
        by_block[m.block].append(m)
    for block in document.blocks:
        year_hint = None
        for s, e, in_sentence in sentence_mentions(block, by_block.get(block.index, [])):
            for m in in_sentence:
                if m.label == "Date" and m.attr("year"):
                    year_hint = m.attr("year")
            for p in (m for m in in_sentence if m.group == "policy" and mention_entity[m.index]):
                policy = mention_entity[p.index]
                issuers = [m for m in in_sentence if m.end <= p.start and m.group in (INSTITUTION_GROUP, "place") and mention_entity[m.index]]
                if issuers:
                    issuer = issuers[-1]
                    between = document.text[issuer.end : p.start]
                    if verb_re.search(between) and len(between) <= 20:
                        facts.append(Fact(policy, "issuedBy", mention_entity[issuer.index], (Evidence(block.index, issuer.start, p.end + 1 if document.text[p.end : p.end + 1] == "》" else p.end),)))
                dates = [m for m in in_sentence if m.label == "Date" and m.end <= p.start]
                dates = [d for d in dates if p.start - d.end <= 4 or verb_re.search(document.text[d.end : p.start])]
                if dates:
                    value = date_value(dates[-1], year_hint)
                    if value:
                        facts.append(Fact(policy, "date", value[0], (Evidence(block.index, dates[-1].start, dates[-1].end),), "text", True, (("precision", value[1]),)))
                for m in in_sentence:
                    if m.group == "technology" and mention_entity[m.index]:
                        facts.append(Fact(policy, "concerns", mention_entity[m.index], (Evidence(block.index, s, e),)))
    return facts


def _schemes(document: Document, entities: dict[str, Entity], mentions, document_id: str, schemes: tuple | None = None) -> list[Fact]:
    """The technology schemes of the text as concepts in schemes, mapped to each other, with technologies under them."""
    from .schemes import find_schemes

    facts: list[Fact] = []
    concept_ids: dict[tuple[str, str], str] = {}  # (scheme key, label) -> entity id
    domain_concepts: dict[str, list[tuple[str, str, Evidence]]] = defaultdict(list)  # domain -> (scheme, id, evidence)
    for scheme in find_schemes(document) if schemes is None else schemes:
        scheme_id = f"scheme/{slug(document_id)}-{scheme.key}"
        scheme_ev = Evidence(scheme.block, scheme.start, scheme.end)
        entities[scheme_id] = Entity(scheme_id, "TechnologyScheme", scheme.label, None, (), (), (("evidence", (scheme_ev,)), ("scheme_key", scheme.key)))
        for concept in scheme.concepts:
            ev = Evidence(concept.block, concept.start, concept.end)
            concept_id = f"tech/{slug(concept.label)}"
            old = entities.get(concept_id)
            if old is None:
                entities[concept_id] = Entity(concept_id, "Technology", concept.label, None, (), (), (("evidence", (ev,)), ("domain", concept.domain)))
            else:
                entities[concept_id] = Entity(old.id, "Technology", old.label, old.label_en, old.aliases, old.mentions, old.attrs + (("evidence", (ev,)),))
            concept_ids[(scheme.key, concept.label)] = concept_id
            facts.append(Fact(concept_id, "inScheme", scheme_id, (ev,), "text"))
            if concept.domain:
                domain_concepts[concept.domain].append((scheme.key, concept_id, ev))
    # Concepts of different schemes in one taxonomy area: broadMatch when one name holds the other, else closeMatch.
    for domain, members in domain_concepts.items():
        for i, (scheme_a, a, ev_a) in enumerate(members):
            for scheme_b, b, ev_b in members[i + 1 :]:
                if scheme_a == scheme_b or a == b:
                    continue
                label_a, label_b = entities[a].label, entities[b].label
                if label_a in label_b:
                    facts.append(Fact(a, "broadMatch", b, (ev_a, ev_b), "taxonomy"))
                elif label_b in label_a:
                    facts.append(Fact(b, "broadMatch", a, (ev_b, ev_a), "taxonomy"))
                else:
                    facts.append(Fact(a, "closeMatch", b, (ev_a, ev_b), "taxonomy"))
    # The technologies the text discusses, under the domain concept of their area.
    anchors = {d: next((cid for key, cid, _ in m if key == "domains"), m[0][1]) for d, m in domain_concepts.items()}
    concept_set = set(concept_ids.values())
    for entity in list(entities.values()):
        if entity.type != "Technology" or entity.id in concept_set or not entity.mentions:
            continue
        tech = entity.attr("domain")
        if not tech:
            broader_term = next((mentions[i].attr("broader_term") for i in entity.mentions if mentions[i].attr("broader_term")), None)
            tech = broader_term.domain if broader_term is not None else None
        if tech in anchors:
            facts.append(Fact(entity.id, "broader", anchors[tech], _first_evidence(entity, mentions), "taxonomy"))
    return facts


def _co_mentions(document: Document, mentions, mention_entity, entities) -> list[Fact]:
    """Entities named in one sentence: a weak link with a count and up to three sentences as evidence."""
    pairs: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    by_block = defaultdict(list)
    for m in mentions:
        if m.group in ("place", INSTITUTION_GROUP, "technology", "person", "policy") and mention_entity[m.index]:
            by_block[m.block].append(m)
    for block in document.blocks:
        if block.kind not in ("paragraph",):
            continue
        for s, e, in_sentence in sentence_mentions(block, by_block.get(block.index, [])):
            ids = sorted({mention_entity[m.index] for m in in_sentence})
            if len(ids) > 12:
                continue
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    pairs[(a, b)].append(Evidence(block.index, s, e))
    return [
        Fact(a, "coMentionedWith", b, tuple(ev[:3]), "sentence", False, (("count", len(ev)),))
        for (a, b), ev in sorted(pairs.items())
    ]
