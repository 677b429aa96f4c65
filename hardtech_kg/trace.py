"""The score trace of a city: composite → dimensions (weight × score) → indicators → named institutions.

Read from the built database. Stated figures keep their status and evidence;
the composite is also computed (Σ weight × dimension score) and both are shown.
Institutions are those the text lists under the city with a list noun that an
indicator counts (…等国家重点实验室 25 个 → indicator 国家重点实验室数量), each with
its quote, and "named of stated" tells how many of the stated count the text
names.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
from pathlib import Path

from .errors import HardtechError, NotBuilt


class UnknownCity(HardtechError):
    """A city the build does not know; the message lists close matches."""


def _connect(out_dir: Path) -> sqlite3.Connection:
    path = out_dir / "hardtech.db"
    if not path.is_file():
        raise NotBuilt(f"{path} not found: run `hardtech-kg build` first")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def find_city(conn: sqlite3.Connection, name: str) -> sqlite3.Row:
    """武汉, 武汉市 or Wuhan → the city entity; an unknown name lists close matches."""
    query = name.strip()
    cities = conn.execute("SELECT id, label, label_en, aliases FROM entities WHERE type = 'City'").fetchall()
    for row in cities:
        names = {row["label"], f"{row['label']}市", *json.loads(row["aliases"] or "[]")}
        if query in names or (row["label_en"] and query.casefold() == row["label_en"].casefold()):
            return row
    scored = [row["label"] for row in cities if conn.execute("SELECT 1 FROM observations WHERE city_id = ?", [row["id"]]).fetchone()]
    close = difflib.get_close_matches(query.removesuffix("市"), scored, n=5, cutoff=0.3)
    english = difflib.get_close_matches(query, [r["label_en"] for r in cities if r["label_en"]], n=3, cutoff=0.6)
    hint = "、".join(close + english) or "、".join(sorted(scored)[:10])
    raise UnknownCity(f"no city {name!r} in the build; close matches: {hint}")


def trace(out_dir: Path, city_name: str) -> dict:
    """The trace of a city in the build in `out_dir` (the CLI's `hardtech-kg trace`)."""
    conn = _connect(out_dir)
    try:
        return trace_conn(conn, city_name)
    finally:
        conn.close()


def trace_conn(conn: sqlite3.Connection, city_name: str) -> dict:
    """The trace of a city read through an open connection to a built database (rows as `sqlite3.Row`)."""
    city = find_city(conn, city_name)
    everything = conn.execute("SELECT * FROM observations WHERE city_id = ?", [city["id"]]).fetchall()
    obs = [o for o in everything if not o["dataset_id"].endswith("-global")]
    domains = [
        {"component": o["component"], "value": _number(o["value_text"]), "rank": o["rank"], "status": o["status"], "evidence": _evidence(o)}
        for o in everything
        if o["dataset_id"].endswith("-global")
    ]
    if not obs and not domains:
        raise UnknownCity(f"{city['label']} has no index observations in the build")
    if not obs:
        raise UnknownCity(f"{city['label']} is not in the national index; global index: {domains}")
    dataset = obs[0]["dataset_id"]
    stated = next((o for o in obs if o["component"] == "composite" and o["status"] == "stated"), None)
    computed = next((o for o in obs if o["component"] == "composite" and o["status"] == "computed"), None)
    composite = {
        "value": _number(stated["value_text"]) if stated else None,
        "rank": stated["rank"] if stated else None,
        "status": "stated" if stated else "computed",
        "computed": _number(computed["value_text"]) if computed else None,
        "computed_rank": computed["rank"] if computed else None,
        "tier": (stated or computed)["tier"] if (stated or computed) else None,
        "evidence": _evidence(stated) if stated else None,
    }
    dimensions = []
    for dim in conn.execute("SELECT id, label, attrs FROM entities WHERE type = 'Dimension' ORDER BY json_extract(attrs, '$.order')"):
        attrs = json.loads(dim["attrs"])
        weight = _number(attrs.get("weight"))
        o = next((o for o in obs if o["component_id"] == dim["id"]), None)
        value = _number(o["value_text"]) if o else None
        dimensions.append(
            {
                "name": dim["label"],
                "weight": weight,
                "value": value,
                "rank": o["rank"] if o else None,
                "status": o["status"] if o else None,
                "contribution": round(weight * value, 4) if weight is not None and value is not None else None,
                "evidence": _evidence(o) if o else None,
                "indicators": _indicators(conn, dim["id"], city["id"], obs),
            }
        )
    findings = [
        {"kind": f["kind"], "message": f["message"], "evidence": {"quote": f["quote"], "start": f["start"], "end": f["end"]}}
        for f in conn.execute("SELECT * FROM findings").fetchall()
        if any(o["id"] in f["about"] for o in everything)
    ]
    return {
        "city": city["label"],
        "city_en": city["label_en"],
        "city_id": city["id"],
        "dataset": dataset,
        "composite": composite,
        "dimensions": dimensions,
        "domains": domains,
        "findings": findings,
    }


def _indicators(conn: sqlite3.Connection, dimension_id: str, city_id: str, obs) -> list[dict]:
    out = []
    for ind in conn.execute("SELECT id, label, attrs FROM entities WHERE type = 'Indicator' AND json_extract(attrs, '$.dimension') = ? ORDER BY json_extract(attrs, '$.number')", [dimension_id]):
        attrs = json.loads(ind["attrs"])
        rows = conn.execute(
            """SELECT DISTINCT e.id, e.label, e.type, r.quote, r.start, r.end, r.count
               FROM relations r JOIN entities e ON e.id = r.subject_id
               WHERE r.predicate = 'countsToward' AND r.object_id = ?
                 AND EXISTS (SELECT 1 FROM relations l WHERE l.subject_id = r.subject_id AND l.predicate = 'locatedIn' AND l.object_id = ?)
               ORDER BY r.start""",
            [ind["id"], city_id],
        ).fetchall()
        institutions = [{"id": r["id"], "label": r["label"], "type": r["type"], "evidence": {"quote": r["quote"], "start": r["start"], "end": r["end"]}} for r in rows]
        stated_counts = sorted({r["count"] for r in rows if r["count"] is not None})
        stated = next((o for o in obs if o["component_id"] == ind["id"]), None)
        entry = {
            "number": attrs.get("number"),
            "name": ind["label"],
            "unit": attrs.get("unit") or None,
            "value": _number(stated["value_text"]) if stated else None,
            "rank": stated["rank"] if stated else None,
            "status": stated["status"] if stated else None,
            "evidence": _evidence(stated) if stated else None,
            "institutions": institutions,
            "named": len(institutions),
        }
        if stated_counts:
            entry["stated_counts"] = stated_counts
            entry["named_of_stated"] = f"{len(institutions)} of {sum(stated_counts)} named"
        out.append(entry)
    return out


def _number(text):
    if text in (None, ""):
        return None
    value = float(text)
    return int(value) if value.is_integer() and "." not in str(text) else value


def _evidence(row) -> dict | None:
    if row is None or row["quote"] is None:
        return None
    return {"quote": row["quote"], "start": row["start"], "end": row["end"]}


def render(result: dict) -> str:
    """A plain-text tree of the trace that reads well in 80 columns."""
    from rich.console import Console
    from rich.tree import Tree

    c = result["composite"]
    head = f"{result['city']} ({result['city_en'] or result['city_id']})"
    if c.get("tier"):
        head += f", tier {c['tier']}"
    if c["value"] is not None:
        head += f": composite {c['value']} (stated, #{c['rank']}), computed {c['computed']:.4f} (#{c['computed_rank']})"
    else:
        head += f": composite {c['computed']:.4f} (computed, #{c['computed_rank']})"
    tree = Tree(head)
    for d in result["dimensions"]:
        branch = tree.add(
            f"{d['name']}: {d['value']} (rank {d['rank']}) × weight {d['weight']} = {d['contribution']}"
        )
        for ind in d["indicators"]:
            if not ind["institutions"] and "stated_counts" not in ind and ind["value"] is None:
                continue
            label = f"{ind['number']}. {ind['name']}"
            if ind["value"] is not None:
                label += f": {ind['value']}" + (f" (rank {ind['rank']})" if ind["rank"] else "")
            if "named_of_stated" in ind:
                label += f" — {ind['named_of_stated']}"
            leaf = branch.add(label)
            for inst in ind["institutions"]:
                leaf.add(f"{inst['label']} [{inst['type']}]")
    if result["domains"]:
        glob = tree.add("global index")
        for d in result["domains"]:
            glob.add(f"{d['component']}: {d['value']} (rank {d['rank']})")
    for f in result["findings"]:
        tree.add(f"finding: {f['message']}")
    console = Console(width=80, record=True, force_terminal=False, color_system=None)
    with console.capture() as capture:
        console.print(tree)
    return capture.get()
