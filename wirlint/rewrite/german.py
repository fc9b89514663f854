"""German rewrites: fronting (the customer into the Vorfeld) and the perspective switch (the customer as subject).

German is verb-second, so fronting is a pure reordering that keeps every word: the customer phrase with its
relative clause goes first, the finite verb stays second, "wir" follows. The perspective switch changes
the verb ("bieten" → "erhalten") and puts the dative customer phrase into the nominative; it is offered
only for the verbs and phrase shapes in the tables below, where the result is known to be grammatical.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirlint.model import Suggestion
from wirlint.nlp.lexicon import Lexicon
from wirlint.rewrite.phrases import CustomerPhrase, Frame, capitalise, german_customer_phrases, join, sentence_frame

SUBJECT = frozenset({"wir"})
COMPANY_WILLINGNESS = frozenset({"gern", "gerne", "herzlich"})

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
CONJUGATION = {
    "erhalten": {"sg3": "erhält", "pl": "erhalten", "du": "erhältst", "ihr": "erhaltet"},
    "bekommen": {"sg3": "bekommt", "pl": "bekommen", "du": "bekommst", "ihr": "bekommt"},
}
PRONOUN_NOMINATIVE = {"Ihnen": ("Sie", "pl"), "dir": ("du", "du"), "Dir": ("Du", "du"), "euch": ("ihr", "ihr"),
                      "Euch": ("Ihr", "ihr")}  # fmt: skip
# dative determiner → (nominative form, number); feminine singular forms are the same as the nominative plural
# ones in writing only for "der" (die) and "jeder" (jede), which the noun's gender decides below.
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
NEUTER_CUSTOMERS = frozenset({"mitglied"})
PLURALS_ENDING_IN_N = ("kunden", "innen", "menschen", "familien", "patienten", "mandanten", "studenten",
                       "abonnenten", "interessenten", "klienten", "eltern", "bauherren")  # fmt: skip


def german_suggestions(sentence: Span, lexicon: Lexicon) -> list[Suggestion]:
    frame = sentence_frame(sentence, SUBJECT)
    if frame is None:
        return []
    phrases = german_customer_phrases(frame, lexicon)
    if len(phrases) != 1:
        return []  # none, or several: unsure which to move
    phrase = phrases[0]
    suggestions = []
    switched = _perspective(frame, phrase)
    if switched:
        suggestions.append(Suggestion(switched, "perspective", True))
    fronted = _front(frame, phrase)
    if fronted:
        suggestions.append(Suggestion(fronted, "fronting", True))
    return suggestions


def _front(frame: Frame, phrase: CustomerPhrase) -> str | None:
    moved = frame.middle[phrase.start : phrase.stop]
    rest = frame.middle[: phrase.start] + frame.middle[phrase.stop :]
    front = join(moved)
    if phrase.has_clause and not phrase.clause_closed:
        front += ","
    words = [capitalise(front), frame.verb.text, frame.subject.text.lower()] + ([join(rest)] if rest else [])
    return (" ".join(words) + frame.end.text).replace(" ,", ",")


def _perspective(frame: Frame, phrase: CustomerPhrase) -> str | None:
    verb = frame.verb
    if verb.tag_ != "VVFIN" or verb.lower_ != verb.lemma_.lower() or phrase.preposition is not None:
        return None  # only the present tense of full verbs ("wir bieten" = lemma), not "boten", "haben … gegeben"
    if phrase.extension and phrase.extension[0].lower_ in {"und", "oder"}:
        return None  # "allen Kundinnen und Kunden": every conjunct would need its case changed
    if any(token.lower_ in COMPANY_WILLINGNESS for token in frame.middle):
        return None  # "Wir senden Ihnen gern …": "gern" is the company's, "Sie erhalten gern" means something else
    middle = list(frame.middle)
    particle = ""
    if middle and middle[-1].tag_ == "PTKVZ":
        particle = middle.pop().lower_
    table_entry = PERSPECTIVE_VERBS.get((verb.lemma_.lower(), particle))
    if table_entry is None:
        return None
    nominative = _nominative(phrase, frame)
    if nominative is None:
        return None
    subject, person = nominative
    new_verb, participle = table_entry
    head_end = next(i for i in range(phrase.start, phrase.stop) if middle[i] is phrase.head) + 1
    clause = middle[head_end : phrase.stop] if phrase.has_clause or phrase.extension else []
    rest = middle[: phrase.start] + middle[phrase.stop :]
    if not rest:
        return None
    parts = [capitalise(subject)]
    if clause:
        parts.append(join(clause) + ("," if phrase.has_clause and not phrase.clause_closed else ""))
    parts += [CONJUGATION[new_verb][person], join(rest)]
    if participle:
        parts.append(participle)
    return (" ".join(parts) + frame.end.text).replace(" ,", ",")


def _nominative(phrase: CustomerPhrase, frame: Frame) -> tuple[str, str] | None:
    """The customer phrase (without its clause) in the nominative, and its verb person; None when unsure."""
    if phrase.head.text in PRONOUN_NOMINATIVE:
        return PRONOUN_NOMINATIVE[phrase.head.text]
    middle = frame.middle
    head_index = next(i for i in range(phrase.start, phrase.stop) if middle[i] is phrase.head)
    words = middle[phrase.start : head_index + 1]
    determiner = phrase.determiner.lower_ if phrase.determiner is not None else None
    noun = phrase.head.text
    if determiner in DATIVE_PLURAL or determiner is None:
        if determiner is None and not noun.endswith("n"):
            return None  # "Kunden"/"Familien" are clearly plural; anything else without a determiner is unsure
        new_determiner = DATIVE_PLURAL.get(determiner or "")
        adjectives = [_plural_adjective(t.text, strong=determiner is None) for t in words[1 if determiner else 0 : -1]]
        return _compose(new_determiner, phrase.determiner, adjectives, _plural_noun(noun)), "pl"
    lower = noun.lower()
    if determiner in DATIVE_SINGULAR_MASCULINE_NEUTER:
        neuter = any(lower.endswith(n) for n in NEUTER_CUSTOMERS)
        new_determiner = DATIVE_SINGULAR_MASCULINE_NEUTER[determiner]
        if neuter and new_determiner in {"der", "jeder", "dieser"}:
            new_determiner = {"der": "das", "jeder": "jedes", "dieser": "dieses"}[new_determiner]
        adjectives = [_singular_adjective(t.text, new_determiner) for t in words[1:-1]]
        if None in adjectives:
            return None
        return _compose(new_determiner, phrase.determiner, adjectives, _singular_noun(noun)), "sg3"  # type: ignore[arg-type]
    if determiner in DATIVE_SINGULAR_FEMININE and lower.endswith(("in", "kundschaft", "familie")):
        adjectives = [_singular_adjective(t.text, "die") for t in words[1:-1]]
        if None in adjectives:
            return None
        return _compose(DATIVE_SINGULAR_FEMININE[determiner], phrase.determiner, adjectives, noun), "sg3"  # type: ignore[arg-type]
    return None


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
