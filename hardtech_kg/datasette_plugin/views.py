"""The plugin's pages: /-/entity/<id>, /-/trace/<city>, the network explorer, timeline, map and domain charts."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import unquote

from datasette.utils.asgi import NotFound, Response

from hardtech_kg.explore import UnknownEntity, neighbourhood

# Read-only data may be fetched from any origin (the SPARQL Protocol and network.json are used from other sites' pages).
CORS = {"Access-Control-Allow-Origin": "*"}


def served_db(datasette) -> Path | None:
    """The served database that has its graph (`.nt`) beside it, if any."""
    for db in datasette.databases.values():
        if db.path and Path(db.path).with_suffix(".nt").is_file():
            return Path(db.path)
    return None


def _db_path(datasette) -> Path:
    path = served_db(datasette)
    if path is None:
        raise NotFound("no hardtech database is served")
    return path


async def entity(request, datasette):
    """/-/entity/<id>: everything about one entity, each fact with its quote."""
    from hardtech_kg.pages import entity_page

    status, body = entity_page(_db_path(datasette), unquote(request.url_vars["id"]))
    return Response.html(body, status=status)


async def trace(request, datasette):
    """/-/trace/<city>: the score trace as a page."""
    from hardtech_kg.pages import trace_page

    status, body = trace_page(_db_path(datasette), unquote(request.url_vars["city"]))
    return Response.html(body, status=status)


async def network(request, datasette):
    """/-/network?id=<entity id>: the network explorer."""
    from hardtech_kg.pages import network_page

    status, body = network_page(_db_path(datasette), request.args.get("id") or None)
    return Response.html(body, status=status)


async def network_json(request, datasette):
    """/-/network.json?id=<entity id>: the entity's neighbourhood as Cytoscape elements."""
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

    view.__name__ = name
    view.__doc__ = f"/-/{name}"
    return view


timeline = _view("timeline")
map_view = _view("map")
domains = _view("domains")
