"""The plugin's pages: /-/entity/<id>, /-/trace/<city>, the network explorer, timeline, map and domain charts.

Each view reads the served database through Datasette's async API (the queries
are the plain functions of `hardtech_kg.pages`, run by `Database.execute_fn` on
Datasette's read connections) and renders a template in `templates/` that
extends `hardtech_base.html`, itself Datasette's `base.html`.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

from datasette.utils.asgi import Response

from hardtech_kg import pages
from hardtech_kg.explore import UnknownEntity, neighbourhood
from hardtech_kg.trace import UnknownCity, trace_conn

# Read-only data may be fetched from any origin (the SPARQL Protocol and network.json are used from other sites' pages).
CORS = {"Access-Control-Allow-Origin": "*"}


def served_database(datasette):
    """The served `Database` that has its graph (`.nt`) beside it, if any."""
    for db in datasette.databases.values():
        if db.path and Path(db.path).with_suffix(".nt").is_file():
            return db
    return None


def served_db(datasette) -> Path | None:
    """The path of the served database that has its graph (`.nt`) beside it, if any."""
    db = served_database(datasette)
    return Path(db.path) if db else None


async def _render(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    return Response.html(await datasette.render_template(template, context, request=request), status=status)


async def _not_found(datasette, request, title: str, message: str) -> Response:
    return await _render(datasette, request, "hardtech_404.html", {"title": title, "message": message}, status=404)


async def _no_database(datasette, request) -> Response:
    return await _not_found(datasette, request, "no database", "No hardtech database is served: run `hardtech-kg build`, then `hardtech-kg serve`.")


async def entity(request, datasette):
    """/-/entity/<id>: everything about one entity, each fact with its quote."""
    db = served_database(datasette)
    if db is None:
        return await _no_database(datasette, request)
    entity_id = unquote(request.url_vars["id"])
    data = await db.execute_fn(lambda conn: pages.entity_data(conn, entity_id))
    if data is None:
        return await _not_found(datasette, request, "not found", f"No entity {entity_id}")
    return await _render(datasette, request, "hardtech_entity.html", {**data, "page_scripts": pages.NETWORK_SCRIPTS})


async def trace(request, datasette):
    """/-/trace/<city>: the score trace as a page."""
    db = served_database(datasette)
    if db is None:
        return await _no_database(datasette, request)
    city = unquote(request.url_vars["city"])
    try:
        result = await db.execute_fn(lambda conn: trace_conn(conn, city))
    except UnknownCity as exc:
        return await _not_found(datasette, request, "unknown city", str(exc))
    chart = pages.waterfall(result["dimensions"], result["composite"])
    return await _render(datasette, request, "hardtech_trace.html", {"trace": result, "waterfall": chart})


async def network(request, datasette):
    """/-/network?id=<entity id>: the network explorer (without an id: the city with the most links)."""
    db = served_database(datasette)
    if db is None:
        return await _no_database(datasette, request)
    requested = request.args.get("id") or None
    focus = await db.execute_fn(lambda conn: pages.network_focus(conn, requested))
    if focus is None:
        return await _not_found(datasette, request, "not found", f"No entity {requested}" if requested else "The graph has no entities")
    return await _render(datasette, request, "hardtech_network.html", {"focus": focus, "page_scripts": pages.NETWORK_SCRIPTS})


def _json(data: dict, status: int = 200) -> Response:
    """JSON with <, > and & as \\u escapes: the same data to a parser, never markup to anything that sniffs it."""
    body = json.dumps(data).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Response(body, status=status, headers=dict(CORS), content_type="application/json; charset=utf-8")


async def network_json(request, datasette):
    """/-/network.json?id=<entity id>: the entity's neighbourhood as Cytoscape elements."""
    entity_id = request.args.get("id")
    if not entity_id:
        return _json({"error": "pass ?id=<entity id>"}, status=400)
    db = served_database(datasette)
    if db is None:
        return _json({"error": "no hardtech database is served"}, status=404)
    try:
        return _json(await db.execute_fn(lambda conn: neighbourhood(conn, entity_id)))
    except UnknownEntity:
        return _json({"error": f"no entity {entity_id}"}, status=404)


def _view(name: str, doc: str):
    """A page of the whole build: `pages.<name>_data` rendered by `hardtech_<name>.html`."""
    fetch = getattr(pages, f"{name}_data")

    async def view(request, datasette):
        db = served_database(datasette)
        if db is None:
            return await _no_database(datasette, request)
        return await _render(datasette, request, f"hardtech_{name}.html", await db.execute_fn(fetch))

    view.__name__ = name
    view.__doc__ = doc
    return view


timeline = _view("timeline", "/-/timeline: milestones by date.")
map_view = _view("map", "/-/map: the cities of each index on a map.")
domains = _view("domains", "/-/domains: the global index's TOP lists as bar charts.")
