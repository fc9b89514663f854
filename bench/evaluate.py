"""Precision and recall of the we-focus, self-praise and empty-claim rules on a labelled sentence set.

Usage: python -m bench.evaluate [fixtures/labelled]

Each ``<lang>.tsv`` line is ``labels<TAB>sentence`` (labels: we-first, we-later, self-praise, empty-claim or
-). Every sentence is linted on its own as a paragraph; a label counts as found when a finding of its
category fires. The company names used in the set are configured as company voice.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.model import Block, Document, Role

LABEL_CATEGORIES = {"we-first": "we-focus", "self-praise": "self-praise", "empty-claim": "empty-claim"}
# The companies the labelled sets write about (main set, then hold-out set).
COMPANY_NAMES = (
    "Nordlicht Studio", "Brandt & Söhne GmbH", "Harbor Analytics", "Kestrel Labs", "Holzwerk Anders GmbH",
    "Bluefin Partners",
)  # fmt: skip
DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "labelled"


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


def read_labelled(path: Path) -> list[tuple[set[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            labels, sentence = line.split("\t", 1)
            rows.append((set(labels.split(",")), sentence))
    return rows


def categories_found(sentence: str, lang: str) -> set[str]:
    config = Config(lang=lang, company_names=COMPANY_NAMES, select=("WL101", "WL2", "WL3"))
    document = Document(path="sentence", source=sentence, kind="text", blocks=[Block(sentence, Role.PARAGRAPH)])
    return {finding.rule.category for finding in lint_document(document, config).findings}


def evaluate(path: Path, lang: str) -> dict[str, Tally]:
    tallies = {label: Tally() for label in LABEL_CATEGORIES}
    for labels, sentence in read_labelled(path):
        found = categories_found(sentence, lang)
        for label, category in LABEL_CATEGORIES.items():
            tally, expected, got = tallies[label], label in labels, category in found
            if expected and got:
                tally.true_positives += 1
            elif got:
                tally.false_positives += 1
                tally.misses.append(f"false alarm: {sentence}")
            elif expected:
                tally.false_negatives += 1
                tally.misses.append(f"missed: {sentence}")
    return tallies


def main(folder: Path = DEFAULT_FOLDER) -> None:
    print(f"{'lang':<5}{'label':<13}{'precision':>10}{'recall':>8}{'sentences':>11}")
    for path in sorted(folder.glob("*.tsv")):
        lang = path.stem
        for label, tally in evaluate(path, lang).items():
            support = tally.true_positives + tally.false_negatives
            print(f"{lang:<5}{label:<13}{tally.precision:>10.3f}{tally.recall:>8.3f}{support:>11}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_FOLDER)
