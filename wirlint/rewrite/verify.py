"""Checks every rewrite passes before it is offered as safe: ``--fix`` writes safe ones into a website.

- Content: a fronting keeps exactly the words it had (but the placeholder "es" of a clause it moves to the
  front, or "to help" that becomes "Helping" before "is our goal"); a perspective switch may only change the words its
  candidate declares (the verb, the company pronoun, the recipient's case endings) and a few function words.
- Numbers, ranges ("150-200", "zwei bis drei"), quotation marks and parentheses stay intact and together.
- Grammar, read again from the rewritten text: German has one complete main clause with the finite verb in
  second position and the right bracket the candidate expects; English subjects agree with their verb.

A candidate that loses content or breaks a number is dropped; one whose grammar cannot be confirmed is kept as
unsafe (shown to a human, never applied by ``--fix`` alone).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span

from wirlint.model import Suggestion
from wirlint.nlp.fields import MainClause, main_clause
from wirlint.nlp.pipeline import analyse_sentence
from wirlint.nlp.tagging import ensure_tagged
from wirlint.rewrite.candidate import Candidate

WORD = re.compile(r"\w+(?:[-‐]\w+)*")
NUMBER_WORDS = r"(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand)"  # noqa: E501
NUMBERS = re.compile(
    rf"\d+(?:[.,:]\d+)*(?:\s*(?:[-–]|bis|to)\s*\d+(?:[.,:]\d+)*)?\s*%?|\b{NUMBER_WORDS}\s+(?:bis|to|or|oder)\s+{NUMBER_WORDS}\b",
    re.IGNORECASE,
)
PAIRED_MARKS = '()[]„“”"«»‚‘’'
PARENTHESISED = re.compile(r"\([^()]*\)")
WORD_APOSTROPHE = re.compile(r"(?<=\w)’(?=\w)")  # "We’ll", "don’t": an apostrophe, not a closing quote
CONTRACTED_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)
CONTRACTED_WILL = re.compile(r"['’]ll\b", re.IGNORECASE)
# "We’re", "We've", "I'm": spelled out like "'ll" ("'s" may be "is", "has" or a possessive, so it stays)
CONTRACTED_AUXILIARIES = ((re.compile(r"(?<=\w)['’]re\b", re.IGNORECASE), " are"),
                          (re.compile(r"(?<=\w)['’]ve\b", re.IGNORECASE), " have"),
                          (re.compile(r"(?<=\w)['’]m\b", re.IGNORECASE), " am"))  # fmt: skip
IRREGULAR_CONTRACTIONS = ((re.compile(r"\bcan['’]t\b", re.IGNORECASE), "can not"),
                          (re.compile(r"\bwon['’]t\b", re.IGNORECASE), "will not"))  # fmt: skip
# function words a perspective switch may add or drop in any sentence (pronouns change case and person)
SWITCH_WORDS = frozenset({"wir", "uns", "sie", "ihnen", "du", "dir", "dich", "ihr", "euch", "von", "unserem", "unserer",
                          "we", "us", "you", "from", "with", "to", "for", "our", "help"})  # fmt: skip
THIRD_PERSON_TAGS = frozenset({"VVZ", "VBZ", "VHZ", "VDZ"})
# present-tense finite verbs and modals; the tagger reads some present forms as infinitives (VVI)
FINITE_PRESENT_TAGS = THIRD_PERSON_TAGS | {"VVB", "VBB", "VHB", "VDB", "VVI", "VM0"}
INFLECTION = re.compile(r"(?:en|em|er|es|e|n|s)$")


def verify(sentence: Span, candidate: Candidate, lang: str) -> Suggestion | None:
    """The candidate as a suggestion (unsafe when its grammar cannot be confirmed), or None when it breaks."""
    if not _keeps_content(sentence.text, candidate) or not _keeps_numbers_and_marks(sentence.text, candidate.text):
        return None
    safe = candidate.safe and _grammatical(candidate, lang)
    return Suggestion(candidate.text, candidate.kind, safe)


def _keeps_content(original: str, candidate: Candidate) -> bool:
    before, after = _words(original), _words(candidate.text)
    if candidate.kind == "fronting":  # a reordering; only what it declares may change ("es", "to help" → "Helping")
        return set(after - before) <= candidate.changed and set(before - after) <= candidate.changed
    allowed = {_stem(word) for word in SWITCH_WORDS | candidate.changed}
    stems_before = Counter(_stem(word) for word in before.elements())
    stems_after = Counter(_stem(word) for word in after.elements())
    changed = (stems_before - stems_after) + (stems_after - stems_before)
    return all(stem in allowed for stem in changed)


def _words(text: str) -> Counter[str]:
    """Word counts, with English contractions spelled out: "don't" and "do not", "We'll" and "will", "We’re"
    and "we are" count alike."""
    for contraction, spelled_out in IRREGULAR_CONTRACTIONS:  # "can't" is "can not", not "ca not"
        text = contraction.sub(spelled_out, text)
    text = CONTRACTED_WILL.sub(" will", CONTRACTED_NOT.sub(" not", text))
    for contraction, spelled_out in CONTRACTED_AUXILIARIES:
        text = contraction.sub(spelled_out, text)
    return Counter(word.lower() for word in WORD.findall(text))


def _stem(word: str) -> str:
    """Case and agreement endings off, so "unseren Kunden" and "unsere Kunden" compare equal."""
    return INFLECTION.sub("", word) if len(word) > 3 else word


def _keeps_numbers_and_marks(original: str, rewritten: str) -> bool:
    numbers = [match.group().strip() for match in NUMBERS.finditer(original)]
    if any(number not in rewritten for number in numbers):
        return False
    original, rewritten = WORD_APOSTROPHE.sub("", original), WORD_APOSTROPHE.sub("", rewritten)
    if any(original.count(mark) != rewritten.count(mark) for mark in PAIRED_MARKS):
        return False
    return all(group in rewritten for group in PARENTHESISED.findall(original))


def _grammatical(candidate: Candidate, lang: str) -> bool:
    sentence = analyse_sentence(candidate.text[len(candidate.lead) : len(candidate.text) - len(candidate.trail)], lang)
    if sentence is None:
        return False
    if lang == "de":
        clause = main_clause(sentence)
        if clause is None:
            return False
        return candidate.right_bracket is None or _bracket_as_expected(clause, candidate.right_bracket)
    return _agrees(sentence)


def _bracket_as_expected(clause: MainClause, expected: tuple[str, ...]) -> bool:
    """The clause ends in the expected right bracket. The tagger may read a word at the end ("da", "hin") as a
    particle in one word order and as an adverb in another, so the words are compared, not their tags."""
    if not expected:
        return not clause.right_bracket
    tail = [token.text for part in clause.middle for token in part.tokens]
    tail += [token.text for token in clause.right_bracket]
    return tail[-len(expected) :] == list(expected) and all(token.text in expected for token in clause.right_bracket)


def _main_verb(tokens: list, start: int) -> int | None:
    """The first finite verb after ``start`` that is not the verb of a "who/that" clause in the subject."""
    in_relative = False
    for index in range(start, len(tokens)):
        token = tokens[index]
        if token.lower_ in {"who", "that"}:
            in_relative = True
        elif token.tag_ in FINITE_PRESENT_TAGS:
            if not in_relative:
                return index
            in_relative = False
    return None


def _agrees(sentence: Span) -> bool:
    """English: the first finite verb agrees with the subject before it ("every client gets", "you get")."""
    ensure_tagged(sentence)
    tokens = [token for token in sentence if not token.is_space]
    verb_at = _main_verb(tokens, 0)
    if verb_at is None:
        return False
    # an opening adverbial ends with its comma: "At Acme, every client gets …"
    start = max((index + 1 for index, token in enumerate(tokens[:verb_at]) if token.text == ","), default=0)
    subject = tokens[start:verb_at]
    if tokens[verb_at].tag_ == "VM0":
        return bool(subject)
    third_person = tokens[verb_at].tag_ in THIRD_PERSON_TAGS
    if not subject:
        return False
    if subject[0].lower_ == "you" or any(token.lower_ in {"and", "or"} for token in subject):
        return not third_person
    nouns = [token for token in subject if token.pos_ in {"NOUN", "PROPN"}]
    if not nouns:
        return False
    singular = subject[0].lower_ in {"every", "each", "a", "an", "one", "any"} or nouns[0].morph.get("Number") == [
        "Sing"
    ]
    return third_person == singular
