"""Customer testimonials: the strongest proof a page can carry, found by structure, headings and text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from wirlint.model import DATA_REGION, Block, Document, Finding, Role

if TYPE_CHECKING:
    from wirlint.engine.context import LintContext
    from wirlint.engine.packs import RuleSpec

TESTIMONIAL_HEADINGS = re.compile(
    r"kundenstimme|das sagen unsere (kunden|gäste|mandanten|patienten)|erfahrungsbericht|referenzen|"
    r"testimonial|what (our )?(clients|customers|guests) say|case stud|erfolgsgeschichte|success stor|"
    r"kundenmeinung|bewertungen|reviews|kundenfeedback|(?:customer|client) feedback|"
    r"brief (?:eines|einer|unserer|unseres) (?:patienten|patientin|kunden|kundin|gastes|klienten|klientin)|"
    r"letter from (?:a|one of our) (?:client|customer|patient)|"
    r"\b(?:kunden|kundinnen|gäste|patienten|eltern|mandanten|clients|customers|guests|patients) (?:über|about) uns\b",
    re.IGNORECASE,
)
ATTRIBUTION = re.compile(
    r"(?:[,–—-][\"“”»«]?\s*(?:so\s+)?(?:sagt|sagte|meint|schreibt|berichtet|says|said|writes|explains)\s+\S)|"
    r"(?:^|\n)\s*[–—-]\s*\S|[“”\"»«]\s*(?:[–—]|\s-)\s*\S",  # not a hyphen: „Premium“-Qualität
    re.IGNORECASE,
)
QUOTE_MARK = re.compile(r"[„“”\"«»]")


def testimonial_count(document: Document) -> int:
    """Testimonial blocks: marked by class or schema.org type, quotes with an attribution, or headed sections."""
    structured = int(document.meta.get("structured_testimonials", 0))  # type: ignore[call-overload]
    return structured + sum(1 for block in document.blocks if is_testimonial(block))


def is_testimonial(block: Block) -> bool:
    if block.testimonial:
        return True
    if block.region == DATA_REGION:
        return False  # front matter and data files say it with their keys (testimonials: - quote: …), or not at all
    if block.region == "figure" and QUOTE_MARK.search(block.text):
        return True  # <figure><p>„…“</p><figcaption>Jana Roth</figcaption></figure>
    if block.role is Role.HEADING:
        return bool(TESTIMONIAL_HEADINGS.search(block.text))
    return bool((block.quoted or QUOTE_MARK.search(block.text)) and ATTRIBUTION.search(block.text))


ANONYMOUS = re.compile(
    r"\b(ein|eine|einer?)\s+(sehr\s+)?(zufriedene[rn]?|glückliche[rn]?|begeisterte[rn]?|treue[rn]?)\s+"
    r"(kunde|kundin|gast|patient(in)?|mandant(in)?|käufer(in)?)\b|"
    r"\b(a|one)\s+(very\s+)?(happy|satisfied|delighted|loyal)\s+(customer|client|guest|patient|buyer)\b|"
    r"(?:^|[–—-]\s*)[A-ZÄÖÜ]\.\s*(aus|from|in)\s+[A-ZÄÖÜ]\w+|\banonym(ous)?\b",
    re.IGNORECASE,
)


def anonymous_testimonials(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL402: a testimonial signed "ein zufriedener Kunde" or "J. from Berlin" proves little."""
    for analysed in context.blocks:
        if not is_testimonial(analysed.block):
            continue
        match = ANONYMOUS.search(analysed.block.text)
        if match:
            yield context.finding(spec, analysed, match.start(), match.end())
