"""A baseline: the findings a site already had when it adopted wirlint, so a run reports only new ones.

A team adopting wirlint on an existing site gets a hundred findings at once; ``--write-baseline FILE``
records them and ``--baseline FILE`` leaves them out of later runs. An entry is the rule, the file and the
finding's text with case, spacing and punctuation evened out — never the line number — so it survives
lines shifting above it and a paragraph reflowed in an editor. A text that occurs several times in a file is
recorded with its count: one more occurrence is a new finding. Entries that no longer match anything
(fixed, or rewritten so that the text changed) are reported, so the baseline can be refreshed.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wirlint.errors import ConfigError
from wirlint.model import FileResult, Finding

BASELINE_VERSION = 1
NON_WORD = re.compile(r"[\W_]+", re.UNICODE)

Key = tuple[str, str, str]  # (path, code, normalised text)


@dataclass
class BaselineOutcome:
    hidden: int = 0
    stale: list[Key] = field(default_factory=list)


def finding_key(path: str, finding: Finding) -> Key:
    return (_portable_path(path), finding.rule.code, normalised_text(finding.text))


def normalised_text(text: str) -> str:
    """The finding's words only: "Wir  sind\nIhr Partner." and "wir sind ihr Partner" are the same entry."""
    return " ".join(NON_WORD.sub(" ", text.lower()).split())


def write_baseline(target: Path, results: list[FileResult]) -> int:
    """Record every current finding; returns how many. Written atomically, sorted, one entry per line."""
    counts: Counter[Key] = Counter(
        finding_key(result.path, finding) for result in results for finding in result.findings
    )
    entries = [
        {"path": path, "code": code, "text": text, "count": count}
        for (path, code, text), count in sorted(counts.items())
    ]
    lines = "".join(f"\n  {json.dumps(entry, ensure_ascii=False)}," for entry in entries).rstrip(",")
    body = f'{{"version": {BASELINE_VERSION}, "findings": [{lines}\n]}}'  # one entry per line: readable diffs

    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(body + "\n", encoding="utf-8")
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ConfigError(str(target), f"cannot write the baseline ({error.strerror or error})") from None
    return sum(counts.values())


def read_baseline(source: Path) -> Counter[Key]:
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(str(source), "baseline file not found (create it with --write-baseline)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(str(source), f"not a readable baseline ({type(error).__name__}: {error})") from None
    entries = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(entries, list) or data.get("version") != BASELINE_VERSION:
        raise ConfigError(str(source), f"not a wirlint baseline (expected version {BASELINE_VERSION} and findings)")
    counts: Counter[Key] = Counter()
    for entry in entries:
        valid = isinstance(entry, dict) and all(isinstance(entry.get(key), str) for key in ("path", "code", "text"))
        count = entry.get("count", 1) if isinstance(entry, dict) else 0
        if not valid or not isinstance(count, int) or count < 1:
            raise ConfigError(str(source), f"not a wirlint baseline (bad entry: {str(entry)[:80]})")
        counts[(entry["path"], entry["code"], entry["text"])] += count
    return counts


def apply_baseline(results: list[FileResult], baseline: Counter[Key]) -> BaselineOutcome:
    """Drop the findings the baseline records (each entry as often as it was counted). Baseline entries of
    files that were not linted in this run are left alone: a pre-commit hook sees only the changed files."""
    remaining = Counter(baseline)
    outcome = BaselineOutcome()
    linted = {_portable_path(result.path) for result in results}
    for result in results:
        kept = []
        for finding in result.findings:
            key = finding_key(result.path, finding)
            if remaining[key] > 0:
                remaining[key] -= 1
                outcome.hidden += 1
            else:
                kept.append(finding)
        result.findings = kept
    outcome.stale = sorted(key for key, count in remaining.items() if count > 0 and key[0] in linted)
    return outcome


def _portable_path(path: str) -> str:
    """Paths as a repository writes them (forward slashes, relative to where wirlint runs); URLs as they are."""
    if "://" in path:
        return path
    candidate = Path(path)
    if candidate.is_absolute() and candidate.is_relative_to(Path.cwd()):
        candidate = candidate.relative_to(Path.cwd())
    return candidate.as_posix()
