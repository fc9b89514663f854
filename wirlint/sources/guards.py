"""Checks before a binary document is parsed, so a hostile file costs milliseconds, not the machine.

PPTX and DOCX are zip archives; python-pptx and python-docx read their members into memory, so the archive's
own directory is checked first: member count, total uncompressed size and compression ratio. Parsing then
runs under a wall-clock limit.
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
MAX_RATIO = 200  # a member may inflate at most 200× (text XML reaches about 10–30×)
RATIO_CHECK_FROM = 2 * 1024 * 1024  # small members may compress extremely well, harmlessly
MAX_DOCUMENT_SECONDS = 30


def check_zip(path: str, data: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError) as error:
        raise InputError(path, f"not a valid Office file (broken zip: {error})") from None
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise InputError(path, f"refused: {len(members)} archive members (limit {MAX_MEMBERS}), likely a zip bomb")
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED:
        limit = MAX_UNCOMPRESSED // 2**20
        raise InputError(path, f"refused: {total / 2**20:.0f} MiB when unpacked (limit {limit} MiB), likely a zip bomb")
    for member in members:
        if member.file_size > RATIO_CHECK_FROM and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise InputError(
                path,
                f"refused: member {member.filename!r} inflates {member.file_size // max(member.compress_size, 1)}× "
                f"(limit {MAX_RATIO}×), likely a zip bomb",
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
