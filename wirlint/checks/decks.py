"""Sales decks: slides about the vendor, customer references only at the end, no customer voice at all.

A deck is a sequence of slides, so these checks look at slide titles and slide order rather than at single
sentences. They run on PPTX and PDF documents only.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from wirlint.checks.testimonials import is_testimonial
from wirlint.engine.context import LintContext
from wirlint.engine.packs import RuleSpec, normalise_label
from wirlint.model import Finding, Role
from wirlint.nlp.opening import POSSESSIVES, WE_FIRST
from wirlint.nlp.pipeline import AnalysedBlock
from wirlint.nlp.voice import COMPANY, CUSTOMER, is_quoted, voice_of

DECK_KINDS = frozenset({"pptx", "pdf"})
VENDOR_TITLES = frozenset(
    normalise_label(label)
    for label in ("Über uns", "Wir über uns", "Wer wir sind", "Das sind wir", "Unser Unternehmen", "Unser Team",
                  "Unsere Geschichte", "Unternehmen", "About us", "Who we are", "Our company", "Our team",
                  "Our story", "Our history", "About the company", "Company profile", "Firmenprofil")
)  # fmt: skip
# Titles of the classic vendor slides, whatever their grammar: profile, history, facts, awards, locations.
VENDOR_TOPICS = re.compile(
    r"firmenprofil|unternehmensprofil|firmenporträt|zahlen\s*(und|&)\s*fakten|daten\s*(und|&)\s*fakten|historie|"
    r"firmengeschichte|meilensteine|auszeichnungen|zertifizierung|standorte|auf einen blick|warum wir|"
    r"company profile|facts\s*(and|&)\s*figures|at a glance|milestones|awards|certifications|our locations|why us",
    re.IGNORECASE,
)
REFERENCE_TITLES = re.compile(
    r"referenz|unsere kunden|kundenliste|kundenstimmen|ausgewählte kunden|logos|clients|customers|references|"
    r"trusted by|case stud|fallstudie|erfolgsgeschicht|success stor",
    re.IGNORECASE,
)
ORG_CHART_TITLES = re.compile(
    r"organigramm|organisation|org(anization|anisation)?[ -]?chart|struktur|structure", re.IGNORECASE
)
AGENDA_TITLES = re.compile(
    r"^\s*(agenda|tagesordnung|inhalt|inhaltsverzeichnis|contents|overview|übersicht)\b", re.IGNORECASE
)


def _is_deck(context: LintContext) -> bool:
    return context.document.kind in DECK_KINDS


def _slides(context: LintContext) -> dict[int, list[AnalysedBlock]]:
    """The deck's blocks by slide number, grouped once for all deck rules."""
    return context.shared("slides", _group_slides)


def _group_slides(context: LintContext) -> dict[int, list[AnalysedBlock]]:
    slides: dict[int, list[AnalysedBlock]] = defaultdict(list)
    for analysed in context.blocks:
        slides[analysed.block.slide or 0].append(analysed)
    return dict(sorted(slides.items()))


def _title(blocks: list[AnalysedBlock]) -> AnalysedBlock | None:
    return next((b for b in blocks if b.block.role is Role.SLIDE_TITLE), None)


def is_vendor_title(context: LintContext, title: AnalysedBlock) -> bool:
    """A slide about the vendor: "Wir sind …", "Unser Team", "About us", "Zahlen & Fakten", "Warum wir?"."""
    text = title.block.text
    if normalise_label(text) in VENDOR_TITLES or VENDOR_TOPICS.search(text):
        return True
    words = [t for t in title.doc if not t.is_space and not t.is_punct]
    if not words or is_quoted(words[0]):
        return False
    if any(context.opening(sentence) in WE_FIRST for sentence in title.doc.sents):
        return True
    first = words[0]
    if voice_of(first) == COMPANY:
        owned = [t for t in words[1:4] if context.lexicon.is_customer_noun(t.text)]
        return not (first.lower_ in POSSESSIVES[context.lang] and owned)
    # A short title with company voice and none of the customer's: "Das sind wir", "Was uns auszeichnet".
    voices = {voice_of(t) for t in words}
    return COMPANY in voices and CUSTOMER not in voices and len(words) <= 6


def _mentions_customer(context: LintContext, blocks: list[AnalysedBlock]) -> bool:
    return any(
        voice_of(token) == CUSTOMER or context.lexicon.is_customer_noun(token.text)
        for analysed in blocks
        for token in analysed.doc
    )


def _title_finding(context: LintContext, spec: RuleSpec, title: AnalysedBlock, **fields: object) -> Finding:
    return context.finding(spec, title, 0, len(title.block.text), **fields)


def we_slides(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL701: a slide title that opens with the vendor."""
    if not _is_deck(context):
        return
    for number, blocks in _slides(context).items():
        title = _title(blocks)
        if title is not None and is_vendor_title(context, title):
            yield _title_finding(context, spec, title, slide=number)


def we_slide_chain(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL702: three or more slides in a row are about the vendor."""
    if not _is_deck(context):
        return
    minimum = int(spec.options.get("min_length", context.config.we_chain_length))
    chain: list[AnalysedBlock] = []
    for blocks in [*_slides(context).values(), []]:
        title = _title(blocks)
        if title is not None and is_vendor_title(context, title):
            chain.append(title)
            continue
        if len(chain) >= minimum:
            first, last = chain[0], chain[-1]
            yield _title_finding(context, spec, first, count=len(chain), first=first.block.slide, last=last.block.slide)
        chain = []


def logo_graveyard(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL703: customer references only on the last slides, and no customer voice before them."""
    if not _is_deck(context):
        return
    slides = _slides(context)
    references = [n for n, blocks in slides.items() if (t := _title(blocks)) and REFERENCE_TITLES.search(t.block.text)]
    if not references or len(slides) < 4:
        return
    last_third = max(slides) - max(1, len(slides) // 3)
    voice_before = any(is_testimonial(b.block) for n, blocks in slides.items() if n < references[0] for b in blocks)
    if references[0] > last_third and not voice_before:
        title = _title(slides[references[0]])
        assert title is not None
        yield _title_finding(context, spec, title, slide=references[0], slides=len(slides))


def no_customer_quote(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL704: not one customer quote anywhere in the deck."""
    if not _is_deck(context) or not context.blocks:
        return
    if not any(is_testimonial(analysed.block) for analysed in context.blocks):
        first = context.blocks[0]
        yield context.finding(spec, first, 0, len(first.block.text), slides=len(_slides(context)))


def org_chart_without_customer(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL705: an org chart slide on which the customer does not appear."""
    if not _is_deck(context):
        return
    for number, blocks in _slides(context).items():
        title = _title(blocks)
        if title is not None and ORG_CHART_TITLES.search(title.block.text) and not _mentions_customer(context, blocks):
            yield _title_finding(context, spec, title, slide=number)


def agenda_without_customer(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL706: the agenda's first item is not about the customer."""
    if not _is_deck(context):
        return
    for number, blocks in _slides(context).items():
        title = _title(blocks)
        items = [b for b in blocks if b is not title and b.block.role is not Role.NOTES]
        agenda = title is not None and AGENDA_TITLES.search(title.block.text)
        if agenda and items and not _mentions_customer(context, items[:1]):
            yield context.finding(spec, items[0], 0, len(items[0].block.text), slide=number)
