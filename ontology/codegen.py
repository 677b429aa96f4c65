"""Generate ``ns.py``: rdflib ``DefinedNamespace`` classes for the ontology and shapes.

Run ``python -m hardtech_kg.ontology.codegen`` after editing ``hardtech.ttl`` or
``shapes.ttl``; ``--check`` exits 1 when ``ns.py`` is out of date instead of writing it.
"""

from __future__ import annotations

import argparse
import keyword
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, DefinedNamespace
from rdflib.namespace import _DFNS_RESERVED_ATTRS as RESERVED

HERE = Path(__file__).resolve().parent
ONTOLOGY = HERE / "hardtech.ttl"
SHAPES = HERE / "shapes.ttl"
TARGET = HERE / "ns.py"

HT_NS = "https://w3id.org/hardtech-kg/ontology#"
HTS_NS = "https://w3id.org/hardtech-kg/shapes#"
ID_NS = "https://w3id.org/hardtech-kg/id/"
GRAPHS_NS = "https://w3id.org/hardtech-kg/graph/"
OA_NS = "http://www.w3.org/ns/oa#"

SD_NS = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"

# rdflib ships no SPARQL Service Description namespace: the terms /sparql describes itself with
# (https://www.w3.org/TR/sparql11-service-description/).
SD_TERMS: dict[str, str] = {
    "Service": "class: a SPARQL service made available by the SPARQL Protocol",
    "Dataset": "class: an RDF dataset of default and named graphs",
    "Graph": "class: an RDF graph",
    "NamedGraph": "class: a graph with a name in a dataset",
    "SPARQL11Query": "language: SPARQL 1.1 Query",
    "UnionDefaultGraph": "feature: the default graph is the union of the named graphs",
    "endpoint": "property: the SPARQL Protocol endpoint of the service",
    "supportedLanguage": "property: a language the service accepts",
    "resultFormat": "property: a format the service can answer in",
    "feature": "property: a feature of the service",
    "defaultDataset": "property: the dataset queried when a request names none",
    "defaultGraph": "property: the default graph of a dataset",
    "namedGraph": "property: a named graph of a dataset",
    "name": "property: the name of a named graph",
    "graph": "property: the graph a named graph holds",
}
# The W3C's unique URIs for formats (https://www.w3.org/ns/formats/).
FORMATS_TERMS: dict[str, str] = {
    "SPARQL_Results_JSON": "SPARQL 1.1 Query Results JSON",
    "SPARQL_Results_XML": "SPARQL 1.1 Query Results XML",
    "SPARQL_Results_CSV": "SPARQL 1.1 Query Results CSV",
    "SPARQL_Results_TSV": "SPARQL 1.1 Query Results TSV",
    "Turtle": "Turtle",
    "N-Triples": "N-Triples",
    "RDF_XML": "RDF/XML",
    "JSON-LD": "JSON-LD",
}

# rdflib ships no Web Annotation namespace: the terms the project uses, with the
# gist of their definitions in https://www.w3.org/TR/annotation-vocab/.
OA_TERMS: dict[str, str] = {
    "Annotation": "class: an annotation, here a piece of evidence",
    "SpecificResource": "class: a part of a source resource, picked out by selectors",
    "TextPositionSelector": "class: selects text by start and end offsets",
    "TextQuoteSelector": "class: selects text by its exact quote, with prefix and suffix",
    "bodyValue": "property: a plain-text body",
    "describing": "motivation: describing the target",
    "end": "property: offset just after the selection's last character",
    "exact": "property: the exact text selected",
    "hasBody": "property: the body of an annotation",
    "hasSelector": "property: the selector of a specific resource",
    "hasSource": "property: the source resource of a specific resource",
    "hasTarget": "property: the target of an annotation",
    "identifying": "motivation: identifying the thing the target names",
    "motivatedBy": "property: why an annotation was made",
    "prefix": "property: text just before the selection",
    "start": "property: offset of the selection's first character",
    "suffix": "property: text just after the selection",
}

# (rdf:type, heading) in order of precedence: a term is listed under the first that fits.
HT_KINDS: list[tuple[URIRef, str]] = [
    (OWL.Class, "classes"),
    (OWL.ObjectProperty, "object properties"),
    (OWL.DatatypeProperty, "datatype properties"),
    (OWL.AnnotationProperty, "annotation properties"),
    (RDF.Property, "other properties"),
    (OWL.NamedIndividual, "individuals"),
]
HTS_KINDS: list[tuple[URIRef, str]] = [
    (SH.NodeShape, "node shapes"),
    (SH.PropertyShape, "property shapes"),
]
KIND_NAMES = {
    OWL.Class: "class",
    OWL.ObjectProperty: "object property",
    OWL.DatatypeProperty: "datatype property",
    OWL.AnnotationProperty: "annotation property",
    RDF.Property: "property",
    OWL.NamedIndividual: "individual",
}

REEXPORTS = ["DCTERMS", "FOAF", "ORG", "OWL", "PROV", "QB", "RDF", "RDFS", "SDO", "SH", "SKOS", "TIME", "VANN", "XSD"]
PREFIXES: dict[str, str] = {
    "ht": "HT",
    "hts": "HTS",
    "id": "ID",
    "oa": "OA",
    "dcterms": "DCTERMS",
    "foaf": "FOAF",
    "org": "ORG",
    "owl": "OWL",
    "prov": "PROV",
    "qb": "QB",
    "rdf": "RDF",
    "rdfs": "RDFS",
    "schema": "SDO",
    "sh": "SH",
    "skos": "SKOS",
    "time": "TIME",
    "vann": "VANN",
    "xsd": "XSD",
}


def load(path: Path) -> Graph:
    return Graph().parse(path, format="turtle")


def _shadowed(name: str) -> bool:
    """True when attribute lookup on a DefinedNamespace would find something else first."""
    owners = (*type(DefinedNamespace).__mro__, *DefinedNamespace.__mro__)
    return any(name in vars(owner) for owner in owners)


def attribute_ok(name: str) -> bool:
    """Whether ``name`` can be declared as ``name: URIRef`` and read as ``NS.name``."""
    return name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_") and not _shadowed(name)


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text(graph: Graph, term: URIRef, prop: URIRef, lang: str) -> str:
    values = sorted(str(o) for o in graph.objects(term, prop) if isinstance(o, Literal) and o.language == lang)
    return values[0] if values else ""


def _describe(graph: Graph, term: URIRef) -> str:
    """``label@en / label@zh``, or the English comment of a term without labels (shapes)."""
    labels = " / ".join(x for x in (_text(graph, term, RDFS.label, "en"), _text(graph, term, RDFS.label, "zh")) if x)
    return _one_line(labels or _text(graph, term, RDFS.comment, "en"))


def _terms(graph: Graph, base: str) -> list[URIRef]:
    return sorted({s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(base) and len(str(s)) > len(base)})


def _members(
    graph: Graph, base: str, kinds: list[tuple[URIRef, str]], kind_names: dict[URIRef, str] | None = None
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """Group the ``base`` terms of ``graph`` by kind; returns (groups of annotation lines, extras)."""
    groups: dict[str, list[str]] = {heading: [] for _, heading in kinds}
    groups["other terms"] = []
    extras: list[str] = []
    for term in _terms(graph, base):
        name = str(term)[len(base):]
        if name in RESERVED:
            raise ValueError(f"{term}: local name {name!r} is reserved by rdflib's DefinedNamespace")
        types = set(graph.objects(term, RDF.type))
        heading = next((h for t, h in kinds if t in types), "other terms")
        also = [kind_names[t] for t, h in kinds if t in types and h != heading] if kind_names else []
        note = _describe(graph, term)
        if also:
            note = f"[also {', '.join(also)}] {note}"
        if attribute_ok(name):
            groups[heading].append(f"    {name}: URIRef  # {note}".rstrip())
        else:
            extras.append(name)
    return [(h, lines) for h, lines in groups.items() if lines], sorted(extras)


def _class_block(name: str, doc: str, ns: str, groups: list[tuple[str, list[str]]], extras: list[str]) -> list[str]:
    out = [f"class {name}(DefinedNamespace):", f'    """{doc}"""', "", "    _fail = True", f'    _NS = Namespace("{ns}")']
    for heading, lines in groups:
        out += ["", f"    # {heading}", *lines]
    if extras:
        out += ["", "    # names that are not Python attributes: use " + name + '["..."]', f"    _extras = {extras!r}"]
    return out


def _listed(terms: dict[str, str]) -> tuple[list[str], list[str]]:
    """Annotation lines of a hand-listed vocabulary, and the names that are not Python attributes."""
    lines, extras = [], []
    for name in sorted(terms):
        if attribute_ok(name):
            lines.append(f"    {name}: URIRef  # {terms[name]}")
        else:
            extras.append(name)
    return lines, extras


def render(ontology: Graph | None = None, shapes: Graph | None = None) -> str:
    """The text of ``ns.py`` for the given graphs (default: the Turtle files beside this module)."""
    ontology = load(ONTOLOGY) if ontology is None else ontology
    shapes = load(SHAPES) if shapes is None else shapes

    ht_groups, ht_extras = _members(ontology, HT_NS, HT_KINDS, KIND_NAMES)
    hts_groups, hts_extras = _members(shapes, HTS_NS, HTS_KINDS)
    oa_lines, oa_extras = _listed(OA_TERMS)
    sd_lines, sd_extras = _listed(SD_TERMS)
    formats_lines, formats_extras = _listed(FORMATS_TERMS)

    names = ["FORMATS", "GRAPHS", "HT", "HTS", "ID", "OA", "SD", "PREFIXES", "bind", *REEXPORTS]
    lines = [
        '"""Namespaces of hardtech-kg: import every vocabulary from here, never type an IRI.',
        "",
        "Generated by ``python -m hardtech_kg.ontology.codegen`` from hardtech.ttl and shapes.ttl:",
        "do not edit.",
        '"""',
        "",
        "# generated by hardtech_kg.ontology.codegen -- do not edit",
        "",
        "from __future__ import annotations",
        "",
        "from rdflib import Graph",
        "from rdflib.namespace import (",
        *[f"    {n}," for n in REEXPORTS],
        "    DefinedNamespace,",
        "    Namespace,",
        ")",
        "from rdflib.term import URIRef",
        "",
        f"__all__ = {sorted(names)!r}",
        "",
        "# Resources (entities, facts, evidence) are named under this namespace.",
        f'ID = Namespace("{ID_NS}")',
        "# Graphs of the SPARQL store: GRAPHS.hardtech holds the whole build.",
        f'GRAPHS = Namespace("{GRAPHS_NS}")',
        "",
        "",
        *_class_block("HT", "The hardtech-kg ontology (hardtech.ttl).", HT_NS, ht_groups, ht_extras),
        "",
        "",
        *_class_block("HTS", "The hardtech-kg SHACL shapes (shapes.ttl).", HTS_NS, hts_groups, hts_extras),
        "",
        "",
        *_class_block("OA", "W3C Web Annotation terms used by hardtech-kg.", OA_NS, [("terms", oa_lines)], oa_extras),
        "",
        "",
        *_class_block("SD", "W3C SPARQL 1.1 Service Description terms used by /sparql.", SD_NS, [("terms", sd_lines)], sd_extras),
        "",
        "",
        *_class_block("FORMATS", "W3C unique URIs for the formats /sparql answers in.", FORMATS_NS, [("formats", formats_lines)], formats_extras),
        "",
        "",
        "# Prefix -> namespace, for binding on graphs and writing SPARQL prologues.",
        "PREFIXES: dict[str, str] = {",
        *[f'    "{p}": str({v}),' for p, v in PREFIXES.items()],
        "}",
        "",
        "",
        "def bind(graph: Graph) -> Graph:",
        '    """Bind the project\'s prefixes on ``graph`` (replacing other bindings of them); returns it."""',
        "    for prefix, namespace in PREFIXES.items():",
        "        graph.bind(prefix, namespace, override=True, replace=True)",
        "    return graph",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m hardtech_kg.ontology.codegen", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if ns.py is out of date; write nothing")
    args = parser.parse_args(argv)
    text = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if current != text:
            print(f"{TARGET} is out of date: run python -m hardtech_kg.ontology.codegen", file=sys.stderr)
            return 1
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
