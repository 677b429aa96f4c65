"""The data of the plugin's pages: /-/entity/<id>, /-/trace/<city>, the network explorer, timeline, map and domains.

Each function takes an open connection to a built database (rows as
`sqlite3.Row`, as Datasette's connections give them) and returns plain data:
the views in `hardtech_kg.datasette_plugin.views` run them through
`Database.execute_fn` and render them with the plugin's Jinja templates, whose
autoescaping escapes every value from the corpus. Charts are described here as
numbers and strings (positions, sizes, titles); the templates draw the SVG.
Every fact shows the quote it rests on and links to its paragraph.
"""

from __future__ import annotations

import json
import sqlite3

# Datasette serves a plugin package's static/ folder under its distribution name.
STATIC = "/-/static-plugins/hardtech-kg/"

# The scripts of a page that draws a network (static/network.js on the vendored Cytoscape).
NETWORK_SCRIPTS = ("vendor/cytoscape/cytoscape.min.js", "network.js")

COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759")


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone() is not None


def quote_at(conn: sqlite3.Connection, document_id: str | None, start: int | None, end: int | None) -> dict | None:
    """The paragraph around a span, cut to 40 characters either side: {paragraph, before, mark, after}."""
    if start is None or end is None:
        return None
    row = conn.execute(
        "SELECT id, start, text FROM paragraphs WHERE document_id = ? AND start <= ? AND ? <= end ORDER BY start DESC LIMIT 1",
        [document_id, start, start],
    ).fetchone()
    if row is None:
        return None
    text = row["text"]
    a, b = start - row["start"], min(end - row["start"], len(text))
    return {"paragraph": row["id"], "before": text[max(0, a - 40) : a], "mark": text[a:b], "after": text[b : b + 40]}


def entity_data(conn: sqlite3.Connection, entity_id: str) -> dict | None:
    """Everything about one entity (None if there is none): scores, facts, incoming links, co-mentions, mentions."""
    entity = conn.execute("SELECT id, type, label, label_en, aliases, iri, attrs FROM entities WHERE id = ?", [entity_id]).fetchone()
    if entity is None:
        return None
    attrs = json.loads(entity["attrs"] or "{}")
    scores = [
        {
            "index": o["dataset_id"].split("-")[-1],
            "component_id": o["component_id"],
            "component": o["component_label"] or o["component"],
            "value": o["value_text"],
            "rank": o["rank"],
            "status": o["status"],
            "quote": quote_at(conn, o["document_id"], o["start"], o["end"]),
        }
        for o in conn.execute(
            """SELECT o.*, c.label AS component_label FROM observations o LEFT JOIN entities c ON c.id = o.component_id
               WHERE o.city_id = ? ORDER BY o.dataset_id, o.component""",
            [entity_id],
        )
    ]
    facts = [
        {
            "predicate": f["predicate"],
            "target_id": f["object_id"],
            "target": (f["object_label"] or f["object_id"]) if f["object_id"] else f["object_value"],
            "method": f["method"],
            "quote": quote_at(conn, f["document_id"], f["start"], f["end"]),
            "source": _source(f),
        }
        for f in conn.execute(
            """SELECT r.*, e.label AS object_label FROM relations r LEFT JOIN entities e ON e.id = r.object_id
               WHERE r.subject_id = ? AND r.predicate != 'coMentionedWith' ORDER BY r.predicate, r.id""",
            [entity_id],
        )
    ]
    incoming = [
        {
            "subject_id": f["subject_id"],
            "subject": f["subject_label"] or f["subject_id"],
            "predicate": f["predicate"],
            "quote": quote_at(conn, f["document_id"], f["start"], f["end"]),
            "source": _source(f),
        }
        for f in conn.execute(
            """SELECT r.*, e.label AS subject_label FROM relations r LEFT JOIN entities e ON e.id = r.subject_id
               WHERE r.object_id = ? AND r.predicate != 'coMentionedWith' ORDER BY r.predicate, r.subject_id LIMIT 300""",
            [entity_id],
        )
    ]
    neighbours = [
        {"id": n["other"], "label": n["label"] or n["other"], "count": n["count"]}
        for n in conn.execute(
            """SELECT n.other, e.label, n.count FROM (
                 SELECT CASE WHEN subject_id = :id THEN object_id ELSE subject_id END AS other, count FROM relations
                 WHERE predicate = 'coMentionedWith' AND (subject_id = :id OR object_id = :id) ORDER BY count DESC LIMIT 20
               ) n LEFT JOIN entities e ON e.id = n.other""",
            {"id": entity_id},
        )
    ]
    metrics = None
    if _has_table(conn, "graph_metrics"):
        row = conn.execute("SELECT degree, betweenness, community FROM graph_metrics WHERE entity_id = ?", [entity_id]).fetchone()
        metrics = dict(row) if row else None
    mentions = [
        quote_at(conn, m["document_id"], m["start"], m["end"])
        for m in conn.execute("SELECT document_id, start, end FROM mentions WHERE entity_id = ? ORDER BY start LIMIT 50", [entity_id])
    ]
    return {
        "entity": dict(entity),
        "background": attrs.get("source") if attrs.get("background") else None,
        "aliases": json.loads(entity["aliases"] or "[]"),
        "scores": scores,
        "facts": facts,
        "incoming": incoming,
        "neighbours": neighbours,
        "metrics": metrics,
        "mentions": [m for m in mentions if m],
    }


def _source(row: sqlite3.Row) -> str | None:
    """The gazetteer entry a background fact rests on (list#key), None for a fact read from the text."""
    return row["source"] if "source" in row.keys() else None


def network_focus(conn: sqlite3.Connection, focus: str | None) -> dict | None:
    """Where the network explorer starts: the given entity, else the city with the most links; None if there is none."""
    if focus is None:
        row = conn.execute(
            """SELECT e.id, e.label FROM entities e JOIN relations r ON r.subject_id = e.id OR r.object_id = e.id
               WHERE e.type = 'City' GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"""
        ).fetchone()
    else:
        row = conn.execute("SELECT id, label FROM entities WHERE id = ?", [focus]).fetchone()
    return {"id": row["id"], "label": row["label"] or row["id"]} if row else None


def waterfall(dimensions: list[dict], composite: dict) -> dict:
    """How the weighted dimension scores add up to the composite: the bars of a waterfall chart, in SVG units."""
    width, bar, gap, height = 640, 60, 30, 260
    total = sum(d["contribution"] or 0 for d in dimensions) or 1
    scale = (height - 40) / max(total, composite.get("value") or 0, 1)
    x, running, bars = 20, 0.0, []
    for k, d in enumerate(dimensions):
        value = d["contribution"] or 0
        bars.append(
            {
                "class": "bar",
                "x": x,
                "y": round(height - 20 - (running + value) * scale, 1),
                "height": round(value * scale, 1),
                "fill": COLOURS[k % len(COLOURS)],
                "title": f"{d['name']}: {value}",
                "label": d["name"][-4:],
            }
        )
        running += value
        x += bar + gap
    top = round(height - 20 - running * scale, 1)
    bars.append({"class": "bar total", "x": x, "y": top, "height": round(running * scale, 1), "fill": "#333", "title": f"composite {running:.4f}", "label": "composite"})
    return {"width": width, "height": height, "bar": bar, "bars": bars, "sum": f"{running:.2f}", "sum_y": round(top - 4, 1)}


def timeline_data(conn: sqlite3.Connection) -> dict:
    """Milestones by date (day, month, year, decade or century precision) with their actors as entities, grouped by year."""
    rows = conn.execute(
        """SELECT e.id, e.label, d.object_value AS date, json_extract(e.attrs, '$.precision') AS precision
           FROM entities e JOIN relations d ON d.subject_id = e.id AND d.predicate = 'date'
           WHERE e.type = 'Milestone' ORDER BY d.object_value, e.id"""
    ).fetchall()
    actors: dict[str, list] = {}
    for a in conn.execute(
        """SELECT i.subject_id, a.id, a.label, a.type FROM relations i JOIN entities a ON a.id = i.object_id
           JOIN entities m ON m.id = i.subject_id WHERE i.predicate = 'involves' AND m.type = 'Milestone' ORDER BY i.id"""
    ):
        if all(x["id"] != a["id"] for x in actors.get(a["subject_id"], ())):
            actors.setdefault(a["subject_id"], []).append({"id": a["id"], "label": a["label"], "type": a["type"]})
    years: dict[str, list] = {}
    for r in rows:
        years.setdefault(r["date"][:4], []).append({**dict(r), "actors": actors.get(r["id"], [])})
    return {"count": len(rows), "years": [{"year": year, "milestones": items} for year, items in sorted(years.items())]}


def map_data(conn: sqlite3.Connection) -> dict:
    """Cities with an index score placed by their coordinates (equirectangular), one map per index."""
    rows = conn.execute(
        """SELECT e.id, e.label, e.lat, e.lon, o.dataset_id, max(o.value) AS value
           FROM observations o JOIN entities e ON e.id = o.city_id
           WHERE o.component = 'composite' AND e.lat IS NOT NULL
           GROUP BY e.id, o.dataset_id ORDER BY o.dataset_id, value DESC"""
    ).fetchall()
    w, h, pad = 900, 480, 30
    maps = []
    for dataset in sorted({r["dataset_id"] for r in rows}):
        points = [r for r in rows if r["dataset_id"] == dataset]
        lat0, lat1 = min(r["lat"] for r in points) - 2, max(r["lat"] for r in points) + 2
        lon0, lon1 = min(r["lon"] for r in points) - 2, max(r["lon"] for r in points) + 2
        top = max(r["value"] for r in points) or 1
        cities = []
        for r in points:
            x = pad + (r["lon"] - lon0) / (lon1 - lon0 or 1) * (w - 2 * pad)
            y = pad + (lat1 - r["lat"]) / (lat1 - lat0 or 1) * (h - 2 * pad)
            radius = 3 + 12 * (r["value"] / top)
            cities.append({"id": r["id"], "label": r["label"], "value": r["value"], "x": round(x, 1), "y": round(y, 1), "r": round(radius, 1), "label_x": round(x + radius + 2, 1), "label_y": round(y + 4, 1)})
        maps.append({"index": dataset.split("-")[-1], "width": w, "height": h, "cities": cities})
    return {"maps": maps}


def domains_data(conn: sqlite3.Connection) -> dict:
    """The TOP lists of the global index's domains, as bar charts (out-of-order lists show as such)."""
    rows = conn.execute(
        """SELECT o.component, o.city, o.value, o.rank FROM observations o
           WHERE o.dataset_id LIKE '%-global' AND o.component != 'composite' AND o.id NOT GLOB '*/[0-9][0-9][0-9][0-9]'
           ORDER BY o.component, o.rank"""
    ).fetchall()
    charts = []
    for domain in dict.fromkeys(r["component"] for r in rows):
        items = [r for r in rows if r["component"] == domain]
        top = max(r["value"] for r in items) or 1
        bars = [
            {"rank": r["rank"], "city": r["city"], "value": r["value"], "y": 4 + k * 20, "text_y": 16 + k * 20, "width": round(r["value"] / top * 300, 1), "value_x": round(96 + r["value"] / top * 300, 1)}
            for k, r in enumerate(items)
        ]
        charts.append({"domain": domain, "height": 10 + 20 * len(items), "bars": bars})
    return {"charts": charts}
