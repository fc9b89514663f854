"""GitHub Actions workflow commands, so findings show up as pull-request annotations."""

from __future__ import annotations

from wirlint.model import FileResult, Severity, SiteReport, findings_with_paths

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


def render(results: list[FileResult], color: bool = False, site: SiteReport | None = None) -> str:
    lines = []
    for path, finding in findings_with_paths(results, site):
        location = finding.location
        properties = ",".join(
            [
                f"file={_escape(path, property_value=True)}",
                f"line={location.line}",
                f"col={location.column}",
                f"endLine={location.end_line}",
                f"endColumn={location.end_column}",
                f"title={_escape(f'{finding.rule.code} {finding.rule.name}', property_value=True)}",
            ]
        )
        lines.append(f"::{LEVELS[finding.severity]} {properties}::{_escape(finding.message)}")
    return "".join(line + "\n" for line in lines)
