"""Front matter of content files (YAML between ``---`` lines, TOML between ``+++`` lines, a JSON object as
Hugo allows it), read as data.

Static site generators keep a page's type, layout, categories and tags there, and often its language; the page
type decides which rules apply. Front matter that cannot be read is treated as absent: the page body is still
linted, and the reader of the body never sees the front matter as prose.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from typing import Any

from wirlint.model import Block

FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n(.*?)^\1[ \t]*$", re.DOTALL | re.MULTILINE)
JSON_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?(\{[ \t]*\r?\n.*?^\})[ \t]*$", re.DOTALL | re.MULTILINE)
MAX_FRONT_MATTER = 256 * 1024  # characters: beyond this it is not front matter a person wrote


@dataclass(frozen=True)
class FrontMatter:
    """Where the front matter is: the whole block (with its fences) and its data."""

    fmt: str  # yaml, toml, json
    start: int
    end: int
    body_start: int
    body_end: int


def find_front_matter(source: str) -> FrontMatter | None:
    match = FRONT_MATTER.match(source)
    if match is not None:
        fmt = "toml" if match.group(1) == "+++" else "yaml"
        return FrontMatter(fmt, match.start(), match.end(), match.start(2), match.end(2))
    match = JSON_FRONT_MATTER.match(source)
    if match is None or len(match.group(1)) > MAX_FRONT_MATTER:
        return None
    try:
        is_object = isinstance(json.loads(match.group(1)), dict)
    except (ValueError, RecursionError):
        return None  # a page that happens to start with "{" keeps it as text
    return FrontMatter("json", match.start(), match.end(), match.start(1), match.end(1)) if is_object else None


def read_front_matter(source: str) -> dict[str, Any]:
    """The front matter as a mapping; empty when there is none or it cannot be read."""
    front = find_front_matter(source)
    if front is None or front.body_end - front.body_start > MAX_FRONT_MATTER:
        return {}
    body = source[front.body_start : front.body_end]
    try:
        if front.fmt == "toml":
            data = tomllib.loads(body)
        elif front.fmt == "json":
            data = json.loads(body)
        else:
            data = _yaml(body)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _yaml(body: str) -> object:
    """YAML front matter, or None when it is broken; PyYAML is imported here, by the first page that has some."""
    import yaml

    try:
        return yaml.safe_load(body)
    except yaml.YAMLError:
        return None


def front_matter_blocks(source: str, prose_keys: tuple[str, ...]) -> list[Block]:
    """The prose values of the front matter (``title``, ``description``, ``hero.text`` …) as blocks."""
    front = find_front_matter(source)
    if front is None:
        return []
    from wirlint.sources.structured import prose_blocks  # PyYAML with it: only for a page being linted

    return prose_blocks(
        source, front.fmt, offset=front.body_start, end=front.body_end, prose_keys=prose_keys, front_matter=True
    )


def front_matter_words(data: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    """The string values (or list items) of ``keys``, lower-cased: ``type: testimonial``, ``tags: [Blog, News]``."""
    words: list[str] = []
    for key in keys:
        value = data.get(key)
        items = value if isinstance(value, list) else [value]
        words.extend(str(item).lower() for item in items if isinstance(item, str | int))
    return words
