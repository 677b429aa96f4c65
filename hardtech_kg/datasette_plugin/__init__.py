"""The project's Datasette plugin: Chinese full-text search and the /sparql endpoint.

Datasette answers `?_search=` with `MATCH escape_fts(:search)`. For a
hardtech-kg database that function is replaced by `fts_query`, which turns the
search into phrases of per-character tokens (see `hardtech_kg.fts`), so a
search for 量子 or 重点实验室 returns exactly the paragraphs that contain it.
`fts_query()` is also available in SQL for hand-written queries.
"""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import parse_qs

from datasette import hookimpl
from datasette.utils.asgi import Response

from hardtech_kg import sparql_endpoint as ep
from hardtech_kg.fts import fts_query


def _is_hardtech(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("select 1 from sqlite_master where type = 'table' and name = '_hardtech'").fetchone() is not None
    except sqlite3.Error:
        return False


@hookimpl(trylast=True)
def prepare_connection(conn: sqlite3.Connection) -> None:
    # trylast: run after Datasette's own prepare_connection, which defines escape_fts.
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    if _is_hardtech(conn):
        conn.create_function("escape_fts", 1, fts_query, deterministic=True)


# --- /sparql ------------------------------------------------------------------------------------------

_ENGINES: dict[tuple[str, float], ep.Engine] = {}


def _served_db(datasette) -> Path | None:
    """The served database that has its graph (`.nt`) beside it, if any."""
    for db in datasette.databases.values():
        if db.path and Path(db.path).with_suffix(".nt").is_file():
            return Path(db.path)
    return None


def _graph_file(datasette) -> Path:
    path = _served_db(datasette)
    if path is None:
        raise ep.QueryRefused(503, "no graph: the served database has no hardtech.nt beside it (run `hardtech-kg build`)")
    return path.with_suffix(".nt")


def _engine(datasette) -> ep.Engine:
    path = _graph_file(datasette)
    key = (str(path), path.stat().st_mtime)
    if key not in _ENGINES:
        for old in [k for k in _ENGINES if k[0] == key[0]]:
            _ENGINES.pop(old).close()
        plugin = (datasette.plugin_config("hardtech-kg") or {})
        _ENGINES[key] = ep.Engine(path, float(plugin.get("time_limit_seconds", ep.TIME_LIMIT_SECONDS)), int(plugin.get("row_limit", ep.ROW_LIMIT)))
    return _ENGINES[key]


def _accepted(request, table: dict[str, str]) -> str | None:
    accept = request.headers.get("accept", "")
    for part in accept.split(","):
        media = part.split(";")[0].strip().lower()
        if media in table:
            return table[media]
    return None


def _wants_html(request) -> bool:
    """A browser: text/html comes before any SPARQL result type in its Accept header."""
    media = [part.split(";")[0].strip().lower() for part in request.headers.get("accept", "").split(",")]
    if "text/html" not in media:
        return False
    first_result = next((k for k, m in enumerate(media) if m in ep.RESULT_TYPES), len(media))
    return media.index("text/html") < first_result


async def _read_query(request) -> str | None:
    if "update" in request.args:
        raise ep.QueryRefused(400, "SPARQL Update is not accepted: this endpoint is read-only")
    if request.method == "GET":
        return request.args.get("query")
    if request.method != "POST":
        raise ep.QueryRefused(405, "use GET or POST")
    body = await request.post_body()
    if len(body) > ep.MAX_QUERY_BYTES:
        raise ep.QueryRefused(413, f"the request is larger than {ep.MAX_QUERY_BYTES} bytes")
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/sparql-query":
        return body.decode("utf-8")
    if content_type == "application/sparql-update":
        raise ep.QueryRefused(400, "SPARQL Update is not accepted: this endpoint is read-only")
    if content_type == "application/x-www-form-urlencoded":
        form = parse_qs(body.decode("utf-8"))
        if "update" in form:
            raise ep.QueryRefused(400, "SPARQL Update is not accepted: this endpoint is read-only")
        return (form.get("query") or [None])[0]
    raise ep.QueryRefused(415, f"unsupported content type {content_type!r}: send application/sparql-query or a form")


# Read-only data may be fetched from any origin (the SPARQL Protocol is used from other sites' pages).
CORS = {"Access-Control-Allow-Origin": "*"}
CORS_PREFLIGHT = {
    **CORS,
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
    "Access-Control-Max-Age": "3600",
}


async def sparql(request, datasette):
    """The SPARQL 1.1 Protocol (query operation) over the build's graph; CORS-enabled, read-only."""
    if request.method == "OPTIONS":
        return Response("", status=204, headers=dict(CORS_PREFLIGHT))
    response = await _sparql(request, datasette)
    if not response.content_type.startswith("text/html"):
        response.headers.update(CORS)
    return response


async def _sparql(request, datasette):
    browser = _wants_html(request)
    try:
        query = await _read_query(request)
        if query is None:
            if browser:
                return Response.html(ep.page("", None, None))
            raise ep.QueryRefused(400, "no query: pass ?query= or POST a query")
        if len(query.encode("utf-8")) > ep.MAX_QUERY_BYTES:
            raise ep.QueryRefused(413, f"the query is longer than {ep.MAX_QUERY_BYTES} bytes")
        graph_format = _accepted(request, ep.GRAPH_TYPES) or "turtle"
        status, payload = await _engine(datasette).query(query, graph_format)
        if status == "error":
            raise ep.QueryRefused(400, payload.decode("utf-8"))
    except ep.QueryRefused as refused:
        if browser:
            return Response.html(ep.page(query if "query" in locals() and query else "", None, str(refused)), status=refused.status)
        return Response.text(str(refused), status=refused.status)
    if status == "graph":
        media = {"turtle": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json"}[graph_format]
        return Response(payload.decode("utf-8"), content_type=f"{media}; charset=utf-8")
    fmt = "html" if browser else _accepted(request, ep.RESULT_TYPES) or "json"
    if fmt == "json":  # the worker's bytes are already SPARQL JSON: no decode and re-encode
        return Response(payload, content_type="application/sparql-results+json; charset=utf-8")
    results = json.loads(payload)
    if browser:
        return Response.html(ep.page(query, results, None))
    if fmt == "xml":
        return Response(ep.to_xml(results), content_type="application/sparql-results+xml; charset=utf-8")
    if fmt == "csv":
        from hardtech_kg.graph.query import to_csv

        return Response(to_csv(results), content_type="text/csv; charset=utf-8")
    return Response(ep.to_tsv(results), content_type="text/tab-separated-values; charset=utf-8")  # the one type left


def _db_path(datasette) -> Path:
    path = _served_db(datasette)
    if path is None:
        raise ep.QueryRefused(503, "no hardtech database is served")
    return path


async def entity(request, datasette):
    """/-/entity/<id>: everything about one entity, each fact with its quote."""
    from hardtech_kg.pages import entity_page

    from urllib.parse import unquote

    status, body = entity_page(_db_path(datasette), unquote(request.url_vars["id"]))
    return Response.html(body, status=status)


async def trace_view(request, datasette):
    """/-/trace/<city>: the score trace as a page."""
    from urllib.parse import unquote

    from hardtech_kg.pages import trace_page

    status, body = trace_page(_db_path(datasette), unquote(request.url_vars["city"]))
    return Response.html(body, status=status)


async def network_view(request, datasette):
    """/-/network?id=<entity id>: the network explorer."""
    from hardtech_kg.pages import network_page

    status, body = network_page(_db_path(datasette), request.args.get("id") or None)
    return Response.html(body, status=status)


async def network_json(request, datasette):
    """/-/network.json?id=<entity id>: the entity's neighbourhood as Cytoscape elements."""
    from hardtech_kg.explore import UnknownEntity, neighbourhood

    entity_id = request.args.get("id")
    if not entity_id:
        return Response.json({"error": "pass ?id=<entity id>"}, status=400)
    conn = sqlite3.connect(f"file:{_db_path(datasette)}?mode=ro", uri=True)
    try:
        return Response.json(neighbourhood(conn, entity_id), headers=dict(CORS))
    except UnknownEntity:
        return Response.json({"error": f"no entity {entity_id}"}, status=404, headers=dict(CORS))
    finally:
        conn.close()


def _view(name):
    async def view(request, datasette):
        from hardtech_kg import pages

        status, body = getattr(pages, f"{name}_page")(_db_path(datasette))
        return Response.html(body, status=status)

    return view


@hookimpl
def register_routes():
    return [
        (r"^/sparql$", sparql),
        (r"^/-/entity/(?P<id>.+)$", entity),
        (r"^/-/trace/(?P<city>[^/]+)$", trace_view),
        (r"^/-/network$", network_view),
        (r"^/-/network\.json$", network_json),
        (r"^/-/timeline$", _view("timeline")),
        (r"^/-/map$", _view("map")),
        (r"^/-/domains$", _view("domains")),
    ]


READ_METHODS = {"GET", "HEAD", "OPTIONS"}


@hookimpl
def asgi_wrapper(datasette):
    """The server is read-only: any method but GET, HEAD and OPTIONS gets 405, except POST to /sparql.

    Datasette 0.65 answers a POST to a table page with a 500 (an assertion);
    refusing writes before they reach it keeps every such request a client error.
    """

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in READ_METHODS and not (scope["method"] == "POST" and scope["path"] == "/sparql"):
                allow = "GET, HEAD, OPTIONS, POST" if scope["path"] == "/sparql" else "GET, HEAD, OPTIONS"
                await send({"type": "http.response.start", "status": 405, "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", allow.encode())]})
                await send({"type": "http.response.body", "body": b"405: this server is read-only"})
                return
            await app(scope, receive, send)

        return read_only

    return wrap


@hookimpl
def skip_csrf(scope):
    """SPARQL clients POST forms without a CSRF token; the endpoint changes nothing."""
    return scope.get("path") == "/sparql"
