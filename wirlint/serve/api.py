"""The web app's JSON API, as plain functions from a request body to a response body (no state between
requests): the same findings as ``wirlint check --format json`` for a text, a dropped file or a fetched page."""

from __future__ import annotations

import base64
import binascii
import dataclasses
from pathlib import PurePosixPath
from typing import Any

from wirlint.config import ConfigResolver
from wirlint.errors import WirlintError
from wirlint.report.json_report import file_dict

FORMATS = {"md": "page.md", "html": "page.html", "text": "page.txt"}
FILE_TYPES = frozenset({".md", ".markdown", ".html", ".htm", ".txt", ".docx", ".pptx", ".pdf"})
FETCH_LIMIT = 5 * 1024 * 1024
FETCHED_TYPES = {"text/html": "page.html", "application/xhtml+xml": "page.html", "text/plain": "page.txt",
                 "text/markdown": "page.md", "application/pdf": "page.pdf"}  # fmt: skip


class ApiError(Exception):
    """A request the API refuses: the status and one line saying why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def check(body: dict[str, Any], resolver: ConfigResolver) -> dict[str, Any]:
    """``{"text", "lang"?, "format"?}`` or ``{"file": {"name", "data" (base64)}}`` or ``{"url"}`` → the file
    object of the JSON report, plus ``"text"``: what was linted (for a file or URL, its text as read)."""
    from wirlint.api import lint_bytes

    path, data = _input(body)
    config = resolver.for_path(None)
    lang = body.get("lang")
    if lang is not None:
        if lang not in {"de", "en"}:
            raise ApiError(400, "lang must be de or en")
        config = dataclasses.replace(config, lang=lang, lang_forced=True)
    try:
        document, result = lint_bytes(data, path, config)
    except WirlintError as error:
        raise ApiError(422, f"{path}: {error.cause}") from None
    return {**file_dict(result), "text": document.source, "kind": document.kind}


def rewrite(body: dict[str, Any]) -> dict[str, Any]:
    """``{"text", "lang"?}`` → the rewrites of each paragraph, as ``wirlint rewrite --format json``."""
    from wirlint.rewrite.paragraphs import rewrite_paragraphs

    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "text must be a non-empty string")
    entries = rewrite_paragraphs([paragraph for paragraph in text.split("\n\n") if paragraph.strip()],
                                 lang=body.get("lang"))  # fmt: skip
    return {
        "paragraphs": [
            {
                "input": entry.text,
                "lang": entry.lang,
                "suggestions": [{"text": s.text, "kind": s.kind, "safe": s.safe} for s in entry.suggestions],
            }
            for entry in entries
        ]
    }


def _input(body: dict[str, Any]) -> tuple[str, bytes]:
    if isinstance(body.get("text"), str):
        fmt = body.get("format", "text")
        if fmt not in FORMATS:
            raise ApiError(400, f"format must be one of {', '.join(FORMATS)}")
        return FORMATS[fmt], body["text"].encode("utf-8")
    if isinstance(body.get("file"), dict):
        name = str(body["file"].get("name", ""))
        if PurePosixPath(name).suffix.lower() not in FILE_TYPES:
            raise ApiError(415, f"{name}: not a file type wirlint reads here ({', '.join(sorted(FILE_TYPES))})")
        try:
            return PurePosixPath(name).name, base64.b64decode(str(body["file"].get("data", "")), validate=True)
        except (binascii.Error, ValueError):
            raise ApiError(400, f"{name}: data is not base64") from None
    if isinstance(body.get("url"), str):
        return _fetched(body["url"])
    raise ApiError(400, "send text, file or url")


def _fetched(url: str) -> tuple[str, bytes]:
    """One page fetched with the crawler's fetcher (its timeouts, size and redirect limits)."""
    from wirlint.crawl.fetcher import Fetcher, FetchError, FetchLimits

    if not url.startswith(("http://", "https://")):
        raise ApiError(400, "url must start with http:// or https://")
    try:
        response = Fetcher(FetchLimits(timeout=10, retries=0, max_bytes=FETCH_LIMIT)).fetch_text(
            url, max_bytes=FETCH_LIMIT
        )
    except FetchError as error:
        raise ApiError(502, str(error)) from None
    if response.status >= 400:
        raise ApiError(502, f"{url}: HTTP {response.status}")
    name = FETCHED_TYPES.get(response.content_type)
    if name is None:
        raise ApiError(415, f"{url}: {response.content_type or 'no media type'} is not a page wirlint reads")
    return name, response.body
