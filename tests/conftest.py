"""Shared fixtures: the shipped corpus, a build of it, and small corpora made per test."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from hardtech_kg.build import build
from hardtech_kg.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
PAPER = CORPUS / "hardtech-whitepaper-2019.txt"


SESSION_MARK = "HARDTECH_KG_TEST_SESSION"


def _marked_processes(mark: str) -> list[str]:
    """Processes other than this one whose environment carries the session's mark: what the tests started."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if f"{SESSION_MARK}={mark}".encode() in (entry / "environ").read_bytes().split(b"\0"):
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                found.append(f"{entry.name}: {command[:200]}")
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def _semaphores() -> set[str]:
    shm = Path("/dev/shm")
    return {p.name for p in shm.glob("sem.*")} if shm.is_dir() else set()


@pytest.fixture(scope="session", autouse=True)
def nothing_left_behind():
    """Fail the session if a test leaves a process, a thread or a POSIX semaphore behind.

    Every process the tests start inherits a mark in its environment, so one
    that outlives its parent (an orphaned worker, a browser) is still found.
    """
    mark = f"{os.getpid()}-{time.time_ns()}"
    os.environ[SESSION_MARK] = mark
    semaphores = _semaphores()
    yield
    deadline = time.monotonic() + 10
    while (_marked_processes(mark) or any(not t.daemon and t is not threading.main_thread() for t in threading.enumerate())) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = _marked_processes(mark)
    # A daemon thread ends with the interpreter (Datasette's write thread is one): only the others can outlive the tests.
    threads = [t.name for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    new_semaphores = sorted(_semaphores() - semaphores)
    assert not left, f"processes left running after the tests: {left}"
    assert not threads, f"threads left running after the tests: {threads}"
    assert not new_semaphores, f"semaphores left behind: {new_semaphores}"


@pytest.fixture(scope="module")
def make_datasette():
    """Datasette apps for in-process requests; their SQL threads and SPARQL workers are stopped after the module."""
    from datasette.app import Datasette

    from hardtech_kg.datasette_plugin.sparql import close_engines

    made = []

    def make(*args, **kwargs):
        made.append(Datasette(*args, **kwargs))
        return made[-1]

    yield make
    close_engines()
    for app in made:
        app.executor.shutdown(wait=True)


@pytest.fixture(scope="session")
def paper_text() -> str:
    return PAPER.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The shipped corpus built once for the session; returns the build folder."""
    out = tmp_path_factory.mktemp("build")
    build(Settings(corpus_dir=CORPUS, out_dir=out))
    return out


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A private copy of the shipped corpus that a test may alter."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def manifest():
    return json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on."""
    return _free_port()


@pytest.fixture(scope="session")
def server(built, tmp_path_factory):
    """`hardtech-kg serve` on the session build, really started on a free port; stopped afterwards."""
    port = _free_port()
    log = (tmp_path_factory.mktemp("serve") / "serve.log").open("w+b")
    exe = shutil.which("hardtech-kg", path=str(Path(sys.executable).parent)) or "hardtech-kg"
    proc = subprocess.Popen(
        [exe, "serve", "--out", str(built), "--port", str(port)],
        cwd=Path(__file__).resolve().parent.parent,
        stdout=log,
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
                log.seek(0)
                raise RuntimeError("server did not start: " + log.read().decode(errors="replace"))
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)
    log.close()
