"""``wirlint crawl``: fetch a site, lint every page, then look at the site as a whole."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wirlint.archive.writer import WarcRecorder
from wirlint.config import ConfigResolver
from wirlint.crawl.crawler import DOCUMENT_TYPES, Crawler, CrawlOptions, Progress
from wirlint.crawl.fetcher import Response
from wirlint.crawl.save import save_crawl, save_document
from wirlint.engine.site import site_report
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
    warc_to: Path | None = None,
    on_progress: Callable[[Progress], None] | None = None,
    jobs: int | None = None,
) -> tuple[list[FileResult], SiteReport]:
    decks: list[Document] = []
    saved_decks: list[dict[str, object]] = []
    deck_errors: list[tuple[str, str]] = []
    recorder = WarcRecorder(warc_to) if warc_to is not None else None

    def read_deck(url: str, response: Response) -> None:
        """Parsed (and saved) the moment it arrives, so a crawl never holds many decks' bytes at once."""
        if save_to is not None:
            saved_decks.append(save_document(save_to, url, response))
        if recorder is not None:
            recorder.record(response)
        try:
            decks.append(load_document(url, response.body, kind=DOCUMENT_TYPES[response.content_type]))
        except WirlintError as error:
            deck_errors.append((url, error.cause))

    crawler = Crawler(options, on_progress=on_progress, on_document=read_deck)
    try:
        report = crawler.crawl(urls)
        if recorder is not None:
            for page in report.pages:
                recorder.record(page.response)
            recorder.close()
    except BaseException:
        if recorder is not None:
            recorder.discard()
        raise
    report.errors.extend(deck_errors)
    if save_to is not None:
        save_crawl(report, save_to, saved_decks)
    documents: list[Document] = [parse_html(page.url, page.text) for page in report.pages] + decks
    return site_report(
        urls[0],
        documents,
        resolver.for_path(None),
        jobs=jobs,
        fetched_documents=len(report.documents),
        skipped=report.skipped,
        errors=report.errors,
    )


def describe_progress(progress: Progress) -> str:
    return (
        f"Crawling  {progress.done} pages · {progress.queued} queued · {progress.skipped} skipped · "
        f"{progress.errors} errors"
    )
