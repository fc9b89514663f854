"""Records grouped by site on disk, so an archive of any size is linted one site at a time.

A site's pages arrive scattered over a WARC file (and over many files); the site analysis needs them
together. An SQLite file in a temporary folder holds the records until every archive has been read, then
gives them back host by host; worker processes open it read-only.
"""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

from wirlint.archive.reader import ArchivedResponse, ArchiveProblem

Record = ArchivedResponse | ArchiveProblem


class HostSpool:
    def __init__(self, path: Path, *, writable: bool = True) -> None:
        self.path = path
        if writable:
            self._db = sqlite3.connect(path)
            self._db.execute("PRAGMA journal_mode = OFF")
            self._db.execute("PRAGMA synchronous = OFF")
            self._db.execute("CREATE TABLE IF NOT EXISTS records (host TEXT, size INTEGER, record BLOB)")
        else:
            self._db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)

    def add(self, record: Record) -> None:
        size = len(record.body) if isinstance(record, ArchivedResponse) else 0
        self._db.execute(
            "INSERT INTO records VALUES (?, ?, ?)", (record.host, size, pickle.dumps(record, pickle.HIGHEST_PROTOCOL))
        )

    def commit(self) -> None:
        self._db.execute("CREATE INDEX IF NOT EXISTS by_host ON records (host)")
        self._db.commit()

    def hosts(self) -> list[tuple[str, int]]:
        """Every host with the bytes of its records, in name order."""
        return list(self._db.execute("SELECT host, SUM(size) FROM records GROUP BY host ORDER BY host"))

    def records(self, host: str) -> list[Record]:
        rows = self._db.execute("SELECT record FROM records WHERE host = ?", (host,))
        return [pickle.loads(blob) for (blob,) in rows]  # the spool's own file, written above

    def close(self) -> None:
        self._db.close()
