"""Inputs → Documents: the parser for each kind of input (imported only when a file is actually read)."""

from __future__ import annotations

from collections.abc import Callable

from wirlint.config import DEFAULT_PROSE_KEYS
from wirlint.errors import InputError, WirlintError
from wirlint.model import Document
from wirlint.sources.decode import decode_bytes
from wirlint.sources.kinds import BINARY_EXTENSIONS, BINARY_LABELS, kind_for

TextParser = Callable[[str, str, tuple[str, ...]], Document]


def _text_parser(kind: str) -> TextParser:
    """The parser for a text kind, imported on first use: a Markdown run needs no HTML or YAML parser, and
    each of them adds to every start."""
    if kind in {"markdown", "mdx"}:
        from wirlint.sources.markdown import parse_markdown, parse_mdx

        return parse_markdown if kind == "markdown" else parse_mdx
    if kind in {"html", "astro", "component"}:
        from wirlint.sources.html import parse_html
        from wirlint.sources.templates import blank_astro, blank_component

        blank = {"astro": blank_astro, "component": blank_component}.get(kind)
        if blank is None:
            return parse_html
        return lambda path, source, keys: parse_html(path, source, keys, blank)
    if kind in {"data", "script-config"}:
        from wirlint.sources.data import parse_data, parse_script_config

        return parse_data if kind == "data" else parse_script_config
    from wirlint.sources.text import parse_text

    return lambda path, source, _keys: parse_text(path, source)


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
    document = _text_parser(kind)(path, decoded.text, prose_keys)
    document.meta["decoded"] = decoded
    return document
