"""extract.ids: every id and IRI in its documented form, and stable (a changed form breaks every link to the graph)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from hardtech_kg.extract.ids import (
    EVIDENCE_IRI_PREFIX, dimension_id, distinct_document_id, document_id, document_iri, entity_id, entity_iri, evidence_iri,
    factor_id, finding_iri, finding_row_id, gazetteer_entry_iri, gazetteer_ref, index_id, indicator_id, milestone_id,
    observation_iri, observation_key, observation_row_id, scheme_id, slug, statement_iri,
)
from hardtech_kg.extract.model import GazetteerEntry
from hardtech_kg.ontology.ns import ID

BASE = str(ID)


def test_iris_of_a_document_its_entities_and_evidence():
    assert str(document_iri("hardtech-2019")) == BASE + "doc/hardtech-2019"
    assert str(entity_iri("city/武汉")) == BASE + "city/武汉"
    assert str(evidence_iri("hardtech-2019", 120, 134)) == BASE + "ev/hardtech-2019/120-134"
    assert str(evidence_iri("d", 1, 2)).startswith(EVIDENCE_IRI_PREFIX)
    assert str(observation_iri("d", "national/武汉/composite")) == BASE + "obs/d/national/武汉/composite"
    assert str(finding_iri("d", "national", 3)) == BASE + "finding/d/national-3"
    assert str(gazetteer_entry_iri("extract/rules/organisations.tsv", "英特尔 公司/IT")) == BASE + "gazetteer/organisations/英特尔公司-IT"
    # A statement is named by a digest of what it states: pinned, as every graph built so far uses it.
    assert str(statement_iri("org/中国科学院物理研究所", "subOrganizationOf", "org/中国科学院", "name")) == BASE + "st/8017a6fa057a463b"


def test_entity_ids_are_a_type_path_and_a_slug():
    assert entity_id("City", "武汉") == "city/武汉"
    assert entity_id("StateKeyLab", "光电 国家实验室") == "lab/光电国家实验室"
    assert entity_id("University", "Ｔｓｉｎｇｈｕａ Univ./X") == "org/Tsinghua-Univ.-X"
    assert entity_id("Technology", "5G") == "tech/5G"
    assert entity_id("Something", "?") == "thing/x"
    assert milestone_id("d", 42) == "milestone/d-42"
    assert scheme_id("d", "domains") == "scheme/d-domains"
    assert index_id("d", "national") == "index/d-national"
    assert dimension_id("d", "创新 资源") == "dimension/d-创新资源"
    assert indicator_id("d", 7) == "indicator/d-7"
    assert factor_id("d", "人才") == "factor/d-人才"


def test_observation_keys_and_rows():
    assert observation_key("national", "武汉", "composite", "computed") == "national/武汉/composite/computed"
    assert observation_key("global", "纽约", "人工智能", "2019") == "global/纽约/人工智能/2019"
    assert observation_row_id("d", "national/武汉/composite") == "d/national/武汉/composite"
    assert finding_row_id("d", "global", 0) == "d/finding/global-0"


def test_gazetteer_entries_are_referred_to_by_list_and_key():
    entry = GazetteerEntry("extract/rules/organisations.tsv", "英特尔", "英特尔")
    assert entry.ref == gazetteer_ref(entry.gazetteer, entry.entry) == "extract/rules/organisations.tsv#英特尔"


def test_document_ids():
    assert document_id(Path("2019 中国硬科技发展白皮书 (final).txt")) == "2019-中国硬科技发展白皮书-final"
    assert document_id(Path("---.md")) == "document"
    assert distinct_document_id("report", Path("Report.txt")).startswith("report-")


@given(st.text(max_size=40))
@example("鎦")  # a Traditional character the id kept while the slug folded it (found by a fresh clone's run)
def test_a_document_id_is_its_own_slug(name):
    """So an id that slugs the document id (index/<doc>-…) and an IRI that does not (ev/<doc>/…) name it alike."""
    doc = document_id(Path(name.replace("/", "_").replace("\0", "") + ".txt"))
    assert slug(doc) == doc
