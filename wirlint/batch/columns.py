"""The two tables ``wirlint batch`` writes, one row per page and one per site, and how a linted site becomes
rows. Both engines build their rows here and declare their Parquet schema from the same column list, so a
local run and a Spark run write identical tables."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from wirlint.archive.sites import ArchivedSite
from wirlint.model import FileResult, Finding, findings_with_paths
from wirlint.report.json_report import finding_dict

WORST_PAGES = 5

# (name, type, nullable); types: string, long, double, bool, strings (a list), counts (string → long map)
PAGE_COLUMNS: list[tuple[str, str, bool]] = [
    ("url", "string", False),
    ("host", "string", False),
    ("source", "string", False),  # the WARC file the page came from
    ("lang", "string", True),
    ("page_type", "string", True),
    ("words", "long", False),
    ("we", "long", False),
    ("you", "long", False),
    ("customer_focus", "double", True),  # you / (we + you); null when the page addresses nobody
    ("testimonials", "long", False),
    ("findings", "long", False),
    ("rule_counts", "counts", False),  # findings per rule code
    ("findings_json", "string", False),  # the findings as in ``--format json``
    ("error", "string", True),  # why the record could not be linted (then the other figures are empty)
]
SITE_COLUMNS: list[tuple[str, str, bool]] = [
    ("host", "string", False),
    ("url", "string", False),
    ("lang", "string", True),
    ("pages", "long", False),
    ("errors", "long", False),
    ("we", "long", False),
    ("you", "long", False),
    ("customer_focus", "double", True),
    ("testimonials", "long", False),
    ("has_testimonials", "bool", False),
    ("navigation_labels", "strings", False),  # menu labels about the company („Über uns“, "About us")
    ("worst_pages", "strings", False),  # the pages with the lowest customer focus, lowest first
    ("site_findings", "strings", False),  # the site-scope rule codes that fired (no testimonials anywhere …)
    ("site_findings_json", "string", False),
]


def page_rows(site: ArchivedSite) -> list[tuple[Any, ...]]:
    """A row per linted page and per record that failed, in address order."""
    rows = [_page_row(site, result) for result in site.results]
    rows += [
        (problem.url, problem.host, problem.source, None, None, 0, 0, 0, None, 0, 0, {}, "[]", problem.cause)
        for problem in site.problems
    ]
    return sorted(rows, key=lambda row: (row[0], row[2]))


def site_row(site: ArchivedSite) -> tuple[Any, ...] | None:
    """The site's row, or None for a host none of whose records could be linted."""
    report = site.site
    if report is None:
        return None
    results = [result for result in site.results if not result.errors]
    labels = sorted(
        {
            finding.text
            for _, finding in findings_with_paths(site.results, report)
            if finding.rule.category == "navigation" and finding.text
        }
    )
    testimonials = sum(result.stats.get("testimonials", 0) for result in results)
    return (
        site.host,
        report.url,
        report.lang,
        len(results),
        len(site.problems) + sum(1 for result in site.results if result.errors),
        report.score.we,
        report.score.you,
        report.score.customer_focus,
        testimonials,
        testimonials > 0,
        labels,
        [path for path, _ in report.worst_pages(results, WORST_PAGES)],
        sorted({finding.rule.code for finding in report.findings}),
        _findings_json(report.findings),
    )


def _page_row(site: ArchivedSite, result: FileResult) -> tuple[Any, ...]:
    error = "; ".join(result.errors) or None
    return (
        result.path,
        site.host,
        site.sources.get(result.path, ""),
        result.lang,
        result.page_type,
        result.stats.get("words", 0),
        result.score.we,
        result.score.you,
        result.score.customer_focus,
        result.stats.get("testimonials", 0),
        len(result.findings),
        dict(sorted(Counter(finding.rule.code for finding in result.findings).items())),
        _findings_json(result.findings),
        error,
    )


def _findings_json(findings: list[Finding]) -> str:
    return json.dumps([finding_dict(finding) for finding in findings], ensure_ascii=False, sort_keys=True)


def arrow_schema(columns: list[tuple[str, str, bool]]) -> Any:
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "long": pa.int64(),
        "double": pa.float64(),
        "bool": pa.bool_(),
        "strings": pa.list_(pa.string()),
        "counts": pa.map_(pa.string(), pa.int64()),
    }
    return pa.schema([pa.field(name, types[kind], nullable) for name, kind, nullable in columns])


def spark_schema(columns: list[tuple[str, str, bool]]) -> Any:
    from pyspark.sql import types as t

    types = {
        "string": t.StringType(),
        "long": t.LongType(),
        "double": t.DoubleType(),
        "bool": t.BooleanType(),
        "strings": t.ArrayType(t.StringType(), containsNull=False),
        "counts": t.MapType(t.StringType(), t.LongType(), valueContainsNull=False),
    }
    return t.StructType([t.StructField(name, types[kind], nullable) for name, kind, nullable in columns])
