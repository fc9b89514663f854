"""A site is more than its pages: shared boilerplate, site-wide balance, proof anywhere on the site.

Navigation, header and footer repeat on every page; counted per page they would drown the pages' own
voice, and a menu item „Über uns“ would be reported hundreds of times. So blocks that repeat across most
pages are set aside before linting, repeated navigation findings are reported once for the site, and the
site-scope rules (no testimonials anywhere, the site's we/you balance) run on the whole.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from wirlint.config import Config
from wirlint.engine.packs import normalise_label
from wirlint.engine.runner import lint_document
from wirlint.engine.verdict import SiteResult, assess_site
from wirlint.model import Document, FileResult, Finding, Scope
from wirlint.parallel import choose_jobs, map_in_order

REPEATED_SHARE = 0.5  # a block on at least half the pages (and two or more) is boilerplate


def mark_repeated_blocks(documents: list[Document]) -> None:
    """Flag blocks whose text appears on most pages (menus, teasers, footers without <footer>)."""
    if len(documents) < 2:
        return
    pages_with: Counter[str] = Counter()
    for document in documents:
        pages_with.update({normalise_label(block.text) for block in document.blocks})
    threshold = max(2, REPEATED_SHARE * len(documents))
    for document in documents:
        for block in document.blocks:
            block.repeated = pages_with[normalise_label(block.text)] >= threshold


def lint_site(
    url: str, documents: list[Document], config_for: Callable[[Document], Config], *, jobs: int | None = 1
) -> SiteResult:
    """Lint every page (on ``jobs`` processes; None: choose by size), then the site as a whole."""
    mark_repeated_blocks(documents)
    workers = choose_jobs(jobs, [len(document.source) for document in documents])
    pages = map_in_order(_lint_page, [(document, config_for(document)) for document in documents], workers)
    config = config_for(documents[0]) if documents else Config()
    shared = _shared_navigation_findings(pages)
    site = assess_site(url, pages, config)
    site.findings[:0] = shared
    return site


def _lint_page(page: tuple[Document, Config]) -> FileResult:
    return lint_document(*page)


def _shared_navigation_findings(pages: list[FileResult]) -> list[Finding]:
    """Navigation findings with the same label on two or more pages: reported once, on the first page."""
    occurrences: dict[tuple[str, str], list[tuple[FileResult, Finding]]] = defaultdict(list)
    for page in pages:
        for finding in page.findings:
            if finding.rule.category == "navigation":
                occurrences[(finding.rule.code, normalise_label(finding.text))].append((page, finding))
    shared = []
    for found in occurrences.values():
        if len({page.path for page, _ in found}) < 2:
            continue
        for page, finding in found:
            page.findings.remove(finding)
        page, first = found[0]
        first.scope = Scope.SITE
        first.path = page.path
        first.message = f"{first.message} ({len(found)}×)"
        shared.append(first)
    return shared
