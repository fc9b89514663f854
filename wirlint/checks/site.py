"""Site-scope checks: rules about a whole site, run on its linted pages (``wirlint.engine.verdict``).

They read only the pages' results (scores, testimonial counts, paths), never text, so they import no NLP.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from wirlint.model import Finding

if TYPE_CHECKING:
    from wirlint.engine.packs import RuleSpec
    from wirlint.engine.verdict import SiteContext


def no_testimonials_on_site(site: SiteContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL401: no page of the site carries a customer testimonial."""
    if site.pages and not site.has_testimonials:
        yield site.finding(spec, pages=len(site.pages))


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


def site_we_you_balance(site: SiteContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL105: across all its pages, the site talks more about the company than about the reader."""
    threshold = float(spec.options.get("threshold", site.config.balance_threshold))
    focus = site.score.customer_focus
    if focus is None or site.score.we < site.config.balance_min_we or focus >= threshold:
        return
    score = site.score
    yield site.finding(spec, share=round(focus * 100), we=score.we, you=score.you, threshold=round(threshold * 100))
