"""Customer testimonials: the strongest proof a page can carry, found by structure, headings and text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from wirlint.model import Block, Document, Finding, Role

if TYPE_CHECKING:
    from wirlint.engine.context import LintContext
    from wirlint.engine.packs import RuleSpec
    from wirlint.engine.site import SiteContext

TESTIMONIAL_HEADINGS = re.compile(
    r"kundenstimme|das sagen unsere (kunden|gäste|mandanten|patienten)|erfahrungsbericht|referenzen|"
    r"testimonial|what (our )?(clients|customers|guests) say|case stud|erfolgsgeschichte|success stor|"
    r"kundenmeinung|bewertungen|reviews",
    re.IGNORECASE,
)
ATTRIBUTION = re.compile(
    r"(?:[,–—-][\"“”»«]?\s*(?:so\s+)?(?:sagt|sagte|meint|schreibt|berichtet|says|said|writes|explains)\s+\S)|"
    r"(?:^|\n)\s*[–—-]\s*\S|[“”\"»«]\s*[–—-]\s*\S",
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
    if block.region == "figure" and QUOTE_MARK.search(block.text):
        return True  # <figure><p>„…“</p><figcaption>Jana Roth</figcaption></figure>
    if block.role is Role.HEADING:
        return bool(TESTIMONIAL_HEADINGS.search(block.text))
    return bool((block.quoted or QUOTE_MARK.search(block.text)) and ATTRIBUTION.search(block.text))


def no_testimonials_on_site(site: SiteContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL401: no page of the site carries a customer testimonial."""
    if site.pages and not site.has_testimonials:
        yield site.finding(spec, pages=len(site.pages))


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


PROOF_PAGES = re.compile(
    r"^/?$|^/?(index|start|home|startseite)(\.\w+)?/?$|ueber-uns|uber-uns|about|leistungen|services|angebot|"
    r"preise|pricing|prices|produkte|products",
    re.IGNORECASE,
)


def proof_pages_without_testimonials(site: SiteContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL403: the site has no testimonial, so its home, about, services and pricing pages prove nothing."""
    if not site.has_testimonials:
        for result in site.pages:
            path = urlsplit(result.path).path if "://" in result.path else PurePosixPath(result.path).name
            if PROOF_PAGES.search(path):
                yield site.finding(spec, result.path)
