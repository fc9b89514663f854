"""Term matching for data rules: words by text or lemma, wildcards, alternatives, co-occurrence.

The syntax is documented in docs/rule-packs.md. Matching by lemma needs tags, and tags cost time, so a
matcher first looks for a cheap hint (a word that shares its first letters with a term) and only then asks
for the sentence to be tagged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from wirlint.nlp.tagging import ensure_tagged

HINT_LENGTH = 4
TAG_ATTRIBUTES = frozenset({"LEMMA", "POS", "TAG", "MORPH"})


Forms = tuple[str, ...]  # a token's lower-case text and lemma: what word patterns compare against


def token_forms(token: Token) -> Forms:
    lemma = token.lemma_.lower()
    return (token.lower_, lemma) if lemma and lemma != token.lower_ else (token.lower_,)


@dataclass(frozen=True)
class WordPattern:
    """One word of a term: alternatives, each exact, a prefix (``word*``) or a suffix (``*word``)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]

    @classmethod
    def parse(cls, word: str) -> WordPattern:
        exact, prefixes, suffixes = set(), [], []
        for alternative in word.lower().split("|"):
            if len(alternative) > 1 and alternative.endswith("*"):
                prefixes.append(alternative[:-1])
            elif len(alternative) > 1 and alternative.startswith("*"):
                suffixes.append(alternative[1:])
            else:
                exact.add(alternative)
        return cls(frozenset(exact), tuple(prefixes), tuple(suffixes))

    def matches(self, forms: Forms) -> bool:
        return any(
            form in self.exact
            or (self.prefixes and form.startswith(self.prefixes))
            or (self.suffixes and form.endswith(self.suffixes))
            for form in forms
        )

    @property
    def hints(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """Cheap, tag-free pre-checks (first letters; word endings) for a token that may match once lemmatised."""
        starts = frozenset(text[:HINT_LENGTH] for text in (*self.exact, *self.prefixes))
        return starts, tuple(text[-HINT_LENGTH:] for text in self.suffixes)


@dataclass(frozen=True)
class Term:
    """A sequence of word patterns, matched against consecutive words (white space skipped)."""

    words: tuple[WordPattern, ...]
    source: str

    @classmethod
    def parse(cls, text: str) -> Term:
        return cls(tuple(WordPattern.parse(word) for word in text.split()), text)

    def find(self, forms: list[Forms]) -> list[tuple[int, int]]:
        """Start and end indexes (into the sentence's words) of every occurrence."""
        width, first = len(self.words), self.words[0]
        return [
            (start, start + width)
            for start in range(len(forms) - width + 1)
            if first.matches(forms[start])
            and all(pattern.matches(forms[start + offset]) for offset, pattern in enumerate(self.words[1:], 1))
        ]


@dataclass(frozen=True)
class TermMatcher:
    """The compiled ``[rules.match]`` table of a data rule."""

    phrases: tuple[Term, ...] = ()
    cooccur: tuple[tuple[tuple[Term, ...], ...], ...] = ()
    window: int | None = None
    unless: tuple[Term, ...] = ()
    patterns: tuple[str, ...] = ()  # spaCy Matcher patterns, each a JSON list of token dicts
    _matchers: dict[int, Matcher] = field(default_factory=dict, hash=False, compare=False, repr=False)

    @cached_property
    def _hints(self) -> tuple[frozenset[str], tuple[str, ...]]:
        firsts = [term.words[0] for term in self.phrases]
        firsts += [term.words[0] for groups in self.cooccur for term in groups[0]]
        starts: set[str] = set()
        endings: list[str] = []
        for pattern in firsts:
            pattern_starts, pattern_endings = pattern.hints
            starts |= pattern_starts
            endings += pattern_endings
        return frozenset(starts), tuple(endings)

    def _hinted(self, words: list[Token]) -> bool:
        starts, endings = self._hints
        return any(
            token.lower_[:HINT_LENGTH] in starts or (endings and token.lower_.endswith(endings)) for token in words
        )

    def _patterns_need_tags(self) -> bool:
        return any(key in TAG_ATTRIBUTES for pattern in self.patterns for key in _pattern_keys(json.loads(pattern)))

    def _matcher(self, vocab: Vocab) -> Matcher:
        if id(vocab) not in self._matchers:
            matcher = Matcher(vocab)
            for index, pattern in enumerate(self.patterns):
                matcher.add(f"pattern-{index}", [json.loads(pattern)])
            self._matchers[id(vocab)] = matcher
        return self._matchers[id(vocab)]

    def match(self, sentence: Span) -> list[tuple[int, int]]:
        """Token index ranges (doc indexes) of every match in the sentence; quoted matches are dropped."""
        words = [token for token in sentence if not token.is_space]
        hinted = self._hinted(words)
        if not hinted and not self.patterns:
            return []
        if hinted or self._patterns_need_tags():
            ensure_tagged(sentence)
        forms = [token_forms(token) for token in words]
        if any(term.find(forms) for term in self.unless):
            return []
        found: list[tuple[int, int]] = []
        if self.patterns:
            index_of = {token.i: position for position, token in enumerate(words)}
            for _, start, end in self._matcher(sentence.doc.vocab)(sentence):
                first, last = sentence[start], sentence[end - 1]
                if first.i in index_of and last.i in index_of:
                    found.append((index_of[first.i], index_of[last.i] + 1))
        for term in self.phrases:
            found.extend(term.find(forms))
        for groups in self.cooccur:
            occurrence = self._cooccurrence(groups, forms)
            if occurrence:
                found.append(occurrence)
        spans = sorted({(words[start].i, words[end - 1].i + 1) for start, end in _outermost(found)})
        return [(start, end) for start, end in spans if not sentence.doc[start:end]._.quoted]

    def _cooccurrence(self, groups: tuple[tuple[Term, ...], ...], forms: list[Forms]) -> tuple[int, int] | None:
        hits = []
        for group in groups:
            group_hits = [hit for term in group for hit in term.find(forms)]
            if not group_hits:
                return None
            hits.append(group_hits)
        start = min(hit[0] for group_hits in hits for hit in group_hits[:1])
        end = max(hit[1] for group_hits in hits for hit in group_hits[:1])
        if self.window is not None and end - start > self.window:
            return None
        return start, end


def _pattern_keys(pattern: list[dict[str, Any]]) -> set[str]:
    return {key.upper() for token in pattern for key in token}


def _outermost(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop ranges contained in another, so "weltweit führend" is one finding, not two."""
    result = []
    for start, end in sorted(ranges, key=lambda r: (r[0], -r[1])):
        if result and start >= result[-1][0] and end <= result[-1][1]:
            continue
        if result and start < result[-1][1]:
            result[-1] = (result[-1][0], max(end, result[-1][1]))
            continue
        result.append((start, end))
    return result
