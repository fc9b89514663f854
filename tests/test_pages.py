"""Page types and who speaks: the same "wir" is company voice, an instruction, a customer or an interviewee."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text
from wirlint.config import Config
from wirlint.engine.pages import PageType, classify_page
from wirlint.engine.runner import lint_document
from wirlint.sources.markdown import parse_markdown


def page(path: str, text: str, config: Config | None = None):
    document = parse_markdown(path, text)
    result = lint_document(document, config or Config(lang="de"))
    return result, {finding.code for finding in result.findings}


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        ("content/ueber-uns.md", "Wir sind ein Team.", PageType.MARKETING),
        ("content/blog/2024-umbau.md", "Wir haben umgebaut.", PageType.BLOG),
        ("docs/anleitung-fenster.md", "Zuerst schleifen wir die Kanten an.", PageType.TUTORIAL),
        ("https://example.de/kundenstimmen/", "Ich bin zufrieden.", PageType.TESTIMONIALS),
        ("https://example.de/news/jcwi-named-legal-aid-team/", "Wir freuen uns.", PageType.BLOG),
        # a long testimonial word names the page wherever it stands in the slug
        ("https://example.de/positiver-erfahrungsbericht-einer-familie", "Wir waren da.", PageType.TESTIMONIALS),
        ("https://example.de/news/unsere-neuen-kurse/", "Wir bieten Kurse.", PageType.BLOG),
        # "help" names documentation as a whole segment, not as the first word of a menu's slug
        ("https://example.co.nz/help-me-with/keeping-you-safe/", "We are open.", PageType.MARKETING),
        ("https://example.com/help/billing/", "First we open the invoice.", PageType.TUTORIAL),
        ("content/about/9-blog/how-we-work.md", "We work.", PageType.MARKETING),
        ("impressum.md", "Wir haften nicht.", PageType.LEGAL),
        ("content/x.md", "---\ntype: tutorial\n---\nWir nehmen zwei Teile.", PageType.TUTORIAL),
        ("content/x.md", "+++\ncategories = ['Interview']\n+++\nWir reden.", PageType.INTERVIEW),
        ("content/x.md", "# Das sagen unsere Kunden\n\nIch bin zufrieden.", PageType.TESTIMONIALS),
        ("content/x.md", "# Anleitung: Fenster streichen\n\nZuerst schleifen wir.", PageType.TUTORIAL),
        ("content/x.md", "Frage: Wie kam es?\n\nNitzan: Unsere Algorithmen …\n\nFrage: Und?", PageType.INTERVIEW),
        ("content/x.md", "Q: How many come?\n\nA: We send two.\n\nQ: When?\n\nA: Mondays.", PageType.MARKETING),
        ("content/x.md", "Tipp: Wir empfehlen Holz.\n\nHinweis: Wir liefern.", PageType.MARKETING),
        ("content/x.md", "---\ntitle: [unclosed\n---\nWir sind da.", PageType.MARKETING),
        # a FAQ's question that starts "How to" is no tutorial title; section labels in capitals are no speakers
        ("en/faq.md", "# How to order the cleaning service?\n\nWe process your request.", PageType.MARKETING),
        ("how-to-paint.md", "# How to paint a fence\n\nFirst we sand the boards.", PageType.TUTORIAL),
        (
            "x.md",
            "ADVISOR'S RESPONSIBILITIES: We call.\n\nCLIENT'S RESPONSIBILITIES: You reply.\n\n"
            "ADVISOR'S RESPONSIBILITIES: We plan.",
            PageType.MARKETING,
        ),
    ],
)
def test_page_type(path, text, expected):
    assert classify_page(parse_markdown(path, text), Config()) is expected


def test_configured_page_types_come_first(tmp_path):
    config = Config(page_types=(("docs/**", "tutorial"),))
    assert classify_page(parse_markdown("docs/ueber-uns.md", "Wir sind da."), config) is PageType.TUTORIAL


def test_instructional_wir_in_a_tutorial_is_not_company_voice():
    text = "Zuerst schleifen wir die Kanten an. Dann ölen wir das Holz. Wir lassen es trocknen."
    result, codes = page("docs/anleitung-tisch.md", text)
    assert result.page_type == "tutorial" and not codes & {"WL101", "WL102", "WL103"}
    _, codes = page("content/leistungen.md", text)  # the same text as a services page is company voice
    assert "WL101" in codes


def test_page_type_ignores_replace_the_default():
    text = "Zuerst schleifen wir die Kanten an. Dann ölen wir das Holz. Wir lassen es trocknen."
    config = Config(lang="de", page_type_ignores=(("tutorial", ()),))
    _, codes = page("docs/anleitung-tisch.md", text, config)
    assert "WL101" in codes


def test_customers_on_a_testimonial_page_speak_without_quotation_marks():
    text = (
        "# Kundenstimmen\n\n"
        "Wir freuen uns über jedes Feedback unserer Kunden.\n\n"
        "Ich kann die Fahrschule nur empfehlen. Wir sind durch die ganze Stadt gefahren.\n\n"
        "Wir haben uns für unsere Töchter bewusst für diese Schule entschieden.\n\n"
        "Wir sind die beste Fahrschule der Stadt und bieten Ihnen Kurse am Wochenende.\n"
    )
    result, _ = page("content/kundenstimmen.md", text)
    flagged = {finding.text for finding in result.findings if finding.code == "WL101"}
    assert "Wir freuen uns über jedes Feedback unserer Kunden." in flagged  # the company's own intro
    assert not any("gefahren" in text or "Töchter" in text for text in flagged)  # customers
    assert any("bieten Ihnen Kurse" in text for text in flagged)  # the company addresses the reader again


def test_a_testimonial_section_on_a_marketing_page_is_the_customers():
    text = (
        "Wir sind Ihr Malerbetrieb in Kassel.\n\n"
        "## Das sagen unsere Kunden\n\n"
        "Wir sind rundum zufrieden, ich empfehle Maler Brandt weiter.\n"
    )
    result, _ = page("content/index.md", text)
    flagged = [finding.text for finding in result.findings if finding.code == "WL101"]
    assert flagged == ["Wir sind Ihr Malerbetrieb in Kassel."]


def test_a_customers_letter_under_kunden_ueber_uns_is_the_customers():
    """A letter to a dog school under the page's second heading "Kunden über uns": its "wir" is the customer's
    family, and it addresses the school as "du"."""
    text = (
        "# Feynman und Roland\n\n"
        "# Kunden über uns\n\n"
        "Im Oktober haben wir einen Hund gekauft, sagt meine Frau. Wir haben ihn Feynman genannt.\n\n"
        "Wir beide sind nicht leicht zu handhaben, und das liebe ich so an dir.\n"
    )
    result, _ = page("https://example.at/feynman-und-roland/", text)
    assert not [finding.text for finding in result.findings if finding.code == "WL101"]


@pytest.mark.parametrize("heading", ["Kundenfeedback", "Offener Brief eines Patienten:"])
def test_a_letter_under_a_feedback_or_patients_letter_heading_is_the_customers(heading):
    """A pet owner's letter to a physiotherapist under "Offener Brief eines Patienten:", a client's note under
    "Kundenfeedback": their "wir" and "unser Rüde" are the customer family's."""
    text = (
        f"# {heading}\n\n"
        "Unser knapp 12-jähriger Rüde ist seit einem Unfall nur noch auf drei Beinen unterwegs.\n"
        "Wir haben uns für die Physiotherapie entschieden.\n"
    )
    result, _ = page("https://example.de/seite/", text)
    assert not [finding.text for finding in result.findings if finding.code == "WL101"]
    result, _ = page("https://example.de/seite/", text.replace(heading, "Unsere Arbeit"))
    assert [finding.text for finding in result.findings if finding.code == "WL101"]


def test_a_reproduced_newspaper_article_is_the_journalists():
    """A section a press source line closes ("[Quelle: …, Autor: …]") was written about the company, not by it."""
    text = (
        "# Über uns\n\n"
        "Der Malerbetrieb wurde 1989 gegründet. Wir sind der beste Betrieb der Region.\n\n"
        "[Quelle: Kasseler Anzeiger, Autor: J. Kraus]\n\n"
        "# Leistungen\n\n"
        "Wir streichen Ihre Fassade in zwei Tagen.\n"
    )
    result, _ = page("content/ueber-uns.md", text)
    flagged = {finding.text for finding in result.findings if finding.code.startswith(("WL1", "WL2"))}
    assert not any("gegründet" in text or "beste" in text for text in flagged)
    assert "Wir streichen Ihre Fassade in zwei Tagen." in flagged
    # the source may close the article's last paragraph; a data source names no journalist
    closed = text.replace(".\n\n[Quelle", ". [Quelle")
    result, _ = page("content/ueber-uns.md", closed)
    assert not any("beste" in finding.text for finding in result.findings)
    own = text.replace("[Quelle: Kasseler Anzeiger, Autor: J. Kraus]", "Quelle: eigene Erhebung")
    result, _ = page("content/ueber-uns.md", own)
    assert any("beste" in finding.text for finding in result.findings)


def test_interview_answers_are_the_interviewees():
    text = (
        "Wir haben mit Nitzan gesprochen.\n\n"
        "**Frage:** Wie arbeitet Ihr Team?\n\n"
        "**Nitzan:** Unsere Algorithmen lernen aus jedem Auftrag. Wir sind das schnellste Team der Branche.\n\n"
        "Wir testen jede Änderung zweimal.\n"
    )
    result, _ = page("content/interview-nitzan.md", text)
    assert result.page_type == "interview"
    flagged = {finding.text for finding in result.findings}
    assert "Wir haben mit Nitzan gesprochen." in flagged
    assert not any("Algorithmen" in text or "schnellste" in text or "zweimal" in text for text in flagged)


def test_front_matter_is_read_as_data_and_only_its_prose_is_linted():
    text = "---\ntitle: Wir sind die Besten\ntags: [Blog, Wir sind die Besten]\n---\nSie erhalten frisches Brot.\n"
    result = lint_text(text, lang="de")
    assert result.page_type == "blog"
    assert result.findings and {finding.location.line for finding in result.findings} == {2}


@pytest.mark.parametrize(
    ("lang", "text", "company_voice"),
    [
        ("de", "„Wir sind die schnellste Werkstatt der Stadt“, sagt unser Geschäftsführer Jan Brandt.", True),
        ("de", "„Wir sind rundum zufrieden“, sagt unsere langjährige Kundin Frau Roth.", False),
        ("de", "Wir sind begeistert, sagt unser Kunde Herr Kaya.", False),
        ("de", "„Wir liefern in 24 Stunden“, sagt Jan Brandt, Inhaber der Acme GmbH.", True),
        ("en", '"We are the fastest team in town," says Jan Brandt, our founder.', True),
        ("en", '"We cut our admin time in half," says Dana Ortiz, owner of Ortiz Plumbing.', False),
        ("en", 'Our mission is: "We deliver every order within a day."', True),
        ("de", "Unser Motto „Wir machen das für Sie“ gilt seit 1990.", True),  # quoted, but nobody else speaks
        ("de", "Eine Kundin schrieb uns: „Wir sind begeistert von der Beratung.“", False),
        ("en", 'Jamal Reed, owner of Reed Plumbing, puts it simply: "We finally trust our numbers."', False),
    ],
)
def test_a_quotation_is_the_customers_only_when_a_customer_speaks(lang, text, company_voice):
    result = lint_text(text, lang=lang, company_names=("Acme GmbH",))
    assert ("WL101" in {finding.code for finding in result.findings}) is company_voice


def test_a_line_that_introduces_a_testimonial_hands_the_next_paragraphs_to_the_customer():
    text = (
        "# Kitchen Diary\n\nWe received this wonderful testimonial from a customer.\n\n"
        "After 21 years of wanting a new kitchen, the work begins. We inherited the old units with the house.\n\n"
        "We are both over the moon with the finished kitchen.\n"
    )
    result = lint_text(text, lang="en")
    assert [finding.text for finding in result.findings if finding.code == "WL101"] == [
        "We received this wonderful testimonial from a customer."
    ]


@pytest.mark.parametrize(
    ("lang", "review"),
    [
        ("en", "I gave this venue 4 stars because I do believe it was the best venue for our day."),
        ("de", "Ich gebe gerne fünf Sterne, denn wir hatten die schönste Feier aller Zeiten."),
        ("de", "★★★★★ Wir hatten die schönste Feier aller Zeiten."),
    ],
)
def test_a_reviewers_rating_marks_a_customers_review_on_any_page(lang, review):
    """A star rating given by one person is a review: its praise and "wir" are the customer's, and the
    company's paragraph after a heading is its own again."""
    text = f"{review}\n\n# Unser Haus\n\nWir sind der beste Veranstaltungsort der Region.\n"
    if lang == "en":
        text = f"{review}\n\n# Our venue\n\nWe are the best venue in the region.\n"
    result = lint_text(text, lang=lang)
    flagged_lines = {finding.location.line for finding in result.findings}
    assert 1 not in flagged_lines
    assert 5 in flagged_lines


def test_a_company_that_counts_its_stars_is_not_a_reviewer():
    """ "We are rated 5 stars" is the company speaking of its rating: its we-phrasing is still read."""
    result = lint_text("We are rated 5 stars on Google by over 200 happy couples.\n", lang="en")
    assert "WL101" in {finding.code for finding in result.findings}


def test_unlabelled_answers_and_dash_labels_in_an_interview_are_the_conversation():
    text = (
        "We talked to JP from Texas.\n\n"
        "Norland – What do you like most about Norland?\n\n"
        "We were trying to improve our margins. We looked at every machine on the market.\n\n"
        "INHNL: Do you prefer the term craft beer?\n\n"
        "We are using the best ingredients that money can buy.\n"
    )
    result = page("content/interview-jp.md", text, Config(lang="en", company_names=("Norland",)))[0]
    assert [finding.text for finding in result.findings] == ["We talked to JP from Texas."]


def test_questions_without_labels_under_an_interview_heading_are_the_conversation():
    """ "12 Fragen an den Küchenchef": a page of questions each followed by the chef's answer, no labels."""
    text = (
        "Wir stellen jeden Monat einen Koch vor.\n\n"
        "# 12 Fragen an den Küchenchef\n\n"
        "Wo beziehen Sie Ihre Produkte? Wir kaufen bei Bauern aus dem Tal.\n\n"
        "Was kochen Sie am liebsten? Wir braten gern Wild.\n"
    )
    result, _ = page("https://example.de/spitzenkoeche/165-graichen", text)
    assert result.page_type == "interview"
    assert [finding.text for finding in result.findings if finding.code == "WL101"] == [
        "Wir stellen jeden Monat einen Koch vor."
    ]
    marketing, _ = page("https://example.de/spitzenkoeche/165-graichen", text.replace("12 Fragen an", "Zu Gast:"))
    assert "Wir kaufen bei Bauern aus dem Tal." in {finding.text for finding in marketing.findings}


def test_an_interview_page_without_labels_or_questions_is_answers_throughout():
    """An interview whose page sets the answers as plain paragraphs: its "wir" is the interviewee's."""
    text = "Wir wollen frei und unabhängig sein, nicht getrieben.\n\nWir wollen breit aufgestellt sein.\n"
    interview, _ = page("https://example.de/2020/06/24/interview-mit-fokke-fels/", text)
    assert interview.page_type == "interview"
    assert not [finding for finding in interview.findings if finding.code == "WL101"]
    marketing, _ = page("https://example.de/ueber-uns/", text)
    assert len([finding for finding in marketing.findings if finding.code == "WL101"]) == 2


def test_a_question_answered_under_a_name_starts_an_interview_on_any_page():
    """A partner page that puts a few questions to a roofer: his "wir" after "Roman:" is his firm's, while a
    FAQ's "Antwort:" stays the company's own answer."""
    text = (
        "Wir haben Roman auf der Baustelle getroffen und ihm ein paar Fragen gestellt.\n\n"
        "Erinnerst du dich noch, wie die Zusammenarbeit angefangen hat?\n\n"
        "Roman: Über meinen Bruder. Wir arbeiten inzwischen seit sieben Jahren mit Holzbau Kaiser.\n"
    )
    partner, _ = page("https://example.at/partnerbetriebe/weber-dach/", text)
    assert partner.page_type != "interview"
    assert [finding.text for finding in partner.findings if finding.code == "WL101"] == [
        "Wir haben Roman auf der Baustelle getroffen und ihm ein paar Fragen gestellt."
    ]
    faq = "Wie lange dauert die Lieferung?\n\nAntwort: Wir liefern innerhalb von drei Tagen.\n"
    result, _ = page("https://example.at/faq/", faq)
    assert "Antwort: Wir liefern innerhalb von drei Tagen." in {finding.text for finding in result.findings}


def test_a_question_is_never_a_we_first_sentence():
    result = lint_text("Unsere Preise für Ihr neues Bad kennen Sie schon?", lang="de")
    assert "WL101" not in {finding.code for finding in result.findings}
    result = lint_text("Wir machen auch Hausbesuche – warum nicht bei Ihnen?", lang="de")
    assert "WL101" in {finding.code for finding in result.findings}  # a statement, then a question


def test_a_references_folder_with_the_customers_report_is_a_testimonial_page():
    document = parse_markdown("https://example.de/unsere-referenzen/54-familie-h/", "Wir haben gebaut.")
    assert classify_page(document, Config()) is PageType.TESTIMONIALS
