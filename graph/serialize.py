"""Writing the graph to files: N-Triples, Turtle and JSON-LD, sorted and canonical.

Every triple is written as its N-Triples line and the lines are sorted, so two
builds of the same corpus write byte-identical files whatever order the
triples were made in. Oxigraph parses those lines once and writes the Turtle
(rdflib's Turtle serializer took ~80 s on the paper's graph, Oxigraph under a
second: benchmarks/results/); the JSON-LD is laid out here subject by subject
with the project's prefixes as its context.
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


_ECHAR = {c: f"\\u{c:04X}" for c in range(0x20)} | {0x22: '\\"', 0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}


def ntriples_lines(triples: Iterable[tuple]) -> list[tuple[str, tuple]]:
    """Each distinct triple as its N-Triples line, sorted by the line: (line, triple) pairs.

    Sorting the lines (plain strings) is what makes the files canonical: a
    subject's triples, and a predicate's within it, come together, in the
    same order whatever order they were made in. Writing the lines here and
    letting Oxigraph parse them once is faster than building Oxigraph terms
    one by one from Python.
    """
    iris: dict[str, str] = {}

    def term(t) -> str:
        if isinstance(t, URIRef):
            key = str(t)  # a plain str: rdflib's __eq__ and __hash__ are Python code
            found = iris.get(key)
            if found is None:
                found = iris[key] = f"<{key}>"
            return found
        if isinstance(t, Literal):
            lexical = str(t).translate(_ECHAR)
            if t.language:
                return f'"{lexical}"@{t.language}'
            if t.datatype is not None and str(t.datatype) != _XSD_STRING:
                return f'"{lexical}"^^{term(t.datatype)}'
            return f'"{lexical}"'
        if isinstance(t, BNode):
            return f"_:{t}"
        raise TypeError(f"not an RDF term: {t!r}")

    lines = {f"{term(s)} {term(p)} {term(o)} .\n": (s, p, o) for s, p, o in triples}
    return [(line, lines[line]) for line in sorted(lines)]


def write_graph(graph: Iterable[tuple], folder: Path, stem: str = "hardtech") -> dict[str, Path]:
    """Write `<stem>.nt`, `<stem>.ttl` and `<stem>.jsonld` into `folder`; return them by format."""
    pairs = ntriples_lines(graph)
    nt = folder / f"{stem}.nt"
    text = "".join(line for line, _ in pairs).encode("utf-8")
    nt.write_bytes(text)
    ttl = folder / f"{stem}.ttl"
    ox.serialize(ox.parse(text, format=ox.RdfFormat.N_TRIPLES), output=str(ttl), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    jsonld = folder / f"{stem}.jsonld"
    jsonld.write_text(json_ld([triple for _, triple in pairs]), encoding="utf-8")
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
