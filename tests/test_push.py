"""`hardtech-kg push`: the graph loaded into a real `oxigraph serve` answers the README queries as the embedded store does."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from hardtech_kg.cli import cli
from hardtech_kg.graph.query import open_store, select, with_prefixes
from hardtech_kg.graph.remote import query_endpoint

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory, free_port):
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    assert exe, "the oxigraph server (PyPI package oxigraph) is a test dependency"
    port = free_port
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path_factory.mktemp("oxi")), "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("oxigraph serve did not start")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def test_push_then_query_the_store(built, oxigraph_server):
    result = CliRunner().invoke(cli, ["push", "--out", str(built), "--store", f"{oxigraph_server}/store"], catch_exceptions=False)
    assert result.exit_code == 0 and "sent" in result.output
    local = open_store(built)
    for path in sorted((ROOT / "graph" / "queries").glob("*.rq")):
        text = with_prefixes(path.read_text(encoding="utf-8"))
        expected = select(local, text)["results"]["bindings"]
        got = json.loads(query_endpoint(f"{oxigraph_server}/query", text, "application/sparql-results+json")[1])["results"]["bindings"]
        normal = lambda rows: sorted(sorted((k, "、".join(sorted(v["value"].split("、")))) for k, v in r.items()) for r in rows)  # noqa: E731
        assert normal(got) == normal(expected), path.name


def test_push_to_nowhere_is_a_clear_error(built):
    result = CliRunner().invoke(cli, ["push", "--out", str(built), "--store", "http://127.0.0.1:9/store"])
    assert result.exit_code == 1 and "127.0.0.1:9" in result.output
