"""``.gitignore`` rules for folder scans: what git ignores (build output, caches, vendored copies) is not
linted either, as in Ruff. The patterns are read with pathspec, which implements git's own matching rules."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pathspec

MAX_GITIGNORE_BYTES = 1024 * 1024


class GitIgnore:
    """The ignore rules of every ``.gitignore`` from the repository root down to a path's folder."""

    def __init__(self, start: Path) -> None:
        self.root = _repository_root(Path(os.path.abspath(start)))

    def ignored(self, path: Path, *, is_dir: bool = False) -> bool:
        absolute = Path(os.path.abspath(path))
        try:
            relative = absolute.relative_to(self.root)
        except ValueError:
            return False
        folders = [self.root]
        for part in relative.parts[:-1]:
            folders.append(folders[-1] / part)
        for folder in folders:
            spec = _spec(folder)
            inside = absolute.relative_to(folder).as_posix() + ("/" if is_dir else "")
            if spec is not None and spec.match_file(inside):
                return True
        return False


def _repository_root(start: Path) -> Path:
    """The nearest folder at or above ``start`` with a ``.git``; ``start`` itself outside a repository."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


@cache
def _spec(folder: Path) -> pathspec.GitIgnoreSpec | None:
    path = folder / ".gitignore"
    try:
        if not path.is_file() or path.stat().st_size > MAX_GITIGNORE_BYTES:
            return None
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)
