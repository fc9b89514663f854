"""Markdown → Document with exact positions, using markdown-it-py (CommonMark plus tables).

markdown-it gives each block its source lines but not the columns of its inline text, so every text run is
found again in the source from a moving cursor: markup between runs (``**``, ``](url)``, ``> ``) is passed
over, and escapes and entities are mapped as a whole. Code, front matter, URLs, images and HTML comments
are not prose; HTML blocks are read by the HTML source so testimonials written as HTML keep their role.
"""

from __future__ import annotations

import re
from html import unescape

from markdown_it import MarkdownIt
from markdown_it.token import Token

from wirlint.errors import InputError
from wirlint.model import LINE_BREAK, Block, Document, Role
from wirlint.sources.builder import BlockBuilder
from wirlint.sources.directives import Directive, parse_directive, suppressions_for
from wirlint.sources.frontmatter import FRONT_MATTER, read_front_matter
from wirlint.sources.html import extract_html

FRONT_MATTER_LANG = re.compile(r"^\s*(?:lang|language)\s*[:=]\s*[\"']?([A-Za-z]{2})", re.MULTILINE)
ENTITY = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)

MAX_NESTING = 100  # lists in quotes in lists …: far beyond real pages; markdown-it stops reading deeper
_PARSER = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")


def blank_front_matter(source: str) -> tuple[str, str | None]:
    """The source with its front matter blanked out (offsets unchanged), and the front matter's language."""
    match = FRONT_MATTER.match(source)
    if not match:
        return source, None
    front = match.group(0)
    lang = FRONT_MATTER_LANG.search(front)
    blanked = re.sub(r"[^\n]", " ", front)
    return blanked + source[match.end() :], lang.group(1).lower() if lang else None


class _Aligner:
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


class _MarkdownReader:
    def __init__(self, document: Document, parse_source: str) -> None:
        self.document = document
        self.source = parse_source
        self.lines = document.line_index
        self.aligner = _Aligner(parse_source)
        self.directives: list[Directive] = []
        self.blocks: list[Block] = []
        self._row_cursor: dict[int, int] = {}

    def read(self) -> None:
        containers: list[Token] = []
        tokens = _PARSER.parse(self.source)
        if any(token.level >= MAX_NESTING - 1 for token in tokens):
            raise InputError(self.document.path, f"nested more than {MAX_NESTING} levels deep; not linted")
        for token in tokens:
            if token.nesting == 1:
                containers.append(token)
            elif token.nesting == -1 and containers:
                containers.pop()
            elif token.type == "inline" and token.map:
                self._inline(token, containers)
            elif token.type == "html_block" and token.map:
                self._html_block(token)

    def _line_start(self, line: int) -> int:
        return self.lines.line_start(line + 1)  # markdown-it counts lines from 0

    def _inline(self, token: Token, containers: list[Token]) -> None:
        start_line, end_line = token.map  # type: ignore[misc]
        limit = self._line_start(end_line)
        cursor = self._row_cursor.get(start_line, self._line_start(start_line))
        builder = BlockBuilder()
        in_autolink = False
        for child in token.children or []:
            if child.type == "text" and not in_autolink:
                cursor = self.aligner.add(builder, child.content, cursor, limit)
            elif child.type in {"softbreak", "hardbreak"}:
                newline = LINE_BREAK.search(self.source, cursor, limit)
                if newline:  # a CR or CRLF break reads as "\n" but is not a copy of it
                    verbatim = newline.group() == "\n"
                    builder.add("\n", newline.start(), source_end=None if verbatim else newline.end())
                    cursor = newline.end()
            elif child.type == "link_open":
                in_autolink = child.markup == "autolink"
            elif child.type == "link_close":
                in_autolink = False
            elif child.type in {"code_inline", "image", "html_inline"} or in_autolink:
                cursor = self._skip(child, cursor, limit)
        self._row_cursor[start_line] = cursor
        block = builder.build(**self._describe(containers))
        if block is not None:
            self.blocks.append(block)

    def _skip(self, child: Token, cursor: int, limit: int) -> int:
        """Move past inline code, images and inline HTML; inline comments may hold directives."""
        needle = child.content or child.markup
        found = self.source.find(needle, cursor, limit) if needle else -1
        if found < 0:
            return cursor
        if child.type == "html_inline":
            for comment in COMMENT.finditer(child.content):
                self._directive(comment.group(1), found + comment.start(), found + comment.end())
        return found + len(needle)

    def _html_block(self, token: Token) -> None:
        # The block's own source lines, not token.content: markdown-it normalises CR and CRLF to LF there.
        start = self._line_start(token.map[0])  # type: ignore[index]
        fragment = self.source[start : self._line_start(token.map[1])]  # type: ignore[index]
        extraction = extract_html(fragment, self.lines, base_offset=start)
        self.blocks.extend(extraction.blocks)
        self.directives.extend(extraction.directives)

    def _directive(self, text: str, start: int, end: int) -> None:
        directive = parse_directive(text, self.lines.position(start), self.lines.position(end).line)
        if directive is not None:
            self.directives.append(directive)

    @staticmethod
    def _describe(containers: list[Token]) -> dict[str, object]:
        types = [token.type for token in containers]
        quoted = "blockquote_open" in types
        level = 0
        if "heading_open" in types:
            role = Role.HEADING
            level = int(containers[types.index("heading_open")].tag[1:])
        elif "th_open" in types or "td_open" in types:
            role = Role.TABLE_CELL
        elif "list_item_open" in types:
            role = Role.LIST_ITEM
            level = types.count("list_item_open")
        elif quoted:
            role = Role.QUOTE
        else:
            role = Role.PARAGRAPH
        return {"role": role, "quoted": quoted, "level": level}


def parse_markdown(path: str, source: str) -> Document:
    document = Document(path=path, source=source, kind="markdown")
    parse_source, lang = blank_front_matter(source)
    document.declared_lang = lang
    document.meta["front_matter"] = read_front_matter(source)
    reader = _MarkdownReader(document, parse_source)
    reader.read()
    document.blocks = reader.blocks
    document.suppressions = suppressions_for(document, reader.directives)
    return document
