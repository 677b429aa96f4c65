"""Screenshots of the pages for the README, taken in Debian's headless Chromium.

Builds nothing: it serves the current build (``hardtech-kg serve``) on a free
port, visits each page as a person would, waits for its chart or graph and
saves a PNG. ``make screenshots`` runs it.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

QUERY = 'SELECT ?lab ?city WHERE { ?lab a ht:StateKeyLab ; rdfs:label ?name ; ht:locatedIn ?c . ?c rdfs:label ?city . FILTER(lang(?city) = "zh") } ORDER BY ?city LIMIT 12'

def pages(db: Path) -> list[tuple[str, str, str, bool]]:
    """(name, path, selector that shows the page has drawn, full page?), the subjects picked from the build.

    The entity page shows the organisation with the most facts; the trace the city
    with the most institutions counted toward an indicator; the network the
    best-linked city. Nothing of the paper is named here.
    """
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    org = conn.execute(
        """SELECT r.subject_id FROM relations r JOIN entities e ON e.id = r.subject_id
           WHERE r.predicate = 'countsToward' GROUP BY r.subject_id
           ORDER BY (SELECT count(*) FROM relations f WHERE f.subject_id = r.subject_id AND f.predicate != 'coMentionedWith') DESC, r.subject_id LIMIT 1"""
    ).fetchone()[0]
    traced = conn.execute(
        """SELECT c.label FROM relations r JOIN relations loc ON loc.subject_id = r.subject_id AND loc.predicate = 'locatedIn'
           JOIN entities c ON c.id = loc.object_id WHERE r.predicate = 'countsToward' AND c.type = 'City'
           GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"""
    ).fetchone()[0]
    city = conn.execute(
        """SELECT e.id FROM entities e JOIN relations r ON r.subject_id = e.id OR r.object_id = e.id
           WHERE e.type = 'City' GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1"""
    ).fetchone()[0]
    return [
        ("sparql", "/sparql?query=" + quote(QUERY), "#results", False),
        ("entity", "/-/entity/" + quote(org), "#network[data-ready]", True),
        ("trace", "/-/trace/" + quote(traced), "#waterfall", False),
        ("network", "/-/network?id=" + quote(city), "#network[data-ready]", False),
        ("map", "/-/map", "circle.city", False),
        ("timeline", "/-/timeline", "li.milestone", False),
        ("domains", "/-/domains", "rect.bar", False),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--build", type=Path, default=Path("build"))
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = shutil.which("hardtech-kg", path=str(Path(sys.executable).parent)) or "hardtech-kg"
    server = subprocess.Popen([exe, "serve", "--out", str(args.build), "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        args.out.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            for name, path, selector, full in pages(args.build / "hardtech.db"):
                page.goto(base + path)
                page.wait_for_selector(selector, timeout=60_000)
                page.screenshot(path=str(args.out / f"{name}.png"), full_page=full)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
