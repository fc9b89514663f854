"""Who speaks and who is addressed: ``Token._.voice`` ∈ {"company", "customer", None} and ``_.quoted``.

Company voice inside a quotation or a testimonial is the customer speaking ("„Wir sind begeistert“, sagt
Frau K."), so it never counts. German formal address is told apart from "sie" = she/they by its capital
letter, its position and the verb; English "US" the country is told apart from "us".
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

import numpy
from spacy.attrs import IDX, LIKE_NUM, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from wirlint.nlp.lexicon import (
    COMPANY_WORDS,
    FORMAL_CUSTOMER_WORDS,
    INFORMAL_CUSTOMER_WORDS,
    THIRD_SINGULAR_VERBS,
    Lexicon,
    opens_salutation,
)
from wirlint.nlp.sentences import remember_text

COMPANY = "company"
CUSTOMER = "customer"

# Opening mark → the marks that may close it. German „…“ and »…«, English “…” and "…", French «…».
QUOTE_PAIRS = {
    "„": '“”"',
    "“": '”"',
    "”": "”",
    '"': '"',
    "«": "»",
    "»": "«",
    "‚": "‘’",
    "‹": "›",
    "›": "‹",
    "‘": "’",
}
QUOTE_OPENER = re.compile("[" + re.escape("".join(QUOTE_PAIRS)) + "]")
OPENING_MARKS = frozenset({"„", "“", '"', "«", "»", "‚", "‘", "(", "["})
SENTENCE_OPENERS = frozenset({"„", "“", '"', "«", "»", "‚", "‘", "(", "[", "–", "-", "—", "•", "*", ":"})
ABBREVIATIONS_BEFORE_NUMBER = frozenset({"no", "nr", "nos", "vol", "art", "ch", "p", "pp", "fig"})

# Voice and quotation live in two plain lists per Doc (one entry per token): rules read them for every token,
# and spaCy's per-token extension storage costs far more than a list index. ``Token._.voice`` and
# ``Token._.quoted`` read the same lists.
VOICES = "wirlint_voices"
NAME_TAILS = "wirlint_name_tails"  # tokens that continue a company name: its mention is counted once
QUOTED = "wirlint_quoted"


def voice_of(token: Token) -> str | None:
    voices = token.doc.user_data.get(VOICES)
    return voices[token.i] if voices is not None else None


def continues_name(token: Token) -> bool:
    """Whether ``token`` continues a company name begun before it ("Hufschmid AG", "Tee & Weinhaus Hansen")."""
    return token.i in token.doc.user_data.get(NAME_TAILS, ())


def is_quoted(token: Token) -> bool:
    quoted = token.doc.user_data.get(QUOTED)
    return quoted[token.i] if quoted is not None else False


def has_voice(span: Span, voice: str | None = None, *, quoted: bool = False) -> bool:
    """Whether a token of ``span`` has a voice (``voice`` if given), outside quotation marks unless
    ``quoted``; read by index from the per-Doc lists, without a Token object per word."""
    user_data = span.doc.user_data
    voices = user_data.get(VOICES)
    if voices is None:
        return False
    flags = user_data[QUOTED]
    for index in range(span.start, span.end):
        found = voices[index]
        if found is not None and (voice is None or found == voice) and (quoted or not flags[index]):
            return True
    return False


if not Token.has_extension("voice"):
    Token.set_extension("voice", getter=voice_of)
if not Token.has_extension("quoted"):
    Token.set_extension("quoted", getter=is_quoted)
if not Span.has_extension("quoted"):
    Span.set_extension("quoted", getter=lambda span: all(is_quoted(t) for t in span if not t.is_space))
for _name, _default in (("block_quoted", False), ("address", None), ("company_names", ())):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (marks included); unclosed quotes count only at block start.

    Linear in the text: a search for a closing mark that failed (up to a paragraph break or the end) is
    remembered, so a run of unclosed opening marks is not searched again and again."""
    ranges: list[tuple[int, int]] = []
    no_closer_before: dict[str, int] = {}  # closers → up to where a search already found none
    leading = len(text) - len(text.lstrip())
    index = 0
    while (mark := QUOTE_OPENER.search(text, index)) is not None:
        index = mark.start()  # the next quotation mark; the text between holds none
        closers = QUOTE_PAIRS[text[index]]
        if _opens_quote(text, index):
            end = None
            if index >= no_closer_before.get(closers, -1):
                end, stop = _find_closer(text, index + 1, closers)
                if end is None:
                    no_closer_before[closers] = stop
            if end is not None:
                ranges.append((index, end + 1))
                index = end + 1
                continue
            if index <= leading or text[max(0, index - 3) : index].strip() in {"–", "—", "-", ":"}:
                ranges.append((index, len(text)))  # "JP –“What it all boils down to is …": speech to the end
                break
        index += 1
    return ranges


# The attribution after unquoted speech: ", sagt Frau K.", " – so meint unser Kunde", ", says Anna".
ATTRIBUTION = re.compile(
    r"\s*[,–—]\s*(?:so\s+)?(?:sagt|sagte|meint|meinte|erzählt|erzählte|berichtet|berichtete|"
    r"schreibt|schrieb|says|said|explains|explained|adds|added|writes|wrote|recalls)\s+"
    r"(?:[A-ZÄÖÜ]|die\s|der\s|unsere?\s|our\s|one\s|a\s)",
)
SPEECH_BOUNDARY = re.compile(r"[.!?\n]")


# Who a quotation is attributed to, when it is the company itself: „…“, sagt unser Geschäftsführer; "…," says
# Anna Lee, our founder; Unser Motto: „…“. Then the quotation is company voice like any other sentence. A role
# counts only as the company's own ("unser Inhaber", "our founder") or next to the configured company name: the
# owner of a customer's firm ("owner of Ortiz Plumbing") is a customer.
OWN_ROLE = re.compile(
    r"\b(?:unser(?:e|em|en|er)?|our)\s+(?:\w+\s+)?(?:geschäftsführer\w*|inhaber\w*|gründer\w*|vorstand\w*|"
    r"geschäftsleitung|firmenchef\w*|chef\w*|team\w*|mitarbeiter\w*|ceo|founders?|co-founders?|owners?|"
    r"managing director|directors?|president|team|staff)\b",
    re.IGNORECASE,
)
COMPANY_MOTTO = re.compile(
    r"(?:unser(?:e)?\s+(?:motto|leitbild|leitsatz|credo|versprechen|mission|vision|anspruch|philosophie)|"
    r"our\s+(?:motto|mission|vision|promise|credo|philosophy|purpose)(?:\s+is)?)\s*:?\s*\Z",
    re.IGNORECASE,
)


# A quotation introduced with a colon ("Jamal Reed puts it simply: “…”") or a verb of saying before it.
SPEECH_BEFORE = re.compile(
    r":\s*\Z|\b(?:sagt|sagte|schreibt|schrieb|meint|meinte|erzählt|erzählte|berichtet|berichtete|says|said|"
    r"writes|wrote|tells|told|explains|explained|adds|added|recalls|notes|laut|according\s+to)\b[^.!?]{0,60}\Z"
)


def attributed(text: str, start: int, end: int) -> bool:
    """A quotation someone is named or introduced for: „…“, sagt Frau K.; "…" – Dana Ortiz; Eine Kundin
    schrieb uns: „…“. A quotation at the start of its block (a quoted paragraph) counts as attributed too;
    one inside running text with nobody named is the writer's own (a motto, a promise, a quoted phrase)."""
    after = text[end : end + 40]
    if ATTRIBUTION_VERB.search(after) or re.match(r"\s*[,.]?\s*[–—-]\s*[A-ZÄÖÜ]", after):
        return True
    return bool(SPEECH_BEFORE.search(text[max(0, start - 80) : start]))


def company_speaks(text: str, start: int, end: int, company_names: tuple[str, ...] = ()) -> bool:
    """A quotation the company speaks itself: attributed to one of its people or presented as its motto."""
    after = text[end : end + 80]
    before = text[max(0, start - 60) : start]
    if COMPANY_MOTTO.search(before):
        return True
    attribution = ATTRIBUTION_VERB.search(after[:40])
    if attribution is None or CUSTOMER_ATTRIBUTION.search(after[:60]):
        return False  # „…“, sagt unser Kunde Herr Kaya
    named = any(name.lower() in after.lower() for name in company_names if len(name) > 2)
    return bool(OWN_ROLE.search(after)) or named


CUSTOMER_ATTRIBUTION = re.compile(
    r"\b(?:unser(?:e|em|en|er)?|our)\s+(?:\w+\s+)?(?:kund|gast|gäst|patient|mandant|mitglied|leser|teilnehmer|"
    r"customer|client|guest|patient|member|reader|user)",
    re.IGNORECASE,
)
ATTRIBUTION_VERB = re.compile(
    r"\b(?:so|sagt|sagte|erklärt|betont|ergänzt|meint|says|said|explains|adds|added|notes)\b|[–—]", re.IGNORECASE
)


def reported_speech_ranges(text: str) -> list[tuple[int, int]]:
    """Unquoted customer speech with an attribution: "Wir sind begeistert, sagt Frau K." is the customer.

    The speech runs from the last sentence boundary (or the previous attribution) to the attribution; found
    attribution first, so the scan stays linear however long the text."""
    ranges = []
    boundaries = [match.start() for match in SPEECH_BOUNDARY.finditer(text)]
    previous_end = 0
    for match in ATTRIBUTION.finditer(text):
        before = bisect.bisect_left(boundaries, match.start())
        start = max(previous_end, boundaries[before - 1] + 1 if before else 0)
        if start < match.start():
            ranges.append((start, match.start()))
        previous_end = match.end()
    return ranges


def _opens_quote(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if text[index] in '‘’"”»›':  # symmetric or ambiguous marks open only after a space or bracket
        return (before.isspace() or before in "([–—-:") and not after.isspace()
    return not after.isspace()


def _find_closer(text: str, start: int, closers: str) -> tuple[int | None, int]:
    """The closing mark's index (None when there is none) and where the search stopped: at the mark, at a
    paragraph break or at the end of the text."""
    for index in range(start, len(text)):
        if text[index] in closers:
            after = text[index + 1] if index + 1 < len(text) else " "
            if text[index] in "’‘" and after.isalpha():
                continue  # an apostrophe inside a word: customers’s, don’t
            return index, index
        if text[index] == "\n" and text[index + 1 : index + 2] == "\n":
            return None, index
    return None, len(text)


def sentence_initial(token: Token) -> bool:
    """True for the first word of a sentence or of a quotation, list item or heading inside it."""
    sentence = token.sent
    for previous in reversed(sentence[: token.i - sentence.start]):
        if previous.is_space:
            continue
        return previous.text in SENTENCE_OPENERS
    return True


def address_mode(doc_texts: list[str]) -> str | None:
    """ "formal" when the text uses Sie unambiguously ("Ihnen", or a capital Sie/Ihr mid-sentence), "informal"
    when it says du/dein instead, None when there is no evidence either way."""
    informal = False
    for text in doc_texts:
        words = text.split()
        for previous, word in itertools.pairwise(["", *words]):
            stripped = word.strip(".,;:!?()„“”\"'–-")
            if stripped == "Ihnen" or (
                stripped in FORMAL_CUSTOMER_WORDS
                and previous
                and not previous.endswith((".", "!", "?", ":", "„", "“", '"'))
            ):
                return "formal"
            informal = informal or stripped.lower() in INFORMAL_CUSTOMER_WORDS["de"]
    return "informal" if informal else None


class VoiceTagger:
    """spaCy component: marks quoted tokens and the voice of each pronoun or company name."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        words = COMPANY_WORDS.get(lexicon.lang, frozenset()) | INFORMAL_CUSTOMER_WORDS.get(lexicon.lang, frozenset())
        if lexicon.lang == "de":
            words |= {word.lower() for word in FORMAL_CUSTOMER_WORDS}
        # The only words that can have a voice, besides company names, as the hashes of their lower-case forms.
        self._pronouns = frozenset(get_string_id(word) for word in words)

    def __call__(self, doc: Doc) -> Doc:
        text = remember_text(doc)
        _repair_sentence_starts(doc, text)
        doc.user_data[QUOTED] = _quoted_tokens(doc, text)
        voices: list[str | None] = [None] * len(doc)
        doc.user_data[VOICES] = voices
        tails: set[int] = set()
        for start, end in self._company_name_spans(doc):
            for index in range(start, end):
                if not doc[index].is_space:
                    voices[index] = COMPANY
            tails.update(range(start + 1, end))
        doc.user_data[NAME_TAILS] = tails  # a name of several words is one mention of the company
        # Only pronouns can have a voice: found over the token array's hashes, no Token object for other words.
        pronouns = self._pronouns
        for index, lower in enumerate(doc.to_array(LOWER).tolist()):
            if lower in pronouns and voices[index] is None:
                voices[index] = self._voice(doc[index], doc)
        return doc

    def _voice(self, token: Token, doc: Doc) -> str | None:
        text = token.text
        if self.lexicon.lang == "en" and text in {"US", "U.S.", "U.S"} and not _all_caps_context(token):
            return None
        if self.lexicon.is_company_word(text):
            return COMPANY
        if self.lexicon.is_informal_customer_word(text):
            return CUSTOMER
        if self.lexicon.lang == "de" and text in FORMAL_CUSTOMER_WORDS:
            return CUSTOMER if self._formal_address(token, doc, self.lexicon) else None
        return None

    @staticmethod
    def _formal_address(token: Token, doc: Doc, lexicon: Lexicon) -> bool:
        """Sentence-initial Sie/Ihr may be she/they/her: the text's address, the verb and the sentence before decide."""
        if not sentence_initial(token) or token.text == "Ihnen":
            return True  # capitalised mid-sentence, or "Ihnen" ("them" would be "ihnen"): formal address
        mode = doc._.address
        if mode == "informal":
            return False
        following = next((t for t in doc[token.i + 1 :] if not t.is_space), None)
        if token.text == "Sie" and following is not None and following.lower_ in THIRD_SINGULAR_VERBS:
            return False  # "Sie ist …": she
        # "Gute Lösungen entstehen nicht allein. Sie können nur im Team entwickelt werden.": they, not you
        return not (_previous_sentence_has_plural_subject(token, lexicon) or _passive(token))

    @staticmethod
    def _company_name_spans(doc: Doc) -> list[tuple[int, int]]:
        """Each mention of the company's name once: the longest variant that matches wins."""
        if not doc._.company_names:
            return []
        keys, prefixes = name_keys(tuple(doc._.company_names))
        spans: list[tuple[int, int]] = []
        words = [t for t in doc if not t.is_space]
        folded = [_name_key_part(word.text) for word in words]
        index = 0
        while index < len(words):
            joined, length = "", 0
            for end in range(index, len(words)):  # grows a candidate only while it starts some name
                joined += folded[end]
                if joined not in prefixes:
                    break
                if joined.rstrip(".") in keys:
                    length = end - index + 1
            if length:
                spans.append((words[index].i, words[index + length - 1].i + 1))
                index += length
            else:
                index += 1
        return spans


# Legal forms a name is also written without: "Brandt & Söhne GmbH" is "Brandt & Söhne" in running text.
LEGAL_FORMS = re.compile(
    r"(?:\s+(?:gmbh|ag|kg|ohg|ug|e\.\s?k\.|e\.\s?v\.|mbh|co\.?|&\s*co\.?|kgaa|se|ltd\.?|llc|inc\.?|corp\.?|"
    r"plc|llp|limited|gbr|partg|partgmbb|haftungsbeschränkt|\(haftungsbeschränkt\)))+\s*$",
    re.IGNORECASE,
)


NAME_SEPARATORS = re.compile(r"[\s\-‐–]")


def _name_key_part(text: str) -> str:
    return NAME_SEPARATORS.sub("", text.lower())


def _name_key(text: str) -> str:
    """A name compared without case, spaces, hyphens or a final dot: "Müller-GmbH" = "Müller GmbH"."""
    return _name_key_part(text).rstrip(".")


@lru_cache(maxsize=64)
def name_keys(names: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Lookup keys for the configured names, their forms without a legal form and their genitives ("Brandts",
    "Acme's"), and every beginning of a key (with a final dot, as a word may carry one), so a text is read
    word by word only as long as it can still become a name."""
    keys: set[str] = set()
    for name in names:
        for variant in {name.strip(), LEGAL_FORMS.sub("", name).strip()}:
            if len(_name_key(variant)) >= 3:
                keys.update(_name_key(variant) + suffix for suffix in ("", "s", "'s", "’s"))
    prefixes = {key[:end] for key in keys for end in range(1, len(key) + 1)}
    prefixes |= {key + "." for key in keys}
    return frozenset(keys), frozenset(prefixes)


def _quoted_tokens(doc: Doc, text: str) -> list[bool]:
    """Per token: inside a quotation, reported speech or a quoted block (``text`` is the Doc's text)."""
    if doc._.block_quoted:
        return [True] * len(doc)
    leading = len(text) - len(text.lstrip())
    quotations = [
        (start, end) for start, end in quoted_ranges(text) if start <= leading or attributed(text, start, end)
    ]
    ranges = sorted(
        (start, end)
        for start, end in quotations + reported_speech_ranges(text)
        if not company_speaks(text, start, end, doc._.company_names)
    )
    if not ranges:
        return [False] * len(doc)
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = numpy.array([start for start, _ in merged])
    ends = numpy.array([end for _, end in merged])
    offsets = doc.to_array(IDX).astype(numpy.int64)
    position = numpy.searchsorted(starts, offsets, side="right") - 1
    inside = (position >= 0) & (offsets < ends[numpy.maximum(position, 0)])
    return inside.tolist()


PLURAL_SUBJECT_STARTS = frozenset({"die", "diese", "alle", "viele", "manche", "beide", "einige", "unsere", "ihre"})


def _previous_sentence_has_plural_subject(token: Token, lexicon: Lexicon) -> bool:
    """ "Die Maler kommen morgen. Sie bringen Farbe mit.", "Gute Lösungen entstehen nicht allein. Sie …": "Sie"
    picks up the plural subject before it (an article or adjective, a noun, a plural verb). Customers as that
    subject ("Unsere Kunden sparen … Sie rufen an") keep "Sie" on the customer's side either way."""
    start = token.sent.start
    if start == 0:
        return False
    previous = token.doc[start - 1].sent
    words = [t for t in previous if not t.is_space and not t.is_punct]
    if not words or any(lexicon.is_customer_noun(word.text) for word in words[:3]):
        return False
    if words[0].lower_ in PLURAL_SUBJECT_STARTS:
        return True
    if len(words) < 3 or words[0].lower_ in PERSONAL_PRONOUNS:
        return False
    noun, verb = words[1], words[2]
    return noun.is_title and verb.is_lower and verb.text.endswith("en") and verb.lower_ not in PERSONAL_PRONOUNS


PERSONAL_PRONOUNS = frozenset({"wir", "sie", "ich", "du", "ihr", "er", "es", "man"})


def _passive(token: Token) -> bool:
    """The clause "Sie" opens ends in a passive ("… entwickelt werden"): a thing, not the reader."""
    words = [t for t in token.sent if not t.is_space and not t.is_punct]
    return len(words) >= 3 and words[-1].lower_ in {"werden", "worden"} and words[-2].text.endswith(("t", "en"))


def _all_caps_context(token: Token) -> bool:
    words = [t.text for t in token.sent if t.is_alpha]
    return len(words) > 1 and all(word.isupper() for word in words)


# capitalised company words that, before a small word mid-text, start a sentence after a run-in heading
LINE_OPENING_COMPANY_WORDS = ("We", "Our", "Wir", "Unser", "Unsere", "Unseren", "Unserem", "Unserer", "Uns")
LINE_OPENING_COMPANY_FORMS = numpy.array([get_string_id(word) for word in LINE_OPENING_COMPANY_WORDS], numpy.uint64)
# one of them after a letter or digit (not after a sentence's end): what a run-in heading leaves, found in the
# text before any token is looked at
RUN_IN_COMPANY_WORD = re.compile(rf"\w\s+(?:{'|'.join(LINE_OPENING_COMPANY_WORDS)}) \w")
# capitalised words that may stand before "We" inside a title or a sentence ("Why We …", "And We …")
TITLE_FUNCTION_WORDS = frozenset({"why", "how", "what", "when", "where", "who", "and", "but", "or", "nor", "so",
                                  "that", "as", "then", "plus", "und", "oder", "aber", "dass"})  # fmt: skip
ELLIPSES = frozenset(get_string_id(form) for form in ("…", "..."))


def _repair_sentence_starts(doc: Doc, text: str) -> None:
    """Undo sentence splits after abbreviations that precede a number ("No. 1", "Nr. 1") and at a full stop
    inside a name ("Kaffee.Welt"); start a sentence at the quotation mark or bracket that opens it, which the
    sentencizer leaves at the end of the sentence before ("… Umgebung. „In einem Garten …“"); split after a
    salutation on a line of its own and after an ellipsis that a capitalised word follows ("… zu eng… Es war
    nicht mehr zu übersehen")."""
    starts_and_numbers = doc.to_array([SENT_START, LIKE_NUM])
    candidates = (starts_and_numbers[:, 0] == 1) & (starts_and_numbers[:, 1] == 1)
    for index in numpy.flatnonzero(candidates).tolist():
        if index >= 2 and doc[index - 1].text == "." and doc[index - 2].lower_ in ABBREVIATIONS_BEFORE_NUMBER:
            doc[index].is_sent_start = False
    for index in numpy.flatnonzero(starts_and_numbers[:, 0] == 1).tolist():
        if index >= 2 and _period_inside_a_word(doc[index - 2], doc[index - 1], doc[index]):
            doc[index].is_sent_start = False  # "Die Kaffee.Welt bietet …": a name, not two sentences
            continue
        opener = index
        while opener >= 2 and _opens_the_next(doc[opener - 1], doc[opener - 2]):
            opener -= 1
        if opener != index and doc[index].is_sent_start:
            doc[opener].is_sent_start = True
            doc[index].is_sent_start = False
    if ",\n" in text:
        _split_after_salutation(doc)
    if RUN_IN_COMPANY_WORD.search(text):
        _split_after_run_in_heading(doc)
    if "…" in text or "..." in text:
        forms = doc.to_array(ORTH).tolist()
        for index in range(1, len(doc) - 1):
            if forms[index] in ELLIPSES:
                token, following = doc[index], doc[index + 1]
                if following.is_title and following.is_alpha and token.whitespace_:
                    following.is_sent_start = True


def _split_after_run_in_heading(doc: Doc) -> None:
    """A run-in heading or list label and the first sentence after it: "1. Timber Selection⏎We hand select
    timbers …", "<b>Timber Selection</b> We hand select …", "Unsere Leistungen⏎Wir bieten …". Mid-sentence a
    capitalised "We", "Our", "Wir", "Unsere" … never stands before a lower-case word, so where one follows a
    line break (or, in English, a capitalised word) without punctuation, a sentence starts ("How We Work" is a
    title, and stays one)."""
    forms = doc.to_array(ORTH)
    for index in numpy.flatnonzero(numpy.isin(forms, LINE_OPENING_COMPANY_FORMS)).tolist():
        if not 1 < index < len(doc) - 1 or doc[index].is_sent_start:
            continue
        before, following = doc[index - 1], doc[index + 1]
        label = doc[index - 2] if before.is_space else before  # the label's last word
        # a label ends in a name, a number or capitals ("Timber Selection", "Step 2", "NEW ARRIVALS"), not in a
        # small word that carries the sentence on ("… eine Nachricht und⏎Wir melden uns …")
        labelled = label.is_title or label.is_upper or label.like_num
        if not labelled or label.lower_ in TITLE_FUNCTION_WORDS:
            continue
        if before.is_space and "\n" in before.text:
            # after a line break also "Unser Team …": mid-sentence the possessive is never capitalised
            if following.is_alpha and (following.is_lower or doc[index].lower_.startswith("unser")):
                doc[index].is_sent_start = True
        elif doc.lang_ == "en" and following.is_alpha and following.is_lower:
            # in German a capitalised noun before "Wir" may introduce a motto ("der Satz Wir machen das …")
            doc[index].is_sent_start = True


def _split_after_salutation(doc: Doc) -> None:
    """A letter's salutation on a line of its own ("Liebe Fahrschülerin, lieber Fahrschüler,⏎wir begrüßen dich
    …") is a sentence of its own, like a heading: the sentence after it opens with its own first word."""
    for index in range(2, len(doc) - 1):
        token = doc[index]
        if not (token.is_space and "\n" in token.text and doc[index - 1].text == ","):
            continue
        first = doc[index - 1].sent[0]
        if opens_salutation(first.lower_, doc[first.i + 1].lower_):
            doc[index + 1].is_sent_start = True


def _period_inside_a_word(before: Token, period: Token, after: Token) -> bool:
    """A full stop with no space on either side, between two capitalised words ("Kaffee.Welt"): part of a name.
    After a small word it is a missing space ("Wir sind da.Ende gut"), and the sentences stay two."""
    touching = not before.whitespace_ and not period.whitespace_
    return period.text == "." and touching and before.is_title and after.is_title and before.is_alpha and after.is_alpha


def _opens_the_next(mark: Token, before: Token) -> bool:
    """An opening quotation mark or bracket: white space before it, none after it, and a sentence already
    ended before it (a closing mark sits on the word it closes, so it never counts)."""
    return (
        mark.text in OPENING_MARKS
        and bool(before.whitespace_)
        and not mark.whitespace_
        and (before.is_punct or before.text in OPENING_MARKS)
    )


@Language.factory("wirlint_voice", default_config={"extra_customer_terms": []})
def create_voice(nlp: Language, name: str, extra_customer_terms: list[str]) -> VoiceTagger:
    return VoiceTagger(Lexicon.for_language(nlp.lang, tuple(extra_customer_terms)))
