"""Command-line inputs → files to lint: paths, folders (recursively), globs and ``-`` for standard input."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from wirlint.config import ConfigResolver
from wirlint.crawl.save import read_manifest
from wirlint.sources import LINTABLE_EXTENSIONS

SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"})
GLOB_CHARACTERS = frozenset("*?[")
STDIN = "-"


@dataclass(frozen=True)
class InputFile:
    """A file to lint, or standard input; ``error`` is set for a name that matched nothing."""

    path: Path | None  # None: standard input
    display: str
    error: str | None = None
    kind: str | None = None  # markdown, html, text; None: by file name
    charset: str | None = None  # known from outside the file (a saved crawl's manifest)


def display_path(path: Path) -> str:
    """Paths relative to the working folder when below it, so output is stable across machines."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def expand_inputs(
    arguments: tuple[str, ...], resolver: ConfigResolver, *, stdin_filename: str | None = None
) -> list[InputFile]:
    files: dict[str, InputFile] = {}
    for argument in arguments or (".",):
        for item in _expand(argument, resolver, stdin_filename):
            files.setdefault(item.display, item)
    return [files[key] for key in sorted(files)]


def _expand(argument: str, resolver: ConfigResolver, stdin_filename: str | None) -> Iterator[InputFile]:
    if argument == STDIN:
        yield InputFile(None, stdin_filename or STDIN)
        return
    path = Path(argument)
    if path.is_dir():
        yield from _walk(path, resolver)
    elif path.exists():
        yield InputFile(path, display_path(path))  # named explicitly: linted even if excluded, like Ruff
    elif GLOB_CHARACTERS & set(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            yield InputFile(path, argument, "no file matches this pattern")
        for match in matches:
            if Path(match).is_file() and not _skipped(Path(match), resolver):
                yield InputFile(Path(match), display_path(Path(match)))
    else:
        yield InputFile(path, argument, "no such file or folder")


def _walk(folder: Path, resolver: ConfigResolver) -> Iterator[InputFile]:
    saved = read_manifest(folder)  # a folder written by ``wirlint crawl --save``: report the URLs
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if name not in SKIPPED_FOLDERS and not name.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            entry = saved.get(path.resolve())
            if entry is not None:
                yield InputFile(path, entry["url"], kind=entry.get("kind", "html"), charset=entry.get("charset"))
            elif path.suffix.lower() in LINTABLE_EXTENSIONS and not _skipped(path, resolver):
                yield InputFile(path, display_path(path))


def _skipped(path: Path, resolver: ConfigResolver) -> bool:
    config = resolver.for_path(path)
    return config.is_excluded(str(path)) or config.is_out_of_scope(display_path(path))
