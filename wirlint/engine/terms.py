"""Term matching for data rules: words by text or lemma, wildcards, alternatives, co-occurrence.

The syntax is documented in docs/rule-packs.md. Two costs decide how fast a linter runs on real text:

- **Matching.** Every word pattern of every loaded rule is interned once per process in one table, and the
  table is compiled into an index (exact forms, prefixes and suffixes by length). A token's matching patterns
  are then a handful of dictionary look-ups, cached per word form, and a term is tried only where its first
  word matched: the cost per token does not grow with the number of terms.
- **Tagging.** Lemmas need the tagger, the slowest step. A rule asks for its sentence to be tagged only when
  the sentence could match it and only the lemmas can tell: the words of one of its terms have candidate
  tokens in order (a candidate's text matches or starts with the word's stem, all but its last three letters,
  umlauts folded, which is what an inflected form shares with its lemma), and one of those tokens does not
  match as written. A term whose words all stand as written is matched untagged; a spaCy pattern runs only
  when every anchored token has a candidate and every regular-expression token fits some word, and it is
  tagged for only when it reads tags.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

from wirlint.nlp.lexicon import gender_folded
from wirlint.nlp.sentences import sentence_words
from wirlint.nlp.tagging import ensure_tagged, is_tagged

if TYPE_CHECKING:  # spaCy is imported when a sentence is matched, not when the packs are read
    from spacy.matcher import Matcher
    from spacy.tokens import Span, Token
    from spacy.vocab import Vocab

HINT_LENGTH = 4  # the shortest hint: "wert" for Werte, "best" for besten
SHORT_WORD_ENDINGS = ("s", "es", "d", "ed", "ing", "e", "en", "er", "em", "t", "st", "et")
VOWEL_STEM_ENDINGS = tuple(ending for ending in SHORT_WORD_ENDINGS if ending not in {"t", "st", "et"})
INFLECTION_LENGTH = 3  # letters inflection may change at a word's end: handeln/handle, provide/providing
TAG_ATTRIBUTES = frozenset({"LEMMA", "POS", "TAG", "MORPH"})
ANCHOR_ATTRIBUTES = frozenset({"LOWER", "ORTH", "TEXT", "LEMMA"})
REGEX_ANCHOR_ATTRIBUTES = frozenset({"LOWER", "ORTH", "TEXT"})  # read from the text, so known before tagging
NOT_REQUIRED_OPERATORS = frozenset({"?", "*", "!"})
FORM_CACHE_LIMIT = 200_000
# the words of a co-occurrence belong to one clause: a comma between them starts another, or a list item; a
# relative clause goes on about the noun before it ("der Mensch, der im Fokus steht"), and a condition or time
# clause completes the promise ("erst zufrieden, wenn Sie zufrieden sind")
CLAUSE_COMMAS = frozenset({",", ";"})
MAX_INSERTION_WORDS = 4
CLAUSE_CONTINUATIONS = frozenset(
    {"der", "die", "das", "denen", "dem", "den", "welche", "welcher", "who", "which", "wenn", "sobald", "bis",
     "when", "once", "until"}
)  # fmt: skip
MAX_COMBINATIONS = 512  # combinations of group hits tried for the tightest co-occurrence; sentences have few hits

PatternIds = frozenset[int]
NO_IDS: PatternIds = frozenset()
UMLAUT_FOLDING = str.maketrans("äöü", "aou")


class Prospect(IntEnum):
    """What a sentence's words allow a term before tagging, from nothing to "only the tagger can tell"."""

    NONE = 0
    AS_WRITTEN = 1  # it may occur, and its words would match as written: tagging changes nothing
    NEEDS_TAGS = 2  # some word of it may match only through its lemma


@dataclass(frozen=True)
class WordPattern:
    """One word of a term: alternatives, each exact, a prefix (``word*``) or a suffix (``*word``)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    id: int = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # Interned when parsed (at load time), so the index a sentence is read with knows every pattern.
        object.__setattr__(self, "id", PATTERNS.intern(self))

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
        return cls(frozenset(exact), tuple(sorted(set(prefixes))), tuple(sorted(set(suffixes))))


def hint_key(text: str) -> str:
    """Umlauts folded, so a plural or comparative meets its lemma's hint: Gäste/Gast, größte/groß, älteste/alt."""
    return text.translate(UMLAUT_FOLDING)


class PatternTable:
    """Every word pattern of the loaded rules, numbered, and the index that finds them for a word form.

    One table per process: rule packs are parsed once, a user's pack only adds patterns, and the index is
    rebuilt the first time it is asked for after that."""

    def __init__(self) -> None:
        self._ids: dict[WordPattern, int] = {}
        self._index: FormIndex | None = None

    def intern(self, pattern: WordPattern) -> int:
        if pattern not in self._ids:
            self._ids[pattern] = len(self._ids)
            self._index = None
        return self._ids[pattern]

    @property
    def index(self) -> FormIndex:
        if self._index is None:
            self._index = FormIndex(self._ids)
        return self._index


class FormIndex:
    """Look-up tables from a lower-case word form to the patterns it matches (``matches``) or may match once
    lemmatised (``candidates``); both cached per form, since running text repeats its words."""

    def __init__(self, patterns: dict[WordPattern, int]) -> None:
        self.exact: dict[str, set[int]] = {}
        self.prefixes: dict[int, dict[str, set[int]]] = {}
        self.suffixes: dict[int, dict[str, set[int]]] = {}
        self.hint_starts: dict[int, dict[str, set[int]]] = {}
        self.hint_cores: dict[str, set[int]] = {}
        self.hint_forms: dict[str, set[int]] = {}
        for pattern, number in patterns.items():
            for text in pattern.exact:
                self.exact.setdefault(text, set()).add(number)
            for text in pattern.prefixes:
                self.prefixes.setdefault(len(text), {}).setdefault(text, set()).add(number)
            for text in pattern.suffixes:
                self.suffixes.setdefault(len(text), {}).setdefault(text, set()).add(number)
            for text in (*pattern.exact, *pattern.prefixes):
                if len(text) < HINT_LENGTH:
                    # "put", "gut", "no": a short word is hinted by its own inflected forms (putting, puts,
                    # gute), not by every word that starts with it (now, not)
                    for form in _short_word_forms(text):
                        self.hint_forms.setdefault(form, set()).add(number)
                    continue
                start = hint_key(_stem(text))
                self.hint_starts.setdefault(len(start), {}).setdefault(start, set()).add(number)
            for text in pattern.suffixes:
                self.hint_cores.setdefault(hint_key(_stem(text)), set()).add(number)
        self._matches: dict[str, PatternIds] = {}
        self._candidates: dict[str, PatternIds] = {}

    def matches(self, form: str) -> PatternIds:
        found = self._matches.get(form)
        if found is None:
            ids = set(self.exact.get(form, ()))
            for length, table in self.prefixes.items():
                if length <= len(form):
                    ids.update(table.get(form[:length], ()))
            for length, table in self.suffixes.items():
                if length <= len(form):
                    ids.update(table.get(form[-length:], ()))
            found = _remember(self._matches, form, frozenset(ids) or NO_IDS)
        return found

    def candidates(self, form: str) -> PatternIds:
        found = self._candidates.get(form)
        if found is None:
            ids = set(self.matches(form))
            ids.update(self.hint_forms.get(form, ()))
            folded = hint_key(form)
            for length, table in self.hint_starts.items():
                if length <= len(folded):
                    ids.update(table.get(folded[:length], ()))
            for core, numbers in self.hint_cores.items():
                if core in folded:
                    ids.update(numbers)
            found = _remember(self._candidates, form, frozenset(ids) or NO_IDS)
        return found


def _short_word_forms(text: str) -> list[str]:
    """Regular inflections of a short word, with the final consonant doubled where English does so. The German
    verb endings -t, -st, -et follow a consonant stem ("mach" → "macht"); after a vowel they would only make
    other words hints ("no" → "not", "so" → "sot"), and every sentence with "not" would wait for the tagger."""
    consonant_final = text[-1:].isalpha() and text[-1] not in "aeiouy"
    stems = [text, text + text[-1]] if consonant_final else [text]
    endings = SHORT_WORD_ENDINGS if consonant_final else VOWEL_STEM_ENDINGS
    return [stem + ending for stem in stems for ending in endings]


def _stem(text: str) -> str:
    """What an inflected form keeps of its lemma: all but the last few letters, at least ``HINT_LENGTH``."""
    return text[: max(HINT_LENGTH, len(text) - INFLECTION_LENGTH)]


def _remember(cache: dict[str, PatternIds], form: str, ids: PatternIds) -> PatternIds:
    if len(cache) >= FORM_CACHE_LIMIT:  # bounded: a hostile text of unique words cannot grow it forever
        cache.clear()
    cache[form] = ids
    return ids


PATTERNS = PatternTable()


class SentenceTerms:
    """What the term rules need to know about one sentence, computed once for all of them."""

    def __init__(self, sentence: Span) -> None:
        self.sentence = sentence
        self.words: list[Token] = sentence_words(sentence)
        index = PATTERNS.index
        forms = [_form(word) for word in self.words]
        # Per word, the patterns it may match once tagged, and those its text matches already.
        self.word_candidates: list[PatternIds] = [index.candidates(form) for form in forms]
        self.word_matches: list[PatternIds] = [index.matches(form) for form in forms]
        self.candidates: set[int] = set().union(*self.word_candidates)
        self._matching: list[PatternIds] = []
        self._matching_tagged: bool | None = None  # the tag state the tables were built for
        self._starts: dict[int, list[int]] = {}
        self._candidate_positions: dict[int, list[int]] = {}

    @cached_property
    def matched(self) -> set[int]:
        """The patterns the sentence's words match as written, before any tagging: asked for only where a
        Matcher pattern's anchors passed the candidate test."""
        return set().union(*self.word_matches)

    def could_match(self, pattern_ids: frozenset[int]) -> bool:
        return pattern_ids <= self.candidates

    @property
    def matching(self) -> list[PatternIds]:
        """Per word, the patterns its text or (once the sentence is tagged) its lemma matches."""
        self._refresh()
        return self._matching

    @property
    def starts(self) -> dict[int, list[int]]:
        """Pattern id → the word positions it matches, so a term is only tried where its first word stands."""
        self._refresh()
        return self._starts

    def _refresh(self) -> None:
        tagged = is_tagged(self.sentence)
        if self._matching_tagged is tagged:
            return
        index = PATTERNS.index
        self._matching, self._starts, self._matching_tagged = [], {}, tagged
        for position, word in enumerate(self.words):
            lemma = word.lemma_.lower()
            found = index.matches(_form(word))
            if lemma and lemma != word.lower_:
                found = found | index.matches(lemma)
            self._matching.append(found)
            for number in found:
                self._starts.setdefault(number, []).append(position)

    def candidate_positions(self, number: int) -> list[int]:
        """The word positions pattern ``number`` may match once the sentence is tagged (asked for few patterns,
        so found by a scan rather than an index over every candidate of every word)."""
        found = self._candidate_positions.get(number)
        if found is None:
            found = [position for position, ids in enumerate(self.word_candidates) if number in ids]
            self._candidate_positions[number] = found
        return found

    @cached_property
    def word_position(self) -> dict[int, int]:
        return {token.i: position for position, token in enumerate(self.words)}


def _form(word: Token) -> str:
    """The form a word is looked up by: lower case, gender marks removed ("Kund*innen" reads as "kundinnen")."""
    lowered = word.lower_
    return gender_folded(lowered) if "innen" in lowered or lowered.endswith("in") else lowered


def sentence_terms(sentence: Span) -> SentenceTerms:
    """The sentence's shared term data, kept on its Doc so every rule of the run reuses it."""
    cache: dict[int, SentenceTerms] = sentence.doc.user_data.setdefault("wirlint_terms", {})
    terms = cache.get(sentence.start)
    if terms is None:
        terms = cache[sentence.start] = SentenceTerms(sentence)
    return terms


@dataclass(frozen=True)
class Term:
    """A sequence of word patterns, matched against consecutive words (white space skipped)."""

    words: tuple[WordPattern, ...]
    source: str
    ids: tuple[int, ...] = field(init=False, compare=False)
    required: frozenset[int] = field(init=False, compare=False)  # what a sentence needs to be a candidate

    def __post_init__(self) -> None:
        object.__setattr__(self, "ids", tuple(pattern.id for pattern in self.words))
        object.__setattr__(self, "required", frozenset(self.ids))

    @classmethod
    def parse(cls, text: str) -> Term:
        return cls(tuple(WordPattern.parse(word) for word in text.split()), text)

    def prospect(self, terms: SentenceTerms) -> Prospect:
        """Whether the term may occur in the sentence, and whether only the tagger can tell: somewhere each of
        its words has a candidate in order, and one of them matches only by its lemma, if at all."""
        if not terms.could_match(self.required):
            return Prospect.NONE
        first, *rest = self.ids
        candidates, written, width = terms.word_candidates, terms.word_matches, len(self.ids)
        prospect = Prospect.NONE
        for start in terms.candidate_positions(first):
            if start + width > len(candidates):
                break
            if all(number in candidates[start + offset] for offset, number in enumerate(rest, 1)):
                if not all(number in written[start + offset] for offset, number in enumerate(self.ids)):
                    return Prospect.NEEDS_TAGS
                prospect = Prospect.AS_WRITTEN
        return prospect

    def find(self, terms: SentenceTerms) -> list[tuple[int, int]]:
        """Start and end indexes (into the sentence's words) of every occurrence."""
        first, *rest = self.ids
        matching, width = terms.matching, len(self.ids)
        return [
            (start, start + width)
            for start in terms.starts.get(first, ())
            if start + width <= len(matching)
            and all(number in matching[start + offset] for offset, number in enumerate(rest, 1))
        ]


@dataclass(frozen=True)
class MatcherPattern:
    """A spaCy Matcher pattern with the literal words it cannot match without (its anchors)."""

    source: str  # the pattern as JSON
    anchors: tuple[WordPattern, ...]
    needs_tags: bool
    # (attribute, expression) of required tokens matched by a regular expression ("^(best|größt)(e|en)$"): a
    # sentence where no word fits one of them is not run through the Matcher
    regex_anchors: tuple[tuple[str, str], ...] = ()
    # the anchors read from the text (LOWER, ORTH, TEXT), which no tagging can change: a sentence must hold
    # them as written, where a lemma anchor needs only a word that may have it as its lemma
    text_anchors: frozenset[int] = frozenset()
    required: frozenset[int] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "required", frozenset(pattern.id for pattern in self.anchors))

    @classmethod
    def parse(cls, source: str) -> MatcherPattern:
        tokens: list[dict[str, Any]] = json.loads(source)
        read = [anchor for token in tokens if (anchor := _anchor(token)) is not None]
        anchors = tuple(pattern for pattern, _ in read)
        text_anchors = frozenset(pattern.id for pattern, from_text in read if from_text)
        needs_tags = any(key.upper() in TAG_ATTRIBUTES for token in tokens for key in token)
        regex_anchors = tuple(anchor for token in tokens for anchor in _regex_anchors(token))
        return cls(source, anchors, needs_tags, regex_anchors, text_anchors)

    def may_match(self, terms: SentenceTerms) -> bool:
        """Whether the sentence holds every anchor (text anchors as written) and fits every regex anchor."""
        return (
            terms.could_match(self.required) and self.text_anchors <= terms.matched and self.regexes_found(terms.words)
        )

    def regexes_found(self, words: list[Token]) -> bool:
        """Every regular-expression token of the pattern fits some word of the sentence."""
        if not self.regex_anchors:
            return True
        from wirlint.engine.regex import searcher

        return all(
            any(searcher(expression)(word.lower_ if attribute == "LOWER" else word.text) for word in words)
            for attribute, expression in self.regex_anchors
        )


def _regex_anchors(token: dict[str, Any]) -> list[tuple[str, str]]:
    """The regular expressions a required pattern token's text must fit (``{LOWER = {REGEX = "…"}}``)."""
    if not _is_required(token):
        return []
    return [
        (key.upper(), str(value["REGEX"]))
        for key, value in token.items()
        if key.upper() in REGEX_ANCHOR_ATTRIBUTES and isinstance(value, dict) and "REGEX" in value
    ]


def _is_required(token: dict[str, Any]) -> bool:
    """A pattern token every match must have: no operator that lets it be absent ("?", "*", "!", "{0,n}")."""
    operator = str(token.get("OP", ""))
    return operator not in NOT_REQUIRED_OPERATORS and not operator.startswith(("{0", "{,"))


def _anchor(token: dict[str, Any]) -> tuple[WordPattern, bool] | None:
    """The words a required pattern token must be (``{LOWER = "nicht"}``, ``{LOWER = {IN = […]}}``), and
    whether they are read from the text (not the lemma)."""
    if not _is_required(token):
        return None
    for key, value in token.items():
        if key.upper() not in ANCHOR_ATTRIBUTES:
            continue
        from_text = key.upper() != "LEMMA"
        if isinstance(value, str):
            return WordPattern(frozenset({value.lower()}), (), ()), from_text
        if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            return WordPattern(frozenset(v.lower() for v in value["IN"]), (), ()), from_text
    return None


@dataclass(frozen=True)
class TermMatcher:
    """The compiled ``[rules.match]`` table of a data rule."""

    phrases: tuple[Term, ...] = ()
    cooccur: tuple[tuple[tuple[Term, ...], ...], ...] = ()
    window: int | None = None
    unless: tuple[Term, ...] = ()
    patterns: tuple[str, ...] = ()  # spaCy Matcher patterns, each a JSON list of token dicts
    _matchers: dict[tuple[int, str], Matcher] = field(default_factory=dict, hash=False, compare=False, repr=False)
    _compiled_patterns: tuple[MatcherPattern, ...] = field(init=False, compare=False, repr=False)
    _phrases_by_first_word: dict[int, tuple[Term, ...]] = field(init=False, compare=False, repr=False)
    # Words of which a sentence needs at least one for any match (a phrase's first word, a word of each term of
    # a co-occurrence's first group, an anchor of each pattern); None when a pattern has no anchor at all.
    _anchors: frozenset[int] | None = field(init=False, compare=False, repr=False)
    # per co-occurrence, per group: the first words of its terms (a group without one of them has no hit)
    _group_firsts: tuple[tuple[frozenset[int], ...], ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        compiled = tuple(MatcherPattern.parse(pattern) for pattern in self.patterns)
        object.__setattr__(self, "_compiled_patterns", compiled)
        by_first: dict[int, list[Term]] = {}
        for term in self.phrases:
            by_first.setdefault(term.ids[0], []).append(term)
        object.__setattr__(self, "_phrases_by_first_word", {key: tuple(value) for key, value in by_first.items()})
        group_firsts = tuple(
            tuple(frozenset(term.ids[0] for term in group) for group in groups) for groups in self.cooccur
        )
        object.__setattr__(self, "_group_firsts", group_firsts)
        anchors = set(by_first)
        anchors.update(first for firsts in group_firsts for first in firsts[0])
        for pattern in compiled:
            anchors.update(pattern.required)
        unanchored = any(not pattern.required for pattern in compiled)
        object.__setattr__(self, "_anchors", None if unanchored else frozenset(anchors))

    def _matcher(self, vocab: Vocab, pattern: MatcherPattern) -> Matcher:
        """One Matcher per pattern, so a sentence runs only the patterns whose anchors it has."""
        key = (id(vocab), pattern.source)
        if key not in self._matchers:
            from spacy.matcher import Matcher

            from wirlint.engine.regex import linear_time_pattern

            matcher = Matcher(vocab)
            matcher.add("pattern", [linear_time_pattern(json.loads(pattern.source))])
            self._matchers[key] = matcher
        return self._matchers[key]

    def _prospect(self, terms: SentenceTerms) -> Prospect:
        """The best a phrase or co-occurrence can do in the sentence, looking no further once only the tagger
        can tell; only phrases whose first word has a candidate token are looked at. ``unless`` terms count
        only when something could match."""
        candidates = terms.candidates
        possible = [
            term
            for first in self._phrases_by_first_word.keys() & candidates
            for term in self._phrases_by_first_word[first]
            if term.required <= candidates
        ]
        best = Prospect.NONE
        for term in possible:
            best = max(best, term.prospect(terms))
            if best is Prospect.NEEDS_TAGS:
                return best
        for groups, firsts in zip(self.cooccur, self._group_firsts, strict=True):
            if any(group_firsts.isdisjoint(candidates) for group_firsts in firsts):
                continue  # the usual case: a group none of whose terms can start here
            if not all(any(term.required <= candidates for term in group) for group in groups):
                continue  # decided by set look-ups alone
            group_prospects = [max((term.prospect(terms) for term in group), default=Prospect.NONE) for group in groups]
            if all(group_prospects):
                best = max(best, *group_prospects)
        if best and self.unless:
            best = max(best, *(term.prospect(terms) for term in self.unless))
        return best

    def match(self, sentence: Span) -> list[tuple[int, int]]:
        """Token index ranges (doc indexes) of every match in the sentence; quoted matches are dropped."""
        terms = sentence_terms(sentence)
        if self._anchors is not None and self._anchors.isdisjoint(terms.candidates):
            return []  # the usual case: not one word the rule could start from
        prospect = self._prospect(terms)
        patterns = [pattern for pattern in self._compiled_patterns if pattern.may_match(terms)]
        if not prospect and not patterns:
            return []
        if prospect is Prospect.NEEDS_TAGS or any(pattern.needs_tags for pattern in patterns):
            ensure_tagged(sentence)
        if any(term.find(terms) for term in self.unless if terms.could_match(term.required)):
            return []
        found: list[tuple[int, int]] = []
        position = terms.word_position
        for pattern in patterns:
            for _, start, end in self._matcher(sentence.doc.vocab, pattern)(sentence):
                first, last = sentence[start], sentence[end - 1]
                if first.i in position and last.i in position:
                    found.append((position[first.i], position[last.i] + 1))
        if prospect:
            for term in self.phrases:
                found.extend(term.find(terms))
            for groups in self.cooccur:
                occurrence = self._cooccurrence(groups, terms)
                if occurrence:
                    found.append(occurrence)
        words = terms.words
        spans = sorted({(words[start].i, words[end - 1].i + 1) for start, end in _outermost(found)})
        return [(start, end) for start, end in spans if not sentence.doc[start:end]._.quoted]

    def _cooccurrence(self, groups: tuple[tuple[Term, ...], ...], terms: SentenceTerms) -> tuple[int, int] | None:
        """The tightest span that holds a hit of every group: "Our customers and clients mean a great deal to
        us" is measured from "clients", the hit nearest to the others, not from the first one found."""
        hits = []
        for group in groups:
            group_hits = sorted({hit for term in group for hit in term.find(terms)})
            if not group_hits:
                return None
            hits.append(group_hits)
        commas = _clause_breaks(terms.words)
        spans = [
            (first, last)
            for combination in itertools.islice(itertools.product(*hits), MAX_COMBINATIONS)
            for first, last in [(min(hit[0] for hit in combination), max(hit[1] for hit in combination))]
            if not any(first < comma < last for comma in commas)
        ]
        if not spans:
            return None  # "Im Mittelpunkt … steht die Erkenntnis, dass die Patienten …": two clauses, two statements
        start, end = min(spans, key=lambda span: (span[1] - span[0], span[0]))
        if self.window is not None and end - start > self.window:
            return None
        return start, end


def _clause_breaks(words: list[Token]) -> list[int]:
    """Positions of commas that end a clause: not one before a relative, condition or time clause, and not a
    pair around a short insertion ("Our crews meet, and often exceed, client expectations")."""
    commas = [
        position
        for position, word in enumerate(words)
        if word.text in CLAUSE_COMMAS
        and not (position + 1 < len(words) and words[position + 1].lower_ in CLAUSE_CONTINUATIONS)
    ]
    inserted = {
        position
        for first, second in itertools.pairwise(commas)
        if second - first <= MAX_INSERTION_WORDS + 1
        for position in (first, second)
    }
    return [position for position in commas if position not in inserted]


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
