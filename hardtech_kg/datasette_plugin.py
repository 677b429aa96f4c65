"""The project's Datasette plugin: Chinese full-text search (and, later, /sparql and pages).

Datasette answers `?_search=` with `MATCH escape_fts(:search)`. For a
hardtech-kg database that function is replaced by `fts_query`, which turns the
search into phrases of per-character tokens (see `hardtech_kg.fts`), so a
search for 量子 or 重点实验室 returns exactly the paragraphs that contain it.
`fts_query()` is also available in SQL for hand-written queries.
"""

from __future__ import annotations

import sqlite3

from datasette import hookimpl

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
