"""``wirlint crawl`` through the real command line against a real local HTTP server full of crawler traps.

Every assertion about politeness is proven by the server's request log: a crawler that fetched a disallowed
or foreign page and then dropped it from the report would still fail. The JSON crawl of the trap site runs
once per module (spaCy loads in every child process); tests that need other options start their own server
so the shared request log stays exactly the log of that one crawl.

Every run is bounded: ``--delay 0 --timeout 1``, a 120 s subprocess timeout (``run_wirlint``), and the
server never waits longer than 3 s. Only 127.0.0.x addresses are used.
"""

from __future__ import annotations

import gzip
import json
import re
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.conftest import FIXTURES, run_wirlint
from tests.http_server import HUGE_PAGE_BYTES, OTHER_HOST, PDF, UNUSED_FOREIGN_URL, Server, serve, start

CRAWL_SITE = FIXTURES / "crawl-site"
TESTIMONIAL_SITE = FIXTURES / "crawl-site-testimonials"
FAST = ("--delay", "0", "--timeout", "1")
MAX_HTML_BYTES = 1_000_000
TRAP_OPTIONS = (*FAST, "--max-depth", "5", "--max-html-bytes", str(MAX_HTML_BYTES))
SITE_KEYS = {"url", "pages", "skipped", "errors", "score", "findings"}
MANIFEST_KEYS = {"url", "status", "content_type", "fetched_at", "file"}
# Pages a correct crawl of the trap site lints: linked, in the sitemap only, allowed by robots, or retried.
LINTED_PAGES = (
    "/",
    "/leistungen.html",
    "/ueber-uns.html",
    "/kontakt.html",
    "/downloads.html",
    "/nur-in-sitemap.html",
    "/intern/oeffentlich.html",
    "/viel-los.html",
    "/latin1.html",
    "/kalender/2026-01.html",
)
LEGAL_PAGES = ("/impressum.html", "/datenschutz.html")
TRACKING = re.compile(r"[?&](utm_\w+|gclid|fbclid|sessionid|phpsessid|jsessionid|sid)=|#", re.IGNORECASE)
TIMEOUT_WORDS = re.compile(r"time[ds]?[ -]?out|timeout|zeitüberschreitung|zeitlimit", re.IGNORECASE)
REDIRECT_WORDS = re.compile(r"redirect|weiterleitung", re.IGNORECASE)
# The limit, however it is spelled: 1000000, 1,000,000, 1.000.000, 1 000 000, 1 MB, 1.0 MB, 976 KiB, 0.95 MiB.
SIZE_LIMIT = re.compile(
    r"1[ ,._\u202f]?000[ ,._\u202f]?000|\b1(?:[.,]0)? ?MB\b|\b976(?:[.,]\d+)? ?KiB\b|\b0[.,]95 ?MiB\b", re.IGNORECASE
)
WORST_PAGES = re.compile(
    r"worst|schlechteste|schwächste|(?:geringste|niedrigste)[nm]? Kundenfokus|wenigsten kundenorientiert",
    re.IGNORECASE,
)
FINDING_LINE = re.compile(r"^\S+:\d+:\d+: WL\d{3} \[\w+\] ")


@dataclass
class Crawl:
    """One finished ``wirlint crawl`` run and what the server saw while it ran."""

    completed: subprocess.CompletedProcess[str]
    seconds: float
    timed_requests: list[tuple[float, str]]
    base: str

    @property
    def requests(self) -> list[str]:
        return [path for _, path in self.timed_requests]

    @property
    def report(self) -> dict:
        try:
            return json.loads(self.completed.stdout)
        except json.JSONDecodeError:
            pytest.fail(
                f"no JSON report (exit {self.completed.returncode}):\n"
                f"stdout: {self.completed.stdout[-2000:]}\nstderr: {self.completed.stderr[-2000:]}"
            )

    def url(self, path: str) -> str:
        return self.base + path

    def requested(self, path: str) -> int:
        return sum(1 for item in self.requests if item.split("?", 1)[0] == path)

    @property
    def files(self) -> dict[str, dict]:
        return {entry["path"]: entry for entry in self.report["files"]}

    @property
    def linted(self) -> dict[str, dict]:
        """Pages that were fetched and linted: ``files`` entries without errors."""
        return {path: entry for path, entry in self.files.items() if not entry["errors"]}

    @property
    def errors(self) -> dict[str, str]:
        return {item["url"]: item["error"] for item in self.report["site"]["errors"]}

    @property
    def skipped(self) -> dict[str, str]:
        return {item["url"]: item["reason"] for item in self.report["site"]["skipped"]}

    def problems(self, path: str) -> str:
        """Everything the report says went wrong with one page: site error, skip reason, per-file errors."""
        url = self.url(path)
        texts = [self.errors.get(url, ""), self.skipped.get(url, ""), *self.files.get(url, {}).get("errors", [])]
        return " | ".join(text for text in texts if text)


def crawl(server: Server, *args: str) -> Crawl:
    """Run the real command line against ``server`` and snapshot the server's request log right after it."""
    started = time.monotonic()
    completed = run_wirlint("crawl", *args)
    return Crawl(completed, time.monotonic() - started, server.timed_requests, server.url)


@pytest.fixture(scope="module")
def foreign() -> Iterator[Server | None]:
    """A server on another host (127.0.0.2) that the trap site links to; the crawl must never ask it."""
    try:
        server = start(None, host=OTHER_HOST)
    except OSError:  # 127.0.0.2 is not routed on this system (macOS): the link then points at a dead port
        yield None
        return
    try:
        yield server
    finally:
        server.stop()


def trap_server(foreign: Server | None) -> Server:
    """The trap site, its contact page linking to the foreign server (or to a dead port on the same host)."""
    return start(CRAWL_SITE, traps=True, foreign_url=foreign.url if foreign else UNUSED_FOREIGN_URL)


@pytest.fixture(scope="module")
def trap_site(foreign: Server | None) -> Iterator[Server]:
    server = trap_server(foreign)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("saved") / "site"


@pytest.fixture(scope="module")
def archived(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("archived") / "site.warc.gz"


@pytest.fixture(scope="module")
def trap_crawl(trap_site: Server, saved: Path, archived: Path) -> Crawl:
    """The JSON crawl of the trap site, run once; it also saves the pages for the ``--save`` test and writes
    them as a WARC file for the ``--warc`` tests."""
    return crawl(
        trap_site, "--format", "json", *TRAP_OPTIONS, "--save", str(saved), "--warc", str(archived), trap_site.url + "/"
    )


@pytest.fixture
def fresh_site(foreign: Server | None) -> Iterator[Server]:
    """A trap site of its own (its own request log and 429 state), for runs with other options."""
    server = trap_server(foreign)
    try:
        yield server
    finally:
        server.stop()


# -- the test server itself ---------------------------------------------------------------------------------


def test_server_serves_dynamic_routes() -> None:
    """The traps behave as the crawl tests assume, checked with plain requests (no wirlint involved)."""
    with serve(CRAWL_SITE, traps=True) as server:
        base = server.url
        assert base.startswith("http://127.0.0.1:")

        robots = requests.get(f"{base}/robots.txt", timeout=5).text
        assert "Disallow: /intern/" in robots and "Allow: /intern/oeffentlich.html" in robots
        assert f"Sitemap: {base}/sitemap.xml" in robots and "Crawl-delay: 0" in robots

        index = requests.get(f"{base}/sitemap.xml", timeout=5).text
        assert "<sitemapindex" in index and f"{base}/sitemap-more.xml.gz" in index
        more = requests.get(f"{base}/sitemap-more.xml.gz", timeout=5)
        assert "content-encoding" not in more.headers  # a gzip file, not a gzip transfer
        assert f"{base}/nur-in-sitemap.html" in gzip.decompress(more.content).decode()
        for page in ("/", "/downloads.html", "/leistungen.html"):
            assert "nur-in-sitemap" not in requests.get(base + page, timeout=5).text  # a true orphan

        calendar = requests.get(f"{base}/kalender/2026-12.html", timeout=5)
        assert calendar.status_code == 200 and 'href="/kalender/2027-01.html"' in calendar.text

        loop = requests.get(f"{base}/schleife-a", allow_redirects=False, timeout=5)
        assert (loop.status_code, loop.headers["Location"]) == (302, "/schleife-b")
        with pytest.raises(requests.TooManyRedirects):
            requests.get(f"{base}/schleife-a", timeout=5)

        busy = requests.get(f"{base}/viel-los.html", timeout=5)
        assert (busy.status_code, busy.headers["Retry-After"]) == (429, "1")
        assert requests.get(f"{base}/viel-los.html", timeout=5).status_code == 200

        huge = requests.get(f"{base}/riesig.html", timeout=5)  # requests accepts gzip
        assert huge.headers["Content-Encoding"] == "gzip" and int(huge.headers["Content-Length"]) < 100_000
        assert len(huge.content) > HUGE_PAGE_BYTES and huge.text.rstrip().endswith("</html>")

        latin1 = requests.get(f"{base}/latin1.html", timeout=5)
        assert latin1.headers["Content-Type"] == "text/html" and b"charset" not in latin1.content.lower()
        assert "Möbel in jeder Größe".encode("iso-8859-1") in latin1.content
        with pytest.raises(UnicodeDecodeError):
            latin1.content.decode("utf-8")

        pdf = requests.get(f"{base}/broschuere.pdf", timeout=5)
        assert (pdf.headers["Content-Type"], pdf.content) == ("application/pdf", PDF)
        image = requests.get(f"{base}/bilder/werkstatt.png", timeout=5)
        assert image.headers["Content-Type"] == "image/png" and image.content.startswith(b"\x89PNG")

        assert f"{UNUSED_FOREIGN_URL}/montage.html" in requests.get(f"{base}/kontakt.html", timeout=5).text
        assert requests.get(f"{base}/gibt-es-nicht.html", timeout=5).status_code == 404

        started = time.monotonic()
        with pytest.raises(requests.Timeout):
            requests.get(f"{base}/langsam.html", timeout=1)
        assert time.monotonic() - started < 2.5

        log = server.requests
        assert log[:2] == ["/robots.txt", "/sitemap.xml"] and log.count("/viel-los.html") == 2
        assert server.requested("/langsam.html") == 1 and log[-1] == "/langsam.html"
    started = time.monotonic()
    with serve(None, host="127.0.0.1") as empty:
        assert requests.get(empty.url + "/", timeout=5).status_code == 404 and empty.requests == ["/"]
    assert time.monotonic() - started < 3  # stop() does not wait for anything


# -- the JSON report -------------------------------------------------------------------------------------------


def test_json_report_has_every_page_by_url_and_the_site_object(trap_crawl: Crawl) -> None:
    assert trap_crawl.completed.returncode == 1, trap_crawl.completed.stderr  # page errors alone never make it 2
    report = trap_crawl.report
    assert set(report) == {"version", "files", "summary", "site"}
    paths = [entry["path"] for entry in report["files"]]
    assert len(paths) == len(set(paths)) and paths == sorted(paths)
    assert all(path.startswith(trap_crawl.base + "/") for path in paths), paths
    assert not [path for path in paths if TRACKING.search(path)]  # one canonical spelling per page
    missing = [path for path in LINTED_PAGES if trap_crawl.url(path) not in trap_crawl.linted]
    assert not missing, (missing, paths, trap_crawl.report["site"]["errors"])
    for entry in trap_crawl.linted.values():
        assert set(entry) >= {"path", "lang", "score", "stats", "findings", "errors"}
        assert entry["lang"] == "de" and entry["findings"], entry["path"]
    for path in LEGAL_PAGES:  # out of scope: never linted, even though every footer links them
        assert not trap_crawl.files.get(trap_crawl.url(path), {}).get("findings"), path

    site = report["site"]
    assert set(site) >= SITE_KEYS
    assert site["url"] == trap_crawl.url("/")
    assert site["pages"] == len(trap_crawl.linted)
    assert set(site["score"]) == {"we", "you", "customer_focus"} and site["score"]["we"] > site["score"]["you"]
    assert all(set(item) >= {"url", "reason"} and item["reason"] for item in site["skipped"])
    assert all(set(item) >= {"url", "error"} and item["error"] for item in site["errors"])
    assert site["findings"] and all(finding["scope"] == "site" for finding in site["findings"])
    assert report["summary"]["files"] == len(report["files"])


# -- politeness: robots.txt, sitemaps, scope ---------------------------------------------------------------


def test_robots_txt_allow_beats_the_shorter_disallow_proven_by_the_request_log(trap_crawl: Crawl) -> None:
    assert trap_crawl.requests and trap_crawl.requests[0] == "/robots.txt"  # read before anything else
    assert trap_crawl.requested("/intern/geheim.html") == 0, trap_crawl.requests
    assert trap_crawl.requested("/intern/oeffentlich.html") >= 1
    assert trap_crawl.url("/intern/oeffentlich.html") in trap_crawl.linted
    assert trap_crawl.url("/intern/geheim.html") not in trap_crawl.files


def test_sitemap_index_and_gzip_sitemap_seed_the_orphan_page(trap_crawl: Crawl) -> None:
    for sitemap in ("/sitemap.xml", "/sitemap-pages.xml", "/sitemap-more.xml.gz"):
        assert trap_crawl.requested(sitemap) >= 1, sitemap
    orphan = trap_crawl.linted.get(trap_crawl.url("/nur-in-sitemap.html"))
    assert orphan is not None and orphan["findings"], trap_crawl.requests


def test_other_hosts_are_never_requested(trap_crawl: Crawl, foreign: Server | None) -> None:
    assert not [path for path in trap_crawl.files if OTHER_HOST in path]
    assert not [url for url in trap_crawl.errors if OTHER_HOST in url]  # not even tried
    if foreign is None:
        pytest.skip(f"{OTHER_HOST} cannot be bound here; only the report side was checked")
    assert foreign.requests == []


def test_calendar_trap_is_bounded_by_max_depth(trap_crawl: Crawl) -> None:
    """The calendar starts at depth 1 (linked from the start page); --max-depth 5 leaves a handful of months."""
    calendar = [path for path in trap_crawl.requests if path.startswith("/kalender/")]
    assert 1 <= len(calendar) <= 7, calendar
    assert len(calendar) == len(set(calendar))  # each month fetched once
    assert trap_crawl.seconds < 60, trap_crawl.seconds


# -- failures of single pages: reported, and the crawl goes on -----------------------------------------------


def test_redirect_loop_is_a_page_error_and_the_crawl_goes_on(trap_crawl: Crawl) -> None:
    loop_errors = {url: error for url, error in trap_crawl.errors.items() if "/schleife-" in url}
    assert loop_errors, trap_crawl.errors
    assert all(REDIRECT_WORDS.search(error) for error in loop_errors.values()), loop_errors
    assert trap_crawl.requested("/schleife-a") + trap_crawl.requested("/schleife-b") <= 12
    assert not [path for path in trap_crawl.linted if "/schleife-" in path]
    # Pages linked after the loop on the same page, and pages found later, are still linted.
    for path in ("/viel-los.html", "/latin1.html", "/nur-in-sitemap.html"):
        assert trap_crawl.url(path) in trap_crawl.linted, path


def test_429_with_retry_after_is_retried_and_then_linted(trap_crawl: Crawl) -> None:
    arrivals = [moment for moment, path in trap_crawl.timed_requests if path == "/viel-los.html"]
    assert 2 <= len(arrivals) <= 3, trap_crawl.requests
    assert arrivals[1] - arrivals[0] >= 0.9  # Retry-After: 1 was honoured, not just any quick retry
    page = trap_crawl.linted.get(trap_crawl.url("/viel-los.html"))
    assert page is not None and page["findings"]
    assert trap_crawl.url("/viel-los.html") not in trap_crawl.errors


def test_slow_page_is_a_timeout_error_naming_the_url(trap_crawl: Crawl) -> None:
    url = trap_crawl.url("/langsam.html")
    assert url in trap_crawl.errors, trap_crawl.errors
    assert TIMEOUT_WORDS.search(trap_crawl.errors[url]), trap_crawl.errors[url]
    assert url not in trap_crawl.linted
    assert 1 <= trap_crawl.requested("/langsam.html") <= 3  # not retried without bound


def test_oversized_page_is_refused_naming_the_size_limit(trap_crawl: Crawl) -> None:
    """/riesig.html arrives as ~10 kB of gzip and decodes to 3.5 MB: the cap must count decoded bytes."""
    assert trap_crawl.requested("/riesig.html") >= 1
    problem = trap_crawl.problems("/riesig.html")
    assert problem, (trap_crawl.errors, trap_crawl.skipped)
    assert SIZE_LIMIT.search(problem), problem
    assert not trap_crawl.files.get(trap_crawl.url("/riesig.html"), {}).get("findings")  # nothing half-linted


def test_linked_pdf_deck_is_linted_by_slide_and_image_skipped(trap_crawl: Crawl) -> None:
    pdf = trap_crawl.url("/broschuere.pdf")
    deck = trap_crawl.linted.get(pdf)
    assert deck is not None, trap_crawl.problems("/broschuere.pdf")
    we_slides = [finding["slide"] for finding in deck["findings"] if finding["code"] == "WL701"]
    assert we_slides == [1, 2]
    assert "WL704" in {finding["code"] for finding in deck["findings"]}
    image = trap_crawl.url("/bilder/werkstatt.png")
    assert image not in trap_crawl.linted and image not in trap_crawl.errors
    if trap_crawl.requested("/bilder/werkstatt.png"):
        assert trap_crawl.skipped.get(image), trap_crawl.skipped


def test_latin1_page_without_any_charset_is_decoded(trap_crawl: Crawl) -> None:
    page = trap_crawl.linted.get(trap_crawl.url("/latin1.html"))
    assert page is not None, trap_crawl.problems("/latin1.html")
    texts = [finding["text"] for finding in page["findings"]]
    assert any("Möbel in jeder Größe für Küchen, Bäder und Büros" in text for text in texts), texts
    assert not [text for text in texts if "Ã" in text or "\ufffd" in text], texts
    assert page["lang"] == "de"


# -- site-level findings ---------------------------------------------------------------------------------------


def test_navigation_label_is_one_site_finding_not_one_per_page(trap_crawl: Crawl) -> None:
    site_labels = [finding for finding in trap_crawl.report["site"]["findings"] if finding["code"] == "WL501"]
    assert 1 <= len(site_labels) <= 3, site_labels
    assert any("Über uns" in finding["text"] for finding in site_labels), site_labels
    pages_with_label = [
        path
        for path, entry in trap_crawl.linted.items()
        if any(finding["code"] == "WL501" for finding in entry["findings"])
    ]
    # Only the about page may keep its own title and heading „Über uns“; the menu item is reported once.
    assert len(pages_with_label) <= 2 and len(pages_with_label) < len(trap_crawl.linted), pages_with_label


def test_site_without_testimonials_gets_wl401(trap_crawl: Crawl) -> None:
    (finding,) = [finding for finding in trap_crawl.report["site"]["findings"] if finding["code"] == "WL401"]
    assert (finding["category"], finding["scope"]) == ("testimonial", "site")
    assert finding["message"] and finding["advice"]


def test_site_with_testimonials_has_no_wl401() -> None:
    with serve(TESTIMONIAL_SITE) as server:  # no robots.txt (404: allow all) and no sitemap
        result = crawl(server, "--format", "json", *FAST, server.url + "/")
    report = result.report
    assert result.completed.returncode in {0, 1}, result.completed.stderr
    assert set(result.linted) == {result.url(path) for path in ("/", "/leistungen.html", "/kundenstimmen.html")}
    codes = [finding["code"] for finding in report["site"]["findings"]]
    codes += [finding["code"] for entry in report["files"] for finding in entry["findings"]]
    assert "WL401" not in codes, codes
    assert sum(entry["stats"]["testimonials"] for entry in report["files"]) >= 2


# -- --save, text output, unreachable start -------------------------------------------------------------------


def test_saved_pages_check_to_the_same_urls(trap_crawl: Crawl, saved: Path) -> None:
    crawled = set(trap_crawl.linted)
    manifest = json.loads((saved / "wirlint-manifest.json").read_text(encoding="utf-8"))
    entries = manifest if isinstance(manifest, list) else manifest["pages"]
    assert all(set(entry) >= MANIFEST_KEYS for entry in entries), entries[:3]
    assert crawled <= {entry["url"] for entry in entries}
    for entry in entries:
        assert (saved / entry["file"]).is_file(), entry

    completed = run_wirlint("check", "--format", "json", str(saved))
    assert completed.returncode != 2, completed.stderr
    checked = json.loads(completed.stdout)["files"]
    assert {entry["path"] for entry in checked} == crawled
    assert not [entry for entry in checked if entry["errors"]]  # the Latin-1 page too reads back correctly


def test_the_crawl_written_as_warc_checks_to_the_same_report(trap_crawl: Crawl, archived: Path) -> None:
    completed = run_wirlint("check", "--no-cache", "--format", "json", str(archived))
    assert completed.returncode == 1, completed.stderr
    checked = json.loads(completed.stdout)
    crawled = trap_crawl.report
    assert checked["files"] == [entry for entry in crawled["files"] if not entry["errors"]]
    assert checked["site"]["findings"] == crawled["site"]["findings"]
    assert checked["site"]["score"] == crawled["site"]["score"]


def test_the_warc_file_is_standard_with_request_response_and_metadata_per_page(
    trap_crawl: Crawl, archived: Path
) -> None:
    from warcio.archiveiterator import ArchiveIterator

    with archived.open("rb") as stream:
        records = [
            (record.rec_type, record.rec_headers, record.content_stream().read())
            for record in ArchiveIterator(stream, check_digests="raise")
        ]
    assert records[0][0] == "warcinfo" and b"software: wirlint/" in records[0][2]
    responses = {headers.get_header("WARC-Target-URI"): body for kind, headers, body in records if kind == "response"}
    assert set(responses) == set(trap_crawl.linted) | {trap_crawl.url("/broschuere.pdf")}
    assert responses[trap_crawl.url("/broschuere.pdf")] == PDF
    assert "Möbel in jeder Größe".encode("iso-8859-1") in responses[trap_crawl.url("/latin1.html")]  # as sent
    ids = {headers.get_header("WARC-Record-ID") for kind, headers, _ in records if kind == "response"}
    for kind in ("request", "metadata"):
        linked = [
            headers.get_header("WARC-Concurrent-To" if kind == "request" else "WARC-Refers-To")
            for record_kind, headers, _ in records
            if record_kind == kind
        ]
        assert sorted(linked) == sorted(ids), kind
    assert not [path for path in archived.parent.iterdir() if path.name.endswith(".part")]


def test_text_output_ends_with_site_summary_and_worst_pages(fresh_site: Server) -> None:
    result = crawl(fresh_site, *TRAP_OPTIONS, fresh_site.url + "/")
    assert result.completed.returncode == 1, result.completed.stderr
    lines = result.completed.stdout.rstrip("\n").splitlines()
    finding_lines = [number for number, line in enumerate(lines) if FINDING_LINE.match(line)]
    assert finding_lines and lines[finding_lines[0]].startswith(fresh_site.url + "/"), lines[:5]
    tail = lines[finding_lines[-1] + 1 :]

    # The last match: advice lines of site findings may mention the list too („… (Liste unten)“).
    headings = [number for number, line in enumerate(tail) if WORST_PAGES.search(line) and not line.startswith(" ")]
    assert headings, "\n".join(tail)
    heading = headings[-1]
    ranking = "\n".join(tail[heading:]).split("\n\n", 1)[0]
    # Ranked pages may be spelled as full URLs or as paths on the site.
    ranked = {path.rstrip(".,;:)") for path in re.findall(rf"{re.escape(fresh_site.url)}(/\S*)", ranking)}
    ranked |= set(re.findall(r"(?:^|\s)(/[\w./%-]*\.html)\b", ranking))
    assert len(ranked) >= 2, ranking

    # The site summary: a "Kundenfokus" line in the tail that is not the summary line of one inner page.
    inner_page = re.compile(rf"{re.escape(fresh_site.url)}/\S")
    site_summary = [line for line in tail if "Kundenfokus" in line and not inner_page.match(line)]
    assert site_summary, "\n".join(tail)
    assert "Kundenfokus" in "\n".join(tail[-15:])  # at the very end of the output


def test_unreachable_start_url_is_exit_2_with_one_error_line() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as closed:
        closed.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused, the port stays ours
        url = f"http://127.0.0.1:{closed.getsockname()[1]}/"
        completed = run_wirlint("crawl", *FAST, url)
    assert completed.returncode == 2, (completed.stdout, completed.stderr)
    error_lines = completed.stderr.splitlines()
    assert len(error_lines) == 1 and url.rstrip("/") in error_lines[0], error_lines


def test_pages_linted_on_two_processes_give_the_same_report() -> None:
    with serve(TESTIMONIAL_SITE) as server:
        serial = crawl(server, "--format", "json", *FAST, "--jobs", "1", server.url + "/")
        parallel = crawl(server, "--format", "json", *FAST, "--jobs", "2", server.url + "/")
    assert serial.completed.returncode in {0, 1}, serial.completed.stderr
    assert parallel.completed.stdout == serial.completed.stdout


def test_the_html_report_of_a_crawl_leads_with_the_site_verdict(tmp_path) -> None:
    from bs4 import BeautifulSoup

    with serve(CRAWL_SITE, traps=True) as server:
        completed = run_wirlint("crawl", "--format", "html", *TRAP_OPTIONS, "--max-pages", "20", server.url + "/")
    assert completed.returncode in {1, 2}, completed.stderr
    page = BeautifulSoup(completed.stdout, "html.parser")
    site = page.find("section", id="site")
    assert site is not None and server.url in site.h2.get_text()
    links = [anchor["href"] for anchor in site.find_all("a")]
    assert links and all(href.startswith(server.url) for href in links)
    headings = [heading.get_text() for heading in site.find_all("h3")]
    # the report speaks the pages' language (German here)
    assert page.html["lang"] == "de"
    assert any(heading.startswith(("Nicht abgerufen", "Übersprungen")) for heading in headings), headings
    assert "Kundenstimmen gefunden" in site.get_text()


def test_a_warc_file_that_cannot_be_written_is_one_error_line_before_any_request(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "site.warc.gz"
    with serve(CRAWL_SITE) as server:
        completed = run_wirlint("crawl", *FAST, "--warc", str(target), server.url + "/")
        assert server.requests == []
    assert completed.returncode == 2
    assert completed.stderr.strip() == f"wirlint: {target}: cannot write the WARC file: No such file or directory"
