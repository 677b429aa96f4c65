"""The corpus folder → decoded source documents with their manifest metadata.

Every `.txt` and `.md` file in the folder (not in sub-folders, not hidden) is a
document. `manifest.json` adds metadata per file; a file without an entry gets
defaults and a warning, and a sha256 that differs from the manifest's is
reported (the file is still used: an edited copy is a legitimate input). Every
file is read and decoded before anything is written, so one bad file stops the
build with nothing lost.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from hardtech_kg.errors import CorpusError, TooLargeInput, UnreadableInput

from .decode import decode_bytes
from .ids import distinct_document_id, document_id

SUFFIXES = (".txt", ".md")
MANIFEST = "manifest.json"
# A larger file is refused before it is read. A build holds each document with its
# parse, mentions and graph in memory: about 1.1 GB per million characters (the
# shipped paper ×10, 4.3 MB, builds in 1.7 GB), so 4 MB (1.4 to 2 million
# characters, by encoding) stays within 4 GB. Reports of the genre are far smaller
# (the shipped paper: 0.47 MB).
MAX_DOCUMENT_BYTES = 4 * 2**20


@dataclass(frozen=True)
class SourceDocument:
    id: str
    path: Path
    text: str
    encoding: str
    bom: bool
    sha256: str
    size: int
    metadata: dict = field(default_factory=dict)
    in_manifest: bool = False

    @property
    def sha256_expected(self) -> str | None:
        return self.metadata.get("sha256")

    @property
    def sha256_matches(self) -> bool | None:
        expected = self.sha256_expected
        return None if expected is None else expected.lower() == self.sha256


def corpus_files(corpus_dir: Path) -> list[Path]:
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: corpus folder not found")
    return sorted(
        p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
    )


def load_manifest(corpus_dir: Path) -> dict[str, dict]:
    path = corpus_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorpusError(f"{path}: not a readable JSON manifest ({exc})") from exc
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "file" in e for e in entries):
        raise CorpusError(f"{path}: expected {{\"documents\": [{{\"file\": …}}, …]}}")
    return {entry["file"]: entry for entry in entries}


def _check_size(path: Path, size: int, limit: int) -> None:
    if size > limit:
        raise TooLargeInput(
            path,
            f"{size / 2**20:.1f} MB; the limit is {limit / 2**20:g} MB per document, "
            "(`hardtech-kg build --max-document-mb N`, Settings.max_document_bytes): raise it to build this file, or split the document",
        )


def load_corpus(corpus_dir: Path, max_document_bytes: int = MAX_DOCUMENT_BYTES) -> tuple[list[SourceDocument], list[str]]:
    """Read and decode every document; return them with the warnings to show.

    A file larger than `max_document_bytes` is refused (`TooLargeInput`) unread."""
    files = corpus_files(corpus_dir)
    if not files:
        raise CorpusError(f"{corpus_dir}: no .txt or .md documents in the corpus folder")
    manifest = load_manifest(corpus_dir)
    documents: list[SourceDocument] = []
    warnings: list[str] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            _check_size(path, path.stat().st_size, max_document_bytes)
            data = path.read_bytes()
        except OSError as exc:
            raise UnreadableInput(path, exc.strerror or str(exc)) from exc
        _check_size(path, len(data), max_document_bytes)  # it may have grown since
        decoded = decode_bytes(data, path)
        entry = manifest.get(path.name)
        doc_id = document_id(path)
        if doc_id in seen:
            doc_id = distinct_document_id(doc_id, path)
        seen[doc_id] = path
        document = SourceDocument(
            id=doc_id,
            path=path,
            text=decoded.text,
            encoding=decoded.encoding,
            bom=decoded.bom,
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
            metadata=dict(entry) if entry else {"title": path.stem, "language": "zh"},
            in_manifest=entry is not None,
        )
        if entry is None:
            warnings.append(f"{path}: no entry in {MANIFEST}; using defaults (title {path.stem!r})")
        elif document.sha256_matches is False:
            warnings.append(
                f"{path}: sha256 {document.sha256[:12]}… differs from the manifest's {document.sha256_expected[:12]}…"
            )
        documents.append(document)
    for name in sorted(set(manifest) - {p.name for p in files}):
        warnings.append(f"{corpus_dir / name}: listed in {MANIFEST} but not in the corpus folder")
    return documents, warnings
