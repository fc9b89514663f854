"""Mission statements (Leitbild, Mission, Vision, Werte): they should start from the customer.

A document is a mission statement by its file name or its first heading; inside another page, the section
under such a heading is. The customer lexicon is the user-extensible one (``customer-terms``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from spacy.tokens import Span, Token

from wirlint.engine.context import LintContext, sentence_span
from wirlint.engine.packs import RuleSpec
from wirlint.model import Finding, Role
from wirlint.nlp.opening import WE_FIRST
from wirlint.nlp.pipeline import AnalysedBlock
from wirlint.nlp.tagging import ensure_tagged
from wirlint.nlp.voice import COMPANY, CUSTOMER, is_quoted, voice_of

MISSION_HEADING = re.compile(
    r"^\s*(unser(e)?\s+)?(unternehmens)?(leitbild|mission|vision|werte|philosophie|selbstverständnis|"
    r"mission statement|our mission|our vision|our values|values|purpose|our purpose)\b",
    re.IGNORECASE,
)
MISSION_FILE = re.compile(r"leitbild|mission|vision|werte|values|purpose|philosophie", re.IGNORECASE)
HEADINGS = frozenset({Role.HEADING, Role.TITLE, Role.SLIDE_TITLE})


def _find_mission_sentences(context: LintContext) -> list[tuple[AnalysedBlock, Span]]:
    """The sentences of the mission statement: the whole document, or the sections under a mission heading."""
    whole = bool(MISSION_FILE.search(PurePosixPath(context.document.path).stem))
    headings = [b for b in context.content_blocks if b.block.role in HEADINGS]
    if headings and MISSION_HEADING.search(headings[0].block.text) and headings[0] is context.content_blocks[0]:
        whole = True
    sentences = []
    inside, level = whole, 0
    for analysed in context.content_blocks:
        block = analysed.block
        if block.role in HEADINGS:
            if MISSION_HEADING.search(block.text):
                inside, level = True, block.level
            elif not whole and block.level <= level:
                inside = False
            continue
        if inside and not block.quoted:
            sentences += [(analysed, s) for s in analysed.doc.sents if s.text.strip()]
    return sentences


def _mentions(sentence: Span, context: LintContext, voice: str) -> bool:
    for token in sentence:
        if is_quoted(token):
            continue
        if voice_of(token) == voice or (voice == CUSTOMER and _customer_noun(token, context)):
            return True
    return False


def _customer_noun(token: Token, context: LintContext) -> bool:
    """A customer noun that is the head, not a modifier ("family" in "a family business" is not a customer)."""
    if not context.lexicon.is_customer_noun(token.text):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if context.lang == "en" and following is not None and following.is_alpha:
        ensure_tagged(token.sent)
        return following.pos_ not in {"NOUN", "PROPN"}
    return True


def _finding(context: LintContext, spec: RuleSpec, item: tuple[AnalysedBlock, Span]) -> Finding:
    analysed, sentence = item
    return context.finding(spec, analysed, *sentence_span(sentence))


def mission_opens_with_company(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL601: the mission statement's first sentence opens with the company."""
    sentences = context.shared("mission", _find_mission_sentences)
    if sentences and context.opening(sentences[0][1]) in WE_FIRST:
        yield _finding(context, spec, sentences[0])


def mission_without_customer(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL602: the mission statement never names the customer."""
    sentences = context.shared("mission", _find_mission_sentences)
    if sentences and not any(_mentions(s, context, CUSTOMER) for _, s in sentences):
        yield _finding(context, spec, sentences[0])


def mission_customer_last(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL603: the customer appears only after the company has talked about itself."""
    sentences = context.shared("mission", _find_mission_sentences)
    customer = next((i for i, (_, s) in enumerate(sentences) if _mentions(s, context, CUSTOMER)), None)
    company = next((i for i, (_, s) in enumerate(sentences) if _mentions(s, context, COMPANY)), None)
    if customer is not None and company is not None and company < customer and customer > 0:
        yield _finding(context, spec, sentences[customer])
