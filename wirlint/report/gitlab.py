"""GitLab Code Quality (a JSON array of issues), so findings show up in merge requests.

Each issue needs a fingerprint that stays the same while the finding does: it is made of the rule, the file
and the finding's normalised text (as in a baseline) and how often that text occurred before in the file, not
of the line, so an edit above a finding does not make GitLab report it as fixed and new.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from wirlint.baseline import finding_key
from wirlint.model import FileResult, Severity, SiteReport, findings_with_paths

SEVERITIES = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}


def render(results: list[FileResult], color: bool = False, site: SiteReport | None = None) -> str:
    seen: Counter[tuple[str, str, str]] = Counter()
    issues = []
    for path, finding in findings_with_paths(results, site):
        key = finding_key(path, finding)
        seen[key] += 1
        fingerprint = hashlib.sha256("\0".join((*key, str(seen[key]))).encode("utf-8")).hexdigest()
        where = finding.location
        issues.append(
            {
                "type": "issue",
                "check_name": f"{finding.rule.code} {finding.rule.name}",
                "description": finding.message,
                "categories": ["Style"],
                "severity": SEVERITIES[finding.severity],
                "fingerprint": fingerprint,
                "location": {
                    "path": path,
                    "positions": {
                        "begin": {"line": where.line, "column": where.column},
                        "end": {"line": where.end_line, "column": where.end_column},
                    },
                },
            }
        )
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
