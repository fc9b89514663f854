"""``--fix`` and ``--diff``: apply customer-first rewrites to the source, changing nothing else.

Only findings whose sentence is a plain copy of one stretch of the source carry a source range, so a fix
never touches markup, front matter, code, line endings elsewhere or the file's encoding. Files are written
atomically, and a file that changed on disk since it was read is left alone.
"""

from __future__ import annotations

import difflib
import html
import os
import stat
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
        return "".join(_diff_line(line) for line in lines)


def _diff_line(line: str) -> str:
    if line.endswith("\n"):
        return line
    if line.endswith("\r"):  # a file with CR line ends: each line still on a line of its own
        return line + "\n"
    return line + "\n\\ No newline at end of file\n"


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
    """Write the fixed text over the file, atomically, keeping what the file is: a symlink is written through to
    its target, mode and owner are kept, and the file must still be exactly the one that was read (checked
    again right before the rename). Read-only files and files with several hard links are refused; any failure
    (full disk, read-only folder, an unencodable rewrite) is an error naming the file, with the file untouched."""
    if plan.path is None:
        raise InputError("-", "standard input cannot be written back")
    display = str(plan.path)
    target = Path(os.path.realpath(plan.path))
    try:
        data = plan.decoded.encode(plan.new_text)
    except UnicodeEncodeError:
        raise InputError(
            display, f"the rewrite cannot be written in the file's encoding ({plan.decoded.encoding})"
        ) from None
    try:
        before = target.stat()
        if not os.access(target, os.W_OK) or not before.st_mode & stat.S_IWUSR:
            raise InputError(display, "read-only; not fixed")
        if before.st_nlink > 1:
            raise InputError(display, f"has {before.st_nlink} hard links, which a fix would split; not fixed")
        _check_unchanged(target, plan.original, display)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:40]}.", suffix=".wirlint")
    except OSError as error:
        raise InputError(display, f"cannot fix: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, stat.S_IMODE(before.st_mode))
        if hasattr(os, "chown") and (before.st_uid, before.st_gid) != (os.getuid(), os.getgid()):
            os.chown(temporary, before.st_uid, before.st_gid)
        _check_unchanged(target, plan.original, display)  # again, as late as possible
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(display, f"cannot fix: {error.strerror or error}") from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _check_unchanged(target: Path, original: bytes, display: str) -> None:
    if target.read_bytes() != original:
        raise InputError(display, "changed on disk since it was read; not fixed")
