"""/sparql: the SPARQL 1.1 Protocol (query operation) over the build's graph; read-only, CORS-enabled.

The protocol's rules and the worker process are in `hardtech_kg.sparql_endpoint`;
this is the Datasette view around them: the Engine for the served build, the
HTML query editor for a browser, HEAD, CORS.
"""

from __future__ import annotations

import asyncio
import json
import re

from markupsafe import Markup, escape

from datasette.utils.asgi import Response

from hardtech_kg import sparql_endpoint as ep
from hardtech_kg.errors import QueryError
from hardtech_kg.graph.query import RESULT_LIMIT_BYTES

from .views import CORS, served_db

CORS_PREFLIGHT = {
    **CORS,
    "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
    "Access-Control-Max-Age": "3600",
}
HTML_ROW_LIMIT = 1000

_ENGINES: dict[tuple[str, float], ep.Engine] = {}


def _engine(datasette) -> ep.Engine:
    db = served_db(datasette)
    if db is None:
        raise ep.ProtocolError(503, "no graph: the served database has no hardtech.nt beside it (run `hardtech-kg build`)")
    path = db.with_suffix(".nt")
    key = (str(path), path.stat().st_mtime)
    if key not in _ENGINES:
        for old in [k for k in _ENGINES if k[0] == key[0]]:
            _ENGINES.pop(old).close()
        config = datasette.plugin_config("hardtech-kg") or {}
        _ENGINES[key] = ep.Engine(
            path,
            float(config.get("time_limit_seconds", ep.TIME_LIMIT_SECONDS)),
            int(float(config.get("result_limit_mb", RESULT_LIMIT_BYTES / 2**20)) * 2**20),
        )
    return _ENGINES[key]


def close_engines() -> None:
    for engine in list(_ENGINES.values()):
        engine.close()
    _ENGINES.clear()


async def sparql(request, datasette):
    """The protocol endpoint; OPTIONS answers CORS preflights, HEAD is GET without the body."""
    if request.method == "OPTIONS":
        return Response("", status=204, headers=dict(CORS_PREFLIGHT))
    response = await _answer(request, datasette)
    if not response.content_type.startswith("text/html"):
        response.headers.update(CORS)
    if request.method == "HEAD":
        response.body = b""
    return response


async def _answer(request, datasette):
    accept = request.headers.get("accept")
    browser = ep.wants_html(accept)
    query = None
    try:
        body = await request.post_body() if request.method == "POST" else b""
        method = "GET" if request.method == "HEAD" else request.method
        parsed = ep.parse_request(method, request.query_string, request.headers.get("content-type", ""), body)
        query = parsed.query
        if query is None:
            if browser:
                return Response.html(await _page(datasette, request, "", None, None))
            if method == "GET":
                payload, media = ep.service_description(datasette.absolute_url(request, "/sparql"), ep.graph_format(accept))
                return Response(payload, content_type=f"{media}; charset=utf-8")
            raise ep.ProtocolError(400, "no query: POST a query (application/sparql-query) or a form with query=")
        fmt = "json" if browser else ep.result_format(accept)
        form, media, payload = await asyncio.to_thread(ep.execute, _engine(datasette), query, parsed.dataset, fmt, ep.graph_format(accept))
    except QueryError as error:
        if browser:
            return Response.html(await _page(datasette, request, query or "", None, str(error)), status=error.status)
        return Response.text(str(error), status=error.status)
    if browser:
        graph = payload.decode("utf-8") if form in ("construct", "describe") else None
        results = None if graph is not None else json.loads(payload)
        return Response.html(await _page(datasette, request, query, results, None, graph))
    return Response(payload, content_type=f"{media}; charset=utf-8")


def sparql_cell(term: dict | None, prefixes: dict[str, str]) -> Markup:
    """A result cell: an IRI shortened by a prefix and linked (entities to their page), a literal with its language."""
    if term is None:
        return Markup("")
    value = term["value"]
    if term["type"] == "uri":
        short = next((f"{p}:{value[len(iri):]}" for p, iri in prefixes.items() if value.startswith(iri)), value)
        target = f"/-/entity/{value[len(prefixes['id']):]}" if value.startswith(prefixes["id"]) else value
        return Markup('<a href="{}">{}</a>').format(target, short)
    if term["type"] == "bnode":
        return escape(f"_:{value}")
    if "xml:lang" in term:
        return Markup("{}<small>@{}</small>").format(value, term["xml:lang"])
    return escape(value)


_LINE = re.compile(r"\bline (\d+)\b")


async def _page(datasette, request, query: str, results: dict | None, error: str | None, graph: str | None = None) -> str:
    from hardtech_kg.ontology.ns import PREFIXES

    line = _LINE.search(error or "")
    rows = results["results"]["bindings"] if results and "results" in results else []
    return await datasette.render_template(
        "hardtech_sparql.html",
        {
            "query": query,
            "results": results,
            "rows": rows[:HTML_ROW_LIMIT],
            "row_count": len(rows),
            "row_limit": HTML_ROW_LIMIT,
            "error": error,
            "graph": graph,
            "error_line": int(line.group(1)) if line else None,
            "examples": ep.examples(),
            "prefixes": PREFIXES,
        },
        request=request,
    )
