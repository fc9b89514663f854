"""wirlint's speed and memory, side by side with proselint, on the same real text in one run.

Usage: python -m bench.benchmark [../shared/corpora/ud] [--rounds 3] [--quick]

The text is running prose from the Universal Dependencies treebanks English-EWT and German-GSD (CC BY-SA 4.0),
written as Markdown pages of 40 sentences. Whole-process figures, wirlint and proselint alternating, medians
over the rounds; CPU time (the process and its children) is the steady figure on a shared machine, wall time
is what a user waits. Printed:

- words per CPU-second for wirlint (one process) and proselint on the English folder, and the ratio;
- wall time with ``--jobs 1`` and ``--jobs 2`` (the ``--jobs`` scaling) against proselint's;
- German words per CPU-second;
- cold start on a one-line file; an unchanged rerun over 60 files (cached);
- peak resident memory for 1M words in one file and in 1,000 files;
- a crawl of 500 generated pages of about 400 words from a loopback server, in pages per second;
- in-process: the share of sentences tagged and where the time goes (phases).

wirlint is byte-compiled first, as installing its wheel does. The targets (2-core machine) are printed beside
the figures.
"""

from __future__ import annotations

import argparse
import http.server
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from bench.ud import read_conllu

TREEBANKS = {
    "de": ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"),
    "en": ("en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"),
}
SENTENCES_PER_PAGE = 40
WIRLINT = [sys.executable, "-m", "wirlint", "check", "--no-cache", "--exit-zero", "--format", "json"]
PROSELINT = [sys.executable, "-m", "proselint", "check", "-o", "json"]


def ud_sentences(corpora: Path, lang: str) -> list[str]:
    return [sentence.text for name in TREEBANKS[lang] for sentence in read_conllu(corpora / name)]


def pages(corpora: Path, lang: str, limit: int | None = None) -> list[str]:
    """Markdown pages of 40 sentences, one paragraph per sentence."""
    sentences = ud_sentences(corpora, lang)[:limit]
    return [
        "\n\n".join(sentences[start : start + SENTENCES_PER_PAGE]) + "\n"
        for start in range(0, len(sentences), SENTENCES_PER_PAGE)
    ]


def write_pages(folder: Path, texts: list[str]) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for index, text in enumerate(texts):
        (folder / f"page-{index:04d}.md").write_text(text, encoding="utf-8")
    return sum(len(text.split()) for text in texts)


def words_of_text(sentences: list[str], words: int) -> list[str]:
    """Paragraphs of five sentences, cycling through the treebank, until ``words`` words."""
    paragraphs, count, index = [], 0, 0
    while count < words:
        paragraph = " ".join(sentences[(index + k) % len(sentences)] for k in range(5))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        index += 5
    return paragraphs


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mb: float


def run(command: list[str], cwd: Path | None = None) -> Run:
    """One whole-process run: wall time, CPU time of the process and its children, and peak memory."""
    probe = [sys.executable, "-m", "bench.peak", *command]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(probe, cwd=cwd, capture_output=True, text=True, timeout=3600, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if completed.returncode not in {0, 1}:
        raise SystemExit(f"{' '.join(command)} failed:\n{completed.stderr[-2000:]}")
    peak_kb = int(completed.stderr.rsplit("peak-kb:", 1)[1].split()[0])
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Run(wall, cpu, peak_kb / 1024)


def alternate(commands: dict[str, list[str]], rounds: int, cwd: Path | None = None) -> dict[str, Run]:
    """Each command once per round, in turn, so load on the machine falls on all alike; medians."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            runs[name].append(run(command, cwd))
    return {
        name: Run(
            statistics.median(r.wall for r in results),
            statistics.median(r.cpu for r in results),
            max(r.peak_mb for r in results),
        )
        for name, results in runs.items()
    }


def throughput(corpora: Path, work: Path, rounds: int) -> None:
    english = work / "en"
    words = write_pages(english, pages(corpora, "en"))
    results = alternate(
        {
            "wirlint": [*WIRLINT, "--jobs", "1", str(english)],
            "wirlint --jobs 2": [*WIRLINT, "--jobs", "2", str(english)],
            "proselint": [*PROSELINT, str(english)],
        },
        rounds,
    )
    peer = results["proselint"]
    print(f"\nEnglish, {words:,} words in {len(list(english.iterdir()))} files (UD English-EWT):")
    for name, result in results.items():
        print(
            f"  {name:<17} {result.cpu:6.1f} CPU-s  {words / result.cpu:8,.0f} words/CPU-s   "
            f"{result.wall:6.1f} s wall  {words / result.wall:8,.0f} words/s"
        )
    one = results["wirlint"]
    two = results["wirlint --jobs 2"]
    print(f"  ratio, one process (words/s, wall):  {peer.wall / one.wall:.2f}× proselint   (target ≥ 0.5×)")
    print(f"  ratio, --jobs 2 (words/s, wall):     {peer.wall / two.wall:.2f}× proselint   (target ≥ 1.0×)")
    print(f"  --jobs scaling: {one.wall / two.wall:.2f}× faster with 2 processes")

    german = work / "de"
    words = write_pages(german, pages(corpora, "de"))
    result = alternate({"wirlint": [*WIRLINT, "--jobs", "1", str(german)]}, rounds)["wirlint"]
    print(
        f"\nGerman, {words:,} words (UD German-GSD): {words / result.cpu:,.0f} words per CPU-second, "
        f"whole process   (target ≥ 6,000)"
    )


def start_and_rerun(work: Path, rounds: int) -> None:
    one_line = work / "one-line.md"
    one_line.write_text("Wir sind der führende Anbieter für Gebäudereinigung.\n", encoding="utf-8")
    results = alternate({"wirlint": [*WIRLINT, str(one_line)], "proselint": [*PROSELINT, str(one_line)]}, rounds)
    print(
        f"\nCold start, one-line file: wirlint {results['wirlint'].wall:.2f} s wall "
        f"({results['wirlint'].cpu:.2f} CPU-s), proselint {results['proselint'].wall:.2f} s   (target ≤ 1.0 s)"
    )

    site = work / "sixty"
    write_pages(site, pages(Path(os.environ["WIRLINT_BENCH_CORPORA"]), "de", 60 * SENTENCES_PER_PAGE))
    cache = work / "cache"
    cached = [sys.executable, "-m", "wirlint", "check", "--exit-zero", "--cache-dir", str(cache), str(site)]
    run(cached)  # fills the cache
    rerun = alternate({"rerun": cached}, rounds)["rerun"]
    print(f"Unchanged rerun over 60 files (cached): {rerun.wall:.2f} s wall   (target ≤ 0.5 s)")


def memory(corpora: Path, work: Path) -> None:
    sentences = ud_sentences(corpora, "en")
    paragraphs = words_of_text(sentences, 1_000_000)
    single = work / "million.md"
    single.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    folder = work / "thousand"
    per_file = -(-len(paragraphs) // 1000)  # rounded up: 1,000 files
    write_pages(folder, ["\n\n".join(paragraphs[i : i + per_file]) + "\n" for i in range(0, len(paragraphs), per_file)])
    one_file = run([*WIRLINT, "--jobs", "1", "--time-limit", "0", str(single)])  # a book: beyond the default limit
    files_serial = run([*WIRLINT, "--jobs", "1", str(folder)])
    files_parallel = run([*WIRLINT, "--jobs", "2", str(folder)])
    print(
        f"\n1M words in one file: peak {one_file.peak_mb:.0f} MB, {one_file.wall:.0f} s   (target ≤ 400 MB)\n"
        f"1M words in {len(list(folder.iterdir()))} files: peak {files_serial.peak_mb:.0f} MB with --jobs 1 "
        f"({files_serial.wall:.0f} s), {files_parallel.peak_mb:.0f} MB per process with --jobs 2 "
        f"({files_parallel.wall:.0f} s wall, {files_parallel.cpu:.0f} CPU-s)"
    )


def crawl(corpora: Path, work: Path, count: int = 500) -> None:
    site = work / "site"
    site.mkdir()
    sentences = ud_sentences(corpora, "en")
    for index in range(count):
        links = " ".join(f'<a href="/{_name(index + step, count)}">more</a>' for step in (1, 7, 31))
        body = "".join(f"<p>{sentences[(index * 25 + k) % len(sentences)]}</p>" for k in range(32))
        head = f'<!doctype html><html lang="en"><head><title>Page {index}</title></head>'
        page = f"{head}<body>{body}{links}</body></html>"
        (site / _name(index, count)).write_text(page, encoding="utf-8")
    (site / "index.html").write_text(f'<html lang="en"><body><a href="/{_name(0, count)}">start</a></body></html>')
    with serve(site) as url:
        command = [sys.executable, "-m", "wirlint", "crawl", url + "/", "--delay", "0", "--max-pages", str(count + 1)]
        command += ["--max-depth", "1000", "--exit-zero", "--format", "json"]
        started = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
        wall = time.perf_counter() - started
    linted = len(json.loads(completed.stdout)["files"])
    words = sum(len(p.read_text().split()) for p in site.glob("page-*.html")) // count
    print(
        f"\nCrawl of a local site of {count + 1} pages (~{words} words each): {linted} pages linted, "
        f"{linted / wall:.1f} pages/s ({wall:.1f} s wall)   (target ≥ 10 pages/s)"
    )


def _name(index: int, count: int) -> str:
    """Page names in letters: a crawler folds digits to spot calendar traps, and these are real pages."""
    index, letters = index % count, ""
    for _ in range(3):
        index, letter = divmod(index, 26)
        letters = chr(ord("a") + letter) + letters
    return f"page-{letters}.html"


@contextmanager
def serve(folder: Path):
    handler = partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def phases(corpora: Path) -> None:
    """In-process: where the time goes and how many sentences the tagger sees (exclusive CPU time per phase)."""
    from bench.ud import tagger_accuracy
    from wirlint.config import Config
    from wirlint.engine import runner, terms
    from wirlint.nlp import tagging
    from wirlint.sources.markdown import parse_markdown

    for lang in ("en", "de"):
        texts = pages(corpora, lang, 2000)
        config = Config(lang=lang)
        runner.lint_document(parse_markdown("warm-up.md", texts[0]), config)
        clock = PhaseClock()
        restore = [
            clock.wrap(runner, "analyse", "tokenise + voice"),
            clock.wrap(tagging, "tag_span", "tagging"),
            clock.wrap(terms.TermMatcher, "match", "term matching"),
        ]
        sentences = 0
        started = time.process_time()
        for index, text in enumerate(texts):
            result = runner.lint_document(parse_markdown(f"page{index}.md", text), config)
            sentences += result.stats["sentences"]
        total = time.process_time() - started
        for undo in restore:
            undo()
        shares = ", ".join(f"{name} {spent / total:.0%}" for name, spent in clock.spent.items())
        rest = 1 - sum(clock.spent.values()) / total
        tagged = clock.calls["tagging"]
        print(
            f"\n{lang}: {tagged} of {sentences} sentences tagged ({tagged / max(sentences, 1):.0%}); "
            f"time: {shares}, code checks and the rest {rest:.0%}"
        )
        accuracy = tagger_accuracy(corpora / TREEBANKS[lang][1], lang)
        print(f"{lang}: bundled tagger UPOS {accuracy.upos_accuracy:.3f}, lemma {accuracy.lemma_accuracy:.3f}")


class PhaseClock:
    """Exclusive CPU time per wrapped function: time spent in a nested wrapped call counts for the inner one."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._nested: list[float] = []

    def wrap(self, owner: object, name: str, phase: str) -> Callable[[], None]:
        original = getattr(owner, name)
        self.spent.setdefault(phase, 0.0)
        self.calls.setdefault(phase, 0)

        def timed(*args: object, **kwargs: object) -> object:
            started = time.process_time()
            self._nested.append(0.0)
            try:
                return original(*args, **kwargs)
            finally:
                elapsed = time.process_time() - started
                inner = self._nested.pop()
                self.spent[phase] += elapsed - inner
                self.calls[phase] += 1
                if self._nested:
                    self._nested[-1] += elapsed

        setattr(owner, name, timed)
        return lambda: setattr(owner, name, original)


def compile_bytecode() -> None:
    """Byte-compile wirlint as installing its wheel does: from a source checkout with PYTHONDONTWRITEBYTECODE
    set, every start would otherwise compile each module from source, which no installed copy does (proselint,
    installed from its wheel, is byte-compiled already)."""
    import compileall

    import wirlint

    compileall.compile_dir(Path(wirlint.__file__).parent, quiet=1)


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", type=Path, nargs="?", default=Path("../shared/corpora/ud"))
    parser.add_argument("--rounds", type=int, default=3, help="runs of each command (medians), default 3")
    parser.add_argument("--quick", action="store_true", help="throughput and start-up only (no memory, no crawl)")
    arguments = parser.parse_args()
    if importlib.util.find_spec("proselint") is None:
        # without the peer every ratio would compare wirlint with a process that only printed an import error
        raise SystemExit("bench: proselint is not installed; install the peer with: pip install -e '.[bench]'")
    os.environ["WIRLINT_BENCH_CORPORA"] = str(arguments.corpora)
    print(f"Machine: {machine()}")
    compile_bytecode()
    sections: list[Callable[[Path], None]] = [
        lambda work: throughput(arguments.corpora, work, arguments.rounds),
        lambda work: start_and_rerun(work, arguments.rounds),
    ]
    if not arguments.quick:
        sections += [lambda work: memory(arguments.corpora, work), lambda work: crawl(arguments.corpora, work)]
    for section in sections:
        with tempfile.TemporaryDirectory(prefix="wirlint-bench-") as work:
            section(Path(work))
    phases(arguments.corpora)


if __name__ == "__main__":
    main()
