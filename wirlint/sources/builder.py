"""Assembles block text piece by piece while remembering where each piece came from in the source."""

from __future__ import annotations

import re
from html import unescape

from wirlint.model import Block, Role, Segment

ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


class BlockBuilder:
    """Collects text runs for one block; ``build`` trims surrounding white space and keeps the source map."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0

    def add(self, text: str, source_start: int, *, source_end: int | None = None) -> None:
        """Add ``text`` found at ``source_start``; give ``source_end`` when the text is not a verbatim copy."""
        if not text:
            return
        verbatim = source_end is None
        end = source_start + len(text) if verbatim else source_end
        self._segments.append(Segment(self._length, self._length + len(text), source_start, end, verbatim))
        self._parts.append(text)
        self._length += len(text)

    def build(self, role: Role, **attributes: object) -> Block | None:
        text = "".join(self._parts)
        stripped = text.strip()
        if not stripped:
            return None
        start = len(text) - len(text.lstrip())
        end = start + len(stripped)
        segments = []
        for segment in self._segments:
            if segment.text_end <= start or segment.text_start >= end:
                continue
            cut_start = max(segment.text_start, start)
            cut_end = min(segment.text_end, end)
            if segment.verbatim:
                source_start = segment.source_start + cut_start - segment.text_start
                source_end = source_start + cut_end - cut_start
            else:
                source_start, source_end = segment.source_start, segment.source_end
            segments.append(Segment(cut_start - start, cut_end - start, source_start, source_end, segment.verbatim))
        return Block(text=stripped, role=role, segments=segments, **attributes)  # type: ignore[arg-type]


class Aligner:
    """Finds inline text runs in the source and adds them to a block with their offsets."""

    def __init__(self, source: str) -> None:
        self.source = source

    def add(self, builder: BlockBuilder, content: str, cursor: int, limit: int) -> int:
        """Add ``content`` found at or after ``cursor``; returns the cursor after it."""
        found = self.source.find(content, cursor, limit)
        if found >= 0:
            builder.add(content, found)
            return found + len(content)
        return self._walk(builder, content, cursor, limit)

    def _walk(self, builder: BlockBuilder, content: str, cursor: int, limit: int) -> int:
        source, index, position = self.source, 0, cursor
        while index < len(content) and position < limit:
            char = content[index]
            if source[position] == char:
                run_end = position
                while (
                    run_end < limit
                    and index + run_end - position < len(content)
                    and source[run_end] == content[index + run_end - position]
                ):
                    run_end += 1
                builder.add(source[position:run_end], position)
                index += run_end - position
                position = run_end
            elif source[position] == "\\" and source[position + 1 : position + 2] == char:
                builder.add(char, position, source_end=position + 2)
                index, position = index + 1, position + 2
            elif (entity := ENTITY.match(source, position)) and content.startswith(unescape(entity.group()), index):
                decoded = unescape(entity.group())
                builder.add(decoded, position, source_end=entity.end())
                index, position = index + len(decoded), entity.end()
            else:
                position += 1  # markup between text runs
        if index < len(content):  # not found: keep the text, pointing at where the search ended
            builder.add(content[index:], position, source_end=position)
        return position
