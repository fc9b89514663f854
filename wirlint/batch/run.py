"""``wirlint batch``: which archives, which engine, and an output folder that is never half written.

A local run writes into a temporary folder beside ``--out`` and moves the tables into place only when both
are complete; an existing table is replaced only with ``--overwrite``. Spark writes with its own commit
protocol (the table's ``_SUCCESS`` marker) in ``errorifexists`` or ``overwrite`` mode.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from wirlint.archive.reader import archives_in
from wirlint.batch.outcome import BatchOutcome
from wirlint.config import Config
from wirlint.errors import InputError, WirlintError

ENGINES = ("local", "spark")
TABLES = ("pages", "sites")


def run_batch(
    inputs: tuple[str, ...],
    out: str,
    config: Config,
    *,
    engine: str = "local",
    jobs: int | None = None,
    master: str | None = None,
    overwrite: bool = False,
    partitions: int | None = None,
) -> BatchOutcome:
    locations = [found for location in inputs for found in archives_in(location)]
    if not locations:
        raise InputError(" ".join(inputs), "no WARC files (.warc, .warc.gz) here")
    if "://" not in out and not overwrite:
        _refuse_existing(Path(out))
    if engine == "spark":
        from wirlint.batch.spark import run_spark, spark_output

        _needs("pyspark", "spark")
        return run_spark(
            locations, config, spark_output(out), master=master, overwrite=overwrite, partitions=partitions
        )
    if "://" in out:
        raise WirlintError(out, "the local engine writes to a folder on this machine (--engine spark writes to URLs)")
    _needs("pyarrow", "batch")
    return _run_local_into(locations, config, Path(out), jobs=jobs)


def _refuse_existing(out: Path) -> None:
    """Before any work: a table already in ``out`` is kept unless ``--overwrite`` says otherwise."""
    existing = [out / table for table in TABLES if (out / table).exists()]
    if existing:
        raise WirlintError(str(existing[0]), "already exists (use --overwrite to replace it)")


def _run_local_into(locations: list[str], config: Config, out: Path, *, jobs: int | None) -> BatchOutcome:
    from wirlint.batch.local import run_local

    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".wirlint-batch-", dir=out))
    try:
        outcome = run_local(locations, config, staging, jobs=jobs)
        for table in TABLES:
            if (out / table).exists():
                shutil.rmtree(out / table)
            (staging / table).rename(out / table)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return outcome


def _needs(module: str, extra: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise WirlintError("wirlint batch", f"needs {module}: pip install 'wirlint[{extra}]'") from None
