"""The built graph: SHACL-valid, evidence exact, and the README's SPARQL examples answered."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyshacl
import pytest
import rdflib

from hardtech_kg.graph.query import open_store, select, with_prefixes

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "graph" / "queries"


@pytest.fixture(scope="module")
def store(built):
    return open_store(built)


@pytest.fixture(scope="module")
def graph(built):
    g = rdflib.Graph()
    g.parse(built / "hardtech.nt", format="nt")
    return g


def rows(store, name: str) -> list[dict[str, str]]:
    results = select(store, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    return [{k: v["value"] for k, v in b.items()} for b in results["results"]["bindings"]]


def test_graph_conforms_to_the_shapes(graph):
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    assert conforms, text[:2000]


def test_turtle_and_ntriples_hold_the_same_graph(built, graph):
    ttl = rdflib.Graph().parse(built / "hardtech.ttl", format="turtle")
    assert len(ttl) == len(graph) > 100_000


def test_every_evidence_quote_is_its_slice_of_the_document(built, store):
    text = sqlite3.connect(built / "hardtech.db").execute("SELECT text FROM documents").fetchone()[0]
    results = select(store, "SELECT ?s ?e ?q WHERE { ?ev a ht:Evidence ; ht:start ?s ; ht:end ?e ; ht:quote ?q }")
    bindings = results["results"]["bindings"]
    assert len(bindings) > 5000
    for b in bindings:
        assert text[int(b["s"]["value"]) : int(b["e"]["value"])] == b["q"]["value"]


def test_every_entity_has_a_chinese_label_and_evidence(store):
    missing = select(store, """
        SELECT ?x WHERE {
          VALUES ?class { ht:City ht:Country ht:StateKeyLab ht:University ht:ResearchInstitute ht:Company
                          ht:Technology ht:Policy ht:Milestone ht:Person }
          ?x a ?class .
          FILTER NOT EXISTS { ?x rdfs:label ?l FILTER(LANG(?l) = "zh") }
          FILTER NOT EXISTS { ?x prov:wasDerivedFrom ?ev }
        }""")
    assert missing["results"]["bindings"] == []


def test_each_state_key_lab_once_in_one_city(store, built):
    labs = select(store, "SELECT ?lab (COUNT(DISTINCT ?city) AS ?n) WHERE { ?lab a ht:StateKeyLab . OPTIONAL { ?lab ht:locatedIn ?city . ?city a ht:City } } GROUP BY ?lab")
    counts = [int(b["n"]["value"]) for b in labs["results"]["bindings"]]
    assert len(counts) >= 40 and set(counts) == {1}
    # Every named 国家重点实验室 of the text is one StateKeyLab, and nothing else is.
    conn = sqlite3.connect(built / "hardtech.db")
    named = {t for (t,) in conn.execute("SELECT DISTINCT text FROM mentions WHERE label = 'StateKeyLab'")}
    assert all(t.endswith("国家重点实验室") for t in named)
    labels = {b["l"]["value"] for b in select(store, "SELECT ?l WHERE { ?x a ht:StateKeyLab ; rdfs:label ?l }")["results"]["bindings"]}
    assert labels == named


def test_city_labs_example(store):
    found = rows(store, "city_labs")
    assert len(found) >= 9
    for row in found:
        assert row["label"] in row["quote"] and row["quote"].startswith("武汉")


def test_cas_institutes_example(store):
    found = rows(store, "cas_institutes")
    assert len(found) >= 5
    assert all(row["label"].startswith("中国科学院") for row in found)


def test_policies_example(store):
    found = rows(store, "policies")
    assert len(found) >= 10
    assert any("issuer" in r and "date" in r for r in found)


def test_publications_and_programmes_are_typed_apart_from_government_policies(store, built):
    works = select(store, "SELECT ?x ?l WHERE { ?x a ht:Publication ; rdfs:label ?l ; prov:wasDerivedFrom ?ev }")["results"]["bindings"]
    labels = {b["l"]["value"] for b in works}
    assert any(label.endswith("报告") for label in labels) and any(label.endswith("白皮书") for label in labels)
    both = select(store, "SELECT ?x WHERE { ?x a ht:Publication , ht:Policy }")["results"]["bindings"]
    assert both == []
    # DARPA's “…”项目 are its programmes (ht:Programme issued by DARPA), not a government's plans
    darpa = select(store, """SELECT ?p WHERE { ?p ht:issuedBy ?o . ?o rdfs:label "DARPA"@zh .
                                               FILTER NOT EXISTS { ?p a ht:Programme } }""")["results"]["bindings"]
    assert darpa == []
    assert select(store, 'ASK { ?p a ht:Programme ; ht:issuedBy ?o . ?o rdfs:label "DARPA"@zh }')["boolean"]
    conn = sqlite3.connect(built / "hardtech.db")
    assert conn.execute("SELECT count(*) FROM entities WHERE type = 'Publication'").fetchone()[0] == len({b["x"]["value"] for b in works})


def test_milestones_example(store):
    found = rows(store, "milestones_2019")
    assert len(found) >= 30
    assert all(r["date"].startswith("2019") and r["actors"] for r in found)


def _unordered(value: str) -> str:
    """GROUP_CONCAT's order is unspecified in SPARQL: compare its parts as a set."""
    return "、".join(sorted(value.split("、")))


def test_rdflib_and_oxigraph_agree_on_the_examples(graph, store):
    for query in sorted(QUERIES.glob("*.rq")):
        text = with_prefixes(query.read_text(encoding="utf-8"))
        ox = {tuple(sorted((k, _unordered(v["value"])) for k, v in b.items())) for b in select(store, text)["results"]["bindings"]}
        rl = {tuple(sorted((str(k), _unordered(str(v))) for k, v in row.asdict().items())) for row in graph.query(text)}
        assert ox == rl, query.name


def test_profile_universities_and_institutes_are_placed_in_their_city(built, store):
    """Items of the city profiles' lists (…等中央级高校 N 个, …等中央级科研院所 N 个) sit in the list's city."""
    conn = sqlite3.connect(built / "hardtech.db")
    listed = conn.execute(
        """SELECT DISTINCT r.subject_id FROM relations r JOIN entities e ON e.id = r.subject_id
           WHERE r.predicate = 'listedAs' AND r.count IS NOT NULL
             AND (r.object_value LIKE '%高校%' OR r.object_value LIKE '%科研院所%')"""
    ).fetchall()
    assert len(listed) >= 60
    unplaced = []
    for (entity_id,) in listed:
        cities = {row[0] for row in conn.execute(
            "SELECT r.object_id FROM relations r JOIN entities c ON c.id = r.object_id WHERE r.subject_id = ? AND r.predicate = 'locatedIn' AND c.type = 'City'",
            [entity_id],
        )}
        if len(cities) != 1:
            unplaced.append((entity_id, cities))
    assert unplaced == []


def test_persons_carry_their_role(store):
    roles = select(store, 'SELECT ?role WHERE { ?p a ht:Person ; rdfs:label "米磊"@zh ; ht:role ?role }')
    assert {b["role"]["value"] for b in roles["results"]["bindings"]} == {"博士"}


def test_cities_in_every_domain_top10_agree_with_the_observations_table(store, built):
    found = {r["city"] for r in rows(store, "global_top10_all_domains")}
    conn = sqlite3.connect(built / "hardtech.db")
    n_domains = conn.execute("SELECT count(DISTINCT component) FROM observations WHERE dataset_id LIKE '%-global' AND component != 'composite'").fetchone()[0]
    expected = {
        r[0] for r in conn.execute(
            """SELECT e.label FROM observations o JOIN entities e ON e.id = o.city_id
               WHERE o.dataset_id LIKE '%-global' AND o.component != 'composite' AND o.rank <= 10
               GROUP BY e.label HAVING count(DISTINCT o.component) = ?""",
            [n_domains],
        )
    }
    assert n_domains == 7 and found == expected and len(found) >= 3


def test_no_organisation_is_placed_in_a_city_of_another_country(built):
    """Intel, AMD and NVIDIA sit in Santa Clara, US — never in Santa Clara, Cuba (nor any place abroad)."""
    conn = sqlite3.connect(built / "hardtech.db")
    rows = conn.execute(
        """SELECT s.id, json_extract(s.attrs, '$.org_country'), c.id, json_extract(c.attrs, '$.country'), json_extract(c.attrs, '$.province')
           FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities c ON c.id = r.object_id
           WHERE r.predicate = 'locatedIn' AND c.type IN ('City', 'Country') AND json_extract(s.attrs, '$.org_country') IS NOT NULL"""
    ).fetchall()
    assert len(rows) > 100
    within = {"TW": "台湾", "HK": "香港", "MO": "澳门"}  # filed under CN in the place gazetteer
    wrong = [r for r in rows if r[1] not in ("INT", "EU") and r[3] != r[1] and not (r[3] == "CN" and r[4] == within.get(r[1]))]
    assert wrong == []


def test_every_city_is_named_by_a_document_or_marked_background(store):
    unnamed = select(store, """
        SELECT ?c WHERE {
          ?c a ht:City .
          FILTER NOT EXISTS { ?c prov:wasDerivedFrom ?ev . ?ev a ht:Evidence ; ht:quote ?q .
                              ?c rdfs:label|skos:altLabel ?name FILTER(CONTAINS(?q, STR(?name))) }
          FILTER NOT EXISTS { ?c ht:background true ; prov:wasDerivedFrom ?entry . ?entry a ht:GazetteerEntry }
        }""")
    assert unnamed["results"]["bindings"] == []
    background = select(store, "SELECT ?c WHERE { ?c a ht:City ; ht:background true }")["results"]["bindings"]
    assert background  # the organisation gazetteer's cities that the paper does not name


def test_background_facts_rest_on_a_gazetteer_entry_not_a_quote(built, store):
    conn = sqlite3.connect(built / "hardtech.db")
    rows = conn.execute("SELECT quote, source, evidence_count FROM relations WHERE method = 'gazetteer'").fetchall()
    assert len(rows) > 50 and all(q is None and s.startswith("extract/") and n == 0 for q, s, n in rows)
    assert conn.execute("SELECT count(*) FROM relations WHERE method != 'gazetteer' AND source IS NOT NULL").fetchone()[0] == 0
    quoted = select(store, """
        SELECT ?st WHERE { ?st ht:method "gazetteer" . { ?st prov:wasDerivedFrom ?ev . ?ev a ht:Evidence } UNION
                                                       { FILTER NOT EXISTS { ?st ht:background true ; prov:wasDerivedFrom ?g . ?g a ht:GazetteerEntry ; ht:gazetteer ?path } } }""")
    assert quoted["results"]["bindings"] == []
    intel = select(store, 'SELECT ?where WHERE { ?o rdfs:label "英特尔"@zh ; ht:locatedIn ?where }')["results"]["bindings"]
    assert intel and all(not b["where"]["value"].endswith("圣克拉拉") for b in intel)  # the place gazetteer's only 圣克拉拉 is in Cuba


def test_every_milestone_actor_is_an_institution_or_person_entity(built):
    conn = sqlite3.connect(built / "hardtech.db")
    types = {t for (t,) in conn.execute(
        """SELECT DISTINCT a.type FROM relations r JOIN entities m ON m.id = r.subject_id LEFT JOIN entities a ON a.id = r.object_id
           WHERE m.type = 'Milestone' AND r.predicate = 'involves'""")}
    assert types and None not in types and types <= {"Person", *INSTITUTION_TYPES}
    fragments = conn.execute(
        """SELECT a.label FROM relations r JOIN entities a ON a.id = r.object_id
           WHERE r.predicate = 'involves' AND a.label IN ('他熟知中国科学院', '火箭成功发射铱通信公司', '亿北京科创母基金')"""
    ).fetchall()
    assert fragments == []


INSTITUTION_TYPES = {
    "University", "ResearchInstitute", "StateKeyLab", "NationalLab", "NationalEngineeringLab", "EngineeringCenter",
    "InternationalCooperationBase", "Company", "GovernmentBody", "Fund", "Park", "OtherOrganization",
}
