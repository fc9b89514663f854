"""Assembles block text piece by piece while remembering where each piece came from in the source."""

from __future__ import annotations

from wirlint.model import Block, Role, Segment


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
