"""We-focus: sentences that open with the company, chains of them, and the we/you balance of a page."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Span

from wirlint.engine.context import LintContext, sentence_span
from wirlint.engine.packs import RuleSpec
from wirlint.model import Finding, Role
from wirlint.nlp.opening import WE_FIRST, Opening, opening_phrase, words_of
from wirlint.nlp.pipeline import AnalysedBlock
from wirlint.nlp.tagging import ensure_tagged
from wirlint.nlp.voice import COMPANY, is_quoted, voice_of
from wirlint.rewrite import suggest
from wirlint.rewrite.advice import construction_advice

HEADING_ROLES = frozenset({Role.HEADING, Role.TITLE})


def _opener(sentence: Span, limit: int = 2) -> str:
    """The first words of a sentence, for messages: "Wir sind", "Als Familienbetrieb"."""
    words = [token.text for token in words_of(sentence) if not token.is_punct][:limit]
    return " ".join(words)


def _sentence_finding(context: LintContext, spec: RuleSpec, analysed: AnalysedBlock, sentence: Span) -> Finding:
    """A finding for the whole sentence, carrying the best customer-first rewrite when there is one, and advice
    for its construction unless that rewrite is safe: a rewrite offered for review ("… zu ermöglichen, ist
    unser Ziel.") leaves the next step ("say it as a promise") to the writer. The message quotes the opening up
    to the company word ("Aber wir", "For the traditionalists, we")."""
    start, end = sentence_span(sentence)
    suggestions = suggest(sentence, context.lexicon)
    best = suggestions[0] if suggestions else None
    advice = construction_advice(sentence, context.lexicon.lang) if best is None or not best.safe else None
    opener = opening_phrase(sentence, context.opening_analysis(sentence))
    return context.finding(spec, analysed, start, end, suggestion=best, advice=advice, opener=opener)


def we_first_sentence(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL101: the sentence opens with the company or with a phrase about it. A heading counts when it is a
    sentence ("Wir sind für Sie da"), not a name for a section ("Our Greatest Achievement")."""
    for analysed, sentence in context.sentences():
        if context.opening(sentence) in WE_FIRST and not _verbless_heading(analysed, sentence):
            yield _sentence_finding(context, spec, analysed, sentence)


def _verbless_heading(analysed: AnalysedBlock, sentence: Span) -> bool:
    if analysed.block.role not in HEADING_ROLES:
        return False
    ensure_tagged(sentence)
    return not any(token.pos_ in {"VERB", "AUX"} for token in sentence)


def we_subject(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL104: the company is the subject after an opening that is about neither side ("Seit 1990 bieten wir")."""
    for analysed, sentence in context.sentences():
        if context.opening(sentence) is Opening.COMPANY_LATER:
            yield _sentence_finding(context, spec, analysed, sentence)


def we_chain(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL102: N or more sentences, list items or headings in a row open with the company."""
    minimum = int(spec.options.get("min_length", context.config.we_chain_length))
    chain: list[tuple[AnalysedBlock, Span]] = context.carried.pop("we_chain", [])
    for analysed, sentence in context.sentences(include_quoted=True):
        if not analysed.block.quoted and context.opening(sentence) in WE_FIRST:
            chain.append((analysed, sentence))
            continue
        if len(chain) >= minimum:
            yield _chain_finding(context, spec, chain)
        chain = []
    if not context.last_window:
        context.carried["we_chain"] = chain  # a chain may go on in the next window of a long document
    elif len(chain) >= minimum:
        yield _chain_finding(context, spec, chain)


def _chain_finding(context: LintContext, spec: RuleSpec, chain: list[tuple[AnalysedBlock, Span]]) -> Finding:
    first_block, first_sentence = chain[0]
    start, end = sentence_span(first_sentence)
    openers = " … ".join(_opener(sentence) for _, sentence in chain) + " …"
    finding = context.finding(spec, first_block, start, end, count=len(chain), openers=openers)
    last_block, last_sentence = chain[-1]
    last = context.location(last_block.block, *sentence_span(last_sentence))
    finding.location = dataclasses.replace(finding.location, end_line=last.end_line, end_column=last.end_column)
    finding.text = openers
    return finding


def we_you_balance(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL103: the page speaks of the company more than of the reader (customer focus below the threshold)."""
    score = context.score
    threshold = float(spec.options.get("threshold", context.config.balance_threshold))
    minimum = int(spec.options.get("min_we", context.config.balance_min_we))
    focus = score.customer_focus
    if focus is None or score.we < minimum or focus >= threshold:
        return
    sentences = context.document_sentences
    if (sentences if sentences is not None else len(context.sentences())) < context.config.balance_min_sentences:
        return  # a headline or a single sentence has no balance to speak of; WL101 covers it
    for analysed in context.content_blocks:
        for token in analysed.doc:
            if voice_of(token) == COMPANY and not is_quoted(token):
                yield context.finding(
                    spec,
                    analysed,
                    token.idx,
                    token.idx + len(token.text),
                    share=round(focus * 100),
                    we=score.we,
                    you=score.you,
                    threshold=round(threshold * 100),
                )
                return
