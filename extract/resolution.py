"""Entity resolution: one entity per thing the mentions name.

Type-aware (the city 西安 is not 西安交通大学): places by their gazetteer
identity, organisations by a canonical name (parent abbreviations expanded, a
shared parent carried to later list items, the parent-less form and
abbreviations such as 西安光机所 merged into the full name), the rest by
normalised text. Ids are minted by `ids.py`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon
from .components import _place_scanner
from .ids import entity_id, local_entity_id, normal
from .model import INSTITUTION_GROUP, Document, Entity, Mention

# When mentions of one organisation disagree on its type, the more specific wins; these are the organisation types.
TYPE_RANK = {t: k for k, t in enumerate((
    "OtherOrganization", "Park", "Fund", "GovernmentBody", "Company", "University", "ResearchInstitute",
    "InternationalCooperationBase", "EngineeringCenter", "NationalEngineeringLab", "NationalLab", "StateKeyLab",
))}


@dataclass
class _Group:
    """The mentions that resolve to one key, with their votes on type and name (built up, then made an `Entity`)."""

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


_COMPANY_ENDINGS = ("公司", "集团")


@lru_cache(maxsize=None)
def _known_names(org_type: str) -> frozenset[str]:
    """The canonical names of the well-known organisations of a type (organisations.tsv): a company's short name
    at the head of a longer company name is that company's legal name (曙光信息产业（北京）有限公司), and a
    university's heads no school of its own rank (复旦|公学)."""
    return frozenset(normal(o.name) for o in lexicon.organisations() if o.type == org_type)


def _a_subsidiary(rest: str) -> bool:
    """Whether what follows a well-known company's short name names a unit or a regional company of it
    (国网|湖北电力有限公司宜昌供电公司, 中海油|研究总院有限责任公司), not its own legal name: a place
    outside brackets, or a unit's ending before the last legal ending."""
    core = re.sub(r"[（(][^（）()]*[)）]", "", rest)
    for ending in _COMPANY_ENDINGS:
        if core.endswith(ending):
            core = core[: -len(ending)]
            break
    return any(u in core for u in lexicon.relation_rules().subsidiary_units) or next(_place_scanner().scan(core), None) is not None


def canonical_org_name(text: str, parent: str | None, aliases: dict[str, str]) -> str:
    """Expand a leading parent abbreviation (中科院 → 中国科学院) and prefix a carried list parent."""
    name = normal(text)
    if name in aliases:
        return aliases[name]
    for tail in lexicon.relation_rules().company_tails:
        if name.endswith(tail) and name[: -len(tail)] in aliases:
            return aliases[name[: -len(tail)]]
    for k in range(len(name) - 2, 1, -1):  # the longest alias that begins the name and leaves two characters
        if name[k - 1 : k + 1].isascii() and name[k - 1 : k + 1].isalnum():
            continue  # GM is no head of GMD-SCAI公司: an alias ends on a Latin word's end
        if name[:k] in aliases and (aliases[name[:k]] in _known_names("University") or aliases[name[:k]] in _known_names("Company")) and name.endswith(lexicon.relation_rules().peer_school_endings):
            continue  # 复旦|公学, 复旦|大夏联合大学, 中国石油|大学: a school of its own, not a unit of 复旦大学 or of a company
        if name[:k] in aliases and aliases[name[:k]].startswith(name):
            return aliases[name[:k]]  # 中关村科技园 of 中关村科技园区: the name cut short, not a parent and a unit
        if name[:k] in aliases:
            full = aliases[name[:k]]
            if full in _known_names("Company") and name.endswith(_COMPANY_ENDINGS) and not _a_subsidiary(name[k:]):
                return full  # 曙光信息产业（北京）有限公司, 京东方科技集团股份有限公司: the company's own legal names
            if full.startswith(name[:k]) and len(full) - k == 1:
                break  # 美国国家科学基金|委员会 (not …基金会|委员会): the full name only adds its last character, whose word the name's own goes on
            if len(name) - k <= 6 and name.endswith(full[-3:]):
                return full  # 北京亦庄|经济开发区: the short name and a kind the full name ends in, the same body
            name = full + name[k:]
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
    if full.startswith(short) and next(_place_scanner().scan(full[len(short) :]), None) is not None:
        return False  # 附属儿科医院|厦门医院: the unit's branch in a place, not its abbreviation
    it = iter(full)
    return all(ch in it for ch in short)


def resolve(document: Document, mentions: tuple[Mention, ...], document_id: str = "doc") -> tuple[dict[str, Entity], tuple[str | None, ...]]:
    """The entities the mentions name (by id) and the entity id of each mention (None for dates); a body named by
    its level only (省教育厅) has an id of `document_id`'s own."""
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
        entity = _entity(group, key, mentions, document_id)
        if entity.id in entities:  # two keys, one id: keep both mentions
            old = entities[entity.id]
            entity = Entity(old.id, old.type, old.label, old.label_en, tuple(sorted(set(old.aliases) | set(entity.aliases))), tuple(sorted(old.mentions + entity.mentions)), old.attrs)
        entities[entity.id] = entity
        key_to_id[key] = entity.id
    mention_entity = tuple(key_to_id.get(k) if k else None for k in mention_key)
    return entities, mention_entity


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
                and not any(name[:k] in places or name[:k] in known or name[:k] in aliases for k in range(2, min(len(name), 8)))
                and not any(x in inner for x in suffixes)
            )
            if parent and bare and not name.startswith(parent):
                carried[m.index] = parent
        previous = m
    return carried


def _group_key(m: Mention, aliases: dict[str, str], carried_parent: str | None = None) -> str:
    full = m.attr("alias_of")  # a short name the report announced for a full one (以下简称“某所”)
    if full and m.group == INSTITUTION_GROUP and m.attr("org") is None:
        return f"org:{canonical_org_name(full, m.attr('parent') or carried_parent, aliases)}"
    if full and m.group == "policy":
        return f"policy:{normal(full)}"
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


def _entity(group: _Group, key: str, mentions: tuple[Mention, ...], document_id: str = "doc") -> Entity:
    """A group's entity: its type by vote (the more specific on a tie), its label as written, what the gazetteers know."""
    votes = group.type_votes
    top = max(votes.values())
    type_ = max((t for t, v in votes.items() if v == top), key=lambda t: TYPE_RANK.get(t, -1))
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
        org = known_orgs().get(key[4:])  # a known organisation found by its suffix (哥伦比亚大学)
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
    if type_ in TYPE_RANK and org is None and _level_local().match(label):
        return Entity(local_entity_id(type_, label, document_id), type_, label, label_en, aliases, tuple(sorted(group.mentions)), tuple(attrs))
    return Entity(entity_id(type_, key_name if type_ in ("Country", "Region") else label), type_, label, label_en, aliases, tuple(sorted(group.mentions)), tuple(attrs))


@lru_cache(maxsize=1)
def _level_local() -> re.Pattern[str]:
    """A name that begins with a level standing for the report's own province or city (`level_local`)."""
    return re.compile(lexicon.rules_toml("institutions.toml")["level_local"])


@lru_cache(maxsize=1)
def known_orgs() -> dict:
    """The organisation gazetteer by normalised name."""
    return {normal(o.name): o for o in lexicon.organisations()}

