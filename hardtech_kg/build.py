"""The build: corpus folder → outputs in the build folder, all or nothing.

Every input is read, decoded and parsed before the build folder is touched;
outputs are written into a private staging folder inside it and moved into
place with `os.replace`, so a failed or killed build leaves the previous
outputs byte-identical.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from hardtech_kg.extract.corpus import load_corpus
from hardtech_kg.extract.layout import load_rules
from hardtech_kg.extract.mentions import mentions as find_mentions

from hardtech_kg.extract.observations import global_index, index_entities, list_count_findings, member_facts, observations
from hardtech_kg.extract.schemes import find_schemes
from hardtech_kg.extract.relations import Extraction, relations
from hardtech_kg.extract.segment import section_of_blocks, segment
from hardtech_kg.graph.to_rdf import Source, entity_iri, graph_for
from hardtech_kg.graph.serialize import write_graph
from hardtech_kg.graph.to_networkx import entity_graph, metrics, write_networkx
from hardtech_kg.graph.to_sqlite import to_sqlite

from .settings import Settings

Progress = Callable[[str, int, int], None]
STAGING_PREFIX = ".staging-"


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    file: str
    encoding: str
    chars: int
    paragraphs: int
    sections: int
    rejoined: int
    tables: int
    footnotes: int
    toc_matched: int
    toc_entries: int


@dataclass(frozen=True)
class BuildReport:
    db_path: Path
    documents: tuple[DocumentSummary, ...]
    counts: dict[str, int]
    warnings: tuple[str, ...]
    seconds: float


def build(settings: Settings, progress: Progress | None = None) -> BuildReport:
    """Build `hardtech.db` from the corpus; raise a `HardtechError` on bad input."""
    started = time.perf_counter()
    tell = progress or (lambda stage, done, total: None)
    sources, warnings = load_corpus(settings.corpus_dir)
    rules = load_rules()
    parsed, extractions, graph_parts = [], [], []
    for k, source in enumerate(sources):
        tell(f"parse {source.path.name}", k, len(sources))
        document = segment(source.text, rules, source.metadata.get("title"))
        parsed.append((source, document))
        tell(f"extract {source.path.name}", k, len(sources))
        found = find_mentions(document)
        schemes = find_schemes(document)
        extraction = relations(document, found, source.id, schemes)
        domains = tuple(c.label for s in schemes if s.key == "index_domains" for c in s.concepts)
        national, world = observations(document), global_index(document, domains)
        if national is not None:
            national = replace(national, findings=national.findings + tuple(list_count_findings(extraction)))
        indexes = tuple(i for i in (national, world) if i is not None)
        for index in indexes:
            more_entities, more_facts = index_entities(index, source.id, extraction)
            if index.key == "global":
                more_facts = list(more_facts) + member_facts(document, extraction, source.id)
            extraction = Extraction(extraction.entities + tuple(more_entities), extraction.facts + tuple(more_facts), extraction.mention_entity)
        extractions.append((found, extraction, indexes))
        graph_parts.append((Source(source.id, source.metadata.get("title") or source.path.stem, source.metadata), document, found, extraction, _section_paths(document), indexes))
    tell("write graph and database", len(sources), len(sources))
    graph = graph_for(graph_parts)
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(settings.out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=settings.out_dir))
    try:
        staged_db = staging / settings.db_path.name
        network = entity_graph([extraction for _, extraction, _ in extractions])
        counts = to_sqlite(parsed, staged_db, extractions, entity_iri, metrics(network))
        staged = {staged_db: settings.db_path}
        for path in [*write_graph(graph, staging).values(), *write_networkx(network, staging).values(), *write_csv(staged_db, staging)]:
            staged[path] = settings.out_dir / path.name
        counts["triples"] = len(graph)
        # The database goes last: its presence marks a complete build.
        for path, target in sorted(staged.items(), key=lambda item: item[1] == settings.db_path):
            os.replace(path, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    summaries = tuple(
        DocumentSummary(
            id=source.id,
            file=source.path.name,
            encoding=source.encoding + (" (BOM)" if source.bom else ""),
            chars=len(document.text),
            paragraphs=sum(1 for b in document.blocks if b.kind != "toc"),
            sections=len(document.sections),
            rejoined=sum(1 for b in document.blocks if b.joined > 1),
            tables=len(document.tables),
            footnotes=len(document.footnotes),
            toc_matched=sum(1 for e in document.toc if e.section is not None),
            toc_entries=len(document.toc),
        )
        for source, document in parsed
    )
    tell("done", len(sources), len(sources))
    return BuildReport(settings.db_path, summaries, counts, tuple(warnings), time.perf_counter() - started)


def write_csv(db_path: Path, folder: Path) -> list[Path]:
    """Entities and observations as CSV, for spreadsheets."""
    import csv
    import sqlite3

    conn = sqlite3.connect(db_path)
    out = []
    for table, columns in (("entities", "id, type, label, label_en, aliases, mention_count, iri, lat, lon"), ("observations", "id, dataset_id, city_id, city, component_id, component, value_text AS value, rank, status, tier, quote")):
        path = folder / f"hardtech-{table}.csv"
        cursor = conn.execute(f"SELECT {columns} FROM {table} ORDER BY id")
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([d[0] for d in cursor.description])
            writer.writerows(cursor)
        out.append(path)
    conn.close()
    return out


def _section_paths(document) -> dict[int, str]:
    """Section path (headings from the top down) of every block, for evidence."""
    owner = section_of_blocks(document)
    paths: dict[int, str] = {}
    for section in document.sections:
        parent = paths.get(section.parent) if section.parent is not None else None
        label = section.heading or section.title
        paths[section.index] = f"{parent} › {label}" if parent else label
    return {block.index: paths[owner[block.index]] for block in document.blocks if owner[block.index] is not None}


def _remove_stale_staging(out_dir: Path) -> None:
    """Remove staging folders left by builds that were killed (their process is gone)."""
    for path in out_dir.glob(f"{STAGING_PREFIX}*"):
        try:
            pid = int(path.name[len(STAGING_PREFIX) :].split("-", 1)[0])
        except ValueError:
            continue
        if pid != os.getpid() and not _alive(pid):
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
