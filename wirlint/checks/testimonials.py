"""Customer testimonials: the strongest proof a page can carry, found by structure, headings and text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from wirlint.model import Block, Finding, Location, Role

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
    r"(?:^|\n)\s*[–—-]\s*\S",
    re.IGNORECASE,
)
QUOTE_MARK = re.compile(r"[„“”\"«»]")


def testimonial_count(context: LintContext) -> int:
    """Testimonial blocks: marked by class or schema.org type, quotes with an attribution, or headed sections."""
    return sum(1 for analysed in context.blocks if is_testimonial(analysed.block))


def is_testimonial(block: Block) -> bool:
    if block.testimonial:
        return True
    if block.role is Role.HEADING:
        return bool(TESTIMONIAL_HEADINGS.search(block.text))
    return bool((block.quoted or QUOTE_MARK.search(block.text)) and ATTRIBUTION.search(block.text))


def no_testimonials_on_site(site: SiteContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL401: no page of the site carries a customer testimonial."""
    if site.pages and not any(result.stats.get("testimonials", 0) for result in site.pages):
        yield Finding(
            rule=spec.rule,
            location=Location(1, 1, 1, 1),
            message=spec.rule.message.replace("{pages}", str(len(site.pages))),
            text="",
            severity=spec.rule.severity,
            advice=spec.rule.advice,
            scope=spec.rule.scope,
            path=site.url,
        )
