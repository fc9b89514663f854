"""Word lists that define who is speaking and who is addressed, per language.

These are closed classes (pronouns) and a user-extensible list of customer nouns; everything open-ended
(self-praise, slogans) lives in the rule packs instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

COMPANY_WORDS = {
    "de": frozenset(
        {"wir", "uns", "unser", "unsere", "unserem", "unseren", "unserer", "unseres", "unsern", "unsre",
         "unsrem", "unsren", "unsrer", "unsres"}
    ),
    "en": frozenset({"we", "us", "our", "ours", "ourselves"}),
}  # fmt: skip

# Informal address is unambiguous in any case; formal German address needs its capital letter.
INFORMAL_CUSTOMER_WORDS = {
    "de": frozenset(
        {"du", "dich", "dir", "dein", "deine", "deinem", "deinen", "deiner", "deines", "euch", "euer", "eure",
         "eurem", "euren", "eurer", "eures"}
    ),
    "en": frozenset({"you", "your", "yours", "yourself", "yourselves", "ya", "y'all"}),
}  # fmt: skip
FORMAL_CUSTOMER_WORDS = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres"})

# German finite verbs that agree with "sie" = she, never with formal "Sie".
THIRD_SINGULAR_VERBS = frozenset(
    {"ist", "war", "hat", "hatte", "wird", "wurde", "kann", "konnte", "muss", "musste", "soll", "sollte",
     "will", "wollte", "darf", "durfte", "mag", "möchte", "weiß"}
)  # fmt: skip

# the words a letter's salutation opens with: "Liebe Gäste,", "Sehr geehrte Damen und Herren,", "Dear clients,"
SALUTATIONS = frozenset({"liebe", "lieber", "liebes", "hallo", "servus", "moin", "dear", "hello", "hi"})


def opens_salutation(first: str, second: str) -> bool:
    """Whether a text whose first two words these are (lower case) opens with a salutation."""
    return first in SALUTATIONS or (first == "sehr" and second.startswith("geehrt"))


CUSTOMER_NOUNS = {
    "de": (
        "kunde", "kundin", "kundschaft", "mensch", "gast", "gäste", "partner", "partnerin", "mandant", "mandantin",
        "patient", "patientin", "nutzer", "nutzerin", "mitglied", "mieter", "mieterin", "leser", "leserin",
        "teilnehmer", "teilnehmerin", "besucher", "besucherin", "käufer", "käuferin", "auftraggeber",
        "auftraggeberin", "abonnent", "abonnentin", "eltern", "familie", "schüler", "schülerin", "student",
        "studentin", "bewohner", "bewohnerin", "verbraucher", "verbraucherin", "anwender", "anwenderin",
        "interessent", "interessentin", "fahrgast", "reisende", "versicherte", "klient", "klientin",
        "zuhörer", "zuhörerin", "bauherr", "bauherrin", "hörer", "hörerin", "nutzende", "teilnehmende",
        "besuchende", "lernende", "studierende", "lesende", "mietende", "interessierte", "ratsuchende",
        "zuhörende", "kaufende", "anwendende", "reisende", "betroffene", "hinterbliebene", "angehörige",
        "pflegebedürftige", "brautpaar", "urlauber", "urlauberin", "kind",
    ),
    "en": (
        "customer", "client", "guest", "member", "user", "patient", "tenant", "reader", "buyer", "shopper",
        "subscriber", "visitor", "student", "parent", "family", "families", "resident", "traveler",
        "traveller", "attendee", "consumer", "learner", "homeowner", "listener", "passenger", "policyholder",
        "people", "partner", "donor", "audience", "child", "children",
    ),
}  # fmt: skip
# Gender-inclusive spellings: Kund*innen, Kund:innen, Kund_innen, Kund/-innen (KundInnen lower-cases by itself).
GENDER_MARK = re.compile(r"[*:_/·]-?(?=in(?:nen)?$)")


# German words that end in a customer noun without being one: time units and "-kunde" as a field of knowledge
NOT_CUSTOMER_COMPOUNDS = ("sekunde", "sekunden", "urkunde", "urkunden", "erdkunde", "sachkunde", "heilkunde",
                          "fachkunde", "ortskunde", "warenkunde", "landeskunde", "naturkunde", "volkskunde",
                          "heimatkunde", "materialkunde")  # fmt: skip


def gender_folded(word: str) -> str:
    """The lower-case word with its gender mark removed: "Kund*innen" → "kundinnen", as the word lists spell it."""
    return GENDER_MARK.sub("", word.lower())


GERMAN_NOUN_ENDINGS = ("", "e", "en", "n", "s", "es", "nen", "innen", "in", "er", "ern")
ENGLISH_NOUN_ENDINGS = ("", "s", "es", "'s", "s'")
CUSTOMER_NOUN_CACHE_LIMIT = 100_000


@dataclass(frozen=True)
class Lexicon:
    """The voice lexicon for one language, extended by the user's customer terms."""

    lang: str
    customer_nouns: tuple[str, ...]

    @classmethod
    def for_language(cls, lang: str, extra_customer_terms: tuple[str, ...] = ()) -> Lexicon:
        terms = CUSTOMER_NOUNS.get(lang, ()) + tuple(term.lower() for term in extra_customer_terms)
        return cls(lang, terms)

    def is_company_word(self, text: str) -> bool:
        return text.lower() in COMPANY_WORDS.get(self.lang, ())

    def is_informal_customer_word(self, text: str) -> bool:
        return text.lower() in INFORMAL_CUSTOMER_WORDS.get(self.lang, ())

    def is_customer_noun(self, text: str) -> bool:
        """Customer nouns in any inflection, and German compounds that end in one (Neukunden, Hotelgäste)."""
        word = gender_folded(text)
        known = self._customer_noun_cache.get(word)
        if known is None:
            known = (
                word in self._customer_forms
                or (
                    self.lang == "de"
                    and not word.endswith(NOT_CUSTOMER_COMPOUNDS)
                    # a compound: some ending after at least three letters is a customer form (Neu|kunden)
                    and any(word[start:] in self._customer_forms for start in range(3, len(word)))
                )
            )
            if len(self._customer_noun_cache) < CUSTOMER_NOUN_CACHE_LIMIT:
                self._customer_noun_cache[word] = known
        return known

    @cached_property
    def _customer_forms(self) -> frozenset[str]:
        endings = GERMAN_NOUN_ENDINGS if self.lang == "de" else ENGLISH_NOUN_ENDINGS
        return frozenset(term + ending for term in self.customer_nouns for ending in endings)

    @cached_property
    def _customer_noun_cache(self) -> dict[str, bool]:
        return {}
