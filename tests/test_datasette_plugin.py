"""The Datasette plugin and metadata, in process: Chinese search, facets, links."""

from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def datasette(built, make_datasette):
    metadata = json.loads((ROOT / "metadata.json").read_text(encoding="utf-8"))
    return make_datasette([], immutables=[str(built / "hardtech.db")], metadata=metadata)


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def all_rows(ds, path):
    rows, url = [], path
    while url:
        data = get(ds, url).json()
        rows += data["rows"]
        url = data.get("next_url")
    return rows


@pytest.mark.parametrize("term", ["重点实验室", "量子", "科创板", "生命科学", "CAR-T", "子", "《关于促进新型研发机构发展的指导意见》"])
def test_search_returns_exactly_the_paragraphs_that_contain_the_term(datasette, built, term):
    rows = all_rows(datasette, f"/hardtech/paragraphs.json?_search={term}&_shape=objects&_size=max")
    expected = {
        row[0] for row in sqlite3.connect(built / "hardtech.db").execute("SELECT id FROM paragraphs WHERE instr(text, ?) > 0", [term])
    }
    assert expected, term
    assert {row["id"] for row in rows} == expected
    assert all(term in row["text"] for row in rows)


def test_search_page_renders_for_a_person(datasette):
    response = get(datasette, "/hardtech/paragraphs?_search=重点实验室")
    assert response.status_code == 200
    assert "重点实验室" in response.text and "search matches" in response.text


def test_plugin_and_metadata_are_loaded(datasette):
    plugins = get(datasette, "/-/plugins.json").json()
    assert any(p["name"] == "hardtech-kg" and "prepare_connection" in p["hooks"] for p in plugins)
    data = get(datasette, "/hardtech/paragraphs.json?_facet=kind&_size=0").json()
    assert {f["value"] for f in data["facet_results"]["kind"]["results"]} >= {"paragraph", "heading", "table"}


def test_foreign_keys_link_a_paragraph_to_its_section(datasette):
    data = get(datasette, "/hardtech/paragraphs.json?_search=科创板&_labels=on&_shape=objects").json()
    section = data["rows"][0]["section_id"]
    assert isinstance(section, dict) and section["label"]


def test_fts_query_function_in_sql(datasette):
    sql = "select count(*) as n from paragraphs_fts where paragraphs_fts match fts_query('量子')"
    data = get(datasette, f"/hardtech.json?sql={sql}&_shape=array").json()
    check = "select count(*) as n from paragraphs where instr(text, '量子') > 0"
    expected = get(datasette, f"/hardtech.json?sql={check}&_shape=array").json()
    assert data[0]["n"] == expected[0]["n"] > 0


def test_canned_search_query(datasette):
    data = get(datasette, "/hardtech/search.json?q=科创板&_shape=array").json()
    assert data and all("科创板" in row["text"] for row in data)


def _canned(ds, query, **params):
    from urllib.parse import urlencode

    return get(ds, f"/hardtech/{query}.json?{urlencode({**params, '_shape': 'array'})}").json()


def test_canned_city_trace_adds_up(datasette, built):
    rows = _canned(datasette, "city_trace", city="武汉")
    dims = [r for r in rows if r["level"] == "dimension"]
    computed = next(r for r in rows if r["level"] == "composite" and r["status"] == "computed")
    assert len(dims) == 4 and abs(sum(r["contribution"] for r in dims) - computed["value"]) < 1e-6
    named = {r["institution"] for r in rows if r["level"] == "institution"}
    conn = sqlite3.connect(built / "hardtech.db")
    labs = {r[0] for r in conn.execute("SELECT e.label FROM relations r JOIN entities e ON e.id = r.subject_id WHERE r.predicate = 'locatedIn' AND r.object_id = 'city/武汉' AND e.type = 'StateKeyLab'")}
    assert labs and labs <= named
    assert _canned(datasette, "city_trace", city="武汉市") == rows  # the paper writes both


def test_canned_domain_top10_and_co_mentions(datasette, built):
    domains = _canned(datasette, "domain_top10")
    assert len(domains) == 7 and all(d["cities"] == 10 for d in domains)
    conn = sqlite3.connect(built / "hardtech.db")
    stated = conn.execute("SELECT count(DISTINCT component) FROM observations WHERE dataset_id LIKE '%-global' AND component != 'composite'").fetchone()[0]
    assert stated == 7
    pairs = _canned(datasette, "co_mentioned_institutions", name="武汉大学")
    assert pairs and all("武汉大学" in p["institution"] + p["with_institution"] for p in pairs)
    assert all(p["first_sentence"] for p in pairs)


def test_every_table_and_view_is_described(datasette, built):
    metadata = json.loads((ROOT / "metadata.json").read_text(encoding="utf-8"))["databases"]["hardtech"]["tables"]
    names = {r[0] for r in sqlite3.connect(built / "hardtech.db").execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'paragraphs_fts_%'")}
    assert names - metadata.keys() == set()
    assert all(metadata[n].get("description") for n in names)
