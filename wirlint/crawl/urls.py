"""Canonical URLs and crawl scope: one spelling per page, and only the pages the user asked for.

Trackers, session ids, fragments and query order create endless spellings of one page (the classic crawler
trap); canonicalising them is what keeps a crawl bounded and its report free of duplicates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

MAX_URL_LENGTH = 2083
TRACKING_PARAMETERS = re.compile(
    r"^(utm_\w+|gclid|dclid|fbclid|msclkid|mc_cid|mc_eid|_ga|_gl|yclid|igshid|ref|ref_src|"
    r"sessionid|session_id|phpsessid|jsessionid|sid|cfid|cftoken|aspsessionid\w*)$",
    re.IGNORECASE,
)
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str, base: str | None = None) -> str | None:
    """The canonical spelling of an http(s) URL, or None for other schemes and unusable links."""
    try:
        absolute = urljoin(base, url.strip()) if base else url.strip()
        parts = urlsplit(absolute)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = re.sub(r";jsessionid=[^/?#]*", "", parts.path, flags=re.IGNORECASE) or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMETERS.match(k)]
    canonical = urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))
    return canonical if len(canonical) <= MAX_URL_LENGTH else None


def host_of(url: str) -> str:
    return urlsplit(url).netloc


def path_pattern(url: str) -> str:
    """The URL's shape with digits folded: /kalender/2031-07.html → /kalender/0-0.html (trap detection)."""
    parts = urlsplit(url)
    keys = ",".join(sorted(key for key, _ in parse_qsl(parts.query)))
    return f"{parts.netloc}{re.sub(r'[0-9]+', '0', parts.path)}?{keys}"


@dataclass(frozen=True)
class Scope:
    """Which hosts belong to the crawl: the start hosts, their subdomains on request, and allowed extras."""

    hosts: frozenset[str]
    include_subdomains: bool = False
    allowed_hosts: frozenset[str] = field(default_factory=frozenset)

    def contains(self, url: str) -> bool:
        host = host_of(url)
        bare = host.split(":")[0]
        if host in self.hosts or host in self.allowed_hosts or bare in self.allowed_hosts:
            return True
        return self.include_subdomains and any(bare.endswith("." + start.split(":")[0]) for start in self.hosts)
