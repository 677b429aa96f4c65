"""Hostile corpora: a real build on each either succeeds, every stored offset exact, or fails naming the file.

Each case is one file in a corpus folder of its own, built by the `hardtech-kg`
command in a child process whose address space is capped (`RLIMIT_AS`) and
which is killed if it runs past a generous timeout: the cap and the timeout
are bounds that catch a blow-up or a hang, not speed checks.
"""

from __future__ import annotations

import os
import random
import resource
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

from hardtech_kg.extract.corpus import MAX_DOCUMENT_BYTES

PAPER = Path(__file__).resolve().parent.parent / "corpus" / "hardtech-whitepaper-2019.txt"
MEMORY_LIMIT = 4 * 2**30
TIMEOUT = 300
EXE = Path(sys.executable).parent / "hardtech-kg"

# Every table that stores a span of a document's text with the text itself.
SPAN_TABLES = {
    "paragraphs": "text",
    "mentions": "text",
    "relations": "quote",
    "relation_evidence": "quote",
    "observations": "quote",
    "findings": "quote",
}


@dataclass(frozen=True)
class Outcome:
    code: int
    output: str
    timed_out: bool


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def build_bounded(corpus: Path, out: Path) -> Outcome:
    """`hardtech-kg build` in a child process under the memory cap, killed after `TIMEOUT` seconds."""
    log_path = out.parent / f"{out.name}.log"
    with log_path.open("w+b") as log:
        proc = subprocess.Popen(
            [str(EXE), "build", "--corpus", str(corpus), "--out", str(out)],
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_limit_memory,
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            proc.kill()

        timer = threading.Timer(TIMEOUT, kill)
        timer.start()
        try:
            code = proc.wait()
        finally:
            timer.cancel()
        log.seek(0)
        return Outcome(code, log.read().decode("utf-8", errors="replace"), killed.is_set())


def check_offsets(db_path: Path) -> dict[str, int]:
    """Assert that every stored span is the slice of its document's text it claims; return the row counts."""
    conn = sqlite3.connect(db_path)
    texts = dict(conn.execute("SELECT id, text FROM documents"))
    counts = {}
    for table, column in SPAN_TABLES.items():
        rows = conn.execute(f"SELECT document_id, start, \"end\", {column} FROM {table} WHERE start IS NOT NULL").fetchall()
        counts[table] = len(rows)
        bad = [row for row in rows if not 0 <= row[1] <= row[2] <= len(texts[row[0]]) or texts[row[0]][row[1] : row[2]] != row[3]]
        assert bad == [], (table, len(bad), bad[:3])
    conn.close()
    return counts


def corpus_with(tmp_path: Path, name: str, data: bytes) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_bytes(data)
    return corpus


def assert_builds(tmp_path: Path, name: str, data: bytes) -> tuple[sqlite3.Connection, dict[str, int]]:
    outcome = build_bounded(corpus_with(tmp_path, name, data), tmp_path / "out")
    assert not outcome.timed_out, f"no result within {TIMEOUT} s"
    assert outcome.code == 0, outcome.output[-3000:]
    db = tmp_path / "out" / "hardtech.db"
    counts = check_offsets(db)
    return sqlite3.connect(db), counts


def assert_refused(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    outcome = build_bounded(corpus_with(tmp_path, name, data), tmp_path / "out")
    assert not outcome.timed_out, f"no result within {TIMEOUT} s"
    assert outcome.code == 1, outcome.output[-3000:]
    assert f"{name}: {reason}" in outcome.output
    assert "Traceback" not in outcome.output
    assert not (tmp_path / "out" / "hardtech.db").exists()


@pytest.fixture(scope="module")
def paper() -> str:
    return PAPER.read_text(encoding="utf-8")


def test_empty_file_is_refused(tmp_path):
    assert_refused(tmp_path, "empty.txt", b"", "empty file")


def test_binary_file_is_refused(tmp_path):
    data = random.Random(6).randbytes(200_000)
    assert_refused(tmp_path, "scan.txt", data, "binary file")


def test_gbk_copy_builds(tmp_path, paper):
    conn, counts = assert_builds(tmp_path, "paper-gbk.txt", paper.encode("gbk", errors="replace"))
    assert conn.execute("SELECT encoding FROM documents").fetchone() == ("gb18030",)
    assert counts["mentions"] > 5000


def test_utf16_copy_builds(tmp_path, paper):
    conn, counts = assert_builds(tmp_path, "paper-utf16.txt", paper.encode("utf-16"))
    assert conn.execute("SELECT encoding FROM documents").fetchone() == ("utf-16",)
    assert counts["mentions"] > 5000


def test_50_mb_document_is_refused_before_it_is_read(tmp_path, paper):
    data = paper.encode("utf-8")
    data = data * (50 * 2**20 // len(data) + 1)
    assert len(data) > 50 * 2**20 > MAX_DOCUMENT_BYTES
    assert_refused(tmp_path, "huge.txt", data, "too large")


def test_unclosed_title_mark_before_a_long_text_builds(tmp_path, paper):
    """《 opens the text and never closes; the paragraphs after it do not end their sentences, so all are re-joined."""
    lines = [line.replace("《", "").replace("》", "").strip().rstrip("。；：！？…”’」』）)!?;:.】") for line in paper.split("\n")]
    text = "《" + "\n\n".join(line for line in lines if "。" in line)
    conn, counts = assert_builds(tmp_path, "unclosed.txt", text.encode("utf-8"))
    assert conn.execute("SELECT count(*), min(text LIKE '《%') FROM paragraphs").fetchone() == (1, 1)
    assert counts["mentions"] > 3000


def test_ten_thousand_item_enumeration_builds(tmp_path):
    rnd = random.Random(10)
    names: set[str] = set()
    while len(names) < 10_000:
        name = "".join(chr(rnd.randrange(0x4E00, 0x4E00 + 3000)) for _ in range(4))
        if name[-1] not in "与和及或":  # 某某某和|国家重点实验室 joins a bare suffix: no lab's name
            names.add(name + "国家重点实验室")
    text = "武汉市拥有" + "、".join(sorted(names)) + "等国家重点实验室10000个。\n"
    conn, _ = assert_builds(tmp_path, "enumeration.txt", text.encode("utf-8"))
    assert conn.execute("SELECT count(*) FROM mentions WHERE label = 'StateKeyLab'").fetchone() == (10_000,)
    located = conn.execute("SELECT count(*) FROM relations WHERE predicate = 'locatedIn' AND object_id = 'city/武汉'").fetchone()
    assert located == (10_000,)
    # Co-mention pairs of one sentence are capped: not 50 million of them.
    assert conn.execute("SELECT count(*) FROM relations WHERE predicate = 'coMentionedWith'").fetchone()[0] < 100
    assert conn.execute("SELECT max(length(quote)) FROM relation_evidence").fetchone()[0] <= 500


def test_megabyte_long_single_line_builds(tmp_path, paper):
    line = "".join(paper.split()).encode("utf-8")
    data = (line * (2**20 // len(line) + 1))[: 2**20].decode("utf-8", errors="ignore").encode("utf-8")
    assert len(data) > 2**20 - 4 and b"\n" not in data
    conn, counts = assert_builds(tmp_path, "one-line.txt", data)
    assert conn.execute("SELECT count(*) FROM paragraphs").fetchone() == (1,)
    assert counts["mentions"] > 5000
    assert conn.execute("SELECT max(length(quote)) FROM relation_evidence").fetchone()[0] <= 500


def test_long_runs_of_one_shape_build(tmp_path):
    """Runs that make a backtracking pattern or a per-position rescan quadratic: spaces before a month, digits
    before 大, 等-lists in one clause, · in an open quotation, unclosed marks, city names without 属于."""
    n = 100_000
    runs = [
        "中" + " " * n + "中。", "中" + "1" * n + "中。", "中" + "一" * n + "中。", "“" + "·" * n + "中。", "《" * n,
        "等国家重点实验室、" * (n // 9), "武汉市" + "1" * n + "%", "北京市" * (n // 3), "中\t" * (n // 2),
    ]
    conn, _ = assert_builds(tmp_path, "runs.txt", "\n\n".join(runs).encode("utf-8"))
    stored = "".join(text for (text,) in conn.execute("SELECT text FROM paragraphs ORDER BY start"))
    assert stored == "".join(runs)  # the cut paragraphs after 《 are re-joined, nothing is lost

