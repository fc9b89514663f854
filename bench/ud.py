"""Universal Dependencies treebanks: gold sentences for tagger accuracy and running text for throughput."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import Doc

from wirlint.nlp.tagging import tag_span


@dataclass(frozen=True)
class GoldToken:
    form: str
    lemma: str
    upos: str


@dataclass(frozen=True)
class GoldSentence:
    text: str
    tokens: tuple[GoldToken, ...]


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    """Sentences with their syntactic words (multi-word token ranges like ``1-2`` are skipped)."""
    text, tokens = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif not line.strip():
            if tokens:
                yield GoldSentence(text, tuple(tokens))
            text, tokens = "", []
        elif not line.startswith("#"):
            columns = line.split("\t")
            if columns[0].isdigit():
                tokens.append(GoldToken(columns[1], columns[2], columns[3]))
    if tokens:
        yield GoldSentence(text, tuple(tokens))


@dataclass
class Accuracy:
    tokens: int = 0
    upos: int = 0
    lemma: int = 0

    @property
    def upos_accuracy(self) -> float:
        return self.upos / self.tokens if self.tokens else 0.0

    @property
    def lemma_accuracy(self) -> float:
        return self.lemma / self.tokens if self.tokens else 0.0


def tagger_accuracy(path: Path, lang: str, *, limit: int | None = None) -> Accuracy:
    """UPOS and lemma accuracy of the bundled tagger on gold tokenisation (punctuation included)."""
    vocab = spacy.blank(lang).vocab
    accuracy = Accuracy()
    for index, sentence in enumerate(read_conllu(path)):
        if limit is not None and index >= limit:
            break
        doc = Doc(vocab, words=[token.form for token in sentence.tokens])
        tag_span(doc[:])
        for token, gold in zip(doc, sentence.tokens, strict=True):
            accuracy.tokens += 1
            accuracy.upos += token.pos_ == gold.upos
            accuracy.lemma += token.lemma_.lower() == gold.lemma.lower()
    return accuracy
