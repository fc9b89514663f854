"""Human output: ``path:line:col: CODE [severity] message``, then the suggestion or advice, then a summary.

Silent for clean files (pre-commit hooks print nothing on success); colour only on a terminal.
"""

from __future__ import annotations

import click

from wirlint.model import FileResult, Finding, Severity

SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
WORDS = {
    "de": {
        "tip": "Tipp",
        "focus": "Kundenfokus",
        "we": "wir",
        "you": "Sie",
        "findings": "Hinweise",
        "one": "Hinweis",
    },
    "en": {
        "tip": "Tip",
        "focus": "Customer focus",
        "we": "we",
        "you": "you",
        "findings": "findings",
        "one": "finding",
    },
}


def _words(lang: str | None) -> dict[str, str]:
    return WORDS.get(lang or "en", WORDS["en"])


def _place(result: FileResult, finding: Finding) -> str:
    location = finding.location
    if location.slide is not None:
        return f"{result.path}:slide {location.slide}"
    return f"{result.path}:{location.line}:{location.column}"


def format_finding(result: FileResult, finding: Finding, *, color: bool) -> list[str]:
    words = _words(result.lang)
    severity = finding.severity
    code = click.style(finding.rule.code, fg=SEVERITY_COLOURS[severity], bold=True) if color else finding.rule.code
    place = click.style(_place(result, finding), bold=True) if color else _place(result, finding)
    lines = [f"{place}: {code} [{severity.value}] {finding.message}"]
    if finding.suggestion:
        lines.append(f"  {' '.join(finding.text.split())}")
        arrow = f"  → {finding.suggestion}"
        lines.append(click.style(arrow, fg="green", bold=True) if color else arrow)
    elif finding.advice:
        lines.append(f"  {words['tip']}: {finding.advice}")
    return lines


def format_summary(result: FileResult, *, color: bool) -> str:
    words = _words(result.lang)
    score = result.score
    focus = "–" if score.customer_focus is None else f"{round(score.customer_focus * 100)} %"
    count = len(result.findings)
    noun = words["one"] if count == 1 else words["findings"]
    balance = f"({words['we']} {score.we} · {words['you']} {score.you})"
    line = f"{result.path}  {words['focus']} {focus} {balance}   {count} {noun}"
    return click.style(line, dim=True) if color else line


def render(results: list[FileResult], color: bool = False) -> str:
    lines: list[str] = []
    for result in results:
        if not result.findings:
            continue
        for finding in result.findings:
            lines.extend(format_finding(result, finding, color=color))
        lines.append("")
        lines.append(format_summary(result, color=color))
        lines.append("")
    return "".join(line + "\n" for line in lines)
