"""Term matching for data rules: words by text or lemma, wildcards, alternatives, co-occurrence.

The syntax is documented in docs/rule-packs.md. Matching by lemma needs tags, and tags cost time, so a
matcher first looks for a cheap hint (a word that shares its first letters with a term) and only then asks
for the sentence to be tagged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from wirlint.nlp.tagging import ensure_tagged

HINT_LENGTH = 4
TAG_ATTRIBUTES = frozenset({"LEMMA", "POS", "TAG", "MORPH"})


@dataclass(frozen=True)
class WordPattern:
    """One word of a term: alternatives, each exact, a prefix (``word*``) or a suffix (``*word``)."""

    alternatives: tuple[tuple[str, str], ...]  # (kind, text): kind is "exact", "prefix" or "suffix"

    @classmethod
    def parse(cls, word: str) -> WordPattern:
        alternatives = []
        for alternative in word.lower().split("|"):
            if len(alternative) > 1 and alternative.endswith("*"):
                alternatives.append(("prefix", alternative[:-1]))
            elif len(alternative) > 1 and alternative.startswith("*"):
                alternatives.append(("suffix", alternative[1:]))
            else:
                alternatives.append(("exact", alternative))
        return cls(tuple(alternatives))

    def matches(self, token: Token) -> bool:
        forms = (token.lower_, token.lemma_.lower()) if token.lemma_ else (token.lower_,)
        for kind, text in self.alternatives:
            for form in forms:
                if (
                    (kind == "exact" and form == text)
                    or (kind == "prefix" and form.startswith(text))
                    or (kind == "suffix" and form.endswith(text))
                ):
                    return True
        return False

    def hinted_by(self, token: Token) -> bool:
        """A cheap, tag-free pre-check: could this token match once its lemma is known?"""
        lower = token.lower_
        for kind, text in self.alternatives:
            if kind == "suffix":
                if lower.endswith(text[-HINT_LENGTH:]) or text[-HINT_LENGTH:] in lower:
                    return True
            elif lower[:HINT_LENGTH] == text[:HINT_LENGTH]:
                return True
        return False


@dataclass(frozen=True)
class Term:
    """A sequence of word patterns, matched against consecutive words (white space skipped)."""

    words: tuple[WordPattern, ...]
    source: str

    @classmethod
    def parse(cls, text: str) -> Term:
        return cls(tuple(WordPattern.parse(word) for word in text.split()), text)

    def find(self, words: list[Token]) -> list[tuple[int, int]]:
        """Start and end indexes (into ``words``) of every occurrence."""
        width = len(self.words)
        return [
            (start, start + width)
            for start in range(len(words) - width + 1)
            if all(pattern.matches(words[start + offset]) for offset, pattern in enumerate(self.words))
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

    def _hint_patterns(self) -> list[WordPattern]:
        firsts = [term.words[0] for term in self.phrases]
        firsts += [term.words[0] for groups in self.cooccur for term in groups[0]]
        return firsts

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
        hinted = any(pattern.hinted_by(token) for token in words for pattern in self._hint_patterns())
        if not hinted and not self.patterns:
            return []
        if hinted or self._patterns_need_tags():
            ensure_tagged(sentence)
        if any(term.find(words) for term in self.unless):
            return []
        found: list[tuple[int, int]] = []
        if self.patterns:
            index_of = {token.i: position for position, token in enumerate(words)}
            for _, start, end in self._matcher(sentence.doc.vocab)(sentence):
                first, last = sentence[start], sentence[end - 1]
                if first.i in index_of and last.i in index_of:
                    found.append((index_of[first.i], index_of[last.i] + 1))
        for term in self.phrases:
            found.extend(term.find(words))
        for groups in self.cooccur:
            occurrence = self._cooccurrence(groups, words)
            if occurrence:
                found.append(occurrence)
        spans = sorted({(words[start].i, words[end - 1].i + 1) for start, end in _outermost(found)})
        return [(start, end) for start, end in spans if not sentence.doc[start:end]._.quoted]

    def _cooccurrence(self, groups: tuple[tuple[Term, ...], ...], words: list[Token]) -> tuple[int, int] | None:
        hits = []
        for group in groups:
            group_hits = [hit for term in group for hit in term.find(words)]
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
