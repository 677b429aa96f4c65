"""`ht:locatedIn`: where an institution (or a city) is, as a reader finds it.

Placement is by what a sentence says (a city subject over its list, or the
genre's other phrasings read by `placements.py`), by the name, or —
background knowledge, its evidence the gazetteer entry, never a quote — by the
organisation gazetteer; never guessed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache

from .. import lexicon
from ..ids import entity_id, normal
from ..model import INSTITUTION_GROUP, Document, Entity, Evidence, Fact, GazetteerEntry, Mention
from ..placements import affiliation_placements, sentence_placements
from ..resolution import TYPE_RANK
from ..sentences import MAX_SENTENCE_CHARS, sentence_mentions

ORGANISATIONS_TSV = "extract/rules/organisations.tsv"
_ANTECEDENTS = 8  # the last institutions named before a sentence that its anaphor (该中心) is checked against


def place_entry(place) -> GazetteerEntry:
    """The gazetteer entry of a place: Chinese divisions by adcode, world places by GeoNames id or ISO code."""
    chinese = place.level in ("province", "prefecture", "county")
    path = "extract/gazetteers/cn_divisions.tsv" if chinese else "extract/gazetteers/world_places.tsv"
    return GazetteerEntry(path, place.code or place.name, place.short or place.name)


def _city_entities(entities: dict[str, Entity]) -> dict[str, Entity]:
    out = {}
    for e in entities.values():
        if e.type in ("City", "Country"):
            out[e.label] = e
            for alias in e.aliases:
                out.setdefault(alias, e)
    return out


def placement_facts(document: Document, entities: dict[str, Entity], mentions, mention_entity) -> list[Fact]:
    """`ht:locatedIn` as a reader finds it: what a sentence states, then the name, then background knowledge.

    A sentence lists institutions under a city ("武汉市拥有…") or places one by
    the genre's other phrasings (`placements.py`: affiliation lines, X（北京）,
    位于…, 广州的…, 省会); the name places it (武汉病毒研究所, 北京大学国家发展研究院)
    unless the organisation gazetteer knows it elsewhere (中山大学 is in 广州);
    last, the gazetteer's city — background knowledge, with the gazetteer entry
    as its evidence and never a city of another country than the organisation's."""
    facts: dict[tuple[str, str], Fact] = {}
    moved: dict[str, list[str]] = {}  # the places a move's statement alone placed each institution in, in reading order
    cues = lexicon.relation_rules()  # the city-subject verbs of rules/relations.toml
    places = _city_entities(entities)
    by_name = places_by_name()
    by_block = defaultdict(list)
    for m in mentions:
        by_block[m.block].append(m)
    named_before: list[Mention] = []  # the institutions named so far, in text order: what an anaphor may stand for
    folded = lexicon.folded_text(document.text)  # 總部位於: the cues read in Traditional script too, one character for one
    for block in document.blocks:
        block_mentions = by_block.get(block.index, [])
        if not block_mentions:
            continue
        # 1. "武汉市拥有 A…；拥有 B…；拥有 C…。": the subject carries over the ；-clauses, and
        # over a list of any length (a long one quotes the city and the item apart).
        for s, e, in_sentence in sentence_mentions(block, block_mentions, clauses=False, max_chars=None):
            resolved = [m for m in in_sentence if mention_entity[m.index] and m.group in (INSTITUTION_GROUP, "place")]
            for p in affiliation_placements(folded, resolved):  # (1.某大学 某院;2.某大学 某院,湖北 武汉430070): across the ；
                subject, place = entities[mention_entity[p.subject.index]], entities[mention_entity[p.place.index]]
                if _placeable(subject, place) and _compatible(subject, place) and not _branch(subject, place, p):
                    facts.setdefault((subject.id, place.id), Fact(subject.id, "locatedIn", place.id, (Evidence(block.index, p.start, p.end),), p.basis))
            cities = [m for m in in_sentence if m.label == "City"]
            city_starts = [m.start for m in cities]
            subject = None
            for m in cities:
                follows = folded[m.end : m.end + 24]
                at_clause_start = m.start == s or folded[m.start - 1] in "，,"
                verb = cues.city_verb.search(follows)
                if cues.city_subject.match(follows) or (at_clause_start and verb and not _starts_within(city_starts, m.end, m.end + verb.start())):
                    subject = m
                    break
            if subject is None:
                for fact in _city_kind_list(folded, s, cities, in_sentence, entities, mention_entity, block.index):
                    facts.setdefault((fact.subject, fact.object), fact)
                for fact in _seat_kind_list(folded, s, cities, in_sentence, entities, mention_entity, block.index):
                    facts.setdefault((fact.subject, fact.object), fact)
                continue
            city = mention_entity[subject.index]
            restart = cues.city_list_restart.search(folded, subject.end, e)
            for m in in_sentence:
                if restart is not None and m.start >= restart.start():
                    break  # 在北京的有A、B；在省、市、自治区的有C: C is not Beijing's
                if m.start > subject.end and m.group == INSTITUTION_GROUP and mention_entity[m.index]:
                    key = (mention_entity[m.index], city)
                    if _listable(entities[key[0]], entities[city]):
                        facts.setdefault(key, Fact(key[0], "locatedIn", city, _span_evidence(block.index, subject, m), "sentence"))
        # 2. the genre's other phrasings, sentence by sentence.
        city_before: Mention | None = None  # the city the paragraph named last, that 坐落于此 may stand for
        for s, e, in_sentence in sentence_mentions(block, block_mentions):
            resolved = [m for m in in_sentence if mention_entity[m.index] and m.group in (INSTITUTION_GROUP, "place")]
            for p in sentence_placements(folded, s, e, resolved, tuple(named_before[-_ANTECEDENTS:]), city_before):
                subject, place = entities[mention_entity[p.subject.index]], entities[mention_entity[p.place.index]]
                if _placeable(subject, place) and _compatible(subject, place) and not _branch(subject, place, p):
                    if p.subject.start < p.start:  # an anaphor's antecedent (某某中心⏎该中心位于多伦多): its name, then the statement
                        ev = (Evidence(p.subject.block, p.subject.start, p.subject.end), Evidence(block.index, p.start, p.end))
                    elif p.place.start < s:  # "here" (…皆坐落于此): the city named before, then the statement
                        ev = (Evidence(p.place.block, p.place.start, p.place.end), Evidence(block.index, p.start, p.end))
                    else:
                        ev = (Evidence(block.index, p.start, p.end),) if p.end - p.start <= MAX_SENTENCE_CHARS else _span_evidence(block.index, p.subject, p.place)
                    if (subject.id, place.id) not in facts and p.cue in _placement_rules()["move_cues"]:
                        moved.setdefault(subject.id, []).append(place.id)
                    facts.setdefault((subject.id, place.id), Fact(subject.id, "locatedIn", place.id, ev, p.basis))
            named_before += [m for m in resolved if m.group == INSTITUTION_GROUP]
            city_before = next((m for m in reversed(resolved) if m.label == "City"), city_before)
    for subject_id, moves in moved.items():  # 1950年迁至邯郸，1970年又迁至保定: where it went last is where it is
        for place_id in moves[:-1]:
            facts.pop((subject_id, place_id), None)
    placed = {subject for subject, place in facts if entities[place].type == "City"}
    # 3. from the name: 武汉病毒研究所, 中国地质大学（武汉）, 北京大学国家发展研究院.
    known_city = _known_cities()
    named_cities = frozenset(lexicon.fold_traditional(m.text).rstrip("市") for m in mentions if m.label == "City")
    for entity in list(entities.values()):
        if entity.type not in TYPE_RANK or entity.id in placed:
            continue
        hit = _city_in_name(entity, by_name, known_city, named_cities) or next(
            filter(None, (_city_in_name(entity, by_name, known_city, named_cities, n) for n in _written_names(entity, mentions))), None
        )
        if hit is None:
            continue  # the name as resolved or as written: 英国皇家学会 is written 伦敦皇家学会 too
        written = [mentions[i] for i in entity.mentions if hit.rstrip("市") in lexicon.fold_traditional(mentions[i].text)]
        if not written:
            continue  # the city is in the name the resolution gave (a parent carried over a list), not as written
        city = places.get(hit) or places.get(hit.rstrip("市"))
        if city is not None and city.type == "City" and _compatible(entity, city):
            city_id = city.id
        else:
            city_id = _name_city(entities, by_name.get(hit, ()), hit, entity, mentions)  # a gazetteer's city no place list holds (普林斯顿) places nothing
        if city_id:
            facts[(entity.id, city_id)] = Fact(entity.id, "locatedIn", city_id, _prose_evidence(document, entity, mentions), "name")
            placed.add(entity.id)
    # 3b. a zone named by its province (河北雄安新区, 福建自贸区) lies in that province, in whichever of its cities
    # the text places it too (a zone is territory: 河北雄安新区 … 新建于保定市).
    for entity in list(entities.values()):
        if entity.type not in _PROVINCE_NAMED_TYPES or any(entities[place].type == "Province" for subject, place in facts if subject == entity.id):
            continue
        province_id = _province_in_name(entities, entity, mentions)
        if province_id:
            facts[(entity.id, province_id)] = Fact(entity.id, "locatedIn", province_id, _prose_evidence(document, entity, mentions), "name")
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


def _city_kind_list(text: str, start: int, cities, in_sentence, entities, mention_entity, block: int) -> list[Fact]:
    """"从大连市各个高校拥有的人才…分布在A、B…", "大连市四所高校的发文量…，其中A…": a city that opens a clause
    with a kind of its institutions (relations.toml `city_kind`) holds the institutions of that kind the
    sentence names after it, where the sentence names no other city."""
    cues = lexicon.relation_rules()
    if len({mention_entity[c.index] for c in cities}) != 1:
        return []
    subject = cities[0]
    kind = cues.city_kind.match(text, subject.end) if subject.start == start or text[subject.start - 1] in cues.city_kind_openers else None
    if kind is None:
        return []
    city, types = mention_entity[subject.index], cues.city_kind_types[kind.group("kind")]
    return [
        Fact(mention_entity[m.index], "locatedIn", city, _span_evidence(block, subject, m), "list")
        for m in in_sentence
        if m.start >= kind.end() and m.group == INSTITUTION_GROUP and m.label in types and mention_entity[m.index]
        and _listable(entities[mention_entity[m.index]], entities[city])
    ]


def _seat_kind_list(text: str, start: int, cities, in_sentence, entities, mention_entity, block: int) -> list[Fact]:
    """"中国科学技术大学就位于合肥，…，大学还有A、B，学院有C、D": a sentence that places something in its one city
    and goes on with a kind of institution and a verb of having (relations.toml `seat_cues`, `kind_has`) lists more
    of the city's institutions of that kind."""
    cues = lexicon.relation_rules()
    if not cities or len({mention_entity[c.index] for c in cities}) != 1:
        return []
    seat = next((c for c in cities if cues.seat_before.search(text, start, c.start)), None)
    if seat is None:
        return []
    city, out = mention_entity[seat.index], []
    kinds = list(cues.kind_has.finditer(text, seat.end, max(m.end for m in in_sentence)))
    for kind, following in zip(kinds, [k.start() for k in kinds[1:]] + [len(text)]):
        types = cues.kind_has_types[kind.group("kind")]
        for m in in_sentence:
            if kind.end() <= m.start < following and m.group == INSTITUTION_GROUP and m.label in types and mention_entity[m.index]:
                if _listable(entities[mention_entity[m.index]], entities[city]):
                    out.append(Fact(mention_entity[m.index], "locatedIn", city, _span_evidence(block, seat, m), "list"))
    return out


def _listable(subject: Entity, city: Entity) -> bool:
    """Whether a sentence's list may place an institution in its city: of a kind a city holds, and not a well-known
    organisation the gazetteer puts elsewhere."""
    return _compatible(subject, city) and not _known_elsewhere(subject, city)


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


def _known_elsewhere(subject: Entity, place: Entity) -> bool:
    """A well-known organisation the gazetteer puts in another city than the one a sentence lists it
    under (大连市各高校…中国工程院院士: the academy is in Beijing): the list is no statement of its seat.
    A seat the place gazetteer cannot name (IBM's 阿蒙克) leaves the sentence's city standing."""
    known = (subject.attr("org_city") or "").rstrip("市")
    return bool(known) and place.type == "City" and known in places_by_name() and known not in (place.label, *place.aliases)


@lru_cache(maxsize=1)
def _known_cities() -> dict[str, str]:
    """The organisation gazetteer's cities by the organisations' normalised names."""
    return {normal(o.name): o.city for o in lexicon.organisations()}


def _branch(subject: Entity, place: Entity, p) -> bool:
    """A well-known organisation, or one whose name begins with its city, put in another city than its
    own by a cue that is not about its headquarters (香港新能源科技有限公司…将第三个工厂落户宁德: a plant)."""
    known = subject.attr("org_city") or _city_in_name(subject, places_by_name(), _known_cities())
    if not known or place.type != "City" or p.basis != "statement" or known.rstrip("市") in (place.label, *place.aliases):
        return False
    rules = _placement_rules()
    return p.cue not in rules["seat_cues"] and p.cue not in rules["move_cues"]


def _placeable(subject: Entity, place: Entity) -> bool:
    """An institution in a city or province; a city in a province."""
    if subject.type in TYPE_RANK:
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
def places_by_name() -> dict[str, tuple]:
    """City and country names of the place gazetteer → the places that bear them."""
    by_name = defaultdict(list)
    for p in lexicon.places():
        if p.kind in ("city", "country"):
            for n in {p.name, p.short, *p.aliases}:
                if n:
                    by_name[n].append(p)
    return {n: tuple(ps) for n, ps in by_name.items()}


def _written_names(entity: Entity, mentions) -> dict[str, None]:
    """The names the text gives an entity other than its label, each once, in text order."""
    return dict.fromkeys(mentions[i].text for i in sorted(entity.mentions) if mentions[i].text != entity.label)


def _city_in_name(entity: Entity, by_name, known_city: dict[str, str], named_cities: frozenset[str] = frozenset(), written: str | None = None) -> str | None:
    """The city an institution's name begins with (after a known parent) or ends with in brackets.

    A name that begins with a known parent and holds no city after it takes the
    parent's (北京大学国家发展研究院 → 北京); a joint institute named after two parents is where the
    rest of its name says (中科院香港中文大学深圳先进集成技术所 → 深圳). A city the organisation gazetteer
    contradicts is a name, not a place (中山大学 is in 广州, 哥伦比亚大学 in 纽约); a foreign city is a place only
    where the gazetteer puts the organisation there or the text names the city itself (`named_cities`).
    `written` reads one of the names the text gives the entity instead of its label."""
    name, parent = lexicon.fold_traditional(written or entity.label), None  # 澳門理工學院 read as 澳门理工学院
    if (branch := _branch_hospital_city(name)) is not None:
        return branch  # 北京中医药大学东直门医院|洛阳|医院: a parent hospital's branch in another city, not in the parent's
    state = next((p for p in _placement_rules()["state_prefixes"] if name.startswith(p)), "")
    name = name[len(state) :] if len(name) > 6 else name  # 国立|台湾大学: who runs the school, before its city
    stripped = True
    while stripped:  # the known parents that begin the name, one after another (中科院|香港中文大学|深圳先进集成技术所)
        stripped = False
        for k in range(len(name) - 3, 0, -1):  # the longest known parent that begins the rest and leaves three characters
            if name[:k] in known_city:
                name, parent, stripped = name[k:], name[:k], True
                break
    known = [entity.attr("org_city")]
    hit = _name_prefix_city(name, by_name)
    if hit is None and parent is not None:
        hit = _name_prefix_city(parent, by_name)
        city = known_city.get(parent)
        if hit is None and city and city in parent:
            hit = city  # 中国科学院深圳先进技术研究院-…联合研究所: the parent's name holds its city
        known.append(city)
    if hit is None or any(k and k.rstrip("市") != hit.rstrip("市") for k in known):
        return None
    if name.startswith(hit + _placement_rules()["state_ending"]) and _foreign_only(hit, by_name):
        return None  # 纽约|州立大学: the state the city names, not the city (round 35)
    if not any(known) and _foreign_only(hit, by_name) and not name.endswith(hit + _placement_rules()["campus_ending"]):  # 内华达大学拉斯维加斯分校: the campus's city
        if not name.startswith(hit) and not re.search(rf"[（(]{re.escape(hit)}[)）]", name) and hit.rstrip("市") not in named_cities:
            return None  # 西交利物浦|大学: a foreign city inside a name after another's short name is part of a joint name, unless the text names the city
        if _small_town(hit, by_name) and hit.rstrip("市") not in named_cities:
            return None  # 乔治梅森大学: a foreign town's name that begins a name is a person's, unless the text or the gazetteer says it is the town
        if _transliteration_goes_on(name, hit):
            return None  # 巴里|克黄金集团: Barrick, not Bari
    return hit


def _branch_hospital_city(name: str) -> str | None:
    """The city of a hospital named as a branch of a parent hospital or university (西安交通大学第二附属医院洛阳医院,
    四川大学华西厦门医院, 北京大学深圳医院): a Chinese prefecture's city right before the last 医院, after a parent's
    word (`branch_hospital_parents` in placements.toml)."""
    rules = _placement_rules()
    unit = rules["branch_hospital_unit"]
    if not name.endswith(unit) or len(name) < len(unit) + 6:
        return None
    head = name[: -len(unit)]
    from ..components import _place_scanner

    places = _place_scanner().entries
    for k in (2, 3, 4):
        city, rest = head[-k:], head[:-k]
        if any(word in rest for word in rules["branch_hospital_parents"]) and any(
            p.country == "CN" and p.level in ("prefecture", "province") and p.kind == "city" for p in places.get(city, ())
        ):
            return city
    return None


def _foreign_only(name: str, by_name) -> bool:
    """Whether every city of this name lies outside China."""
    return all(p.country != "CN" for p in by_name.get(name, ()) if p.kind == "city")


def _transliteration_goes_on(name: str, city: str) -> bool:
    """Whether the word after a foreign city at the start of a name carries its transliteration on
    (巴里|克, 乔治|梅森): sound characters only, one of them or a word the dictionary tags as a name."""
    from ..components import _transliteration_chars, word_tags, words_of

    if not name.startswith(city):
        return False
    nxt = next((name[a:b] for a, b in words_of(name) if a == len(city)), "")
    sounds = _transliteration_chars()
    tag = word_tags().get(nxt, "")
    return bool(nxt) and all(ch in sounds for ch in nxt) and ((len(nxt) == 1 and not tag.startswith("a")) or tag.startswith("nr"))


def _small_town(name: str, by_name) -> bool:
    """Whether no city of this name is a large one (`foreign_town_population` in placements.toml): 乔治 is
    George, South Africa, and 斯坦福 Stamford, but 布鲁塞尔 is Brussels."""
    limit = _placement_rules()["foreign_town_population"]
    return all((p.population or 0) < limit for p in by_name.get(name, ()) if p.kind == "city")


def _name_prefix_city(name: str, by_name) -> str | None:
    """The city that begins a name (武汉病毒研究所), stands in its brackets (…（武汉）, 某某科技（深圳）有限公司:
    a campus, or a company's place of registration) or comes before its unit word (国家超级计算广州中心)."""
    for campus in re.finditer(r"[（(]([\u4e00-\u9fff]{2,6})[)）]", name):
        if campus.group(1) in by_name and any(p.kind == "city" for p in by_name[campus.group(1)]):
            return campus.group(1)
    branch = name.endswith(_branch_endings())
    if branch and (city := _branch_city(name, by_name)):
        return city  # 南京化工学院常州分院, 北京农业大学长治分校: the branch is in the city before its word, not in the parent's
    provinces = _provinces_by_name()
    province = next((name[:n] for n in range(min(len(name) - 3, 8), 2, -1) if name[:n] in provinces and name[:n].endswith(("省", "自治区"))), None)
    if province is not None:  # 黑龙江省伊春市人民政府: the province's full name, then its city's
        rest = name[len(province) :]
        city = next((rest[:n] for n in range(min(6, len(rest) - 2), 1, -1) if rest.startswith("市", n) and any(p.kind == "city" and p.province == provinces[province].short for p in by_name.get(rest[:n], ()))), None)
        if city is not None:
            return city
    short = next((name[:n] for n in range(min(len(name) - 4, 3), 1, -1) if name[:n] in provinces and provinces[name[:n]].short == name[:n]), None)
    if short is not None:  # 河北衡水国家农业科技园区, 内蒙古包头…: the province's short name, then one of its cities
        rest = name[len(short) :]
        city = next((rest[:n] for n in range(min(4, len(rest) - 3), 1, -1) if any(p.kind == "city" and p.province == short for p in by_name.get(rest[:n], ())) and _prefix_is_word(rest, n)), None)
        if city is not None:
            return city
    for length in range(min(6, len(name) - 2), 1, -1):
        if name[:length] in by_name and any(p.kind == "city" for p in by_name[name[:length]]) and _prefix_is_word(name, length):
            if name[:length] in _provinces_by_name() and not name.startswith("市", length):
                return None  # 吉林艺术学院: a province's name that a city shares names the province, whose city the name does not say
            return name[:length]
    return None if branch else _branch_city(name, by_name)  # a branch's city was looked for first


def _branch_city(name: str, by_name) -> str | None:
    """国家超级计算广州中心, …武汉分院, 加州大学伯克利分校, …图书馆武汉分馆: a city written as a word right before the name's
    unit word (after an optional 分), before a university's campus word or before a branch's word (branch_endings)."""
    from ..components import words_of

    rules = _placement_rules()
    starts = {s for s, _ in words_of(name)}
    for unit in (u for u in _branch_units() if name.endswith(u)):  # …深圳|研究院 before …深圳研究|院
        head = name[: len(name) - len(unit)]
        head = head[: len(head) - len(rules["branch_prefix"])] if head.endswith(rules["branch_prefix"]) else head
        ends = starts | {len(name)} if unit != rules["campus_ending"] else range(len(name) + 1)  # 伯克利分校 is one word to the dictionary
        for length in range(min(6, len(head) - 1), 1, -1):
            city = head[len(head) - length :]
            if city in by_name and any(p.kind == "city" for p in by_name[city]) and len(head) - length in starts and len(head) in ends:
                return city
    return None


@lru_cache(maxsize=1)
def _branch_endings() -> tuple[str, ...]:
    """A branch's words and a base's (分院, 分校 …, 基地: `branch_endings` and `placed_branch_endings` of institutions.toml)."""
    rules = lexicon.rules_toml("institutions.toml")
    return (*rules["branch_endings"], *rules["placed_branch_endings"])


@lru_cache(maxsize=1)
def _branch_units() -> tuple[str, ...]:
    """The unit words a branch's city may stand before, longest first: the institutions' unit endings, the campus word, the
    branch words and `branch_unit_words` of placements.toml."""
    rules = _placement_rules()
    units = dict.fromkeys((*lexicon.institution_rules().unit_endings, rules["campus_ending"], *_branch_endings(), *rules["branch_unit_words"]))
    return tuple(sorted(units, key=len, reverse=True))


def _placement_rules() -> dict:
    return lexicon.rules_toml("placements.toml")


def _starts_within(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a sorted list of positions holds one in [lo, hi)."""
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _prefix_is_word(name: str, length: int) -> bool:
    """Whether the first `length` characters of a name are a word of it (武汉|病毒研究所, not 德州|仪器)."""
    from ..components import words_of

    for start, end in words_of(name):
        if start == 0:
            word = name[:end]
            return end == length or (end > length and _ends_like_institution(word))
    return False


def _ends_like_institution(word: str) -> bool:
    return any(word.endswith(s.text) for s in lexicon.institution_rules().suffixes)


_ENTITY_TYPE_OF_PLACE = {"country": "Country", "province": "Province"}  # any other kind of place: a City


def _city_entity(entities: dict[str, Entity], place, evidence: tuple[Evidence, ...], background: GazetteerEntry | None) -> str:
    """The City (or Country, or Province) entity of a gazetteer place that no mention names: named inside
    a name, or background."""
    label = place.short or place.name
    type_ = _ENTITY_TYPE_OF_PLACE.get(place.kind, "City")
    city_id = entity_id(type_, place.code if place.kind == "country" else label)
    old = entities.get(city_id)
    if old is None:
        attrs = [("lat", place.lat), ("lon", place.lon), ("country", place.country), ("province", place.province), ("kind", place.kind)]
        attrs += [("evidence", evidence)] if evidence else [("background", True), ("source", background)]
        entities[city_id] = Entity(
            city_id, type_, label, place.en or None,
            tuple(sorted({n for n in (place.name, *place.aliases) if n and n != label})), (), tuple(attrs),
        )
    elif evidence and old.attr("background"):  # a background place that a name also names: evidence wins
        attrs = tuple((k, v) for k, v in old.attrs if k not in ("background", "source")) + (("evidence", evidence),)
        entities[city_id] = Entity(old.id, old.type, old.label, old.label_en, old.aliases, old.mentions, attrs)
    return city_id


# A zone is territory: its province in its name places it (河北雄安新区 → 河北); a university or a
# government body named by its province (浙江大学, 广东省发改委) is not placed so, as the annotators read it.
_PROVINCE_NAMED_TYPES = ("Park",)


@lru_cache(maxsize=1)
def _provinces_by_name() -> dict[str, object]:
    """Chinese provinces' full and short names → the province (longest first when matched)."""
    out = {}
    for p in lexicon.places():
        if p.kind == "province" and p.country == "CN":
            for n in {p.name, p.short, *p.aliases}:
                if n and len(n) >= 2:
                    out[n] = p
    return out


def _province_in_name(entities: dict[str, Entity], entity: Entity, mentions) -> str | None:
    """The Province entity of the province a zone's name begins with, its evidence the province's
    characters there (created if no mention names it); None if the name holds no province."""
    provinces = _provinces_by_name()
    for i in entity.mentions:
        m = mentions[i]
        name = next((m.text[:n] for n in range(min(len(m.text) - 2, 8), 1, -1) if m.text[:n] in provinces), None)
        if name is None:
            continue
        return _city_entity(entities, provinces[name], (Evidence(m.block, m.start, m.start + len(name)),), None)
    return None


def _name_city(entities: dict[str, Entity], candidates, name: str, via: Entity, mentions) -> str | None:
    """A city named only inside an institution's name becomes an entity, its evidence the city's characters there."""
    code = via.attr("org_country")
    cities = [p for p in candidates if p.kind == "city" and _same_country(code, p.country, p.province)]
    if not cities:
        return None
    place = max(cities, key=lambda p: (p.country == "CN", p.population or 0))
    evidence = ()
    for i in via.mentions:
        at = lexicon.fold_traditional(mentions[i].text).find(name)  # 澳門理工學院: the city as written, in Traditional script
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

