"""Vendor the browser libraries from npm into the Datasette plugin's static files.

Run when the Python package is built (setup.py's build_py) and by hand with
``python tools/vendor_js.py``. ``npm ci`` installs the versions pinned in
package-lock.json; only the files the pages load are copied, with each
package's licence, and VENDORED.json records what was copied. Nothing is
fetched at serve time, so the pages work offline.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "hardtech_kg" / "datasette_plugin" / "static" / "vendor"

# package → files (relative to the package folder) the pages load.
FILES = {
    "codemirror": ["lib/codemirror.js", "lib/codemirror.css", "mode/sparql/sparql.js", "addon/edit/matchbrackets.js", "LICENSE"],
    "cytoscape": ["dist/cytoscape.min.js", "LICENSE"],
}


def is_vendored() -> bool:
    manifest = TARGET / "VENDORED.json"
    if not manifest.exists():
        return False
    recorded = json.loads(manifest.read_text(encoding="utf-8"))
    pinned = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))["dependencies"]
    return recorded == pinned and all((TARGET / name / Path(f).name).exists() for name, files in FILES.items() for f in files)


def vendor(force: bool = False) -> None:
    if is_vendored() and not force:
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("npm is needed to vendor the browser libraries (Debian: apt-get install npm)")
    subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], cwd=ROOT, check=True)
    versions = {}
    for name, files in FILES.items():
        source = ROOT / "node_modules" / name
        versions[name] = json.loads((source / "package.json").read_text(encoding="utf-8"))["version"]
        dest = TARGET / name
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)
        for f in files:
            shutil.copy2(source / f, dest / Path(f).name)
    (TARGET / "VENDORED.json").write_text(json.dumps(versions, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    vendor(force="--force" in sys.argv)
