"""The observations stage: an index's structure and every figure of it, read from the text.

A report of the genre describes its city index in three places, all read here
(nothing of the index is typed in): the indicator table (一级指标 | 序号 | 二级指标,
the first column a merged cell per dimension), the method paragraph that gives
the dimension weights ("A和B各 15%，C和D各 35%"), and the score table whose two
header rows name each dimension and its 得分/排名 columns, one row per city. City
profiles state composite scores and ranks in running text. Composites are then
computed (Σ weight × dimension score), ranked, and compared with what the text
states; a disagreement beyond rounding is a finding with both sides' evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from .model import Document, Table
from .relations import Evidence

DATASET = "national"
_NUMBER = re.compile(r"^\s*(\d+(?:\s*\.\s*\d+)?)\s*$")
_UNIT = re.compile(r"[（(]([^（）()]{1,12})[)）]\s*$")
# Every repetition in these patterns is bounded or unambiguous, so a long run of text that
# almost matches costs linear time, not quadratic or exponential.
_WEIGHT = re.compile(r"(?P<names>[\u4e00-\u9fff、和及与]{1,60}?)各\s*(?P<w>\d+(?:\.\d+)?)\s*%")


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
    city: str  # the city as written (北京市)
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


def _ev(document: Document, start: int, end: int) -> Evidence:
    return Evidence(document.block_at(start).index, start, end)


def _decimal(text: str) -> Decimal | None:
    m = _NUMBER.match(text)
    return Decimal(re.sub(r"\s", "", m.group(1))) if m else None


def observations(document: Document) -> IndexData | None:
    """The national index of a document, or None if it has no indicator table."""
    structure = _indicator_table(document)
    if structure is None:
        return None
    name, dimensions, indicators, table = structure
    dimensions = _weights(document, dimensions)
    observations: list[Observation] = []
    score_table = _score_table(document, dimensions)
    if score_table is not None:
        observations += _table_observations(document, score_table, dimensions)
    observations += _stated_composites(document, name)
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
    for table in document.tables:
        headers = [c for c in table.cells if c.header]
        labels = [c.text.strip() for c in headers]
        if not any("一级" in t for t in labels) or not any("二级" in t for t in labels):
            continue
        level1 = next(c.col for c in headers if "一级" in c.text)
        number_col = next((c.col for c in headers if c.text.strip() in ("序号", "编号")), None)
        level2 = next(c.col for c in headers if "二级" in c.text)
        caption = document.blocks[table.caption_block] if table.caption_block is not None else None
        name = re.sub(r"(评价)?指标体系$", "", caption.title.strip()) if caption and caption.title else "index"
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


def _weights(document: Document, dimensions: list[Dimension]) -> list[Dimension]:
    """Dimension weights from the method text: "产业创新基础和产业创新环境各 15%"."""
    names = [d.name for d in dimensions]
    found: dict[str, tuple[Decimal, Evidence]] = {}
    for block in document.blocks:
        if block.kind != "paragraph" or "%" not in block.text:
            continue
        for m in _WEIGHT.finditer(block.text):
            group = m.group("names")
            weight = Decimal(m.group("w")) / 100
            for name in names:
                if name in group and name not in found:
                    found[name] = (weight, _ev(document, block.start + m.start(), block.start + m.end()))
        if len(found) == len(names):
            break
    return [Dimension(d.name, d.order, found[d.name][0] if d.name in found else None, (found[d.name][1],) if d.name in found else ()) for d in dimensions]


def _dimension_for(header: str, dimensions: list[Dimension]) -> Dimension | None:
    """"创新基础" (a score table's header) names the dimension "产业创新基础"."""
    header = header.strip()
    matches = [d for d in dimensions if d.name == header or d.name.endswith(header) or header.endswith(d.name)]
    return matches[0] if len(matches) == 1 else None


def _score_table(document: Document, dimensions: list[Dimension]) -> Table | None:
    for table in document.tables:
        if table.header_rows < 1:
            continue
        labels = {c.column_label for c in table.cells if not c.header}
        if sum(1 for d in dimensions if any(_dimension_for(l.split(" / ")[0], dimensions) == d for l in labels)) == len(dimensions):
            return table
    return None


def _table_observations(document: Document, table: Table, dimensions: list[Dimension]) -> list[Observation]:
    out = []
    rows: dict[int, list] = {}
    for cell in table.cells:
        if not cell.header:
            rows.setdefault(cell.row, []).append(cell)
    for r, cells in sorted(rows.items()):
        city = cells[0].text.strip()
        row = table.rows[r]
        ev = (_ev(document, row.start, row.end),)
        by_dim: dict[str, dict[str, Decimal | None]] = {}
        for cell in cells[1:]:
            parts = cell.column_label.split(" / ")
            dim = _dimension_for(parts[0], dimensions)
            if dim is None or len(parts) < 2:
                continue
            by_dim.setdefault(dim.name, {})[parts[1]] = _decimal(cell.text)
        for dim in dimensions:
            values = by_dim.get(dim.name, {})
            score = next((v for k, v in values.items() if "得分" in k or "分" in k), None)
            rank = next((v for k, v in values.items() if "排名" in k or "名" in k), None)
            if score is not None:
                out.append(Observation(f"{DATASET}/{city}/{dim.name}", city, dim.name, score, int(rank) if rank is not None else None, "stated", ev))
    return out


def _stated_composites(document: Document, index_name: str) -> list[Observation]:
    """Composite scores the text states: "<城市>…<index>指数为 V，居…第 N 位" and "A和B…指数分别为 V1 和 V2，分列第 R1 和第 R2 位"."""
    core = index_name.removeprefix("城市").removeprefix("主要城市") or index_name
    one = re.compile(rf"(?P<city>[\u4e00-\u9fff]{{2,6}}?市){re.escape(core)}(?:水平)?指数(?:得分)?为\s*(?P<v>\d+\s*\.\s*\d+)[^。；]{{0,20}}?第\s*(?P<r>\d+)\s*位")
    two = re.compile(rf"(?P<a>[\u4e00-\u9fff]{{2,6}}?市)和(?P<b>[\u4e00-\u9fff]{{2,6}}?市){re.escape(core)}(?:水平)?指数(?:得分)?分别为\s*(?P<va>\d+\s*\.\s*\d+)\s*和\s*(?P<vb>\d+\s*\.\s*\d+)[，,]\s*分列第\s*(?P<ra>\d+)\s*和第\s*(?P<rb>\d+)\s*位")
    out: dict[str, Observation] = {}
    for block in document.blocks:
        if block.kind != "paragraph":
            continue
        for m in one.finditer(block.text):
            ev = _ev(document, block.start + m.start(), block.start + m.end())
            key = f"{DATASET}/{m.group('city')}/composite"
            obs = Observation(key, m.group("city"), "composite", _decimal(m.group("v")), int(m.group("r")), "stated", (ev,))
            out[key] = _merge(out.get(key), obs)
        for m in two.finditer(block.text):
            ev = _ev(document, block.start + m.start(), block.start + m.end())
            for city, v, r in ((m.group("a"), m.group("va"), m.group("ra")), (m.group("b"), m.group("vb"), m.group("rb"))):
                key = f"{DATASET}/{city}/composite"
                out[key] = _merge(out.get(key), Observation(key, city, "composite", _decimal(v), int(r), "stated", (ev,)))
    return list(out.values())


def _unique(observations: list[Observation]) -> list[Observation]:
    """One observation per key: a figure stated twice (a table row or a list repeated) keeps the first, with the other's evidence."""
    out: dict[str, Observation] = {}
    for o in observations:
        old = out.get(o.key)
        if old is None:
            out[o.key] = o
        else:
            note = old.note if old.value == o.value else f"the text also states {o.value}"
            out[o.key] = replace(old, evidence=old.evidence + o.evidence, note=note)
    return list(out.values())


def _merge(old: Observation | None, new: Observation) -> Observation:
    if old is None:
        return new
    note = old.note if old.value == new.value else f"the text also states {new.value}"
    return Observation(old.key, old.city, old.component, old.value, old.rank, old.status, old.evidence + new.evidence, (), note)


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
        key = f"{DATASET}/{city}/composite/computed"
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
    from .relations import Entity, Fact, slug

    doc = slug(document_id)
    entities = [Entity(f"index/{doc}-{index.key}", "Index", index.name, None, (), (), (("evidence", index.evidence),))]
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
            factor_id = f"factor/{doc}-{slug(f.name)}"
            entities.append(Entity(factor_id, "InnovationFactor", f.name, None, (), (), (("evidence", f.evidence), ("order", f.order))))
            facts.append(Fact(factor_id, "inIndex", f"index/{doc}-{index.key}", f.evidence, "text"))
        return entities, facts
    for d in index.dimensions:
        entities.append(Entity(f"dimension/{doc}-{slug(d.name)}", "Dimension", d.name, None, (), (), (("evidence", d.evidence or index.evidence), ("weight", str(d.weight) if d.weight is not None else ""), ("order", d.order))))
    for i in index.indicators:
        entities.append(Entity(f"indicator/{doc}-{i.number}", "Indicator", i.name, None, (), (), (("evidence", i.evidence), ("number", i.number), ("unit", i.unit or ""), ("dimension", f"dimension/{doc}-{slug(i.dimension)}"))))
    facts = []
    for fact in extraction.facts:
        if fact.predicate != "listedAs":
            continue
        indicator = indicator_for(fact.object, index.indicators)
        if indicator is not None:
            facts.append(Fact(fact.subject, "countsToward", f"indicator/{doc}-{indicator.number}", fact.evidence, "list", False, fact.attrs))
    return entities, facts


def component_id(index: IndexData, document_id: str, component: str) -> str | None:
    """The entity an observation is about: a national dimension, a global domain concept, or None for the composite."""
    from .relations import slug

    if component == "composite":
        return None
    if component.startswith("indicator:"):
        return f"indicator/{slug(document_id)}-{component.split(':', 1)[1]}"
    if index.key == DATASET:
        return f"dimension/{slug(document_id)}-{slug(component)}"
    return f"tech/{slug(component)}"


# --- the global index: a ranked composite table and each domain's TOP list --------------------------

_TOP_LIST = re.compile(r"(?P<domain>[\u4e00-\u9fff]{2,12}?)领域的?创新指数\s*TOP\s*(?P<n>\d+)\s*(?:分别)?为[：:](?P<items>[^。]+)")
_RANKED_ITEM = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,8}?)[（(]\s*(?P<v>\d+(?:\s*\.\s*\d+)?)\s*[)）]")


def global_index(document: Document, domain_labels: tuple[str, ...] = ()) -> IndexData | None:
    """A second index ranked by city: its composite table (排名 | 城市 | … | 得分) and domain TOP lists."""
    observations: list[Observation] = []
    findings: list[Finding] = []
    evidence: list[Evidence] = []
    table = _ranked_table(document)
    name = "global"
    if table is not None:
        evidence.append(_ev(document, table.start, table.end))
        observations += _ranked_rows(document, table)
        caption = document.blocks[table.caption_block] if table.caption_block is not None else None
        if caption is not None and caption.title:
            name = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", caption.title).strip()
    for block in document.blocks:
        if block.kind != "paragraph":
            continue
        for m in _TOP_LIST.finditer(block.text):
            domain = _domain_label(m.group("domain"), domain_labels)
            items = list(_RANKED_ITEM.finditer(m.group("items")))
            if len(items) < 3:
                continue
            ev = _ev(document, block.start + m.start(), block.start + m.end())
            listed = []
            for rank, item in enumerate(items, 1):
                city = item.group("city").lstrip("和及与、")
                item_ev = _ev(document, block.start + m.start("items") + item.start(), block.start + m.start("items") + item.end())
                o = Observation(f"global/{city}/{domain}", city, domain, _decimal(item.group("v")), rank, "stated", (item_ev,))
                observations.append(o)
                listed.append(o)
            for a, b in zip(listed, listed[1:]):
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


_THRESHOLD = re.compile(
    r"进入(?P<domain>[\u4e00-\u9fff]{2,12}?)(?:领域)?创新指数\s*TOP\s*(?P<n>\d+)\s*的“门槛”[^。]*?由\s*(?P<y>\d{4})\s*年的\s*(?P<v>\d+(?:\.\d+)?)\s*[（(](?P<city>[\u4e00-\u9fff]{2,8})[)）](?:\[[^\]]*\]|[^。\[])*?(?:提升|上升|下降|降低)(?:至|到|为)\s*(?P<now>\d+(?:\.\d+)?)"
)
_FACTORS = re.compile(r"由(?P<n>[一二三四五六七八九十\d]+)个(?:评估)?(?:要素|因素|维度)构成[，,]?\s*(?:分别为|包括|即)[：:]?(?P<items>[^。；]+)")


def _thresholds(document: Document, domain_labels: tuple[str, ...], observations: list[Observation]) -> tuple[list[Observation], list[Finding]]:
    """"进入…TOP10 的“门槛”由 2018 年的 52.47（洛杉矶）提升至 57.96": last year's 10th place, checked against this year's."""
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
            out.append(Observation(f"global/{m.group('city')}/{domain}/{m.group('y')}", m.group("city"), domain, _decimal(m.group("v")), n, "stated", (ev,), (), "", m.group("y")))
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


def _ranked_table(document: Document) -> Table | None:
    """A table with a rank column, a city column and a score column (综合指数排名 | 城市 | 国别 | 综合指数得分)."""
    return next((table for table in document.tables if _ranked_columns(table) is not None), None)


def _ranked_columns(table: Table) -> tuple[int, int, int] | None:
    """The (rank, city, score) columns of a ranked table, each the first header cell that names it; None if one is missing."""
    headers = [(c.col, c.text.strip()) for c in table.cells if c.header]
    rank_col = next((col for col, h in headers if "排名" in h), None)
    city_col = next((col for col, h in headers if h == "城市"), None)
    score_col = next((col for col, h in headers if col not in (rank_col, city_col) and ("得分" in h or "指数" in h and "排名" not in h)), None)
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
        out.append(Observation(f"global/{city}/composite", city, "composite", score, int(rank) if rank is not None else None, "stated", (_ev(document, row.start, row.end),)))
    return out


# --- tiers and index members ------------------------------------------------------------------------

# A city name holds no 市 (U+5E02) and does not begin with 和 or 及: a list splits into names one way only.
_TIER = re.compile(r"(?P<cities>(?:(?![和及])[\u4e00-\u5e01\u5e03-\u9fff]{2,6}?市[、和及]?){1,40})[^。；]{0,60}?属于[^。；]{0,10}?第(?P<n>[一二三四五六七八九十])梯队")
_REST_TIER = re.compile(r"其余\s*(?P<count>\d+)\s*个城市属于[^。；]{0,10}?第(?P<n>[一二三四五六七八九十])梯队")


def tiers(document: Document, index: IndexData) -> tuple[dict[str, tuple[int, Evidence]], list[Finding]]:
    """The tier (梯队) the text puts each city of the index in; "其余 N 个城市" takes the rest (a finding if N is wrong)."""
    from .segment import number_value

    cities = {o.city for o in index.observations}
    out: dict[str, tuple[int, Evidence]] = {}
    rest = None
    for block in document.blocks:
        if block.kind != "paragraph" or "梯队" not in block.text:
            continue
        for m in _TIER.finditer(block.text):
            ev = _ev(document, block.start + m.start(), block.start + m.end())
            for city in re.split(r"[、和及]", m.group("cities")):
                if city in cities and city not in out:
                    out[city] = (number_value(m.group("n")), ev)
        m = _REST_TIER.search(block.text)
        if m:
            rest = (number_value(m.group("n")), int(m.group("count")), _ev(document, block.start + m.start(), block.start + m.end()))
    findings = []
    if rest is not None:
        remaining = sorted(cities - set(out))
        for city in remaining:
            out[city] = (rest[0], rest[2])
        if len(remaining) != rest[1]:
            findings.append(Finding("count_mismatch", f"the text puts 'the other {rest[1]} cities' in tier {rest[0]}, but {len(remaining)} cities remain", (), (rest[2],)))
    return out, findings


def members(document: Document) -> list[tuple[str, str, Evidence]]:
    """(city, country, evidence) of a list table whose columns repeat 序号 | 城市 | 所在国家."""
    out = []
    for table in document.tables:
        headers = {c.col: c.text.strip() for c in table.cells if c.header}
        city_cols = [c for c, h in headers.items() if h == "城市"]
        if not city_cols or not any("国" in h for h in headers.values()):
            continue
        if any("得分" in h or "排名" in h for h in headers.values()):
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
    from .relations import Fact, slug

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
            facts.append(Fact(city_id, "inIndex", f"index/{slug(document_id)}-{index_key}", (ev,), "table"))
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
    """"2017年，武汉市国家工程技术研究中心为16个、国家国际科技合作基地为29个，均排名为第3位": indicator observations."""
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
                key = f"{DATASET}/{city}/indicator:{indicator.number}"
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
    """"在36个主要城市中", "约占全国（975.49亿元）": numbers that frame a figure rather than state one."""
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
