"""Whose praise a claim is: the company's own, a named other's, a comparison with everyone else, a negation.

Sentence shapes from real company pages, in our own wording.
"""

from __future__ import annotations

import pytest

from tests.conftest import codes, lint_text
from wirlint.checks.claims import _may_have_superlative
from wirlint.model import Block, Document, Role
from wirlint.nlp.pipeline import analyse

CLAIM_CODES = {"WL201", "WL202", "WL203", "WL204", "WL205", "WL301", "WL302", "WL303"}


def analysed(text: str, lang: str):
    document = Document(path="t.txt", source=text, kind="text", blocks=[Block(text, Role.PARAGRAPH)])
    return analyse(document, lang)[0].doc


def claims(text: str, lang: str, **settings: object) -> set[str]:
    return set(codes(lint_text(text, lang=lang, **settings))) & CLAIM_CODES


@pytest.mark.parametrize(
    ("lang", "sentence", "code"),
    [
        # a negation that ranks the company above everyone else is the strongest claim, not a negation
        ("de", "Wir verstehen die Sorgen von Hausbesitzern wie kein anderer Betrieb.", "WL202"),
        ("en", "We know the brands we print better than anybody.", "WL204"),
        ("en", "We know print like no other agency in town.", "WL202"),
        ("de", "Im Gegensatz zu manchem Großbetrieb planen wir jedes Fenster einzeln.", "WL202"),
        # a superlative after the customer's noun is still the company's ("unseren Kunden nur beste Ware");
        # a country in the genitive is the comparison set ("der grünste Shop Österreichs")
        ("de", "Wir legen Wert darauf, unseren Kunden nur beste Ware zu bieten.", "WL204"),
        ("de", "Wir sind der grünste Shop Österreichs.", "WL204"),
        ("en", "We have the very best people in the trade.", "WL204"),  # "people" are the company's staff too
        ("de", "Wir sind eine der größten Druckereien Ostdeutschlands.", "WL204"),  # ß takes the superlative's s
        ("de", "Somit sind Sie bei uns bestmöglich auf Störungen jeder Art gerüstet.", "WL204"),
        ("de", "So entsteht bei uns ein äußerst geschmackvoller Honig.", "WL204"),  # an elative of praise
        ("en", "Our team is exceptionally reliable.", "WL204"),
        # the extra mile, and the reader's safety as the company's concern
        ("de", "Wir gehen für Sie die Extrameile.", "WL301"),
        ("de", "Die Sicherheit unserer Patienten ist unser Anliegen.", "WL301"),
        ("de", "Mit der Erfahrung aus einem halben Jahrhundert planen wir Ihr Bad.", "WL205"),
        ("de", "Zu unserem 15. Geburtstag hat uns die Stadt eine Urkunde geschickt.", "WL205"),
        ("de", "Service heißt für uns, eine Meile mehr zu laufen.", "WL301"),
        ("de", "Ihre Sicherheit ist unser Anliegen.", "WL301"),
        # the customers' good as the company's priority, with "our" before them; "number one"
        ("en", "The health and safety of our patients and staff is our priority.", "WL301"),
        ("en", "Our number one priority is the safety and health of your family.", "WL301"),
        # nobody beats it, ahead of everyone, its own things unique or the newest
        ("en", "Our prices can't be beat.", "WL202"),
        ("en", "Our tools cannot be beaten.", "WL202"),
        ("en", "We have been at the forefront of the event industry for 30 years.", "WL202"),
        ("en", "Our unique excavation specifications include flat floors.", "WL202"),
        ("en", "Our crews are equipped with the newest trucks and equipment.", "WL202"),
        ("de", "# Klavierbauer mit Leib & Seele", "WL301"),
        # the company offered as the reader's best: the reader's possessive does not make it the reader's own
        ("de", "Wir sind Ihr bester Partner für Fenster.", "WL204"),
        ("de", "# Ihr bester Fahrradverleih in Koblenz", "WL204"),
        ("en", "Your best choice for roofing in Austin.", "WL204"),
        ("en", "We are the best partner for your project.", "WL204"),  # "partner" is no "part" of advice
        # better than ever before: a negation that compares with every time, not one that denies
        ("de", "Bei uns war Mieten noch nie so einfach.", "WL202"),
        ("en", "With us, booking a table has never been easier.", "WL202"),
        ("en", "Booking with us has never been more convenient.", "WL202"),
        # the seller's own verdict on value and tools
        ("de", "Wir bieten Ihnen ein optimales Preis-Leistungs-Verhältnis.", "WL202"),
        ("de", "Unser Spitzenservice beginnt mit der Beratung.", "WL202"),
        ("en", "We use top of the line primer on every job.", "WL202"),
        ("en", "We use state of the art diagnostic equipment.", "WL202"),
        # "the best care possible" is bounded by nothing, like "the best possible care"
        ("en", "We carry out every repair to the highest standards possible.", "WL202"),
        ("en", "We strive to provide you with the best eye care possible.", "WL204"),
        # the reader's good as the company's priority or success; satisfaction with a perfect score
        ("en", "Your well-being is our primary concern.", "WL301"),
        ("en", "Keeping you and your family safe is our highest priority.", "WL301"),
        ("en", "Customer service is our top priority.", "WL301"),
        ("de", "Die Interessen des Mandanten haben daher oberste Priorität.", "WL301"),
        ("en", "Your satisfaction is our success.", "WL301"),
        ("en", "Client Satisfaction: 100%.", "WL303"),
        ("de", "Ihr Wohlbefinden ist unser oberstes Anliegen.", "WL301"),
        ("de", "Ihre Zufriedenheit ist unser Erfolg.", "WL301"),
        ("de", "Kundenzufriedenheit: 100 %.", "WL303"),
        # newest technology as praise; generous and transparent as superlatives of praise
        ("en", "We provide the latest technology in diagnostic equipment.", "WL202"),
        ("de", "Dafür haben wir in neueste Druckmaschinen investiert.", "WL202"),
        ("de", "Unsere Brennanlage ist auf dem neuesten Stand der Technik.", "WL202"),
        ("en", "We designed the most generous store policy for our customers.", "WL204"),
        ("en", "While some manufacturers talk about innovation, we have the record to back it up.", "WL202"),
        ("en", "Unlike many agencies, we answer the phone ourselves.", "WL202"),
        # age boasts in the shapes of real about pages
        ("en", "Thanks to great teamwork we have managed every bump in the road these past 20 years.", "WL205"),
        ("en", "We turned 16 years old on March 1st!", "WL205"),
        ("en", "Founded in the 1970s, we are original purveyors of ambulatory eats.", "WL205"),
        ("en", "In the forty years that we have been open we have gained many regulars.", "WL205"),
        ("en", "We celebrated fifteen years of service excellence.", "WL205"),
        ("de", "Wir feiern das 111-jährige Firmenbestehen.", "WL205"),
        ("de", "Unser Familienunternehmen blickt auf eine mehr als hundertjährige Geschichte zurück.", "WL205"),
        ("de", "Wir sind seit Anfang der 80er Jahre Vertragspartner von Renault.", "WL205"),
        ("de", "Unsere Wurzeln reichen mehr als ein halbes Jahrhundert zurück.", "WL205"),
        ("de", "Wir feiern unseren 15. Geburtstag.", "WL205"),
        ("en", "We have been in business for many years.", "WL205"),
        ("en", "From our founding 30 years ago our goal has been to be different.", "WL205"),
        ("en", "This completes our 10th year at the Inn.", "WL205"),
        ("en", "2024 marks our 25th year of serving local families.", "WL205"),
        ("de", "Unsere Pizza schmeckt einfach spitzenmäßig.", "WL202"),
        ("de", "Dies machen wir seit mehreren Generationen.", "WL205"),
        ("de", "Wir haben 15 Jahre Erfahrung in der Softwareentwicklung.", "WL205"),
        ("de", "# 15 Jahre Erfahrung in der Softwareentwicklung", "WL205"),
        ("de", "Ein Rückblick auf unsere 150 Jahre währende Firmengeschichte.", "WL205"),
        ("de", "Gegründet wurde unsere Tischlerei im Jahre 1851.", "WL205"),
        ("de", "Wir sind ein Weingut in der 4ten Winzergeneration.", "WL205"),
        ("de", "Als Familienunternehmen sind wir in der dritten Generation tätig.", "WL205"),
        ("en", "# 30 years of Service", "WL205"),
        ("en", "We have spent many years becoming knowledgeable in tax and accounting.", "WL205"),
        ("de", "Wir geben Empfehlungen aus unserer langjährigen Beratungspraxis.", "WL205"),
        ("de", "In unserer über 25-jährigen Tätigkeit haben wir viel gelernt.", "WL205"),
        ("de", "Unsere Firma ist ein über Generationen gewachsener Familienbetrieb.", "WL205"),
        ("de", "Seit bald einem Jahrhundert gibt es unseren Standort.", "WL205"),
        ("de", "Wir sind stolz darauf, in diesem Jahr 30 Jahre alt zu werden!", "WL205"),
        ("de", "Unser Familienbetrieb arbeitet nun schon 60 Jahre im Dachdeckerhandwerk.", "WL205"),
        # importance and dependence slogans
        ("de", "Das Wohl Ihres Hundes ist uns sehr wichtig.", "WL301"),
        ("en", "Our customer relationships are very important to us.", "WL301"),
        ("en", "We are dependent on our clients, not they on us.", "WL301"),
        ("en", "We strive for customer satisfaction on every job.", "WL303"),
        # age: a verbless line that names nobody is the company's own
        ("en", "Over 35 years of tax experience!", "WL205"),
        ("de", "Über 40 Jahre Meisterbetrieb in Kassel!", "WL205"),
        # slogan words in one clause, also across a relative or condition clause or a short insertion
        ("de", "Wir sind erst zufrieden, wenn Sie zufrieden sind.", "WL303"),
        ("de", "Am Ende ist es immer der Mensch, der im Mittelpunkt unserer Arbeit steht.", "WL301"),
        ("en", "Our crews meet, and often exceed, client expectations.", "WL303"),
        # a kind of thing as the subject excuses nothing where the company or the reader is spoken of
        ("de", "Planung, Montage und Wartung erhalten Sie aus einer Hand.", "WL301"),
        ("de", "Eine Bäckerei wie unsere ist die beste Wahl für Ihr Frühstück.", "WL204"),
        # a quoted claim is used, not mentioned, unless the sentence talks about words
        ("de", "Wir sind „kundenorientiert“ und stolz darauf.", "WL301"),
        ("en", "Our motto is “world class service”.", "WL202"),
        # a possessive or a verb of saying that is the company's own excuses nothing
        ("de", "Unsere Bäckerei backt auf ihre einzigartige Weise.", "WL202"),
        ("de", "Sie findet in den modernsten Räumen der Stadt statt.", "WL202"),
        ("en", "As we always say, we make the best pies in town.", "WL201"),
        ("en", "We hire carefully to select only the best gardeners.", "WL204"),
        ("en", "As the regional leader in garden design, we plan every bed by hand.", "WL201"),
        ("de", "Wir restaurieren Ihre Möbel mit größter Sorgfalt.", "WL202"),
        ("de", "Unser Team begleitet Sie mit größtem Einsatz durch die Prüfung.", "WL202"),
        ("en", "We bake the best bread in Leeds, and we can prove it.", "WL201"),
        ("de", "Jedes unserer Möbel ist einzigartig.", "WL202"),
        ("en", "We are the world-renowned leader in handmade bicycle frames.", "WL201"),
        ("de", "Um unseren Gästen die allerbeste Küche zu bieten, kochen bei uns nur Meister.", "WL204"),
        # an owner who speaks for the business praises their own work in the first person
        ("de", "Ja, ich bin Goldschmiedin aus Leidenschaft!", "WL301"),
        # a customer noun that only qualifies the head noun: the company's service is praised
        ("en", "We offer the best customer service in town.", "WL201"),
        ("en", "I truly put my whole heart and soul into every wedding I create.", "WL301"),
        ("en", "I am passionate about photography.", "WL301"),
        ("de", "Mit mir bekommen Sie die beste Beratung weit und breit.", "WL202"),  # the reader is no other party
        # slogan families of real company pages: the reader's safety as a priority, love of the work, exceeding
        ("en", "Yours and your baby's safety is our priority.", "WL301"),
        ("en", "Our customers are our first priority.", "WL301"),
        ("en", "Customer service is our passion.", "WL301"),
        ("en", "Excellence is our standard.", "WL301"),
        ("en", "Your satisfaction is guaranteed.", "WL303"),
        ("en", "Our clients are our most important asset.", "WL303"),
        ("en", "We stock all the best brands.", "WL204"),  # "all the best" before a noun ranks
        # effort beyond everything, set phrases, and nobody better than the company (adversarial review)
        ("de", "Unser engagiertes Team gibt jeden Tag 110 Prozent für Sie.", "WL303"),
        ("en", "Our team gives 110% every day.", "WL303"),
        ("de", "Exzellenz liegt uns im Blut.", "WL301"),
        ("de", "Wir behandeln jeden Kunden wie ein Familienmitglied.", "WL301"),
        ("de", "Ihre Sicherheit ist unser wichtigstes Anliegen.", "WL301"),
        ("en", "We are second to none when it comes to kitchen fitting.", "WL202"),
        ("en", "Nobody knows boilers better than we do.", "WL204"),
        ("en", "No one in Leeds bakes fresher bread than we do.", "WL204"),
        ("de", "Niemand berät Sie günstiger als wir.", "WL204"),
        ("de", "Bei uns kommt der Kunde zuerst.", "WL301"),
        ("de", "Ihre Zufriedenheit ist unsere Mission.", "WL301"),
        ("en", "We are the go-to experts for sash windows in London.", "WL201"),
        ("en", "We deliver flawless results on every job.", "WL202"),
        ("en", "As your partner, we are the leading provider in Leeds.", "WL201"),
        ("de", "Ihre Sicherheit ist unsere oberste Priorität.", "WL301"),
        ("de", "Wir tun alles für unsere Kunden.", "WL301"),
        ("de", "Wir setzen alles daran, Ihre Erwartungen zu übertreffen.", "WL303"),
    ],
)
def test_claim_fires(lang, sentence, code):
    assert code in claims(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # "not 100 %" negates the promise: a conditional guarantee is a concrete promise
        ("en", "If you are not 100% satisfied with the cleaning, we come back the next day."),
        ("de", "Wenn Sie nicht 100 % zufrieden sind, kommen wir am nächsten Tag wieder."),
        # set phrases with "best" rank nobody
        ("en", "We serve our community to the best of our ability."),
        ("en", "We plan every detail, and we have learned from the best."),
        # superlatives of difficulty describe a task, they do not praise
        ("en", "One of the trickiest parts of our job is finding a parking space."),
        ("de", "Eine der schwierigsten Aufgaben in unserem Beruf ist die Planung der Anfahrt."),
        ("de", "Wir bauen unsere Orgeln an den unterschiedlichsten Orten der Welt auf."),
        # a job ad asks for years; a full sentence about something else is no boast
        ("de", "Wir erwarten von Bewerbern über 5 Jahre Berufserfahrung."),
        ("en", "In over 30 years of use, the bridge has never closed."),
        ("de", "Seit 25 Jahren leide ich an Rückenschmerzen."),
        # a superlative of the customers praises them, not the company
        ("de", "Schließlich haben wir die besten Brautpaare, die man sich wünschen kann."),
        ("en", "We have the best clients anyone could wish for."),
        ("en", "I think ours are the best customers in the world."),
        # size alone is no praise; an elative the company aims at is no claim
        ("de", "Schalte bei uns auf das größte Kettenblatt und hebe die Kette an."),
        ("de", "Wir versuchen, jeden Zahn bestmöglich zu erhalten."),
        ("de", "Wer bei uns selbst gegen Wespen vorgeht, riskiert einen äußerst schmerzhaften Stich."),
        ("en", "Our process is extremely complicated for newcomers."),
        ("en", "And to what do we owe our success thus far?"),
        ("en", "Our team leaves for a break after a season of honest work."),  # "honest" is no "-est" form
        ("en", "Please install the latest software update on your phone."),
        ("en", "My son turned 16 years old today."),
        ("de", "Wir haben auf die Genehmigung schon 3 Jahre gewartet."),
        ("de", "Bei uns entsteht ein Schmuckstück, das über Generationen bestehen kann."),
        # a priority that is not the customer's is no slogan
        ("en", "Customer service is a priority for many firms."),
        ("de", "Die Sicherheit auf der Baustelle hat oberste Priorität."),
        # a sentence about a kind of thing, with neither the company nor the reader in it, describes the world
        ("de", "Kaffee zählt zu den beliebtesten Getränken der Welt."),
        ("de", "Ein Grabstein ist mehr als nur ein Erinnerungszeichen."),
        ("en", "Tooth decay is the most common chronic illness in childhood."),
        ("en", "A pub sets itself apart from any other establishment."),
        # fixed phrases, and a negation that denies the claim
        ("de", "Wir beraten Sie nach bestem Wissen und Gewissen."),
        ("de", "Mit besten Grüßen aus der Werkstatt."),
        ("de", "Besten Dank für Ihr Verständnis!"),
        ("en", "I wish you all the best."),
        ("en", "We wish you all of the best with your new home."),
        ("de", "Ihre Wünsche und Anliegen nehmen wir ernst."),
        # a share of a machine's output; a denied, doubted or partner's claim; the reader's own best choice
        ("de", "Die Heizung gibt 110 Prozent der Nennleistung ab."),
        ("de", "Wir behaupten nicht, der größte Betrieb in der Gegend zu sein."),
        ("en", "We never say that we are the best."),
        ("en", "We don't claim to be the biggest roofer in town."),
        ("en", "Is the customer really always king? We think honest advice matters more."),
        ("de", "Ist der Kunde wirklich immer König?"),
        ("en", "Our supplier Bosch is one of the largest manufacturers of power tools in Europe."),
        ("de", "Unser Lieferant Bosch ist einer der größten Hersteller von Elektrowerkzeugen in Europa."),
        ("de", "Bitte nennen Sie uns den für Sie günstigsten Termin."),
        ("de", "Zuerst kommt der Kaffee, dann die Arbeit."),
        ("en", "This is the go-to guide for beginners."),
        # love of the work is how real pages speak of it, not a slogan their editors mark
        ("en", "We love what we do, we love our clients, and we want to keep it that way."),
        ("de", "Wir streichen alles mit viel Liebe zum Detail von Hand."),
        ("de", "Wir erheben keinerlei Anspruch auf Einzigartigkeit."),
        ("en", "None of our methods is revolutionary."),
        # a claim mentioned in quotation marks in a sentence about words
        ("en", "We have asked many of you how you define “world class”."),
        ("en", "Not one of them mentions “exceed customers’ expectations”."),
        ("de", "Der Begriff „kundenorientiert“ sagt für sich genommen wenig über uns."),
        # slogan words in two clauses are no slogan
        ("de", "Im Mittelpunkt des Leitbilds steht die Erkenntnis, dass Patienten eine andere Sicht haben."),
        ("de", "Die Bedienbarkeit steht im Vordergrund, sie muss aber zum Budget des Kunden passen."),
        # a third person's verdict, reported; someone else's qualities; what pleases the company
        ("en", "She claims that we bake the best bread she has ever had in Leeds."),
        ("de", "Er sagt, wir haben die freundlichste Werkstatt der Stadt."),
        ("de", "Wir lassen jeden Schüler auf seine einzigartige Weise lernen."),
        ("en", "We let every pupil find their best way of learning."),
        ("de", "Ein Lob von Ihnen ist die schönste Belohnung für uns."),
        ("de", "Das größte Einsatzgebiet unserer Kehrmaschinen ist die Innenstadt."),
        # bounded by what the company can do: an effort, not a ranking
        ("en", "We bake with the finest flour that we can buy."),
        ("en", "We teach everybody to the highest standard that they can achieve."),
        ("de", "Eine meiner besten Freundinnen hat uns das Album geschenkt."),
        ("en", "Our 3rd year brochure is out now."),  # a year of the company's, no age
        ("en", "Our 10th year of marriage was also the year we opened the bakery."),
        ("de", "Das Wetter beim Sommerfest war spitzenmäßig."),
        ("de", "Wir feiern den 3. Geburtstag von Max im Laden."),  # someone's birthday, not the company's
        ("en", "Our clients know where to find us."),
        ("de", "Ihre Frage ist unser Anliegen von heute."),
        # said by others, of others or in a question, the new phrases are no claim of the company's
        ("en", "Gas prices have never been cheaper than they were in the spring of 2020."),
        ("en", "The Tigers can't be beat at home this season."),
        ("en", "Germany has been at the forefront of the industry's shift to electric vans."),
        ("en", "Should you buy a top of the line laptop for a student?"),
        ("en", "For small gardens, a dwarf apple tree is your best choice."),
        ("en", "According to Which?, this is the best kettle on the market."),
        ("de", "Das optimale Preis-Leistungs-Verhältnis hängt davon ab, wie oft Sie das Gerät nutzen."),
        ("de", "Wie finde ich das beste Preis-Leistungs-Verhältnis bei Zahnzusatzversicherungen?"),
        ("de", "Laut Stiftung Warentest hat das Modell XY das beste Preis-Leistungs-Verhältnis."),
        ("de", "Wenn Ihr Handwerker die Extrameile geht, sagen Sie es ruhig weiter."),
        ("de", "Ein Hobby mit Leib und Seele zu betreiben, tut der Gesundheit gut."),
        ("de", "Ihr bester Partner bei der Jobsuche ist oft Ihr eigenes Netzwerk."),
        ("de", "Ein halbes Jahrhundert nach der Mondlandung zeigen wir die Doku im Kino."),
        ("de", "Unser Sohn feiert nächste Woche seinen 15. Geburtstag."),
        ("en", "Our founder retired from the Navy after fifteen years of service."),
        ("en", "The bakery next door has been in business for many years."),
        # a negation that denies, a priority, a unique number, the latest news
        ("en", "This offer cannot be combined with other discounts."),
        ("en", "Your safety is at the forefront of our mind."),
        ("en", "Please quote our unique reference number."),
        ("en", "We do not follow all the latest trends in technology."),
        # the reader's own best, and the company's partners ranked among its own
        ("de", "Ihr schönster Tag verdient Blumen aus der Region."),
        ("en", "Wear your best shoes for the hike."),
        ("en", "Bring your most important documents to the appointment."),
        ("en", "Our best partners are local farms."),
        # a plain negation of the past or of a rank stays a negation
        ("en", "We have never been the cheapest in town."),
        ("de", "Wir waren noch nie die günstigsten am Platz."),
        # uniqueness of each one of a kind is individuality
        ("de", "Wir bauen Treppen, weil jedes Haus einzigartig ist."),
        ("de", "Wir achten die Einzigartigkeit eines jeden Kindes."),
        ("en", "Every garden is unique, so we plan each one with you."),
        # what a search is for, and an elative that is the purpose, are aims, not claims
        ("de", "Wir suchen für Sie den günstigsten Tarif heraus."),
        ("en", "After the visit we choose the most suitable treatment plan."),
        ("de", "Wir schulen unser Team regelmäßig, um eine bestmögliche Beratung zu sichern."),
        # the trade in general, in the plural, as the subject of a sentence that is not the company's
        ("en", "The best roofing companies in town have only so many experienced installers."),
        # a kind of thing described by an adjective, as the subject of a sentence that is not the company's
        ("en", "Tooth decay is the most common chronic illness in children."),
        # a superlative measured against the speaker's own experience
        ("en", "This is the best project we have ever done."),
        ("de", "Das war der schönste Auftrag, den wir je hatten."),
        # one person's verdict on a service received: a customer, not the company
        ("de", "Ich kann die Werkstatt nur empfehlen, sie ist die beste in der Stadt."),
        ("en", "They did the best job I have seen in years."),
        ("en", "I was so impressed by the friendliest team in town."),
        ("en", "The best bakery in town, I come here every week."),
        ("en", "My husband and I think this is the finest restaurant in Leeds."),
        ("de", "Die beste Bäckerei der Stadt, ich komme jede Woche."),
        # a customer thanks someone by name
        ("en", "We had the best wedding ever, thanks to Anna!"),
        ("de", "Wir hatten die schönste Hochzeit überhaupt, danke Anna!"),
        # an award's name with its "of"
        ("en", "The staff would like to thank those who voted for them for the Best of Central."),
    ],
)
def test_claim_stays_silent(lang, sentence):
    assert not claims(sentence, lang)


def test_praise_of_a_named_other_is_not_self_praise_once_the_company_is_named():
    """A brewers' association profiles a member brewery: with the association's name configured, the brewery's
    rank is a third party's; without configured names the name could be the company's own."""
    sentence = "Die Privatbrauerei Huber aus Kronach zählt zu den traditionsreichsten Brauereien Bayerns."
    assert claims(sentence, "de") == {"WL203"}
    assert not claims(sentence, "de", company_names=("Brauerbund Oberfranken",))
    own = "Der Brauerbund Oberfranken ist der älteste Brauerverband in Bayern."
    assert claims(own, "de", company_names=("Brauerbund Oberfranken",))
    # a partner or supplier named as the subject is the one praised, whatever "our" says of the relation
    assert not claims("Our partner Huber is the leading brewery in Bavaria.", "en", company_names=("Acme",))
    assert claims("Our brewery is the leading brewery in Bavaria.", "en", company_names=("Acme",))


def test_a_verb_ending_in_sst_is_no_superlative_to_tag_for():
    """ "heißt", "fließt": only "größte", "größten" … take the superlative's s as ß, so these sentences are not
    handed to the tagger for a superlative."""
    verb = analysed("Das heißt, das Wasser fließt.", "de")
    assert not _may_have_superlative(next(verb.sents), "de")
    assert _may_have_superlative(next(analysed("Wir sind die größte Druckerei.", "de").sents), "de")
