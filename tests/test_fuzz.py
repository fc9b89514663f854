"""Fuzzing the sources: mutated Markdown, HTML and text never raise, every finding points at its own text in
the source, and ``--fix`` changes nothing but the rewritten sentences."""

from __future__ import annotations

import dataclasses
import html

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.fix import plan_fixes
from wirlint.sources import load_document

SENTENCES = [
    "Wir liefern unseren Kunden frische Zutaten aus der Region.",
    "Wir sind der führende Anbieter in Bayern.",
    "Sie erhalten Ihre Ware in zwei Tagen.",
    "We give our clients a free first consultation.",
    "Wir bieten allen Eltern, die wenig Zeit haben, 150-200 Gutscheine an.",
    "Wir beraten Sie gern (auch telefonisch).",
    "We will keep you updated on our progress.",
    "Our team is customer-centric.",
    "„Wir sind begeistert“, sagt Frau K.",
    "Bei uns steht der Kunde im Mittelpunkt.",
    "Über uns",
]
MARKUP = [
    "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " ", "  ", "\t", "**", "_", "`", "> ", "- ", "1. ", "# ", "## ",
    "<p>", "</p>", "<div>", "</div>", "<q>", "</q>", "<br>", "<em>", "</em>", "&quot;", "&amp;", "&#x27;",
    "<!-- Notiz -->", "<!-- wirlint-disable-next-line WL101 -->", "[", "](https://example.org)", "|", "„", "“",
    "\u00a0", "ä", "😀", "\\", "---\n", "<nav>Über uns</nav>",
]  # fmt: skip
KINDS = {"markdown": "md", "html": "html", "text": "txt"}

pieces = st.one_of(st.sampled_from(SENTENCES), st.sampled_from(MARKUP), st.text(max_size=6))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(pieces, min_size=1, max_size=25), kind=st.sampled_from(sorted(KINDS)))
def test_mutated_documents_lint_with_exact_positions_and_safe_fixes(parts, kind):
    source = "".join(parts)
    data = source.encode("utf-8", errors="surrogatepass")
    if "\0" in source or b"\xed" in data:
        return  # NUL bytes and lone surrogates are binary input, refused earlier with an error of their own
    document = load_document(f"fuzz.{KINDS[kind]}", data)
    text = document.meta["decoded"].text if "decoded" in document.meta else source
    result = lint_document(document, dataclasses.replace(Config(), lang="de"))
    lines = document.line_index
    for finding in result.findings:
        location = finding.location
        assert 1 <= location.line <= location.end_line <= lines.last_line, finding
        start = lines.offset(location.line, location.column)
        end = lines.offset(location.end_line, location.end_column)
        assert 0 <= start <= end <= len(text), finding
        if finding.source_range is not None:  # a rewrite may replace exactly this stretch of the source
            assert finding.source_range == (start, end)
            assert text[start:end] == finding.text, (text[start:end], finding.text)
    plan = plan_fixes(None, data, document, result, unsafe=True)
    rebuilt, cursor = [], 0
    for finding in sorted(plan.fixed, key=lambda f: f.source_range):
        start, end = finding.source_range
        replacement = finding.suggestion.text
        rebuilt += [text[cursor:start], html.escape(replacement, quote=False) if kind == "html" else replacement]
        cursor = end
    assert plan.new_text == "".join(rebuilt) + text[cursor:]  # nothing else changed, not a byte


def test_the_fuzzed_shapes_do_carry_fixable_findings():
    """The property above is not vacuous: sentences wrapped in the fuzzed markup get rewrites that can be
    written back."""
    source = "Intro.\r\n\r\n<div>\r\n<p>\r\n" + SENTENCES[0] + "\r\n</p>\r\n</div>\r\n\r\n> " + SENTENCES[0] + "\r"
    document = load_document("shape.md", source.encode())
    result = lint_document(document, Config(lang="de"))
    assert [f.source_range is not None for f in result.findings if f.rule.code == "WL101"] == [True]
