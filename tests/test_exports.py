"""Exports written by build: the same graph in N-Triples, Turtle and JSON-LD; GraphML/GEXF; CSV; graph metrics."""

from __future__ import annotations

import csv
import json
import sqlite3

import networkx as nx
import pyoxigraph
import pytest


DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"


def _term(term) -> str:
    """A term as compared: decimals by value (Turtle writes 56.50 as the canonical 56.5)."""
    if isinstance(term, pyoxigraph.Literal) and term.datatype.value == DECIMAL:
        from decimal import Decimal

        return f"{Decimal(term.value).normalize():f}^^decimal"
    return str(term)


def triples(path, fmt) -> set:
    return {(_term(t.subject), _term(t.predicate), _term(t.object)) for t in pyoxigraph.parse(path=str(path), format=fmt)}


@pytest.fixture(scope="module")
def nt(built):
    return triples(built / "hardtech.nt", pyoxigraph.RdfFormat.N_TRIPLES)


def test_turtle_and_json_ld_hold_exactly_the_ntriples_graph(built, nt):
    # No blank nodes in the graph: equal triple sets are isomorphic graphs.
    assert not any(part.startswith("_:") for t in nt for part in t)
    assert triples(built / "hardtech.ttl", pyoxigraph.RdfFormat.TURTLE) == nt
    assert triples(built / "hardtech.jsonld", pyoxigraph.RdfFormat.JSON_LD) == nt


def test_json_ld_has_a_context_of_the_project_prefixes(built):
    data = json.loads((built / "hardtech.jsonld").read_text(encoding="utf-8"))
    assert data["@context"]["ht"] == "https://w3id.org/hardtech-kg/ontology#"
    assert any("ht:city" in node for node in data["@graph"])


def test_graphml_and_gexf_load_with_the_entity_graph_counts(built):
    conn = sqlite3.connect(built / "hardtech.db")
    nodes = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    edges = conn.execute(
        "SELECT count(*) FROM relations r WHERE r.object_id IS NOT NULL AND r.subject_id IN (SELECT id FROM entities) AND r.object_id IN (SELECT id FROM entities)"
    ).fetchone()[0]
    for reader, name in ((nx.read_graphml, "hardtech.graphml"), (nx.read_gexf, "hardtech.gexf")):
        g = reader(built / name)
        assert g.number_of_nodes() == nodes and g.number_of_edges() == edges, name


def test_graph_metrics_for_every_entity(built):
    conn = sqlite3.connect(built / "hardtech.db")
    assert conn.execute("SELECT count(*) FROM graph_metrics").fetchone()[0] == conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    top = conn.execute("SELECT e.type FROM graph_metrics m JOIN entities e ON e.id = m.entity_id ORDER BY m.degree DESC LIMIT 1").fetchone()[0]
    assert top in ("City", "Country", "Technology")
    assert conn.execute("SELECT count(DISTINCT community) FROM graph_metrics").fetchone()[0] > 3


def test_csv_exports(built):
    conn = sqlite3.connect(built / "hardtech.db")
    for table in ("entities", "observations"):
        with (built / f"hardtech-{table}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0][0] == "id" and len(rows) - 1 == conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
