"""Writing the graph to files: N-Triples by rdflib, Turtle by Oxigraph.

rdflib's Turtle serializer takes about 80 s on the paper's ~165,000 triples
(it sorts and groups every subject in Python); Oxigraph writes the same graph
in under half a second, so rdflib builds the graph and Oxigraph pretty-prints
it (figures in benchmarks/results/).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph
from rdflib import Graph

from .to_rdf import PREFIXES


def write_graph(graph: Graph, folder: Path, stem: str = "hardtech") -> dict[str, Path]:
    """Write `<stem>.nt`, `<stem>.ttl` and `<stem>.jsonld` into `folder`; return them by format."""
    nt = folder / f"{stem}.nt"
    graph.serialize(destination=nt, format="nt", encoding="utf-8")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    ttl = folder / f"{stem}.ttl"
    pyoxigraph.serialize((quad.triple for quad in store), output=str(ttl), format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)
    jsonld = folder / f"{stem}.jsonld"
    jsonld.write_text(_json_ld(store), encoding="utf-8")
    return {"nt": nt, "ttl": ttl, "jsonld": jsonld}


def _json_ld(store: pyoxigraph.Store) -> str:
    """JSON-LD with a context of the project's prefixes: property names compacted (ht:city), values as IRIs."""
    expanded = json.loads(pyoxigraph.serialize((quad.triple for quad in store), format=pyoxigraph.RdfFormat.JSON_LD))
    by_length = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))

    def compact(key: str) -> str:
        for prefix, iri in by_length:
            if key.startswith(iri) and key[len(iri):] and "/" not in key[len(iri):] and "#" not in key[len(iri):]:
                return f"{prefix}:{key[len(iri):]}"
        return key

    nodes = [{(compact(k) if not k.startswith("@") else k): v for k, v in node.items()} for node in expanded]
    return json.dumps({"@context": dict(PREFIXES), "@graph": nodes}, ensure_ascii=False)
