"""How sentences open: the we-first definition from the product brief, in German and English."""

from __future__ import annotations

import pytest

from wirlint.model import Block, Document, Role
from wirlint.nlp.opening import Opening, classify_opening
from wirlint.nlp.pipeline import analyse, lexicon_for

CASES = [
    ("de", "Wir schenken allen Neukunden die Versandkosten.", Opening.COMPANY),
    ("de", "Unser Team berät Sie gern.", Opening.COMPANY),
    ("de", "Unsere Kunden sparen 20 Prozent.", Opening.CUSTOMER),
    ("de", "Unseren Gästen bieten wir ein Frühstück.", Opening.CUSTOMER),
    ("de", "Als Familienbetrieb wissen wir, was zählt.", Opening.COMPANY_PHRASE),
    ("de", "Mit 30 Jahren Erfahrung sind wir Ihr Partner.", Opening.COMPANY_PHRASE),
    ("de", "Mit einem alten Trommelröster rösten wir die Bohnen.", Opening.COMPANY_LATER),
    ("de", "Mit unserem Team sind wir für Sie da.", Opening.COMPANY_PHRASE),
    ("de", "Seit 1990 bieten wir Schreinerarbeiten an.", Opening.COMPANY_LATER),
    ("de", "Kleine Handwerksbetriebe haben wir ins Netz gebracht.", Opening.COMPANY_LATER),
    ("de", "Deshalb bewahren wir die alte Handwerkskunst.", Opening.COMPANY),
    ("de", "Zum Glück hatten wir genug Holz auf Lager.", Opening.COMPANY),
    ("de", "Auf jeden Fall haben wir auch diese Kundin gewarnt!", Opening.COMPANY),
    ("de", "Ehrlich gesagt waren wir selbst überrascht.", Opening.COMPANY),
    ("de", "Und offenbar haben wir damit einen Nerv getroffen.", Opening.COMPANY),
    ("de", "Abschließend haben wir noch ein FAQ für Sie.", Opening.COMPANY),
    ("de", "Insbesondere bieten wir Beratung für Bauherren.", Opening.COMPANY),
    ("de", "Jahrzehntelange Erfahrung bringen wir in jedes Projekt ein.", Opening.COMPANY_LATER),
    ("de", "Seit 2010 arbeiten unsere Berater in ganz Bayern.", Opening.COMPANY_LATER),
    # the company as experiencer of a perfect ("hat es uns gefreut") after a linking phrase
    ("de", "Umso mehr hat es uns gefreut, dass du deinen Laden eröffnet hast.", Opening.COMPANY),
    # discourse markers, set off by a comma or in the Vorfeld
    ("en", "To sum up, we plan, build and maintain heating systems.", Opening.COMPANY),
    ("de", "Kurz gesagt, wir bauen Küchen.", Opening.COMPANY),
    ("de", "Kurz gesagt bauen wir Küchen.", Opening.COMPANY),
    ("en", "Needless to say, we are fully insured.", Opening.COMPANY),
    ("en", "To this end, we have hired two more fitters.", Opening.COMPANY),
    ("de", "Um ehrlich zu sein, wir lieben Holz.", Opening.COMPANY),
    ("de", "Übrigens, wir haben auch samstags geöffnet.", Opening.COMPANY),
    ("de", "Alles in allem sind wir zufrieden.", Opening.COMPANY),
    # linking adverbs and phrases leave the company first
    ("de", "Darüberhinaus sehen wir uns auch als Servicebetrieb.", Opening.COMPANY),
    ("de", "Andererseits begleiten wir jedes Kind individuell.", Opening.COMPANY),
    ("de", "Insgesamt ist unser Credo „Klasse statt Masse“.", Opening.COMPANY),
    ("de", "Nur so können wir den Aufwand einschätzen.", Opening.COMPANY),
    ("en", "This is why we’ve made a commitment to build in North America.", Opening.COMPANY),
    ("en", "Thats why we don't do free quotes!", Opening.COMPANY),
    ("en", "With this in mind, we offer an uptime guarantee.", Opening.COMPANY),
    ("en", "Seriously, we have enough shovels.", Opening.COMPANY),
    ("en", "It would be our pleasure to take care of that for you.", Opening.COMPANY),
    # a customer's role before "we": the customers speak
    ("en", "As a homeowner, we have the right to choose our contractor.", Opening.CUSTOMER),
    ("en", "As a family business, we know our customers by name.", Opening.COMPANY_PHRASE),
    # the company's role or place before "we", without a comma
    ("en", "As designer/makers we take our clients on that journey.", Opening.COMPANY_PHRASE),
    ("en", "Here at Brightline we love all types of honey.", Opening.COMPANY_PHRASE),
    ("en", "As soon as we arrive we check the boiler.", Opening.COMPANY_LATER),  # a clause of time, no role
    # a share of the company's people or things is its voice; a share of its customers or trade is not
    ("en", "Most of our technicians are Cisco certified.", Opening.COMPANY),
    ("en", "Some of our staff are self-isolating.", Opening.COMPANY),
    ("en", "Most of our custom comes from recommendation.", Opening.OTHER),
    ("en", "Most of our clients come back every year.", Opening.OTHER),
    # a clause of purpose says why before who, even when it names the company's things
    ("de", "Um unser Sortiment vielfältig zu gestalten, kaufen wir einige Pflanzen zu.", Opening.COMPANY_LATER),
    ("en", "To allow us to focus on the job, we have adopted the following policy.", Opening.COMPANY_LATER),
    ("en", "In order to keep our prices low, we buy in bulk.", Opening.COMPANY_LATER),
    ("de", "Bei uns erhalten Sie jeden Tag frisches Brot.", Opening.OTHER),
    ("de", "Allen Neukunden, die bis Freitag bestellen, schenken wir die Versandkosten.", Opening.CUSTOMER),
    ("de", "Ihnen bieten wir eine kostenlose Beratung.", Opening.CUSTOMER),
    ("de", "Wenn Sie bis Freitag bestellen, liefern wir kostenlos.", Opening.CUSTOMER),
    ("de", "Die Acme GmbH liefert seit 1990 Brot.", Opening.COMPANY),
    ("de", "Uns erreichen Sie werktags ab 8 Uhr.", Opening.OTHER),
    ("de", "Können wir Ihnen helfen?", Opening.OTHER),
    ("de", "Unser Leitbild", Opening.OTHER),
    ("de", "So können wir Ihnen schneller helfen.", Opening.COMPANY),
    ("de", "Damit tragen unsere Produkte das Siegel.", Opening.COMPANY),
    ("de", "So erreichen Sie uns am schnellsten.", Opening.OTHER),
    ("de", "So arbeiten wir mit Ihnen:", Opening.COMPANY_LATER),
    ("de", "Für uns ist Qualität kein Zufall.", Opening.COMPANY),
    ("de", "Für uns als Hausverwaltung sind kurze Wege wichtig.", Opening.COMPANY),
    ("de", "Für uns sind Sie mehr als eine Nummer.", Opening.OTHER),
    ("de", "Für unsere Mitarbeiter ist jeder Kunde eine Herausforderung.", Opening.COMPANY),
    ("de", "Für unsere Kunden ist der Service kostenlos.", Opening.OTHER),
    ("de", "Wichtig ist für uns, dass jeder Termin hält.", Opening.COMPANY),
    ("de", "Der Familienbetrieb arbeitet seit 60 Jahren im Dachdeckerhandwerk.", Opening.COMPANY),
    ("de", "Die kleine Glaserei entwickelte sich schnell.", Opening.COMPANY),
    ("de", "Der Betrieb ruht im August.", Opening.OTHER),
    ("de", "Die Arbeitsagentur zahlt einen Zuschuss.", Opening.OTHER),
    ("de", "Alle unsere Zimmer sind Nichtraucherzimmer.", Opening.COMPANY),
    ("de", "Alle unsere Kunden erhalten einen Rabatt.", Opening.CUSTOMER),
    ("en", "All of our products come with a lifetime warranty.", Opening.COMPANY),
    ("en", "The truth is, we’ve spent a decade on recipes.", Opening.COMPANY),
    ("en", "To be honest, we love our work.", Opening.COMPANY),
    ("en", "All our clients get a free review.", Opening.CUSTOMER),
    ("en", "We offer our clients free onboarding.", Opening.COMPANY),
    ("en", "Our clients get free onboarding.", Opening.CUSTOMER),
    ("en", "Our customer service team works in shifts.", Opening.COMPANY),
    ("en", "As a family business, we know what counts.", Opening.COMPANY_PHRASE),
    ("en", "At Acme, we believe in clean code.", Opening.COMPANY_PHRASE),
    ("en", "With 12 offices in Texas, we are close to you.", Opening.COMPANY_PHRASE),
    ("en", "Every month we publish a new guide.", Opening.COMPANY_LATER),
    ("en", "At Acme, our consultants work on site with your team.", Opening.COMPANY_PHRASE),
    ("en", "In spring, our clients get a free check.", Opening.OTHER),
    ("en", "If you call before noon, we ship today.", Opening.CUSTOMER),
    ("en", "The Acme team builds dashboards.", Opening.COMPANY),
    ("en", "Each spring, Acme hosts a free review.", Opening.COMPANY_LATER),
    ("en", "You get a reply within a day.", Opening.CUSTOMER),
    # Openers behind a conjunction, focus particle or sequence marker: the company is still what comes first.
    ("de", "Aber wir haben gelernt, genauer zuzuhören.", Opening.COMPANY),
    ("de", "Auch wir sind nur Menschen.", Opening.COMPANY),
    ("de", "Denn uns ist bewusst, wie knapp Ihre Zeit ist.", Opening.COMPANY),
    ("de", "Doch sind wir auch nach dem Einbau für Sie da.", Opening.COMPANY),
    ("de", "Zunächst prüfen wir Ihre Unterlagen.", Opening.COMPANY),
    ("de", "Es ist uns wichtig, dass Sie sich wohlfühlen.", Opening.COMPANY),
    ("de", "Schließlich ist es unser Ziel, dass Sie wieder selbstständig wohnen.", Opening.COMPANY),
    ("de", "Als Familienbetrieb ist es uns wichtig, dass jeder Termin hält.", Opening.COMPANY_PHRASE),
    # An opening subordinate clause counts when the main clause's subject (or experiencer) is the company.
    ("de", "Dass wir pünktlich liefern, ist für uns selbstverständlich.", Opening.OTHER),
    ("de", "Da wir die Hunde nicht fragen können, ist hier viel Geduld gefragt.", Opening.OTHER),
    ("de", "Wenn wir die Unterlagen haben, erhalten Sie ein Angebot.", Opening.OTHER),
    ("en", "Since we travel to every site, there is a call-out charge.", Opening.OTHER),
    # Linking adverbs and phrases before the company leave it first; "Es gibt uns" is the company existing.
    ("de", "Im Folgenden beschreiben wir die Rücksendung in sechs Schritten.", Opening.COMPANY),
    ("de", "Ergänzend dazu schicken wir eine E-Mail mit der Sendungsnummer.", Opening.COMPANY),
    ("de", "Weiterhin ist es uns nicht möglich, Termine am Samstag zu vergeben.", Opening.COMPANY),
    ("de", "Nun gibt es uns schon seit über 50 Jahren.", Opening.COMPANY),
    ("de", "Es erfüllt uns mit Stolz, dass der Betrieb wächst.", Opening.COMPANY),
    ("de", "Das gibt uns Kraft für den Alltag.", Opening.OTHER),
    ("de", "Dass wir Ihnen helfen können, freut uns sehr.", Opening.COMPANY_PHRASE),
    ("de", "Unser Versprechen an Sie: Wir liefern innerhalb von 24 Stunden.", Opening.COMPANY),
    ("de", "Ihr Vorteil: Wir liefern innerhalb von 24 Stunden.", Opening.COMPANY),
    ("de", "Deshalb haben wir die Öffnungszeiten verlängert.", Opening.COMPANY),
    ("de", "Aus diesem Grund führen wir keine Weine aus Übersee.", Opening.COMPANY),
    ("de", "Gerne beraten wir Sie auch am Wochenende.", Opening.COMPANY_LATER),
    ("de", "Einen Großteil unserer Kosten decken wir durch Spenden.", Opening.COMPANY_LATER),
    ("de", "Deshalb empfehlen uns viele Kunden weiter.", Opening.OTHER),
    ("de", "Wir freuen uns auf Ihren Besuch.", Opening.COMPANY),
    ("de", "Zum anderen ist es für uns auch wichtig zu sehen, dass sich eure Hunde wohlfühlen.", Opening.COMPANY),
    ("de", "Insofern ist es für uns sehr wichtig, dass die Arbeit auch Spaß macht.", Opening.COMPANY),
    ("de", "Deshalb ist es für Sie wichtig, früh zu buchen.", Opening.OTHER),
    ("de", "Antwort: Wir antworten innerhalb eines Tages.", Opening.COMPANY),
    ("de", "Heitmeyer: Wir müssen jetzt handeln.", Opening.OTHER),
    ("en", "And we never stop learning.", Opening.COMPANY),
    ("en", "But our team answers every call.", Opening.COMPANY),
    ("en", "First of all, we listen.", Opening.COMPANY),
    ("en", "Then, as we grew, we added a second workshop.", Opening.COMPANY_PHRASE),
    ("en", "When we started in 2005, we had two vans.", Opening.COMPANY_PHRASE),
    ("en", "Once we have visited you we will review the plans.", Opening.COMPANY_PHRASE),
    ("en", "If we don't have recent films we take a new set.", Opening.COMPANY_PHRASE),
    ("en", "When we know what we need the work starts.", Opening.OTHER),
    ("en", "If you call us we answer within an hour.", Opening.OTHER),
    ("en", "For the traditionalists, we offer solid oak floors.", Opening.COMPANY_PHRASE),
    ("en", "Our promise: we reply within a day.", Opening.COMPANY),
    ("en", "That's why we switched to fixed prices.", Opening.COMPANY),
    ("en", "That’s why our process starts long before any visuals.", Opening.COMPANY),  # a linking phrase, then "our"
    ("en", "That is why our customers come back.", Opening.CUSTOMER),
    # an empty "it" before the company's goal or view, like "Es ist unser Ziel", "Es ist uns wichtig"
    ("en", "It is our mission to ensure that you receive accurate services.", Opening.COMPANY),
    ("en", "It's always our aim to respond within a day.", Opening.COMPANY),
    ("en", "It is important to us that you feel welcome.", Opening.COMPANY),
    ("en", "It is our customers that matter most.", Opening.OTHER),
    ("en", "It is your right to cancel.", Opening.OTHER),
    # "we all" before a verb of common knowledge or duty takes in everyone, the reader too
    ("de", "Wir alle kennen den Frühjahrsputz.", Opening.OTHER),
    ("de", "Wir müssen alle zusammenhalten.", Opening.OTHER),
    ("de", "Wir müssen alle Unterlagen prüfen.", Opening.COMPANY),
    ("de", "Wir alle freuen uns auf Sie.", Opening.COMPANY),
    ("en", "We all know that our society is changing.", Opening.OTHER),
    ("en", "We must all take responsibility for the damage.", Opening.OTHER),
    ("en", "We all look forward to seeing you.", Opening.COMPANY),
    ("en", "We all have years of experience in roofing.", Opening.COMPANY),
    ("en", "We all want to be well taken care of.", Opening.OTHER),
    ("en", "We all make mistakes.", Opening.OTHER),
    ("en", "We can all hope that next year will be calmer.", Opening.OTHER),
    ("en", "We probably all understand the difference between the two.", Opening.OTHER),
    ("en", "We can all help you with your roof.", Opening.COMPANY),
    ("en", "We all make sure that your roof is dry.", Opening.COMPANY),
    ("de", "Wir alle machen Fehler.", Opening.OTHER),
    ("de", "Wir alle leben in einer Welt, die sich schnell verändert.", Opening.OTHER),
    ("de", "Wir können alle helfen, wenn Sie anrufen.", Opening.COMPANY),
    ("en", "Hmm, we have had a few good years.", Opening.COMPANY),
    ("en", "No, we did not want to be the biggest agency.", Opening.COMPANY),
    ("en", "Once we have gathered what we need, we write the specification.", Opening.COMPANY_PHRASE),
    ("en", "As soon as you call, we send an engineer.", Opening.CUSTOMER),
    ("en", "Today, we are a team of twelve.", Opening.COMPANY_LATER),
    ("en", "All-in-all we are pleased with the result.", Opening.COMPANY),
    ("en", "Unfortunately our mail may land in your junk folder.", Opening.COMPANY),
    # a sentence adverb or linking phrase before the company leaves it first; a time or condition does not
    ("en", "Accordingly, we ask that you notify us as soon as possible.", Opening.COMPANY),
    ("en", "In doing so we strive to provide excellent customer service.", Opening.COMPANY),
    ("en", "To that end, we have strived.", Opening.COMPANY),
    ("en", "Collectively, we did everything in our power.", Opening.COMPANY),
    ("en", "Usually, we need more time to meet with you.", Opening.COMPANY_LATER),
    # the company's view before the clause it colours, like "Für uns ist …"
    ("en", "For us, the best way to control a project is feedback from its users.", Opening.COMPANY),
    ("en", "In our view, there is only one goal for an application.", Opening.COMPANY),
    ("en", "But for us, it is actually a lot deeper than that.", Opening.COMPANY),
    ("en", "For us to start, you need to sign the contract.", Opening.OTHER),
    ("en", "For us, you are the most important person.", Opening.OTHER),
    ("en", "At Burns Bay Physiotherapy we pride ourselves on our service.", Opening.COMPANY_PHRASE),
    ("en", "At the moment we are closed for the holidays.", Opening.COMPANY_LATER),
    ("en", "That way we keep costs low.", Opening.OTHER),
    # a clause of purpose first, also one that starts with "So as …"; "So" alone still only links
    ("en", "So as not to frighten the dog, we go slowly.", Opening.COMPANY_LATER),
    ("en", "So, as a family business, we care.", Opening.COMPANY_PHRASE),
    ("en", "So we care.", Opening.COMPANY),
    # a phrase of place or setting in the company's own place comes before the company, like any other such phrase
    ("de", "In unserer Rösterei mischen wir Bohnen aus zehn Regionen.", Opening.COMPANY_LATER),
    ("de", "Bei unseren Übersetzungen richten wir uns nach dem Gesetz.", Opening.COMPANY_LATER),
    ("de", "In unserer 25-jährigen Tätigkeit haben wir viel gelernt.", Opening.COMPANY_PHRASE),
    ("de", "Als Familienbetrieb wissen wir, was zählt.", Opening.COMPANY_PHRASE),
    # after a colon or dash, the company's clause needs a verb when the customer came first: a slogan is no clause
    ("de", "Der Kunde – unser Mittelpunkt.", Opening.OTHER),
    ("de", "Liebe Kunden: Wir haben geschlossen.", Opening.COMPANY),
    ("de", "Frei nach dem Motto: Unsere Initiative für den Winter.", Opening.COMPANY),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_opening(lang, text, expected):
    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (analysed,) = analyse(document, lang, company_names=("Acme GmbH", "Acme"))
    sentence = next(analysed.doc.sents)
    assert classify_opening(sentence, lexicon_for(lang)) is expected


def test_uns_with_a_customer_possessive_is_still_company_first():
    """ "Uns liegt Ihre Zufriedenheit am Herzen": the customer is not the subject, the company opens."""
    text = "Uns liegt Ihre Zufriedenheit am Herzen."
    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (analysed,) = analyse(document, "de")
    assert classify_opening(next(analysed.doc.sents), lexicon_for("de")) is Opening.COMPANY


@pytest.mark.parametrize(
    ("text", "expected", "tagged"),
    [
        ("Das Ergebnis zeigt, dass wir pünktlich liefern.", Opening.OTHER, False),
        ("Die Kunden wissen, was sie an uns haben.", Opening.OTHER, False),
        ("Seit 1990 bieten wir eine kostenlose Beratung an.", Opening.COMPANY_LATER, True),
        ("Dabei ist es uns wichtig, pünktlich zu sein.", Opening.COMPANY, True),
    ],
)
def test_the_tagger_is_asked_only_where_a_verb_could_precede_the_company(text, expected, tagged):
    """ "dass wir", "an uns": a word that is never a verb before the company word decides without the tagger."""
    from wirlint.nlp.tagging import is_tagged

    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (analysed,) = analyse(document, "de")
    sentence = next(analysed.doc.sents)
    assert classify_opening(sentence, lexicon_for("de")) is expected
    assert is_tagged(sentence) is tagged


@pytest.mark.parametrize(
    ("lang", "text", "phrase"),
    [
        ("en", "For the traditionalists, we offer solid oak floors.", "For the traditionalists, we"),
        ("de", "Aber wir haben gelernt, genauer zuzuhören.", "Aber wir"),
        ("de", "Als Familienbetrieb ist es uns wichtig, dass jeder Termin hält.", "Als Familienbetrieb ist es uns"),
        (
            "de",
            "Mit unserem jungen und sehr erfahrenen Team aus der Region beraten wir Sie.",
            "Mit unserem jungen … beraten wir",
        ),
        # a salutation names the reader; the sentence after it is quoted from its own start
        ("de", "Liebe Gäste, wir haben ab Montag wieder geöffnet.", "„wir“"),
        ("en", "Dear clients, we are closed on Monday.", "“we”"),
    ],
)
def test_the_message_quotes_the_opening_up_to_the_company(lang, text, phrase):
    """WL101 names what the reader meets before the company, not one word ("For")."""
    from wirlint.config import Config
    from wirlint.engine.runner import lint_document

    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    (finding,) = [f for f in lint_document(document, Config(lang=lang)).findings if f.code == "WL101"]
    assert f"{phrase}" in finding.message


def test_a_salutation_on_a_line_of_its_own_is_a_sentence_of_its_own():
    """ "Liebe Fahrschülerin, lieber Fahrschüler,⏎wir begrüßen dich …": the finding points at the line that
    opens with the company, as a letter sets its salutation apart."""
    from wirlint.api import lint_text
    from wirlint.config import Config

    text = "Liebe Fahrschülerin, lieber Fahrschüler,\nwir begrüßen dich in unserer Fahrschule.\n"
    _, result = lint_text(text, "brief.md", Config(lang="de", lang_forced=True))
    (finding,) = [f for f in result.findings if f.code == "WL101"]
    assert (finding.location.line, finding.location.column) == (2, 1)
    assert "„wir“" in finding.message
