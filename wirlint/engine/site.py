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
from wirlint.errors import WirlintError
from wirlint.model import Document, FileResult, Finding, Scope, SiteReport
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


def site_report(
    url: str,
    documents: list[Document],
    config: Config,
    *,
    jobs: int | None = 1,
    fetched_documents: int = 0,
    skipped: list[tuple[str, str]] | None = None,
    errors: list[tuple[str, str]] | None = None,
) -> tuple[list[FileResult], SiteReport]:
    """A fetched site's pages and decks linted as one site: the pages' results by address, and the site report
    with what was not fetched or skipped. A crawl and a web archive's sites go through here alike; pages are
    taken in address order, not fetch order, so which page carries a shared finding never depends on timing."""
    documents = sorted(documents, key=lambda document: document.path)
    site = lint_site(url, documents, lambda document: config, jobs=jobs)
    results = sorted(site.pages, key=lambda result: result.path)
    return results, SiteReport(
        url=url,
        lang=site.lang,
        pages=len(results),
        documents=fetched_documents,
        score=site.score,
        findings=site.findings,
        skipped=list(skipped or []),
        errors=list(errors or []),
    )


def _lint_page(page: tuple[Document, Config]) -> FileResult:
    """One page's result; a page that cannot be linted (over the time limit, a bug) costs only itself."""
    document, config = page
    try:
        return lint_document(document, config)
    except WirlintError as error:
        return FileResult(path=document.path, errors=[error.cause])
    except Exception as error:  # a bug must cost one page, not the whole site
        cause = f"internal error, please report: {type(error).__name__}: {error}"
        return FileResult(path=document.path, errors=[cause])


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
