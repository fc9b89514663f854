"""Runs the enabled rules on one Document and returns its FileResult.

A pure function of (document, config): no I/O, so the same core runs in the CLI, the crawler, a
pre-commit hook, or inside a batch engine over millions of pages.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from spacy.attrs import IS_ALPHA

from wirlint.checks.testimonials import testimonial_count
from wirlint.config import Config
from wirlint.engine.context import LintContext
from wirlint.engine.packs import RuleSpec, normalise_label
from wirlint.engine.pages import classify_page
from wirlint.engine.selection import rules_for
from wirlint.engine.speakers import mark_speakers
from wirlint.errors import InputError
from wirlint.model import Block, Document, FileResult, Finding, Role, Scope, Score, Suggestion, Suppression
from wirlint.nlp.claims import CLAIM_CATEGORIES, is_company_claim
from wirlint.nlp.langid import detect_language, normalise_language, paragraph_language
from wirlint.nlp.pipeline import analyse, document_address, lexicon_for
from wirlint.nlp.voice import COMPANY, has_voice

LABEL_SEPARATORS = ("|", "–", "—", "·", " - ", ":")
T = TypeVar("T")
WINDOW_CHARACTERS = 200_000  # about 30,000 words: a document longer than this is analysed in windows


def document_language(document: Document, config: Config) -> tuple[str, str | None]:
    """The document's language and, when the configured one does not fit the text, a warning naming both.

    ``--lang`` is obeyed; a ``lang`` from a config file gives way to a text that clearly reads as the other
    language (an English page in a German site) — never silently either way. Without either: the document's
    own declaration, then detection, then the configured default."""
    detected = detect_language("\n".join(block.text for block in document.blocks))
    declared = normalise_language(document.declared_lang)
    if config.lang:
        if detected is None or detected == config.lang or declared == config.lang:
            return config.lang, None
        if config.lang_forced:
            return config.lang, f"reads as '{detected}' but is linted as '{config.lang}' (--lang)"
        return detected, f"reads as '{detected}', not '{config.lang}' as configured: linted as '{detected}'"
    return declared or detected or config.default_lang, None


def lint_document(document: Document, config: Config, *, started: float | None = None) -> FileResult:
    """Every enabled rule on one document. A page that mixes languages is read in one part per language, each
    with its own pipeline and rules; a long document is analysed in windows of consecutive blocks, so memory
    stays bounded by the window, not the file. The page totals (the we/you score over all parts and windows,
    the address) are read over the whole first, and a document-scope rule reports once, at its first window."""
    lang, language_warning = document_language(document, config)
    document.lang = lang
    page_type = classify_page(document, config)
    mark_speakers(document, page_type, config.company_names)
    windows = [
        (part_lang, window)
        for part_lang, part in language_parts(document, lang, config)
        for window in document_windows(part)
    ]
    specs_by_lang = {part_lang: rules_for(config, part_lang, document.path, page_type) for part_lang, _ in windows}
    specs = specs_by_lang.get(lang) or rules_for(config, lang, document.path, page_type)
    address = document_address(document) if "de" in specs_by_lang else None
    budget = WorkBudget(document.path, config.time_limit, started)
    total, total_sentences = None, None
    if len(windows) > 1:
        contexts = (_context(window, part_lang, config, address) for part_lang, window in budget.each(windows))
        total, total_sentences = page_totals(contexts)
    findings: list[Finding] = []
    reported: set[str] = set()  # document-scope rules that already reported in an earlier window
    carried: dict[str, Any] = {}
    words = sentences = 0
    for position, (part_lang, window) in enumerate(windows, 1):
        context = _context(window, part_lang, config, address if part_lang == "de" else None, total)
        # What a rule hands on (a we-chain) goes on within one language part, never into the next.
        last_of_part = position == len(windows) or windows[position][0] != part_lang
        context.last_window, context.carried = last_of_part, carried
        if last_of_part:
            carried = {}
        context.document_sentences = total_sentences
        for spec in specs_by_lang[part_lang]:
            if spec.rule.category == "suppression" or spec.rule.scope is Scope.SITE:
                continue
            budget.check()
            if spec.rule.code not in reported:
                found = list(run_rule(context, spec))
                findings.extend(found)
                if found and spec.rule.scope is Scope.DOCUMENT:
                    reported.add(spec.rule.code)
        words += sum(int(analysed.doc.to_array(IS_ALPHA).sum()) for analysed in context.content_blocks)
        sentences += sum(1 for _, sentence in context.sentences(include_quoted=True))
    kept, used = apply_suppressions(one_finding_per_claim(findings), document.suppressions)
    enabled = {spec.rule.code for part_specs in specs_by_lang.values() for spec in part_specs}
    context.unused_suppressions = [
        s for s in document.suppressions if s not in used and (not s.codes or s.codes <= enabled)
    ]
    for spec in specs:
        if spec.rule.category == "suppression":
            kept.extend(run_rule(context, spec))
    return FileResult(
        path=document.path,
        lang=lang,
        score=total or context.score,
        stats={"words": words, "sentences": sentences, "testimonials": testimonial_count(document)},
        page_type=page_type.value,
        findings=sorted(kept, key=lambda finding: finding.sort_key),
        warnings=[language_warning] if language_warning else [],
    )


def language_parts(document: Document, lang: str, config: Config) -> list[tuple[str, Document]]:
    """The document, or one view of it per language when its blocks are in more than one: a block's declared
    language (``<p lang="en">``), else a paragraph that clearly reads as the other language. A language set
    with ``--lang`` or ``lang`` reads the whole document in that language."""
    if config.lang_forced:
        return [(lang, document)]
    languages = [block.lang or paragraph_language(block.text, lang) for block in document.blocks]
    if all(block_lang == lang for block_lang in languages):
        return [(lang, document)]
    parts: dict[str, list[Block]] = {lang: []}
    for block, block_lang in zip(document.blocks, languages, strict=True):
        parts.setdefault(block_lang, []).append(block)
    return [
        (part_lang, dataclasses.replace(document, blocks=blocks, _line_index=document.line_index))
        for part_lang, blocks in parts.items()
        if blocks
    ]


class WorkBudget:
    """The time one document may take (``time-limit``), checked between rules and windows: a file that would
    take minutes (tens of megabytes of prose) ends with an error naming it, and the run goes on."""

    def __init__(self, path: str, seconds: float, started: float | None = None) -> None:
        self.path, self.seconds = path, seconds
        self.deadline = (started or time.monotonic()) + seconds if seconds else None

    def each(self, items: list[T]) -> Iterator[T]:
        for item in items:
            self.check()
            yield item

    def check(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise InputError(
                self.path, f"took longer than the time limit ({self.seconds:g} s); not linted (see 'time-limit')"
            )


def document_windows(document: Document) -> list[Document]:
    """The document itself, or (when longer than a window) views of its consecutive blocks that share its
    source, positions and suppressions."""
    if sum(len(block.text) for block in document.blocks) <= WINDOW_CHARACTERS:
        return [document]
    windows: list[list[Block]] = [[]]
    size = 0
    for block in document.blocks:
        if windows[-1] and size + len(block.text) > WINDOW_CHARACTERS:
            windows.append([])
            size = 0
        windows[-1].append(block)
        size += len(block.text)
    return [dataclasses.replace(document, blocks=blocks, _line_index=document.line_index) for blocks in windows]


def _context(
    document: Document, lang: str, config: Config, address: str | None, total: Score | None = None
) -> LintContext:
    analysed = analyse(
        document,
        lang,
        company_names=config.company_names,
        model=config.model_for(lang),
        customer_terms=config.customer_terms,
        address=address,
    )
    lexicon = lexicon_for(lang, config.customer_terms)
    return LintContext(document, lang, config, analysed, lexicon, document_score=total)


def page_totals(contexts: Iterable[LintContext]) -> tuple[Score, int]:
    """The we/you score and the number of content sentences over all windows and language parts."""
    we = you = sentences = 0
    for context in contexts:  # one window at a time: each is dropped before the next is analysed
        we, you = we + context.score.we, you + context.score.you
        sentences += len(context.sentences())
    return Score(we, you), sentences


def one_finding_per_claim(findings: list[Finding]) -> list[Finding]:
    """Where two claim rules of one category find the same words ("höchste Qualität" as a listed phrase and as
    a superlative form), the rule that runs first reports them; the reader sees one finding per claim."""
    claimed: dict[str, list[tuple[tuple[int, int, int], tuple[int, int, int]]]] = {}
    kept = []
    for finding in findings:
        if finding.rule.category in CLAIM_CATEGORIES:
            where = finding.location
            start = (where.slide or 0, where.line, where.column)
            end = (where.slide or 0, where.end_line, where.end_column)
            ranges = claimed.setdefault(finding.rule.category, [])
            if any(start < other_end and other_start < end for other_start, other_end in ranges):
                continue
            ranges.append((start, end))
        kept.append(finding)
    return kept


def run_rule(context: LintContext, spec: RuleSpec) -> Iterable[Finding]:
    if spec.check is not None:
        return spec.check(context, spec)
    if spec.labels is not None:
        return label_findings(context, spec)
    return term_findings(context, spec)


def term_findings(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """The rule's terms in each sentence; a claim counts only where it praises the company (see nlp.claims)."""
    claim = spec.rule.category in CLAIM_CATEGORIES
    for analysed, sentence in context.sentences():
        spans = spec.matcher.match(sentence) if spec.matcher is not None else []
        # a heading is the site's own voice: "# Klavierbauer mit Leib & Seele"
        if spec.voiced is not None and (analysed.block.role is Role.HEADING or has_voice(sentence, COMPANY)):
            spans = sorted({*spans, *spec.voiced.match(sentence)})
        for start, end in spans:
            if claim and not is_company_claim(sentence, start, context.lexicon, end):
                continue
            yield context.span_finding(spec, analysed, sentence.doc[start:end])


def label_findings(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    assert spec.labels is not None
    for analysed in context.blocks:
        block = analysed.block
        if block.role not in spec.labels.roles or block.quoted:
            continue
        for start, end in _label_parts(block.text):
            if normalise_label(block.text[start:end]) in spec.labels.labels:
                swap = label_swap(block.text[start:end], context, spec)
                yield context.finding(spec, analysed, start, end, suggestion=swap)


def label_swap(label: str, context: LintContext, spec: RuleSpec) -> Suggestion | None:
    """The configured (or the rule's default) customer-first label; never safe: a menu item is a decision."""
    replacements = context.config.label_replacements_for(context.lang) or tuple(spec.options.get("replacements", ()))
    if not replacements:
        return None
    replacement = replacements[0].upper() if label.isupper() else replacements[0]
    return Suggestion(replacement, "label", False)


def _label_parts(text: str) -> list[tuple[int, int]]:
    """The whole text and, for titles like "Über uns | Brandt & Söhne", each part between separators."""
    cuts = [0]
    for separator in LABEL_SEPARATORS:
        position = text.find(separator)
        while position >= 0:
            cuts.extend((position, position + len(separator)))
            position = text.find(separator, position + 1)
    cuts.append(len(text))
    cuts.sort()
    parts = {(0, len(text)): None}  # ordered and without repeats, in linear time
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            parts.setdefault((start, end), None)
    return list(parts)


def apply_suppressions(
    findings: list[Finding], suppressions: list[Suppression]
) -> tuple[list[Finding], set[Suppression]]:
    kept, used = [], set()
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding.code, finding.location.line)]
        if covering:
            used.update(covering)
        else:
            kept.append(finding)
    return kept, used
