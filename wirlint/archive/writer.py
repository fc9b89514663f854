"""``crawl --warc FILE``: what a crawl fetched, as a standard WARC 1.1 file (warcinfo, then request, response
and metadata records per page or deck), so a crawl can be archived, shared and linted again later with
``wirlint check FILE`` or ``wirlint batch``.

The crawler reads bodies decoded (gzip, deflate, brotli undone, within its size cap), so the response record
holds the decoded body: ``Content-Encoding`` and ``Transfer-Encoding`` are taken out of the stored headers,
``Content-Length`` is the stored body's, and the metadata record names the encoding that was undone, as
well as the redirects that led to the page. The file is written beside its final name and moved there when
the crawl is done: an interrupted crawl never leaves half a WARC under that name.
"""

from __future__ import annotations

import io
import os
import secrets
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from wirlint import __version__
from wirlint.crawl.fetcher import Response
from wirlint.errors import WirlintError

DROPPED_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


class WarcRecorder:
    def __init__(self, target: Path) -> None:
        self.target = target
        # created like any new file (mode 0666 less the umask), under a name no one else uses
        self.temporary = target.parent / f".{target.name}.{secrets.token_hex(6)}.part"
        try:
            descriptor = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as error:
            raise WirlintError(str(target), f"cannot write the WARC file: {error.strerror or error}") from None
        self.stream = os.fdopen(descriptor, "wb")
        self.writer = WARCWriter(self.stream, gzip=target.name.lower().endswith(".gz"), warc_version="1.1")
        info = {"software": f"wirlint/{__version__}", "format": "WARC File Format 1.1", "robots": "obey"}
        self.writer.write_record(self.writer.create_warcinfo_record(target.name, info))

    def record(self, response: Response) -> None:
        """A fetched page or deck: its request, its response (decoded body) and a metadata record."""
        url, date = response.url, _warc_date(response.fetched_at)
        path = url.split("://", 1)[-1].partition("/")[2]
        request_line = StatusAndHeaders(f"GET /{path} HTTP/1.1", response.request_headers, is_http_request=True)
        request = self.writer.create_warc_record(
            url, "request", http_headers=request_line, warc_headers_dict=_dated(date)
        )
        kept = [(name, value) for name, value in response.headers if name.lower() not in DROPPED_HEADERS]
        kept.append(("Content-Length", str(len(response.body))))
        status = StatusAndHeaders(f"{response.status} {response.reason}".strip(), kept, protocol=response.http_version)
        reply = self.writer.create_warc_record(
            url, "response", payload=io.BytesIO(response.body), http_headers=status, warc_headers_dict=_dated(date)
        )
        request.rec_headers.add_header("WARC-Concurrent-To", reply.rec_headers.get_header("WARC-Record-ID"))
        self.writer.write_record(reply)
        self.writer.write_record(request)
        lines = [f"fetchTime: {date}"]
        lines += [f"via: {hop}" for hop in response.redirects]
        lines += [
            f"decoded-content-encoding: {value}"
            for name, value in response.headers
            if name.lower() == "content-encoding"
        ]
        metadata = self.writer.create_warc_record(
            url,
            "metadata",
            payload=io.BytesIO(("\r\n".join(lines) + "\r\n").encode("utf-8")),
            warc_content_type="application/warc-fields",
            warc_headers_dict={**_dated(date), "WARC-Refers-To": reply.rec_headers.get_header("WARC-Record-ID")},
        )
        self.writer.write_record(metadata)

    def close(self) -> None:
        """Move the finished file to its name."""
        self.stream.close()
        try:
            os.replace(self.temporary, self.target)
        except OSError as error:
            self.temporary.unlink(missing_ok=True)
            raise WirlintError(str(self.target), f"cannot write the WARC file: {error.strerror or error}") from None

    def discard(self) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)


def _warc_date(fetched_at: str) -> str:
    """ISO 8601 in UTC with a Z, as WARC-Date wants it."""
    return fetched_at.replace("+00:00", "Z") if fetched_at else ""


def _dated(date: str) -> dict[str, str]:
    return {"WARC-Date": date} if date else {}
