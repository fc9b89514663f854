"""Links of an HTML page, with BeautifulSoup: ``<a>`` and ``<area>`` targets resolved against ``<base>``."""

from __future__ import annotations

from bs4 import BeautifulSoup

from wirlint.crawl.urls import canonical_url

MAX_LINKS_PER_PAGE = 2_000


def extract_links(html: str, page_url: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    base_tag = soup.find("base", href=True)
    base = canonical_url(str(base_tag["href"]), page_url) if base_tag else None
    links: dict[str, None] = {}
    for tag in soup.find_all(["a", "area"], href=True, limit=MAX_LINKS_PER_PAGE * 4):
        url = canonical_url(str(tag["href"]), base or page_url)
        if url is not None:
            links.setdefault(url, None)
            if len(links) >= MAX_LINKS_PER_PAGE:
                break  # a page with more links than this is a link farm or a trap, not navigation
    return list(links)
