"""The pieces rewrites move: the sentence frame (subject, finite verb, middle, end mark) and the customer
phrase inside it, found from tags (or from the dependency parse when an official pipeline provides one).

Everything here refuses rather than guesses: a sentence that is not a plain declarative main clause with
one customer phrase gets no frame, and so no rewrite.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.opening import words_of
from wirlint.nlp.tagging import FINITE_TAGS, ensure_tagged
from wirlint.nlp.voice import CUSTOMER

END_MARKS = frozenset({".", "!"})
GERMAN_CUSTOMER_PRONOUNS = frozenset({"Ihnen", "dir", "dich", "euch", "Dir", "Dich", "Euch"})
GERMAN_NP_TAGS = frozenset({"ART", "PIAT", "PPOSAT", "PDAT", "ADJA", "CARD", "PIDAT"})
NP_INNER_TAGS = frozenset({"ART", "PIAT", "PPOSAT", "PDAT", "ADJA", "PIDAT"})
GERMAN_RELATIVE_TAGS = frozenset({"PRELS", "PRELAT"})
ATTACHED_PREPOSITIONS = frozenset({"mit", "ohne", "aus"})
FRONTABLE_PREPOSITIONS = frozenset({"für"})
CLAUSE_LINKS = frozenset({"und", "oder", "aber", "sondern", "denn", "doch", "and", "or", "but"})


@dataclass(frozen=True)
class Frame:
    """A declarative main clause that opens with the company pronoun: ``Wir`` + finite verb + middle + end."""

    subject: Token
    verb: Token
    middle: list[Token]  # everything between the finite verb and the end mark
    end: Token
    adverbs: tuple[Token, ...] = ()  # English "We also offer …": adverbs between subject and verb


@dataclass(frozen=True)
class CustomerPhrase:
    """A customer phrase in the middle field, with its relative clause; ``start``/``stop`` index ``middle``."""

    start: int
    stop: int
    preposition: Token | None  # "für" in "für unsere Gäste"
    determiner: Token | None
    head: Token
    has_clause: bool
    clause_closed: bool  # the relative clause ends with its own comma (not at the sentence end)
    extension: tuple[Token, ...] = ()  # after the head: "und Kunden", "mit kleinen Kindern"


def sentence_frame(sentence: Span, subject_words: frozenset[str], *, adverbs: bool = False) -> Frame | None:
    words = words_of(sentence)
    if len(words) < 4 or any(word._.quoted for word in words):
        return None
    subject, end = words[0], words[-1]
    if subject.lower_ not in subject_words or end.text not in END_MARKS:
        return None
    ensure_tagged(sentence)
    position = 1
    while adverbs and position < len(words) - 1 and words[position].tag_ == "AV0":
        position += 1
    verb = words[position]
    if verb.tag_ not in FINITE_TAGS:
        return None
    middle = words[position + 1 : -1]
    if any(token.text in {"?", ";", ":", "(", ")", "„", "“", '"'} for token in middle):
        return None
    if any(token.lower_ in CLAUSE_LINKS and _starts_clause(middle, index) for index, token in enumerate(middle)):
        return None  # "Wir liefern X und wir bauen es auf": two main clauses
    return Frame(subject, verb, middle, end, tuple(words[1:position]))


def confirmed_by_parse(head: Token, verb: Token) -> bool:
    """With an official pipeline's dependency parse: the phrase must hang off the main verb (directly, or
    through its preposition), not off another noun. Without a parse the tag-based reading stands."""
    if not head.doc.has_annotation("DEP"):
        return True
    parent = head.head
    return parent == verb or (parent.pos_ in {"ADP", "VERB", "AUX"} and parent.head == verb)


def _starts_clause(middle: list[Token], index: int) -> bool:
    following = middle[index + 1 : index + 3]
    return any(token.tag_ in FINITE_TAGS or token.lower_ in {"wir", "we"} for token in following)


def german_customer_phrases(frame: Frame, lexicon: Lexicon) -> list[CustomerPhrase]:
    """Customer phrases in the German middle field: Ihnen/dir/dich/euch, customer noun phrases, für-phrases.

    After a copula ("Wir sind Ihr Partner") a noun phrase is a predicate, not an object: only für-phrases count."""
    middle = frame.middle
    copula = frame.verb.lemma_.lower() in {"sein", "werden", "bleiben"}
    phrases = []
    index = 0
    while index < len(middle):
        token = middle[index]
        after_preposition = index > 0 and middle[index - 1].tag_.startswith("APPR")
        if token.text in GERMAN_CUSTOMER_PRONOUNS and token._.voice == CUSTOMER and not after_preposition:
            phrases.append(CustomerPhrase(index, index + 1, None, None, token, False, False))
            index += 1
            continue
        phrase = _german_noun_phrase(middle, index, lexicon)
        if phrase is not None and copula and phrase.preposition is None:
            phrase = None
        if phrase is not None and confirmed_by_parse(phrase.head, frame.verb):
            phrases.append(phrase)
            index = phrase.stop
            continue
        index += 1
    return phrases


def _german_noun_phrase(middle: list[Token], start: int, lexicon: Lexicon) -> CustomerPhrase | None:
    preposition = None
    position = start
    if middle[position].lower_ in FRONTABLE_PREPOSITIONS and middle[position].tag_ == "APPR":
        preposition = middle[position]
        position += 1
    elif start > 0 and (middle[start - 1].tag_ in NP_INNER_TAGS or middle[start - 1].tag_.startswith("APPR")):
        return None  # not the start of a phrase (or inside a prepositional phrase we do not move)
    first = position
    while position < len(middle) and middle[position].tag_ in GERMAN_NP_TAGS:
        position += 1
    if position >= len(middle):
        return None
    head = middle[position]
    if preposition is not None and head.text in {"Sie", "dich", "dir", "euch"} and head._.voice == CUSTOMER:
        return CustomerPhrase(start, position + 1, preposition, None, head, False, False)
    if head.tag_ not in {"NN", "NE"} or not lexicon.is_customer_noun(head.text):
        return None
    determiner = middle[first] if first < position and middle[first].tag_ in {"ART", "PIAT", "PPOSAT", "PDAT"} else None
    stop = _coordinated_or_attached(middle, position + 1, lexicon)
    extension = tuple(middle[position + 1 : stop])
    has_clause = closed = False
    if stop + 1 < len(middle) and middle[stop].text == "," and middle[stop + 1].tag_ in GERMAN_RELATIVE_TAGS:
        has_clause = True
        closing = next((i for i in range(stop + 1, len(middle)) if middle[i].text == ","), None)
        stop, closed = (closing + 1, True) if closing is not None else (len(middle), False)
    return CustomerPhrase(start, stop, preposition, determiner, head, has_clause, closed, extension)


def _coordinated_or_attached(middle: list[Token], stop: int, lexicon: Lexicon) -> int:
    """Extend a customer noun phrase: "Kundinnen und Kunden", "Familien mit kleinen Kindern", "Nutzern der App"."""
    if stop + 1 < len(middle) and middle[stop].lower_ in {"der", "des"} and middle[stop].tag_ == "ART":
        position = stop + 1
        while position < len(middle) and middle[position].tag_ in GERMAN_NP_TAGS:
            position += 1
        if position < len(middle) and middle[position].tag_ in {"NN", "NE"}:
            return position + 1
    if stop + 1 < len(middle) and middle[stop].lower_ in {"und", "oder"}:
        position = stop + 1
        while position < len(middle) and middle[position].tag_ in GERMAN_NP_TAGS:
            position += 1
        if position < len(middle) and lexicon.is_customer_noun(middle[position].text):
            return position + 1
    if stop + 1 < len(middle) and middle[stop].lower_ in ATTACHED_PREPOSITIONS:
        position = stop + 1
        while position < len(middle) and middle[position].tag_ in GERMAN_NP_TAGS:
            position += 1
        following = middle[position + 1] if position + 1 < len(middle) else None
        # only when another phrase follows: "Familien mit kleinen Kindern einen Spielbereich"
        if (
            position < len(middle)
            and middle[position].tag_ == "NN"
            and following is not None
            and following.tag_ in {"ART", "PIAT", "PPOSAT", "ADJA", "NN", "CARD"}
        ):
            return position + 1
    return stop


def join(tokens: list[Token]) -> str:
    """Tokens back to text with their own spacing; line breaks and runs of spaces become one space."""
    text = "".join(token.text_with_ws for token in tokens)
    return " ".join(text.split())


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
