"""English rewrites: the perspective switch, "We offer our clients X." → "Our clients get X."

English has no free word order to exploit, so the customer becomes the subject of "get", in one of three
shapes: a double object ("give every member a coach"), "provide/supply someone with X", and
"send X to someone". Modals stay ("We will send you" → "You will get").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from wirlint.model import Suggestion
from wirlint.nlp.lexicon import Lexicon
from wirlint.rewrite.phrases import Frame, capitalise, confirmed_by_parse, join, sentence_frame

SUBJECT = frozenset({"we"})
DOUBLE_OBJECT_VERBS = frozenset({"offer", "give", "send", "grant", "bring", "hand", "deliver", "provide"})
WITH_VERBS = frozenset({"provide", "supply", "equip", "furnish"})
TO_VERBS = frozenset({"offer", "give", "send", "deliver", "grant", "bring", "hand", "provide", "supply"})
MODALS = frozenset({"will", "can", "'ll", "shall", "may"})
SINGULAR_DETERMINERS = frozenset({"every", "each", "a", "an", "one", "any"})
POSSESSIVES = frozenset({"our", "your", "their", "his", "her", "its", "my"})
# Universal POS and morphology, so that the bundled tagger and an official pipeline read the same way.
NOUNS = frozenset({"NOUN", "PROPN"})
DETERMINERS = frozenset({"DET", "NUM"})
PHRASE_POS = frozenset({"DET", "NUM", "ADJ"}) | NOUNS


def _in_phrase(token: Token) -> bool:
    """Determiners, numbers, adjectives, nouns, and possessives ("our", "their")."""
    return token.pos_ in PHRASE_POS or token.morph.get("Poss") == ["Yes"] or token.lower_ in POSSESSIVES


def _starts_phrase(token: Token) -> bool:
    return token.pos_ in DETERMINERS or token.morph.get("Poss") == ["Yes"] or token.lower_ in POSSESSIVES


def _number(token: Token) -> str | None:
    number = token.morph.get("Number")
    return number[0] if number else None


def english_suggestions(sentence: Span, lexicon: Lexicon) -> list[Suggestion]:
    frame = sentence_frame(sentence, SUBJECT, adverbs=True)
    if frame is None or frame.subject.text != "We":
        return []
    switched = _perspective(frame, lexicon)
    return [Suggestion(switched, "perspective", True)] if switched else []


def _perspective(frame: Frame, lexicon: Lexicon) -> str | None:
    middle = frame.middle
    modal = None
    verb = frame.verb
    adverbs = list(frame.adverbs)
    if verb.lower_ in MODALS:
        while middle and middle[0].pos_ == "ADV":  # "We will also provide …"
            adverbs.append(middle[0])
            middle = middle[1:]
        if not middle or middle[0].morph.get("VerbForm") != ["Inf"]:
            return None
        modal, verb, middle = verb, middle[0], middle[1:]
    elif verb.morph.get("Tense") != ["Pres"] or _number(verb) == "Sing":
        return None  # past tense ("offered") or a form we do not switch
    lemma = verb.lemma_.lower()
    recipient, thing = _recipient_and_thing(lemma, verb, middle, lexicon)
    if recipient is None or not thing:
        return None
    singular = _is_singular(recipient)
    get = "get" if modal is not None or not singular else "gets"
    subject = "You" if recipient[0].lower_ == "you" else capitalise(join(recipient))
    words = [subject]
    if modal is not None:
        words.append(modal.text)
    words += [adverb.text for adverb in adverbs] + [get, join(thing)]
    return " ".join(words).replace(" '", "'") + frame.end.text


def _recipient_and_thing(
    lemma: str, verb: Token, middle: list[Token], lexicon: Lexicon
) -> tuple[list[Token] | None, list[Token]]:
    """(the customer phrase, what they get) for the three shapes, or (None, []) when none fits."""
    if lemma in WITH_VERBS:
        split = next((i for i, token in enumerate(middle) if token.lower_ == "with"), None)
        if split and _is_recipient(middle[:split], lexicon):
            return middle[:split], middle[split + 1 :]
    if lemma in DOUBLE_OBJECT_VERBS:
        recipient = _leading_noun_phrase(middle, lexicon)
        heads = [token for token in recipient if token.pos_ in NOUNS or token.lower_ == "you"][:1]
        parsed = all(confirmed_by_parse(head, verb) for head in heads)
        if recipient and parsed and _is_customer_phrase(recipient, lexicon) and len(recipient) < len(middle):
            thing = middle[len(recipient) :]
            if thing[0].lower_ not in {"with", "to", "for"} and _in_phrase(thing[0]):
                return recipient, thing
    if lemma in TO_VERBS:
        split = next((i for i, token in enumerate(middle) if token.lower_ == "to"), None)
        if split:
            recipient = _leading_noun_phrase(middle[split + 1 :], lexicon)
            if recipient and _is_customer_phrase(recipient, lexicon) and split > 0:
                return recipient, middle[:split] + middle[split + 1 + len(recipient) :]
    return None, []


def _leading_noun_phrase(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """ "you", or a noun phrase up to its head, with a "who/that" clause or a "with" phrase when another
    phrase (the thing given) follows it."""
    if tokens and tokens[0].lower_ == "you":
        return tokens[:1]
    head = None
    for index, token in enumerate(tokens):
        hyphen = token.text == "-" and 0 < index < len(tokens) - 1 and not token.whitespace_
        if hyphen:
            continue  # "first-time customers"
        if not _in_phrase(token):
            return []
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        plural_customer = _number(token) == "Plur" and lexicon.is_customer_noun(token.text)
        if token.pos_ in NOUNS and (following is None or following.pos_ not in NOUNS or plural_customer):
            head = index
            break
    if head is None:
        return []
    return tokens[: _extend_phrase(tokens, head + 1)]


def _extend_phrase(tokens: list[Token], stop: int) -> int:
    """Past the head: a relative clause ("families who book before June") or a with-phrase ("families with
    young children"), ending where the last noun phrase that is not inside a prepositional phrase starts."""
    if stop >= len(tokens) or tokens[stop].lower_ not in {"who", "that", "with"}:
        return stop
    starts = [
        index
        for index in range(stop + 2, len(tokens))
        if _starts_phrase(tokens[index]) and tokens[index - 1].pos_ != "ADP" and not _starts_phrase(tokens[index - 1])
    ]
    if tokens[stop].lower_ == "with":
        # "families with young children priority boarding": the thing starts where one noun gives way to another
        starts = [i for i in range(stop + 2, len(tokens)) if _noun_boundary(tokens[i - 1], tokens[i])] or starts
    return starts[-1] if starts else stop


def _noun_boundary(previous: Token, token: Token) -> bool:
    return previous.pos_ in NOUNS and _in_phrase(token) and _number(previous) != _number(token)


def _is_recipient(tokens: list[Token], lexicon: Lexicon) -> bool:
    """All of ``tokens`` is one noun phrase, possibly with its relative clause ("users who sign up today")."""
    phrase = _leading_noun_phrase(tokens, lexicon)
    if not phrase:
        return False
    return len(phrase) == len(tokens) or tokens[len(phrase)].lower_ in {"who", "that"}


def _is_customer_phrase(tokens: list[Token], lexicon: Lexicon) -> bool:
    return tokens[0].lower_ == "you" or any(lexicon.is_customer_noun(token.text) for token in tokens[:4])


def _is_singular(recipient: list[Token]) -> bool:
    if recipient[0].lower_ == "you":
        return False
    end = next((i for i, t in enumerate(recipient) if t.lower_ in {"who", "that", "with"}), len(recipient))
    nouns = [token for token in recipient[:end] if token.pos_ in NOUNS]
    return recipient[0].lower_ in SINGULAR_DETERMINERS or (bool(nouns) and _number(nouns[-1]) == "Sing")
