"""Short and foreign names a report defines for itself, and the names of its programmes as they recur.

The genre names an institution or a plan once in full, announces in brackets the
short name it will use (`中国科学院某某研究所（以下简称“某所”）`) or glosses it with its
foreign name and abbreviation (`某某研究开发中心（Research Institute of X, RISTEX）`), and
from then on writes either. A programme named by a Latin-script name and its head
noun (`SciSIP计划`) recurs as the bare name (`SciSIP项目`, `NSF SciSIP`), and a company
named in full (`曙光信息产业股份有限公司`) by its trade name (`曙光`). `ht_aliases`
marks those names, with the full name's type and an `alias_of` attribute that entity
resolution follows: an announced short name where announced and at each later
occurrence (a two-character one only where it begins a word), a gloss where it
stands and (Latin script, on letter boundaries) wherever it recurs later, a
programme's Latin name wherever it stands, and a company's trade name wherever it
stands on word boundaries the segmentation agrees with (not before a model number: 曙光4000A is a
machine); a country's body written once with its country (美国联邦政府, 美国能源部) is the same body
written bare anywhere in the document (联邦政府, 能源部), unless two countries' bodies share it. A name learnt in one block holds in the document's later blocks (`mentions` runs the blocks
in order and shares the list of learnt names). The patterns are data (`rules/aliases.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .components import (
    Candidate, _add, _country_before, _country_prefix, _country_start, _latin_boundary, _org_scanner, _place_ending_at, _place_scanner, _reading,
    _stock_short_names, _suffix_texts, _technology_terms, _transliteration_chars, common_word_tags, left_boundary, registered_place_length, stock_code, text_of, word_tags,
)
from .model import GROUP_OF

_OPENING_BRACKETS = re.compile(r"[（(]")


_NAME_TAGS = ("nt", "ns", "nr", "nz", "j")  # jieba's tags of names and of abbreviations (科大: j)


@dataclass(frozen=True)
class _Rules:
    definition: re.Pattern[str]
    definition_bare: re.Pattern[str]  # ，简称X / ，俗称X: a short name announced after a comma, no bracket
    definition_more: re.Pattern[str]  # 、中科大 / 或科技大: the next of the short names listed after it
    gloss: re.Pattern[str]
    latin_gloss: re.Pattern[str]  # an English name right after the Chinese one, unbracketed
    latin_gloss_heads: re.Pattern[str]  # the head words one of its words holds (Institute, Council …)
    latin_programme: re.Pattern[str]
    groups: frozenset[str]
    company_tails: tuple[str, ...]  # longest first
    trade_words: tuple[str, ...]  # longest first
    company_short_min: int
    contraction_quote: re.Pattern[str]
    contraction_within: int
    announced_units: tuple[tuple[str, str], ...]  # longest first
    document_company: re.Pattern[str]  # Symantec 公司: a Latin-script name before a company's tail
    document_organisation: re.Pattern[str]  # Transparify 组织: a Latin-script name before 组织 or 机构
    classed_company: re.Pattern[str]  # 初创公司Joby Aviation: a Latin-script brand after a word of its kind
    classed_investor: re.Pattern[str]  # 投资机构Playground Global: … after an investor's
    ranking_name: re.Pattern[str]  # TOP500排行榜: a list's name, before a word of ranking
    latin_kinds: frozenset[str]  # IT, AI …: Latin words of a kind, no company's name
    country_bodies: tuple[str, ...]  # 联邦政府, 国会 …: a country's bodies by their generic name
    body_modified: tuple[str, ...]  # 科技, 机构 …: words a bare body qualifies (联邦政府科技机构)
    place_centre_ending: str  # 中心: a centre named by its city last goes by the city and this (深圳中心) …
    place_branch_endings: tuple[str, ...]  # … as a branch does (沈阳分院), longest first
    place_centre_followers: str  # what may follow that short name where it stands (not 深圳中心|城区)
    place_centre_roles: tuple[str, ...]  # … and the roles of its people (长沙中心|副主任)
    park_short_endings: tuple[str, ...]  # 高新区 …: the zone words a zone's name without its city keeps (longest first)
    park_kind_words: frozenset[str]  # 经济, 高新 …: the words of a kind of zone, no zone's own (兰州市|经济开发区)
    academy_unit_prefixes: tuple[str, ...]  # 中国科学院, 中科院: an academy whose institute recurs without it


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = lexicon.rules_toml("aliases.toml")
    by_length = lambda words: tuple(sorted(words, key=len, reverse=True))  # noqa: E731
    return _Rules(
        re.compile(data["definition"]), re.compile(data["definition_bare"]), re.compile(data["definition_more"]), re.compile(data["gloss"]), re.compile(data["latin_gloss"]), re.compile(data["latin_gloss_heads"]),
        re.compile(data["latin_programme"]), frozenset(data["groups"]),
        by_length(data["company_tails"]), by_length(data["trade_words"]), data["company_short_min"],
        re.compile(data["contraction_quote"]), data["contraction_within"],
        tuple(sorted(data["announced_units"].items(), key=lambda kv: -len(kv[0]))),
        re.compile(data["document_company"]), re.compile(data["document_organisation"]), re.compile(data["classed_company"]), re.compile(data["classed_investor"]), re.compile(data["ranking_name"]), frozenset(data["latin_kinds"]),
        tuple(data["country_bodies"]), tuple(data["body_modified"]),
        data["place_centre_ending"], by_length(data["place_branch_endings"]), data["place_centre_followers"], by_length(data["place_centre_roles"]),
        by_length(data["park_short_endings"]), frozenset(data["park_kind_words"]), tuple(data["academy_unit_prefixes"]),
    )


def contracts(short: str, full: str) -> bool:
    """Whether `short` is a contraction of `full`: shorter by two characters or more, its characters
    taken in order from `full`, beginning with one of the full name's characters and ending as it ends."""
    if len(full) < len(short) + 2 or short[-1] != full[-1]:
        return False
    pos = 0
    for ch in short:
        pos = full.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


_MARKS = {"《": "《》", "“": "“”", '"': '""', "「": "「」"}
# 曙光4000A, 曙光一号, Cray-1, 银河-II: a product's model after its maker's name (not 曙光2008年, nor a size or a count: 武汉新芯12英寸线)
_MODEL_NUMBER = re.compile(r"-?[0-9]+(?![0-9年月]|\s?(?:英寸|寸|吋|纳米|nm|万|亿|个|家|项|条|座|台|片|号线))|[一二三四五六七八九十]+号|-[IVX]+\b")
_NUMBER_CODE = re.compile(r"[0-9]{5,}")  # a patent's or a publication's number (WO2008151149A2), no name's abbreviation
_WEB_ADDRESS = re.compile(r"\.[a-z]{2,}$|^www\.")  # 百度（baidu.com）: a site's address, not a name


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def company_short_name(name: str) -> str | None:
    """A company's name without its legal tail, bracketed place and trade words (曙光信息产业股份有限公司 → 曙光), or None."""
    rules = _rules()
    tails, trades, shortest = rules.company_tails, rules.trade_words, rules.company_short_min
    tail = next((t for t in tails if name.endswith(t)), None)
    if tail is None:
        return None
    short = re.sub(r"[（(][^（）()]*[)）]", "", name[: -len(tail)]).strip()
    short = short[registered_place_length(short) :]  # 湖北|新日电动车: a registered name's place is no part of its trade name
    while (word := next((w for w in trades if short.endswith(w) and len(short) > len(w)), None)) is not None:
        short = short[: -len(word)].strip()
    if len(short) < shortest or short == name or not (short.isascii() or all(_is_cjk(ch) for ch in short)):
        return None
    if short in trades or short in lexicon.institution_rules().generic_company_words or short in _place_scanner().entries or short in _technology_terms():
        return None  # 中国公司, 科技公司, GPU公司: a kind, not a name
    if not short.isascii() and _ordinary_word(short):
        return None  # 铁路公司: an ordinary word before the tail names a kind of company (not 中软: a name's tag, nt)
    if any(org.type != "Company" for org in _org_scanner().entries.get(short, ())):
        return None  # 中国科学院|控股有限公司: a company the academy owns, whose short name is the academy's
    return short


def company_place_short_name(name: str) -> str | None:
    """A company's registered place and its brand, its trade words and legal tail left out (大连光洋科技集团 → 大连光洋,
    徐州博康信息化学品有限公司 → 徐州博康), or None: the way the genre writes a company whose brand alone is an
    ordinary word (光洋) or too short to stand by itself."""
    rules = _rules()
    bare = _without_tail(name) if any(name.endswith(t) for t in rules.company_tails) else name
    place = registered_place_length(bare)
    if not place:
        return None
    brand = bare[place:]
    while (word := next((w for w in rules.trade_words if brand.endswith(w) and len(brand) > len(w)), None)) is not None:
        brand = brand[: -len(word)].strip()
    if not 2 <= len(brand) <= 3 or not all(_is_cjk(ch) for ch in brand) or brand == bare[place:]:
        return None
    if brand in rules.trade_words or brand in lexicon.institution_rules().generic_company_words or brand in _place_scanner().entries or brand in _technology_terms():
        return None
    return bare[:place] + brand


def park_place_short_name(name: str) -> str | None:
    """A zone's name without the city that leads it, where its own words and its zone word are left (厦门火炬高新区 → 火炬高新区,
    天津滨海高新区 → 滨海高新区): the way a report writes a zone once it has named it with its city; None where nothing of its own
    is left (北京高新区) or no city leads it."""
    place = registered_place_length(name)
    ending = next((e for e in _rules().park_short_endings if name.endswith(e)), None)
    if not place or ending is None:
        return None
    rest = name[place:]
    own = rest[: -len(ending)]
    if len(own) < 2 or not all(_is_cjk(ch) for ch in own) or own in _place_scanner().entries or own in _technology_terms() or own in _rules().park_kind_words:
        return None  # 兰州市|经济开发区: a kind of zone, the city's name its own
    return rest


def _without_tail(name: str) -> str:
    """A company's name without its legal tail and bracketed place, its trade words kept (中软国际公司 → 中软国际)."""
    tail = next((t for t in _rules().company_tails if name.endswith(t)), "")
    return re.sub(r"[（(][^（）()]*[)）]", "", name[: len(name) - len(tail)]).strip()


@dataclass(frozen=True)
class Recurring:
    """A name learnt in one block that stands for a full name wherever it recurs in the later blocks."""

    name: str
    company: bool  # a company's trade name (written with or without its legal tail), else a short name or gloss
    template: Candidate  # label, priority, key and attributes (with `alias_of`) of the candidates it yields
    marks: str = ""  # an ordinary word announced in marks (《决定》) is the name only in those marks
    body: bool = False  # a country's body written bare (联邦政府 for 美国联邦政府): on word boundaries, no country before
    place_centre: bool = False  # a centre's city and 中心 (深圳中心): before a character that ends a name


def _announced_name(text: str, at: int, short: str, words) -> Candidate | None:
    """The name that a short name announced at `at` stands for where no rule found one: the words
    back to a verb or punctuation, contracted by the short name and ending in an organisation's unit."""
    start = left_boundary(text, at, words)
    name = text[start:at]
    kind = next((k for unit, k in _rules().announced_units if name.endswith(unit)), None)
    if kind is None or len(name) < 4 or not all(_is_cjk(ch) for ch in name) or not contracts(short, name):
        return None
    return Candidate(start, at, kind, "suffix", 6, "", (("suffix_start", at - 1),))


def _begun_by_short_name(text: str, full: Candidate, short: str) -> Candidate | None:
    """The whole name where the short name it announces begins before the name the rules found (和其|光电科技…
    found as 光电科技…): back to the short name's start, and over a place's name written right before it."""
    if full.label != "Company" or text.startswith(short, full.start):
        return None
    for k in range(1, len(short)):
        if full.start - k >= 0 and text[full.start - k : full.start] == short[:k] and text.startswith(short[k:], full.start):
            start = full.start - k
            place = _place_ending_at(text, start)
            return replace(full, start=place if place is not None else start, priority=full.priority + 2)
    return None


def _gloss(text: str, end: int, full: Candidate) -> re.Match[str] | None:
    """A Latin-script gloss of the name ending at `end`: in brackets (某某研究开发中心（Research Institute of X,
    RISTEX）; not a web address, a stock code (BGNE.O) nor a patent's or a publication's number (EP239400A), or, for an institution, its English name written right
    after it unbracketed — two words or more, or one glued of several (McKinseyGlobalInstitute), holding an
    organisation's head word."""
    rules = _rules()
    if m := rules.gloss.match(text, end):
        return None if _WEB_ADDRESS.search(m.group("alias")) or stock_code().fullmatch(m.group("alias")) or _NUMBER_CODE.search(m.group("alias")) else m
    if GROUP_OF.get(full.label) != "institution" or (m := rules.latin_gloss.match(text, end)) is None or _WEB_ADDRESS.search(m.group("alias")):
        return None
    name = m.group("alias")
    if not rules.latin_gloss_heads.search(name) or (len(name.split()) < 2 and len(re.findall(r"[A-Z][a-z]", name)) < 2):
        return None
    return m


def _bracketed_after(text: str, full: Candidate, by_end: dict[int, Candidate]) -> Candidate:
    """The name a bracket follows when `full` stands inside that bracket, its gloss's last words
    (中国科学院大连化学物理研究所（Dalian Institute of Chemical Physics, Chinese Academy of Sciences，简称大连化物所）:
    the short name is the institute's, not its academy's); else `full`."""
    opening = max(text.rfind("(", 0, full.start), text.rfind("（", 0, full.start))
    if opening < 0 or any(ch in text[opening : full.start] for ch in ")）") or full.start - opening > 80:
        return full
    return by_end.get(opening, full)


def defined_aliases(text: str, candidates: list[Candidate], word_starts, word_ends=frozenset(), carried: list[Recurring] | None = None, words=None) -> list[Candidate]:
    """The names announced, glossed or recurring for a name in `candidates` (see the module's docstring).

    `carried` holds the names learnt in the document's earlier blocks; they are looked for here, and the
    names learnt here are appended to it for the blocks that follow."""
    rules = _rules()
    carried = [] if carried is None else carried
    learnt: list[Recurring] = []
    by_end: dict[int, Candidate] = {}
    for cand in candidates:
        if GROUP_OF.get(cand.label) in rules.groups and (cand.end not in by_end or cand.end - cand.start > by_end[cand.end].end - by_end[cand.end].start):
            by_end[cand.end] = cand
    found: list[Candidate] = []

    def alias(full: Candidate, start: int, end: int) -> Candidate:
        attrs = tuple((k, v) for k, v in full.attrs if k in ("org", "policy_kind")) + (("alias_of", text[full.start : full.end]),)
        return Candidate(start, end, full.label, "alias", full.priority + 1, full.key, attrs)

    def recurring(full: Candidate, name: str, since: int, at: int = -1) -> None:
        template = alias(full, full.start, full.end)
        tag = word_tags().get(name)  # an organisation's or a place's name in the dictionary (上海社科院: nt) is no ordinary word
        marks = _MARKS.get(text[at - 1 : at], "") if at > 0 and tag in common_word_tags() and tag[:2] not in _NAME_TAGS else ""
        learnt.append(Recurring(name, False, template, marks))
        found.extend(_recurrences(text, name, since, template, word_starts, marks))

    for end, full in sorted(by_end.items()):
        if (m := rules.definition.match(text, end)) and _bare_kind(m.group("alias")):
            continue  # （以下简称实验室）, （以下简称本院）: the report's word for it, a kind's, which names nothing elsewhere
        if m:
            if (whole := _begun_by_short_name(text, full, m.group("alias"))) is not None:
                found.append(whole)  # 西安和其光电科技股份有限公司（以下简称和其光电）: the rules cut the name at 和
                full = whole
            found.append(alias(full, m.start("alias"), m.end("alias")))
            recurring(full, m.group("alias"), m.end(), m.start("alias"))
        elif GROUP_OF.get(full.label) == "institution" and (m := rules.definition_bare.match(text, end)):
            full = _bracketed_after(text, full, by_end)
            while m is not None and not _bare_kind(m.group("alias")) and not _ordinary_word(m.group("alias")):
                found.append(alias(full, m.start("alias"), m.end("alias")))  # 中国工程物理研究院，俗称九院; …，简称兵器工业集团，又称北方工业
                recurring(full, m.group("alias"), m.end(), m.start("alias"))
                m = rules.definition_bare.match(text, m.end()) or rules.definition_more.match(text, m.end())
        elif m := _gloss(text, end, full):
            for group in ("alias", "abbr"):  # （Japan Science and Technology Agency，JST）, 麦肯锡全球研究所 McKinsey Global Institute (MGI)
                if m.group(group):
                    found.append(alias(full, m.start(group), m.end(group)))
                    recurring(full, m.group(group), m.end())
    for full in candidates:
        if GROUP_OF.get(full.label) == "institution" and full.source != "alias" and (short := eponym_short_name(text[full.start : full.end])):
            recurring(full, short, full.end)  # 伍德罗·威尔逊国际学者中心 … 威尔逊中心: the eponym's surname and the name's ending
        if GROUP_OF.get(full.label) == "institution" and full.source != "alias" and (short := _academy_unit_short_name(text[full.start : full.end])):
            recurring(full, short, full.end)  # 中科院东北地理所 … 东北地理所: the academy's institute without the academy
        if full.label == "Park" and full.source != "alias" and (short := park_place_short_name(text[full.start : full.end])):
            recurring(full, short, full.end)  # 厦门火炬高新区 … 火炬高新区: the zone without its city
        if GROUP_OF.get(full.label) == "institution" and full.source != "alias" and (short := site_short_name(text[full.start : full.end])):
            recurring(full, short, full.end)  # 洛斯阿拉莫斯国家实验室 … 交付洛斯阿拉莫斯: the laboratory by its site
        if GROUP_OF.get(full.label) == "institution" and full.source != "alias" and (parts := _place_centre_parts(text[full.start : full.end])):
            short = "".join(parts)
            template = alias(full, full.start, full.end)  # 国家超级计算深圳中心 … 深圳中心: the centre named by its city last
            learnt.append(Recurring(short, False, template, place_centre=True))
            for sibling in _listed_place_centres(text, full, parts):  # 国家超级计算广州中心、深圳中心: the list's next centre, named alike
                found.append(sibling)
                learnt.append(Recurring(text[sibling.start : sibling.end], False, sibling, place_centre=True))
            found.extend(_place_centre_recurrences(text, short, template))  # 深圳中心已经调度… before 国家超算深圳中心 is named too
    institutions = sorted((c for c in candidates if GROUP_OF.get(c.label) == "institution" and c.source != "alias"), key=lambda c: c.end)
    for m in rules.contraction_quote.finditer(text):
        short = m.group("alias")
        if short in {known.name for known in learnt} or word_tags().get(short) in common_word_tags():
            continue
        full = next((c for c in reversed(institutions) if c.end <= m.start() and m.start() - c.end <= rules.contraction_within), None)
        if full is not None and contracts(short, text[full.start : full.end]):
            found.append(alias(full, m.start("alias"), m.end("alias")))
            recurring(full, short, m.end())
    if words is not None:
        # at each opening bracket only: finditer would try the pattern's leading spaces at every position
        # of a long run of spaces, which is quadratic
        opening = (b.start() for b in _OPENING_BRACKETS.finditer(text) if b.start() == 0 or not (text[b.start() - 1].isspace() or text[b.start() - 1] in '》”"」'))
        for m in filter(None, (rules.definition.match(text, b) for b in opening)):
            if m.start() in by_end:
                continue
            full = _announced_name(text, m.start(), m.group("alias"), words)
            if full is not None:
                found.append(full)
                found.append(alias(full, m.start("alias"), m.end("alias")))
                recurring(full, m.group("alias"), m.end(), m.start("alias"))
    shorts: dict[str, Candidate] = {}
    for full in candidates:
        if full.label == "Company" and full.source == "suffix" and (short := company_short_name(text[full.start : full.end])):
            shorts.setdefault(short, full)
            if (trade_name := _without_tail(text[full.start : full.end])) != short and len(trade_name) >= 3:
                shorts.setdefault(trade_name, full)  # 中软国际公司 … 中软国际是…: the name with its trade, without its legal tail
        elif full.label == "Company" and (full.attr("listed") or full.attr("trade_named")):
            shorts.setdefault(text[full.start : full.end], full)  # 康希诺（688185.SH）… 康希诺, 沃森生物宣布…看好沃森生物: by its name wherever it recurs
        if full.label == "Company" and full.source == "suffix" and (placed := company_place_short_name(text[full.start : full.end])):
            shorts.setdefault(placed, full)  # 大连光洋科技集团 … 大连光洋的产品: its place and its brand
    for short, full in shorts.items():
        template = alias(full, full.start, full.end)
        learnt.append(Recurring(short, True, template))
        found.extend(c for c in _trade_names(text, short, template, word_starts, word_ends) if c.start != full.start)
    for known in carried:
        if known.company:
            found.extend(_trade_names(text, known.name, known.template, word_starts, word_ends))
        elif known.body:
            found.extend(_bare_bodies(text, known.name, known.template, word_starts, word_ends))
        elif known.place_centre:
            found.extend(_place_centre_recurrences(text, known.name, known.template))
        else:
            found.extend(_recurrences(text, known.name, 0, known.template, word_starts, known.marks))
    for full in candidates:
        if GROUP_OF.get(full.label) == "policy":
            m = rules.latin_programme.fullmatch(text, full.start, full.end)
            if m:
                recurring(full, m.group("alias"), 0)
    seen = {known.name for known in carried}
    for known in learnt:
        if known.name not in seen:
            seen.add(known.name)
            carried.append(known)
    holders = [o for o in candidates if o.source != "alias" and GROUP_OF.get(o.label) in rules.groups]
    return [c for c in found if not any(o.start <= c.start and c.end <= o.end and (o.start, o.end) != (c.start, c.end) for o in holders)]


def _place_centre_recurrences(text: str, short: str, template: Candidate) -> list[Candidate]:
    """A centre's short name (深圳中心) anywhere in the text where it stands before a character that ends a name or before its
    people's role (not 深圳中心|城区); a branch's (沈阳分院) wherever it stands."""
    followers = _rules().place_centre_followers
    branch = short.endswith(_rules().place_branch_endings)  # 沈阳分院院长: a branch's word ends its name whatever follows
    roles = _rules().place_centre_roles
    return [
        c
        for c in _recurrences(text, short, 0, template, frozenset())
        if branch or c.end >= len(text) or not _is_cjk(text[c.end]) or text[c.end] in followers or _verb_at(text, c.end) or text.startswith(roles, c.end)
    ]


def _verb_at(text: str, pos: int) -> bool:
    """Whether a verb of two characters the dictionary knows begins at `pos` (天津中心|拥有…: the centre acts)."""
    return word_tags().get(text[pos : pos + 2], "")[:1] == "v"


def _listed_place_centres(text: str, full: Candidate, parts: tuple[str, str]) -> list[Candidate]:
    """The centres a list names after a centre named by its city last (its city and ending: `parts`), by their cities and the
    same ending alone (国家超级计算广州中心、深圳中心和长沙中心 → 国家超级计算深圳中心, 国家超级计算长沙中心)."""
    name = text[full.start : full.end]
    city, ending = parts
    head = name[: len(name) - len(city) - len(ending)]
    entries, out, pos = _place_scanner().entries, [], full.end
    while (m := re.match(rf"(?:、|和|及|与|以及)([\u4e00-\u9fff]{{2,4}}?){re.escape(ending)}", text[pos:])) is not None:
        other = m.group(1)
        if not any(p.kind == "city" for p in entries.get(other, ())):
            break
        start, end = pos + m.start(1), pos + m.end()
        sibling = head + other + ending
        orgs = _org_scanner().entries.get(sibling, [])
        attrs = ((("org", orgs[0]),) if orgs else ()) + (("alias_of", sibling),)
        out.append(Candidate(start, end, full.label, "alias", full.priority + 1, f"org:{orgs[0].name}" if orgs else "", attrs))
        pos = end
    return out


def _academy_unit_short_name(name: str) -> str | None:
    """An academy's institute by its short name without the academy (中科院东北地理所 → 东北地理所, 中国科学院物理所 → 物理所):
    `academy_unit_prefixes` in aliases.toml; the rest three characters or more, ending in 所."""
    prefix = next((p for p in _rules().academy_unit_prefixes if name.startswith(p)), None)
    rest = name[len(prefix) :] if prefix else ""
    return rest if len(rest) >= 3 and rest.endswith("所") and all(_is_cjk(ch) for ch in rest) and not rest.endswith("研究所") else None


def _place_centre_parts(name: str) -> tuple[str, str] | None:
    """The city and the ending of a centre or a branch named by its city last (国家超级计算深圳中心 → 深圳, 中心); None where the
    name is not so made."""
    ending = next((e for e in (*_rules().place_branch_endings, _rules().place_centre_ending) if name.endswith(e)), None)
    if ending is None:
        return None
    head = name[: -len(ending)]
    entries = _place_scanner().entries
    city = next((head[-n:] for n in range(min(len(head) - 2, 4), 1, -1) if any(p.kind == "city" for p in entries.get(head[-n:], ()))), None)
    return (city, ending) if city else None


def _ordinary_word(name: str) -> bool:
    """Whether the dictionary holds a name as an ordinary word (not as a place's, a person's or an organisation's,
    nor as an abbreviation)."""
    tag = word_tags().get(name)
    return tag in common_word_tags() and tag[:2] not in _NAME_TAGS


def _bare_kind(alias: str) -> bool:
    """Whether a defined short name is a kind's word alone (实验室, 中心, 本院, 该所: `kind_aliases` in aliases.toml),
    perhaps after a pronoun of the report's own; 自贸区 and other short names of one body stay."""
    return alias.lstrip("本该我此") in lexicon.rules_toml("aliases.toml")["kind_aliases"]


def site_short_name(name: str) -> str | None:
    """The short name of a laboratory named by its transliterated site (洛斯阿拉莫斯国家实验室 → 洛斯阿拉莫斯):
    the site, where every character of it sounds a foreign name and it is no place of the gazetteer; else None."""
    ending = next((e for e in _site_lab_endings() if name.endswith(e)), None)
    if ending is None:
        return None
    head = name[: -len(ending)]
    sounds = _transliteration_chars()
    if len(head) < 2 or not all(ch in sounds for ch in head) or head in _place_scanner().entries:
        return None
    return head


@lru_cache(maxsize=1)
def _site_lab_endings() -> tuple[str, ...]:
    return tuple(sorted(lexicon.rules_toml("aliases.toml")["site_lab_endings"], key=len, reverse=True))


def eponym_short_name(name: str) -> str | None:
    """The short name of an organisation named after a person (伍德罗·威尔逊国际学者中心 → 威尔逊中心,
    弗里德里希·瑙曼基金会 → 瑙曼基金会): the transliterated surname after the name's last dot and the
    name's institutional ending; None where the name is no eponym's."""
    head, dot, tail = name.rpartition("·")
    if not dot or not head:
        return None
    sounds = _transliteration_chars()
    k = 0
    while k < len(tail) and tail[k] in sounds:
        k += 1
    ending = max((s for s in _suffix_texts() if len(s) >= 2 and tail.endswith(s) and len(tail) > len(s)), key=len, default=None)
    if ending is None:
        return None
    k = min(k, len(tail) - len(ending))  # 阿登纳|基金会: the ending's first character may sound too
    if k < 2:
        return None
    short = tail[:k] + ending
    return short if short != name else None


def _recurrences(text: str, name: str, since: int, template: Candidate, word_starts, marks: str = "") -> list[Candidate]:
    """A short name or gloss wherever it stands: Latin script on letter boundaries; Chinese
    longer than two characters, or where a word begins; an ordinary word only in the marks it
    was announced in (《决定》, not 决定了)."""
    latin = name.isascii()
    out = []
    pos = text.find(name, since)
    while pos != -1:
        end = pos + len(name)
        if marks and not (text[pos - 1 : pos] == marks[0] and text[end : end + 1] == marks[1]):
            pass
        elif name.endswith("法") and text[end : end + 1] and text[end] in _law_not_before():
            pass  # 《科普法》 … 科普法治, 科普法律: a law's short name is not the first word of 法治, 法律 or 法规
        elif (latin and _latin_boundary(text, pos, end)) or (not latin and (len(name) > 2 or pos in word_starts or not _is_cjk(text[pos - 1]))):
            out.append(replace(template, start=pos, end=end))
        pos = text.find(name, end)
    return out


@lru_cache(maxsize=1)
def _law_not_before() -> str:
    return lexicon.rules_toml("policies.toml")["known_law_not_before"]


def _trade_names(text: str, short: str, template: Candidate, word_starts, word_ends) -> list[Candidate]:
    """A company's trade name wherever it stands on word boundaries the segmentation agrees with,
    with its legal tail where written so (美国电力公司); not before a model number (曙光5000A is a
    machine the company made, not the company)."""
    tails = _rules().company_tails
    latin = short.isascii()
    out = []
    pos = text.find(short)
    while pos != -1:
        end = pos + len(short)
        tail = next((t for t in tails if text.startswith(t, end)), "")
        if not tail and _MODEL_NUMBER.match(text, end):
            pass
        elif tail or (_latin_boundary(text, pos, end) if latin else (pos in word_starts and (len(short) > 3 or end in word_ends))):
            out.append(replace(template, start=pos, end=end + len(tail)))
        pos = text.find(short, end)
    return out


def document_companies(text: str) -> list[Recurring]:
    """The Latin-script company names a whole document writes before a company's tail (Symantec 公司) or after a word of
    their kind (初创公司Joby Aviation, 投资机构Playground Global: an investor), the organisations it names so before 组织 or 机构
    (Transparify 组织) and the lists it names before a word of ranking
    (TOP500排行榜), as names learnt before its first block: they hold in every block, those before the tail too."""
    rules = _rules()
    out: dict[str, Recurring] = {}
    for m in rules.ranking_name.finditer(text):  # TOP500排行榜 … 重登TOP500第一 … TOP500组织: the list
        out.setdefault(m.group("name"), Recurring(m.group("name"), False, Candidate(0, 0, "Publication", "alias", 7, "", (("alias_of", m.group(0)),))))
    for c in _stock_short_names(text):  # 芯原股份发布… ¶ 在芯原股份上市前夕: the stock's name, learnt where it acts, holds throughout
        name = text[c.start : c.end]
        if name.endswith("股份"):
            out.setdefault(name, Recurring(name, True, Candidate(0, 0, "Company", "alias", 7, "", (("alias_of", name),))))
    for pattern, label, written in ((rules.document_company, "Company", True), (rules.document_organisation, "OtherOrganization", True), (rules.classed_company, "Company", False), (rules.classed_investor, "Fund", False)):
        for m in pattern.finditer(text):
            name = m.group("name").strip()
            if len(name) >= 3 and name not in rules.latin_kinds and name not in _technology_terms() and name not in out:  # GPU公司: a kind by its technology
                out[name] = Recurring(name, label == "Company", Candidate(0, 0, label, "alias", 7, "", (("alias_of", m.group(0) if written else name),)))  # 公司|Festo: the kind is no part of the name
    return list(out.values())


@lru_cache(maxsize=1)
def _gazetteer_bodies() -> dict[str, list[tuple[str, object]]]:
    """The government bodies of the organisation gazetteer whose name is a country's and three
    characters or more (美国能源部 → 能源部), by that rest; not a rest that is itself a known name or a place."""
    known, places = _org_scanner().entries, _place_scanner().entries
    out: dict[str, list[tuple[str, object]]] = {}
    for org in lexicon.organisations():
        if org.type != "GovernmentBody":
            continue
        for name in (org.name, *org.aliases):
            k = _country_prefix(name)
            rest = name[k:]
            if k and len(rest) >= 3 and rest not in known and rest not in places and all(_is_cjk(ch) for ch in rest):
                out.setdefault(rest, []).append((name, org))
    return out


def _main_foreign_country(text: str) -> str | None:
    """The foreign country a report is about, as written: the one of four fifths or more of its foreign
    countries' mentions, five at least (德国 in a report on a German foundation); None if none is."""
    counts: dict[str, int] = {}
    for start, end, name, places in _place_scanner().scan(text):
        country = next((p for p in places if p.kind == "country"), None)
        if country is not None and country.country != "CN" and not _country_before(text, start):
            counts[country.short or country.name] = counts.get(country.short or country.name, 0) + 1
    total = sum(counts.values())
    if not counts or total < 5:
        return None
    name, n = max(counts.items(), key=lambda kv: kv[1])
    return name if n >= 0.8 * total else None


def document_bodies(text: str) -> list[Recurring]:
    """The bodies a document writes with their country somewhere (美国联邦政府, 美国能源部) and bare
    elsewhere (联邦政府, 能源部), as names learnt before its first block; a bare name that two countries'
    bodies of the document share (美国国会, 日本国会) is learnt for neither."""
    seen: dict[str, dict[str, object]] = {}
    for body in _rules().country_bodies:
        pos = text.find(body)
        while pos != -1:
            start = _country_start(text, pos, space=False)
            if start < pos:
                full = text[start : pos + len(body)]
                orgs = _org_scanner().entries.get(full, [None])
                seen.setdefault(body, {})[orgs[0].name if orgs[0] else full] = (full, orgs[0])
            pos = text.find(body, pos + len(body))
    for rest, forms in _gazetteer_bodies().items():
        for name, org in forms:
            if name in text:
                seen.setdefault(rest, {})[org.name] = (name, org)
    main = _main_foreign_country(text)
    for body in _rules().country_bodies:  # 国会 in a report about one foreign country that never writes 美国国会: that country's
        if body not in seen and main is not None and body in text:
            full = main + body
            orgs = _org_scanner().entries.get(full, [None])
            seen[body] = {orgs[0].name if orgs[0] else full: (full, orgs[0])}
    out = []
    for short, fulls in seen.items():
        if len(fulls) == 1:
            full, org = next(iter(fulls.values()))
            attrs = ((("org", org),) if org is not None else ()) + (("alias_of", full),)
            out.append(Recurring(short, False, Candidate(0, 0, "GovernmentBody", "alias", 7, "", attrs), body=True))
    return out


def _bare_bodies(text: str, name: str, template: Candidate, word_starts, word_ends) -> list[Candidate]:
    """A country's body written bare where the segmentation agrees it is a word, no country is written
    before it (德国联邦政府 is another) and it does not qualify the word after it (联邦政府科技机构)."""
    modified = _rules().body_modified
    out = []
    pos = text.find(name)
    while pos != -1:
        end = pos + len(name)
        if pos in word_starts and end in word_ends and not _country_before(text, pos) and not text.startswith(modified, end):
            out.append(replace(template, start=pos, end=end))
        pos = text.find(name, end)
    return out


def ht_aliases(doc: Doc) -> Doc:
    carried = doc.user_data.setdefault("carried_aliases", [])
    _add(doc, defined_aliases(text_of(doc), doc.user_data.get("ht", []), doc.user_data["word_starts"], doc.user_data["word_ends"], carried, doc.user_data["words"]))
    return doc


@Language.factory("ht_aliases", default_config={"rules": "aliases.toml"})
def make_aliases(nlp: Language, name: str, rules: str):
    return _reading("ht_aliases", ht_aliases, rules=rules)
