"""The documented JSON contract (docs/json-format.md): stable keys, sorted output, null where unknown."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from wirlint import __version__
from wirlint.model import FileResult, Finding

SCHEMA_VERSION = "1"


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
        "suggestion": finding.suggestion,
        "advice": finding.advice,
    }
    if location.slide is not None:
        data["slide"] = location.slide
    return data


def file_dict(result: FileResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "lang": result.lang,
        "score": {
            "we": result.score.we,
            "you": result.score.you,
            "customer_focus": result.score.customer_focus,
        },
        "stats": dict(result.stats),
        "findings": [finding_dict(finding) for finding in result.findings],
        "errors": list(result.errors),
    }


def summary(results: list[FileResult]) -> dict[str, Any]:
    findings = [finding for result in results for finding in result.findings]
    return {
        "files": len(results),
        "findings": len(findings),
        "errors": sum(len(result.errors) for result in results),
        "by_severity": dict(sorted(Counter(f.severity.value for f in findings).items())),
        "by_code": dict(sorted(Counter(f.rule.code for f in findings).items())),
    }


def report(results: list[FileResult]) -> dict[str, Any]:
    return {
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "files": [file_dict(result) for result in results],
        "summary": summary(results),
    }


def render(results: list[FileResult], color: bool = False) -> str:
    return json.dumps(report(results), ensure_ascii=False, indent=2) + "\n"


def render_lines(results: list[FileResult], color: bool = False) -> str:
    """One JSON object per finding (with its path), for grep and streaming consumers."""
    lines = [
        json.dumps({"path": result.path, **finding_dict(finding)}, ensure_ascii=False)
        for result in results
        for finding in result.findings
    ]
    return "".join(line + "\n" for line in lines)
