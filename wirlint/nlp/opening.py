"""How a sentence opens: with the company, with a phrase about the company, with the customer, or neither.

This is the heart of the we-focus rules, the mission and deck rules and the rewrites. German is verb-second:
whatever stands before the finite verb (the Vorfeld) is what the reader meets first, so "Allen Neukunden
schenken wir …" is customer-first although "wir" is the subject, while "Als Familienbetrieb wissen wir …"
opens with the company. English puts the subject first, so an opening phrase ends at the comma before "we".
"""

from __future__ import annotations

from enum import Enum

from spacy.tokens import Span, Token

from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.tagging import FINITE_TAGS, ensure_tagged
from wirlint.nlp.voice import COMPANY, CUSTOMER


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
CUSTOMER_SUBJECTS = frozenset({"sie", "du", "ihr", "you"})
BULLETS = frozenset({"•", "*", "–", "-", "—", "·", "►", "✓", "✔"})
MAX_SUBJECT_WORDS = 6
MAX_PREFIELD_WORDS = 10
CLAUSE_WORDS = frozenset({"that", "which", "who", "whom", "when", "if", "because", "what", "how", "where"})


def words_of(sentence: Span) -> list[Token]:
    """The sentence's words: no white space, no leading punctuation or bullets."""
    words = [token for token in sentence if not token.is_space]
    while words and (words[0].is_punct or words[0].text in BULLETS):
        words.pop(0)
    return words


def classify_opening(sentence: Span, lexicon: Lexicon) -> Opening:
    words = words_of(sentence)
    if not _is_statement(words) or words[0]._.quoted:
        return Opening.OTHER
    first = words[0]
    if first._.voice == COMPANY:
        if first.lower_ in POSSESSIVES[lexicon.lang] and _owns_customer(words, lexicon):
            return Opening.CUSTOMER
        if first.lower_ in OBJECT_PRONOUNS[lexicon.lang] and len(words) > 2 and words[2].lower_ in CUSTOMER_SUBJECTS:
            return Opening.OTHER  # "Uns erreichen Sie …": the customer acts
        return Opening.COMPANY
    if first._.voice == CUSTOMER or lexicon.is_customer_noun(first.text):
        return Opening.CUSTOMER
    subject = _company_subject(sentence, words, lexicon)
    if subject is None:
        return Opening.COMPANY if _company_noun_phrase(sentence, words, lexicon) else Opening.OTHER
    prefield = _prefield(sentence, words, subject, lexicon)
    if not prefield or words[-1].text == "?":
        return Opening.OTHER
    if prefield[0].lower_ in COMPANY_APPOSITION_STARTS[lexicon.lang]:
        return Opening.COMPANY_PHRASE
    if any(_is_customer(token, lexicon) for token in prefield):
        return Opening.CUSTOMER
    if prefield[0].lower_ in COMPANY_ATTRIBUTE_STARTS[lexicon.lang]:
        return Opening.COMPANY_PHRASE
    if _describes_company(prefield, lexicon):
        return Opening.COMPANY_PHRASE
    return Opening.COMPANY_LATER


def _company_subject(sentence: Span, words: list[Token], lexicon: Lexicon) -> Token | None:
    """The company as subject after an opening phrase: "wir"/"we", or a company noun phrase where the subject
    stands ("Seit 2010 arbeiten unsere Berater …", "At Acme, our consultants work …")."""
    pronoun = next((t for t in words if t.lower_ in SUBJECT_PRONOUNS[lexicon.lang] and t._.voice == COMPANY), None)
    if pronoun is not None:
        return pronoun
    if not any(_could_be_company_subject(t, lexicon) for t in words[1:]):
        return None  # decided without the tagger: no word after the first could be the company subject
    if lexicon.lang == "de":
        ensure_tagged(sentence)
        position = next((i for i, word in enumerate(words) if word.tag_ in FINITE_TAGS), None)
    else:
        position = next((i for i, word in enumerate(words[:MAX_PREFIELD_WORDS]) if word.text == ","), None)
    if position is None or position + 1 >= len(words):
        return None
    candidate = words[position + 1]
    if not _could_be_company_subject(candidate, lexicon):
        return None
    owns_customer = candidate.lower_ in POSSESSIVES[lexicon.lang] and _owns_customer(words[position + 1 :], lexicon)
    return None if owns_customer else candidate


def _could_be_company_subject(token: Token, lexicon: Lexicon) -> bool:
    return token._.voice == COMPANY and token.lower_ not in OBJECT_PRONOUNS[lexicon.lang]


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
    if not any(word._.voice == COMPANY for word in words[:MAX_SUBJECT_WORDS]):
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
    return next((word for word in phrase if word._.voice == COMPANY), None)


def _is_customer(token: Token, lexicon: Lexicon) -> bool:
    return token._.voice == CUSTOMER or lexicon.is_customer_noun(token.text)


def _prefield(sentence: Span, words: list[Token], subject: Token, lexicon: Lexicon) -> list[Token] | None:
    """The words before the subject's clause: German Vorfeld (before the finite verb), English intro phrase."""
    position = words.index(subject)
    if lexicon.lang == "de":
        if position < 2:
            return None
        verb = words[position - 1]
        ensure_tagged(sentence)
        if verb.tag_ not in FINITE_TAGS and verb.pos_ not in {"VERB", "AUX"}:
            return None  # "wir" inside a subordinate clause ("…, dass wir …") is no main-clause subject
        # Everything before the finite verb, a fronted subordinate clause included ("Wenn Sie anrufen, rufen wir").
        return words[: position - 1]
    if position < 1:
        return None
    before = words[:position]
    if before[-1].text != ",":
        # "Every month we publish", "Today we …"; not "The team that we built".
        short = len(before) <= 3 and not any(token.lower_ in CLAUSE_WORDS for token in before)
        return before if short else None
    return before[:-1]


def _describes_company(prefield: list[Token], lexicon: Lexicon) -> bool:
    if not prefield:
        return False
    if any(token._.voice == COMPANY for token in prefield):
        return True
    text = " ".join(token.lower_ for token in prefield)
    return any(descriptor in text for descriptor in COMPANY_DESCRIPTORS[lexicon.lang])
