"""The source line a finding is on, with the finding underlined, as Ruff and compilers show it.

Markdown paragraphs are often one long line, so "ueber-uns.md:11:348" alone tells nobody where to look: the
excerpt shows the line, windowed around the finding when it is long, with carets under the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from wirlint.errors import InputError
from wirlint.model import Finding
from wirlint.sources.decode import decode_bytes

WINDOW = 100  # characters of a line shown around a finding
CONTEXT_BEFORE = 30  # of those, shown before the finding
MAX_SOURCE_BYTES = 10 * 1024 * 1024  # the same limit as for linting
LINE_BREAK = re.compile(r"\r\n|\r|\n")

SourceLines = Callable[[str], list[str] | None]


@lru_cache(maxsize=64)
def file_lines(path: str) -> list[str] | None:
    """The lines of a file as wirlint read it (same decoding), or None when it cannot be read again."""
    candidate = Path(path)
    try:
        if not candidate.is_file() or candidate.stat().st_size > MAX_SOURCE_BYTES:
            return None
        text = decode_bytes(path, candidate.read_bytes()).text
    except (OSError, InputError):
        return None
    return LINE_BREAK.split(text)


def excerpt(finding: Finding, lines: list[str] | None, printable: Callable[[str], str]) -> list[str]:
    """Three lines: a gutter, the numbered source line (windowed), the carets; none for decks or when the
    source is not at hand."""
    where = finding.location
    if lines is None or where.slide is not None or not 1 <= where.line <= len(lines):
        return []
    line = lines[where.line - 1].expandtabs(1)
    start = where.column - 1
    end = where.end_column - 1 if where.end_line == where.line else len(line)
    end = max(min(end, len(line)), start + 1)
    first = max(0, start - CONTEXT_BEFORE) if len(line) > WINDOW else 0
    last = min(len(line), first + max(WINDOW, end - first)) if len(line) > WINDOW else len(line)
    last = min(last, first + WINDOW * 2)
    prefix = "…" if first else ""
    suffix = "…" if last < len(line) else ""
    shown = printable(line[first:last])
    number = str(where.line)
    gutter = " " * len(number)
    caret_start = len(prefix) + len(printable(line[first:start]))
    caret_length = max(1, len(printable(line[start : min(end, last)])))
    return [
        f"{gutter} |",
        f"{number} | {prefix}{shown}{suffix}",
        f"{gutter} | {' ' * caret_start}{'^' * caret_length}",
    ]
