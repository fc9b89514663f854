"""``--engine spark``: the same site linting on PySpark, in local mode or on a cluster.

One task per archive reads its records; they are grouped by host (Spark's shuffle takes the place of the
local spool), each host is linted by ``lint_archived_site`` and turned into rows by ``wirlint.batch.columns``.
The config travels to the executors once, as a broadcast; each Python worker compiles the rules once and
keeps them for every site it lints. Run with ``--master`` or under ``spark-submit`` as usual.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from wirlint.archive.reader import ArchivedResponse, ArchiveProblem, ArchiveTally, read_archive
from wirlint.archive.sites import lint_archived_site
from wirlint.batch.columns import PAGE_COLUMNS, SITE_COLUMNS, page_rows, site_row, spark_schema
from wirlint.batch.outcome import BatchOutcome
from wirlint.config import Config

LOOPBACK = "127.0.0.1"
ERROR_COLUMN = [name for name, _, _ in PAGE_COLUMNS].index("error")


def run_spark(
    locations: list[str], config: Config, out: str, *, master: str | None, overwrite: bool, partitions: int | None
) -> BatchOutcome:
    spark = _session(master)
    try:
        context = spark.sparkContext
        shipped = context.broadcast(config)
        records, skipped = context.accumulator(0), context.accumulator(0)
        archives = context.parallelize(locations, max(1, len(locations)))
        by_host = archives.flatMap(partial(_records_by_host, records, skipped))
        sites = by_host.groupByKey(numPartitions=partitions or max(2, context.defaultParallelism))
        rows = sites.map(partial(_rows_of_site, shipped)).persist()
        mode = "overwrite" if overwrite else "errorifexists"
        page_table = spark.createDataFrame(rows.flatMap(lambda pair: pair[0]), spark_schema(PAGE_COLUMNS))
        page_table.write.mode(mode).parquet(f"{out}/pages")
        site_table = spark.createDataFrame(
            rows.flatMap(lambda pair: [pair[1]] if pair[1] is not None else []), spark_schema(SITE_COLUMNS)
        )
        site_table.write.mode(mode).parquet(f"{out}/sites")
        errors = sorted(
            rows.flatMap(lambda pair: [(row[0], row[ERROR_COLUMN]) for row in pair[0] if row[ERROR_COLUMN]]).collect()
        )
        outcome = BatchOutcome(
            rows.map(lambda pair: len(pair[0])).sum(),
            rows.filter(lambda pair: pair[1] is not None).count(),
            records.value,
            skipped.value,
            errors,
        )
        rows.unpersist()
        return outcome
    finally:
        spark.stop()


def _session(master: str | None) -> Any:
    """A session for ``--master``, the one ``spark-submit`` set up, or local mode on every core. A local
    session listens on the loopback address only and runs its Python workers with this interpreter."""
    from pyspark.sql import SparkSession

    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    builder = SparkSession.builder.appName("wirlint batch").config("spark.ui.showConsoleProgress", "false")
    if master is not None or not under_submit:
        master = master or "local[*]"
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", LOOPBACK)
        builder = (
            builder.config("spark.driver.host", LOOPBACK)
            .config("spark.driver.bindAddress", LOOPBACK)
            .config("spark.ui.enabled", "false")
        )
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def _records_by_host(
    records: Any, skipped: Any, location: str
) -> Iterator[tuple[str, ArchivedResponse | ArchiveProblem]]:
    tally = ArchiveTally()
    for record in read_archive(location, tally):
        yield record.host, record
    records.add(tally.records)
    skipped.add(tally.skipped)


def _rows_of_site(shipped: Any, grouped: tuple[str, Any]) -> tuple[list[tuple[Any, ...]], tuple[Any, ...] | None]:
    host, records = grouped
    site = lint_archived_site(host, list(records), shipped.value)
    return page_rows(site), site_row(site)


def spark_output(out: Path | str) -> str:
    """Where Spark writes: a local folder as an absolute path, any other location as given."""
    text = str(out)
    return text if "://" in text else str(Path(text).resolve())
