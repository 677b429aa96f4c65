"""Enumerations typed by their known items: `谷歌、微软、阿里等…` makes 阿里 a company too.

The genre lists organisations of one kind together (`SGI、HP和Dell`, `中国联想、浪潮和曙光`).
Where at least two items of a list are organisations of one type the other
components found, and no item is anything else, an item that no component
found is an organisation of that type — if it is bounded as an item: between
list joiners, or before 等 or the clause's end, a Latin-script name or a short
run of Chinese characters. The joiners and limits are data (`rules/enumerations.toml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .segment import number_value
from .components import _NO_NAME_TAGS, Candidate, _is_place_name, _only_industry_words, _specific_is_generic, _technology_terms, _add, _indexed, _reading, level_body, text_of, word_tags, words_of
from .statistical import PLACE_LABELS, _ambiguous_place, boundary_rules
from .model import GROUPS

_INSTITUTION = frozenset(GROUPS["institution"])
# Tags of the dictionary's common words (noun, verb, adjective, adverb …): a word so tagged is no bare item.
_COMMON_TAGS = frozenset("nvadmqrpcut")  # t: a time word (学校先后|与武钢、攀钢…)


@dataclass(frozen=True)
class _Rules:
    joiner: re.Pattern  # a joiner between two items, at a position
    cjk_joiner: re.Pattern  # a joiner that may follow a bare Chinese item (和 may join the words of one name)
    bare_joiners: tuple[str, ...]
    item_end: re.Pattern  # what may follow the last item: 等, punctuation, the line's end
    latin: re.Pattern
    latin_char: re.Pattern
    cjk: re.Pattern  # one Chinese character
    cjk_min: int
    cjk_max: int
    min_known: int
    known_sources: frozenset[str]
    unit_list: re.Pattern
    unit_list_item: re.Pattern
    unit_list_min: int
    unit_list_openers: tuple[str, ...]  # longest first
    unit_list_units: tuple[tuple[str, str], ...]  # longest first
    unit_list_founded: re.Pattern  # 依托…组建的: the body a unit was built on, before the unit's name
    coined_list_min: int  # a firms' list of at least this many items, all but the first but one coined names, is of companies


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    r = lexicon.rules_toml("enumerations.toml")
    joiners = "|".join(sorted(map(re.escape, r["joiners"]), key=len, reverse=True))
    return _Rules(
        joiner=re.compile(rf"\s*(?:{joiners})\s*"),
        cjk_joiner=re.compile("|".join(map(re.escape, r["bare_cjk_joiners"]))),
        bare_joiners=tuple(r["bare_cjk_joiners"]),
        item_end=re.compile(r["item_end"]),
        latin=re.compile(r["latin_item"]),
        latin_char=re.compile(r["latin_char"]),
        cjk=re.compile(r["cjk_char"] + "+"),
        cjk_min=r["cjk_item_chars"][0],
        cjk_max=r["cjk_item_chars"][1],
        min_known=r["min_known"],
        known_sources=frozenset(r["known_sources"]),
        unit_list=re.compile(r["unit_list"]),
        unit_list_item=re.compile(r["unit_list_item"]),
        unit_list_min=r["unit_list_min"],
        unit_list_openers=tuple(sorted(r["unit_list_openers"], key=len, reverse=True)),
        unit_list_units=tuple(sorted(r["unit_list_units"].items(), key=lambda kv: -len(kv[0]))),
        unit_list_founded=re.compile(r["unit_list_founded"]),
        coined_list_min=r["coined_list_min"],
    )


_CJK_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a bare Chinese item


def _coined(name: str) -> bool:
    """Whether an item of three characters or more is no word of the dictionary, no technology and no kind of firm, nor made of
    generic words (零壹空间, 星河动力, 微纳星空): a coined brand, not a kind (芯片, 软件, 民营企业), a field (新能源汽车) nor an
    industry by its work (皮革制造)."""
    if len(name) < 3 or name in _technology_terms() or not _CJK_ITEM.fullmatch(name) or name in word_tags():
        return False
    pieces = [name[a:b] for a, b in words_of(name)]
    if any(p in _technology_terms() or word_tags().get(p, "x")[:1] == "v" for p in pieces):
        return False  # 毛纺印染, 羽绒加工, 有色金属冶炼: an industry by its work
    return not _specific_is_generic(name) and not _only_industry_words(name)


def _bare_name(name: str) -> bool:
    """Whether a bare Chinese item reads as a name: no generic head (一些, 各类), no word that is never part of one."""
    if any(name.startswith(h) for h in boundary_rules().generic_heads) or level_body().match(name):
        return False
    if _is_division(name):
        return False  # 天河区 listed beside two zones is a district, not a third zone
    if word_tags().get(name) in ("n", "vn", "an", "ng") and not name.endswith(lexicon.institution_rules().unit_endings):
        return False  # 世界银行、…、学术界、私营企业: a common noun listed with bodies is no body's name
    words = [name[s:e] for s, e in words_of(name)]
    return not any(word_tags().get(w, "x")[:1] in _NO_NAME_TAGS and not _is_place_name(w) for w in words)  # 大连|机床: a place, whatever the dictionary tags it


@lru_cache(maxsize=1)
def _division_names() -> frozenset[str]:
    """The full names of the administrative divisions of the gazetteer, counties and districts included."""
    return frozenset(p.name for p in lexicon.places() if p.name)


def _is_division(name: str) -> bool:
    return name in _division_names()


def _before_known(text: str, pos: int, by_start: dict[int, Candidate], rules: _Rules) -> bool:
    """Whether a joiner at `pos` is followed by a well-known organisation's name (联想和|戴尔): then it joins two items."""
    j = rules.joiner.match(text, pos)
    nxt = by_start.get(j.end()) if j and j.end() > pos else None
    return nxt is not None and nxt.source in rules.known_sources


def _item_ends(text: str, pos: int, by_start: dict[int, Candidate], rules: _Rules) -> bool:
    return bool(rules.cjk_joiner.match(text, pos) or rules.item_end.match(text, pos) or _before_known(text, pos, by_start, rules))


def _item_at(text: str, pos: int, by_start: dict[int, Candidate], rules: _Rules) -> tuple[int, Candidate | None] | None:
    """The item beginning at `pos`: (end, its candidate) or (end, None) for a bare item; None when there is none."""
    known = by_start.get(pos)
    if known is not None and known.label in PLACE_LABELS and not _item_ends(text, known.end, by_start, rules):
        for end in range(known.end + 2, min(pos + rules.cjk_max, len(text)) + 1):  # 海南骞语、上海善达投资: a place's name begins the item
            if not rules.cjk.fullmatch(text, pos, end):
                break
            if _item_ends(text, end, by_start, rules):
                return (end, None) if _bare_name(text[known.end : end]) else None
        return None
    if known is not None:
        return known.end, known
    m = rules.latin.match(text, pos)
    if m and (rules.joiner.match(text, m.end()) or rules.item_end.match(text, m.end())):
        return m.end(), None
    for end in range(pos + rules.cjk_min, min(pos + rules.cjk_max, len(text)) + 1):  # the shortest run an item ends
        if not rules.cjk.fullmatch(text, pos, end):
            break
        if _item_ends(text, end, by_start, rules):
            return (end, None) if _bare_name(text[pos:end]) else None
    return None


def _item_before(text: str, end: int, by_end: dict[int, Candidate], rules: _Rules, word_starts: dict[int, int]) -> tuple[int, Candidate | None] | None:
    """The item ending at `end`, before a list's first known item: (start, candidate or None). A bare
    Chinese item is bounded by a joiner before it (、百特、) or is the word the segmentation ends there,
    one the dictionary does not hold as a common word (包括|艾伯维、)."""
    known = by_end.get(end)
    if known is not None:
        return known.start, known
    start = end
    while start > 0 and (rules.latin_char.match(text[start - 1]) or (text[start - 1] == " " and start >= 2 and rules.latin_char.match(text[start - 2]) and text[start].isupper())):
        start -= 1
    if start < end and rules.latin.fullmatch(text, start, end) and (start == 0 or not rules.cjk.match(text[start - 1])):
        return start, None
    for start in range(end - rules.cjk_min, max(end - rules.cjk_max, 0) - 1, -1):
        if not rules.cjk.fullmatch(text, start, end):
            break
        if _joiner_before(text, start, rules) is not None and text[start - 1 : start] in rules.bare_joiners:
            if text[end : end + 1] in lexicon.institution_rules().conjunctions and word_tags().get(text[start:end], "x")[:1] in _COMMON_TAGS:
                return None  # 、传播与国家治理研究中心: a common word joined to a name is the field of one name
            return (start, None) if _bare_name(text[start:end]) else None
        if word_starts.get(start) == end and word_tags().get(text[start:end], "x")[:1] not in _COMMON_TAGS:
            return (start, None) if _bare_name(text[start:end]) else None
    return None


def _joiner_before(text: str, pos: int, rules: _Rules) -> int | None:
    """Where the item before a joiner that ends at `pos` ends, if one does."""
    for k in range(1, 5):
        if pos - k >= 0 and rules.joiner.fullmatch(text, pos - k, pos):
            return pos - k
    return None


def enumerated_items(text: str, candidates: list[Candidate], words=None) -> list[Candidate]:
    """Candidates for the bare items of lists whose known items are organisations of one type."""
    rules = _rules()
    word_starts = _indexed(words if words is not None else words_of(text)).at_start
    by_start, by_end = {}, {}
    for c in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        by_start.setdefault(c.start, c)
        by_end.setdefault(c.end, c)
    occupied = bytearray(len(text) + 1)
    for c in candidates:
        occupied[c.start : c.end] = b"\x01" * (c.end - c.start)
    out, done = [], set()
    place_led: set[int] = set()
    for first in sorted((c for c in candidates if c.label in _INSTITUTION), key=lambda c: c.start):
        if first.start in done:
            continue
        items: list[tuple[int, int, Candidate | None]] = [(first.start, first.end, first)]
        pos = first.start
        while (j := _joiner_before(text, pos, rules)) is not None:
            item = _item_before(text, j, by_end, rules, word_starts)
            if item is None or (item[1] is None and occupied.find(1, item[0], j) >= 0):
                break
            items.insert(0, (item[0], j, item[1]))
            pos = item[0]
        pos = first.end
        while (j := rules.joiner.match(text, pos)) is not None and j.end() > pos:
            item = _item_at(text, j.end(), by_start, rules)
            if item is None:
                break
            end, cand = item
            place = by_start.get(j.end())
            led = place is not None and place.label in PLACE_LABELS and cand is None  # the item begins with a place's name
            if cand is None and occupied.find(1, place.end if led else j.end(), end) >= 0:
                break
            if led:
                place_led.add(j.end())
            items.append((j.end(), end, cand))
            pos = end
        done.update(s for s, _, _ in items)
        # a doubtful place among organisations (富士通和日立: 日立 is also a Japanese town) is read as one of them
        # and so is a name the model alone reads as a person's (艾伯维、安进、百特、拜耳: 艾伯维)
        doubtful = {s for s, _, c in items if c is not None and ((c.label == "City" and _ambiguous_place(c)) or (c.label == "Person" and c.source == "model"))}
        known = [c for s, _, c in items if c is not None and s not in doubtful]
        types = {c.label for c in known}
        if len(known) < rules.min_known or len(types) != 1 or not types <= _INSTITUTION or len(known) == len(items):
            continue
        label = types.pop()
        out += [Candidate(s, e, label, "enumeration", 6 if s in place_led else 1) for s, e, c in items if c is None]
        out += [Candidate(s, e, label, "enumeration", 6) for s, e, c in items if s in doubtful]
    return out


def unit_list_items(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The items of a bracketed or introduced list of an organisation's units (see `unit_list` in the rules)."""
    rules = _rules()
    ends = {c.end for c in candidates if c.label in _INSTITUTION}
    out = []
    for m in rules.unit_list.finditer(text):
        items, pos = [], m.start("items")
        for part in m.group("items").split("、"):
            start, end = pos + len(part) - len(part.lstrip()), pos + len(part.rstrip())
            if start == m.start("items"):
                start += next((len(w) for w in rules.unit_list_openers if text.startswith(w, start) and end - start - len(w) >= 2), 0)
            if (founded := rules.unit_list_founded.match(text, start)) is not None and end - founded.end() >= 4:
                start = founded.end()  # 依托万华化学集团组建的|先进聚合物国家工程研究中心
            pos += len(part) + 1
            kind = next((k for unit, k in rules.unit_list_units if text.endswith(unit, start, end)), None)
            if kind is not None and rules.unit_list_item.fullmatch(text, start, end) and not any(m.group() for m in rules.item_end.finditer(text, start, end)):  # …入选者等六类人才分布在大连理工大学: 等 closed a list before it
                items.append((start, end, kind))
        if len(items) >= rules.unit_list_min and any(e in ends for _, e, _ in items):
            out += [Candidate(s, e, kind, "enumeration", 7) for s, e, kind in items]
    return out


_NOT_A_LIST_MARK = re.compile("[^、]+")  # one item of a 、-list


@lru_cache(maxsize=1)
def _counted_list() -> tuple[re.Pattern[str], str]:
    r = lexicon.rules_toml("enumerations.toml")
    return re.compile(r["counted_list"]), r["counted_list_type"]


_CLAUSE_OPENERS = "，,。；;：:！？!?\n"  # what a list that opens its clause follows


_LEAD_TAGS = ("v", "d", "p", "c")


def _after_lead_words(text: str, start: int, end: int) -> int:
    """Where a list's first item begins once the verbs, adverbs and prepositions that open its clause are passed (又有|唯捷创芯)."""
    for a, b in words_of(text[start:end]):
        if word_tags().get(text[start + a : start + b], "x")[:1] not in _LEAD_TAGS:
            return start + a
    return start


def _first_item_start(text: str, start: int, end: int, places: set[tuple[int, int]]) -> int:
    """Where a firms' list's first item begins: past the words that open its clause (又有|唯捷创芯), or at the Chinese place
    that leads its last few characters (当地已经集聚了|江苏厚生: the place and a brand, a company named as its fellows are)."""
    led = [a for a, b in places if start < a and b < end and end - a <= 6]
    return min(led) if led else _after_lead_words(text, start, end)


@lru_cache(maxsize=1)
def _exemplified_list() -> re.Pattern[str]:
    return re.compile(lexicon.rules_toml("enumerations.toml")["exemplified_list"])


def exemplified_list_items(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The items a noun of firms introduces as its examples (一批独角兽企业如|卷皮网、极验验证|等: `exemplified_list` in
    enumerations.toml): companies, each a bare name that is no place, technology or other found name."""
    rules = _rules()
    taken = {(c.start, c.end) for c in candidates if c.label != "Technology"}
    terms = {(c.start, c.end) for c in candidates if c.label == "Technology"}
    out = []
    for m in _exemplified_list().finditer(text):
        for item in _NOT_A_LIST_MARK.finditer(text, m.start("items"), m.end("items")):
            start, end = item.span()
            name = text[start:end]
            if (start, end) in taken or (start, end) in terms or name in _technology_terms() or _is_place_name(name):
                continue
            if rules.latin.fullmatch(name) or (rules.cjk.fullmatch(name) and _bare_name(name)):
                out.append(Candidate(start, end, "Company", "enumeration", 7))
    return out


def counted_list_items(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The items of a list that ends in a count of firms (百济神州、信达生物、基石药业等7家…企业): from the first item
    that is a company another component found, each item after it that reads as a bare name is a company, over
    the place or the person read inside it (中国|抗体, 康宁|杰瑞)."""
    pattern, label = _counted_list()
    rules = _rules()
    companies = {(c.start, c.end) for c in candidates if c.label == label}
    company_ends = {c.end: c.start for c in candidates if c.label == label}
    company_starts = {c.start for c in candidates if c.label == label}  # 网易|有道: a company's name begins the item
    places = {(c.start, c.end) for c in candidates if c.label in PLACE_LABELS}
    terms = {(c.start, c.end) for c in candidates if c.label == "Technology"}
    out = []
    for m in pattern.finditer(text):
        items = [item.span() for item in _NOT_A_LIST_MARK.finditer(text, m.start("items"), m.end("items"))]
        first = next((k for k, (a, b) in enumerate(items) if a <= company_ends.get(b, -1)), None)  # 包括|百济神州: the first item may hold the verb before it
        if first is not None:
            taken = items[first + 1 :]
        elif any(a in company_starts for a, _ in items) and (items[0][0] == 0 or text[items[0][0] - 1] in _CLAUSE_OPENERS):
            taken = items  # 新东方、好未来、网易有道等教培巨头: a company's longer name in a list that opens its clause
        elif m.group("n") and number_value(m.group("n")) == len(items) and (items[0][0] == 0 or text[items[0][0] - 1] in _CLAUSE_OPENERS) and not any(i in terms or i in places for i in items):
            taken = [(_after_lead_words(text, *items[0]), items[0][1]), *items[1:]]  # 又有|唯捷创芯、拓荆科技、晶华微3家…企业: as many companies as the count says
        elif len(items) >= rules.coined_list_min and not any(i in terms or i in places for i in items) and sum(_coined(text[a:b]) for a, b in items[1:]) >= (1 if m.group("count") else rules.coined_list_min - 1):
            taken = [(_first_item_start(text, *items[0], places), items[0][1]), *items[1:]]  # 零壹空间、星河动力、微纳星空等商业航天企业: names the dictionary does not hold; 宝洁、百事、赛默飞等多家…企业: one is enough where the firms are counted
        else:
            continue
        for start, end in taken:
            name = text[start:end]
            if (start, end) in companies or (start, end) in places or not (rules.latin.fullmatch(name) or (rules.cjk.fullmatch(name) and 2 <= len(name) <= 8 and _bare_name(name))):
                continue
            if name.endswith(tuple(lexicon.institution_rules().programme_words)):
                continue  # 中芯国际、重大集成电路项目、荣耀等企业: a project among the firms
            out.append(Candidate(start, end, label, "enumeration", 7))
    return out


_SPACES = re.compile(" *")


def _spaces_before(text: str, pos: int) -> int:
    """`pos` moved left over the spaces written before it."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos


def litigants(text: str, candidates: list[Candidate], words=None) -> list[Candidate]:
    """The other party of a lawsuit whose one party is a known organisation (微软诉|摩托罗拉…案)."""
    r, rules = lexicon.rules_toml("enumerations.toml"), _rules()
    verb, case, reach = r["litigation_verb"], r["litigation_case"], r["litigation_case_chars"]
    indexed = _indexed(words if words is not None else words_of(text))
    known = [c for c in candidates if c.label in _INSTITUTION]
    taken = {(c.start, c.end) for c in candidates}
    out = []

    def bare(start: int, end: int) -> bool:
        name = text[start:end]
        return (rules.latin.fullmatch(name) is not None or (rules.cjk.fullmatch(name) is not None and word_tags().get(name, "x")[:1] not in _COMMON_TAGS and _bare_name(name))) and (start, end) not in taken

    for c in known:
        after = _SPACES.match(text, c.end).end()
        if text.startswith(verb, after):  # 微软诉|摩托罗拉
            s = _SPACES.match(text, after + len(verb)).end()
            m = rules.latin.match(text, s)
            e = m.end() if m else indexed.at_start.get(s)
            if e is not None and text.find(case, e, e + reach) >= 0 and bare(s, e):
                out.append(Candidate(s, e, c.label, "enumeration", 5))
        before = _spaces_before(text, c.start)
        if text.endswith(verb, 0, before) and text.find(case, c.end, c.end + reach) >= 0:  # Rite-Hite|诉Kelley案
            e = _spaces_before(text, before - len(verb))
            s = e
            while s > 0 and rules.latin_char.match(text[s - 1]):
                s -= 1
            if s == e or not rules.latin.fullmatch(text, s, e):
                s = indexed.at_end.get(e, e)
            if s < e and bare(s, e):
                out.append(Candidate(s, e, c.label, "enumeration", 5))
    return out


def ht_enumerations(doc: Doc) -> Doc:
    text, candidates = text_of(doc), doc.user_data.get("ht", [])
    words = doc.user_data.get("words")
    _add(doc, enumerated_items(text, candidates, words) + unit_list_items(text, candidates) + litigants(text, candidates, words) + counted_list_items(text, candidates) + exemplified_list_items(text, candidates))
    return doc


@Language.factory("ht_enumerations", default_config={"rules": "enumerations.toml", "generic": "boundaries.toml"})
def make_enumerations(nlp: Language, name: str, rules: str, generic: str):
    return _reading("ht_enumerations", ht_enumerations, rules=rules, generic=generic)
