"""Plain text → Document: paragraphs split at blank lines, bullet lines as list items, short lone lines as headings."""

from __future__ import annotations

import re

from wirlint.model import Document, Role
from wirlint.sources.builder import BlockBuilder

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*(?:\r?\n[ \t]*)+")
BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,3}[.)])[ \t]+")
SENTENCE_END = re.compile(r"[.!?:;…]\W*$")


def parse_text(path: str, source: str) -> Document:
    document = Document(path=path, source=source, kind="text")
    start = 0
    for match in [*PARAGRAPH_BREAK.finditer(source), None]:
        end = match.start() if match else len(source)
        _add_paragraph(document, source, start, end)
        start = match.end() if match else len(source)
    return document


def _add_paragraph(document: Document, source: str, start: int, end: int) -> None:
    chunk = source[start:end]
    lines = chunk.split("\n")
    if sum(1 for line in lines if BULLET.match(line)) >= 1 and all(
        BULLET.match(line) for line in lines if line.strip()
    ):
        offset = start
        for line in lines:
            bullet = BULLET.match(line)
            if bullet:
                _append(document, line[bullet.end() :], offset + bullet.end(), Role.LIST_ITEM)
            offset += len(line) + 1
        return
    stripped = chunk.strip()
    lone_line = "\n" not in stripped and len(stripped.split()) <= 8 and not SENTENCE_END.search(stripped)
    _append(document, chunk, start, Role.HEADING if lone_line else Role.PARAGRAPH)


def _append(document: Document, text: str, offset: int, role: Role) -> None:
    builder = BlockBuilder()
    builder.add(text, offset)
    block = builder.build(role)
    if block is not None:
        document.blocks.append(block)
