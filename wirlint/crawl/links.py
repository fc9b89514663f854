"""Links of an HTML page, with BeautifulSoup: ``<a>`` and ``<area>`` targets resolved against ``<base>``."""

from __future__ import annotations

from bs4 import BeautifulSoup

from wirlint.crawl.urls import canonical_url


def extract_links(html: str, page_url: str) -> list[str]:
    soup = BeautifulSoup(html, "html.parser")
    base_tag = soup.find("base", href=True)
    base = canonical_url(str(base_tag["href"]), page_url) if base_tag else None
    links = []
    for tag in soup.find_all(["a", "area"], href=True):
        url = canonical_url(str(tag["href"]), base or page_url)
        if url is not None:
            links.append(url)
    return list(dict.fromkeys(links))
