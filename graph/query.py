"""SPARQL over the built graph with Oxigraph: one way to run a query for the CLI and for /sparql.

The build's graph is loaded from `hardtech.nt` into the named graph
`GRAPHS.hardtech`; a query that names no dataset sees it as its default graph,
`FROM`/`FROM NAMED` and the protocol's `default-graph-uri`/`named-graph-uri`
choose otherwise (the protocol's take precedence), and a graph IRI that is not
in the store is empty. The usual prefixes are predeclared (passed to the parser,
never pasted in front of the query, so error positions are the user's own);
relative IRIs resolve against the resource namespace (`<city/武汉>`).

Results are written by Oxigraph's own serialisers, the W3C formats to the
letter: SPARQL Results JSON, XML, CSV and TSV; Turtle, N-Triples, RDF/XML and
JSON-LD for graphs. A plain-text table is the CLI's own.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

import pyoxigraph

from hardtech_kg.errors import NotBuilt, QueryError, ResultTooLarge
from hardtech_kg.ontology.ns import GRAPHS, ID

from . import sparql
from hardtech_kg.ontology.ns import PREFIXES

GRAPH = str(GRAPHS.hardtech)
BASE_IRI = str(ID)
RESULT_LIMIT_BYTES = 64 * 2**20

# name -> (Oxigraph format, media type); the first is the default.
RESULT_FORMATS = {
    "json": (pyoxigraph.QueryResultsFormat.JSON, "application/sparql-results+json"),
    "xml": (pyoxigraph.QueryResultsFormat.XML, "application/sparql-results+xml"),
    "csv": (pyoxigraph.QueryResultsFormat.CSV, "text/csv"),
    "tsv": (pyoxigraph.QueryResultsFormat.TSV, "text/tab-separated-values"),
}
GRAPH_FORMATS = {
    "turtle": (pyoxigraph.RdfFormat.TURTLE, "text/turtle"),
    "nt": (pyoxigraph.RdfFormat.N_TRIPLES, "application/n-triples"),
    "rdfxml": (pyoxigraph.RdfFormat.RDF_XML, "application/rdf+xml"),
    "jsonld": (pyoxigraph.RdfFormat.JSON_LD, "application/ld+json"),
}

__all__ = ["GRAPH", "QueryError", "Dataset", "Store", "open_store", "run", "serialize", "select", "answer", "with_prefixes"]


@dataclass(frozen=True)
class Dataset:
    """The protocol's RDF dataset (`default-graph-uri`, `named-graph-uri`); None where the request gives none."""

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.default or self.named)


class Store:
    """The build's graph in an in-memory Oxigraph store, as the named graph `GRAPH`."""

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.oxigraph = store

    @classmethod
    def load(cls, source: str | Path | BinaryIO) -> "Store":
        store = pyoxigraph.Store()
        if isinstance(source, (str, Path)):
            store.bulk_load(path=str(source), format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.NamedNode(GRAPH))
        else:
            store.bulk_load(source, format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.NamedNode(GRAPH))
        return cls(store)


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> Store:
    return Store.load(path)


def open_store(out_dir: Path) -> Store:
    path = out_dir / "hardtech.nt"
    if not path.is_file():
        raise NotBuilt(f"{path} not found: run `hardtech-kg build` first")
    return _load(str(path), path.stat().st_mtime)


def run(store: Store, query: str, dataset: Dataset | None = None) -> tuple[str, object]:
    """Check and run a query: (form, Oxigraph result). Raises `QueryError` with a message a person can act on."""
    checked = sparql.check(query)
    options: dict = {"prefixes": PREFIXES, "base_iri": BASE_IRI}
    if dataset:
        options["default_graph"] = [pyoxigraph.NamedNode(g) for g in dataset.default]
        options["named_graphs"] = [pyoxigraph.NamedNode(g) for g in dataset.named]
    elif not checked.names_dataset:
        options["default_graph"] = [pyoxigraph.NamedNode(GRAPH)]
    try:
        return checked.form, store.oxigraph.query(query, **options)
    except SyntaxError as exc:
        raise sparql.explain(query, str(exc), PREFIXES) from None
    except ValueError as exc:  # an IRI of the protocol's dataset that is not an IRI
        raise QueryError(f"malformed request: {exc}") from None
    except OSError as exc:
        raise QueryError(f"the query could not run: {exc}") from None


class _Bounded:
    """A write-only buffer that refuses to grow past a limit (the result is cut off, not the server)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge(f"the result is larger than {self.limit // 2**20} MB: add a LIMIT or ask for fewer columns")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def getvalue(self) -> bytes:
        return b"".join(self.parts)


# XML 1.0 can carry a carriage return only as a character reference (a raw one reads back as a line feed),
# and cannot carry the other C0 controls at all.
_XML_FORBIDDEN = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def serialize(form: str, result, fmt: str, limit: int = RESULT_LIMIT_BYTES) -> tuple[bytes, str]:
    """(bytes, media type) of a result in a format of its kind (RESULT_FORMATS or GRAPH_FORMATS)."""
    out = _Bounded(limit)
    if form in ("construct", "describe"):
        rdf_format, media = GRAPH_FORMATS[fmt]
        prefixes = PREFIXES if fmt in ("turtle", "rdfxml") else None
        pyoxigraph.serialize(result, out, rdf_format, prefixes=prefixes) if prefixes else pyoxigraph.serialize(result, out, rdf_format)
        return out.getvalue(), media
    results_format, media = RESULT_FORMATS[fmt]
    result.serialize(out, results_format)
    payload = out.getvalue()
    if fmt == "xml":
        if _XML_FORBIDDEN.search(payload):
            raise QueryError("the result holds control characters that XML 1.0 cannot carry: ask for JSON, CSV or TSV")
        payload = payload.replace(b"\r", b"&#13;")
    return payload, media


def answer(store: Store, request: dict) -> tuple[dict, bytes]:
    """One request of the /sparql worker: run, serialise; errors as a header with status and message."""
    dataset = Dataset(tuple(request.get("default") or ()), tuple(request.get("named") or ()))
    try:
        form, result = run(store, request["query"], dataset)
        fmt = request["graph_format"] if form in ("construct", "describe") else request["format"]
        payload, media = serialize(form, result, fmt, request.get("limit", RESULT_LIMIT_BYTES))
    except QueryError as exc:
        return {"ok": False, "status": exc.status, "message": str(exc)}, b""
    return {"ok": True, "form": form, "media": media}, payload


def select(store: Store, query: str) -> dict:
    """Run a SELECT or ASK query; SPARQL 1.1 Results JSON as a dict."""
    form, result = run(store, query)
    if form not in ("select", "ask"):
        raise QueryError("this returns a graph: ask for --format turtle, nt, rdfxml or jsonld")
    return json.loads(serialize(form, result, "json")[0])


def with_prefixes(query: str) -> str:
    """The query for an endpoint that does not predeclare the project's prefixes: the used ones declared on line 1."""
    return sparql.missing_prologue(query, PREFIXES) + query


# --- the CLI's table -------------------------------------------------------------------------------------


def _plain(cell: dict | None) -> str:
    if cell is None:
        return ""
    return f"_:{cell['value']}" if cell["type"] == "bnode" else cell["value"]


def to_table(results: dict, width: int = 60) -> str:
    if "boolean" in results:
        return str(results["boolean"]).lower()
    names = results["head"]["vars"]
    rows = [[_short(_plain(r.get(n)), width) for n in names] for r in results["results"]["bindings"]]
    widths = [max([_display_width(n)] + [_display_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = [" | ".join(_pad(n, w) for n, w in zip(names, widths)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths)) for r in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines)


def _short(text: str, width: int) -> str:
    text = " ".join(text.replace(PREFIXES["id"], "id:").replace(PREFIXES["ht"], "ht:").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _display_width(text))


def to_json(results: dict) -> str:
    return json.dumps(results, ensure_ascii=False, indent=1)

