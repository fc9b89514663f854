"""Front matter of content files (YAML between ``---`` lines, TOML between ``+++`` lines), read as data.

Static site generators keep a page's type, layout, categories and tags there, and often its language; the page
type decides which rules apply. Front matter that cannot be read is treated as absent: the page body is still
linted, and the reader of the body never sees the front matter as prose.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

import yaml

from wirlint.model import Block
from wirlint.sources.structured import prose_blocks

FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)^\1[ \t]*$", re.DOTALL | re.MULTILINE)
MAX_FRONT_MATTER = 256 * 1024  # characters: beyond this it is not front matter a person wrote


def read_front_matter(source: str) -> dict[str, Any]:
    """The front matter as a mapping; empty when there is none or it cannot be read."""
    match = FRONT_MATTER.match(source)
    if match is None or len(match.group(2)) > MAX_FRONT_MATTER:
        return {}
    body = match.group(2)
    try:
        data = tomllib.loads(body) if match.group(1) == "+++" else yaml.safe_load(body)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def front_matter_blocks(source: str, prose_keys: tuple[str, ...]) -> list[Block]:
    """The prose values of the front matter (``title``, ``description``, ``hero.text`` …) as blocks."""
    match = FRONT_MATTER.match(source)
    if match is None:
        return []
    fmt = "toml" if match.group(1) == "+++" else "yaml"
    return prose_blocks(source, fmt, offset=match.start(2), end=match.end(2), prose_keys=prose_keys, front_matter=True)


def front_matter_words(data: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    """The string values (or list items) of ``keys``, lower-cased: ``type: testimonial``, ``tags: [Blog, News]``."""
    words: list[str] = []
    for key in keys:
        value = data.get(key)
        items = value if isinstance(value, list) else [value]
        words.extend(str(item).lower() for item in items if isinstance(item, str | int))
    return words
