"""Web archives built in the tests with warcio's writer: ten small company sites, some records gzip-encoded,
a deck, and hostile records (a decompression bomb, a binary body, a broken record at the end of a file)."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.documents import make_pdf

HOSTS = 10
PAGES_PER_HOST = 10
BOMB_BYTES = 64 * 1024 * 1024  # inflates past the 10 MiB page cap
BROKEN_TAIL = b"HTTP/1.1 200 OK\r\nthis is no WARC record\r\n\r\n"

GERMAN = [
    "Wir sind seit 1990 der führende Anbieter für Fenster in der Region.",
    "Wir bieten Ihnen eine kostenlose Beratung vor Ort.",
    "Sie bekommen Ihr Angebot innerhalb von zwei Tagen.",
    "Unser Team plant Ihre neuen Fenster mit Sorgfalt.",
    "Wir haben über 30 Jahre Erfahrung im Fensterbau.",
    "Ihre Wohnung bleibt sauber, denn Sie müssen nichts vorbereiten.",
]
ENGLISH = [
    "We are the leading provider of cloud accounting in Europe.",
    "We offer our customers a free trial.",
    "You close your books in half the time.",
    "Our team builds the integrations you need.",
    "We have been in business for over 25 years.",
    "You keep every invoice in one place and find it in seconds.",
]


@dataclass(frozen=True)
class ArchivedPage:
    url: str
    html: str


def site_pages(index: int) -> list[ArchivedPage]:
    """One company's pages: a shared menu (boilerplate), body copy from the language's sentences, and on every
    third site a testimonial."""
    german = index % 2 == 0
    host = f"firma{index}.test" if german else f"company{index}.test"
    sentences = GERMAN if german else ENGLISH
    menu = (
        "<nav><ul><li>Über uns</li><li>Leistungen</li><li>Kontakt</li></ul></nav>"
        if german
        else ("<nav><ul><li>About us</li><li>Services</li><li>Contact</li></ul></nav>")
    )
    lang = "de" if german else "en"
    pages = []
    for number in range(PAGES_PER_HOST):
        path = "/" if number == 0 else f"/seite-{number}" if german else f"/page-{number}"
        body = " ".join(sentences[(number + offset) % len(sentences)] for offset in range(4))
        proof = ""
        if index % 3 == 0 and number == 1:
            proof = (
                "<blockquote><p>Der Einbau war schnell und sauber.</p><footer>– Anna K., Kundin</footer></blockquote>"
                if german
                else "<blockquote><p>Setup took ten minutes.</p><footer>– Sam P., customer</footer></blockquote>"
            )
        html = (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{host} {number}</title></head>'
            f"<body>{menu}<main><h1>{host}</h1><p>{body}</p>{proof}</main></body></html>"
        )
        pages.append(ArchivedPage(f"https://{host}{path}", html))
    return pages


def all_pages() -> list[ArchivedPage]:
    return [page for index in range(HOSTS) for page in site_pages(index)]


def write_response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, *, encoding: str | None = None, status: str = "200 OK"
) -> None:
    payload = gzip.compress(body) if encoding == "gzip" else body
    headers = [("Content-Type", content_type), ("Content-Length", str(len(payload)))]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http))


def write_bomb(writer: WARCWriter, url: str) -> None:
    """A gzip body that inflates to BOMB_BYTES of markup-looking zeros, compressed in chunks."""
    stream = io.BytesIO()
    with gzip.GzipFile(fileobj=stream, mode="wb", compresslevel=9) as packed:
        chunk = b"0" * (1 << 20)
        for _ in range(BOMB_BYTES >> 20):
            packed.write(chunk)
    payload = stream.getvalue()
    headers = [("Content-Type", "text/html"), ("Content-Length", str(len(payload))), ("Content-Encoding", "gzip")]
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http))


def build_archives(folder: Path) -> list[Path]:
    """Two WARC files (one plain, one gzip per record) with the ten sites split between them, and the hostile
    records: a bomb and a binary body in the first, a broken record at the end of the second."""
    folder.mkdir(parents=True, exist_ok=True)
    pages = all_pages()
    first, second = folder / "crawl-1.warc", folder / "crawl-2.warc.gz"
    with first.open("wb") as plain, second.open("wb") as packed:
        writers = [WARCWriter(plain, gzip=False), WARCWriter(packed, gzip=True)]
        for number, page in enumerate(pages):
            encoding = "gzip" if number % 4 == 0 else None
            write_response(writers[number % 2], page.url, page.html.encode("utf-8"), "text/html; charset=utf-8",
                           encoding=encoding)  # fmt: skip
        deck = make_pdf([("Wir sind Ihr Partner", ["Wir bieten Ihnen die beste Qualität."])])
        write_response(writers[0], "https://firma0.test/praesentation.pdf", deck, "application/pdf")
        write_response(writers[0], "https://firma0.test/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        write_response(writers[1], "https://firma2.test/alt", b"", "text/html", status="301 Moved Permanently")
        write_bomb(writers[0], "https://hostile.test/bomb")
        write_response(writers[0], "https://hostile.test/binary", bytes(range(256)) * 64, "text/html")
        write_response(writers[0], "https://hostile.test/", b"<p>We are the best.</p>", "text/html")
    with second.open("ab") as packed:
        packed.write(gzip.compress(BROKEN_TAIL))
    return [first, second]
