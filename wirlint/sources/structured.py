"""Prose inside structured data: front matter, data files and site configs (YAML, TOML, JSON).

Static-site repositories keep much of their customer-facing copy outside the Markdown body: a home page's
hero text in front matter (``hero.text``), feature lists in ``data/features.yaml``, testimonials in
``_data/testimonials.yml``, menu labels in ``hugo.toml``. The string values of prose keys (title,
description, text …, at any depth: ``sections[].text``) become blocks with exact positions in the file; keys
that are not prose (dates, slugs, URLs, image paths, layout, tags) are never read as sentences.

YAML is read with node positions (PyYAML's composer); TOML and JSON values are found again in the source in
document order, so every block points at its own characters in the file.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from wirlint.config import DEFAULT_PROSE_KEYS
from wirlint.model import DATA_REGION, Block, Role
from wirlint.sources.builder import Aligner, BlockBuilder

HEADING_KEYS = frozenset({"title", "linktitle", "headline", "heading", "subheadline", "subheading", "subtitle"})
TESTIMONIAL_CONTAINERS = ("testimonial", "review", "kundenstimme", "referenz", "quote", "stimme", "feedback")
QUOTE_KEYS = frozenset({"quote", "text", "content", "body", "review", "zitat", "message", "testimonial"})
SPEAKER_KEYS = frozenset({"name", "author", "autor", "customer", "kunde", "client", "person", "company", "firma",
                          "role", "position"})  # fmt: skip
NAVIGATION_CONTAINERS = ("menu", "menus", "navigation", "nav", "navbar", "mainmenu", "main_menu", "items")
NAVIGATION_LABEL_KEYS = frozenset({"name", "title", "label", "text", "linktitle", "key"})
# names only speak as names: a person's or a menu item's "name" is prose only in a menu
NAME_KEYS = frozenset({"name", "label", "key"})
MAX_DATA_CHARACTERS = 2 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 200_000  # data nodes read from one file
SEARCH_WINDOW = 64 * 1024  # characters between one TOML/JSON value and the next


@dataclass(frozen=True)
class ProseValue:
    """One string to lint: where it sits in the data (``("hero", "text")``), its role, and its source range."""

    path: tuple[str | int, ...]
    text: str
    start: int  # source offset of the value (quotes and block indicators included)
    end: int
    role: Role
    testimonial: bool = False


def prose_blocks(
    source: str,
    fmt: str,
    *,
    offset: int = 0,
    end: int | None = None,
    prose_keys: tuple[str, ...] = DEFAULT_PROSE_KEYS,
    navigation: bool = False,
    front_matter: bool = False,
    root: str = "",
) -> list[Block]:
    """Blocks for the prose values of the ``fmt`` ("yaml", "toml", "json") data in ``source[offset:end]``.

    ``navigation``: the whole file is a menu (``_data/navigation.yml``, a site config's menu section is found
    by its key either way). ``front_matter``: a top-level ``title`` is the page title, and a navigation label
    when the page puts itself in a menu (``menu: main``, ``eleventyNavigation``). ``root`` names the data
    (a data file's name: ``testimonials`` for ``_data/testimonials.yml``, a list of quotes)."""
    text = source[offset:end]
    if len(text) > MAX_DATA_CHARACTERS:
        return []
    try:
        values = list(_values(text, fmt, prose_keys, navigation=navigation, front_matter=front_matter, root=root))
    except (yaml.YAMLError, tomllib.TOMLDecodeError, json.JSONDecodeError, RecursionError, ValueError):
        return []
    aligner = Aligner(source)
    blocks = []
    for value in values:
        builder = BlockBuilder()
        aligner.add(builder, value.text, offset + value.start, offset + value.end)
        block = builder.build(
            value.role, quoted=value.testimonial, testimonial=value.testimonial, fixable=False, region=DATA_REGION
        )
        if block is not None:
            blocks.append(block)
    return blocks


def _values(
    text: str, fmt: str, prose_keys: tuple[str, ...], *, navigation: bool, front_matter: bool, root: str
) -> Iterator[ProseValue]:
    keys = frozenset(key.lower() for key in prose_keys)
    start: tuple[str | int, ...] = (root.lower(),) if root else ()
    if fmt == "yaml":
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = [] if node is None else list(_yaml_strings(node, start))
    else:
        loaded = tomllib.loads(text) if fmt == "toml" else json.loads(text)
        data = list(_located_strings(text, loaded, start))
    menu_page = front_matter and any(
        path[:1] in {("menu",), ("menus",), ("eleventynavigation",)} for path, _text, _start, _end in data
    )
    testimonial_items = _testimonial_items(data)
    for path, value, start, end in data:
        role = _role(path, keys, navigation=navigation, front_matter=front_matter, menu_page=menu_page)
        if role is None or not value.strip():
            continue
        item = path[:-1]
        testimonial = item in testimonial_items and str(path[-1]).lower() in QUOTE_KEYS
        if item in testimonial_items and not testimonial:
            continue  # the customer's name and company are not prose
        yield ProseValue(path, value, start, end, Role.QUOTE if testimonial else role, testimonial)


def _role(
    path: tuple[str | int, ...], keys: frozenset[str], *, navigation: bool, front_matter: bool, menu_page: bool
) -> Role | None:
    key = next((str(part).lower() for part in reversed(path) if isinstance(part, str)), "")
    containers = [str(part).lower() for part in path[:-1] if isinstance(part, str)]
    in_menu = navigation or any(part in NAVIGATION_CONTAINERS for part in containers)
    if in_menu and key in NAVIGATION_LABEL_KEYS:
        return Role.NAVIGATION
    if front_matter and len(path) == 2 and path[0] == "eleventynavigation" and key in {"key", "title"}:
        return Role.NAVIGATION
    if key not in keys or (key in NAME_KEYS and not in_menu):
        return None
    if front_matter and len(path) == 1 and key in {"title", "linktitle"}:
        return Role.NAVIGATION if menu_page else Role.TITLE
    return Role.HEADING if key in HEADING_KEYS else Role.PARAGRAPH


def _testimonial_items(data: list[tuple[tuple[str | int, ...], str, int, int]]) -> set[tuple[str | int, ...]]:
    """Mappings that are testimonials: under a testimonial container, with a quote and a speaker."""
    keys_by_item: dict[tuple[str | int, ...], set[str]] = {}
    for path, _value, _start, _end in data:
        if path and isinstance(path[-1], str):
            keys_by_item.setdefault(path[:-1], set()).add(path[-1].lower())
    return {
        item
        for item, keys in keys_by_item.items()
        if keys & QUOTE_KEYS
        and keys & SPEAKER_KEYS
        and any(isinstance(part, str) and part.lower().startswith(TESTIMONIAL_CONTAINERS) for part in item)
    }


def _yaml_strings(
    node: yaml.Node, path: tuple[str | int, ...], seen: set[int] | None = None
) -> Iterator[tuple[tuple[str | int, ...], str, int, int]]:
    """String scalars with their source range. A node reached again through an alias is read once: its text
    is in the file once, and an alias bomb ("billion laughs") must not multiply the walk."""
    seen = set() if seen is None else seen
    if len(path) > MAX_DEPTH or id(node) in seen or len(seen) > MAX_NODES:
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                yield from _yaml_strings(value_node, (*path, str(key_node.value).lower()), seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _yaml_strings(item, (*path, index), seen)
    elif isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        yield path, node.value, node.start_mark.index, node.end_mark.index


def _located_strings(
    text: str, data: Any, start: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], str, int, int]]:
    """TOML and JSON strings with their place in the text, found in document order from a moving cursor."""
    cursor = 0
    for path, value in _strings(data, start):
        first_line = value.split("\n", 1)[0]
        # the next value follows soon after the last; a value written with escapes is not found verbatim, and
        # a bounded search keeps a file of many such values linear
        found = text.find(first_line, cursor, cursor + SEARCH_WINDOW + len(first_line)) if first_line else -1
        start = found if found >= 0 else cursor
        end = text.find("\n", start + len(value)) if "\n" in value else start + len(value)
        end = len(text) if end < 0 else end
        yield path, value, start, min(end + 1, len(text))
        cursor = start + len(first_line) if found >= 0 else cursor


def _strings(data: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if len(path) > MAX_DEPTH:
        return
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, str(key).lower()))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from _strings(item, (*path, index))
    elif isinstance(data, str):
        yield path, data
