"""All benchmarks in one command: build scaling, stage throughput, SPARQL engines, /sparql under load.

    .venv/bin/python benchmarks/run.py [--quick] [--full] [--only build,stages,sparql,load]

* **build** — `build()` of the shipped paper (1×, median of 3 runs) and of 10×
  (and with `--full` 100×) copies made by `corpus_gen.py`, each in a fresh
  subprocess: seconds inside `build()`, imports, peak RSS of the child
  (`wait4` rusage), ratio to linear t_N / (N × t_1). A child whose RSS passes
  `--mem-limit-gib` (default 12) is killed and reported as such.
* **stages** — the 1× build in a subprocess with every stage function that
  `hardtech_kg.build` calls wrapped by a timer (the build's own sequence, so it
  stays right when the build changes): a cold and a warm run, characters per
  second per stage; with pyinstrument installed, the cold build is also profiled
  (`results/profile-1x.txt`, top self-time functions in the JSON).
* **sparql** — the README queries (`graph/queries/*.rq`) on pyoxigraph and on
  rdflib's engine over the same `hardtech.nt`: p50/p95 per query (Oxigraph 50
  runs after a warm-up, rdflib at most 3 runs and fewer when one run is slow).
* **load** — `hardtech-kg serve` (/sparql) and `oxigraph serve-read-only` on the
  same graph, both on free loopback ports, driven by a bounded asyncio + httpx
  loop (concurrency 16, 20 s per target; 10 s with `--quick`, 60 s with `--full`)
  with a mix of the README queries that answer in under 200 ms on Oxigraph:
  req/s, p50, p99, 5xx. Both servers are stopped at the end, also on error.

Writes `benchmarks/results/latest.json`, a dated copy, and `summary.md` (also
printed): a Markdown table per part and the targets, met or missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus_gen import generate  # noqa: E402

RESULTS = HERE / "results"
TMP = RESULTS / "tmp"
QUERIES = ROOT / "graph" / "queries"
BIN = Path(sys.executable).parent
GIB = 2**30
ALL_PARTS = {"build", "stages", "sparql", "load"}

TARGETS = {
    "build_1x_seconds": 3.0,
    "linear_ratio_100x": 1.2,
    "peak_rss_100x_gib": 2.0,
    "sparql_p50_ms": 5.0,
    "endpoint_throughput_ratio": 0.8,
}

# --- machine -------------------------------------------------------------------------------------


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / GIB
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem, 1),
        "python": platform.python_version(),
        "system": platform.platform(),
        "load_average_1min_at_start": round(load, 2) if load is not None else None,
    }


# --- child processes with a memory guard ---------------------------------------------------------


def _rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def run_child(code: str, args: list[str], mem_limit: int, timeout: float) -> dict:
    """Run `python -c code args` and return its last stdout line (JSON) with its peak RSS.

    The child is killed if its resident memory passes `mem_limit` bytes (polled)
    or it runs past `timeout` seconds; RLIMIT_AS at twice the limit is a backstop.
    """

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 * mem_limit, 2 * mem_limit))

    out = tempfile.TemporaryFile(mode="w+")
    err = tempfile.TemporaryFile(mode="w+")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=out, stderr=err, cwd=ROOT, preexec_fn=limit)
    killed: list[str] = []

    def watch() -> None:
        while proc.poll() is None:
            if _rss_bytes(proc.pid) > mem_limit:
                killed.append(f"killed: resident memory passed the {mem_limit / GIB:g} GiB limit")
                proc.kill()
                return
            if time.perf_counter() - started > timeout:
                killed.append(f"killed: ran past the {timeout:.0f} s limit")
                proc.kill()
                return
            time.sleep(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    watcher.join()
    out.seek(0)
    err.seek(0)
    stdout, stderr = out.read(), err.read()
    result: dict = {"wall_seconds": round(wall, 3), "peak_rss_mib": round(usage.ru_maxrss / 1024, 1)}
    if killed or proc.returncode != 0:
        result["error"] = killed[0] if killed else f"exit code {proc.returncode}: {stderr.strip().splitlines()[-1] if stderr.strip() else ''}"
        return result
    lines = [line for line in stdout.splitlines() if line.strip()]
    result.update(json.loads(lines[-1]))
    return result


# --- build scaling -------------------------------------------------------------------------------

# Settings(cache=…) exists in builds that keep per-document extractions in <out>/.cache: the
# scaling runs switch it off (and start from an empty folder) so every run extracts everything.
SETTINGS = """
import dataclasses
from hardtech_kg.settings import Settings
def settings(corpus, out, cache=False):
    names = {f.name for f in dataclasses.fields(Settings)}
    return Settings(corpus_dir=Path(corpus), out_dir=Path(out), **({"cache": cache} if "cache" in names else {}))
"""

BUILD_CHILD = """
import json, sys, time
from pathlib import Path
t = time.perf_counter()
from hardtech_kg.build import build
""" + SETTINGS + """
imported = time.perf_counter()
report = build(settings(sys.argv[1], sys.argv[2], cache=sys.argv[3] == "cache"))
done = time.perf_counter()
chars = sum(d.chars for d in report.documents)
print(json.dumps({"build_seconds": round(done - imported, 3), "import_seconds": round(imported - t, 3),
                  "documents": len(report.documents), "chars": chars, "counts": report.counts,
                  "warnings": len(report.warnings), "reused": len(getattr(report, "reused", ()))}))
"""


def cache_supported() -> bool:
    import dataclasses

    from hardtech_kg.settings import Settings

    return "cache" in {f.name for f in dataclasses.fields(Settings)}


def bench_builds(scales: list[int], runs_1x: int, mem_limit: int, log) -> dict:
    out: dict = {"scales": {}}
    t1 = None
    for n in scales:
        corpus = ROOT / "corpus" if n == 1 else generate(n, TMP / f"corpus-{n}x")
        target = TMP / f"build-{n}x"
        runs = runs_1x if n == 1 else 1
        trials = []
        for r in range(runs):
            log(f"build {n}× run {r + 1}/{runs} …")
            shutil.rmtree(target, ignore_errors=True)
            res = run_child(BUILD_CHILD, [str(corpus), str(target), "no-cache"], mem_limit, timeout=3600 * (3 if n >= 100 else 1))
            trials.append(res)
            log(f"  {res.get('build_seconds', res.get('error'))} s, peak {res['peak_rss_mib']} MiB")
            if "error" in res:
                break
        ok = [t for t in trials if "error" not in t]
        entry: dict = {"runs": len(trials)}
        if not ok:
            entry["error"] = trials[-1]["error"]
            entry["peak_rss_mib"] = trials[-1]["peak_rss_mib"]
            entry["wall_seconds_before_stop"] = trials[-1]["wall_seconds"]
        else:
            secs = [t["build_seconds"] for t in ok]
            entry.update(
                {
                    "documents": ok[0]["documents"],
                    "chars": ok[0]["chars"],
                    "build_seconds": round(statistics.median(secs), 3),
                    "build_seconds_all": secs,
                    "import_seconds": round(statistics.median(t["import_seconds"] for t in ok), 3),
                    "wall_seconds": round(statistics.median(t["wall_seconds"] for t in ok), 3),
                    "peak_rss_mib": round(statistics.median(t["peak_rss_mib"] for t in ok), 1),
                    "counts": ok[0]["counts"],
                }
            )
            if n == 1:
                t1 = entry["build_seconds"]
            elif t1:
                entry["ratio_to_linear"] = round(entry["build_seconds"] / (n * t1), 3)
        out["scales"][f"{n}x"] = entry
        if n > 1:  # the 1× build stays for the SPARQL parts; the big ones only take space
            shutil.rmtree(target, ignore_errors=True)
            shutil.rmtree(corpus, ignore_errors=True)
    if 1 in scales and cache_supported():
        # A rebuild of the unchanged paper reusing <out>/.cache: one build to fill it, one timed.
        log("build 1× again, reusing the extraction cache …")
        target = TMP / "build-1x-cached"
        shutil.rmtree(target, ignore_errors=True)
        fill = run_child(BUILD_CHILD, [str(ROOT / "corpus"), str(target), "cache"], mem_limit, timeout=3600)
        res = run_child(BUILD_CHILD, [str(ROOT / "corpus"), str(target), "cache"], mem_limit, timeout=3600) if "error" not in fill else fill
        shutil.rmtree(target, ignore_errors=True)
        if "error" in res:
            out["rebuild_1x_cached"] = {"error": res["error"]}
        else:
            out["rebuild_1x_cached"] = {k: res[k] for k in ("build_seconds", "import_seconds", "wall_seconds", "peak_rss_mib", "reused")}
            out["rebuild_1x_cached"]["first_build_with_cache_seconds"] = fill["build_seconds"]
            log(f"  {res['build_seconds']} s ({res['reused']} document reused), peak {res['peak_rss_mib']} MiB")
    return out


# --- stage throughput ----------------------------------------------------------------------------

STAGE_CHILD = r"""
import json, sys, time
from collections import defaultdict
from pathlib import Path
import hardtech_kg.build as B
""" + SETTINGS + r"""

GROUPS = {
    "load_corpus": "decode (load_corpus)",
    "load_rules": "segment", "segment": "segment",
    "find_mentions": "mentions",
    "find_schemes": "relations", "relations": "relations",
    "observations": "observations", "global_index": "observations", "list_count_findings": "observations",
    "index_entities": "observations", "member_facts": "observations",
    "_section_paths": "graph_for (RDF)", "graph_for": "graph_for (RDF)",
    "entity_graph": "networkx (graph, metrics, GraphML/GEXF)", "metrics": "networkx (graph, metrics, GraphML/GEXF)",
    "write_networkx": "networkx (graph, metrics, GraphML/GEXF)",
    "to_sqlite": "to_sqlite",
    "write_graph": "write_graph (Turtle, N-Triples, JSON-LD)",
    "write_csv": "write_csv",
}
times = defaultdict(float)

def wrap(name, fn):
    def timed(*a, **k):
        t = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            times[name] += time.perf_counter() - t
    return timed

patched = [n for n in GROUPS if callable(getattr(B, n, None))]
for name in patched:
    setattr(B, name, wrap(name, getattr(B, name)))

profile = len(sys.argv) > 3 and sys.argv[3]
runs = []
for run in (("profiled",) if profile else ("cold", "warm")):
    times.clear()
    profiler = None
    if profile:
        from pyinstrument import Profiler
        profiler = Profiler(interval=0.001)
        profiler.start()
    t = time.perf_counter()
    report = B.build(settings(sys.argv[1], sys.argv[2], cache=False))
    total = time.perf_counter() - t
    hot = []
    if profiler is not None:
        profiler.stop()
        Path(profile).write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
        selfs = defaultdict(float)
        stack = [profiler.last_session.root_frame()]
        while stack:
            f = stack.pop()
            if f is None:
                continue
            if not f.is_synthetic and not (f.file_path_short or "").startswith("<thread"):
                selfs[(f.function, f.file_path_short or "", f.line_no)] += f.total_self_time
            stack.extend(f.children)
        hot = [{"function": k[0], "where": f"{k[1]}:{k[2]}", "self_seconds": round(v, 3)} for k, v in sorted(selfs.items(), key=lambda kv: -kv[1])[:20]]
    grouped = defaultdict(float)
    for name, secs in times.items():
        grouped[GROUPS[name]] += secs
    grouped["other (staging, moves, glue)"] = total - sum(times.values())
    runs.append({"run": run, "total_seconds": round(total, 3),
                 "functions": {k: round(v, 4) for k, v in times.items()},
                 "stages": {k: round(v, 4) for k, v in grouped.items()}, "hotspots": hot})
chars = sum(d.chars for d in report.documents)
print(json.dumps({"chars": chars, "patched": patched, "runs": runs}))
"""


def bench_stages(mem_limit: int, profile: bool, log) -> dict:
    log("stages: 1× build with timed stages (cold, then warm) …")
    profile_path = RESULTS / "profile-1x.txt"
    have_pyinstrument = True
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        have_pyinstrument = False
    use_profile = profile and have_pyinstrument
    shutil.rmtree(TMP / "build-stages", ignore_errors=True)
    res = run_child(STAGE_CHILD, [str(ROOT / "corpus"), str(TMP / "build-stages")], mem_limit, timeout=1800)
    if "error" in res:
        return {"error": res["error"]}
    prof = None
    if use_profile:
        log("stages: the same build under pyinstrument …")
        prof = run_child(STAGE_CHILD, [str(ROOT / "corpus"), str(TMP / "build-stages"), str(profile_path)], mem_limit, timeout=1800)
    shutil.rmtree(TMP / "build-stages", ignore_errors=True)
    chars = res["chars"]
    cold, warm = res["runs"]
    stages = {}
    for name in cold["stages"]:
        c, w = cold["stages"][name], warm["stages"].get(name, 0.0)
        stages[name] = {"cold_seconds": c, "warm_seconds": w, "chars_per_second_cold": round(chars / c) if c > 0 else None, "chars_per_second_warm": round(chars / w) if w > 0 else None}
    out = {
        "chars": chars,
        "cold_total_seconds": cold["total_seconds"],
        "warm_total_seconds": warm["total_seconds"],
        "stages": stages,
        "functions": {"cold": cold["functions"], "warm": warm["functions"]},
        "peak_rss_mib": res["peak_rss_mib"],
    }
    if prof is not None and "error" not in prof:
        out["profile"] = str(profile_path.relative_to(ROOT))
        out["profiled_total_seconds"] = prof["runs"][0]["total_seconds"]
        out["hotspots_self_time_cold"] = prof["runs"][0]["hotspots"]
    elif prof is not None:
        out["profile"] = f"failed: {prof['error']}"
    elif profile:
        out["profile"] = "skipped: pyinstrument is not installed (.venv/bin/pip install pyinstrument)"
    return out


# --- SPARQL engines ------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def readme_queries() -> dict[str, str]:
    from hardtech_kg.graph.query import with_prefixes

    return {p.stem: with_prefixes(p.read_text(encoding="utf-8")) for p in sorted(QUERIES.glob("*.rq"))}


def bench_sparql(nt: Path, ox_runs: int, rdflib_runs: int, rdflib_budget: float, log) -> dict:
    import pyoxigraph
    import rdflib

    log("sparql: loading the graph into rdflib and Oxigraph …")
    t = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(nt, format="nt")
    rdflib_load = time.perf_counter() - t
    t = time.perf_counter()
    store = pyoxigraph.Store()
    store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    ox_load = time.perf_counter() - t
    queries = {}
    for name, text in readme_queries().items():
        rows = len(list(store.query(text)))  # warm-up
        ox = []
        for _ in range(ox_runs):
            t = time.perf_counter()
            list(store.query(text))
            ox.append((time.perf_counter() - t) * 1000)
        rl, rl_rows = [], None
        spent = 0.0
        while len(rl) < rdflib_runs and (not rl or spent < rdflib_budget):
            t = time.perf_counter()
            rl_rows = len(list(graph.query(text)))
            rl.append((time.perf_counter() - t) * 1000)
            spent += rl[-1] / 1000
        entry = {
            "rows_oxigraph": rows,
            "rows_rdflib": rl_rows,
            "oxigraph_runs": len(ox),
            "oxigraph_p50_ms": round(percentile(ox, 50), 3),
            "oxigraph_p95_ms": round(percentile(ox, 95), 3),
            "rdflib_runs": len(rl),
            "rdflib_p50_ms": round(percentile(rl, 50), 1),
            "rdflib_p95_ms": round(percentile(rl, 95), 1),
        }
        entry["ratio_p50"] = round(entry["rdflib_p50_ms"] / entry["oxigraph_p50_ms"], 1) if entry["oxigraph_p50_ms"] else None
        queries[name] = entry
        log(f"  {name}: oxigraph p50 {entry['oxigraph_p50_ms']} ms, rdflib p50 {entry['rdflib_p50_ms']} ms ({len(rl)} runs)")
    triples = len(graph)
    del graph
    return {
        "graph": str(nt.relative_to(ROOT)) if nt.is_relative_to(ROOT) else str(nt),
        "triples": triples,
        "load_seconds": {"rdflib": round(rdflib_load, 2), "oxigraph": round(ox_load, 2)},
        "versions": {"rdflib": rdflib.__version__, "pyoxigraph": pyoxigraph.__version__},
        "note": "Oxigraph: one warm-up run, then the timed runs; rdflib: no warm-up, at most the given runs, one more only while the query's total stays under the budget",
        "queries": queries,
    }


# --- /sparql under load --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, query: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            r = httpx.get(url, params={"query": query}, headers={"Accept": "application/sparql-results+json"}, timeout=30)
            if r.status_code == 200:
                return
            last = r.status_code
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.3)
    raise RuntimeError(f"{url} not ready after {timeout} s (last: {last})")


async def _load(url: str, queries: list[str], seconds: float, concurrency: int) -> dict:
    import httpx

    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors: list[str] = []
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30, headers={"Accept": "application/sparql-results+json"}) as client:

        async def worker(w: int) -> None:
            i = w
            while time.perf_counter() < deadline:
                q = queries[i % len(queries)]
                i += 1
                t = time.perf_counter()
                try:
                    r = await client.get(url, params={"query": q})
                    await r.aread()
                except httpx.HTTPError as exc:
                    errors.append(type(exc).__name__)
                    continue
                latencies.append((time.perf_counter() - t) * 1000)
                statuses[r.status_code] = statuses.get(r.status_code, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(worker(w) for w in range(concurrency)))
        elapsed = time.perf_counter() - started
    done = len(latencies)
    return {
        "requests": done,
        "seconds": round(elapsed, 2),
        "requests_per_second": round(done / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50), 2) if latencies else None,
        "p99_ms": round(percentile(latencies, 99), 2) if latencies else None,
        "status_counts": {str(k): v for k, v in sorted(statuses.items())},
        "5xx": sum(v for k, v in statuses.items() if k >= 500),
        "client_errors": len(errors),
    }


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(10)


def bench_load(build_dir: Path, sparql: dict | None, seconds: float, concurrency: int, log) -> dict:
    queries = readme_queries()
    slow = {}
    if sparql:
        slow = {n: q["oxigraph_p50_ms"] for n, q in sparql["queries"].items() if q["oxigraph_p50_ms"] > 200}
    mix = {n: q for n, q in queries.items() if n not in slow}
    store_dir = TMP / "oxigraph-store"
    shutil.rmtree(store_dir, ignore_errors=True)
    log("load: oxigraph load …")
    subprocess.run([str(BIN / "oxigraph"), "load", "--location", str(store_dir), "--file", str(build_dir / "hardtech.nt")], check=True, capture_output=True)
    kg_port, ox_port = free_port(), free_port()
    targets = {
        "/sparql (hardtech-kg serve)": (f"http://127.0.0.1:{kg_port}/sparql", [str(BIN / "hardtech-kg"), "serve", "--out", str(build_dir), "--port", str(kg_port), "--host", "127.0.0.1"]),
        "oxigraph serve-read-only": (f"http://127.0.0.1:{ox_port}/query", [str(BIN / "oxigraph"), "serve-read-only", "--location", str(store_dir), "--bind", f"127.0.0.1:{ox_port}"]),
    }
    procs: list[subprocess.Popen] = []
    results: dict = {"concurrency": concurrency, "seconds_per_target": seconds, "queries": sorted(mix), "skipped_slow": slow}
    try:
        for name, (url, cmd) in targets.items():
            procs.append(subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
            wait_ready(url, next(iter(mix.values())), procs[-1])
        for name, (url, _) in targets.items():
            log(f"load: {name} for {seconds:.0f} s at concurrency {concurrency} …")
            asyncio.run(_load(url, list(mix.values()), min(3.0, seconds), concurrency))  # warm-up, not counted
            results[name] = asyncio.run(_load(url, list(mix.values()), seconds, concurrency))
            results[name]["sequential"] = asyncio.run(_load(url, list(mix.values()), min(5.0, seconds), 1))
            r = results[name]
            log(f"  {r['requests_per_second']} req/s, p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, 5xx {r['5xx']}; one at a time: p50 {r['sequential']['p50_ms']} ms")
    finally:
        for proc in procs:
            stop(proc)
        shutil.rmtree(store_dir, ignore_errors=True)
    kg, ox = results.get("/sparql (hardtech-kg serve)"), results.get("oxigraph serve-read-only")
    if kg and ox and ox["requests_per_second"]:
        results["throughput_ratio"] = round(kg["requests_per_second"] / ox["requests_per_second"], 3)
    return results


# --- summary -------------------------------------------------------------------------------------


def _fmt(v, digits=1) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:,.{digits}f}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def targets(result: dict) -> list[tuple[str, str, str]]:
    rows = []
    scales = result.get("build", {}).get("scales", {})
    one = scales.get("1x", {})
    if "build_seconds" in one:
        rows.append(("the paper builds in ≤ 3 s", f"{one['build_seconds']:.2f} s in build() (+{one['import_seconds']:.2f} s imports)", "met" if one["build_seconds"] <= TARGETS["build_1x_seconds"] else "missed"))
    hundred = scales.get("100x")
    if hundred is None:
        rows.append(("100× within 1.2× of linear and under 2 GiB", "not measured (run with --full)", "—"))
    elif "error" in hundred:
        rows.append(("100× within 1.2× of linear and under 2 GiB", f"{hundred['error']} (peak {hundred['peak_rss_mib'] / 1024:.1f} GiB)", "missed"))
    else:
        ratio, gib = hundred.get("ratio_to_linear"), hundred["peak_rss_mib"] / 1024
        ok = ratio is not None and ratio <= TARGETS["linear_ratio_100x"] and gib < TARGETS["peak_rss_100x_gib"]
        rows.append(("100× within 1.2× of linear and under 2 GiB", f"{_fmt(ratio, 2)}× linear, {gib:.1f} GiB", "met" if ok else "missed"))
    ten = scales.get("10x")
    if ten and "ratio_to_linear" in ten:
        ok = ten["ratio_to_linear"] <= TARGETS["linear_ratio_100x"] and ten["peak_rss_mib"] / 1024 < TARGETS["peak_rss_100x_gib"]
        rows.append(("(10×, same bounds)", f"{ten['ratio_to_linear']:.2f}× linear, {ten['peak_rss_mib'] / 1024:.1f} GiB", "met" if ok else "missed"))
    queries = result.get("sparql", {}).get("queries")
    if queries:
        worst = max(queries.items(), key=lambda kv: kv[1]["oxigraph_p50_ms"])
        rows.append(("SPARQL p50 ≤ 5 ms (every README query, Oxigraph in process)", f"worst {worst[0]} {worst[1]['oxigraph_p50_ms']:.2f} ms", "met" if worst[1]["oxigraph_p50_ms"] <= TARGETS["sparql_p50_ms"] else "missed"))
    load = result.get("load", {})
    kg = load.get("/sparql (hardtech-kg serve)")
    if kg:
        seq = kg.get("sequential", {}).get("p50_ms")
        rows.append(("/sparql p50 ≤ 5 ms over HTTP, one request at a time (the README mix)", f"{_fmt(seq, 2)} ms (under load at concurrency {load['concurrency']}: {_fmt(kg['p50_ms'], 1)} ms)", "met" if seq is not None and seq <= TARGETS["sparql_p50_ms"] else "missed"))
    if "throughput_ratio" in load:
        rows.append(("/sparql ≥ 0.8× Oxigraph's throughput", f"{load['throughput_ratio']:.2f}×", "met" if load["throughput_ratio"] >= TARGETS["endpoint_throughput_ratio"] else "missed"))
        five = sum(load[k]["5xx"] for k in ("/sparql (hardtech-kg serve)", "oxigraph serve-read-only"))
        rows.append(("no 5xx under load", f"{five} responses 5xx", "met" if five == 0 else "missed"))
    if "error" in load:
        rows.append(("/sparql ≥ 0.8× Oxigraph's throughput", f"load test failed: {load['error']}", "missed"))
    return rows


def summary(result: dict) -> str:
    m = result["machine"]
    lines = [
        f"# Benchmarks — {result['date']} ({result['mode']})",
        "",
        f"Code: commit {result.get('commit', '?')}" + (f" with uncommitted changes to {', '.join(result['uncommitted_changes'])}." if result.get("uncommitted_changes") else "."),
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB RAM, Python {m['python']}, {m['system']} (1-min load average {m['load_average_1min_at_start']} at start, {m.get('load_average_1min_at_end', '—')} at end; the cores are shared with other work, so timings vary from run to run).",
        "",
    ]
    build = result.get("build")
    if build:
        lines += ["## Build (fresh subprocess per run)", "", "| corpus | documents | characters | build() s | imports s | peak RSS MiB | ratio to linear | triples |", "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for name, e in build["scales"].items():
            if "error" in e:
                lines.append(f"| {name} | | | {e['error']} after {e['wall_seconds_before_stop']:.0f} s | | {_fmt(e['peak_rss_mib'])} | | |")
                continue
            runs = f" (median of {e['runs']})" if e["runs"] > 1 else ""
            lines.append(f"| {name} | {e['documents']} | {e['chars']:,} | {e['build_seconds']:.2f}{runs} | {e['import_seconds']:.2f} | {e['peak_rss_mib']:,.0f} | {_fmt(e.get('ratio_to_linear'), 2)} | {_fmt(e['counts'].get('triples'))} |")
        cached = build.get("rebuild_1x_cached")
        if cached and "error" not in cached:
            lines.append(f"| 1x, rebuilt with the extraction cache ({cached['reused']} of 1 document reused) | 1 | | {cached['build_seconds']:.2f} | {cached['import_seconds']:.2f} | {cached['peak_rss_mib']:,.0f} | | |")
        lines.append("\nEvery run starts from an empty output folder with the extraction cache off, so everything is extracted; ratio to linear is t_N / (N × t_1).")
        lines.append("")
    stages = result.get("stages")
    if stages and "stages" in stages:
        lines += [f"## Stages of the 1× build ({stages['chars']:,} characters; cold = first build in a process, warm = second)", "", "| stage | cold s | warm s | chars/s (warm) |", "| --- | --- | --- | --- |"]
        for name, s in sorted(stages["stages"].items(), key=lambda kv: -kv[1]["cold_seconds"]):
            lines.append(f"| {name} | {s['cold_seconds']:.2f} | {s['warm_seconds']:.2f} | {_fmt(s['chars_per_second_warm'])} |")
        lines.append(f"| **total** | **{stages['cold_total_seconds']:.2f}** | **{stages['warm_total_seconds']:.2f}** | {_fmt(round(stages['chars'] / stages['warm_total_seconds']))} |")
        lines.append("")
        hot = stages.get("hotspots_self_time_cold")
        if hot:
            lines += [f"Hotspots of a cold 1× build (pyinstrument, self time, {stages['profiled_total_seconds']:.1f} s with the profiler on; call tree in `{stages['profile']}`):", "", "| function | where | self s |", "| --- | --- | --- |"]
            lines += [f"| `{h['function']}` | {h['where']} | {h['self_seconds']:.2f} |" for h in hot[:12]]
            lines.append("")
    elif stages:
        lines += [f"Stages: {stages['error']}", ""]
    sparql = result.get("sparql")
    if sparql:
        lines += [
            f"## SPARQL, README queries ({sparql['triples']:,} triples; load: Oxigraph {sparql['load_seconds']['oxigraph']} s, rdflib {sparql['load_seconds']['rdflib']} s)",
            "",
            "| query | rows | Oxigraph p50 ms | p95 ms | rdflib p50 ms | p95 ms | rdflib runs | rdflib ÷ Oxigraph (p50) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name, q in sparql["queries"].items():
            lines.append(f"| {name} | {q['rows_oxigraph']} | {q['oxigraph_p50_ms']:.2f} | {q['oxigraph_p95_ms']:.2f} | {q['rdflib_p50_ms']:,.1f} | {q['rdflib_p95_ms']:,.1f} | {q['rdflib_runs']} | {_fmt(q['ratio_p50'])} |")
        lines.append("")
    load = result.get("load")
    if load and "error" not in load:
        lines += [
            f"## SPARQL over HTTP under load (loopback, concurrency {load['concurrency']}, {load['seconds_per_target']:.0f} s per target; mix: {', '.join(load['queries'])})",
            "",
            "| target | requests | req/s | p50 ms | p99 ms | 5xx | client errors | one at a time: p50 ms | p99 ms |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for name in ("/sparql (hardtech-kg serve)", "oxigraph serve-read-only"):
            r = load.get(name)
            if r:
                seq = r.get("sequential", {})
                lines.append(f"| {name} | {r['requests']:,} | {r['requests_per_second']:,.1f} | {_fmt(r['p50_ms'], 2)} | {_fmt(r['p99_ms'], 2)} | {r['5xx']} | {r['client_errors']} | {_fmt(seq.get('p50_ms'), 2)} | {_fmt(seq.get('p99_ms'), 2)} |")
        if "throughput_ratio" in load:
            lines.append(f"| /sparql ÷ Oxigraph | | **{load['throughput_ratio']:.2f}×** | | | | | | |")
        lines.append("\n`oxigraph serve-read-only` reads a RocksDB store on disk; /sparql answers from an in-memory Oxigraph store in its worker process. The load client runs on the same cores.")
        if load.get("skipped_slow"):
            lines.append(f"\nLeft out of the mix (over 200 ms on Oxigraph): {', '.join(load['skipped_slow'])}.")
        lines.append("")
    elif load:
        lines += [f"Load test: {load['error']}", ""]
    rows = targets(result)
    if rows:
        lines += ["## Targets", "", "| target | measured | |", "| --- | --- | --- |"]
        lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
        lines.append("")
    return "\n".join(lines)


# --- main ----------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description="Run the benchmarks; write benchmarks/results/latest.json, a dated copy and summary.md.")
    parser.add_argument("--quick", action="store_true", help="1× and 10× builds, one rdflib run for slow queries, 10 s of load per target")
    parser.add_argument("--full", action="store_true", help="also the 100× build (can take half an hour or more), 60 s of load per target")
    parser.add_argument("--only", default=",".join(sorted(ALL_PARTS)), help="comma-separated parts to run (build, stages, sparql, load); a partial run writes results/partial.json only")
    parser.add_argument("--mem-limit-gib", type=float, default=12.0, help="kill a build child whose resident memory passes this (default 12)")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--no-profile", action="store_true", help="do not profile the 1× build with pyinstrument")
    args = parser.parse_args()
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    mode = "full" if args.full else "quick" if args.quick else "default"
    mem_limit = int(args.mem_limit_gib * GIB)
    log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731

    RESULTS.mkdir(exist_ok=True)
    TMP.mkdir(exist_ok=True)
    result: dict = {"date": time.strftime("%Y-%m-%d %H:%M"), "mode": mode, "machine": machine(), "targets": TARGETS}
    try:
        result["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True).stdout.splitlines()
        result["uncommitted_changes"] = sorted(line[3:] for line in changed if not line[3:].startswith("benchmarks/"))
    except OSError:
        pass
    build_dir = TMP / "build-1x"
    started = time.perf_counter()
    if "build" in parts:
        scales = [1, 10] + ([100] if args.full else [])
        result["build"] = bench_builds(scales, runs_1x=3, mem_limit=mem_limit, log=log)
    if "stages" in parts:
        result["stages"] = bench_stages(mem_limit, profile=not args.no_profile, log=log)
    if "build" not in parts and (build_dir / "hardtech.nt").is_file() and parts & {"sparql", "load"}:
        log(f"sparql/load: using the graph of an earlier run in {build_dir}")
    if not (build_dir / "hardtech.nt").is_file() and parts & {"sparql", "load"}:
        log("building the 1× graph for the SPARQL benchmarks …")
        res = run_child(BUILD_CHILD, [str(ROOT / "corpus"), str(build_dir), "no-cache"], mem_limit, timeout=1800)
        if "error" in res:
            raise SystemExit(f"the 1× build failed: {res['error']}")
    if "sparql" in parts:
        result["sparql"] = bench_sparql(build_dir / "hardtech.nt", ox_runs=50, rdflib_runs=3, rdflib_budget=10.0 if args.quick else 120.0, log=log)
    if "load" in parts:
        seconds = 60.0 if args.full else 10.0 if args.quick else 20.0
        try:
            result["load"] = bench_load(build_dir, result.get("sparql"), seconds, args.concurrency, log)
        except Exception as exc:  # reported, not raised: the other parts' figures are still worth writing
            result["load"] = {"error": f"{type(exc).__name__}: {exc}"}
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["machine"]["load_average_1min_at_end"] = round(os.getloadavg()[0], 2)

    text = json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    md = summary(result)
    if parts >= ALL_PARTS:
        (RESULTS / "latest.json").write_text(text, encoding="utf-8")
        (RESULTS / f"{time.strftime('%Y-%m-%d')}-{mode}.json").write_text(text, encoding="utf-8")
        (RESULTS / "summary.md").write_text(md, encoding="utf-8")
    else:  # a partial run does not replace the figures of a complete one
        result["parts"] = sorted(parts)
        (RESULTS / "partial.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(md)


if __name__ == "__main__":
    main()
