"""``--fix`` and ``--diff``: apply customer-first rewrites to the source, changing nothing else.

Only findings whose sentence is a plain copy of one stretch of the source carry a source range, so a fix
never touches markup, front matter, code, line endings elsewhere or the file's encoding. Files are written
atomically, and a file that changed on disk since it was read is left alone.
"""

from __future__ import annotations

import difflib
import html
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wirlint.errors import InputError
from wirlint.model import Document, FileResult, Finding
from wirlint.sources.decode import Decoded

if TYPE_CHECKING:
    from wirlint.lint import Linted


@dataclass
class FixPlan:
    """The new text of one file and the findings it resolves."""

    path: Path | None  # None: standard input
    original: bytes
    decoded: Decoded
    new_text: str
    fixed: list[Finding]

    @property
    def changed(self) -> bool:
        return self.new_text != self.decoded.text

    def diff(self, display: str) -> str:
        lines = difflib.unified_diff(
            self.decoded.text.splitlines(keepends=True),
            self.new_text.splitlines(keepends=True),
            fromfile=f"a/{display}",
            tofile=f"b/{display}",
        )
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def plans_for(linted: list[Linted], *, unsafe: bool) -> list[tuple[Linted, FixPlan]]:
    """The inputs a fix would change, each with its plan."""
    plans = []
    for entry in linted:
        if entry.document is not None and entry.data is not None:
            plan = plan_fixes(entry.item.path, entry.data, entry.document, entry.result, unsafe=unsafe)
            if plan.changed:
                plans.append((entry, plan))
    return plans


def fixable(finding: Finding, *, unsafe: bool) -> bool:
    suggestion = finding.suggestion
    return suggestion is not None and finding.source_range is not None and (suggestion.safe or unsafe)


def plan_fixes(path: Path | None, original: bytes, document: Document, result: FileResult, *, unsafe: bool) -> FixPlan:
    """Replace each fixable finding's source range with its suggestion (the last first, overlaps skipped)."""
    decoded: Decoded = document.meta["decoded"]  # type: ignore[assignment]
    text = decoded.text
    fixed: list[Finding] = []
    edge = len(text) + 1
    for finding in sorted(
        (f for f in result.findings if fixable(f, unsafe=unsafe)),
        key=lambda f: f.source_range,  # type: ignore[arg-type,return-value]
        reverse=True,
    ):
        start, end = finding.source_range  # type: ignore[misc]
        if end > edge:
            continue  # overlaps a fix already applied
        replacement = finding.suggestion.text  # type: ignore[union-attr]
        if document.kind == "html":
            replacement = html.escape(replacement, quote=False)
        text = text[:start] + replacement + text[end:]
        edge = start
        fixed.append(finding)
    return FixPlan(path, original, decoded, text, fixed)


def write_fix(plan: FixPlan) -> None:
    """Write atomically, and only if the file on disk is still the one that was read."""
    if plan.path is None:
        raise InputError("-", "standard input cannot be written back")
    try:
        current = plan.path.read_bytes()
    except OSError as error:
        raise InputError(str(plan.path), f"cannot re-read before fixing: {error.strerror}") from None
    if current != plan.original:
        raise InputError(str(plan.path), "changed on disk since it was read; not fixed")
    data = plan.decoded.encode(plan.new_text)
    handle, temporary = tempfile.mkstemp(dir=plan.path.parent, prefix=f".{plan.path.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, plan.path.stat().st_mode & 0o7777)
        os.replace(temporary, plan.path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
