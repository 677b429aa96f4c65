"""extract.observations: the national index read from its tables and text, composites computed and checked."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from hardtech_kg.build import build
from hardtech_kg.extract.observations import indicator_for, observations
from hardtech_kg.extract.segment import segment
from hardtech_kg.settings import Settings
from hardtech_kg.trace import trace

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
PAPER = "hardtech-whitepaper-2019.txt"


@pytest.fixture(scope="module")
def index(paper_text):
    return observations(segment(paper_text))


def test_structure_is_read_from_the_indicator_table_and_the_method_text(index):
    assert len(index.dimensions) == 4 and len(index.indicators) == 25
    assert sum(d.weight for d in index.dimensions) == Decimal("1")
    assert all(d.evidence for d in index.dimensions)
    numbers = [i.number for i in index.indicators]
    assert numbers == list(range(1, 26))
    assert all(i.dimension in {d.name for d in index.dimensions} for i in index.indicators)


def test_every_city_has_four_stated_dimension_scores_and_a_computed_composite(index):
    stated = [o for o in index.observations if o.status == "stated" and o.component != "composite" and not o.component.startswith("indicator:")]
    cities = {o.city for o in stated}
    assert len(cities) == 36 and len(stated) == 36 * 4
    computed = [o for o in index.observations if o.status == "computed"]
    assert len(computed) == 36 and sorted(o.rank for o in computed) == list(range(1, 37))


def test_stated_composites_carry_evidence_that_contains_their_figure(index, paper_text):
    doc = segment(paper_text)
    stated = [o for o in index.observations if o.status == "stated"]
    assert len([o for o in stated if o.component == "composite"]) == 11
    for o in stated:
        assert o.evidence and any(str(o.value) in doc.text[e.start : e.end] for e in o.evidence)


def test_the_original_paper_is_consistent(index):
    assert index.findings == ()


def test_indicators_that_count_listed_institutions(index):
    assert indicator_for("国家重点实验室", index.indicators).number == 3
    assert indicator_for("国家重点实验", index.indicators).number == 3
    assert indicator_for("中央级高校", index.indicators).number == 1
    assert indicator_for("中央级科研院所", index.indicators).number == 1
    assert indicator_for("国家国际科技合作基地", index.indicators).number == 5
    assert indicator_for("企业", index.indicators) is None


@pytest.fixture(scope="module")
def altered_build(tmp_path_factory):
    """A copy of the paper where one city's 表 2 scores change: the new scores flow through, its stated composite no longer fits."""
    corpus = tmp_path_factory.mktemp("scores") / "corpus"
    shutil.copytree(CORPUS, corpus)
    paper = corpus / PAPER
    text = paper.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("武汉市\t"))
    cells = row.split("\t")
    cells[3] = f"{float(cells[3]) + 10:.2f}"  # 产业创新投入 +10 → composite +3.5
    text = text.replace(row, "\t".join(cells))
    paper.write_text(text, encoding="utf-8")
    out = corpus.parent / "build"
    build(Settings(corpus_dir=corpus, out_dir=out))
    return out, float(cells[3])


def test_changed_scores_flow_through_and_the_stated_composite_is_flagged(altered_build):
    out, new_input = altered_build
    result = trace(out, "武汉")
    dims = {d["name"]: d for d in result["dimensions"]}
    assert dims["产业创新投入"]["value"] == new_input
    assert result["composite"]["value"] == 35.03  # still what the text states …
    assert abs(result["composite"]["computed"] - (35.0275 + 3.5)) < 1e-6  # … but not what its scores give
    assert any(f["kind"] == "composite_mismatch" for f in result["findings"])


def test_global_index_tables_and_top_lists(paper_text):
    from hardtech_kg.extract.observations import global_index
    from hardtech_kg.extract.schemes import find_schemes

    doc = segment(paper_text)
    domains = tuple(c.label for s in find_schemes(doc) if s.key == "index_domains" for c in s.concepts)
    index = global_index(doc, domains)
    composite = [o for o in index.observations if o.component == "composite"]
    assert [o.rank for o in composite] == list(range(1, 16))
    tops = {}
    for o in index.observations:
        if o.component != "composite" and o.year is None:
            tops.setdefault(o.component, []).append(o)
    assert set(tops) == set(domains) and all(len(v) == 10 for v in tops.values())
    for o in index.observations:
        assert any(str(o.value) in doc.text[e.start : e.end].replace(" ", "") for e in o.evidence)
    # The one list whose scores are out of order is a finding; so is the threshold sentence that
    # names the wrong domain (the 材料技术 section repeats 先进制造 with 材料技术's figures).
    kinds = {f.kind: f.message for f in index.findings}
    assert set(kinds) == {"ranking_out_of_order", "threshold_mismatch"}
    assert "航空航天" in kinds["ranking_out_of_order"] and "55.19" in kinds["threshold_mismatch"]
    thresholds = [o for o in index.observations if o.year == "2018"]
    assert len(thresholds) == 7 and all(o.rank == 10 for o in thresholds)
    assert [f.name for f in index.factors][:1] and len(index.factors) == 5


def test_tiers_from_the_text(index):
    tiers = {city: tier for city, tier, _ in index.tiers}
    assert len(tiers) == 36 and tiers["北京市"] == 1 and tiers["上海市"] == tiers["深圳市"] == 2
    counts = {t: sum(1 for v in tiers.values() if v == t) for t in set(tiers.values())}
    assert counts == {1: 1, 2: 2, 3: 6, 4: 6, 5: 21}  # "其余 21 个城市" holds


def test_global_members_sit_in_their_country(built):
    import sqlite3

    conn = sqlite3.connect(built / "hardtech.db")
    members = conn.execute("SELECT subject_id FROM relations WHERE predicate = 'inIndex' AND object_id LIKE '%-global' AND subject_id LIKE 'city/%'").fetchall()
    assert len(members) == 45
    for (city,) in members:
        countries = conn.execute(
            "SELECT r.object_id FROM relations r WHERE r.subject_id = ? AND r.predicate = 'locatedIn' AND r.method = 'table'", [city]
        ).fetchall()
        assert len(countries) == 1 and countries[0][0].startswith("country/")


def test_a_list_naming_more_than_it_counts_is_a_finding(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    paper = corpus / PAPER
    text = paper.read_text(encoding="utf-8")
    old = "拥有中国科学技术大学、合肥工业大学等中央级高校2个"
    assert old in text
    paper.write_text(text.replace(old, "拥有中国科学技术大学、合肥工业大学、安徽大学等中央级高校2个"), encoding="utf-8")
    out = tmp_path / "build"
    build(Settings(corpus_dir=corpus, out_dir=out))
    import sqlite3

    findings = sqlite3.connect(out / "hardtech.db").execute("SELECT kind, message FROM findings").fetchall()
    assert ("count_mismatch", "a list names 3 items but states 2 (中央级高校)") in findings


def test_indicator_values_the_profiles_state(index):
    got = {(o.city, o.component): (o.value, o.rank) for o in index.observations if o.component.startswith("indicator:")}
    number = {i.number: i for i in index.indicators}
    assert "国家重点实验室" in number[3].name and "空气质量" in number[25].name and "高技术产品出口" in number[19].name
    assert got[("西安市", "indicator:3")] == (Decimal("17"), None)
    assert got[("西安市", "indicator:19")] == (Decimal("85.71"), 1)  # 居主要城市首位
    assert got[("西安市", "indicator:25")] == (Decimal("49.32"), 33)
    assert got[("武汉市", "indicator:4")] == (Decimal("16"), 3) and got[("武汉市", "indicator:5")] == (Decimal("29"), 3)  # 均排名为第3位
    # Past values of a time series and one part of a two-part indicator are not the indicator's value.
    assert got[("武汉市", "indicator:6")][0] == Decimal("3.20")
    assert ("北京市", "indicator:1") not in got
