"""ontology/: the OWL ontology, its SHACL shapes and the generated namespace module."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import owlrl
import pyoxigraph
import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, QB, RDF, RDFS, SH, SKOS, VANN

from hardtech_kg.ontology import codegen, ns
from hardtech_kg.ontology.ns import HT, HTS, ID, OA, PREFIXES, bind

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_TTL = ROOT / "ontology" / "hardtech.ttl"
SHAPES_TTL = ROOT / "ontology" / "shapes.ttl"
NS_PY = ROOT / "ontology" / "ns.py"
DESIGN = ROOT / "docs" / "design.md"
ONTOLOGY_IRI = URIRef("https://w3id.org/hardtech-kg/ontology")
# SDO, TIME and XSD are used as ns.SDO etc.: as module globals they would warn when pytest probes them.
ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")  # where owlrl reports inconsistencies

PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY_TTL, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_TTL, format="turtle")


def ht_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects() if isinstance(s, URIRef) and s.startswith(str(HT))}


def of_type(g: Graph, kinds) -> set[URIRef]:
    return {s for k in kinds for s in g.subjects(RDF.type, k) if isinstance(s, URIRef) and s.startswith(str(HT))}


def superclasses(g: Graph, cls: URIRef) -> set[URIRef]:
    return set(g.transitive_objects(cls, RDFS.subClassOf)) - {cls}


def subclasses(g: Graph, cls: URIRef) -> set[URIRef]:
    return set(g.transitive_subjects(RDFS.subClassOf, cls))


# --------------------------------------------------------------------------- the ontology


def test_files_parse_and_are_not_empty(onto, shapes):
    assert len(onto) > 500 and len(shapes) > 100
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto


def test_ontology_header(onto):
    for prop in (OWL.versionInfo, OWL.versionIRI, DCTERMS.license, VANN.preferredNamespacePrefix):
        assert onto.value(ONTOLOGY_IRI, prop) is not None, prop
    for prop in (DCTERMS.title, DCTERMS.description):
        assert {o.language for o in onto.objects(ONTOLOGY_IRI, prop)} >= {"en", "zh"}, prop
    assert str(onto.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == str(HT)


def test_nothing_to_fetch(onto, shapes):
    """Alignment terms are referenced, not imported: loading never touches the network."""
    assert not list(onto.objects(None, OWL.imports))
    assert not list(shapes.objects(None, OWL.imports))


def test_every_class_and_property_has_zh_en_labels_and_a_comment(onto):
    terms = of_type(onto, {OWL.Class, *PROPERTY_TYPES, QB.DimensionProperty, QB.MeasureProperty, QB.AttributeProperty})
    assert len(terms) > 70
    missing = []
    for term in sorted(terms):
        labels = [o for o in onto.objects(term, RDFS.label) if isinstance(o, Literal)]
        comments = [o for o in onto.objects(term, RDFS.comment) if isinstance(o, Literal)]
        if sorted(lab.language for lab in labels) != ["en", "zh"]:
            missing.append(f"{term}: labels {[(str(x), x.language) for x in labels]}")
        if not any(c.language == "en" for c in comments):
            missing.append(f"{term}: no rdfs:comment@en")
        if (term, RDFS.isDefinedBy, ONTOLOGY_IRI) not in onto:
            missing.append(f"{term}: no rdfs:isDefinedBy")
    assert not missing, "\n".join(missing)


def test_every_ht_term_is_typed_and_labelled(onto):
    for term in ht_terms(onto):
        assert list(onto.objects(term, RDF.type)), term
        assert {o.language for o in onto.objects(term, RDFS.label)} == {"en", "zh"}, term


def test_no_dangling_ht_references(onto, shapes):
    """Every ht: IRI used anywhere, in the ontology or the shapes, is declared in the ontology."""
    declared = ht_terms(onto)
    used = {t for g in (onto, shapes) for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(str(HT))}
    assert used - declared == set()


KNOWN = [DCTERMS, FOAF, ORG, OWL, PROV, QB, RDF, RDFS, ns.SDO, SH, SKOS, ns.TIME, VANN, ns.XSD, OA]
OTHER_IRIS = {
    ONTOLOGY_IRI,
    URIRef("https://w3id.org/hardtech-kg/ontology/0.1.0"),
    URIRef("https://spdx.org/licenses/MIT"),
}


def test_external_terms_exist(onto, shapes):
    """Alignment targets are real terms of their vocabularies (catches org:Organisation-style typos)."""
    wrong = []
    for g in (onto, shapes):
        for t in {t for triple in g for t in triple if isinstance(t, URIRef)}:
            if t.startswith(str(HT)) or t.startswith(str(HTS)) or t in OTHER_IRIS:
                continue
            vocab = next((v for v in KNOWN if t.startswith(str(v))), None)
            if vocab is None or t not in vocab:
                wrong.append(str(t))
    assert not wrong, sorted(wrong)


# Core terms of docs/design.md with the kind they must have.
CORE_CLASSES = [
    "City", "Country", "Institution", "University", "ResearchInstitute", "StateKeyLab", "EngineeringCenter",
    "InternationalCooperationBase", "Company", "GovernmentBody", "Technology", "Policy", "Milestone", "Person",
    "Index", "Dimension", "Indicator", "Composite", "Evidence", "Finding",
]
CORE_OBJECT_PROPERTIES = ["locatedIn", "countsToward", "involves", "inDimension", "city", "component", "document", "about"]
CORE_DATATYPE_PROPERTIES = ["weight", "number", "date", "value", "rank", "status", "start", "end", "quote"]


@pytest.mark.parametrize("name", CORE_CLASSES)
def test_core_class(onto, name):
    assert (HT[name], RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("name", CORE_OBJECT_PROPERTIES)
def test_core_object_property(onto, name):
    assert (HT[name], RDF.type, OWL.ObjectProperty) in onto


@pytest.mark.parametrize("name", CORE_DATATYPE_PROPERTIES)
def test_core_datatype_property(onto, name):
    assert (HT[name], RDF.type, OWL.DatatypeProperty) in onto


def test_design_core_terms_are_all_declared(onto):
    """Every `ht:` term named in docs/design.md (the core terms table and the data model) is declared in the ontology."""
    assert DESIGN.is_file(), f"{DESIGN} not found: the project's design is docs/design.md"
    named = set(re.findall(r"`ht:([A-Za-z]+)`", DESIGN.read_text(encoding="utf-8")))
    core = set(CORE_CLASSES + CORE_OBJECT_PROPERTIES + CORE_DATATYPE_PROPERTIES)
    assert core - named == set(), "docs/design.md no longer names these core terms"
    undeclared = {n for n in named if HT[n] not in ht_terms(onto)}
    assert not undeclared, f"docs/design.md names ht: terms that ontology/hardtech.ttl does not declare: {sorted(undeclared)}"


def test_class_hierarchy(onto):
    for name in ["University", "ResearchInstitute", "StateKeyLab", "EngineeringCenter",
                 "InternationalCooperationBase", "Company", "GovernmentBody", "Fund", "Park"]:
        assert HT.Institution in superclasses(onto, HT[name]), name
    for name in ["City", "Province", "Country", "Region"]:
        assert HT.Place in superclasses(onto, HT[name]), name
    for name in ["Dimension", "Indicator", "Domain", "InnovationFactor", "Composite"]:
        assert HT.IndexComponent in superclasses(onto, HT[name]), name
    for name in ["Law", "Plan", "Strategy", "Guideline", "Programme", "Agreement"]:
        assert HT.Policy in superclasses(onto, HT[name]), name
    assert HT.Policy not in superclasses(onto, HT.Publication)  # a report or a book is no policy
    expected = {
        HT.Institution: ORG.Organization, HT.Technology: SKOS.Concept, HT.TechnologyScheme: SKOS.ConceptScheme,
        HT.Index: QB.DataSet, HT.Document: PROV.Entity, HT.Statement: RDF.Statement, HT.Place: ns.SDO.Place,
        HT.Person: ns.SDO.Person, HT.Law: ns.SDO.Legislation, HT.Milestone: ns.SDO.Event,
    }
    for cls, parent in expected.items():
        assert parent in superclasses(onto, cls), (cls, parent)
    assert {OA.Annotation, PROV.Entity} <= superclasses(onto, HT.Evidence)
    assert {PROV.Entity, ns.SDO.CreativeWork} <= superclasses(onto, HT.Document)


def test_composite_is_a_class_and_an_individual(onto):
    assert {OWL.Class, OWL.NamedIndividual, HT.IndexComponent} <= set(onto.objects(HT.Composite, RDF.type))


def test_domains_and_ranges(onto):
    expect = {
        HT.locatedIn: (None, HT.Place), HT.countsToward: (HT.Institution, HT.Indicator),
        HT.inDimension: (HT.Indicator, HT.Dimension), HT.city: (QB.Observation, HT.City),
        HT.component: (QB.Observation, HT.IndexComponent), HT.document: (HT.Evidence, HT.Document),
        HT.weight: (HT.IndexComponent, ns.XSD.decimal), HT.number: (HT.IndexComponent, ns.XSD.integer),
        HT.start: (HT.Evidence, ns.XSD.integer), HT.end: (HT.Evidence, ns.XSD.integer),
        HT.quote: (HT.Evidence, ns.XSD.string), HT.date: (None, RDFS.Literal), HT.about: (HT.Finding, None),
        HT.precision: (None, ns.TIME.TemporalUnit),
    }
    for prop, (domain, range_) in expect.items():
        assert onto.value(prop, RDFS.domain) == domain, prop
        assert onto.value(prop, RDFS.range) == range_, prop
    assert PROV.wasDerivedFrom in set(onto.objects(HT.computedFrom, RDFS.subPropertyOf))


def test_data_cube_structure(onto):
    dsd = HT.indexStructure
    assert (dsd, RDF.type, QB.DataStructureDefinition) in onto
    parts = {(p, o) for c in onto.objects(dsd, QB.component) for p, o in onto.predicate_objects(c)
             if p in (QB.dimension, QB.measure, QB.attribute)}
    assert parts == {
        (QB.dimension, HT.city), (QB.dimension, HT.component), (QB.measure, HT.value),
        (QB.attribute, HT.rank), (QB.attribute, HT.status), (QB.attribute, HT.unit),
        (QB.attribute, HT.year), (QB.attribute, HT.tier),
    }
    for kind, props in {QB.DimensionProperty: [HT.city, HT.component], QB.MeasureProperty: [HT.value],
                        QB.AttributeProperty: [HT.rank, HT.status, HT.unit]}.items():
        for prop in props:
            assert (prop, RDF.type, kind) in onto, prop


def test_owl_time_and_web_annotation_alignment(onto):
    chain = onto.value(HT.document, OWL.propertyChainAxiom)
    assert list(onto.items(chain)) == [OA.hasTarget, OA.hasSource]
    assert {ns.TIME.inXSDDate, ns.TIME.inXSDgYearMonth, ns.TIME.inXSDgYear} <= set(onto.objects(HT.date, RDFS.seeAlso))


def test_loads_into_oxigraph_and_answers_sparql():
    store = pyoxigraph.Store()
    for path in (ONTOLOGY_TTL, SHAPES_TTL):
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    rows = list(store.query(
        "PREFIX ht: <%s> PREFIX rdfs: <%s> "
        "SELECT ?c WHERE { ?c rdfs:subClassOf+ ht:Institution }" % (HT, RDFS)
    ))
    assert len(rows) >= 12


# --------------------------------------------------------------------------- OWL RL consistency


def owlrl_errors(graph: Graph) -> list[str]:
    g = copy(graph)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return sorted(str(m) for m in g.objects(None, ERR.error))


def test_ontology_alone_is_owl_rl_consistent(onto):
    assert owlrl_errors(onto) == []


def test_ontology_with_valid_data_is_owl_rl_consistent(onto, valid):
    assert owlrl_errors(onto + valid) == []


def test_owl_rl_check_catches_contradictions(onto, valid):
    """Not vacuous: a place used as a person, or a person as an observation's city, is inconsistent."""
    g = onto + valid
    g.add((ID.wuhan, RDF.type, HT.Person))
    assert any("Disjoint classes" in e for e in owlrl_errors(g))
    g = onto + valid
    g.add((ID.obs1, HT.city, ID.person))  # ht:city's range makes the person a city
    assert any("Disjoint classes" in e for e in owlrl_errors(g))


# --------------------------------------------------------------------------- SHACL

VALID_TTL = """
@prefix ht:   <https://w3id.org/hardtech-kg/ontology#> .
@prefix id:   <https://w3id.org/hardtech-kg/id/> .
@prefix rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix qb:   <http://purl.org/linked-data/cube#> .
@prefix oa:   <http://www.w3.org/ns/oa#> .
@prefix time: <http://www.w3.org/2006/time#> .

id:doc a ht:Document ; rdfs:label "2019中国硬科技发展白皮书"@zh .

id:ev1 a ht:Evidence ; ht:document id:doc ; ht:start 100 ; ht:end 102 ; ht:quote "武汉" ;
    ht:sectionPath "产业篇 / 城市概况" ; ht:paragraph 12 ;
    oa:hasTarget [ a oa:SpecificResource ; oa:hasSource id:doc ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact "武汉" ; oa:prefix "城市：" ; oa:suffix "拥有" ] ,
                       [ a oa:TextPositionSelector ; oa:start 100 ; oa:end 102 ] ] .
id:ev2 a ht:Evidence ; ht:document id:doc ; ht:start 110 ; ht:end 125 ; ht:quote "武汉大学测绘遥感国家重点实验室" .
id:ev3 a ht:Evidence ; ht:document id:doc ; ht:start 200 ; ht:end 205 ; ht:quote "35.03" .

id:wuhan a ht:City ; rdfs:label "武汉"@zh , "Wuhan"@en ; skos:altLabel "武汉市"@zh ;
    ht:province id:hubei ; ht:country id:china ; ht:mentionCount 3 ; prov:wasDerivedFrom id:ev1 .
id:hubei a ht:Province ; rdfs:label "湖北"@zh ; prov:wasDerivedFrom id:ev1 .
id:china a ht:Country ; rdfs:label "中国"@zh , "China"@en ; prov:wasDerivedFrom id:ev1 .

id:whu a ht:University ; rdfs:label "武汉大学"@zh ; ht:locatedIn id:wuhan ; prov:wasDerivedFrom id:ev2 .
id:lab a ht:StateKeyLab ; rdfs:label "测绘遥感信息工程国家重点实验室"@zh ;
    ht:locatedIn id:wuhan ; org:subOrganizationOf id:whu ; ht:countsToward id:ind3 ;
    prov:wasDerivedFrom id:ev2 .
id:gov a ht:GovernmentBody ; rdfs:label "国务院"@zh ; prov:wasDerivedFrom id:ev2 .
id:person a ht:Person ; rdfs:label "潘建伟"@zh ; prov:wasDerivedFrom id:ev2 .

id:scheme a ht:TechnologyScheme ; rdfs:label "硬科技领域"@zh .
id:quantum a ht:Technology ; skos:inScheme id:scheme ; rdfs:label "量子信息"@zh ; prov:wasDerivedFrom id:ev2 .

id:plan a ht:Plan ; rdfs:label "十三五国家科技创新规划"@zh ; ht:issuedBy id:gov ;
    ht:date "2016-07"^^xsd:gYearMonth ; ht:datePrecision "month" ; ht:concerns id:quantum ;
    prov:wasDerivedFrom id:ev2 .
id:ms a ht:Milestone ; rdfs:label "量子通信实验"@zh ; ht:date "2019-05-03"^^xsd:date ;
    ht:datePrecision "day" ; ht:precision time:unitDay ; ht:involves id:whu , id:person ;
    ht:locatedIn id:wuhan ; ht:concerns id:quantum ; ht:achievement "实现量子通信"@zh ;
    prov:wasDerivedFrom id:ev2 .

id:index a ht:Index ; rdfs:label "产业创新指数"@zh ; qb:structure ht:indexStructure ; ht:year 2019 .
id:dim1 a ht:Dimension ; rdfs:label "产业创新基础"@zh ; ht:weight 0.15 ; ht:inIndex id:index .
id:ind3 a ht:Indicator ; rdfs:label "国家重点实验室数量"@zh ; ht:inDimension id:dim1 ; ht:number 3 ;
    ht:unit "个"@zh ; ht:inIndex id:index .

id:obs1 a qb:Observation ; qb:dataSet id:index ; ht:city id:wuhan ; ht:component ht:Composite ;
    ht:value 35.03 ; ht:rank 7 ; ht:status "stated" ; prov:wasDerivedFrom id:ev3 .
id:obs2 a qb:Observation ; qb:dataSet id:index ; ht:city id:wuhan ; ht:component ht:Composite ;
    ht:value 35.0275 ; ht:status "computed" ; ht:computedFrom id:obs3 .
id:obs3 a qb:Observation ; qb:dataSet id:index ; ht:city id:wuhan ; ht:component id:dim1 ;
    ht:value 25.70 ; ht:rank 2 ; ht:status "stated" ; prov:wasDerivedFrom id:ev3 .
id:obs4 a qb:Observation ; qb:dataSet id:index ; ht:city id:wuhan ; ht:component id:ind3 ;
    ht:value 25 ; ht:unit "个"@zh ; ht:status "estimated" ; ht:assumption "按文中列出的实验室计数"@zh .

id:whu ht:coMentionedWith id:lab .
id:st1 a ht:Statement ; rdf:subject id:lab ; rdf:predicate ht:locatedIn ; rdf:object id:wuhan ;
    prov:wasDerivedFrom id:ev2 .
id:st2 a ht:Statement ; rdf:subject id:whu ; rdf:predicate ht:coMentionedWith ; rdf:object id:lab ;
    ht:coMentionCount 2 ; prov:wasDerivedFrom id:ev2 .

id:santaclara a ht:City ; rdfs:label "圣克拉拉"@zh ; ht:background true ; prov:wasDerivedFrom id:gz1 .
id:gz1 a ht:GazetteerEntry ; rdfs:label "圣克拉拉"@zh ; ht:gazetteer "extract/gazetteers/world_places.tsv" ; ht:entry "5393015" .
id:st3 a ht:Statement ; rdf:subject id:whu ; rdf:predicate ht:locatedIn ; rdf:object id:wuhan ;
    ht:method "gazetteer" ; ht:background true ; prov:wasDerivedFrom id:gz1 .

id:f1 a ht:Finding ; ht:about id:obs1 , id:obs2 ; ht:findingKind "composite-mismatch" ;
    ht:statedValue 35.03 ; ht:computedValue 35.0275 ;
    rdfs:comment "综合得分与各维度加权和不一致"@zh ; prov:wasDerivedFrom id:ev3 .
"""

PROLOGUE = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + f"\nPREFIX id: <{ID}>\n"


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(data=VALID_TTL, format="turtle")


def copy(graph: Graph) -> Graph:
    g = Graph()
    for t in graph:
        g.add(t)
    return g


def validate(data: Graph, shapes: Graph, **kwargs) -> tuple[bool, set[URIRef]]:
    """(conforms, the shapes that reported); pySHACL adds triples to the graphs it is given, so it gets copies."""
    conforms, report, text = pyshacl.validate(copy(data), shacl_graph=copy(shapes), **kwargs)
    sources = {s for r in report.subjects(RDF.type, SH.ValidationResult) for s in report.objects(r, SH.sourceShape)}
    return conforms, sources


def test_shapes_graph_is_valid_shacl(valid, shapes):
    conforms, sources = validate(valid, shapes, meta_shacl=True)
    assert conforms, sources


def test_valid_data_conforms(valid, shapes):
    assert validate(valid, shapes) == (True, set())


def test_valid_data_conforms_with_the_ontology_and_rdfs_inference(valid, shapes, onto):
    assert validate(valid, shapes, ont_graph=onto, inference="rdfs") == (True, set())


# (name, SPARQL update that breaks one rule, the shape that must report it)
BREAKS = [
    ("lab without city", "DELETE WHERE { id:lab ht:locatedIn ?x }", HTS.LabCityShape),
    ("lab in a province only", "DELETE { id:lab ht:locatedIn id:wuhan } INSERT { id:lab ht:locatedIn id:hubei } WHERE {}",
     HTS.LabCityShape),
    ("evidence without quote", "DELETE WHERE { id:ev2 ht:quote ?q }", HTS.EvidenceQuoteShape),
    ("evidence with empty quote", 'DELETE WHERE { id:ev3 ht:quote ?q } ; INSERT DATA { id:ev3 ht:quote "" }',
     HTS.EvidenceQuoteShape),
    ("evidence quote with a language tag", 'DELETE WHERE { id:ev3 ht:quote ?q } ; INSERT DATA { id:ev3 ht:quote "35.03"@zh }',
     HTS.EvidenceQuoteShape),
    ("evidence with two quotes", 'INSERT DATA { id:ev3 ht:quote "35.0" }', HTS.EvidenceQuoteShape),
    ("evidence without document", "DELETE WHERE { id:ev3 ht:document ?d }", HTS.EvidenceDocumentShape),
    ("evidence document a literal", 'DELETE WHERE { id:ev3 ht:document ?d } ; INSERT DATA { id:ev3 ht:document "doc" }',
     HTS.EvidenceDocumentShape),
    ("evidence start after end", "DELETE WHERE { id:ev3 ht:start ?s } ; INSERT DATA { id:ev3 ht:start 206 }",
     HTS.EvidenceStartShape),
    ("evidence start a string", 'DELETE WHERE { id:ev3 ht:start ?s } ; INSERT DATA { id:ev3 ht:start "200" }',
     HTS.EvidenceStartShape),
    ("evidence without end", "DELETE WHERE { id:ev1 ht:end ?e }", HTS.EvidenceEndShape),
    ("entity without zh label", 'DELETE WHERE { id:wuhan rdfs:label "武汉"@zh }', HTS.ZhLabelShape),
    ("entity with an untagged label only", 'DELETE WHERE { id:gov rdfs:label ?l } ; INSERT DATA { id:gov rdfs:label "国务院" }',
     HTS.ZhLabelShape),
    ("entity with two zh labels", 'INSERT DATA { id:wuhan rdfs:label "武汉市"@zh }', HTS.UniqueLangLabelShape),
    ("entity without evidence", "DELETE WHERE { id:whu prov:wasDerivedFrom ?e }", HTS.EntityShape),
    ("entity derived from a non-evidence", "DELETE WHERE { id:person prov:wasDerivedFrom ?e } ; "
     "INSERT DATA { id:person prov:wasDerivedFrom id:doc }", HTS.EntityShape),
    ("background entity without its mark", "DELETE WHERE { id:santaclara ht:background ?b }", HTS.EntityShape),
    ("background statement from no gazetteer entry", "DELETE WHERE { id:st3 prov:wasDerivedFrom ?g }", HTS.StatementShape),
    ("gazetteer entry without its list", "DELETE WHERE { id:gz1 ht:gazetteer ?g }", HTS.GazetteerPathShape),
    ("gazetteer entry without its key", "DELETE WHERE { id:gz1 ht:entry ?k }", HTS.GazetteerKeyShape),
    ("statement without evidence", "DELETE WHERE { id:st1 prov:wasDerivedFrom ?e }", HTS.StatementShape),
    ("statement without object", "DELETE WHERE { id:st2 rdf:object ?o }", HTS.StatementObjectShape),
    ("observation with status guessed", 'DELETE WHERE { id:obs3 ht:status ?s } ; INSERT DATA { id:obs3 ht:status "guessed" }',
     HTS.ObservationStatusShape),
    ("observation with status tagged @en", 'DELETE WHERE { id:obs3 ht:status ?s } ; INSERT DATA { id:obs3 ht:status "stated"@en }',
     HTS.ObservationStatusShape),
    ("observation without status", "DELETE WHERE { id:obs3 ht:status ?s }", HTS.ObservationStatusShape),
    ("observation without city", "DELETE WHERE { id:obs1 ht:city ?c }", HTS.ObservationCityShape),
    ("observation with two cities", "INSERT DATA { id:obs1 ht:city id:hubei }", HTS.ObservationCityShape),
    ("observation without component", "DELETE WHERE { id:obs1 ht:component ?c }", HTS.ObservationComponentShape),
    ("observation without data set", "DELETE WHERE { id:obs1 qb:dataSet ?d }", HTS.ObservationDataSetShape),
    ("observation with rank 0", "DELETE WHERE { id:obs1 ht:rank ?r } ; INSERT DATA { id:obs1 ht:rank 0 }",
     HTS.ObservationRankShape),
    ("stated observation without evidence", "DELETE WHERE { id:obs1 prov:wasDerivedFrom ?e }", HTS.StatedObservationShape),
    ("computed observation without sources", "DELETE WHERE { id:obs2 ht:computedFrom ?o }", HTS.ComputedObservationShape),
    ("estimated observation without assumption", "DELETE WHERE { id:obs4 ht:assumption ?a }",
     HTS.EstimatedObservationShape),
    ("milestone without date", "DELETE WHERE { id:ms ht:date ?d }", HTS.MilestoneDateShape),
    ("date as a plain string", 'DELETE WHERE { id:plan ht:date ?d } ; INSERT DATA { id:plan ht:date "2016年7月" }',
     HTS.DateValueShape),
    ("two dates", 'INSERT DATA { id:ms ht:date "2019"^^xsd:gYear }', HTS.DateValueShape),
    ("date precision week", 'DELETE WHERE { id:ms ht:datePrecision ?p } ; INSERT DATA { id:ms ht:datePrecision "week" }',
     HTS.DatePrecisionValueShape),
    ("weight as a percentage", "DELETE WHERE { id:dim1 ht:weight ?w } ; INSERT DATA { id:dim1 ht:weight 15.0 }",
     HTS.DimensionWeightShape),
    ("indicator in a non-dimension", "DELETE WHERE { id:ind3 ht:inDimension ?d } ; INSERT DATA { id:ind3 ht:inDimension id:index }",
     HTS.IndicatorDimensionShape),
    ("finding about nothing", "DELETE WHERE { id:f1 ht:about ?x }", HTS.FindingAboutShape),
    ("finding without comment", "DELETE WHERE { id:f1 rdfs:comment ?x }", HTS.FindingCommentShape),
]


@pytest.mark.parametrize("name,update,shape", BREAKS, ids=[b[0] for b in BREAKS])
def test_each_broken_rule_is_reported_by_its_shape(valid, shapes, name, update, shape):
    data = copy(valid)
    before = len(data)
    data.update(PROLOGUE + update)
    assert len(data) != before or "INSERT" in update, "the update changed nothing"
    conforms, sources = validate(data, shapes)
    assert not conforms
    assert sources == {shape}


def test_entity_targets_cover_every_subclass(onto, shapes):
    """Targets name each subclass, so validation needs no rdfs:subClassOf triples in the data."""
    targets = set(shapes.objects(HTS.EntityShape, SH.targetClass))
    expected = set()
    for root in (HT.Place, HT.Institution, HT.Technology, HT.Policy, HT.Publication, HT.Milestone, HT.Person):
        expected |= subclasses(onto, root)
    assert targets == expected


def test_every_shape_is_named_and_commented(shapes):
    shape_nodes = {s for k in (SH.NodeShape, SH.PropertyShape) for s in shapes.subjects(RDF.type, k)}
    shape_nodes |= {s for p in (SH.targetClass, SH.targetSubjectsOf) for s in shapes.subjects(p, None)}
    shape_nodes |= set(shapes.objects(None, SH.property))
    assert shape_nodes and all(isinstance(s, URIRef) and s in HTS for s in shape_nodes)
    for s in shape_nodes:
        assert any(c.language == "en" for c in shapes.objects(s, RDFS.comment)), s
    assert {s for s in shapes.subjects() if isinstance(s, URIRef)} <= shape_nodes


# --------------------------------------------------------------------------- ns.py and codegen


def test_ns_py_is_up_to_date():
    assert NS_PY.read_text(encoding="utf-8") == codegen.render(), "run python -m hardtech_kg.ontology.codegen"


def test_codegen_check_command():
    run = subprocess.run([sys.executable, "-m", "hardtech_kg.ontology.codegen", "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_ns_lists_every_term(onto, shapes):
    assert {HT[str(t)[len(str(HT)):]] for t in ht_terms(onto)} == ht_terms(onto)
    for term in ht_terms(onto):
        assert term in HT
    for term in {s for s in shapes.subjects() if isinstance(s, URIRef)}:
        assert term in HTS
    assert HT.City == URIRef("https://w3id.org/hardtech-kg/ontology#City")
    assert HTS.EvidenceShape == URIRef("https://w3id.org/hardtech-kg/shapes#EvidenceShape")
    assert ID["city/wuhan"] == URIRef("https://w3id.org/hardtech-kg/id/city/wuhan")


def test_undeclared_terms_raise():
    with pytest.raises(AttributeError):
        HT.Citty
    with pytest.raises(AttributeError):
        HT["Citty"]
    with pytest.raises(AttributeError):
        HTS.NoSuchShape
    with pytest.raises(AttributeError):
        OA.hasTargett
    assert "Citty" not in HT and "City" in HT


def test_oa_lists_every_web_annotation_term_used(onto, shapes):
    used = {t for g in (onto, shapes, Graph().parse(data=VALID_TTL, format="turtle"))
            for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(str(OA))}
    assert used and all(t in OA for t in used)


def test_ns_reexports_the_vocabularies():
    import rdflib.namespace

    for name in ["ORG", "SKOS", "PROV", "QB", "TIME", "SDO", "DCTERMS", "XSD", "RDF", "RDFS", "OWL", "SH", "FOAF", "VANN"]:
        assert getattr(ns, name) is getattr(rdflib.namespace, name), name
        assert name in ns.__all__


def test_bind_sets_the_project_prefixes():
    g = bind(Graph())
    prefixes = dict(g.namespaces())
    assert str(prefixes["ht"]) == str(HT) and str(prefixes["oa"]) == str(OA) and str(prefixes["schema"]) == str(ns.SDO)


def fake_ontology(*names: str) -> Graph:
    g = Graph()
    for name in names:
        g.add((URIRef(str(HT) + name), RDF.type, OWL.Class))
        g.add((URIRef(str(HT) + name), RDFS.label, Literal(name, lang="en")))
    return g


def test_codegen_puts_awkward_names_in_extras():
    """Keywords, non-identifiers and names rdflib's metaclass already uses are reachable as HT["..."]."""
    text = codegen.render(fake_ontology("Plain", "from", "with-hyphen", "2019Index", "mro", "_private"), Graph())
    scope: dict = {}
    exec(compile(text, "<ns>", "exec"), scope)
    ht = scope["HT"]
    assert ht.Plain == URIRef(str(HT) + "Plain")
    for name in ["from", "with-hyphen", "2019Index", "mro", "_private"]:
        assert ht[name] == URIRef(str(HT) + name)
        assert f"    {name}: URIRef" not in text
    assert "_extras = ['2019Index', '_private', 'from', 'mro', 'with-hyphen']" in text
    with pytest.raises(AttributeError):
        ht.Other


def test_codegen_refuses_reserved_names():
    with pytest.raises(ValueError, match="reserved"):
        codegen.render(fake_ontology("_NS"), Graph())


def test_codegen_is_deterministic():
    assert codegen.render() == codegen.render()
    g = Graph()
    for t in reversed(sorted(Graph().parse(ONTOLOGY_TTL, format="turtle"))):
        g.add(t)
    assert codegen.render(g) == codegen.render()
