"""Plain data that flows through the pipeline: documents, blocks, positions and findings.

Every stage speaks in these types only, so a stage can be tested alone: a Document can be built by hand,
and a Finding can be rendered without a file on disk.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from enum import Enum


class Severity(Enum):
    """How much a finding matters; ordered so that ``--fail-on`` can compare levels."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return ("info", "warning", "error").index(self.value)


class Role(Enum):
    """What a block is on its page; rules look at roles, never at markup."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    NAVIGATION = "navigation"
    HEADER = "header"
    FOOTER = "footer"
    TABLE_CELL = "table_cell"
    CAPTION = "caption"
    SLIDE_TITLE = "slide_title"
    NOTES = "notes"


# Block.region of values read from front matter, data files and configs (not the page's running text)
DATA_REGION = "data"

# Roles that repeat on every page of a site and are not the page's own content.
BOILERPLATE_ROLES = frozenset({Role.NAVIGATION, Role.HEADER, Role.FOOTER})


class Scope(Enum):
    SENTENCE = "sentence"
    BLOCK = "block"
    DOCUMENT = "document"
    SITE = "site"


@dataclass(frozen=True)
class Position:
    """A point in the original source: 1-based line and column (columns count characters, not bytes)."""

    line: int
    column: int


LINE_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Turns character offsets of a decoded source into line/column positions.

    A line ends at LF, CRLF or a lone CR, as in CommonMark (markdown-it) and in editors, so a position means the
    same line to the Markdown parser, to wirlint and to the editor that jumps to it."""

    def __init__(self, source: str) -> None:
        self._length = len(source)
        self._starts = [0, *(match.end() for match in LINE_BREAK.finditer(source))]

    def position(self, offset: int) -> Position:
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(line + 1, offset - self._starts[line] + 1)

    def offset(self, line: int, column: int) -> int:
        return self._starts[line - 1] + column - 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``; the end of the source past the last line."""
        return self._starts[line - 1] if line <= len(self._starts) else self._length

    @property
    def last_line(self) -> int:
        return len(self._starts)


@dataclass(frozen=True)
class Segment:
    """A run of block text taken from one place in the source.

    ``verbatim`` runs are character-for-character copies of the source; other runs (a decoded entity, an
    escaped character) map as a whole onto their source range.
    """

    text_start: int
    text_end: int
    source_start: int
    source_end: int
    verbatim: bool = True


@dataclass
class Block:
    """A unit of prose (paragraph, heading, list item, slide title …) with a map back to its source."""

    text: str
    role: Role
    segments: list[Segment] = field(default_factory=list)
    quoted: bool = False  # inside a quotation or testimonial: the customer speaks, not the company
    testimonial: bool = False
    level: int = 0  # heading level, list depth
    slide: int | None = None
    region: str = ""  # where on the page: "", "nav", "header", "footer", "aside", "figure", "data"
    repeated: bool = False  # on most pages of a site (a shared teaser, a footer without <footer>): boilerplate
    lang: str | None = None  # declared for this block (an HTML lang attribute), when it differs from the page's
    fixable: bool = True  # False for values in data (front matter, YAML): a rewrite could break their syntax

    def source_range(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of the block text ``[start, end)``."""
        return self._source_offset(start, at_end=False), self._source_offset(end, at_end=True)

    def _source_offset(self, text_offset: int, *, at_end: bool) -> int:
        if not self.segments:
            return text_offset
        # The segment holding the character at text_offset (or, for an end, the one just before it).
        key = text_offset - 1 if at_end else text_offset
        index = bisect.bisect_right([s.text_start for s in self.segments], key) - 1
        segment = self.segments[max(index, 0)]
        if segment.verbatim:
            inside = min(max(text_offset - segment.text_start, 0), segment.text_end - segment.text_start)
            return segment.source_start + inside
        return segment.source_end if at_end else segment.source_start

    def is_verbatim(self, start: int, end: int) -> bool:
        """True when the text ``[start, end)`` is a plain copy of one contiguous source range that a rewrite may
        replace."""
        if not self.fixable:
            return False
        covering = [s for s in self.segments if s.text_start < end and s.text_end > start]
        if not covering or not all(s.verbatim for s in covering):
            return False
        return all(
            left.text_end == right.text_start and left.source_end == right.source_start
            for left, right in itertools.pairwise(covering)
        )


@dataclass(frozen=True)
class Suppression:
    """An inline ``wirlint-disable`` comment: which codes it silences and over which source lines."""

    codes: frozenset[str]  # empty: every code
    first_line: int
    last_line: int
    comment: Position
    kind: str  # "disable", "disable-next-line"

    def covers(self, code: str, line: int) -> bool:
        return self.first_line <= line <= self.last_line and (not self.codes or code in self.codes)


@dataclass
class Document:
    """One input (file, page, deck) as ordered blocks in one language."""

    path: str
    source: str
    kind: str  # text, markdown, html, pptx, pdf, docx
    blocks: list[Block] = field(default_factory=list)
    lang: str | None = None
    declared_lang: str | None = None  # from <html lang> or front matter
    suppressions: list[Suppression] = field(default_factory=list)
    meta: dict[str, object] = field(default_factory=dict)
    _line_index: LineIndex | None = field(default=None, repr=False)

    @property
    def line_index(self) -> LineIndex:
        if self._line_index is None:
            self._line_index = LineIndex(self.source)
        return self._line_index


@dataclass(frozen=True)
class Location:
    """Where a finding points: 1-based line and column range in the source, plus the slide for decks."""

    line: int
    column: int
    end_line: int
    end_column: int
    slide: int | None = None


@dataclass(frozen=True)
class Rule:
    """A rule's identity and texts, shared by data rules and code checks."""

    code: str
    name: str
    category: str
    severity: Severity
    scope: Scope
    message: str
    advice: str
    lang: str
    default: bool = True
    docs: dict[str, object] = field(default_factory=dict, hash=False, compare=False)
    source: str = ""  # file the rule was loaded from


@dataclass(frozen=True)
class Suggestion:
    """A customer-first rewrite: ``safe`` ones may be applied by ``--fix`` without a human look."""

    text: str
    kind: str  # fronting, perspective, passive, article, label
    safe: bool


@dataclass
class Finding:
    """One thing to fix, with its exact place and what to do about it."""

    rule: Rule
    location: Location
    message: str
    text: str
    severity: Severity
    suggestion: Suggestion | None = None
    advice: str | None = None
    scope: Scope | None = None
    path: str | None = None  # site findings: the page (or site) they are about
    source_range: tuple[int, int] | None = None  # where ``suggestion`` may replace the source, when it can
    # the paragraph around the finding (cut to a window on long blocks) and where the finding is inside it,
    # so a report can show the sentence highlighted in its paragraph
    context: tuple[str, int, int] | None = None

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def sort_key(self) -> tuple[int, int, int, str]:
        return (self.location.slide or 0, self.location.line, self.location.column, self.rule.code)


@dataclass(frozen=True)
class Score:
    """The we/you balance: customer_focus = you / (you + we); None when the text addresses nobody."""

    we: int
    you: int

    @property
    def customer_focus(self) -> float | None:
        total = self.we + self.you
        return round(self.you / total, 2) if total else None


@dataclass
class FileResult:
    """Everything wirlint has to say about one input."""

    path: str
    lang: str | None = None
    score: Score = field(default_factory=lambda: Score(0, 0))
    stats: dict[str, int] = field(default_factory=dict)
    page_type: str | None = None  # marketing, mission, testimonials, blog, tutorial, interview, jobs, legal, press
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # worth knowing, not a failure (a language mismatch)


@dataclass
class SiteReport:
    """What a crawl found beyond single pages: what was left out, what failed, and the site-wide view."""

    url: str
    lang: str | None
    pages: int
    score: Score
    findings: list[Finding] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    documents: int = 0

    def worst_pages(self, results: list[FileResult], count: int = 5) -> list[tuple[str, float]]:
        """Pages by customer focus, lowest first (pages that address nobody are left out)."""
        ranked = [(r.path, r.score.customer_focus) for r in results if r.score.customer_focus is not None]
        return sorted(ranked, key=lambda item: (item[1], item[0]))[:count]  # type: ignore[return-value]


def findings_with_paths(results: list[FileResult], site: SiteReport | None = None) -> list[tuple[str, Finding]]:
    """Every finding with the path it belongs to: the pages' own, then the site's."""
    rows = [(result.path, finding) for result in results for finding in result.findings]
    if site is not None:
        rows += [(finding.path or site.url, finding) for finding in site.findings]
    return rows
