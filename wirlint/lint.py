"""Lints a list of inputs: read, parse, run the rules; one input's failure never stops the others."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from wirlint.config import ConfigResolver
from wirlint.engine.runner import lint_document
from wirlint.errors import WirlintError
from wirlint.inputs import InputFile
from wirlint.model import Document, FileResult
from wirlint.sources import BINARY_EXTENSIONS, load_document

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # decks and PDFs carry images


def read_input(item: InputFile) -> bytes:
    if item.path is None:
        return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    try:
        size = item.path.stat().st_size
        limit = MAX_DOCUMENT_BYTES if item.path.suffix.lower() in BINARY_EXTENSIONS else MAX_FILE_BYTES
        if size > limit:
            raise WirlintError(item.display, f"file too large ({size} bytes, limit {limit})")
        return item.path.read_bytes()
    except IsADirectoryError:
        raise WirlintError(item.display, "is a folder, not a file") from None
    except PermissionError:
        raise WirlintError(item.display, "permission denied") from None
    except OSError as error:
        raise WirlintError(item.display, error.strerror or str(error)) from None


@dataclass
class Linted:
    """One input's result, with what ``--fix`` needs to write it back: the bytes read and the Document."""

    item: InputFile
    result: FileResult
    data: bytes | None = None
    document: Document | None = None


def lint_input(item: InputFile, resolver: ConfigResolver) -> Linted:
    if item.error:
        return Linted(item, FileResult(path=item.display, errors=[item.error]))
    try:
        config = resolver.for_path(item.path if item.path is not None else Path(item.display))
        data = read_input(item)
        document = load_document(item.display, data, kind=item.kind, charset=item.charset)
        return Linted(item, lint_document(document, config), data, document)
    except WirlintError as error:
        cause = error.cause if error.path == item.display else str(error)
        return Linted(item, FileResult(path=item.display, errors=[cause]))
    except Exception as error:  # a bug must cost one file, not the whole run
        cause = f"internal error, please report: {type(error).__name__}: {error}"
        return Linted(item, FileResult(path=item.display, errors=[cause]))
