"""Lints a list of inputs: read, look up the cache, parse and run the rules, on one or more processes, with
results in input order; one input's failure never stops the others.

Nothing here imports the NLP stack until a file has to be linted: a run whose files are all cached reports
without loading spaCy.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from wirlint.cache import ResultCache, cache_key
from wirlint.config import Config, ConfigResolver
from wirlint.engine.packs import load_rules
from wirlint.errors import WirlintError
from wirlint.inputs import InputFile
from wirlint.model import Document, FileResult, SiteReport
from wirlint.parallel import choose_jobs, map_in_order
from wirlint.sources.kinds import BINARY_EXTENSIONS, is_archive

MAX_FILE_BYTES = 10 * 1024 * 1024  # a long web page is about 1 MiB
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024  # decks and PDFs carry images


def read_input(item: InputFile) -> bytes:
    if item.path is None:
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise WirlintError(item.display, f"standard input too large (over {MAX_FILE_BYTES} bytes)")
        return data
    limit = MAX_DOCUMENT_BYTES if item.path.suffix.lower() in BINARY_EXTENSIONS else MAX_FILE_BYTES
    try:
        # Opened without blocking and checked on the open descriptor: a FIFO or a device never hangs the run,
        # and a file that grows while it is read is still cut at the limit.
        descriptor = os.open(item.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as stream:
            info = os.fstat(stream.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(info.st_mode):
                raise WirlintError(item.display, "not a regular file (a FIFO, device or socket)")
            if info.st_size > limit:
                raise WirlintError(item.display, f"file too large ({info.st_size} bytes, limit {limit})")
            data = stream.read(limit + 1)
        if len(data) > limit:
            raise WirlintError(item.display, f"file too large (over {limit} bytes)")
        return data
    except IsADirectoryError:
        raise WirlintError(item.display, "is a folder, not a file") from None
    except PermissionError:
        raise WirlintError(item.display, "permission denied") from None
    except OSError as error:
        raise WirlintError(item.display, error.strerror or str(error)) from None


@dataclass
class Linted:
    """One input's result, with what ``--fix`` needs to write it back: the bytes read and the Document."""

    item: InputFile
    result: FileResult
    data: bytes | None = None
    document: Document | None = None
    site: SiteReport | None = None  # a web archive's site, on the first page of it


@dataclass(frozen=True)
class LintJob:
    """One file's work, as sent to a worker process. A file's bytes are read again where it is linted (only
    standard input travels with the job), so a run over many large decks never holds more than one each."""

    item: InputFile
    config: Config
    data: bytes | None  # standard input only
    keep_source: bool  # --fix and --diff need the bytes and the Document back
    keyed: bool  # a cache is in use: the result comes back with the key of the bytes that were linted


def lint_inputs(
    items: list[InputFile],
    resolver: ConfigResolver,
    *,
    jobs: int | None = None,
    cache: ResultCache | None = None,
    keep_sources: bool = False,
) -> list[Linted]:
    """Every input's result, in input order (a web archive's pages in address order, site by site). Cached
    results are used unless the sources are needed."""
    linted: list[list[Linted]] = [[] for _ in items]
    pending: list[tuple[int, LintJob, int]] = []
    archives: list[tuple[int, InputFile]] = []
    for position, item in enumerate(items):
        if item.error:
            linted[position] = [_failed(item, item.error)]
            continue
        if item.path is not None and is_archive(item.path.name):
            archives.append((position, item))
            continue
        looked_up = cache is not None and not keep_sources
        try:
            config = resolver.for_path(item.path if item.path is not None else Path(item.display))
            # Read here only what must be: standard input, or a file whose result may be in the cache; any
            # other file is read once, where it is linted.
            data = read_input(item) if item.path is None or looked_up else None
        except WirlintError as error:
            linted[position] = [_failed(item, error.cause if error.path == item.display else str(error))]
            continue
        if cache is not None and data is not None and looked_up:
            cached = cache.get(cache_key(item.display, data, item.kind, item.charset, config))
            if cached is not None:
                linted[position] = [Linted(item, cached)]
                continue
        job = LintJob(item, config, data if item.path is None else None, keep_sources, cache is not None)
        pending.append((position, job, len(data) if data is not None else _size(item)))
    for rule_folders in {job.config.rule_folders for _, job, _ in pending}:
        load_rules(rule_folders)  # what only spaCy can check fails now, once, before any file is linted
    workers = choose_jobs(jobs, [size for _, _, size in pending])
    results = map_in_order(lint_job, [job for _, job, _ in pending], workers)
    for (position, _, _), (entry, key) in zip(pending, results, strict=True):
        linted[position] = [entry]
        if cache is not None and key is not None:
            cache.put(key, entry.result)
    if archives:
        linted[archives[0][0]] = lint_archives_of(
            [item for _, item in archives], [resolver.for_path(item.path) for _, item in archives], jobs
        )
    return [entry for entries in linted for entry in entries]


def lint_archives_of(items: list[InputFile], configs: list[Config], jobs: int | None) -> list[Linted]:
    """Web archives' pages under their URLs, site by site (a site spread over several files is one site);
    a record that cannot be used is an error under its URL (or the file and offset), and the rest is still
    linted. Archives under different configs are linted apart."""
    from wirlint.archive.pool import lint_archives

    entries: list[Linted] = []
    for config in dict.fromkeys(configs):
        group = {str(item.path): item for item, used in zip(items, configs, strict=True) if used == config}
        for site in lint_archives(list(group), config, jobs=jobs):
            pages = [Linted(group[site.sources[result.path]], result) for result in site.results]
            if pages and site.site is not None:
                # the records that failed are reported as errors of their own, not again as the site's
                pages[0].site = replace(site.site, errors=[])
            entries += pages
            entries += [_failed(group[problem.source], problem.cause, problem.url) for problem in site.problems]
    return entries


def lint_job(job: LintJob) -> tuple[Linted, str | None]:
    """The file's result and, when a cache is in use, the key of the very bytes that were linted."""
    from wirlint.engine.runner import lint_document
    from wirlint.sources import load_document

    item = job.item
    started = time.monotonic()
    try:
        data = job.data if job.data is not None else read_input(item)
        document = load_document(
            item.display, data, kind=item.kind, charset=item.charset, prose_keys=job.config.all_prose_keys
        )
        result = lint_document(document, job.config, started=started)
    except WirlintError as error:
        return _failed(item, error.cause if error.path == item.display else str(error)), None
    except Exception as error:  # a bug must cost one file, not the whole run
        return _failed(item, f"internal error, please report: {type(error).__name__}: {error}"), None
    key = cache_key(item.display, data, item.kind, item.charset, job.config) if job.keyed else None
    if job.keep_source:
        return Linted(item, result, data, document), key
    return Linted(item, result), key


def _size(item: InputFile) -> int:
    """The file's size for choosing the number of processes (a file that cannot be read counts as empty; its
    error is reported where it is linted)."""
    try:
        return item.path.stat().st_size if item.path is not None else 0
    except OSError:
        return 0


def _failed(item: InputFile, cause: str, path: str | None = None) -> Linted:
    return Linted(item, FileResult(path=path or item.display, errors=[cause]))
