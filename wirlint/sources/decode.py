"""Bytes → text, refusing what is not text: BOM, then UTF-8, then a declared charset, else a clear error.

requests and many tools fall back to ISO-8859-1 and so turn UTF-8 umlauts into mojibake; wirlint never
guesses silently for local files.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from wirlint.errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KiB mean a binary file (image, archive, program), unless a UTF-16/32 BOM says
    the zeros are part of the text."""
    head = data[:8192]
    return b"\x00" in head and not any(head.startswith(bom) for bom, _ in BOMS[1:])


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    match = DECLARED_CHARSET.search(head) or XML_ENCODING.search(head)
    return match.group(1).decode("ascii").lower() if match else None


@dataclass(frozen=True)
class Decoded:
    """Text plus how it was stored, so ``--fix`` can write it back the same way."""

    text: str
    encoding: str
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def decode_bytes(path: str, data: bytes, *, fallback: str | None = None) -> Decoded:
    """Decode a file's bytes; ``fallback`` is a charset from outside the file (an HTTP header)."""
    if looks_binary(data):
        raise InputError(path, "binary file, not text (NUL bytes found)")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return Decoded(_decode(path, data[len(bom) :], encoding), encoding, bom)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    for charset in (fallback, declared_charset(data)):
        if charset and charset.replace("-", "").replace("_", "") != "utf8":
            return Decoded(_decode(path, data, charset), charset)
    raise InputError(
        path,
        f"not valid UTF-8 (byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) and no charset declared; "
        "save the file as UTF-8 or declare its charset",
    )


def _decode(path: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(path, f"unknown charset {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(path, f"not valid {encoding} at byte offset {error.start}") from None


def decode_web(url: str, data: bytes, header_charset: str | None) -> tuple[str, str]:
    """Decode a fetched page: BOM, then the HTTP header's charset, then ``<meta charset>``, then detection.

    Never requests' ISO-8859-1 default for text/* without a charset, which turns UTF-8 umlauts into mojibake.
    Returns the text and the encoding used, so a saved copy decodes the same way later.
    """
    if looks_binary(data):
        raise InputError(url, "binary content, not text")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode(url, data[len(bom) :], encoding), encoding
    for charset in (header_charset, declared_charset(data)):
        if charset:
            try:
                return data.decode(charset), charset
            except (LookupError, UnicodeDecodeError):
                continue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # only for text that is neither declared nor UTF-8: most runs never need it

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(url, "cannot tell the text encoding")
    return str(best), best.encoding
