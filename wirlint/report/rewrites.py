"""Text output of ``wirlint rewrite``: each sentence, then its alternatives with kind and safety."""

from __future__ import annotations

import click

from wirlint.rewrite.paragraphs import RewrittenParagraph

KINDS = {
    "de": {
        "fronting": "Umstellung",
        "perspective": "Perspektivwechsel",
        "passive": "Passiv",
        "article": "Artikel",
        "label": "Bezeichnung",
    },
    "en": {
        "fronting": "fronting",
        "perspective": "perspective switch",
        "passive": "passive",
        "article": "article",
        "label": "label",
    },
}
SAFETY = {"de": ("sicher", "prüfen"), "en": ("safe", "review")}
NOTHING = {"de": "Keine Umformulierung nötig oder sicher möglich.", "en": "No rewrite needed or safely possible."}


def render_rewrites(entries: list[RewrittenParagraph], *, color: bool) -> str:
    lines: list[str] = []
    for entry in entries:
        lang = entry.lang if entry.lang in KINDS else "en"
        if not entry.sentences:
            lines += [entry.text, f"  {NOTHING[lang]}", ""]
            continue
        for sentence, suggestions in entry.sentences:
            lines.append(sentence)
            width = max(len(s.text) for s in suggestions)
            for suggestion in suggestions:
                safety = SAFETY[lang][0 if suggestion.safe else 1]
                label = f"({KINDS[lang][suggestion.kind]}, {safety})"
                line = f"  → {suggestion.text.ljust(width)}   {label}"
                lines.append(click.style(line, fg="green") if color and suggestion.safe else line)
            lines.append("")
    return "".join(line + "\n" for line in lines)
