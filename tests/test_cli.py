"""The `hardtech-kg` CLI through click's CliRunner: build, warnings, every bad-input case."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from hardtech_kg.cli import cli

PAPER_NAME = "hardtech-whitepaper-2019.txt"


OUTPUTS = ["hardtech-entities.csv", "hardtech-observations.csv", "hardtech.db", "hardtech.gexf", "hardtech.graphml", "hardtech.jsonld", "hardtech.nt", "hardtech.ttl"]


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def paragraphs(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    return conn.execute("SELECT kind, text FROM paragraphs ORDER BY id").fetchall()


@pytest.fixture
def good_build(corpus_copy, tmp_path) -> Path:
    out = tmp_path / "out"
    result = run("build", "--corpus", str(corpus_copy), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def test_build_writes_the_database_and_reports(corpus_copy, tmp_path):
    out = tmp_path / "out"
    result = run("build", "--corpus", str(corpus_copy), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "hardtech.db").is_file()
    assert "69 paragraphs re-joined" in result.output and "TOC 120/120" in result.output
    assert "warning" not in result.output
    assert sorted(p.name for p in out.iterdir()) == [".cache", *OUTPUTS]  # no staging left; the extraction cache
    again = run("build", "--corpus", str(corpus_copy), "--out", str(out))
    assert "1 of 1 documents unchanged, reused from the cache" in again.output
    doc = sqlite3.connect(out / "hardtech.db").execute("SELECT title, sha256_matches, encoding FROM documents").fetchone()
    assert doc == ("2019 中国硬科技发展白皮书", 1, "utf-8")


def test_file_without_manifest_entry_gets_defaults_and_a_warning(corpus_copy, tmp_path):
    (corpus_copy / "notes.md").write_text("# 说明\n\n一、量子技术\n\n量子计算取得突破。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    assert "notes.md: no entry in manifest.json" in result.stderr
    rows = sqlite3.connect(tmp_path / "o" / "hardtech.db").execute("SELECT id, title, in_manifest FROM documents ORDER BY id").fetchall()
    assert rows == [("hardtech-whitepaper-2019", "2019 中国硬科技发展白皮书", 1), ("notes", "notes", 0)]


def test_sha256_mismatch_is_reported_and_the_edited_file_still_builds(corpus_copy, tmp_path):
    paper = corpus_copy / PAPER_NAME
    paper.write_text(paper.read_text(encoding="utf-8").replace("武汉", "江城"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert "differs from the manifest" in result.stderr
    conn = sqlite3.connect(tmp_path / "o" / "hardtech.db")
    assert conn.execute("SELECT sha256_matches FROM documents").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM paragraphs WHERE text LIKE '%江城%'").fetchone()[0] > 0


def test_gbk_copy_builds_to_the_same_paragraphs(corpus_copy, tmp_path, good_build):
    paper = corpus_copy / PAPER_NAME
    text = paper.read_text(encoding="utf-8")
    paper.write_bytes(text.encode("gbk", errors="replace"))
    gbk_out = tmp_path / "gbk"
    result = run("build", "--corpus", str(corpus_copy), "--out", str(gbk_out))
    assert result.exit_code == 0, result.output
    assert "[gb18030]" in result.output
    unencodable = {ch for ch in text if ch.encode("gbk", errors="replace") == b"?" and ch != "?"}
    expected = [(k, "".join("?" if ch in unencodable else ch for ch in t)) for k, t in paragraphs(good_build / "hardtech.db")]
    assert paragraphs(gbk_out / "hardtech.db") == expected


def test_gb18030_and_utf16_copies_build_to_identical_paragraphs(corpus_copy, tmp_path, good_build):
    paper = corpus_copy / PAPER_NAME
    text = paper.read_text(encoding="utf-8")
    for codec in ("gb18030", "utf-16", "utf-8-sig"):
        paper.write_bytes(text.encode(codec))
        out = tmp_path / codec
        assert run("build", "--corpus", str(corpus_copy), "--out", str(out)).exit_code == 0
        assert paragraphs(out / "hardtech.db") == paragraphs(good_build / "hardtech.db"), codec


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("figure.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file"),
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\n\t\n", "empty file"),
        ("latin1.txt", "café au lait, naïve résumé ".encode("latin-1") * 20, "undecodable text"),
    ],
)
def test_bad_input_fails_naming_the_file_and_keeps_the_previous_build(corpus_copy, good_build, name, data, reason):
    before = {p.name: p.read_bytes() for p in good_build.iterdir() if p.is_file()}
    (corpus_copy / name).write_bytes(data)
    result = run("build", "--corpus", str(corpus_copy), "--out", str(good_build))
    assert result.exit_code != 0
    assert name in result.output and reason in result.output
    assert "Traceback" not in result.output
    assert {p.name: p.read_bytes() for p in good_build.iterdir() if p.is_file()} == before


def test_unreadable_file_fails_naming_it(corpus_copy, good_build, monkeypatch):
    db = good_build / "hardtech.db"
    before = db.read_bytes()
    locked = corpus_copy / "locked.txt"
    locked.write_text("一、总论", encoding="utf-8")
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = run("build", "--corpus", str(corpus_copy), "--out", str(good_build))
    assert result.exit_code == 1 and "locked.txt: cannot be read (Permission denied)" in result.output
    assert db.read_bytes() == before


def test_links_and_folders_in_the_corpus_are_not_documents(corpus_copy, tmp_path):
    (corpus_copy / "dangling.txt").symlink_to(corpus_copy / "does-not-exist.txt")
    (corpus_copy / "folder.md").mkdir()
    result = run("build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    assert sqlite3.connect(tmp_path / "o" / "hardtech.db").execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_missing_or_empty_corpus_folder_is_a_clear_error(tmp_path):
    result = run("build", "--corpus", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1 and "corpus folder not found" in result.output
    (tmp_path / "empty").mkdir()
    result = run("build", "--corpus", str(tmp_path / "empty"), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1 and "no .txt or .md documents" in result.output


def test_malformed_manifest_is_a_clear_error(corpus_copy, tmp_path):
    (corpus_copy / "manifest.json").write_text("{not json", encoding="utf-8")
    result = run("build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1 and "manifest.json: not a readable JSON manifest" in result.output


def test_serve_without_a_build_says_what_to_do(tmp_path):
    result = run("serve", "--out", str(tmp_path))
    assert result.exit_code == 1 and "run `hardtech-kg build` first" in result.output


def test_manifest_lists_the_shipped_paper(manifest):
    (entry,) = manifest["documents"]
    assert entry["file"] == PAPER_NAME and entry["date"] == "2019-10" and len(entry["publishers"]) == 6
    assert {"title", "title_en", "sha256", "language", "source"} <= set(entry)


def test_document_size_limit_is_set_from_the_command_line(corpus_copy, tmp_path):
    big = corpus_copy / "big.txt"
    big.write_text("量子计算取得突破。\n\n" * 12_000, encoding="utf-8")  # ~320 kB
    result = run("build", "--corpus", str(corpus_copy), "--out", str(tmp_path / "o"), "--max-document-mb", "0.25")
    assert result.exit_code == 1
    assert "big.txt" in result.output and "too large" in result.output and "--max-document-mb" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "o" / "hardtech.db").exists()
