"""Who speaks: company voice, customer address, quotations and the classic traps."""

from __future__ import annotations

import pytest

from wirlint.model import Block, Document, Role
from wirlint.nlp.pipeline import analyse
from wirlint.nlp.voice import quoted_ranges


def voices(text: str, lang: str, *, company_names: tuple[str, ...] = ()) -> dict[str, str | None]:
    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (analysed,) = analyse(document, lang, company_names=company_names)
    return {token.text: (None if token._.quoted else token._.voice) for token in analysed.doc if not token.is_space}


@pytest.mark.parametrize(
    ("text", "lang", "word", "voice"),
    [
        ("Die Wirtschaft und ihre Wirkung sind wirklich groß.", "de", "Wirtschaft", None),
        ("Die Wirtschaft und ihre Wirkung sind wirklich groß.", "de", "Wirkung", None),
        ("Wir beraten Sie gern.", "de", "Wir", "company"),
        ("Wir beraten Sie gern.", "de", "Sie", "customer"),
        ("Frau Lenz ist da, und sie hilft gern.", "de", "sie", None),
        ("Fragen Sie uns, wir helfen Ihnen.", "de", "Ihnen", "customer"),
        ("Du bekommst dein Paket morgen.", "de", "dein", "customer"),
        ("Our hours are long and the tours are short.", "en", "hours", None),
        ("Our hours are long and the tours are short.", "en", "Our", "company"),
        ("The US market and U.S. customers grow.", "en", "US", None),
        ("Call us today.", "en", "us", "company"),
        ("ABOUT US", "en", "US", "company"),
        ("You get it, yours truly.", "en", "yours", "customer"),
    ],
)
def test_voice_of_words_and_traps(text, lang, word, voice):
    assert voices(text, lang)[word] == voice


def test_sie_as_they_is_not_customer_without_formal_address():
    # No unambiguous formal address anywhere: the sentence-initial "Sie" is "they".
    assert voices("Die Maler kommen morgen. Sie bringen Farbe mit.", "de")["Sie"] is None


def test_sentence_initial_sie_is_customer_in_a_formal_text():
    found = voices("Wir helfen Ihnen. Sie erhalten eine Antwort.", "de")
    assert found["Sie"] == "customer"


def test_sentence_initial_sie_with_singular_verb_is_she():
    found = voices("Wir danken Ihnen. Sie ist unsere neue Leiterin.", "de")
    assert found["Sie"] is None


def test_company_name_counts_as_company_voice():
    found = voices("Brandt & Söhne GmbH liefert morgen.", "de", company_names=("Brandt & Söhne GmbH",))
    assert found["Brandt"] == "company" and found["GmbH"] == "company"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("„Wir sind begeistert“, sagt Frau K.", "„Wir sind begeistert“"),
        ('"We love it," says Dana.', '"We love it,"'),
        ("Er sagte »Wir kommen« gestern.", "»Wir kommen«"),
        ("The customers’ view: ‘we are happy’.", "‘we are happy’"),
    ],
)
def test_quoted_ranges(text, quoted):
    ranges = quoted_ranges(text)
    assert [text[start:end] for start, end in ranges] == [quoted]


def test_apostrophes_are_not_quotes():
    assert quoted_ranges("We’re open and our clients’ needs come first.") == []


def test_customer_voice_inside_quotes_never_counts_as_company():
    found = voices("„Wir sind begeistert“, sagt Frau K. von der Firma.", "de")
    assert found["Wir"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Wir sind begeistert, sagt Frau Keller aus Kassel.",
        "We cut our costs by a third, says Dana Ortiz, CFO of Brightline.",
    ],
)
def test_unquoted_reported_speech_is_the_customer(text):
    found = voices(text, "de" if "sagt" in text else "en")
    assert found.get("Wir", found.get("We")) is None


def test_a_comma_alone_is_not_reported_speech():
    assert voices("Wir sind für Sie da, sagen wir es so.", "de")["Wir"] == "company"


def test_sentence_initial_sie_on_a_page_with_no_other_address_is_the_reader():
    found = voices("Parken ist kostenlos. Sie parken direkt vor der Tür.", "de")
    assert found["Sie"] == "customer"


def test_informal_text_makes_sentence_initial_sie_they():
    found = voices("Du bekommst alles. Sie liefern morgen.", "de")
    assert found["Sie"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Gute Lösungen entstehen nicht allein. Sie können nur im Team entwickelt werden. Wir helfen Ihnen.",
        "Unsere Monteure kommen pünktlich. Sie bringen alles mit. Wir rufen Sie vorher an.",
    ],
)
def test_sie_picks_up_a_plural_antecedent_or_a_passive_even_in_a_formal_text(text):
    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (analysed,) = analyse(document, "de")
    second = list(analysed.doc.sents)[1]
    assert second[0].text == "Sie" and second[0]._.voice is None


@pytest.mark.parametrize("form", ["Kund*innen", "Kund:innen", "Kund_innen", "KundInnen", "Kund/-innen", "Nutzenden"])
def test_gender_inclusive_customer_terms_are_customers(form):
    from tests.conftest import lint_text

    result = lint_text(f"Unsere {form} sparen mit der neuen Heizung 20 Prozent.", lang="de")
    assert result.findings == []  # the customer is the subject: not we-first, not a chain, not a mission gap
    if form.startswith("Kund"):  # the slogan lists spell the customer as Kunde, Kundin, Kundinnen, Kundschaft
        result = lint_text(f"Bei uns stehen die {form} im Mittelpunkt.", lang="de")
        assert [finding.code for finding in result.findings] == ["WL301"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Firma Müller bietet Fenster an.", "de"),
        ("Die Müller-GmbH liefert morgen.", "de"),
        ("Müllers Fenster halten lange.", "de"),
        ("Specialized Cleaning Technologies cleans offices in Leeds.", "en"),
        ("Specialized Cleaning Technologies' team cleans offices.", "en"),
    ],
)
def test_a_company_name_is_one_mention_in_any_common_form(text, lang):
    from tests.conftest import lint_text

    result = lint_text(text, lang=lang, company_names=("Müller GmbH", "Specialized Cleaning Technologies Ltd"))
    assert result.score.we == 1
    assert "WL101" in {finding.code for finding in result.findings}


def test_a_company_name_too_short_to_match_safely_is_ignored_not_a_crash():
    from tests.conftest import lint_text

    result = lint_text("AB baut Häuser. Wir sind da.", lang="de", company_names=("AB",))
    assert result.score.we == 1 and result.errors == []


@pytest.mark.parametrize(
    ("text", "lang", "sentences"),
    [
        (
            "Wir helfen Ihnen gerne. „In einem Garten wird es wiedergefunden“. Danach mehr.",
            "de",
            ["Wir helfen Ihnen gerne.", "„In einem Garten wird es wiedergefunden“.", "Danach mehr."],
        ),
        (
            "We help you. “Great service,” says Anna. (Prices vary.) Then more.",
            "en",
            ["We help you.", "“Great service,” says Anna.", "(Prices vary.)", "Then more."],
        ),
        # a closing mark stays with the sentence it closes
        ("Er sagte: „Wir kommen.“ Dann ging er.", "de", ["Er sagte: „Wir kommen.“", "Dann ging er."]),
        (
            "Wir sind die Nr. 1 in der Region. Das sagen unsere Kunden.",
            "de",
            ["Wir sind die Nr. 1 in der Region.", "Das sagen unsere Kunden."],
        ),
        # a full stop inside a name is no sentence end; after a small word it is a missing space
        (
            "Die Kaffee.Welt röstet selbst. Wir sind da.Ende gut.",
            "de",
            ["Die Kaffee.Welt röstet selbst.", "Wir sind da.", "Ende gut."],
        ),
        # a run-in label and the sentence under it; a title in title case stays whole
        ("Timber Selection We hand select timbers.", "en", ["Timber Selection", "We hand select timbers."]),
        ("Unsere Leistungen\nWir bieten Beratung.", "de", ["Unsere Leistungen\n", "Wir bieten Beratung."]),
        ("How We Work and Why We Care", "en", ["How We Work and Why We Care"]),
        ("Step 2 We install your windows.", "en", ["Step 2", "We install your windows."]),
        ("Kontakt\nUnser Team berät Sie gern.", "de", ["Kontakt\n", "Unser Team berät Sie gern."]),
        # a line that ends in a small word carries its sentence on
        ("Schreiben Sie uns und\nWir melden uns.", "de", ["Schreiben Sie uns und\nWir melden uns."]),
        ("We will fix it, OR We will refund you.", "en", ["We will fix it, OR We will refund you."]),
        (
            "Der Satz Wir machen das nur für Sie klingt hohl.",
            "de",
            ["Der Satz Wir machen das nur für Sie klingt hohl."],
        ),
        # an abbreviation spaCy does not know ends no sentence
        (
            "Wir garantieren nur ein Fahrzeug aus der jew. Mietgruppe. Danke!",
            "de",
            ["Wir garantieren nur ein Fahrzeug aus der jew. Mietgruppe.", "Danke!"],
        ),
    ],
)
def test_a_sentence_starts_at_the_mark_that_opens_it(text, lang, sentences):
    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (analysed,) = analyse(document, lang)
    assert [sentence.text for sentence in analysed.doc.sents] == sentences
