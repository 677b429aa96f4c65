"""The SPARQL 1.1 Protocol endpoint at /sparql: read-only, time-limited, any client.

Queries run in a worker process that holds the build's graph in Oxigraph; a
query past the time limit is cut off by ending the worker (a thread could not
be stopped), and a new worker takes its place. Results are negotiated by the
Accept header: SPARQL JSON, XML, CSV or TSV for SELECT/ASK; Turtle, N-Triples
or JSON-LD for CONSTRUCT/DESCRIBE; an HTML page with a query editor for a
browser. Updates are refused.
"""

from __future__ import annotations

import asyncio
import html
import json
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from xml.sax.saxutils import escape

TIME_LIMIT_SECONDS = 10.0
ROW_LIMIT = 20_000
MAX_QUERY_BYTES = 100_000

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
}


class QueryRefused(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


# --- the worker ----------------------------------------------------------------------------------

_STORE = None


def _load(path: str) -> None:
    global _STORE
    import pyoxigraph

    _STORE = pyoxigraph.Store()
    _STORE.bulk_load(path=path, format=pyoxigraph.RdfFormat.N_TRIPLES)


def _ready() -> bool:
    return _STORE is not None


def _run(query: str, kind: str, row_limit: int) -> tuple[str, bytes]:
    """Run in the worker: ("select"|"ask"|"graph", payload)."""
    import pyoxigraph

    from hardtech_kg.graph.query import _term_json, with_prefixes

    try:
        result = _STORE.query(with_prefixes(query))
    except SyntaxError as exc:
        return "error", f"malformed query: {exc}".encode()
    if isinstance(result, (bool, pyoxigraph.QueryBoolean)):
        return "json", json.dumps({"head": {}, "boolean": bool(result)}).encode()
    if isinstance(result, pyoxigraph.QuerySolutions):
        names = [v.value for v in result.variables]
        bindings = []
        for solution in result:
            if len(bindings) >= row_limit:
                return "error", f"the result has more than {row_limit} rows: add a LIMIT".encode()
            bindings.append({n: _term_json(solution[n]) for n in names if solution[n] is not None})
        return "json", json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    fmt = {"turtle": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES, "jsonld": pyoxigraph.RdfFormat.JSON_LD}[kind]
    triples = list(result)
    if len(triples) > row_limit * 5:
        return "error", f"the result has more than {row_limit * 5} triples: add a LIMIT".encode()
    return "graph", pyoxigraph.serialize(triples, format=fmt) or b""


class Engine:
    """One worker process per build; replaced when a query overruns."""

    def __init__(self, nt_path: Path, time_limit: float = TIME_LIMIT_SECONDS, row_limit: int = ROW_LIMIT):
        self.path = str(nt_path)
        self.time_limit = time_limit
        self.row_limit = row_limit
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_load, initargs=(self.path,))
        # The worker loads the graph before its first query; that start-up is not counted in the time limit.
        self.ready = pool.submit(_ready)
        return pool

    async def query(self, query: str, kind: str) -> tuple[str, bytes]:
        await asyncio.wrap_future(self.ready)
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.pool, _run, query, kind, self.row_limit)
        try:
            return await asyncio.wait_for(future, self.time_limit)
        except (asyncio.TimeoutError, BrokenProcessPool):
            self._restart()
            raise QueryRefused(503, f"the query was cut off after {self.time_limit:g} s (the time limit)") from None

    def _restart(self) -> None:
        for process in list(getattr(self.pool, "_processes", {}).values()):
            process.kill()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._start()

    def close(self) -> None:
        for process in list(getattr(self.pool, "_processes", {}).values()):
            process.kill()
        self.pool.shutdown(wait=False, cancel_futures=True)


# --- serialisation of SELECT/ASK results ---------------------------------------------------------------


def to_xml(results: dict) -> str:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    for name in results.get("head", {}).get("vars", []):
        out.append(f'<variable name="{escape(name)}"/>')
    out.append("</head>")
    if "boolean" in results:
        out.append(f"<boolean>{str(results['boolean']).lower()}</boolean>")
    else:
        out.append("<results>")
        for row in results["results"]["bindings"]:
            out.append("<result>")
            for name, term in row.items():
                out.append(f'<binding name="{escape(name)}">{_xml_term(term)}</binding>')
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out)


def _xml_term(term: dict) -> str:
    value = escape(term["value"])
    if term["type"] == "uri":
        return f"<uri>{value}</uri>"
    if term["type"] == "bnode":
        return f"<bnode>{value}</bnode>"
    if "xml:lang" in term:
        return f'<literal xml:lang="{escape(term["xml:lang"])}">{value}</literal>'
    if "datatype" in term:
        return f'<literal datatype="{escape(term["datatype"])}">{value}</literal>'
    return f"<literal>{value}</literal>"


def to_tsv(results: dict) -> str:
    if "boolean" in results:
        return f"?boolean\n{str(results['boolean']).lower()}\n"
    names = results["head"]["vars"]
    lines = ["\t".join(f"?{n}" for n in names)]
    for row in results["results"]["bindings"]:
        lines.append("\t".join(_tsv_term(row.get(n)) for n in names))
    return "\n".join(lines) + "\n"


def _tsv_term(term: dict | None) -> str:
    if term is None:
        return ""
    if term["type"] == "uri":
        return f"<{term['value']}>"
    if term["type"] == "bnode":
        return f"_:{term['value']}"
    value = '"' + term["value"].replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'
    if "xml:lang" in term:
        return f"{value}@{term['xml:lang']}"
    if "datatype" in term:
        return f"{value}^^<{term['datatype']}>"
    return value


# --- the HTML page ------------------------------------------------------------------------------------------


def examples() -> list[tuple[str, str, str]]:
    """(name, comment, query) of the named example queries in graph/queries/."""
    folder = Path(__file__).resolve().parent.parent / "graph" / "queries"
    out = []
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comment = text.splitlines()[0].lstrip("# ").strip() if text.startswith("#") else path.stem
        out.append((path.stem, comment, text))
    return out


def page(query: str, results: dict | None, error: str | None) -> str:
    from hardtech_kg.graph.to_rdf import PREFIXES
    from hardtech_kg.pages import NAV, STATIC

    options = "".join(
        f'<option value="{html.escape(q)}">{html.escape(comment)}</option>' for _, comment, q in examples()
    )
    table = ""
    if error:
        table = f'<p class="error" id="error">{html.escape(error)}</p>'
    elif results is not None and "boolean" in results:
        table = f'<p id="boolean">{str(results["boolean"]).lower()}</p>'
    elif results is not None:
        names = results["head"]["vars"]
        rows = results["results"]["bindings"]
        head = "".join(f"<th>{html.escape(n)}</th>" for n in names)
        body = "".join("<tr>" + "".join(f"<td>{_cell(r.get(n), PREFIXES)}</td>" for n in names) + "</tr>" for r in rows)
        table = f'<p id="count">{len(rows)} rows</p><table id="results"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'
    prefixes = html.escape(" ".join(f"{p}:" for p in PREFIXES))
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>SPARQL — hardtech-kg</title>
<link rel="stylesheet" href="{STATIC}vendor/codemirror/codemirror.css">
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5em; }} textarea {{ width: 100%; height: 14em; font-family: monospace; }}
table {{ border-collapse: collapse; margin-top: 1em; }} td, th {{ border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }}
.error {{ color: #a00; white-space: pre-wrap; }} .prefixes {{ color: #555; font-size: 90%; }}
.CodeMirror {{ border: 1px solid #ccc; height: 16em; font-size: 14px; }} nav a {{ margin-right: 1em; }}
</style></head><body>{NAV}
<h1>SPARQL</h1>
<p>A SPARQL 1.1 endpoint over the hardtech-kg graph (read-only). Predeclared prefixes: <span class="prefixes">{prefixes}</span></p>
<form method="get" action="/sparql" id="form">
<label>Example: <select id="examples"><option value="">…</option>{options}</select></label>
<textarea name="query" id="query" spellcheck="false">{html.escape(query)}</textarea>
<p><button type="submit" id="run">Run</button></p>
</form>
{table}
<script src="{STATIC}vendor/codemirror/codemirror.js"></script>
<script src="{STATIC}vendor/codemirror/sparql.js"></script>
<script src="{STATIC}vendor/codemirror/matchbrackets.js"></script>
<script src="{STATIC}sparql-editor.js"></script>
</body></html>"""


def _cell(term: dict | None, prefixes: dict[str, str]) -> str:
    if term is None:
        return ""
    value = term["value"]
    if term["type"] == "uri":
        short = value
        for prefix, iri in prefixes.items():
            if value.startswith(iri):
                short = f"{prefix}:{value[len(iri):]}"
                break
        target = f"/-/entity/{value[len(prefixes['id']):]}" if value.startswith(prefixes["id"]) else value
        return f'<a href="{html.escape(target)}">{html.escape(short)}</a>'
    suffix = f"@{term['xml:lang']}" if "xml:lang" in term else ""
    return html.escape(value) + (f"<small>{html.escape(suffix)}</small>" if suffix else "")
