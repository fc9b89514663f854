"""Command-line inputs → files to lint: paths, folders (recursively), globs and ``-`` for standard input."""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Callable, Iterator
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
        return Path(os.path.abspath(path)).relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


Notice = Callable[[str, str], None]  # (path, why it was skipped)


def expand_inputs(
    arguments: tuple[str, ...],
    resolver: ConfigResolver,
    *,
    stdin_filename: str | None = None,
    on_skip: Notice | None = None,
) -> list[InputFile]:
    """The files the arguments name. A folder yields only regular files inside it: a symlink that leads out of
    the folder, into a loop or to a FIFO or device is skipped (``on_skip`` hears why)."""
    files: dict[str, InputFile] = {}
    for argument in arguments or (".",):
        for item in _expand(argument, resolver, stdin_filename, on_skip or _ignore):
            files.setdefault(item.display, item)
    return [files[key] for key in sorted(files)]


def _ignore(path: str, why: str) -> None:
    pass


def _expand(
    argument: str, resolver: ConfigResolver, stdin_filename: str | None, on_skip: Notice
) -> Iterator[InputFile]:
    if argument == STDIN:
        yield InputFile(None, stdin_filename or STDIN)
        return
    path = Path(argument)
    if path.is_dir():
        yield from _walk(path, resolver, on_skip)
    elif path.exists() or path.is_symlink():
        yield InputFile(path, display_path(path))  # named explicitly: linted even if excluded, like Ruff
    elif GLOB_CHARACTERS & set(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            yield InputFile(path, argument, "no file matches this pattern")
        root = os.path.realpath(".")
        for match in matches:
            candidate = Path(match)
            if not _skipped(candidate, resolver) and _regular_inside(candidate, root, on_skip):
                yield InputFile(candidate, display_path(candidate))
    else:
        yield InputFile(path, argument, "no such file or folder")


def _walk(folder: Path, resolver: ConfigResolver, on_skip: Notice) -> Iterator[InputFile]:
    saved = read_manifest(folder)  # a folder written by ``wirlint crawl --save``: report the URLs
    root = os.path.realpath(folder)
    for parent, folders, names in os.walk(folder):  # symlinked folders are not followed
        folders[:] = sorted(name for name in folders if name not in SKIPPED_FOLDERS and not name.startswith("."))
        for name in sorted(names):
            path = Path(parent) / name
            entry = saved.get(Path(os.path.realpath(path))) if saved else None
            if entry is None and path.suffix.lower() not in LINTABLE_EXTENSIONS:
                continue
            if not _regular_inside(path, root, on_skip) or (entry is None and _skipped(path, resolver)):
                continue
            if entry is not None:
                yield InputFile(path, entry["url"], kind=entry.get("kind", "html"), charset=entry.get("charset"))
            else:
                yield InputFile(path, display_path(path))


def _regular_inside(path: Path, root: str, on_skip: Notice) -> bool:
    """A regular file whose real path is inside ``root`` (symlinks resolved)."""
    try:
        real = os.path.realpath(path)
        info = os.stat(real)
    except OSError as error:
        on_skip(display_path(path), f"skipped: {error.strerror or error} (a broken symlink or a symlink loop)")
        return False
    if not stat.S_ISREG(info.st_mode):
        on_skip(display_path(path), "skipped: not a regular file (a FIFO, device or socket)")
        return False
    if os.path.commonpath([root, real]) != root:
        on_skip(display_path(path), "skipped: a symlink to a file outside the folder being linted")
        return False
    return True


def _skipped(path: Path, resolver: ConfigResolver) -> bool:
    config = resolver.for_path(path)
    return config.is_excluded(str(path)) or config.is_out_of_scope(display_path(path))
