"""German or English? A stop-word vote: tiny, offline, and right on anything longer than a headline.

Marketing pages are short and full of brand names, which confuses character n-gram models; function words
are what even a two-line text has plenty of.
"""

from __future__ import annotations

import re

STOP_WORDS = {
    "de": frozenset(
        """der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war wird werden hat
        haben mit für von zu zum zur im in auf bei aus nach über unter wir uns unser unsere sie ihr ihnen ihre ich
        du es auch noch nur wie wenn dass weil damit sich sehr schon mehr kein keine""".split()
    ),
    "en": frozenset(
        """the a an and or but not is are was were will be been has have had with for of to in on at by from about
        we us our you your they their it this that these those as if because so very more no""".split()
    ),
}
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, *, sample: int = 20_000) -> str | None:
    """'de' or 'en' when the text clearly is one of them, else None."""
    counts = stop_word_counts(WORD.findall(text[:sample]))
    if "ä" in text or "ö" in text or "ü" in text or "ß" in text:
        counts["de"] += 1
    best = max(counts, key=counts.__getitem__)
    others = sum(count for lang, count in counts.items() if lang != best)
    return best if counts[best] > others else None


def stop_word_counts(words: list[str]) -> dict[str, int]:
    """Per language, how many of the words are its function words."""
    lowered = [word.lower() for word in words]
    return {lang: sum(map(stop_words.__contains__, lowered)) for lang, stop_words in STOP_WORDS.items()}


def normalise_language(tag: str | None) -> str | None:
    """'de-DE', 'de_AT', 'DE' → 'de'; anything that is not German or English → None."""
    if not tag:
        return None
    primary = re.split(r"[-_]", tag.strip().lower())[0]
    return primary if primary in STOP_WORDS else None


PARAGRAPH_MIN_WORDS = 8  # shorter blocks (headings, labels, names) keep the page's language


def paragraph_language(text: str, page_lang: str) -> str:
    """The language of one block on a page in ``page_lang``: the other language only when the block is long
    enough and its function words clearly belong to it (an English paragraph in a German page)."""
    words = WORD.findall(text[:5_000])
    if len(words) < PARAGRAPH_MIN_WORDS:
        return page_lang
    counts = stop_word_counts(words)
    other = max((lang for lang in counts if lang != page_lang), key=counts.__getitem__, default=page_lang)
    if other != page_lang and counts[other] >= 3 and counts[other] >= 3 * max(counts.get(page_lang, 0), 1):
        return other
    return page_lang
