"""A rewrite before verification: its text, and what the verifier may expect to have changed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirlint.nlp.sentences import sentence_words


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
