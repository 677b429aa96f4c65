"""Segmented documents → the SQLite database that Datasette serves.

One row per document, section, paragraph (every block in reading order),
caption, table, table row and cell, footnote, footnote marker, TOC line, source
span and diagnostic; foreign keys wherever a column names another row, so that
Datasette links them. Offsets are code points into `documents.text`; for every
row with `start`, `end` and `text`, `substr(documents.text, start + 1, end -
start) = text`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from hardtech_kg.fts import char_tokens
from hardtech_kg.extract.corpus import SourceDocument
from hardtech_kg.extract.model import Document, Mention
from hardtech_kg.extract.model import Entity, Extraction, GazetteerEntry
from hardtech_kg.extract.segment import section_of_blocks

SCHEMA_VERSION = 1

_TABLES: dict[str, tuple[dict, list[tuple[str, str, str]]]] = {
    "documents": (
        {
            "id": str, "file": str, "title": str, "title_en": str, "publishers": str, "date": str,
            "language": str, "source": str, "licence": str, "in_manifest": int, "sha256": str,
            "sha256_expected": str, "sha256_matches": int, "encoding": str, "bom": int, "bytes": int,
            "source_chars": int, "chars": int, "paragraph_count": int, "section_count": int,
            "text": str, "source_text": str,
        },
        [],
    ),
    "sections": (
        {
            "id": int, "heading": str, "kind": str, "level": int, "number": str, "title": str,
            "parent_id": int, "document_id": str, "path": str, "seq": int, "toc_page": int,
            "paragraph_count": int, "start": int, "end": int, "heading_start": int, "heading_end": int,
            "title_start": int, "title_end": int, "text": str,
        },
        [("document_id", "documents", "id")],
    ),
    "paragraphs": (
        {
            "id": int, "kind": str, "text": str, "section_id": int, "document_id": str, "seq": int,
            "label": str, "start": int, "end": int, "chars": int, "pieces": int, "source_start": int,
            "source_end": int,
        },
        [("document_id", "documents", "id"), ("section_id", "sections", "id")],
    ),
    "captions": (
        {
            "id": int, "kind": str, "label": str, "title": str, "text": str, "paragraph_id": int,
            "section_id": int, "document_id": str, "start": int, "end": int,
        },
        [("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id"), ("section_id", "sections", "id")],
    ),
    "tables": (
        {
            "id": int, "document_id": str, "paragraph_id": int, "section_id": int, "caption_id": int,
            "title": str, "n_rows": int, "n_cols": int, "header_rows": int, "start": int, "end": int, "text": str,
        },
        [
            ("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id"),
            ("section_id", "sections", "id"), ("caption_id", "captions", "id"),
        ],
    ),
    "table_rows": (
        {"id": int, "table_id": int, "row": int, "header": int, "start": int, "end": int, "text": str},
        [("table_id", "tables", "id")],
    ),
    "table_cells": (
        {
            "id": int, "table_id": int, "row": int, "col": int, "text": str, "row_label": str,
            "column_label": str, "header": int, "continues_cell_id": int, "row_id": int,
            "start": int, "end": int,
        },
        [("table_id", "tables", "id"), ("row_id", "table_rows", "id")],
    ),
    "footnotes": (
        {"id": int, "document_id": str, "paragraph_id": int, "label": str, "start": int, "end": int, "text": str},
        [("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id")],
    ),
    "footnote_refs": (
        {
            "id": int, "document_id": str, "paragraph_id": int, "footnote_id": int, "label": str,
            "start": int, "end": int, "text": str,
        },
        [("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id"), ("footnote_id", "footnotes", "id")],
    ),
    "toc_entries": (
        {
            "id": int, "document_id": str, "seq": int, "kind": str, "level": int, "number": str,
            "title": str, "page": int, "section_id": int, "start": int, "end": int, "text": str,
            "title_start": int, "title_end": int,
        },
        [("document_id", "documents", "id"), ("section_id", "sections", "id")],
    ),
    "source_spans": (
        {
            "id": int, "document_id": str, "paragraph_id": int, "start": int, "end": int,
            "source_start": int, "source_end": int,
        },
        [("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id")],
    ),
    "entities": (
        {
            "id": str, "type": str, "label": str, "label_en": str, "aliases": str, "mention_count": int,
            "iri": str, "lat": float, "lon": float, "attrs": str,
        },
        [],
    ),
    "mentions": (
        {
            "id": int, "entity_id": str, "label": str, "text": str, "source": str, "document_id": str,
            "paragraph_id": int, "start": int, "end": int,
        },
        [("entity_id", "entities", "id"), ("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id")],
    ),
    "relations": (
        {
            "id": int, "subject_id": str, "predicate": str, "object_id": str, "object_value": str, "method": str,
            "count": int, "document_id": str, "paragraph_id": int, "start": int, "end": int, "quote": str,
            "evidence_count": int, "source": str,
        },
        [
            ("subject_id", "entities", "id"), ("object_id", "entities", "id"),
            ("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id"),
        ],
    ),
    "relation_evidence": (
        {"id": int, "relation_id": int, "document_id": str, "paragraph_id": int, "start": int, "end": int, "quote": str},
        [("relation_id", "relations", "id"), ("document_id", "documents", "id"), ("paragraph_id", "paragraphs", "id")],
    ),
    "observations": (
        {
            "id": str, "dataset_id": str, "city_id": str, "city": str, "component_id": str, "component": str,
            "value": float, "value_text": str, "rank": int, "status": str, "tier": int, "document_id": str, "start": int,
            "end": int, "quote": str, "computed_from": str, "note": str,
        },
        [("dataset_id", "entities", "id"), ("city_id", "entities", "id"), ("component_id", "entities", "id"), ("document_id", "documents", "id")],
    ),
    "findings": (
        {"id": str, "kind": str, "message": str, "about": str, "document_id": str, "start": int, "end": int, "quote": str},
        [("document_id", "documents", "id")],
    ),
    "diagnostics": (
        {"id": int, "document_id": str, "level": str, "code": str, "message": str, "start": int, "end": int},
        [("document_id", "documents", "id")],
    ),
}

_SELF_KEYS = [("sections", "parent_id", "sections", "id"), ("table_cells", "continues_cell_id", "table_cells", "id")]


@dataclass
class _Ids:
    """Running integer ids, global across documents so that every row has one key."""

    section: int = 0
    paragraph: int = 0
    caption: int = 0
    table: int = 0
    row: int = 0
    cell: int = 0
    footnote: int = 0
    ref: int = 0
    toc: int = 0
    span: int = 0
    diagnostic: int = 0
    mention: int = 0
    relation: int = 0
    relation_evidence: int = 0


def create_schema(db: sqlite_utils.Database) -> None:
    for name, (columns, foreign_keys) in _TABLES.items():
        db[name].create(columns, pk="id", foreign_keys=foreign_keys, not_null={"id"} if name != "documents" else None)
    for table, column, other, other_column in _SELF_KEYS:
        db[table].add_foreign_key(column, other, other_column)
    db.execute("CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, content='', tokenize='unicode61')")
    for table, columns in {
        "sections": ["document_id", "parent_id"],
        "paragraphs": ["document_id", "section_id", "kind"],
        "table_cells": ["table_id", "row_id"],
        "table_rows": ["table_id"],
        "captions": ["paragraph_id"],
        "footnote_refs": ["footnote_id"],
        "source_spans": ["paragraph_id"],
        "mentions": ["entity_id", "paragraph_id"],
        "relations": ["subject_id", "object_id", "predicate"],
        "relation_evidence": ["relation_id"],
    }.items():
        for column in columns:
            db[table].create_index([column])
    db.execute("CREATE TABLE _hardtech (key TEXT PRIMARY KEY, value TEXT)")
    db["_hardtech"].insert_all(
        [{"key": "schema_version", "value": str(SCHEMA_VERSION)}, {"key": "fts", "value": "char-tokens-v1"}]
    )


def to_sqlite(
    documents: list[tuple[SourceDocument, Document]],
    path: Path,
    extractions: list[tuple[tuple[Mention, ...], Extraction]] | None = None,
    entity_iri=None,
    graph_metrics: list[dict] | None = None,
) -> dict[str, int]:
    """Write `documents` (and, if given, their mentions, entities and facts) into a new database at `path`.

    Returns the row count of every table."""
    db = sqlite_utils.Database(path, recreate=True)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    create_schema(db)
    ids = _Ids()
    paragraph_maps = []
    with db.conn:
        for source, document in documents:
            paragraph_maps.append(_write_document(db, source, document, ids))
        if extractions is not None:
            _write_entities(db, documents, extractions, paragraph_maps, ids, entity_iri)
        if graph_metrics:
            db["graph_metrics"].insert_all(graph_metrics, pk="entity_id", foreign_keys=[("entity_id", "entities", "id")])
    db.execute("PRAGMA foreign_keys = ON")
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise AssertionError(f"foreign key violations in the database: {problems[:5]}")
    db.execute(CITY_SCORES)
    db.conn.executescript(INDEX_VIEWS)
    db.execute("ANALYZE")
    counts = {name: db[name].count for name in [*_TABLES, "graph_metrics"] if db[name].exists()}
    db.close()
    return counts


def _write_document(db: sqlite_utils.Database, source: SourceDocument, document: Document, ids: _Ids) -> dict[int, int]:
    meta = source.metadata
    doc_id = source.id
    block_section = section_of_blocks(document)
    section_ids = {s.index: ids.section + 1 + s.index for s in document.sections}
    paragraph_ids = {b.index: ids.paragraph + 1 + k for k, b in enumerate(b for b in document.blocks if b.kind != "toc")}
    ids.section += len(document.sections)
    ids.paragraph += len(paragraph_ids)
    toc_page = {entry.section: entry.page for entry in document.toc if entry.section is not None}
    body = [b for b in document.blocks if b.kind != "toc"]

    db["documents"].insert(
        {
            "id": doc_id,
            "file": source.path.name,
            "title": meta.get("title") or source.path.stem,
            "title_en": meta.get("title_en"),
            "publishers": json.dumps(meta.get("publishers", []), ensure_ascii=False),
            "date": meta.get("date"),
            "language": meta.get("language", "zh"),
            "source": meta.get("source"),
            "licence": meta.get("licence"),
            "in_manifest": int(source.in_manifest),
            "sha256": source.sha256,
            "sha256_expected": source.sha256_expected,
            "sha256_matches": None if source.sha256_matches is None else int(source.sha256_matches),
            "encoding": source.encoding,
            "bom": int(source.bom),
            "bytes": source.size,
            "source_chars": len(document.source_text),
            "chars": len(document.text),
            "paragraph_count": len(body),
            "section_count": len(document.sections),
            "text": document.text,
            "source_text": document.source_text,
        }
    )

    paths: dict[int, str] = {}
    section_rows = []
    for section in document.sections:
        label = section.heading or section.title
        paths[section.index] = f"{paths[section.parent]} › {label}" if section.parent is not None else label
        section_rows.append(
            {
                "id": section_ids[section.index],
                "document_id": doc_id,
                "parent_id": section_ids.get(section.parent) if section.parent is not None else None,
                "seq": section.index,
                "level": section.level,
                "kind": section.kind,
                "number": section.number,
                "title": section.title,
                "heading": section.heading,
                "path": paths[section.index],
                "toc_page": toc_page.get(section.index),
                "start": section.start,
                "end": section.end,
                "heading_start": section.heading_start,
                "heading_end": section.heading_end,
                "title_start": section.title_start,
                "title_end": section.title_end,
                "paragraph_count": sum(1 for b in body if block_section[b.index] == section.index),
                "text": section.text,
            }
        )
    db["sections"].insert_all(section_rows)

    db["paragraphs"].insert_all(
        {
            "id": paragraph_ids[b.index],
            "document_id": doc_id,
            "section_id": section_ids.get(block_section[b.index]) if block_section[b.index] is not None else None,
            "seq": b.index,
            "kind": b.kind,
            "label": b.label,
            "start": b.start,
            "end": b.end,
            "chars": b.end - b.start,
            "pieces": len(b.spans),
            "source_start": b.spans[0].source_start,
            "source_end": b.spans[-1].source_end,
            "text": b.text,
        }
        for b in body
    )
    db.conn.executemany(
        "INSERT INTO paragraphs_fts (rowid, text) VALUES (?, ?)",
        [(paragraph_ids[b.index], char_tokens(b.text)) for b in body],
    )

    caption_ids: dict[int, int] = {}
    caption_rows = []
    for b in body:
        if b.kind in ("figure_caption", "table_caption"):
            ids.caption += 1
            caption_ids[b.index] = ids.caption
            caption_rows.append(
                {
                    "id": ids.caption,
                    "document_id": doc_id,
                    "paragraph_id": paragraph_ids[b.index],
                    "section_id": section_ids.get(block_section[b.index]),
                    "kind": b.kind.split("_")[0],
                    "label": b.label,
                    "title": b.title,
                    "start": b.start,
                    "end": b.end,
                    "text": b.text,
                }
            )
    db["captions"].insert_all(caption_rows)

    for table in document.tables:
        ids.table += 1
        caption = document.blocks[table.caption_block] if table.caption_block is not None else None
        db["tables"].insert(
            {
                "id": ids.table,
                "document_id": doc_id,
                "paragraph_id": paragraph_ids[table.block],
                "section_id": section_ids.get(block_section[table.block]),
                "caption_id": caption_ids.get(table.caption_block) if table.caption_block is not None else None,
                "title": caption.title if caption is not None else None,
                "n_rows": len(table.rows),
                "n_cols": table.n_cols,
                "header_rows": table.header_rows,
                "start": table.start,
                "end": table.end,
                "text": table.text,
            }
        )
        row_ids = {}
        for row in table.rows:
            ids.row += 1
            row_ids[row.row] = ids.row
        db["table_rows"].insert_all(
            {"id": row_ids[r.row], "table_id": ids.table, "row": r.row, "header": int(r.header), "start": r.start, "end": r.end, "text": r.text}
            for r in table.rows
        )
        cell_ids = {}
        for cell in table.cells:
            ids.cell += 1
            cell_ids[(cell.row, cell.col)] = ids.cell
        db["table_cells"].insert_all(
            {
                "id": cell_ids[(c.row, c.col)],
                "table_id": ids.table,
                "row_id": row_ids[c.row],
                "row": c.row,
                "col": c.col,
                "header": int(c.header),
                "row_label": c.row_label,
                "column_label": c.column_label,
                "continues_cell_id": cell_ids[c.continues] if c.continues else None,
                "start": c.start,
                "end": c.end,
                "text": c.text,
            }
            for c in table.cells
        )

    footnote_ids = {}
    for note in document.footnotes:
        ids.footnote += 1
        footnote_ids[note.index] = ids.footnote
    db["footnotes"].insert_all(
        {
            "id": footnote_ids[n.index], "document_id": doc_id, "paragraph_id": paragraph_ids[n.block],
            "label": n.label, "start": n.start, "end": n.end, "text": n.text,
        }
        for n in document.footnotes
    )
    ref_rows = []
    for ref in document.refs:
        ids.ref += 1
        ref_rows.append(
            {
                "id": ids.ref, "document_id": doc_id, "paragraph_id": paragraph_ids[ref.block],
                "footnote_id": footnote_ids.get(ref.footnote) if ref.footnote is not None else None,
                "label": ref.label, "start": ref.start, "end": ref.end, "text": ref.text,
            }
        )
    db["footnote_refs"].insert_all(ref_rows)

    toc_rows = []
    for entry in document.toc:
        ids.toc += 1
        toc_rows.append(
            {
                "id": ids.toc, "document_id": doc_id, "seq": entry.index, "kind": entry.kind, "level": entry.level,
                "number": entry.number, "title": entry.title, "page": entry.page,
                "section_id": section_ids.get(entry.section) if entry.section is not None else None,
                "start": entry.start, "end": entry.end, "text": entry.text,
                "title_start": entry.title_start, "title_end": entry.title_end,
            }
        )
    db["toc_entries"].insert_all(toc_rows)

    span_rows = []
    for b in body:
        for span in b.spans:
            ids.span += 1
            span_rows.append(
                {
                    "id": ids.span, "document_id": doc_id, "paragraph_id": paragraph_ids[b.index],
                    "start": span.start, "end": span.end, "source_start": span.source_start, "source_end": span.source_end,
                }
            )
    db["source_spans"].insert_all(span_rows)

    diag_rows = []
    for d in document.diagnostics:
        ids.diagnostic += 1
        diag_rows.append(
            {"id": ids.diagnostic, "document_id": doc_id, "level": d.level, "code": d.code, "message": d.message, "start": d.start, "end": d.end}
        )
    db["diagnostics"].insert_all(diag_rows)
    return paragraph_ids


def _write_index(db, source, document, index, extraction) -> None:
    from hardtech_kg.extract.ids import finding_row_id, index_id, observation_row_id
    from hardtech_kg.extract.observations import component_id
    from hardtech_kg.graph.to_rdf import city_ids

    cities = city_ids(extraction)
    doc = source.id
    tier_of = {city: tier for city, tier, _ in index.tiers}
    stated_composite = {o.city for o in index.observations if o.component == "composite" and o.status == "stated"}
    rows = []
    for o in index.observations:
        carries_tier = o.component == "composite" and (o.status == "stated" or o.city not in stated_composite)
        city = cities.get(o.city) or cities.get(o.city.removesuffix("市"))
        first = o.evidence[0] if o.evidence else None
        rows.append(
            {
                "id": observation_row_id(doc, o.key),
                "dataset_id": index_id(doc, index.key),
                "city_id": city,
                "city": o.city,
                "component_id": component_id(index, doc, o.component),
                "component": o.component,
                "value": float(o.value) if o.value is not None else None,
                "value_text": str(o.value) if o.value is not None else None,
                "rank": o.rank,
                "status": o.status,
                "tier": tier_of.get(o.city) if carries_tier else None,
                "document_id": doc,
                "start": first.start if first else None,
                "end": first.end if first else None,
                "quote": document.text[first.start : first.end] if first else None,
                "computed_from": json.dumps([observation_row_id(doc, k) for k in o.computed_from], ensure_ascii=False) if o.computed_from else None,
                "note": o.note or None,
            }
        )
    db["observations"].insert_all(rows)
    db["findings"].insert_all(
        {
            "id": finding_row_id(doc, index.key, k), "kind": f.kind, "message": f.message, "about": json.dumps([observation_row_id(doc, a) for a in f.about], ensure_ascii=False),
            "document_id": doc, "start": f.evidence[0].start if f.evidence else None, "end": f.evidence[0].end if f.evidence else None,
            "quote": document.text[f.evidence[0].start : f.evidence[0].end] if f.evidence else None,
        }
        for k, f in enumerate(index.findings)
    )


INDEX_VIEWS = """
CREATE VIEW dimensions AS
SELECT e.id, json_extract(e.attrs, '$.order') AS position, e.label AS name,
       CAST(json_extract(e.attrs, '$.weight') AS REAL) AS weight
FROM entities e WHERE e.type = 'Dimension';
CREATE VIEW indicators AS
SELECT e.id, json_extract(e.attrs, '$.number') AS number, e.label AS name,
       json_extract(e.attrs, '$.unit') AS unit, json_extract(e.attrs, '$.dimension') AS dimension_id,
       (SELECT count(DISTINCT r.subject_id) FROM relations r WHERE r.predicate = 'countsToward' AND r.object_id = e.id) AS institutions_named
FROM entities e WHERE e.type = 'Indicator';
"""

CITY_SCORES = """
CREATE VIEW city_scores AS
SELECT o.city_id, o.city, o.dataset_id,
  max(CASE WHEN d.attrs LIKE '%"order": 0%' THEN o.value END) AS dimension_1,
  max(CASE WHEN d.attrs LIKE '%"order": 1%' THEN o.value END) AS dimension_2,
  max(CASE WHEN d.attrs LIKE '%"order": 2%' THEN o.value END) AS dimension_3,
  max(CASE WHEN d.attrs LIKE '%"order": 3%' THEN o.value END) AS dimension_4,
  max(CASE WHEN o.component = 'composite' AND o.status = 'stated' THEN o.value END) AS composite_stated,
  max(CASE WHEN o.component = 'composite' AND o.status = 'stated' THEN o.rank END) AS rank_stated,
  max(CASE WHEN o.component = 'composite' AND o.status = 'computed' THEN round(o.value, 4) END) AS composite_computed,
  max(CASE WHEN o.component = 'composite' AND o.status = 'computed' THEN o.rank END) AS rank_computed
FROM observations o LEFT JOIN entities d ON d.id = o.component_id
GROUP BY o.city_id, o.city, o.dataset_id
"""


def _write_entities(db, documents, extractions, paragraph_maps, ids: _Ids, entity_iri) -> None:
    merged: dict[str, Entity] = {}
    counts: dict[str, int] = {}
    for mentions, extraction, *_ in extractions:
        for entity in extraction.entities:
            counts[entity.id] = counts.get(entity.id, 0) + len(entity.mentions)
            if entity.id not in merged:
                merged[entity.id] = entity
            else:
                old = merged[entity.id]
                attrs = entity.attrs if old.attr("background") and not entity.attr("background") else old.attrs  # named beats background
                merged[entity.id] = Entity(old.id, old.type, old.label, old.label_en or entity.label_en, tuple(sorted(set(old.aliases) | set(entity.aliases))), old.mentions, attrs)
    db["entities"].insert_all(
        {
            "id": e.id,
            "type": e.type,
            "label": e.label,
            "label_en": e.label_en,
            "aliases": json.dumps(list(e.aliases), ensure_ascii=False),
            "mention_count": counts[e.id],
            "iri": str(entity_iri(e.id)) if entity_iri else None,
            "lat": float(e.attr("lat")) if e.attr("lat") not in (None, "") else None,
            "lon": float(e.attr("lon")) if e.attr("lon") not in (None, "") else None,
            "attrs": json.dumps(
                {k: v.ref if isinstance(v, GazetteerEntry) else v for k, v in e.attrs if isinstance(v, (str, int, float, bool, GazetteerEntry)) and v != ""},
                ensure_ascii=False, sort_keys=True,
            ),
        }
        for e in sorted(merged.values(), key=lambda e: e.id)
    )
    for (source, document), (mentions, extraction, *rest), paragraph_ids in zip(documents, extractions, paragraph_maps):
        for index in (rest[0] if rest else ()):
            _write_index(db, source, document, index, extraction)
        rows = []
        for m in mentions:
            entity_id = extraction.mention_entity[m.index]
            ids.mention += 1
            rows.append(
                {
                    "id": ids.mention, "entity_id": entity_id, "label": m.label, "text": m.text, "source": m.source,
                    "document_id": source.id, "paragraph_id": paragraph_ids.get(m.block), "start": m.start, "end": m.end,
                }
            )
        db["mentions"].insert_all(rows)
        relation_rows, evidence_rows = [], []
        for fact in extraction.facts:
            ids.relation += 1
            first = fact.evidence[0] if fact.evidence else None
            relation_rows.append(
                {
                    "id": ids.relation,
                    "subject_id": fact.subject,
                    "predicate": fact.predicate,
                    "object_id": None if fact.literal else fact.object,
                    "object_value": fact.object if fact.literal else None,
                    "method": fact.method,
                    "count": dict(fact.attrs).get("count") or dict(fact.attrs).get("stated_count"),
                    "document_id": source.id,
                    "paragraph_id": paragraph_ids.get(first.block) if first else None,
                    "start": first.start if first else None,
                    "end": first.end if first else None,
                    "quote": document.text[first.start : first.end] if first else None,
                    "evidence_count": len(fact.evidence),
                    "source": fact.background.ref if fact.background is not None else None,
                }
            )
            for ev in fact.evidence:
                ids.relation_evidence += 1
                evidence_rows.append(
                    {
                        "id": ids.relation_evidence, "relation_id": ids.relation, "document_id": source.id,
                        "paragraph_id": paragraph_ids.get(ev.block), "start": ev.start, "end": ev.end,
                        "quote": document.text[ev.start : ev.end],
                    }
                )
        db["relations"].insert_all(relation_rows)
        db["relation_evidence"].insert_all(evidence_rows)
