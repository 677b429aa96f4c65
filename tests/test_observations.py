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


# --- the same facts in other words --------------------------------------------------------------------

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "paper-observations.tsv"


def _rows(index) -> list[str]:
    tiers = {city: tier for city, tier, _ in index.tiers}
    return [
        "\t".join("" if x is None else str(x) for x in (index.key, o.city, o.component, o.value, o.rank, o.status, tiers.get(o.city), o.year, o.note))
        for o in index.observations
    ]


def test_the_paper_gives_the_observations_it_gave(index, paper_text):
    """Every observation of the paper (value, rank, status, tier, note) as the phrase-bound reader gave it before."""
    from hardtech_kg.extract.observations import global_index
    from hardtech_kg.extract.schemes import find_schemes

    doc = segment(paper_text)
    domains = tuple(c.label for s in find_schemes(doc) if s.key == "index_domains" for c in s.concepts)
    got = sorted(_rows(index) + _rows(global_index(doc, domains)))
    expected = [line for line in SNAPSHOT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert got == expected
    assert [(d.name, d.weight) for d in index.dimensions] == [
        ("产业创新基础", Decimal("0.15")), ("产业创新投入", Decimal("0.35")), ("产业创新产出", Decimal("0.35")), ("产业创新环境", Decimal("0.15"))
    ]
    # The weights keep the evidence of the pairwise sentence, one pair each.
    assert [doc.text[d.evidence[0].start : d.evidence[0].end] for d in index.dimensions][:2] == ["产业创新基础和产业创新环境各 15%", "产业创新投入和产业创新产出各 35%"]


def test_a_profile_restating_a_table_score_adds_evidence_not_a_second_figure(index, paper_text):
    doc = segment(paper_text)
    wuhan = next(o for o in index.observations if o.key == "national/武汉市/产业创新基础")
    quotes = [doc.text[e.start : e.end] for e in wuhan.evidence]
    assert quotes[0].startswith("武汉市\t25.70") and quotes[1] == "产业创新基础指数得分 25.70，居第 2 位"
    assert wuhan.value == Decimal("25.70") and wuhan.rank == 2 and wuhan.note == ""


# A small report of the genre that is not the paper: three dimensions, four cities, its own words.
REPORT = """城市科技竞争力报告

一、城市科技竞争力评价

1.1 评价指标体系

表 1 城市科技竞争力评价指标体系

一级指标\t序号\t二级指标
科技资源\t1\t高校数量（个）
\t2\t研发人员数（人）
科技绩效\t3\t专利数量（件）
\t4\t技术合同额（亿元）
科技环境\t5\t孵化器数量（个）

{weights}

1.2 评价结果

表 2 主要城市科技竞争力得分

{header}
南昌市\t60.00\t1\t40.00\t2\t50.00\t1
福州市\t50.00\t2\t50.00\t1\t30.00\t2
贵阳市\t40.00\t3\t30.00\t3\t20.00\t3
兰州市\t30.00\t4\t20.00\t4\t10.00\t4

{composites}

{tiers}
"""
WEIGHTS = [
    "一级指标权重确定为：科技资源占 30%，科技绩效占 50%，科技环境占 20%。",
    "科技资源、科技绩效、科技环境的权重分别为 30%、50%、20%。",
    "三个一级指标的权重依次为 30%、50%、20%。",
    "一级指标的权重：资源（30%）、绩效（50%）、环境（20%）。".replace("资源", "科技资源").replace("绩效", "科技绩效").replace("环境", "科技环境"),
    "一级指标权重设定为科技资源百分之三十，科技绩效百分之五十，科技环境百分之二十。",
    "各一级指标的权重分别为：科技资源0.3、科技绩效0.5、科技环境0.2。".replace("0.3", "30%").replace("0.5", "50%").replace("0.2", "20%"),
]
HEADERS = [
    "\t资源\t\t绩效\t\t环境\t\n\t得分\t排名\t得分\t排名\t得分\t排名",
    "城市\t科技资源分值\t科技资源名次\t科技绩效分值\t科技绩效名次\t科技环境分值\t科技环境名次",
    "城市\t科技资源\t\t科技绩效\t\t科技环境\t\n\t指数\t位次\t指数\t位次\t指数\t位次",
]
COMPOSITES = [
    "南昌市科技竞争力综合指数为 48.00，居第一位。福州的综合得分为 46.00，排名第 2。贵阳市与兰州市综合指数分别为 31.00 和 21.00，分列第三、第四位。",
    "在四个城市中，南昌排名第一，科技竞争力指数为 48.00；福州市位列第二，综合指数为 46.00。贵阳市、兰州市的综合得分依次是 31.00、21.00，分别居第 3、4 位。",
]
TIERS = [
    "南昌市和福州市属于第一方阵；第二方阵包括贵阳市。其余 1 个城市属于第三方阵。",
    "第一梯队为南昌市和福州市，贵阳市跻身第二梯队，剩下一个城市处于第三梯队。",
]


@pytest.mark.parametrize("weights", WEIGHTS)
@pytest.mark.parametrize("header", HEADERS)
def test_a_report_of_the_genre_in_its_own_words(weights, header):
    doc = segment(REPORT.format(weights=weights, header=header, composites=COMPOSITES[0], tiers=TIERS[0]))
    index = observations(doc)
    assert [(d.name, d.weight) for d in index.dimensions] == [("科技资源", Decimal("0.3")), ("科技绩效", Decimal("0.5")), ("科技环境", Decimal("0.2"))]
    dims = {(o.city, o.component): (o.value, o.rank) for o in index.observations if o.status == "stated" and o.component.startswith("科技")}
    assert len(dims) == 12 and dims[("福州市", "科技绩效")] == (Decimal("50.00"), 1)
    computed = {o.city: (o.value, o.rank) for o in index.observations if o.status == "computed"}
    assert computed == {"南昌市": (Decimal("48.00"), 1), "福州市": (Decimal("46.00"), 2), "贵阳市": (Decimal("31.00"), 3), "兰州市": (Decimal("21.00"), 4)}
    assert index.findings == ()


@pytest.mark.parametrize("composites", COMPOSITES)
@pytest.mark.parametrize("tiers", TIERS)
def test_stated_composites_and_tiers_in_any_phrasing(composites, tiers):
    doc = segment(REPORT.format(weights=WEIGHTS[1], header=HEADERS[0], composites=composites, tiers=tiers))
    index = observations(doc)
    stated = {o.city: (o.value, o.rank) for o in index.observations if o.status == "stated" and o.component == "composite"}
    assert stated == {"南昌市": (Decimal("48.00"), 1), "福州市": (Decimal("46.00"), 2), "贵阳市": (Decimal("31.00"), 3), "兰州市": (Decimal("21.00"), 4)}
    for o in index.observations:
        if o.status == "stated" and o.component == "composite":
            assert any(str(o.value) in doc.text[e.start : e.end] for e in o.evidence)
    assert {city: tier for city, tier, _ in index.tiers} == {"南昌市": 1, "福州市": 1, "贵阳市": 2, "兰州市": 3}
    assert index.findings == ()


def test_a_stated_composite_that_disagrees_is_a_finding():
    composites = COMPOSITES[0].replace("48.00，居第一位", "47.00，居第二位")
    index = observations(segment(REPORT.format(weights=WEIGHTS[0], header=HEADERS[0], composites=composites, tiers=TIERS[0])))
    assert {f.kind for f in index.findings} == {"composite_mismatch", "composite_rank_mismatch"}


GLOBAL = """全球城市创新报告

一、全球城市分领域创新指数

1.1 人工智能领域创新指数

2020 年，人工智能领域排名前五的城市依次是：纽约（80.1）、东京（75.2）、北京（70.3）、伦敦（72.4）和巴黎（60.0）。

1.2 量子科技领域创新指数

前三名为伦敦 66.5、巴黎 60.2、首尔 58.9。

1.3 综合表现

综合指数排名前三的城市为北京（81.2）、上海（79.4）、东京（77.7）。从国别看，美国（3）、日本（2）、英国（1）。
"""


@pytest.mark.parametrize("labels", [("人工智能", "量子科技"), ()])
def test_ranked_lists_whatever_introduces_them(labels):
    from hardtech_kg.extract.observations import global_index

    doc = segment(GLOBAL)
    index = global_index(doc, labels)
    got = {(o.component, o.rank): (o.city, o.value) for o in index.observations}
    assert got[("人工智能", 1)] == ("纽约", Decimal("80.1")) and got[("人工智能", 5)] == ("巴黎", Decimal("60.0"))
    assert [got[("量子科技", r)][0] for r in (1, 2, 3)] == ["伦敦", "巴黎", "首尔"]  # from the heading, "name score" items
    assert [got[("composite", r)][0] for r in (1, 2, 3)] == ["北京", "上海", "东京"]
    assert len(got) == 11  # counts by country are not a ranked list
    for o in index.observations:  # each item's evidence is the item: its name and its score
        quote = doc.text[o.evidence[0].start : o.evidence[0].end]
        assert quote in (f"{o.city}（{o.value}）", f"{o.city} {o.value}")
    [finding] = index.findings
    assert finding.kind == "ranking_out_of_order" and "北京 (70.3) above 伦敦 (72.4)" in finding.message


@pytest.mark.parametrize(
    ("label", "meaning"),
    [
        ("创新基础 / 得分", ("产业创新基础", "score")),
        ("创新基础 / 位次", ("产业创新基础", "rank")),
        ("产业创新投入评分", ("产业创新投入", "score")),
        ("投入 / 名次", ("产业创新投入", "rank")),
        ("综合指数排名", ("composite", "rank")),
        ("创新 / 得分", (None, "score")),  # a part every dimension shares names none of them
    ],
)
def test_header_semantics(label, meaning):
    from hardtech_kg.extract.observations import Dimension, _column_meaning

    dims = [Dimension(name, k, None, ()) for k, name in enumerate(("产业创新基础", "产业创新投入", "产业创新产出", "产业创新环境"))]
    assert _column_meaning(label, dims) == meaning
