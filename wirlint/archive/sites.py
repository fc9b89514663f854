"""One site of a web archive, linted the way ``crawl`` lints a site it fetched.

Every front end that reads archives (``check``, ``batch`` on a process pool or on Spark) groups records by
host and hands each host's records here, so boilerplate, shared navigation and the site verdict come out
the same as after a crawl. Records are put in address order first and a URL archived twice is linted once:
the result does not depend on the order in which an engine delivers a host's records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from wirlint.archive.reader import ArchivedResponse, ArchiveProblem
from wirlint.config import Config
from wirlint.crawl.save import DOCUMENT_TYPES
from wirlint.engine.site import site_report
from wirlint.errors import WirlintError
from wirlint.model import Document, FileResult, SiteReport
from wirlint.sources import load_document
from wirlint.sources.decode import decode_web
from wirlint.sources.html import parse_html


@dataclass
class ArchivedSite:
    """A host's linted pages (in address order), the records that failed, and the site report."""

    host: str
    results: list[FileResult]
    problems: list[ArchiveProblem] = field(default_factory=list)
    site: SiteReport | None = None
    sources: dict[str, str] = field(default_factory=dict)  # each page's address → the archive it came from


def lint_archived_site(host: str, records: Iterable[ArchivedResponse | ArchiveProblem], config: Config) -> ArchivedSite:
    """Lint one host's pages and decks as a site; records that cannot be read become problems."""
    responses: dict[str, ArchivedResponse] = {}
    problems: list[ArchiveProblem] = []
    for record in sorted(records, key=lambda item: (item.url, item.source, item.offset)):
        if isinstance(record, ArchiveProblem):
            problems.append(record)
        elif record.url not in responses:  # the first capture of a URL, by file and offset
            responses[record.url] = record
    documents: list[Document] = []
    for response in responses.values():
        try:
            documents.append(_document(response))
        except WirlintError as error:
            problems.append(ArchiveProblem(response.url, host, error.cause, response.source, response.offset))
    problems.sort(key=lambda problem: (problem.url, problem.source, problem.offset))
    sources = {url: response.source for url, response in responses.items()}
    if not documents:
        return ArchivedSite(host, [], problems, sources=sources)
    decks = sum(1 for response in responses.values() if response.content_type in DOCUMENT_TYPES)
    results, site = site_report(
        site_address(next(iter(responses))),
        documents,
        config,
        fetched_documents=decks,
        errors=[(problem.url, problem.cause) for problem in problems],
    )
    return ArchivedSite(host, results, problems, site, sources)


def site_address(url: str) -> str:
    """The site a page belongs to, as its root address (``https://example.com/``)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/" if parts.scheme and parts.netloc else url


def _document(response: ArchivedResponse) -> Document:
    """A page read with the crawler's decoding (header charset, meta, detection; binary bodies refused), or a
    deck with the parser its media type names."""
    kind = DOCUMENT_TYPES.get(response.content_type)
    if kind is not None:
        return load_document(response.url, response.body, kind=kind)
    text, _ = decode_web(response.url, response.body, response.charset)
    return parse_html(response.url, text)
