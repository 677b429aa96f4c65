"""The process that answers /sparql: `python -m hardtech_kg.sparql_worker GRAPH.nt PARENT_PID`.

It holds the build's graph in Oxigraph and answers one request per line on
stdin (JSON) with a JSON header line and the serialised result on stdout. The
server runs queries here, not in its own process, so that a query past the
time limit can be cut off by ending this process (a thread cannot be stopped).

Before it reads anything it may, it leaves the network: it moves into a new
network namespace (with a user namespace where it is not privileged), which has
no interface but a loopback that is down. The server refuses SERVICE before a
query gets here; this is the second wall, so that no query can make the server
contact another host even if a query slipped past the first. Where the kernel
does not allow it, the worker says so on stderr and goes on.

It ends when its stdin closes or its parent is gone, so a killed server leaves
no worker behind.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time

_CLONE_NEWNET = 0x40000000
_CLONE_NEWUSER = 0x10000000


def leave_network() -> bool:
    """Move this (still single-threaded) process into an empty network namespace; True if it did."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if libc.unshare(flags) == 0:
            return True
    return False


def _watch_parent(parent: int) -> None:
    """End this process when the server that started it is gone (queries run without the GIL)."""
    while True:
        if os.getppid() != parent:
            os._exit(0)
        time.sleep(0.5)


def main(argv: list[str]) -> int:
    path, parent = argv[0], int(argv[1])
    # The protocol owns the real stdout; anything else that prints goes to stderr.
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    source = open(path, "rb")  # opened before leaving: a user namespace may not see the file's owner
    if not leave_network():
        print("hardtech-kg sparql worker: could not leave the network (no namespaces here); SERVICE stays refused by the query check", file=sys.stderr)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()

    from hardtech_kg.graph.query import Store, answer

    store = Store.load(source)
    source.close()
    out.write(b'{"ready": true}\n')
    out.flush()
    for line in sys.stdin.buffer:
        request = json.loads(line)
        header, payload = answer(store, request)
        header["length"] = len(payload)
        out.write(json.dumps(header).encode() + b"\n")
        out.write(payload)
        out.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover - run as a process by sparql_endpoint.Engine
    sys.exit(main(sys.argv[1:]))
