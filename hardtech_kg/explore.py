"""An entity's neighbourhood as nodes and edges, for the network explorer.

Typed relations come first and whole (up to ``limit``); co-mentions, which
are many and weak, fill in by count up to ``co_mentions``. The JSON shape is
Cytoscape's elements format, so the page adds it to the graph as it is.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


class UnknownEntity(LookupError):
    pass


@dataclass(frozen=True)
class Limits:
    relations: int = 200
    co_mentions: int = 25


def neighbourhood(conn: sqlite3.Connection, entity_id: str, limits: Limits = Limits()) -> dict:
    """Cytoscape elements for ``entity_id`` and everything one relation away."""
    if conn.execute("SELECT 1 FROM entities WHERE id = ?", [entity_id]).fetchone() is None:
        raise UnknownEntity(entity_id)
    typed = conn.execute(
        """SELECT id, subject_id, predicate, object_id, count FROM relations
           WHERE (subject_id = ? OR object_id = ?) AND object_id IS NOT NULL AND predicate != 'coMentionedWith'
           ORDER BY predicate, id LIMIT ?""",
        [entity_id, entity_id, limits.relations],
    ).fetchall()
    co = conn.execute(
        """SELECT id, subject_id, predicate, object_id, count FROM relations
           WHERE (subject_id = ? OR object_id = ?) AND predicate = 'coMentionedWith'
           ORDER BY count DESC, id LIMIT ?""",
        [entity_id, entity_id, limits.co_mentions],
    ).fetchall()
    edges = [*typed, *co]
    ids = {entity_id} | {e[1] for e in edges} | {e[3] for e in edges}
    marks = ",".join("?" * len(ids))
    has_metrics = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'graph_metrics'").fetchone() is not None
    metrics = (
        {r[0]: r[1] for r in conn.execute(f"SELECT entity_id, degree FROM graph_metrics WHERE entity_id IN ({marks})", sorted(ids))}
        if has_metrics
        else {}
    )
    nodes = [
        {"data": {"id": r[0], "label": r[1], "type": r[2], "degree": metrics.get(r[0], 0), "focus": r[0] == entity_id}}
        for r in conn.execute(f"SELECT id, label, type FROM entities WHERE id IN ({marks}) ORDER BY id", sorted(ids))
    ]
    return {
        "focus": entity_id,
        "nodes": nodes,
        "edges": [
            {"data": {"id": f"r{e[0]}", "source": e[1], "target": e[3], "predicate": e[2], "count": e[4] or 1}}
            for e in edges
        ],
    }
