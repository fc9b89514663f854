"""Builds the spaCy pipeline for a language and turns a Document's blocks into analysed Docs.

By default: ``spacy.blank(lang)`` + sentencizer + wirlint's voice component, with HanTa tagging on demand.
When the config names an installed official pipeline (``de_core_news_sm`` …), that pipeline is used instead
and adds dependency parses; nothing is ever downloaded.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span

from wirlint import heap
from wirlint.errors import ConfigError
from wirlint.model import Block, Document, Role
from wirlint.nlp import voice  # noqa: F401 - registers the voice component
from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.tagging import ensure_tagged
from wirlint.nlp.voice import address_mode

# German abbreviations spaCy's tokenizer does not know: their full stop would end the sentence ("ein Fahrzeug
# aus der jew. Mietgruppe"). Only lower-case ones, which no sentence ends on.
GERMAN_ABBREVIATIONS = ("jew.", "lfd.", "zzt.", "vorr.", "tlw.", "mögl.", "erw.", "spez.", "exkl.", "wöchentl.",
                        "monatl.", "jährl.", "zusätzl.", "ausschl.", "zgl.", "urspr.", "verh.")  # fmt: skip


@cache
def build_pipeline(lang: str, model: str | None = None, customer_terms: tuple[str, ...] = ()) -> Language:
    """The pipeline for ``lang``; cached because loading costs far more than linting a page."""
    if model:
        if not spacy.util.is_package(model):
            raise ConfigError(
                "nlp.model",
                f"spaCy pipeline {model!r} is not installed (pip install it or remove the setting)",
            )
        nlp = spacy.load(model, exclude=["ner"])
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.blank(lang)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("wirlint_tagger", config={"lazy": True})
    if lang == "de":
        for abbreviation in GERMAN_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("wirlint_voice", config={"extra_customer_terms": list(customer_terms)})
    heap.settle()
    return nlp


@cache
def lexicon_for(lang: str, customer_terms: tuple[str, ...] = ()) -> Lexicon:
    return Lexicon.for_language(lang, customer_terms)


LONG_RUN = re.compile(r"\S{200,}")  # no word is this long: a hash, a URL blob, a run of quotes or bars
LONG_RUN_PIECE = 100


def make_doc(nlp: Language, text: str) -> Doc:
    """spaCy's tokenizer, except that a run of 200 or more characters without white space is cut into pieces
    of 100 instead of being split at affixes, which takes time that grows with the square of its length; and
    a gender colon ("Kund:innen") keeps its word whole, as the star and underscore forms already do."""
    if not LONG_RUN.search(text):
        return _join_gender_colons(nlp.make_doc(text)) if ":in" in text else nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    position = 0
    for run in LONG_RUN.finditer(text):
        if run.start() > position:
            part = nlp.make_doc(text[position : run.start()])
            words += [token.text for token in part]
            spaces += [bool(token.whitespace_) for token in part]
        pieces = [run.group()[cut : cut + LONG_RUN_PIECE] for cut in range(0, len(run.group()), LONG_RUN_PIECE)]
        words += pieces
        spaces += [False] * len(pieces)
        position = run.end()
    if position < len(text):
        part = nlp.make_doc(text[position:])
        words += [token.text for token in part]
        spaces += [bool(token.whitespace_) for token in part]
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _join_gender_colons(doc: Doc) -> Doc:
    with doc.retokenize() as retokenizer:
        for token in doc[1:-1]:
            before, after = doc[token.i - 1], doc[token.i + 1]
            joined = not before.whitespace_ and not token.whitespace_ and before.is_alpha
            if token.text == ":" and joined and after.lower_ in {"in", "innen"}:
                retokenizer.merge(doc[token.i - 1 : token.i + 2])
    return doc


def document_address(document: Document) -> str | None:
    return address_mode([block.text for block in document.blocks])


@dataclass
class AnalysedBlock:
    block: Block
    doc: Doc


def analyse(
    document: Document,
    lang: str,
    *,
    company_names: tuple[str, ...] = (),
    model: str | None = None,
    customer_terms: tuple[str, ...] = (),
    address: str | None = None,
) -> list[AnalysedBlock]:
    """One spaCy Doc per block, with voice and quotation marks set; tags are added later, on demand.

    ``address`` (formal or informal German) is read from the document's blocks unless given: a long document
    analysed in windows passes the address of the whole."""
    nlp = build_pipeline(lang, model, customer_terms)
    if address is None and lang == "de":
        address = document_address(document)
    analysed = []
    for block in document.blocks:
        key = (lang, model, customer_terms, company_names, address, block.quoted, block.text)
        doc = _REUSED.get(key) if _REUSED is not None else None
        if doc is None:
            doc = make_doc(nlp, block.text)
            doc._.block_quoted = block.quoted
            doc._.address = address
            doc._.company_names = company_names
            for _, component in nlp.pipeline:
                doc = component(doc)
            if _REUSED is not None:
                _REUSED.put(key, doc)
        analysed.append(AnalysedBlock(block, doc))
    return analysed


class _DocMemo:
    """The analysed Docs of the last blocks seen, most recent kept: an editor lints the same page again and
    again while one paragraph changes, and the unchanged paragraphs' analysis (tokens, voice, tags) is reused."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.docs: OrderedDict[tuple[object, ...], Doc] = OrderedDict()

    def get(self, key: tuple[object, ...]) -> Doc | None:
        doc = self.docs.get(key)
        if doc is not None:
            self.docs.move_to_end(key)
        return doc

    def put(self, key: tuple[object, ...], doc: Doc) -> None:
        self.docs[key] = doc
        if len(self.docs) > self.size:
            self.docs.popitem(last=False)


_REUSED: _DocMemo | None = None


def reuse_analyses(blocks: int = 20_000) -> None:
    """Keep the analysis of up to ``blocks`` blocks for reuse (a long-running process: the language server)."""
    global _REUSED
    _REUSED = _DocMemo(blocks)


@Language.factory("wirlint_tagger", default_config={"lazy": True})
def create_tagger(nlp: Language, name: str, lazy: bool) -> HantaTagger:
    return HantaTagger(lazy=lazy)


class HantaTagger:
    """spaCy component: tags every sentence now (``lazy = false``) or leaves it to ``ensure_tagged``."""

    def __init__(self, *, lazy: bool) -> None:
        self.lazy = lazy

    def __call__(self, doc: Doc) -> Doc:
        if not self.lazy:
            for sentence in doc.sents:
                ensure_tagged(sentence)
        return doc


def analyse_sentence(text: str, lang: str) -> Span | None:
    """``text`` analysed as one sentence of its own (a rewrite read again), or None when it splits in two."""
    document = Document(path="-", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (analysed,) = analyse(document, lang)
    sentences = list(analysed.doc.sents)
    return sentences[0] if len(sentences) == 1 else None
