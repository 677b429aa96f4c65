"""Screenshots of the pages for the README, taken in Debian's headless Chromium.

Builds nothing: it serves the current build (``hardtech-kg serve``) on a free
port, visits each page as a person would, waits for its chart or graph and
saves a PNG. ``make screenshots`` runs it.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

QUERY = 'SELECT ?lab ?city WHERE { ?lab a ht:StateKeyLab ; rdfs:label ?name ; ht:locatedIn ?c . ?c rdfs:label ?city . FILTER(lang(?city) = "zh") } ORDER BY ?city LIMIT 12'

PAGES = [  # name, path, selector that shows the page has drawn, full page?
    ("sparql", "/sparql?query=" + quote(QUERY), "#results", False),
    ("entity", "/-/entity/" + quote("lab/病毒学国家重点实验室"), "#network[data-ready]", True),
    ("trace", "/-/trace/" + quote("武汉"), "#waterfall", False),
    ("network", "/-/network?id=" + quote("city/西安"), "#network[data-ready]", False),
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
            for name, path, selector, full in PAGES:
                page.goto(base + path)
                page.wait_for_selector(selector, timeout=60_000)
                page.screenshot(path=str(args.out / f"{name}.png"), full_page=full)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
