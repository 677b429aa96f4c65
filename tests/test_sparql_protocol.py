"""The W3C SPARQL 1.1 Protocol test manifest, run against a real `hardtech-kg serve`.

Every test of tests/w3c/sparql11-protocol/manifest.ttl is read from the
manifest (method, path, headers, body, expected status class, format and
boolean) and its requests are sent as written, over HTTP, to `/sparql/`.
Two adaptations, as the manifest's README says:

* updates: the endpoint is read-only, so each update must be refused with a
  4xx that says so, and the queries after it, which look for what it would
  have written, must find nothing;
* dataset tests (`ut:graphData`): the manifest's data files are not loaded.
  Each is run twice on the project's graph — "present": the protocol's graph
  IRIs replaced by the store's graph and the subjects by entities of one type
  from the build, where the manifest's answer must hold; "absent": the
  manifest's graph IRIs kept (not in the store), where the answer must be
  false because the protocol's dataset is used, not ignored. The query's own
  FROM is left as written (an absent graph), so "present" also shows that the
  protocol's dataset takes precedence over FROM.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import RDF
from rdflib.query import Result

from hardtech_kg.ontology.ns import GRAPHS

MANIFEST = Path(__file__).resolve().parent / "w3c" / "sparql11-protocol" / "manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HTTP = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
STATUS = Namespace("http://www.w3.org/2011/http-statusCodes#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
DATA = re.compile(r"http://kasei\.us/2009/09/sparql/data/data(\d)\.rdf")
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[str]  # "2xx", "3xx", "4xx"
    format: str | None = None  # "boolean", "tabular" or "RDF"
    boolean: bool | None = None


@dataclass
class ProtocolTest:
    name: str
    title: str
    requests: list[Request]
    dataset: bool = False
    graphs: list[str] = field(default_factory=list)


def _tests() -> list[ProtocolTest]:
    g = Graph().parse(MANIFEST, format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    out = []
    for test in Collection(g, g.value(manifest, MF.entries)):
        action = g.value(test, MF.action)
        requests = []
        for node in Collection(g, g.value(action, HTTP.requests)):
            headers = {}
            if g.value(node, HTTP.headers) is not None:
                for h in Collection(g, g.value(node, HTTP.headers)):
                    headers[str(g.value(h, HTTP.fieldName))] = str(g.value(h, HTTP.fieldValue))
            body = g.value(node, HTTP.body)
            data = None
            if body is not None:
                encoding = str(g.value(body, CNT.characterEncoding) or "UTF-8")
                data = str(g.value(body, CNT.chars)).encode(encoding)
            resp = g.value(node, HTTP.resp)
            statuses = {str(s).rsplit("StatusCode", 1)[1] for s in g.objects(resp, MF.expectedStatus)}
            boolean = g.value(resp, MF.expectedBoolean)
            fmt = g.value(resp, MF.expectedFormat)
            requests.append(
                Request(str(g.value(node, HTTP.methodName)), str(g.value(node, HTTP.absolutePath)), headers, data, statuses,
                        str(fmt) if fmt is not None else None, boolean.toPython() if boolean is not None else None)
            )
        graphs = sorted(str(g.value(d, RDFS_LABEL)) for d in g.objects(test, UT.graphData))
        out.append(ProtocolTest(str(test).rsplit("#", 1)[1], str(g.value(test, MF.name)), requests, bool(graphs), graphs))
    return out


RDFS_LABEL = Namespace("http://www.w3.org/2000/01/rdf-schema#").label
TESTS = _tests()


def test_the_manifest_is_read_whole():
    assert len(TESTS) == 34 and sum(t.dataset for t in TESTS) == 6
    assert sum(1 for t in TESTS if t.name.startswith("update_")) == 7


def _send(server: str, request: Request, path: str | None = None, body: bytes | None = None) -> tuple[int, str, bytes]:
    url = urlsplit(server)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    try:
        conn.putrequest(request.method, path or request.path, skip_accept_encoding=True)
        data = request.body if body is None else body
        for name, value in request.headers.items():
            conn.putheader(name, value)
        if data is not None:
            conn.putheader("Content-Length", str(len(data)))
        conn.endheaders(data)
        response = conn.getresponse()
        return response.status, response.headers.get("content-type", ""), response.read()
    finally:
        conn.close()


def _status_class(status: int) -> str:
    return f"{status // 100}xx"


def _read_boolean(media: str, body: bytes) -> bool:
    if "json" in media:
        return json.loads(body)["boolean"]
    if "xml" in media:
        return ET.fromstring(body).find(f"{SPARQL_RESULTS}boolean").text == "true"
    raise AssertionError(f"a boolean result in {media}")


def _check_format(fmt: str, media: str, body: bytes) -> None:
    media = media.split(";")[0].strip()
    if fmt == "boolean":
        assert media in ("application/sparql-results+json", "application/sparql-results+xml"), media
        _read_boolean(media, body)
    elif fmt == "tabular":
        kinds = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml", "text/csv": "csv", "text/tab-separated-values": "tsv"}
        assert media in kinds, media
        if kinds[media] == "csv":
            assert list(csv.reader(io.StringIO(body.decode("utf-8"))))[0] == ["value"]
        else:
            assert len(list(Result.parse(io.BytesIO(body), format=kinds[media]))) == 1
    elif fmt == "RDF":
        kinds = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml"}
        assert media in kinds, media
        Graph().parse(data=body.decode("utf-8"), format=kinds[media])


def _check(request: Request, status: int, media: str, body: bytes, boolean: bool | None) -> None:
    assert _status_class(status) in request.statuses, (status, body[:300])
    if _status_class(status) != "2xx":
        return
    if request.format:
        _check_format(request.format, media, body)
    if boolean is not None:
        assert _read_boolean(media, body) is boolean


@pytest.fixture(scope="module")
def entities(server) -> list[str]:
    """Three entities of one type from the build, to stand for the manifest's data graphs' subjects."""
    req = Request("GET", "/sparql?" + urlencode({"query": "SELECT ?c WHERE { ?c a ht:City } ORDER BY ?c LIMIT 3"}), {"Accept": "application/sparql-results+json"}, None, {"2xx"})
    status, _, body = _send(server, req)
    assert status == 200
    return [b["c"]["value"] for b in json.loads(body)["results"]["bindings"]]


def _subjects(query: str, entities: list[str]) -> str:
    """Each data graph's subject replaced by an entity, the query's FROM / FROM NAMED left as written."""
    out, pos = [], 0
    for m in re.finditer(r"<" + DATA.pattern + r">", query):
        before = query[: m.start()].rstrip()
        out.append(query[pos : m.start()])
        out.append(m.group(0) if re.search(r"FROM(\s+NAMED)?$", before, re.I) else f"<{entities[int(m.group(1)) - 1]}>")
        pos = m.end()
    return "".join(out) + query[pos:]


def _adapted(request: Request, entities: list[str], graph: str | None) -> tuple[str, bytes | None]:
    """The request with subjects mapped to entities and, if `graph`, the protocol's graph IRIs mapped to it."""
    url = urlsplit(request.path)
    params = parse_qsl(url.query, keep_blank_values=True)
    fixed = []
    for key, value in params:
        if key == "query":
            value = _subjects(value, entities)
        elif key in ("default-graph-uri", "named-graph-uri") and graph:
            value = DATA.sub(graph, value)
        fixed.append((key, value))
    path = url.path + ("?" + urlencode(fixed) if fixed else "")
    body = request.body
    if body is not None:
        body = _subjects(body.decode("utf-8"), entities).encode("utf-8")
    return path, body


@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_protocol(test: ProtocolTest, server, entities):
    if test.name.startswith("update_"):
        first, *after = test.requests
        status, _, body = _send(server, first)
        assert _status_class(status) == "4xx" and b"read-only" in body, (status, body[:300])
        for request in after:  # what the update would have written is not there
            status, media, body = _send(server, request)
            _check(request, status, media, body, False if request.boolean is not None else None)
        return
    if test.dataset:
        for graph, expected in ((str(GRAPHS.hardtech), None), (None, False)):
            for request in test.requests:
                path, body = _adapted(request, entities, graph)
                status, media, answer = _send(server, request, path, body)
                _check(request, status, media, answer, request.boolean if expected is None else expected)
        return
    for request in test.requests:
        status, media, body = _send(server, request)
        _check(request, status, media, body, request.boolean)
