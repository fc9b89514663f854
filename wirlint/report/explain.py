"""``wirlint explain CODE``: a rule's own documentation, in Ruff's order."""

from __future__ import annotations

from wirlint.model import Rule

HEADINGS = {
    "de": ("Was die Regel tut", "Warum ist das schlecht?", "Beispiel", "Besser", "Korrektur", "Optionen"),
    "en": ("What it does", "Why is this bad?", "Example", "Use instead", "Fix", "Options"),
}


def render_rule(rule: Rule) -> str:
    what, why, example, instead, fix, options = HEADINGS.get(rule.lang, HEADINGS["en"])
    docs = rule.docs
    lines = [f"# {rule.code} {rule.name} ({rule.category}, {rule.severity.value})", ""]
    lines += [f"## {what}", str(docs["what"]), "", f"## {why}", str(docs["why"]), ""]
    lines += [f"## {example}", *(f"    {text}" for text in docs["bad"]), ""]  # type: ignore[union-attr]
    lines += [f"## {instead}", *(f"    {text}" for text in docs["good"]), ""]  # type: ignore[union-attr]
    for heading, key in ((fix, "fix"), (options, "options")):
        if key in docs:
            lines += [f"## {heading}", str(docs[key]), ""]
    return "\n".join(lines).rstrip() + "\n"
