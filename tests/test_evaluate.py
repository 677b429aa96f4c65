"""`hardtech-kg eval`: F1 per type against the gold annotation, with floors that only rise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from hardtech_kg.cli import cli
from hardtech_kg.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
# The bar for the development gold.
REQUIRED = {"place": 0.90, "institution": 0.90, "policy": 0.85, "technology": 0.85, "date": 0.85}


@pytest.fixture(scope="module")
def dev():
    return evaluate(ROOT / "corpus", GOLD)


@pytest.fixture(scope="module")
def heldout():
    return evaluate(ROOT / "corpus", GOLD / "heldout")


def test_every_gold_paragraph_is_found_in_the_corpus(dev, heldout):
    assert dev.missing_paragraphs == () and heldout.missing_paragraphs == ()
    assert dev.paragraphs >= 90 and heldout.paragraphs >= 100


@pytest.mark.parametrize("group", sorted(FLOORS["dev"]))
def test_dev_f1_floor(dev, group):
    assert dev.by_group()[group].f1 >= FLOORS["dev"][group]


@pytest.mark.parametrize("group", sorted(REQUIRED))
def test_dev_f1_meets_the_bar(dev, group):
    assert dev.by_group()[group].f1 >= REQUIRED[group]


@pytest.mark.parametrize("group", sorted(FLOORS["heldout"]))
def test_heldout_f1_floor(heldout, group):
    assert heldout.by_group()[group].f1 >= FLOORS["heldout"][group]


def test_eval_command_prints_the_table():
    result = CliRunner().invoke(cli, ["eval", "--corpus", str(ROOT / "corpus")], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split()[:4] == ["type", "gold", "found", "hits"]
    assert "institution" in result.output and "gold paragraphs matched" in result.output
