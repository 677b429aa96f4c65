"""Build time and peak memory of `hardtech-kg build` on the shipped corpus.

Runs the build N times in fresh subprocesses (so peak RSS is the build's own),
and writes benchmarks/results/build.json with the machine it ran on.

    python benchmarks/bench_build.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import resource, sys, time
from pathlib import Path
t = time.perf_counter()
from hardtech_kg.build import build
from hardtech_kg.settings import Settings
imported = time.perf_counter()
report = build(Settings(corpus_dir=Path(sys.argv[1]), out_dir=Path(sys.argv[2])))
done = time.perf_counter()
print(done - imported, imported - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem, 1), "python": platform.python_version(), "system": platform.platform()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    builds, imports, rss = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.runs):
            wall = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", CHILD, str(args.corpus), tmp], check=True, capture_output=True, text=True)
            wall = time.perf_counter() - wall
            b, i, m = out.stdout.split()
            builds.append(float(b))
            imports.append(float(i))
            rss.append(int(m) / 1024)
    result = {
        "benchmark": "build of the shipped corpus",
        "corpus_chars": sum(len(p.read_text(encoding="utf-8")) for p in args.corpus.glob("*.txt")),
        "runs": args.runs,
        "build_seconds_median": round(statistics.median(builds), 3),
        "build_seconds_min": round(min(builds), 3),
        "build_seconds_max": round(max(builds), 3),
        "import_seconds_median": round(statistics.median(imports), 3),
        "peak_rss_mib_median": round(statistics.median(rss), 1),
        "machine": machine(),
        "date": time.strftime("%Y-%m-%d"),
    }
    target = ROOT / "benchmarks" / "results" / "build.json"
    target.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
