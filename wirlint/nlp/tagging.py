"""The bundled tagging backend: HanTa (Hanover Tagger) as a spaCy component.

The official spaCy pipelines are not installable from PyPI, but HanTa ships German and English models
inside its wheel, so wirlint tags offline out of the box. HanTa gives STTS tags for German and CLAWS5 for
English; both are mapped to Universal Dependencies ``pos_``, the fine tag is kept in ``tag_`` and the lemma
in ``lemma_``. Tagging is the slow step (thousands, not millions, of tokens a second), so rules ask for it
per sentence with ``ensure_tagged`` and cheap token rules never pay for it. This module imports neither
spaCy nor HanTa until a sentence is tagged, so loading rule packs stays cheap.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from wirlint import heap

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

HANTA_MODELS = {"de": "morphmodel_ger.pgz", "en": "morphmodel_en.pgz"}
MAX_TAGGED_WORD = 40  # characters; longer runs are URLs, hashes or hostile input, not words

STTS_TO_UPOS = {
    "ADJA": "ADJ", "ADJD": "ADJ", "ADV": "ADV", "APPR": "ADP", "APPRART": "ADP", "APPO": "ADP",
    "APZR": "ADP", "ART": "DET", "CARD": "NUM", "FM": "X", "ITJ": "INTJ", "KOUI": "SCONJ", "KOUS": "SCONJ",
    "KON": "CCONJ", "KOKOM": "CCONJ", "NN": "NOUN", "NNA": "NOUN", "NNI": "NOUN", "NE": "PROPN",
    "PDS": "PRON", "PDAT": "DET", "PIS": "PRON", "PIAT": "DET", "PPER": "PRON", "PPOSS": "PRON",
    "PPOSAT": "DET", "PRELS": "PRON", "PRELAT": "DET", "PRF": "PRON", "PWS": "PRON", "PWAT": "DET",
    "PWAV": "ADV", "PROAV": "ADV", "PTKZU": "PART", "PTKNEG": "PART", "PTKVZ": "ADP", "PTKANT": "PART",
    "PTKA": "PART", "TRUNC": "X", "VVFIN": "VERB", "VVIMP": "VERB", "VVINF": "VERB", "VVIZU": "VERB",
    "VVPP": "VERB", "VAFIN": "AUX", "VAIMP": "AUX", "VAINF": "AUX", "VAPP": "AUX", "VMFIN": "AUX",
    "VMINF": "AUX", "VMPP": "AUX", "XY": "X", "$,": "PUNCT", "$.": "PUNCT", "$(": "PUNCT",
}  # fmt: skip

CLAWS5_TO_UPOS = {
    "AJ0": "ADJ", "AJC": "ADJ", "AJS": "ADJ", "AT0": "DET", "AV0": "ADV", "AVP": "ADP", "AVQ": "ADV",
    "CJC": "CCONJ", "CJS": "SCONJ", "CJT": "SCONJ", "CRD": "NUM", "DPS": "PRON", "DT0": "DET", "DTQ": "DET",
    "EX0": "PRON", "ITJ": "INTJ", "NN": "NOUN", "NN0": "NOUN", "NN1": "NOUN", "NN2": "NOUN", "NP0": "PROPN",
    "ORD": "ADJ", "PNI": "PRON", "PNP": "PRON", "PNQ": "PRON", "PNX": "PRON", "POS": "PART", "PRF": "ADP",
    "PRP": "ADP", "PUL": "PUNCT", "PUN": "PUNCT", "PUQ": "PUNCT", "PUR": "PUNCT", "TO0": "PART", "UNC": "X",
    "VBB": "AUX", "VBD": "AUX", "VBG": "AUX", "VBI": "AUX", "VBN": "AUX", "VBZ": "AUX", "VDB": "VERB",
    "VDD": "VERB", "VDG": "VERB", "VDI": "VERB", "VDN": "VERB", "VDZ": "VERB", "VHB": "VERB", "VHD": "VERB",
    "VHG": "VERB", "VHI": "VERB", "VHN": "VERB", "VHZ": "VERB", "VM0": "AUX", "VVB": "VERB", "VVD": "VERB",
    "VVG": "VERB", "VVI": "VERB", "VVN": "VERB", "VVZ": "VERB", "XX0": "PART", "ZZ0": "X", "IN": "ADP",
}  # fmt: skip

FINITE_TAGS = frozenset({"VVFIN", "VAFIN", "VMFIN", "VVB", "VVD", "VVZ", "VBB", "VBD", "VBZ", "VHB", "VHD",
                         "VHZ", "VDB", "VDD", "VDZ", "VM0", "VBP", "MD"})  # fmt: skip  # STTS, CLAWS5, Penn
NOMINATIVE_PRONOUNS = frozenset({"we", "i", "they"})  # English pronouns that are only ever a subject
# Morphology implied by a fine tag, so rules can read token.morph the same way with either backend.
TAG_MORPHOLOGY = {
    "VVFIN": "VerbForm=Fin", "VAFIN": "VerbForm=Fin", "VMFIN": "VerbForm=Fin",
    "VVB": "Tense=Pres|VerbForm=Fin", "VBB": "Tense=Pres|VerbForm=Fin", "VHB": "Tense=Pres|VerbForm=Fin",
    "VDB": "Tense=Pres|VerbForm=Fin", "VVZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VHZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VDZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VVD": "Tense=Past|VerbForm=Fin",
    "VBD": "Tense=Past|VerbForm=Fin", "VHD": "Tense=Past|VerbForm=Fin", "VDD": "Tense=Past|VerbForm=Fin",
    "VM0": "VerbForm=Fin", "VVI": "VerbForm=Inf", "VBI": "VerbForm=Inf", "VHI": "VerbForm=Inf", "VDI": "VerbForm=Inf",
    "VVN": "VerbForm=Part", "VVG": "VerbForm=Ger", "NN1": "Number=Sing", "NN2": "Number=Plur", "DPS": "Poss=Yes",
    "PPOSAT": "Poss=Yes",
}  # fmt: skip


@cache
def hanta_tagger(lang: str):
    """The HanTa model for a language, loaded once per process (about 0.1 s each)."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger(HANTA_MODELS[lang])
    heap.settle()
    return tagger


def normalise_tag(lang: str, raw: str) -> tuple[str, str]:
    """(fine tag, UD pos) for a HanTa tag: ``VV(FIN)`` becomes STTS ``VVFIN`` → ``VERB``."""
    tag = raw.replace("(", "").replace(")", "")
    table = STTS_TO_UPOS if lang == "de" else CLAWS5_TO_UPOS
    return tag, table.get(tag, "X")


def tag_span(span: Span) -> None:
    """Tag and lemmatise the words of one span (whitespace tokens are left alone)."""
    words = [token for token in span if not token.is_space]
    lang = span.doc.lang_
    if not words or lang not in HANTA_MODELS:
        return
    tags = _sentence_tags(lang, tuple(_tagger_text(token.text) for token in words))
    if lang == "en":
        tags = _verbs_after_subject_pronouns([token.lower_ for token in words], tags)
    for token, raw_tag in zip(words, tags, strict=True):
        fine, upos = normalise_tag(lang, raw_tag)
        token.tag_ = fine
        token.pos_ = upos
        token.lemma_ = _lemma(lang, token.text, raw_tag, upos)
        if fine in TAG_MORPHOLOGY:
            token.set_morph(TAG_MORPHOLOGY[fine])


NEGATED_AUXILIARY_TAGS = frozenset({"VDB", "VDD", "VDZ", "VM0"})


def _verbs_after_subject_pronouns(words: list[str], tags: list[str]) -> list[str]:
    """ "We bill to the minute", "We invoice weekly", "we conduct a consultation": after a pronoun that can only
    be a subject (adverbs between), a word the tagger read as a singular noun or an infinitive is the present
    verb; not when a finite verb follows it, which would be the clause's own. After "do not", "will not" a
    singular noun is the infinitive ("We do not refund …")."""
    repaired = list(tags)
    for index, word in enumerate(words[:-1]):
        if word not in NOMINATIVE_PRONOUNS:
            continue
        position = index + 1
        while position < len(words) - 1 and repaired[position] == "AV0":
            position += 1
        following = repaired[position + 1] if position + 1 < len(words) else ""
        if repaired[position] in {"NN1", "VVI"} and words[position].isalpha() and following not in FINITE_TAGS:
            repaired[position] = "VVB"
    for position in range(2, len(words)):  # "do not refund", "will not bill": the verb after a negated auxiliary
        negated = repaired[position - 1] == "XX0" and repaired[position - 2] in NEGATED_AUXILIARY_TAGS
        if negated and repaired[position] == "NN1" and words[position].isalpha():
            repaired[position] = "VVI"
    return repaired


def _tagger_text(text: str) -> str:
    """HanTa's cost grows steeply with a word's length: a very long "word" is tagged by its end (where a
    German compound keeps its head) and keeps its own text as lemma. Its models know the typewriter apostrophe
    only ("We'll", not "We’ll")."""
    text = text.replace("’", "'")
    return text if len(text) <= MAX_TAGGED_WORD else text[-MAX_TAGGED_WORD:]


@lru_cache(maxsize=20_000)
def _sentence_tags(lang: str, words: tuple[str, ...]) -> list[str]:
    """Tags depend only on the sentence's words, and a site repeats its sentences (teasers, calls to action)."""
    return hanta_tagger(lang).tag_sent(list(words), taglevel=0)


@lru_cache(maxsize=100_000)
def _hanta_lemma(lang: str, text: str, raw_tag: str) -> str:
    """A word's lemma depends only on the word and its tag, and running text repeats its words."""
    return hanta_tagger(lang).analyze(text, pos=raw_tag, taglevel=1)[0]


def _lemma(lang: str, text: str, raw_tag: str, upos: str) -> str:
    # HanTa lower-cases German pronouns ("ihnen") and some proper nouns ("Us"); keep the word itself there.
    if upos in {"PROPN", "PUNCT", "NUM"} or len(text) > MAX_TAGGED_WORD:
        return text
    return _hanta_lemma(lang, text, raw_tag)


def is_tagged(span: Span) -> bool:
    """True when the pipeline (an official model) or an earlier ``ensure_tagged`` tagged this sentence."""
    doc = span.doc
    if doc.user_data.get("wirlint_lazy_tags"):
        return span.start in doc.user_data["wirlint_tagged"]
    return doc.has_annotation("TAG")


def finite_before_wir(token: Token, following: Token) -> bool:
    """ "Deshalb bewahren/VVINF wir …": a lower-case plural present right before "wir" that the tagger read as an
    infinitive is the finite verb; German has no clause where an infinitive stands right before its subject."""
    return token.tag_ in {"VVINF", "VAINF", "VMINF"} and token.is_lower and following.lower_ == "wir"


def ensure_tagged(span: Span) -> None:
    """Tag a sentence unless the pipeline (an official model, or an earlier call) already did."""
    if is_tagged(span):
        return
    doc = span.doc
    tag_span(span)
    doc.user_data.setdefault("wirlint_tagged", set()).add(span.start)
    doc.user_data["wirlint_lazy_tags"] = True
