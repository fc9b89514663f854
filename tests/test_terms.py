"""Term matching: the compiled word-form index, the tagging pre-filter, and matches equal to a plain scan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_tagger import analysed
from wirlint.engine.terms import PATTERNS, MatcherPattern, Term, TermMatcher, WordPattern, sentence_terms
from wirlint.nlp.tagging import is_tagged
from wirlint.nlp.voice import reported_speech_ranges


def ids(*words: str) -> set[int]:
    return {WordPattern.parse(word).id for word in words}


def test_index_finds_exact_prefix_and_suffix_alternatives():
    pattern = WordPattern.parse("führend|marktführer*|*zufriedenheit")
    index = PATTERNS.index
    assert pattern.id in index.matches("führend")
    assert pattern.id in index.matches("marktführerschaft")
    assert pattern.id in index.matches("kundenzufriedenheit")
    assert pattern.id not in index.matches("führende")  # a different text: only its lemma can match
    assert pattern.id not in index.matches("geschäftsführer")


@pytest.mark.parametrize(
    ("term", "form"),
    [
        ("gast", "gäste"),  # umlaut plural
        ("groß*", "größten"),  # umlaut superlative
        ("provide", "providing"),  # English e-deletion
        ("handeln", "handle"),  # German -eln verb
        ("put", "putting"),  # short word, doubled consonant
        ("mach", "macht"),  # short German stem, verb ending after a consonant
        ("go", "goes"),  # short word ending in a vowel
        ("*marktführer", "weltmarktführern"),  # suffix term, inflected
    ],
)
def test_forms_whose_lemma_may_match_are_candidates(term, form):
    (number,) = ids(term)
    assert number in PATTERNS.index.candidates(form)


@pytest.mark.parametrize(
    ("term", "form"),
    [("no", "now"), ("no", "not"), ("so", "sot"), ("the", "then"), ("marktführer*", "marketing")],
)
def test_unrelated_words_are_not_candidates(term, form):
    (number,) = ids(term)
    assert number not in PATTERNS.index.candidates(form)


def test_a_term_is_a_candidate_only_when_all_its_words_are():
    present, absent = Term.parse("legen wert"), Term.parse("größt* wert")  # loaded before the text is read
    terms = sentence_terms(next(analysed("Wir legen Wert auf gute Arbeit.", "de").sents))
    assert terms.could_match(present.required)
    assert not terms.could_match(absent.required)


def test_a_sentence_that_cannot_match_any_pattern_anchor_is_not_tagged():
    pattern = '[{"LOWER": "mit"}, {"POS": "NOUN"}]'
    matcher = TermMatcher(patterns=(pattern,))
    quiet = next(analysed("Das ist ein ruhiger Satz.", "de").sents)
    assert matcher.match(quiet) == [] and not is_tagged(quiet)
    loud = next(analysed("Wir kommen mit Freude.", "de").sents)
    assert matcher.match(loud) == [(loud[2].i, loud[4].i)] and is_tagged(loud)


def test_a_term_whose_words_match_as_written_is_found_without_tagging():
    matcher = TermMatcher(phrases=(Term.parse("we do not accept"), Term.parse("provide solution")))
    exact = next(analysed("Sorry, we do not accept cheques.", "en").sents)
    assert matcher.match(exact) == [(exact[2].i, exact[6].i)] and not is_tagged(exact)
    # "provides solutions" matches only through its lemmas: the tagger decides
    inflected = next(analysed("Acme provides solutions.", "en").sents)
    assert matcher.match(inflected) == [(inflected[1].i, inflected[3].i)] and is_tagged(inflected)


def test_a_pattern_whose_regular_expression_fits_no_word_is_not_run():
    """ "die" is in nearly every German sentence; the superlative after it decides whether the Matcher runs."""
    source = '[{"LOWER": "die"}, {"LOWER": {"REGEX": "^best(e|en)$"}}, {"IS_ALPHA": true}]'
    pattern = MatcherPattern.parse(source)
    matcher = TermMatcher(patterns=(source,))
    quiet = next(analysed("Die Kunden kommen gern.", "de").sents)
    loud = next(analysed("Die besten Kunden kommen gern.", "de").sents)
    assert not pattern.regexes_found(sentence_terms(quiet).words) and matcher.match(quiet) == []
    assert pattern.regexes_found(sentence_terms(loud).words) and matcher.match(loud) == [(loud[0].i, loud[3].i)]


def plain_find(term: Term, words: list[tuple[str, ...]]) -> list[tuple[int, int]]:
    """The reference: try the term at every position, comparing each word pattern with each form."""

    def matches(pattern: WordPattern, forms: tuple[str, ...]) -> bool:
        return any(
            form in pattern.exact
            or any(form.startswith(prefix) for prefix in pattern.prefixes)
            or any(form.endswith(suffix) for suffix in pattern.suffixes)
            for form in forms
        )

    width = len(term.words)
    return [
        (start, start + width)
        for start in range(len(words) - width + 1)
        if all(matches(pattern, words[start + offset]) for offset, pattern in enumerate(term.words))
    ]


WORDS = ["wir", "sind", "die", "beste", "besten", "wahl", "für", "kunden", "kundenservice", "service", "nr."]


@settings(max_examples=60, deadline=None)
@given(
    sentence=st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
    term=st.lists(st.sampled_from(["best*", "die|der", "*service", "wahl", "kunde*", "nr.", "für"]), max_size=3),
)
def test_indexed_matching_equals_a_plain_scan(sentence, term):
    parsed = Term.parse(" ".join(term) or "wahl")
    span = next(analysed(" ".join(sentence) + " .", "de").sents)
    terms = sentence_terms(span)
    forms = [(word.lower_,) for word in terms.words]
    assert parsed.find(terms) == plain_find(parsed, forms)


def test_reported_speech_is_found_after_the_last_boundary():
    text = "Gut. Ja, wir sind begeistert, sagt Frau K. Danke."
    (start, end) = reported_speech_ranges(text)[0]
    assert text[start:end].strip() == "Ja, wir sind begeistert"


def test_reported_speech_scan_is_linear_in_the_text():
    """'Wir ' repeated without a boundary or an attribution: nothing is speech, and nothing is rescanned."""
    text = "Wir " * 50_000
    assert reported_speech_ranges(text) == []
    assert reported_speech_ranges(text + ", sagt Frau K.")[0] == (0, len(text.rstrip()))
