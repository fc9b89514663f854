"""``--save DIR``: what a crawl fetched, on disk, so ``wirlint check DIR`` re-lints it offline.

The manifest keeps each file's URL, status, media type, charset and fetch time; ``check`` reads it and
reports the URLs as paths, so an offline run and the crawl produce the same report.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from wirlint.crawl.crawler import CrawlReport
    from wirlint.crawl.fetcher import Response

# The media types a crawl keeps besides HTML, and the source that reads each.
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}

MANIFEST = "wirlint-manifest.json"


def file_name_for(url: str, kind: str = "html") -> str:
    """A safe, unique relative path for a URL: ``host/readable-slug-<hash of the URL>.ext``, flat per host, so
    ``/a.b`` and ``/a.b/c``, ``/page`` and ``/page.html`` or ``/x y`` and ``/x_y`` never meet on disk; the
    manifest keeps the URL itself."""
    parts = urlsplit(url)
    segments = [segment for segment in unquote(parts.path).split("/") if segment not in {"", ".", ".."}]
    slug = "_".join("".join(c if c.isalnum() or c in "-_." else "-" for c in segment) for segment in segments)
    slug = slug.strip(".")[:80] or "index"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    host = "".join(c if c.isalnum() or c in "-." else "_" for c in parts.netloc)
    return f"{host}/{slug}-{digest}.{kind}"


def save_document(folder: Path, url: str, response: Response) -> dict[str, object]:
    """Write a linked deck as soon as it is fetched (its body is not kept for the end of the crawl)."""
    return _save(folder, url, response, None, DOCUMENT_TYPES[response.content_type])


def save_crawl(report: CrawlReport, folder: Path, documents: list[dict[str, object]]) -> Path:
    """Write the pages and the manifest of everything saved (``documents``: the entries of saved decks)."""
    entries = [_save(folder, page.url, page.response, page.encoding, "html") for page in report.pages]
    manifest = folder / MANIFEST
    _write_atomically(manifest, json.dumps([*entries, *documents], ensure_ascii=False, indent=1).encode("utf-8"))
    return manifest


def _save(folder: Path, url: str, response: Response, encoding: str | None, kind: str) -> dict[str, object]:
    name = file_name_for(url, kind)
    _write_atomically(folder / name, response.body)
    return {
        "url": url,
        "status": response.status,
        "content_type": response.content_type,
        "charset": encoding,
        "kind": kind,
        "fetched_at": response.fetched_at,
        "file": name,
    }


def read_manifest(folder: Path) -> dict[Path, dict[str, str]]:
    """Saved file → its manifest entry, for folders written by ``--save``."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return {}
    try:
        entries = json.loads(manifest.read_text(encoding="utf-8"))
        return {(folder / entry["file"]).resolve(): entry for entry in entries}
    except (ValueError, KeyError, TypeError, OSError):
        return {}


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".wirlint-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
