"""The bundled HanTa backend: tags, lemmas and laziness; accuracy against gold UD annotation."""

from __future__ import annotations

import importlib.util

import pytest

from bench.ud import tagger_accuracy
from tests.conftest import lint_text
from wirlint.model import Block, Document, Role
from wirlint.nlp.pipeline import analyse, build_pipeline
from wirlint.nlp.tagging import ensure_tagged, normalise_tag


def analysed(text: str, lang: str):
    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    return analyse(document, lang)[0].doc


def test_german_tags_lemmas_and_finite_verbs():
    doc = analysed("Wir stellen Ihnen die führenden Lösungen bereit.", "de")
    sentence = next(doc.sents)
    assert all(token.tag_ == "" for token in sentence)  # lazy: nothing tagged yet
    ensure_tagged(sentence)
    found = {token.text: (token.pos_, token.tag_, token.lemma_) for token in sentence}
    assert found["stellen"] == ("VERB", "VVFIN", "stellen")
    assert found["führenden"][2] == "führend"
    assert found["Lösungen"] == ("NOUN", "NN", "Lösung")
    assert found["bereit"][1] == "PTKVZ"
    assert str(sentence[1].morph) == "VerbForm=Fin"


def test_english_tags_and_lemmas():
    doc = analysed("Our clients love the leading services.", "en")
    sentence = next(doc.sents)
    ensure_tagged(sentence)
    found = {token.text: (token.pos_, token.lemma_) for token in sentence}
    assert found["clients"] == ("NOUN", "client") and found["love"][0] == "VERB"


@pytest.mark.parametrize(
    ("text", "word", "tag"),
    [
        ("We bill to the nearest minute.", "bill", "VVB"),
        ("We only invoice weekly.", "invoice", "VVB"),
        ("They conduct a free consultation.", "conduct", "VVB"),
        ("Send us the bill today.", "bill", "NN1"),  # no subject pronoun before it
        ("We bill customers monthly.", "bill", "VVB"),
        ("We do not refund any purchase.", "refund", "VVI"),  # after a negated auxiliary
        ("There is not refund enough.", "refund", "NN1"),  # "not" after a form of "be"
        ("We’ll track your order.", "’ll", "VM0"),  # the typographic apostrophe as the typewriter one
    ],
)
def test_a_word_after_a_subject_pronoun_is_its_verb(text, word, tag):
    """The tagger reads "We bill …" as a noun after a pronoun; only a verb can stand there."""
    sentence = next(analysed(text, "en").sents)
    ensure_tagged(sentence)
    assert next(token.tag_ for token in sentence if token.text == word) == tag


def test_tag_names_map_to_universal_dependencies():
    assert normalise_tag("de", "VV(FIN)") == ("VVFIN", "VERB")
    assert normalise_tag("de", "ADJ(A)") == ("ADJA", "ADJ")
    assert normalise_tag("en", "NN2") == ("NN2", "NOUN")
    assert normalise_tag("en", "DPS") == ("DPS", "PRON")


def test_sentences_without_a_term_hint_are_never_tagged():
    """Tagging is the slow step: a sentence that cannot match a term rule is not tagged for it."""
    from wirlint.engine.packs import load_rules

    (rank_claims,) = [s for s in load_rules() if s.rule.code == "WL202" and s.rule.lang == "de"]
    quiet = next(analysed("Kontakt und Anfahrt mit dem Auto.", "de").sents)
    assert rank_claims.matcher.match(quiet) == []
    assert all(token.tag_ == "" for token in quiet)
    loud = next(analysed("Wir liefern einzigartige Möbel.", "de").sents)
    # "einzigartig*" matches the word as written: found without waiting for the tagger
    assert rank_claims.matcher.match(loud) == [(2, 3)]
    assert all(token.tag_ == "" for token in loud)


@pytest.mark.parametrize(
    ("lang", "treebank", "minimum_upos", "minimum_lemma"),
    [("de", "de_gsd-ud-test.conllu", 0.88, 0.95), ("en", "en_ewt-ud-test.conllu", 0.85, 0.95)],
)
def test_accuracy_on_universal_dependencies(shared_corpora, lang, treebank, minimum_upos, minimum_lemma):
    """UD German-GSD and English-EWT (CC BY-SA 4.0), gold tokenisation, punctuation included."""
    accuracy = tagger_accuracy(shared_corpora / treebank, lang)
    print(f"{lang}: UPOS {accuracy.upos_accuracy:.3f}, lemma {accuracy.lemma_accuracy:.3f} on {accuracy.tokens} tokens")
    assert accuracy.upos_accuracy >= minimum_upos
    assert accuracy.lemma_accuracy >= minimum_lemma


@pytest.mark.parametrize(("lang", "model"), [("de", "de_core_news_sm"), ("en", "en_core_web_sm")])
def test_official_pipeline_is_used_when_installed(lang, model):
    if importlib.util.find_spec(model) is None:
        pytest.skip(f"{model} is not installed (it is not on PyPI); the bundled tagger covers this path")
    nlp = build_pipeline(lang, model)
    assert "parser" in nlp.pipe_names and "wirlint_voice" in nlp.pipe_names
    text = "Wir bieten Ihnen eine Beratung." if lang == "de" else "We offer you free advice."
    result = lint_text(text, lang=lang, select=("WL101",), nlp_models=((lang, model),))
    assert [finding.rule.code for finding in result.findings] == ["WL101"]


def test_missing_official_pipeline_is_a_config_error():
    from wirlint.errors import ConfigError

    with pytest.raises(ConfigError, match="not installed"):
        build_pipeline("de", "de_core_news_does_not_exist")
