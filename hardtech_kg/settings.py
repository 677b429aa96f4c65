"""The one settings object, passed explicitly to every stage that needs it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hardtech_kg.extract.corpus import MAX_DOCUMENT_BYTES

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    """Where the corpus is read from and where the build goes.

    `corpus_dir` and `out_dir` default to `corpus/` and `build/` in the current
    directory, as the CLI contract says.
    """

    corpus_dir: Path = field(default_factory=lambda: Path("corpus"))
    out_dir: Path = field(default_factory=lambda: Path("build"))
    db_name: str = "hardtech"
    metadata_path: Path | None = None
    # A corpus file larger than this is refused with a clear error; raise it to build a larger document.
    max_document_bytes: int = MAX_DOCUMENT_BYTES
    # Reuse a document's extraction from `<out_dir>/.cache` when its bytes, its title and the extraction code are unchanged.
    cache: bool = True

    @property
    def db_path(self) -> Path:
        return self.out_dir / f"{self.db_name}.db"

    def resolved_metadata(self) -> Path | None:
        """The Datasette metadata file: the one given, else `metadata.json` of the project."""
        if self.metadata_path is not None:
            return self.metadata_path
        for candidate in (Path("metadata.json"), PROJECT_ROOT / "metadata.json"):
            if candidate.is_file():
                return candidate
        return None
