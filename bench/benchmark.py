"""Throughput and memory of ``wirlint check`` on real running text.

Usage: python -m bench.benchmark ../shared/corpora/ud [--sentences N]

Builds Markdown pages of 40 sentences each from the ``# text =`` lines of the UD treebanks (German-GSD and
English-EWT, CC BY-SA 4.0), lints them in-process with the default rules, and prints words per second,
pages per second and peak memory. Targets (2-core machine): ≥ 1,500 words/s per language with the bundled
tagger, ≤ 400 MB peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from bench.ud import read_conllu, tagger_accuracy
from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.sources.markdown import parse_markdown

TREEBANKS = {
    "de": ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"),
    "en": ("en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu"),
}
SENTENCES_PER_PAGE = 40


def pages(folder: Path, lang: str, limit: int) -> list[str]:
    sentences = [s.text for name in TREEBANKS[lang] for s in read_conllu(folder / name)][:limit]
    return [
        "\n\n".join(sentences[start : start + SENTENCES_PER_PAGE]) + "\n"
        for start in range(0, len(sentences), SENTENCES_PER_PAGE)
    ]


def measure(folder: Path, lang: str, limit: int) -> None:
    texts = pages(folder, lang, limit)
    config = Config(lang=lang)
    lint_document(parse_markdown("warm-up.md", texts[0]), config)  # load pipelines and models once
    words = findings = 0
    started = time.perf_counter()
    for index, text in enumerate(texts):
        result = lint_document(parse_markdown(f"page{index}.md", text), config)
        words += result.stats["words"]
        findings += len(result.findings)
    elapsed = time.perf_counter() - started
    print(
        f"{lang}: {len(texts)} pages, {words} words in {elapsed:.1f} s → {words / elapsed:,.0f} words/s, "
        f"{len(texts) / elapsed:.1f} pages/s, {findings} findings"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", type=Path, help="folder with the UD .conllu files (../shared/corpora/ud)")
    parser.add_argument("--sentences", type=int, default=2000, help="sentences per language (default 2000)")
    arguments = parser.parse_args()
    for lang in TREEBANKS:
        measure(arguments.corpora, lang, arguments.sentences)
        accuracy = tagger_accuracy(arguments.corpora / TREEBANKS[lang][1], lang)
        print(f"{lang}: tagger UPOS {accuracy.upos_accuracy:.3f}, lemma {accuracy.lemma_accuracy:.3f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
