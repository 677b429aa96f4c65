"""Loading the graph into any SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph, Fuseki, QLever, Virtuoso, Neptune).

The graph is sent as N-Triples with HTTP PUT, which replaces the target graph:
`URL?default` for the default graph (the default when the URL names none) or
`URL?graph=<iri>` for a named one — the protocol's two forms of "the graph".
"""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from hardtech_kg.errors import HardtechError, NotBuilt


def push(out_dir: Path, store_url: str, timeout: float = 600) -> int:
    """PUT the build's graph to `store_url`; return the number of bytes sent."""
    path = out_dir / "hardtech.nt"
    if not path.is_file():
        raise NotBuilt(f"{path} not found: run `hardtech-kg build` first")
    url = store_url if "?" in store_url else f"{store_url}?default"
    data = path.read_bytes()
    request = urllib.request.Request(url, data=data, method="PUT", headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if response.status not in (200, 201, 204):
                raise HardtechError(f"{url}: HTTP {response.status}")
    except urllib.error.HTTPError as exc:
        raise HardtechError(f"{url}: HTTP {exc.code}: {exc.read().decode('utf-8', 'replace')[:300]}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise HardtechError(f"{url}: {exc}") from exc
    return len(data)
