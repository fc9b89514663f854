"""A we-first sentence without a rewrite gets advice for its construction, quoting its own content."""

from __future__ import annotations

import pytest

from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.sources import load_document


def we_first(text: str, lang: str):
    document = load_document("page.txt", text.encode())
    findings = lint_document(document, Config(lang=lang)).findings
    (finding,) = [finding for finding in findings if finding.rule.code == "WL101"]
    return finding


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Wir sind ein Familienbetrieb in dritter Generation.", "wer Sie sind („ein Familienbetrieb in dritter"),
        ("de", "Wir haben eine eigene Werkstatt in Fürth.", "was Sie haben („eine eigene Werkstatt in Fürth“)"),
        ("de", "Wir planen, bauen und warten Heizungen.", "was Sie tun („planen“, „bauen“, „warten“)"),
        ("de", "Wir sind stolz auf unsere Arbeit.", "was Sie empfinden („Wir sind stolz auf unsere Arbeit“)"),
        ("en", "We are a family business in Leeds.", "who you are (“a family business in Leeds”)"),
        ("en", "We have a workshop in York.", "what you have (“a workshop in York”)"),
        ("de", "Wir haben eine eigene Werkstatt: die Halle in Fürth.", "was Sie haben („eine eigene Werkstatt“)"),
        ("en", "We design, build and maintain websites.", "what you do (“design”, “build”, “maintain”)"),
        # an auxiliary is no activity: its verb is quoted, and a single verb is no list
        ("en", "We will design, build and maintain your website.", "what you do (“design”, “build”, “maintain”)"),
        ("de", "Wir werden planen und bauen.", "was Sie tun („planen“, „bauen“)"),
        ("en", "We believe in honest work.", "what you feel (“We believe in honest work”)"),
        ("de", "Unser Ziel ist es, Ihnen eine ruhige Anreise zu ermöglichen.", "Ihr Ziel („Ihnen eine ruhige Anreise"),
        ("en", "It is our mission to ensure that you receive accurate returns.", "your goal (“ensure that you"),
        ("en", "Our goal is to make every visit easy.", "your goal (“make every visit easy”)"),
        # the verbs of an opening clause of reason are not the main clause's activities
        ("en", "Because we love wood, we design, build and install kitchens.", "(“design”, “build”, “install”)"),
        # the goal is the noun phrase, not the relative clause after its comma
        ("de", "Unser Ziel ist die Gesundheit der Tiere, denen wir begegnen.", "Ihr Ziel („die Gesundheit der Tiere“)"),
        ("en", "Our goal is customer satisfaction, which we measure.", "your goal (“customer satisfaction”)"),
        # what is ours "is to" do is an aim, whatever it is called
        ("en", "Our policy is to leave a note about any damage.", "your goal (“leave a note about any damage”)"),
        # what matters to the company, after or before the importance word
        ("de", "Uns ist es wichtig, jedes Kind zu fördern.", "was Ihnen wichtig ist („jedes Kind zu fördern“)"),
        ("de", "Außerdem ist uns ein fairer Umgang sehr wichtig.", "was Ihnen wichtig ist („ein fairer Umgang“)"),
        ("en", "It is important to us to answer every call.", "what matters to you (“answer every call”)"),
        ("en", "Our relationships are very important to us.", "what matters to you (“Our relationships”)"),
        # views and attitudes are what the company feels; "That's why" links, its "is" is not the verb
        ("en", "It is our belief that children learn at their own pace.", "what you feel (“It is our belief"),
        ("en", "We are glad to offer free delivery.", "what you feel (“We are glad to offer free delivery”)"),
        ("en", "Which is why we have a local support team.", "what you have (“a local support team”)"),
        # what is said of the company ends where another clause starts; a view is what matters to it
        ("de", "Wir sind Ihr Team für Gartenpflege und freuen uns auf Ihren Anruf.", "wer Sie sind („Ihr Team für"),
        ("de", "Wir waren und sind ein Familienbetrieb.", "wer Sie sind („ein Familienbetrieb“)"),
        ("de", "Wir sind ein Familienbetrieb, denn wir lieben die Region.", "wer Sie sind („ein Familienbetrieb“)"),
        ("en", "To us, quality is everything.", "what matters to you (“quality is everything”)"),
        ("en", "At the end of the day, we just love wood.", "what you feel (“we just love wood”)"),
        ("en", "We are sorry for any inconvenience.", "what you feel (“We are sorry for any inconvenience”)"),
        # the quote is the sentence's own text, hyphens and brackets included
        ("en", "We are a risk-free (and fee-free) service.", "who you are (“a risk-free (and fee-free) service”)"),
        # the goal begins after the placeholder's comma, or after "es" when the page left the comma out
        ("de", "Unser Ziel ist es dabei, die Abläufe einfach zu halten.", "Ihr Ziel („die Abläufe einfach zu halten“)"),
        ("de", "Unser Ziel ist es einen sicheren Raum zu schaffen.", "Ihr Ziel („einen sicheren Raum zu schaffen“)"),
        ("de", "Dabei ist es unser Ziel, dass Sie bald wieder laufen.", "Ihr Ziel („Sie bald wieder laufen“)"),
    ],
)
def test_advice_names_the_construction_and_quotes_the_sentence(lang, sentence, expected):
    finding = we_first(sentence, lang)
    assert finding.suggestion is None or not finding.suggestion.safe
    assert expected in finding.advice


def test_a_rewrite_for_review_keeps_the_construction_advice():
    finding = we_first("Unser Ziel ist es, Ihnen eine ruhige Anreise zu ermöglichen.", "de")
    assert finding.suggestion is not None and not finding.suggestion.safe
    assert finding.suggestion.text == "Ihnen eine ruhige Anreise zu ermöglichen, ist unser Ziel."
    assert "Ihr Ziel" in finding.advice


def test_a_sentence_with_a_rewrite_keeps_the_rules_general_advice():
    finding = we_first("Wir liefern unseren Kunden frische Zutaten.", "de")
    assert finding.suggestion is not None
    assert finding.advice.startswith("Beginnen Sie mit der Kundin")


@pytest.mark.parametrize(
    "sentence",
    [
        "Hierfür haben wir sogar ein eigenes Tool entwickelt.",
        "Durch unser Wachstum haben wir viele neue Kollegen dazubekommen.",
    ],
)
def test_a_german_perfect_is_no_possession(sentence):
    assert "was Sie haben" not in we_first(sentence, "de").advice


def test_verstehen_als_defines_and_is_no_feeling():
    assert "empfinden" not in we_first("Wir verstehen die Vermietung als sinnvolle Ergänzung.", "de").advice


@pytest.mark.parametrize(
    "sentence",
    [
        "Our main goal is not to run the biggest program in town.",  # the goal it does not have
        "Unsere Leidenschaft für Torten war schon immer sehr ausgeprägt.",  # a passion described, no goal stated
        "Unser Anliegen ist seit 1998 der Altbau (auch wenn das nicht heißt, dass wir Neubauten ablehnen).",
        "We are open on Sundays too.",  # a state, not who the company is
        "Unsere Philosophie ist einfach: zufriedene Kunden.",  # the verdict announces what follows
    ],
)
def test_a_goal_noun_without_a_goal_to_quote_keeps_the_general_advice(sentence):
    finding = we_first(sentence, "de" if "Unser" in sentence else "en")
    assert finding.advice.startswith(("Open with the customer", "Beginnen Sie mit der Kundin"))


def test_an_auxiliary_and_its_verb_are_no_list_of_activities():
    finding = we_first("We will leave an invoice each time we service your lawn.", "en")
    assert "lists what you do" not in finding.advice


def test_a_sentence_of_no_known_construction_keeps_the_general_advice():
    finding = we_first("We moved to Leeds with our two dogs.", "en")
    assert finding.suggestion is None and finding.advice.startswith("Open with the customer")
