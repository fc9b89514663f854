"""Only what a pull request changed: findings on lines changed since a git ref (``--diff-base REF``).

A review should talk about the lines under review. Line ranges come from ``git diff --unified=0 REF`` (the
working tree against the ref, so uncommitted edits count); files git does not track yet count as changed
throughout. A sentence finding stays when any of its lines changed; a finding about a whole document (the
we/you balance) stays when anything in that document changed.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from wirlint.errors import ConfigError
from wirlint.model import FileResult, Scope

HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)
GIT_TIMEOUT = 60  # seconds for one git call


@dataclass
class ChangedLines:
    root: Path
    lines: dict[str, set[int]] = field(default_factory=dict)  # repository-relative path → changed lines
    new_files: set[str] = field(default_factory=set)

    def changed(self, path: str) -> set[int] | None:
        """The changed lines of a file; None when the whole file is new."""
        key = self._key(path)
        if key in self.new_files:
            return None
        return self.lines.get(key, set())

    def _key(self, path: str) -> str:
        resolved = Path(path).resolve()
        return resolved.relative_to(self.root).as_posix() if resolved.is_relative_to(self.root) else path


def changed_lines(ref: str, cwd: Path | None = None) -> ChangedLines:
    root = Path(_git(["rev-parse", "--show-toplevel"], ref, cwd).strip()).resolve()
    _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], ref, cwd)
    changes = ChangedLines(root)
    diff_command = ["-c", "core.quotePath=false", "diff", "--unified=0", "--no-color", "--no-ext-diff", ref, "--"]
    diff = _git(diff_command, ref, root)
    current: str | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            target = line[4:]
            current = target[2:] if target.startswith("b/") else None
            if current is not None:
                changes.lines.setdefault(current, set())
        elif current is not None and line.startswith("@@"):
            match = HUNK.match(line)
            if match:
                start, count = int(match.group(1)), int(match.group(2) or 1)
                changes.lines[current].update(range(start, start + max(count, 1)))
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], ref, root)  # -z: names as they are
    changes.new_files = {name for name in untracked.split("\0") if name}
    return changes


def keep_changed(results: list[FileResult], changes: ChangedLines) -> int:
    """Drop findings outside the changed lines; returns how many were dropped."""
    dropped = 0
    for result in results:
        lines = changes.changed(result.path)
        if lines is None:
            continue  # a new file: everything in it is new
        kept = []
        for finding in result.findings:
            where = finding.location
            touched = (
                bool(lines)
                if finding.scope is Scope.DOCUMENT
                else bool(lines & set(range(where.line, where.end_line + 1)))
            )
            if touched:
                kept.append(finding)
            else:
                dropped += 1
        result.findings = kept
    return dropped


def _git(arguments: list[str], ref: str, cwd: Path | None) -> str:
    try:
        completed = subprocess.run(
            ["git", *arguments], cwd=cwd, capture_output=True, text=True, timeout=GIT_TIMEOUT, check=False
        )
    except FileNotFoundError:
        raise ConfigError("--diff-base", "git is not installed") from None
    except subprocess.TimeoutExpired:
        raise ConfigError("--diff-base", f"git did not answer within {GIT_TIMEOUT} s") from None
    if completed.returncode != 0:
        problem = (completed.stderr.strip().splitlines() or ["not a git repository"])[-1]
        if arguments[:2] == ["rev-parse", "--verify"]:  # says nothing itself with --quiet
            problem = f"unknown revision '{ref}'"
        raise ConfigError("--diff-base", problem)
    return completed.stdout
