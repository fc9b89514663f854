"""Each rule's documented examples are its own test cases: bad examples fire, good ones stay silent."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text
from wirlint.config import Config
from wirlint.engine.packs import load_rules
from wirlint.engine.runner import lint_document
from wirlint.engine.site import lint_site
from wirlint.model import Role, Scope
from wirlint.sources import load_document
from wirlint.sources.extracted import ExtractedDocument


def deck_from_text(text: str):
    deck = ExtractedDocument("example.pptx", "pptx")
    for number, slide in enumerate(text.split("\n---\n"), start=1):
        title, *lines = slide.split("\n")
        deck.add(title, Role.SLIDE_TITLE, slide=number)
        for line in lines:
            deck.add(line, Role.PARAGRAPH, slide=number)
    return deck.finish()


def lint_example_site(example: str, lang: str, select: tuple[str, ...]):
    document = load_document("https://example.org/", example.encode("utf-8"), kind="markdown")
    config = Config(lang=lang, select=select)
    return lint_site("https://example.org/", [document], lambda _: config).findings


SPECS = load_rules()
EXAMPLES = [
    pytest.param(spec.rule, kind, example, id=f"{spec.rule.code}-{spec.rule.lang}-{kind}-{index}")
    for spec in SPECS
    for kind in ("bad", "good")
    for index, example in enumerate(spec.rule.docs[kind])  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("rule", "kind", "example"), EXAMPLES)
def test_documented_example(rule, kind, example):
    # A suppression rule needs the rules it suppresses to run too.
    select = ("ALL",) if rule.category == "suppression" else (rule.code,)
    if rule.scope is Scope.SITE:  # a site rule's example is a one-page site
        fired = [finding.rule.code for finding in lint_example_site(example, rule.lang, select)]
    elif rule.category == "deck":  # a deck rule's example is a deck: slides split by "---", title first
        fired = [
            f.rule.code for f in lint_document(deck_from_text(example), Config(lang=rule.lang, select=select)).findings
        ]
    else:
        result = lint_text(example, lang=rule.lang, select=select, company_names=("Acme",))
        fired = [finding.rule.code for finding in result.findings]
    if kind == "bad":
        assert rule.code in fired, f"bad example did not fire: {example!r}"
    else:
        assert rule.code not in fired, f"good example fired: {example!r}"


def test_every_rule_exists_in_both_languages_with_docs():
    by_code: dict[str, set[str]] = {}
    for spec in SPECS:
        by_code.setdefault(spec.rule.code, set()).add(spec.rule.lang)
        assert len(spec.rule.docs["bad"]) >= 1 and len(spec.rule.docs["good"]) >= 1
    assert all(languages == {"de", "en"} for languages in by_code.values()), by_code


def test_lexicon_sizes_meet_the_brief():
    """At least 30 self-praise and 20 empty-claim terms or patterns per language."""
    for lang in ("de", "en"):
        for category, minimum in (("self-praise", 30), ("empty-claim", 20)):
            matchers = [s.matcher for s in SPECS if s.rule.lang == lang and s.rule.category == category]
            count = sum(len(m.phrases) + len(m.cooccur) + len(m.patterns) for m in matchers if m)
            assert count >= minimum, (lang, category, count)
