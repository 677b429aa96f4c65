"""The SPARQL 1.1 Protocol at /sparql: read the request, negotiate the format, run in a worker process.

Library side of the Datasette route (`datasette_plugin.sparql`): nothing here
knows Datasette. The protocol's rules (W3C SPARQL 1.1 Protocol, §2.1):

* a query by GET (`?query=`), by POST of a form (`query=`) or by POST of the
  query itself (`application/sparql-query`, UTF-8 only); exactly one query;
* the dataset from `default-graph-uri` / `named-graph-uri` (URL, or the form),
  which take precedence over the query's FROM / FROM NAMED;
* updates refused (the endpoint is read-only), SERVICE refused (no outbound
  requests), both before anything runs;
* the result format from the Accept header, q-values and wildcards included.

Queries run in a separate process (`sparql_worker`) that holds the graph; a
query past the time limit is cut off by ending that process, and a new one
takes its place. The worker is a plain child process on pipes, so stopping the
server leaves nothing behind: no pool, no semaphores, no resource tracker.
"""

from __future__ import annotations

import atexit
import json
import os
import selectors
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs

from hardtech_kg.errors import QueryError, QueryTimeout, ReadOnly
from hardtech_kg.graph import sparql as checks
from hardtech_kg.graph.query import GRAPH_FORMATS, RESULT_LIMIT_BYTES, Dataset

TIME_LIMIT_SECONDS = 10.0
MAX_QUERY_BYTES = 100_000
LOAD_LIMIT_SECONDS = 300.0

HTML = "text/html"
# Media types offered, in the server's order of preference (the first wins a tie, e.g. under */*).
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/xml": "xml",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}


class ProtocolError(QueryError):
    """A request the protocol does not allow; `status` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


# --- content negotiation -------------------------------------------------------------------------------


def _ranges(accept: str) -> list[tuple[str, float]]:
    out = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for field in fields[1:]:
            key, _, value = field.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        out.append((media, q))
    return out


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer the Accept header prefers: by q-value, the most specific range deciding; a tie goes to the earlier offer.

    None when the header accepts none of the offers (a missing header accepts all).
    """
    if not accept or not accept.strip():
        return offers[0] if offers else None
    ranges = _ranges(accept)
    best, best_q = None, 0.0
    for offer in offers:
        kind = offer.split("/")[0]
        q, specificity = 0.0, -1
        for media, mq in ranges:
            rank = 2 if media == offer else 1 if media == f"{kind}/*" else 0 if media == "*/*" else -1
            if rank > specificity:
                q, specificity = mq, rank
        if q > best_q:
            best, best_q = offer, q
    return best


def result_format(accept: str | None) -> str:
    media = negotiate(accept, list(RESULT_TYPES))
    return RESULT_TYPES[media] if media else "json"


def graph_format(accept: str | None) -> str:
    media = negotiate(accept, list(GRAPH_TYPES))
    return GRAPH_TYPES[media] if media else "turtle"


def wants_html(accept: str | None) -> bool:
    """A browser: it prefers text/html to every result type (ties go to the result types)."""
    return negotiate(accept, [*RESULT_TYPES, HTML]) == HTML


# --- the request ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProtocolRequest:
    query: str | None
    dataset: Dataset


def _media(content_type: str) -> tuple[str, dict[str, str]]:
    media, *params = [p.strip() for p in content_type.split(";")]
    pairs = {}
    for param in params:
        key, _, value = param.partition("=")
        pairs[key.strip().lower()] = value.strip().strip('"')
    return media.lower(), pairs


def _form(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request is not valid UTF-8 once percent-decoded") from None


def parse_request(method: str, query_string: str, content_type: str, body: bytes) -> ProtocolRequest:
    """The query and dataset of a protocol request; `ProtocolError` or `ReadOnly` for one the protocol refuses."""
    if len(body) > MAX_QUERY_BYTES:
        raise ProtocolError(413, f"the request is larger than {MAX_QUERY_BYTES:,} bytes")
    params = _form(query_string)
    if "update" in params:
        raise ReadOnly("the graph is read-only: SPARQL Update is not accepted")
    queries = list(params.get("query", []))
    if method == "POST":
        media, options = _media(content_type)
        if media == "application/x-www-form-urlencoded":
            try:
                form = _form(body.decode("ascii"))
            except UnicodeDecodeError:
                raise ProtocolError(400, "a form body is ASCII (percent-encoded UTF-8); this one is not") from None
            if "update" in form:
                raise ReadOnly("the graph is read-only: SPARQL Update is not accepted")
            queries += form.get("query", [])
            for key in ("default-graph-uri", "named-graph-uri"):
                params.setdefault(key, []).extend(form.get(key, []))
        elif media == "application/sparql-query":
            charset = options.get("charset", "utf-8").lower()
            if charset not in ("utf-8", "utf8"):
                raise ProtocolError(415, f"a query sent as application/sparql-query is UTF-8 (SPARQL 1.1 Protocol §2.1.3), not {options['charset']}")
            try:
                queries.append(body.decode("utf-8").removeprefix("\ufeff"))
            except UnicodeDecodeError as exc:
                raise ProtocolError(400, f"the query is not valid UTF-8 (byte {exc.start})") from None
        elif media == "application/sparql-update":
            raise ReadOnly("the graph is read-only: SPARQL Update is not accepted")
        elif not media:
            raise ProtocolError(415, "the request has no Content-Type: send application/sparql-query or application/x-www-form-urlencoded")
        else:
            raise ProtocolError(415, f"unsupported Content-Type {media}: send application/sparql-query or application/x-www-form-urlencoded")
    if len(queries) > 1:
        raise ProtocolError(400, f"the request has {len(queries)} queries: send exactly one")
    query = queries[0] if queries else None
    if query is not None and len(query.encode("utf-8")) > MAX_QUERY_BYTES:
        raise ProtocolError(413, f"the query is longer than {MAX_QUERY_BYTES:,} bytes")
    dataset = Dataset(tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
    return ProtocolRequest(query, dataset)


# --- the worker ----------------------------------------------------------------------------------------


class Engine:
    """One worker process per served graph; requests go one at a time; a query past the time limit ends it."""

    _live: "set[Engine]" = set()

    def __init__(self, nt_path: Path, time_limit: float = TIME_LIMIT_SECONDS, result_limit: int = RESULT_LIMIT_BYTES):
        self.path = str(nt_path)
        self.time_limit = time_limit
        self.result_limit = result_limit
        self._lock = threading.Lock()
        self._proc: subprocess.Popen | None = None
        self._buffer = bytearray()
        self._ready = False
        Engine._live.add(self)
        self._start()

    def _start(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "hardtech_kg.sparql_worker", self.path, str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
        )
        self._buffer.clear()
        self._ready = False

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()

    def _read(self, until: float, size: int | None = None) -> bytes:
        """A line (size None) or `size` bytes from the worker, before the monotonic deadline `until`."""
        fd = self._proc.stdout.fileno()
        with selectors.DefaultSelector() as selector:
            selector.register(fd, selectors.EVENT_READ)
            while True:
                if size is None and b"\n" in self._buffer:
                    cut = self._buffer.index(b"\n") + 1
                    break
                if size is not None and len(self._buffer) >= size:
                    cut = size
                    break
                remaining = until - time.monotonic()
                if remaining <= 0 or not selector.select(remaining):
                    raise TimeoutError
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    raise EOFError
                self._buffer += chunk
        data = bytes(self._buffer[:cut])
        del self._buffer[:cut]
        return data

    def call(self, request: dict) -> tuple[dict, bytes]:
        """Send one request to the worker and read its answer (blocking; run it in a thread)."""
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._stop()
                self._start()
            try:
                if not self._ready:  # loading the graph is not counted in the time limit
                    self._read(time.monotonic() + LOAD_LIMIT_SECONDS)
                    self._ready = True
                self._proc.stdin.write(json.dumps({**request, "limit": self.result_limit}).encode() + b"\n")
                self._proc.stdin.flush()
                deadline = time.monotonic() + self.time_limit
                header = json.loads(self._read(deadline))
                payload = self._read(deadline, header["length"]) if header["length"] else b""
                return header, payload
            except TimeoutError:
                self._stop()
                self._start()
                raise QueryTimeout(f"the query was cut off after {self.time_limit:g} s (the time limit): narrow it or add a LIMIT") from None
            except (EOFError, BrokenPipeError, OSError, ValueError):
                self._stop()
                self._start()
                raise QueryError("the query engine stopped while answering; it has been restarted") from None

    def close(self) -> None:
        with self._lock:
            self._stop()
        Engine._live.discard(self)

    @classmethod
    def close_all(cls) -> None:
        for engine in list(cls._live):
            engine.close()


atexit.register(Engine.close_all)


def execute(engine: Engine, query: str, dataset: Dataset, fmt: str, graph_fmt: str) -> tuple[str, str, bytes]:
    """(form, media type, payload) of a query, checked here first so that refusals never reach the worker."""
    checked = checks.check(query)
    header, payload = engine.call({"query": query, "default": list(dataset.default), "named": list(dataset.named), "format": fmt, "graph_format": graph_fmt})
    if not header["ok"]:
        raise ProtocolError(header["status"], header["message"])
    return checked.form, header["media"], payload


def service_description(endpoint: str, fmt: str) -> tuple[bytes, str]:
    """The SPARQL 1.1 Service Description of the endpoint (what GET /sparql without a query answers)."""
    from rdflib import BNode, Graph, URIRef

    from hardtech_kg.graph.query import GRAPH
    from hardtech_kg.ontology.ns import FORMATS, RDF, SD, bind

    g = bind(Graph())
    g.bind("sd", str(SD))
    service, dataset, named = URIRef(endpoint), BNode("dataset"), BNode("graph")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    for term in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "RDF_XML", "JSON-LD"):
        g.add((service, SD.resultFormat, FORMATS[term]))
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.namedGraph, named))
    g.add((named, RDF.type, SD.NamedGraph))
    g.add((named, SD.name, URIRef(GRAPH)))
    rdflib_format = {"turtle": "turtle", "nt": "nt", "rdfxml": "xml", "jsonld": "json-ld"}[fmt]
    return g.serialize(format=rdflib_format, encoding="utf-8"), GRAPH_FORMATS[fmt][1]


def examples() -> list[tuple[str, str, str]]:
    """(name, comment, query) of the named example queries in graph/queries/."""
    from hardtech_kg import graph

    folder = Path(graph.__file__).resolve().parent / "queries"
    out = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comment = text.splitlines()[0].lstrip("# ").strip() if text.startswith("#") else path.stem
        out.append((path.stem, comment, text))
    return out
