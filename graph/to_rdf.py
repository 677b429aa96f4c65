"""Entities, facts and their evidence → one RDF graph, in the project's ontology.

Terms are rdflib's (the ontology's DefinedNamespaces); the triples collect in a
`TripleSet` rather than an rdflib `Graph`, whose in-memory store indexes every
triple three ways at ~25 µs each — the largest cost of the build before (see
benchmarks/). `graph.serialize` hands them to Oxigraph for the files.

Every entity is typed, labelled (@zh, @en where known) and `prov:wasDerivedFrom`
the evidence of each of its mentions. Evidence is an `ht:Evidence` (and
`oa:Annotation`) with document, offsets, quote and section path, plus W3C Web
Annotation quote and position selectors. A relation is stated twice, as
Wikidata does: the direct triple for easy querying and an `ht:Statement` node
with subject, predicate, object, method and `prov:wasDerivedFrom` its evidence.
Background knowledge (a gazetteer's city for a well-known organisation, a city
no document names) is `ht:background true` and `prov:wasDerivedFrom` an
`ht:GazetteerEntry` (the list and its key), never a quote.
"""

from __future__ import annotations

from functools import lru_cache
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from decimal import Decimal

from hardtech_kg.extract.model import Document, Mention
from hardtech_kg.extract.observations import IndexData, component_id
from hardtech_kg.extract.ids import (
    EVIDENCE_IRI_PREFIX, dimension_id, document_iri, entity_iri, evidence_iri, finding_iri, gazetteer_entry_iri, index_id,
    indicator_id, observation_iri, statement_iri,
)
from hardtech_kg.extract.model import Entity, Extraction, Fact, GazetteerEntry
from hardtech_kg.ontology.ns import DCTERMS, HT, ID, OA, ORG, OWL, PROV, QB, RDF, RDFS, SDO, SKOS

CONTEXT_CHARS = 16  # prefix/suffix length of a TextQuoteSelector

_PREDICATES = {
    "locatedIn": HT.locatedIn,
    "subOrganizationOf": ORG.subOrganizationOf,
    "involves": HT.involves,
    "concerns": HT.concerns,
    "issuedBy": HT.issuedBy,
    "date": HT.date,
    "coMentionedWith": HT.coMentionedWith,
    "listedAs": HT.listType,
    "inScheme": SKOS.inScheme,
    "closeMatch": SKOS.closeMatch,
    "broadMatch": SKOS.broadMatch,
    "broader": SKOS.broader,
    "countsToward": HT.countsToward,
    "inIndex": HT.inIndex,
}
_DATE_TYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear, "decade": XSD.gYear, "century": XSD.gYear}
_POLICY_CLASSES = {"Law": HT.Law, "Plan": HT.Plan, "Programme": HT.Programme, "Strategy": HT.Strategy, "Guideline": HT.Guideline, "Agreement": HT.Agreement}

PREFIXES = {
    "qb": str(QB),
    "ht": str(HT._NS), "id": str(ID), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
    "skos": str(SKOS), "org": str(ORG), "prov": str(PROV), "oa": str(OA._NS), "dcterms": str(DCTERMS), "schema": str(SDO),
}


class TripleSet:
    """The graph being built: a set of (s, p, o) rdflib terms, with the bit of Graph's API the writers use."""

    def __init__(self) -> None:
        self._triples: set[tuple] = set()

    def add(self, triple: tuple) -> None:
        self._triples.add(triple)

    def remove(self, triple: tuple) -> None:
        self._triples.discard(triple)

    def bind(self, prefix: str, namespace, override: bool = True) -> None:
        """Prefixes are fixed (PREFIXES); accepted for Graph compatibility."""

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self):
        return iter(self._triples)


@dataclass(frozen=True)
class Source:
    """What the graph needs to know of one document."""

    id: str
    title: str
    metadata: dict


@dataclass(frozen=True)
class _EvidenceTerms:
    type: URIRef = RDF.type
    Evidence: URIRef = HT.Evidence
    Annotation: URIRef = OA.Annotation
    document: URIRef = HT.document
    start: URIRef = HT.start
    end: URIRef = HT.end
    quote: URIRef = HT.quote
    sectionPath: URIRef = HT.sectionPath
    hasTarget: URIRef = OA.hasTarget
    hasSource: URIRef = OA.hasSource
    hasSelector: URIRef = OA.hasSelector
    TextQuoteSelector: URIRef = OA.TextQuoteSelector
    exact: URIRef = OA.exact
    prefix: URIRef = OA.prefix
    suffix: URIRef = OA.suffix
    TextPositionSelector: URIRef = OA.TextPositionSelector
    oa_start: URIRef = OA.start
    oa_end: URIRef = OA.end


_EV = _EvidenceTerms()


@lru_cache(maxsize=None)
def _integer(n: int) -> Literal:
    """xsd:integer literals, made once per value (rdflib's Literal() costs ~10 µs; offsets repeat)."""
    return Literal(n)


def _fragment(node: URIRef, fragment: str) -> URIRef:
    """`node#fragment`: `node` is a valid IRI and the fragment a plain word, so rdflib's per-IRI check is skipped."""
    return str.__new__(URIRef, f"{node}#{fragment}")


class _Writer:
    def __init__(self, graph: TripleSet | Graph, source: Source, document: Document, section_paths: dict[int, str]):
        self.g = graph
        self.source = source
        self.document = document
        self.paths = section_paths
        self.done: set[URIRef] = set()

    def evidence(self, block: int, start: int, end: int) -> URIRef:
        node = evidence_iri(self.source.id, start, end)
        if node in self.done:
            return node
        self.done.add(node)
        g, text = self.g, self.document.text
        quote = text[start:end]
        t = _EV  # terms resolved once: a DefinedNamespace attribute lookup costs ~1 µs, and this runs per evidence
        doc = document_iri(self.source.id)
        g.add((node, t.type, t.Evidence))
        g.add((node, t.type, t.Annotation))
        g.add((node, t.document, doc))
        g.add((node, t.start, _integer(start)))
        g.add((node, t.end, _integer(end)))
        g.add((node, t.quote, Literal(quote)))
        if block in self.paths:
            g.add((node, t.sectionPath, Literal(self.paths[block])))
        target = _fragment(node, "target")
        g.add((node, t.hasTarget, target))
        g.add((target, t.hasSource, doc))
        quote_selector, position_selector = _fragment(node, "quote"), _fragment(node, "position")
        g.add((target, t.hasSelector, quote_selector))
        g.add((target, t.hasSelector, position_selector))
        g.add((quote_selector, t.type, t.TextQuoteSelector))
        g.add((quote_selector, t.exact, Literal(quote)))
        g.add((quote_selector, t.prefix, Literal(text[max(0, start - CONTEXT_CHARS) : start])))
        g.add((quote_selector, t.suffix, Literal(text[end : end + CONTEXT_CHARS])))
        g.add((position_selector, t.type, t.TextPositionSelector))
        g.add((position_selector, t.oa_start, _integer(start)))
        g.add((position_selector, t.oa_end, _integer(end)))
        return node

    def background(self, node: URIRef, entry: GazetteerEntry) -> None:
        """Mark `node` as background knowledge derived from a gazetteer entry (not from a passage)."""
        g, source = self.g, gazetteer_entry_iri(entry.gazetteer, entry.entry)
        g.add((node, HT.background, Literal(True)))
        g.add((node, PROV.wasDerivedFrom, source))
        if source not in self.done:
            self.done.add(source)
            g.add((source, RDF.type, HT.GazetteerEntry))
            g.add((source, RDFS.label, Literal(entry.label, lang="zh")))
            g.add((source, HT.gazetteer, Literal(entry.gazetteer)))
            g.add((source, HT.entry, Literal(entry.entry)))


def to_rdf(
    source: Source,
    document: Document,
    mentions: tuple[Mention, ...],
    extraction: Extraction,
    section_paths: dict[int, str],
    indexes: tuple[IndexData, ...] = (),
    graph: TripleSet | Graph | None = None,
) -> TripleSet | Graph:
    """Add one document's entities, facts and index observations to `graph` (a new TripleSet by default)."""
    g = graph if graph is not None else TripleSet()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace, override=True)
    w = _Writer(g, source, document, section_paths)
    doc = document_iri(source.id)
    g.add((doc, RDF.type, HT.Document))
    g.add((doc, RDFS.label, Literal(source.title, lang="zh")))
    if source.metadata.get("title_en"):
        g.add((doc, RDFS.label, Literal(source.metadata["title_en"], lang="en")))
    if source.metadata.get("date"):
        g.add((doc, DCTERMS.date, Literal(source.metadata["date"], datatype=XSD.gYearMonth if len(source.metadata["date"]) == 7 else None)))
    for publisher in source.metadata.get("publishers", []):
        g.add((doc, DCTERMS.publisher, Literal(publisher, lang="zh")))

    for entity in extraction.entities:
        _entity(w, entity, mentions)
    for fact in extraction.facts:
        _fact(w, fact)
    for index in indexes:
        _index(w, index, city_ids(extraction))
    return g


def city_ids(extraction: Extraction) -> dict[str, str]:
    """City names as a table or sentence writes them (北京市, 北京) → city entity ids."""
    out: dict[str, str] = {}
    for e in extraction.entities:
        if e.type == "City":
            for name in (e.label, *e.aliases):
                out.setdefault(name, e.id)
                out.setdefault(f"{name}市", e.id)
    return out


def _index(w: _Writer, index: IndexData, cities: dict[str, str]) -> None:
    """The index as an RDF Data Cube dataset: dimensions with weights, indicators, observations, findings."""
    g, doc = w.g, w.source.id
    dataset = entity_iri(index_id(doc, index.key))
    g.add((dataset, RDF.type, QB.DataSet))
    g.add((dataset, QB.structure, HT.indexStructure))
    for d in index.dimensions:
        node = entity_iri(dimension_id(doc, d.name))
        g.add((node, HT.inIndex, dataset))
        if d.weight is not None:
            g.add((node, HT.weight, Literal(Decimal(d.weight))))
    for i in index.indicators:
        node = entity_iri(indicator_id(doc, i.number))
        g.add((node, HT.number, Literal(i.number)))
        g.add((node, HT.inDimension, entity_iri(dimension_id(doc, i.dimension))))
        g.add((node, HT.inIndex, dataset))
        if i.unit:
            g.add((node, HT.unit, Literal(i.unit)))
    for o in index.observations:
        city = cities.get(o.city) or cities.get(o.city.removesuffix("市"))
        if city is None:
            continue
        node = observation_iri(doc, o.key)
        g.add((node, RDF.type, QB.Observation))
        g.add((node, QB.dataSet, dataset))
        g.add((node, HT.city, entity_iri(city)))
        component = component_id(index, doc, o.component)
        g.add((node, HT.component, HT.Composite if component is None else entity_iri(component)))
        if o.value is not None:
            g.add((node, HT.value, Literal(Decimal(o.value))))
        if o.rank is not None:
            g.add((node, HT.rank, Literal(o.rank)))
        g.add((node, HT.status, Literal(o.status)))
        if o.year:
            g.add((node, HT.year, Literal(o.year, datatype=XSD.gYear)))
        for ev in o.evidence:
            g.add((node, PROV.wasDerivedFrom, w.evidence(ev.block, ev.start, ev.end)))
        for source in o.computed_from:
            g.add((node, HT.computedFrom, observation_iri(doc, source)))
    composites = {o.city: o for o in index.observations if o.component == "composite" and o.status == "computed"}
    composites.update({o.city: o for o in index.observations if o.component == "composite" and o.status == "stated"})
    for city, tier, ev in index.tiers:
        if city in composites:
            node = observation_iri(doc, composites[city].key)
            g.add((node, HT.tier, Literal(tier)))
            g.add((node, PROV.wasDerivedFrom, w.evidence(ev.block, ev.start, ev.end)))
    for k, f in enumerate(index.findings):
        node = finding_iri(doc, index.key, k)
        g.add((node, RDF.type, HT.Finding))
        g.add((node, RDFS.comment, Literal(f.message, lang="en")))
        for key in f.about:
            g.add((node, HT.about, observation_iri(doc, key)))
        for ev in f.evidence:
            g.add((node, PROV.wasDerivedFrom, w.evidence(ev.block, ev.start, ev.end)))


def _entity(w: _Writer, entity: Entity, mentions: tuple[Mention, ...]) -> None:
    g = w.g
    node = entity_iri(entity.id)
    g.add((node, RDF.type, HT[entity.type]))
    if entity.type == "Policy" and entity.attr("policy_kind") in _POLICY_CLASSES:
        g.add((node, RDF.type, _POLICY_CLASSES[entity.attr("policy_kind")]))
    if entity.type == "Technology":
        g.add((node, RDF.type, SKOS.Concept))
        g.add((node, SKOS.prefLabel, Literal(entity.label, lang="zh")))
    if entity.type == "TechnologyScheme":
        g.add((node, RDF.type, SKOS.ConceptScheme))
    for ev in entity.attr("evidence", ()) or ():
        g.add((node, PROV.wasDerivedFrom, w.evidence(ev.block, ev.start, ev.end)))
    if entity.attr("background"):
        w.background(node, entity.attr("source"))
    g.add((node, RDFS.label, Literal(entity.label, lang="zh")))
    if entity.label_en:
        g.add((node, RDFS.label, Literal(entity.label_en, lang="en")))
    for alias in entity.aliases:
        g.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
    if entity.mentions:
        g.add((node, HT.mentionCount, Literal(len(entity.mentions))))
    for role in entity.attr("roles", ()) or ():
        g.add((node, HT.role, Literal(role, lang="zh")))
    lat, lon = entity.attr("lat"), entity.attr("lon")
    if lat not in (None, "") and lon not in (None, ""):
        g.add((node, SDO.latitude, Literal(float(lat))))
        g.add((node, SDO.longitude, Literal(float(lon))))
    if entity.type == "Milestone":
        block, start, end = entity.attr("sentence")
        g.add((node, HT.achievement, Literal(w.document.text[start:end], lang="zh")))
        g.add((node, PROV.wasDerivedFrom, w.evidence(block, start, end)))
    for index in entity.mentions:
        m = mentions[index]
        g.add((node, PROV.wasDerivedFrom, w.evidence(m.block, m.start, m.end)))


def _fact(w: _Writer, fact: Fact) -> None:
    g = w.g
    subject = entity_iri(fact.subject)
    predicate = _PREDICATES[fact.predicate]
    if fact.literal:
        if fact.predicate == "date":
            precision = dict(fact.attrs).get("precision", "year")
            obj = Literal(fact.object, datatype=_DATE_TYPES[precision])
            g.add((subject, HT.datePrecision, Literal(precision)))
        else:
            obj = Literal(fact.object, lang="zh")
    else:
        obj = entity_iri(fact.object)
    g.add((subject, predicate, obj))
    statement = statement_iri(fact.subject, fact.predicate, fact.object, fact.method)
    g.add((statement, RDF.type, HT.Statement))
    g.add((statement, RDF.type, RDF.Statement))
    g.add((statement, RDF.subject, subject))
    g.add((statement, RDF.predicate, predicate))
    g.add((statement, RDF.object, obj))
    g.add((statement, HT.method, Literal(fact.method)))
    attrs = dict(fact.attrs)
    if fact.predicate == "coMentionedWith":
        g.add((statement, HT.coMentionCount, Literal(attrs.get("count", 1))))
    if fact.predicate == "listedAs" and attrs.get("stated_count") is not None:
        g.add((statement, HT.statedCount, Literal(attrs["stated_count"])))
        g.add((statement, HT.namedCount, Literal(attrs["items"])))
    for ev in fact.evidence:
        g.add((statement, PROV.wasDerivedFrom, w.evidence(ev.block, ev.start, ev.end)))
    if fact.background is not None:
        w.background(statement, fact.background)


def graph_for(sources_and_parts, graph: TripleSet | Graph | None = None) -> TripleSet | Graph:
    """The whole graph of several documents."""
    g = graph if graph is not None else TripleSet()
    for source, document, mentions, extraction, paths, indexes in sources_and_parts:
        to_rdf(source, document, mentions, extraction, paths, indexes, g)
    _named_is_not_background(g)
    return g


def _named_is_not_background(g: TripleSet | Graph) -> None:
    """A place that one document names is not background knowledge, though another knew it only from a gazetteer."""
    flag, flagged, derived = Literal(True), set(), set()
    # One pass over every triple: compared as plain strings (rdflib's __eq__ and a
    # DefinedNamespace lookup are Python code, ~1 µs each, 190,000 times).
    evidence, background, derived_from, eq = EVIDENCE_IRI_PREFIX, str(HT.background), str(PROV.wasDerivedFrom), str.__eq__
    for s, p, o in g:
        if eq(p, background):
            flagged.add(s)
        elif eq(p, derived_from) and o.startswith(evidence):
            derived.add(s)
    for node in flagged & derived:
        g.remove((node, HT.background, flag))

