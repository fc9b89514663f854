"""HTML → Document, with every text character mapped back to its line and column in the source.

BeautifulSoup gives tags a line number but not the text inside them, and editors need the exact column of a
word. So this source walks the markup with the standard library's event parser (the same tokenizer
BeautifulSoup's ``html.parser`` builder uses, tolerant of broken markup) and records the source offset of
every text run, decoded entity and synthetic break.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

from wirlint.config import DEFAULT_PROSE_KEYS
from wirlint.model import Block, Document, LineIndex, Role
from wirlint.nlp.langid import normalise_language
from wirlint.sources.builder import BlockBuilder
from wirlint.sources.directives import Directive, parse_directive, suppressions_for
from wirlint.sources.frontmatter import find_front_matter, front_matter_blocks, read_front_matter
from wirlint.sources.templates import blank, blank_template_tags, component_prop_blocks

SKIPPED_TAGS = frozenset(
    {"script", "style", "code", "pre", "noscript", "template", "svg", "math", "textarea", "select",
     "iframe", "object", "kbd", "samp", "var"}
)  # fmt: skip
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
     "track", "wbr"}
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "button", "caption", "dd", "details", "dialog",
     "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
     "h6", "header", "hr", "html", "label", "legend", "li", "main", "nav", "ol", "option", "p", "section",
     "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul"}
)  # fmt: skip
# Tags whose start closes an open sibling of the listed kinds (the HTML "optional end tag" rules).
IMPLIED_END = {
    "p": {"p"},
    "li": {"li", "p"},
    "dt": {"dt", "dd", "p"},
    "dd": {"dt", "dd", "p"},
    "tr": {"tr", "td", "th"},
    "td": {"td", "th"},
    "th": {"td", "th"},
    "option": {"option"},
}
TESTIMONIAL_MARKERS = re.compile(
    r"testimonial|review|kundenstimme|referenz|erfahrungsbericht|kundenmeinung|quote|zitat|case-?stud",
    re.IGNORECASE,
)
NEWLINE = re.compile("\n")
NAVIGATION_MARKERS = re.compile(r"(^|[-_\s])(nav|navbar|navigation|menu|menue|mainmenu)([-_\s]|$)", re.IGNORECASE)
TESTIMONIAL_TYPES = re.compile(r"schema\.org/(Review|Quotation)", re.IGNORECASE)
RDFA_TESTIMONIAL_TYPES = re.compile(r"\b(schema:)?(Review|Quotation)\b")


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    start: int  # source offset of the start tag

    @property
    def marker_text(self) -> str:
        return " ".join(self.attrs.get(name, "") for name in ("class", "id"))


@dataclass
class _Context:
    role: Role
    region: str
    quoted: bool
    testimonial: bool
    level: int
    lang: str | None = None  # the innermost lang attribute around the block


@dataclass
class HtmlExtraction:
    blocks: list[Block] = field(default_factory=list)
    directives: list[Directive] = field(default_factory=list)
    lang: str | None = None
    title: str | None = None
    structured_data: list[str] = field(default_factory=list)  # JSON-LD script bodies


class _Walker(HTMLParser):
    def __init__(self, source: str, base_offset: int, line_index: LineIndex) -> None:
        super().__init__(convert_charrefs=False)
        self._source = source
        self._base = base_offset
        self._lines = line_index
        # html.parser counts lines at "\n" only; its (line, column) is turned back into an offset with the
        # same count, so CR and CRLF line ends (which the document's LineIndex also breaks at) never shift it.
        self._newline_starts = [0, *(match.end() for match in NEWLINE.finditer(source))]
        self._stack: list[_Element] = []
        self._builder = BlockBuilder()
        self._context: _Context | None = None
        self._skip_depth = 0
        self.result = HtmlExtraction()

    # -- positions ------------------------------------------------------------------------------------
    def _offset(self) -> int:
        """The source offset of the parser's position (a fragment's positions count from its start)."""
        line, column = self.getpos()
        return self._base + self._newline_starts[line - 1] + column

    # -- structure ------------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "html" and attributes.get("lang"):
            self.result.lang = attributes["lang"]
        if tag in IMPLIED_END:
            self._close_implied(IMPLIED_END[tag])
        if tag in BLOCK_TAGS:
            self._flush()
        if tag == "br":
            self._add_break("\n")
            return
        if tag in VOID_TAGS:
            return
        element = _Element(tag, attributes, self._offset())
        if tag == "q":
            self._add_synthetic("“", element.start)
        self._stack.append(element)
        if tag in SKIPPED_TAGS or "hidden" in attributes:
            self._skip_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._add_break("\n")
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if not any(element.tag == tag for element in self._stack):
            return  # a stray end tag: broken markup, ignore it as browsers do
        if tag in BLOCK_TAGS:
            self._flush()
        while self._stack:
            element = self._stack.pop()
            if element.tag in SKIPPED_TAGS or "hidden" in element.attrs:
                self._skip_depth -= 1
            if element.tag == "q":
                self._add_synthetic("”", self._offset())
            if element.tag == tag:
                break

    def _close_implied(self, kinds: set[str]) -> None:
        for depth in range(len(self._stack) - 1, -1, -1):
            tag = self._stack[depth].tag
            if tag in kinds:
                self.handle_endtag(tag)
                return
            if tag in BLOCK_TAGS and tag not in {"span"}:
                return

    # -- text -----------------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self._stack and self._stack[-1].tag == "script" and "ld+json" in self._stack[-1].attrs.get("type", ""):
            self.result.structured_data.append(data)
        if self._skip_depth:
            return
        self._enter_block()
        self._builder.add(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        self._add_reference(f"&{name}")

    def handle_charref(self, name: str) -> None:
        self._add_reference(f"&#{name}")

    def _add_reference(self, prefix: str) -> None:
        if self._skip_depth:
            return
        start = self._offset()
        end = start + len(prefix)
        if self._source[end - self._base : end - self._base + 1] == ";":
            end += 1
        raw = self._source[start - self._base : end - self._base]
        self._enter_block()
        self._builder.add(unescape(raw), start, source_end=end)

    def _add_break(self, text: str) -> None:
        if not self._skip_depth and self._context is not None:
            start = self._offset()
            self._builder.add(text, start, source_end=start)

    def _add_synthetic(self, text: str, offset: int) -> None:
        if not self._skip_depth:
            self._enter_block()
            self._builder.add(text, offset, source_end=offset)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end_line = self._lines.position(start + len(data) + 7).line
        directive = parse_directive(data, self._lines.position(start), end_line)
        if directive is not None:
            self.result.directives.append(directive)

    # -- blocks ---------------------------------------------------------------------------------------
    def _enter_block(self) -> None:
        if self._context is None:
            self._context = self._describe()

    def _flush(self) -> None:
        context = self._context
        self._context = None
        if context is None:
            return
        builder, self._builder = self._builder, BlockBuilder()
        block = builder.build(
            context.role,
            region=context.region,
            quoted=context.quoted,
            testimonial=context.testimonial,
            level=context.level,
            lang=context.lang,
        )
        if block is not None:
            if context.role is Role.TITLE and self.result.title is None:
                self.result.title = block.text
            self.result.blocks.append(block)

    def _describe(self) -> _Context:
        tags = [element.tag for element in self._stack]
        region = ""
        for element in self._stack:
            if element.tag in {"nav", "header", "footer", "aside", "figure"}:
                region = element.tag
            elif element.attrs.get("role") == "navigation" or NAVIGATION_MARKERS.search(element.marker_text):
                region = "nav"
        testimonial = any(
            TESTIMONIAL_MARKERS.search(element.marker_text)
            or TESTIMONIAL_TYPES.search(element.attrs.get("itemtype", ""))
            or RDFA_TESTIMONIAL_TYPES.search(element.attrs.get("typeof", ""))
            for element in self._stack
        )
        quoted = testimonial or "blockquote" in tags or "q" in tags
        headings = [tag for tag in tags if re.fullmatch(r"h[1-6]", tag)]
        level = int(headings[-1][1]) if headings else 0
        if "title" in tags:
            role = Role.TITLE
        elif region == "nav":
            role = Role.NAVIGATION
        elif headings:
            role = Role.HEADING
        elif "blockquote" in tags:
            role = Role.QUOTE
        elif "li" in tags or "dd" in tags or "dt" in tags:
            role = Role.LIST_ITEM
        elif "td" in tags or "th" in tags:
            role = Role.TABLE_CELL
        elif "figcaption" in tags or "caption" in tags:
            role = Role.CAPTION
        elif region == "footer":
            role = Role.FOOTER
        elif region == "header":
            role = Role.HEADER
        else:
            role = Role.PARAGRAPH
        # A lang attribute inside the page (the <html> element's is the page's own language).
        declared = next(
            (e.attrs["lang"] for e in reversed(self._stack) if e.attrs.get("lang") and e.tag != "html"), None
        )
        return _Context(role, region, quoted, testimonial, level, normalise_language(declared))

    def finish(self) -> HtmlExtraction:
        self.close()
        self._flush()
        return self.result


STRUCTURED_TESTIMONIAL_TYPES = frozenset({"Review", "Quotation", "AggregateRating", "UserReview", "CriticReview"})


def structured_testimonials(text: str) -> int:
    """Reviews, ratings and quotations in a JSON-LD block (schema.org), however deeply nested."""
    try:
        data = json.loads(text)
    except ValueError:
        return 0
    count, stack, seen = 0, [data], 0
    while stack and seen < 10_000:
        seen += 1
        item = stack.pop()
        if isinstance(item, dict):
            kinds = item.get("@type", [])
            kinds = [kinds] if isinstance(kinds, str) else kinds
            count += any(str(kind).rsplit("/", 1)[-1] in STRUCTURED_TESTIMONIAL_TYPES for kind in kinds)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return count


def extract_html(source: str, line_index: LineIndex, *, base_offset: int = 0) -> HtmlExtraction:
    """Blocks and directives of an HTML text (or of a fragment starting at ``base_offset`` of a larger source)."""
    walker = _Walker(source, base_offset, line_index)
    walker.feed(source)
    return walker.finish()


def parse_html(
    path: str,
    source: str,
    prose_keys: tuple[str, ...] = DEFAULT_PROSE_KEYS,
    blank_syntax: Callable[[str], str] = blank_template_tags,
) -> Document:
    """HTML, and the HTML-like templates of site generators: front matter (Hugo and Jekyll ``.html`` content,
    Eleventy ``.njk``) is read as data, and ``blank_syntax`` removes template tags, component scripts and
    expressions before the markup is read."""
    document = Document(path=path, source=source, kind="html")
    front = find_front_matter(source)
    parse_source = blank(source, [(front.start, front.end)]) if front else source
    extraction = extract_html(blank_syntax(parse_source), document.line_index)
    if front:
        document.meta["front_matter"] = read_front_matter(source)
    document.blocks = front_matter_blocks(source, prose_keys) + component_prop_blocks(parse_source, prose_keys)
    document.blocks += extraction.blocks
    document.declared_lang = extraction.lang
    if extraction.title:
        document.meta["title"] = extraction.title
    document.meta["structured_testimonials"] = sum(structured_testimonials(data) for data in extraction.structured_data)
    document.suppressions = suppressions_for(document, extraction.directives)
    return document
