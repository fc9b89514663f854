"""Inputs → Documents: one module per kind of input, chosen by file name, media type or content.

The package itself stays light (the file scan and the cache look-up import it); the parsers load with the
first document that is read.
"""

from __future__ import annotations

from typing import Any

from wirlint.sources.kinds import BINARY_EXTENSIONS, LINTABLE_EXTENSIONS, is_content_data, kind_for

__all__ = ["BINARY_EXTENSIONS", "LINTABLE_EXTENSIONS", "is_content_data", "kind_for", "load_document"]


def __getattr__(name: str) -> Any:
    if name == "load_document":
        from wirlint.sources import loading

        return getattr(loading, name)
    raise AttributeError(f"module 'wirlint.sources' has no attribute {name!r}")
