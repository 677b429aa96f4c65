"""Rule sets and gazetteers for entity extraction, loaded once into frozen form.

Everything here is data shipped beside the code (`rules/`, `gazetteers/`):
general knowledge about Chinese names, places, well-known organisations and
technologies, never names taken from an analysed report.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .gazetteer import Place, load_places

RULES = Path(__file__).resolve().parent / "rules"


@dataclass(frozen=True)
class Suffix:
    text: str
    type: str
    after_not: str = ""
    specific: str = ""  # "", "place", "field" or "proper"
    after_not_except: tuple[str, ...] = ()  # words that begin with an `after_not` character and still follow a name's end (大学|校长)
    after_not_words: tuple[str, ...] = ()  # words that, right after the suffix, show it is not a name end (大学|北路: a street)
    yields: bool = False  # refused for want of its place, it leaves the shorter suffixes inside it to be read (科学中心 → 中心)


@dataclass(frozen=True)
class ListType:
    pattern: re.Pattern[str]
    type: str


@dataclass(frozen=True)
class InstitutionRules:
    suffixes: tuple[Suffix, ...]
    stop_words: frozenset[str]
    glued_list_closers: tuple[str, ...]
    stop_word_nouns: dict[str, tuple[str, ...]]  # 经济|合作: a stop word that is a noun after these words
    stop_word_fields: dict[str, tuple[str, ...]]  # 企业|战略|研究所: a stop word that is a field before these words
    conjunctions: frozenset[str]
    generic_modifiers: frozenset[str]
    min_specific_chars: int
    list_triggers: tuple[str, ...]
    list_separator: str
    list_types: tuple[ListType, ...]
    count_units: str
    unit_endings: tuple[str, ...]
    leading_strip: tuple[str, ...]
    ambiguous_org_names: frozenset[str]
    ambiguous_org_acts: tuple[str, ...]  # 联想|发布: a company's act after such a name makes it the company's
    generic_company_words: frozenset[str]
    programme_words: tuple[str, ...]
    office_endings: tuple[str, ...]
    office_particles: str
    office_joiners: tuple[str, ...]
    office_not_first: tuple[str, ...]  # 有关司: an office left unnamed
    quoted_name_not_tags: frozenset[str]  # “没有学生的大学”: a quoted phrase, not a name
    quoted_name_not_words: frozenset[str]
    quoted_name_suffixes: tuple[str, ...]
    state_ministry_prefix: str  # 国家: written before a Chinese ministry's name, part of it (国家教育部)
    state_ministry_not_before: tuple[str, ...]  # … but not before a name that begins with the state already (中华人民共和国…)
    centre_fields: tuple[str, ...]
    centre_not_after: tuple[str, ...]  # longest first
    zone_types: tuple[str, ...] = ()  # longest first
    zone_collective: tuple[str, ...] = ()
    generic_modifiers_longest: tuple[str, ...] = ()  # generic_modifiers, longest first
    generic_words_longest: tuple[str, ...] = ()  # generic_company_words and generic_modifiers, longest first
    numbered_unit: re.Pattern[str] | None = None  # 总参56所: a numbered institute after its organisation
    party_congress: re.Pattern[str] | None = None  # 党的十八大, 十八届三中全会
    party_congress_type: str = ""
    programme_after_acronym: tuple[str, ...] = ()  # ITER|计划: a programme named after a Latin-lettered organisation
    counted_kind: re.Pattern[str] | None = None  # 3个农业现代化研究所: a count before a name makes it a kind
    counted_after: re.Pattern[str] | None = None  # 教育部重点实验室2个: a count right after one too
    counted_great: re.Pattern[str] | None = None  # 四大工学院: a group's label
    counted_great_end: re.Pattern[str] | None = None  # 工、农两学院, 北车两大集团公司: the count of the names listed
    roles_in_name: tuple[str, ...] = ()  # 施某某院士结构生物学实验室: a person's lab, described
    postdoctoral: str = "博士后"  # a programme's word, no person's title inside a name (全国博士后管理委员会)
    unit_of: tuple[str, ...] = ()  # 下属的, 旗下的: what follows is a unit of what precedes
    described_types: frozenset[str] = frozenset()  # the types a description before 的 makes a kind
    government_between: tuple[str, ...] = ()  # 美国|联邦政府|农业部: words between a country and its ministry
    ministry_owners: tuple[str, ...] = ()  # 东北行政委员会|卫生部: a government or a command whose ministry it is
    event_ending: re.Pattern[str] | None = None  # 博览会, 大会 …: the end of an event's name (opaque)
    quoted_event_endings: tuple[str, ...] = ()  # 事件: an event's name only in quotation marks
    alliance_kind_words: frozenset[str] = frozenset()  # 专利, 产业 …: an alliance named by these alone is a kind
    park_name_not_before: re.Pattern[str] | None = None  # 区, 镇: a zone's short name before them names the district or the town
    street_after: re.Pattern[str] | None = None  # 清华东路: a street named after the organisation
    model_number_after: re.Pattern[str] | None = None  # CDC 6600: a maker's acronym before its machine's number
    event_intro: tuple[str, ...] = ()  # 举办, 出席 …: verbs before an event's name, not in it
    country_kept_before: tuple[str, ...] = ()  # 皇家, 国立 …: after a country, the country stays in the name
    name_openers: tuple[str, ...] = ()  # 国家, 中国 …: after 和/与/及, a new name begins
    legal_name_brackets: frozenset[str] = frozenset()  # 集团 …: words in brackets inside a company's legal name
    legal_form_bracketed_place: str = ""  # (龙川)有限公司: a place in brackets inside a legal name
    legal_forms: tuple[str, ...] = ()  # 有限公司 …
    accredited_suffixes: frozenset[str] = frozenset()  # 实验室 …: a body's name and generic words before one make a kind
    accrediting_suffixes: frozenset[str] = frozenset()  # 国家实验室 …: a body's name alone before one makes a kind
    accreditation_words: tuple[str, ...] = ()  # 重点, 工程 …: between the body and the suffix, longest first

    @property
    def suffix_by_text(self) -> dict[str, Suffix]:
        return {s.text: s for s in self.suffixes}


@dataclass(frozen=True)
class Organisation:
    name: str
    aliases: tuple[str, ...]
    type: str
    en: str
    country: str
    city: str


@dataclass(frozen=True)
class TechTerm:
    term: str
    aliases: tuple[str, ...]
    en: str
    domain: str
    broader: str


@lru_cache(maxsize=1)
def institution_rules() -> InstitutionRules:
    data = tomllib.loads((RULES / "institutions.toml").read_text(encoding="utf-8"))
    return InstitutionRules(
        suffixes=tuple(
            sorted(
                (Suffix(s["text"], s["type"], s.get("after_not", ""), s.get("specific", ""), tuple(s.get("after_not_except", ())), tuple(s.get("after_not_words", ())), s.get("yields", False)) for s in data["suffix"]),
                key=lambda s: -len(s.text),
            )
        ),
        stop_words=frozenset(data["stop_words"]),
        glued_list_closers=tuple(data["glued_list_closers"]),
        stop_word_nouns={k: tuple(v) for k, v in data["stop_word_nouns"].items()},
        stop_word_fields={k: tuple(v) for k, v in data["stop_word_fields"].items()},
        conjunctions=frozenset(data["conjunctions"]),
        generic_modifiers=frozenset(data["generic_modifiers"]),
        min_specific_chars=data["min_specific_chars"],
        list_triggers=tuple(sorted(data["list_triggers"], key=len, reverse=True)),
        list_separator=data["list_separator"],
        list_types=tuple(ListType(re.compile(t["pattern"]), t["type"]) for t in data["list_type"]),
        count_units=data["count_units"],
        unit_endings=tuple(sorted(data["unit_endings"], key=len, reverse=True)),
        leading_strip=tuple(sorted(data["leading_strip"], key=len, reverse=True)),
        ambiguous_org_names=frozenset(data["ambiguous_org_names"]),
        ambiguous_org_acts=tuple(data["ambiguous_org_acts"]),
        generic_company_words=frozenset(data["generic_company_words"]),
        programme_words=tuple(data["programme_words"]),
        office_endings=tuple(data["office_endings"]),
        office_particles=data["office_particles"],
        office_joiners=tuple(data["office_joiners"]),
        office_not_first=tuple(data["office_not_first"]),
        quoted_name_not_tags=frozenset(data["quoted_name_not_tags"]),
        quoted_name_not_words=frozenset(data["quoted_name_not_words"]),
        quoted_name_suffixes=tuple(data["quoted_name_suffixes"]),
        state_ministry_prefix=data["state_ministry_prefix"],
        state_ministry_not_before=tuple(data["state_ministry_not_before"]),
        centre_fields=tuple(data["centre_fields"]),
        centre_not_after=tuple(sorted(data["centre_not_after"], key=len, reverse=True)),
        zone_types=tuple(sorted(data["zone_types"], key=len, reverse=True)),
        zone_collective=tuple(data["zone_collective"]),
        generic_modifiers_longest=tuple(sorted(data["generic_modifiers"], key=len, reverse=True)),
        generic_words_longest=tuple(sorted(set(data["generic_company_words"]) | set(data["generic_modifiers"]), key=len, reverse=True)),
        numbered_unit=re.compile(data["numbered_unit"]),
        party_congress=re.compile(data["party_congress"]),
        party_congress_type=data["party_congress_type"],
        programme_after_acronym=tuple(data["programme_after_acronym"]),
        counted_kind=re.compile(data["counted_kind"]),
        counted_after=re.compile(data["counted_after"]),
        counted_great=re.compile(data["counted_great"]),
        counted_great_end=re.compile(data["counted_great_end"]),
        roles_in_name=tuple(data["roles_in_name"]),
        postdoctoral=data["postdoctoral"],
        unit_of=tuple(data["unit_of"]),
        described_types=frozenset(data["described_types"]),
        government_between=tuple(sorted(data["government_between"], key=len, reverse=True)),
        ministry_owners=tuple(sorted(data["ministry_owners"], key=len, reverse=True)),
        park_name_not_before=re.compile(data["park_name_not_before"]),
        street_after=re.compile(data["street_after"]),
        model_number_after=re.compile(data["model_number_after"]),
        event_intro=tuple(data["event_intro"]),
        legal_name_brackets=frozenset(data["legal_name_brackets"]),
        legal_form_bracketed_place=data["legal_form_bracketed_place"],
        legal_forms=tuple(data["place_led_legal_forms"]),
        accredited_suffixes=frozenset(data["accredited_suffixes"]),
        accrediting_suffixes=frozenset(data["accrediting_suffixes"]),
        accreditation_words=tuple(sorted(data["accreditation_words"], key=len, reverse=True)),
        country_kept_before=tuple(data["country_kept_before"]),
        name_openers=tuple(data["name_openers"]),
        event_ending=_event_ending(data),
        quoted_event_endings=tuple(data.get("quoted_event_endings", ())),
        alliance_kind_words=frozenset(data.get("alliance_kind_words", ())),
    )


def noun_of_a_field(previous: str, word: str) -> bool:
    """Whether a word that ends a name walking left (a verb) is a noun of the name's field after the word before it
    (空间|推进, 海洋|开发, 石油勘探|开发: institutions.toml `stop_word_nouns`)."""
    fields = institution_rules().stop_word_nouns.get(word)
    return bool(fields) and (previous in fields or previous.endswith(tuple(f for f in fields if len(f) > 1)))


def _event_ending(data: dict) -> re.Pattern[str]:
    """An event word (`event_endings`) not read as the end of a longer word that is no event
    (`event_not_ending`: 代表大会 is an organ) nor followed by an organisation's unit (`event_not_after`)."""
    endings = sorted(data["event_endings"], key=len, reverse=True)
    prefixes = [e[: -len(x)] for e in data["event_not_ending"] for x in endings if e.endswith(x) and e != x]  # 代表|大会
    not_after_prefix = "".join(f"(?<!{re.escape(p)})" for p in prefixes)
    return re.compile(f"{not_after_prefix}(?:{'|'.join(map(re.escape, endings))})(?!{data['event_not_after']})")


def _tsv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh, delimiter="\t")]


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    return tuple(
        Organisation(r["name"], _split(r.get("aliases", "")), r["type"], r.get("en", ""), r.get("country", ""), r.get("city", ""))
        for r in _tsv(RULES / "organisations.tsv")
        if r.get("name")
    )


@lru_cache(maxsize=1)
def technologies() -> tuple[TechTerm, ...]:
    return tuple(
        TechTerm(r["term"], _split(r.get("aliases", "")), r.get("en", ""), r.get("domain", ""), r.get("broader", ""))
        for r in _tsv(RULES / "technologies.tsv")
        if r.get("term")
    )


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """The generated gazetteers, less the ignored words, plus the regions, former countries and aliases of `places.toml`."""
    extra = rules_toml("places.toml")
    ignore = set(extra.get("ignore", ()))
    base = load_places()
    out = []
    for place in base:
        names = {place.name, place.short, *place.aliases} - ignore
        if not names:
            continue
        if ignore & {place.name, place.short, *place.aliases}:
            place = replace(place, name=place.name if place.name not in ignore else sorted(names)[0], short=place.short if place.short not in ignore else "", aliases=tuple(a for a in place.aliases if a not in ignore))
        out.append(place)
    country_index = {p.country: k for k, p in enumerate(out) if p.kind == "country"}
    for alias in extra.get("country_alias", ()):
        k = country_index.get(alias["code"])
        if k is not None:
            out[k] = replace(out[k], aliases=(*out[k].aliases, alias["name"]))
    for former in extra.get("former_country", ()):
        out.append(Place(kind="country", name=former["name"], short=former["name"], aliases=tuple(former.get("aliases", ())), en=former["en"], country=former["code"], province="", prefecture="", level="country", lat=None, lon=None, population=None, code=former["code"]))
    for region in extra.get("region", ()):
        out.append(Place(kind="region", name=region["name"], short=region["name"], aliases=tuple(region.get("aliases", ())), en=region.get("en", ""), country="", province="", prefecture="", level="region", lat=None, lon=None, population=None))
    return tuple(out)


@lru_cache(maxsize=1)
def county_prefectures() -> dict[str, frozenset[str]]:
    """The full names of the county-level divisions (海淀区, 浦东新区) → the short names of their prefectures
    (none for a county under its province): places, though no cities."""
    out: dict[str, set[str]] = {}
    for place in places():
        if place.level == "county":
            out.setdefault(place.name, set()).update({place.prefecture} if place.prefecture else set())
    return {name: frozenset(prefectures) for name, prefectures in out.items()}


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def fold_digits(text: str) -> str:
    """The text with full-width digits as ASCII ones (２０１０年 → 2010年), one character for one: offsets into the
    folded text are offsets into the text, so a date pattern reads typesetting that writes digits full-width."""
    return text.translate(_FULL_WIDTH_DIGITS)


@lru_cache(maxsize=1)
def _traditional_table() -> dict[int, str]:
    rows = _tsv(RULES / "traditional.tsv")
    return str.maketrans({r["traditional"]: r["simplified"] for r in rows})


def fold_traditional(text: str) -> str:
    """The text with Traditional-script characters as their Simplified forms (華為 → 华为, 實驗室 → 实验室:
    traditional.tsv), one character for one: the rules and gazetteers read Taiwan's and Hong Kong's reports, and
    offsets into the folded text are offsets into the text. No character of Simplified text changes."""
    return text.translate(_traditional_table())


_ZERO_IN_NUMERAL = re.compile(r"(?<![A-Za-z])(?=[一二三四五六七八九〇○OＯ]*[一二三四五六七八九])[一二三四五六七八九〇○OＯ]{2,}(?![A-Za-z])")


def fold_numeral_zero(text: str) -> str:
    """The text with a circle or a letter O written for the zero of a Chinese numeral as 〇 (七○二所, 七O二所 → 七〇二所),
    one character for one, as web copies of institutes' numbers write it."""
    return _ZERO_IN_NUMERAL.sub(lambda m: re.sub("[○OＯ]", "〇", m.group()), text)


@lru_cache(maxsize=4)
def folded_text(text: str) -> str:
    """A document's text folded (`fold_traditional`, `fold_numeral_zero`), once for the stages that read it: mentions,
    placements and milestones of one document."""
    return fold_numeral_zero(fold_traditional(text))


@lru_cache(maxsize=None)
def rules_toml(name: str) -> dict:
    return tomllib.loads((RULES / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class RelationRules:
    """The verbs and cue words of `rules/relations.toml`, compiled."""

    city_subject: re.Pattern[str]  # matched right after a city's name: the city is the subject of a holding verb
    city_list_restart: re.Pattern[str]  # a ；-clause that opens a list of its own: the end of the city's list
    city_verb: re.Pattern[str]  # searched after a city that begins a comma clause
    company_tails: tuple[str, ...]  # cut from a company's name to find a known organisation, in order
    subsidiary_units: tuple[str, ...]  # after a well-known company's short name: a unit or a regional company of it
    peer_school_endings: tuple[str, ...]  # after a university's short name: a school of its own rank (复旦|公学)
    milestone_label_lead: re.Pattern[str]  # removed from the start of a milestone's label
    city_kind: re.Pattern[str]  # matched right after a city's name: the city's own institutions of a kind (市各高校)
    city_kind_types: dict[str, tuple[str, ...]]  # the kind → the types of institution it takes in
    city_kind_openers: str  # what may stand right before such a city: the clause begins there
    seat_before: re.Pattern[str]  # right before a city: the city is where something of the sentence is (…就位于合肥)
    kind_has: re.Pattern[str]  # a later clause of that sentence listing more of the city's institutions (，大学还有A、B)
    kind_has_types: dict[str, tuple[str, ...]]  # that clause's kind → the types of institution it takes in


def _alternatives(words) -> str:
    """The words as a regex alternation in their order (one word as itself, more in a group)."""
    escaped = [re.escape(w) for w in words]
    return escaped[0] if len(escaped) == 1 else f"(?:{'|'.join(escaped)})"


@lru_cache(maxsize=1)
def relation_rules() -> RelationRules:
    data = rules_toml("relations.toml")
    suffix, verbs, particle = re.escape(data["city_suffix"]), "|".join(map(re.escape, data["city_subject_verbs"])), re.escape(data["city_subject_particle"])
    attributive = f"(?:{data['city_subject_attributive']})"  # 大连市各高校拥有的人才, 成都基地建设、: a verb before 的 or a mark is no predicate
    list_end = re.escape(data["city_subject_list_end"])  # 合肥与巢湖等城市建设: a city among examples is no subject
    return RelationRules(
        city_subject=re.compile(
            rf"^(?:{suffix})?(?:(?!{list_end})[\u4e00-\u9fff]){{0,{int(data['city_subject_gap'])}}}?(?:{verbs}){particle}?(?!{attributive})|^(?:{suffix})?(?!{_alternatives(data['city_subject_bare_not'])}){_alternatives(data['city_subject_bare_verbs'])}(?!{attributive})"
        ),
        city_verb=re.compile(f"(?:{'|'.join(map(re.escape, (*data['city_subject_verbs'], *data['city_clause_verbs'])))})(?!{attributive})"),
        city_list_restart=re.compile(data["city_list_restart"]),
        company_tails=tuple(data["company_tails"]),
        subsidiary_units=tuple(data["subsidiary_units"]),
        peer_school_endings=tuple(data["peer_school_endings"]),
        milestone_label_lead=re.compile(rf"^(?:{'|'.join(map(re.escape, data['milestone_label_lead']))})?[，,、：:\s]*"),
        city_kind=re.compile(
            rf"(?:{suffix})?的?(?:{'|'.join(map(re.escape, data['city_kind_quantifiers']))})?(?P<kind>{'|'.join(map(re.escape, sorted(data['city_kind'], key=len, reverse=True)))})"
        ),
        city_kind_types={k: tuple(v) for k, v in data["city_kind"].items()},
        city_kind_openers=data["city_kind_openers"],
        seat_before=re.compile(rf"(?:{_alternatives(data['seat_cues'])})\s*$"),
        kind_has=re.compile(rf"[，,；;]\s*(?P<kind>{_alternatives(sorted(data['kind_has'], key=len, reverse=True))})(?:{_alternatives(data['kind_has_verbs'])})"),
        kind_has_types={k: tuple(v) for k, v in data["kind_has"].items()},
    )
