"""A real HTTP server for the crawler tests: the fixture site's files plus the traps crawlers meet on real sites.

The crawler's guards live in the HTTP stack (timeouts, gzip, redirects, Retry-After, robots.txt, byte caps), so
mocking ``requests`` would test the mock. This server speaks real HTTP on 127.0.0.x, on an ephemeral port, in
a daemon thread, and records every request path so tests can prove what the crawler did *not* fetch.

With ``traps=True`` these routes are served on top of the fixture folder (all bounded; nothing waits longer
than ``SLOW_SECONDS``, and ``stop()`` wakes a waiting handler at once):

- ``/robots.txt``: ``Disallow: /intern/``, ``Allow: /intern/oeffentlich.html``, ``Crawl-delay: 0`` and a
  ``Sitemap:`` line with this server's own base URL (only known after binding the port);
- ``/sitemap.xml``: a sitemap index → ``/sitemap-pages.xml`` and ``/sitemap-more.xml.gz`` (a gzip file, not
  gzip transfer encoding); the latter lists ``/nur-in-sitemap.html``, which no page links to;
- ``/kalender/YYYY-MM.html``: an endless calendar, every month links to the next;
- ``/schleife-a`` ⇄ ``/schleife-b``: a 302 redirect loop;
- ``/viel-los.html``: 429 with ``Retry-After: 1`` on the first request, the fixture page afterwards;
- ``/langsam.html``: the fixture page after ``SLOW_SECONDS`` (tests crawl with ``--timeout 1``);
- ``/riesig.html``: a valid page of more than ``HUGE_PAGE_BYTES`` decoded bytes, gzip-compressed to a few kilobytes
  when the client accepts gzip, so only a cap on *decoded* bytes catches it;
- ``/latin1.html``: the UTF-8 fixture re-encoded as ISO-8859-1 and served as plain ``text/html`` (the page
  has no ``<meta charset>`` either): the charset must be detected;
- ``/broschuere.pdf`` (``application/pdf``) and ``/bilder/werkstatt.png`` (``image/png``).

Fixture HTML may contain ``{{FREMDER_HOST}}``; it is replaced by ``foreign_url``, the base URL of a second
server on another host (127.0.0.2) whose request log must stay empty.
"""

from __future__ import annotations

import gzip
import mimetypes
import re
import struct
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.documents import make_pdf

LOCALHOST = "127.0.0.1"
OTHER_HOST = "127.0.0.2"  # a different host name for the crawler, still the loopback interface
FOREIGN_HOST_PLACEHOLDER = "{{FREMDER_HOST}}"
UNUSED_FOREIGN_URL = f"http://{OTHER_HOST}:9"  # discard port: nothing answers, nothing may ask
SLOW_SECONDS = 3.0
RETRY_AFTER_SECONDS = 1
HUGE_PAGE_BYTES = 3_000_000
CALENDAR = re.compile(r"/kalender/(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])\.html")
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)  # fmt: skip
SITEMAP_PAGES = ("/", "/leistungen.html", "/ueber-uns.html", "/kontakt.html")
SITEMAP_MORE = ("/downloads.html", "/nur-in-sitemap.html")
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NAV = """  <nav>
    <ul>
      <li><a href="/">Start</a></li>
      <li><a href="/leistungen.html">Leistungen</a></li>
      <li><a href="/ueber-uns.html">Über uns</a></li>
    </ul>
  </nav>"""
PDF = make_pdf(
    [
        ("Wir sind die Tischlerei Lindner", ["Wir haben 40 Jahre Erfahrung.", "Wir bauen Möbel nach Maß."]),
        ("Unser Team", ["Wir sind zwölf Tischler."]),
        ("Referenzen", ["Logos unserer Kunden."]),
    ]
)
HTML_UTF8 = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Reply:
    """One HTTP answer; routes build these so the socket code stays in one place."""

    status: int
    body: bytes = b""
    content_type: str = HTML_UTF8
    headers: dict[str, str] = field(default_factory=dict)


class FixtureHTTPServer(ThreadingHTTPServer):
    """Serves ``root`` (and with ``traps`` the dynamic routes); keeps the request log and per-run state."""

    daemon_threads = True  # a handler still sleeping in /langsam.html must not keep pytest alive
    block_on_close = False

    def __init__(self, host: str, root: Path | None, *, traps: bool, foreign_url: str) -> None:
        super().__init__((host, 0), FixtureHandler)
        self.root = root.resolve() if root is not None else None
        self.traps = traps
        self.foreign_url = foreign_url
        self.base_url = f"http://{host}:{self.server_address[1]}"
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._log: list[tuple[float, str]] = []
        self._hits: dict[str, int] = {}
        self._huge: tuple[bytes, bytes] | None = None
        self._routes: dict[str, Callable[[bool], Reply]] = {
            "/robots.txt": lambda _gzip: self._robots(),
            "/sitemap.xml": lambda _gzip: self._sitemap_index(),
            "/sitemap-pages.xml": lambda _gzip: self._urlset(SITEMAP_PAGES),
            "/sitemap-more.xml.gz": lambda _gzip: self._gzipped_urlset(SITEMAP_MORE),
            "/schleife-a": lambda _gzip: Reply(302, b"", "text/plain", {"Location": "/schleife-b"}),
            "/schleife-b": lambda _gzip: Reply(302, b"", "text/plain", {"Location": "/schleife-a"}),
            "/viel-los.html": lambda _gzip: self._busy_then_ok("/viel-los.html"),
            "/langsam.html": lambda _gzip: self._slow("/langsam.html"),
            "/riesig.html": self._huge_page,
            "/latin1.html": lambda _gzip: self._latin1("/latin1.html"),
            "/broschuere.pdf": lambda _gzip: Reply(200, PDF, "application/pdf"),
            "/bilder/werkstatt.png": lambda _gzip: Reply(200, _png_1x1(), "image/png"),
        }

    # -- request log ----------------------------------------------------------------------------------
    def record(self, raw_path: str) -> None:
        """Log the request path as sent (query included) and count it by path (the 429 route needs the count)."""
        path = unquote(urlsplit(raw_path).path) or "/"
        with self._lock:
            self._log.append((time.monotonic(), raw_path))
            self._hits[path] = self._hits.get(path, 0) + 1

    def log(self) -> list[tuple[float, str]]:
        with self._lock:
            return list(self._log)

    def hits(self, path: str) -> int:
        with self._lock:
            return self._hits.get(path, 0)

    # -- routing --------------------------------------------------------------------------------------
    def route(self, raw_path: str, *, accepts_gzip: bool) -> Reply:
        path = unquote(urlsplit(raw_path).path) or "/"
        if self.traps:
            handler = self._routes.get(path)
            if handler is not None:
                return handler(accepts_gzip)
            match = CALENDAR.fullmatch(path)
            if match:
                return self._calendar(int(match["year"]), int(match["month"]))
        return self._static(path)

    def _file(self, path: str) -> Path | None:
        if self.root is None:
            return None
        target = (self.root / path.lstrip("/")).resolve()
        if target.is_dir():
            target = target / "index.html"
        return target if target.is_relative_to(self.root) and target.is_file() else None

    def _html(self, path: str) -> str | None:
        target = self._file(path)
        if target is None:
            return None
        return target.read_text(encoding="utf-8").replace(FOREIGN_HOST_PLACEHOLDER, self.foreign_url)

    def _static(self, path: str) -> Reply:
        target = self._file(path)
        if target is None:
            return _not_found()
        if target.suffix == ".html":
            return Reply(200, (self._html(path) or "").encode("utf-8"))
        content_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        return Reply(200, target.read_bytes(), content_type)

    # -- dynamic routes -------------------------------------------------------------------------------
    def _robots(self) -> Reply:
        text = (
            "User-agent: *\n"
            "Disallow: /intern/\n"
            "Allow: /intern/oeffentlich.html\n"
            "Crawl-delay: 0\n"
            "\n"
            f"Sitemap: {self.base_url}/sitemap.xml\n"
        )
        return Reply(200, text.encode("ascii"), "text/plain; charset=utf-8")

    def _sitemap_index(self) -> Reply:
        entries = "".join(
            f"  <sitemap><loc>{self.base_url}{name}</loc></sitemap>\n"
            for name in ("/sitemap-pages.xml", "/sitemap-more.xml.gz")
        )
        xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="{SITEMAP_NS}">\n{entries}</sitemapindex>\n'
        return Reply(200, xml.encode("utf-8"), "application/xml")

    def _urlset_xml(self, paths: tuple[str, ...]) -> bytes:
        entries = "".join(f"  <url><loc>{self.base_url}{path}</loc></url>\n" for path in paths)
        xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="{SITEMAP_NS}">\n{entries}</urlset>\n'
        return xml.encode("utf-8")

    def _urlset(self, paths: tuple[str, ...]) -> Reply:
        return Reply(200, self._urlset_xml(paths), "application/xml")

    def _gzipped_urlset(self, paths: tuple[str, ...]) -> Reply:
        # A .xml.gz file as web servers deliver it: gzip bytes as the body, no Content-Encoding.
        return Reply(200, gzip.compress(self._urlset_xml(paths), mtime=0), "application/x-gzip")

    def _calendar(self, year: int, month: int) -> Reply:
        following = f"{year + month // 12:04d}-{month % 12 + 1:02d}"
        name = f"{MONTHS[month - 1]} {year}"
        body = (
            f"<h1>Termine im {name}</h1>\n"
            f"    <p>Wir öffnen unsere Ausstellung im {name} an jedem Samstag. "
            "Wir haben noch Beratungstermine frei.</p>\n"
            f'    <p><a href="/kalender/{following}.html">Nächster Monat</a></p>'
        )
        return Reply(200, _page(f"Termine {name} | Tischlerei Lindner", body).encode("utf-8"))

    def _busy_then_ok(self, path: str) -> Reply:
        if self.hits(path) <= 1:
            headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
            return Reply(429, b"Zu viele Anfragen.\n", "text/plain; charset=utf-8", headers)
        return self._static(path)

    def _slow(self, path: str) -> Reply:
        self.stopping.wait(SLOW_SECONDS)
        return self._static(path)

    def _latin1(self, path: str) -> Reply:
        text = self._html(path)
        if text is None:
            return _not_found()
        return Reply(200, text.encode("iso-8859-1"), "text/html")  # deliberately no charset parameter

    def _huge_page(self, accepts_gzip: bool) -> Reply:
        with self._lock:
            if self._huge is None:
                body = (
                    "<h1>Unser Gesamtkatalog</h1>\n"
                    "    <p>Wir führen über 4000 Artikel. Wir liefern jeden Artikel ab Lager.</p>\n"
                    "    <!-- Katalogdaten: "
                )
                page = _page("Gesamtkatalog | Tischlerei Lindner", body + "{filler} -->")
                filler = "Artikel Eiche geölt, 80 x 200 cm; " * (HUGE_PAGE_BYTES // 30)
                plain = page.replace("{filler}", filler).encode("utf-8")
                self._huge = (plain, gzip.compress(plain, mtime=0))
            plain, compressed = self._huge
        if accepts_gzip:
            return Reply(200, compressed, HTML_UTF8, {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Reply(200, plain, HTML_UTF8, {"Vary": "Accept-Encoding"})


class FixtureHandler(BaseHTTPRequestHandler):
    """Socket side only: log the path, ask the server for the Reply, write it; quiet on stderr."""

    server: FixtureHTTPServer
    protocol_version = "HTTP/1.0"  # one request per connection: no keep-alive state to reason about
    server_version = "wirlint-test"

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def _answer(self, *, send_body: bool) -> None:
        self.server.record(self.path)
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "").lower()
        reply = self.server.route(self.path, accepts_gzip=accepts_gzip)
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if send_body:
                self.wfile.write(reply.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first (a timeout): exactly what /langsam.html is for

    def log_message(self, format: str, *args: object) -> None:
        """Silence the per-request stderr line; the request log is the record."""


class Server:
    """A running fixture server: ``url`` (no trailing slash), ``requests`` (paths in order) and ``stop()``."""

    def __init__(self, httpd: FixtureHTTPServer) -> None:
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        self.url = httpd.base_url

    @property
    def requests(self) -> list[str]:
        """A snapshot of the request paths (with query string) in arrival order; safe while serving."""
        return [path for _, path in self._httpd.log()]

    @property
    def timed_requests(self) -> list[tuple[float, str]]:
        """The same with ``time.monotonic()`` arrival times, to prove waits such as Retry-After."""
        return self._httpd.log()

    def requested(self, path: str) -> int:
        """How often ``path`` (without query string) was requested."""
        return sum(1 for item in self.requests if urlsplit(item).path == path)

    def stop(self) -> None:
        self._httpd.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


def start(
    root: Path | None,
    *,
    traps: bool = False,
    host: str = LOCALHOST,
    foreign_url: str = UNUSED_FOREIGN_URL,
) -> Server:
    """Bind ``host`` on an ephemeral port and serve ``root`` (None: every path is 404) in a daemon thread."""
    return Server(FixtureHTTPServer(host, root, traps=traps, foreign_url=foreign_url))


@contextmanager
def serve(
    root: Path | None,
    *,
    traps: bool = False,
    host: str = LOCALHOST,
    foreign_url: str = UNUSED_FOREIGN_URL,
) -> Iterator[Server]:
    """``start`` as a context manager: the server is stopped however the block ends."""
    server = start(root, traps=traps, host=host, foreign_url=foreign_url)
    try:
        yield server
    finally:
        server.stop()


def _page(title: str, main: str) -> str:
    """A generated page in the fixture site's layout (same navigation), for the routes that have no file."""
    return (
        f'<!DOCTYPE html>\n<html lang="de">\n<head>\n  <meta charset="utf-8">\n  <title>{title}</title>\n</head>\n'
        f"<body>\n{NAV}\n  <main>\n    {main}\n  </main>\n</body>\n</html>\n"
    )


def _not_found() -> Reply:
    return Reply(404, b"<!DOCTYPE html><title>Nicht gefunden</title><p>Diese Seite gibt es nicht.</p>\n")


def _png_1x1() -> bytes:
    """The smallest valid PNG (one grey pixel): a real image, so content sniffing sees PNG magic bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80")  # filter byte 0, one grey sample
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
