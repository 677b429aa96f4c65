"""Where a sentence places an institution, or a city in a province, read as a reader does.

The phrasings of the genre (cue words in `rules/placements.toml`):

* affiliation — an author block's line `单位 城市 邮编` (浙江工业大学… 杭州 310023);
* parenthesis — `X（北京）` right after a name;
* statement — `位于 / 总部位于 / 地处 / 坐落于 <place>` after the institution that
  opens the clause, or `位于<place>的<institution>`; a place the sentence negates
  (而非省会杭州, 郑州之外的开封) is not it; `<institution>在<place>成立 / 揭牌`;
* possessive — `<place>(市)的<institution>` and the items joined to it;
* capital — `<city>(市)是<province>(省)省会`, `<province>省会<city>`: the city lies in
  the province; so does a city written after its province (甘肃省嘉峪关市).

Each reader takes one sentence's mentions (those that resolved to an entity, in
text order) and returns `Placement`s; the relations stage turns them into
`ht:locatedIn` facts whose evidence is the passage that says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .components import known_name_after_its_place
from .model import Mention

INSTITUTION = "institution"
CLAUSE_MARKS = "，,：:（("


@dataclass(frozen=True)
class Placement:
    subject: Mention
    place: Mention
    start: int  # evidence: the passage that says so
    end: int
    basis: str  # affiliation, parenthesis, statement, possessive, capital
    cue: str = ""  # the statement's cue word (位于, 总部位于 …)


@dataclass(frozen=True)
class _Rules:
    cue: re.Pattern[str]
    move_cues: frozenset[str]  # 迁往, 迁校 …: the institution right before one is what moves, whatever opens the clause
    founding: re.Pattern[str]  # (市|省)?(正式)?成立 …, anchored after the place
    founded_relative: re.Pattern[str]  # (市|省)?设立的 …: the institution after 的 is founded there
    founded_object: re.Pattern[str]  # (市|省)?(组织)?成立了 …: the institution right after is founded there
    founded_by_place: re.Pattern[str]  # (市|省)?(又)?成立了, after a place that opens a clause
    causative_verbs: tuple[str, ...]  # 推动 …在湖北落地: the subject makes another thing land
    window: int
    province_city: re.Pattern[str]  # 省?(腹地|东部…)?, anchored between a province and its city after a cue
    negated_cue: tuple[str, ...]
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]
    possessive: re.Pattern[str]  # (市|省)?的, anchored
    possessive_marks: tuple[str, ...]
    described_after: re.Pattern[str]  # 脑机接口公司——: a kind's noun and a dash between 位于X的 and the name it describes
    near_words: tuple[str, ...]  # 邻近 …: before a place, what follows 的 is near it, not its
    joins: re.Pattern[str]
    postcode: re.Pattern[str]
    code_between: re.Pattern[str]  # ,100190, : a postcode between the unit and its city
    separators: str
    seat_of_copula: re.Pattern[str]  # 圣莫尼卡|也就成为了|兰德公司, anchored
    seat_of_word: re.Pattern[str]  # 兰德公司|日后的总部所在地
    capital_after_city: re.Pattern[str]  # (市)?是, anchored
    capital_word: re.Pattern[str]  # (省)?(的)?省会, anchored
    province_list_verb: re.Pattern[str]  # 占据, 包括 …: after a province, before the cities it lists
    province_list_window: int
    anaphor: re.Pattern[str]  # 该中心, right before a cue
    here_cue: re.Pattern[str]  # 皆坐落于此: the clause's institutions are in the city named before
    anaphor_window: int
    anaphor_unit_types: dict[str, tuple[str, ...]]  # 校 → University: an anaphor's unit that no name ends in
    anaphor_sites: dict[str, str]  # 校址 → 校: a word for an institution's site or for the institution itself at a clause's start
    possessed_seats: tuple[str, ...]  # 总部, 主校区: what a subject's 的 may name before a cue and still place the subject
    possessed_adverbs: str  # 也, 都: adverbs between the possessed head and the cue (…的电子对抗学院也位于)
    parent_cues: tuple[str, ...]  # 隶属于 …: a word that introduces an institution's parent


def _alternatives(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    r = lexicon.rules_toml("placements.toml")
    return _Rules(
        cue=re.compile(_alternatives([*r["statement_cues"], *r["move_cues"]])),
        move_cues=frozenset(r["move_cues"]),
        founding=re.compile(
            rf"[市省]?\s*(?:{r['founding_subdivision']})?(?:{_alternatives(r['founding_manners'])}){{0,2}}(?:{_alternatives(r['founding_verbs'])}|(?:{_alternatives(r['founding_verbs_closing'])})(?={_alternatives(r['founding_closers'])}|$))"
        ),
        founded_relative=re.compile(
            rf"[市省]?\s*(?:{r['founding_subdivision']})?(?:{_alternatives([*r['founding_verbs'], *r['founding_verbs_closing'], *r['founding_verbs_relative']])})的"
        ),
        founded_object=re.compile(
            rf"[市省]?\s*(?:{r['founding_subdivision']})?(?:{_alternatives(r['founding_manners'])}){{0,3}}(?:{_alternatives(r['founding_verbs_object'])})了?"
        ),
        founded_by_place=re.compile(rf"[市省]?(?:{_alternatives(r['founding_manners'])}){{0,2}}(?:{_alternatives(r['founding_by_place_verbs'])})了?"),
        causative_verbs=tuple(r["causative_verbs"]),
        window=r["statement_window"],
        province_city=re.compile(rf"省?\s*(?:{_alternatives(r['province_parts'])})?\s*"),
        negated_cue=tuple(r["negated_cue"]),
        not_before=tuple(r["not_before_place"]),
        not_after=tuple(r["not_after_place"]),
        possessive=re.compile(rf"[市省]?(?:{_alternatives(r['possessive_marks'])})"),
        possessive_marks=tuple(r["possessive_marks"]),
        described_after=re.compile(r["described_after"]),
        near_words=tuple(r["near_words"]),
        joins=re.compile(rf"\s*(?:{_alternatives(r['list_joins'])})\s*"),
        postcode=re.compile(rf"[{re.escape(r['affiliation_separators'])}]*{r['postcode']}"),
        code_between=re.compile(rf"[{re.escape(r['affiliation_separators'])}]*{r['postcode']}[{re.escape(r['affiliation_separators'])}]*"),
        separators=r["affiliation_separators"],
        seat_of_copula=re.compile(r["seat_of_copula"]),
        seat_of_word=re.compile(r["seat_of_word"]),
        capital_after_city=re.compile(rf"市?(?:{_alternatives(r['capital_copulas'])})"),
        capital_word=re.compile(rf"省?的?(?:{_alternatives(r['capital_words'])})"),
        province_list_verb=re.compile(_alternatives(r["province_list_verbs"])),
        province_list_window=r["province_list_window"],
        anaphor=re.compile(
            rf"(?:(?:{_alternatives(r['anaphor_determiners'])})(?P<unit>{_alternatives(r['anaphor_units'])})|(?<![\u4e00-\u9fff])(?P<site>{_alternatives(list(r['anaphor_sites']))}))(?:{_alternatives(r['anaphor_between'])})?$"
        ),
        anaphor_sites=dict(r["anaphor_sites"]),
        possessed_seats=tuple(r["possessed_seats"]),
        possessed_adverbs=r["possessed_adverbs"],
        here_cue=re.compile(r["here_cue"]),
        anaphor_window=r["anaphor_window"],
        anaphor_unit_types={k: tuple(v) for k, v in r["anaphor_unit_types"].items()},
        parent_cues=tuple(r["parent_cues"]),
    )


def sentence_placements(text: str, start: int, end: int, mentions: list[Mention], earlier: tuple[Mention, ...] = (), city_before: Mention | None = None) -> list[Placement]:
    """The placements one sentence [start, end) of `text` states; `mentions` are its entity mentions in order,
    `earlier` the institutions named before it that an anaphor (该中心位于…) may stand for, `city_before` the city
    the paragraph named last before the sentence, that "here" (坐落于此) may stand for."""
    here = _here(text, start, end, mentions, city_before) if city_before is not None and mentions else []
    if len(mentions) < 2 and not (earlier and mentions):
        return here
    out = _parentheses(text, mentions)  # affiliation lines are read over whole sentences (affiliation_placements)
    if _rules().cue.search(text, start, end):
        out += _statements(text, start, end, mentions, earlier)  # before the possessive: 位于武汉的华中科技大学 is a statement
    return here + out + _foundings(text, start, mentions) + _founded_by_places(text, start, mentions) + _possessives(text, mentions) + _seats_of(text, mentions) + _capitals(text, mentions) + _provinces_cities(text, mentions) + _provinces_lists(text, mentions) + _cities_zones(text, mentions)


def _here(text: str, start: int, end: int, ms: list[Mention], city: Mention) -> list[Placement]:
    """The institutions of a clause that places them "here" (美的、海天味业等大型企业皆坐落于此), placed in the city named
    before the sentence: the institution that opens the clause and those listed with it."""
    cue = _rules().here_cue.search(text, start, end)
    if cue is None or any(m.label in ("City", "Province") and m.end <= cue.start() for m in ms):
        return []  # a place of its own in the sentence before the cue: the cue is not about the earlier city
    clause = max(start, max(text.rfind(ch, start, cue.start()) for ch in "，,；;") + 1)
    first = next((k for k, m in enumerate(ms) if clause <= m.start and m.end <= cue.start() and _is_institution(m)), None)
    if first is None:
        return []
    return [Placement(m, city, m.start, cue.end(), "statement", cue.group(0)) for m in _joined(text, ms, first)]


def _is_institution(m: Mention) -> bool:
    return m.group == INSTITUTION


# What separates the units of one affiliation that share the city after the last (a space; a numbered or lettered
# item's mark after a semicolon or a comma: ;2. ,b. ; a lettered unit after its university: 武汉大学 a.某中心).
_UNIT_SEPARATOR = re.compile(r"[ \u3000]+|[ \u3000]*[;；，,][ \u3000]*(?:[0-9]{1,2}[.．、]|[a-h][.．])?[ \u3000]*|[ \u3000]*[a-h][.．][ \u3000]*")
_AFTER_CODE_CITY = re.compile(r"[ \t　]*(?:[）)]?[ \t　]*(?:\n|$)|[;；，,][ \t　]*[0-9]*)")  # the city ends the unit's line or item
_LINE_END = re.compile(r"[ \t　]*(?=[）)]?[ \t　]*(?:\n|$)|[;；][ \t　]*[0-9]+[．.、])")  # 1.中国科学院国家天文台，北京⏎; (1．某所 石家庄;2．某局 北京;…): a unit of a numbered line


def affiliation_placements(text: str, ms: list[Mention]) -> list[Placement]:
    """The placements of affiliation lines, read over a whole sentence (not cut at ；, as `sentence_placements`
    reads): the units of one affiliation share the city written after the last across the ；of numbered or lettered
    items (（1.某大学 某院;2.某大学 某院,湖北 武汉430070）, （武汉大学 a.某中心;b.某学院,湖北 武汉 430072）)."""
    rules = _rules()
    out = []
    for k, (m, n) in enumerate(zip(ms, ms[1:])):
        if _is_institution(m) and n.label == "City" and rules.code_between.fullmatch(text, m.end, n.start) and _AFTER_CODE_CITY.match(text, n.end):
            out.append(Placement(m, n, m.start, n.end, "affiliation"))  # 中国科学院文献情报中心,100190,北京；2.…: the code before the city
            continue
        if _is_institution(m) and text[m.end : m.end + 1] in ("（", "(") and (glossed := _after_gloss(text, m, ms[k + 1 :], rules)) is not None:
            n = glossed  # 马克斯·普朗克天文学研究所（MPI für Astronomie），海德堡: the line's city after the name's gloss
        elif not (_is_institution(m) and all(ch in rules.separators for ch in text[m.end : n.start])):
            continue
        province = None
        if n.label == "Country" and k + 2 < len(ms) and ms[k + 2].label == "City" and text[n.end : ms[k + 2].start] in ("", " ", "\u3000"):
            n = ms[k + 2]  # …装备中心，中国南京 210096: the country written before the city
        if n.label == "Province" and k + 2 < len(ms) and ms[k + 2].label == "City" and re.fullmatch(r"省?[ \u3000]*", text[n.end : ms[k + 2].start]):
            province, n = n, ms[k + 2]  # （武汉理工大学管理学院，湖北 武汉 430070）: the province written before the city
        if n.label == "City":
            code = rules.postcode.match(text, n.end) or _LINE_END.match(text, n.end)
            if code:
                out.append(Placement(m, n, m.start, code.end(), "affiliation"))
                if province is not None:
                    out.append(Placement(n, province, province.start, code.end(), "affiliation"))  # 湖北 武汉 430070: the city lies in the province
                j = k
                while j > 0 and _is_institution(ms[j - 1]) and _UNIT_SEPARATOR.fullmatch(text, ms[j - 1].end, ms[j].start):
                    j -= 1  # 中国科学院地理科学与资源研究所 中国科学院区域…重点实验室 北京 100101, (1.某大学 某院;2.某大学 某院,湖北 武汉430070): each body of the line
                    out.append(Placement(ms[j], n, ms[j].start, code.end(), "affiliation"))
    return out


def _after_gloss(text: str, m: Mention, following: list[Mention], rules: _Rules) -> Mention | None:
    """The city an affiliation line writes after a name and its bracketed gloss, separators only between."""
    close = min((k for k in (text.find("）", m.end, m.end + 80), text.find(")", m.end, m.end + 80)) if k >= 0), default=-1)
    if close < 0 or "\n" in text[m.end : close]:
        return None
    n = next((x for x in following if x.start > close), None)
    if n is None or n.label != "City" or not all(ch in rules.separators for ch in text[close + 1 : n.start]) or n.start == close + 1:
        return None
    return n


_COUNTRY_DOT = re.compile(r"[（(]\s*(?:驻\s*)?(?:[\u4e00-\u9fff]{2,4}\s*[·・•]\s*)?")  # （北京）, （中国·深圳）: the country before the city; （驻北京，…）: stationed there


def _parentheses(text: str, ms: list[Mention]) -> list[Placement]:
    out = []
    for k, (m, n) in enumerate(zip(ms, ms[1:])):
        if n.label == "Country" and k + 2 < len(ms):
            n = ms[k + 2]  # 综合开发研究院(中国·深圳): the city after its country
        opened = n.start
        if n.label == "Province" and k + 2 < len(ms) and ms[k + 2].label == "City" and ms[k + 2].start == n.end:
            n = ms[k + 2]  # 水文地质环境地质研究所（河北省石家庄市）: the city after its province
        if _is_institution(m) and n.label == "City" and _COUNTRY_DOT.fullmatch(text, m.end, opened) and (close := _bracket_close(text, n, ms)) is not None:
            out.append(Placement(m, n, m.start, close, "parenthesis"))
    return out


_AFTER_BRACKETED_CITY = re.compile(r"[）)]|[，,；;][^（）()\n]{1,40}?[）)]")


def _bracket_close(text: str, city: Mention, ms: list[Mention]) -> int | None:
    """Where the bracket a city opens closes: right after it (（北京）) or after a remark on the unit with no other
    city in it (（天津，隶属于天津经济技术开发区）); None when the bracket holds more places (（北京，上海）)."""
    m = _AFTER_BRACKETED_CITY.match(text, city.end)
    if m is None or any(city.end <= o.start < m.end() and o.label in ("City", "Province", "Country") for o in ms):
        return None
    return city.end + 1 if m.end() == city.end + 1 else m.end()


def _joined(text: str, ms: list[Mention], k: int) -> list[Mention]:
    """The institution at ms[k] and those joined to it by 、/和/与 (广州的中山大学、华南理工大学)."""
    joins = _rules().joins
    items = [ms[k]]
    for n in ms[k + 1 :]:
        gap = joins.fullmatch(text, items[-1].end, n.start)
        if not (_is_institution(n) and gap):
            break
        items.append(n)
    return items


def _district_possessive(text: str, p: Mention, n: Mention) -> bool:
    """`<city>(市)<district>的<institution>` (北京市海淀区的联想集团, 北京房山的燕山石化公司): the district is the city's own."""
    place = _gazetteer_place(p)
    gap = text[p.end : n.start]
    mark = next((m for m in _rules().possessive_marks if gap.endswith(m)), None)
    if place is None or p.label != "City" or mark is None:
        return False
    district = gap.removeprefix("市")[: -len(mark)]
    counties = lexicon.county_prefectures()
    prefectures = counties.get(district) or (len(district) >= 2 and (counties.get(district + "区") or counties.get(district + "县"))) or ()
    return (place.short or place.name) in prefectures  # 北京市海淀区的, 北京房山的: the district written with or without 区


def _possessives(text: str, ms: list[Mention]) -> list[Placement]:
    """A place and 的 before an institution (广州的中山大学, 北京市海淀区的联想集团), or a place written against a name that does
    not hold it (广州|中山大学): the institution is the city's."""
    rules = _rules()
    out = []
    for k, (p, n) in enumerate(zip(ms, ms[1:])):
        if text.endswith(rules.near_words, 0, p.start):
            continue  # 邻近兰州的兰州新区: near the city, not the city's
        if p.label in ("City", "Province") and _is_institution(n) and (rules.possessive.fullmatch(text, p.end, n.start) or _district_possessive(text, p, n)):
            out += [Placement(item, p, p.start, item.end, "possessive") for item in _joined(text, ms, k + 1)]
        elif p.label == "City" and p.end == n.start and _is_institution(n) and known_name_after_its_place(text[p.start : p.end], text[n.start : n.end]):
            out.append(Placement(n, p, p.start, n.end, "possessive"))
    return out


def _seats_of(text: str, ms: list[Mention]) -> list[Placement]:
    """A city said to be an institution's seat, the city first (杭州是某集团的总部所在地)."""
    rules = _rules()
    out = []
    for a, b in zip(ms, ms[1:]):
        if a.label == "City" and _is_institution(b) and rules.seat_of_copula.fullmatch(text, a.end, b.start) and (word := rules.seat_of_word.match(text, b.end)):
            out.append(Placement(b, a, a.start, word.end(), "statement"))
    return out


def _capitals(text: str, ms: list[Mention]) -> list[Placement]:
    rules = _rules()
    out = []
    for k, (a, b) in enumerate(zip(ms, ms[1:])):
        if a.label == "City" and b.label == "Province" and rules.capital_after_city.fullmatch(text, a.end, b.start):
            word = rules.capital_word.match(text, b.end)
            if word:
                out.append(Placement(a, b, a.start, word.end(), "capital"))
        elif a.label == "Province" and b.label == "City" and rules.capital_word.fullmatch(text, a.end, b.start):
            provinces, cities = _chain(text, ms, k, -1, "Province"), _chain(text, ms, k + 1, 1, "City")
            if len(provinces) == len(cities):  # 江苏省、浙江省、安徽省省会城市南京、杭州和合肥: respectively
                out += [Placement(c, p, p.start, c.end, "capital") for p, c in zip(provinces, cities)]
    return out


def _chain(text: str, ms: list[Mention], k: int, step: int, label: str) -> list[Mention]:
    """The mentions of one label listed with ms[k] (joined by 、, 和, 与, 及), in the text's order."""
    rules, out = _rules(), [ms[k]]
    j = k + step
    while 0 <= j < len(ms) and ms[j].label == label:
        left, right = (ms[j], out[-1]) if step < 0 else (out[-1], ms[j])
        if not rules.joins.fullmatch(text, left.end, right.start):
            break
        out.append(ms[j])
        j += step
    return out[::-1] if step < 0 else out


def _gazetteer_place(m: Mention):
    return next((v for k, v in m.attrs if k == "place"), None)


def _provinces_cities(text: str, ms: list[Mention]) -> list[Placement]:
    """`<province>(省)(的)<city>` (甘肃省嘉峪关市): the city lies in the province written before it, where
    the gazetteer's province of that city agrees (广东深圳 is read so, 北京上海 is a list)."""
    rules = _rules()
    out = []
    for k, (a, b) in enumerate(zip(ms, ms[1:])):
        if a.label == "Province" and b.label == "City" and (a.end == b.start or rules.possessive.fullmatch(text, a.end, b.start)):
            province = _gazetteer_place(a)
            for c in _chain(text, ms, k + 1, 1, "City"):  # 江苏省的徐州、连云港、盐城: each city of the list
                city = _gazetteer_place(c)
                if province is not None and city is not None and city.province and city.province == province.short:
                    out.append(Placement(c, a, a.start, c.end, "possessive"))
    return out


def _provinces_lists(text: str, ms: list[Mention]) -> list[Placement]:
    """`<province>…占据 / 包括 / 布局在 <city>、<city>…` (江苏占据南京、苏州、无锡、常州4座城市): the cities a
    province's clause lists after a verb of holding lie in it, where the gazetteer's province of each agrees."""
    rules = _rules()
    out = []
    for k, a in enumerate(ms):
        province = _gazetteer_place(a)
        if a.label != "Province" or province is None:
            continue
        verb = rules.province_list_verb.search(text, a.end, min(len(text), a.end + rules.province_list_window))
        if verb is None or any(ch in text[a.end : verb.start()] for ch in "，,。；;：:"):
            continue
        first = next((j for j in range(k + 1, len(ms)) if ms[j].start >= verb.end()), None)
        if first is None or ms[first].label != "City" or not re.fullmatch(r"[了在于]?", text[verb.end() : ms[first].start]):
            continue
        for c in _chain(text, ms, first, 1, "City"):
            city = _gazetteer_place(c)
            if city is not None and city.province and city.province == province.short:
                out.append(Placement(c, a, a.start, c.end, "list"))
    return out


def _cities_zones(text: str, ms: list[Mention]) -> list[Placement]:
    """`<city><zone>` written together (北京中关村, 武汉东湖高新区): a zone, park or platform lies in the city
    written right before its name. Not other institutions: 北京华为 is a branch, not where 华为 is."""
    return [Placement(b, a, a.start, b.end, "possessive") for a, b in zip(ms, ms[1:]) if a.label == "City" and b.label == "Park" and a.end == b.start]


def _place_after(text: str, cue_end: int, ms: list[Mention]) -> Mention | None:
    """The place a cue names: the first one after it, within the window and the clause, that is not negated."""
    rules = _rules()
    boundary = cue_end
    places = [m for m in ms if m.start >= cue_end and m.group == "place"]
    for k, p in enumerate(places):
        gap = text[boundary : p.start]
        if p.start - cue_end > rules.window or any(ch in gap for ch in "，,。；;"):
            return None
        if any(w in gap for w in rules.not_before) or text.startswith(rules.not_after, p.end):
            boundary = p.end
            continue
        if p.label == "City":
            return p
        if p.label == "Province":
            following = places[k + 1] if k + 1 < len(places) else None
            if following is not None and following.label == "City" and rules.province_city.fullmatch(text, p.end, following.start):
                return following  # 安徽合肥, 广东省广州市, 河北省腹地保定市
            return p
        boundary = p.end  # a country or region: the city may follow (美国加州圣克拉拉)
    return None


def _statements(text: str, start: int, end: int, ms: list[Mention], earlier: tuple[Mention, ...] = ()) -> list[Placement]:
    rules = _rules()
    out = []
    for cue in rules.cue.finditer(text, start, end):
        if text[start : cue.start()].endswith(rules.negated_cue):
            continue
        place = _place_after(text, cue.end(), ms)
        if place is None:
            continue
        following = next((m for m in ms if m.start >= place.end and m.group == "place"), None)
        if following is not None and following.label in ("City", "Province") and rules.joins.fullmatch(text, place.end, following.start):
            continue  # 雄安新区地处北京、天津、保定腹地: one of several places is no seat; 位于苏州、中国领先的…: a country after is an apposition
        k = ms.index(place)
        attributive = k + 1 < len(ms) and _is_institution(ms[k + 1]) and (rules.possessive.fullmatch(text, place.end, ms[k + 1].start) or _district_possessive(text, place, ms[k + 1]) or _described_after(text, place.end, ms[k + 1].start, rules))
        if attributive:  # 位于合肥的中国科学技术大学, 位于北京房山的燕山石化公司
            out += [Placement(item, place, cue.start(), item.end, "statement", cue.group(0)) for item in _joined(text, ms, k + 1)]
            continue
        zone = ms[k + 1] if k + 1 < len(ms) and ms[k + 1].label == "Park" and ms[k + 1].start == place.end else None
        if zone is not None and k + 2 < len(ms) and _is_institution(ms[k + 2]) and rules.possessive.fullmatch(text, zone.end, ms[k + 2].start):
            out += [Placement(item, place, cue.start(), item.end, "statement", cue.group(0)) for item in _joined(text, ms, k + 2)]
            continue  # 位于北京中关村的中国科学院计算技术研究所: the city, its zone, then what lies there
        mover = next((m for m in reversed(ms) if m.end <= cue.start()), None) if cue.group(0) in rules.move_cues else None
        if mover is not None and (not _is_institution(mover) or text[mover.end : cue.start()].strip()):
            mover = None  # 石油部下达了北京石油学院迁校东营的命令: the school moves, not the ministry that orders it
        clause = text[max(start, *(text.rfind(ch, start, cue.start()) + 1 for ch in "，,；;")) : cue.start()]
        if mover is None and "是" not in clause and rules.possessive.match(text, place.end) and not text.startswith(rules.possessed_seats, rules.possessive.match(text, place.end).end()):
            continue  # 入股总部位于苏州的同程网: a relative clause of what follows 的, which no mention holds (not 某区是…新建于保定市的新城)
        subject = mover or _clause_subject(text, start, cue.start(), ms, place)
        if subject is not None:
            out.append(Placement(subject, place, subject.start, place.end, "statement", cue.group(0)))
            if subject.label == "Park" and k > 0 and ms[k - 1].label == "Province" and ms[k - 1].start >= cue.end() and rules.province_city.fullmatch(text, ms[k - 1].end, place.start):
                out.append(Placement(subject, ms[k - 1], subject.start, place.end, "statement", cue.group(0)))  # a zone is territory: 地处河北省腹地保定市 is in both
        elif (anaphor := rules.anaphor.search(text, start, cue.start())) is not None and (named := _antecedent(anaphor, (*earlier, *(m for m in ms if m.end <= anaphor.start())), rules)) is not None:
            out.append(Placement(named, place, anaphor.start(), place.end, "statement", cue.group(0)))  # 安大略省繁荣创新中心⏎该中心位于多伦多
    return out


def _described_after(text: str, place_end: int, name_start: int, rules: _Rules) -> bool:
    """`位于<place>的<kind>——<name>` (位于上海的脑机接口公司——脑虎科技): the name the kind's noun and a dash introduce."""
    mark = rules.possessive.match(text, place_end)
    return mark is not None and rules.described_after.fullmatch(text, mark.end(), name_start) is not None


def _antecedent(anaphor: re.Match[str], before: tuple[Mention, ...], rules: _Rules) -> Mention | None:
    """What 该<unit> stands for: the last institution named within `anaphor_window` characters before it
    whose name ends in that unit (该中心 … 某某创新中心), where no other institution stands between."""
    institutions = [m for m in before if _is_institution(m) and anaphor.start() - m.end <= rules.anaphor_window]
    if not institutions:
        return None
    last, unit = institutions[-1], anaphor.group("unit") or rules.anaphor_sites[anaphor.group("site")]
    return last if last.text.endswith(unit) or last.label in rules.anaphor_unit_types.get(unit, ()) else None  # 该校: a university


def _foundings(text: str, start: int, ms: list[Mention]) -> list[Placement]:
    """"<institution>在<place>(正式)成立 / 揭牌 …": the institution that opens the clause is founded there."""
    rules = _rules()
    out = []
    for k, p in enumerate(ms):
        province = p.label == "Province" and k + 1 < len(ms) and ms[k + 1].label == "City" and re.fullmatch(r"省?", text[p.end : ms[k + 1].start])
        if province and p.start > start and text[p.start - 1] == "在":
            p = ms[k + 1]  # 在海南省琼海市博鳌镇成立: the city written after its province
        elif not (p.start > start and text[p.start - 1] == "在"):
            continue
        if p.label in ("City", "Province") and (verb := rules.founded_relative.match(text, p.end)):
            founded = next((m for m in ms if m.start == verb.end() and _is_institution(m)), None)
            if founded is not None:  # 在宁德设立的|青拓集团: what was set up there, not who set it up
                out.append(Placement(founded, p, p.start, founded.end, "statement", "在…设立的"))
            continue
        if p.label in ("City", "Province") and (verb := rules.founded_object.match(text, p.end)):
            at = next((j for j, m in enumerate(ms) if m.start == verb.end() and _is_institution(m)), None)
            if at is not None:  # 在深圳组织成立了|工业机器人专利联盟, 在台北设立了A、B和C: what is founded there, not who founds it
                out += [Placement(item, p, p.start, item.end, "statement", "在…成立") for item in _joined(text, ms, at)]
                continue
        if p.label in ("City", "Province") and (verb := rules.founding.match(text, p.end)):
            founded = next((m for m in ms if m.start == verb.end() and _is_institution(m)), None)
            subject = founded or _clause_subject(text, start, p.start - 1, ms, p)  # 在北京成立|轻工业部…研究所: what is founded there
            if founded is None and subject is not None and any(v in text[subject.end : p.start] for v in rules.causative_verbs):
                continue  # 某基金…推动两个项目在湖北落地: the projects land there, not the fund
            if subject is not None:
                out.append(Placement(subject, p, min(subject.start, p.start), max(subject.end, verb.end()), "statement", "在…成立"))
    return out


def _founded_by_places(text: str, start: int, ms: list[Mention]) -> list[Placement]:
    """"<city|province>(市)成立了<institution>" where the place opens the clause: the place founds what it holds."""
    rules = _rules()
    out = []
    for k, (p, n) in enumerate(zip(ms, ms[1:])):
        if p.label not in ("City", "Province") or not _is_institution(n):
            continue
        opens = p.start == start or text[p.start - 1] in CLAUSE_MARKS or text[p.start - 1].isspace() or (
            k > 0 and ms[k - 1].label == "Province" and p.label == "City" and ms[k - 1].end == p.start  # 四川广元市
        )
        if opens and rules.founded_by_place.fullmatch(text, p.end, n.start):
            out.append(Placement(n, p, p.start, n.end, "statement", "成立"))
    return out


def _possessed_head(text: str, end: int, cue_start: int) -> bool:
    """Whether the words between a subject and its cue are 的 and a head of its own (国防科技大学|的电子对抗学院|也位于合肥:
    the school is placed, not the university), other than the possessor's seat (某大学的总部位于, 的主校区位于)."""
    between = text[end:cue_start].strip()
    if not between.startswith("的"):
        return False
    head = between[1:].rstrip(_rules().possessed_adverbs).strip()
    return bool(head) and not head.startswith(_rules().possessed_seats)


def _glosses_a_parent(text: str, gloss: Mention, before: list[Mention]) -> bool:
    """Whether a bracketed name glosses the name before it that a word of belonging introduces (隶属于某集团(CSIC))."""
    glossed = next((p for p in before if p.end == gloss.start - 1), None)
    return glossed is not None and text[: glossed.start].endswith(_rules().parent_cues)


def _clause_subject(text: str, start: int, cue_start: int, ms: list[Mention], place: Mention) -> Mention | None:
    """What a cue places: the last institution before it that opens a clause, else the last one in the cue's own clause.

    A city is the subject only of a province (开封位于河南省)."""
    kinds = (INSTITUTION, "place") if place.label == "Province" else (INSTITUTION,)
    before = [m for m in ms if m.end <= cue_start and m.group in kinds and (m.group == INSTITUTION or m.label == "City")]
    if not before:
        return None
    for m in reversed(before):
        if m.start > start and text[m.start - 1] in "（(" and any(ch in "）)" for ch in text[m.end : cue_start]) and _glosses_a_parent(text, m, before):
            continue  # 704所…隶属于某集团(CSIC),位于上海: the gloss of a parent's name opens no clause
        if m.start == start or text[m.start - 1] in CLAUSE_MARKS or text[start : m.start].isspace():
            return None if _possessed_head(text, m.end, cue_start) else m
    last = before[-1]
    if "的" in text[last.end : cue_start]:
        return None  # 由国资委牵头组建的|某联盟|在北京成立: a relative clause's agent, not what the cue places
    return last if not any(ch in text[last.end : cue_start] for ch in "，,") else None
