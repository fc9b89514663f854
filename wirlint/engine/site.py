"""A site is more than its pages: shared boilerplate, site-wide balance, proof anywhere on the site.

Navigation, header and footer repeat on every page; counted per page they would drown the pages' own
voice, and a menu item „Über uns“ would be reported hundreds of times. So blocks that repeat across most
pages are set aside before linting, repeated navigation findings are reported once for the site, and the
site-scope rules (no testimonials anywhere, the site's we/you balance) run on the whole.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from wirlint.config import Config
from wirlint.engine.context import KeepUnknown
from wirlint.engine.packs import RuleSpec, normalise_label
from wirlint.engine.runner import lint_document, rules_for
from wirlint.model import Document, FileResult, Finding, Location, Scope, Score
from wirlint.parallel import choose_jobs, map_in_order

REPEATED_SHARE = 0.5  # a block on at least half the pages (and two or more) is boilerplate


@dataclass
class SiteContext:
    url: str
    lang: str
    config: Config
    pages: list[FileResult]
    score: Score

    @property
    def has_testimonials(self) -> bool:
        return any(page.stats.get("testimonials", 0) for page in self.pages)

    def finding(self, spec: RuleSpec, path: str | None = None, **fields: object) -> Finding:
        """A site-scope finding about the whole site (or one page of it), its message filled from ``fields``."""
        rule = spec.rule
        return Finding(
            rule=rule,
            location=Location(1, 1, 1, 1),
            message=rule.message.format_map(KeepUnknown(fields)),
            text="",
            severity=rule.severity,
            advice=rule.advice,
            scope=Scope.SITE,
            path=path or self.url,
        )


@dataclass
class SiteResult:
    url: str
    lang: str
    pages: list[FileResult]
    findings: list[Finding] = field(default_factory=list)
    score: Score = field(default_factory=lambda: Score(0, 0))


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
    langs = Counter(page.lang for page in pages if page.lang)
    config = config_for(documents[0]) if documents else Config()
    lang = langs.most_common(1)[0][0] if langs else config.default_lang
    site = SiteResult(url, lang, pages)
    site.findings = _shared_navigation_findings(pages)
    site.score = Score(sum(page.score.we for page in pages), sum(page.score.you for page in pages))
    context = SiteContext(url, lang, config, pages, site.score)
    for spec in rules_for(config, lang, url):
        if spec.rule.scope is Scope.SITE and spec.check is not None:
            site.findings.extend(spec.check(context, spec))
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
