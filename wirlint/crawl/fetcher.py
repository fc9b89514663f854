"""HTTP with the guards requests does not have by default: timeouts, a cap on decoded bytes, few redirects
with loop detection, and bounded retries that honour Retry-After.

Redirects are followed by hand so that every hop is checked against the crawl's scope and robots.txt.
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import requests

from wirlint import __version__
from wirlint.crawl.urls import canonical_url

USER_AGENT = f"wirlint/{__version__} (+https://github.com/wirlint/wirlint)"
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024
HTTP_VERSIONS = {10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}  # urllib3's numbers


class FetchError(Exception):
    """A page could not be fetched; ``cause`` is one line for the report."""

    def __init__(self, url: str, cause: str) -> None:
        super().__init__(f"{url}: {cause}")
        self.url = url
        self.cause = cause


@dataclass
class Response:
    url: str  # canonical final URL after redirects
    status: int
    content_type: str  # media type, lower case, no parameters
    charset: str | None
    body: bytes = b""
    fetched_at: str = ""
    redirects: list[str] = field(default_factory=list)
    # what ``crawl --warc`` archives: the exchange as it went over the wire (the body above is decoded)
    headers: list[tuple[str, str]] = field(default_factory=list)
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    reason: str = ""
    http_version: str = "HTTP/1.1"

    @property
    def text(self) -> str:
        return self.body.decode(self.charset or "utf-8", errors="replace")


@dataclass
class FetchLimits:
    timeout: float = 10.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2
    max_retry_wait: float = 10.0
    backoff: float = 0.5


def parse_content_type(header: str) -> tuple[str, str | None]:
    """Media type and charset; a charset Python does not know ("undefined") counts as none given."""
    media, _, parameters = header.partition(";")
    charset = None
    for parameter in parameters.split(";"):
        key, _, value = parameter.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ").lower()
    if charset is not None:
        try:
            "a".encode(charset)  # "undefined" and base64 are codecs, but no page is written in them
        except (LookupError, UnicodeError):
            charset = None
    return media.strip().lower(), charset


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: ASCII digits, or an HTTP date (a date without a zone is UTC); anything else,
    or a date beyond what the clock can hold, is no answer."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return max(0.0, (moment - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError, OverflowError, IndexError):
        return None


class Fetcher:
    """One requests Session for the whole crawl, with wirlint's User-Agent and limits."""

    def __init__(self, limits: FetchLimits | None = None, *, session: requests.Session | None = None) -> None:
        self.limits = limits or FetchLimits()
        self.session = session or requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate, br"})

    def fetch(
        self,
        url: str,
        *,
        max_bytes: int | None = None,
        read_body: Callable[[str], int | bool] = lambda content_type: True,
        check_redirect: Callable[[str], str | None] = lambda url: None,
    ) -> Response:
        """GET ``url``; ``read_body`` decides by media type whether the body is wanted (a number: with that
        byte limit instead of ``max_bytes``), and
        ``check_redirect`` may refuse a redirect target (off-site, disallowed) with a reason."""
        seen = [url]
        current = url
        for _ in range(self.limits.max_redirects + 1):
            response, body = self._get_with_retries(current, max_bytes, read_body)
            if response.status_code not in REDIRECT_STATUSES or "location" not in response.headers:
                return self._finish(response, body, current, seen)
            target = canonical_url(response.headers["location"], current)
            if target is None:
                raise FetchError(url, f"redirect to an unusable location {response.headers['location']!r}")
            if target in seen:
                raise FetchError(url, f"redirect loop ({' → '.join([*seen, target])})")
            refusal = check_redirect(target)
            if refusal:
                raise FetchError(url, f"redirects to {target}, {refusal}")
            seen.append(target)
            current = target
        raise FetchError(url, f"more than {self.limits.max_redirects} redirects")

    def fetch_text(
        self, url: str, *, max_bytes: int, check_redirect: Callable[[str], str | None] = lambda url: None
    ) -> Response:
        return self.fetch(url, max_bytes=max_bytes, check_redirect=check_redirect)

    def _get_with_retries(
        self, url: str, max_bytes: int | None, read_body: Callable[[str], int | bool]
    ) -> tuple[requests.Response, bytes]:
        limits = self.limits
        for attempt in range(limits.retries + 1):
            try:
                response, body = self._exchange_within_deadline(url, max_bytes, read_body)
            except requests.exceptions.Timeout:
                raise FetchError(url, f"timed out after {limits.timeout:g} s") from None
            except requests.exceptions.ConnectionError as error:
                if attempt == limits.retries:
                    raise FetchError(url, f"cannot connect: {_short(error)}") from None
                time.sleep(limits.backoff * 2**attempt)
                continue
            except requests.exceptions.RequestException as error:
                raise FetchError(url, _short(error)) from None
            if response.status_code not in RETRY_STATUSES or attempt == limits.retries:
                return response, body
            wait = retry_after_seconds(response.headers.get("retry-after"))
            time.sleep(min(limits.backoff * 2**attempt if wait is None else wait, limits.max_retry_wait))
        raise AssertionError("unreachable: the loop returns or raises")  # pragma: no cover

    def _exchange_within_deadline(
        self, url: str, max_bytes: int | None, read_body: Callable[[str], int | bool]
    ) -> tuple[requests.Response, bytes]:
        """One request and its body within twice the timeout in all. requests' timeout is per socket read, so a
        server that sends a byte a second would never time out; the exchange runs in a daemon thread that the
        crawl stops waiting for (it closes its connection whenever it ends)."""
        outcome: dict[str, object] = {}
        done = threading.Event()

        def exchange() -> None:
            try:
                outcome["result"] = self._exchange(url, max_bytes, read_body)
            except BaseException as error:  # handed to the caller's thread
                outcome["error"] = error
            done.set()

        threading.Thread(target=exchange, name="wirlint-fetch", daemon=True).start()
        if not done.wait(2 * self.limits.timeout):
            raise FetchError(url, f"timed out: no complete answer within {2 * self.limits.timeout:g} s")
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["result"]  # type: ignore[return-value]

    def _exchange(
        self, url: str, max_bytes: int | None, read_body: Callable[[str], int | bool]
    ) -> tuple[requests.Response, bytes]:
        limits = self.limits
        response = self.session.get(url, timeout=(limits.timeout, limits.timeout), allow_redirects=False, stream=True)
        try:
            if response.status_code >= 300:
                return response, b""  # redirects, retries and errors: the headers are all that is needed
            content_type, _ = parse_content_type(response.headers.get("content-type", ""))
            wanted = read_body(content_type)
            if not wanted:
                return response, b""
            limit = wanted if not isinstance(wanted, bool) else (max_bytes or limits.max_bytes)
            return response, self._read(response, url, limit)
        finally:
            response.close()

    def _finish(self, response: requests.Response, body: bytes, url: str, redirects: list[str]) -> Response:
        content_type, charset = parse_content_type(response.headers.get("content-type", ""))
        return Response(
            url=url,
            status=response.status_code,
            content_type=content_type,
            charset=charset,
            body=body,
            fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            redirects=redirects[:-1],
            headers=list(response.raw.headers.items()) if response.raw is not None else list(response.headers.items()),
            request_headers=list(response.request.headers.items()) if response.request is not None else [],
            reason=response.reason or "",
            http_version=HTTP_VERSIONS.get(getattr(response.raw, "version", 11), "HTTP/1.1"),
        )

    def _read(self, response: requests.Response, url: str, limit: int) -> bytes:
        """The decoded body (gzip, deflate and brotli undone), refused as soon as it passes ``limit`` bytes."""
        declared = response.headers.get("content-length", "")
        numeric = declared.isascii() and declared.isdigit()
        if numeric and not response.headers.get("content-encoding") and int(declared) > limit:
            raise FetchError(url, f"too large: {int(declared)} bytes, the limit is {limit}")
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise FetchError(url, f"too large: more than {limit} bytes after decoding, the limit is {limit}")
                chunks.append(chunk)
        except requests.exceptions.RequestException as error:
            raise FetchError(url, f"download failed ({_short(error)})") from None
        return b"".join(chunks)


CONNECTION_CAUSES = {
    errno.ECONNREFUSED: "connection refused",
    errno.ECONNRESET: "connection reset",
    errno.EHOSTUNREACH: "host unreachable",
    errno.ENETUNREACH: "network unreachable",
}


def _short(error: Exception) -> str:
    """The cause in a few words ("connection refused"), not requests' nested exception texts."""
    cause = _root_cause(error)
    if isinstance(cause, socket.gaierror):
        return "host name not found"
    if isinstance(cause, OSError) and cause.errno in CONNECTION_CAUSES:
        return CONNECTION_CAUSES[cause.errno]
    text = str(error)
    if "timed out" in text:
        return "timed out"
    return text.split(": ")[-1].strip("()'\"")[:200] if ": " in text else text[:200]


def _root_cause(error: BaseException) -> BaseException:
    """The innermost exception behind requests' and urllib3's wrappers (bounded: chains are short)."""
    for _ in range(10):
        inner = error.__cause__ or error.__context__
        if inner is None:
            for argument in error.args:
                if isinstance(argument, BaseException):
                    inner = argument
                    break
            if inner is None and hasattr(error, "reason") and isinstance(error.reason, BaseException):
                inner = error.reason
        if inner is None or inner is error:
            return error
        error = inner
    return error
