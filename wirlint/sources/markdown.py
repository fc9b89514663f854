"""Markdown → Document with exact positions, using markdown-it-py (CommonMark plus tables).

markdown-it gives each block its source lines but not the columns of its inline text, so every text run is
found again in the source from a moving cursor: markup between runs (``**``, ``](url)``, ``> ``) is passed
over, and escapes and entities are mapped as a whole. Code, front matter, URLs, images and HTML comments
are not prose; HTML blocks are read by the HTML source so testimonials written as HTML keep their role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.token import Token

from wirlint.config import DEFAULT_PROSE_KEYS
from wirlint.errors import InputError
from wirlint.model import LINE_BREAK, Block, Document, Role
from wirlint.sources.builder import Aligner, BlockBuilder
from wirlint.sources.directives import Directive, parse_directive, suppressions_for
from wirlint.sources.frontmatter import find_front_matter, front_matter_blocks, read_front_matter
from wirlint.sources.html import extract_html
from wirlint.sources.templates import blank_mdx, blank_template_tags, component_prop_blocks

FRONT_MATTER_LANG = re.compile(r"^\s*\"?(?:lang|language)\"?\s*[:=]\s*[\"']?([A-Za-z]{2})", re.MULTILINE)
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)

MAX_NESTING = 100  # lists in quotes in lists …: far beyond real pages; markdown-it stops reading deeper
_PARSER = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")


def blank_front_matter(source: str) -> tuple[str, str | None]:
    """The source with its front matter blanked out (offsets unchanged), and the front matter's language."""
    found = find_front_matter(source)
    if found is None:
        return source, None
    front = source[found.start : found.end]
    lang = FRONT_MATTER_LANG.search(front)
    blanked = re.sub(r"[^\n]", " ", front)
    return source[: found.start] + blanked + source[found.end :], lang.group(1).lower() if lang else None


class _MarkdownReader:
    def __init__(self, document: Document, parse_source: str) -> None:
        self.document = document
        self.source = parse_source
        self.lines = document.line_index
        self.aligner = Aligner(parse_source)
        self.directives: list[Directive] = []
        self.blocks: list[Block] = []
        self._row_cursor: dict[int, int] = {}

    def read(self, structure: str) -> None:
        """Blocks of the source; ``structure`` is the same text with the lines markdown-it reads for the block
        structure (see ``_structure``), text is found in ``self.source`` at its own offsets."""
        containers: list[Token] = []
        tokens = _PARSER.parse(structure)
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


def parse_markdown(
    path: str,
    source: str,
    prose_keys: tuple[str, ...] = DEFAULT_PROSE_KEYS,
    blank_syntax: Callable[[str], str] = blank_template_tags,
) -> Document:
    """Markdown with its front matter's prose first; ``blank_syntax`` removes a generator's own syntax
    (shortcodes and template tags by default, imports and JSX expressions for MDX)."""
    document = Document(path=path, source=source, kind="markdown")
    parse_source, lang = blank_front_matter(source)
    document.declared_lang = lang
    document.meta["front_matter"] = read_front_matter(source)
    blanked = blank_syntax(parse_source)
    reader = _MarkdownReader(document, blanked)
    reader.read(_structure(blanked, parse_source))
    document.blocks = front_matter_blocks(source, prose_keys) + component_prop_blocks(parse_source, prose_keys)
    document.blocks += reader.blocks
    document.suppressions = suppressions_for(document, reader.directives)
    return document


def _structure(blanked: str, original: str) -> str:
    """The blanked source with blanks at the start of a line taken out again: a shortcode that opened a line
    ("{{% note %}}Wir bieten …") must not indent the text after it into a code block. Lines stay where they
    are, so markdown-it's line map still holds; columns are found in the blanked source."""
    if blanked == original:
        return blanked
    lines = []
    for blanked_line, original_line in zip(blanked.split("\n"), original.split("\n"), strict=True):
        indent = len(original_line) - len(original_line.lstrip(" \t"))
        blank_indent = len(blanked_line) - len(blanked_line.lstrip(" \t"))
        lines.append(blanked_line[:indent] + blanked_line[blank_indent:] if blank_indent > indent else blanked_line)
    return "\n".join(lines)


def parse_mdx(path: str, source: str, prose_keys: tuple[str, ...] = DEFAULT_PROSE_KEYS) -> Document:
    return parse_markdown(path, source, prose_keys, blank_mdx)
