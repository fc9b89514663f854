"""Both cores: an in-order map over a process pool, for linting many files or the pages of a crawl.

Each worker loads the spaCy pipelines and the tagger once (they are cached per process) and lints many
inputs; results come back in input order, so output is identical to a serial run. Where ``fork`` is safe
(Linux, no other threads), the NLP stack is imported once in the parent and inherited by the workers.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from wirlint import heap

T = TypeVar("T")
R = TypeVar("R")

SMALL_RUN_BYTES = 64 * 1024  # below this much text, starting workers costs more than it saves
CHUNKS_PER_WORKER = 8  # small chunks keep both cores busy when file sizes differ


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def choose_jobs(requested: int | None, sizes: Sequence[int]) -> int:
    """``--jobs`` as given (never more than there are inputs); by default every CPU, but one process for a
    single input or a small run."""
    if requested is not None:
        return max(1, min(requested, len(sizes)))
    if len(sizes) < 2 or sum(sizes) < SMALL_RUN_BYTES:
        return 1
    return max(1, min(available_cpus(), len(sizes)))


def map_in_order(function: Callable[[T], R], items: Sequence[T], jobs: int) -> list[R]:
    """``[function(item) for item in items]``, on ``jobs`` processes when there is more than one."""
    if jobs <= 1 or len(items) <= 1:
        return [function(item) for item in items]
    context = start_context()
    chunksize = max(1, len(items) // (jobs * CHUNKS_PER_WORKER))
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            return list(pool.map(function, items, chunksize=chunksize))
    except BrokenProcessPool:  # a worker died (killed, out of memory): the same work, serially
        return [function(item) for item in items]


def start_context() -> multiprocessing.context.BaseContext:
    """``fork`` where it is safe (no other threads), with the NLP stack imported once here and inherited by
    every worker; else a fresh interpreter per worker."""
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        import wirlint.engine.runner  # noqa: F401 - imported once here, inherited by every worker

        heap.settle()
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
