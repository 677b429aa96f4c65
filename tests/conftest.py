"""Shared fixtures: the shipped corpus, a build of it, and small corpora made per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hardtech_kg.build import build
from hardtech_kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PAPER = CORPUS / "hardtech-whitepaper-2019.txt"


@pytest.fixture(scope="session")
def paper_text() -> str:
    return PAPER.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The shipped corpus built once for the session; returns the build folder."""
    out = tmp_path_factory.mktemp("build")
    build(Settings(corpus_dir=CORPUS, out_dir=out))
    return out


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A private copy of the shipped corpus that a test may alter."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def manifest():
    return json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
