"""Deterministic and incremental builds: same corpus → same bytes; a cached build equals a full one."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import hardtech_kg.build as build_module
from hardtech_kg.build import build
from hardtech_kg.settings import Settings

OUTPUTS = ("hardtech.ttl", "hardtech.nt", "hardtech.jsonld", "hardtech.graphml", "hardtech.gexf", "hardtech-entities.csv", "hardtech-observations.csv")


def dump(db: Path) -> list[str]:
    """The database's content as SQL, table by table, in order."""
    return list(sqlite3.connect(db).iterdump())


def same_build(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert dump(a / "hardtech.db") == dump(b / "hardtech.db")


def excerpt_corpus(folder: Path, source: Path) -> Path:
    """Two documents of the genre: the paper's Wuhan and Xi'an city profiles, each on its own (small, fast)."""
    text = (source / "hardtech-whitepaper-2019.txt").read_text(encoding="utf-8")
    folder.mkdir()
    for name, city in (("a-wuhan.txt", "武汉市拥有"), ("b-xian.txt", "西安市拥有")):
        at = text.index(city)
        start = text.rfind("\n\n", 0, at - 3000) + 2
        (folder / name).write_text(text[start : at + 3000], encoding="utf-8")
    return folder


def test_two_builds_are_byte_identical(built, tmp_path):
    out = tmp_path / "again"
    build(Settings(corpus_dir=_corpus(), out_dir=out, cache=False))
    same_build(built, out)
    assert (built / "hardtech.db").read_bytes() == (out / "hardtech.db").read_bytes()


def _corpus() -> Path:
    return Path(__file__).resolve().parent.parent / "corpus"


def test_graph_does_not_depend_on_the_order_documents_are_processed(tmp_path, monkeypatch):
    corpus = excerpt_corpus(tmp_path / "corpus", _corpus())
    build(Settings(corpus_dir=corpus, out_dir=tmp_path / "forward", cache=False))
    load = build_module.load_corpus

    def reversed_corpus(folder, *limits):
        sources, warnings = load(folder, *limits)
        return list(reversed(sources)), warnings

    monkeypatch.setattr(build_module, "load_corpus", reversed_corpus)
    build(Settings(corpus_dir=corpus, out_dir=tmp_path / "backward", cache=False))
    for name in ("hardtech.ttl", "hardtech.nt", "hardtech.jsonld"):
        assert (tmp_path / "forward" / name).read_bytes() == (tmp_path / "backward" / name).read_bytes(), name
    entities = "SELECT id, type, label, label_en, iri FROM entities ORDER BY id"
    assert (
        sqlite3.connect(tmp_path / "forward" / "hardtech.db").execute(entities).fetchall()
        == sqlite3.connect(tmp_path / "backward" / "hardtech.db").execute(entities).fetchall()
    )


def test_incremental_build_reuses_unchanged_documents_and_equals_a_full_build(tmp_path, monkeypatch):
    corpus = excerpt_corpus(tmp_path / "corpus", _corpus())
    out = tmp_path / "out"
    first = build(Settings(corpus_dir=corpus, out_dir=out))
    assert first.reused == ()
    # Change one document: only it is extracted again.
    changed = corpus / "b-xian.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("西安市拥有", "西安市共拥有", 1), encoding="utf-8")
    extracted: list[str] = []
    real = build_module.extract_document

    def counting(source, rules, stages=None):
        extracted.append(source.id)
        return real(source, rules, stages)

    monkeypatch.setattr(build_module, "extract_document", counting)
    second = build(Settings(corpus_dir=corpus, out_dir=out))
    assert extracted == ["b-xian"] and second.reused == ("a-wuhan",)
    full = tmp_path / "full"
    build(Settings(corpus_dir=corpus, out_dir=full, cache=False))
    same_build(out, full)
    # The cache holds exactly the current documents' entries.
    assert sorted(p.name.split("-", 2)[0] + "-" + p.name.split("-", 2)[1] for p in (out / ".cache").iterdir()) == ["a-wuhan", "b-xian"]


def test_a_damaged_cache_entry_is_recomputed(tmp_path):
    corpus = excerpt_corpus(tmp_path / "corpus", _corpus())
    out = tmp_path / "out"
    build(Settings(corpus_dir=corpus, out_dir=out))
    for entry in (out / ".cache").iterdir():
        entry.write_bytes(b"not a pickle")
    again = build(Settings(corpus_dir=corpus, out_dir=out))
    assert again.reused == ()
    full = tmp_path / "full"
    build(Settings(corpus_dir=corpus, out_dir=full, cache=False))
    same_build(out, full)
