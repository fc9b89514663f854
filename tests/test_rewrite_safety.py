"""A safe rewrite is a promise: ``--fix`` writes it into a website. These tests hold the verification to it —
the broken rewrites once seen on real text, the verifier's own checks, and generated sentences from the
construction tables whose safe rewrites must keep every content word and read as customer-first."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from wirlint.model import Block, Document, Role
from wirlint.nlp.fields import main_clause
from wirlint.nlp.opening import WE_FIRST, classify_opening
from wirlint.nlp.pipeline import analyse, lexicon_for
from wirlint.rewrite import suggest
from wirlint.rewrite.candidate import Candidate
from wirlint.rewrite.paragraphs import rewrite_paragraphs
from wirlint.rewrite.verify import verify


def first_sentence(text: str, lang: str):
    document = Document(path="t", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (analysed,) = analyse(document, lang)
    return next(analysed.doc.sents)


def suggestions(text: str, lang: str):
    return suggest(first_sentence(text, lang), lexicon_for(lang))


# Rewrites that were once offered as safe and broke the sentence; each now gets the listed result or nothing.
ONCE_BROKEN = [
    ("de", "Wir erwarten 150-200 Teilnehmer aus der Region.", {"150-200 Teilnehmer erwarten wir aus der Region."}),
    # held-out set 25, shown for review and wrong: a phrase taken out of an aside, who determines, what is built
    (
        "de",
        "Wir empfehlen deshalb, auch wegen des deutlichen Preisvorteils für den Kunden, einen eigenen Holzvorrat "
        "aufzubauen.",
        set(),
    ),
    (
        "en",
        "We work closely with you to determine your wants and needs for your backyard swimming oasis.",
        {"To determine your wants and needs for your backyard swimming oasis, we work closely with you."},
    ),
    ("en", "At Parker Home, we build things for a living, so we know all about detailed designs.", set()),
    ("de", "Wir rufen Funktionen in zwei bis drei Millisekunden auf.", set()),
    ("de", "Wir hoffen, dich bald mal wieder zu treffen.", set()),
    (
        "de",
        "Wir bieten Ihnen eine Beratung an, die nichts kostet.",
        {"Sie erhalten eine Beratung, die nichts kostet.", "Ihnen bieten wir eine Beratung an, die nichts kostet."},
    ),
    ("en", "We give our customers the best service that we can.", set()),
    # a coordinated predicate would become the customer's (held-out set, 2026-11-28)
    ("en", "We then provide you with a price quote and schedule an appointment for your carpets to be cleaned.", set()),
    # a named third party read as a customer ("Partner"): not fronted as the reader (held-out set 5); the time
    # phrase may take the front
    (
        "de",
        "Wir verschicken mit unserem Partner DHL innerhalb von zwei Tagen.",
        {"Innerhalb von zwei Tagen verschicken wir mit unserem Partner DHL."},
    ),
    # the relative clause is the call's: it stays with its noun, not with the reader (held-out set 12)
    (
        "de",
        "Wir führen zunächst ein erstes Telefonat mit Ihnen, in dem Sie uns den Sachverhalt schildern.",
        {"Mit Ihnen führen wir zunächst ein erstes Telefonat, in dem Sie uns den Sachverhalt schildern."},
    ),
    # a plural present read as a participle ended no relative clause, which left the object behind the comma
    (
        "de",
        "Wir schenken allen Neukunden, die bis Freitag bestellen, die Versandkosten.",
        {
            "Alle Neukunden, die bis Freitag bestellen, bekommen die Versandkosten geschenkt.",
            "Allen Neukunden, die bis Freitag bestellen, schenken wir die Versandkosten.",
        },
    ),
    # fronting tore a noun phrase apart or left a relative clause to another noun (adversarial review 6)
    ("de", "Wir bewirten Hochzeiten mit 150–200 Gästen.", set()),
    ("de", "Wir liefern Getränke für Feste mit über 100 Gästen.", set()),
    ("de", "Wir bieten Nachhilfe für Schüler der Klassen 1 bis 4 an.", set()),
    ("de", "Wir bieten Nachhilfe in Mathe und Physik für Schüler der Klassen 5 bis 10 an.", set()),
    ("de", "Wir bieten Kurse für Kinder an, die schwimmen lernen möchten.", set()),
    ("de", "Wir bieten Beratung für Eltern an, deren Kinder nur schwer einschlafen.", set()),
    ("de", "Wir bieten Zimmer für Gäste an, die länger als drei Nächte bleiben.", set()),
    # a focus word left behind, a pronoun before its noun, a preposition read as a verb, a recipient read as the
    # thing offered, a time amount torn from its phrase (adversarial review 6)
    ("de", "Wir beginnen erst mit der Arbeit, wenn Sie das Angebot freigegeben haben.", set()),
    ("en", "We can only help you if you book at least a week ahead.", set()),
    ("en", "We lend you a courtesy car while yours is being repaired.", set()),
    ("en", "We help people like you every day.", set()),
    ("en", "We offer every pupil one-to-one support.", set()),
    ("en", "We recommend booking at least two weeks in advance.", set()),
    # a label, a "rund um" topic, an aside, a pair, a numbered description or the reader as a noun's partner
    # stays with its noun; a sentence relative stays at the end (adversarial review 7)
    ("de", "Wir beantworten Ihre Fragen rund um das Thema Erbrecht.", set()),
    ("de", "Wir tauschen Ihre Reifen Größe 16 Zoll für 39 €.", set()),
    ("de", "Wir montieren Ihre Waschmaschine Typ WM 500 kostenlos.", set()),
    (
        "de",
        "Wir reparieren Ihr Rad, was uns besonders Spaß macht.",
        {"Ihr Rad reparieren wir, was uns besonders Spaß macht."},
    ),
    ("de", "Wir freuen uns auf Ihren nächsten Besuch – bis bald!", set()),
    ("de", "Wir reinigen sowohl Ihre Fenster als auch Ihre Fassade.", set()),
    ("de", "Wir geben allen Kunden über 65 Jahren 10 % Rabatt.", set()),
    ("de", "Wir freuen uns auf die Zusammenarbeit mit Ihnen.", set()),
    ("en", "We help you find us.", set()),
    # set 24: a relative clause before a second predicate, a phrase of the inner clause, a verb after "&"
    (
        "de",
        "Wir freuen uns über die positive Resonanz, die unser Programm gebracht hat und laden Sie zu einem Besuch ein.",
        set(),
    ),
    (
        "en",
        "We know that each individual crown must be created specifically for each patient.",
        {"Each individual crown must be created specifically for each patient, we know."},
    ),
    ("en", "We also only supply new tyres & include new valves with each new tyre.", set()),
    # the reader's genitive moves with its noun; a name's words stay together (adversarial review 8)
    ("de", "Wir übernehmen die Pflege Ihres Grabes.", {"Die Pflege Ihres Grabes übernehmen wir."}),
    ("de", "Wir kümmern uns um die Reparatur Ihres Autos.", {"Um die Reparatur Ihres Autos kümmern wir uns."}),
    ("de", "Wir digitalisieren Ihre Belege mit DATEV Unternehmen online.", set()),
    # a stranded "noch"; a participle inside a compound noun
    ("de", "Wir bearbeiten Bestellungen, die bis 14 Uhr eingehen, noch am selben Tag.", set()),
    ("en", "We arrange parking permits for the moving van.", set()),
    # a passive that hands a purpose or a comparison to the reader, or reads "ihre" as "Ihre"
    ("de", "Wir besuchen Sie zu Hause, um den Schaden zu begutachten.", set()),
    ("de", "Wir beraten Sie genauso gründlich wie ein Facharzt.", set()),
    (
        "de",
        "Wir betreuen ihre Kinder, während die Eltern arbeiten.",
        {"Während die Eltern arbeiten, betreuen wir ihre Kinder."},
    ),
    ("en", "We give the children in our care a healthy lunch.", set()),
    # the relative clause is the courses': the moved customer is not the noun before it
    (
        "de",
        "Wir bieten unseren Kunden Kurse an, die am Abend stattfinden.",
        {
            "Unseren Kunden bieten wir Kurse an, die am Abend stattfinden.",
            "Unsere Kunden erhalten Kurse, die am Abend stattfinden.",
        },
    ),
]


@pytest.mark.parametrize(
    "sentence",
    [
        # a second predicate after a subordinate clause shares the company subject (held-out set 5)
        "Wir informieren Sie, sobald Ihr Paket unterwegs ist, und senden Ihnen die Sendungsnummer.",
        "Wir beraten Sie, wenn Sie möchten, und erstellen Ihnen ein Angebot.",
    ],
)
def test_no_new_subject_for_a_clause_with_a_second_predicate(sentence):
    """A switch or a passive would make the reader the subject of the second predicate too."""
    assert {s.kind for s in suggestions(sentence, "de")} <= {"fronting"}


def test_a_zu_phrase_after_a_noun_is_fronted_only_for_review():
    """ "alle Zugriffe zu Ihren Konten": the zu-phrase may be the noun's own; fronted alone it would read as the
    verb's (held-out set 5). A zu-phrase that follows no noun stays where it is (the fronted "Ihnen" is for
    review as a stressed pronoun, not for the zu-phrase)."""
    (attached,) = suggestions("Wir protokollieren alle Zugriffe zu Ihren Konten mit Datum und Uhrzeit.", "de")
    assert attached.kind == "fronting" and not attached.safe
    (alone,) = suggestions("Wir bieten Ihnen zu jedem Auftrag eine Beratung an.", "de")
    assert alone.text == "Ihnen bieten wir zu jedem Auftrag eine Beratung an."


def test_a_noun_with_a_prepositional_phrase_after_it_moves_only_for_review():
    """ "Menschen in kleinen Betrieben": the phrase may be the noun's own; moved without it, it would read as
    the verb's (held-out set 7). After a pronoun nothing can be its attribute, so that stays safe."""
    moved = suggestions("Außerdem wollen wir Menschen in kleinen Betrieben beim Einstieg unterstützen.", "de")
    assert moved and not any(suggestion.safe for suggestion in moved)
    switched = suggestions("Wir bieten unseren Mitgliedern in Hamburg eine freie Sprechstunde an.", "de")
    assert switched and not any(suggestion.safe for suggestion in switched)
    pronoun = suggestions("Wir haben für Sie in Hamburg eine freie Sprechstunde eingerichtet.", "de")
    assert pronoun and pronoun[0].kind == "fronting" and pronoun[0].safe
    # the same for a prepositional phrase: "auf Ihren Besuch in unserem Laden"
    visit = suggestions("Wir freuen uns sehr auf Ihren Besuch in unserem Laden.", "de")
    assert visit and not any(suggestion.safe for suggestion in visit)
    for_you = suggestions("Wir haben für Sie in unserem Laden eine Auswahl.", "de")
    assert for_you and all(suggestion.safe for suggestion in for_you)


def test_english_contractions_count_as_their_full_words():
    """ "We don’t accept cheques." → "Cheques are not accepted.": "n’t" is "not", the apostrophe is no quote."""
    sentence = first_sentence("We don’t accept cheques.", "en")
    changed = frozenset({"accept", "accepted", "are", "do"})
    assert verify(sentence, Candidate("Cheques are not accepted.", "passive", False, changed), "en") is not None
    assert verify(sentence, Candidate("Cheques are accepted.", "passive", False, changed), "en") is None


def test_contracted_auxiliaries_count_as_their_full_words():
    """ "We’re committed to …" → "… is what we are committed to.": "’re" is "are", and only "are" may appear."""
    sentence = first_sentence("We’re committed to baking bread.", "en")
    changed = frozenset({"is", "what"})
    kept = Candidate("Baking bread is what we are committed to.", "fronting", False, changed)
    assert verify(sentence, kept, "en") is not None
    lost = Candidate("Baking bread is what we were committed to.", "fronting", False, changed)
    assert verify(sentence, lost, "en") is None


@pytest.mark.parametrize(("lang", "sentence", "expected"), ONCE_BROKEN)
def test_once_broken_rewrites_are_right_or_absent(lang, sentence, expected):
    assert {s.text for s in suggestions(sentence, lang)} == expected


def test_a_particle_before_a_comma_stays_in_the_right_bracket():
    clause = main_clause(first_sentence("Wir bieten Ihnen eine Beratung an, die nichts kostet.", "de"))
    assert [t.text for t in clause.right_bracket] == ["an"]
    assert "".join(t.text_with_ws for t in clause.nachfeld).strip() == ", die nichts kostet"


def test_coordinated_bracket_verbs_a_partitive_and_a_pronoun_inside_an_attribute_are_read():
    """ "unterstützen und begleiten" is one right bracket, the modal's next phrase after a comma its Nachfeld;
    "jedem einzelnen unserer Kunden" and "den uns anvertrauten Kindern" are one noun phrase each (sentence
    shapes from held-out set 13)."""
    clause = main_clause(first_sentence("Wir wollen Ihr Kind unterstützen und begleiten, ihm Halt geben.", "de"))
    assert [t.text for t in clause.right_bracket] == ["unterstützen", "und", "begleiten"]
    assert "".join(t.text_with_ws for t in clause.nachfeld).strip() == ", ihm Halt geben"
    clause = main_clause(first_sentence("Wir danken jedem einzelnen unserer Kunden herzlich.", "de"))
    assert "".join(t.text_with_ws for t in clause.middle[0].tokens).strip() == "jedem einzelnen unserer Kunden"
    clause = main_clause(first_sentence("Wir begegnen den uns anvertrauten Kindern mit Respekt.", "de"))
    assert ["".join(t.text_with_ws for t in part.tokens).strip() for part in clause.middle] == [
        "den uns anvertrauten Kindern",
        "mit Respekt",
    ]


def middle_texts(sentence: str) -> list[str]:
    clause = main_clause(first_sentence(sentence, "de"))
    assert clause is not None, sentence
    return ["".join(t.text_with_ws for t in part.tokens).strip() for part in clause.middle]


@pytest.mark.parametrize(
    ("sentence", "middle"),
    [
        # the tagger reads the verb after "Wir" as a noun or an infinitive: it is the finite verb all the same
        (
            "Wir antworten per Mail oder telefonisch innerhalb eines Tages.",
            ["per Mail oder telefonisch", "innerhalb eines Tages"],
        ),
        ("Wir klären Sie frühzeitig über die Kosten auf.", ["Sie", "frühzeitig", "über die Kosten"]),
        # an open list end and a comparison belong to their phrase
        ("Wir nehmen Bargeld, EC-Karten und mehr.", ["Bargeld, EC-Karten und mehr"]),
        ("Wir rufen Sie so bald wie möglich zurück.", ["Sie", "so", "bald wie möglich"]),
        ("Wir zahlen die gleichen Preise wie unsere Kunden.", ["die gleichen Preise wie unsere Kunden"]),
        # truncated words in a list of compounds belong to the noun that ends it
        ("Wir prüfen für Sie Wasser-, Gas- und Heizungsrohre.", ["für Sie", "Wasser-, Gas- und Heizungsrohre"]),
        # "und" before a second phrase of the modal with its own infinitive shares the subject
        ("Wir wollen Ihnen zuhören und gemeinsam Lösungen finden.", ["Ihnen"]),
        # a comma and a finite verb continue a list of predicates of the same subject
        (
            "Wir besprechen mit Ihnen den Plan, messen die Räume aus und bestellen das Material.",
            ["mit Ihnen", "den Plan"],
        ),
        # a contrast with "sondern" is a second predicate of the same subject
        ("Wir verkaufen keine Massenware, sondern fertigen jedes Stück von Hand.", ["keine Massenware"]),
        # "wir" with its role in the Vorfeld ("Wir als Bestatter machen …")
        ("Wir als Gärtner pflanzen im Herbst die Zwiebeln.", ["im Herbst", "die Zwiebeln"]),
    ],
)
def test_clause_analysis_reads_real_sentence_shapes(sentence, middle):
    """Shapes from the tuning passages the analysis refused before (set 14), in our own wording."""
    assert middle_texts(sentence) == middle


def test_a_comma_does_not_join_an_adverb_to_a_prepositional_phrase():
    """ "gegenüber allen Menschen, unabhängig von …" is an insertion, not one coordinated phrase: read as one,
    it was fronted without its "von …"."""
    assert (
        main_clause(
            first_sentence("Wir arbeiten gegenüber allen Menschen, unabhängig von ihrer Herkunft, offen.", "de")
        )
        is None
    )


def test_number_ranges_and_genitives_are_one_constituent():
    clause = main_clause(first_sentence("Wir erfüllen 150-200 Wünsche unserer Kunden in zwei bis drei Tagen.", "de"))
    texts = ["".join(t.text_with_ws for t in part.tokens).strip() for part in clause.middle]
    assert texts == ["150-200 Wünsche unserer Kunden", "in zwei bis drei Tagen"]


def test_an_infinitive_clause_is_never_raided_for_its_object():
    """ "Dich hoffen wir, … zu treffen": the object of the zu-clause is not the main verb's to front."""
    clause = main_clause(first_sentence("Wir hoffen, dich bald mal wieder zu treffen.", "de"))
    assert clause.middle == () and clause.nachfeld[0].text == ","


@pytest.mark.parametrize(
    ("lang", "sentence", "rewrite", "kind"),
    [
        # a content word lost
        ("de", "Wir liefern Ihnen frische Zutaten.", "Sie erhalten Zutaten.", "perspective"),
        # a number range torn apart
        ("de", "Wir erwarten 150-200 Teilnehmer.", "200 Teilnehmer erwarten wir 150-.", "fronting"),
        # a word added by a reordering
        ("de", "Wir bieten Ihnen Rabatt.", "Ihnen bieten wir viel Rabatt.", "fronting"),
        # parentheses lost
        (
            "en",
            "We offer our clients (new and old) a discount.",
            "Our clients get a discount new and old.",
            "perspective",
        ),
    ],
)
def test_a_candidate_that_loses_content_is_dropped(lang, sentence, rewrite, kind):
    assert verify(first_sentence(sentence, lang), Candidate(rewrite, kind, True), lang) is None


def test_a_fronting_may_drop_only_the_placeholder_it_declares():
    sentence = first_sentence("Unser Ziel ist es, Ihnen frisches Brot zu backen.", "de")
    declared = frozenset({"es"})
    kept = Candidate("Ihnen frisches Brot zu backen, ist unser Ziel.", "fronting", False, changed=declared)
    assert verify(sentence, kept, "de") is not None
    assert verify(sentence, Candidate(kept.text, "fronting", False), "de") is None  # undeclared, it is a loss
    lost = Candidate("Ihnen Brot zu backen, ist unser Ziel.", "fronting", False, changed=declared)
    assert verify(sentence, lost, "de") is None


def test_a_candidate_whose_grammar_does_not_read_back_is_only_unsafe():
    sentence = first_sentence("Wir bieten Ihnen eine Beratung an, die nichts kostet.", "de")
    left_behind = Candidate("Sie erhalten eine Beratung an, die nichts kostet.", "perspective", True,
                            changed=frozenset({"bieten", "an", "wir", "erhalten"}), right_bracket=())  # fmt: skip
    checked = verify(sentence, left_behind, "de")
    assert checked is not None and checked.safe is False  # the stray particle is seen in the right bracket


def test_english_agreement_is_checked():
    sentence = first_sentence("We give every client a dedicated manager.", "en")
    changed = frozenset({"give", "get", "gets"})
    wrong = verify(sentence, Candidate("Every client get a dedicated manager.", "perspective", True, changed), "en")
    right = verify(sentence, Candidate("Every client gets a dedicated manager.", "perspective", True, changed), "en")
    assert (wrong.safe, right.safe) == (False, True)


def test_negation_and_focus_particles_make_a_rewrite_unsafe():
    found = suggestions("Wir liefern unseren Stammkunden nur frische Eier.", "de")
    assert found and not any(s.safe for s in found)
    # "nur/auch" on the recipient itself: "Unsere Stammkunden erhalten nur …" would restrict the eggs instead
    assert suggestions("Wir liefern nur unseren Stammkunden frische Eier.", "de") == []
    assert suggestions("Wir bieten auch Ihnen eine Lösung.", "de") == []


def test_a_verb_that_may_continue_an_infinitive_or_be_a_second_predicate_makes_a_rewrite_unsafe():
    # "… tools to succeed and support you": one infinitive, or "We provide … and support you"
    found = suggestions("We provide you with tools to succeed and support you every step.", "en")
    assert not any(s.safe for s in found)
    found = suggestions("We provide you with a free quote.", "en")
    assert found and found[0].safe


# --- generated sentences from the construction tables -------------------------------------------------------

GERMAN_SUBJECTS = ["Wir {verb}", "Seit 2010 {verb} wir", "Deshalb {verb} wir"]
GERMAN_VERBS = [("bieten", ""), ("bieten", "an"), ("liefern", ""), ("senden", "zu"), ("geben", ""), ("erklären", ""),
                ("zeigen", ""), ("erstellen", "")]  # fmt: skip
GERMAN_MODALS = ["", "können", "werden", "möchten"]
GERMAN_RECIPIENTS = ["Ihnen", "allen Kunden", "unseren Gästen", "jedem Mitglied", "dir", "unseren Mandanten",
                     "allen Eltern, die wenig Zeit haben,", "Familien mit kleinen Kindern"]  # fmt: skip
GERMAN_OBJECTS = ["eine kostenlose Beratung", "frische Zutaten", "einen Rabatt von 10 %", "die Unterlagen",
                  "150-200 Gutscheine", "ein Angebot (unverbindlich)"]  # fmt: skip
GERMAN_ADVERBS = ["", "heute", "jede Woche", "ab sofort", "in zwei bis drei Tagen"]
GERMAN_TAILS = ["", ", die Ihnen gefallen wird", ", damit Sie planen können"]


def german_sentence(subject, verb, modal, recipient, adverb, thing, tail):
    lemma, particle = verb
    finite, bracket = (modal, particle + lemma) if modal else (lemma, particle)
    words = [subject.format(verb=finite), recipient, adverb, thing, bracket]
    return " ".join(word for word in words if word) + tail + "."


def content_words(text: str) -> Counter[str]:
    return Counter(word.lower() for word in re.findall(r"\w+", text))


NUMBERS = re.compile(r"\d+(?:-\d+)?(?: %)?|zwei bis drei")


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(GERMAN_SUBJECTS), st.sampled_from(GERMAN_VERBS), st.sampled_from(GERMAN_MODALS),
    st.sampled_from(GERMAN_RECIPIENTS), st.sampled_from(GERMAN_ADVERBS), st.sampled_from(GERMAN_OBJECTS),
    st.sampled_from(GERMAN_TAILS),
)  # fmt: skip
def test_generated_german_safe_rewrites_keep_content_and_put_the_customer_first(
    subject, verb, modal, recipient, adverb, thing, tail
):
    sentence = german_sentence(subject, verb, modal, recipient, adverb, thing, tail)
    for suggestion in suggestions(sentence, "de"):
        assert sorted(NUMBERS.findall(suggestion.text)) == sorted(NUMBERS.findall(sentence)), (sentence, suggestion)
        assert suggestion.text.count("(") == sentence.count("(") == suggestion.text.count(")")
        if not suggestion.safe:
            continue
        if suggestion.kind == "fronting":
            assert content_words(suggestion.text) == content_words(sentence), (sentence, suggestion.text)
        rewritten = first_sentence(suggestion.text, "de")
        assert classify_opening(rewritten, lexicon_for("de")) not in WE_FIRST, (sentence, suggestion.text)
        assert main_clause(rewritten) is not None, (sentence, suggestion.text)


def test_the_generated_german_sentences_do_get_rewrites():
    """The property above is not vacuous: most generated shapes are rewritten, and safely."""
    shapes = [
        german_sentence(
            "Wir {verb}", ("bieten", "an"), "", "allen Eltern, die wenig Zeit haben,", "heute", "150-200 Gutscheine", ""
        ),
        german_sentence(
            "Seit 2010 {verb} wir",
            ("senden", "zu"),
            "werden",
            "unseren Kunden",
            "jede Woche",
            "die Unterlagen",
            ", damit Sie planen können",
        ),
        german_sentence(
            "Deshalb {verb} wir",
            ("erklären", ""),
            "möchten",
            "Familien mit kleinen Kindern",
            "",
            "ein Angebot (unverbindlich)",
            "",
        ),
    ]
    for sentence in shapes:
        assert any(s.safe for s in suggestions(sentence, "de")), sentence


ENGLISH_OPENINGS = ["We", "At Acme, we", "Since 2010, we"]
ENGLISH_VERBS = ["offer", "give", "send", "provide", "will send", "can offer"]
ENGLISH_RECIPIENTS = ["you", "our clients", "every member", "all customers who book early", "first-time buyers"]
ENGLISH_THINGS = ["a free consultation", "10 % off", "a 30-day trial", "two to three samples", "our newsletter"]


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(ENGLISH_OPENINGS), st.sampled_from(ENGLISH_VERBS), st.sampled_from(ENGLISH_RECIPIENTS),
    st.sampled_from(ENGLISH_THINGS), st.booleans(),
)  # fmt: skip
def test_generated_english_safe_rewrites_keep_content_and_agree(opening, verb, recipient, thing, with_to):
    if with_to:
        sentence = f"{opening} {verb} {thing} to {recipient}."
    elif verb.endswith("provide"):
        sentence = f"{opening} {verb} {recipient} with {thing}."
    else:
        sentence = f"{opening} {verb} {recipient} {thing}."
    for suggestion in suggestions(sentence, "en"):
        assert sorted(NUMBERS.findall(suggestion.text)) == sorted(NUMBERS.findall(sentence)), (sentence, suggestion)
        if not suggestion.safe:
            continue
        lost = {w for w in content_words(sentence) if len(w) > 3 and w not in content_words(suggestion.text)}
        assert lost <= {"offer", "give", "send", "provide", "with"}, (sentence, suggestion.text, lost)
        singular = recipient.startswith("every")
        modal = verb.split()[0] in {"will", "can"}
        expected_verb = "get" if modal or not singular else "gets"
        assert re.search(rf"\b{expected_verb}\b", suggestion.text), (sentence, suggestion.text)
        rewritten = first_sentence(suggestion.text, "en")
        assert classify_opening(rewritten, lexicon_for("en")) not in WE_FIRST, (sentence, suggestion.text)


@pytest.mark.parametrize("sentence", ["Wir versorgen akut erkrankte Menschen.", "Wir beraten schnell kranke Menschen."])
def test_no_safe_rewrite_where_a_short_adjective_may_be_the_verbs_or_the_nouns(sentence):
    found = suggestions(sentence, "de")
    assert found and not any(s.safe for s in found), [s.text for s in found if s.safe]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Wir bieten Ihnen als Meisterbetrieb saubere Arbeit."),
        ("de", "Als Familienbetrieb bieten wir Ihnen persönliche Beratung."),
        ("de", "Wir liefern Ihnen die Ware selbst."),
        ("en", "With 30 years of experience, we give you honest advice."),
        ("en", "We deliver you the goods ourselves."),
        ("en", "We offer you free advice as your local experts."),
    ],
)
def test_no_switch_makes_the_companys_role_or_own_accord_the_readers(lang, sentence):
    assert not any(s.kind == "perspective" for s in suggestions(sentence, lang))


def never_safe_rows() -> list[tuple[str, str, str]]:
    lines = (FIXTURES / "rewrites" / "never-safe.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("lang", "sentence", "wrong"), never_safe_rows())
def test_a_rewrite_that_changes_who_does_what_is_never_safe(lang, sentence, wrong):
    """Shapes found by an adversarial review: a feeling, manner, partner, goal, comparison or idiom of the
    giver's carried over to the reader; a recipient's clause or list left behind; a case that reads both ways."""
    found = suggestions(sentence, lang)
    assert not any(s.safe and s.text == wrong for s in found), [s.text for s in found]


def adversarial_rows() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """The adversarial reviews' wrong safe rewrites, grouped by language and configured company names."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for line in (FIXTURES / "rewrites" / "adversarial.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, names, sentence, wrong = line.split("\t")
            groups.setdefault((lang, names), []).append((sentence, wrong))
    return groups


def test_no_rewrite_an_adversarial_review_found_wrong_is_safe_again():
    """575 sentences written to break the safe rewrites, each with the rewrite once offered as safe that
    changed who does what, broke the grammar or an idiom: none of those may be offered as safe again."""
    offered = []
    for (lang, names), rows in adversarial_rows().items():
        sentences = [sentence for sentence, _ in rows]
        entries = rewrite_paragraphs(sentences, lang=lang, company_names=tuple(n for n in names.split(";") if n))
        safe = {(entry.text, s.text) for entry in entries for s in entry.suggestions if s.safe}
        offered += [(sentence, wrong) for sentence, wrong in rows if (sentence, wrong) in safe]
    assert offered == []


def test_what_is_left_after_a_fronting_decides_whether_it_reads_as_an_answer():
    """ "Für den Kunden bauen wir." ends on "verb wir" and reads as an answer or a contrast (fourth adversarial
    review); a reflexive "uns" or "da" is something left, and "Für Sie" is what a page is for."""
    for sentence, rewrite in [
        ("Wir freuen uns auf Ihren Besuch!", "Auf Ihren Besuch freuen wir uns!"),
        ("Wir sind für Sie da.", "Für Sie sind wir da."),
    ]:
        assert [(s.text, s.safe) for s in suggestions(sentence, "de")][:1] == [(rewrite, True)]
    (answer,) = suggestions("Wir bauen für den Kunden.", "de")
    assert answer.text == "Für den Kunden bauen wir." and not answer.safe


def test_giving_switches_safely_only_where_it_hands_something_over():
    """ "Wir gewähren Ihnen 10 % Rabatt" hands over a discount; "Wir geben Ihnen eine Stimme" is an idiom."""
    discount = suggestions("Wir gewähren Ihnen 10 % Rabatt.", "de")[0]
    assert (discount.text, discount.safe) == ("Sie erhalten 10 % Rabatt.", True)
    voice = suggestions("Wir geben Ihnen eine Stimme.", "de")
    assert voice and not any(s.safe for s in voice)


def test_a_phrase_that_describes_the_noun_before_it_is_not_left_behind():
    """From the fourth adversarial review: nonsense shown for review ("Für Menschen bieten wir Beratung mit
    Behinderung …", "Customers who refer get a friend $25 off", "In Texas and Oklahoma same-day delivery, we
    give our customers.") is now not offered at all."""
    for sentence, lang in [
        ("Wir bieten Beratung für Menschen mit Behinderung und ihre Angehörigen.", "de"),
        ("Wir reinigen Ihre Teppiche aus Wolle und Seide schonend.", "de"),
        ("Wir sind stolz auf unsere Kunden aus ganz Europa.", "de"),
        ("Wir bieten Senioren ab 65 Jahren 10 % Rabatt.", "de"),
        ("Wir liefern Ihre Waren mit eigenen Fahrzeugen.", "de"),
        ("We give customers who refer a friend $25 off.", "en"),
        ("We give our customers in Texas and Oklahoma same-day delivery.", "en"),
        ("We offer our clients faster turnaround than any other agency in town.", "en"),
        ("At our bakery, we help you celebrate life's special moments.", "en"),
    ]:
        texts = [s.text for s in suggestions(sentence, lang)]
        assert all(
            not text.startswith(("Für Menschen", "In ", "Customers who refer get", "At our bakery, With"))
            for text in texts
        )
        assert not any("Wolle und Seide schonend" in t or "stolz aus" in t or "Ab 65" in t for t in texts)
        assert not any(t.startswith("Sie erhalten Ihre Waren mit eigenen") for t in texts)
    # the material or origin stays where the verb can take it
    (kept,) = suggestions("Wir erwarten 150-200 Teilnehmer aus der Region.", "de")
    assert kept.text == "150-200 Teilnehmer erwarten wir aus der Region."
