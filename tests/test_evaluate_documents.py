"""`hardtech-kg eval --documents`: the whole pipeline scored on real reports, with floors that only rise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hardtech_kg.cli import cli
from hardtech_kg.evaluate_documents import evaluate_documents, out_of_scope

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "gold" / "real"
FLOORS = json.loads((ROOT / "tests" / "gold" / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev():
    return evaluate_documents(REAL / "dev").totals()


@pytest.fixture(scope="module")
def heldout():
    return evaluate_documents(REAL / "heldout").totals()


@pytest.mark.parametrize("kind", sorted(FLOORS["real_dev"]))
def test_real_dev_f1_floor(dev, kind):
    assert dev[kind].f1 >= FLOORS["real_dev"][kind], (kind, dev[kind])


@pytest.mark.parametrize("kind", sorted(FLOORS["real_heldout"]))
def test_real_heldout_f1_floor(heldout, kind):
    assert heldout[kind].f1 >= FLOORS["real_heldout"][kind], (kind, heldout[kind])


def test_every_real_document_has_gold():
    for split in ("dev", "heldout"):
        documents = {p.stem for p in (REAL / split).glob("*.txt")}
        assert documents and documents == {p.stem for p in (REAL / split / "gold").glob("*.json")}, split


def test_a_document_scored_end_to_end(tmp_path):
    """The plumbing: mentions mapped back to file offsets, placements and milestones matched by name and date."""
    text = "清华大学位于北京。\n2001年，清华大学发布了新的计划。\n表1\t北京\t上海\n"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    span = lambda s, t: {"start": text.index(s), "end": text.index(s) + len(s), "text": s, "type": t}  # noqa: E731
    gold = {
        "document": "doc", "file": "doc.txt",
        "spans": [span("清华大学", "University"), span("北京", "City"),
                  {**span("清华大学", "University"), "start": text.index("清华大学", 5), "end": text.index("清华大学", 5) + 4}],
        "placements": [{"subject": span("清华大学", "University"), "place": "北京", "basis": "statement", "evidence": {"start": 0, "end": 9}}],
        "milestones": [],
    }
    (tmp_path / "gold" / "doc.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    report = evaluate_documents(tmp_path, tmp_path / "build")
    scores = {s.kind: s for s in report.scores}
    assert scores["institution"].gold == 2 and scores["city"].gold == 1
    assert scores["city"].predicted == 1  # the 北京 of the table row is out of scope
    assert scores["institution"].correct == scores["institution"].predicted == 2


def test_scope_leaves_out_table_rows_and_captions():
    text = "正文北京。\n图1 北京的位置\n表2\t城市\n北京\t1\n附表A 名单\n"
    starts = [a for a, _ in out_of_scope(text)]
    assert [text[a:a + 2] for a in starts] == ["图1", "表2", "北京", "附表"]


def test_eval_documents_command_prints_the_table():
    result = CliRunner().invoke(cli, ["eval", "--documents", str(REAL / "dev")], catch_exceptions=False)
    assert result.exit_code == 0 and result.output.splitlines()[0].split()[:3] == ["document", "kind", "gold"]
    assert "all documents" in result.output and "placement" in result.output and "milestone" in result.output


def test_the_ontologys_finer_lab_classes_are_scored_as_the_guidelines_type_them(tmp_path):
    """A national lab is a ResearchInstitute and a 国家工程实验室 an EngineeringCenter to the annotators."""
    text = "之江实验室与互联网医疗国家工程实验室合作。\n"
    (tmp_path / "doc.txt").write_text(text, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    span = lambda s, t: {"start": text.index(s), "end": text.index(s) + len(s), "text": s, "type": t}  # noqa: E731
    gold = {"document": "doc", "file": "doc.txt", "spans": [span("互联网医疗国家工程实验室", "EngineeringCenter")], "placements": [], "milestones": []}
    (tmp_path / "gold" / "doc.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    scores = {s.kind: s for s in evaluate_documents(tmp_path, tmp_path / "build").scores}
    assert scores["institution"].correct == 1
