"""Writing the graph to files: N-Triples by rdflib, Turtle by Oxigraph.

rdflib's Turtle serializer takes about 80 s on the paper's ~165,000 triples
(it sorts and groups every subject in Python); Oxigraph writes the same graph
in under half a second, so rdflib builds the graph and Oxigraph pretty-prints
it (figures in benchmarks/results/).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
from rdflib import Graph

from .to_rdf import PREFIXES


def write_graph(graph: Graph, folder: Path, stem: str = "hardtech") -> dict[str, Path]:
    """Write `<stem>.nt` and `<stem>.ttl` into `folder`; return them by format."""
    nt = folder / f"{stem}.nt"
    graph.serialize(destination=nt, format="nt", encoding="utf-8")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    ttl = folder / f"{stem}.ttl"
    pyoxigraph.serialize((quad.triple for quad in store), output=str(ttl), format=pyoxigraph.RdfFormat.TURTLE, prefixes=PREFIXES)
    return {"nt": nt, "ttl": ttl}
