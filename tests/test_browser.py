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
    page.click(".CodeMirror")  # the editor (CodeMirror, vendored from npm) stands in for the textarea
    page.keyboard.type('SELECT ?lab WHERE { ?lab a ht:StateKeyLab ; ht:locatedIn/rdfs:label "武汉"@zh }')
    assert page.locator(".CodeMirror .cm-keyword").count() >= 2  # SELECT, WHERE highlighted
    assert page.locator(".CodeMirror .cm-variable-2").count() >= 2  # ?lab
    page.click("#run")
    page.wait_for_selector("#results")
    assert page.locator("#results tbody tr").count() == 9
    page.locator("#results tbody a").first.click()  # an IRI opens its entity page
    page.wait_for_url("**/-/entity/lab/**")
    assert "StateKeyLab" in page.inner_text("h1")


def test_sparql_page_example_menu_fills_the_editor(server, page):
    page.goto(server + "/sparql")
    first = page.locator("#examples option").nth(1)
    page.select_option("#examples", index=1)
    assert page.evaluate("window.hardtechEditor.getValue()") == first.get_attribute("value")
    page.click(".CodeMirror")
    page.keyboard.press("Control+Enter")  # runs the query from the editor
    page.wait_for_selector("#results, #boolean")


def test_sparql_page_shows_the_parsers_message(server, page):
    page.goto(server + "/sparql?query=" + quote("SELECT WHERE {"))
    assert "malformed query" in page.inner_text("#error")
    page.errors.clear()  # the 400 response itself is logged by the browser as a failed resource


def test_sparql_page_marks_the_line_of_a_syntax_error(server, page):
    query = "SELECT ?city WHERE {\n  ?city a ht:City ;\n        ex:label ?l .\n}"
    page.goto(server + "/sparql?query=" + quote(query))
    page.errors.clear()  # the 400 response itself is logged by the browser as a failed resource
    assert "unknown prefix ex: at line 3, column 9" in page.inner_text("#error")
    marked = page.locator(".CodeMirror .error-line")
    assert marked.count() == 1 and "ex:label" in marked.inner_text()


def test_entity_page_of_a_city(server, page):
    page.goto(server + "/-/entity/" + quote("city/武汉"))
    assert "Wuhan" in page.inner_text("h1")
    assert page.locator("#scores tr").count() > 10
    assert page.locator("mark").count() > 10


def _network_ready(page) -> int:
    page.wait_for_selector("#network[data-ready]", timeout=30_000)
    return int(page.get_attribute("#network", "data-ready"))


def test_entity_page_draws_its_neighbourhood(server, page, built):
    from hardtech_kg.explore import neighbourhood

    page.goto(server + "/-/entity/" + quote("lab/病毒学国家重点实验室"))
    expected = neighbourhood(sqlite3.connect(built / "hardtech.db"), "lab/病毒学国家重点实验室")
    assert _network_ready(page) == len(expected["nodes"]) > 3
    assert page.evaluate("window.hardtechNetwork.edges().length") == len(expected["edges"])


def test_network_explorer_filters_and_expands(server, page, built):
    from hardtech_kg.explore import neighbourhood

    conn = sqlite3.connect(built / "hardtech.db")
    page.goto(server + "/-/network?id=" + quote("city/武汉"))
    first = neighbourhood(conn, "city/武汉")
    assert _network_ready(page) == len(first["nodes"])
    # Filter by type: unticking StateKeyLab hides exactly the labs.
    labs = sum(1 for n in first["nodes"] if n["data"]["type"] == "StateKeyLab")
    assert labs == 9
    page.uncheck('#filters input[value="StateKeyLab"]')
    assert page.evaluate("window.hardtechNetwork.nodes('.hidden').length") == labs
    # Cytoscape applies the style on its next frame: wait for the labs to disappear from the drawing.
    page.wait_for_function(f"() => window.hardtechNetwork.nodes(':visible').length == {len(first['nodes']) - labs}", timeout=10_000)
    page.check('#filters input[value="StateKeyLab"]')
    # Click a university to expand it: its own neighbours join the graph.
    shown = {n["data"]["id"] for n in first["nodes"]}
    # A university with neighbours not shown yet, drawn clear of every other node (so the click lands on it).
    positions = page.evaluate("() => Object.fromEntries(window.hardtechNetwork.nodes().map(n => [n.id(), n.renderedPosition()]))")

    def clear(node_id: str) -> bool:
        x, y = positions[node_id]["x"], positions[node_id]["y"]
        return all((p["x"] - x) ** 2 + (p["y"] - y) ** 2 > 20**2 for other, p in positions.items() if other != node_id)

    target, union = next(
        (n["data"]["id"], shown | more)
        for n in first["nodes"]
        if n["data"]["type"] == "University"
        and clear(n["data"]["id"])
        and (more := {m["data"]["id"] for m in neighbourhood(conn, n["data"]["id"])["nodes"]}) - shown
    )
    box = page.locator("#network").bounding_box()
    pos = positions[target]
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_function(f"() => document.querySelector('#network').getAttribute('data-ready') == '{len(union)}'", timeout=30_000)
    assert page.inner_text("#selected-entity") == next(n["data"]["label"] for n in first["nodes"] if n["data"]["id"] == target)


def test_trace_page_draws_the_chart(server, page):
    page.goto(server + "/-/trace/" + quote("武汉"))
    assert page.locator("#waterfall rect.bar").count() == 5
    assert "9 of 25 named" in page.inner_text("body")


def test_views_render(server, page):
    for path, selector, minimum in (("/-/network", "#network canvas", 1), ("/-/timeline", "li.milestone", 100), ("/-/map", "circle.city", 51), ("/-/domains", "rect.bar", 70)):
        page.goto(server + path)
        assert page.locator(selector).count() >= minimum, path
