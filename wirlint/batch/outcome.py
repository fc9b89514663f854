"""What a batch run reports when it is done, whichever engine ran it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class BatchOutcome:
    pages: int  # rows in the pages table (pages linted and records that failed)
    sites: int
    records: int  # WARC records read
    skipped: int  # records that are no page (requests, redirects, images …)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (address, cause), in table order
