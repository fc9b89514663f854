"""The site verdict: rules about a whole site (no testimonials anywhere, the site's we/you balance, proof on
the pages that need it), over pages already linted.

Crawls and folder scans of content repositories share it. It imports no NLP: a warm run whose pages all come
from the cache still gets its site verdict without loading spaCy.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from wirlint.config import Config
from wirlint.engine.messages import KeepUnknown
from wirlint.engine.packs import RuleSpec
from wirlint.engine.selection import rules_for
from wirlint.model import FileResult, Finding, Location, Scope, Score


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


def assess_site(url: str, pages: list[FileResult], config: Config) -> SiteResult:
    """The site-scope rules (no testimonials anywhere, the site's we/you balance …) over linted pages: the same
    verdict for a crawl and for a content repository's folder."""
    langs = Counter(page.lang for page in pages if page.lang)
    lang = langs.most_common(1)[0][0] if langs else config.default_lang
    site = SiteResult(url, lang, pages)
    site.score = Score(sum(page.score.we for page in pages), sum(page.score.you for page in pages))
    context = SiteContext(url, lang, config, pages, site.score)
    for spec in _site_rules(config, lang, url):
        site.findings.extend(spec.check(context, spec))
    return site


def _site_rules(config: Config, lang: str, url: str) -> list[RuleSpec]:
    """The enabled site-scope rules in ``lang``, read without spaCy."""
    return [
        spec
        for spec in rules_for(config, lang, url, nlp=False)
        if spec.rule.scope is Scope.SITE and spec.check is not None
    ]
