"""PDF decks and brochures with pypdf: one page is one slide; the first line of a page is its title.

Encrypted files are tried with the empty password (many "protected" PDFs only restrict printing) and
otherwise reported; page count and size are capped and parsing runs under a time limit.
"""

from __future__ import annotations

import io
import logging
import re

from wirlint.errors import InputError
from wirlint.model import Document, Role
from wirlint.sources.extracted import ExtractedDocument
from wirlint.sources.guards import time_limit

MAX_PAGES = 500
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SENTENCE_END = re.compile(r"[.!?:…“”\"]$")


def parse_pdf(path: str, data: bytes) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd object; the report says enough
    with time_limit(path):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(path, "encrypted PDF: it needs a password, so its text cannot be read")
            pages = reader.pages
            if len(pages) > MAX_PAGES:
                raise InputError(path, f"{len(pages)} pages (limit {MAX_PAGES}); refused")
            extracted = ExtractedDocument(path, "pdf")
            for number, page in enumerate(pages, start=1):
                _read_page(extracted, page.extract_text() or "", number)
        except FileNotDecryptedError:
            raise InputError(path, "encrypted PDF: it needs a password, so its text cannot be read") from None
        except (PdfReadError, ValueError, KeyError, TypeError, RecursionError) as error:
            raise InputError(path, f"not a readable PDF ({type(error).__name__}: {error})") from None
    return extracted.finish()


def _read_page(extracted: ExtractedDocument, text: str, number: int) -> None:
    lines = [line.strip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        return
    extracted.add(lines[0], Role.SLIDE_TITLE, slide=number)
    for paragraph in PARAGRAPH_BREAK.split("\n".join(lines[1:])):
        for chunk in _sentences_across_lines(paragraph.splitlines()):
            extracted.add(chunk, Role.PARAGRAPH, slide=number)


def _sentences_across_lines(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs; a line that ends a sentence ends its paragraph (slide bullets)."""
    chunks, current = [], []
    for line in (line for line in lines if line):
        current.append(line)
        if SENTENCE_END.search(line):
            chunks.append(" ".join(current))
            current = []
    if current:
        chunks.append(" ".join(current))
    return chunks
