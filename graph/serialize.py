"""Writing the graph to files: N-Triples, Turtle and JSON-LD, sorted and canonical.

The triples are converted once to Oxigraph terms and sorted by their
N-Triples form, so two builds of the same corpus write byte-identical files
whatever order the triples were made in; Oxigraph writes N-Triples and
Turtle (rdflib's Turtle serializer took ~80 s on the paper's graph, Oxigraph
under a second: benchmarks/results/), and the JSON-LD is laid out here
subject by subject with the project's prefixes as its context.
"""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from .to_rdf import PREFIXES


def canonical(triples: Iterable[tuple]) -> list[tuple]:
    """rdflib (s, p, o) triples deduplicated and sorted by subject, predicate, object (as strings)."""

    def order(triple: tuple) -> tuple:
        s, p, o = triple
        return (str(s), str(p), str(o), getattr(o, "language", None) or "", str(getattr(o, "datatype", None) or ""))

    return sorted(set(triples), key=order)


def oxigraph_triples(triples: Iterable[tuple]) -> list[ox.Triple]:
    """rdflib (s, p, o) → Oxigraph triples, in the order given."""
    nodes: dict[str, ox.NamedNode] = {}

    def node(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if isinstance(term, URIRef):
            key = str(term)
            found = nodes.get(key)
            if found is None:
                found = nodes[key] = ox.NamedNode(key)
            return found
        if isinstance(term, Literal):
            if term.language:
                return ox.Literal(str(term), language=term.language)
            if term.datatype is not None:
                return ox.Literal(str(term), datatype=node(term.datatype))
            return ox.Literal(str(term))
        if isinstance(term, BNode):
            return ox.BlankNode(str(term))
        raise TypeError(f"not an RDF term: {term!r}")

    return [ox.Triple(node(s), node(p), node(o)) for s, p, o in triples]


def write_graph(graph: Iterable[tuple], folder: Path, stem: str = "hardtech") -> dict[str, Path]:
    """Write `<stem>.nt`, `<stem>.ttl` and `<stem>.jsonld` into `folder`; return them by format."""
    ordered = canonical(graph)
    triples = oxigraph_triples(ordered)
    nt = folder / f"{stem}.nt"
    ox.serialize(triples, output=str(nt), format=ox.RdfFormat.N_TRIPLES)
    ttl = folder / f"{stem}.ttl"
    ox.serialize(triples, output=str(ttl), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    jsonld = folder / f"{stem}.jsonld"
    jsonld.write_text(json_ld(ordered), encoding="utf-8")
    return {"nt": nt, "ttl": ttl, "jsonld": jsonld}


def json_ld(triples: list[tuple]) -> str:
    """JSON-LD with the project's prefixes as its context: one node object per subject, keys compacted (ht:start).

    Written as text in one pass over the sorted triples (a subject's triples,
    and a predicate's within it, are consecutive): building dicts for
    json.dumps, or rewriting Oxigraph's expanded output, took seconds.
    Values stay explicit (@id, or @value with @language or @type), so the
    document expands to exactly the triples given.
    """
    by_length = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
    keys: dict[str, str] = {}
    ids: dict[str, str] = {}
    text = encode_basestring

    def key(iri: str) -> str:
        found = keys.get(iri)
        if found is None:
            name = "@type" if iri == _RDF_TYPE else iri
            for prefix, namespace in by_length:
                local = iri[len(namespace) :]
                if name == iri and iri.startswith(namespace) and _SIMPLE_LOCAL.fullmatch(local):
                    name = f"{prefix}:{local}"
                    break
            found = keys[iri] = text(name) + ":["
        return found

    def ref(term) -> str:
        return f"_:{term}" if isinstance(term, BNode) else str(term)

    def value(term, as_type: bool) -> str:
        if isinstance(term, Literal):
            if term.language:
                return '{"@value":' + text(str(term)) + ',"@language":' + text(term.language) + "}"
            if term.datatype is not None and str(term.datatype) != _XSD_STRING:
                return '{"@value":' + text(str(term)) + ',"@type":' + text(str(term.datatype)) + "}"
            return '{"@value":' + text(str(term)) + "}"
        iri = ref(term)
        if as_type:
            return text(iri)
        found = ids.get(iri)
        if found is None:
            found = ids[iri] = '{"@id":' + text(iri) + "}"
        return found

    out = ['{"@context":', json.dumps(PREFIXES, ensure_ascii=False), ',"@graph":[']
    subject = predicate = None
    for t_s, t_p, t_o in triples:
        s, p = ref(t_s), str(t_p)
        if s != subject:
            if subject is not None:
                out.append("]},")
            out.append('{"@id":' + text(s))
            subject, predicate = s, None
        if p != predicate:
            if predicate is not None:
                out.append("]")
            out.append("," + key(p))
            predicate = p
        else:
            out.append(",")
        out.append(value(t_o, p == _RDF_TYPE and not isinstance(t_o, Literal)))
    if subject is not None:
        out.append("]}")
    out.append("]}")
    return "".join(out)


_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_SIMPLE_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
