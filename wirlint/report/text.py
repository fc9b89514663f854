"""Human output: ``path:line:col: CODE [severity] message``, then the suggestion or advice, a summary per file
with findings, and a total line (``--quiet``: the findings only, so a hook is silent on success).
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

import click

from wirlint.model import FileResult, Finding, Severity, SiteReport
from wirlint.report.excerpt import SourceLines, excerpt

SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
WORDS = {
    "de": {
        "tip": "Tipp",
        "focus": "Kundenfokus",
        "we": "wir",
        "you": "Sie",
        "findings": "Hinweise",
        "one": "Hinweis",
        "site": "Website",
        "pages": "Seiten",
        "skipped": "übersprungen",
        "errors": "Fehler",
        "worst": "Schwächste Seiten",
        "total": "{findings} {noun} in {files} {file_noun}.",
        "clean": "Keine Hinweise in {files} {file_noun}.",
        "failed": "{failed} nicht geprüft (siehe die Fehler oben).",
        "file": "Datei",
        "files": "Dateien",
    },
    "en": {
        "tip": "Tip",
        "focus": "Customer focus",
        "we": "we",
        "you": "you",
        "findings": "findings",
        "one": "finding",
        "site": "Site",
        "pages": "pages",
        "skipped": "skipped",
        "errors": "errors",
        "worst": "Worst pages",
        "total": "{findings} {noun} in {files} {file_noun}.",
        "clean": "No findings in {files} {file_noun}.",
        "failed": "{failed} not linted (see the errors above).",
        "file": "file",
        "files": "files",
    },
}


# Control characters and bidirectional overrides from a page must reach the terminal as visible escapes: an
# ESC sequence in a crawled page could otherwise retitle the terminal or hide text, with or without colour.
_INVISIBLE = [
    *range(0x00, 0x09),
    *range(0x0B, 0x20),
    *range(0x7F, 0xA0),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
]
CONTROL_ESCAPES = {code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" for code in _INVISIBLE}


def printable(text: str) -> str:
    return text.translate(CONTROL_ESCAPES)


def _words(lang: str | None) -> dict[str, str]:
    return WORDS.get(lang or "en", WORDS["en"])


def _place(path: str, finding: Finding) -> str:
    location = finding.location
    if location.slide is not None:
        return f"{printable(path)}:slide {location.slide}"
    return f"{printable(path)}:{location.line}:{location.column}"


def format_finding(
    path: str, lang: str | None, finding: Finding, *, color: bool, source: list[str] | None = None
) -> list[str]:
    """The finding's line, then (full output) the source line with the finding underlined, then the rewrite
    or the advice."""
    words = _words(lang)
    severity = finding.severity
    code = click.style(finding.rule.code, fg=SEVERITY_COLOURS[severity], bold=True) if color else finding.rule.code
    place = click.style(_place(path, finding), bold=True) if color else _place(path, finding)
    lines = [f"{place}: {code} [{severity.value}] {printable(finding.message)}"]
    shown = excerpt(finding, source, printable)
    if shown:
        carets = click.style(shown[2], fg=SEVERITY_COLOURS[severity]) if color else shown[2]
        lines += [shown[0], shown[1], carets]
    if finding.suggestion:
        lines.append(f"  {printable(' '.join(finding.text.split()))}")
        arrow = f"  → {printable(finding.suggestion.text)}"
        lines.append(click.style(arrow, fg="green", bold=True) if color else arrow)
    elif finding.advice:
        lines.append(f"  {words['tip']}: {printable(finding.advice)}")
    return lines


def _focus(focus: float | None) -> str:
    return "–" if focus is None else f"{round(focus * 100)} %"


def format_summary(result: FileResult, *, color: bool) -> str:
    words = _words(result.lang)
    score = result.score
    focus = _focus(score.customer_focus)
    count = len(result.findings)
    noun = words["one"] if count == 1 else words["findings"]
    balance = f"({words['we']} {score.we} · {words['you']} {score.you})"
    line = f"{printable(result.path)}  {words['focus']} {focus} {balance}   {count} {noun}"
    return click.style(line, dim=True) if color else line


def format_site(site: SiteReport, results: list[FileResult], *, color: bool) -> list[str]:
    """The site block: site-wide findings, then one summary line and the worst pages first."""
    words = _words(site.lang)
    lines = []
    for finding in site.findings:
        lines.extend(format_finding(finding.path or site.url, site.lang, finding, color=color))
    score = site.score
    balance = f"({words['we']} {score.we} · {words['you']} {score.you})"
    summary = (
        f"{words['site']}  {words['focus']} {_focus(score.customer_focus)} {balance} · {site.pages} {words['pages']}"
        f" · {len(site.skipped)} {words['skipped']} · {len(site.errors)} {words['errors']}"
    )
    lines += ["", click.style(summary, bold=True) if color else summary]
    worst = site.worst_pages(results)
    if worst:
        shown = "   ".join(f"{printable(_relative_to_site(path, site.url))} {_focus(focus)}" for path, focus in worst)
        lines.append(f"{words['worst']}:  {shown}")
    return [*lines, ""]


def _relative_to_site(path: str, site_url: str) -> str:
    """Page URLs on the site's own host are shown as paths (/ueber-uns), others in full."""
    page, site = urlsplit(path), urlsplit(site_url)
    return (page.path or "/") + (f"?{page.query}" if page.query else "") if page.netloc == site.netloc else path


def render(
    results: list[FileResult],
    color: bool = False,
    site: SiteReport | None = None,
    *,
    quiet: bool = False,
    sources: SourceLines | None = None,
) -> str:
    """Findings per file (with their source lines when ``sources`` can read them), file summaries, a total."""
    lines: list[str] = []
    for result in results:
        if not result.findings:
            continue
        source = sources(result.path) if sources is not None else None
        for finding in result.findings:
            lines.extend(format_finding(result.path, result.lang, finding, color=color, source=source))
        if not quiet:
            lines += ["", format_summary(result, color=color), ""]
    if site is not None:
        if quiet:
            for finding in site.findings:
                lines.extend(format_finding(finding.path or site.url, site.lang, finding, color=color))
        else:
            lines.extend(format_site(site, results, color=color))
    if not quiet:
        lines.append(format_total(results, site))
    return "".join(line + "\n" for line in lines)


def format_total(results: list[FileResult], site: SiteReport | None) -> str:
    """ "12 findings in 3 files." (in the language most of the files are in), or that there are none."""
    languages = Counter(sorted(result.lang for result in results if result.lang))  # ties: the same every run
    words = _words(languages.most_common(1)[0][0] if languages else None)
    count = sum(len(result.findings) for result in results) + (len(site.findings) if site is not None else 0)
    failed = sum(1 for result in results if result.errors)
    files = len(results) - failed
    file_noun = words["file"] if files == 1 else words["files"]
    if not count:
        total = words["clean"].format(files=files, file_noun=file_noun)
    else:
        noun = words["one"] if count == 1 else words["findings"]
        total = words["total"].format(findings=count, noun=noun, files=files, file_noun=file_noun)
    return total + (" " + words["failed"].format(failed=failed) if failed else "")
