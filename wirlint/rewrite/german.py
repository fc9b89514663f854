"""German rewrites as operations on the clause's topological fields (``wirlint.nlp.fields``).

- Fronting: a customer constituent (Ihnen/dir/dich/euch, a customer noun phrase, a phrase with the
  customer's possessive "Ihr …", or a prepositional phrase with either) moves from the Mittelfeld into the
  Vorfeld; the finite verb stays second, the company subject follows it, the right bracket (particle,
  infinitive, participle) and the Nachfeld stay where they were. A pure reordering: every word is kept.
- Perspective switch: the customer becomes the subject of "erhalten"/"bekommen", for the verbs in
  ``PERSPECTIVE_VERBS`` (the customer was their dative recipient) and ``POSSESSION_VERBS`` (the customer's
  own thing was their object: "Wir erstellen Ihr Gutachten" → "Sie erhalten Ihr Gutachten"). Modal "können"
  and future "werden" carry over; the company subject may be "wir", "Unser Team …" or a company name (kept as
  "von unserem Team").

- The reader's side of an equation first: "Unser Ziel ist Ihre Zufriedenheit." → "Ihre Zufriedenheit ist unser
  Ziel." (a pure reordering, verified like a fronting).
- With no reader in the sentence, a time phrase, else a definite object (or one an adjective describes, without
  an article) right after the verb, takes the Vorfeld (never safe): "Wir rösten die Bohnen jeden Tag." → "Jeden
  Tag rösten wir die Bohnen.", "Wir verfolgen gemeinsame Ziele." → "Gemeinsame Ziele verfolgen wir."
- A clause first (never safe): a clause of reason, purpose, time or condition that ends the sentence ("…, damit
  Sie …" → "Damit Sie …, arbeiten wir …"); a dass- or zu-clause whose predicate is the company's goal or
  concern ("Unser Ziel ist es, … zu …" → "… zu …, ist unser Ziel."); a dass-clause about the reader that the
  company assures or knows ("Dass Sie zufrieden sind, möchten wir sicherstellen.").
- The company's view after the verb (never safe): "Für uns ist dies …" → "Dies ist für uns …", the first
  Mittelfeld phrase (with an attribute that may follow it) taking the Vorfeld.
- Passive (never safe, a matter of style): the customer object of a verb in ``PARTICIPLES`` becomes the subject
  ("Sie werden von uns … beraten"; after "können": "Sie können von uns … beraten werden").
- The promised reply as the reader hears it (never safe): "Wir melden uns zeitnah bei Ihnen." → "Sie hören
  zeitnah von uns."
- The reader added (never safe): an offering verb without a recipient ("Wir bieten eine große Auswahl an …" →
  "Sie erhalten bei uns eine große Auswahl an …"); an explaining verb, with or without a recipient, becomes
  the reader's ("Ferner erklären wir die Einzelheiten …" → "Ferner erfahren Sie die Einzelheiten …").

Every candidate is checked by ``wirlint.rewrite.verify`` before it is offered as safe.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from spacy.tokens import Span, Token

from wirlint.nlp.fields import (
    APPROXIMATIONS,
    CLAUSE_FINAL_VERB_TAGS,
    GRADING_WORDS,
    QUOTE_MARKS,
    SHARED_SUBJECT_COORDINATORS,
    Constituent,
    MainClause,
    closed_by_its_only_finite_verb,
    main_clause,
    noun_phrase_at,
    relative_clause_follows,
    second_finite,
    verb_phrase_continues,
)
from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.opening import COMPANY_DESCRIPTORS, LINKING_ADVERBS, LINKING_PHRASES, words_of
from wirlint.nlp.pipeline import analyse_sentence
from wirlint.nlp.sentences import remember_text
from wirlint.nlp.tagging import FINITE_TAGS, ensure_tagged
from wirlint.nlp.voice import COMPANY, CUSTOMER, continues_name, voice_of
from wirlint.rewrite.candidate import (
    CLAUSE_MARKS,
    Candidate,
    before_trail,
    capitalise,
    clause_before_colon,
    decapitalise,
    join_parts,
    written_small,
)
from wirlint.rewrite.phrases import join

# verbs whose Mittelfeld stays theirs before a zu-infinitive: someone asked, advised or helped to do it, or one
# verb with the infinitive ("Wir wissen Ihre Geduld zu schätzen", "Den Fehler versuchen wir zu beheben")
ZU_OBJECT_VERBS = frozenset({"bitten", "empfehlen", "raten", "erlauben", "einladen", "helfen", "auffordern",
                             "ermutigen", "ermöglichen", "wissen", "versuchen", "beginnen", "anbieten", "wünschen",
                             "danken"})  # fmt: skip
# marks and answer words after which the company's own clause starts ("Unser Motto: Wir …", "Ja, wir …")
ANSWER_WORDS = frozenset({"ja", "nein", "klar", "natürlich", "übrigens", "genau"})
LEAD_COMPANY_WORDS = frozenset({"wir", "unser", "unsere"})
# Linking words that keep their meaning only in the Vorfeld: "So verarbeiten wir im Jahr über 19 000 Eier"
# ("thus"); moved behind the verb, "verarbeiten wir so über 19 000 Eier" reads "as many as". Focus particles
# ("auch", "gerade", "genau") would take the phrase after them as their focus.
VORFELD_BOUND = frozenset({"so", "auch", "gerade", "genau"})
# marks that set a phrase off as an afterthought ("Wir lieben unser Handwerk – seit 111 Jahren!")
AFTERTHOUGHT_MARKS = frozenset({"–", "—", "-"})
CUSTOMER_PRONOUNS = frozenset({"Ihnen", "dir", "dich", "euch", "Dir", "Dich", "Euch"})
DATIVE_PRONOUNS = frozenset({"Ihnen", "dir", "euch", "Dir", "Euch"})
CUSTOMER_POSSESSIVE_STEMS = ("ihr", "dein", "euer", "eur")
# particles that focus the phrase after them without changing what it says: they move with it
FOCUS_PARTICLES = frozenset({"gerade", "besonders", "insbesondere", "speziell", "vornehmlich", "hauptsächlich",
                             "vorwiegend", "überwiegend", "ausgerechnet"})  # fmt: skip
FIXED_ADVERBIALS = frozenset({("unter", "anderem"), ("vor", "allem"), ("im", "übrigen"), ("zum", "beispiel"),
                              ("in", "der", "regel"), ("in", "erster", "linie"), ("auf", "jeden", "fall"),
                              ("in", "jedem", "fall"), ("an", "dieser", "stelle"),
                              ("in", "diesem", "sinne"), ("von", "hand")})  # fmt: skip
# adverbs that say how the subject acts of its own accord: with the reader as the subject, they would say it
# of the reader ("Wir liefern Ihnen die Ware selbst" is not "Sie erhalten die Ware selbst")
AGENT_ADVERBS = frozenset({"selbst", "selber", "persönlich", "eigenhändig", "bewusst", "absichtlich", "freiwillig",
                           "stolz", "ausnahmsweise", "eigens"})  # fmt: skip
# words that make "geben/bieten + Dativ" an idiom whose receiving side means something else or nothing
GIVING_IDIOMS = frozenset({"recht", "stirn", "paroli", "laufpass", "zunder", "saures", "garaus", "hand", "kante",
                           "sporen", "korb", "wort", "bestes", "prozent", "du", "siegel", "beileid", "mitgefühl",
                           "dank", "grüße", "gruß", "glückwünsche", "wünsche", "entschuldigung", "ehrenwort",
                           "anteilnahme", "respekt", "vertrauen", "aufmerksamkeit", "zeit"})  # fmt: skip
# adverbs a perspective switch may carry over unchanged: cost, speed, frequency and the like
NEUTRAL_ADVERBS = frozenset({"kostenlos", "gratis", "kostenfrei", "unverbindlich", "umsonst", "schnell", "zügig",
                             "sofort", "umgehend", "prompt", "regelmäßig", "jederzeit", "zusätzlich", "außerdem",
                             "ebenfalls", "rechtzeitig", "pünktlich", "automatisch", "vorab", "anschließend",
                             "danach", "dann", "hier", "online", "telefonisch", "schriftlich", "versandkostenfrei",
                             "portofrei", "individuell", "direkt", "bequem", "heute", "morgen", "täglich",
                             "wöchentlich", "monatlich", "jährlich", "immer", "stets", "gleich", "nun",
                             "jetzt"})  # fmt: skip
# what is handed over when it is offered: a service, a price, a promise ("eine kostenlose Beratung", "10 % Rabatt")
SERVICE_NOUNS = ("beratung", "rabatt", "garantie", "service", "angebot", "termin", "lieferung", "betreuung",
                 "unterstützung", "hilfe", "auskunft", "antwort", "rückruf", "gutschein", "preis", "preise",
                 "nachlass", "skonto", "probe", "muster", "erstgespräch", "gespräch", "besichtigung", "prüfung",
                 "check", "analyse", "einschätzung", "kostenvoranschlag", "planung", "einweisung", "schulung",
                 "bonus", "versicherung", "zertifikat", "urkunde", "getränk", "frühstück", "einführung")  # fmt: skip
# speech acts a switch would turn into deliveries ("Genesungswünsche", "ein herzliches Dankeschön")
SPEECH_ACT_ENDINGS = ("wünsche", "dankeschön", "grüße", "beileid", "glückwunsch")
# words that rank what follows them (beyond FOCUS_PARTICLES): a fronting may shift what they rank
RANKING_ADVERBS = frozenset({"primär", "vorrangig", "zumeist", "meist", "meistens", "ganz", "zuallererst",
                             "größtenteils", "teilweise"})  # fmt: skip
# what a company has or offers to choose from rather than hands over ("zwei Standorte", "eine große Auswahl")
FEATURE_NOUNS = ("zahlung", "standort", "standorte", "filiale", "filialen", "parkplätze", "parkplatz", "räume",
                 "räumlichkeiten", "zimmer", "auswahl", "öffnungszeiten", "sortiment", "möglichkeit", "möglichkeiten",
                 "varianten", "optionen", "alternativen", "lage", "ausstattung")  # fmt: skip
THING_ATTRIBUTE_PREPOSITIONS = frozenset({"über", "zu", "zum", "zur", "von", "vom"})
MOTIVE_NOUNS = frozenset({"überzeugung", "liebe", "leidenschaft", "erfahrung", "tradition", "prinzip", "respekt",
                          "verantwortung", "freude", "dankbarkeit", "sorge", "gewohnheit", "interesse",
                          "kulanz", "sicht", "perspektive", "blickwinkel", "stegreif", "hand"})  # fmt: skip
SENDING_VERBS = frozenset({"senden", "schicken", "versenden", "zusenden", "zuschicken", "mailen"})
NEUTRAL_PREPOSITIONS = frozenset({"innerhalb", "binnen", "per"})
GOAL_PREPOSITIONS = frozenset({"ins", "ans", "aufs", "nach", "bis", "zum", "zur", "zu"})
GOAL_ADVERBS = frozenset({"dorthin", "dahin", "hin", "hierher", "heim", "hinein", "herein"})
ACCUSATIVE_DETERMINERS = frozenset({"den", "die", "das", "einen", "eine", "ein", "ihren", "ihre", "ihr", "unsere",
                                    "unseren", "jede", "jeden", "jedes", "alle", "diese", "diesen",
                                    "dieses"})  # fmt: skip
COMPANY_POSSESSIVES = frozenset({"unser", "unsere", "unseren", "unserem", "unserer", "unseres"})
# focus words beyond the scope words: they focus the phrase after them, which a fronting would separate
FOCUS_WORDS = frozenset({"lediglich", "bloß", "einzig", "allein", "exklusiv", "zuerst", "zunächst"})
POSTPOSITIONS = frozenset({"gegenüber", "zuliebe", "entgegen", "zufolge", "wegen", "halber"})
# determiners whose case is plainly accusative or dative ("den", "dem", "unseren", "jedem", "allen")
OBLIQUE_DETERMINERS = frozenset({"den", "dem", "einen", "einem", "ihren", "ihrem", "unseren", "unserem", "jeden",
                                 "jedem", "allen", "diesen", "diesem", "keinen", "keinem", "euren", "eurem", "deinen",
                                 "deinem", "ihm", "ihnen"})  # fmt: skip
# adjectives and participles used as nouns ("Teilnehmende", "Angehörigen"), declined by their determiner
NOMINALISED_ENDINGS = ("ende", "enden", "ige", "igen", "ierte", "ierten", "ene", "enen", "herte", "herten")
COMPANY_WILLINGNESS = frozenset({"gern", "gerne", "herzlich"})
# words that narrow what follows to it ("erst wenn …", "nur wenn …"): a clause they point to cannot move alone
RESTRICTING_WORDS = frozenset({"erst", "nur", "bloß", "lediglich"})
SCOPE_WORDS = frozenset({"nicht", "nur", "auch", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals",
                         "ausschließlich", "sogar", "selbst", "erst", "schon", "bereits", "ebenfalls", "ebenso",
                         "gleichfalls"})  # fmt: skip
# prepositional phrases that are about the reader when their noun phrase is ("für Sie", "mit unseren Kunden",
# "um Ihr Verständnis"); "auf Ihren Besuch" after "freuen uns" stays the company's feeling
FRONTABLE_PREPOSITIONS = frozenset({"für", "mit", "bei", "an", "um", "zu", "gegenüber", "auf"})
PRONOUN_TAGS = frozenset({"PPER", "PRF", "PDS", "PIS"})  # "Ihnen", "dir", "allen": no attribute follows them
NOUN_ATTRIBUTE_PREPOSITIONS = frozenset({"zu"})  # "Fragen zu Ihrem Vertrag": after a noun, often the noun's
# with a number, after a noun for people, what these open describes them: "Kinder von 3 Monaten bis 6 Jahren",
# "Kinder unter 6 Jahren", "Gruppen ab 10 Personen"
# the reader's possessive in the genitive: "die Pflege Ihres Grabes", "die Pflege Ihrer Eltern" ("Ihrer" may be a
# feminine dative too, but right after a noun it is read with that noun either way)
GENITIVE_POSSESSIVES = frozenset({"ihres", "deines", "eures", "ihrer", "deiner", "eurer"})
IDIOMATIC_GIVING = frozenset({"geben", "schenken"})  # switched to "erhalten" safely only for HANDED_OVER things
# what "geben" hands over, alone or as the end of a compound ("Preisnachlass", "Zufriedenheitsgarantie"), with
# its plural
HANDED_OVER = re.compile(
    r"(rabatt|nachlass|nachlässe|skonto|garantie|gewährleistung|gutschein|gutschrift|antwort|auskunft|rückmeldung"
    r"|überblick|tipp|hinweis|empfehlung|information|bestätigung|bescheinigung|quittung|rechnung|termin|zugang)"
    r"(e|en|n|s)?$"
)
ASIDE_MARKS = frozenset({"–", "—", "…", "..."})
PAIRED_CONJUNCTIONS = frozenset({"sowohl", "weder", "entweder"})
# the labels of a thing's number, size or type, which belong to the noun before them
LABEL_NOUNS = frozenset({"nr", "nummer", "größe", "grösse", "gr", "typ", "modell", "härtegrad", "artikelnummer",
                         "art.-nr", "bestellnummer", "rechnungsnummer", "kundennummer", "baujahr", "stärke", "variante",
                         "farbe", "format"})  # fmt: skip
# a relative clause about the whole sentence: "…, was uns freut", "…, womit …"
SENTENCE_RELATIVES = frozenset({"was", "womit", "wodurch", "weshalb", "weswegen", "worauf", "worüber", "wobei"})
PERSON_NOUN_ENDINGS = ("monteur", "monteurin", "techniker", "technikerin", "berater", "beraterin", "mitarbeiter",
                       "mitarbeiterin", "experte", "expertin", "fachmann", "fachfrau", "handwerker", "meister",
                       "meisterin", "gutachter", "gutachterin", "kollege", "kollegin", "ansprechpartner",
                       "ansprechpartnerin")  # fmt: skip
PEOPLE_ATTRIBUTE_PREPOSITIONS = frozenset({"von", "ab", "unter", "über", "bis", "zwischen", "mit"})
# "…, sobald wir …, und teilen Ihnen mit", "…, aber bieten …": after a comma "aber" links a predicate too
PREDICATE_COORDINATORS = SHARED_SUBJECT_COORDINATORS | {"aber"}
# determiners that read the same after "über" and as the subject (feminine, neuter and plural forms)
SUBJECT_LIKE_DETERMINERS = frozenset({"jede", "jedes", "eine", "ein", "die", "das", "diese", "dieses", "ihre", "ihr",
                                      "deine", "dein", "eure", "euer", "alle", "viele"})  # fmt: skip
SINGULAR_ONLY_DETERMINERS = frozenset({"jede", "jedes", "eine", "ein", "das", "dieses", "ihr", "dein", "euer"})
WISH_VERBS = frozenset({"möchten", "wollen", "wünschen"})  # "Wir möchten, dass Sie …"
# verbs whose dass-clause is what the company assures, hopes or knows: "Dass Sie …, möchten wir sicherstellen"
DASS_OBJECT_VERBS = frozenset({"sicherstellen", "garantieren", "gewährleisten", "versprechen", "hoffen", "wissen",
                               "glauben", "denken", "meinen", "finden"})  # fmt: skip
# verbs of believing: what the company believes may open the sentence whatever it is about
VIEW_VERBS_DE = frozenset({"glauben", "denken", "meinen", "finden", "wissen"})
# verbs whose dass-clause stands with a correlate ("Wir sorgen dafür, dass Sie …"), which moves along with it
CORRELATE_VERBS = frozenset({"sorgen", "achten", "arbeiten"})
AWARE_ADJECTIVES = frozenset({"bewusst", "bewußt", "klar", "wichtig"})  # "Uns ist bewusst, dass …"
COPULAS = frozenset({"sein", "werden", "bleiben"})
NOUN_LIKE_POS = frozenset({"NOUN", "PROPN", "PRON"})
PHRASE_OPENING_ADVERBS = frozenset({"rund", "fast", "beinahe", "nahezu", "etwa", "circa", "ca."})
PREDICATE_NEGATIONS = frozenset({"kein", "keine", "keinen", "keiner", "nicht"})
# pronominal adverbs that point to a clause after them ("freuen uns darauf, …"): the clause is their content
CORRELATES = frozenset({"darauf", "darüber", "daran", "dafür", "davon", "dazu", "damit", "darum", "dabei", "dahin"})
LIGHT_VERB_NOUNS = frozenset({"wert", "rücksicht", "bezug"})  # "Wert legen auf", "Rücksicht nehmen auf"
# verbs and the preposition of their object: a phrase with it after a noun is the verb's, not the noun's
GOVERNED_PREPOSITIONS = {
    "achten": "auf", "setzen": "auf", "verzichten": "auf", "hoffen": "auf", "warten": "auf", "bauen": "auf",
    "konzentrieren": "auf", "spezialisieren": "auf", "beschränken": "auf", "sorgen": "für", "kümmern": "um",
    "bemühen": "um", "orientieren": "an", "arbeiten": "an", "denken": "an", "glauben": "an", "beteiligen": "an",
    "teilnehmen": "an", "beitragen": "zu", "passen": "zu", "gehören": "zu", "bestehen": "aus", "zählen": "zu",
    "verfügen": "über", "informieren": "über", "berichten": "über", "sprechen": "über", "freuen": "über",
}  # fmt: skip
PREDICATE_PLACES = frozenset({"mittelpunkt", "vordergrund", "fokus", "zentrum", "herzen", "stelle"})
VIEW_NOUNS = frozenset({"meinung", "überzeugung", "ansicht", "auffassung"})  # "Wir sind der Meinung, dass …"
VIEW_COPULAS = {"sind": "ist", "waren": "war", "wären": "wäre"}  # the view's verb, with the clause as subject
# the first word of a noun phrase ("typische Kostenfallen", "die Preise", "Ihre Wünsche")
NOUN_PHRASE_START_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "PPOSAT", "PIAT", "PDAT", "CARD"})
# prepositions whose phrase does not open a sentence well: a role, a comparison, a purpose's start, "zu" phrases
# that belong to the verb ("zur Verfügung stellen"), the agent of a passive
UNFRONTED_PREPOSITIONS = frozenset({"als", "wie", "um", "zu", "zum", "zur", "von", "vom"})
# the tags a phrase of place, means or manner ends in (before a closing parenthesis): a noun, name, pronoun, number
PHRASE_END_TAGS = frozenset({"NN", "NE", "PPER", "PRF", "PIS", "PDS", "CARD"})
# adverbs that narrow the phrase after them and would stay behind when it moves
PHRASE_SCOPING_ADVERBS = frozenset({"meistens", "meist", "oft", "häufig", "fast", "etwa", "ca.", "circa", "rund",
                                    "ungefähr", "knapp", "spätestens", "frühestens", "mindestens", "höchstens",
                                    "schon", "bereits", "erst", "noch", "immer", "ganz", "sehr", "direkt", "gleich",
                                    "genau", "vor", "allem"})  # fmt: skip
# an attributive participle: "angelehnte", "umgesetzten", "geschulte" (a prefix, "ge", a stem, -t/-en + ending)
PARTICIPLE_FORM = re.compile(r"^\w*ge\w+(?:t|en)e[nmrs]?$")
GENITIVE_PHRASE_TAGS = frozenset({"ART", "ADJA", "PPOSAT", "PIAT", "NN", "NE", "CARD"})
DEGREE_ADVERBS = frozenset({"ganz", "sehr", "so", "auch", "aber"})  # "ganz besonders": one phrase with the particle
ZU_WITH_A_PHRASE = frozenset({"zu", "zum", "zur"})  # fronted only with more than a bare noun ("zur Grundversorgung …")
# how the company feels about something ("stolz darauf", "dankbar für"), and the words of degree before it
ATTITUDES = frozenset({"stolz", "froh", "dankbar", "glücklich", "begeistert", "happy", "überzeugt", "gespannt"})
DEGREE_WORDS = frozenset({"sehr", "besonders", "ganz", "so", "richtig", "wirklich", "unheimlich", "mächtig"})
MAX_FRONTED_PHRASE = 8  # words: a longer phrase of place or means makes the reader wait for the verb
# clauses of reason, purpose, time and condition that may open the sentence instead of the company ("sodass"
# only follows what it results from; "ob", "wie" are a verb's object)
FRONTABLE_SUBORDINATORS = frozenset({"weil", "da", "damit", "wenn", "sobald", "bevor", "ehe", "nachdem", "bis",
                                     "falls", "sofern", "solange", "obwohl", "obgleich", "während",
                                     "indem"})  # fmt: skip
FRONTABLE_INFINITIVE_SUBORDINATORS = frozenset({"um", "ohne", "statt", "anstatt"})
# the article of common things a business names with "Unser" (a compound takes its last part's): "Unser
# Honig" → "Der Honig", "Unser Röstverfahren" → "Das Röstverfahren"
MASCULINE_THINGS = frozenset({"honig", "käse", "kaffee", "tee", "wein", "raum", "satz", "prozess", "laden", "shop",
                              "service", "preis", "garten", "stand", "standort", "katalog", "kurs", "unterricht",
                              "tarif"})  # fmt: skip
NEUTER_THINGS = frozenset({"öl", "angebot", "verfahren", "jahr", "sortiment", "programm", "restaurant", "hotel", "café",
                           "brot", "fleisch", "bier", "gebäude", "zimmer", "material", "produkt", "menü",
                           "gelände"})  # fmt: skip
# word starts of means of payment a shop takes ("Kreditkarten", "PayPal", "Überweisung", "EC-Karte")
PAYMENT_MEANS = ("kreditkarte", "paypal", "überweisung", "banküberweisung", "ec-karte", "girocard", "lastschrift",
                 "visa", "mastercard", "maestro", "klarna", "sofortüberweisung", "vorkasse", "twint")  # fmt: skip
# pronouns that stand for a noun said before: a clause holding one may not move before that noun
THIRD_PERSON_PRONOUNS = frozenset({"er", "sie", "es", "ihn", "ihm", "ihr", "ihnen"})
VIEW_SUBJECT_PRONOUNS = frozenset({"dies", "das", "es", "dieses", "alles", "nichts", "beides"})
SEPARABLE_PARTICLES = ("an", "zu", "bereit")
# what is only the company's with its owner named: the company and its people, its values, record and skills
OWNED_NOUN_PARTS = ("team", "mitarbeiter", "kolleg", "firma", "unternehmen", "betrieb", "familie", "philosophie",
                    "wert", "erfahrung", "kompetenz", "leidenschaft", "tradition", "geschichte", "stärke", "arbeit",
                    "aufgabe", "leitlinie", "grundsätze", "vision", "expert", "spezialist", "fachkräfte", "ärzt",
                    "mission", "überzeugung", "kunden", "kundinnen", "sicht", "meinung", "haltung",
                    "einstellung", "tätigkeit", "hände", "gründer", "inhaber", "chef", "eltern", "vater",
                    "mutter", "kinder", "oma", "opa")  # fmt: skip
QUALITY_SUFFIXES = ("keit", "heit", "ität", "schaft")  # "Zuverlässigkeit", "Flexibilität", "Leidenschaft"
# what the company aims at, which a sentence may equate with the reader's good ("Unser Ziel ist Ihre Sicherheit");
# compounds end in them ("Unternehmensziel", "Hauptanliegen")
GOAL_NOUNS = ("ziel", "anspruch", "anliegen", "fokus", "schwerpunkt", "priorität", "maßstab", "antrieb", "mission",
              "aufgabe", "auftrag", "wunsch", "ansporn", "motto", "credo", "leidenschaft", "motivation", "lohn",
              "freude", "versprechen")  # fmt: skip

# verb lemma (+ separable particle) → (new verb, participle added at the end or "")
PERSPECTIVE_VERBS = {
    ("bieten", ""): ("erhalten", ""),
    ("bieten", "an"): ("erhalten", ""),
    ("liefern", ""): ("erhalten", ""),
    ("geben", ""): ("erhalten", ""),
    ("gewähren", ""): ("erhalten", ""),
    ("schenken", ""): ("bekommen", "geschenkt"),
    ("senden", ""): ("erhalten", ""),
    ("senden", "zu"): ("erhalten", ""),
    ("schicken", ""): ("erhalten", ""),
    ("schicken", "zu"): ("erhalten", ""),
    ("stellen", "bereit"): ("erhalten", ""),
}
# the customer's own thing as the object ("Wir erstellen Ihr Gutachten" → "Sie erhalten Ihr Gutachten"): making it
# adds that the company makes it, and sending it need not send it to the reader ("Wir schicken Ihren Brief über
# den Atlantik"), so every such switch is offered for a human look only
POSSESSION_VERBS = {
    ("liefern", ""): False,
    ("senden", ""): False,
    ("senden", "zu"): False,
    ("schicken", ""): False,
    ("schicken", "zu"): False,
    ("stellen", "zu"): False,
    ("erstellen", ""): False,
    ("fertigen", ""): False,
    ("fertigen", "an"): False,
}
CONJUGATION = {
    "erhalten": {"sg3": "erhält", "pl": "erhalten", "du": "erhältst", "ihr": "erhaltet"},
    "bekommen": {"sg3": "bekommt", "pl": "bekommen", "du": "bekommst", "ihr": "bekommt"},
    "können": {"sg3": "kann", "pl": "können", "du": "kannst", "ihr": "könnt"},
    "werden": {"sg3": "wird", "pl": "werden", "du": "wirst", "ihr": "werdet"},
    "erfahren": {"sg3": "erfährt", "pl": "erfahren", "du": "erfährst", "ihr": "erfahrt"},
    "sehen": {"sg3": "sieht", "pl": "sehen", "du": "siehst", "ihr": "seht"},
    "hören": {"sg3": "hört", "pl": "hören", "du": "hörst", "ihr": "hört"},
}
IRREGULAR_PRESENT = {"gibt": "geben"}
# verbs whose object is the customer, with their participle, for the passive ("Sie werden … beraten")
PARTICIPLES = {
    ("beraten", ""): "beraten", ("betreuen", ""): "betreut", ("begleiten", ""): "begleitet",
    ("unterstützen", ""): "unterstützt", ("informieren", ""): "informiert", ("bedienen", ""): "bedient",
    ("empfangen", ""): "empfangen", ("holen", "ab"): "abgeholt", ("laden", "ein"): "eingeladen",
    ("versorgen", ""): "versorgt", ("behandeln", ""): "behandelt", ("vertreten", ""): "vertreten",
    ("kontaktieren", ""): "kontaktiert", ("rufen", "an"): "angerufen", ("rufen", "zurück"): "zurückgerufen",
    ("verwöhnen", ""): "verwöhnt", ("begrüßen", ""): "begrüßt", ("schulen", ""): "geschult",
    ("pflegen", ""): "gepflegt", ("besuchen", ""): "besucht", ("benachrichtigen", ""): "benachrichtigt",
    ("erwarten", ""): "erwartet", ("bitten", ""): "gebeten", ("fahren", ""): "gefahren",
    ("abholen", ""): "abgeholt", ("coachen", ""): "gecoacht", ("fördern", ""): "gefördert",
    ("anrufen", ""): "angerufen", ("zurückrufen", ""): "zurückgerufen", ("einladen", ""): "eingeladen",
}  # fmt: skip
ACCUSATIVE_PRONOUN_AS_SUBJECT = {"Sie": ("Sie", "pl"), "dich": ("du", "du"), "Dich": ("Du", "du"),
                                 "euch": ("ihr", "ihr"), "Euch": ("Ihr", "ihr")}  # fmt: skip
SAME_IN_NOMINATIVE = frozenset({"die", "alle", "viele", "beide", "unsere", "ihre", "diese", "eure", "deine", "eine",
                                "jede", "keine"})  # fmt: skip
# verbs that offer something to an unnamed reader ("Wir bieten eine große Auswahl an …")
OFFERING_VERBS = frozenset({("bieten", ""), ("bieten", "an"), ("stellen", "bereit")})
# verbs that tell the reader something, with the reader's verb for it: "Ferner erklären wir die Einzelheiten …"
# → "Ferner erfahren Sie die Einzelheiten …"; the verb changes, so the switch is never safe
EXPLAINING_VERBS = {("erklären", ""): "erfahren", ("erläutern", ""): "erfahren", ("zeigen", ""): "sehen"}
AUXILIARIES = frozenset({"können", "werden"})  # modal and future: "Sie können … erhalten", "Sie werden … erhalten"
# what the company may ask the reader to have, and the imperative for each object it may name the reader with
PATIENCE_NOUNS = frozenset({"verständnis", "geduld", "nachsicht"})
PATIENCE_AMOUNTS = frozenset({"etwas", "ein", "wenig", "noch", "viel"})
PLEADED_READERS = {"Sie": "haben Sie", "euch": "habt", "Euch": "habt", "dich": "hab", "Dich": "hab"}
PRONOUN_NOMINATIVE = {"Ihnen": ("Sie", "pl"), "dir": ("du", "du"), "Dir": ("Du", "du"), "euch": ("ihr", "ihr"),
                      "Euch": ("Ihr", "ihr")}  # fmt: skip
POSSESSIVE_SUBJECT = {"ihr": ("Sie", "pl"), "dein": ("du", "du"), "euer": ("ihr", "ihr"), "eur": ("ihr", "ihr")}
DATIVE_PLURAL = {
    "allen": "alle", "den": "die", "unseren": "unsere", "unsern": "unsere", "ihren": "ihre", "diesen": "diese",
    "vielen": "viele", "beiden": "beide", "euren": "eure", "deinen": "deine",
}  # fmt: skip
DATIVE_SINGULAR_MASCULINE_NEUTER = {
    "dem": "der", "jedem": "jeder", "einem": "ein", "unserem": "unser", "unserm": "unser", "ihrem": "ihr",
    "diesem": "dieser", "deinem": "dein",
}  # fmt: skip
DATIVE_SINGULAR_FEMININE = {
    "der": "die", "jeder": "jede", "einer": "eine", "unserer": "unsere", "ihrer": "ihre", "dieser": "diese",
    "deiner": "deine",
}  # fmt: skip
# nominative singular → dative singular of a company subject ("Unser Team" → "von unserem Team")
COMPANY_DATIVE = {"unser": "unserem", "unsere": "unserer", "das": "dem", "der": "dem", "die": "der"}
NEUTER_CUSTOMERS = frozenset({"mitglied", "kind", "paar"})
# when, how often, since when: a phrase of time takes the Vorfeld without changing what the sentence says
TIME_ADVERBS = frozenset(
    {"täglich", "wöchentlich", "monatlich", "jährlich", "stündlich", "heute", "morgen", "übermorgen", "jetzt",
     "bald", "regelmäßig", "inzwischen", "mittlerweile", "seitdem", "tagsüber", "morgens", "mittags",
     "nachmittags", "abends", "nachts", "werktags", "sonntags", "samstags", "montags", "freitags", "vorab",
     "frühzeitig", "rechtzeitig", "zeitnah", "sofort", "umgehend", "kurzfristig", "ganzjährig", "damals",
     "früher", "einst", "gestern", "vorher", "nachher", "bisher", "seither", "demnächst", "künftig", "zukünftig",
     "derzeit", "zurzeit", "momentan", "aktuell", "wochentags", "jederzeit", "ganztägig", "jeher", "langem",
     "kurzem", "neuestem"}
)  # fmt: skip
TIME_PREPOSITIONS = frozenset({"seit", "während", "ab", "innerhalb", "binnen", "nach", "vor", "am", "im", "in", "um"})
TIME_NOUNS = frozenset(
    {"tag", "woche", "monat", "jahr", "wochenende", "morgen", "abend", "nacht", "mittag", "sommer", "winter",
     "frühjahr", "frühling", "herbst", "saison", "vormittag", "nachmittag", "werktag", "feiertag", "jahren",
     "tagen", "wochen", "monaten", "werktagen", "stunden", "minuten", "langem", "kurzem", "gründung",
     "eröffnung", "beginn", "anfang", "ende", "zukunft", "moment", "augenblick", "jahreswechsel", "januar",
     "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
     "generationen", "jahrzehnten", "uhr", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
     "sonntag"}
)  # fmt: skip
# nouns that end a prepositional time phrase ("seit langer Zeit"); "die Zeit" alone is what one takes, not when
PHRASE_TIME_NOUNS = TIME_NOUNS | {"zeit"}
EVERY_DETERMINERS = frozenset({"jeden", "jede", "jedes", "diesen", "diese", "dieses", "nächsten", "nächste",
                               "letzten", "letzte", "vergangenen", "kommenden", "einmal"})  # fmt: skip
NOUN_COMPLEMENT_STARTS = frozenset({"dass", "daß", "ob", "wie", "was", "wo", "warum"})
EVERY_OBJECT_DETERMINERS = frozenset({"jede", "jeden", "jedes", "jedem", "jeder", "alle", "allen", "sämtliche"})
IDIOMATIC_OBJECTS = frozenset({"bestes", "möglichstes", "bestmögliches", "teil", "beitrag", "rechnung"})
INDEFINITE_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
PLURALS_ENDING_IN_N = ("kunden", "innen", "menschen", "familien", "patienten", "mandanten", "studenten",
                       "abonnenten", "interessenten", "klienten", "eltern", "bauherren")  # fmt: skip


def german_candidates(sentence: Span, lexicon: Lexicon) -> list[Candidate]:
    moved = _opening_clause_moved(sentence, lexicon)
    if moved is not None:
        return moved
    lead = _lead_in(sentence)
    if lead is not None:
        head, clause_span = lead
        return [_after_lead(candidate, head, clause_span) for candidate in _clause_candidates(clause_span, lexicon)]
    trail = clause_before_colon(sentence)
    if trail is not None:
        clause_span, tail = trail
        return [before_trail(candidate, tail) for candidate in _clause_candidates(clause_span, lexicon)]
    return _clause_candidates(sentence, lexicon)


def _opening_clause_moved(sentence: Span, lexicon: Lexicon) -> list[Candidate] | None:
    """ "Während wir dem Teig Ruhe gönnen, arbeiten wir mit großem Fleiß." → "Mit großem Fleiß arbeiten wir,
    während wir dem Teig Ruhe gönnen.": a clause of time, reason or condition in which the company opens the
    sentence moves to its end, and a phrase of the main clause takes the front as it would in "Wir arbeiten mit
    großem Fleiß, während …". Only when the main clause has "wir" right after its verb and no clause of its own;
    None when the sentence does not open so, [] when it does but nothing can move. Never safe."""
    words = words_of(sentence)
    if len(words) < 6 or words[0].lower_ not in FRONTABLE_SUBORDINATORS or voice_of(words[1]) != COMPANY:
        return None
    ensure_tagged(sentence)
    if words[0].tag_ != "KOUS":
        return None
    comma = next((index for index, word in enumerate(words) if word.text == ","), None)
    if comma is None or comma + 3 >= len(words) or words[comma + 2].lower_ != "wir":
        return None
    if (
        words[comma - 1].tag_ not in CLAUSE_FINAL_VERB_TAGS | {"VVPP", "VAPP"}
        or words[comma + 1].tag_ not in FINITE_TAGS
    ):
        return []
    rest, end = words[comma + 3 :], ""
    if rest[-1].text in {".", "!"}:
        rest, end = rest[:-1], rest[-1].text
    if not rest or any(word.text == "," for word in rest):
        return []  # the main clause has a clause of its own: which one the moved clause follows is a guess
    if any(word.lower_ in THIRD_PERSON_PRONOUNS and voice_of(word) != CUSTOMER for word in rest):
        return []  # "…, besprechen wir es mit Ihnen": moved first, "es" would come before the noun it stands for
    text = remember_text(sentence.doc)
    opening = text[words[0].idx : words[comma - 1].idx + len(words[comma - 1].text)]
    main = text[rest[0].idx : rest[-1].idx + len(rest[-1].text)]
    reordered = analyse_sentence(f"Wir {words[comma + 1].text} {main}, {decapitalise(opening)}{end}", "de")
    if reordered is None:
        return []
    return [
        candidate.unsafe()
        for candidate in _clause_candidates(reordered, lexicon)
        if candidate.kind == "fronting" and not candidate.text.startswith(("Wir ", "Unser"))
    ]


def _lead_in(sentence: Span) -> tuple[str, Span] | None:
    """The text before the company's own clause and that clause, when the company speaks after a colon or dash
    ("Frei nach dem Motto: Wir gehen …", "Kontaktieren Sie uns – wir finden …") or after an answer word ("Ja,
    wir bringen …"): the clause is rewritten, the lead-in stays as it was."""
    words = words_of(sentence)
    if words and voice_of(words[0]) == COMPANY:
        return None  # "Unser Versprechen: Wir …": the lead-in itself opens with the company
    for index, word in enumerate(words[:-3]):
        following = words[index + 1]
        answer = index == 0 and word.lower_ in ANSWER_WORDS and following.text == ","
        marked = word.text in CLAUSE_MARKS and index > 0
        if answer:
            following = words[index + 2]
        if (answer or marked) and voice_of(following) == COMPANY and following.lower_ in LEAD_COMPANY_WORDS:
            text = remember_text(sentence.doc)
            return text[words[0].idx : following.idx], sentence.doc[following.i : sentence.end]
        if marked:
            return None  # a dash or colon before something else: the clause after it is not the company's
    return None


def _after_lead(candidate: Candidate, head: str, clause_span: Span) -> Candidate:
    """The rewritten clause after its unchanged lead-in; a clause that began in small letters ("– wir …")
    begins so again, unless its new first word is one written large ("– Ihnen …", "– Die …" after a colon)."""
    text = candidate.text
    if clause_span[0].text[:1].islower() and written_small(text.split(" ", 1)[0], clause_span, "de"):
        text = decapitalise(text)
    # "Als Familienbetrieb: Sie erhalten …": the lead-in may describe the company, and then the reader
    safe = candidate.safe and candidate.kind != "perspective"
    return dataclasses.replace(candidate, text=head + text, lead=head, safe=safe)


def _clause_candidates(sentence: Span, lexicon: Lexicon) -> list[Candidate]:
    clause = main_clause(sentence)
    if clause is None:
        return []
    if clause.finite_tail:
        return _coordinated_verbs_fronted(clause, lexicon)
    identity = _identity_swapped(clause, lexicon)
    if identity is not None:
        return [identity]
    # "…, sobald wir …, und teilen Ihnen mit", "… im Einsatz und bieten Ihnen …": a second predicate shares the
    # subject, so only a fronting keeps the sentence's subject and with it the second predicate's meaning
    shared_subject = (
        _coordinated_predicate(clause)
        or verb_phrase_continues(clause.nachfeld)
        or any(token.lower_ in {"und", "oder"} for token in clause.right_bracket)
        or (bool(clause.nachfeld) and clause.nachfeld[0].lower_ in {"und", "oder"})
    )  # "unterstützen und begleiten", "… gewährleisten und … vermeiden": a switch would have to change both
    clause_first = (
        _dass_clause_first(clause, lexicon)
        or _view_noun_clause_first(clause, lexicon)
        or _subject_clause_first(clause, lexicon)
        or _joy_clause_first(clause, lexicon)
        or _joy_about_first(clause)
    )
    if clause_first is not None:
        return [clause_first]
    subject = _company_subject(clause, lexicon)
    if subject is None:
        view = (_view_after_the_verb(clause) or _concern_first(clause)) if not shared_subject else None
        return [view] if view is not None else []
    if clause.finite.tag_ == "VVFIN" and _modal_zu_infinitive(clause.right_bracket):
        return []  # "Wir bedauern Ihnen … anbieten zu können": the Mittelfeld is the infinitive clause's
    if clause.finite.tag_ == "VVFIN" and _foreign_zu_infinitive(clause):
        return []  # "Wir hoffen dich bald wieder zu treffen": "dich" is the infinitive's, not "hoffen"'s
    scoped = any(token.lower_ in SCOPE_WORDS for part in clause.middle for token in part.tokens)
    scoped = scoped or _manner_or_attribute(clause)
    fronted = _front(clause, subject, lexicon)
    if shared_subject:
        # "Ihre Hecke schneiden wir, mähen Ihren Rasen und …": the first predicate's object leads and the others
        # follow lopsided, so a moved object is for review; "Für Sie sind wir … und bieten …" stays safe
        if fronted is not None and not _fits_both_predicates(clause, subject, lexicon):
            fronted = dataclasses.replace(fronted, safe=False)
        found = [fronted] if fronted is not None else []
    else:
        found = [
            candidate
            for candidate in (
                _perspective(clause, subject, lexicon),
                fronted,
                _passive(clause, subject, lexicon),
                _wish_for_reader(clause, subject, lexicon),
                _reply_promised(clause, subject),
                _plea_for_patience(clause, subject),
                _request_as_imperative(clause, subject),
                _payment_accepted(clause, subject),
            )
            if candidate is not None
        ]
    if not found and not shared_subject:
        attitude = _attitude_first(clause, subject)
        found = [attitude] if attitude is not None else []
    if not found and subject == -1 and not shared_subject:
        neutral = _article_for_possessive(sentence, clause, lexicon)
        found = [neutral] if neutral is not None else []
    # "Wir behandeln die Vertragsmodelle, typische Kostenfallen und geben …": the list of objects goes on (not
    # after a right bracket: "Wir haben … ins Netz geführt, regionale Dienstleister … gebracht")
    objects_go_on = shared_subject and not clause.right_bracket
    objects_go_on = objects_go_on and len(clause.nachfeld) > 1 and clause.nachfeld[0].text == ","
    objects_go_on = objects_go_on and clause.nachfeld[1].tag_ in NOUN_PHRASE_START_TAGS
    if not found and not objects_go_on:
        # a clause about the reader ("…, damit Sie …") before a time or an object, any other clause after them;
        # with a second predicate ("… und respektieren …") only a phrase of the first moves, the subject stays
        clause_first = None if shared_subject else _adverbial_clause_first(clause, subject, lexicon)
        about_reader = clause_first is not None and any(voice_of(token) == CUSTOMER for token in clause.nachfeld)
        reordered = [clause_first] if about_reader else []
        reordered += [_front_time_or_object(clause, subject, lexicon), clause_first]
        reordered.append(_front_prepositional(clause, subject, lexicon))
        reordered.append(_front_predicate(clause, subject, lexicon))
        found = [candidate for candidate in reordered if candidate is not None][:1]
    # negation, "nur", "auch" take scope over what follows them: a new word order may change what they mean
    return [candidate.unsafe() if scoped else candidate for candidate in found]


def _coordinated_verbs_fronted(clause: MainClause, lexicon: Lexicon) -> list[Candidate]:
    """ "Wir experimentieren und lernen jeden Tag." → "Jeden Tag experimentieren und lernen wir.": two verbs
    share the subject and the Mittelfeld, so the subject stays and only a phrase of the Mittelfeld may take the
    front, as in any sentence whose subject a second predicate shares; for review only."""
    subject = _company_subject(clause, lexicon)
    if subject is None:
        view = _view_after_the_verb(clause)  # "Für uns stand und steht die Qualität …"
        return [view] if view is not None else []
    candidates = (
        _front(clause, subject, lexicon),
        _front_time_or_object(clause, subject, lexicon),
        _front_prepositional(clause, subject, lexicon),
    )
    return [candidate.unsafe() for candidate in candidates if candidate is not None][:1]


def _manner_or_attribute(clause: MainClause) -> bool:
    """An adjective in its short form right before an inflected one ("schnell frische Ware", "akut kranke
    Menschen"): whether it says how the verb acts or what the noun is cannot be told from the tags, so no new
    word order is offered as safe."""
    tokens = [token for part in clause.middle for token in part.tokens]
    return any(
        token.tag_ == "ADJD" and following.tag_ == "ADJA" and token.lower_ not in GRADING_WORDS
        for token, following in itertools.pairwise(tokens)
    )


def _identity_swapped(clause: MainClause, lexicon: Lexicon) -> Candidate | None:
    """ "Unser Ziel ist Ihre Zufriedenheit." → "Ihre Zufriedenheit ist unser Ziel.": in a sentence that equates
    the company's goal with the reader's good, the reader's side takes the Vorfeld. Both sides are nominative
    and "sein" agrees with them as before, so every word stays: a fronting, verified like one."""
    vorfeld = clause.vorfeld
    if clause.finite.lemma_.lower() != "sein" or clause.right_bracket or not clause.middle:
        return None
    determiner = vorfeld.determiner
    if vorfeld.kind != "noun" or vorfeld.has_clause or determiner is None:
        return None
    if determiner.lower_ not in {"unser", "unsere"} or not vorfeld.head.lower_.endswith(GOAL_NOUNS):
        return None  # "Unser Team ist Ihr Partner": a role, not an equation ("Ihr Partner ist unser Team")
    noun, *attributes = clause.middle  # "eine Leistung | für Entwurf, Planung …": the noun's own phrases
    if noun.kind != "noun" or any(part.kind != "prepositional" for part in attributes):
        return None
    last, nachfeld = _with_relative_clause(clause, len(clause.middle) - 1)
    whole = [token for part in clause.middle[:-1] for token in part.tokens] + list(last.tokens)
    predicate = Constituent(tuple(whole), "noun", noun.head, None)
    if nachfeld or any(token.tag_ in FINITE_TAGS for part in clause.middle for token in part.tokens):
        return None
    about_reader = not attributes and not predicate.has_clause and _customer_noun_phrase(predicate, lexicon)
    if not about_reader and not _named_goal(noun):
        return None
    if _coordinated_head(
        Constituent(tuple(token for part in clause.middle for token in part.tokens), "noun", noun.head)
    ):
        return None  # "Ihre Sicherheit und Ihr Komfort" would need the plural verb
    parts = [clause.link.text] if clause.link is not None else []
    front = _text(predicate) + ("," if last is not clause.middle[-1] else "")  # after a relative clause
    parts += [front if parts else capitalise(front), clause.finite.text, decapitalise_phrase(vorfeld)]
    text = join_parts(parts, (), clause.closing)
    plain_goal = vorfeld.head.lower_.endswith(("ziel", "anliegen", "priorität", "auftrag", "mission"))
    return Candidate(text, "fronting", plain_goal and about_reader, changed=frozenset(), right_bracket=())


def _named_goal(predicate: Constituent) -> bool:
    """ "die Zufriedenheit des Patienten", "eine ganzheitliche Leistung für Entwurf …": a noun phrase with an
    article that names what the goal is, not the company's own thing ("unsere Leidenschaft", which would open
    with the company again)."""
    determiner = predicate.determiner
    return determiner is not None and determiner.tag_ == "ART" and voice_of(predicate.tokens[1]) != COMPANY


def _coordinated_head(part: Constituent) -> bool:
    """ "und"/"oder" that joins the phrase's own nouns ("Ihre Sicherheit und Ihr Komfort"), not words inside an
    attribute after its head ("die Zufriedenheit des Patienten und seiner Angehörigen", "eine Leistung für
    Entwurf und Planung")."""
    head = next((index for index, token in enumerate(part.tokens) if token.tag_ in {"NN", "NE"}), len(part.tokens))
    for index, token in enumerate(part.tokens):
        if token.lower_ not in {"und", "oder", "sowie"}:
            continue
        attribute = any(
            word.tag_ in {"APPR", "APPRART"} or word.lower_ in {"des", "der"} for word in part.tokens[head + 1 : index]
        )
        if not attribute:
            return True
    return False


def _reply_promised(clause: MainClause, subject: int) -> Candidate | None:
    """ "Wir melden uns zeitnah bei Ihnen." → "Sie hören zeitnah von uns."; "Wir werden uns umgehend bei Ihnen
    melden." → "Sie werden umgehend von uns hören.": the promised reply as the reader hears it. The reader named
    after "bei" gives the person; the words change, so it is never safe."""
    if subject != -1 or clause.vorfeld.head.lower_ != "wir" or not clause.middle:
        return None
    bracket = [token.lower_ for token in clause.right_bracket]
    future = clause.finite.lower_ == "werden" and bracket == ["melden"]
    if not future and (clause.finite.lower_ != "melden" or bracket not in ([], ["zurück"])):
        return None
    if clause.middle[0].kind != "pronoun" or clause.middle[0].head.lower_ != "uns":
        return None
    reader = next((part for part in clause.middle if _reader_after_bei(part)), None)
    if reader is None:
        return None  # without "bei Ihnen" the reader's form of address is unknown
    new_subject, person = PRONOUN_NOMINATIVE[reader.head.text]
    verb = CONJUGATION["werden" if future else "hören"][person]
    rest = [_text(part) for part in clause.middle[1:] if part is not reader]
    parts = [clause.link.text] if clause.link is not None else []
    parts += [new_subject if parts else capitalise(new_subject), verb, *rest, "von uns"]  # "zurück" goes with it
    if future:
        parts.append("hören")
    text = join_parts(parts, clause.nachfeld, clause.closing)
    changed = frozenset({"wir", "uns", "melden", "werden", "bei", "zurück", "von", "hören", verb})
    return Candidate(text, "perspective", False, changed=changed, right_bracket=("hören",) if future else ())


def _plea_for_patience(clause: MainClause, subject: int) -> Candidate | None:
    """ "Wir bitten um Verständnis, dass …" → "Bitte haben Sie Verständnis, dass …"; "Daher bitten wir Sie um
    Geduld." → "Haben Sie daher bitte Geduld.": what the company asks for, as the reader is asked to have it,
    as editors rewrite such requests. Only for understanding, patience and forbearance; the reader's form of
    address comes from the object ("Sie", "euch", "dich") or the page; never safe."""
    if clause.finite.lemma_.lower() != "bitten" or clause.right_bracket or clause.link is not None:
        return None
    others = [part for index, part in enumerate(clause.middle) if index != subject]
    plea = others[-1] if others else None
    if plea is None or plea.preposition is None or plea.preposition.lower_ != "um":
        return None
    if plea.tokens[-1].lower_ not in PATIENCE_NOUNS:
        return None
    if any(token.lower_ not in PATIENCE_AMOUNTS for token in plea.tokens[1:-1]):
        return None  # "um Ihr Verständnis": the reader cannot be asked to have their own
    reader = others[0] if others[0].kind == "pronoun" and others[0].head.text in PLEADED_READERS else None
    adverbs = [part for part in others[:-1] if part is not reader]
    if any(part.kind != "adverb" for part in adverbs):
        return None
    informal = clause.finite.doc._.address == "informal"
    if reader is None and informal:
        return None  # "du" or "ihr": the page does not say which
    imperative = PLEADED_READERS[reader.head.text] if reader is not None else "haben Sie"
    noun = " ".join(token.text for token in plea.tokens[1:])
    middle = " ".join(_text(part) for part in adverbs)
    if subject == -1:  # "Wir bitten …" → "Bitte haben Sie …"
        words = ["Bitte", imperative, middle, noun]
    else:  # "Daher bitten wir …" → "Haben Sie daher bitte …": the adverb stays, "bitte" follows it
        words = [capitalise(imperative), decapitalise_phrase(clause.vorfeld), middle, "bitte", noun]
    text = join_parts([word for word in words if word], clause.nachfeld, clause.closing)
    changed = frozenset({"wir", "bitten", "um", "bitte", "haben", "hab", "habt", "sie", "euch", "dich"})
    return Candidate(text, "perspective", False, changed=changed)


def _request_as_imperative(clause: MainClause, subject: int) -> Candidate | None:
    """ "Wir bitten Sie, uns rechtzeitig zu informieren." → "Bitte informieren Sie uns rechtzeitig."; "Wir
    bitten darum, die Uhrzeiten einzuhalten." → "Bitte halten Sie die Uhrzeiten ein.": what the company asks
    the reader to do becomes a polite request to the reader, as editors rewrite house rules and terms. Only
    with "wir" first, the formal reader ("Sie" as the object, or a page that does not say "du"), and one
    zu-infinitive that ends the sentence; never safe."""
    if subject != -1 or clause.finite.lower_ != "bitten" or clause.link is not None:
        return None
    middle = list(clause.middle)
    reader = bool(middle) and middle[0].kind == "pronoun" and middle[0].head.text == "Sie"
    middle = middle[1:] if reader else middle
    if middle and len(middle[0].tokens) == 1 and middle[0].head.lower_ == "darum":
        middle = middle[1:]
    if not reader and clause.finite.doc._.address == "informal":
        return None  # "du" or "ihr": the imperative would need their form
    if not middle and not clause.right_bracket and len(clause.nachfeld) > 2 and clause.nachfeld[0].text == ",":
        body = list(clause.nachfeld[1:])
    elif reader and middle and clause.right_bracket and not clause.nachfeld:  # the comma left out
        body = [token for part in middle for token in part.tokens] + list(clause.right_bracket)
    else:
        return None
    verbs = [index for index, token in enumerate(body) if token.tag_ in {"VVINF", "VAINF", "VMINF", "VVIZU"}]
    if verbs != [len(body) - 1] or any(t.tag_ in FINITE_TAGS or t.tag_ in {"KOUS", "KOUI", "PRELS"} for t in body):
        return None  # one infinitive at the end, no clause of its own inside
    last = body[-1]
    if last.tag_ == "VVIZU":  # "einzuhalten": the particle goes to the end, "halten" after "Bitte"
        lemma, form = last.lemma_.lower(), last.lower_
        particle = form[: form.find("zu")] if "zu" in form[1:] else ""
        if not particle or not lemma.startswith(particle) or len(lemma) <= len(particle):
            return None
        verb, rest, closing_particle = lemma[len(particle) :], body[:-1], [particle]
    elif len(body) > 1 and body[-2].tag_ == "PTKZU":
        verb = "seien" if last.lower_ == "sein" else last.text  # "pünktlich zu sein" → "Bitte seien Sie pünktlich"
        rest, closing_particle = body[:-2], []
    else:
        return None
    words = ["Bitte", verb, "Sie", join(rest), *closing_particle]
    text = join_parts([word for word in words if word], (), clause.closing)
    changed = frozenset({"wir", "bitten", "bitte", "sie", "darum", "zu", last.lower_, verb.lower(), *closing_particle})
    return Candidate(text, "perspective", False, changed=changed)


def _payment_accepted(clause: MainClause, subject: int) -> Candidate | None:
    """ "Wir akzeptieren Kreditkarten, PayPal und Überweisung." → "Sie können mit Kreditkarten, PayPal und
    Überweisung bezahlen.": the means of payment a shop takes, as what the reader can pay with, as editors
    rewrite checkout pages. Only a plain "wir", "akzeptieren" or "nehmen … an", and a list that names a means
    of payment (not cash: "mit Bargeld" would not read right); never safe."""
    if subject != -1 or not _is_wir(clause.vorfeld) or len(clause.vorfeld.tokens) != 1 or clause.nachfeld:
        return None
    bracket = [token.lower_ for token in clause.right_bracket]
    taking = (clause.finite.lemma_.lower() == "akzeptieren" and not bracket) or (
        clause.finite.lemma_.lower() == "nehmen" and bracket == ["an"]
    )
    if not taking or len(clause.middle) != 1 or clause.middle[0].kind != "noun":
        return None
    means = clause.middle[0]
    words = [token.lower_ for token in means.tokens]
    if not any(word.startswith(PAYMENT_MEANS) for word in words) or any(word.startswith("bar") for word in words):
        return None
    if any(token.tag_ in {"ART", "PIAT", "PIDAT", "PDAT", "PPOSAT", "ADJA"} for token in means.tokens):
        return None  # "alle gängigen Kreditkarten", "keine Schecks": after "mit" they would need the dative
    reader = "Du kannst" if clause.finite.doc._.address == "informal" else "Sie können"
    text = f"{reader} mit {_text(means)} bezahlen{clause.closing}"
    changed = frozenset({"wir", "akzeptieren", "nehmen", "an", "sie", "können", "du", "kannst", "mit", "bezahlen"})
    return Candidate(text, "perspective", False, changed)


def _reader_after_bei(part: Constituent) -> bool:
    """ "bei Ihnen", "bei dir", "bei euch": the reader as the one the company turns to."""
    preposition = part.preposition
    return (
        part.kind == "prepositional"
        and preposition is not None
        and preposition.lower_ == "bei"
        and len(part.tokens) == 2
        and part.head.text in PRONOUN_NOMINATIVE
        and voice_of(part.head) == CUSTOMER
    )


def _modal_zu_infinitive(bracket: tuple[Token, ...]) -> bool:
    """ "anbieten zu können", "begrüßen zu dürfen": an infinitive clause with its own modal, which no comma sets
    off, so the Mittelfeld before it may be that clause's ("Ihnen … anbieten"). A plain zu-infinitive ("Wir
    wissen Ihre Geduld zu schätzen", "Wir empfehlen Dir, … zu kaufen") leaves the Mittelfeld to the main verb."""
    tags = [token.tag_ for token in bracket]
    return "PTKZU" in tags and any(tag in {"VMINF", "VAINF"} for tag in tags[tags.index("PTKZU") + 1 :])


def _foreign_zu_infinitive(clause: MainClause) -> bool:
    """A zu-infinitive in the right bracket, with no comma before it, after a verb that takes no object of its
    own there ("hoffen", "planen"): the Mittelfeld belongs to the infinitive. Verbs that ask, advise or help
    someone to do something ("bitten", "empfehlen", "helfen") and those the infinitive joins into one verb
    ("wissen … zu schätzen", "versuchen") keep theirs."""
    tags = {token.tag_ for token in clause.right_bracket}
    return bool(tags & {"PTKZU", "VVIZU"}) and clause.finite.lemma_.lower() not in ZU_OBJECT_VERBS


def _view_after_the_verb(clause: MainClause) -> Candidate | None:
    """ "Für uns ist dies nicht nur ein Qualitätsversprechen." → "Dies ist für uns nicht nur ein
    Qualitätsversprechen."; "Uns liegt Ihre Zufriedenheit am Herzen." → "Ihre Zufriedenheit liegt uns am
    Herzen."; "Außerdem ist uns ein freundlicher Umgang wichtig." → "Ein freundlicher Umgang ist uns außerdem
    wichtig.": the subject takes the Vorfeld and the company's view follows the verb. The first Mittelfeld
    phrase after the company is read as the subject, which a rare object-first order would belie: for review
    only."""
    vorfeld, middle = clause.vorfeld, list(clause.middle)
    experiencer = _view_holder(vorfeld)
    linking = None
    if experiencer is None and _linking_vorfeld(vorfeld) and middle and _dative_uns(middle[0]):
        experiencer, linking, middle = middle[0], vorfeld, middle[1:]  # "Außerdem ist uns …"
    adverbs = list(itertools.takewhile(lambda part: part.kind == "adverb", middle))  # "immer", stay after
    middle = middle[len(adverbs) :]
    if experiencer is None or not middle:
        return None
    subject = middle[0]
    focus = SCOPE_WORDS | FOCUS_PARTICLES  # "Uns reizen besonders Aufgaben": behind the verb it would grade it
    if any(token.lower_ in focus for part in [*adverbs, subject] for token in part.tokens) or _contrasted(clause):
        return None  # "Für uns steht nicht der Umsatz im Vordergrund, sondern …", "nur die Qualität": scope moves
    if subject.kind == "pronoun" and subject.head.lower_ not in VIEW_SUBJECT_PRONOUNS:
        return None  # "Für uns sind Sie …": the reader's sentence already
    if subject.kind not in {"noun", "pronoun"} or (subject.kind == "pronoun" and experiencer.kind == "pronoun"):
        return None  # "Uns geht es um …": "es" is no subject to move
    # a prepositional phrase right after a noun may be its attribute ("die vielen Begriffe in dem Thema"): the
    # two move together; "im Mittelpunkt", "am Herzen" are where the subject stands, and stay
    following = middle[1] if len(middle) > 1 else None
    if subject.has_clause and following is not None and following.kind == "noun":
        return None  # "die Arbeitskultur, d.h. der Begriff …": where the subject ends is a guess
    attribute = following is not None and following.kind == "prepositional" and not _fixed_adverbial(following)
    attribute = attribute and subject.head.tag_ not in PRONOUN_TAGS and not _predicate_place(following)
    moved = 2 if attribute else 1
    parts = [clause.link.text] if clause.link is not None else []
    front = " ".join(_text(part) for part in middle[:moved])
    holder = decapitalise_phrase(experiencer) if experiencer is vorfeld else _text(experiencer)
    parts += [front if parts else capitalise(front), clause.finite_text, holder]
    parts += [decapitalise_phrase(linking)] if linking is not None else []
    parts += [_text(part) for part in [*adverbs, *middle[moved:]]]
    parts += [token.text for token in clause.right_bracket]
    text = join_parts(parts, clause.nachfeld, clause.closing)
    return Candidate(text, "fronting", False, changed=frozenset(), right_bracket=_bracket(clause))


def _concern_first(clause: MainClause) -> Candidate | None:
    """ "Es geht uns um Qualität." / "Uns geht es um Qualität." → "Um Qualität geht es uns.": what the company
    is concerned with opens the sentence, "es uns" follows the verb. Offered for review only."""
    if clause.finite.lemma_.lower() != "gehen" or clause.right_bracket or clause.link is not None:
        return None
    if _contrasted(clause) or any(token.lower_ in SCOPE_WORDS for part in clause.middle for token in part.tokens):
        return None  # "Uns geht es nicht um Profit, sondern um Menschen"
    parts = [clause.vorfeld, *clause.middle]
    words = [part.head.lower_ for part in parts if part.kind == "pronoun"]
    concern = parts[-1]
    if sorted(words) != ["es", "uns"] or concern.preposition is None or concern.preposition.lower_ != "um":
        return None
    adverbs = [part for part in parts if part.kind == "adverb"]
    if len(adverbs) + 3 != len(parts):
        return None
    moved, nachfeld = _with_relative_clause(clause, len(clause.middle) - 1)
    front = _text(moved) + ("," if moved is not concern else "")
    words_out = [capitalise(front), clause.finite.text, "es", "uns", *(_text(part) for part in adverbs)]
    return Candidate(join_parts(words_out, nachfeld, clause.closing), "fronting", False, changed=frozenset())


def _contrasted(clause: MainClause) -> bool:
    """ "…, sondern …" after the verb: the first half of the contrast would be torn from the second."""
    words = [token.lower_ for part in clause.middle for token in part.tokens] + [t.lower_ for t in clause.nachfeld]
    return "sondern" in words


def _view_holder(vorfeld: Constituent) -> Constituent | None:
    """The company as the one whose view the sentence gives, in the Vorfeld: "Für uns", "Für unser Team",
    "Uns" (a dative)."""
    words = [token.lower_ for token in vorfeld.tokens]
    if vorfeld.kind == "prepositional" and words[0] == "für" and voice_of(vorfeld.tokens[1]) == COMPANY:
        return vorfeld
    return vorfeld if _dative_uns(vorfeld) else None


def _dative_uns(part: Constituent) -> bool:
    return part.kind == "pronoun" and len(part.tokens) == 1 and part.head.lower_ == "uns"


def _linking_vorfeld(vorfeld: Constituent) -> bool:
    """ "Außerdem", "Deshalb": a linking adverb that may follow the verb once something else opens."""
    words = [token.lower_ for token in vorfeld.tokens]
    return vorfeld.kind == "adverb" and all(w in LINKING_ADVERBS["de"] and w not in VORFELD_BOUND for w in words)


def _predicate_place(part: Constituent) -> bool:
    """ "im Mittelpunkt", "im Vordergrund", "am Herzen", "an erster Stelle": where something stands or lies,
    the verb's own phrase, never a noun's attribute."""
    return part.kind == "prepositional" and part.tokens[-1].lower_ in PREDICATE_PLACES


def _wish_for_reader(clause: MainClause, subject: int, lexicon: Lexicon) -> Candidate | None:
    """ "Wir möchten, dass dein Aufenthalt angenehm verläuft." → "Dein Aufenthalt soll angenehm verlaufen.": the
    company's wish for the reader, said from the reader's side. Only for one plain dass-clause whose subject is
    the reader (formal "Sie"), the reader's own or customers, never "du" ("Du sollst …" reads as an order). The
    wish becomes "sollen", a shift in tone, so it is never safe."""
    if subject != -1 or clause.finite.lower_ not in WISH_VERBS or clause.middle or clause.right_bracket:
        return None
    nachfeld = list(clause.nachfeld)
    if len(nachfeld) < 4 or nachfeld[0].text != "," or nachfeld[1].lower_ != "dass":
        return None
    body, finite = nachfeld[2:-1], nachfeld[-1]
    # a plural finite verb has the infinitive's form, and the tagger may read it as one ("dass Sie sich wohlfühlen")
    if finite.tag_ not in CLAUSE_FINAL_VERB_TAGS or any(token.text == "," for token in body):
        return None
    if any(token.tag_ in CLAUSE_FINAL_VERB_TAGS | {"VVIZU"} for token in body):
        return None  # "zufrieden sind und wiederkommen", "wohlfühlen können": more than one verb to turn
    infinitive = finite.lemma_
    if not infinitive.islower() or not infinitive.endswith("n"):
        return None
    if body[0].text == "Sie" and voice_of(body[0]) == CUSTOMER:
        reader, plural = [body[0]], True
    else:
        phrase = noun_phrase_at(body)
        if phrase is None or not _customer_noun_phrase(phrase, lexicon):
            return None
        reader, plural = list(phrase.tokens), finite.lower_ == "sind" or finite.lower_.endswith("en")
    rest = body[len(reader) :]
    if not rest:
        return None
    words = [capitalise(join(reader)), "sollen" if plural else "soll", join(rest), infinitive]
    parts = [clause.link.text, decapitalise(words[0]), *words[1:]] if clause.link is not None else words
    text = " ".join(parts) + clause.closing
    changed = frozenset({clause.finite.lower_, "dass", "soll", "sollen", finite.lower_, infinitive})
    return Candidate(text, "perspective", False, changed)


def _dass_clause_first(clause: MainClause, lexicon: Lexicon) -> Candidate | None:
    """ "Wir möchten sicherstellen, dass Sie zufrieden sind." → "Dass Sie zufrieden sind, möchten wir
    sicherstellen.": a dass-clause about the reader that is the object of what the company assures, hopes or
    knows moves before it; after a verb of believing ("Wir meinen, dass gutes Fleisch kein Luxus sein darf.")
    any clause that does not open with the company does. Every word stays; a clause in the Vorfeld is beyond
    what the verifier reads again, and the weight moves, so it is offered for review only."""
    vorfeld = clause.vorfeld
    if vorfeld.kind != "pronoun" or len(vorfeld.tokens) != 1 or vorfeld.head.lower_ != "wir":
        return None
    if any(part.kind != "adverb" for part in clause.middle):
        return None
    verb = clause.right_bracket[-1] if clause.right_bracket else clause.finite
    correlated = bool(clause.middle) and clause.middle[-1].head.tag_ == "PROAV"
    if verb.lemma_.lower() not in DASS_OBJECT_VERBS and not (verb.lemma_.lower() in CORRELATE_VERBS and correlated):
        return None
    body = _dass_clause(clause.nachfeld)
    if body is None:
        return None
    viewed = verb.lemma_.lower() in VIEW_VERBS_DE and not _company_leads(body, lexicon)
    if not viewed and not _reader_leads(body, lexicon):
        return None
    middle = list(clause.middle)
    front = join(list(clause.nachfeld[1:]))
    if correlated:  # "glauben daran, dass …", "sorgen dafür, dass …": the clause takes its correlate along
        front = f"{middle.pop().head.text}, {front}"
    words = [capitalise(front) + ",", clause.finite.text, decapitalise_phrase(vorfeld)]
    words += [_text(part) for part in middle] + [token.text for token in clause.right_bracket]
    words = [clause.link.text, decapitalise(words[0]), *words[1:]] if clause.link is not None else words
    text = " ".join(words) + clause.closing
    return Candidate(text, "fronting", False)


def _view_noun_clause_first(clause: MainClause, lexicon: Lexicon) -> Candidate | None:
    """ "Wir sind der Meinung, dass Streichinstrumente mehr bieten sollten." → "Dass Streichinstrumente mehr
    bieten sollten, ist unsere Meinung.": the view comes first, the company's holding it last. Not a clause
    the company opens ("dass wir …"), nor with anything else in the Mittelfeld ("felsenfest der Überzeugung"
    would have no place). The verb changes with its subject, so it is offered for review only."""
    vorfeld, middle = clause.vorfeld, clause.middle
    if not _is_wir(vorfeld) or len(vorfeld.tokens) != 1 or clause.right_bracket or len(middle) != 1:
        return None
    view = middle[0]
    if [token.lower_ for token in view.tokens[:1]] != ["der"] or len(view.tokens) != 2:
        return None
    singular = VIEW_COPULAS.get(clause.finite.lower_)
    if view.head.lower_ not in VIEW_NOUNS or singular is None:
        return None
    body = _dass_clause(clause.nachfeld)
    if body is None or _company_leads(body, lexicon):
        return None
    front = capitalise(join(list(clause.nachfeld[1:])))
    words = [clause.link.text, decapitalise(front)] if clause.link is not None else [front]
    text = f"{' '.join(words)}, {singular} unsere {view.head.text}{clause.closing}"
    return Candidate(
        text, "fronting", False, changed=frozenset({"wir", clause.finite.lower_, singular, "der", "unsere"})
    )


def _subject_clause_first(clause: MainClause, lexicon: Lexicon) -> Candidate | None:
    """ "Unser Ziel ist es, Ihnen das beste Brot zu backen." → "Ihnen das beste Brot zu backen, ist unser
    Ziel."; "Es ist uns wichtig, dass Sie sich wohlfühlen." → "Dass Sie sich wohlfühlen, ist uns wichtig.";
    "Uns ist immer bewusst, dass …" → "Dass …, ist uns immer bewusst.": where the company's goal, concern or
    awareness is the predicate of a dass- or zu-clause, the clause takes the Vorfeld and the placeholder "es"
    goes, as editors rewrite mission statements. Not a dass-clause the company opens ("dass wir …"). A clause
    in the Vorfeld is beyond what the verifier reads again, and the weight moves, so it is offered for review."""
    if clause.finite.lemma_.lower() != "sein" or clause.right_bracket or clause.link is not None:
        return None
    vorfeld, middle = clause.vorfeld, list(clause.middle)
    placeholder = [part for part in middle if part.kind == "pronoun" and part.head.lower_ == "es"]
    rest = [part for part in middle if part not in placeholder]
    if vorfeld.kind == "pronoun" and vorfeld.head.lower_ == "es" and len(vorfeld.tokens) == 1:
        judged = rest  # "Es ist uns wichtig, …", "Es ist unser Anliegen, …": the placeholder opened it
    elif _is_goal(vorfeld) or (vorfeld.kind == "pronoun" and vorfeld.head.lower_ == "uns"):
        judged = [vorfeld, *rest]  # "Unser Ziel ist es, …", "Uns ist es wichtig, …"
    else:
        return None
    if len(placeholder) > 1 or not _judgement(judged):
        return None
    body = _dass_clause(clause.nachfeld) or _infinitive_clause(clause.nachfeld)
    if body is None or (voice_of(body[0]) == COMPANY and not _reader_leads(body, lexicon)):
        return None  # "dass wir pünktlich sind" would open with the company again; "dass unsere Kunden …" not
    front = capitalise(join(list(clause.nachfeld[1:]))) + ","
    # "uns" first, the predicate ("wichtig", "unser oberstes Ziel") last: "…, ist uns stets wichtig"
    judged.sort(key=lambda part: 0 if part.kind == "pronoun" else 2 if _valued(part) else 1)
    parts = [front, clause.finite.text]
    parts += [decapitalise_phrase(part) if part is vorfeld else _text(part) for part in judged]
    return Candidate(join_parts(parts, (), clause.closing), "fronting", False, changed=frozenset({"es"}))


def _is_goal(part: Constituent) -> bool:
    """ "Unser Ziel", "unser oberstes Anliegen": the company's own goal, concern or mission."""
    determiner = part.determiner
    return (
        part.kind == "noun"
        and not part.has_clause
        and determiner is not None
        and determiner.lower_[:5] == "unser"
        and part.head.lower_.endswith(GOAL_NOUNS)
    )


def _judgement(parts: list[Constituent]) -> bool:
    """The company's goal ("unser Ziel") or its concern or awareness ("uns … wichtig", "uns eine Freude"), with
    nothing else but adverbs: what a dass- or zu-clause can be the subject of."""
    goal = any(_is_goal(part) for part in parts)
    company = goal or any(part.kind == "pronoun" and part.head.lower_ == "uns" for part in parts)
    others = [part for part in parts if part.kind not in {"adverb", "pronoun"} and not _valued(part)]
    return company and any(_valued(part) for part in parts) and not others


def _valued(part: Constituent) -> bool:
    """ "wichtig", "bewusst", "unser Ziel", "eine Freude": what the company values, aims at or knows."""
    return part.head.lower_ in AWARE_ADJECTIVES or part.head.lower_.endswith(GOAL_NOUNS)


def _infinitive_clause(nachfeld: tuple[Token, ...]) -> list[Token] | None:
    """The words of a Nachfeld that is one zu-infinitive clause to the end (", Ihnen das beste Brot zu
    backen"), with at most relative clauses inside it; None for anything else."""
    if len(nachfeld) < 3 or nachfeld[0].text != ",":
        return None
    body = list(nachfeld[1:])
    if not _only_relative_commas(body) or body[0].lower_ in FRONTABLE_INFINITIVE_SUBORDINATORS:
        return None  # ", um … zu …" is a purpose, not what the goal is
    own = list(itertools.takewhile(lambda token: token.text != ",", body))  # before a relative clause
    return body if _ends_in_zu_infinitive(own) else None


def _ends_in_zu_infinitive(tokens: list[Token]) -> bool:
    """ "… zu backen", "… anzubieten": the words end in an infinitive with "zu"."""
    if not tokens:
        return False
    last = tokens[-1]
    return last.tag_ == "VVIZU" or (len(tokens) > 1 and tokens[-2].lower_ == "zu" and last.tag_.endswith("INF"))


def _only_relative_commas(body: list[Token]) -> bool:
    """No comma in ``body`` but those that open a relative clause, and those inside a relative clause that
    runs to the end ("…, das von Offenheit, Toleranz und Wertschätzung geprägt ist"): one clause, which can
    move as a whole."""
    for index, token in enumerate(body):
        if token.text != ",":
            continue
        following = body[index + 1] if index + 1 < len(body) else None
        if following is None or following.tag_ not in {"PRELS", "PRELAT"}:
            return False
        if closed_by_its_only_finite_verb(body[index + 1 :]):
            return True  # its own finite verb closes it and the body: any comma before that is the clause's
    return True


def _joy_clause_first(clause: MainClause, lexicon: Lexicon) -> Candidate | None:
    """ "Wir freuen uns, Sie auf unserer Webseite begrüßen zu dürfen." → "Sie auf unserer Webseite begrüßen zu
    dürfen, freut uns.": what the company looks forward to, where it starts with the reader, comes first and
    becomes the subject of "freut uns". The verb changes, so it is offered for review only."""
    vorfeld = clause.vorfeld
    if vorfeld.head.lower_ != "wir" or len(vorfeld.tokens) != 1:
        return None
    bracket = [token.lower_ for token in clause.right_bracket]
    if clause.finite.lower_ == "freuen" and not bracket:
        verb = "freut"
    elif clause.finite.lower_ == "würden" and bracket == ["freuen"]:
        verb = "würde"  # "Wir würden uns freuen, Sie … zu dürfen" → "Sie … zu dürfen, würde uns freuen"
    else:
        return None
    if not clause.middle or clause.middle[0].head.lower_ != "uns":
        return None
    if any(part.kind != "adverb" or part.head.lower_ in CORRELATES for part in clause.middle[1:]):
        return None  # "Wir freuen uns auf …, Sie …", "… darauf, …": the clause is not what the joy is about
    body = list(clause.nachfeld[1:])
    if len(body) < 2 or clause.nachfeld[0].text != "," or any(token.text == "," for token in body):
        return None
    if not _ends_in_zu_infinitive(body) or not _reader_leads(body, lexicon):
        return None
    words = [capitalise(join(body)) + ",", verb, "uns", *(_text(part) for part in clause.middle[1:])]
    words += ["freuen"] if verb == "würde" else []
    words = [clause.link.text, decapitalise(words[0]), *words[1:]] if clause.link is not None else words
    text = " ".join(words) + clause.closing
    return Candidate(text, "perspective", False, frozenset({"freuen", "freut", "würden", "würde"}))


def _joy_about_first(clause: MainClause) -> Candidate | None:
    """ "Wir freuen uns über jede Anmerkung." → "Jede Anmerkung freut uns."; "Wir freuen uns sehr über Ihre
    Anfrage!" → "Ihre Anfrage freut uns sehr!": what the company is glad about becomes the subject, as editors
    rewrite such sentences. Only where the noun phrase reads the same as subject (not "über Ihren Besuch" →
    "Ihr Besuch") and its number is known from its noun; the verb changes, so it is offered for review only."""
    vorfeld = clause.vorfeld
    if vorfeld.head.lower_ != "wir" or len(vorfeld.tokens) != 1 or clause.finite.lower_ != "freuen":
        return None
    if clause.right_bracket or clause.nachfeld or len(clause.middle) < 2 or clause.middle[0].head.lower_ != "uns":
        return None
    *adverbs, about = clause.middle[1:]
    if any(part.kind != "adverb" for part in adverbs) or about.preposition is None:
        return None
    if about.preposition.lower_ != "über" or about.has_clause or len(about.tokens) < 3:
        return None
    determiner, noun = about.tokens[1], about.tokens[-1]
    if determiner.lower_ not in SUBJECT_LIKE_DETERMINERS or noun.tag_ not in {"NN", "NE"}:
        return None  # "über Ihren Besuch": as the subject it would read "Ihr Besuch"
    singular = noun.lemma_.lower() == noun.lower_
    if not singular and determiner.lower_ in SINGULAR_ONLY_DETERMINERS:
        return None
    verb = "freut" if singular else "freuen"
    words = [capitalise(join(list(about.tokens[1:]))), verb, "uns", *(_text(part) for part in adverbs)]
    return Candidate(
        " ".join(words) + clause.closing, "perspective", False, frozenset({"wir", "freuen", "freut", "über"})
    )


def _dass_clause(nachfeld: tuple[Token, ...]) -> list[Token] | None:
    """The words of a Nachfeld that is one dass-clause to the end ("…, dass Sie zufrieden sind"), with at most
    relative clauses inside it; None for anything else."""
    if len(nachfeld) < 4 or nachfeld[0].text != "," or nachfeld[1].lower_ not in {"dass", "daß"}:
        return None
    body = list(nachfeld[2:])
    if not _only_relative_commas(body):
        return None  # a second clause of its own: what moves would not be one constituent
    return body if body[-1].tag_ in CLAUSE_FINAL_VERB_TAGS | {"VVPP", "VAPP"} else None


def _company_leads(body: list[Token], lexicon: Lexicon) -> bool:
    """The clause opens with the company ("dass wir …", "dass unser Team …"): first, it would open the
    sentence with the company again."""
    first = body[0]
    if voice_of(first) == COMPANY:
        return True
    phrase = noun_phrase_at(body)
    return phrase is not None and any(voice_of(token) == COMPANY for token in phrase.tokens)


def _reader_leads(body: list[Token], lexicon: Lexicon) -> bool:
    """The clause is about the reader: it opens with "Sie"/"du"/"ihr" as the reader, the reader's own ("Ihr
    Schlüssel") or customers ("unsere Kunden"), also after a reflexive pronoun ("dass sich unsere Patienten …")."""
    if len(body) > 1 and body[0].lower_ == "sich":
        body = body[1:]
    first = body[0]
    if voice_of(first) == CUSTOMER:
        return True
    if first.tag_ in {"APPR", "APPRART"} and len(body) > 1 and voice_of(body[1]) == CUSTOMER:
        return True  # "mit Ihnen …", "bei Ihnen …"
    phrase = noun_phrase_at(body)
    return phrase is not None and _customer_noun_phrase(phrase, lexicon)


def _coordinated_predicate(clause: MainClause) -> bool:
    """A coordinating conjunction, or a comma that opens the Nachfeld, followed at once by a finite verb:
    another predicate of the same subject ("… und bieten Ihnen …", "…, verzieren das Gebäck …")."""
    nachfeld = clause.nachfeld
    listed = len(nachfeld) > 1 and nachfeld[0].text == "," and nachfeld[1].tag_ in FINITE_TAGS
    return listed or any(
        conjunction.lower_ in PREDICATE_COORDINATORS and second_finite(verb, clause.finite)
        for conjunction, verb in itertools.pairwise(nachfeld)
    )


def _company_subject(clause: MainClause, lexicon: Lexicon) -> int | None:
    """Where the company subject is: -1 for the Vorfeld, else its index in the Mittelfeld; None when the
    clause's subject is not the company."""
    if _is_company_subject(clause.vorfeld, lexicon) and not any(_is_wir(part) for part in clause.middle):
        return -1  # "Unsere Brote backen wir …": with "wir" after the verb, the phrase is the object
    if clause.vorfeld.kind in {"adverb", "prepositional", "number"} and clause.middle:
        first = clause.middle[0]
        if _is_wir(first) or _is_company_subject(first, lexicon):
            return 0  # "Seit 1990 bieten wir …", "Darüber hinaus hält unsere Fahrschule …"
    return None


def _is_wir(part: Constituent) -> bool:
    return part.kind == "pronoun" and part.head.lower_ == "wir"


def _is_company_subject(part: Constituent, lexicon: Lexicon) -> bool:
    if part.kind == "pronoun":  # "wir", also with its role or who they are: "Wir als Bestatter", "Wir alle"
        return part.head.lower_ == "wir" and part.tokens[0].lower_ == "wir"
    if part.kind != "noun" or part.has_clause:
        return False
    determiner = part.determiner
    if determiner is None and len(part.tokens) > 2 and part.tokens[0].lower_ == "alle":
        determiner = part.tokens[1]  # "Alle unsere Zimmer"
    if determiner is not None and determiner.lower_ in {"unser", "unsere"}:
        return True  # nominative only: "Unser Team", "Unsere Firma", "Alle unsere Zimmer"
    return all(voice_of(token) == COMPANY or token.tag_ in {"ART"} for token in part.tokens)


def _customer_constituent(part: Constituent, clause: MainClause, lexicon: Lexicon) -> bool:
    """A constituent the reader would recognise as about them. Accusative "Sie" never counts: fronted, it
    reads as the subject."""
    if part.kind == "pronoun":
        return part.head.text in CUSTOMER_PRONOUNS and voice_of(part.head) == CUSTOMER
    if part.kind == "noun":
        if _copula_predicate(clause) and not _ends_in_adjective(clause):
            return False  # "Wir sind Ihr Partner": a predicate; "Wir sind unseren Kunden dankbar": an object
        return _customer_noun_phrase(part, lexicon)
    if part.kind == "prepositional":
        if part.preposition is None or part.preposition.lower_ not in FRONTABLE_PREPOSITIONS:
            return False
        head = part.head
        if head.text in CUSTOMER_PRONOUNS | {"Sie"} and voice_of(head) == CUSTOMER:
            return True
        return _customer_noun_phrase(part, lexicon)
    return False


def _customer_noun_phrase(part: Constituent, lexicon: Lexicon) -> bool:
    """Headed by a customer noun, owned by the reader ("Ihr Tier"), or of customers ("Fragen unserer Gäste");
    not a named third party ("unserem Partner DHL")."""
    after_head = part.tokens[part.tokens.index(part.head) + 1 :]
    if after_head and after_head[0].tag_ == "NE":
        return False
    determiner = part.determiner
    if (determiner is not None and _customer_possessive(determiner)) or lexicon.is_customer_noun(part.head.text):
        return True
    after_head = part.tokens[part.tokens.index(part.head) + 1 :]
    genitive = bool(after_head) and after_head[0].lower_ in {"der", "des", "unserer", "unseres", "ihrer", "ihres"}
    return genitive and any(lexicon.is_customer_noun(token.text) for token in after_head[1:4])


def _customer_possessive(token: Token) -> bool:
    return token.tag_ == "PPOSAT" and token.lower_.startswith(CUSTOMER_POSSESSIVE_STEMS) and voice_of(token) == CUSTOMER


def _fits_both_predicates(clause: MainClause, subject: int, lexicon: Lexicon) -> bool:
    """Whether the phrase ``_front`` moves reads as well before the second predicate: a pronoun or "für Sie"
    ("Für Sie sind wir … im Einsatz und bieten …"), not an object or a phrase the first verb governs ("Ihre Hecke
    schneiden wir, mähen …", "Auf Ihre Nachricht freuen wir uns und melden uns …")."""
    target = next(
        (
            part
            for index, part in enumerate(clause.middle)
            if index != subject and _customer_constituent(part, clause, lexicon)
        ),
        None,
    )
    return target is None or target.kind == "pronoun" or _for_you(target)


def _for_you(part: Constituent) -> bool:
    """ "für Sie", "für dich": the reader as the one the page is for, first in a sentence no contrast."""
    preposition = part.preposition
    for_word = preposition is not None and preposition.lower_ == "für"
    return part.kind == "prepositional" and for_word and part.head.tag_ in PRONOUN_TAGS


def _front(clause: MainClause, subject: int, lexicon: Lexicon) -> Candidate | None:
    candidates = [
        index
        for index, part in enumerate(clause.middle)
        if index != subject and _customer_constituent(part, clause, lexicon)
    ]
    if not candidates:
        return None
    target = candidates[0]
    if _genitive_of_the_noun_before(clause, target):
        # "die Pflege | Ihres Grabes": the reader's genitive moves with its noun ("Die Pflege Ihres Grabes
        # übernehmen wir."), never alone
        clause, subject = _with_genitive(clause, subject, target - 1)
        target -= 1
    if _case_in_doubt(clause, target) or _place_goes_on(clause, target):
        return None
    # "Unseren Kunden sind wir dankbar": a noun object of the adjective is offered for review only
    adjective_object = _copula_predicate(clause) and clause.middle[target].kind == "noun"
    return _fronted(clause, subject, target, safe=not adjective_object)


def _genitive_of_the_noun_before(clause: MainClause, index: int) -> bool:
    """ "die Pflege | Ihres Grabes", "um die Reparatur | deines Autos": a genitive of the reader's right after a
    noun is that noun's attribute."""
    if index == 0:
        return False
    part, before = clause.middle[index], clause.middle[index - 1]
    determiner = part.determiner
    genitive = part.kind == "noun" and determiner is not None and determiner.lower_ in GENITIVE_POSSESSIVES
    return genitive and before.kind in {"noun", "prepositional"} and before.head.pos_ in {"NOUN", "PROPN"}


def _place_goes_on(clause: MainClause, index: int) -> bool:
    """ "bei Ihnen | zu Hause", "zu Ihnen | nach Hause": the reader's place goes on in the next phrase, and the
    two would be torn apart."""
    following = clause.middle[index + 1] if index + 1 < len(clause.middle) else None
    home = following is not None and [token.lower_ for token in following.tokens] in (
        ["zu", "hause"],
        ["nach", "hause"],
    )
    return home and clause.middle[index].kind == "prepositional"


def _case_in_doubt(clause: MainClause, index: int) -> bool:
    """ "Wir hatten eine Kundin eine Jacke genäht": a customer with a nominative-looking article before another
    object is most likely a dative written wrong; first in the sentence it would read as the thing sewn."""
    part = clause.middle[index]
    following = clause.middle[index + 1] if index + 1 < len(clause.middle) else None
    determiner = part.determiner
    return (
        part.preposition is None
        and determiner is not None
        and determiner.lower_ in {"ein", "eine", "das"}
        and following is not None
        and following.kind == "noun"
    )


def _front_time_or_object(clause: MainClause, subject: int, lexicon: Lexicon) -> Candidate | None:
    """With no customer constituent to move, the company still need not open the sentence: a time phrase
    ("Wir rösten die Bohnen jeden Tag." → "Jeden Tag rösten wir die Bohnen.") or else a definite object right
    after the verb ("Daher bevorzugen wir die agile Entwicklung." → "Die agile Entwicklung bevorzugen wir
    daher.") takes the Vorfeld, as editors reorder such sentences. The reader is not named, and which phrase
    deserves the front is the writer's choice, so it is offered for a human look only; only for "wir" or
    "Unser …" as the subject."""
    if not _company_opens(clause, subject) or not _plainly_the_company(clause, subject, lexicon):
        return None
    others = [index for index in range(len(clause.middle)) if index != subject]
    relative = relative_clause_follows(clause.nachfeld)
    predicate = _copula_predicate(clause)
    timed = [
        index
        for index in others
        if _time_phrase(clause.middle[index])
        and _ends_there(clause, index)
        # "Wir lieben unser Handwerk – seit 111 Jahren!": a phrase set off by a dash is an afterthought
        and not (index > 0 and clause.middle[index - 1].tokens[-1].text in AFTERTHOUGHT_MARKS)
        # "ein Familienbetrieb seit 1921": after a predicate noun the phrase may be the noun's own
        and not (predicate and index > 0 and clause.middle[index - 1].kind == "noun")
        # "rund um die Uhr", "fast jeden Tag": the word before the phrase is part of it
        and not (index > 0 and clause.middle[index - 1].tokens[-1].lower_ in PHRASE_OPENING_ADVERBS)
        # "Senioren ab 65 Jahren": an age after a noun for people is theirs, no time
        and not (index > 0 and _numbered_description(clause.middle[index - 1], clause.middle[index]))
    ]
    if timed and not (relative and timed[0] == len(clause.middle) - 1):
        return _fronted(clause, subject, timed[0], safe=False)
    if predicate or (clause.finite.lemma_.lower() == "haben" and not clause.right_bracket):
        return None  # "Wir sind ein Familienbetrieb", "Wir haben einen Hofladen": a predicate, not an action
    complement = len(clause.nachfeld) > 1 and clause.nachfeld[1].lower_ in NOUN_COMPLEMENT_STARTS
    if not others or relative or complement:
        return None  # "… die Erfahrung gemacht, dass …", "… unser Konzept, das …": the clause may be the noun's
    # "Wir nehmen uns die Zeit": the reflexive pronoun stays with the verb, the object after it may move
    reflexive = clause.middle[others[0]].kind == "pronoun" and clause.middle[others[0]].head.lower_ == "uns"
    target = others[1] if reflexive and len(others) > 1 else others[0]
    while target < len(clause.middle) - 1 and _plain_manner_adverb(clause.middle[target]):
        target += 1  # "Wir errechnen unabhängig Verkaufswerte": the manner stays, the object after it may move
    following = clause.middle[target + 1] if target + 1 < len(clause.middle) else None
    moved = clause.middle[target]
    # "keine Werbeagentur sein" is a predicate; "kein Flickwerk, sondern …" a contrast the front would split
    negated = _negated_object(moved) and not _copula_bracket(clause) and not _contrast_follows(clause)
    if not (_definite_object(moved) or _described_bare_object(moved) or negated):
        return None
    if _attribute_at_stake(clause, target):
        return None
    if clause.middle[target].head.lower_ in IDIOMATIC_OBJECTS:
        return None  # "Wir werden unser Bestes tun": the phrase is the verb's, not a topic
    if clause.middle[target].head.lower_ in TIME_NOUNS:
        return None  # "das ganze Jahr (hindurch)": a span of time, not what the verb acts on
    if following is not None and _genitive(following) and not _attribute_at_stake(clause, target + 1):
        clause, subject = _with_genitive(clause, subject, target)  # "die Hälfte unseres Honigs" moves whole
    elif following is not None and following.kind in {"noun", "number"}:
        return None  # "den Kunden die Ware": where the phrase ends is a guess
    return _fronted(clause, subject, target, safe=False)


def _plain_manner_adverb(part: Constituent) -> bool:
    """A one-word adverb of manner or frequency that neither focuses nor grades what follows it ("unabhängig",
    "schnell", "regelmäßig"; not "nur", "auch", "sehr", "besonders")."""
    if part.kind != "adverb" or len(part.tokens) != 1:
        return False
    word = part.head.lower_
    return word not in SCOPE_WORDS | DEGREE_ADVERBS | FOCUS_PARTICLES and word not in PHRASE_SCOPING_ADVERBS


def _article_for_possessive(sentence: Span, clause: MainClause, lexicon: Lexicon) -> Candidate | None:
    """ "Unsere Raummieten orientieren sich an dem Wochentag Ihrer Veranstaltung." → "Die Raummieten orientieren
    sich …": where no other rewrite fits, a thing of the company's that opens the sentence as its subject is
    named with "die", as editors rewrite such sentences; whose it is, the page says. Only "Unsere" (feminine or
    plural: "die" takes the same endings, "unsere neue Filiale" → "die neue Filiale"; "Alle unsere Zimmer" →
    "Alle Zimmer"); "Unser" needs the noun's gender, which an adjective's strong ending tells ("Unser
    prämierter Käse" → "Der prämierte Käse", "Unser diesjähriges Öl" → "Das diesjährige Öl"). Not the company
    itself or its people ("Unsere Mitarbeiter"), not what it aims at or is proud of ("Unsere Philosophie",
    "Unsere Erfahrung"). Offered for review only."""
    vorfeld = clause.vorfeld
    first = vorfeld.tokens[0]
    every = first.text == "Alle" and len(vorfeld.tokens) > 2 and vorfeld.tokens[1].lower_ == "unsere"
    determiner = vorfeld.tokens[1] if every else vorfeld.determiner
    if vorfeld.kind != "noun" or vorfeld.has_clause or determiner is None:
        return None
    gendered = _gendered_article(vorfeld) if determiner.text == "Unser" else None
    if determiner.text.lower() != "unsere" and gendered is None:
        return None
    if first.i != words_of(sentence)[0].i or (determiner.text not in {"Unsere", "Unser"} and not every):
        return None
    if _customer_noun_phrase(vorfeld, lexicon):
        return None  # "Unsere Gäste …" are the readers
    noun = vorfeld.head.lower_
    if noun.endswith(GOAL_NOUNS + QUALITY_SUFFIXES) or any(word in noun for word in OWNED_NOUN_PARTS):
        return None  # "Unsere sprichwörtliche Zuverlässigkeit": a quality is only ever someone's
    text = remember_text(sentence.doc)[determiner.idx + len(determiner.text) : sentence.end_char]
    if gendered is not None:
        article, adjectives = gendered
        rest = remember_text(sentence.doc)[vorfeld.head.idx : sentence.end_char]
        changed = frozenset({"unser", article.lower(), *(t.lower_ for t, _ in adjectives), *(a for _, a in adjectives)})
        weak = [form if token.tag_ == "ADJA" else token.text for token, form in adjectives]
        return Candidate(" ".join([article, *weak, rest]).rstrip(), "article", False, changed)
    # "Alle unsere Zimmer" → "Alle Zimmer": "alle" already names every one of them
    return Candidate(("Alle" if every else "Die") + text.rstrip(), "article", False, frozenset({"unsere", "die"}))


def _known_gender(noun: str) -> str | None:
    """ "Der" or "Das" for a noun whose last part names a common thing of a business ("Bienenhonig" → "Der",
    "Röstverfahren" → "Das"), else None: the gender is read from the noun's last part only."""
    matches = [head for head in MASCULINE_THINGS | NEUTER_THINGS if noun.endswith(head)]
    if not matches:
        return None
    return "Der" if max(matches, key=len) in MASCULINE_THINGS else "Das"


def _gendered_article(phrase: Constituent) -> tuple[str, list[tuple[Token, str]]] | None:
    """For "Unser" + adjectives + noun: the definite article the adjectives' strong ending asks for ("-er":
    "Der", "-es": "Das") and each word between with its weak form ("prämierter" → "prämierte"); None when no
    adjective tells the gender or two disagree."""
    between = list(phrase.tokens[1 : phrase.tokens.index(phrase.head)])
    adjectives = [token for token in between if token.tag_ == "ADJA"]
    if any(token.tag_ not in {"ADJA", "KON"} and token.text != "," for token in between):
        return None
    if any(token.lower_.startswith("eigen") for token in adjectives):
        return None  # "unser eigener Weg": "eigen" needs its owner, "der eigene Weg" would have none
    known = _known_gender(phrase.head.lower_)
    endings = {token.lower_[-2:] for token in adjectives} or ({"er"} if known == "Der" else {"es"} if known else set())
    if endings not in ({"er"}, {"es"}):
        return None
    article = "Der" if endings == {"er"} else "Das"
    if known is not None and known != article:
        return None  # the adjective and the noun disagree: the reading is unsure
    return article, [(token, token.text[:-1] if token.tag_ == "ADJA" else token.text) for token in between]


def _company_opens(clause: MainClause, subject: int) -> bool:
    """The company subject opens the clause, alone, after a linking adverb ("Deshalb bieten wir …") or after
    the role it speaks in ("Als Bundesverband organisieren wir …", which then follows "wir"); in "Für Sie sind
    wir …" or "Seit 1990 bieten wir …" something else already does."""
    vorfeld = clause.vorfeld
    role = vorfeld.preposition is not None and vorfeld.preposition.lower_ == "als" and not vorfeld.has_clause
    return subject == -1 or _linking_vorfeld(vorfeld) or role


def _adverbial_clause_first(clause: MainClause, subject: int, lexicon: Lexicon) -> Candidate | None:
    """ "Wir backen jeden Morgen frisch, um Ihnen das beste Brot zu bieten." → "Um Ihnen das beste Brot zu
    bieten, backen wir jeden Morgen frisch."; "Wir beginnen oben am Dach, weil Wasser nach unten läuft." →
    "Weil Wasser nach unten läuft, beginnen wir oben am Dach.": a clause of reason, purpose, time or condition
    that ends the sentence takes the Vorfeld, as editors reorder such sentences. Every word stays. It stays
    where it is when its subject is the company, which would open the sentence again ("Sobald wir …"), or a
    pronoun, which would come before the noun it stands for ("Weil sie uns wichtig sind, haben unsere
    Bienenvölker …"); an infinitive clause moves only when it names the reader, as its unnamed subject reads
    as the company's once it comes first ("Um gut gerüstet in die Ausbildung zu starten, vermitteln wir …").
    The weight of the sentence moves, so it is offered for a human look only."""
    if not _company_opens(clause, subject):
        return None
    body = _adverbial_clause(clause.nachfeld)
    if body is None or voice_of(body[1]) == COMPANY:
        return None
    if any(token.lower_ in THIRD_PERSON_PRONOUNS and voice_of(token) != CUSTOMER for token in body):
        return None  # "weil sie fleißig sind"; "Sie" as the reader is no pronoun for a noun
    if body[0].lower_ in FRONTABLE_INFINITIVE_SUBORDINATORS and all(voice_of(token) != CUSTOMER for token in body):
        return None
    if any(token.lower_ in RESTRICTING_WORDS for part in clause.middle for token in part.tokens):
        return None  # "Wir beginnen erst mit der Arbeit, wenn …": "erst"/"nur" narrow to the clause, which
        # would need to come first with it ("Erst wenn …"), a change of words
    front = capitalise(join(body)) + ","
    text = join_parts(_behind_front(clause, subject, front, set()), (), clause.closing)
    return Candidate(text, "fronting", False, changed=frozenset())


def _adverbial_clause(nachfeld: tuple[Token, ...]) -> list[Token] | None:
    """The words of a Nachfeld that is one clause of reason, purpose, time or condition to the end ("…, weil
    Wasser nach unten läuft", "…, um Ihnen … zu bieten"), with at most relative clauses inside it."""
    if len(nachfeld) < 3 or nachfeld[0].text != ",":
        return None
    body = list(nachfeld[1:])
    opener = body[0].lower_
    if opener in FRONTABLE_SUBORDINATORS:
        closed = body[-1].tag_ in CLAUSE_FINAL_VERB_TAGS | {"VVPP", "VAPP"}
    elif opener in FRONTABLE_INFINITIVE_SUBORDINATORS:
        closed = _ends_in_zu_infinitive(body)
    else:
        return None
    return body if closed and _only_relative_commas(body) else None


def _attitude_first(clause: MainClause, subject: int) -> Candidate | None:
    """ "Wir sind besonders stolz darauf, dass …" → "Besonders stolz sind wir darauf, dass …": how the company
    feels about something opens the sentence with its degree, as editors rewrite such sentences; what it feels
    it about stays after "wir". Only for "Wir sind" with pride, gladness, gratitude or conviction and at most
    one phrase after it; for review only."""
    if subject != -1 or clause.vorfeld.head.lower_ != "wir" or clause.finite.lemma_.lower() != "sein":
        return None
    middle = clause.middle
    at = next((i for i, part in enumerate(middle) if part.kind == "adverb" and part.head.lower_ in ATTITUDES), None)
    if at is None or clause.right_bracket or len(middle) - at > 2 or any(p.kind != "adverb" for p in middle[:at]):
        return None
    if at == len(middle) - 1 and not clause.nachfeld:
        return None  # "Wir sind stolz.": nothing it is about, and nothing gained
    degree = at
    while degree > 0 and middle[degree - 1].head.lower_ in DEGREE_WORDS:
        degree -= 1  # "besonders stolz", "ganz besonders stolz": the degree goes with it
    if degree == at and at > 0:
        return None  # "super glücklich", "echt stolz": a word before it that may be its degree would stay behind
    if any(part.head.lower_ in SCOPE_WORDS for part in middle[:degree]):
        return None  # "einfach nur stolz auf …": moved apart, "nur" would narrow what it is proud of
    front = " ".join(_text(part) for part in middle[degree : at + 1])
    rest = [_text(part) for part in (*middle[:degree], *middle[at + 1 :])]
    text = join_parts([capitalise(front), clause.finite.text, "wir", *rest], clause.nachfeld, clause.closing)
    return Candidate(text, "fronting", False, changed=frozenset())


def _plainly_the_company(clause: MainClause, subject: int, lexicon: Lexicon) -> bool:
    """The subject is "wir", "Unser …" (not the readers: "Unsere Kunden …") or one whole mention of the
    company's configured name."""
    subject_part = clause.vorfeld if subject == -1 else clause.middle[subject]
    if subject_part.kind != "noun":
        return True
    determiner = subject_part.determiner
    if determiner is None or determiner.lower_[:5] != "unser":
        return _whole_name(subject_part)
    return not _customer_noun_phrase(subject_part, lexicon)


def _whole_name(part: Constituent) -> bool:
    """ "Die Marcel Hufschmid AG", "Schmidt-Maury Bestattungen": a configured name from its first word on, with
    at most an article before it. A name's later words alone ("KG bietet …", where a sentence was cut at
    "Co.") are not the subject they seem."""
    words = part.tokens[1:] if part.tokens[0].tag_ == "ART" else part.tokens
    return (
        bool(words)
        and voice_of(words[0]) == COMPANY
        and not continues_name(words[0])
        and all(continues_name(word) for word in words[1:])
    )


def _front_prepositional(clause: MainClause, subject: int, lexicon: Lexicon) -> Candidate | None:
    """ "Wir arbeiten auf diesem Gebiet mit aktuellen Berechnungsprogrammen." → "Auf diesem Gebiet arbeiten wir
    mit aktuellen Berechnungsprogrammen.": with no time phrase, object or clause to move, the first phrase of
    place, means or manner takes the Vorfeld, as editors reorder such sentences. Only one that nothing but
    adverbs precede (after a noun it may be the noun's own: "Voraussetzungen wie unsere Kunden"), not the
    company's or the reader's (their phrases have constructions of their own), not a role ("als"), a
    comparison ("wie") or a purpose's start ("um"), and not in a copula's predicate ("in der Lage sein").
    Offered for review only."""
    adjective = _adjective_predicate(clause)
    if not _company_opens(clause, subject) or (_copula_predicate(clause) and not adjective):
        return None
    if not _plainly_the_company(clause, subject, lexicon):
        return None
    target = None
    for index, part in enumerate(clause.middle):
        if index == subject or part.kind in {"adverb", "pronoun"} or _light_verb_noun(part):
            continue
        following = clause.middle[index + 1] if index + 1 < len(clause.middle) else None
        if _company_object(part) and following is not None and following.kind == "prepositional":
            # "unsere Backwaren | von Hand": the company's own thing cannot open, the phrase right after it may;
            # not after a dash ("unser Handwerk – seit 111 Jahren"), an afterthought
            if part.tokens[-1].text in AFTERTHOUGHT_MARKS:
                return None
            continue
        if part.kind == "prepositional":
            target = index
        break
    if target is None:
        return None
    part = clause.middle[target]
    # "von einem Menschenbild ausgehen": with "aus" in the bracket, "von" is where one starts from
    starting_point = part.preposition is not None and part.preposition.lower_ == "von"
    starting_point = starting_point and [token.lower_ for token in clause.right_bracket] == ["aus"]
    if part.preposition is None or (
        part.preposition.lower_ in UNFRONTED_PREPOSITIONS - ZU_WITH_A_PHRASE
        and not starting_point
        and not _fixed_adverbial(part)
    ):
        return None
    if adjective and (target > len(clause.middle) - 2 or part.preposition.lower_ in ZU_WITH_A_PHRASE):
        return None  # "Wir sind zu 100 % zufrieden": a degree, not what the adjective is about
    if part.preposition.lower_ in ZU_WITH_A_PHRASE and len(part.tokens) < 3:
        return None  # "zur Verfügung stellen", "zum Ausdruck bringen": the phrase is part of the verb
    if any(voice_of(token) in {COMPANY, CUSTOMER} for token in part.tokens) or part.tokens[-1].lower_ == "anderem":
        return None  # "mit unserem Team", "unter anderem"
    if _attribute_at_stake(clause, target) or len(part.tokens) > MAX_FRONTED_PHRASE:
        return None
    last = part.tokens[-2] if part.tokens[-1].text == ")" and len(part.tokens) > 2 else part.tokens[-1]
    if last.tag_ not in PHRASE_END_TAGS or last.text.endswith((".", "-")):
        return None  # "für sehr (wichtig)", "aus einem ldw.", "nach ZTV- Baumpflege": not read whole
    if part.preposition.lower_ == "in" and len(part.tokens) == 2 and last.tag_ == "NN":
        return None  # "in Empfang nehmen", "in Anspruch nehmen": the phrase is part of the verb
    before = clause.middle[target - 1] if target > 0 else None
    if before is not None and before.kind == "adverb" and before.tokens[-1].lower_ in PHRASE_SCOPING_ADVERBS:
        return None  # "meistens innerhalb einer Stunde", "ganz nach Vereinbarung": the adverb is the phrase's
    following = clause.middle[target + 1] if target + 1 < len(clause.middle) else None
    if following is not None and following.kind == "number":
        return None  # "mit der Ernte 2020": the year is the noun's, and would stay behind
    bare = following is not None and following.kind == "noun" and following.tokens[0].tag_ in {"NN", "NE"}
    if bare:
        return None  # "aus den Grundmaterialien | Zinn, Blei und Holz": the bare nouns may be the phrase's own
    joined = [part.tokens[index + 1] for index, token in enumerate(part.tokens[:-1]) if token.lower_ in {"und", "oder"}]
    if following is not None and any(token.tag_ in {"APPR", "APPRART"} for token in joined):
        return None  # "im Offenstall und im Sommer | ganztags auf Wiesen": "und" may join more than the phrase
    if following is None and [token.lower_ for token in clause.nachfeld[:2]] in ([",", "dass"], [",", "daß"]):
        return None  # "stellen uns auf den Standpunkt, dass …": the clause is the noun's, and stays with it
    if following is not None and _participle_attribute(following):
        return None  # "an reale Erfahrungen angelehnte Abrisse"
    if following is not None and _genitive(following):
        clause, subject = _with_genitive(clause, subject, target)  # "durch das Selbstverständnis christlicher …"
    return _fronted(clause, subject, target, safe=False)


def _company_object(part: Constituent) -> bool:
    """ "unsere Backwaren", "unseren Kaffee": the company's own thing as an object, which would open the
    sentence with the company again."""
    determiner = part.determiner
    return part.kind == "noun" and determiner is not None and determiner.lower_.startswith("unser")


def _light_verb_noun(part: Constituent) -> bool:
    """ "(großen) Wert" in "Wert legen auf", "Rücksicht" in "Rücksicht nehmen auf": the noun is part of the
    verb, and the phrase after it is what the sentence is about ("Auf Qualität legen wir großen Wert")."""
    if part.kind != "noun" or part.head.lower_ not in LIGHT_VERB_NOUNS or part.determiner is not None:
        return False
    return all(token.tag_ in {"ADJA", "ADV", "ADJD"} for token in part.tokens[:-1])


def _genitive(part: Constituent) -> bool:
    """A noun phrase in the genitive, the attribute of the noun before it ("christlicher Nächstenliebe",
    "einzelner Sorten", "des Hauses"); "seiner Biographie" too, though it may be a dative."""
    first = part.tokens[0]
    if part.kind != "noun" or any(token.tag_ not in GENITIVE_PHRASE_TAGS for token in part.tokens):
        return False  # "alter Meister, studieren …": a list or a verb read into the phrase
    return first.lower_ in {"des", "eines"} or (
        first.tag_ in {"ADJA", "PPOSAT", "PIAT"} and first.lower_.endswith("er")
    )


def _participle_attribute(part: Constituent) -> bool:
    """A noun phrase opened by a participle whose own phrase the one before it was ("an reale Erfahrungen
    angelehnte Abrisse")."""
    first = part.tokens[0]
    return part.kind == "noun" and first.tag_ == "ADJA" and PARTICIPLE_FORM.match(first.lower_) is not None


def _front_predicate(clause: MainClause, subject: int, lexicon: Lexicon) -> Candidate | None:
    """ "Wir sind Ihr Partner für Fenster in Freiburg." → "Ihr Partner für Fenster in Freiburg sind wir."; "Wir
    sind Bindeglied zwischen den Erzeugern und Dir." → "Bindeglied zwischen den Erzeugern und Dir sind wir.":
    in a sentence that says who the company is for the reader, the predicate noun and the phrases that belong
    to it take the Vorfeld, and the reader comes first. Only after "wir sind/waren" with nothing but adverbs
    before the noun; a time phrase after it stays behind; not a negated predicate ("Wir sind keine
    Werbeagentur") and not before a clause or dash of its own. A predicate without the reader ("Wir sind ein
    Familienbetrieb") keeps the advice to say what the reader gets from it: moving it first would only
    reorder the company's self-description. The front is marked, so it is offered for review only."""
    if clause.finite.lower_ not in {"sind", "waren"} or not _copula_predicate(clause) or _ends_in_adjective(clause):
        return None
    if subject != -1 or clause.vorfeld.head.lower_ != "wir" or clause.nachfeld or clause.link is not None:
        return None
    target = next((index for index, part in enumerate(clause.middle) if part.kind != "adverb"), None)
    if target is None or clause.middle[target].kind != "noun":
        return None
    tokens = [token for part in clause.middle for token in part.tokens]
    if any(token.lower_ in PREDICATE_NEGATIONS or token.text in AFTERTHOUGHT_MARKS for token in tokens):
        return None  # "keine Werbeagentur"; "… Berlins – nur ohne Zipfelmütze": an afterthought follows
    end = target + 1
    while end < len(clause.middle) and _predicate_attribute(clause.middle[end]):
        end += 1
    rest = clause.middle[end:]
    # only adverbs or a time may stay behind ("… sind wir durch und durch", "… sind wir seit 1990"): a bare noun,
    # a number or a phrase after an adverb may be the predicate's own ("in Sachen | Holz", "Nummer | 1", "rund |
    # um die Uhr"), and moving the predicate without it would break the sentence
    if any(part.kind != "adverb" and not _time_phrase(part) for part in rest) or (
        any(part.kind == "adverb" for part in rest) and any(_time_phrase(part) for part in rest)
    ):
        return None
    parts = clause.middle[target:end]
    if parts[-1].tokens[-1].text.endswith("."):
        return None  # "von A bis Z.": the abbreviation's full stop would move inside the sentence
    predicate = Constituent(
        tuple(token for part in parts for token in part.tokens), "noun", parts[0].head, parts[0].preposition
    )
    readers = [token for token in predicate.tokens if token is not predicate.head]  # "Mitglied" is the company
    if not any(voice_of(token) == CUSTOMER or lexicon.is_customer_noun(token.text) for token in readers):
        return None
    middle = (*clause.middle[:target], predicate, *clause.middle[end:])
    return _fronted(dataclasses.replace(clause, middle=middle), subject, target, safe=False)


def _predicate_attribute(part: Constituent) -> bool:
    """A phrase after a predicate noun that belongs to it ("Partner | für die Bauern", "Mitglied | im
    Imkerverein"), not a time ("seit 1990") or role ("als Familie") of the whole clause."""
    preposition = part.preposition.lower_ if part.preposition is not None else ""
    return part.kind == "prepositional" and preposition not in {"als", "wie", "seit", "ab"} and not _time_phrase(part)


def _with_genitive(clause: MainClause, subject: int, target: int) -> tuple[MainClause, int]:
    """The clause with the genitive after ``target`` read as part of it ("die speziellen Aspekte | einzelner
    Sorten" → one phrase), and the subject's index in the new Mittelfeld."""
    part, genitive = clause.middle[target], clause.middle[target + 1]
    joined = Constituent(part.tokens + genitive.tokens, part.kind, part.head, part.preposition)
    middle = (*clause.middle[:target], joined, *clause.middle[target + 2 :])
    return dataclasses.replace(clause, middle=middle), subject - 1 if subject > target + 1 else subject


def _copula_predicate(clause: MainClause) -> bool:
    """ "Wir sind ein Familienbetrieb": a copula with no verb in the right bracket, whose noun phrase is the
    predicate, not an object."""
    return clause.finite.lemma_.lower() in COPULAS and not clause.right_bracket


def _ends_in_adjective(clause: MainClause) -> bool:
    """The Mittelfeld ends in a predicate adjective ("… schuldig", "… dankbar"): a noun before it is an object."""
    last = clause.middle[-1] if clause.middle else None
    return last is not None and last.kind == "adverb" and len(last.tokens) == 1 and last.head.tag_ == "ADJD"


def _adjective_predicate(clause: MainClause) -> bool:
    """ "Wir sind mit dem Ergebnis sehr zufrieden": a copula whose predicate is an adjective at the end of the
    Mittelfeld, with no noun as predicate; a phrase before it ("mit dem Ergebnis") may take the Vorfeld."""
    nouns = any(part.kind in {"noun", "number"} for part in clause.middle)
    return _copula_predicate(clause) and _ends_in_adjective(clause) and not nouns


def _ends_there(clause: MainClause, index: int) -> bool:
    """Whether the time phrase at ``index`` is whole: "am 1. Oktober" before "1976", "seit hunderten" before
    "von Jahren", "morgens" before "bis abends", "sofort" before "zu Jahresbeginn" are parts of one phrase the
    analysis read as two."""
    following = clause.middle[index + 1] if index + 1 < len(clause.middle) else None
    if following is None:
        # "seit 2015." at the end: the tokenizer may read the full stop as an ordinal's, leaving no end mark
        return clause.end is not None and not clause.middle[index].tokens[-1].text.endswith(".")
    if following.kind == "number" or _time_phrase(following):
        return False  # "sofort zu Jahresbeginn", "täglich ab 8 Uhr": one time, read as two phrases
    return not (following.kind == "prepositional" and following.tokens[0].lower_ in {"bis", "von", "zu", "zum", "zur"})


def _time_phrase(part: Constituent) -> bool:
    """ "täglich", "seit 2011", "jeden Tag", "am Wochenende", "im Frühjahr 2024": when, how often, since when."""
    if part.kind == "adverb":
        return len(part.tokens) == 1 and part.head.lower_ in TIME_ADVERBS
    first = part.tokens[0].lower_
    if part.kind == "prepositional" and part.preposition is not None:
        last = part.tokens[-1]  # "seit 1954" but not "seit 1954 Möbel", read as one phrase
        timed = last.lower_ in PHRASE_TIME_NOUNS | TIME_ADVERBS or last.tag_ == "CARD"
        joined = [index for index, token in enumerate(part.tokens) if token.lower_ in {"und", "oder"}]
        if joined and part.tokens[joined[0] - 1].lower_ not in PHRASE_TIME_NOUNS | TIME_ADVERBS:
            return False  # "im Offenstall und im Sommer": only the second half is a time
        return timed and part.preposition.lower_ in TIME_PREPOSITIONS  # "vor 20 Jahren", "ab sofort", not "vor Ort"
    return part.kind == "noun" and first in EVERY_DETERMINERS and part.head.lower_ in TIME_NOUNS


def _definite_object(part: Constituent) -> bool:
    """A noun phrase with a definite article, a demonstrative or "jede/alle" ("die grünen Bohnen", "diese
    Arbeiten", "jede Bestellung"): fronted, it reads as the topic. An indefinite object ("eine Plattform") or a
    bare pronoun ("es", "uns") at the front reads as contrast or not at all, and "unseren Kaffee" would open
    with the company again."""
    determiner = part.determiner
    if part.kind != "noun" or part.has_clause or determiner is None:
        return False
    if determiner.lower_ in EVERY_OBJECT_DETERMINERS:
        return True  # "jede Bestellung", "alle Möbel": every one of a known kind
    return determiner.tag_ in {"ART", "PDAT"} and determiner.lower_ not in INDEFINITE_ARTICLES


def _negated_object(part: Constituent) -> bool:
    """ "keine Geschmacksverstärker", "keine Weine aus Übersee": a noun phrase whose article is its negation,
    which moves with it, so the front says what the company does not do ("Keine Zusatzstoffe verwenden wir.")."""
    determiner = part.determiner
    return part.kind == "noun" and determiner is not None and determiner.lower_.startswith("kein")


def _copula_bracket(clause: MainClause) -> bool:
    """ "… wollen wir sein", "… ist geworden": the verb at the end is a copula, and a noun before it its
    predicate."""
    return bool(clause.right_bracket) and clause.right_bracket[-1].lemma_.lower() in COPULAS


def _contrast_follows(clause: MainClause) -> bool:
    """The Nachfeld opens with ", sondern": the negated phrase is the first half of a contrast."""
    return [token.lower_ for token in clause.nachfeld[:2]] == [",", "sondern"]


def _described_bare_object(part: Constituent) -> bool:
    """A noun phrase without an article that an adjective describes or that lists things ("gemeinsame
    Unternehmensziele", "Profi-Equipment und geeignete Mittel"): fronted, it reads as the topic, as editors
    rewrite such sentences. A bare noun alone ("Urlaub", "Spaß", "Wert") is too often part of the verb."""
    if part.kind != "noun" or part.has_clause or part.determiner is not None:
        return False
    words = {token.lower_ for token in part.tokens}
    described = any(token.tag_ == "ADJA" for token in part.tokens) or bool(words & {"und", "sowie"})
    return described and not any(voice_of(token) in {COMPANY, CUSTOMER} for token in part.tokens)


def _fronted(clause: MainClause, subject: int, target: int, *, safe: bool) -> Candidate | None:
    """The clause with the Mittelfeld constituent at ``target`` in the Vorfeld and the company subject after
    the finite verb."""
    if target > 0 and (
        clause.middle[target - 1].head.lower_ in SCOPE_WORDS | FOCUS_WORDS
        or _text(clause.middle[target - 1]).lower() in {"vor allem", "unter anderem"}
    ):
        return None  # "nicht nur Ihnen", "lediglich Ihnen", "vor allem Ihnen": the particle belongs to the phrase
    moved_part = clause.middle[target]
    if moved_part.tokens[0].lower_.startswith("ihr") and moved_part.tokens[0].is_lower:
        return None  # "ihre Kinder" (their children), first in the sentence, would read as "Ihre" (yours)
    if sum(token.text == "," for part in clause.middle[:target] for token in part.tokens) % 2:
        return None  # "…, auch wegen des Preisvorteils für den Kunden, …": inside an aside, the phrase is its own
    own_words = list(itertools.takewhile(lambda token: token.text != ",", moved_part.tokens))  # not its clause's
    if any(token.tag_ == "KOKOM" for token in own_words[1:]):
        return None  # "jeden Patienten wie ein Familienmitglied": the comparison may be the verb's
    following = clause.middle[target + 1] if target + 1 < len(clause.middle) else None
    if following is not None and following.head.lower_ in POSTPOSITIONS:
        return None  # "Ihnen gegenüber": the postposition would stay behind
    if subject != -1 and clause.vorfeld.kind == "adverb" and clause.vorfeld.head.lower_ == "so":
        after_so = next((p for i, p in enumerate(clause.middle) if i not in {target, subject}), None)
        degree = after_so is not None and after_so.tokens[0].lower_ in APPROXIMATIONS
        if degree or (
            after_so is not None and after_so.tokens[0].tag_ in {"ART", "PIAT", "PIDAT", "ADJA", "CARD", "ADV", "ADJD"}
        ):
            return None  # "So bieten wir Ihnen eine Garantie": behind the verb, "so eine" would mean "such a"
    if subject == -1 and _case_ambiguous(clause, moved_part):
        return None  # "Unsere Mitarbeiter beraten Ihre Kunden": first, the object would read as the subject
    if subject != -1 and len(clause.vorfeld.tokens) == 1 and clause.vorfeld.head.lower_ in SCOPE_WORDS:
        return None  # "Auch senden wir Ihnen Ihre Muster nicht zurück": moved on, "auch" would focus the samples
    if following is not None and following.preposition is not None and following.preposition.lower_ == "als":
        # "Wir wahren Ihre Interessen als Eigentümer": moved apart, "als Eigentümer" would name the company's role
        return None
    if _torn_from_its_noun(clause, target) or _aside_or_pair(clause, target):
        return None
    before = clause.middle[target - 1] if target > 0 else None
    still = target > 1 and clause.middle[target - 2].tokens[-1].lower_ == "immer"  # "immer noch": still
    if before is not None and [token.lower_ for token in before.tokens] == ["noch"] and not still:
        return None  # "noch am selben Tag": moved alone, the phrase would leave its "noch" stranded at the end
    attribute = _attribute_at_stake(clause, target) or _phrase_follows(clause, target)  # for a human look only
    after = clause.middle[target + 1] if target + 1 < len(clause.middle) else None
    bare = after is not None and after.kind == "prepositional" and len(after.tokens) == 2
    bare = bare and after.tokens[0].lower_ in {"in", "mit", "aus", "von"} and after.tokens[1].tag_ == "NN"
    bare = bare and not _time_phrase(after)  # "ohne Ausfallzeit", "ohne Aufpreis" say how the verb is done
    if attribute and bare and clause.middle[target].kind == "noun":
        return None  # "Familien | in Not", "Menschen | mit Behinderung": a bare phrase like that is the noun's
    moved, nachfeld = _with_relative_clause(clause, target)
    front = _text(moved) + ("," if nachfeld != clause.nachfeld else "")
    leaving = {target}
    if target > 1 and _phrase_of_the_noun_before(clause, target):
        return None  # "bei allen Fragen rund um Ihre Immobilie": the phrase is the noun's, first it would stand alone
    if target > 0 and _focus_particle(clause.middle[target - 1]):
        if target > 1 and clause.middle[target - 2].head.lower_ in DEGREE_ADVERBS:
            return None  # "ganz besonders für alte Bausubstanz": the degree would stay behind
        front = f"{clause.middle[target - 1].tokens[0].lower_} {front}"  # "gerade für Privatkunden" moves whole
        leaving.add(target - 1)
    focused = subject != -1 and _focus_vorfeld(clause.vorfeld)
    if focused:  # "Vor allem wollten wir unseren Gästen …" → "Vor allem unseren Gästen wollten wir …"
        front = f"{decapitalise_phrase(clause.vorfeld)} {front}"
    behind = _behind_front(clause, subject, front, leaving, keep_vorfeld=not focused)
    text = join_parts(behind, nachfeld, clause.closing)
    safe = safe and not attribute and not focused  # the focus narrows from the clause to the phrase
    safe = safe and _plain_fronting(clause, subject, target) and not _contrastive_pronoun(clause, target)
    safe = safe and not _answer_shaped(clause, subject, target)
    # "Ihren Weg begleiten wir zurück | in den Beruf": a phrase after the right bracket may be the moved noun's
    safe = safe and not (nachfeld and nachfeld[0].tag_ in {"APPR", "APPRART"})
    return Candidate(text, "fronting", safe, changed=frozenset(), right_bracket=_bracket(clause))


def _answer_shaped(clause: MainClause, subject: int, target: int) -> bool:
    """A fronting after which only "verb wir" is left reads as the answer to a question nobody asked, or as a
    contrast: "Für den Kunden bauen wir.", "Kassen- und Privatpatienten behandeln wir.", "Ihre Hochzeit, Ihren
    Geburtstag oder Ihre Firmenfeier richten wir aus."; so does a fronted list of three, and the inverted
    request formula "Um Ihr Verständnis bitten wir". A reflexive "uns" is something left ("Auf Ihren Besuch
    freuen wir uns"), and "Für Sie sind wir da" is what a page is for. Shown for review."""
    moved = clause.middle[target]
    preposition = moved.preposition.lower_ if moved.preposition is not None else None
    if preposition == "um" and any(
        token.lemma_.lower() == "bitten" for token in (clause.finite, *clause.right_bracket)
    ):
        return True
    if any(token.text == "," for token in moved.tokens) and any(t.lower_ in {"und", "oder"} for t in moved.tokens):
        return True  # "Ihre Hochzeit, Ihren Geburtstag oder Ihre Firmenfeier"
    rest = [part for index, part in enumerate(clause.middle) if index not in {target, subject}]
    if rest or clause.nachfeld:
        return False
    return not _for_you(moved)


def _aside_or_pair(clause: MainClause, target: int) -> bool:
    """A dash or an ellipsis in the Mittelfeld sets something apart ("auf Ihren Besuch – bis bald!", "… und auf
    Ihre Fragen") and a paired conjunction holds two phrases together ("sowohl Ihre Fenster als auch …"): a
    moved phrase would take the wrong part along or leave the pair broken. A pronoun takes nothing along."""
    words = [token for part in clause.middle for token in part.tokens]
    if any(token.lower_ in PAIRED_CONJUNCTIONS for token in words):
        return True
    return clause.middle[target].kind != "pronoun" and any(token.text in ASIDE_MARKS for token in words)


def _phrase_follows(clause: MainClause, target: int) -> bool:
    """A phrase right after the moved one that is neither a time nor a set phrase may be its attribute even
    where the verb could govern it ("auf Ihre Nachricht | über das Kontaktformular" after "sich freuen"): the
    fronting is shown for review."""
    part = clause.middle[target]
    following = clause.middle[target + 1] if target + 1 < len(clause.middle) else None
    if following is not None and following.kind == "adverb" and following.head.lower_ == "zurück":
        return True  # "Ihren Weg | zurück in den Beruf" is the noun's, "den Standort | zurück aufs Land" the verb's
    if following is None or following.kind != "prepositional" or part.head.tag_ in PRONOUN_TAGS:
        return False
    return part.kind in {"noun", "prepositional"} and not _time_phrase(following) and not _fixed_adverbial(following)


def _contrastive_pronoun(clause: MainClause, target: int) -> bool:
    """A bare pronoun for the reader first in the sentence is stressed, and reads as "you, unlike others":
    "Dich rufen wir zurück", "Bei Ihnen melden wir uns", and even "Ihnen bieten wir Platz für 40 Personen",
    "Ihnen schicken wir Ware, die wir selbst geprüft haben" (three independent reviews of such frontings judged
    them so, with verbs of offering too). Shown for review, never written by ``--fix``. "Für Sie haben wir …"
    is what a page is for and no contrast."""
    part = clause.middle[target]
    if part.kind == "pronoun":
        return True
    return part.kind == "prepositional" and part.head.tag_ in PRONOUN_TAGS and not _for_you(part)


def _torn_from_its_noun(clause: MainClause, target: int, *, moved: bool = True) -> bool:
    """Whether moving the constituent at ``target`` (fronted, or made the subject when not ``moved``) would tear
    a noun phrase apart or hand a clause to another noun: a range or number right after it ("für Schüler der
    Klassen | 5 bis 10"), a label or a "rund um" topic ("Ihre Reifen | Größe 16 Zoll", "Ihre Fragen | rund um das
    Erbrecht"), a numbered phrase that describes it ("allen Kunden | über 65 Jahren"); once fronted also an
    amount that sizes the noun before it ("Hochzeiten | mit 150–200 Gästen"), the reader as that noun's partner
    ("die Zusammenarbeit | mit Ihnen"), or a relative clause in the Nachfeld whose nearest noun it is ("Kurse für
    Kinder an, die schwimmen lernen möchten": left behind, "die" would point to the courses)."""
    part = clause.middle[target]
    following = clause.middle[target + 1] if target + 1 < len(clause.middle) else None
    after = clause.middle[target + 2] if target + 2 < len(clause.middle) else None
    if following is not None and (following.kind == "number" or _label_or_topic(part, following, after)):
        return True
    if _numbered_description(part, following):
        return True
    if not moved:
        return False
    before = clause.middle[target - 1] if target > 0 else None
    if _described_after(clause, target):
        return True
    return _sized_or_partnered(part, before) or _relative_left_behind(clause, target)


def _described_after(clause: MainClause, target: int) -> bool:
    """ "Menschen | mit Behinderung", "Patienten | ohne Termin": "mit"/"ohne" after a bare noun describes it, and
    fronted alone the noun would leave it to the verb ("Für Menschen bieten wir Beratung mit Behinderung");
    so does an origin or material ("aus") that would then stand after something else ("Ihre Teppiche reinigen
    wir aus Wolle und Seide schonend", "Auf unsere Kunden sind wir stolz aus ganz Europa"). Right after "verb
    wir" it still reads as the verb's ("150-200 Teilnehmer erwarten wir aus der Region")."""
    part = clause.middle[target]
    following = clause.middle[target + 1] if target + 1 < len(clause.middle) else None
    if part.kind not in {"noun", "prepositional"} or part.head.tag_ in PRONOUN_TAGS or _time_phrase(part):
        return False
    if part.has_clause or following is None or following.kind != "prepositional" or following.preposition is None:
        return False
    word = following.preposition.lower_
    if word == "aus":
        return target > 0 or target + 2 < len(clause.middle)
    return word in {"mit", "ohne"} and part.determiner is None and part.head.tag_ == "NN"


def _label_or_topic(part: Constituent, following: Constituent, after: Constituent | None) -> bool:
    """ "Ihre Bestellung | Nr. 12345", "Ihren Schrank | Größe XL", "Ihre Fragen | rund um das Thema Erbrecht"
    (not "rund um die Uhr", a time): what follows the noun names or narrows it."""
    if part.kind not in {"noun", "prepositional"} or part.head.tag_ in PRONOUN_TAGS:
        return False
    if following.kind == "adverb" and following.head.lower_ == "rund":
        return not (after is not None and _time_phrase(after))
    if part.tokens[-1].tag_ == "NE" and following.kind == "noun" and following.determiner is None:
        return True  # "mit DATEV | Unternehmen online": the capitalised words after a name are the name's
    return following.kind in {"noun", "number"} and following.tokens[0].lower_.rstrip(".") in LABEL_NOUNS


def _numbered_description(part: Constituent, following: Constituent | None) -> bool:
    """ "Kinder | von 3 Monaten bis 6 Jahren", "Kunden | über 65 Jahren": a phrase with a number after a noun
    for people describes them."""
    if part.kind not in {"noun", "prepositional"} or part.head.tag_ in PRONOUN_TAGS or _time_phrase(part):
        return False
    described = following is not None and following.kind == "prepositional" and following.preposition is not None
    described = described and following.preposition.lower_ in PEOPLE_ATTRIBUTE_PREPOSITIONS
    return described and any(token.tag_ == "CARD" for token in following.tokens)


def _sized_or_partnered(part: Constituent, before: Constituent | None) -> bool:
    """ "Hochzeiten | mit 150–200 Gästen": a phrase with an amount right after a noun sizes that noun; "auf die
    Zusammenarbeit | mit Ihnen": the reader is the partner of a noun inside another phrase (in "ein Telefonat |
    mit Ihnen führen" the call is had with the reader either way)."""
    if part.kind != "prepositional" or before is None or before.kind not in {"noun", "prepositional"}:
        return False
    if before.head.pos_ in NOUN_LIKE_POS and any(token.tag_ == "CARD" for token in part.tokens):
        return not _time_phrase(part)
    with_reader = part.preposition is not None and part.preposition.lower_ == "mit"
    inside_a_phrase = before.kind == "prepositional" and before.head.pos_ in {"NOUN", "PROPN"}
    return with_reader and inside_a_phrase and any(voice_of(token) == CUSTOMER for token in part.tokens)


def _relative_left_behind(clause: MainClause, target: int) -> bool:
    """A relative clause opens the Nachfeld ("…, die …", also before a second predicate: "…, die unser Programm
    gebracht hat und laden Sie … ein"), the moved noun is the last noun before it, and it is not taken along."""
    part = clause.middle[target]
    if part.kind not in {"noun", "prepositional"} or part.head.tag_ in PRONOUN_TAGS or _time_phrase(part):
        return False
    if any(
        other.kind in {"noun", "prepositional"} and other.head.tag_ not in PRONOUN_TAGS
        for other in clause.middle[target + 1 :]
    ):
        return False
    nachfeld = clause.nachfeld
    taken_along = target == len(clause.middle) - 1 and not clause.right_bracket
    taken_along = taken_along and relative_clause_follows(nachfeld)
    opens = len(nachfeld) > 1 and nachfeld[0].text == "," and nachfeld[1].tag_ in {"PRELS", "PRELAT"}
    return not taken_along and (opens or relative_clause_follows(nachfeld))


def _focus_vorfeld(vorfeld: Constituent) -> bool:
    """ "Vor allem", "Besonders": a Vorfeld that only focuses what follows; it goes with the phrase that
    takes its place."""
    words = [token.lower_ for token in vorfeld.tokens]
    return words == ["vor", "allem"] or (len(words) == 1 and words[0] in FOCUS_PARTICLES)


def _plain_fronting(clause: MainClause, subject: int, target: int) -> bool:
    """Whether a fronting reads the same for certain: "wir" stays the subject in the Vorfeld's place, no focus
    or degree word could change what it narrows ("in erster Linie", "gerade", "vor allem"), no phrase after the
    moved one could be its goal or attribute ("zu Ihnen | ins Büro", "Kunden | jeder Größe")."""
    company = clause.vorfeld if subject == -1 else clause.middle[subject]
    if company.head.lower_ != "wir":
        return False  # "Seit 1990 berät Brandt Ihre Familie": before a name, the object may read as the subject
    if len(company.tokens) > 1 and company.tokens[1].lower_ != "als":
        return False  # "wir alle", "wir drei Schwestern": behind the verb, "alle" may float to the object
    words = [token.lower_ for part in clause.middle for token in part.tokens]
    text = " ".join(words)
    if any(word in FOCUS_PARTICLES | FOCUS_WORDS | SCOPE_WORDS | POSTPOSITIONS | RANKING_ADVERBS for word in words):
        return False
    if any(word in QUOTE_MARKS for word in words):
        return False  # a word set apart in quotation marks was read as its noun's name, a guess
    if clause.nachfeld and clause.nachfeld[0].lower_ in {"um", "ohne", "statt", "anstatt", "wie"}:
        return False  # "… zusammen um … zu können": a clause without its comma, where it starts is a guess
    if any(phrase in text for phrase in ("in erster linie", "vor allem", "unter anderem", "im besonderen")):
        return False
    following = clause.middle[target + 1] if target + 1 < len(clause.middle) else None
    if following is not None and following.kind in {"noun", "prepositional"}:
        first = following.tokens[0].lower_
        genitive = following.tokens[0].tag_ == "ADJA" and first.endswith("er")  # "… unterschiedlicher Herkunft"
        if (
            (clause.middle[target].kind == "prepositional" and _goal_phrase(following))  # "zu Ihnen | ins Büro"
            or genitive
            or first in {"jeder", "jedes", "aller", "mancher", "vieler", "jeglicher"}
        ):
            return False
    return True


def _case_ambiguous(clause: MainClause, part: Constituent) -> bool:
    """Whether a noun phrase moved before a subject that is a full noun phrase could be read as the subject:
    a feminine, neuter or plural object ("Ihre Kunden", "Familien", "Ihr Team") looks like a nominative, so
    "Ihre Kunden beraten unsere Mitarbeiter" reverses who advises whom. "wir" is no noun phrase."""
    if clause.vorfeld.kind == "pronoun" or part.kind != "noun" or part.preposition is not None:
        return False
    determiner = part.determiner
    return determiner is None or determiner.lower_ not in OBLIQUE_DETERMINERS


def _behind_front(
    clause: MainClause, subject: int, front: str, moved: set[int], *, keep_vorfeld: bool = True
) -> list[str]:
    """The clause's words with ``front`` in the Vorfeld: the finite verb, the company subject, the rest of the
    Mittelfeld without the ``moved`` constituents, and the right bracket. A former Vorfeld other than the
    subject follows the subject ("Unseren Kunden bieten wir seit 1990 …"), a pronoun precedes a subject that is
    a full noun phrase ("Darauf freuen sich Anna und Tom")."""
    if subject == -1:
        subject_words = [decapitalise_phrase(clause.vorfeld)]
        rest = [part for index, part in enumerate(clause.middle) if index not in moved]
        if rest and _unstressed_pronoun(rest[0]) and clause.vorfeld.head.tag_ not in PRONOUN_TAGS:
            subject_words.insert(0, _text(rest.pop(0)))  # "freuen sich Xiaorong und Thorsten", not "… sich"
    else:
        subject_words = [_text(clause.middle[subject])]
        others = [part for index, part in enumerate(clause.middle) if index not in moved | {subject}]
        # "So können wir uns …" → "Auf Sie … können wir uns so …": a pronoun comes before the old Vorfeld
        pronouns = list(itertools.takewhile(_unstressed_pronoun, others))
        rest = pronouns + ([clause.vorfeld] if keep_vorfeld else []) + others[len(pronouns) :]
    parts = [clause.link.text] if clause.link is not None else []
    parts += [front if parts else capitalise(front), clause.finite_text, *subject_words]
    parts += [decapitalise_phrase(part) if part is clause.vorfeld else _text(part) for part in rest]
    return parts + [token.text for token in clause.right_bracket]


def _unstressed_pronoun(part: Constituent) -> bool:
    """ "sich", "uns", "Ihnen": a reflexive or personal pronoun, which comes before a subject that is a full
    noun phrase ("… empfahl uns unsere Zuverlässigkeit")."""
    return len(part.tokens) == 1 and part.head.tag_ in {"PRF", "PPER"}


def _phrase_of_the_noun_before(clause: MainClause, target: int) -> bool:
    """ "Fragen | rund | um Ihre Immobilie", "alles | rund | um Ihr Auto": a phrase opened by "rund", "fast" … right
    after a noun belongs to that noun."""
    opener, before = clause.middle[target - 1], clause.middle[target - 2]
    opens = opener.kind == "adverb" and opener.tokens[-1].lower_ in PHRASE_OPENING_ADVERBS
    return opens and before.kind in {"noun", "prepositional", "pronoun"} and before.tokens[-1].pos_ in NOUN_LIKE_POS


def _focus_particle(part: Constituent) -> bool:
    """ "gerade", "besonders", "rund" (um Ihr Auto): a particle that focuses or opens the phrase after it and so
    moves with it."""
    words = FOCUS_PARTICLES | PHRASE_OPENING_ADVERBS
    return part.kind == "adverb" and len(part.tokens) == 1 and part.head.lower_ in words


def _attribute_at_stake(clause: MainClause, index: int) -> bool:
    """Whether moving the constituent at ``index`` (fronted, or made the subject) may part a noun from its
    attribute, which would then read as the verb's: a noun with a prepositional phrase right after it
    ("Menschen in kleinen Betrieben" → "Menschen wollen wir in kleinen Betrieben unterstützen"; "auf Ihren Besuch
    in unserem Laden" → "Auf Ihren Besuch freuen wir uns in unserem Laden"; pronouns take no attribute), or a
    zu-phrase right after a noun ("alle Fernwartungen zu Ihren Rechnern")."""
    part = clause.middle[index]
    if part.kind not in {"noun", "prepositional"} or _fixed_adverbial(part):
        return False  # "an dieser Stelle | bei allen Helfern": a set phrase takes no attribute
    following = clause.middle[index + 1] if index + 1 < len(clause.middle) else None
    # "auf diesem Gebiet | unter anderem mit …": a set phrase is no noun's attribute; pronouns take none; "bei
    # der Wahl | auf liebevolle Betreuer" after "achten": the phrase is the verb's own object
    attributed = following is not None and following.kind == "prepositional" and not _fixed_adverbial(following)
    attributed = attributed and not _governed_by_the_verb(clause, following)
    if attributed and part.head.tag_ not in PRONOUN_TAGS:
        return True
    if part.kind != "prepositional" or part.preposition is None or index == 0:
        return False
    before = clause.middle[index - 1]
    after_noun = before.kind == "noun" or (before.kind == "prepositional" and before.head.text[:1].isupper())
    # "Fragen zu Ihrem Vertrag", "Bilder mit Ihren Kindern", "auf die Zusammenarbeit mit Ihnen": the noun's
    return after_noun and (part.preposition.lower_ in NOUN_ATTRIBUTE_PREPOSITIONS or _customer_pronoun_phrase(part))


def _governed_by_the_verb(clause: MainClause, part: Constituent) -> bool:
    """ "achten auf", "sorgen für", "beitragen zu": the phrase is the prepositional object its verb asks for, not
    an attribute of the noun before it."""
    if part.preposition is None:
        return False
    verbs = [token for token in (clause.finite, *clause.right_bracket) if token.tag_.startswith("VV")]
    particles = "".join(token.lower_ for token in clause.right_bracket if token.tag_ == "PTKVZ")
    wanted = {GOVERNED_PREPOSITIONS.get(particles + verb.lemma_.lower()) for verb in verbs}
    preposition = part.preposition.lower_
    return preposition in wanted or (preposition in {"zum", "zur"} and "zu" in wanted)


def _customer_pronoun_phrase(part: Constituent) -> bool:
    """A phrase about the reader ("mit Ihnen", "mit Ihren Kindern", "zu unseren Kunden"), which after a noun is
    as likely the noun's ("die Zusammenarbeit mit Ihnen") as the verb's."""
    return any(voice_of(token) == CUSTOMER for token in part.tokens)


def _fixed_adverbial(part: Constituent) -> bool:
    """ "unter anderem", "vor allem", "in der Regel": a set phrase that modifies the clause, never a noun."""
    return tuple(token.lower_ for token in part.tokens) in FIXED_ADVERBIALS


def _with_relative_clause(clause: MainClause, index: int) -> tuple[Constituent, tuple[Token, ...]]:
    """The constituent at ``index`` with the relative clause extraposed after it ("allen Kunden, die bis Juni
    buchen"), and the Nachfeld that remains. The clause belongs to it only when nothing stands between them and
    it has a noun: in "ein Telefonat mit Ihnen, in dem Sie …" the clause is the call's, not the reader's."""
    part = clause.middle[index]
    relative = (
        index == len(clause.middle) - 1
        and not clause.right_bracket
        and part.kind in {"noun", "prepositional"}
        and part.head.tag_ not in PRONOUN_TAGS
        and relative_clause_follows(clause.nachfeld)
        and not _sentence_relative(clause.nachfeld)
    )
    if not relative:
        return part, clause.nachfeld
    return Constituent(part.tokens + clause.nachfeld, part.kind, part.head, part.preposition), ()


def _sentence_relative(nachfeld: tuple[Token, ...]) -> bool:
    """ "…, was uns besonders Spaß macht", "…, womit wir …": a clause about the whole sentence, not a noun's."""
    return len(nachfeld) > 1 and nachfeld[0].text == "," and nachfeld[1].lower_ in SENTENCE_RELATIVES


def _perspective(clause: MainClause, subject: int, lexicon: Lexicon) -> Candidate | None:
    if _sentence_relative(clause.nachfeld):
        return None  # "Wir bieten Ihnen eine Beratung, was viele Banken nicht mehr tun": "was" is the offering
    if any(token.lower_ in COMPANY_WILLINGNESS for part in clause.middle for token in part.tokens):
        return None  # "Wir senden Ihnen gern …": "gern" is the company's, "Sie erhalten gern" means another thing
    if any(
        token.lower_ in GIVING_IDIOMS or token.lower_.endswith(SPEECH_ACT_ENDINGS)
        for part in clause.middle
        for token in part.tokens
    ):
        return None  # "Wir geben Ihnen recht", "… die Stirn": an idiom of giving has no receiving side
    if (subject != -1 and _describes_the_subject(clause.vorfeld)) or any(
        _agent_phrase(part) for index, part in enumerate(clause.middle) if index != subject
    ):
        # "Als Familienbetrieb bieten wir Ihnen …", "Wir liefern Ihnen die Ware selbst": the phrase describes
        # its subject or how the subject acts, and with the reader as the subject it would describe the reader
        return None
    verb = _lexical_verb(clause)
    if verb is None:
        return None
    lemma, particle, auxiliary = verb
    others = [index for index in range(len(clause.middle)) if index != subject]
    recipient = next((i for i in others if _dative_recipient(clause.middle[i], lexicon)), None)
    if recipient is not None and recipient > 0 and clause.middle[recipient - 1].head.lower_ in {"auch", "nur"}:
        return None  # "Wir bieten auch Ihnen eine Lösung": "Sie erhalten auch eine Lösung" is another addition
    if any(token.lower_.startswith("eigen") for part in clause.middle for token in part.tokens):
        return None  # "mit eigenen Fahrzeugen", "aus eigener Herstellung": "eigen" would turn to the new subject
    nachfeld = clause.nachfeld
    explained = EXPLAINING_VERBS.get((lemma, particle))
    if explained is not None:
        # "Wir erklären Ihnen …", "Zunächst erklären wir dabei genau, welche …": the reader learns or sees it
        if any(_customer_constituent(clause.middle[i], clause, lexicon) for i in others if i != recipient):
            return None
        entry = (explained, "")
        informal = clause.finite.doc._.address == "informal"
        if recipient is not None:
            nominative = _nominative(clause.middle[recipient])  # None: no subject for it, nothing offered
        else:
            nominative = ("du", "du") if informal else ("Sie", "pl")
        safe = False
    elif recipient is not None:
        entry = PERSPECTIVE_VERBS.get((lemma, particle))
        if entry is None:
            return None
        if _torn_from_its_noun(clause, recipient, moved=False):
            return None  # "allen Kunden | über 65 Jahren": the description would stay behind "erhalten"
        recipient_phrase, nachfeld = _with_relative_clause(clause, recipient)
        nominative = _nominative(recipient_phrase)
        # "Wir geben Ihnen eine Stimme, Halt, Sicherheit, ein Zuhause", "Wir schenken Ihnen Gehör": giving is
        # mostly an idiom, and "Sie erhalten eine Stimme" is a vote; a discount or an answer is handed over
        handed_over = lemma not in IDIOMATIC_GIVING or _handed_over(clause, others, recipient)
        safe = handed_over and not _attribute_at_stake(clause, recipient)
    elif _owned_object(clause, others) is not None:
        safe_switch = POSSESSION_VERBS.get((lemma, particle))
        owned = _owned_object(clause, others)
        if safe_switch is None or any(i < owned for i in others):
            return None  # the customer's thing must be the first object: "Wir erstellen Ihr Gutachten …"
        entry = ("erhalten", "")
        stem = next(s for s in CUSTOMER_POSSESSIVE_STEMS if clause.middle[owned].determiner.lower_.startswith(s))
        nominative = POSSESSIVE_SUBJECT[stem]
        safe = safe_switch
    else:
        if (lemma, particle) not in OFFERING_VERBS or not _offers_a_thing(clause, others, lexicon):
            return None
        if any(lexicon.is_customer_noun(token.text) for token in (*clause.nachfeld, *clause.right_bracket)):
            return None  # "… Tagesablauf, an dem sich die Kinder orientieren": the ones who get it are named
        # "Wir bieten eine große Auswahl an …" → "Bei uns erhalten Sie eine große Auswahl an …": the reader is added
        entry = ("erhalten", "")
        informal = clause.finite.doc._.address == "informal"
        nominative = ("du", "du") if informal else ("Sie", "pl")
        safe = False
    if nominative is None:
        return None
    new_subject, person = nominative
    new_verb, participle = entry
    rest = [clause.middle[i] for i in others if i != recipient]
    if not rest and not (explained and nachfeld):
        return None  # "Wir helfen Ihnen." — nothing the customer receives
    if not explained and (not any(part.kind == "noun" for part in rest) or any(_goal_phrase(part) for part in rest)):
        # "Ab 50 Euro liefern wir Ihnen versandkostenfrei", "Wir liefern Ihnen die Ware ins Haus", "… Ihre
        # Unterlagen an Ihren Steuerberater": "erhalten" needs a thing and takes no goal
        return None
    if nachfeld and nachfeld[1:2] and nachfeld[1].lower_ in {"wohin", "wo", "dorthin", "dahin"}:
        return None  # "…, wohin Sie wollen": a goal again
    safe = safe and _neutral_for_the_reader(clause, subject, rest, nachfeld)
    # "Wir schicken Ihnen einen Monteur": a person is sent, not received; "Sie erhalten einen Monteur" is for review
    safe = safe and not any(part.kind == "noun" and _names_a_person(part.head) for part in rest)
    if any(token.lower_ == "wir" for token in nachfeld) or any(t.lower_ == "wir" for part in rest for t in part.tokens):
        return None  # "alles, was wir können": with the customer as subject, "wir" would lose its referent
    company = _company_dative(clause.vorfeld) if subject == -1 else None
    if company is False:
        return None
    if recipient is None and company is None and _owned_object(clause, others) is None and not explained:
        company = "bei uns"  # the company stays in the sentence when no recipient stood for the reader
    finite = CONJUGATION[auxiliary or new_verb][person]
    parts = [clause.link.text] if clause.link is not None else []
    if subject == -1:
        parts += [new_subject if parts else capitalise(new_subject), finite]
    else:  # the adverbial keeps the Vorfeld: "Seit 1990 erhalten unsere Kunden …"
        adverbial = _text(clause.vorfeld)
        parts += [adverbial if parts else capitalise(adverbial), finite, new_subject]
    if company:
        parts.append(company)
    parts += [_text(part) for part in rest]
    bracket = ([participle] if participle else []) + ([new_verb] if auxiliary else [])  # "geschenkt bekommen"
    parts += bracket
    text = join_parts(parts, nachfeld, clause.closing)
    changed = frozenset({clause.finite.lower_, *(t.lower_ for t in clause.right_bracket), "wir", new_verb,
                         finite.lower(), *(participle and [participle]), "von", "bei"})  # fmt: skip
    return Candidate(text, "perspective", safe, changed=changed, right_bracket=tuple(bracket))


def _handed_over(clause: MainClause, others: list[int], recipient: int) -> bool:
    """Whether what is given is a thing the reader then holds ("einen Rabatt", "eine Garantie", "eine Antwort",
    "einen Überblick"), the only objects with which "geben" reads the same as "erhalten"."""
    things = [clause.middle[i] for i in others if i != recipient and clause.middle[i].kind == "noun"]
    return bool(things) and HANDED_OVER.search(things[0].head.lower_) is not None


def _names_a_person(noun: Token) -> bool:
    """ "Monteur", "Techniker", "Berater", "Mitarbeiterin": a noun for someone who does the work."""
    return noun.lower_.endswith(PERSON_NOUN_ENDINGS)


def _goal_phrase(part: Constituent) -> bool:
    """ "ins Haus", "in die Wohnung", "an Ihre Kunden", "bis vor die Tür", "zum Hersteller", "nach Hause",
    "dorthin": where the thing goes, which "erhalten" cannot take."""
    if part.kind == "adverb":
        return part.head.lower_ in GOAL_ADVERBS
    preposition = part.preposition
    if preposition is None:
        return False
    word = preposition.lower_
    if word in GOAL_PREPOSITIONS:
        return True
    following = part.tokens[1].lower_ if len(part.tokens) > 1 else ""
    if word == "an":  # "an 500 Redaktionen", "an Ihre Kunden"; not "an der Kasse", "eine Auswahl an Stoffen"
        return following in ACCUSATIVE_DETERMINERS or (len(part.tokens) > 1 and part.tokens[1].tag_ == "CARD")
    return word in {"in", "auf"} and following in ACCUSATIVE_DETERMINERS  # "in die Wohnung", "auf die Baustelle"


def _neutral_for_the_reader(
    clause: MainClause, subject: int, rest: list[Constituent], nachfeld: tuple[Token, ...]
) -> bool:
    """Whether a perspective switch is in its plainest shape, where everything it carries over reads the same
    with the reader as the subject: "wir" giving one thing (a service or price when it is only "offered"), and
    besides it only times (not "seit", the company's own span), cost, speed and frequency ("kostenlos",
    "schnell", "regelmäßig"), "bei uns", "per Post", "innerhalb von 24 Stunden", the thing's own phrase and its
    origin. Any other phrase may be the giver's feeling, manner, partner, mandate, motive or comparison ("mit
    Stolz", "gemeinsam mit …", "im Namen …", "aus Überzeugung", "anders als …") and would then describe the
    reader, so such a switch is offered for review only."""
    vorfeld = clause.vorfeld
    if subject == -1 and vorfeld.head.lower_ != "wir":
        return False  # "Unser Hotel bietet Ihnen …": "von unserem Hotel" may name a place, not a giver
    if subject != -1:
        linking = (
            vorfeld.kind == "adverb"
            and all(
                t.lower_ in LINKING_ADVERBS["de"] and t.lower_ not in VORFELD_BOUND | SCOPE_WORDS
                for t in vorfeld.tokens
            )
        ) or _text(vorfeld).lower() in LINKING_PHRASES["de"]
        timed = _time_phrase(vorfeld) and (vorfeld.preposition is None or vorfeld.preposition.lower_ != "seit")
        if not (linking or timed):
            return False
    things = [part for part in rest if part.kind == "noun" and part.preposition is None]
    verbs = {clause.finite.lemma_.lower(), *(token.lemma_.lower() for token in clause.right_bracket)}
    if verbs & SENDING_VERBS and (
        any(_time_phrase(part) or _sending_adverbial(part) for part in rest)
        or (subject != -1 and _time_phrase(vorfeld))
    ):
        return False  # "Wir schicken Ihnen … innerhalb von 24 Stunden": when it is sent is not when it arrives
    if len(things) > 1:
        return False  # "guten Gewissens unsere Produkte": a second noun phrase may be the giver's manner
    if things and things[0].head.lower_.endswith(FEATURE_NOUNS):
        return False  # "Wir bieten Ihnen zwei Standorte": what the company has is nothing the reader receives
    offered = clause.finite.lemma_.lower() in {"bieten", "anbieten"} or any(
        token.lemma_.lower() in {"bieten", "anbieten"} for token in clause.right_bracket
    )
    if offered and things and not things[0].head.lower_.endswith(SERVICE_NOUNS):
        return False  # "Wir bieten Ihnen drei Tarife": on offer to choose from, not handed over
    for part in rest:
        words = [token.lower_ for token in part.tokens]
        if any(word.startswith("eigen") for word in words) and not any(w in COMPANY_POSSESSIVES for w in words):
            return False  # "aus eigener Herstellung" would be the reader's own
        if any(token.tag_ == "KOKOM" for token in part.tokens):
            return False  # "Service wie ein großes Unternehmen": the comparison was the company's
        if part.kind == "noun" and part.preposition is None:
            continue
        if _time_phrase(part) and (part.preposition is None or part.preposition.lower_ != "seit"):
            continue
        if part.kind == "adverb" and len(part.tokens) == 1 and part.head.lower_ in NEUTRAL_ADVERBS:
            continue
        if part.preposition is not None and part.preposition.lower_ in NEUTRAL_PREPOSITIONS:
            continue
        if words == ["bei", "uns"]:
            continue  # "Sie erhalten bei uns …"
        attribute = part.preposition is not None and part.preposition.lower_ in THING_ATTRIBUTE_PREPOSITIONS
        if attribute and things and rest.index(part) == rest.index(things[0]) + 1:
            continue  # "einen Eingangsbericht | über Ihr Gerät": the thing's own, and it stays right after it
        origin = part.preposition is not None and part.preposition.lower_ == "aus" and len(part.tokens) > 1
        if origin and part.tokens[1].tag_ in {"ART", "PPOSAT"} and not any(w in MOTIVE_NOUNS for w in words):
            continue  # "aus der Region", "aus unserer Backstube": where the thing comes from
        # any other phrase ("in Absprache mit Ihrem Hausarzt", "mit Stolz", "aus Überzeugung", "in Hamburg") may
        # be the giver's manner, partner or motive or the thing's place: the switch is for review
        return False
    return not nachfeld or relative_clause_follows(nachfeld)


def _sending_adverbial(part: Constituent) -> bool:
    """A phrase that says when or how fast something is sent ("sofort", "innerhalb einer Woche", "per Post"),
    which after a switch would say when it arrives; an e-mail arrives as it is sent ("per E-Mail")."""
    words = [token.lower_ for token in part.tokens]
    if part.preposition is not None and part.preposition.lower_ in {"per", "mit", "via"}:
        return not any("mail" in word for word in words)
    if part.preposition is not None and part.preposition.lower_ in {"innerhalb", "binnen", "bis"}:
        return True
    return part.kind == "adverb" and part.head.lower_ in NEUTRAL_ADVERBS


def _describes_the_subject(vorfeld: Constituent) -> bool:
    """ "Als Familienbetrieb", "Mit 30 Jahren Erfahrung", "Dank unseres Know-hows": a role, or what the
    subject brings along; "Mit diesem Formular" is a means, which any subject may use."""
    preposition = vorfeld.preposition
    if preposition is None:
        return False
    text = " ".join(token.lower_ for token in vorfeld.tokens)
    if preposition.lower_ not in {"als", "mit", "dank"}:
        return "erfahrung" in text  # "Nach über 15 Jahren Erfahrung …": the company's record
    return preposition.lower_ == "als" or any(word in text for word in (*COMPANY_DESCRIPTORS["de"], "jahr"))


def _agent_phrase(part: Constituent) -> bool:
    """ "als erfahrener Partner", "selbst", "persönlich", "bewusst": a role of the subject, or how it acts
    on its own accord ("als PDF" is the thing's form, but a role cannot be told from it reliably)."""
    if part.preposition is not None and part.preposition.lower_ == "als":
        return True
    return part.kind == "adverb" and part.head.lower_ in AGENT_ADVERBS


def _owned_object(clause: MainClause, others: list[int]) -> int | None:
    """The index of an object phrase with the reader's possessive ("Ihr Gutachten"), if there is one."""
    return next((i for i in others if clause.middle[i].kind == "noun" and clause.middle[i].determiner is not None
                 and _customer_possessive(clause.middle[i].determiner)), None)  # fmt: skip


def _offers_a_thing(clause: MainClause, others: list[int], lexicon: Lexicon) -> bool:
    """The first object is a noun phrase, the only one (a second is a thing given to the first: "Wir bieten
    unseren Kollegen die Möglichkeit …", not to the reader), and nothing in the clause is about the customer."""
    parts = [clause.middle[i] for i in others]
    if not parts or parts[0].kind != "noun" or sum(1 for part in parts if part.kind == "noun") > 1:
        return False
    return not any(_customer_constituent(part, clause, lexicon) for part in parts)


def _passive(clause: MainClause, subject: int, lexicon: Lexicon) -> Candidate | None:
    """ "Wir beraten Sie gerne." → "Sie werden von uns gerne beraten.": the customer object becomes the subject
    of a passive, for the verbs in ``PARTICIPLES``. A change of voice is a matter of style, so it is never safe."""
    if subject == -1 and clause.vorfeld.head.lower_ != "wir":
        return None  # "Unser Team berät Sie": "von unserem Team" would need the company's dative
    verb = _lexical_verb(clause)
    if verb is None:
        return None
    participle = PARTICIPLES.get((verb[0], verb[1]))
    object_at = subject + 1  # the object follows the verb, or "wir" after a fronted adverbial
    if participle is None or len(clause.middle) <= object_at:
        return None
    nominative = _accusative_as_subject(clause.middle[object_at], lexicon)
    if nominative is None:
        return None
    moved = clause.middle[object_at].tokens[0]
    if moved.lower_.startswith("ihr") and moved.is_lower:
        return None  # "Wir betreuen ihre Kinder, während die Eltern arbeiten": first, "ihre" would read as "Ihre"
    words = [token.lower_ for part in clause.middle for token in part.tokens]
    if "wie" in words or "als" in words or [token.lower_ for token in clause.nachfeld[:2]] == [",", "um"]:
        # "Wir beraten Sie so gründlich wie ein Facharzt", "Wir besuchen Sie, um den Schaden zu begutachten":
        # in the passive the comparison or the purpose would turn to the reader
        return None
    new_subject, person = nominative
    # "Wir werden Sie benachrichtigen" → "Sie werden … benachrichtigt"; "Wir können Sie beraten" → "Sie können
    # … beraten werden"
    modal = verb[2] == "können"
    auxiliary = CONJUGATION["können" if modal else "werden"][person]
    bracket = (participle, "werden") if modal else (participle,)
    rest = [_text(part) for part in clause.middle[object_at + 1 :]]
    parts = [clause.link.text] if clause.link is not None else []
    if subject == -1:
        parts += [new_subject if parts else capitalise(new_subject), auxiliary]
    else:  # "Daher unterstützen wir Sie dabei." → "Daher werden Sie von uns dabei unterstützt."
        adverbial = _text(clause.vorfeld)
        parts += [adverbial if parts else capitalise(adverbial), auxiliary, new_subject]
    text = join_parts([*parts, "von uns", *rest, *bracket], clause.nachfeld, clause.closing)
    changed = frozenset({clause.finite.lower_, *(t.lower_ for t in clause.right_bracket), "wir", "uns", "von",
                         auxiliary, *bracket})  # fmt: skip
    return Candidate(text, "passive", False, changed=changed, right_bracket=bracket)


def _accusative_as_subject(part: Constituent, lexicon: Lexicon) -> tuple[str, str] | None:
    """An accusative customer object in the nominative: Sie/dich/euch, or a phrase whose accusative and
    nominative read the same (plural, or feminine singular: "alle Gäste", "unsere Kundinnen")."""
    if part.kind == "pronoun" and voice_of(part.head) == CUSTOMER and len(part.tokens) == 1:
        return ACCUSATIVE_PRONOUN_AS_SUBJECT.get(part.head.text)
    if part.kind != "noun" or part.has_clause or not lexicon.is_customer_noun(part.head.text):
        return None
    determiner = part.determiner
    noun = part.head.text.lower()
    if determiner is None or determiner.lower_ not in SAME_IN_NOMINATIVE or part.tokens[-1] is not part.head:
        return None
    if determiner.lower_ in {"alle", "viele", "beide"} or noun.endswith("innen"):
        return _text(part), "pl"
    if noun.endswith("in"):
        return _text(part), "sg3"
    return (_text(part), "pl") if noun.endswith(("en", "er", "e")) and determiner.lower_ != "eine" else None


def _lexical_verb(clause: MainClause) -> tuple[str, str, str | None] | None:
    """(lemma, separable particle, auxiliary) of the clause's main verb in the present tense, alone or under
    "können"/"werden"; None for anything else (past tense, perfect, other modals)."""
    finite = clause.finite
    bracket = list(clause.right_bracket)
    if finite.tag_ == "VVFIN" and _present(finite):
        if not bracket:
            return finite.lemma_.lower(), "", None
        if len(bracket) == 1 and bracket[0].tag_ == "PTKVZ":
            return finite.lemma_.lower(), bracket[0].lower_, None
        return None
    if finite.lemma_.lower() in AUXILIARIES and finite.lower_ in {"können", "werden"} and len(bracket) == 1:
        infinitive = bracket[0].lower_
        if bracket[0].tag_ != "VVINF":
            return None
        auxiliary = finite.lemma_.lower()
        for particle in SEPARABLE_PARTICLES:
            if infinitive.startswith(particle) and (infinitive[len(particle) :], particle) in PERSPECTIVE_VERBS:
                return infinitive[len(particle) :], particle, auxiliary
        return infinitive, "", auxiliary
    return None


def _present(verb: Token) -> bool:
    """Present tense, first/third person plural or third person singular ("bieten", "bietet", "gibt")."""
    lemma, form = verb.lemma_.lower(), verb.lower_
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    return form in {lemma, stem + "t", stem + "et"} or IRREGULAR_PRESENT.get(form) == lemma


def _dative_recipient(part: Constituent, lexicon: Lexicon) -> bool:
    if part.kind == "pronoun":
        return part.head.text in DATIVE_PRONOUNS and voice_of(part.head) == CUSTOMER and len(part.tokens) == 1
    if part.kind != "noun" or not lexicon.is_customer_noun(part.head.text):
        return False
    determiner = part.determiner
    lower = determiner.lower_ if determiner is not None else None
    return lower is None or lower in DATIVE_PLURAL or lower in DATIVE_SINGULAR_MASCULINE_NEUTER or (
        lower in DATIVE_SINGULAR_FEMININE and lower != "der")  # fmt: skip


def _company_dative(vorfeld: Constituent) -> str | bool | None:
    """ "von unserem Team" for a company noun subject; None for "wir"; False when unsure (plural, unknown)."""
    if vorfeld.kind == "pronoun":
        return None
    words = list(vorfeld.tokens)
    determiner = vorfeld.determiner
    if determiner is None:
        return "von " + " ".join(token.text for token in words) if words[0].tag_ in {"NE", "FM"} else False
    dative = COMPANY_DATIVE.get(determiner.lower_)
    if dative is None or (determiner.lower_ in {"unsere", "die"} and vorfeld.head.morph.get("Number") != ["Sing"]):
        return False  # "Unsere Mitarbeiter" is plural: "von unserer Mitarbeiter" would be wrong
    adjectives = [token for token in words[1:] if token.tag_ == "ADJA"]
    if any(not token.text.endswith(("e", "er", "es")) for token in adjectives):
        return False
    inflected = [dative] + [
        (token.text[:-1] + "en" if token.text.endswith("e") else token.text[:-2] + "en")
        if token.tag_ == "ADJA"
        else token.text
        for token in words[1:]
    ]
    return "von " + " ".join(inflected)


def _nominative(part: Constituent) -> tuple[str, str] | None:
    """The recipient (with its relative clause) in the nominative, and its verb person; None when unsure."""
    if part.kind == "pronoun":
        return PRONOUN_NOMINATIVE.get(part.head.text)
    tokens = list(part.tokens)
    head_at = tokens.index(part.head)
    after = tokens[head_at + 1 :]
    if after and after[0].lower_ in {"und", "oder", "sowie"}:
        return None  # "allen Kundinnen und Kunden": every conjunct would need its case changed
    clause = " ".join(token.text for token in after).replace(" ,", ",")
    words = tokens[: head_at + 1]
    determiner = part.determiner
    lower = determiner.lower_ if determiner is not None else None
    noun = part.head.text
    if noun.lower().endswith(NOMINALISED_ENDINGS) or (lower in {"vielen", "mehreren", "einigen"} and len(words) > 2):
        return None  # "allen Teilnehmenden", "jedem Reisenden", "vielen neuen Kunden": declined by their determiner
    if lower in DATIVE_SINGULAR_MASCULINE_NEUTER and _singular_noun(noun).lower().endswith("en"):
        return None  # "jedem Menschen": a weak noun whose nominative the table does not know
    if lower in DATIVE_PLURAL or lower is None:
        if lower is None and not noun.endswith("n"):
            return None  # "Kunden"/"Familien" are clearly plural; anything else without a determiner is unsure
        adjectives = [_plural_adjective(t.text, strong=lower is None) for t in words[1 if lower else 0 : -1]]
        phrase = _compose(DATIVE_PLURAL.get(lower or ""), determiner, adjectives, _plural_noun(noun)), "pl"
    elif lower in DATIVE_SINGULAR_MASCULINE_NEUTER:
        new_determiner = DATIVE_SINGULAR_MASCULINE_NEUTER[lower]
        if noun.lower().endswith(tuple(NEUTER_CUSTOMERS)) and new_determiner in {"der", "jeder", "dieser"}:
            new_determiner = {"der": "das", "jeder": "jedes", "dieser": "dieses"}[new_determiner]
        adjectives = [_singular_adjective(t.text, new_determiner) for t in words[1:-1]]
        if None in adjectives:
            return None
        phrase = _compose(new_determiner, determiner, adjectives, _singular_noun(noun)), "sg3"  # type: ignore[arg-type]
    elif lower in DATIVE_SINGULAR_FEMININE and noun.lower().endswith(("in", "kundschaft", "familie")):
        adjectives = [_singular_adjective(t.text, "die") for t in words[1:-1]]
        if None in adjectives:
            return None
        phrase = _compose(DATIVE_SINGULAR_FEMININE[lower], determiner, adjectives, noun), "sg3"  # type: ignore[arg-type]
    else:
        return None
    text, person = phrase
    if clause:
        if clause.startswith(","):  # a relative clause closes with its own comma before the verb
            text += clause + ("" if clause.endswith(",") else ",")
        else:
            text += " " + clause
    return text, person


def _compose(determiner: str | None, original: Token | None, adjectives: list[str], noun: str) -> str:
    words = []
    if determiner is not None:
        # keep the capital of a formal possessive ("Ihren Kunden" → "Ihre Kunden")
        words.append(capitalise(determiner) if original is not None and original.text[:1].isupper() else determiner)
    return " ".join([*words, *adjectives, noun])


def _plural_noun(noun: str) -> str:
    """Dative plural → nominative plural: the dative adds -n (Gästen → Gäste, Mitgliedern → Mitglieder) unless
    the plural already ends in -n (Kunden, Kundinnen, Familien, Eltern)."""
    if noun.lower().endswith(PLURALS_ENDING_IN_N) or not noun.endswith("n"):
        return noun
    return noun[:-1]


def _singular_noun(noun: str) -> str:
    """Dative singular of weak masculine nouns: Kunden → Kunde, Patienten → Patient."""
    lower = noun.lower()
    if lower.endswith(("kunden", "herrn")):
        return noun[:-1]
    if lower.endswith(("patienten", "mandanten", "studenten", "abonnenten", "interessenten", "klienten")):
        return noun[:-2]
    return noun


def _plural_adjective(adjective: str, *, strong: bool) -> str:
    """Dative plural adjectives end in -en; in the nominative plural they stay -en after a determiner, else -e."""
    return adjective[:-1] if strong and adjective.endswith("en") else adjective


def _singular_adjective(adjective: str, determiner: str) -> str | None:
    """Nominative singular after der/die/das/jeder … → -e; after ein/unser → -er/-es (left to the unsure case)."""
    if not adjective.endswith("en"):
        return None
    if determiner in {"der", "die", "das", "jeder", "jede", "jedes", "dieser", "diese", "dieses"}:
        return adjective[:-1]
    return None


def _text(part: Constituent) -> str:
    return join(list(part.tokens))


def decapitalise_phrase(part: Constituent) -> str:
    """A constituent leaving the sentence start: "Wir" → "wir", "Seit 1990" → "seit 1990", nouns keep theirs."""
    text = _text(part)
    first = part.tokens[0]
    if first.tag_ in {"NN", "NNA", "NE", "FM"} or voice_of(first) == CUSTOMER:
        return text
    return decapitalise(text)


def _bracket(clause: MainClause) -> tuple[str, ...] | None:
    """The right bracket a fronting must keep; None when the clause ends in a lone adverb the tagger may read
    as a particle after the reordering ("… weiter."), so only the clause structure is checked."""
    last = clause.middle[-1] if clause.middle else None
    if not clause.right_bracket and last is not None and last.kind == "adverb" and len(last.tokens) == 1:
        return None
    return tuple(token.text for token in clause.right_bracket)
