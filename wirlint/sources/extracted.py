"""Documents whose text is extracted (decks, PDFs, Word files): blocks are laid out one after another in a
synthetic text, so every finding still has a line and column, plus the slide or page it is on."""

from __future__ import annotations

from wirlint.model import Document, Role
from wirlint.sources.builder import BlockBuilder


class ExtractedDocument:
    def __init__(self, path: str, kind: str) -> None:
        self.path = path
        self.kind = kind
        self._parts: list[str] = []
        self._length = 0
        self.document = Document(path=path, source="", kind=kind)

    def add(self, text: str, role: Role, *, slide: int | None = None, quoted: bool = False, level: int = 0) -> None:
        text = text.replace("\r", " ").replace("\x0b", "\n").strip()
        if not text:
            return
        if self._parts:
            self._parts.append("\n")
            self._length += 1
        builder = BlockBuilder()
        builder.add(text, self._length)
        block = builder.build(role, slide=slide, quoted=quoted, level=level)
        self._parts.append(text)
        self._length += len(text)
        if block is not None:
            self.document.blocks.append(block)

    def finish(self) -> Document:
        self.document.source = "".join(self._parts)
        return self.document
