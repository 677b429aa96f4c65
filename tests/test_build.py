"""hardtech_kg.build: all or nothing — a failed or killed build leaves the previous outputs intact."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from hardtech_kg import build as build_module
from hardtech_kg.build import STAGING_PREFIX, build
from hardtech_kg.settings import Settings


OUTPUTS = ["hardtech-entities.csv", "hardtech-observations.csv", "hardtech.db", "hardtech.gexf", "hardtech.graphml", "hardtech.jsonld", "hardtech.nt", "hardtech.ttl"]


def test_failure_while_writing_keeps_the_previous_database(corpus_copy, tmp_path, monkeypatch):
    settings = Settings(corpus_dir=corpus_copy, out_dir=tmp_path / "out")
    build(settings)
    before = {p.name: p.read_bytes() for p in settings.out_dir.iterdir() if p.is_file()}

    def broken(documents, path, *rest):
        path.write_bytes(b"half a database")
        raise RuntimeError("disk full")

    monkeypatch.setattr(build_module, "to_sqlite", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        build(settings)
    assert {p.name: p.read_bytes() for p in settings.out_dir.iterdir() if p.is_file()} == before
    assert sorted(before) == OUTPUTS


def test_killed_build_keeps_the_previous_database_and_its_leftovers_are_cleaned(corpus_copy, tmp_path):
    out = tmp_path / "out"
    settings = Settings(corpus_dir=corpus_copy, out_dir=out)
    build(settings)
    before = settings.db_path.read_bytes()
    script = textwrap.dedent(
        f"""
        import os, signal
        from pathlib import Path
        from hardtech_kg import build as b
        from hardtech_kg.settings import Settings
        def killed(documents, path, *rest):
            path.write_bytes(b"partial")
            os.kill(os.getpid(), signal.SIGKILL)
        b.to_sqlite = killed
        b.build(Settings(corpus_dir=Path({str(corpus_copy)!r}), out_dir=Path({str(out)!r})))
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert proc.returncode == -9
    assert settings.db_path.read_bytes() == before
    leftovers = [p for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)]
    assert len(leftovers) == 1  # what the killed process left behind …
    report = build(settings)
    assert not [p for p in out.iterdir() if p.name.startswith(STAGING_PREFIX)]  # … is removed by the next build
    assert report.documents[0].paragraphs > 1000


def test_report_counts(built):
    import sqlite3

    conn = sqlite3.connect(built / "hardtech.db")
    assert conn.execute("SELECT paragraph_count, section_count FROM documents").fetchone() == (
        conn.execute("SELECT count(*) FROM paragraphs").fetchone()[0],
        conn.execute("SELECT count(*) FROM sections").fetchone()[0],
    )
