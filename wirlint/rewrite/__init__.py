"""Customer-first rewrites: pure functions from an analysed sentence to zero or more suggestions.

A rewrite never invents facts and never drops a content word (only a swapped verb and the pronouns change);
every candidate is verified (``wirlint.rewrite.verify``) before it becomes a suggestion, and only verified
ones are safe. When the analysis is unsure it returns nothing, and the finding keeps its advice instead.
"""

from __future__ import annotations

from spacy.tokens import Span

from wirlint.model import Suggestion
from wirlint.nlp.lexicon import Lexicon
from wirlint.rewrite.english import english_candidates
from wirlint.rewrite.german import german_candidates
from wirlint.rewrite.verify import verify

KIND_ORDER = ("perspective", "fronting", "passive", "label")


def suggest(sentence: Span, lexicon: Lexicon) -> list[Suggestion]:
    """Suggestions for one sentence, best first (safe before unsafe, the customer as subject first)."""
    if lexicon.lang == "de":
        candidates = german_candidates(sentence, lexicon)
    elif lexicon.lang == "en":
        candidates = english_candidates(sentence, lexicon)
    else:
        candidates = []
    verified = [verify(sentence, candidate, lexicon.lang) for candidate in candidates]
    unique = list({suggestion.text: suggestion for suggestion in verified if suggestion is not None}.values())
    return sorted(unique, key=lambda s: (not s.safe, KIND_ORDER.index(s.kind)))
