"""Checks before a binary document is parsed, so a hostile file costs milliseconds, not the machine.

PPTX and DOCX are zip archives; python-pptx and python-docx read their members into memory, so the archive's
own directory is checked first (member count, declared sizes, compression ratio), then every member is
unpacked as a stream with its real bytes counted. Parsing then runs under a wall-clock limit.
"""

from __future__ import annotations

import io
import signal
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

from wirlint.errors import InputError

MAX_MEMBERS = 5_000
MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_MARKUP = 48 * 1024 * 1024  # parsed XML takes many times its size in memory; real decks have a few MiB
CHUNK = 1024 * 1024
MAX_RATIO = 200  # a member may inflate at most 200× (text XML reaches about 10–30×)
RATIO_CHECK_FROM = 2 * 1024 * 1024  # small members may compress extremely well, harmlessly
MAX_DOCUMENT_SECONDS = 30


def check_zip(path: str, data: bytes) -> None:
    """Refuse an archive before a parser unpacks it: by its directory first (member count, declared sizes,
    ratios), then by unpacking every member as a stream and counting the bytes that really come out, so a
    member that lies about its size, a bad CRC, an unknown method or an encrypted member is caught here."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(path, f"not a valid Office file (broken zip: {error})") from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(path, f"refused: {len(members)} archive members (limit {MAX_MEMBERS}), likely a zip bomb")
    _refuse_if_too_large(path, sum(member.file_size for member in members), MAX_UNCOMPRESSED, "when unpacked")
    for member in members:
        if member.file_size > RATIO_CHECK_FROM and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError(
                path,
                f"refused: member {member.filename!r} inflates {member.file_size // max(member.compress_size, 1)}× "
                f"(limit {MAX_RATIO}×), likely a zip bomb",
            )
    total = markup = 0
    for member in members:
        unpacked = _unpacked_size(path, archive, member, MAX_UNCOMPRESSED - total)
        total += unpacked
        if member.filename.endswith((".xml", ".rels")):
            markup += unpacked
            _refuse_if_too_large(path, markup, MAX_MARKUP, "of XML when unpacked")


def _unpacked_size(path: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo, allowed: int) -> int:
    size = 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                _refuse_if_too_large(path, size, allowed, "when unpacked")
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError, ValueError) as error:
        raise InputError(path, f"not a valid Office file (member {member.filename!r}: {error})") from None
    return size


def _refuse_if_too_large(path: str, size: int, limit: int, what: str) -> None:
    if size > limit:
        raise InputError(
            path, f"refused: {size / 2**20:.0f} MiB {what} (limit {limit // 2**20} MiB), likely a zip bomb"
        )


class DocumentTimeout(Exception):
    pass


@contextmanager
def time_limit(path: str, seconds: float = MAX_DOCUMENT_SECONDS) -> Iterator[None]:
    """Abort parsing after ``seconds`` (in the main thread; elsewhere the size guards must suffice)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except DocumentTimeout:
        raise InputError(path, f"took longer than {seconds:g} s to read; skipped") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
