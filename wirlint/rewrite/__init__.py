"""Customer-first rewrites: pure functions from an analysed sentence to zero or more suggestions.

A rewrite never invents facts and never drops a content word (only a swapped verb changes); when the
analysis is unsure it returns nothing, and the finding keeps its advice instead.
"""

from __future__ import annotations

from spacy.tokens import Span

from wirlint.model import Suggestion
from wirlint.nlp.lexicon import Lexicon
from wirlint.rewrite.english import english_suggestions
from wirlint.rewrite.german import german_suggestions

KIND_ORDER = ("perspective", "fronting", "label")


def suggest(sentence: Span, lexicon: Lexicon) -> list[Suggestion]:
    """Suggestions for one sentence, best first (safe before unsafe, the customer as subject first)."""
    if lexicon.lang == "de":
        found = german_suggestions(sentence, lexicon)
    elif lexicon.lang == "en":
        found = english_suggestions(sentence, lexicon)
    else:
        found = []
    unique = list({suggestion.text: suggestion for suggestion in found}.values())
    return sorted(unique, key=lambda s: (not s.safe, KIND_ORDER.index(s.kind)))
