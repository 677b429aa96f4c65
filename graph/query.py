"""SPARQL over the built graph with pyoxigraph (rdflib's engine is measured against it in benchmarks/).

The build writes `hardtech.nt`; a query loads it into an in-memory Oxigraph
store (a fraction of a second) and runs there. The usual prefixes are
predeclared, so a query may use `ht:`, `id:`, `rdfs:`, `skos:` … without
declaring them. Results come back as W3C SPARQL 1.1 Query Results JSON, CSV or
a plain-text table.
"""

from __future__ import annotations

import csv
import io
import json
from functools import lru_cache
from pathlib import Path

import pyoxigraph

from hardtech_kg.errors import HardtechError, NotBuilt

from .to_rdf import PREFIXES


class QueryError(HardtechError):
    """A query that does not parse or cannot run; the message is the engine's."""


def prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def with_prefixes(query: str) -> str:
    """Prepend the usual prefixes that the query does not declare itself."""
    declared = {line.split()[1].rstrip(":").lower() for line in query.splitlines() if line.strip().upper().startswith("PREFIX ") and len(line.split()) > 1}
    missing = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p not in declared)
    return missing + query


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.bulk_load(path=path, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return store


def open_store(out_dir: Path) -> pyoxigraph.Store:
    path = out_dir / "hardtech.nt"
    if not path.is_file():
        raise NotBuilt(f"{path} not found: run `hardtech-kg build` first")
    return _load(str(path), path.stat().st_mtime)


def _term_json(term) -> dict:
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def select(store: pyoxigraph.Store, query: str) -> dict:
    """Run a query; return SPARQL 1.1 JSON results (SELECT or ASK)."""
    try:
        result = store.query(with_prefixes(query))
    except SyntaxError as exc:
        raise QueryError(f"malformed query: {exc}") from exc
    except OSError as exc:
        raise QueryError(str(exc)) from exc
    if isinstance(result, (bool, pyoxigraph.QueryBoolean)):
        return {"head": {}, "boolean": bool(result)}
    if isinstance(result, pyoxigraph.QuerySolutions):
        names = [v.value for v in result.variables]
        bindings = []
        for solution in result:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = _term_json(term)
            bindings.append(row)
        return {"head": {"vars": names}, "results": {"bindings": bindings}}
    raise QueryError("CONSTRUCT and DESCRIBE are answered by the /sparql endpoint; use SELECT or ASK here")


def _plain(cell: dict | None) -> str:
    return "" if cell is None else cell["value"]


def to_csv(results: dict) -> str:
    out = io.StringIO()
    if "boolean" in results:
        out.write(f"boolean\r\n{str(results['boolean']).lower()}\r\n")
        return out.getvalue()
    writer = csv.writer(out)
    names = results["head"]["vars"]
    writer.writerow(names)
    for row in results["results"]["bindings"]:
        writer.writerow([_plain(row.get(n)) for n in names])
    return out.getvalue()


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
    text = text.replace(PREFIXES["id"], "id:").replace(PREFIXES["ht"], "ht:")
    return text if len(text) <= width else text[: width - 1] + "…"


def _display_width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _display_width(text))


def to_json(results: dict) -> str:
    return json.dumps(results, ensure_ascii=False, indent=1)
