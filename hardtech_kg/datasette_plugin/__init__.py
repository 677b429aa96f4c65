"""The project's Datasette plugin: Chinese full-text search, the /sparql endpoint and the pages under /-/.

Datasette answers `?_search=` with `MATCH escape_fts(:search)`. For a
hardtech-kg database that function is replaced by `fts_query`, which turns the
search into phrases of per-character tokens (see `hardtech_kg.fts`), so a
search for 量子 or 重点实验室 returns exactly the paragraphs that contain it.
`fts_query()` is also available in SQL for hand-written queries.

Every route is in `ROUTES`; the views are in `sparql` and `views`, and render the
templates in `templates/`, which extend Datasette's own `base.html`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from datasette import hookimpl

from hardtech_kg.fts import fts_query

from . import sparql, views

ROUTES = [
    (r"^/sparql/?$", sparql.sparql),
    (r"^/-/entity/(?P<id>.+)$", views.entity),
    (r"^/-/trace/(?P<city>[^/]+)$", views.trace),
    (r"^/-/network$", views.network),
    (r"^/-/network\.json$", views.network_json),
    (r"^/-/timeline$", views.timeline),
    (r"^/-/map$", views.map_view),
    (r"^/-/domains$", views.domains),
]

TEMPLATES = Path(__file__).resolve().parent / "templates"


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


@hookimpl
def register_routes():
    return ROUTES


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["sparql_cell"] = sparql.sparql_cell


@hookimpl
def extra_template_vars(datasette):
    """For hardtech_base.html: the plugin's static folder and the name of the served hardtech database (None if none)."""
    from hardtech_kg.pages import STATIC

    db = views.served_database(datasette)
    return {"hardtech_static": STATIC, "hardtech_database": db.name if db else None}


READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def _is_sparql(path: str) -> bool:
    return path in ("/sparql", "/sparql/")


@hookimpl
def asgi_wrapper(datasette):
    """The server is read-only: any method but GET, HEAD and OPTIONS gets 405, except POST to /sparql.

    Datasette 0.65 answers a POST to a table page with a 500 (an assertion);
    refusing writes before they reach it keeps every such request a client error.
    """

    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in READ_METHODS and not (scope["method"] == "POST" and _is_sparql(scope["path"])):
                allow = "GET, HEAD, OPTIONS, POST" if _is_sparql(scope["path"]) else "GET, HEAD, OPTIONS"
                await send({"type": "http.response.start", "status": 405, "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", allow.encode())]})
                await send({"type": "http.response.body", "body": b"405: this server is read-only"})
                return
            await app(scope, receive, send)

        return read_only

    return wrap


@hookimpl
def skip_csrf(scope):
    """SPARQL clients POST forms without a CSRF token; the endpoint changes nothing."""
    return _is_sparql(scope.get("path", ""))
