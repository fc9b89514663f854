"""Regular expressions in spaCy Matcher patterns, run by RE2 in time linear in the token's length.

spaCy runs ``REGEX`` predicates with Python's backtracking engine, where a pattern such as ``^(a+)+$`` from a
user's rule pack takes exponential time on the wrong token, and no time limit can interrupt it. Every
``{ATTR: {REGEX: …}}`` predicate is therefore rewritten, when a matcher is built, into a custom token attribute
computed with RE2 (google-re2). RE2 has no backreferences or lookaround; a pattern that needs them is refused
when the pack is loaded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

import re2
from spacy.tokens import Token

ATTRIBUTE_TEXT = {
    "LOWER": lambda token: token.lower_,
    "TEXT": lambda token: token.text,
    "ORTH": lambda token: token.text,
    "NORM": lambda token: token.norm_,
    "LEMMA": lambda token: token.lemma_,
}


FORMS_REMEMBERED = 1 << 16
QUIET = re2.Options()
QUIET.log_errors = False  # RE2 would print its own error to standard error; ours names the pack and key


class UnsupportedRegex(ValueError):
    pass


def linear_time_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same Matcher pattern with each REGEX predicate replaced by an RE2-computed token attribute."""
    return [_token(token) for token in pattern]


def _token(token: dict[str, Any]) -> dict[str, Any]:
    rewritten: dict[str, Any] = {}
    extensions: dict[str, bool] = dict(token.get("_", {}))
    for key, value in token.items():
        attribute = key.upper()
        if isinstance(value, dict) and "REGEX" in value and attribute in ATTRIBUTE_TEXT:
            extensions[_extension(attribute, value["REGEX"])] = True
            rest = {name: item for name, item in value.items() if name != "REGEX"}
            if rest:
                rewritten[key] = rest
        elif key != "_":
            rewritten[key] = value
    if extensions:
        rewritten["_"] = extensions
    return rewritten


def _extension(attribute: str, expression: str) -> str:
    """A Token attribute, registered once per (attribute, expression): True where RE2 finds the expression."""
    name = "wirlint_re_" + hashlib.sha256(f"{attribute}\0{expression}".encode()).hexdigest()[:16]
    if not Token.has_extension(name):
        found = searcher(expression)
        text_of = ATTRIBUTE_TEXT[attribute]
        Token.set_extension(name, getter=lambda token: found(text_of(token)))
    return name


@cache
def searcher(expression: str) -> Callable[[str], bool]:
    """Whether RE2 finds ``expression`` in a text. The Matcher asks for every token of a sentence it runs on:
    each word form is searched once per process (bounded), later asks are a dictionary look-up."""
    try:
        compiled = re2.compile(expression, QUIET)
    except re2.error as error:
        detail = error.args[0].decode() if error.args and isinstance(error.args[0], bytes) else str(error)
        raise UnsupportedRegex(f"{expression!r} needs what the linear-time engine (RE2) lacks: {detail}") from None
    return lru_cache(maxsize=FORMS_REMEMBERED)(lambda text: compiled.search(text) is not None)
