"""WARC records → the responses worth linting, with the crawler's guards.

warcio parses the records and undoes chunked transfer and ``Content-Encoding`` (gzip, deflate, brotli); the
decoded body is read only up to the crawler's cap, so a decompression bomb costs a few milliseconds and one
error row. Pages (HTML) and decks (PDF, PPTX, DOCX) with status 2xx are kept; redirects, errors, images,
request and metadata records are counted as skipped. A record warcio cannot read ends that file with an
error naming the file and the byte offset; the records before it are kept.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from wirlint.crawl.crawler import HTML_TYPES
from wirlint.crawl.fetcher import parse_content_type
from wirlint.crawl.save import DOCUMENT_TYPES
from wirlint.errors import InputError
from wirlint.lint import MAX_DOCUMENT_BYTES, MAX_FILE_BYTES
from wirlint.sources.kinds import is_archive

HADOOP_SCHEMES = re.compile(r"^s3[an]://", re.IGNORECASE)


@dataclass(frozen=True)
class ArchivedResponse:
    """One page or deck from an archive: its target URL, media type and decoded body."""

    url: str
    host: str
    content_type: str
    charset: str | None
    body: bytes
    source: str  # the WARC file it came from
    offset: int  # where its record starts in that file


@dataclass(frozen=True)
class ArchiveProblem:
    """A record that could not be used (too large, broken), or a file that could not be read."""

    url: str  # the record's target URL, else ``file@offset``
    host: str
    cause: str
    source: str
    offset: int


@dataclass
class ArchiveTally:
    """What a file held besides what was linted."""

    records: int = 0
    skipped: int = 0


def host_of_url(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def open_archive(location: str) -> BinaryIO:
    """A local path, or any filesystem URL pyarrow reads (``s3://``, ``gs://``, ``hdfs://``, ``file://``)."""
    if "://" not in location:
        return open(location, "rb")  # the caller closes it
    try:
        from pyarrow import fs
    except ImportError:
        raise InputError(location, "reading archives by URL needs pyarrow (pip install 'wirlint[batch]')") from None
    try:
        # Hadoop's names for S3 (what a Spark user writes) are plain S3 to pyarrow
        filesystem, path = fs.FileSystem.from_uri(HADOOP_SCHEMES.sub("s3://", location))
        return filesystem.open_input_stream(path)
    except (OSError, ValueError) as error:
        raise InputError(location, f"cannot open: {error}") from None


def read_archive(location: str, tally: ArchiveTally | None = None) -> Iterator[ArchivedResponse | ArchiveProblem]:
    """Every page and deck in the archive at ``location``, and a problem for each record that cannot be used."""
    tally = tally if tally is not None else ArchiveTally()
    try:
        stream = open_archive(location)
    except InputError as error:
        yield ArchiveProblem(location, "", error.cause, location, 0)
        return
    except OSError as error:
        yield ArchiveProblem(location, "", error.strerror or str(error), location, 0)
        return
    with stream:
        yield from _records(stream, location, tally)


def _records(stream: BinaryIO, source: str, tally: ArchiveTally) -> Iterator[ArchivedResponse | ArchiveProblem]:
    records = ArchiveIterator(stream, no_record_parse=False, arc2warc=True)
    offset = 0
    try:
        for record in records:
            tally.records += 1
            item = _response(record, source, records.get_record_offset)
            offset = records.get_record_offset()  # known once the record has been read (warcio reads to its end)
            if item is None:
                tally.skipped += 1
            else:
                yield item
    except ArchiveLoadFailed as error:
        at = _next_offset(records, offset)
        yield ArchiveProblem(f"{source}@{at}", "", _broken(error), source, at)
    except (OSError, EOFError, ValueError) as error:  # a truncated gzip member, a read error
        at = _next_offset(records, offset)
        yield ArchiveProblem(f"{source}@{at}", "", f"unreadable record: {error}", source, at)


def _response(record: object, source: str, offset_of: Callable[[], int]) -> ArchivedResponse | ArchiveProblem | None:
    """The record as a response to lint, a problem, or None when it is no page (request, redirect, image …).
    ``offset_of`` gives the record's offset, and may only be asked once the body has been read."""
    if record.rec_type != "response" or record.http_headers is None:  # type: ignore[attr-defined]
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""  # type: ignore[attr-defined]
    host = host_of_url(url)
    status = record.http_headers.get_statuscode() or ""  # type: ignore[attr-defined]
    if not status.startswith("2"):
        return None
    content_type, charset = parse_content_type(record.http_headers.get_header("Content-Type") or "")  # type: ignore[attr-defined]
    if content_type in HTML_TYPES or content_type == "":
        limit = MAX_FILE_BYTES
    elif content_type in DOCUMENT_TYPES:
        limit = MAX_DOCUMENT_BYTES
    else:
        return None
    try:
        body = record.content_stream().read(limit + 1)  # type: ignore[attr-defined]
    except Exception as error:  # a broken gzip or brotli body is this record's problem only
        cause = f"cannot decode the body ({type(error).__name__}: {error})"
        return ArchiveProblem(url, host, cause, source, offset_of())
    if len(body) > limit:
        return ArchiveProblem(url, host, f"too large: more than {limit} bytes after decoding", source, offset_of())
    return ArchivedResponse(url, host, content_type, charset, body, source, offset_of())


def _next_offset(records: ArchiveIterator, fallback: int) -> int:
    """Where reading stopped: the broken record's start when warcio knows it."""
    try:
        return int(records.offset)
    except (AttributeError, TypeError, ValueError):
        return fallback


def _broken(error: ArchiveLoadFailed) -> str:
    text = " ".join(str(error).split())
    return f"broken WARC record ({text[:160]})"


def archives_in(location: str) -> list[str]:
    """A folder's WARC files (sorted), or the location itself."""
    if "://" not in location and os.path.isdir(location):
        found = [
            os.path.join(folder, name) for folder, _, names in os.walk(location) for name in names if is_archive(name)
        ]
        return sorted(found)
    return [location]
