"""Inputs → Documents: one module per kind of input, chosen by file name, media type or content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from wirlint.errors import InputError, WirlintError
from wirlint.model import Document
from wirlint.sources.decode import decode_bytes
from wirlint.sources.html import parse_html
from wirlint.sources.markdown import parse_markdown
from wirlint.sources.text import parse_text

TextParser = Callable[[str, str], Document]

TEXT_KINDS: dict[str, TextParser] = {"markdown": parse_markdown, "html": parse_html, "text": parse_text}
EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".txt": "text",
    ".text": "text",
}
BINARY_EXTENSIONS = {".pptx": "pptx", ".pdf": "pdf", ".docx": "docx"}
BINARY_LABELS = {"pptx": "PowerPoint file", "pdf": "PDF", "docx": "Word file"}
LINTABLE_EXTENSIONS = frozenset(EXTENSIONS) | frozenset(BINARY_EXTENSIONS)


def _binary_parser(kind: str) -> Callable[[str, bytes], Document]:
    """Deck and Word parsers are imported on first use: most runs lint text and need none of them."""
    if kind == "pptx":
        from wirlint.sources.pptx import parse_pptx

        return parse_pptx
    if kind == "pdf":
        from wirlint.sources.pdf import parse_pdf

        return parse_pdf
    from wirlint.sources.docx import parse_docx

    return parse_docx


def kind_for(name: str, data: bytes = b"") -> str:
    """The kind of input by file name, else by a look at the content (HTML starts with a tag)."""
    suffix = PurePosixPath(name).suffix.lower()
    kind = EXTENSIONS.get(suffix) or BINARY_EXTENSIONS.get(suffix)
    if kind:
        return kind
    if data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:512].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


def load_document(path: str, data: bytes, *, kind: str | None = None, charset: str | None = None) -> Document:
    """Decode and parse one input; raises InputError with the path and the cause."""
    kind = kind or kind_for(path, data)
    if kind in BINARY_EXTENSIONS.values():
        try:
            return _binary_parser(kind)(path, data)
        except WirlintError:
            raise
        except Exception as error:  # a library's own error on a broken file: its cause, named, not a traceback
            label = BINARY_LABELS[kind]
            raise InputError(path, f"not a readable {label} ({type(error).__name__}: {error})") from None
    decoded = decode_bytes(path, data, fallback=charset)
    document = TEXT_KINDS[kind](path, decoded.text)
    document.meta["decoded"] = decoded
    return document
