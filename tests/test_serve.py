"""`hardtech-kg serve` really started: a Datasette process on a free port, queried over HTTP, then stopped."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(built):
    port = free_port()
    exe = shutil.which("hardtech-kg", path=str(Path(sys.executable).parent)) or "hardtech-kg"
    proc = subprocess.Popen(
        [exe, "serve", "--out", str(built), "--port", str(port)],
        cwd=Path(__file__).resolve().parent.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2)
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("server did not start: " + proc.stdout.read().decode(errors="replace"))
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def fetch(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def test_home_page_lists_the_database(server):
    status, body = fetch(server + "/")
    assert status == 200 and "hardtech" in body


def test_search_over_http(server):
    query = urllib.parse.quote("重点实验室")
    status, body = fetch(f"{server}/hardtech/paragraphs.json?_search={query}&_shape=array&_size=max")
    rows = json.loads(body)
    assert status == 200 and rows and all("重点实验室" in row["text"] for row in rows)


def test_database_is_served_read_only(server):
    sql = urllib.parse.quote("insert into diagnostics (level) values ('x')")
    with pytest.raises(urllib.error.HTTPError) as info:
        fetch(f"{server}/hardtech.json?sql={sql}")
    assert info.value.code == 400
