"""Inline suppression comments and the report of unused ones."""

from __future__ import annotations

from tests.conftest import codes, lint_text


def test_disable_next_line_silences_only_the_next_prose_line():
    text = "<!-- wirlint-disable-next-line WL101 -->\nWir liefern heute aus.\n\nWir liefern morgen aus.\n"
    result = lint_text(text, lang="de", select=("WL101", "WL001"))
    assert [(f.rule.code, f.location.line) for f in result.findings] == [("WL101", 4)]


def test_disable_enable_range_and_code_list():
    text = (
        "<!-- wirlint-disable WL101 -->\n\nWir liefern heute aus.\n\nWir sind Marktführer.\n\n"
        "<!-- wirlint-enable -->\n\nWir liefern morgen aus.\n"
    )
    result = lint_text(text, lang="de", select=("WL101", "WL201", "WL001"))
    assert [(f.rule.code, f.location.line) for f in result.findings] == [("WL201", 5), ("WL101", 9)]


def test_disable_without_codes_silences_everything_to_the_end():
    text = "Wir sind Marktführer.\n\n<!-- wirlint-disable -->\n\nWir sind Marktführer.\n"
    result = lint_text(text, lang="de", select=("WL101", "WL201", "WL001"))
    assert {f.location.line for f in result.findings} == {1}


def test_unused_suppression_is_reported_where_the_comment_is():
    text = "Intro.\n\n<!-- wirlint-disable-next-line WL201 -->\nSie bekommen Ihr Paket morgen.\n"
    result = lint_text(text, lang="de", select=("WL2", "WL001"))
    assert codes(result) == ["WL001"]
    finding = result.findings[0]
    assert (finding.location.line, finding.location.column) == (3, 1)
    assert "WL201" in finding.message


def test_suppression_comments_in_html():
    text = (
        "<html lang='en'><body>\n<!-- wirlint-disable-next-line WL101 -->\n<p>We ship today.</p>\n"
        "<p>We ship tomorrow.</p>\n</body></html>\n"
    )
    result = lint_text(text, kind="html", select=("WL101", "WL001"))
    assert [(f.rule.code, f.location.line) for f in result.findings] == [("WL101", 4)]
