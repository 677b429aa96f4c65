"""`hardtech-kg serve` really started: a Datasette process on a free port, queried over HTTP, then stopped."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest


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
