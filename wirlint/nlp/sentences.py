"""Per-sentence data every rule reads, built once per Doc: the text of a span and a sentence's words.

spaCy's ``Span.text`` and ``Doc.text`` join the text token by token, and iterating a span creates a Token object
per word on every pass; a dozen rules read every sentence, so building these once per Doc saves much of the
linting time.
This module imports no spaCy, so the rule packs can name it without loading NLP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TEXT = "wirlint_text"
WORDS = "wirlint_words"


def remember_text(doc: Doc) -> str:
    """The Doc's text, joined once and kept with the Doc."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def span_text(span: Span) -> str:
    """The span's text, sliced from the Doc's text (spaCy's ``Span.text`` joins it token by token)."""
    return remember_text(span.doc)[span.start_char : span.end_char]


def sentence_words(sentence: Span) -> list[Token]:
    """The span's tokens without white space, built once per span and shared by every rule (do not modify
    the list)."""
    cache: dict[tuple[int, int], list[Token]] = sentence.doc.user_data.setdefault(WORDS, {})
    key = (sentence.start, sentence.end)
    words = cache.get(key)
    if words is None:
        words = cache[key] = [token for token in sentence if not token.is_space]
    return words
