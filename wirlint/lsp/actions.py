"""Code actions for a finding: apply its rewrite (safe ones first and preferred, unsafe ones labelled), swap a
navigation label, or add a suppression comment above it (Markdown and HTML)."""

from __future__ import annotations

from lsprotocol import types

from wirlint.lsp.positions import TextLines
from wirlint.model import Finding

TITLES = {
    "de": {
        "perspective": "Umschreiben (Perspektivwechsel)",
        "fronting": "Umschreiben (Umstellung)",
        "passive": "Umschreiben (Passiv)",
        "article": "Umschreiben (Artikel)",
        "label": "Bezeichnung ersetzen",
        "check": "prüfen",
        "suppress": "{code} für diese Zeile abschalten",
    },
    "en": {
        "perspective": "Rewrite (perspective switch)",
        "fronting": "Rewrite (fronting)",
        "passive": "Rewrite (passive)",
        "article": "Rewrite (article)",
        "label": "Replace the label",
        "check": "review",
        "suppress": "Disable {code} for this line",
    },
}
COMMENT_KINDS = frozenset({"markdown", "html"})


def code_actions(
    uri: str, finding: Finding, lines: TextLines, kind: str, lang: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    words = TITLES.get(lang, TITLES["en"])
    actions = []
    suggestion = finding.suggestion
    if suggestion is not None and finding.source_range is not None:
        start, end = finding.source_range
        edit = types.TextEdit(
            range=types.Range(lines.offset_position(start), lines.offset_position(end)), new_text=suggestion.text
        )
        title = f"{words.get(suggestion.kind, suggestion.kind)}: {suggestion.text}"
        if not suggestion.safe:
            title += f" ({words['check']})"
        actions.append(
            types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=types.WorkspaceEdit(changes={uri: [edit]}),
                is_preferred=suggestion.safe,
            )
        )
    if kind in COMMENT_KINDS:
        line = finding.location.line - 1
        text = lines.line(line)
        comment = f"{text[: len(text) - len(text.lstrip())]}<!-- wirlint-disable-next-line {finding.rule.code} -->\n"
        above = types.TextEdit(range=types.Range(types.Position(line, 0), types.Position(line, 0)), new_text=comment)
        actions.append(
            types.CodeAction(
                title=words["suppress"].format(code=finding.rule.code),
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=types.WorkspaceEdit(changes={uri: [above]}),
            )
        )
    return actions
