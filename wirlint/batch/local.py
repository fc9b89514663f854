"""``--engine local``: the archives read once into a spool grouped by host, the sites linted on a process pool,
the rows streamed into Parquet files in host order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wirlint.archive.pool import lint_archives
from wirlint.archive.reader import ArchiveTally
from wirlint.batch.columns import PAGE_COLUMNS, SITE_COLUMNS, arrow_schema, page_rows, site_row
from wirlint.batch.outcome import BatchOutcome
from wirlint.config import Config

ROWS_PER_GROUP = 10_000  # Parquet row groups of this many rows: few enough to keep memory flat


class _TableWriter:
    """Rows appended in order, written to ``folder/part-00000.parquet`` a row group at a time."""

    def __init__(self, folder: Path, columns: list[tuple[str, str, bool]]) -> None:
        import pyarrow.parquet as pq

        folder.mkdir(parents=True)
        self.names = [name for name, _, _ in columns]
        self.schema = arrow_schema(columns)
        self.writer = pq.ParquetWriter(folder / "part-00000.parquet", self.schema)
        self.pending: list[tuple[Any, ...]] = []
        self.count = 0

    def add(self, rows: list[tuple[Any, ...]]) -> None:
        self.pending += rows
        self.count += len(rows)
        if len(self.pending) >= ROWS_PER_GROUP:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.pending:
            columns = list(zip(*self.pending, strict=True))
            data = {name: list(values) for name, values in zip(self.names, columns, strict=True)}
            self.writer.write_table(pa.Table.from_pydict(data, schema=self.schema))
            self.pending = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def run_local(locations: list[str], config: Config, out: Path, *, jobs: int | None) -> BatchOutcome:
    tally = ArchiveTally()
    pages, sites = _TableWriter(out / "pages", PAGE_COLUMNS), _TableWriter(out / "sites", SITE_COLUMNS)
    errors: list[tuple[str, str]] = []
    try:
        for site in lint_archives(locations, config, jobs=jobs, tally=tally):
            rows = page_rows(site)
            pages.add(rows)
            errors += [(row[0], row[-1]) for row in rows if row[-1] is not None]
            row = site_row(site)
            if row is not None:
                sites.add([row])
    finally:
        pages.close()
        sites.close()
    return BatchOutcome(pages.count, sites.count, tally.records, tally.skipped, errors)
