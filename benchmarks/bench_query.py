"""SPARQL on the built graph: rdflib's engine against Oxigraph, on the README's example queries.

Loads build/hardtech.nt into both (load time measured too), runs each query in
graph/queries/ several times and keeps the median; writes
benchmarks/results/query.json.

    python benchmarks/bench_query.py [--out build] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import pyoxigraph
import rdflib

from hardtech_kg.graph.query import with_prefixes

ROOT = Path(__file__).resolve().parent.parent


def timed(fn, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "build")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    nt = args.out / "hardtech.nt"
    start = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(nt, format="nt")
    rdflib_load = time.perf_counter() - start
    start = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    oxigraph_load = time.perf_counter() - start
    queries = {}
    for path in sorted((ROOT / "graph" / "queries").glob("*.rq")):
        text = with_prefixes(path.read_text(encoding="utf-8"))
        rl, rows = timed(lambda: list(graph.query(text)), args.runs)
        ox, solutions = timed(lambda: list(store.query(text)), args.runs)
        queries[path.stem] = {"rows": len(rows), "rdflib_ms": round(rl * 1000, 1), "oxigraph_ms": round(ox * 1000, 1), "speedup": round(rl / ox, 1) if ox else None}
    result = {
        "benchmark": "SPARQL example queries, rdflib 7.6 vs pyoxigraph 0.5",
        "triples": len(graph),
        "load_seconds": {"rdflib": round(rdflib_load, 2), "oxigraph": round(oxigraph_load, 2)},
        "queries": queries,
        "date": time.strftime("%Y-%m-%d"),
    }
    (ROOT / "benchmarks" / "results" / "query.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
