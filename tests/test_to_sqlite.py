"""graph.to_sqlite: any text round-trips to SQLite with every row an exact slice of the stored text."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hardtech_kg.extract.corpus import SourceDocument
from hardtech_kg.extract.segment import segment
from hardtech_kg.graph.to_sqlite import to_sqlite

# CJK, Latin, digits, full-width punctuation, tabs, lone spaces, blank lines and
# the shapes the parser reacts to (headings, captions, footnote markers).
PIECES = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5),
    # NUL never reaches the parser: decoding refuses it as binary.
    st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"),
    st.sampled_from(["\n", "\n\n", "\t", " ", "\u3000", "。", "，", "《", "》", "“", "”", "（", "）"]),
    st.sampled_from(["一、", "1.1 ", "1. 6 ", "（1）", "①", "^[1]", "[1] ", "图 3 ", "表 1 ", "$$x$$", "2019", "目 录\n", "\t1\n"]),
)
TEXTS = st.lists(PIECES, max_size=120).map("".join)

ROW_TABLES = ["sections", "paragraphs", "captions", "tables", "table_rows", "table_cells", "footnotes", "footnote_refs", "toc_entries"]


def check_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    texts = {row["id"]: (row["text"], row["source_text"]) for row in conn.execute("SELECT id, text, source_text FROM documents")}
    for table in ROW_TABLES:
        doc_column = "document_id" if table not in ("table_rows", "table_cells") else None
        if doc_column:
            rows = conn.execute(f"SELECT document_id, start, end, text FROM {table}")
        else:
            rows = conn.execute(
                f"SELECT t.document_id, x.start, x.end, x.text FROM {table} x JOIN tables t ON t.id = x.table_id"
            )
        for row in rows:
            assert texts[row[0]][0][row[1] : row[2]] == row[3], table
    for row in conn.execute("SELECT document_id, start, end, source_start, source_end FROM source_spans"):
        text, source = texts[row[0]]
        assert text[row[1] : row[2]] == source[row[3] : row[4]]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # SQLite's substr agrees with Python's slicing (both count code points).
    for table in ("paragraphs", "sections"):
        bad = conn.execute(
            f"SELECT count(*) FROM {table} x JOIN documents d ON d.id = x.document_id "
            f"WHERE substr(d.text, x.start + 1, x.end - x.start) != x.text"
        ).fetchone()[0]
        assert bad == 0, table


def source_document(text: str, name: str = "doc.txt") -> SourceDocument:
    return SourceDocument(id=name.split(".")[0], path=Path(name), text=text, encoding="utf-8", bom=False, sha256="0" * 64, size=len(text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_any_text_round_trips_with_exact_offsets(text, tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "h.db"
    doc = segment(text)
    to_sqlite([(source_document(text), doc)], path)
    check_database(path)


def test_shipped_build_rows_are_exact_slices(built):
    check_database(built / "hardtech.db")


def test_shipped_build_has_every_kind_of_row(built):
    conn = sqlite3.connect(built / "hardtech.db")
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ROW_TABLES + ["source_spans"]}
    assert all(counts.values()), counts
    kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM paragraphs")}
    assert {"paragraph", "heading", "figure_caption", "table_caption", "table", "footnote", "formula", "source_note"} <= kinds
    # The TOC is recognised and kept out of the body text.
    assert conn.execute("SELECT count(*) FROM paragraphs WHERE text LIKE '%目 录%'").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM toc_entries WHERE section_id IS NULL").fetchone()[0] == 0
