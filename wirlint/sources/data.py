"""Data files and site configs of content repositories: their prose values and menu labels as blocks.

- Data files (``data/``, ``_data/``, Nuxt and Astro content collections) in YAML, TOML or JSON: the values of
  prose keys, testimonial entries as customers' words, a file named like a menu (``navigation.yml``) as
  navigation labels.
- Site configs (``hugo.toml``, ``config.yaml``, Jekyll ``_config.yml``): only their menus, as navigation labels.
- Script configs (``docusaurus.config.js``, Nuxt ``app.config.ts``, a ``navigation.ts``): the labels of link
  objects (an object literal with a ``label``/``text``/``title`` and a ``to``/``href``/``link``/``url``).
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from wirlint.config import DEFAULT_PROSE_KEYS
from wirlint.model import DATA_REGION, Document, Role
from wirlint.sources.builder import BlockBuilder
from wirlint.sources.kinds import DATA_FORMATS, MENU_FILE_STEMS, SITE_CONFIG_NAMES
from wirlint.sources.structured import prose_blocks

LINK_OBJECT = re.compile(r"\{[^{}]{0,2000}\}")
LINK_KEY = re.compile(r"\b(?:to|href|link|url|path)\s*:")
LABEL = re.compile(r"""\b(?:label|text|title)\s*:\s*(?P<quote>["'`])(?P<value>[^"'`\n]{1,200})(?P=quote)""")


def parse_data(path: str, source: str, prose_keys: tuple[str, ...] = DEFAULT_PROSE_KEYS) -> Document:
    name = PurePosixPath(path.replace("\\", "/")).name.lower()
    document = Document(path=path, source=source, kind="data")
    fmt = DATA_FORMATS.get(PurePosixPath(name).suffix, "yaml")
    if name in SITE_CONFIG_NAMES:
        document.blocks = prose_blocks(source, fmt, prose_keys=())  # a config's prose is its menus only
    else:
        stem = PurePosixPath(name).stem
        menu = stem in MENU_FILE_STEMS
        document.blocks = prose_blocks(source, fmt, prose_keys=prose_keys, navigation=menu, root=stem)
    return document


def parse_script_config(path: str, source: str, prose_keys: tuple[str, ...] = DEFAULT_PROSE_KEYS) -> Document:
    document = Document(path=path, source=source, kind="data")
    for link in LINK_OBJECT.finditer(source):
        body = link.group()
        label = LABEL.search(body)
        if label is None or not LINK_KEY.search(body):
            continue
        builder = BlockBuilder()
        builder.add(label.group("value"), link.start() + label.start("value"))
        block = builder.build(Role.NAVIGATION, fixable=False, region=DATA_REGION)
        if block is not None:
            document.blocks.append(block)
    return document
