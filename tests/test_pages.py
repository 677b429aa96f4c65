"""The plugin's pages (/-/entity/<id>, /-/trace/<city>, network, timeline, map, domains), in process."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

import pytest


@pytest.fixture(scope="module")
def ds(built, make_datasette):
    return make_datasette([], immutables=[str(built / "hardtech.db")])


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_entity_page_of_a_city_shows_scores_facts_and_quotes(ds):
    r = get(ds, "/-/entity/" + quote("city/武汉"))
    assert r.status_code == 200
    assert "武汉" in r.text and "Wuhan" in r.text and 'id="scores"' in r.text and "<mark>" in r.text
    assert "/-/entity/lab/" in r.text  # labs located in it link to their pages
    assert "/hardtech/paragraphs/" in r.text


def test_entity_page_of_a_lab(ds):
    r = get(ds, "/-/entity/" + quote("lab/病毒学国家重点实验室"))
    assert r.status_code == 200 and "locatedIn" in r.text and "countsToward" in r.text and "/-/entity/city/" in r.text


def test_unknown_entity_is_404(ds):
    assert get(ds, "/-/entity/" + quote("lab/不存在的实验室")).status_code == 404


def test_trace_page_draws_the_waterfall(ds):
    r = get(ds, "/-/trace/" + quote("武汉"))
    assert r.status_code == 200 and '<svg id="waterfall"' in r.text and r.text.count('class="bar') == 5
    assert "9 of 25 named" in r.text
    assert get(ds, "/-/trace/" + quote("武昌")).status_code == 404


def test_timeline_map_and_domain_charts(ds):
    timeline = get(ds, "/-/timeline")
    assert timeline.status_code == 200 and timeline.text.count('class="milestone"') > 100 and 'id="y2019"' in timeline.text
    mapped = get(ds, "/-/map")
    assert mapped.status_code == 200 and mapped.text.count('class="city"') == 36 + 15  # national cities + the global TOP15
    domains = get(ds, "/-/domains")
    assert domains.status_code == 200 and domains.text.count('<div class="chart">') == 7 and domains.text.count('class="bar"') == 70


def test_network_page_and_its_json(ds, built):
    import sqlite3

    page = get(ds, "/-/network?id=" + quote("city/武汉"))
    assert page.status_code == 200 and 'data-focus="city/武汉"' in page.text and "cytoscape.min.js" in page.text
    default = get(ds, "/-/network")
    assert default.status_code == 200 and 'data-focus="city/' in default.text  # the best-linked city
    assert get(ds, "/-/network?id=" + quote("lab/不存在的实验室")).status_code == 404
    data = get(ds, "/-/network.json?id=" + quote("city/武汉")).json()
    labs = sqlite3.connect(built / "hardtech.db").execute(
        "SELECT count(*) FROM relations r JOIN entities e ON e.id = r.subject_id WHERE r.predicate = 'locatedIn' AND r.object_id = 'city/武汉' AND e.type = 'StateKeyLab'"
    ).fetchone()[0]
    assert sum(1 for n in data["nodes"] if n["data"]["type"] == "StateKeyLab") == labs == 9
    ids = {n["data"]["id"] for n in data["nodes"]}
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in data["edges"])
    assert get(ds, "/-/network.json").status_code == 400
    assert get(ds, "/-/network.json?id=nope").status_code == 404


def test_vendored_browser_libraries_are_served_locally(ds):
    """The pages load CodeMirror and Cytoscape from the plugin's static files, never from a CDN."""
    for path in ("vendor/cytoscape/cytoscape.min.js", "vendor/codemirror/codemirror.js", "vendor/codemirror/sparql.js", "network.js", "sparql-editor.js"):
        r = get(ds, "/-/static-plugins/hardtech-kg/" + path)
        assert r.status_code == 200 and len(r.text) > 1000, path
    for path in ("/sparql", "/-/network", "/-/entity/" + quote("city/武汉")):
        text = get(ds, path).text if path != "/sparql" else asyncio.run(ds.client.get(path, headers={"Accept": "text/html"})).text
        assert "<script src=\"/-/static-plugins/hardtech-kg/" in text and "//cdn" not in text and "https://" not in text.split("<body")[0], path


def test_pages_are_datasette_pages(ds):
    """Every page extends Datasette's base template: its stylesheet and footer, the project's navigation, the plugin's CSS."""
    for path in ("/-/entity/" + quote("city/武汉"), "/-/trace/" + quote("武汉"), "/-/network", "/-/timeline", "/-/map", "/-/domains", "/-/entity/nope"):
        text = get(ds, path).text
        assert "/-/static/app.css" in text and '<footer class="ft">' in text, path
        assert 'class="crumbs hardtech-nav"' in text and "/-/static-plugins/hardtech-kg/hardtech.css" in text, path
        assert 'href="/hardtech/entities"' in text and text.count("<html") == 1, path


def test_trace_through_a_connection_is_the_cli_trace(built):
    """The trace page runs `trace_conn` on Datasette's connection; the CLI's `trace` opens its own."""
    import sqlite3

    from hardtech_kg.trace import trace, trace_conn

    conn = sqlite3.connect(f"file:{built / 'hardtech.db'}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        assert trace_conn(conn, "武汉") == trace(built, "武汉")
    finally:
        conn.close()


def test_timeline_actors_are_entity_links(ds, built):
    import re
    import sqlite3
    from urllib.parse import unquote

    ids = {r[0] for r in sqlite3.connect(built / "hardtech.db").execute("SELECT id FROM entities")}
    page = get(ds, "/-/timeline").text
    actors = re.findall(r'<span class="actor" data-type="[^"]*"><a href="/-/entity/([^"]+)">', page)
    assert len(actors) > 100 and {unquote(a) for a in actors} <= ids


def test_background_knowledge_is_shown_as_such(ds, built):
    import sqlite3

    conn = sqlite3.connect(built / "hardtech.db")
    city = conn.execute("SELECT id FROM entities WHERE type = 'City' AND json_extract(attrs, '$.background') = 1 ORDER BY id LIMIT 1").fetchone()[0]
    page = get(ds, "/-/entity/" + quote(city)).text
    assert 'id="background"' in page and "extract/gazetteers/" in page
    org = conn.execute("SELECT subject_id, source FROM relations WHERE method = 'gazetteer' ORDER BY id LIMIT 1").fetchone()
    page = get(ds, "/-/entity/" + quote(org[0])).text
    assert "background knowledge: gazetteer entry" in page and org[1] in page
