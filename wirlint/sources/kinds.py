"""Which inputs wirlint reads and as what, by name: light enough for the file scan and the cache look-up, which
must not import any parser."""

from __future__ import annotations

from pathlib import PurePosixPath

DATA_FORMATS = {".yaml": "yaml", ".yml": "yaml", ".toml": "toml", ".json": "json"}
MENU_FILE_STEMS = frozenset({"navigation", "nav", "menu", "menus", "navbar", "main_menu", "mainmenu", "header"})
SITE_CONFIG_NAMES = frozenset({"hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml",
                               "config.yml", "config.json", "_config.yml", "_config.yaml", "menus.toml",
                               "menus.yaml", "menus.yml"})  # fmt: skip
SCRIPT_CONFIG_NAMES = frozenset({"docusaurus.config.js", "docusaurus.config.ts", "app.config.ts", "app.config.js",
                                 "navigation.ts", "navigation.js", "nav.ts", "nav.js", "menu.ts",
                                 "menu.js"})  # fmt: skip
EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mdx": "mdx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".njk": "html",  # Nunjucks (Eleventy): HTML with template tags
    ".liquid": "html",
    ".hbs": "html",
    ".astro": "astro",
    ".vue": "component",
    ".svelte": "component",
    ".txt": "text",
    ".text": "text",
}
# Structured data is prose only in a content repository's data folders, site configs and menus; a
# ``package.json`` or a CI config is not read.
DATA_EXTENSIONS = frozenset(DATA_FORMATS)
DATA_FOLDERS = frozenset({"data", "_data", "content", "collections"})
BINARY_EXTENSIONS = {".pptx": "pptx", ".pdf": "pdf", ".docx": "docx"}
BINARY_LABELS = {"pptx": "PowerPoint file", "pdf": "PDF", "docx": "Word file"}
LINTABLE_EXTENSIONS = frozenset(EXTENSIONS) | frozenset(BINARY_EXTENSIONS)
ARCHIVE_SUFFIXES = (".warc", ".warc.gz")  # web archives: many pages each, read by wirlint.archive


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def is_content_data(path: str) -> bool:
    """A data file a site renders as copy (``data/``, ``_data/``, ``src/content/``), a site config with
    menus, or a script config with navigation links."""
    posix = PurePosixPath(path.replace("\\", "/"))
    name = posix.name.lower()
    if name in SITE_CONFIG_NAMES or name in SCRIPT_CONFIG_NAMES:
        return True
    folders = {part.lower() for part in posix.parts[:-1]}
    return posix.suffix.lower() in DATA_EXTENSIONS and bool(folders & DATA_FOLDERS)


def kind_for(name: str, data: bytes = b"") -> str:
    """The kind of input by file name, else by a look at the content (HTML starts with a tag)."""
    suffix = PurePosixPath(name).suffix.lower()
    kind = EXTENSIONS.get(suffix) or BINARY_EXTENSIONS.get(suffix)
    if kind:
        return kind
    base = PurePosixPath(name.replace("\\", "/")).name.lower()
    if base in SCRIPT_CONFIG_NAMES:
        return "script-config"
    if suffix in DATA_EXTENSIONS:
        return "data"
    if data.startswith(b"%PDF-"):
        return "pdf"
    head = data[:512].lstrip().lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "text"
