"""Extract, never transcribe: names changed in the text flow through to the graph."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from hardtech_kg.build import build
from hardtech_kg.graph.query import open_store, select
from hardtech_kg.settings import Settings

PAPER = "hardtech-whitepaper-2019.txt"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def altered(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("altered") / "corpus"
    shutil.copytree(CORPUS, corpus)
    paper = corpus / PAPER
    text = paper.read_text(encoding="utf-8")
    edits = [
        ("杂交水稻国家重点实验室", "稻作分子设计国家重点实验室"),  # a lab renamed
        ("拥有武汉大学、华中科技大学", "拥有武汉大学、江汉光电大学、华中科技大学"),  # a university added to a list
        ("病毒学国家重点实验室、", "病毒学国家重点实验室、量子精密测量国家重点实验室、"),  # a new lab in a list
        ("合肥市积极搭建了", "芜湖市积极搭建了"),  # the labs of a sentence now in another city
    ]
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    paper.write_text(text, encoding="utf-8")
    out = corpus.parent / "build"
    build(Settings(corpus_dir=corpus, out_dir=out))
    return out


def city_of(out, label: str) -> set[str]:
    query = f'SELECT ?c WHERE {{ ?x rdfs:label "{label}"@zh ; ht:locatedIn ?city . ?city a ht:City ; rdfs:label ?c FILTER(LANG(?c) = "zh") }}'
    return {b["c"]["value"] for b in select(open_store(out), query)["results"]["bindings"]}


def test_renamed_lab_has_the_new_name_only(altered):
    assert city_of(altered, "稻作分子设计国家重点实验室") == {"武汉"}
    labels = {r[0] for r in sqlite3.connect(altered / "hardtech.db").execute("SELECT label FROM entities")}
    assert "杂交水稻国家重点实验室" not in labels


def test_added_university_and_lab_are_in_the_right_city(altered):
    assert city_of(altered, "江汉光电大学") == {"武汉"}
    assert city_of(altered, "量子精密测量国家重点实验室") == {"武汉"}


def test_lab_moves_with_its_sentence(altered):
    assert city_of(altered, "认知智能国家重点实验室") == {"芜湖"}
