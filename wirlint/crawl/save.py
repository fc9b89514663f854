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

# The media types a crawl keeps besides HTML, and the source that reads each.
DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}

MANIFEST = "wirlint-manifest.json"


def file_name_for(url: str, kind: str = "html") -> str:
    """A safe relative path for a URL: host/path, index.html for folders, a hash for queries."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    segments = [segment for segment in path.split("/") if segment not in {"", ".", ".."}]
    safe = ["".join(c if c.isalnum() or c in "-_.~" else "_" for c in segment)[:100] for segment in segments]
    if not safe or path.endswith("/"):
        safe.append("index.html")
    elif "." not in safe[-1]:
        safe[-1] += f".{kind}"
    if parts.query:
        stem, _, extension = safe[-1].rpartition(".")
        safe[-1] = f"{stem}-{hashlib.sha256(parts.query.encode()).hexdigest()[:10]}.{extension}"
    host = parts.netloc.replace(":", "_")
    return "/".join([host, *safe])


def save_crawl(report: CrawlReport, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    fetched = [(page.url, page.response, page.encoding, "html") for page in report.pages]
    fetched += [(url, response, None, DOCUMENT_TYPES[response.content_type]) for url, response in report.documents]
    entries = []
    for url, response, encoding, kind in fetched:
        name = file_name_for(url, kind)
        _write_atomically(folder / name, response.body)
        entries.append(
            {
                "url": url,
                "status": response.status,
                "content_type": response.content_type,
                "charset": encoding,
                "kind": kind,
                "fetched_at": response.fetched_at,
                "file": name,
            }
        )
    manifest = folder / MANIFEST
    _write_atomically(manifest, json.dumps(entries, ensure_ascii=False, indent=1).encode("utf-8"))
    return manifest


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
