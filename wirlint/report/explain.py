"""``wirlint explain CODE``: a rule's own documentation, in Ruff's order."""

from __future__ import annotations

import re

from wirlint.model import Rule

HEADINGS = {
    "de": ("Was die Regel tut", "Warum ist das schlecht?", "Beispiel", "Besser", "Korrektur", "Optionen"),
    "en": ("What it does", "Why is this bad?", "Example", "Use instead", "Fix", "Options"),
}


def render_rule(rule: Rule, *, heading_level: int = 1) -> str:
    """Markdown: a title, then What it does / Why is this bad? / Example / Use instead / Fix / Options."""
    what, why, example, instead, fix, options = HEADINGS.get(rule.lang, HEADINGS["en"])
    docs = rule.docs
    title, section = "#" * heading_level, "#" * (heading_level + 1)
    default = "" if rule.default else ", off by default"
    lines = [f"{title} {rule.code} {rule.name}", "", f"*{rule.category}, {rule.severity.value}{default}*", ""]
    lines += [f"{section} {what}", str(docs["what"]), "", f"{section} {why}", str(docs["why"]), ""]
    lines += [f"{section} {example}", *_examples(docs["bad"]), ""]
    lines += [f"{section} {instead}", *_examples(docs["good"]), ""]
    for heading, key in ((fix, "fix"), (options, "options")):
        if key in docs:
            lines += [f"{section} {heading}", str(docs[key]), ""]
    return "\n".join(lines).rstrip() + "\n"


def _examples(examples: object) -> list[str]:
    """Each example as an indented block, so Markdown inside an example is shown, not rendered."""
    lines: list[str] = []
    for example in examples:  # type: ignore[attr-defined]
        lines += [f"    {line}" for line in str(example).splitlines()]
        lines.append("")
    return lines[:-1]


def rules_document(rules: list[Rule]) -> str:
    """docs/rules.md: every rule's documentation, English first, then German."""
    parts = [
        "# wirlint rules\n\n"
        "Every rule documents itself; `wirlint explain CODE [--lang de]` prints one. The examples are the rules' own\n"
        "test cases: each bad example must fire, each good one must stay silent. This page is generated from the\n"
        "rule packs in `rules/` (tests/test_docs.py keeps it current).\n"
    ]
    for lang, title in (("en", "English"), ("de", "Deutsch")):
        parts.append(f"\n# {title}\n")
        for rule in sorted((r for r in rules if r.lang == lang), key=lambda r: r.code):
            parts.append("\n" + render_rule(rule, heading_level=2))
    return "".join(parts)


SUMMARY_LENGTH = 90  # characters of a rule's description in ``wirlint rules``


def summary_line(rule: Rule) -> str:
    """The first sentence of what the rule finds, shortened at a word: one line per rule in a listing."""
    what = " ".join(str(rule.docs.get("what", "")).split())
    first = re.split(r"(?<=[.!?])\s", what, maxsplit=1)[0]
    if len(first) <= SUMMARY_LENGTH:
        return first
    return first[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + " …"
