"""/-/entity/<id> and /-/trace/<city>, in process."""

from __future__ import annotations

import asyncio
from urllib.parse import quote

import pytest
from datasette.app import Datasette


@pytest.fixture(scope="module")
def ds(built):
    return Datasette([], immutables=[str(built / "hardtech.db")])


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_entity_page_of_a_city_shows_scores_facts_and_quotes(ds):
    r = get(ds, "/-/entity/" + quote("city/武汉"))
    assert r.status_code == 200
    assert "武汉" in r.text and "Wuhan" in r.text and 'id="scores"' in r.text and "<mark>" in r.text
    assert "/-/entity/lab/" in r.text  # labs located in it link to their pages
    assert "/hardtech/paragraphs/" in r.text


def test_entity_page_of_a_lab(ds):
    r = get(ds, "/-/entity/" + quote("lab/病毒学国家重点实验室"))
    assert r.status_code == 200 and "locatedIn" in r.text and "countsToward" in r.text and "/-/entity/city/" in r.text


def test_unknown_entity_is_404(ds):
    assert get(ds, "/-/entity/" + quote("lab/不存在的实验室")).status_code == 404


def test_trace_page_draws_the_waterfall(ds):
    r = get(ds, "/-/trace/" + quote("武汉"))
    assert r.status_code == 200 and '<svg id="waterfall"' in r.text and r.text.count('class="bar') == 5
    assert "9 of 25 named" in r.text
    assert get(ds, "/-/trace/" + quote("武昌")).status_code == 404


def test_timeline_map_and_domain_charts(ds):
    timeline = get(ds, "/-/timeline")
    assert timeline.status_code == 200 and timeline.text.count('class="milestone"') > 100 and 'id="y2019"' in timeline.text
    mapped = get(ds, "/-/map")
    assert mapped.status_code == 200 and mapped.text.count('class="city"') == 36 + 15  # national cities + the global TOP15
    domains = get(ds, "/-/domains")
    assert domains.status_code == 200 and domains.text.count('<div class="chart">') == 7 and domains.text.count('class="bar"') == 70
