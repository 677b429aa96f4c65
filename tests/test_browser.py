"""A person using the pages, in Debian's headless Chromium (Playwright) against the real server."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import pytest

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def browser():
    # Module scope: Playwright's sync API runs an event loop that must be gone before other modules use asyncio.run.
    """Debian's headless Chromium driven by Playwright (installed by the test set-up; never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), "run `make test` (it installs Debian chromium)"
    with sync_playwright() as p:
        instance = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and failed requests; a test fails if any occur."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.errors = errors
    yield tab
    context.close()
    assert errors == [], errors


def test_search_box_finds_every_paragraph_with_the_term(server, page, built):
    page.goto(server + "/hardtech/paragraphs")
    page.fill("input#_search", "重点实验室")
    page.keyboard.press("Enter")
    page.wait_for_url("**_search=**")
    cells = page.locator("td.col-text")
    expected = sqlite3.connect(built / "hardtech.db").execute("SELECT count(*) FROM paragraphs WHERE instr(text, '重点实验室') > 0").fetchone()[0]
    assert cells.count() == expected > 0
    assert all("重点实验室" in t for t in cells.all_inner_texts())
    assert f"{expected} rows" in page.inner_text("h3")


def test_sparql_page_runs_a_typed_query(server, page):
    page.goto(server + "/sparql")
    page.fill("#query", 'SELECT ?lab WHERE { ?lab a ht:StateKeyLab ; ht:locatedIn/rdfs:label "武汉"@zh }')
    page.click("#run")
    page.wait_for_selector("#results")
    assert page.locator("#results tbody tr").count() == 9
    page.locator("#results tbody a").first.click()  # an IRI opens its entity page
    page.wait_for_url("**/-/entity/lab/**")
    assert "StateKeyLab" in page.inner_text("h1")


def test_sparql_page_shows_the_parsers_message(server, page):
    page.goto(server + "/sparql?query=" + quote("SELECT WHERE {"))
    assert "malformed query" in page.inner_text("#error")
    page.errors.clear()  # the 400 response itself is logged by the browser as a failed resource


def test_entity_page_of_a_city(server, page):
    page.goto(server + "/-/entity/" + quote("city/武汉"))
    assert "Wuhan" in page.inner_text("h1")
    assert page.locator("#scores tr").count() > 10
    assert page.locator("mark").count() > 10


def test_trace_page_draws_the_chart(server, page):
    page.goto(server + "/-/trace/" + quote("武汉"))
    assert page.locator("#waterfall rect.bar").count() == 5
    assert "9 of 25 named" in page.inner_text("body")


def test_views_render(server, page):
    for path, selector, minimum in (("/-/timeline", "li.milestone", 100), ("/-/map", "circle.city", 51), ("/-/domains", "rect.bar", 70)):
        page.goto(server + path)
        assert page.locator(selector).count() >= minimum, path
