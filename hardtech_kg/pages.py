"""Server-rendered pages of the plugin: /-/entity/<id> and /-/trace/<city>.

Plain HTML and inline SVG, no scripts: they work offline and in any browser.
Every fact shows the quote it rests on and links to its paragraph in Datasette.
"""

from __future__ import annotations

import html
import json
import sqlite3
from pathlib import Path
from urllib.parse import quote

from .trace import UnknownCity, trace

# Datasette serves a plugin package's static/ folder under its distribution name.
STATIC = "/-/static-plugins/hardtech-kg/"

NAV = '<nav><a href="/">hardtech-kg</a><a href="/sparql">SPARQL</a><a href="/hardtech/entities">entities</a><a href="/-/network">network</a><a href="/-/timeline">timeline</a><a href="/-/map">map</a><a href="/-/domains">domains</a></nav>'

STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; max-width: 72em; }
h1 small { color: #666; font-weight: normal; font-size: 60%; }
table { border-collapse: collapse; } td, th { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
.quote { color: #444; font-size: 90%; } mark { background: #ffe58a; }
.muted { color: #777; } nav a { margin-right: 1em; }
.network { width: 100%; height: 560px; border: 1px solid #ddd; background: #fcfcfc; }
.network[data-compact] { height: 340px; }
#filters label.filter { margin-right: 0.9em; white-space: nowrap; font-size: 90%; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 50%; margin: 0 0.25em; }
"""


def _page(title: str, body: str, scripts: tuple[str, ...] = ()) -> str:
    tags = "".join(f'<script src="{STATIC}{s}"></script>' for s in scripts)
    return f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)} — hardtech-kg</title>
<style>{STYLE}</style></head><body>{NAV}{body}{tags}</body></html>"""


NETWORK_SCRIPTS = ("vendor/cytoscape/cytoscape.min.js", "network.js")


def _network_box(entity_id: str, compact: bool) -> str:
    """The element network.js turns into a Cytoscape graph of the entity's neighbourhood."""
    extra = ' data-compact=""' if compact else ' data-panel="selection" data-filters="filters"'
    return f'<div class="network" id="network" data-focus="{html.escape(entity_id)}" data-source="/-/network.json?id="{extra}></div>'


def network_page(db_path: Path, focus: str | None) -> tuple[int, str]:
    """The network explorer: start at an entity (default: the city with the most links), tap to expand."""
    conn = _connect(db_path)
    if focus is None:
        row = conn.execute(
            "SELECT e.id FROM entities e JOIN relations r ON r.subject_id = e.id OR r.object_id = e.id WHERE e.type = 'City' GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"
        ).fetchone()
        focus = row["id"] if row else None
    elif conn.execute("SELECT 1 FROM entities WHERE id = ?", [focus]).fetchone() is None:
        return 404, _page("not found", f"<h1>No entity {html.escape(focus)}</h1>")
    if focus is None:
        return 404, _page("network", "<h1>The graph has no entities</h1>")
    label = conn.execute("SELECT label FROM entities WHERE id = ?", [focus]).fetchone()["label"]
    body = (
        f"<h1>Network <small>starting at {_link(focus, label)} · tap a node to expand it</small></h1>"
        f'<form method="get" action="/-/network"><label>start at entity id <input name="id" size="40" placeholder="{html.escape(focus)}"></label> <button>go</button></form>'
        '<p id="filters"></p><p id="selection" class="muted"></p>' + _network_box(focus, compact=False)
    )
    return 200, _page(f"network {label}", body, NETWORK_SCRIPTS)


def _link(entity_id: str | None, label: str) -> str:
    if not entity_id:
        return html.escape(label or "")
    return f'<a href="/-/entity/{html.escape(entity_id)}">{html.escape(label or entity_id)}</a>'


def _quote(conn: sqlite3.Connection, document_id: str | None, paragraph_id: int | None, start: int | None, end: int | None) -> str:
    """The paragraph around a span with the span highlighted, linked to the paragraph's row."""
    if start is None or end is None:
        return ""
    row = conn.execute("SELECT id, start, text FROM paragraphs WHERE document_id = ? AND start <= ? AND ? <= end ORDER BY start DESC LIMIT 1", [document_id, start, start]).fetchone()
    if row is None:
        return ""
    text = row["text"]
    a, b = start - row["start"], min(end - row["start"], len(text))
    left = text[max(0, a - 40) : a]
    right = text[b : b + 40]
    snippet = f"…{html.escape(left)}<mark>{html.escape(text[a:b])}</mark>{html.escape(right)}…"
    return f'<span class="quote">{snippet} <a href="/hardtech/paragraphs/{row["id"]}">¶{row["id"]}</a></span>'


def entity_page(db_path: Path, entity_id: str) -> tuple[int, str]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    entity = conn.execute("SELECT * FROM entities WHERE id = ?", [entity_id]).fetchone()
    if entity is None:
        return 404, _page("not found", f"<h1>No entity {html.escape(entity_id)}</h1>")
    labels = {r["id"]: r["label"] for r in conn.execute("SELECT id, label FROM entities")}
    aliases = json.loads(entity["aliases"] or "[]")
    parts = [f"<h1>{html.escape(entity['label'])} <small>{html.escape(entity['label_en'] or '')} · {html.escape(entity['type'])}</small></h1>"]
    parts.append(f'<p class="muted">IRI <code>{html.escape(entity["iri"] or "")}</code>' + (f" · also {html.escape('、'.join(aliases))}" if aliases else "") + "</p>")
    # Scores of a city.
    obs = conn.execute("SELECT * FROM observations WHERE city_id = ? ORDER BY dataset_id, component", [entity_id]).fetchall()
    if obs:
        rows = "".join(
            f"<tr><td>{html.escape(o['dataset_id'].split('-')[-1])}</td><td>{_link(o['component_id'], labels.get(o['component_id'], o['component']))}</td>"
            f"<td>{html.escape(o['value_text'] or '')}</td><td>{o['rank'] or ''}</td><td>{html.escape(o['status'])}</td>"
            f"<td>{_quote(conn, o['document_id'], None, o['start'], o['end'])}</td></tr>"
            for o in obs
        )
        parts.append(f'<h2>Scores</h2><p><a href="/-/trace/{html.escape(entity["label"])}">the score trace</a></p><table id="scores"><tr><th>index</th><th>component</th><th>value</th><th>rank</th><th>status</th><th>evidence</th></tr>{rows}</table>')
    # Facts, grouped by property, each with its quote.
    facts = conn.execute("SELECT * FROM relations WHERE subject_id = ? AND predicate != 'coMentionedWith' ORDER BY predicate, id", [entity_id]).fetchall()
    if facts:
        parts.append('<h2>Facts</h2><table id="facts">')
        for f in facts:
            target = _link(f["object_id"], labels.get(f["object_id"], f["object_id"])) if f["object_id"] else html.escape(f["object_value"] or "")
            parts.append(f"<tr><td>{html.escape(f['predicate'])}</td><td>{target}</td><td class='muted'>{html.escape(f['method'])}</td><td>{_quote(conn, f['document_id'], f['paragraph_id'], f['start'], f['end'])}</td></tr>")
        parts.append("</table>")
    incoming = conn.execute("SELECT * FROM relations WHERE object_id = ? AND predicate != 'coMentionedWith' ORDER BY predicate, subject_id LIMIT 300", [entity_id]).fetchall()
    if incoming:
        parts.append('<h2>Linked from</h2><table id="incoming">')
        for f in incoming:
            parts.append(f"<tr><td>{_link(f['subject_id'], labels.get(f['subject_id'], f['subject_id']))}</td><td>{html.escape(f['predicate'])}</td><td>{_quote(conn, f['document_id'], f['paragraph_id'], f['start'], f['end'])}</td></tr>")
        parts.append("</table>")
    neighbours = conn.execute(
        "SELECT CASE WHEN subject_id = ? THEN object_id ELSE subject_id END AS other, count FROM relations WHERE predicate = 'coMentionedWith' AND (subject_id = ? OR object_id = ?) ORDER BY count DESC LIMIT 20",
        [entity_id, entity_id, entity_id],
    ).fetchall()
    if neighbours:
        parts.append("<h2>Named with it</h2><p>" + " · ".join(f"{_link(n['other'], labels.get(n['other'], n['other']))} ({n['count']})" for n in neighbours) + "</p>")
    metrics = conn.execute("SELECT * FROM graph_metrics WHERE entity_id = ?", [entity_id]).fetchone() if _has_table(conn, "graph_metrics") else None
    if metrics:
        parts.append(f"<p class='muted'>degree {metrics['degree']} · betweenness {metrics['betweenness']} · community {metrics['community']}</p>")
    parts.append(f'<h2>Neighbourhood</h2><p class="muted"><a href="/-/network?id={html.escape(quote(entity_id))}">explore it</a></p>' + _network_box(entity_id, compact=True))
    mentions = conn.execute("SELECT * FROM mentions WHERE entity_id = ? ORDER BY start LIMIT 50", [entity_id]).fetchall()
    if mentions:
        parts.append('<h2>Mentions</h2><ul id="mentions">' + "".join(f"<li>{_quote(conn, m['document_id'], m['paragraph_id'], m['start'], m['end'])}</li>" for m in mentions) + "</ul>")
    return 200, _page(entity["label"], "".join(parts), NETWORK_SCRIPTS)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]).fetchone() is not None


def trace_page(db_path: Path, city: str) -> tuple[int, str]:
    try:
        result = trace(db_path.parent, city)
    except UnknownCity as exc:
        return 404, _page("unknown city", f"<h1>{html.escape(str(exc))}</h1>")
    c = result["composite"]
    dims = result["dimensions"]
    svg = _waterfall(dims, c)
    parts = [f"<h1>{_link(result['city_id'], result['city'])} <small>score trace · {html.escape(result['dataset'])}</small></h1>"]
    stated = f"stated {c['value']} (rank {c['rank']})" if c["value"] is not None else "no composite stated"
    parts.append(f"<p>Composite: {stated}; computed Σ weight × score = {c['computed']:.4f} (rank {c['computed_rank']})" + (f"; tier {c['tier']}" if c.get("tier") else "") + "</p>")
    parts.append(svg)
    for d in dims:
        parts.append(f"<h2>{html.escape(d['name'])} — {d['value']} × {d['weight']} = {d['contribution']}</h2><ul>")
        for ind in d["indicators"]:
            value = f": {ind['value']}" + (f" (rank {ind['rank']})" if ind.get("rank") else "") if ind["value"] is not None else ""
            named = f" — {ind['named_of_stated']}" if "named_of_stated" in ind else ""
            items = "".join(f"<li>{_link(i['id'], i['label'])} <span class='muted'>[{i['type']}]</span></li>" for i in ind["institutions"])
            parts.append(f"<li>{ind['number']}. {html.escape(ind['name'])}{html.escape(value)}{html.escape(named)}<ul>{items}</ul></li>")
        parts.append("</ul>")
    if result["domains"]:
        parts.append("<h2>Global index</h2><table>" + "".join(f"<tr><td>{html.escape(d['component'])}</td><td>{d['value']}</td><td>{d['rank']}</td></tr>" for d in result["domains"]) + "</table>")
    for f in result["findings"]:
        parts.append(f"<p class='muted'>finding: {html.escape(f['message'])}</p>")
    return 200, _page(f"trace {result['city']}", "".join(parts))


def _waterfall(dims: list[dict], composite: dict) -> str:
    """How the weighted dimension scores add up to the composite, as an inline SVG waterfall."""
    width, bar, gap, height = 640, 60, 30, 260
    total = sum(d["contribution"] or 0 for d in dims) or 1
    scale = (height - 40) / max(total, composite.get("value") or 0, 1)
    x, running, shapes = 20, 0.0, []
    colours = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759"]
    for k, d in enumerate(dims):
        value = d["contribution"] or 0
        y = height - 20 - (running + value) * scale
        shapes.append(f'<rect class="bar" x="{x}" y="{y:.1f}" width="{bar}" height="{value * scale:.1f}" fill="{colours[k % 4]}"><title>{html.escape(d["name"])}: {value}</title></rect>')
        shapes.append(f'<text x="{x + bar / 2}" y="{height - 4}" font-size="11" text-anchor="middle">{html.escape(d["name"][-4:])}</text>')
        running += value
        x += bar + gap
    y = height - 20 - running * scale
    shapes.append(f'<rect class="bar total" x="{x}" y="{y:.1f}" width="{bar}" height="{running * scale:.1f}" fill="#333"><title>composite {running:.4f}</title></rect>')
    shapes.append(f'<text x="{x + bar / 2}" y="{height - 4}" font-size="11" text-anchor="middle">composite</text>')
    shapes.append(f'<text x="{x + bar / 2}" y="{y - 4:.1f}" font-size="11" text-anchor="middle">{running:.2f}</text>')
    return f'<svg id="waterfall" width="{width}" height="{height}" role="img" aria-label="composite as the sum of weighted dimension scores">{"".join(shapes)}</svg>'


# --- views: timeline, map, domain charts ------------------------------------------------------------------


def _connect(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def timeline_page(db_path: Path) -> tuple[int, str]:
    """Milestones by date (day, month or year precision), each with its actors and its sentence."""
    conn = _connect(db_path)
    rows = conn.execute(
        """SELECT e.id, e.label, d.object_value AS date,
                  (SELECT group_concat(a.label, '、') FROM relations i JOIN entities a ON a.id = i.object_id
                    WHERE i.subject_id = e.id AND i.predicate = 'involves') AS actors
           FROM entities e JOIN relations d ON d.subject_id = e.id AND d.predicate = 'date'
           WHERE e.type = 'Milestone' ORDER BY d.object_value, e.id"""
    ).fetchall()
    years: dict[str, list] = {}
    for r in rows:
        years.setdefault(r["date"][:4], []).append(r)
    parts = [f"<h1>Milestones <small>{len(rows)} dated events</small></h1>"]
    for year, items in sorted(years.items()):
        lis = "".join(
            f'<li class="milestone"><span class="muted">{html.escape(r["date"])}</span> {_link(r["id"], r["label"])}'
            + (f' <span class="muted">— {html.escape(r["actors"])}</span>' if r["actors"] else "")
            + "</li>"
            for r in items
        )
        parts.append(f'<h2 id="y{year}">{year} <small class="muted">{len(items)}</small></h2><ul>{lis}</ul>')
    return 200, _page("timeline", "".join(parts))


def map_page(db_path: Path) -> tuple[int, str]:
    """Cities with an index score, placed by their coordinates (an equirectangular SVG; no tiles, works offline)."""
    conn = _connect(db_path)
    rows = conn.execute(
        """SELECT e.id, e.label, e.lat, e.lon, o.dataset_id, max(o.value) AS value
           FROM observations o JOIN entities e ON e.id = o.city_id
           WHERE o.component = 'composite' AND e.lat IS NOT NULL
           GROUP BY e.id, o.dataset_id ORDER BY o.dataset_id, value DESC"""
    ).fetchall()
    sections = []
    for dataset in sorted({r["dataset_id"] for r in rows}):
        points = [r for r in rows if r["dataset_id"] == dataset]
        lats = [r["lat"] for r in points]
        lons = [r["lon"] for r in points]
        w, h, pad = 900, 480, 30
        lat0, lat1 = min(lats) - 2, max(lats) + 2
        lon0, lon1 = min(lons) - 2, max(lons) + 2
        top = max(r["value"] for r in points) or 1
        circles = []
        for r in points:
            x = pad + (r["lon"] - lon0) / (lon1 - lon0 or 1) * (w - 2 * pad)
            y = pad + (lat1 - r["lat"]) / (lat1 - lat0 or 1) * (h - 2 * pad)
            radius = 3 + 12 * (r["value"] / top)
            circles.append(
                f'<a href="/-/entity/{html.escape(r["id"])}"><circle class="city" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" fill="#4e79a7" fill-opacity="0.6"><title>{html.escape(r["label"])}: {r["value"]}</title></circle>'
                f'<text x="{x + radius + 2:.1f}" y="{y + 4:.1f}" font-size="11">{html.escape(r["label"])}</text></a>'
            )
        sections.append(f'<h2>{html.escape(dataset.split("-")[-1])} index <small class="muted">{len(points)} cities, circle area by composite</small></h2><svg class="map" width="{w}" height="{h}" style="background:#f4f7fa">{"".join(circles)}</svg>')
    return 200, _page("map", "<h1>Cities and their scores</h1>" + "".join(sections))


def domains_page(db_path: Path) -> tuple[int, str]:
    """The TOP lists of the global index's domains as bar charts (out-of-order lists show as such)."""
    conn = _connect(db_path)
    rows = conn.execute(
        """SELECT o.component, o.city, o.value, o.rank FROM observations o
           WHERE o.dataset_id LIKE '%-global' AND o.component != 'composite' AND o.id NOT GLOB '*/[0-9][0-9][0-9][0-9]'
           ORDER BY o.component, o.rank"""
    ).fetchall()
    charts = []
    for domain in dict.fromkeys(r["component"] for r in rows):
        items = [r for r in rows if r["component"] == domain]
        top = max(r["value"] for r in items) or 1
        bars = "".join(
            f'<g><text x="0" y="{16 + k * 20}" font-size="12">{r["rank"]}. {html.escape(r["city"])}</text>'
            f'<rect class="bar" x="90" y="{4 + k * 20}" width="{r["value"] / top * 300:.1f}" height="14" fill="#59a14f"></rect>'
            f'<text x="{96 + r["value"] / top * 300:.1f}" y="{16 + k * 20}" font-size="11">{r["value"]}</text></g>'
            for k, r in enumerate(items)
        )
        charts.append(f'<div class="chart"><h2>{html.escape(domain)}</h2><svg width="440" height="{10 + 20 * len(items)}">{bars}</svg></div>')
    return 200, _page("domains", "<h1>Global index: the TOP lists of each domain</h1>" + "".join(charts))
