"""A person searching the paper in a real headless Chromium against the real server."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait


def test_search_box_finds_every_paragraph_with_the_term(server, browser, built, tmp_path):
    import sqlite3

    browser.get(server + "/hardtech/paragraphs")
    box = WebDriverWait(browser, 20).until(ec.presence_of_element_located((By.CSS_SELECTOR, "input#_search")))
    box.send_keys("重点实验室")
    box.submit()
    WebDriverWait(browser, 20).until(ec.url_contains("_search="))
    cells = browser.find_elements(By.CSS_SELECTOR, "td.col-text")
    expected = sqlite3.connect(built / "hardtech.db").execute(
        "SELECT count(*) FROM paragraphs WHERE instr(text, '重点实验室') > 0"
    ).fetchone()[0]
    assert len(cells) == expected > 0
    assert all("重点实验室" in cell.text for cell in cells)
    assert f"{expected} rows" in browser.find_element(By.TAG_NAME, "h3").text
    browser.save_screenshot(str(tmp_path / "search.png"))


def test_section_row_page_links_its_paragraphs(server, browser):
    browser.get(server + "/hardtech/sections?kind=section&number=1.2&_sort=id")
    link = WebDriverWait(browser, 20).until(ec.presence_of_element_located((By.CSS_SELECTOR, "td.col-id a")))
    link.click()
    WebDriverWait(browser, 20).until(ec.presence_of_element_located((By.CSS_SELECTOR, "ul li a")))
    page = browser.find_element(By.TAG_NAME, "body").text
    assert "paragraphs" in page and "section_id" in page
