"""``wirlint batch`` throughput: pages per second per worker on a generated web archive, for the local engine
(one and two processes) and Spark (local mode, two cores), and what a Common Crawl run would cost.

Usage: python -m bench.batch [../shared/corpora/ud] [--pages 3000] [--no-spark]

The archive holds ``--pages`` pages on sites of 100 pages each, half German (UD German-GSD), half English
(UD English-EWT), about 200 words of running text per page under a shared menu, written with warcio as one
.warc.gz file per 1,000 pages. Whole-process figures: Spark's include starting its JVM.
"""

from __future__ import annotations

import argparse
import io
import tempfile
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bench.benchmark import WIRLINT, Run, machine, run, ud_sentences

PAGES_PER_SITE = 100
PAGES_PER_FILE = 1_000
SENTENCES_PER_PAGE = 10
COMMON_CRAWL_PAGES_PER_FILE = 100_000
COMMON_CRAWL_FILES = 90_000
COMMON_CRAWL_WORDS_PER_PAGE = 500  # the visible text of a typical company page, menus included


def write_archives(corpora: Path, folder: Path, pages: int) -> int:
    """The generated archives; returns the number of words in them."""
    sentences = {lang: ud_sentences(corpora, lang) for lang in ("de", "en")}
    words = 0
    writer, stream = None, None
    for number in range(pages):
        if number % PAGES_PER_FILE == 0:
            if stream is not None:
                stream.close()
            stream = (folder / f"bench-{number // PAGES_PER_FILE:03d}.warc.gz").open("wb")
            writer = WARCWriter(stream, gzip=True)
        site = number // PAGES_PER_SITE
        lang = "de" if site % 2 == 0 else "en"
        pool = sentences[lang]
        start = (number * SENTENCES_PER_PAGE) % (len(pool) - SENTENCES_PER_PAGE)
        text = " ".join(pool[start : start + SENTENCES_PER_PAGE])
        words += len(text.split())
        menu = "Über uns · Leistungen · Kontakt" if lang == "de" else "About us · Services · Contact"
        html = (
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Seite {number}</title></head>'
            f"<body><nav>{menu}</nav><main><p>{text}</p></main></body></html>"
        ).encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        url = f"https://site{site}.test/page-{number % PAGES_PER_SITE}"
        assert writer is not None
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers))
    if stream is not None:
        stream.close()
    return words


def report(name: str, result: Run, pages: int, words: int, workers: int, *, counted: bool = True) -> float:
    """One line of figures; ``counted`` is False where CPU time and memory of the workers cannot be measured
    from here (Spark's JVM and its Python workers are not this process's children)."""
    per_worker = pages / result.wall / workers
    cpu = f"{result.cpu:7.1f} CPU-s   {words / result.cpu:7,.0f} words/CPU-s" if counted else f"{'':>7}   {'':>19}"
    peak = f"peak {result.peak_mb:5.0f} MB" if counted else ""
    print(
        f"  {name:<18} {result.wall:7.1f} s wall  {pages / result.wall:6.1f} pages/s  "
        f"{per_worker:6.1f} pages/s per worker   {cpu}   {peak}"
    )
    return per_worker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", type=Path, nargs="?", default=Path("../shared/corpora/ud"))
    parser.add_argument("--pages", type=int, default=3_000)
    parser.add_argument("--no-spark", action="store_true")
    arguments = parser.parse_args()
    print(f"Machine: {machine()}")
    batch = [WIRLINT[0], "-m", "wirlint", "batch", "--overwrite", "-q"]
    with tempfile.TemporaryDirectory(prefix="wirlint-bench-batch-") as work:
        folder = Path(work) / "warc"
        folder.mkdir()
        words = write_archives(arguments.corpora, folder, arguments.pages)
        sites = -(-arguments.pages // PAGES_PER_SITE)
        print(f"\nBatch over {arguments.pages:,} pages ({words:,} words) on {sites} sites in web archives:")
        out = str(Path(work) / "out")
        runs = [
            ("local, --jobs 1", [*batch, str(folder), "--out", out, "--jobs", "1"], 1),
            ("local, --jobs 2", [*batch, str(folder), "--out", out, "--jobs", "2"], 2),
        ]
        if not arguments.no_spark:
            runs.append(("spark, local[2]", [*batch, str(folder), "--out", out, "--engine", "spark",
                                             "--master", "local[2]"], 2))  # fmt: skip
        serial = run(runs[0][1])
        report(runs[0][0], serial, arguments.pages, words, 1)
        for name, command, workers in runs[1:]:
            report(name, run(command), arguments.pages, words, workers, counted=not name.startswith("spark"))
        words_per_second = words / serial.cpu
        pages_per_second = words_per_second / COMMON_CRAWL_WORDS_PER_PAGE
        per_file = COMMON_CRAWL_PAGES_PER_FILE / pages_per_second / 3600
        print(
            f"\nCommon Crawl, at {words_per_second:,.0f} words per CPU-second and about "
            f"{COMMON_CRAWL_WORDS_PER_PAGE} words of text per page ({pages_per_second:.1f} pages/s per worker): "
            f"one WARC file of {COMMON_CRAWL_PAGES_PER_FILE:,} pages {per_file:.1f} worker-hours; "
            f"a whole crawl of {COMMON_CRAWL_FILES:,} files {per_file * COMMON_CRAWL_FILES:,.0f} worker-hours."
        )


if __name__ == "__main__":
    main()
