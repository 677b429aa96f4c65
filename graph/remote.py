"""Query any SPARQL 1.1 endpoint over HTTP (the protocol's POST of a form, with an Accept header)."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from hardtech_kg.errors import HardtechError

from .query import with_prefixes


def query_endpoint(endpoint: str, query: str, accept: str, timeout: float = 60) -> tuple[str, bytes]:
    """(media type, body) of the endpoint's answer; the predeclared prefixes the query uses are declared for it."""
    data = urllib.parse.urlencode({"query": with_prefixes(query)}).encode()
    request = urllib.request.Request(endpoint, data=data, headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        raise HardtechError(f"{endpoint}: HTTP {exc.code}: {exc.read().decode('utf-8', 'replace')[:500]}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise HardtechError(f"{endpoint}: {exc}") from exc
