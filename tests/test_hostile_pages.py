"""Every page of the plugin over a hostile corpus: values from the text are shown escaped, never as markup.

The corpus is the paper's national index (with the Wuhan profile) and global
index, with markup written into the names that become entities — two policy
titles, a milestone sentence, an indicator of the index table — and beside two
labs in the Wuhan profile, so the quotes carry it too. Every page is requested
in process; no response may contain the markup raw, and each page that shows
one of those values must show it escaped.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
from markupsafe import escape

from hardtech_kg.build import build
from hardtech_kg.settings import Settings

PAPER = Path(__file__).resolve().parent.parent / "corpus" / "hardtech-whitepaper-2019.txt"

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
RAW = ("<script>alert", "<img src=x")

POLICY_SCRIPT = SCRIPT + "粤港澳&大湾区发展规划纲要"
POLICY_IMG = IMG + "武汉&硬科技行动计划"
INDICATOR = "空气质量" + SCRIPT + "优良率（%）"


def _excerpt(lines: list[str], first: str, last: str) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line == first)
    end = next(i for i in range(start, len(lines)) if lines[i].startswith(last))
    return lines[start : end + 1]


def hostile_text() -> str:
    lines = PAPER.read_text(encoding="utf-8").split("\n")
    text = "\n".join(
        _excerpt(lines, "第三部分 产业篇", "图 30 武汉市")  # the national index, its indicators and the Wuhan profile
        + ["", "第四部分 城市篇"]  # the global index sits in a part of its own, as in the paper
        + _excerpt(lines, "图 1 全球主要城市硬科技创新指数评估模型", "2019 年度，材料技术领域的创新指数")  # the global index
    )
    replacements = {
        "\t空气质量优良率（%）": "\t" + INDICATOR,  # an indicator of the index table
        "病毒学国家重点实验室、": f"病毒学国家重点实验室（{SCRIPT}）、",  # the city profile: beside a lab …
        "杂交水稻国家重点实验室、": f"杂交水稻国家重点实验室（{IMG} & co）、",  # … and another
        "《粤港澳大湾区发展规划纲要》": f"《{POLICY_SCRIPT}》",  # a policy and the milestone sentence that names it
    }
    for old, new in replacements.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text + f"\n\n2019年3月，武汉市发布《{POLICY_IMG}》，提出打造硬科技之都。\n"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("hostile-corpus")
    (corpus / "hostile.txt").write_text(hostile_text(), encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-build")
    build(Settings(corpus_dir=corpus, out_dir=out))
    return out


@pytest.fixture(scope="module")
def ds(hostile_build, make_datasette):
    return make_datasette([], immutables=[str(hostile_build / "hardtech.db")])


@pytest.fixture(scope="module")
def ids(hostile_build) -> dict[str, str]:
    """The ids the build gave the hostile names."""
    import sqlite3

    conn = sqlite3.connect(hostile_build / "hardtech.db")
    found = {label: entity_id for entity_id, label in conn.execute("SELECT id, label FROM entities WHERE label LIKE '%alert(1)%'")}
    milestone = conn.execute("SELECT id, label FROM entities WHERE type = 'Milestone' AND label LIKE '%alert(1)%'").fetchone()
    conn.close()
    assert POLICY_SCRIPT in found and POLICY_IMG in found and INDICATOR in found and milestone, found
    return {"script": found[POLICY_SCRIPT], "img": found[POLICY_IMG], "indicator": found[INDICATOR], "milestone": milestone[0], "milestone_label": milestone[1]}


def get(ds, path: str, **headers):
    response = asyncio.run(ds.client.get(path, headers=headers))
    for raw in RAW:
        assert raw not in response.text, (path, raw)
    return response


def shows(response, *values: str) -> None:
    """Each value appears escaped for HTML."""
    for value in values:
        assert str(escape(value)) in response.text, (response.url, value)


def entity(entity_id: str) -> str:
    return "/-/entity/" + quote(entity_id)


def test_entity_pages_of_hostile_names(ds, ids):
    page = get(ds, entity(ids["script"]))
    assert page.status_code == 200
    shows(page, POLICY_SCRIPT)  # the heading, the milestone's link …
    assert "&amp;大湾区" in page.text
    page = get(ds, entity(ids["img"]))
    assert page.status_code == 200
    shows(page, POLICY_IMG, f"《{POLICY_IMG}》")  # … and its quote
    page = get(ds, entity(ids["milestone"]))
    assert page.status_code == 200
    shows(page, ids["milestone_label"])
    page = get(ds, entity(ids["indicator"]))
    assert page.status_code == 200
    shows(page, INDICATOR)


def test_entity_pages_quoting_hostile_text(ds):
    for lab, value in (("lab/病毒学国家重点实验室", SCRIPT), ("lab/杂交水稻国家重点实验室", IMG + " & co")):
        page = get(ds, entity(lab))
        assert page.status_code == 200 and 'id="facts"' in page.text and 'id="mentions"' in page.text
        shows(page, value)
    city = get(ds, entity("city/武汉"))
    assert city.status_code == 200 and 'id="scores"' in city.text and 'id="incoming"' in city.text
    shows(city, POLICY_IMG, SCRIPT, IMG + " & co")  # a policy it issued, the quotes of its labs


def test_trace_page(ds):
    page = get(ds, "/-/trace/" + quote("武汉"))
    assert page.status_code == 200 and page.text.count('class="bar') == 5
    shows(page, INDICATOR, "全社会 R&D 经费支出占地区 GDP 比重（%）")


def test_network_page_and_json(ds, ids):
    for key, label in (("script", POLICY_SCRIPT), ("img", POLICY_IMG)):
        page = get(ds, "/-/network?" + urlencode({"id": ids[key]}))
        assert page.status_code == 200 and f'data-focus="{escape(ids[key])}"' in page.text
        shows(page, label)
        data = get(ds, "/-/network.json?" + urlencode({"id": ids[key]}))
        assert data.status_code == 200 and "\\u003c" in data.text
        nodes = {n["data"]["id"]: n["data"]["label"] for n in json.loads(data.text)["nodes"]}
        assert nodes[ids[key]] == label  # the same value to a JSON parser
    city = get(ds, "/-/network.json?id=" + quote("city/武汉"))
    assert POLICY_IMG in {n["data"]["label"] for n in city.json()["nodes"]}
    assert get(ds, "/-/network").status_code == 200


def test_timeline_map_and_domains(ds, ids):
    timeline = get(ds, "/-/timeline")
    assert timeline.status_code == 200 and 'class="milestone"' in timeline.text
    shows(timeline, ids["milestone_label"])
    mapped = get(ds, "/-/map")
    assert mapped.status_code == 200 and mapped.text.count('class="city"') > 30
    domains = get(ds, "/-/domains")
    assert domains.status_code == 200 and domains.text.count('<div class="chart">') == 7


def test_unknown_names_are_404_pages_that_escape_them(ds):
    for path in (entity(SCRIPT), entity("lab/" + IMG), "/-/trace/" + quote(SCRIPT, safe=""), "/-/network?" + urlencode({"id": IMG})):
        page = get(ds, path)
        assert page.status_code == 404 and "hardtech-nav" in page.text, path  # the plugin's 404 template
        assert "alert(1)" in page.text and ("&lt;script&gt;" in page.text or "&lt;img" in page.text), path


def test_sparql_results_page(ds):
    query = 'SELECT ?entity ?label WHERE { ?entity rdfs:label ?label FILTER(CONTAINS(STR(?label), "alert(1)")) } ORDER BY ?label'
    page = get(ds, "/sparql?" + urlencode({"query": query}), Accept="text/html")
    assert page.status_code == 200 and 'id="results"' in page.text
    shows(page, POLICY_SCRIPT, POLICY_IMG, INDICATOR)
    shows(page, query)  # the query, echoed in the editor
