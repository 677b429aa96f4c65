"""/sparql: the SPARQL 1.1 Protocol in the Datasette plugin — formats, read-only, errors, time limit, real clients."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from datasette.app import Datasette
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

import hardtech_kg.datasette_plugin as plugin
from hardtech_kg.graph.query import open_store, select, with_prefixes

ROOT = Path(__file__).resolve().parent.parent
QUERY = 'SELECT ?lab ?label WHERE { ?lab a ht:StateKeyLab ; rdfs:label ?label ; ht:locatedIn/rdfs:label "武汉"@zh } ORDER BY ?label'


@pytest.fixture(scope="module")
def ds(built):
    datasette = Datasette([], immutables=[str(built / "hardtech.db")], metadata={"plugins": {"hardtech-kg": {"time_limit_seconds": 2}}})
    yield datasette
    plugin.sparql.close_engines()


def call(ds, method, **kwargs):
    return asyncio.run(getattr(ds.client, method)("/sparql", **kwargs))


def test_get_json(ds):
    r = call(ds, "get", params={"query": QUERY}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+json")
    data = r.json()
    assert data["head"]["vars"] == ["lab", "label"] and len(data["results"]["bindings"]) == 9


def test_post_query_and_form_with_xml_csv_tsv(ds):
    r = call(ds, "post", content=QUERY.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+xml"})
    root = ET.fromstring(r.text)
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 9
    r = call(ds, "post", data={"query": QUERY}, headers={"Accept": "text/csv"})
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["lab", "label"] and len(rows) == 10
    r = call(ds, "get", params={"query": QUERY}, headers={"Accept": "text/tab-separated-values"})
    assert r.text.splitlines()[0] == "?lab\t?label" and '"@zh' in r.text


def test_ask_and_construct(ds):
    r = call(ds, "get", params={"query": 'ASK { ?c a ht:City ; rdfs:label "武汉"@zh }'}, headers={"Accept": "application/sparql-results+json"})
    assert r.json() == {"head": {}, "boolean": True}
    construct = "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a ht:StateKeyLab ; rdfs:label ?l }"
    for accept, fmt in (("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        r = call(ds, "get", params={"query": construct}, headers={"Accept": accept})
        assert r.status_code == 200
        assert len(Graph().parse(data=r.text, format=fmt)) >= 40


def test_updates_are_refused(ds):
    assert call(ds, "get", params={"update": "INSERT DATA { <a:a> <a:b> <a:c> }"}).status_code == 400
    r = call(ds, "post", content=b"INSERT DATA { <a:a> <a:b> <a:c> }", headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 400 and "read-only" in r.text
    r = call(ds, "post", data={"update": "DELETE WHERE { ?s ?p ?o }"})
    assert r.status_code == 400


def test_malformed_query_gets_400_with_the_parsers_message(ds):
    r = call(ds, "get", params={"query": "SELECT WHERE {"}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 400 and "malformed query" in r.text


def test_runaway_query_is_cut_off_and_the_endpoint_recovers(ds):
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    r = call(ds, "get", params={"query": runaway}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 503 and "cut off" in r.text
    assert call(ds, "get", params={"query": QUERY}, headers={"Accept": "application/sparql-results+json"}).status_code == 200


def test_oversized_request_is_refused(ds):
    r = call(ds, "post", content=b"#" * 200_000, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413


def test_browser_gets_the_query_page(ds):
    r = call(ds, "get", params={"query": QUERY}, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and 'id="results"' in r.text and "9 rows" in r.text
    assert "/-/entity/lab/" in r.text  # IRIs link to entity pages


def test_rdflib_sparqlstore_matches_the_cli_on_the_examples(server, built):
    remote = SPARQLStore(f"{server}/sparql", returnFormat="json")
    local = open_store(built)
    for path in sorted((ROOT / "graph" / "queries").glob("*.rq")):
        text = with_prefixes(path.read_text(encoding="utf-8"))
        expected = {tuple(sorted((k, v["value"]) for k, v in b.items())) for b in select(local, text)["results"]["bindings"]}
        got = {tuple(sorted((str(k), str(v)) for k, v in row.asdict().items())) for row in remote.query(text)}
        normal = lambda rows: {tuple((k, "、".join(sorted(v.split("、")))) for k, v in r) for r in rows}  # noqa: E731
        assert normal(got) == normal(expected), path.name


def test_cli_queries_any_endpoint(server, built):
    from click.testing import CliRunner

    from hardtech_kg.cli import cli

    local = CliRunner().invoke(cli, ["sparql", QUERY, "--out", str(built), "--format", "json"], catch_exceptions=False)
    remote = CliRunner().invoke(cli, ["sparql", QUERY, "--endpoint", f"{server}/sparql", "--format", "json"], catch_exceptions=False)
    assert json.loads(local.output) == json.loads(remote.output)
    bad = CliRunner().invoke(cli, ["sparql", "SELECT WHERE {", "--endpoint", f"{server}/sparql"])
    assert bad.exit_code == 1 and "HTTP 400" in bad.output
