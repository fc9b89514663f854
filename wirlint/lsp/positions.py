"""Positions between wirlint (1-based lines, columns in characters) and the protocol (0-based lines, columns in
UTF-16 code units, as LSP requires): an umlaut is one unit, an emoji two."""

from __future__ import annotations

import bisect

from lsprotocol import types

from wirlint.model import LINE_BREAK


class TextLines:
    """The lines of an editor's text, for converting offsets and columns both ways."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(match.end() for match in LINE_BREAK.finditer(text))]

    def line(self, index: int) -> str:
        """0-based line ``index`` without its line break."""
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def position(self, line: int, column: int) -> types.Position:
        """wirlint's 1-based line and character column → an LSP position."""
        index = min(max(line - 1, 0), len(self.starts) - 1)
        prefix = self.line(index)[: max(column - 1, 0)]
        return types.Position(line=index, character=utf16_length(prefix))

    def character_offset(self, line: int, column: int) -> int:
        """wirlint's 1-based line and character column → a character offset into the text."""
        index = min(max(line - 1, 0), len(self.starts) - 1)
        return self.starts[index] + min(max(column - 1, 0), len(self.line(index)))

    def offset_position(self, offset: int) -> types.Position:
        """A character offset into the text → an LSP position."""
        index = bisect.bisect_right(self.starts, offset) - 1
        return types.Position(line=index, character=utf16_length(self.text[self.starts[index] : offset]))

    def offset(self, position: types.Position) -> int:
        """An LSP position → a character offset into the text."""
        index = min(position.line, len(self.starts) - 1)
        line = self.line(index)
        units = 0
        for count, character in enumerate(line):
            if units >= position.character:
                return self.starts[index] + count
            units += utf16_length(character)
        return self.starts[index] + len(line)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
