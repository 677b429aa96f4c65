"""The build: corpus folder → outputs in the build folder, all or nothing.

Every input is read, decoded and parsed before the build folder is touched;
outputs are written into a private staging folder inside it and moved into
place with `os.replace`, so a failed or killed build leaves the previous
outputs byte-identical.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from hardtech_kg.extract.corpus import load_corpus
from hardtech_kg.extract.ids import entity_iri
from hardtech_kg.extract.layout import load_rules
from hardtech_kg.extract.mentions import mentions as find_mentions
from hardtech_kg.extract.model import Extraction
from hardtech_kg.extract.observations import global_index, index_entities, list_count_findings, member_facts, observations
from hardtech_kg.extract.schemes import find_schemes
from hardtech_kg.extract.relations import relations
from hardtech_kg.extract.segment import section_of_blocks, segment
from hardtech_kg.graph.to_rdf import Source, graph_for
from hardtech_kg.graph.serialize import write_graph
from hardtech_kg.graph.to_networkx import entity_graph, metrics, write_networkx
from hardtech_kg.graph.to_sqlite import to_sqlite

from .settings import Settings

Progress = Callable[[str, int, int], None]
STAGING_PREFIX = ".staging-"
CACHE_DIR = ".cache"


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
    reused: tuple[str, ...] = ()  # documents whose extraction came from the cache
    stages: dict[str, float] = field(default_factory=dict)  # seconds per stage (extraction stages summed over documents)


@dataclass(frozen=True)
class DocumentResult:
    """Everything extracted from one document: what the cache keeps."""

    document: object
    mentions: tuple
    extraction: Extraction
    indexes: tuple
    section_paths: dict[int, str]


def extract_document(source, rules, stages: dict[str, float] | None = None) -> DocumentResult:
    """Segment one decoded document and extract its mentions, relations and index data."""
    timer = _Timer(stages if stages is not None else {})
    with timer("segment"):
        document = segment(source.text, rules, source.metadata.get("title"))
    with timer("mentions"):
        found = find_mentions(document)
    with timer("relations"):
        schemes = find_schemes(document)
        extraction = relations(document, found, source.id, schemes)
    with timer("observations"):
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
    return DocumentResult(document, found, extraction, indexes, _section_paths(document))


class _Timer:
    def __init__(self, totals: dict[str, float]):
        self.totals = totals

    @contextmanager
    def __call__(self, stage: str):
        mark = time.perf_counter()
        try:
            yield
        finally:
            self.totals[stage] = self.totals.get(stage, 0.0) + time.perf_counter() - mark


class ExtractionCache:
    """Per-document extraction results in `<out>/.cache`, keyed by the document's bytes, its title and the code.

    The code fingerprint hashes every file of the extract package (rules,
    gazetteers, modules), so a changed rule or module never reuses a stale
    result. Entries are written atomically; one that cannot be read is
    recomputed.
    """

    def __init__(self, folder: Path):
        self.folder = folder

    @staticmethod
    @lru_cache(maxsize=1)
    def fingerprint() -> str:
        import hardtech_kg.extract as package

        digest = hashlib.sha256(f"{sys.version_info[:2]}".encode())
        root = Path(package.__file__).parent
        for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()[:16]

    def _path(self, source) -> Path:
        key = hashlib.sha256(f"{source.sha256}\0{source.metadata.get('title')}\0{source.id}\0{self.fingerprint()}".encode()).hexdigest()[:32]
        return self.folder / f"{source.id}-{key}.pickle"

    def get(self, source) -> DocumentResult | None:
        path = self._path(source)
        try:
            with path.open("rb") as fh:
                result = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return result if isinstance(result, DocumentResult) else None

    def put(self, source, result: DocumentResult) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(source)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)

    def keep_only(self, sources) -> None:
        """Drop entries of documents that are gone or changed, and temporary files of killed builds."""
        keep = {self._path(s).name for s in sources}
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.name not in keep:
                    path.unlink(missing_ok=True)


def build(settings: Settings, progress: Progress | None = None) -> BuildReport:
    """Build `hardtech.db` from the corpus; raise a `HardtechError` on bad input."""
    started = time.perf_counter()
    tell = progress or (lambda stage, done, total: None)
    sources, warnings = load_corpus(settings.corpus_dir, settings.max_document_bytes)
    rules = load_rules()
    parsed, extractions, graph_parts, reused = [], [], [], []
    stages: dict[str, float] = {"load": time.perf_counter() - started}
    cache = ExtractionCache(settings.out_dir / CACHE_DIR) if settings.cache else None
    for k, source in enumerate(sources):
        tell(f"extract {source.path.name}", k, len(sources))
        result = cache.get(source) if cache else None
        if result is None:
            result = extract_document(source, rules, stages)
            if cache:
                cache.put(source, result)
        else:
            reused.append(source.id)
        parsed.append((source, result.document))
        extractions.append((result.mentions, result.extraction, result.indexes))
        graph_parts.append((Source(source.id, source.metadata.get("title") or source.path.stem, source.metadata), result.document, result.mentions, result.extraction, result.section_paths, result.indexes))
    if cache:
        cache.keep_only(sources)
    tell("write graph and database", len(sources), len(sources))
    mark = time.perf_counter()
    graph = graph_for(graph_parts)
    stages["rdf"] = time.perf_counter() - mark
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(settings.out_dir)
    staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-", dir=settings.out_dir))
    try:
        staged_db = staging / settings.db_path.name
        mark = time.perf_counter()
        network = entity_graph([extraction for _, extraction, _ in extractions])
        graph_metrics = metrics(network)
        stages["metrics"] = time.perf_counter() - mark
        mark = time.perf_counter()
        counts = to_sqlite(parsed, staged_db, extractions, entity_iri, graph_metrics)
        stages["sqlite"] = time.perf_counter() - mark
        staged = {staged_db: settings.db_path}
        mark = time.perf_counter()
        files = [*write_graph(graph, staging).values(), *write_networkx(network, staging).values(), *write_csv(staged_db, staging)]
        stages["exports"] = time.perf_counter() - mark
        for path in files:
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
    return BuildReport(settings.db_path, summaries, counts, tuple(warnings), time.perf_counter() - started, tuple(reused), stages)


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
