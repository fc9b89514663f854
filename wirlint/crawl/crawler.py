"""The crawl loop: a frontier of canonical URLs, a small worker pool, per-host politeness, hard bounds.

All frontier state lives in the calling thread; workers only fetch. Every loop is bounded by depth, page
budget, a per-URL-shape cap (calendar and faceted-search traps) and the fetch limits.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from wirlint.crawl.fetcher import Fetcher, FetchError, FetchLimits, Response
from wirlint.crawl.links import extract_links
from wirlint.crawl.robots import RobotsCache
from wirlint.crawl.save import DOCUMENT_TYPES
from wirlint.crawl.sitemaps import collect_sitemap_urls
from wirlint.crawl.urls import Scope, canonical_url, host_of, path_pattern
from wirlint.errors import InputError
from wirlint.sources.decode import decode_web

MAX_TRAPPED_REPORTED = 5_000
ROBOTS_AGENT = "wirlint"  # the product token robots.txt groups are matched against (RFC 9309)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
NOT_PAGES = frozenset(
    {".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".css", ".js", ".mjs", ".json", ".xml", ".zip",
     ".gz", ".mp3", ".mp4", ".webm", ".mov", ".avi", ".woff", ".woff2", ".ttf", ".eot", ".exe", ".dmg", ".iso"}
)  # fmt: skip


@dataclass(frozen=True)
class CrawlOptions:
    delay: float = 1.0
    max_depth: int = 5
    max_pages: int = 500
    max_per_pattern: int = 50
    obey_robots: bool = True
    include_subdomains: bool = False
    allowed_hosts: tuple[str, ...] = ()
    timeout: float = 10.0
    max_html_bytes: int = 10 * 1024 * 1024
    max_document_bytes: int = 50 * 1024 * 1024
    workers: int = 4
    use_sitemaps: bool = True
    out_of_scope: Callable[[str], bool] = lambda url: False


@dataclass
class FetchedPage:
    url: str
    depth: int
    response: Response
    text: str
    encoding: str  # the encoding the text was decoded with (header, meta or detected)


@dataclass
class CrawlReport:
    start_urls: list[str]
    pages: list[FetchedPage] = field(default_factory=list)
    documents: list[tuple[str, Response]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Progress:
    done: int = 0
    queued: int = 0
    skipped: int = 0
    errors: int = 0


class HostThrottle:
    """At most one request per host per delay (with 0.5–1.5× jitter, like Scrapy's default)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, host: str, delay: float) -> None:
        if delay <= 0:
            return
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + delay * random.uniform(0.5, 1.5)
        time.sleep(max(0.0, start - now))


class Crawler:
    def __init__(
        self,
        options: CrawlOptions,
        *,
        fetcher: Fetcher | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        on_document: Callable[[str, Response], None] = lambda url, response: None,
    ) -> None:
        self.options = options
        self.on_document = on_document
        limits = FetchLimits(timeout=options.timeout, max_bytes=options.max_html_bytes)
        self.fetcher = fetcher or Fetcher(limits)
        self.robots = RobotsCache(self.fetcher, obey=options.obey_robots, in_scope=self._in_scope)
        self.throttle = HostThrottle()
        self.on_progress = on_progress or (lambda progress: None)
        self.progress = Progress()
        self.scope: Scope | None = None

    def crawl(self, start_urls: list[str]) -> CrawlReport:
        report = CrawlReport(start_urls=list(start_urls))
        seeds = [url for url in (canonical_url(u) for u in start_urls) if url]
        for original in start_urls:
            if canonical_url(original) is None:
                report.errors.append((original, "not an http(s) URL"))
        scope = Scope(
            frozenset(host_of(url) for url in seeds),
            self.options.include_subdomains,
            frozenset(self.options.allowed_hosts),
        )
        self.scope = scope
        frontier = _Frontier(self.options, scope)
        for url in seeds:
            frontier.add(url, 0)
        self._check_robots(seeds, report)
        if self.options.use_sitemaps:
            for url in self._sitemap_urls(seeds, report):
                frontier.add(url, 1)
        self._run(frontier, report)
        report.skipped.extend(frontier.trapped)
        return report

    # -- seeds ----------------------------------------------------------------------------------------
    def _check_robots(self, seeds: list[str], report: CrawlReport) -> None:
        for origin in dict.fromkeys(_origin(url) for url in seeds):
            problem = self.robots.rules_for(origin).problem
            if problem:
                report.errors.append((f"{origin}/robots.txt", problem))

    def _sitemap_urls(self, seeds: list[str], report: CrawlReport) -> list[str]:
        sitemaps = []
        for origin in dict.fromkeys(_origin(url) for url in seeds):
            rules = self.robots.rules_for(origin)
            if rules.disallow_all:
                continue
            sitemaps.extend([*rules.sitemaps, f"{origin}/sitemap.xml"])
        result = collect_sitemap_urls(self.fetcher, sitemaps, self._in_scope)
        report.errors.extend(result.errors)
        return [url for url in (canonical_url(u) for u in result.urls) if url]

    # -- the loop -------------------------------------------------------------------------------------
    def _run(self, frontier: _Frontier, report: CrawlReport) -> None:
        in_flight: dict[Future[Response], tuple[str, int]] = {}
        requests = 0
        with ThreadPoolExecutor(max_workers=max(1, self.options.workers)) as pool:
            while frontier.pending or in_flight:
                while frontier.pending and len(in_flight) < self.options.workers:
                    if requests >= self.options.max_pages:  # every request counts, not only those for pages
                        frontier.drop_pending(report, f"request budget of {self.options.max_pages} reached")
                        break
                    url, depth = frontier.pop()
                    refusal = self._refusal(url)
                    if refusal:
                        report.skipped.append((url, refusal))
                        continue
                    in_flight[pool.submit(self._fetch, url)] = (url, depth)
                    requests += 1
                if not in_flight:
                    continue
                done, _ = wait(list(in_flight), return_when=FIRST_COMPLETED)
                for future in done:
                    url, depth = in_flight.pop(future)
                    self._handle(future, url, depth, frontier, report)
                self.progress = Progress(
                    len(report.pages), len(frontier.queue), len(report.skipped), len(report.errors)
                )
                self.on_progress(self.progress)

    def _refusal(self, url: str) -> str | None:
        """Why a URL is not fetched at all: robots.txt, legal pages, or not a page by its extension."""
        path = urlsplit(url).path
        if self.options.out_of_scope(path):
            return "out of scope: legal, job or press page"
        suffix = PurePosixPath(path).suffix.lower()
        if suffix in NOT_PAGES:
            return f"not a page ({suffix})"
        if not self.robots.rules_for(_origin(url)).allows(url, ROBOTS_AGENT):
            return "disallowed by robots.txt"
        return None

    def _fetch(self, url: str) -> Response:
        rules = self.robots.rules_for(_origin(url))
        delay = max(self.options.delay, rules.crawl_delay(ROBOTS_AGENT) or 0.0)
        self.throttle.wait(host_of(url), delay)
        return self.fetcher.fetch(
            url,
            read_body=self._body_limit,
            check_redirect=self._redirect_refusal,
        )

    def _body_limit(self, content_type: str) -> int:
        """How many bytes of a response to read: pages and documents, each with its own cap; nothing else."""
        if content_type in HTML_TYPES or content_type == "":
            return self.options.max_html_bytes
        return self.options.max_document_bytes if content_type in DOCUMENT_TYPES else 0

    def _in_scope(self, url: str) -> bool:
        return self.scope is None or self.scope.contains(url)

    def _redirect_refusal(self, url: str) -> str | None:
        if self.scope is not None and not self.scope.contains(url):
            return "which is outside the crawl's hosts"
        return self._refusal(url)

    def _handle(self, future: Future[Response], url: str, depth: int, frontier: _Frontier, report: CrawlReport) -> None:
        try:
            response = future.result()
        except FetchError as error:
            report.errors.append((url, error.cause))
            return
        if response.status >= 400:
            report.errors.append((url, f"HTTP {response.status}"))
            return
        final = response.url
        if final != url and not frontier.claim(final):
            return  # a redirect to a page that is already in the crawl
        if response.content_type in DOCUMENT_TYPES:
            # A deck may be tens of megabytes: it is handed on now (parsed, saved) and its body dropped.
            self.on_document(final, response)
            response.body = b""
            report.documents.append((final, response))
            return
        if response.content_type not in HTML_TYPES and response.content_type != "":
            report.skipped.append((final, f"not a page ({response.content_type})"))
            return
        try:
            text, encoding = decode_web(final, response.body, response.charset)
        except InputError as error:
            report.errors.append((final, error.cause))
            return
        report.pages.append(FetchedPage(final, depth, response, text, encoding))
        if depth < self.options.max_depth:
            for link in extract_links(text, final):
                frontier.add(link, depth + 1)


class _Frontier:
    """Queued URLs, each canonical URL once, within scope, depth and the per-shape cap."""

    def __init__(self, options: CrawlOptions, scope: Scope) -> None:
        self.options = options
        self.scope = scope
        self.queue: deque[tuple[str, int]] = deque()
        self.seen: set[str] = set()
        self.shapes: Counter[str] = Counter()
        self.trapped: list[tuple[str, str]] = []  # reported as skipped: a cut is never silent

    @property
    def pending(self) -> bool:
        return bool(self.queue)

    def add(self, url: str, depth: int) -> None:
        if url in self.seen or depth > self.options.max_depth or not self.scope.contains(url):
            return
        shape = path_pattern(url)
        self.seen.add(url)
        if self.shapes[shape] >= self.options.max_per_pattern:
            if len(self.trapped) < MAX_TRAPPED_REPORTED:
                reason = (
                    f"more than {self.options.max_per_pattern} URLs of the shape {shape.split('?')[0]} "
                    "(calendar and filter trap guard; raise --max-per-shape for numbered pages)"
                )
                self.trapped.append((url, reason))
            return
        self.shapes[shape] += 1
        self.queue.append((url, depth))

    def claim(self, url: str) -> bool:
        """Record a redirect target; False when the crawl already has it."""
        if url in self.seen:
            return False
        self.seen.add(url)
        return True

    def pop(self) -> tuple[str, int]:
        return self.queue.popleft()

    def drop_pending(self, report: CrawlReport, reason: str) -> None:
        report.skipped.extend((url, reason) for url, _ in self.queue)
        self.queue.clear()


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
