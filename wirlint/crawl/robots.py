"""robots.txt per host, with Protego (urllib.robotparser gets Allow/Disallow precedence and wildcards wrong).

RFC 9309: a 4xx robots.txt means "no rules, crawl everything"; a 5xx or an unreachable one means "assume
everything is disallowed". Crawl-delay is honoured as the host's minimum delay, up to 30 s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from protego import Protego

from wirlint.crawl.fetcher import Fetcher, FetchError

MAX_CRAWL_DELAY = 30.0  # seconds


@dataclass(frozen=True)
class HostRules:
    allow_all: bool = False
    disallow_all: bool = False
    parser: Protego | None = None
    problem: str | None = None

    def allows(self, url: str, user_agent: str) -> bool:
        if self.allow_all:
            return True
        if self.disallow_all or self.parser is None:
            return False
        return self.parser.can_fetch(url, user_agent)

    def crawl_delay(self, user_agent: str) -> float | None:
        """The host's Crawl-delay, up to ``MAX_CRAWL_DELAY``: a day between requests means no crawl at all."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(user_agent)
        return min(float(delay), MAX_CRAWL_DELAY) if delay is not None else None

    @property
    def sitemaps(self) -> list[str]:
        return list(self.parser.sitemaps) if self.parser is not None else []


class RobotsCache:
    """Fetches each host's robots.txt once."""

    def __init__(
        self, fetcher: Fetcher, *, obey: bool = True, in_scope: Callable[[str], bool] = lambda url: True
    ) -> None:
        self.fetcher = fetcher
        self.obey = obey
        self.in_scope = in_scope  # a robots.txt that redirects off the crawl's hosts is not followed
        self._hosts: dict[str, HostRules] = {}

    def rules_for(self, origin: str) -> HostRules:
        """``origin`` is scheme://host[:port]."""
        if not self.obey:
            return HostRules(allow_all=True)
        if origin not in self._hosts:
            self._hosts[origin] = self._load(origin)
        return self._hosts[origin]

    def _load(self, origin: str) -> HostRules:
        url = f"{origin}/robots.txt"
        try:
            response = self.fetcher.fetch_text(
                url,
                max_bytes=512 * 1024,
                check_redirect=lambda target: None if self.in_scope(target) else "which is outside the crawl's hosts",
            )
        except FetchError as error:
            return HostRules(disallow_all=True, problem=f"{error.cause}; host not crawled")
        if 400 <= response.status < 500:
            return HostRules(allow_all=True)
        if response.status >= 500:
            return HostRules(disallow_all=True, problem=f"robots.txt answered {response.status}: host not crawled")
        return HostRules(parser=Protego.parse(response.text))
