"""Inline suppression comments: ``wirlint-disable CODE``, ``wirlint-enable``, ``wirlint-disable-next-line``.

Sources report each comment with its position; this module turns the sequence into Suppression ranges so
the engine can silence findings and report the comments that silenced nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wirlint.model import Document, Position, Suppression

_DIRECTIVE = re.compile(r"^\s*wirlint-(disable-next-line|disable|enable)\b([^>]*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Directive:
    kind: str  # disable, enable, disable-next-line
    codes: frozenset[str]
    start: Position
    end_line: int  # line on which the comment ends


def parse_directive(comment: str, start: Position, end_line: int) -> Directive | None:
    """A directive from the inside of a comment, or None when the comment is ordinary text."""
    match = _DIRECTIVE.match(comment.strip())
    if not match:
        return None
    codes = frozenset(code.upper() for code in re.findall(r"WL\d{3}", match.group(2), re.IGNORECASE))
    return Directive(match.group(1).lower(), codes, start, end_line)


def suppressions_for(document: Document, directives: list[Directive]) -> list[Suppression]:
    """Pair disables with enables; a next-line directive covers the next line that holds prose."""
    lines = document.line_index
    content_lines = sorted(
        {lines.position(segment.source_start).line for block in document.blocks for segment in block.segments}
    )
    last_line = lines.last_line
    suppressions: list[Suppression] = []
    open_disables: list[Directive] = []
    for directive in sorted(directives, key=lambda d: (d.start.line, d.start.column)):
        if directive.kind == "disable-next-line":
            following = next((line for line in content_lines if line > directive.end_line), directive.end_line + 1)
            suppressions.append(
                Suppression(directive.codes, following, following, directive.start, "disable-next-line")
            )
        elif directive.kind == "disable":
            open_disables.append(directive)
        else:
            closing = [d for d in open_disables if not directive.codes or d.codes <= directive.codes]
            for disable in closing:
                open_disables.remove(disable)
                suppressions.append(
                    Suppression(disable.codes, disable.start.line, directive.start.line, disable.start, "disable")
                )
    for disable in open_disables:
        suppressions.append(Suppression(disable.codes, disable.start.line, last_line, disable.start, "disable"))
    return suppressions
