"""The observations stage: an index's structure and every figure of it, read from the text.

A report of the genre describes its city index in a few places, all read here
(nothing of the index is typed in): the indicator table (一级指标 | 序号 | 二级指标,
the first column a merged cell per dimension), the method text that gives the
dimension weights, and the score table whose header names each dimension and
its score and rank columns, one row per city. City profiles state composite
and dimension scores and ranks in running text; the overview puts cities in
tiers. A second, global index has a ranked composite table and ranked lists per
domain. Composites are computed (Σ weight × dimension score), ranked, and
compared with what the text states; a disagreement beyond rounding is a finding
with both sides' evidence.

Everything is read by meaning rather than by one report's wording: the words
that mark a score or rank column (得分/指数/分值 …, 排名/位次/名次 …), a stated score
("…指数为 12.34，居第 4 位", "…得分为 12.34，位列第四"), a weight ("A和B各 20%", "A、B的
权重分别为 20%、30%"), a tier (梯队/层级/方阵 with any verb) and a ranked list (a run
of "name（score）" items whatever introduces it) are data in `rules/index.toml`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from itertools import pairwise

from . import lexicon
from .ids import dimension_id, entity_id, factor_id, index_id, indicator_id, observation_key
from .model import Block, Document, Evidence, Table

DATASET = "national"
_NUMBER = re.compile(r"^\s*(\d+(?:\s*\.\s*\d+)?)\s*$")
_UNIT = re.compile(r"[（(]([^（）()]{1,12})[)）]\s*$")
_CJK = "\u4e00-\u9fff"
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")


@dataclass(frozen=True)
class Dimension:
    name: str
    order: int
    weight: Decimal | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Indicator:
    number: int
    name: str
    unit: str | None
    dimension: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Observation:
    key: str
    city: str  # the city as written (丁市)
    component: str  # "composite", a dimension name, or "indicator:<n>"
    value: Decimal | None
    rank: int | None
    status: str  # stated | computed
    evidence: tuple[Evidence, ...] = ()
    computed_from: tuple[str, ...] = ()
    note: str = ""
    year: str | None = None  # when the figure is of another year than the index's


@dataclass(frozen=True)
class Finding:
    kind: str
    message: str
    about: tuple[str, ...]  # observation keys
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class IndexData:
    name: str
    year: str | None
    dimensions: tuple[Dimension, ...]
    indicators: tuple[Indicator, ...]
    observations: tuple[Observation, ...]
    findings: tuple[Finding, ...]
    evidence: tuple[Evidence, ...]
    key: str = DATASET  # national | global: the part of the dataset's IRI
    tiers: tuple[tuple[str, int, Evidence], ...] = ()  # (city, tier, evidence)
    factors: tuple[Dimension, ...] = ()  # the evaluation factors of a global index


# --- cues: the words of rules/index.toml as patterns -----------------------------------------------


def _alt(words) -> str:
    """An alternation of literal words, longer first (so 达到 is tried before 达)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Cues:
    score_words: tuple[str, ...]
    rank_words: tuple[str, ...]
    city_headers: tuple[str, ...]
    country_headers: tuple[str, ...]
    level1: tuple[str, ...]
    level2: tuple[str, ...]
    number_headers: tuple[str, ...]
    name_suffix: re.Pattern[str]
    name_prefix: re.Pattern[str]
    composite_words: tuple[str, ...]
    city_suffixes: tuple[str, ...]
    value: re.Pattern[str]  # a stated score: after a copula or score word, or joined to the previous one
    rank: re.Pattern[str]  # a stated rank or a group of them (分列第 2 和第 3 位)
    number: re.Pattern[str]  # one numeral, Arabic or Chinese
    joined: re.Pattern[str]  # what may stand between two names of one list (fullmatch)
    joined_figures: re.Pattern[str]  # … and between two figures of one list, where a comma may join them too
    respective: re.Pattern[str]
    distributive: re.Pattern[str]
    collective: re.Pattern[str]
    rest: re.Pattern[str]
    weight_cue: re.Pattern[str]
    percent: re.Pattern[str]
    tier: re.Pattern[str]  # 第N梯队
    tier_list: re.Pattern[str]  # what follows 第N梯队 when it introduces its cities (包括 …)
    rest_tier: re.Pattern[str]  # 其余 N 个城市
    anchor: re.Pattern[str]  # the score of a ranked-list item: （78.90） or a bare 78.90
    separator: re.Pattern[str]  # one separator between list items, at the start of a gap
    intro_end: re.Pattern[str]
    domain_suffix: re.Pattern[str]
    min_items: int


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = lexicon.rules_toml("index.toml")
    table, statement, rank, tier, ranked, weights = data["table"], data["statement"], data["rank"], data["tier"], data["ranked_list"], data["weights"]
    numerals, nth = data["numerals"], re.escape(data["ordinal"])
    num = rf"(?:\d+|[{numerals}]+)(?![\d{numerals}])"
    joiners = _alt(data["joiners"])
    copulas = _alt(statement["copulas"])
    units = _alt(rank["units"])
    not_rank = rf"(?!\s*(?:{_alt(rank['not_after'] + tier['words'])}))"
    item = rf"{nth}\s*{num}{not_rank}(?:\s*(?:{units}))?"
    more = rf"(?:\s*(?:{joiners})\s*{nth}?\s*{num}{not_rank}(?:\s*(?:{units}))?)*"
    verbs = _alt(rank["verbs"])
    rank_pattern = (
        rf"(?:{verbs})[^，。；、,;\d{nth}]{{0,12}}?(?P<a>{item}{more})"
        rf"|(?P<b>{nth}\s*{num}\s*(?:{units}){more})"
        rf"|(?:{verbs})[^，。；、,;\d]{{0,12}}?(?P<first>{_alt(rank['first'])})"
        rf"|(?:{_alt(rank['nouns'])})(?:{_alt(rank['hedges'])})?(?:{copulas})?\s*(?P<d>\d+)(?![\d.．%％])(?:\s*(?:{units}))?"
    )
    score_words = tuple(table["score"])
    value_pattern = (
        rf"(?:(?P<score>{_alt(score_words)})\s*(?:{copulas})?|(?:{copulas})|(?P<join>{joiners}))"
        rf"\s*(?<![\d.．])(?P<v>\d+(?:\s*\.\s*\d+)?)(?![\d.．]|\s*(?:{_alt(statement['not_after'])}))"
    )
    cjk_num = rf"[{numerals}]+"
    tier_words = _alt(tier["words"])
    return _Cues(
        score_words=score_words,
        rank_words=tuple(table["rank"]),
        city_headers=tuple(table["city"]),
        country_headers=tuple(table["country"]),
        level1=tuple(table["level1"]),
        level2=tuple(table["level2"]),
        number_headers=tuple(table["number"]),
        name_suffix=re.compile(rf"(?:{_alt(table['name_suffixes'])})$"),
        name_prefix=re.compile(rf"^(?:{_alt(table['name_prefixes'])})"),
        composite_words=tuple(statement["composite"]),
        city_suffixes=tuple(statement["city_suffixes"]),
        value=re.compile(value_pattern),
        rank=re.compile(rank_pattern),
        number=re.compile(num),
        joined=re.compile(rf"\s*(?:{joiners})?\s*"),
        joined_figures=re.compile(rf"\s*(?:{joiners}|[，,])?\s*"),
        respective=re.compile(_alt(statement["respective"])),
        distributive=re.compile(_alt(statement["distributive"])),
        collective=re.compile(_alt(statement["collective"])),
        rest=re.compile(_alt(data["rest"])),
        weight_cue=re.compile(_alt(weights["cues"])),
        percent=re.compile(rf"(?<![\d.．])(?P<v>\d+(?:\.\d+)?)\s*[%％]|(?:{_alt(weights['percent_words'])})(?P<c>{cjk_num})|(?<![\d.．])(?P<f>0\.\d+)(?![\d.．%％])"),
        tier=re.compile(rf"{nth}\s*(?P<n>{num})\s*(?:{tier_words})"),
        tier_list=re.compile(rf"\s*(?:{_alt(tier['list_verbs'])})\s*"),
        rest_tier=re.compile(
            rf"(?:{_alt(data['rest'])})的?\s*(?P<count>\d+|{cjk_num})\s*(?:{_alt(tier['rest_nouns'])})[^。；]{{0,30}}?{nth}\s*(?P<n>{num})\s*(?:{tier_words})"
        ),
        anchor=re.compile(
            rf"[（(]\s*(?P<p>\d+(?:\s*\.\s*\d+)?)\s*(?:{_alt(ranked['score_units'])})?\s*[)）]"
            rf"|(?<=[{_CJK}\s])(?P<b>\d+\.\d+)(?:\s*(?:{_alt(ranked['score_units'])}))?(?=\s*(?:{_alt(ranked['separators'])}|[。；;]|$))"
        ),
        separator=re.compile(rf"^\s*(?:{_alt(ranked['separators'])})\s*"),
        intro_end=re.compile(_alt(ranked["intro_ends"])),
        domain_suffix=re.compile(_alt(ranked["domain_suffixes"])),
        min_items=int(ranked["min_items"]),
    )


def _has(text: str, words) -> bool:
    return any(w in text for w in words)


def _number(text: str) -> int | None:
    from .segment import number_value

    return number_value(re.sub(r"\s", "", text))


def _ev(document: Document, start: int, end: int) -> Evidence:
    return Evidence(document.block_at(start).index, start, end)


def _decimal(text: str) -> Decimal | None:
    m = _NUMBER.match(text)
    return Decimal(re.sub(r"\s", "", m.group(1))) if m else None


def _scope(document: Document, position: int) -> tuple[int, int]:
    """The top-level section that holds a position (a part of the paper, 产业篇; the whole text if none does)."""
    top = [s for s in document.sections if s.parent is None and s.start <= position < s.end]
    return (top[0].start, top[0].end) if top else (0, len(document.text))


def _national_span(document: Document, structure=None) -> tuple[int, int] | None:
    """Where the national index is discussed: the top-level sections of its indicator table and its score table.

    Its profiles and tiers are read there; the global index's lists are read elsewhere."""
    structure = structure or _indicator_table(document)
    if structure is None:
        return None
    _, dimensions, _, table = structure
    span = _scope(document, table.start)
    scores = _score_table(document, dimensions, span)
    if scores is not None:
        other = _scope(document, scores.start)
        span = (min(span[0], other[0]), max(span[1], other[1]))
    return span


def _paragraphs(document: Document, span: tuple[int, int] | None = None, outside: tuple[int, int] | None = None):
    for block in document.blocks:
        if block.kind != "paragraph":
            continue
        if span is not None and not span[0] <= block.start < span[1]:
            continue
        if outside is not None and outside[0] <= block.start < outside[1]:
            continue
        yield block


# --- the national index -----------------------------------------------------------------------------


def observations(document: Document) -> IndexData | None:
    """The national index of a document, or None if it has no indicator table."""
    structure = _indicator_table(document)
    if structure is None:
        return None
    name, dimensions, indicators, table = structure
    span = _national_span(document, structure)
    dimensions = _weights(document, dimensions, span)
    observations: list[Observation] = []
    score_table = _score_table(document, dimensions, span)
    if score_table is not None:
        observations += _table_observations(document, score_table, dimensions)
    cities = list(dict.fromkeys(o.city for o in observations))
    observations += _statements(document, span, name, dimensions, cities)
    observations = _unique(observations)
    computed, findings = _computed_composites(observations, dimensions)
    observations += indicator_statements(document, IndexData(name, None, tuple(dimensions), tuple(indicators), tuple(observations), (), ()))
    observations = _unique(observations + computed)
    index = IndexData(name, None, tuple(dimensions), tuple(indicators), tuple(observations), tuple(findings), (_ev(document, table.start, table.end),))
    tier_of, tier_findings = tiers(document, index)
    return IndexData(
        index.name, None, index.dimensions, index.indicators, index.observations, index.findings + tuple(tier_findings),
        index.evidence, DATASET, tuple((city, tier, ev) for city, (tier, ev) in sorted(tier_of.items())),
    )


def _indicator_table(document: Document):
    """The table whose headers name first- and second-level indicators (一级指标 | 序号 | 二级指标)."""
    cues = _cues()
    for table in document.tables:
        headers = [c for c in table.cells if c.header]
        labels = [c.text.strip() for c in headers]
        if not any(_has(t, cues.level1) for t in labels) or not any(_has(t, cues.level2) for t in labels):
            continue
        level1 = next(c.col for c in headers if _has(c.text, cues.level1))
        number_col = next((c.col for c in headers if c.text.strip() in cues.number_headers), None)
        level2 = next(c.col for c in headers if _has(c.text, cues.level2))
        caption = document.blocks[table.caption_block] if table.caption_block is not None else None
        name = cues.name_suffix.sub("", caption.title.strip()) if caption and caption.title else "index"
        dims: dict[str, list] = {}
        indicators = []
        rows: dict[int, dict[int, object]] = {}
        for cell in table.cells:
            if not cell.header:
                rows.setdefault(cell.row, {})[cell.col] = cell
        for r, cells in sorted(rows.items()):
            dim_cell = cells.get(level1)
            dim = dim_cell.row_label if dim_cell is not None else ""
            number = _decimal(cells[number_col].text) if number_col is not None and number_col in cells else None
            ind = cells.get(level2)
            if not dim or ind is None or number is None:
                continue
            dims.setdefault(dim, []).append(ind)
            unit = _UNIT.search(ind.text)
            row = table.rows[r]
            indicators.append(Indicator(int(number), ind.text.strip(), unit.group(1).strip() if unit else None, dim, (_ev(document, row.start, row.end),)))
        if indicators:
            dimensions = [Dimension(d, k, None, ()) for k, d in enumerate(dims)]
            return name, dimensions, indicators, table
    return None


# A dimension is named in full (要素投入基础) or short (要素基础): in running text by a
# tail of its name that no other dimension shares (three characters at least), in a
# table header by the longest part of its name that no other dimension shares.


def _dimension_forms(dimensions: list[Dimension]) -> dict[str, str]:
    names = [d.name for d in dimensions]
    forms: dict[str, str] = {}
    for name in names:
        forms[name] = name
        for k in range(1, len(name) - 2):
            tail = name[k:]
            if not any(tail in other for other in names if other != name):
                forms.setdefault(tail, name)
    return forms


def _dimension_in(text: str, dimensions: list[Dimension]) -> Dimension | None:
    """The dimension a header names: the one sharing the longest part (two characters at least) that is its own."""
    lengths = []
    for d in dimensions:
        others = [o.name for o in dimensions if o.name != d.name]
        own = next(
            (size for size in range(len(d.name), 1, -1) for i in range(len(d.name) - size + 1) if d.name[i : i + size] in text and not any(d.name[i : i + size] in o for o in others)),
            0,
        )
        lengths.append((own, d))
    best = max((n for n, _ in lengths), default=0)
    found = [d for n, d in lengths if n == best]
    return found[0] if best >= 2 and len(found) == 1 else None


def _role(label: str) -> str | None:
    """What a header names: a rank (排名, 位次 …; first, as 综合指数排名 has both) or a score (得分, 指数 …)."""
    cues = _cues()
    if _has(label, cues.rank_words):
        return "rank"
    if _has(label, cues.score_words):
        return "score"
    return None


def _column_meaning(label: str, dimensions: list[Dimension]) -> tuple[str | None, str | None]:
    """(component, role) of a score table's column label: ("要素投入基础", "score") for "要素基础 / 得分"."""
    cues = _cues()
    role = _role(label)
    bare = label
    for word in sorted(cues.score_words + cues.rank_words, key=len, reverse=True):
        bare = bare.replace(word, " ")
    dim = _dimension_in(bare, dimensions)
    if dim is not None:
        return dim.name, role
    if _has(bare, cues.composite_words):
        return "composite", role
    return None, role


def _score_table(document: Document, dimensions: list[Dimension], span: tuple[int, int] | None = None) -> Table | None:
    """The table with a score column for every dimension (its header names each, full or short, and a score word)."""
    tables = [t for t in document.tables if span is None or span[0] <= t.start < span[1]]
    tables += [t for t in document.tables if t not in tables]
    names = {d.name for d in dimensions}
    for table in tables:
        if table.header_rows < 1:
            continue
        labels = {c.column_label for c in table.cells if not c.header}
        scored = {component for component, role in (_column_meaning(label, dimensions) for label in labels) if role == "score"}
        if names <= scored:
            return table
    return None


def _table_observations(document: Document, table: Table, dimensions: list[Dimension]) -> list[Observation]:
    out = []
    rows: dict[int, list] = {}
    for cell in table.cells:
        if not cell.header:
            rows.setdefault(cell.row, []).append(cell)
    meaning = {}
    for cell in table.cells:
        if not cell.header and cell.col not in meaning:
            meaning[cell.col] = _column_meaning(cell.column_label, dimensions)
    order = [d.name for d in dimensions] + ["composite"]
    for r, cells in sorted(rows.items()):
        city = cells[0].text.strip()
        if not city or _decimal(city) is not None:
            continue
        row = table.rows[r]
        ev = (_ev(document, row.start, row.end),)
        by_component: dict[str, dict[str, Decimal | None]] = {}
        for cell in cells[1:]:
            component, role = meaning.get(cell.col, (None, None))
            if component is None or role is None:
                continue
            by_component.setdefault(component, {}).setdefault(role, _decimal(cell.text))
        for component in order:
            values = by_component.get(component, {})
            score, rank = values.get("score"), values.get("rank")
            if score is not None:
                out.append(Observation(observation_key(DATASET, city, component), city, component, score, int(rank) if rank is not None else None, "stated", ev))
    return out


# --- weights ------------------------------------------------------------------------------------------


def _weights(document: Document, dimensions: list[Dimension], span: tuple[int, int] | None = None) -> list[Dimension]:
    """Dimension weights from the method text, however the sentence pairs names and percentages.

    Pairwise ("A和B各 20%", "A与D的权重均为 20%"), as a parallel list ("A、B、C、D的权重分别为
    20%、30%、30%、20%"), one by one ("A占 20%，B占 30%"), or in the dimensions' own order
    ("四个一级指标的权重依次为 20%、30%、30%、20%"). The first sentence that weighs every
    dimension wins; otherwise each dimension takes the first weight stated for it.
    """
    cues = _cues()
    forms = _dimension_forms(dimensions)
    form_re = re.compile(_alt(forms))
    order = [d.name for d in dimensions]
    blocks = list(_paragraphs(document, span)) + (list(_paragraphs(document, outside=span)) if span is not None else [])
    found: dict[str, tuple[Decimal, Evidence]] = {}
    complete: dict[str, tuple[Decimal, Evidence]] | None = None
    for block in blocks:
        if not cues.weight_cue.search(block.text) or not cues.percent.search(block.text):
            continue
        for sentence in _SENTENCE.finditer(block.text):
            got = {
                name: (weight, _ev(document, block.start + sentence.start() + start, block.start + sentence.start() + end))
                for name, (weight, start, end) in _sentence_weights(sentence.group(0), forms, form_re, order).items()
            }
            if complete is None and len(got) == len(order):
                complete = got
            for name, value in got.items():
                found.setdefault(name, value)
        if complete is not None:
            break
    chosen = complete if complete is not None else found
    return [Dimension(d.name, d.order, chosen[d.name][0] if d.name in chosen else None, (chosen[d.name][1],) if d.name in chosen else ()) for d in dimensions]


def _percent(m: re.Match[str]) -> Decimal | None:
    if m.group("v"):
        return Decimal(m.group("v")) / 100
    if m.group("c"):
        n = _number(m.group("c"))
        return Decimal(n) / 100 if n is not None else None
    return Decimal(m.group("f"))


def _sentence_weights(text: str, forms: dict[str, str], form_re: re.Pattern[str], order: list[str]) -> dict[str, tuple[Decimal, int, int]]:
    cues = _cues()
    events = sorted([(m.start(), m.end(), "dim", forms[m.group(0)]) for m in form_re.finditer(text)] + [(m.start(), m.end(), "pct", _percent(m)) for m in cues.percent.finditer(text)])
    out: dict[str, tuple[Decimal, int, int]] = {}
    names: list[tuple[int, int, str]] = []
    k = 0
    last = None
    previous = 0  # where the text after the last figure begins
    while k < len(events):
        start, end, kind, value = events[k]
        if kind == "dim":
            if last == "pct" or (names and not cues.joined.fullmatch(text, names[-1][1], start)):
                names = []  # the names a figure goes with are one list ("A、B和C")
            names.append((start, end, value))
            last = "dim"
            k += 1
            continue
        group = [events[k]]
        while k + len(group) < len(events):
            nxt = events[k + len(group)]
            if nxt[2] != "pct" or not cues.joined_figures.fullmatch(text, group[-1][1], nxt[0]):
                break
            group.append(nxt)
        gap = text[names[-1][1] : start] if names else text[previous:start]
        if len(names) > 1 and len(group) == len(names):
            pairs = [(n[2], g[3]) for n, g in zip(names, group)]
        elif names and (cues.distributive.search(gap) or not cues.collective.search(gap)):
            pairs, group = [(n[2], group[0][3]) for n in names], group[:1]  # "A和B各 20%", "A和B的权重为 20%"
        elif not names and len(group) == len(order) and cues.respective.search(text[:start]):
            pairs = list(zip(order, (g[3] for g in group)))  # "权重依次为 20%、30%、30%、20%": in the table's order
        elif not names and out and cues.rest.search(gap[-12:]) and cues.distributive.search(gap[-12:]):
            pairs, group = [(name, group[0][3]) for name in order if name not in out], group[:1]  # "其余两项各 30%"
        else:
            pairs, group = [], group[:1]
        first = names[0][0] if names else start
        for name, weight in pairs:
            if weight is not None and name not in out:
                out[name] = (weight, first, group[-1][1])
        names = []
        last = "pct"
        previous = group[-1][1]
        k += len(group)
    return out


# --- scores and ranks stated in the text --------------------------------------------------------------


class _Names:
    """Names found in text by lookup, longest first at each position (a set, not a regex of thousands of alternatives)."""

    def __init__(self, forms: dict[str, str]):
        self.forms = forms
        self.lengths = sorted({len(f) for f in forms}, reverse=True)

    def __bool__(self) -> bool:
        return bool(self.forms)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name it stands for) of each name in the text, left to right, not overlapping."""
        out, i, n = [], 0, len(text)
        while i < n:
            for length in self.lengths:
                form = text[i : i + length]
                if form in self.forms:
                    out.append((i, i + length, self.forms[form]))
                    i += length
                    break
            else:
                i += 1
        return out


def _city_names(cities: tuple[str, ...]) -> _Names:
    """The index's cities in their forms (甲市, 甲), each naming the city as the index writes it.

    Without a score table to name the cities, the gazetteer's cities are the candidates."""
    cues = _cues()
    if not cities:
        return _gazetteer_cities()
    forms: dict[str, str] = {city: city for city in cities}
    for city in cities:
        for suffix in cues.city_suffixes:
            if city.endswith(suffix) and len(city) - len(suffix) >= 2:
                forms.setdefault(city[: -len(suffix)], city)
    return _Names(forms)


@lru_cache(maxsize=1)
def _gazetteer_cities() -> _Names:
    return _Names({n: n for p in lexicon.places() if p.kind == "city" for n in (p.name, p.short, *p.aliases) if len(n) >= 2})


@dataclass
class _Stated:
    city: str
    component: str
    value: Decimal
    rank: int | None
    start: int
    end: int


def _rank_values(m: re.Match[str]) -> list[int]:
    if m.group("first"):
        return [1]
    if m.group("d"):
        return [int(m.group("d"))]
    return [n for n in (_number(x) for x in _cues().number.findall(m.group("a") or m.group("b"))) if n is not None]


def _statements(document: Document, span: tuple[int, int] | None, index_name: str, dimensions: list[Dimension], cities: list[str]) -> list[Observation]:
    """Composite and dimension scores (and ranks) the text states, in any of the genre's phrasings.

    "甲市某某综合能力指数为 12.34，居所有主要城市第 4 位", "甲市的综合指数得分为
    12.34，位列第四", "乙市和丙市…指数分别为 45.67 和 44.56，分列第 2 和第 3 位",
    "其中要素基础指数得分 23.45，居第 2 位" (the city of the sentence before). A
    statement with a rank comes before one without, so it is the observation's first evidence.
    """
    cues = _cues()
    core = cues.name_prefix.sub("", index_name) or index_name
    subjects: dict[str, str] = {form: name for form, name in _dimension_forms(dimensions).items()}
    for word in (core, *cues.composite_words):
        subjects.setdefault(word, "composite")
    subject_re = re.compile(_alt(subjects))
    names = _city_names(tuple(cities))
    if not names:
        return []
    out: list[Observation] = []
    for block in _paragraphs(document, span):
        if not cues.value.search(block.text):
            continue
        carried = None
        for sentence in _SENTENCE.finditer(block.text):
            if not cues.value.search(sentence.group(0)):
                carried = _last_single_city(sentence.group(0), names, carried)
                continue
            found, carried = _sentence_statements(sentence.group(0), subject_re, subjects, names, carried)
            base = block.start + sentence.start()
            for s in found:
                key = observation_key(DATASET, s.city, s.component)
                out.append(Observation(key, s.city, s.component, s.value, s.rank, "stated", (_ev(document, base + s.start, base + s.end),)))
    return sorted(out, key=lambda o: o.rank is None)


def _sentence_statements(text, subject_re, subjects, names, carried):
    """The scores a sentence states: (city, component, value, rank) with their span; and the city a next sentence may go on about.

    The sentence is read as a sequence of city names, subjects (a dimension, or the
    composite), stated values and ranks. Values pair with the cities or subjects before
    them (one each, or "分别"/"依次" in order, or "均" for all); a rank group follows its
    values the same way ("分列第 2 和第 3 位"), or comes first ("甲市排名第四，综合指数为 12.34").
    """
    cues = _cues()
    ranks = list(cues.rank.finditer(text))
    rank_ends = [r.end() for r in ranks]
    events = [(start, end, 0, "city", city, None) for start, end, city in names.find(text)]
    events += [(m.start(), m.end(), 1, "subject", subjects[m.group(0)], m) for m in subject_re.finditer(text)]
    for m in cues.value.finditer(text):
        k = bisect_right(rank_ends, m.start())  # the first rank that ends after the value begins
        if k == len(ranks) or ranks[k].start() >= m.end():
            events.append((m.start(), m.end(), 2, "value", None, m))
    events += [(m.start(), m.end(), 3, "rank", _rank_values(m), m) for m in ranks]
    events.sort(key=lambda e: (e[0], e[2]))

    out: list[_Stated] = []
    cities: list[str] = [carried] if carried else []
    city_start: int | None = None
    topics: list[str] = []  # the subjects of the statement: dimensions or the composite
    used = False  # whether values have been stated of the current subjects
    statement_start = 0
    values: list[re.Match[str]] = []
    pending: list[_Stated] = []
    early: tuple[list[int], bool] | None = None  # a rank stated before its value, and whether a subject was named then
    last: tuple | None = None

    def joined(a: int, b: int) -> bool:
        return cues.joined.fullmatch(text, a, b) is not None

    def apply_ranks(numbers: list[int], gap: str, end: int | None) -> None:
        if len(numbers) == len(pending):
            pairs = list(zip(pending, numbers))
        elif len(numbers) == 1 and (len(pending) == 1 or cues.distributive.search(gap)):
            pairs = [(p, numbers[0]) for p in pending]
        else:
            return
        for p, n in pairs:
            p.rank = n
            if end is not None:
                p.end = end

    def flush() -> None:
        nonlocal values, pending, used, early
        group, values = values, []
        if not group or not cities:
            return
        components = list(topics)
        if not components and group[0].group("score") and city_start is not None:
            components = ["composite"]  # "甲市得分为 12.34": a city's score with no other subject is its composite
        if not components:
            return
        numbers = [_decimal(m.group("v")) for m in group]
        start = statement_start if topics else (city_start if city_start is not None else group[0].start())
        if len(components) == 1 and len(numbers) == len(cities):
            triples = [(c, components[0], v) for c, v in zip(cities, numbers)]
        elif len(cities) == 1 and len(numbers) == len(components):
            triples = [(cities[0], c, v) for c, v in zip(components, numbers)]
        elif len(numbers) == 1 and len(components) == 1 and cues.distributive.search(text[start : group[0].start()]):
            triples = [(c, components[0], numbers[0]) for c in cities]
        else:
            return
        pending = [_Stated(city, component, v, None, start, group[-1].end()) for city, component, v in triples if v is not None]
        out.extend(pending)
        used = True
        if early is not None:
            apply_ranks(early[0], "", None)
            early = None

    for position, end, order, kind, name, m in events:
        if kind != "value" and values:
            flush()
        if kind == "city":
            if last is not None and last[3] == "city" and joined(last[1], position):
                cities.append(name)
            else:
                cities, city_start = [name], position
                pending, early = [], None
                if used:
                    topics, used = [], False
        elif kind == "subject":
            if last is not None and last[3] == "subject" and joined(last[1], position) and not used:
                if name not in topics:  # "科技竞争力综合指数": two words of one subject
                    topics.append(name)
            else:
                topics, used = [name], False
                pending = []
                if early is not None and early[1]:
                    early = None
                statement_start = city_start if last is not None and last[3] == "city" and city_start is not None else position
        elif kind == "value":
            if m.group("join"):
                if last is not None and last[3] == "value" and values and joined(values[-1].end(), m.start()):
                    values.append(m)
            else:
                if values:
                    flush()
                values = [m]
        elif kind == "rank":
            if pending:
                apply_ranks(name, text[pending[-1].end : position], m.end())
                pending = []
            elif cities and not used and last is not None and not re.search(r"\d\s*[.．]\s*\d|\d\s*[%％]", text[last[1] : position]):
                early = (name, bool(topics))  # no figure between the city or subject and this rank: it is theirs
        last = (position, end, order, kind, name, m)
    if values:
        flush()
    return out, (cities[0] if len(cities) == 1 else None)


def _last_single_city(text: str, names: _Names, carried: str | None) -> str | None:
    """The city a sentence without a stated score leaves for the next one: the one it names, if it names one."""
    found = {city for _, _, city in names.find(text)}
    return next(iter(found)) if len(found) == 1 else (carried if not found else None)


def _unique(observations: list[Observation]) -> list[Observation]:
    """One observation per key: a figure stated twice (a table row and a profile, a list repeated) keeps the first, with the other's evidence."""
    out: dict[str, Observation] = {}
    for o in observations:
        old = out.get(o.key)
        if old is None:
            out[o.key] = o
        else:
            note = old.note if old.value == o.value else f"the text also states {o.value}"
            rank = old.rank if old.rank is not None or old.value != o.value else o.rank
            out[o.key] = replace(old, rank=rank, evidence=old.evidence + o.evidence, note=note)
    return list(out.values())


def _computed_composites(observations: list[Observation], dimensions: list[Dimension]) -> tuple[list[Observation], list[Finding]]:
    if any(d.weight is None for d in dimensions):
        return [], []
    by_city: dict[str, dict[str, Observation]] = {}
    for o in observations:
        if o.status == "stated" and o.component != "composite":
            by_city.setdefault(o.city, {})[o.component] = o
    values = {}
    for city, dims in by_city.items():
        if all(d.name in dims for d in dimensions):
            values[city] = sum(d.weight * dims[d.name].value for d in dimensions)
    ranked = sorted(values, key=lambda c: -values[c])
    computed, findings = [], []
    stated = {o.city: o for o in observations if o.component == "composite" and o.status == "stated"}
    for k, city in enumerate(ranked, 1):
        key = observation_key(DATASET, city, "composite", "computed")
        sources = tuple(by_city[city][d.name].key for d in dimensions)
        obs = Observation(key, city, "composite", values[city], k, "computed", (), sources)
        computed.append(obs)
        s = stated.get(city)
        if s is None:
            continue
        if abs(s.value - values[city]) > Decimal("0.006"):
            findings.append(Finding("composite_mismatch", f"{city}: the text states a composite of {s.value}, the weighted sum of its dimension scores is {values[city]:.4f}", (s.key, key), s.evidence + tuple(e for src in sources for e in next(o for o in observations if o.key == src).evidence)))
        if s.rank is not None and s.rank != k:
            findings.append(Finding("composite_rank_mismatch", f"{city}: the text ranks its composite {s.rank}, the computed composites rank it {k}", (s.key, key), s.evidence))
    return computed, findings


# --- entities and facts of the index -------------------------------------------------------------


def _overlap(a: str, b: str) -> int:
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b:
                best = j - i
            else:
                break
    return best


def _normal_noun(noun: str) -> str:
    """A list noun in the words an indicator uses (高校 → 高等学校; 国家重点实验 → 国家重点实验室)."""
    noun = noun.replace("高校", "高等学校")
    return noun + "室" if noun.endswith("实验") else noun


def indicator_for(noun: str, indicators: tuple[Indicator, ...]) -> Indicator | None:
    """The counting indicator ("…数量（个）", "…数（个）") whose name shares most with a list's noun."""
    noun = _normal_noun(noun)
    counting = [i for i in indicators if i.unit == "个"]
    scored = sorted(((_overlap(noun, i.name), -i.number, i) for i in counting), key=lambda t: (t[0], t[1]), reverse=True)
    return scored[0][2] if scored and scored[0][0] >= 3 else None


def index_entities(index: IndexData, document_id: str, extraction):
    """The index (and for the national one its dimensions and indicators) as entities; `countsToward` facts."""
    from .model import Entity, Fact

    entities = [Entity(index_id(document_id, index.key), "Index", index.name, None, (), (), (("evidence", index.evidence),))]
    if index.key != DATASET:
        facts = []
        known = {e.id for e in extraction.entities}
        stated_in: dict[str, tuple[Evidence, ...]] = {}
        for o in index.observations:
            stated_in.setdefault(o.component, o.evidence)
        for d in index.dimensions:  # a domain the text's schemes do not name is a technology of its own
            domain_id = component_id(index, document_id, d.name)
            if domain_id not in known:
                entities.append(Entity(domain_id, "Technology", d.name, None, (), (), (("evidence", stated_in.get(d.name) or index.evidence),)))
                known.add(domain_id)
        for f in index.factors:
            factor = factor_id(document_id, f.name)
            entities.append(Entity(factor, "InnovationFactor", f.name, None, (), (), (("evidence", f.evidence), ("order", f.order))))
            facts.append(Fact(factor, "inIndex", index_id(document_id, index.key), f.evidence, "text"))
        return entities, facts
    for d in index.dimensions:
        entities.append(Entity(dimension_id(document_id, d.name), "Dimension", d.name, None, (), (), (("evidence", d.evidence or index.evidence), ("weight", str(d.weight) if d.weight is not None else ""), ("order", d.order))))
    for i in index.indicators:
        entities.append(Entity(indicator_id(document_id, i.number), "Indicator", i.name, None, (), (), (("evidence", i.evidence), ("number", i.number), ("unit", i.unit or ""), ("dimension", dimension_id(document_id, i.dimension)))))
    facts = []
    for fact in extraction.facts:
        if fact.predicate != "listedAs":
            continue
        indicator = indicator_for(fact.object, index.indicators)
        if indicator is not None:
            facts.append(Fact(fact.subject, "countsToward", indicator_id(document_id, indicator.number), fact.evidence, "list", False, fact.attrs))
    return entities, facts


def component_id(index: IndexData, document_id: str, component: str) -> str | None:
    """The entity an observation is about: a national dimension, a global domain concept, or None for the composite."""
    if component == "composite":
        return None
    if component.startswith("indicator:"):
        return indicator_id(document_id, component.split(":", 1)[1])
    if index.key == DATASET:
        return dimension_id(document_id, component)
    return entity_id("Technology", component)



# --- the global index: a ranked composite table and each domain's ranked list ------------------------


def global_index(document: Document, domain_labels: tuple[str, ...] = ()) -> IndexData | None:
    """A second index ranked by city: its composite table (排名 | 城市 | … | 得分) and its ranked lists.

    A ranked list is a run of "name（score）" (or "name score") items, whatever phrase introduces
    it ("…TOP10 分别为：", "…前十名依次是", "排名前10的城市为"); it ranks the domain its sentence
    names, or else the domain of the heading it sits under (or the composite, if that is what
    the sentence or heading names). Text of the national index's part is not read here.
    """
    national = _national_span(document)
    observations: list[Observation] = []
    findings: list[Finding] = []
    evidence: list[Evidence] = []
    table = _ranked_table(document, national)
    name = "global"
    if table is not None:
        evidence.append(_ev(document, table.start, table.end))
        observations += _ranked_rows(document, table)
        caption = document.blocks[table.caption_block] if table.caption_block is not None else None
        if caption is not None and caption.title:
            name = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", caption.title).strip()
    known = _place_names() | {o.city for o in observations}
    for block in _paragraphs(document, outside=national):
        for domain, (start, end), items in _ranked_lists(document, block, domain_labels, known):
            ev = _ev(document, block.start + start, block.start + end)
            listed = []
            for rank, (city, value, item_start, item_end) in enumerate(items, 1):
                o = Observation(observation_key("global", city, domain), city, domain, value, rank, "stated", (_ev(document, block.start + item_start, block.start + item_end),))
                observations.append(o)
                listed.append(o)
            for a, b in pairwise(listed):
                if a.value is not None and b.value is not None and b.value > a.value:
                    findings.append(
                        Finding("ranking_out_of_order", f"the {domain} TOP{len(listed)} ranks {a.city} ({a.value}) above {b.city} ({b.value})", (a.key, b.key), (ev,))
                    )
            evidence.append(ev)
    if not observations:
        return None
    observations = _unique(observations)
    thresholds, threshold_findings = _thresholds(document, domain_labels, observations)
    observations = _unique(observations + thresholds)
    findings += threshold_findings
    domains = tuple(Dimension(label, k, None, ()) for k, label in enumerate(dict.fromkeys(o.component for o in observations if o.component != "composite")))
    return IndexData(name, None, domains, (), tuple(observations), tuple(findings), tuple(evidence), "global", (), _factors(document))


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(n for p in lexicon.places() for n in (p.name, p.short, *p.aliases) if len(n) >= 2)


_NAME = re.compile(rf"[{_CJK}·]{{2,8}}")
_TRAILING_NAME = re.compile(rf"[{_CJK}·]+\s*$")


def _ranked_lists(document: Document, block: Block, labels: tuple[str, ...], known: frozenset[str] | set[str]):
    """(component, (start, end), [(name, value, start, end)]) of each ranked list in a paragraph; offsets in the block."""
    cues = _cues()
    text = block.text
    if not cues.anchor.search(text):
        return
    for sentence in _SENTENCE.finditer(text):
        s = sentence.group(0)
        anchors = list(cues.anchor.finditer(s))
        if len(anchors) < cues.min_items:
            continue
        runs: list[list[tuple[str, re.Match[str], int]]] = []
        run: list[tuple[str, re.Match[str], int]] = []
        previous = 0
        for a in anchors:
            gap = s[previous : a.start()]
            separator = cues.separator.match(gap) if run else None
            name = gap[separator.end() :].rstrip() if separator else ""
            if separator and _NAME.fullmatch(name):
                run.append((name, a, previous + separator.end()))
            else:
                if run:
                    runs.append(run)
                first = _first_name(gap, known)
                run = [(first[0], a, previous + first[1])] if first else []
            previous = a.end()
        runs.append(run)
        for run in runs:
            values = [_decimal(a.group("p") or a.group("b")) for _, a, _ in run]
            if len(run) < cues.min_items or not any("." in (a.group("p") or a.group("b")) for _, a, _ in run):
                continue
            head = s[: run[0][2]]
            component, at = _list_component(document, block, head, labels)
            if component is None:
                continue
            start = sentence.start() + (at if at is not None else len(s) - len(s.lstrip()))
            items = [(name, value, sentence.start() + begin, sentence.start() + a.end()) for (name, a, begin), value in zip(run, values)]
            yield component, (start, sentence.start() + run[-1][1].end()), items


def _first_name(gap: str, known) -> tuple[str, int] | None:
    """The name of a list's first item, after whatever introduces the list: a known place, or the words after the introduction."""
    cues = _cues()
    offset = max(0, len(gap) - 40)  # a name and its introduction are short; a long gap is not scanned whole
    m = _TRAILING_NAME.search(gap, offset)
    if m is None:
        return None
    chunk = m.group(0).rstrip()
    for k in range(max(0, len(chunk) - 8), len(chunk) - 1):
        if chunk[k:] in known:
            return chunk[k:], m.start() + k
    ends = [i.end() for i in cues.intro_end.finditer(chunk)]
    if ends and 2 <= len(chunk) - ends[-1] <= 8:
        return chunk[ends[-1] :], m.start() + ends[-1]
    return (chunk, m.start()) if 2 <= len(chunk) <= 4 else None


def _list_component(document: Document, block: Block, head: str, labels: tuple[str, ...]) -> tuple[str | None, int | None]:
    """What a ranked list ranks: the domain its sentence names (and where), the composite, or the domain of its heading."""
    cues = _cues()
    found = _domain_in(head, labels)
    if found is not None:
        return found
    if _has(head, cues.composite_words):
        return "composite", None
    sections = sorted((s for s in document.sections if s.start <= block.start < s.end and s.block != block.index), key=lambda s: -s.level)
    for section in sections:
        found = _domain_in(section.title, labels)
        if found is not None:
            return found[0], None
        if _has(section.title, cues.composite_words):
            return "composite", None
    return None, None


def _domain_in(text: str, labels: tuple[str, ...]) -> tuple[str, int] | None:
    """The last domain named in a text ("…芯片及硬件技术领域的…" → 芯片及硬件) and where; without a scheme, the words before 领域."""
    best = None
    for label in labels:
        at = text.rfind(label)
        if at >= 0 and (best is None or at > best[1] or (at == best[1] and len(label) > len(best[0]))):
            best = (label, at)
    if best is not None or labels:
        return best
    suffixes = list(_cues().domain_suffix.finditer(text))
    if suffixes:
        words = re.search(rf"[{_CJK}]{{2,12}}$", text[: suffixes[-1].start()])
        if words:
            return _domain_label(words.group(0), labels), words.start()
    return None


_THRESHOLD = re.compile(
    r"进入(?P<domain>[\u4e00-\u9fff]{2,12}?)(?:领域)?创新指数\s*TOP\s*(?P<n>\d+)\s*的“门槛”[^。]*?由\s*(?P<y>\d{4})\s*年的\s*(?P<v>\d+(?:\.\d+)?)\s*[（(](?P<city>[\u4e00-\u9fff]{2,8})[)）](?:\[[^\]]*\]|[^。\[])*?(?:提升|上升|下降|降低)(?:至|到|为)\s*(?P<now>\d+(?:\.\d+)?)"
)
_FACTORS = re.compile(r"由(?P<n>[一二三四五六七八九十\d]+)个(?:评估)?(?:要素|因素|维度)构成[，,]?\s*(?:分别为|包括|即)[：:]?(?P<items>[^。；]+)")


def _thresholds(document: Document, domain_labels: tuple[str, ...], observations: list[Observation]) -> tuple[list[Observation], list[Finding]]:
    """"进入…TOP10 的“门槛”由上年的 50.12（某城市）提升至 55.43": last year's 10th place, checked against this year's."""
    out, findings = [], []
    tops: dict[str, list[Observation]] = {}
    for o in observations:
        if o.component != "composite" and o.year is None:
            tops.setdefault(o.component, []).append(o)
    for block in document.blocks:
        if block.kind != "paragraph" or "门槛" not in block.text:
            continue
        for m in _THRESHOLD.finditer(block.text):
            domain = _domain_label(m.group("domain").removesuffix("技术") if m.group("domain").removesuffix("技术") in domain_labels else m.group("domain"), domain_labels)
            ev = _ev(document, block.start + m.start(), block.start + m.end())
            n = int(m.group("n"))
            out.append(Observation(observation_key("global", m.group("city"), domain, m.group("y")), m.group("city"), domain, _decimal(m.group("v")), n, "stated", (ev,), (), "", m.group("y")))
            now = _decimal(m.group("now"))
            listed = sorted(tops.get(domain, []), key=lambda o: o.rank or 0)
            if len(listed) >= n and now is not None and listed[n - 1].value != now:
                findings.append(
                    Finding(
                        "threshold_mismatch",
                        f"a sentence gives {now} as the {domain} TOP{n} threshold, but the {domain} TOP{n} list ends at {listed[n - 1].value} ({listed[n - 1].city})",
                        (listed[n - 1].key,),
                        (ev,) + listed[n - 1].evidence,
                    )
                )
    return out, findings


def _factors(document: Document) -> tuple[Dimension, ...]:
    """"评估体系由五个评估要素构成，分别为组织投入、人才投入、…": the index's evaluation factors."""
    for block in document.blocks:
        m = _FACTORS.search(block.text) if block.kind == "paragraph" else None
        if m:
            items = [i.strip() for i in m.group("items").split("、") if i.strip()]
            start = block.start + m.start("items")
            factors = []
            for k, item in enumerate(items):
                offset = m.group("items").find(item)
                factors.append(Dimension(item, k, None, (Evidence(block.index, start + offset, start + offset + len(item)),)))
            return tuple(factors)
    return ()


def _domain_label(text: str, labels: tuple[str, ...]) -> str:
    """"芯片及硬件技术" in a sentence is the scheme's concept "芯片及硬件"."""
    for label in sorted(labels, key=len, reverse=True):
        if label == text or text.startswith(label) or label.startswith(text):
            return label
    return text.removesuffix("技术") if text.endswith("技术") and text.removesuffix("技术") in labels else text



def _ranked_table(document: Document, outside: tuple[int, int] | None = None) -> Table | None:
    """A table with a rank column, a city column and a score column (综合指数排名 | 城市 | 国别 | 综合指数得分)."""
    return next((t for t in document.tables if _ranked_columns(t) is not None and not (outside and outside[0] <= t.start < outside[1])), None)


def _ranked_columns(table: Table) -> tuple[int, int, int] | None:
    """The (rank, city, score) columns of a ranked table, each the first header cell that names it; None if one is missing."""
    cues = _cues()
    headers = [(c.col, c.text.strip()) for c in table.cells if c.header]
    rank_col = next((col for col, h in headers if _role(h) == "rank"), None)
    city_col = next((col for col, h in headers if h in cues.city_headers), None)
    score_col = next((col for col, h in headers if col not in (rank_col, city_col) and _role(h) == "score"), None)
    return None if None in (rank_col, city_col, score_col) else (rank_col, city_col, score_col)


def _ranked_rows(document: Document, table: Table) -> list[Observation]:
    rank_col, city_col, score_col = _ranked_columns(table)
    rows: dict[int, dict[int, object]] = {}
    for cell in table.cells:
        if not cell.header:
            rows.setdefault(cell.row, {})[cell.col] = cell
    out = []
    for r, cells in sorted(rows.items()):
        if city_col not in cells or not cells[city_col].text.strip():
            continue  # a row without a city (short, or a continuation) states nothing
        row = table.rows[r]
        city = cells[city_col].text.strip()
        rank = _decimal(cells[rank_col].text) if rank_col in cells else None
        score = _decimal(cells[score_col].text) if score_col in cells else None
        out.append(Observation(observation_key("global", city, "composite"), city, "composite", score, int(rank) if rank is not None else None, "stated", (_ev(document, row.start, row.end),)))
    return out


# --- tiers and index members ------------------------------------------------------------------------


def tiers(document: Document, index: IndexData) -> tuple[dict[str, tuple[int, Evidence]], list[Finding]]:
    """The tier (梯队, 层级, 方阵 …) the text puts each city of the index in; "其余 N 个城市" takes the rest (a finding if N is wrong).

    A tier phrase (第N梯队) takes the cities named before it in its sentence, back to the
    previous tier phrase ("丁市…属于第一梯队", "乙市和丙市…，位列第二层级"), or the
    cities it introduces ("第三梯队包括戊市、己市…").
    """
    cues = _cues()
    cities = tuple(dict.fromkeys(o.city for o in index.observations))
    names = _city_names(cities) if cities else None
    span = _national_span(document) if index.evidence else None
    out: dict[str, tuple[int, Evidence]] = {}
    rest = None
    for block in _paragraphs(document, span):
        if not names or not cues.tier.search(block.text):
            continue
        for sentence in re.finditer(r"[^。；！？]+", block.text):
            s, base = sentence.group(0), block.start + sentence.start()
            if not cues.tier.search(s):
                continue
            mentions = names.find(s)
            cursor = 0
            for t in cues.tier.finditer(s):
                n = _number(t.group("n"))
                if n is None:
                    continue
                listed: list[str] = []
                verb = cues.tier_list.match(s, t.end())
                if verb is not None:  # "第三梯队包括戊市、己市…": the cities it introduces
                    pos = verb.end()
                    for start, end, city in mentions:
                        if start == pos:
                            listed.append(city)
                            list_end = end
                            joiner = cues.joined.match(s, end)
                            pos = joiner.end() if joiner else end
                if listed:
                    named, ev, cursor = listed, _ev(document, base + t.start(), base + list_end), list_end
                else:  # "乙市和丙市…，属于第二梯队": the cities before it, back to the previous tier phrase
                    before = [(start, city) for start, end, city in mentions if cursor <= start and end <= t.start()]
                    named = [city for _, city in before]
                    ev = _ev(document, base + before[0][0], base + t.end()) if before else None
                    cursor = t.end()
                for city in named:
                    if city not in out:
                        out[city] = (n, ev)
            m = cues.rest_tier.search(s)
            if m:
                n, count = _number(m.group("n")), _number(m.group("count"))
                if n is not None and count is not None:
                    rest = (n, count, _ev(document, base + m.start(), base + m.end()))
    findings = []
    if rest is not None:
        remaining = sorted(set(cities) - set(out))
        for city in remaining:
            out[city] = (rest[0], rest[2])
        if len(remaining) != rest[1]:
            findings.append(Finding("count_mismatch", f"the text puts 'the other {rest[1]} cities' in tier {rest[0]}, but {len(remaining)} cities remain", (), (rest[2],)))
    return out, findings


def members(document: Document) -> list[tuple[str, str, Evidence]]:
    """(city, country, evidence) of a list table whose columns repeat 序号 | 城市 | 所在国家."""
    cues = _cues()
    out = []
    for table in document.tables:
        headers = {c.col: c.text.strip() for c in table.cells if c.header}
        city_cols = [c for c, h in headers.items() if h in cues.city_headers]
        if not city_cols or not any(_has(h, cues.country_headers) for h in headers.values()):
            continue
        if any(_role(h) is not None for h in headers.values()):
            continue
        cells = {(c.row, c.col): c for c in table.cells if not c.header}
        for (r, col), cell in sorted(cells.items()):
            if col in city_cols and cell.text.strip():
                country = cells.get((r, col + 1))
                if country is not None and country.text.strip():
                    out.append((cell.text.strip(), country.text.strip(), _ev(document, cell.start, country.end)))
    return out


def member_facts(document: Document, extraction, document_id: str, index_key: str = "global"):
    """The cities of the index's member list: in the index, and in their country, each with its table row."""
    from .model import Fact

    places: dict[str, str] = {}
    for e in extraction.entities:
        if e.type in ("City", "Country"):
            for name in (e.label, *e.aliases):
                places.setdefault(f"{e.type}:{name}", e.id)
    facts = []
    for city, country, ev in members(document):
        city_id = places.get(f"City:{city}")
        country_id = places.get(f"Country:{country}")
        if city_id:
            facts.append(Fact(city_id, "inIndex", index_id(document_id, index_key), (ev,), "table"))
            if country_id:
                facts.append(Fact(city_id, "locatedIn", country_id, (ev,), "table"))
    return facts


def list_count_findings(extraction) -> list[Finding]:
    """A list that names more items than the count it states ("A、B、C 等 2 个") disagrees with itself."""
    lists: dict[str, list] = {}
    for fact in extraction.facts:
        if fact.predicate == "listedAs":
            attrs = dict(fact.attrs)
            if attrs.get("stated_count") is not None:
                lists.setdefault(attrs["list_id"], []).append((fact, attrs))
    findings = []
    for items in lists.values():
        stated = items[0][1]["stated_count"]
        named = len(items)
        if named > stated:
            ev = items[0][0].evidence[:1] + items[-1][0].evidence[:1]
            findings.append(Finding("count_mismatch", f"a list names {named} items but states {stated} ({items[0][0].object})", (), ev))
    return findings


# --- indicator values the profiles state -------------------------------------------------------------

_VALUE = re.compile(r"(?:为|达到?|仅为|共|有)?\s*(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>%|亿元|万元|个|家|项|件|人)")
_RANK = re.compile(r"(?:排名|位列|居|位居|排在|列)[^，。；、\d]{0,12}?(?:第\s*(?P<r>\d+)\s*位?|(?P<first>首位))|排名仅?为\s*(?P<r2>\d+)\s*位")
_UNIT_OF = {"%": "%", "亿元": "亿元", "万元": "万元", "个": "个", "家": "家", "项": "项", "件": "件", "人": "人"}


def _core(name: str) -> str:
    name = re.sub(r"[（(][^（）()]*[)）]\s*$", "", name).strip()
    return re.sub(r"(数量|数|量)$", "", name)


def indicator_statements(document: Document, index: IndexData) -> list[Observation]:
    """"某年，甲市国家工程技术研究中心为8个、国家国际科技合作基地为11个，均排名为第3位": indicator observations."""
    cities = sorted({o.city for o in index.observations}, key=len, reverse=True)
    data_year = _data_year(document)
    out: dict[str, Observation] = {}
    for block in document.blocks:
        if block.kind != "paragraph" or not any(c in block.text for c in cities):
            continue
        text = block.text
        for sentence in re.finditer(r"[^。！？]+[。！？]?", text):
            s_text = sentence.group(0)
            in_sentence = sorted((s_text.find(c), c) for c in cities if c in s_text)
            city = in_sentence[0][1] if in_sentence else _last_city(text[: sentence.start()], cities)
            if city is None:
                continue
            pending: list = []
            for m in _VALUE.finditer(s_text):
                if _is_context_number(s_text, m):
                    continue
                year = re.search(r"(\d{4})\s*年的?\s*$", s_text[max(0, m.start() - 8) : m.start()])
                if year and data_year and year.group(1) != data_year:
                    continue  # a past value of a time series ("从 2012 年的 2.66%")
                unit = m.group("unit")
                clause_start = max(s_text.rfind(p, 0, m.start()) for p in "，、；：") + 1
                name = s_text[clause_start : m.start()]
                indicator = _best_indicator(name, unit, index.indicators)
                if indicator is None:
                    continue
                rank_m = _RANK.search(s_text, m.end(), m.end() + 30)
                next_value = next((v for v in _VALUE.finditer(s_text, m.end()) if not _is_context_number(s_text, v)), None)
                rank = None
                if rank_m and (next_value is None or rank_m.start() < next_value.start() or "均" in s_text[m.end() : rank_m.start()]):
                    rank = 1 if rank_m.group("first") else int(rank_m.group("r") or rank_m.group("r2"))
                segment_end = s_text.find("；", m.end())
                segment_end = len(s_text) if segment_end < 0 else segment_end
                shared_rank = re.search(r"均[^，。；]{0,6}(?:第\s*\d+\s*位|首位)", s_text[m.end() : segment_end])
                if re.match(r"\s*(?:以上|以下|左右|多)", s_text[m.end() : m.end() + 3]):
                    continue  # an approximate figure ("5%以上") is not the indicator's value
                if _partial(name, indicator) and rank is None and not shared_rank:
                    continue  # 中央级科研院所 185 个 is one part of "高等学校和科研院所", not its value
                start = block.start + sentence.start() + clause_start
                end = block.start + sentence.start() + (rank_m.end() if rank is not None and rank_m else m.end())
                pending.append((indicator, Decimal(m.group("v")), rank, (start, end), segment_end))
            # "均排名为第3位": a shared rank after several values of one ；-clause applies to each of them.
            for indicator, value, rank, (start, end), segment_end in pending:
                offset = start - block.start - sentence.start()
                shared = re.search(r"均[^，。；]{0,6}(?:第\s*(\d+)\s*位|首位)", s_text[offset:segment_end])
                if rank is None and shared:
                    rank = int(shared.group(1)) if shared.group(1) else 1
                    end = start + shared.end()
                key = observation_key(DATASET, city, f"indicator:{indicator.number}")
                if key not in out:
                    out[key] = Observation(key, city, f"indicator:{indicator.number}", value, rank, "stated", (_ev(document, start, end),))
    return list(out.values())


def _data_year(document: Document) -> str | None:
    """The year the index's data are of ("本报告采用的数据为2017年数据")."""
    for block in document.blocks:
        m = re.search(r"(?:采用|使用)的?数据(?:为|是|均为)\s*(\d{4})\s*年", block.text)
        if m:
            return m.group(1)
    return None


def _is_context_number(text: str, m: re.Match[str]) -> bool:
    """"在30个主要城市中", "约占全国（123.45亿元）": numbers that frame a figure rather than state one."""
    after = text[m.end() : m.end() + 6]
    before = text[max(0, m.start() - 3) : m.start()]
    return bool(re.match(r"\s*(?:主要城市|个城市|城市)", after)) or "全国（" in text[max(0, m.start() - 6) : m.start()] or before.endswith("（")


def _partial(name: str, indicator: Indicator) -> bool:
    """Whether the clause names only one of the parts an indicator joins with 和 (高等学校 | 科研院所)."""
    parts = [p for p in re.split(r"[和及与、]", _core(indicator.name)) if len(p) >= 2]
    if len(parts) < 2:
        return False
    return sum(1 for p in parts if _overlap(p, name) >= min(4, len(p))) < len(parts)


def _last_city(text: str, cities: list[str]) -> str | None:
    best = max(((text.rfind(c), c) for c in cities), default=(-1, None))
    return best[1] if best[0] >= 0 else None


def _best_indicator(name: str, unit: str, indicators: tuple[Indicator, ...]) -> Indicator | None:
    """The indicator a clause names, by shared words (four characters at least) and a matching unit."""
    best, best_score = None, 3
    for ind in indicators:
        if ind.unit is None or not (ind.unit == unit or ind.unit.startswith(unit)):
            continue
        score = _overlap(_core(ind.name), name)
        if score > best_score:
            best, best_score = ind, score
    return best
