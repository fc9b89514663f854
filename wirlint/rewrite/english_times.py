"""Phrases of time in English sentences: where one ends a clause ("… every single day", "… since 1990", "… at
about 2:30"), so a rewrite may move it first, and the words that name a time."""

from __future__ import annotations

import re

from spacy.tokens import Token

NOUN_POS = frozenset({"NOUN", "PROPN"})
TIME_NOUNS = frozenset({"day", "morning", "evening", "night", "week", "month", "year", "season", "visit", "time"})
# adverbs of time and frequency that read well first ("Often, we …", "Every day, we …"); "always", "never" and
# "regularly" do not
FRONTABLE_TIME_ADVERBS = frozenset(
    {"often", "daily", "weekly", "monthly", "annually", "yearly", "today", "nowadays", "lately", "recently"}
)
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekends"})
CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d\d( ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?|noon|midnight")
TIME_WORDS = TIME_NOUNS | WEEKDAYS | {"hour", "hours", "minutes", "days", "weeks", "months", "years", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "spring", "summer", "autumn", "fall", "winter", "future", "past", "meantime"}  # fmt: skip


def final_time_phrase(middle: list[Token]) -> int | None:
    """Where a phrase of time that ends ``middle`` starts: "on a daily basis", "on numerous occasions", "every
    single day", "four times a year", "for over 20 years", "since 1990", "in 2015", "often"."""
    words = [token.lower_ for token in middle]
    if len(words) < 2:
        return None
    if words[-1] in FRONTABLE_TIME_ADVERBS and words[-2] not in {"as", "so", "too", "very"}:
        return len(words) - 1
    if words[-1].rstrip("s") in TIME_NOUNS and words[-2] in {"this", "last", "next"}:
        return len(words) - 2  # "this year", "last week"
    if CLOCK_TIME.fullmatch(" ".join(words[-2:])) or CLOCK_TIME.fullmatch(words[-1]):
        start = last_index(words, "at")  # "at about 2:30", "at 9 am"
        return start if start is not None and len(words) - start <= 4 else None
    during = last_index(words, "during")
    if during is not None and len(words) - during <= 6 and middle[-1].pos_ in NOUN_POS:
        return during if all(token.pos_ not in {"VERB", "AUX", "ADP"} for token in middle[during + 1 :]) else None
    if words[-1] in {"basis", "occasion", "occasions"}:
        start = last_index(words, "on")
        return start if start is not None and len(words) - start <= 5 else None
    if words[-1].rstrip("s") in TIME_NOUNS | {"decade", "hour"}:
        for start in range(len(words) - 2, max(-1, len(words) - 6), -1):
            if words[start] in {"every", "each"}:
                return start  # "every day", "each single week"
            if words[start] == "times" and start > 0 and words[start + 1 : start + 2] in (["a"], ["per"]):
                return start - 1 if middle[start - 1].like_num or words[start - 1] in {"several", "many"} else None
            if words[start] in {"for", "over"} and words[-1].endswith("s"):
                return start - 1 if words[start - 1] == "for" else start  # "for over 20 years", "for many years"
        return None
    if middle[-1].like_num and len(words[-1]) == 4 and words[-2] in {"since", "in"}:
        return len(words) - 2  # "since 1990", "in 2015"
    if words[-1] in WEEKDAYS and words[-2] in {"on", "at"}:
        return len(words) - 2  # "on Thursday", "at weekends"
    return None


def last_index(words: list[str], word: str) -> int | None:
    return next((index for index in range(len(words) - 1, -1, -1) if words[index] == word), None)


def time_phrase(rest: list[Token]) -> bool:
    """ "every morning", "each week": a noun phrase of time, which may follow a participle like an adverb."""
    return len(rest) > 1 and rest[0].lower_ in {"every", "each"} and rest[1].lower_ in TIME_NOUNS
