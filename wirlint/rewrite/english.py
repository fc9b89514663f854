"""English rewrites: the perspective switch, "We offer our clients X." → "Our clients get X."

English has no free word order to exploit, so the customer becomes the subject of "get", in one of three
shapes: a double object ("give every member a coach"), "provide/supply someone with X", and
"send X to someone". Modals stay ("We will send you" → "You will get").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirlint.model import Suggestion
from wirlint.nlp.lexicon import Lexicon
from wirlint.rewrite.phrases import Frame, capitalise, join, sentence_frame

SUBJECT = frozenset({"we"})
DOUBLE_OBJECT_VERBS = frozenset({"offer", "give", "send", "grant", "bring", "hand", "deliver", "provide"})
WITH_VERBS = frozenset({"provide", "supply", "equip", "furnish"})
TO_VERBS = frozenset({"offer", "give", "send", "deliver", "grant", "bring", "hand", "provide", "supply"})
MODALS = frozenset({"will", "can", "'ll", "shall", "may"})
SINGULAR_DETERMINERS = frozenset({"every", "each", "a", "an", "one", "any"})
NOUN_TAGS = frozenset({"NN0", "NN1", "NN2", "NP0"})
PHRASE_TAGS = frozenset({"AT0", "DT0", "DPS", "AJ0", "AJC", "AJS", "CRD", "ORD"}) | NOUN_TAGS


def english_suggestions(sentence: Span, lexicon: Lexicon) -> list[Suggestion]:
    frame = sentence_frame(sentence, SUBJECT)
    if frame is None or frame.subject.text != "We":
        return []
    switched = _perspective(frame, lexicon)
    return [Suggestion(switched, "perspective", True)] if switched else []


def _perspective(frame: Frame, lexicon: Lexicon) -> str | None:
    middle = frame.middle
    modal = None
    verb = frame.verb
    if verb.lower_ in MODALS:
        if not middle or middle[0].tag_ != "VVI":
            return None
        modal, verb, middle = verb, middle[0], middle[1:]
    elif verb.tag_ != "VVB":
        return None  # past tense ("offered") or a form we do not switch
    lemma = verb.lemma_.lower()
    recipient, thing = _recipient_and_thing(lemma, middle, lexicon)
    if recipient is None or not thing:
        return None
    singular = _is_singular(recipient)
    get = "get" if modal is not None or not singular else "gets"
    subject = "You" if recipient[0].lower_ == "you" else capitalise(join(recipient))
    verb_phrase = f"{modal.text} {get}" if modal is not None else get
    return f"{subject} {verb_phrase} {join(thing)}{frame.end.text}"


def _recipient_and_thing(lemma: str, middle: list[Token], lexicon: Lexicon) -> tuple[list[Token] | None, list[Token]]:
    """(the customer phrase, what they get) for the three shapes, or (None, []) when none fits."""
    if lemma in WITH_VERBS:
        split = next((i for i, token in enumerate(middle) if token.lower_ == "with"), None)
        if split and _is_noun_phrase(middle[:split]):
            return middle[:split], middle[split + 1 :]
    if lemma in DOUBLE_OBJECT_VERBS:
        recipient = _leading_noun_phrase(middle)
        if recipient and _is_customer_phrase(recipient, lexicon) and len(recipient) < len(middle):
            thing = middle[len(recipient) :]
            if thing[0].lower_ not in {"with", "to", "for"} and _starts_noun_phrase(thing):
                return recipient, thing
    if lemma in TO_VERBS:
        split = max((i for i, token in enumerate(middle) if token.lower_ == "to"), default=None)
        if split:
            recipient = middle[split + 1 :]
            if _is_noun_phrase(recipient) and _is_customer_phrase(recipient, lexicon):
                return recipient, middle[:split]
    return None, []


def _leading_noun_phrase(tokens: list[Token]) -> list[Token]:
    """ "you", or determiners/adjectives up to the first noun that is not followed by another noun."""
    if tokens and tokens[0].lower_ == "you":
        return tokens[:1]
    for index, token in enumerate(tokens):
        if token.tag_ not in PHRASE_TAGS:
            return []
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if token.tag_ in NOUN_TAGS and (following is None or following.tag_ not in NOUN_TAGS):
            return tokens[: index + 1]
    return []


def _is_noun_phrase(tokens: list[Token]) -> bool:
    return bool(tokens) and (
        [t.lower_ for t in tokens] == ["you"]
        or (all(t.tag_ in PHRASE_TAGS for t in tokens) and tokens[-1].tag_ in NOUN_TAGS)
    )


def _starts_noun_phrase(tokens: list[Token]) -> bool:
    return tokens[0].tag_ in PHRASE_TAGS


def _is_customer_phrase(tokens: list[Token], lexicon: Lexicon) -> bool:
    return tokens[0].lower_ == "you" or lexicon.is_customer_noun(tokens[-1].text)


def _is_singular(recipient: list[Token]) -> bool:
    if recipient[0].lower_ == "you":
        return False
    return recipient[-1].tag_ == "NN1" or recipient[0].lower_ in SINGULAR_DETERMINERS
