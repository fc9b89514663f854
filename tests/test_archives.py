"""Web archives: ``check`` on WARC files and ``batch`` into Parquet on the local engine and on Spark
(local[2]), through the real command line, on archives the tests write with warcio: ten company sites of ten
pages on two files (one plain, one gzip per record, some bodies gzip-encoded), a deck, and hostile records."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import wirlint
from tests.archives import HOSTS, PAGES_PER_HOST, all_pages, build_archives, site_pages
from tests.conftest import ROOT, run_wirlint
from wirlint.archive.reader import ArchivedResponse, ArchiveProblem, read_archive

HOSTILE = {
    "https://hostile.test/bomb": "too large: more than 10485760 bytes after decoding",
    "https://hostile.test/binary": "binary content, not text",
}
SITE_KEY = "host"


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("warc")
    build_archives(folder)
    return folder


@pytest.fixture(scope="module")
def checked(archives: Path) -> tuple[int, dict, str]:
    completed = run_wirlint("check", "--no-cache", "--format", "json", str(archives))
    return completed.returncode, json.loads(completed.stdout), completed.stderr


def batch(archives: Path, out: Path, *options: str) -> tuple[int, str]:
    completed = run_wirlint("batch", str(archives), "--out", str(out), *options)
    return completed.returncode, completed.stderr


@pytest.fixture(scope="module")
def local_tables(archives: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("local")
    code, stderr = batch(archives, out, "--engine", "local", "--jobs", "2")
    return out, code, stderr


@pytest.fixture(scope="module")
def spark_tables(archives: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    out = tmp_path_factory.mktemp("spark")
    code, stderr = batch(archives, out, "--engine", "spark", "--master", "local[2]")
    return out, code, stderr


def rows(folder: Path, key: str) -> list[dict]:
    """A table's rows in a stable order, maps as dicts (a Parquet map has no order of its own)."""
    table = pq.read_table(folder).to_pylist()
    for row in table:
        for name, value in row.items():
            if isinstance(value, list) and value and isinstance(value[0], tuple):
                row[name] = dict(value)
            elif name == "rule_counts":
                row[name] = dict(value or [])
    return sorted(table, key=lambda row: (row[key], row.get("source", "")))


# -- reading records --------------------------------------------------------------------------------------------


def test_every_page_is_read_with_its_decoded_body_and_hostile_records_are_problems(archives: Path) -> None:
    records = [record for path in sorted(archives.iterdir()) for record in read_archive(str(path))]
    bodies = {record.url: record.body for record in records if isinstance(record, ArchivedResponse)}
    for page in all_pages():  # gzip-encoded bodies come back decoded
        assert bodies[page.url] == page.html.encode("utf-8"), page.url
    problems = {record.url: record.cause for record in records if isinstance(record, ArchiveProblem)}
    assert problems.pop("https://hostile.test/bomb") == HOSTILE["https://hostile.test/bomb"]
    ((where, cause),) = problems.items()
    broken_at = (archives / "crawl-2.warc.gz").stat().st_size - len(_broken_member(archives))
    assert where == f"{archives / 'crawl-2.warc.gz'}@{broken_at}" and cause.startswith("broken WARC record")
    assert "https://firma0.test/logo.png" not in bodies and "https://firma2.test/alt" not in bodies  # no pages


def _broken_member(archives: Path) -> bytes:
    """The gzip member the builder appended: everything after the last good record's member."""
    data = (archives / "crawl-2.warc.gz").read_bytes()
    return data[data.rindex(b"\x1f\x8b\x08") :]


# -- check ------------------------------------------------------------------------------------------------------


def test_check_lints_every_record_under_its_url_and_reports_each_hostile_record(checked) -> None:
    code, report, stderr = checked
    assert code == 2
    files = {entry["path"]: entry for entry in report["files"]}
    pages = {page.url for page in all_pages()}
    assert pages <= set(files) and "https://firma0.test/praesentation.pdf" in files
    for url, cause in HOSTILE.items():
        assert files[url]["errors"] == [cause]
        assert f"wirlint: {url}: {cause}" in stderr.splitlines()
    broken = [line for line in stderr.splitlines() if "broken WARC record" in line]
    assert len(broken) == 1 and re.search(r"crawl-2\.warc\.gz@\d+: broken WARC record", broken[0])
    assert not files["https://hostile.test/"]["errors"]  # the record after the hostile ones is linted
    assert sum(1 for entry in files.values() if entry["errors"]) == 3


def test_findings_point_at_their_text_in_the_archived_page(checked) -> None:
    _, report, _ = checked
    html = {page.url: page.html for page in all_pages()}
    located = 0
    for entry in report["files"]:
        source = html.get(entry["path"])
        for finding in entry["findings"]:
            if source is None or not finding["text"]:
                continue
            line = source.splitlines()[finding["line"] - 1]
            start = finding["column"] - 1
            assert line[start : start + len(finding["text"])] == finding["text"], (entry["path"], finding)
            located += 1
    assert located > 100


def test_a_deck_in_the_archive_is_linted_by_slide(checked) -> None:
    _, report, _ = checked
    (deck,) = [entry for entry in report["files"] if entry["path"].endswith(".pdf")]
    assert {finding["slide"] for finding in deck["findings"]} == {1}
    assert "WL101" in {finding["code"] for finding in deck["findings"]}


def test_an_archive_of_one_site_gets_the_crawl_verdict(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    from tests.archives import write_response

    for index, has_testimonial in ((0, True), (1, False)):
        archive = tmp_path / f"site-{index}.warc.gz"
        with archive.open("wb") as stream:
            writer = WARCWriter(stream, gzip=True)
            for page in site_pages(index):
                write_response(writer, page.url, page.html.encode("utf-8"), "text/html; charset=utf-8")
        completed = run_wirlint("check", "--no-cache", "--format", "json", str(archive))
        site = json.loads(completed.stdout)["site"]
        codes = [finding["code"] for finding in site["findings"]]
        assert site["pages"] == PAGES_PER_HOST and codes.count("WL501") == 1  # the menu: once, for the site
        assert ("WL401" in codes) is not has_testimonial, codes


# -- batch ------------------------------------------------------------------------------------------------------


def test_local_batch_writes_a_page_table_and_a_site_table(local_tables) -> None:
    out, code, stderr = local_tables
    assert code == 2, stderr  # three records could not be linted: named on stderr, in the table, exit 2
    pages = rows(out / "pages", "url")
    assert len(pages) == HOSTS * PAGES_PER_HOST + 1 + 1 + 3  # pages, the deck, hostile.test/, three errors
    errors = {row["url"]: row["error"] for row in pages if row["error"]}
    assert {url: errors[url] for url in HOSTILE} == HOSTILE and len(errors) == 3
    home = next(row for row in pages if row["url"] == "https://firma0.test/")
    assert home["lang"] == "de" and home["we"] > 0 and home["source"].endswith("crawl-1.warc")
    assert sum(home["rule_counts"].values()) == home["findings"] == len(json.loads(home["findings_json"]))
    sites = {row["host"]: row for row in rows(out / "sites", SITE_KEY)}
    assert len(sites) == HOSTS + 1
    for index in range(HOSTS):
        host = f"firma{index}.test" if index % 2 == 0 else f"company{index}.test"
        assert sites[host]["pages"] == PAGES_PER_HOST + (1 if index == 0 else 0)
        assert sites[host]["has_testimonials"] is (index % 3 == 0), host
        assert ("WL401" in sites[host]["site_findings"]) is not (index % 3 == 0)
        assert sites[host]["navigation_labels"] == (["Über uns"] if index % 2 == 0 else ["About us"])
        assert len(sites[host]["worst_pages"]) == 5
    assert sites["hostile.test"]["errors"] == 2 and sites["hostile.test"]["pages"] == 1
    assert "102 pages on 11 sites linted from 106 WARC records (2 no pages, 3 errors)" in stderr


def test_spark_and_local_engines_write_identical_tables(local_tables, spark_tables) -> None:
    local, _, _ = local_tables
    spark, code, stderr = spark_tables
    assert code == 2, stderr[-3000:]
    assert (spark / "pages" / "_SUCCESS").exists()
    assert rows(spark / "pages", "url") == rows(local / "pages", "url")
    assert rows(spark / "sites", SITE_KEY) == rows(local / "sites", SITE_KEY)
    for url, cause in HOSTILE.items():
        assert f"wirlint: {url}: {cause}" in stderr.splitlines()


def test_the_readme_query_finds_the_sites_without_testimonials(local_tables, tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")  # a test dependency: installed by the test command
    out, _, _ = local_tables
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (query,) = re.findall(r"```sql\n(.*?)```", readme, re.DOTALL)
    found = duckdb.sql(query.replace("'out/", f"'{out}/")).fetchall()
    expected = {f"company{index}.test" for index in (1, 5, 7)} | {f"firma{index}.test" for index in (2, 4, 8)}
    assert {row[0] for row in found} == expected | {"hostile.test"}


def test_batch_never_overwrites_tables_unless_asked(archives: Path, tmp_path: Path) -> None:
    single = tmp_path / "one"
    single.mkdir()
    shutil.copy(archives / "crawl-1.warc", single)
    out = tmp_path / "out"
    assert batch(single, out, "--jobs", "1")[0] == 2  # the bomb and the binary page
    before = (out / "pages" / "part-00000.parquet").read_bytes()
    code, stderr = batch(single, out)
    assert code == 2 and stderr.strip() == f"wirlint: {out / 'pages'}: already exists (use --overwrite to replace it)"
    assert (out / "pages" / "part-00000.parquet").read_bytes() == before
    assert not [path for path in out.iterdir() if path.name.startswith(".")]  # no staging folder left behind
    code, stderr = batch(single, out, "--overwrite", "--jobs", "1")
    assert code == 2 and "already exists" not in stderr


def test_batch_reads_archives_by_filesystem_url(archives: Path, tmp_path: Path) -> None:
    completed = run_wirlint("batch", (archives / "crawl-1.warc").as_uri(), "--out", str(tmp_path / "t"), "--jobs", "1")
    assert completed.returncode == 2, completed.stderr
    urls = {row["url"] for row in rows(tmp_path / "t" / "pages", "url")}
    assert "https://firma0.test/" in urls and "https://hostile.test/bomb" in urls


def test_batch_on_a_missing_archive_is_one_error_line(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.warc.gz"
    completed = run_wirlint("batch", str(missing), "--out", str(tmp_path / "t"))
    assert completed.returncode == 2
    assert completed.stderr.splitlines()[0] == f"wirlint: {missing}: No such file or directory"


def test_spark_submit_runs_the_same_batch(archives: Path, local_tables, tmp_path: Path) -> None:
    """The README's cluster recipe, on a local master: spark-submit runs wirlint's entry file."""
    submit = Path(sys.executable).parent / "spark-submit"
    entry = Path(wirlint.__file__).parent / "__main__.py"
    environment = {**os.environ, "PYSPARK_PYTHON": sys.executable, "SPARK_LOCAL_IP": "127.0.0.1"}
    loopback = [f"--conf=spark.driver.{key}=127.0.0.1" for key in ("host", "bindAddress")]
    out = tmp_path / "submitted"
    completed = subprocess.run(
        [str(submit), "--master", "local[2]", *loopback, "--conf=spark.ui.enabled=false", str(entry),
         "batch", str(archives), "--out", str(out), "--engine", "spark"],
        capture_output=True, text=True, timeout=600, check=False, env=environment,
    )  # fmt: skip
    assert completed.returncode == 2, completed.stderr[-3000:]
    local, _, _ = local_tables
    assert rows(out / "pages", "url") == rows(local / "pages", "url")
    again = subprocess.run(
        [str(submit), "--master", "local[2]", *loopback, str(entry), "batch", str(archives), "--out", str(out),
         "--engine", "spark"],
        capture_output=True, text=True, timeout=600, check=False, env=environment,
    )  # fmt: skip
    assert (
        again.returncode == 2 and f"wirlint: {out / 'pages'}: already exists" in again.stdout + again.stderr
    )  # before any work (spark-submit merges the streams)


def test_the_local_engine_refuses_an_output_url_before_any_work(archives: Path) -> None:
    completed = run_wirlint("batch", str(archives), "--out", "s3://bucket/wirlint")
    assert completed.returncode == 2
    assert completed.stderr.strip() == (
        "wirlint: s3://bucket/wirlint: the local engine writes to a folder on this machine "
        "(--engine spark writes to URLs)"
    )
