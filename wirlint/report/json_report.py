"""The documented JSON contract (docs/json-format.md): stable keys, sorted output, null where unknown."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from wirlint import __version__
from wirlint.model import FileResult, Finding, Score, SiteReport, findings_with_paths


def finding_dict(finding: Finding) -> dict[str, Any]:
    location = finding.location
    data: dict[str, Any] = {
        "code": finding.rule.code,
        "rule": finding.rule.name,
        "category": finding.rule.category,
        "severity": finding.severity.value,
        "scope": (finding.scope or finding.rule.scope).value,
        "message": finding.message,
        "line": location.line,
        "column": location.column,
        "end_line": location.end_line,
        "end_column": location.end_column,
        "text": finding.text,
        "suggestion": finding.suggestion.text if finding.suggestion else None,
        # what --fix does with it: a safe suggestion is applied, one for review only with --unsafe-fixes
        "suggestion_kind": finding.suggestion.kind if finding.suggestion else None,
        "suggestion_safe": finding.suggestion.safe if finding.suggestion else None,
        "advice": finding.advice,
    }
    if location.slide is not None:
        data["slide"] = location.slide
    return data


def score_dict(score: Score) -> dict[str, Any]:
    return {"we": score.we, "you": score.you, "customer_focus": score.customer_focus}


def file_dict(result: FileResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "lang": result.lang,
        "page_type": result.page_type,
        "score": score_dict(result.score),
        "stats": dict(result.stats),
        "findings": [finding_dict(finding) for finding in result.findings],
        "errors": list(result.errors),
        "warnings": list(result.warnings),
    }


def summary(results: list[FileResult], site: SiteReport | None = None) -> dict[str, Any]:
    """Counts over the files and, for a crawl, the site's own findings and errors too."""
    findings = [finding for _, finding in findings_with_paths(results, site)]
    site_errors = len(site.errors) if site is not None else 0
    return {
        "files": len(results),
        "findings": len(findings),
        "errors": sum(len(result.errors) for result in results) + site_errors,
        "by_severity": dict(sorted(Counter(f.severity.value for f in findings).items())),
        "by_code": dict(sorted(Counter(f.rule.code for f in findings).items())),
    }


def site_dict(site: SiteReport) -> dict[str, Any]:
    return {
        "url": site.url,
        "lang": site.lang,
        "pages": site.pages,
        "skipped": [{"url": url, "reason": reason} for url, reason in site.skipped],
        "errors": [{"url": url, "error": error} for url, error in site.errors],
        "score": score_dict(site.score),
        "findings": [{"path": finding.path or site.url, **finding_dict(finding)} for finding in site.findings],
    }


def report(results: list[FileResult], site: SiteReport | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "version": __version__,
        "files": [file_dict(result) for result in results],
        "summary": summary(results, site),
    }
    if site is not None:
        data["site"] = site_dict(site)
    return data


def render(results: list[FileResult], color: bool = False, site: SiteReport | None = None) -> str:
    return json.dumps(report(results, site), ensure_ascii=False, indent=2) + "\n"


def render_lines(results: list[FileResult], color: bool = False, site: SiteReport | None = None) -> str:
    """One JSON object per finding (with its path), for grep and streaming consumers."""
    rows = findings_with_paths(results, site)
    lines = [json.dumps({"path": path, **finding_dict(finding)}, ensure_ascii=False) for path, finding in rows]
    return "".join(line + "\n" for line in lines)
