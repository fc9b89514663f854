"""Findings as LSP diagnostics: code, severity, message, a link to the rule's docs, the exact range, and the
document's customer focus as one information diagnostic on the first line."""

from __future__ import annotations

from lsprotocol import types

from wirlint.lsp.positions import TextLines
from wirlint.model import FileResult, Finding, Severity

SOURCE = "wirlint"
DOCS = "https://github.com/wirlint/wirlint/blob/main/docs/rules.md#"
FOCUS_CODE = "focus"
SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
FOCUS_WORDS = {
    "de": "Kundenfokus {share} % (Sie {you} · wir {we})",
    "en": "Customer focus {share} % (you {you} · we {we})",
}


def diagnostics(result: FileResult, lines: TextLines) -> list[types.Diagnostic]:
    """One diagnostic per finding (``data`` holds its index, for code actions and hover), then the focus."""
    found = [_diagnostic(finding, index, lines) for index, finding in enumerate(result.findings)]
    focus = result.score.customer_focus
    if focus is not None:
        words = FOCUS_WORDS.get(result.lang or "en", FOCUS_WORDS["en"])
        message = words.format(share=round(focus * 100), you=result.score.you, we=result.score.we)
        found.append(
            types.Diagnostic(
                range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                message=message,
                severity=types.DiagnosticSeverity.Information,
                code=FOCUS_CODE,
                source=SOURCE,
            )
        )
    return found


def _diagnostic(finding: Finding, index: int, lines: TextLines) -> types.Diagnostic:
    location = finding.location
    start = lines.position(location.line, location.column)
    end = lines.position(location.end_line, location.end_column)
    return types.Diagnostic(
        range=types.Range(start, end),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.rule.code,
        code_description=types.CodeDescription(href=f"{DOCS}{finding.rule.code.lower()}-{finding.rule.name}"),
        source=SOURCE,
        data={"index": index},
    )
