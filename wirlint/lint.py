"""Lints a list of inputs: read, parse, run the rules; one input's failure never stops the others."""

from __future__ import annotations

import sys
from pathlib import Path

from wirlint.config import ConfigResolver
from wirlint.engine.runner import lint_document
from wirlint.errors import WirlintError
from wirlint.inputs import InputFile
from wirlint.model import FileResult
from wirlint.sources import load_document

MAX_FILE_BYTES = 20 * 1024 * 1024


def read_input(item: InputFile) -> bytes:
    if item.path is None:
        return sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    try:
        size = item.path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WirlintError(item.display, f"file too large ({size} bytes, limit {MAX_FILE_BYTES})")
        return item.path.read_bytes()
    except IsADirectoryError:
        raise WirlintError(item.display, "is a folder, not a file") from None
    except PermissionError:
        raise WirlintError(item.display, "permission denied") from None
    except OSError as error:
        raise WirlintError(item.display, error.strerror or str(error)) from None


def lint_input(item: InputFile, resolver: ConfigResolver) -> FileResult:
    if item.error:
        return FileResult(path=item.display, errors=[item.error])
    try:
        config = resolver.for_path(item.path if item.path is not None else Path(item.display))
        data = read_input(item)
        document = load_document(item.display, data, kind=item.kind, charset=item.charset)
        return lint_document(document, config)
    except WirlintError as error:
        cause = error.cause if error.path == item.display else str(error)
        return FileResult(path=item.display, errors=[cause])
    except Exception as error:  # a bug must cost one file, not the whole run
        return FileResult(path=item.display, errors=[f"internal error, please report: {type(error).__name__}: {error}"])
