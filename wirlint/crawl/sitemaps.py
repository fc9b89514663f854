"""Sitemaps: seed URLs a site lists but may not link (orphan pages), read defensively.

XML with a DOCTYPE or ENTITY declaration is refused outright (entity expansion bombs), gzip is inflated
with a cap, and sitemap indexes are followed to a bounded depth and count.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from wirlint.crawl.fetcher import Fetcher, FetchError

MAX_SITEMAP_BYTES = 10 * 1024 * 1024
MAX_SITEMAPS = 50
MAX_INDEX_DEPTH = 2


class SitemapError(Exception):
    pass


@dataclass
class SitemapResult:
    urls: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)


def inflate(data: bytes, limit: int = MAX_SITEMAP_BYTES) -> bytes:
    """Gunzip at most ``limit`` bytes; a bigger result is refused, not truncated."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        result = inflater.decompress(data, limit + 1)
    except zlib.error as error:
        raise SitemapError(f"broken gzip data ({error})") from None
    if len(result) > limit or inflater.unconsumed_tail:
        raise SitemapError(f"more than {limit} bytes after decompression")
    return result


def parse_sitemap(data: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, child sitemap URLs) of a sitemap or sitemap index."""
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise SitemapError("refused: XML with a DOCTYPE or ENTITY declaration")
    try:
        root = ElementTree.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (ElementTree.ParseError, DefusedXmlException) as error:
        raise SitemapError(f"not a valid sitemap ({error})") from None
    locations = [(element.text or "").strip() for element in root.iter() if element.tag.rsplit("}", 1)[-1] == "loc"]
    locations = [location for location in locations if location]
    if root.tag.rsplit("}", 1)[-1] == "sitemapindex":
        return [], locations
    return locations, []


def collect_sitemap_urls(
    fetcher: Fetcher, sitemap_urls: list[str], in_scope: Callable[[str], bool] = lambda url: True
) -> SitemapResult:
    """Page URLs from sitemaps and sitemap indexes. Only sitemaps on the crawl's hosts are fetched (a sitemap
    named in robots.txt, a child of an index, a redirect target): nothing makes the crawler request a host
    it was not asked to crawl."""
    result = SitemapResult()
    queue = [(url, 0) for url in dict.fromkeys(sitemap_urls)]
    seen: set[str] = set()

    def refusal(url: str) -> str | None:
        return None if in_scope(url) else "which is outside the crawl's hosts"

    while queue and len(seen) < MAX_SITEMAPS:
        url, depth = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        if not in_scope(url):
            result.errors.append((url, "sitemap outside the crawl's hosts; not fetched"))
            continue
        try:
            response = fetcher.fetch(url, max_bytes=MAX_SITEMAP_BYTES, check_redirect=refusal)
            if response.status >= 400:
                if depth > 0 or response.status != 404:
                    result.errors.append((url, f"sitemap answered {response.status}"))
                continue
            body = response.body
            if url.endswith(".gz") or body[:2] == b"\x1f\x8b":
                body = inflate(body)
            pages, children = parse_sitemap(body)
        except (FetchError, SitemapError) as error:
            result.errors.append((url, getattr(error, "cause", str(error))))
            continue
        result.urls.extend(pages)
        if depth < MAX_INDEX_DEPTH:
            queue.extend((child, depth + 1) for child in children)
    return result
