"""Hostile servers on loopback: trickling answers, odd headers, foreign sitemaps, traps and colliding names.

Each route misbehaves in one way and every one is bounded (it gives up after a few seconds or when the server
stops). The crawl must end on its own, with one error line naming the URL and the cause, and go on with the
rest of the site.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import run_wirlint
from tests.http_server import OTHER_HOST
from wirlint.crawl.fetcher import parse_content_type, retry_after_seconds

PAGE = '<!doctype html><html lang="de"><body><p>Wir liefern unseren Kunden frische Zutaten.</p>{links}</body></html>'
TRICKLE_SECONDS = 6.0
FAST = ("--delay", "0", "--timeout", "1", "--format", "json")


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, routes: dict[str, Callable[[BaseHTTPRequestHandler], None]]) -> None:
        super().__init__((host, 0), HostileHandler)
        self.routes = routes
        self.stopping = threading.Event()
        self.paths: list[str] = []
        self.url = f"http://{host}:{self.server_address[1]}"


class HostileHandler(BaseHTTPRequestHandler):
    server: HostileServer

    def do_GET(self) -> None:
        self.server.paths.append(self.path)
        route = self.server.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404)
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the crawler gave up on us, as it should
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def hostile(
    routes: dict[str, Callable[[BaseHTTPRequestHandler], None]], host: str = "127.0.0.1"
) -> Iterator[HostileServer]:
    server = HostileServer(host, routes)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        server.server_close()


def html(body: str, *, status: int = 200, headers: dict[str, str] | None = None):
    def reply(handler: BaseHTTPRequestHandler) -> None:
        data = body.encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return reply


def trickle(part: str):
    """Headers (``part="headers"``) or a body (``"body"``) at one byte every 0.2 s, for at most 6 s."""

    def reply(handler: BaseHTTPRequestHandler) -> None:
        stream = handler.wfile
        stream.write(b"HTTP/1.1 200 OK\r\n")
        if part == "body":
            stream.write(b"Content-Type: text/html\r\nContent-Length: 100000\r\n\r\n")
        started = time.monotonic()
        while time.monotonic() - started < TRICKLE_SECONDS and not handler.server.stopping.is_set():
            stream.write(b"X-Slow: a\r\n"[:1] if part == "headers" else b"<")
            stream.flush()
            time.sleep(0.2)

    return reply


def crawl(*args: str, timeout: float = 120) -> tuple[int, dict, str]:
    completed = run_wirlint("crawl", *FAST, *args)
    report = json.loads(completed.stdout) if completed.stdout.strip() else {}
    return completed.returncode, report, completed.stderr


def errors_of(report: dict) -> dict[str, str]:
    return {entry["url"].rsplit("/", 1)[-1]: entry["error"] for entry in report["site"]["errors"]}


@pytest.mark.parametrize("part", ["headers", "body"])
def test_a_trickling_answer_times_out_and_the_crawl_goes_on(part):
    routes = {
        "/": html(PAGE.format(links='<a href="/slow.html">slow</a> <a href="/ok.html">ok</a>')),
        "/slow.html": trickle(part),
        "/ok.html": html(PAGE.format(links="")),
    }
    with hostile(routes) as server:
        started = time.monotonic()
        code, report, stderr = crawl(server.url + "/")
        took = time.monotonic() - started
    assert code == 1, stderr
    assert "timed out" in errors_of(report)["slow.html"]
    assert {entry["path"] for entry in report["files"]} == {server.url + "/", server.url + "/ok.html"}
    assert took < TRICKLE_SECONDS + 20  # bounded by the timeout, not by the server's patience


def test_odd_headers_are_understood_or_ignored_never_a_crash():
    assert retry_after_seconds("²") is None and retry_after_seconds("Wed, 21 Oct 2099 07:28:00 -0000") > 0
    assert retry_after_seconds("Thu, 01 Jan 1970 00:00:00 GMT") == 0.0 and retry_after_seconds("12") == 12.0
    assert parse_content_type("text/html; charset=undefined") == ("text/html", None)
    routes = {
        "/": html(PAGE.format(links='<a href="/far.html">a</a> <a href="/sup.html">b</a> <a href="/cs.html">c</a>')),
        "/far.html": html("", status=503, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 -0000"}),
        "/sup.html": html("", status=429, headers={"Retry-After": "²"}),
        "/cs.html": lambda handler: (
            handler.send_response(200),
            handler.send_header("Content-Type", "text/html; charset=undefined"),
            handler.end_headers(),
            handler.wfile.write(PAGE.format(links="").encode()),
        ),
    }
    with hostile(routes) as server:
        code, report, stderr = crawl(server.url + "/")
    assert "Traceback" not in stderr and code == 1, stderr
    assert set(errors_of(report)) == {"far.html", "sup.html"}
    assert server.url + "/cs.html" in {entry["path"] for entry in report["files"]}


def test_sitemaps_and_redirects_never_leave_the_crawls_hosts():
    try:
        foreign = hostile({"/sitemap.xml": html("<urlset/>"), "/robots.txt": html("")}, host=OTHER_HOST)
        foreign_server = foreign.__enter__()
    except OSError:
        pytest.skip("127.0.0.2 is not routed on this system")
    try:
        index = (
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{foreign_server.url}/sitemap.xml</loc></sitemap></sitemapindex>"
        )
        routes = {
            "/robots.txt": lambda handler: html(f"User-agent: *\nSitemap: {foreign_server.url}/sitemap.xml\n")(handler),
            "/sitemap.xml": html(index),
            "/": html("", status=302, headers={"Location": f"{foreign_server.url}/sitemap.xml"}),
        }
        with hostile(routes) as server:
            code, report, stderr = crawl(server.url + "/")
    finally:
        foreign.__exit__(None, None, None)
    assert foreign_server.paths == []  # not robots.txt's sitemap, not the index's child, not a redirect target
    assert code == 2 and "outside the crawl's hosts" in errors_of(report)[""], stderr


def test_crawl_delay_is_honoured_up_to_30_seconds():
    from protego import Protego

    from wirlint.crawl.robots import HostRules

    assert HostRules(parser=Protego.parse("User-agent: *\nCrawl-delay: 86400\n")).crawl_delay("wirlint") == 30.0
    assert HostRules(parser=Protego.parse("User-agent: *\nCrawl-delay: 2\n")).crawl_delay("wirlint") == 2.0


def test_pages_cut_by_the_trap_guard_or_the_request_budget_are_reported():
    links = "".join(f'<a href="/seite-{n}.html">{n}</a>' for n in range(80))
    links += "".join(f'<a href="/datei-{chr(97 + n // 26)}{chr(97 + n % 26)}.bin">x</a>' for n in range(40))
    routes = {"/": html(PAGE.format(links=links))}
    routes |= {f"/seite-{n}.html": html(PAGE.format(links="")) for n in range(80)}
    routes |= {f"/datei-{chr(97 + n // 26)}{chr(97 + n % 26)}.bin": html("", headers={}) for n in range(40)}
    with hostile(routes) as server:
        _, report, _ = crawl(server.url + "/", "--max-pages", "1000")
        trapped = [s for s in report["site"]["skipped"] if "shape" in s["reason"]]
        assert len(trapped) == 30 and "--max-per-shape" in trapped[0]["reason"]
        _, report, _ = crawl(server.url + "/", "--max-pages", "1000", "--max-per-shape", "100")
        assert sum(1 for entry in report["files"] if "/seite-" in entry["path"]) == 80
        server.paths.clear()
        _, report, _ = crawl(server.url + "/", "--max-pages", "10", "--no-sitemaps")
        assert len([path for path in server.paths if path != "/robots.txt"]) <= 10
        assert any("request budget" in s["reason"] for s in report["site"]["skipped"])


def test_saved_pages_never_overwrite_each_other(tmp_path):
    names = ["/a.b", "/a.b/c", "/page", "/page.html", "/x%20y", "/x_y"]
    routes = {"/": html(PAGE.format(links="".join(f'<a href="{name}">{name}</a>' for name in names)))}
    routes |= {name.replace("%20", " "): html(PAGE.format(links=f"<i>{name}</i>")) for name in names}
    routes |= {name: html(PAGE.format(links=f"<i>{name}</i>")) for name in names}
    with hostile(routes) as server:
        _, _, stderr = crawl(server.url + "/", "--save", str(tmp_path / "saved"))
    assert "Traceback" not in stderr, stderr
    manifest = json.loads((tmp_path / "saved" / "wirlint-manifest.json").read_text(encoding="utf-8"))
    assert len({entry["file"] for entry in manifest}) == len(manifest) == 7
    for entry in manifest:
        assert (tmp_path / "saved" / entry["file"]).is_file()


def test_a_linked_deck_is_handed_on_when_it_arrives_and_its_bytes_are_not_kept():
    from tests.documents import make_pdf
    from wirlint.crawl.crawler import Crawler, CrawlOptions

    pdf = make_pdf([("Über uns", ["Wir sind der Marktführer."])])

    def deck(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/pdf")
        handler.send_header("Content-Length", str(len(pdf)))
        handler.end_headers()
        handler.wfile.write(pdf)

    routes = {"/": html(PAGE.format(links='<a href="/mappe.pdf">Mappe</a>')), "/mappe.pdf": deck}
    handed: list[tuple[str, bytes]] = []
    with hostile(routes) as server:
        crawler = Crawler(
            CrawlOptions(delay=0, timeout=2, use_sitemaps=False),
            on_document=lambda url, response: handed.append((url, response.body)),
        )
        report = crawler.crawl([server.url + "/"])
    assert handed == [(server.url + "/mappe.pdf", pdf)]
    assert [(url, response.body) for url, response in report.documents] == [(server.url + "/mappe.pdf", b"")]


def test_an_unreachable_start_url_is_one_readable_line_and_exit_2_and_the_summary_counts_the_site():
    import socket

    routes = {"/": html(PAGE.format(links=""))}
    with socket.socket() as closed, hostile(routes) as server:
        closed.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
        dead = f"http://127.0.0.1:{closed.getsockname()[1]}/"
        code, report, stderr = crawl(server.url + "/", dead)
    assert code == 2
    assert stderr.splitlines() == [
        f"wirlint: {dead}robots.txt: cannot connect: connection refused; host not crawled"
    ], stderr
    summary, site = report["summary"], report["site"]
    assert summary["errors"] == len(site["errors"]) == 1
    assert summary["findings"] == sum(len(f["findings"]) for f in report["files"]) + len(site["findings"])
