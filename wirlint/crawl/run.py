"""``wirlint crawl``: fetch a site, lint every page, then look at the site as a whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wirlint.config import ConfigResolver
from wirlint.crawl.crawler import DOCUMENT_TYPES, Crawler, CrawlOptions, Progress
from wirlint.crawl.save import save_crawl
from wirlint.engine.site import lint_site
from wirlint.errors import WirlintError
from wirlint.model import Document, FileResult, SiteReport
from wirlint.sources import load_document
from wirlint.sources.html import parse_html


def crawl_and_lint(
    urls: list[str],
    options: CrawlOptions,
    resolver: ConfigResolver,
    *,
    save_to: Path | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    jobs: int | None = None,
) -> tuple[list[FileResult], SiteReport]:
    crawler = Crawler(options, on_progress=on_progress)
    report = crawler.crawl(urls)
    if save_to is not None:
        save_crawl(report, save_to)
    documents: list[Document] = [parse_html(page.url, page.text) for page in report.pages]
    for url, response in report.documents:
        try:
            documents.append(load_document(url, response.body, kind=DOCUMENT_TYPES[response.content_type]))
        except WirlintError as error:
            report.errors.append((url, error.cause))
    config = resolver.for_path(None)
    site = lint_site(urls[0], documents, lambda document: config, jobs=jobs)
    results = sorted(site.pages, key=lambda result: result.path)
    return results, SiteReport(
        url=urls[0],
        lang=site.lang,
        pages=len(results),
        documents=len(report.documents),
        score=site.score,
        findings=site.findings,
        skipped=report.skipped,
        errors=report.errors,
    )


def describe_progress(progress: Progress) -> str:
    return (
        f"Crawling  {progress.done} pages · {progress.queued} queued · {progress.skipped} skipped · "
        f"{progress.errors} errors"
    )
