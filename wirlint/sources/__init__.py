"""Inputs → Documents: one module per kind of input, chosen by file name, media type or content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from wirlint.config import DEFAULT_PROSE_KEYS
from wirlint.errors import InputError, WirlintError
from wirlint.model import Document
from wirlint.sources.data import DATA_FORMATS, SCRIPT_CONFIG_NAMES, SITE_CONFIG_NAMES, parse_data, parse_script_config
from wirlint.sources.decode import decode_bytes
from wirlint.sources.html import parse_html
from wirlint.sources.markdown import parse_markdown, parse_mdx
from wirlint.sources.templates import blank_astro, blank_component
from wirlint.sources.text import parse_text

TextParser = Callable[[str, str, tuple[str, ...]], Document]

TEXT_KINDS: dict[str, TextParser] = {
    "markdown": parse_markdown,
    "mdx": parse_mdx,
    "html": parse_html,
    "astro": lambda path, source, keys: parse_html(path, source, keys, blank_astro),
    "component": lambda path, source, keys: parse_html(path, source, keys, blank_component),
    "text": lambda path, source, _keys: parse_text(path, source),
    "data": parse_data,
    "script-config": parse_script_config,
}
EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mdx": "mdx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".njk": "html",  # Nunjucks (Eleventy): HTML with template tags
    ".liquid": "html",
    ".hbs": "html",
    ".astro": "astro",
    ".vue": "component",
    ".svelte": "component",
    ".txt": "text",
    ".text": "text",
}
# Structured data is prose only in a content repository's data folders, site configs and menus; a
# ``package.json`` or a CI config is not read.
DATA_EXTENSIONS = frozenset(DATA_FORMATS)
DATA_FOLDERS = frozenset({"data", "_data", "content", "collections"})
BINARY_EXTENSIONS = {".pptx": "pptx", ".pdf": "pdf", ".docx": "docx"}
BINARY_LABELS = {"pptx": "PowerPoint file", "pdf": "PDF", "docx": "Word file"}
LINTABLE_EXTENSIONS = frozenset(EXTENSIONS) | frozenset(BINARY_EXTENSIONS)


def is_content_data(path: str) -> bool:
    """A data file a site renders as copy (``data/``, ``_data/``, ``src/content/``), a site config with
    menus, or a script config with navigation links."""
    posix = PurePosixPath(path.replace("\\", "/"))
    name = posix.name.lower()
    if name in SITE_CONFIG_NAMES or name in SCRIPT_CONFIG_NAMES:
        return True
    folders = {part.lower() for part in posix.parts[:-1]}
    return posix.suffix.lower() in DATA_EXTENSIONS and bool(folders & DATA_FOLDERS)


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
    base = PurePosixPath(name.replace("\\", "/")).name.lower()
    if base in SCRIPT_CONFIG_NAMES:
        return "script-config"
    if suffix in DATA_EXTENSIONS:
        return "data"
    if data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:512].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"


def load_document(
    path: str,
    data: bytes,
    *,
    kind: str | None = None,
    charset: str | None = None,
    prose_keys: tuple[str, ...] = DEFAULT_PROSE_KEYS,
) -> Document:
    """Decode and parse one input; raises InputError with the path and the cause. ``prose_keys`` name the
    front-matter and data keys whose values are prose."""
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
    document = TEXT_KINDS[kind](path, decoded.text, prose_keys)
    document.meta["decoded"] = decoded
    return document
