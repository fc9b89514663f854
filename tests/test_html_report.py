"""The HTML report, rendered and used in headless Chromium as a person would: counts, filters, escaping."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, run_wirlint

# Screenshots are kept for people to look at (CI uploads this folder as an artefact).
ARTIFACTS = Path(os.environ.get("WIRLINT_ARTIFACTS", ROOT / "artifacts")) / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture(scope="module")
def browser():
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI"):
            pytest.fail("CI must have Debian's chromium and chromium-driver (see the README's test command)")
        pytest.skip("Debian's chromium and chromium-driver are not installed on this machine")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", "--window-size=1200,1600"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    page = folder / "report.html"
    (folder / "danger.txt").write_text('Wir sind <script>alert("x")</script> die Nr. 1 & mehr.\n', encoding="utf-8")
    completed = run_wirlint(
        "check", "--format", "html", "--exit-zero", str(FIXTURES / "texts"), str(folder / "danger.txt")
    )
    page.write_text(completed.stdout, encoding="utf-8")
    return page


def test_report_shows_counts_and_ranks_files(browser, report):
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    assert browser.title == f"wirlint report – {FIXTURES / 'texts'}"  # a folder is reported as a site
    findings = browser.find_elements(By.CSS_SELECTOR, ".finding")
    assert int(browser.find_element(By.ID, "total").text) == len(findings) > 10
    rows = browser.find_elements(By.CSS_SELECTOR, "tbody tr")
    focus = [row.find_elements(By.TAG_NAME, "td")[1].text for row in rows]
    numbers = [int(value.rstrip(" %")) for value in focus if value.endswith("%")]
    assert numbers == sorted(numbers)
    # Text from the linted files is shown as text, never run: the page has only its own script.
    assert browser.execute_script("return document.scripts.length") == 1
    texts = [element.text for element in browser.find_elements(By.CSS_SELECTOR, ".context, .text")]
    assert any("<script>" in text for text in texts), texts


def test_category_filter_hides_the_other_findings(browser, report):
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    button = browser.find_element(By.CSS_SELECTOR, '.filters button[data-category="self-praise"]')
    expected = int(button.text.rsplit("(", 1)[1].rstrip(")"))
    button.click()
    visible = [f for f in browser.find_elements(By.CSS_SELECTOR, ".finding") if f.is_displayed()]
    assert len(visible) == expected == int(browser.find_element(By.ID, "shown").text)
    assert {f.get_attribute("data-category") for f in visible} == {"self-praise"}
    assert button.get_attribute("aria-pressed") == "true"
    browser.find_element(By.CSS_SELECTOR, '.filters button[data-category="all"]').click()
    assert len([f for f in browser.find_elements(By.CSS_SELECTOR, ".finding") if f.is_displayed()]) > expected


def test_report_renders_to_a_screenshot(browser, report):
    browser.get(report.as_uri())
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


def test_findings_are_grouped_by_page_worst_first(browser, report):
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    pages = browser.find_elements(By.CSS_SELECTOR, "details.page")
    assert len(pages) >= 3
    for page in pages:
        path = page.find_element(By.TAG_NAME, "summary").text.split(" · ")[0]
        places = [element.text for element in page.find_elements(By.CSS_SELECTOR, ".place")]
        assert places and all(place.startswith(path + ":") for place in places), (path, places)
    rows = browser.find_elements(By.CSS_SELECTOR, "tbody tr")
    ranked = [row.find_elements(By.TAG_NAME, "td")[0].text for row in rows]
    grouped = [page.find_element(By.TAG_NAME, "summary").text.split(" · ")[0] for page in pages]
    grouped = [path for path in grouped if path != str(FIXTURES / "texts")]  # the site verdict's own group
    assert grouped == [path for path in ranked if path in grouped]  # the same order as the table: worst first


def test_scores_are_coloured_against_the_threshold_and_short_pages_are_not_ranked(browser, report):
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    for row in browser.find_elements(By.CSS_SELECTOR, "tbody tr"):
        cell = row.find_elements(By.TAG_NAME, "td")[1]
        if not cell.text.endswith("%"):
            assert cell.text == "not ranked (too short)"
            continue
        value = int(cell.text.rstrip(" %"))
        level = cell.find_element(By.CSS_SELECTOR, ".bar span").get_attribute("class")
        assert level == ("high" if value >= 50 else "mid" if value >= 25 else "low"), (value, level)


def test_search_narrows_the_findings_and_hides_empty_pages(browser, report):
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    browser.find_element(By.ID, "search").send_keys("Marktführer")
    visible = [f for f in browser.find_elements(By.CSS_SELECTOR, ".finding") if f.is_displayed()]
    assert visible and all("marktführer" in f.text.lower() for f in visible)
    assert int(browser.find_element(By.ID, "shown").text) == len(visible)
    shown_pages = [p for p in browser.find_elements(By.CSS_SELECTOR, "details.page") if p.is_displayed()]
    assert len(shown_pages) < len(browser.find_elements(By.CSS_SELECTOR, "details.page"))


def test_the_report_fits_a_400_pixel_wide_screen(browser, report):
    browser.set_window_size(400, 900)
    try:
        browser.get(report.as_uri())
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0  # the page itself never scrolls sideways; a wide table scrolls in its own box
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        assert browser.save_screenshot(str(ARTIFACTS / "report-400px.png"))
    finally:
        browser.set_window_size(1200, 1600)


def test_each_finding_shows_its_sentence_highlighted_in_its_paragraph(browser, report):
    from selenium.webdriver.common.by import By

    browser.get(report.as_uri())
    shown = 0
    for finding in browser.find_elements(By.CSS_SELECTOR, ".finding"):
        marks = finding.find_elements(By.CSS_SELECTOR, ".context mark")
        if not marks:
            continue
        shown += 1
        context = finding.find_element(By.CSS_SELECTOR, ".context").text
        assert len(marks) == 1 and marks[0].text and marks[0].text in context
    assert shown > 10
    # a we-first finding: the whole sentence is marked, the rest of its paragraph around it, the rewrite beside
    rewritten = [f for f in browser.find_elements(By.CSS_SELECTOR, ".finding") if f.find_elements(By.CSS_SELECTOR,
                 ".suggestion") and f.find_elements(By.CSS_SELECTOR, ".context mark")]  # fmt: skip
    assert rewritten
    mark = rewritten[0].find_element(By.CSS_SELECTOR, ".context mark").text
    assert mark.startswith("Wir") and mark.endswith(".")


def test_severity_and_page_filters_narrow_the_findings(browser, report):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    browser.get(report.as_uri())
    total = len(browser.find_elements(By.CSS_SELECTOR, ".finding"))
    Select(browser.find_element(By.ID, "severity")).select_by_value("info")
    visible = [f for f in browser.find_elements(By.CSS_SELECTOR, ".finding") if f.is_displayed()]
    assert 0 < len(visible) < total and {f.get_attribute("data-severity") for f in visible} == {"info"}
    Select(browser.find_element(By.ID, "severity")).select_by_value("all")
    page = Select(browser.find_element(By.ID, "page"))
    chosen = page.options[1].get_attribute("value")
    page.select_by_value(chosen)
    visible = [f for f in browser.find_elements(By.CSS_SELECTOR, ".finding") if f.is_displayed()]
    assert visible and {f.get_attribute("data-page") for f in visible} == {chosen}
    assert int(browser.find_element(By.ID, "shown").text) == len(visible)


def test_the_report_speaks_the_language_of_its_pages(tmp_path):
    """One language for the whole interface: German pages get a German report, English pages an English one."""
    from bs4 import BeautifulSoup

    for lang, text, words in (
        ("de", "Wir sind der führende Anbieter in Bayern.\n", ("Hinweise", "Kundenfokus", "Alle Seiten")),
        ("en", "We are the leading provider in Leeds.\n", ("findings", "customer focus", "All pages")),
    ):
        (tmp_path / f"{lang}.txt").write_text(text, encoding="utf-8")
        completed = run_wirlint("check", "--format", "html", "--exit-zero", f"{lang}.txt", cwd=tmp_path)
        soup = BeautifulSoup(completed.stdout, "html.parser")
        assert soup.html["lang"] == lang
        page = soup.get_text(" ")
        assert all(word in page for word in words), (lang, page)
        other = {"de": ("All pages", "findings"), "en": ("Alle Seiten", "Hinweise")}[lang]
        assert not any(word in page for word in other), (lang, other)
