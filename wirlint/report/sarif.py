"""SARIF 2.1.0 for code scanning: rules with descriptions, results with regions and stable fingerprints."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from wirlint import __version__
from wirlint.model import FileResult, Finding, Rule, Severity, SiteReport, findings_with_paths

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
HELP_URI = "https://github.com/wirlint/wirlint/blob/main/docs/rules.md#{code}"


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.name.replace("-", " ")},
        "fullDescription": {"text": str(rule.docs.get("what", rule.name))},
        "helpUri": HELP_URI.format(code=rule.code.lower()),
        "properties": {"category": rule.category},
    }


def _fingerprint(path: str, finding: Finding) -> str:
    """Stable across line moves: the file, the rule and the matched text, not the position."""
    key = f"{path}\0{finding.rule.code}\0{' '.join(finding.text.split())}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _result(path: str, finding: Finding, rule_index: int) -> dict[str, Any]:
    location = finding.location
    region = {
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
    }
    result: dict[str, Any] = {
        "ruleId": finding.rule.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": path}, "region": region}}],
        "partialFingerprints": {"wirlint/v1": _fingerprint(path, finding)},
    }
    if finding.suggestion:
        suggestion = finding.suggestion
        result["properties"] = {"suggestion": suggestion.text, "kind": suggestion.kind, "safe": suggestion.safe}
    return result


def render(results: list[FileResult], color: bool = False, site: SiteReport | None = None) -> str:
    rules: dict[str, int] = {}
    descriptors: list[dict[str, Any]] = []
    sarif_results = []
    for path, finding in findings_with_paths(results, site):
        if finding.rule.code not in rules:
            rules[finding.rule.code] = len(descriptors)
            descriptors.append(_rule_descriptor(finding.rule))
        sarif_results.append(_result(path, finding, rules[finding.rule.code]))
    notifications = [
        {"level": "error", "message": {"text": error}} for file_result in results for error in file_result.errors
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "wirlint",
                        "version": __version__,
                        "informationUri": "https://github.com/wirlint/wirlint",
                        "rules": descriptors,
                    }
                },
                "results": sarif_results,
                "invocations": [
                    {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
                ],
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
