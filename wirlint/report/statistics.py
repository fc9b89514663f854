"""``--statistics``: how often each rule fired, most frequent first (like Ruff)."""

from __future__ import annotations

from collections import Counter

from wirlint.model import FileResult


def render_statistics(results: list[FileResult]) -> str:
    counts = Counter((f.rule.code, f.rule.name) for result in results for f in result.findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    return "".join(f"{count:>5}  {code}  {name}\n" for (code, name), count in rows)
