"""What a rule sees while it runs on one document: analysed blocks, the language, the config, and helpers
that turn token ranges into Findings with exact source positions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from spacy.tokens import Span

from wirlint.config import Config
from wirlint.engine.messages import KeepUnknown
from wirlint.model import BOILERPLATE_ROLES, Block, Document, Finding, Location, Score, Suggestion, Suppression
from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.opening import Opening, OpeningAnalysis, analyse_opening
from wirlint.nlp.pipeline import AnalysedBlock
from wirlint.nlp.sentences import sentence_words, span_text
from wirlint.nlp.voice import COMPANY, CUSTOMER, NAME_TAILS, QUOTED, VOICES

if TYPE_CHECKING:
    from wirlint.engine.packs import RuleSpec

T = TypeVar("T")


CONTEXT_CHARACTERS = 240  # of the paragraph on each side of a finding, for reports


def paragraph_context(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The block text around ``[start, end)``, cut at word boundaries with "…" on long blocks, and the
    finding's place inside the cut."""
    left = max(0, start - CONTEXT_CHARACTERS)
    right = min(len(text), end + CONTEXT_CHARACTERS)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    prefix, suffix = ("… " if left > 0 else ""), (" …" if right < len(text) else "")
    window = prefix + text[left:right] + suffix
    return window, start - left + len(prefix), end - left + len(prefix)


@dataclass
class LintContext:
    document: Document
    lang: str
    config: Config
    blocks: list[AnalysedBlock]
    lexicon: Lexicon
    document_score: Score | None = None  # the whole document's, when this context is one window of it
    document_sentences: int | None = None  # the whole document's content sentences, likewise
    last_window: bool = True
    carried: dict[str, Any] = field(default_factory=dict)  # what a rule hands on to the next window
    unused_suppressions: list[Suppression] = field(default_factory=list)

    @cached_property
    def content_blocks(self) -> list[AnalysedBlock]:
        """Blocks that are the page's own content: not navigation, header or footer boilerplate."""
        return [
            b
            for b in self.blocks
            if b.block.role not in BOILERPLATE_ROLES and b.block.region != "nav" and not b.block.repeated
        ]

    @cached_property
    def score(self) -> Score:
        """The we/you balance over the page's own content, quotations left out."""
        if self.document_score is not None:
            return self.document_score
        we = you = 0
        for analysed in self.content_blocks:
            data = analysed.doc.user_data
            tails = data.get(NAME_TAILS, ())
            for index, (voice, quoted) in enumerate(zip(data[VOICES], data[QUOTED], strict=True)):
                if not quoted and index not in tails:
                    we += voice == COMPANY
                    you += voice == CUSTOMER
        return Score(we, you)

    def sentences(self, *, include_quoted: bool = False) -> list[tuple[AnalysedBlock, Span]]:
        """The content sentences in reading order (built once per document, read by every rule)."""
        return self._all_sentences if include_quoted else self._unquoted_sentences

    @cached_property
    def _unquoted_sentences(self) -> list[tuple[AnalysedBlock, Span]]:
        return [(analysed, sentence) for analysed, sentence in self._all_sentences if not analysed.block.quoted]

    @cached_property
    def _all_sentences(self) -> list[tuple[AnalysedBlock, Span]]:
        return [
            (analysed, sentence)
            for analysed in self.content_blocks
            for sentence in analysed.doc.sents
            if span_text(sentence).strip()
        ]

    def opening(self, sentence: Span) -> Opening:
        return self.opening_analysis(sentence).kind

    def opening_analysis(self, sentence: Span) -> OpeningAnalysis:
        """How the sentence opens (analysed once per document, read by several rules)."""
        key = (id(sentence.doc), sentence.start)
        cache = self._openings
        if key not in cache:
            cache[key] = analyse_opening(sentence, self.lexicon)
        return cache[key]

    @cached_property
    def _openings(self) -> dict[tuple[int, int], OpeningAnalysis]:
        return {}

    def shared(self, name: str, compute: Callable[[LintContext], T]) -> T:
        """A per-document analysis that several rules need (a deck's slides, a mission statement's
        sentences), computed once for all of them."""
        if name not in self._shared:
            self._shared[name] = compute(self)
        return self._shared[name]

    @cached_property
    def _shared(self) -> dict[str, Any]:
        return {}

    # -- findings -------------------------------------------------------------------------------------
    def location(self, block: Block, start_char: int, end_char: int) -> Location:
        source_start, source_end = block.source_range(start_char, end_char)
        lines = self.document.line_index
        start, end = lines.position(source_start), lines.position(source_end)
        return Location(start.line, start.column, end.line, end.column, block.slide)

    def finding(
        self,
        spec: RuleSpec,
        analysed: AnalysedBlock,
        start_char: int,
        end_char: int,
        *,
        suggestion: Suggestion | None = None,
        advice: str | None = None,
        **fields: object,
    ) -> Finding:
        """A finding for the block text ``[start_char, end_char)``; ``fields`` fill the message's ``{…}``;
        ``advice`` replaces the rule's general advice with one for this very sentence."""
        block = analysed.block
        text = block.text[start_char:end_char]
        rule = spec.rule
        replaceable = suggestion is not None and block.is_verbatim(start_char, end_char)
        values = {"match": " ".join(text.split()), **fields}
        return Finding(
            rule=rule,
            location=self.location(analysed.block, start_char, end_char),
            message=rule.message.format_map(KeepUnknown(values)),
            text=text,
            severity=rule.severity,
            suggestion=suggestion,
            advice=advice if advice is not None else rule.advice.format_map(KeepUnknown(values)),
            scope=rule.scope,
            source_range=block.source_range(start_char, end_char) if replaceable else None,
            context=paragraph_context(block.text, start_char, end_char),
        )

    def span_finding(self, spec: RuleSpec, analysed: AnalysedBlock, span: Span, **fields: object) -> Finding:
        return self.finding(spec, analysed, span.start_char, span.end_char, **fields)


def sentence_span(sentence: Span) -> tuple[int, int]:
    """Character range of a sentence without its surrounding white space."""
    words = sentence_words(sentence)
    return words[0].idx, words[-1].idx + len(words[-1].text)
