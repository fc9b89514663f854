"""Customer-first rewrites: pure functions from an analysed sentence to zero or more suggestions.

A rewrite never invents facts and never drops a content word (only a swapped verb and the pronouns change);
every candidate is verified (``wirlint.rewrite.verify``) before it becomes a suggestion, and only verified
ones are safe. When the analysis is unsure it returns nothing, and the finding keeps its advice instead.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span

from wirlint.model import Suggestion
from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.opening import words_of
from wirlint.nlp.sentences import remember_text, sentence_words
from wirlint.rewrite.candidate import written_small
from wirlint.rewrite.english import english_candidates
from wirlint.rewrite.german import german_candidates
from wirlint.rewrite.verify import verify

KIND_ORDER = ("perspective", "fronting", "passive", "article", "label")
FIRST_WORD = re.compile(r"\w+")


def suggest(sentence: Span, lexicon: Lexicon) -> list[Suggestion]:
    """Suggestions for one sentence, best first (safe before unsafe, the customer as subject first)."""
    if lexicon.lang == "de":
        candidates = german_candidates(sentence, lexicon)
    elif lexicon.lang == "en":
        candidates = english_candidates(sentence, lexicon)
    else:
        candidates = []
    verified = [verify(sentence, candidate, lexicon.lang) for candidate in candidates]
    kept = [_with_leading_marks(sentence, suggestion, lexicon.lang) for suggestion in verified if suggestion]
    unique = list({suggestion.text: suggestion for suggestion in kept}.values())
    return sorted(unique, key=lambda s: (not s.safe, KIND_ORDER.index(s.kind)))


def _with_leading_marks(sentence: Span, suggestion: Suggestion, lang: str) -> Suggestion:
    """A sentence that opens with marks before its first word ("...wir kümmern uns …", "– we offer …") keeps
    them in the rewrite, which replaces the whole sentence; a first word written small after them stays small
    unless it is always capitalised ("...um Ihren Garten kümmern wir uns solange.")."""
    words, tokens = words_of(sentence), sentence_words(sentence)
    if not words or not tokens or words[0].i == tokens[0].i:
        return suggestion
    leading = remember_text(sentence.doc)[tokens[0].idx : words[0].idx]
    text = suggestion.text
    if text.startswith(leading):
        return suggestion
    first = FIRST_WORD.match(text)
    if words[0].text[:1].islower() and first is not None and written_small(first.group(), sentence, lang):
        text = text[:1].lower() + text[1:]
    return dataclasses.replace(suggestion, text=leading + text)
