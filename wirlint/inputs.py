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
from wirlint.ignore import GitIgnore
from wirlint.sources.kinds import LINTABLE_EXTENSIONS, is_archive, is_content_data

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
    force_exclude: bool = False,
    on_unlinted: Notice | None = None,
) -> list[InputFile]:
    """The files the arguments name. A folder yields only regular files inside it: a symlink that leads out of
    the folder, into a loop or to a FIFO or device is skipped (``on_skip`` hears why). A folder scan leaves out
    excluded, git-ignored and out-of-scope files and files of no content format (``on_unlinted`` hears which
    and why); ``force_exclude`` applies the same to files named one by one (as pre-commit names them)."""
    files: dict[str, InputFile] = {}
    scan = _Scan(resolver, on_skip or _ignore, on_unlinted or _ignore, force_exclude)
    for argument in arguments or (".",):
        for item in scan.expand(argument, stdin_filename):
            files.setdefault(item.display, item)
    return [files[key] for key in sorted(files)]


def _ignore(path: str, why: str) -> None:
    pass


def is_lintable(path: Path) -> bool:
    """A prose format by extension, a web archive, or a data file, site config or script config a site renders
    as copy."""
    return path.suffix.lower() in LINTABLE_EXTENSIONS or is_archive(path.name) or is_content_data(display_path(path))


class _Scan:
    def __init__(self, resolver: ConfigResolver, on_skip: Notice, on_unlinted: Notice, force_exclude: bool) -> None:
        self.resolver = resolver
        self.on_skip = on_skip
        self.on_unlinted = on_unlinted
        self.force_exclude = force_exclude
        self._gitignores: dict[str, GitIgnore] = {}

    def expand(self, argument: str, stdin_filename: str | None) -> Iterator[InputFile]:
        if argument == STDIN:
            yield InputFile(None, stdin_filename or STDIN)
            return
        path = Path(argument)
        if path.is_dir():
            yield from self._walk(path)
        elif path.exists() or path.is_symlink():
            # named explicitly: linted even if excluded, like Ruff, unless --force-exclude (pre-commit)
            why = self._left_out(path, None) if self.force_exclude else None
            if why is None and self.force_exclude and not is_lintable(path):
                why = "not a content format"
            if why is None:
                yield InputFile(path, display_path(path))
            else:
                self.on_unlinted(display_path(path), why)
        elif GLOB_CHARACTERS & set(argument):
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                yield InputFile(path, argument, "no file matches this pattern")
            root = os.path.realpath(".")
            for match in matches:
                candidate = Path(match)
                why = self._left_out(candidate, None)
                if why is not None:
                    self.on_unlinted(display_path(candidate), why)
                elif _regular_inside(candidate, root, self.on_skip):
                    yield InputFile(candidate, display_path(candidate))
        else:
            yield InputFile(path, argument, "no such file or folder")

    def _walk(self, folder: Path) -> Iterator[InputFile]:
        saved = read_manifest(folder)  # a folder written by ``wirlint crawl --save``: report the URLs
        root = os.path.realpath(folder)
        for parent, folders, names in os.walk(folder):  # symlinked folders are not followed
            kept = []
            for name in sorted(folders):
                sub = Path(parent) / name
                if name in SKIPPED_FOLDERS or name.startswith("."):
                    continue
                why = None if saved else self._left_out(sub, folder, is_dir=True)
                if why is None:
                    kept.append(name)
                else:
                    self.on_unlinted(display_path(sub) + "/", why)
            folders[:] = kept
            for name in sorted(names):
                path = Path(parent) / name
                entry = saved.get(Path(os.path.realpath(path))) if saved else None
                if entry is not None:
                    if _regular_inside(path, root, self.on_skip):
                        yield InputFile(
                            path, entry["url"], kind=entry.get("kind", "html"), charset=entry.get("charset")
                        )
                    continue
                if not is_lintable(path):
                    if not name.startswith("."):
                        self.on_unlinted(display_path(path), f"not a content format ({path.suffix or 'no extension'})")
                    continue
                why = self._left_out(path, folder)
                if why is not None:
                    self.on_unlinted(display_path(path), why)
                elif _regular_inside(path, root, self.on_skip):
                    yield InputFile(path, display_path(path))

    def _left_out(self, path: Path, scan_root: Path | None, *, is_dir: bool = False) -> str | None:
        """Why a scan leaves ``path`` out (excluded, git-ignored, out of scope), or None."""
        config = self.resolver.for_path(path)
        if config.is_excluded(str(path), str(scan_root) if scan_root is not None else None):
            return "excluded (exclude / extend-exclude)"
        if config.respect_gitignore and self._gitignore(path).ignored(path, is_dir=is_dir):
            return "ignored by .gitignore"
        if not is_dir and config.is_out_of_scope(display_path(path)):
            return "out of scope (legal, jobs or press page; out-of-scope)"
        return None

    def _gitignore(self, path: Path) -> GitIgnore:
        folder = os.path.dirname(os.path.abspath(path))
        known = self._gitignores.get(folder)
        if known is None:
            known = self._gitignores[folder] = GitIgnore(Path(folder))
        return known


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
