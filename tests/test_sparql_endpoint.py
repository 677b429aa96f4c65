"""/sparql: the SPARQL 1.1 Protocol in the Datasette plugin — formats, read-only, errors, time limit, real clients."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from hardtech_kg.graph.query import open_store, select, with_prefixes

ROOT = Path(__file__).resolve().parent.parent
QUERY = 'SELECT ?lab ?label WHERE { ?lab a ht:StateKeyLab ; rdfs:label ?label ; ht:locatedIn/rdfs:label "武汉"@zh } ORDER BY ?label'


@pytest.fixture(scope="module")
def ds(built, make_datasette):
    return make_datasette([], immutables=[str(built / "hardtech.db")], metadata={"plugins": {"hardtech-kg": {"time_limit_seconds": 2}}})


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


# --- issue 10: no outbound requests ------------------------------------------------------------------------


class Listener:
    """A TCP listener on loopback that records every connection it accepts."""

    def __init__(self):
        import socket
        import threading

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.accepted = []
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        import socket

        while self.running:
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            self.accepted.append(conn.recv(200))
            conn.close()

    def close(self):
        self.running = False
        self.thread.join()
        self.sock.close()


SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "select * where { service silent <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o .SERVICE<http://127.0.0.1:{port}/y>{ ?s ?p ?o } }",
    "PREFIX s: <http://127.0.0.1:{port}/>\nSELECT * WHERE {\n  # a comment\n  SeRvIcE s:z { ?s ?p ?o }\n}",
    "ASK { BIND(<http://127.0.0.1:{port}/v> AS ?e) SERVICE ?e { ?s ?p ?o } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:{port}/c> { ?s ?p ?o } }",
]


def test_service_never_reaches_the_network(ds, server):
    listener = Listener()
    try:
        for template in SERVICE_QUERIES:
            query = template.replace("{port}", str(listener.port))
            r = call(ds, "get", params={"query": query})
            assert r.status_code == 400 and "SERVICE" in r.text and "not allowed" in r.text, query
            assert str(listener.port) not in r.text and "refused" not in r.text.lower()
            status, body = _http(server, "POST", "/sparql", query.encode(), {"Content-Type": "application/sparql-query"})
            assert status == 400 and "SERVICE" in body
        # A port nobody listens on gets the same answer: nothing tells which ports are open.
        closed = call(ds, "get", params={"query": SERVICE_QUERIES[0].replace("{port}", "9")})
        open_ = call(ds, "get", params={"query": SERVICE_QUERIES[0].replace("{port}", str(listener.port))})
        assert closed.text.replace(":9", "") .split("(")[0] == open_.text.split("(")[0]
    finally:
        listener.close()
    assert listener.accepted == []


def test_the_word_service_elsewhere_is_not_refused(ds):
    query = 'SELECT ?service WHERE { BIND("SERVICE <http://x/>" AS ?service) } # SERVICE'
    r = call(ds, "get", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200 and r.json()["results"]["bindings"][0]["service"]["value"].startswith("SERVICE")


def test_the_worker_has_no_network():
    """The second wall: the worker process leaves the network before it reads a query."""
    import subprocess
    import sys

    listener = Listener()
    code = (
        "import socket, sys\n"
        "from hardtech_kg.sparql_worker import leave_network\n"
        "assert leave_network()\n"
        "s = socket.socket()\n"
        "try:\n"
        f"    s.connect(('127.0.0.1', {listener.port}))\n"
        "    print('connected')\n"
        "except OSError as e:\n"
        "    print('unreachable', e)\n"
    )
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    finally:
        listener.close()
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("unreachable") and listener.accepted == []


# --- issue 10: errors a person can act on --------------------------------------------------------------------


def test_syntax_errors_point_at_the_users_own_line_and_column(ds, built):
    from click.testing import CliRunner

    from hardtech_kg.cli import cli

    cases = {
        "SELEC * WHERE {": "line 1, column 1",
        "SELECT ?s WHERE {\n  ?s a ht:City ;\n     rdfs:label ?l .\n  FILTER(?l = 3 4)\n}": "line 4, column",
        'SELECT ?s WHERE {\n  ?s rdfs:label "武汉 .\n}': "line 2, column 17",
    }
    for query, where in cases.items():
        r = call(ds, "get", params={"query": query})
        assert r.status_code == 400 and where in r.text, (query, r.text)
        assert "line 14" not in r.text and "line 15" not in r.text
        cli_run = CliRunner().invoke(cli, ["sparql", query, "--out", str(built)])
        assert cli_run.exit_code == 1 and r.text in cli_run.output  # the same message in the CLI


def test_unknown_prefix_is_named_with_the_predeclared_ones(ds):
    r = call(ds, "get", params={"query": "SELECT * WHERE { ?s foaf:name ?n ; ex:age ?a }"})
    assert r.status_code == 400
    assert "unknown prefix ex:" in r.text and "line 1, column 36" in r.text
    assert "ht:, hts:, id:" in r.text and "\\u{" not in r.text and len(r.text.splitlines()) <= 3


def test_updates_are_refused_as_read_only_in_every_form(ds, built):
    from click.testing import CliRunner

    from hardtech_kg.cli import cli

    attempts = [
        call(ds, "get", params={"update": "CLEAR ALL"}),
        call(ds, "post", data={"update": "CLEAR ALL"}),
        call(ds, "post", content=b"DELETE WHERE { ?s ?p ?o }", headers={"Content-Type": "application/sparql-update"}),
        call(ds, "get", params={"query": "DELETE WHERE { ?s ?p ?o }"}),
        call(ds, "post", data={"query": "PREFIX x: <urn:x:> INSERT DATA { x:a x:b x:c }"}),
    ]
    for r in attempts:
        assert r.status_code == 400 and "read-only" in r.text, r.text
    assert "DELETE at line 1, column 1" in attempts[3].text
    cli_run = CliRunner().invoke(cli, ["sparql", "DELETE WHERE { ?s ?p ?o }", "--out", str(built)])
    assert cli_run.exit_code == 1 and "read-only" in cli_run.output
    # and nothing was written
    assert call(ds, "get", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_the_editor_shows_the_error_and_its_line(ds):
    r = call(ds, "get", params={"query": "SELECT * WHERE {\n ?s ?p }"}, headers={"Accept": "text/html"})
    assert r.status_code == 400 and 'id="error"' in r.text and 'data-line="2"' in r.text


# --- issue 10: results to the letter ----------------------------------------------------------------------


def test_tsv_with_a_carriage_return_round_trips_through_rdflib(ds):
    from rdflib.query import Result

    query = 'SELECT ?x ?b ?l ?d WHERE { BIND("a\\rb\\tc\\nd\\"e\\\\f" AS ?x) BIND(BNODE() AS ?b) BIND("汉"@zh AS ?l) BIND(1.5 AS ?d) }'
    r = call(ds, "get", params={"query": query}, headers={"Accept": "text/tab-separated-values"})
    assert r.status_code == 200 and "\r" not in r.text
    row = next(iter(Result.parse(io.StringIO(r.text), format="tsv")))
    assert str(row[0]) == 'a\rb\tc\nd"e\\f'
    assert row[2].language == "zh" and str(row[3]) == "1.5" and row[3].datatype.endswith("#decimal")
    assert r.text.splitlines()[1].split("\t")[1].startswith("_:")


def test_xml_keeps_a_carriage_return_and_csv_writes_blank_nodes(ds):
    query = 'SELECT ?x ?b WHERE { BIND("a\\rb" AS ?x) BIND(BNODE() AS ?b) }'
    r = call(ds, "get", params={"query": query}, headers={"Accept": "application/sparql-results+xml"})
    literal = ET.fromstring(r.content).find(".//{http://www.w3.org/2005/sparql-results#}literal")
    assert literal.text == "a\rb"
    r = call(ds, "get", params={"query": query}, headers={"Accept": "text/csv"})
    rows = list(csv.reader(io.StringIO(r.text, newline="")))
    assert rows[0] == ["x", "b"] and rows[1][0] == "a\rb" and rows[1][1].startswith("_:")


def test_accept_q_values_are_honoured(ds):
    query = "SELECT ?c WHERE { ?c a ht:City } LIMIT 1"
    cases = {
        "text/csv;q=0.2, application/sparql-results+xml": "application/sparql-results+xml",
        "application/sparql-results+xml;q=0.5, text/tab-separated-values": "text/tab-separated-values",
        "text/*;q=0.9, application/sparql-results+json;q=0.1": "text/csv",
        "*/*": "application/sparql-results+json",
        "application/sparql-results+json;q=0, text/csv;q=0.1": "text/csv",
    }
    for accept, media in cases.items():
        r = call(ds, "get", params={"query": query}, headers={"Accept": accept})
        assert r.headers["content-type"].split(";")[0] == media, accept
    construct = "CONSTRUCT { ?c a ht:City } WHERE { ?c a ht:City } LIMIT 1"
    r = call(ds, "get", params={"query": construct}, headers={"Accept": "text/turtle;q=0.1, application/rdf+xml"})
    assert r.headers["content-type"].startswith("application/rdf+xml") and len(Graph().parse(data=r.text, format="xml")) == 1


# --- issue 10: the protocol ---------------------------------------------------------------------------------


def _http(base, method, path, body=None, headers=None):
    import http.client
    from urllib.parse import urlsplit

    url = urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


def test_head_and_trailing_slash_over_http(server):
    status, body = _http(server, "HEAD", "/sparql?query=ASK%20%7B%7D")
    assert status == 200 and body == ""
    status, body = _http(server, "POST", "/sparql/", b"ASK {}", {"Content-Type": "application/sparql-query"})
    assert status == 200 and json.loads(body)["boolean"] is True
    status, body = _http(server, "GET", "/sparql/?query=ASK%20%7B%7D", headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_several_queries_and_bad_encodings_are_refused(ds):
    r = call(ds, "get", params=[("query", "ASK {}"), ("query", "SELECT * {}")])
    assert r.status_code == 400 and "2 queries" in r.text
    r = call(ds, "post", content="ASK {}".encode("utf-16"), headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert r.status_code == 415 and "UTF-8" in r.text
    r = call(ds, "post", content=b"ASK { ?s ?p \"\xff\" }", headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400 and "UTF-8" in r.text
    r = call(ds, "post", content=b"query=ASK%20%7B%20%22%FF%22%20%7D", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400 and "UTF-8" in r.text


def test_protocol_dataset_is_used_consistently_with_from(ds):
    from hardtech_kg.ontology.ns import GRAPHS

    graph = str(GRAPHS.hardtech)

    def ask(query, **params):
        r = call(ds, "get", params={"query": query, **params}, headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200, r.text
        return r.json()["boolean"]

    anything = "ASK { ?s ?p ?o }"
    assert ask(anything) is True
    assert ask(anything, **{"default-graph-uri": "urn:x:absent"}) is False
    assert ask(anything, **{"default-graph-uri": graph}) is True
    assert ask(f"ASK FROM <{graph}> {{ ?s ?p ?o }}") is True
    assert ask("ASK FROM <urn:x:absent> { ?s ?p ?o }") is False
    assert ask("ASK FROM <urn:x:absent> { ?s ?p ?o }", **{"default-graph-uri": graph}) is True  # the protocol's wins
    assert ask("ASK { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": graph}) is True
    assert ask("ASK { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": "urn:x:absent"}) is False
    assert ask(f"ASK FROM NAMED <{graph}> {{ GRAPH ?g {{ ?s ?p ?o }} }}") is True


def test_relative_iris_resolve_against_the_resource_namespace(ds):
    r = call(ds, "get", params={"query": 'ASK { <city/武汉> a ht:City ; rdfs:label "武汉"@zh }'})
    assert r.json()["boolean"] is True


def test_sparqlwrapper_as_a_client(server):
    from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery("PREFIX ht: <https://w3id.org/hardtech-kg/ontology#>\n" + QUERY)
    client.setReturnFormat(JSON)
    labels = [b["label"]["value"] for b in client.query().convert()["results"]["bindings"]]
    assert len(labels) == 9
    client.setReturnFormat(XML)
    assert len(client.query().convert().getElementsByTagName("result")) == 9
    client.setReturnFormat(CSV)
    assert len(list(csv.reader(io.StringIO(client.query().convert().decode("utf-8"))))) == 10
    client.setMethod("POST")
    client.setQuery("CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a ht:StateKeyLab ; rdfs:label ?l }")
    client.setReturnFormat(TURTLE)
    assert len(Graph().parse(data=client.query().convert(), format="turtle")) >= 40


def test_get_without_a_query_describes_the_service(ds):
    from hardtech_kg.ontology.ns import GRAPHS, RDF, SD

    r = call(ds, "get", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    service = next(g.subjects(RDF.type, SD.Service))
    assert str(service).endswith("/sparql") and (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (None, SD.name, GRAPHS.hardtech) in g
    assert call(ds, "post", content=b"default-graph-uri=x", headers={"Content-Type": "application/x-www-form-urlencoded"}).status_code == 400


def test_browser_gets_a_graph_result_in_the_page(ds):
    construct = "CONSTRUCT { ?x rdfs:label ?l } WHERE { ?x a ht:StateKeyLab ; rdfs:label ?l } LIMIT 3"
    r = call(ds, "get", params={"query": construct}, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<pre id="graph">' in r.text and "rdfs:label" in r.text
