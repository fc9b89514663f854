"""The one place every front end meets the core: the command line today, editors and batch runs next.

``lint_paths`` expands what a user named (files, folders, globs, standard input), looks results up in the
cache before anything of the NLP stack is imported, and lints the rest in input order on ``jobs`` processes.
"""

from __future__ import annotations

import time

from wirlint.cache import ResultCache
from wirlint.config import Config, ConfigResolver
from wirlint.inputs import Notice, expand_inputs
from wirlint.lint import Linted, lint_inputs
from wirlint.model import Document, FileResult


def lint_paths(
    arguments: tuple[str, ...],
    resolver: ConfigResolver,
    *,
    jobs: int | None = None,
    cache: ResultCache | None = None,
    stdin_filename: str | None = None,
    keep_sources: bool = False,
    on_skip: Notice | None = None,
    force_exclude: bool = False,
) -> list[Linted]:
    """Lint what the arguments name; ``keep_sources`` returns each file's bytes and Document (for --fix);
    ``on_skip`` hears of folder entries that are not linted (symlinks out of the tree, FIFOs);
    ``force_exclude`` leaves out excluded files even when they are named one by one."""
    items = expand_inputs(
        arguments, resolver, stdin_filename=stdin_filename, on_skip=on_skip, force_exclude=force_exclude
    )
    return lint_inputs(items, resolver, jobs=jobs, cache=cache, keep_sources=keep_sources)


def lint_text(text: str, path: str, config: Config) -> tuple[Document, FileResult]:
    """Lint a text an editor holds (not what is on disk), read as the kind its path names."""
    return lint_bytes(text.encode("utf-8"), path, config)


def lint_bytes(data: bytes, path: str, config: Config) -> tuple[Document, FileResult]:
    """Lint an input held in memory (an editor's text, a dropped file, a fetched page) under the config's time
    limit, read as the kind its path names."""
    from wirlint.engine.runner import lint_document
    from wirlint.sources import load_document

    started = time.monotonic()
    document = load_document(path, data, prose_keys=config.all_prose_keys)
    return document, lint_document(document, config, started=started)
