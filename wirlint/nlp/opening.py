"""How a sentence opens: with the company, with a phrase about the company, with the customer, or neither.

This is the heart of the we-focus rules, the mission and deck rules and the rewrites. German is verb-second:
whatever stands before the finite verb (the Vorfeld) is what the reader meets first, so "Allen Neukunden
schenken wir …" is customer-first although "wir" is the subject, while "Als Familienbetrieb wissen wir …"
opens with the company. English puts the subject first, so an opening phrase ends at the comma before "we".
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from enum import Enum

from spacy.tokens import Span, Token

from wirlint.nlp.lexicon import SALUTATIONS, Lexicon, opens_salutation
from wirlint.nlp.sentences import sentence_words
from wirlint.nlp.tagging import FINITE_TAGS, ensure_tagged, finite_before_wir
from wirlint.nlp.voice import COMPANY, CUSTOMER, is_quoted, voice_of


class Opening(Enum):
    COMPANY = "company"  # Wir sind …, Unser Team …, Acme GmbH bietet …
    COMPANY_PHRASE = "company_phrase"  # Als Familienbetrieb wissen wir …, With 30 years of experience, we …
    COMPANY_LATER = "company_later"  # Seit 1990 bieten wir …, Every month we publish …
    CUSTOMER = "customer"  # Sie erhalten …, Unsere Kunden sparen …, Allen Neukunden schenken wir …
    OTHER = "other"


WE_FIRST = frozenset({Opening.COMPANY, Opening.COMPANY_PHRASE})
SUBJECT_PRONOUNS = {"de": frozenset({"wir"}), "en": frozenset({"we"})}
POSSESSIVES = {
    "de": frozenset({"unser", "unsere", "unserem", "unseren", "unserer", "unseres", "unsern", "unsre"}),
    "en": frozenset({"our"}),
}
# Opening phrases about the company: an apposition ("Als Familienbetrieb", "As your partner", "At Acme") is
# always about the subject; a "with" phrase ("Mit 30 Jahren Erfahrung", "With 12 locations") unless it
# names the customer ("With your help").
# prepositions of place, time and setting ("In unserer Kanzlei …"); English editors count "In our kitchen, we
# …" as the company first, German editors "In unserer Küche …" as what comes before it
SETTING_PREPOSITIONS = {
    "de": frozenset({"in", "im", "bei", "beim", "auf", "am", "an", "aus", "während", "vor", "unter", "neben"}),
    "en": frozenset(),
}
MAX_ROLE_WORDS = 6  # "As designer/makers", "As a small family business"
ROLE_ARTICLES = frozenset({"a", "an", "the", "ein", "eine", "einer", "eines"})
ROLE_ENDS = frozenset({"of", "in", "for", "with", "at", "von", "für", "mit", "aus", "bei"})
COMPANY_APPOSITION_STARTS = {"de": frozenset({"als"}), "en": frozenset({"as", "at"})}
COMPANY_ATTRIBUTE_STARTS = {"de": frozenset({"mit", "dank"}), "en": frozenset({"with", "thanks"})}
COMPANY_DESCRIPTORS = {
    "de": (
        "erfahrung", "jahrzehnt", "familienbetrieb", "familienunternehmen", "unternehmen", "team",
        "expert", "experte", "spezialist", "anbieter", "dienstleister", "leidenschaft", "tradition",
        "meisterbetrieb", "fachbetrieb", "agentur", "kanzlei", "praxis", "betrieb", "firma", "hersteller",
        "know-how", "kompetenz", "mitarbeiter", "standort", "filiale", "gründung", "herzblut",
    ),
    "en": (
        "experience", "decade", "family business", "family-owned", "company", "team", "expert",
        "specialist", "provider", "passion", "tradition", "agency", "firm", "practice", "business",
        "manufacturer", "expertise", "staff", "employee", "office", "founding", "heritage", "studio",
    ),
}  # fmt: skip
OBJECT_PRONOUNS = {"de": frozenset({"uns"}), "en": frozenset({"us"})}
# verbs of common knowledge and duties that make "wir alle"/"we all" everyone's ("Wir alle kennen …")
# ("We all have 20 years of experience", "Wir alle lieben unseren Beruf" are the team's)
EVERYONE_VERBS = {
    "de": frozenset({"kennen", "wissen", "erinnern", "brauchen", "müssen", "sollten", "leben", "hoffen"}),
    "en": frozenset({"know", "remember", "need", "must", "should", "live", "hope", "understand", "deserve"}),
}
EVERYONE_MODALS = {"de": frozenset({"müssen", "sollten"}), "en": frozenset({"must", "should"})}
# before "all", words that leave the verb to decide: "We can all hope …" is everyone's, "We can all help you" not
EVERYONE_HEDGES = {"de": frozenset({"können", "ja", "doch"}), "en": frozenset({"can", "could", "probably", "surely"})}
IT_IS_ADVERBS = frozenset({"always", "also", "therefore", "thus", "simply", "truly", "really", "very", "so",
                           "particularly", "especially", "extremely", "incredibly"})  # fmt: skip
# Words that link a sentence to the one before and say nothing about either side. Conjunctions and focus
# particles are dropped before the opening is read ("Aber wir", "Auch unser Team"); a Vorfeld of linking
# adverbs alone leaves the company first ("Zudem bieten wir", "Es ist uns wichtig").
CONJUNCTIONS = {
    "de": frozenset({"und", "aber", "denn", "oder", "sondern"}),
    "en": frozenset({"and", "but", "so", "or", "yet", "plus"}),
}
FOCUS_PARTICLES = {
    "de": frozenset({"auch", "gerade", "selbst", "sogar", "ebenso", "genau", "doch", "jedoch"}),
    "en": frozenset({"also", "even", "only"}),
}
# Connectives before the company add nothing about either side: sequence markers ("Zunächst", "First of all"),
# adversatives ("Doch", "However") and causal or additive links ("Deshalb", "Darüber hinaus", "That's why") leave
# the company as what the reader meets first.
LINKING_ADVERBS = {
    "de": frozenset(
        {"zunächst", "zuerst", "dann", "danach", "anschließend", "nun", "doch", "jedoch", "es", "zudem",
         "außerdem", "ausserdem", "deshalb", "daher", "darum", "deswegen", "dabei", "stattdessen", "grundsätzlich",
         "schließlich", "somit", "folglich", "trotzdem", "dennoch", "allerdings", "ebenso", "ebenfalls",
         "gleichzeitig", "zugleich", "hierbei", "zusätzlich", "letztlich", "letztendlich", "natürlich",
         "selbstverständlich", "also", "insofern", "gerade", "genau", "auch", "und", "dazu", "dafür",
         "hierfür", "weiterhin", "ferner", "überdies", "demnach", "demzufolge", "dementsprechend", "vielmehr",
         "immerhin", "übrigens", "jedenfalls", "ohnehin", "sozusagen", "so", "damit", "hierdurch", "dadurch",
         "leider", "glücklicherweise", "offenbar", "tatsächlich", "abschließend", "zuletzt", "ergänzend", "generell",
         "prinzipiell", "insbesondere", "darüberhinaus", "hierzu", "einerseits", "andererseits", "insgesamt",
         "ansonsten"}
    ),
    "en": frozenset(
        {"then", "so", "first", "firstly", "second", "secondly", "third", "thirdly", "finally", "lastly", "next",
         "now", "however", "and", "but", "yet", "plus", "therefore", "thus", "hence", "moreover", "furthermore",
         "additionally", "also", "indeed", "ultimately", "instead", "still", "naturally", "unfortunately",
         "fortunately", "luckily", "sadly", "happily", "honestly", "frankly", "seriously", "obviously", "basically",
         "overall"}
    ),
}  # fmt: skip
# German phrases that sum up or comment, read as a linking Vorfeld ("Kurz gesagt bauen wir …") and as a marker
# set off by a comma ("Kurz gesagt, wir bauen …")
GERMAN_SUMMING_UP = ("kurz gesagt", "ehrlich gesagt", "offen gesagt", "anders gesagt", "mit anderen worten",
                     "alles in allem", "zu diesem zweck")  # fmt: skip
LINKING_PHRASES = {
    "de": frozenset(
        {"aus diesem grund", "darüber hinaus", "vor allem", "nicht zuletzt", "in erster linie",
         "doch auch darüber hinaus", "auch darüber hinaus", "und darüber hinaus", "zu guter letzt", "im anschluss",
         "im folgenden", "ergänzend dazu", "zum einen", "zum anderen", "vor diesem hintergrund", "in diesem sinne",
         "aus diesen gründen", "nach wie vor", "so auch", "zum glück", "nur so", "genau so", "genauso",
         "umso mehr", "um so mehr", "auf jeden fall", "in jedem fall", "ehrlich gesagt", "im übrigen",
         *GERMAN_SUMMING_UP}
    ),
    "en": frozenset(
        {"that 's why", "that is why", "this is why", "which is why", "that ’s why", "above all", "in addition",
         "of course", "after all", "in fact", "on top of that", "on one hand", "on the one hand",
         "on the other hand", "as a result", "in short", "in other words", "for this reason", "for that reason",
         "all in all", "all - in - all", "at the same time", "with this in mind", "with that in mind",
         "in a sentence", "in a nutshell", "in a word", "thats why", "that s why"}
    ),
}  # fmt: skip
DISCOURSE_MARKERS = {
    "en": tuple(
        tuple(marker.split())
        for marker in (
            "first of all", "first", "firstly", "secondly", "thirdly", "finally", "lastly", "then", "next", "now",
            "however", "therefore", "moreover", "furthermore", "additionally", "of course", "in fact", "indeed",
            "above all", "after all", "in addition", "on one hand", "on the one hand", "on the other hand",
            "all in all", "all - in - all", "ultimately", "naturally", "quite simply", "simply put", "put simply",
            "unfortunately", "fortunately", "luckily", "sadly", "happily", "honestly", "frankly",
            "accordingly", "consequently", "as a result", "thus", "hence", "as such", "collectively", "anyway",
            "in other words", "in short", "in summary", "to that end", "in that spirit", "in doing so", "in turn",
            "that said", "having said that", "clearly", "obviously", "essentially", "basically", "admittedly",
            "hopefully", "thankfully", "importantly", "more importantly", "most importantly", "besides",
            "likewise", "similarly", "instead", "it turns out", "turns out", "the truth is", "truth be told",
            "to be honest", "to be fair", "in truth", "in the end", "at the end of the day", "to sum up",
            "to summarise", "to summarize", "to conclude", "in conclusion", "to begin with", "to start with",
            "to start", "to this end", "to be clear", "to put it simply", "to put it another way",
            "needless to say", "last but not least",
        )
    ),
    # German markers set off by a comma before the clause ("Kurz gesagt, wir …"); in the Vorfeld they are read
    # as the Vorfeld ("Kurz gesagt bauen wir …")
    "de": tuple(
        tuple(marker.split())
        for marker in (*GERMAN_SUMMING_UP, "kurzum", "sprich", "übrigens", "um ehrlich zu sein",
                       "um es kurz zu machen", "um es auf den punkt zu bringen")
    ),
}  # fmt: skip
# The markers by their first word, so a sentence's opening word is looked up once, not compared with each marker.
MARKERS_BY_FIRST_WORD = {
    lang: {first: tuple(marker for marker in markers if marker[0] == first) for first, *_ in markers}
    for lang, markers in DISCOURSE_MARKERS.items()
}
# Interjections and answer words before the company: "Hmm… We", "No, we didn't", "Und ja, auch darauf …".
INTERJECTIONS = frozenset({"hmm", "well", "oh", "ok", "okay", "yes", "no", "ja", "nein", "naja", "tja", "nun"})
# The company's view before the clause it colours: "For us, …", "In our view, …" ("Für uns ist …").
OUR_VIEW_PHRASES = tuple(
    tuple(phrase.split())
    for phrase in ("for us", "to us", "in our view", "in our opinion", "in our experience", "in our eyes",
                   "in our book", "in our minds", "from our perspective", "from our point of view",
                   "from our experience")
)  # fmt: skip
# English words that open a subordinate clause: its "we" is not the main clause's.
ENGLISH_SUBORDINATORS = frozenset(
    {"when", "if", "because", "since", "once", "while", "whilst", "although", "though", "after", "before",
     "until", "unless", "whenever", "wherever", "as", "so that", "where"}
)  # fmt: skip
# Verbs whose dative is the one who feels or values: "ist uns wichtig", "liegt uns am Herzen", "freut uns".
EXPERIENCER_VERBS = frozenset(
    {"sein", "liegen", "fallen", "gefallen", "gelingen", "gehen", "kommen", "machen", "freuen", "ehren",
     "bereiten", "bedeuten", "treiben", "antreiben", "begeistern", "wichtig", "erfüllen"}
)  # fmt: skip
PERSONAL_SUBJECTS = frozenset({"wir", "ich", "er", "sie", "du", "ihr", "man"})
# Labels of questions and answers: "Frage:", "Antwort:", "Q:", "A:" (not a person who speaks).
QUESTION_AND_ANSWER_LABELS = frozenset({"frage", "antwort", "f", "a", "q", "interviewer", "interview"})
SUBORDINATORS = frozenset(
    {"dass", "weil", "wenn", "ob", "als", "da", "nachdem", "obwohl", "seit", "seitdem", "sobald", "während",
     "bevor", "damit", "indem", "falls", "sofern", "solange", "wie", "wo", "um"}
)  # fmt: skip
REASON_OPENERS = frozenset(
    {"that'swhy", "thatiswhy", "thisiswhy", "this'swhy", "whichiswhy", "that’swhy", "thatswhy", "this’swhy"}
)
WHOLE_QUANTIFIERS = frozenset({"alle", "all"})  # the whole of what the company owns, unlike a share of it
# A share of what the company owns is not the company: "Most of our custom comes …", "Viele unserer Kunden …".
QUANTIFIERS = frozenset(
    {"most", "many", "some", "all", "half", "much", "few", "none", "each", "several", "majority", "part",
     "viele", "meisten", "einige", "alle", "teil", "hälfte", "mehrheit", "manche", "jeder", "jede"}
)  # fmt: skip
# English shares of what the company has that still speak as the company ("Some of our staff …"); not "a part
# of our job" (a thing the sentence is about) and not "Most of our custom" (the customers' trade)
SHARE_WORDS = frozenset({"most", "many", "some", "each", "several", "few", "majority"})
SUBORDINATING_PAIRS = frozenset(
    {"now that", "given that", "provided that", "providing that", "even though", "even if", "as soon", "as long",
     "so that", "in case", "except that"}
)  # fmt: skip
CLAUSE_JOINERS = frozenset({":", "–", "—", "-"})
CUSTOMER_SUBJECTS = frozenset({"sie", "du", "ihr", "you"})
# Closed-class German words that are never a finite verb: where one of them stands in the verb slot before
# "wir"/"uns" ("…, dass wir", "für uns", "die wir"), the company cannot follow the main clause's verb there,
# and the tagger need not be asked.
NEVER_FINITE = frozenset(
    "und oder aber sondern denn dass daß wenn weil ob als wie damit obwohl während sobald bevor nachdem "
    "seit seitdem bis um für mit bei von vom zu zum zur an am auf aus in im ins nach über unter vor hinter "
    "neben zwischen durch gegen ohne trotz wegen dank die der das den dem des ein eine einer einem einen "
    "eines was wo wer wen wem auch nur noch schon nicht so".split()
)
BULLETS = frozenset({"•", "*", "–", "-", "—", "·", "►", "✓", "✔"})
DEFINITE_ARTICLES = frozenset({"der", "die", "das"})
# Nouns that name a kind of business: with a definite article as the subject ("Der Familienbetrieb …") they are
# the company in the third person. Words that also name an activity or a public body are left out ("Betrieb"
# alone is also "operation", "Agentur" also "Arbeitsagentur", "Praxis" also "practice").
BUSINESS_KINDS = frozenset({"firma", "familienbetrieb", "meisterbetrieb", "fachbetrieb", "handwerksbetrieb", "kanzlei"})
BUSINESS_KIND_ENDINGS = (
    "familienunternehmen", "handwerksfirma", "manufaktur", "glaserei", "schreinerei", "tischlerei", "bäckerei",
    "konditorei", "metzgerei", "gärtnerei", "brauerei", "brennerei", "kellerei", "rösterei", "druckerei",
    "weingut", "dachdeckerbetrieb", "malerbetrieb", "elektrobetrieb", "sanitärbetrieb", "anwaltskanzlei",
    "steuerkanzlei",
)  # fmt: skip
MAX_SUBJECT_WORDS = 6
MAX_PREFIELD_WORDS = 10
CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "when", "if", "because", "what", "how", "where"})
CLAUSE_END_POS = frozenset({"NOUN", "PROPN", "PRON", "ADV", "NUM"})  # what an opening clause may end in
# words before a "we" that open a clause inside another: "so that we", "than we", "as we", "whatever we"
EMBEDDING_WORDS = frozenset({"than", "as", "so", "whatever", "whenever", "wherever", "whether", "until", "once",
                             "before", "after", "while", "since", "unless", "why", "whose"})  # fmt: skip


def words_of(sentence: Span) -> list[Token]:
    """The sentence's words: no white space, no leading punctuation or bullets."""
    words = sentence_words(sentence)
    start = 0
    while start < len(words) and (words[start].is_punct or words[start].text in BULLETS):
        start += 1
    return words[start:]


@dataclass(frozen=True)
class OpeningAnalysis:
    """How a sentence opens, and the company word its opening reaches (for messages: "Aber wir",
    "Als Familienbetrieb ist es uns")."""

    kind: Opening
    company: Token | None = None
    start: Token | None = None  # where the quoted opening starts, when not at the sentence's start


NOT_ABOUT_THE_COMPANY = OpeningAnalysis(Opening.OTHER)


def classify_opening(sentence: Span, lexicon: Lexicon) -> Opening:
    return analyse_opening(sentence, lexicon).kind


def analyse_opening(sentence: Span, lexicon: Lexicon) -> OpeningAnalysis:
    """The sentence's opening; when it is not about the company, the clause after a colon or dash is read as
    an opening of its own ("Unser Versprechen: Wir liefern in 24 Stunden")."""
    words = words_of(sentence)
    if not _is_statement(words) or is_quoted(words[0]) or _is_question(words):
        return NOT_ABOUT_THE_COMPANY  # a question turns to the reader, whoever it names first
    analysis = _analyse_clause(sentence, words, lexicon)
    if analysis.kind in WE_FIRST:
        return analysis
    greeted = _clause_after_salutation(words)
    if greeted:
        after_greeting = _analyse_clause(sentence, greeted, lexicon)
        if after_greeting.kind in WE_FIRST:  # quoted from the clause on: the salutation named the reader
            return OpeningAnalysis(after_greeting.kind, after_greeting.company, greeted[0])
    tail = _clause_after_colon(words)
    if tail and not is_quoted(tail[0]):
        after_colon = _analyse_clause(sentence, tail, lexicon)
        head = words[: len(words) - len(tail) - 1]
        # the speaker label and the verb are asked about last: telling a name from a word takes the tagger
        if (
            after_colon.kind in WE_FIRST
            and not _is_speaker_label(sentence, head)
            and (not any(_is_customer(word, lexicon) for word in head) or _has_finite_verb(sentence, tail))
        ):
            return after_colon
    return analysis


def opening_phrase(sentence: Span, analysis: OpeningAnalysis, limit: int = 8) -> str:
    """The words of the sentence up to and including the company word ("Aber wir", "First of all, we"),
    shortened in the middle when long."""
    first = analysis.start.i if analysis.start is not None else sentence.start
    words = [word for word in words_of(sentence) if first <= word.i <= analysis.company.i] if analysis.company else []
    if not words:
        words = [token for token in words_of(sentence) if not token.is_punct][:1]
    if len(words) > limit:
        head = sentence.doc[words[0].i : words[2].i + 1].text
        tail = sentence.doc[words[-2].i : words[-1].i + 1].text
        return " ".join(f"{head} … {tail}".split())  # on one line, as a message is
    return " ".join(sentence.doc[words[0].i : words[-1].i + 1].text.split())


def _analyse_clause(sentence: Span, words: list[Token], lexicon: Lexicon) -> OpeningAnalysis:
    words = _skip_linking_words(words, lexicon)
    if len(words) > 2 and words[0].lower_ in WHOLE_QUANTIFIERS and words[1].lower_ == "of":
        words = [words[0], *words[2:]]  # "All of our products" reads as "All our products"
    if len(words) > 2 and words[0].lower_ in WHOLE_QUANTIFIERS and words[1].lower_ in POSSESSIVES[lexicon.lang]:
        words = words[1:]  # "Alle unsere Zimmer …", "All our staff …": all of it is the company's, as "Unsere …"
    if len(words) < 2:
        return NOT_ABOUT_THE_COMPANY
    first = words[0]
    if _everyone(words, lexicon.lang):
        return NOT_ABOUT_THE_COMPANY  # "Wir alle kennen den Frühjahrsputz", "We must all take responsibility"
    if voice_of(first) == COMPANY:
        if first.lower_ in POSSESSIVES[lexicon.lang] and _owns_customer(words, lexicon):
            return OpeningAnalysis(Opening.CUSTOMER)
        if first.lower_ in OBJECT_PRONOUNS[lexicon.lang] and len(words) > 2 and words[2].lower_ in CUSTOMER_SUBJECTS:
            return NOT_ABOUT_THE_COMPANY  # "Uns erreichen Sie …": the customer acts
        return OpeningAnalysis(Opening.COMPANY, first)
    if voice_of(first) == CUSTOMER or lexicon.is_customer_noun(first.text):
        return OpeningAnalysis(Opening.CUSTOMER)
    if lexicon.lang == "de" and (experiencer := _for_us(sentence, words, lexicon)) is not None:
        return OpeningAnalysis(Opening.COMPANY, experiencer)
    if lexicon.lang == "en" and (owner := _it_is_ours(words, lexicon) or _our_view(words)) is not None:
        return OpeningAnalysis(Opening.COMPANY, owner)
    found = _company_subject(sentence, words, lexicon)
    if found is None:
        company = _company_noun_phrase(sentence, words, lexicon) or _business_by_kind(sentence, words, lexicon)
        return OpeningAnalysis(Opening.COMPANY, company) if company is not None else NOT_ABOUT_THE_COMPANY
    subject, prefield = found
    if not prefield or words[-1].text == "?":
        return NOT_ABOUT_THE_COMPANY
    return OpeningAnalysis(_classify_prefield(prefield, lexicon), subject)


def _classify_prefield(prefield: list[Token], lexicon: Lexicon) -> Opening:
    """What the words before the company subject make of the sentence."""
    lowered = [token.lower_ for token in prefield if not token.is_punct]
    if lowered == ["so"] and _introduces(prefield[0].sent):
        return Opening.COMPANY_LATER  # "So arbeiten wir mit Ihnen:" as a title says how, it does not link
    if (
        all(word in LINKING_ADVERBS[lexicon.lang] for word in lowered)
        or " ".join(lowered) in LINKING_PHRASES[lexicon.lang]
    ):
        return Opening.COMPANY  # "Zudem bieten wir …", "Es ist uns wichtig …", "That's why we …": nothing before us
    if lexicon.lang == "en" and _is_main_clause(prefield):
        return Opening.COMPANY_LATER  # "The roles are reversed for us, we go from …": a clause of its own first
    prefield = _without_here(prefield)
    if prefield[0].lower_ in COMPANY_APPOSITION_STARTS[lexicon.lang] and not _opens_clause(prefield):
        if _customer_role(prefield, lexicon):
            return Opening.CUSTOMER  # "As a homeowner, we have the right to choose …": customers speak
        return Opening.COMPANY_PHRASE
    subordinate = prefield[0].lower_ in SUBORDINATORS or _starts_subordinate(prefield)
    we_position = 2 if " ".join(word.lower_ for word in prefield[:2]) in SUBORDINATING_PAIRS else 1
    if subordinate and len(prefield) > we_position and _is_we(prefield[we_position], lexicon):
        return Opening.COMPANY_PHRASE  # "Dass wir Ihnen helfen, freut uns", "When we started, we …"
    if any(_is_customer(token, lexicon) for token in prefield):
        return Opening.CUSTOMER
    if _purpose_clause(lowered, lexicon.lang):
        return Opening.COMPANY_LATER  # "Um unser Sortiment vielfältig zu gestalten, kaufen wir …": why, first
    if prefield[0].lower_ in COMPANY_ATTRIBUTE_STARTS[lexicon.lang] and _brings_along(prefield, lexicon):
        return Opening.COMPANY_PHRASE
    if _company_place(prefield, lexicon):
        return Opening.COMPANY_LATER  # "In unserer Kanzlei sind wir …": where it happens, even in the company's place
    if _describes_company(prefield, lexicon) and not _german_object(prefield, lexicon):
        return Opening.COMPANY_PHRASE
    return Opening.COMPANY_LATER


def _without_here(tokens: list[Token]) -> list[Token]:
    """ "Here at Manuka Doctor we …" reads as "At Manuka Doctor, we …"."""
    return tokens[1:] if [token.lower_ for token in tokens[:2]] == ["here", "at"] else tokens


def _customer_role(prefield: list[Token], lexicon: Lexicon) -> bool:
    """ "As a homeowner", "Als Kunde": the role the "we" after it speak in is the customer's; its head is the
    last word before a comma or preposition ("As a family business": a business, not a family)."""
    role = list(itertools.takewhile(lambda token: not token.is_punct and token.lower_ not in ROLE_ENDS, prefield[1:]))
    role = [token for token in role if token.lower_ not in ROLE_ARTICLES]
    return bool(role) and lexicon.is_customer_noun(role[-1].text)


def _purpose_clause(lowered: list[str], lang: str) -> bool:
    """ "Um … zu …", "To …", "In order to …", "So as to …": a clause of purpose says why before it says who, even
    when it names the company's things ("To allow us to focus …, we …"); editors count the company as later."""
    if lang == "de":
        return lowered[:1] == ["um"] and "zu" in lowered
    return lowered[:1] == ["to"] or lowered[:3] in (["in", "order", "to"], ["so", "as", "to"])


def _german_object(prefield: list[Token], lexicon: Lexicon) -> bool:
    """ "Kleine Handwerksbetriebe haben wir ins Netz geführt": a German noun phrase without a preposition before
    the verb and "wir" is the object, not a description of the company, whatever its nouns contain."""
    return lexicon.lang == "de" and prefield[0].tag_ in {"ART", "ADJA", "NN", "PIAT", "PDAT", "CARD"}


def _brings_along(prefield: list[Token], lexicon: Lexicon) -> bool:
    """ "Mit 30 Jahren Erfahrung", "Mit unserem Team", "Dank unserer Kunden": what the company brings along
    or owes; "Mit einem alten Trommelröster rösten wir …" names the means, like any phrase before the verb."""
    years = any(token.lower_.startswith(("jahr", "year")) for token in prefield)  # "Mit nun mehr 10 Jahren"
    return years or any(voice_of(token) == COMPANY for token in prefield) or _describes_company(prefield, lexicon)


def _company_place(prefield: list[Token], lexicon: Lexicon) -> bool:
    """A phrase of place, time or setting whose noun the company owns ("In unserer Rösterei", "Bei unseren
    Übersetzungen"): editors read the sentence as opening with where or when it happens, like any other such
    phrase. A phrase that describes the company ("In unserer 25-jährigen Tätigkeit") stays its own."""
    if prefield[0].lower_ not in SETTING_PREPOSITIONS[lexicon.lang] or _opens_clause(prefield):
        return False
    text = " ".join(token.lower_ for token in prefield)
    owned = any(token.lower_ in POSSESSIVES[lexicon.lang] for token in prefield)
    described = any(descriptor in text for descriptor in (*COMPANY_DESCRIPTORS[lexicon.lang], "jährig", "years"))
    return owned and not described  # "In unserer über 25-jährigen Tätigkeit": the company's record


def _introduces(sentence: Span) -> bool:
    """A title or a line that introduces what follows: no closing full stop or exclamation mark."""
    last = next((token for token in reversed(sentence) if not token.is_space), None)
    return last is None or last.text not in {".", "!"}


def _starts_subordinate(words: list[Token]) -> bool:
    """ "When …", "Although …", "Now that …", "Given that …": an opening subordinate clause."""
    first = words[0].lower_ if words else ""
    pair = " ".join(word.lower_ for word in words[:2])
    return first in ENGLISH_SUBORDINATORS | CLAUSE_WORDS or pair in SUBORDINATING_PAIRS


def _is_main_clause(prefield: list[Token]) -> bool:
    """An English opening that is a main clause of its own (a finite verb, no subordinator in front)."""
    if len(prefield) < 3 or _starts_subordinate(prefield):
        return False
    ensure_tagged(prefield[0].sent)
    return any(token.tag_ in FINITE_TAGS for token in prefield[1:])


def _opens_clause(prefield: list[Token]) -> bool:
    """ "Als Sie anriefen", "As soon as you call", "As you know", "At the moment": a clause or a time, not a
    phrase about the company ("Als Familienbetrieb", "At Acme", "At our studio")."""
    following = prefield[1] if len(prefield) > 1 else None
    if prefield[0].lower_ == "at":
        return following is None or not (following.is_title or voice_of(following) == COMPANY)
    lowered = following.lower_ if following is not None else ""
    return lowered in {"soon", "long", "far", "well", "you", "sie", "du", "ihr", "ich", "i", "man"}


def _is_we(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in SUBJECT_PRONOUNS[lexicon.lang] and voice_of(token) == COMPANY


def _skip_linking_words(words: list[Token], lexicon: Lexicon) -> list[Token]:
    """Drop what links the sentence to the one before without saying anything about either side: a
    conjunction ("Aber", "And"), a discourse marker ("First of all,"), a focus particle before the company
    ("Auch wir", "Even our team"). What follows is the real opening."""
    lang = lexicon.lang
    index = 0
    while index < len(words) - 1:
        lowered = words[index].lower_
        focus_particle = lowered in FOCUS_PARTICLES[lang] and voice_of(words[index + 1]) == COMPANY
        marker = _discourse_marker_length(words, index, lang) or _linking_phrase_length(words, index, lang)
        interjection = lowered in INTERJECTIONS and words[index + 1].text in {",", "…", "...", "!"}
        purpose = lowered == "so" and words[index + 1].lower_ == "as"  # "So as not to …, we": a clause of purpose
        if (lowered in CONJUNCTIONS[lang] and not purpose) or focus_particle or interjection:
            index += 1
        elif marker:
            index += marker
        else:
            break
        while index < len(words) and words[index].text in {",", "…", "...", "!"}:
            index += 1
    return words[index:]


def _everyone(words: list[Token], lang: str) -> bool:
    """ "Wir alle kennen …", "We all know …", "We must all …": "we" with "all" before a verb of common knowledge
    or duty takes in the reader and everyone else; it is not the company speaking of itself."""
    lowered = [token.lower_ for token in words[:4]]
    if len(lowered) < 3 or lowered[0] not in {"wir", "we"}:
        return False
    if lowered[1] in {"alle", "all"}:
        wish = lowered[2:4] == ["want", "to"]  # "We all want to be taken care of", not "We all want you to …"
        mistakes = lowered[2:4] in (["make", "mistakes"], ["machen", "fehler"])  # not "We all make sure …"
        return lowered[2] in EVERYONE_VERBS[lang] or wish or mistakes
    if lowered[1] in EVERYONE_HEDGES[lang] and lowered[2] in {"alle", "all"}:
        return len(lowered) > 3 and lowered[3] in EVERYONE_VERBS[lang]  # "We can all hope …", "We probably all …"
    if lowered[1] not in EVERYONE_MODALS[lang] or lowered[2] not in {"alle", "all"} or len(words) < 4:
        return False
    return lang == "en" or not words[3].text[0].isupper()  # "Wir müssen alle Unterlagen prüfen": "alle" is theirs


def _linking_phrase_length(words: list[Token], index: int, lang: str) -> int:
    """How many words a linking phrase at ``index`` spans when the company's possessive follows it ("That's
    why our team …", "In addition, our staff …"); 0 otherwise. "That's why we …" is read with its subject."""
    for length in (4, 3, 2):
        after = index + length
        if after >= len(words) or words[after].lower_ not in POSSESSIVES[lang] or voice_of(words[after]) != COMPANY:
            continue
        if " ".join(token.lower_ for token in words[index:after]) in LINKING_PHRASES[lang]:
            return length
    return 0


def _discourse_marker_length(words: list[Token], index: int, lang: str) -> int:
    """How many words a discourse marker at ``index`` spans, when a comma or the company follows it
    ("First of all, we", "Finally we"); 0 otherwise. German markers stand in the Vorfeld and are read there."""
    for marker in MARKERS_BY_FIRST_WORD.get(lang, {}).get(words[index].lower_, ()):
        end = index + len(marker)
        if end < len(words) and tuple(word.lower_ for word in words[index:end]) == marker:
            following = words[end]
            if following.text == "," or voice_of(following) == COMPANY:
                return len(marker)
    return 0


def _is_speaker_label(sentence: Span, head: list[Token]) -> bool:
    """ "Heitmeyer: Wir müssen …": who speaks, not what the sentence is about. "A: We usually send …",
    "Antwort: Wir …" label the company's answer in a FAQ, so the company opens it; on an interview page the
    labelled answers are the interviewee's and already set aside (``wirlint.engine.speakers``)."""
    if not 1 <= len(head) <= 3:
        return False
    if all(word.lower_.rstrip(".") in QUESTION_AND_ANSWER_LABELS for word in head):
        return False
    ensure_tagged(sentence)
    return all(word.pos_ == "PROPN" or (word.is_title and word.pos_ == "X") for word in head)


def _is_question(words: list[Token]) -> bool:
    """A question as a whole; not a statement with a question after a dash ("Wir kommen auch zu Ihnen – warum
    nicht?")."""
    return words[-1].text == "?" and not any(word.text in CLAUSE_JOINERS for word in words[1:-1])


def _has_finite_verb(sentence: Span, words: list[Token]) -> bool:
    """A clause, not a phrase: after the customer, "Der Kunde – unser Mittelpunkt" sets a slogan after its
    dash, no clause of the company's."""
    ensure_tagged(sentence)
    return any(word.tag_ in FINITE_TAGS for word in words)


def _clause_after_colon(words: list[Token]) -> list[Token]:
    """The words after the first colon or dash that joins two clauses, when at least two words follow."""
    for index, word in enumerate(words[1:-2], start=1):
        if word.text in CLAUSE_JOINERS:
            return words[index + 1 :]
    return []


def _clause_after_salutation(words: list[Token]) -> list[Token]:
    """The words after a letter's salutation ("Liebe Fahrschülerin, lieber Fahrschüler, wir begrüßen dich …",
    "Dear customers, we …"), which the page sets on a line of its own before the sentence."""
    if not opens_salutation(words[0].lower_, words[1].lower_ if len(words) > 1 else ""):
        return []
    for index, word in enumerate(words[1:12], start=1):
        following = words[index + 1 : index + 2]
        if word.text != "," or not following or following[0].lower_ in SALUTATIONS | {"sehr"}:
            continue
        return words[index + 1 :] if len(words) - index > 3 and following[0].is_lower else []
    return []


def _company_subject(sentence: Span, words: list[Token], lexicon: Lexicon) -> tuple[Token, list[Token]] | None:
    """The company as the main clause's subject (or dative experiencer) after an opening, with the words
    before its clause: "wir"/"we", "uns" in "ist es uns wichtig", or a company noun phrase where the subject
    stands ("Seit 2010 arbeiten unsere Berater …", "At Acme, our consultants work …")."""
    if not any(_could_be_company_subject(t, lexicon) for t in words[1:]) and not (
        lexicon.lang == "de" and any(t.lower_ in OBJECT_PRONOUNS["de"] for t in words[2:])
    ):
        return None  # decided without the tagger: no word after the first could be the company subject
    if lexicon.lang == "de":
        if not any(_verb_slot_open(words, index) for index in _company_positions(words, lexicon)):
            return None  # decided without the tagger: before each company word stands a word that is no verb
        return _german_company_subject(sentence, words, lexicon)
    return _english_company_subject(words, lexicon)


def _company_positions(words: list[Token], lexicon: Lexicon) -> list[int]:
    """Where, from the third word on, a German main clause's subject or experiencer could be the company."""
    return [
        index
        for index, word in enumerate(words[2:], start=2)
        if word.lower_ in OBJECT_PRONOUNS["de"] or _could_be_company_subject(word, lexicon)
    ]


def _verb_slot_open(words: list[Token], index: int) -> bool:
    """Whether the word where the finite verb would stand before the company word (before "es" in "ist es
    uns wichtig", "ist es für uns wichtig") could be a verb at all."""
    if _after_es_fuer(words, index):
        verb = index - 3  # "ist es für uns wichtig"
    elif words[index - 1].lower_ == "es":
        verb = index - 2  # "ist es uns wichtig"
    else:
        verb = index - 1
    slot = words[verb]
    return verb >= 1 and not slot.is_punct and slot.lower_ not in NEVER_FINITE


def _german_company_subject(sentence: Span, words: list[Token], lexicon: Lexicon) -> tuple[Token, list[Token]] | None:
    """German is verb-second: the company directly after the main clause's finite verb ("Seit 1990 bieten
    wir", "Als Familienbetrieb ist es uns wichtig"); everything before that verb is the Vorfeld."""
    ensure_tagged(sentence)
    for index, word in enumerate(words[2:], start=2):
        view = _view_after_es(words, index, lexicon)
        experiencer = word.lower_ in OBJECT_PRONOUNS["de"] and _is_experiencer(words, index, lexicon)
        if not (view or experiencer or _could_be_company_subject(word, lexicon)):
            continue
        verb = index - 3 if view else index - 1  # "ist es für uns wichtig"
        goal = word.lower_ in POSSESSIVES["de"] and words[verb].lower_ == "es"
        if (experiencer or goal) and words[verb].lower_ == "es":
            verb -= 1  # "ist es uns wichtig", "ist es unser Ziel, dass …"
        if verb < 1 or not _is_main_clause_verb(words, verb):
            continue
        if word.lower_ in POSSESSIVES["de"] and _owns_customer(words[index:], lexicon):
            return None  # "Seit 2010 vertrauen unsere Kunden …": the customer is the subject
        return word, words[:verb]
    return None


def _it_is_ours(words: list[Token], lexicon: Lexicon) -> Token | None:
    """ "It is our mission to …", "It's our pleasure to serve you", "It is important to us that …": the
    English "Es ist unser Ziel" and "Es ist uns wichtig", an empty "it" before the company's goal or view.
    Returns "our"/"us"; None for "It is our customers who …" (a cleft that puts the customer first)."""
    lowered = [token.lower_ for token in words[:12]]
    modal = len(lowered) > 2 and lowered[1] in {"would", "will", "'d", "’d", "'ll", "’ll"} and lowered[2] == "be"
    if len(lowered) < 5 or lowered[0] != "it" or (lowered[1] not in {"is", "'s", "’s", "was"} and not modal):
        return None
    index = 3 if modal else 2  # "It would be our pleasure to …"
    while index < len(lowered) and lowered[index] in IT_IS_ADVERBS:
        index += 1
    if index < len(lowered) and lowered[index] == "our":
        phrase = lowered[index + 1 : index + 5]
        end = next((position for position, word in enumerate(phrase) if word in {"to", "that"}), None)
        if end and not any(lexicon.is_customer_noun(word) for word in phrase[:end]):
            return words[index]
        return None
    if lowered[index + 1 : index + 3] in (["to", "us"], ["for", "us"]):
        return words[index + 2]  # "It is important to us", "It is essential for us"
    return None


def _our_view(words: list[Token]) -> Token | None:
    """ "For us, the best way … is …", "In our view, there is only one goal …", "To us, quality means …",
    "From our perspective, …": the company's view opens the sentence, as "Für uns ist …" does in German.
    Returns the phrase's last word (the message quotes up to it: "In our view"); None for a purpose ("For us to
    …") or a customer right after ("For us, you are …")."""
    lowered = [token.lower_ for token in words[:5]]
    for phrase in OUR_VIEW_PHRASES:
        width = len(phrase)
        if tuple(lowered[:width]) != phrase or len(words) <= width + 1:
            continue
        following = words[width]
        if following.text != "," and not (phrase[0] == "for" and following.lower_ in {"at", "as"}):
            return None  # "For us to …", "In our view of the market …"
        after = words[width + 1]
        if following.text == "," and (after.lower_ == "you" or voice_of(after) == CUSTOMER):
            return None
        return words[width - 1]
    return None


def _view_after_es(words: list[Token], index: int, lexicon: Lexicon) -> bool:
    """ "Insofern ist es für uns sehr wichtig, dass …", "Um so wichtiger ist es für uns, …": the company's view
    after the verb and an empty "es", as "ist es uns wichtig" gives its feeling."""
    return (
        index >= 4
        and _is_company_pronoun(words[index], lexicon)
        and _after_es_fuer(words, index)
        and words[index - 3].lemma_.lower() == "sein"
    )


def _after_es_fuer(words: list[Token], index: int) -> bool:
    """ "es für" right before ``index``: the verb of "ist es für uns …" stands three words before."""
    return index >= 3 and [word.lower_ for word in words[index - 2 : index]] == ["es", "für"]


def _is_experiencer(words: list[Token], index: int, lexicon: Lexicon) -> bool:
    """ "uns" as the one who feels or values ("Dabei ist uns wichtig", "Es freut uns", "Deshalb liegt uns Ihre
    Zufriedenheit am Herzen"), not a reflexive ("Wir freuen uns") or the object of someone else's act
    ("Deshalb empfehlen uns viele Kunden weiter")."""
    after_es = words[index - 1].lower_ == "es" and index >= 2
    verb = index - 2 if after_es else index - 1
    existence = after_es and words[verb].lemma_.lower() == "geben"  # "Nun gibt es uns seit 50 Jahren"
    # "Umso mehr hat es uns gefreut, …": a perfect's participle carries the feeling
    perfect = words[verb].lemma_.lower() in {"haben", "sein"} and any(
        word.tag_ == "VVPP" and word.lemma_.lower() in EXPERIENCER_VERBS for word in words[index + 1 : index + 5]
    )
    if words[verb].lemma_.lower() not in EXPERIENCER_VERBS and not existence and not perfect:
        return False
    if words[max(verb - 1, 0)].lower_ in PERSONAL_SUBJECTS:
        return False  # "Wir freuen uns": the Vorfeld's own subject makes "uns" reflexive
    for word in words[index + 1 : index + 4]:
        if word.lower_ in CUSTOMER_SUBJECTS or lexicon.is_customer_noun(word.text):
            return False
        if word.pos_ not in {"DET", "ADJ", "NUM", "ADV"}:
            break
    return True


def _is_main_clause_verb(words: list[Token], position: int) -> bool:
    """The finite verb of the main clause: the first finite verb, or the one right after an opening
    subordinate clause ("Wenn Sie anrufen, rufen wir zurück")."""
    verb = words[position]
    if verb.tag_ not in FINITE_TAGS and not finite_before_wir(verb, words[position + 1]):
        return False
    earlier = [word for word in words[:position] if word.tag_ in FINITE_TAGS]
    if not earlier:
        return True
    return words[position - 1].text == "," and words[0].lower_ in SUBORDINATORS


def _english_company_subject(words: list[Token], lexicon: Lexicon) -> tuple[Token, list[Token]] | None:
    """English puts the subject first: the company after an opening phrase or clause and its comma ("At Acme,
    we …", "When we started, we …"), or after a short adverbial ("Every month we …")."""
    for index, word in enumerate(words[1:], start=1):
        if word.lower_ in SUBJECT_PRONOUNS["en"] and voice_of(word) == COMPANY:
            before = words[:index]
            reason = "".join(token.lower_ for token in before) in REASON_OPENERS
            if _starts_subordinate(before) and before[-1].text != "," and not reason:
                if _main_clause_without_comma(words, index) or _role_without_comma(words, index):
                    return word, before  # "Once we have visited you we will review …", "As makers we take …"
                continue  # "Once we've gathered …, we'll create …": the main clause's "we" comes after the comma
            if before[-1].text == ",":
                return word, before[:-1]
            short = len(before) <= 3 and not any(token.lower_ in CLAUSE_WORDS for token in before)
            place = _without_here(before)
            named_place = place[0].lower_ == "at" and all(token.is_title for token in place[1:6])
            short = short or named_place  # "At Burns Bay Physiotherapy we …"
            if short or reason:
                return word, before  # "Every month we publish", "That's why we …"; not "The team that we built"
    comma = next((i for i, word in enumerate(words[:MAX_PREFIELD_WORDS]) if word.text == ","), None)
    if comma is None or comma + 1 >= len(words) or comma == 0:
        return None
    candidate = words[comma + 1]
    if not _could_be_company_subject(candidate, lexicon):
        return None
    if candidate.lower_ in POSSESSIVES["en"] and _owns_customer(words[comma + 1 :], lexicon):
        return None
    return candidate, words[:comma]


def _role_without_comma(words: list[Token], index: int) -> bool:
    """ "As designer/makers we take …", "As a family business we know …": a short "as" phrase without a verb
    (the company's role, not a clause of time or reason) before "we" and its finite verb."""
    before = words[:index]
    if before[0].lower_ != "as" or len(before) > MAX_ROLE_WORDS or index + 1 >= len(words):
        return False
    if any(token.lower_ in CLAUSE_WORDS | SUBJECT_PRONOUNS["en"] for token in before[1:]):
        return False
    ensure_tagged(words[0].sent)
    verbless = not any(token.pos_ in {"VERB", "AUX"} for token in before[1:])
    return verbless and words[index + 1].tag_ in FINITE_TAGS


def _main_clause_without_comma(words: list[Token], index: int) -> bool:
    """ "If we don't have recent films we take a set", "Once we have visited you we will review …": a second
    "we" after the opening clause's own, where that clause ends in a noun, pronoun or adverb and a finite verb
    follows, begins the main clause even without a comma; not "When we know what we need" or "If we say we
    care" (a clause inside the opening one)."""
    before = words[:index]
    if not any(token.lower_ == "we" for token in before[1:]) or index + 1 >= len(words):
        return False
    previous, following = words[index - 1], words[index + 1]
    ensure_tagged(words[0].sent)
    if previous.lower_ in CLAUSE_WORDS | EMBEDDING_WORDS or previous.pos_ not in CLAUSE_END_POS:
        return False
    return following.tag_ in FINITE_TAGS


def _could_be_company_subject(token: Token, lexicon: Lexicon) -> bool:
    return voice_of(token) == COMPANY and token.lower_ not in OBJECT_PRONOUNS[lexicon.lang]


def _is_statement(words: list[Token]) -> bool:
    """A sentence, not a label: "Wir helfen." and "Wir sind Ihr Maler" count, "Unser Leitbild" does not."""
    alpha = sum(1 for word in words if word.is_alpha)
    return alpha >= 3 or (alpha == 2 and words[-1].text in {".", "!"})


def _owns_customer(words: list[Token], lexicon: Lexicon) -> bool:
    """ "Unsere Kunden", "Unseren langjährigen Gästen", "Our clients": the possessive's noun is a customer.

    The head is the first noun after the possessive (adjectives and numbers skipped); in English a customer
    noun that modifies another noun ("our customer service team") is not the head."""
    ensure_tagged(words[0].sent)
    for index, token in enumerate(words[1:6], start=1):
        if lexicon.is_customer_noun(token.text):
            following = words[index + 1] if index + 1 < len(words) else None
            return not (lexicon.lang == "en" and following is not None and following.pos_ in {"NOUN", "PROPN"})
        if token.pos_ not in {"ADJ", "NUM", "ADV", "DET"}:
            return False
    return False


def _company_noun_phrase(sentence: Span, words: list[Token], lexicon: Lexicon) -> Token | None:
    """The company in a subject noun phrase before the verb: "Die Brandt & Söhne GmbH bietet …",
    "Das Team von Nordlicht Studio besteht …", "The Harbor Analytics team builds …"."""
    if not any(_is_company_noun(word, lexicon) for word in words[:MAX_SUBJECT_WORDS]):
        return None
    ensure_tagged(sentence)
    verb = next((i for i, word in enumerate(words) if word.tag_ in FINITE_TAGS), None)
    if verb is None or not 1 <= verb <= MAX_SUBJECT_WORDS:
        return None
    phrase = words[:verb]
    if phrase[0].pos_ not in {"DET", "NOUN", "PROPN"} or any(
        t.text in {",", ";", ":"} or _is_customer(t, lexicon) for t in phrase
    ):
        return None  # "Bei Acme erhalten Sie …", "Each spring, Acme hosts …": the company is not the opening
    return _company_heads([word for word in phrase if _is_company_noun(word, lexicon) or word.pos_ != "PRON"], lexicon)


def _for_us(sentence: Span, words: list[Token], lexicon: Lexicon) -> Token | None:
    """ "Für uns ist Qualität kein Zufall", "Für uns als Hausverwaltung sind …", "Für unsere Mitarbeiter ist …",
    "Wichtig ist für uns …": whose view the sentence gives is the company's, in the Vorfeld or right after the
    verb that follows a one-word Vorfeld; not when the customer is the subject ("Für uns sind Sie …")."""
    if len(words) < 4:
        return None
    if words[0].lower_ != "für" and words[2].lower_ == "für" and _is_company_pronoun(words[3], lexicon):
        ensure_tagged(sentence)  # "Wichtig ist für uns …": one word in the Vorfeld, then the verb
        return words[3] if words[1].tag_ in FINITE_TAGS and words[0].pos_ in {"ADJ", "ADV"} else None
    if words[0].lower_ != "für" or voice_of(words[1]) != COMPANY:
        return None
    owned = words[1].lower_ in POSSESSIVES[lexicon.lang]
    if not (owned or _is_company_pronoun(words[1], lexicon)) or (owned and _owns_customer(words[1:], lexicon)):
        return None
    ensure_tagged(sentence)
    rest = words[2 : 2 + MAX_SUBJECT_WORDS]
    verb = next((index for index, word in enumerate(rest) if word.tag_ in FINITE_TAGS), None)
    if verb is None or any(word.is_punct for word in rest[:verb]):
        return None
    between = rest[:verb]  # an apposition after "uns" ("als Hausverwaltung"), the possessive's own phrase
    if owned and not (between and all(word.pos_ in {"ADJ", "NOUN"} for word in between)):
        return None
    if not owned and between and rest[0].lower_ != "als":
        return None
    after = rest[verb + 1] if verb + 1 < len(rest) else None
    if after is not None and (after.lower_ in CUSTOMER_SUBJECTS or _is_customer(after, lexicon)):
        return None
    return words[1]


def _is_company_pronoun(token: Token, lexicon: Lexicon) -> bool:
    return token.lower_ in OBJECT_PRONOUNS[lexicon.lang] and voice_of(token) == COMPANY


def _business_by_kind(sentence: Span, words: list[Token], lexicon: Lexicon) -> Token | None:
    """ "Der Familienbetrieb arbeitet …", "Die kleine Handwerksfirma war …": a definite noun phrase that names a
    kind of business, as the subject, is how a company page speaks of the company in the third person."""
    if lexicon.lang != "de" or words[0].lower_ not in DEFINITE_ARTICLES:
        return None
    head = next((index for index, word in enumerate(words[1:4], start=1) if _names_business_kind(word)), None)
    if head is None or head + 1 >= len(words):
        return None
    ensure_tagged(sentence)
    if any(word.pos_ != "ADJ" for word in words[1:head]) or words[head + 1].tag_ not in FINITE_TAGS:
        return None
    return words[head]


def _names_business_kind(token: Token) -> bool:
    lowered = token.lower_
    return token.is_title and (lowered in BUSINESS_KINDS or lowered.endswith(BUSINESS_KIND_ENDINGS))


def _company_heads(phrase: list[Token], lexicon: Lexicon) -> Token | None:
    """The company word of a phrase, unless it only owns another head ("Einen Großteil unserer Kosten", "Die
    Kosten unserer Projekte"): a company word after a noun counts when that noun is the company itself ("Das
    Team von Acme"). Reads parts of speech, so the sentence is tagged here, whichever rule asked first."""
    for index, word in enumerate(phrase):
        if voice_of(word) != COMPANY:
            continue
        if index:
            ensure_tagged(word.sent)
        heads = [
            token
            for token in phrase[:index]
            if (token.pos_ == "NOUN" or token.lower_ in QUANTIFIERS) and voice_of(token) != COMPANY
        ]
        if not heads or _describes_company(heads, lexicon, names_only=True):
            return word
        owned = phrase[index + 1].lower_ if index + 1 < len(phrase) else ""
        if lexicon.lang == "en" and all(token.lower_ in SHARE_WORDS for token in heads) and owned != "custom":
            return word  # "Most of our technicians are certified": a share of the company's people is its voice
    return None


def _is_company_noun(token: Token, lexicon: Lexicon) -> bool:
    """Company voice that is not a pronoun: a company name, or the possessive of a company-owned thing."""
    lowered = token.lower_
    pronoun = lowered in SUBJECT_PRONOUNS[lexicon.lang] or lowered in OBJECT_PRONOUNS[lexicon.lang]
    return voice_of(token) == COMPANY and not pronoun


def _is_customer(token: Token, lexicon: Lexicon) -> bool:
    return voice_of(token) == CUSTOMER or lexicon.is_customer_noun(token.text)


def _describes_company(prefield: list[Token], lexicon: Lexicon, *, names_only: bool = False) -> bool:
    if not prefield:
        return False
    if not names_only and _company_heads(prefield, lexicon) is not None:
        return True
    text = " ".join(token.lower_ for token in prefield)
    return any(descriptor in text for descriptor in COMPANY_DESCRIPTORS[lexicon.lang])
