"""Web archives linted site by site on this machine's cores: ``check`` on a WARC file and ``batch --engine
local`` both come through here.

The archives are read once into a spool grouped by host; each worker process gets the spool's path and the
config once, when it starts, and then only host names. Sites come back in host order whatever the number of
processes, so output is identical to a serial run.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from wirlint.archive.reader import ArchiveTally, read_archive
from wirlint.archive.sites import ArchivedSite, lint_archived_site
from wirlint.archive.spool import HostSpool
from wirlint.config import Config
from wirlint.parallel import choose_jobs, start_context

_worker: dict[str, object] = {}  # the spool and config of this worker process, set once when it starts


def lint_archives(
    locations: list[str], config: Config, *, jobs: int | None = None, tally: ArchiveTally | None = None
) -> Iterator[ArchivedSite]:
    """Every site in the archives, linted, in host order."""
    tally = tally if tally is not None else ArchiveTally()
    with tempfile.TemporaryDirectory(prefix="wirlint-spool-") as folder:
        spool = HostSpool(Path(folder) / "records.sqlite")
        for location in locations:
            for record in read_archive(location, tally):
                spool.add(record)
        spool.commit()
        hosts = spool.hosts()
        workers = choose_jobs(jobs, [size or 0 for _, size in hosts])
        if workers <= 1:
            for host, _ in hosts:
                yield lint_archived_site(host, spool.records(host), config)
            spool.close()
            return
        spool.close()
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=start_context(), initializer=_start_worker, initargs=(spool.path, config)
        ) as pool:
            yield from pool.map(_lint_host, [host for host, _ in hosts])


def _start_worker(spool_path: Path, config: Config) -> None:
    _worker["spool"] = HostSpool(spool_path, writable=False)
    _worker["config"] = config


def _lint_host(host: str) -> ArchivedSite:
    spool = _worker["spool"]
    assert isinstance(spool, HostSpool)
    return lint_archived_site(host, spool.records(host), _worker["config"])  # type: ignore[arg-type]
