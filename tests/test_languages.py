"""Pages that mix languages: each block is read in its own language, and the page's score counts both."""

from __future__ import annotations

import json

from tests.conftest import lint_text
from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.nlp.langid import paragraph_language
from wirlint.sources import load_document

MIXED_HTML = """<html lang="de"><body>
<h1>Willkommen</h1>
<p>Wir sind der führende Anbieter in Bayern und bieten Ihnen alles aus einer Hand.</p>
<p lang="en">We are the leading provider of solar panels and we put customers first.</p>
<p>Sie erhalten Ihr Angebot innerhalb von zwei Tagen.</p>
</body></html>"""


def findings_by_line(result):
    return {(finding.location.line, finding.code) for finding in result.findings}


def test_a_block_with_its_own_lang_attribute_is_read_in_that_language():
    result = lint_document(load_document("page.html", MIXED_HTML.encode()), Config())
    found = findings_by_line(result)
    assert {(3, "WL101"), (3, "WL201"), (3, "WL301")} <= found  # German rules on the German paragraph
    assert {(4, "WL101"), (4, "WL201"), (4, "WL301")} <= found  # English rules on the English one
    assert result.lang == "de" and result.score.we == 3 and result.score.you == 3  # the score counts both: Wir, We, we


def test_an_english_paragraph_in_a_german_markdown_page_is_detected():
    text = (
        "# Über uns\n\nSie erhalten von uns jede Woche ein frisches Angebot für Ihr Büro.\n\n"
        "We are the leading provider of office coffee and we are proud of our award-winning team.\n"
    )
    result = lint_text(text, lang=None)
    assert {(5, "WL101"), (5, "WL201")} <= findings_by_line(result)


def test_a_language_set_by_the_user_reads_the_whole_page_in_it():
    result = lint_document(load_document("page.html", MIXED_HTML.encode()), Config(lang="de", lang_forced=True))
    assert (4, "WL101") not in findings_by_line(result)  # read as German, "We" is no German company word


def test_a_we_chain_does_not_run_across_languages():
    text = (
        "Wir planen Gärten. Wir pflanzen Hecken.\n\n"
        "We are a team of twelve gardeners and we love what we do for our clients.\n"
    )
    result = lint_text(text, lang=None)
    assert "WL102" not in {finding.code for finding in result.findings}


def test_short_blocks_and_balanced_paragraphs_keep_the_page_language():
    denglisch = "Unser Team und das Office in der City sind für Sie da, wenn Sie uns brauchen."
    assert paragraph_language("Customer first!", "de") == "de"
    assert paragraph_language(denglisch, "de") == "de"
    assert paragraph_language("We are the leading provider of solar panels and we put customers first.", "de") == "en"
    assert paragraph_language("Wir sind der führende Anbieter in Bayern und bieten Ihnen alles an.", "en") == "de"


def test_english_buzzwords_in_german_copy_fire():
    result = lint_text("Wir sind ein customer-centric Unternehmen mit world-class Service.", lang="de")
    assert {"WL202", "WL301"} <= {finding.code for finding in result.findings}


def test_a_configured_language_that_does_not_fit_the_text_is_never_silent(tmp_path):
    from tests.conftest import run_wirlint

    (tmp_path / ".wirlint.toml").write_text('lang = "de"\n', encoding="utf-8")
    (tmp_path / "en.md").write_text(
        "We are the leading provider of bookkeeping software and we love our work.\n", encoding="utf-8"
    )
    configured = run_wirlint("check", "--no-cache", "en.md", "--format", "json", cwd=tmp_path)
    (entry,) = json.loads(configured.stdout)["files"]
    assert entry["lang"] == "en" and entry["warnings"] == ["reads as 'en', not 'de' as configured: linted as 'en'"]
    assert "en.md: warning: reads as 'en'" in configured.stderr and configured.returncode == 1
    forced = run_wirlint("check", "--no-cache", "en.md", "--lang", "de", "--format", "json", cwd=tmp_path)
    (entry,) = json.loads(forced.stdout)["files"]
    assert entry["lang"] == "de" and entry["warnings"] == ["reads as 'en' but is linted as 'de' (--lang)"]
