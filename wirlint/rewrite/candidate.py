"""A rewrite before verification: its text, and what the verifier may expect to have changed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirlint.nlp.opening import words_of
from wirlint.nlp.sentences import remember_text, sentence_words
from wirlint.nlp.voice import COMPANY, voice_of


@dataclass(frozen=True)
class Candidate:
    """A proposed rewrite. ``changed`` lists the (lower-case) words a perspective switch may drop or add (the
    verb, the company pronoun, the customer pronoun's new case); a fronting changes none. ``right_bracket`` is
    what the German right bracket must read after the rewrite."""

    text: str
    kind: str  # "perspective", "fronting", "passive", "article"
    safe: bool
    changed: frozenset[str] = frozenset()
    right_bracket: tuple[str, ...] | None = None
    lead: str = ""  # an unchanged lead-in before the rewritten clause ("Unser Motto: "), not read back as grammar
    trail: str = ""  # what follows the rewritten clause's colon unchanged (" „Wie geht es Ihnen?“"), not read back

    def unsafe(self) -> Candidate:
        return dataclasses.replace(self, safe=False)


CLAUSE_MARKS = frozenset({":", "–", "—"})  # marks after which another clause, a list or a quotation may follow


def clause_before_colon(sentence: Span) -> tuple[Span, str] | None:
    """The company's clause up to its colon, and the text after it, when the colon introduces a quotation, a
    question or a list ("Wir möchten Patienten jeden Tag fragen können: „Wie geht es Ihnen?“", "We accept
    personal checks and major credit cards: MasterCard, Visa and Discover."): the clause is rewritten, what it
    introduces stays. Only when the sentence opens with the company, the first such mark is a colon, and
    three words come before it."""
    words = words_of(sentence)
    colon = next((index for index, word in enumerate(words) if word.text in CLAUSE_MARKS), None)
    if colon is None or colon < 3 or words[colon].text != ":" or colon == len(words) - 1:
        return None
    if voice_of(words[0]) != COMPANY:
        return None  # the clause must open with the company, or the sentence's finding is not about it
    clause_span = sentence.doc[sentence.start : words[colon].i + 1]
    end = words[colon].idx + len(words[colon].text)
    return clause_span, remember_text(sentence.doc)[end : sentence.end_char]


def before_trail(candidate: Candidate, tail: str) -> Candidate:
    """The rewritten clause before what its colon introduces, which stays as it was."""
    return dataclasses.replace(candidate, text=candidate.text + tail, trail=tail)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def decapitalise(text: str) -> str:
    return text[:1].lower() + text[1:]


def join_parts(parts: list[str], tail: tuple[Token, ...] | list[Token], closing: str) -> str:
    """Words in their new order, then the untouched tail (a Nachfeld with its own comma) and the end marks."""
    words = [part for part in parts if part]
    if tail:
        words.append(" ".join("".join(token.text_with_ws for token in tail).split()))
    return " ".join(words).replace(" ,", ",") + closing


# written small inside an English sentence, so also after marks that continue one ("... you get …")
ENGLISH_SMALL_PRONOUNS = frozenset({"you", "your", "we", "our", "us"})


def written_small(word: str, sentence: Span, lang: str) -> bool:
    """Whether ``word`` stays small when marks or a lead-in come before it: an English pronoun, or a word the
    sentence itself writes small ("...um Ihren Garten", "– mit euch")."""
    small = word.lower()
    if lang == "en" and small in ENGLISH_SMALL_PRONOUNS:
        return True
    return any(token.text == small for token in sentence_words(sentence))
