"""German topological fields of a declarative main clause, read from STTS tags.

German word order is described by fields around the verb: the Vorfeld (one constituent before the finite
verb), the finite verb (left bracket), the Mittelfeld (the constituents after it), the right bracket (separable
particle, infinitive, participle, also coordinated: "unterstützen und begleiten") and the Nachfeld (a dass-,
um-zu-, relative or comparative clause after the right bracket, or a modal's further infinitive phrase: "…,
ihm Geborgenheit vermitteln"). A rewrite that moves a constituent is only grammatical when it moves a whole
constituent and leaves the brackets where they were, so the rewrites work on this structure instead of on
token windows: a number range ("150-200", "zwei bis drei") or a noun with its genitive and relative clause
moves as one piece, and a particle before a comma ("bieten … an, die …") stays in the right bracket.

The analysis refuses rather than guesses: a sentence it cannot read completely gets no structure.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from wirlint.nlp.opening import words_of
from wirlint.nlp.tagging import ensure_tagged, finite_before_wir
from wirlint.nlp.voice import continues_name, is_quoted

END_MARKS = frozenset({".", "!", ":"})
MAX_WORDS = 80  # longer "sentences" are lists, run-ons or broken markup: not read into fields
REFUSED_TEXT = frozenset({"?", ";", "[", "]", "„", "“", "”", '"', "«", "»", "‚", "‘", "/"})
LINKING_CONJUNCTIONS = frozenset({"und", "aber", "denn", "doch", "oder", "sondern"})
FINITE_GERMAN = frozenset({"VVFIN", "VAFIN", "VMFIN"})
RIGHT_BRACKET_TAGS = frozenset({"PTKVZ", "VVINF", "VAINF", "VMINF", "VVPP", "VAPP", "VMPP", "VVIZU", "PTKZU"})
BRACKET_VERB_TAGS = frozenset({"VVINF", "VVPP", "VVIZU"})
DASHES = frozenset({"–", "—"})
SUBORDINATORS = frozenset({"KOUS", "KOUI", "KOKOM", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
DETERMINER_TAGS = frozenset({"ART", "PPOSAT", "PIAT", "PIDAT", "PDAT", "PWAT"})
PREDETERMINERS = frozenset({"alle", "allen", "aller", "all"})  # "alle unsere Zimmer", "all die Jahre"
PREDETERMINED_TAGS = frozenset({"PPOSAT", "ART", "PDAT"})
NOUN_PREFIX_TAGS = DETERMINER_TAGS | {"ADJA", "CARD", "TRUNC", "PRELAT"}  # PRELAT: "in dessen Haus"
NOUN_TAGS = frozenset({"NN", "NNA", "NNI", "NE", "FM"})
PRONOUN_TAGS = frozenset({"PPER", "PRF", "PDS", "PIS", "PPOSS"})
ADVERB_TAGS = frozenset({"ADV", "ADJD", "PTKNEG", "PAV", "PROAV", "PTKA", "PWAV", "APZR"})  # APZR: "darüber hinaus"
PREPOSITION_TAGS = frozenset({"APPR", "APPRART", "APPO", "APZR"})
COORDINATORS = frozenset({"und", "oder", "sowie", "bzw.", "beziehungsweise"})
CORRELATIVE_OPENERS = frozenset({"sowohl"})  # "sowohl … als auch …": one constituent of two halves
SHARED_SUBJECT_COORDINATORS = frozenset({"und", "oder", "sowie"})  # "… und bieten Ihnen …": a second predicate
RANGE_WORDS = frozenset({"-", "–", "bis"})
ATTACHED_PREPOSITIONS = frozenset({"mit", "ohne"})
ADVERBIAL_KINDS = frozenset({"adverb", "prepositional", "number"})
APPROXIMATIONS = frozenset({"über", "rund", "etwa", "ca.", "circa", "zirka", "fast", "knapp", "mehr", "nahezu"})
GENITIVE_ARTICLES = frozenset({"des", "der", "eines", "einer", "aller", "vieler"})
RELATIVE_PRONOUNS = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
                               "welches", "welchem", "welchen"})  # fmt: skip
# nouns a year belongs to: "im September 2008", "im Frühjahr 2024", "im Jahr 2020"
YEAR_NOUNS = frozenset({"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
                        "oktober", "november", "dezember", "jahr", "jahre", "frühjahr", "frühling", "sommer",
                        "herbst", "winter"})  # fmt: skip
LIST_ENDINGS = (["mehr"], ["vieles", "mehr"], ["vieles", "andere", "mehr"], ["vielem", "mehr"])
# what the tagger reads a finite verb after "Wir" as, when it misreads it: a noun, an infinitive, an adjective
MISREAD_VERB_TAGS = frozenset({"NN", "VVINF", "VAINF", "VMINF", "VVPP", "ADJA", "ADJD"})
# full verbs that take a bare infinitive ("Wir lassen Sie wählen und entscheiden", "Wir gehen essen und …")
INFINITIVE_GOVERNING_VERBS = frozenset(
    {"lassen", "helfen", "sehen", "hören", "gehen", "bleiben", "lernen", "kommen", "fahren", "lehren", "fühlen",
     "spüren", "heißen"}
)  # fmt: skip
WELCH_FORMS = frozenset({"welche", "welcher", "welches", "welchen", "welchem"})
# how a past participle begins: "gebackene", "ausgezeichnete", "erkrankte", "verpackte"
PARTICIPLE_START = re.compile(
    r"(ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|weg|her|hin|um|durch|über|unter|wieder|fest|frei)?ge"
    r"|be|er|ver|zer|ent|emp|miss"
)
GRADING_WORDS = frozenset({"sehr", "besonders", "ganz", "äußerst", "höchst", "extra", "super", "richtig", "wirklich",
                           "ziemlich", "recht", "absolut", "total", "überaus", "ausgesprochen", "echt", "so", "zu",
                           "weniger", "mehr", "einfach", "wunderbar", "herrlich", "ungemein"})  # fmt: skip
# words in -en that stand with "Wir" in its subject, not as its verb ("Wir beiden", "Wir anderen")
SUBJECT_COMPANIONS = frozenset({"beiden", "allen", "selben", "gleichen", "anderen"})
# a relative clause ends with its verb; plural present forms are tagged as infinitives ("die bis Juni buchen")
CLAUSE_FINAL_VERB_TAGS = FINITE_GERMAN | {"VVINF", "VAINF", "VMINF"}


@dataclass(frozen=True)
class Constituent:
    """One movable piece of the Mittelfeld (or the Vorfeld): a noun phrase with everything that belongs to it,
    a prepositional phrase, a pronoun, or an adverb."""

    tokens: tuple[Token, ...]
    kind: str  # "noun", "prepositional", "pronoun", "adverb"
    head: Token  # the first noun, the pronoun, or the adverb
    preposition: Token | None = None

    @property
    def determiner(self) -> Token | None:
        first = self.tokens[1] if self.preposition is not None else self.tokens[0]
        return first if first.tag_ in DETERMINER_TAGS else None

    @property
    def has_clause(self) -> bool:
        return any(token.text == "," for token in self.tokens)


@dataclass(frozen=True)
class MainClause:
    """A declarative main clause: ``[link] Vorfeld finite Mittelfeld right-bracket [, Nachfeld] end``."""

    link: Token | None  # a coordinating conjunction before the Vorfeld ("Und wir …")
    vorfeld: Constituent
    finite: Token
    middle: tuple[Constituent, ...]
    right_bracket: tuple[Token, ...]
    nachfeld: tuple[Token, ...]  # from its comma on, or from "und" before a second predicate of the subject
    end: Token | None  # the end mark; None when the text ends without one
    closing: str = ""  # the end marks as written ("." or "!!"), what a rewrite ends with
    # a second finite verb joined to the first ("experimentieren | und lernen"): both share the Mittelfeld
    finite_tail: tuple[Token, ...] = ()

    @property
    def finite_text(self) -> str:
        """The left bracket as written: "bieten", or "planen und bauen"."""
        return " ".join(token.text for token in (self.finite, *self.finite_tail))


WIR_COMPANIONS = frozenset({"alle", "selbst", "selber", "beide", "hingegen", "dagegen", "hier"})  # "Wir alle hier"
YEAR_PREPOSITIONS = frozenset({"seit", "ab"})  # "seit 1990", "ab 2024": a year, never a count of what follows
# quotation marks around a few words inside a sentence, and the closing marks each opening one takes
PAIRED_QUOTES = {"„": {"“", "”"}, '"': {'"'}, "«": {"»"}, "»": {"«"}, "‚": {"‘"}, "“": {"”"}}
OPENING_QUOTES = frozenset(PAIRED_QUOTES)
CLOSING_QUOTES = frozenset({"“", "”", '"', "»", "«", "‘"})
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES
NAMING_VERBS = frozenset({"nennen", "heißen", "bezeichnen", "taufen", "schimpfen", "titulieren"})
MAX_SCARE_QUOTED = 4  # words: more is a quotation, whose words are someone's own
# words that open a list of examples after a comma ("…, darunter die Fensterreinigung")
APPOSITION_OPENERS = frozenset({"darunter", "insbesondere", "beispielsweise", "z.", "z.b.", "etwa", "namentlich"})


def main_clause(sentence: Span) -> MainClause | None:
    """The topological fields of ``sentence``, or None when it is not one complete declarative main clause."""
    words = words_of(sentence)
    if not 4 <= len(words) <= MAX_WORDS or any(is_quoted(word) for word in words):
        return None
    if any(word.text in REFUSED_TEXT - QUOTE_MARKS for word in words):
        return None
    if words[-1].is_punct and words[-1].text not in END_MARKS:
        return None
    ensure_tagged(sentence)
    scare_quoted = _scare_quote_marks(words)  # read from the tags: no verb inside
    if any(word.text in QUOTE_MARKS and word.i not in scare_quoted for word in words):
        return None
    if scare_quoted and any(word.lemma_.lower() in NAMING_VERBS for word in words):
        return None  # "Wir nennen unsere Kunden „Gäste“": the quoted word is a second object, not a name
    # a list item or the last line of a block may end without a full stop; "!!" is one end
    body, end = (words[:-1], words[-1]) if words[-1].text in END_MARKS else (words, None)
    closing = end.text if end is not None else ""
    while end is not None and end.text == "!" and body and body[-1].text == "!":
        body, closing = body[:-1], "!" + closing
    link = None
    if body[0].lower_ in LINKING_CONJUNCTIONS and body[0].tag_ == "KON":
        link, body = body[0], body[1:]
    finite_at = _first_finite(body)
    if not finite_at:
        return None  # no finite verb, or verb-first (a question or an imperative)
    vorfeld = _single_constituent(body[:finite_at])
    if vorfeld is None:
        return None
    rest = body[finite_at + 1 :]
    finite_tail: tuple[Token, ...] = ()
    if len(rest) > 2 and rest[0].lower_ in {"und", "oder"} and rest[1].tag_ in FINITE_GERMAN and rest[1].is_lower:
        finite_tail, rest = (rest[0], rest[1]), rest[2:]  # "Wir planen und bauen Küchen"
    unmarked = _unmarked_clause_start(rest)
    rest, unmarked_clause = (rest[:unmarked], rest[unmarked:]) if unmarked is not None else (rest, [])
    infinitive = _infinitive_read_as_finite(body[finite_at], rest)
    main_end = _main_clause_end(rest, infinitive, body[finite_at])
    if main_end is None:
        return None
    main, nachfeld = rest[:main_end], rest[main_end:]
    if _phrase_after_relative_clause(nachfeld):
        return None  # ", die bis Freitag bestellen, die Versandkosten": the clause was the Mittelfeld's own
    bracket_end = _bracket_end(main, infinitive)
    main, nachfeld = main[:bracket_end], main[bracket_end:] + nachfeld
    bracket_start = len(main)
    while bracket_start > 0 and (main[bracket_start - 1].tag_ in RIGHT_BRACKET_TAGS
                                 or main[bracket_start - 1] is infinitive
                                 or _coordinated_in_bracket(main, bracket_start - 1)):  # fmt: skip
        bracket_start -= 1
    if _relative_without_comma(main):
        return None
    middle = _constituents(main[:bracket_start])
    if middle is None:
        return None
    bracket = tuple(main[bracket_start:])
    nachfeld = [*nachfeld, *unmarked_clause]
    return MainClause(
        link, vorfeld, body[finite_at], tuple(middle), bracket, tuple(nachfeld), end, closing, finite_tail
    )


def _unmarked_clause_start(rest: list[Token]) -> int | None:
    """Where a clause the page left without its comma ends the sentence: "… um jederzeit reagieren zu
    können", "… wie Sie es möchten". Its verb would otherwise be read as the main clause's."""
    if any(token.text == "," for token in rest):
        return None
    for start, token in enumerate(rest[1:], 1):
        tail = rest[start + 1 :]
        finite = [index for index, word in enumerate(tail) if word.tag_ in FINITE_GERMAN]
        if token.lower_ in {"um", "ohne", "statt", "anstatt"} and len(tail) > 1 and not finite:
            ends_zu = tail[-1].tag_ == "VVIZU" or any(word.tag_ == "PTKZU" for word in tail[-3:-1])
            if ends_zu and tail[-1].tag_ in {"VVINF", "VAINF", "VMINF", "VVIZU"}:
                return start  # "um jederzeit auf Veränderungen reagieren zu können"
        compared = token.lower_ == "wie" and token.tag_ == "KOKOM" and len(tail) > 1
        if compared and finite == [len(tail) - 1] and tail[0].tag_ in {"PPER", "PIS"}:
            return start  # "wie Sie es möchten"
    return None


def _scare_quote_marks(words: list[Token]) -> set[int]:
    """Token indexes of quotation marks around a few words inside the sentence ("keine „Belegschaft“", "das
    Attribut „made in Germany“"): a name or a word set apart, not a quotation with a verb of its own."""
    marks: set[int] = set()
    position = 1
    while position < len(words):
        word = words[position]
        opening = word.text in OPENING_QUOTES and not word.whitespace_
        closing = next(
            (
                index
                for index in range(position + 2, min(position + MAX_SCARE_QUOTED + 2, len(words)))
                if words[index].text in CLOSING_QUOTES and not words[index - 1].whitespace_
            ),
            None,
        )
        if opening and closing is not None and words[closing].text in PAIRED_QUOTES[word.text]:
            if not any(inner.tag_ in FINITE_GERMAN for inner in words[position + 1 : closing]):
                marks.update({word.i, words[closing].i})
            position = closing + 1
            continue
        position += 1
    return marks


def _relative_without_comma(main: list[Token]) -> bool:
    """ "… mit den besten Hopfensorten welche gegenwärtig angebaut werden": a relative clause whose comma the
    page left out; its verbs would be read as the main clause's right bracket."""
    return any(
        token.lower_ in WELCH_FORMS and previous.tag_ in NOUN_TAGS for previous, token in itertools.pairwise(main)
    )


def _phrase_after_relative_clause(nachfeld: list[Token]) -> bool:
    """Whether a relative clause in the Nachfeld is followed by a noun phrase: then it stood inside the
    Mittelfeld, and the sentence was not read right."""
    closing = _relative_clause_end(nachfeld, 0) if nachfeld and nachfeld[0].text == "," else None
    return closing is not None and closing + 1 < len(nachfeld) and nachfeld[closing + 1].tag_ in NOUN_PREFIX_TAGS


def _coordinated_in_bracket(main: list[Token], index: int) -> bool:
    """ "und"/"oder" between two verbs of the right bracket: "unterstützen und begleiten", "geprüft und
    gereinigt"."""
    token = main[index]
    if token.lower_ not in {"und", "oder"} or index == 0 or index + 1 >= len(main):
        return False
    return main[index - 1].tag_ in BRACKET_VERB_TAGS and main[index + 1].tag_ in BRACKET_VERB_TAGS


def _infinitive_read_as_finite(finite: Token, rest: list[Token]) -> Token | None:
    """After a modal or auxiliary, the first full verb whose form is its lemma is the infinitive, even where the
    tagger read it as finite ("wollen … Hilfestellung geben"); after "haben", "sein" or "werden", a last word in
    -t is the participle ("haben wir diese Kanten entgratet/VVFIN")."""
    if finite.tag_ not in {"VMFIN", "VAFIN"}:
        return None
    last = rest[-1] if rest else None
    if (
        last is not None
        and last.tag_ == "VVFIN"
        and last.lower_.endswith("t")
        and finite.lemma_.lower() in {"haben", "sein", "werden"}
        and not any(token.text == "," or token.tag_ in FINITE_GERMAN for token in rest[:-1])
    ):
        return last
    for token in rest:
        if token.text == ",":
            return None
        if token.tag_ == "VVFIN":
            return token if token.lower_ == token.lemma_.lower() else None
    return None


def _bracket_end(main: list[Token], infinitive: Token | None) -> int:
    """Where the right bracket ends: usually the end of the main clause, but a prepositional phrase may stand
    after it ("Hilfestellung geben | bei der Kompensation …")."""
    for index in range(len(main) - 1, 0, -1):
        verbal = main[index].tag_ in {"VVINF", "VVPP", "VVIZU", "PTKVZ"} or main[index] is infinitive
        if verbal and index + 2 < len(main) and main[index + 1].text == "," and _apposition_opens(main, index + 2):
            return index + 1  # "… an, darunter die Fensterreinigung": the list that names examples follows
        if verbal and index + 1 < len(main):
            after = _constituents(main[index + 1 :])
            if after and all(part.kind == "prepositional" for part in after):
                return index + 1
            return len(main)
    return len(main)


def _apposition_opens(tokens: list[Token], index: int) -> bool:
    """ "darunter", "insbesondere", "z. B.", "wie etwa": a phrase that names examples of the noun before the
    comma, set after the right bracket like a Nachfeld."""
    word = tokens[index].lower_
    following = tokens[index + 1].lower_ if index + 1 < len(tokens) else ""
    return word in APPOSITION_OPENERS or (word, following) in {("vor", "allem"), ("zum", "beispiel"), ("wie", "etwa")}


def relative_clause_follows(nachfeld: tuple[Token, ...]) -> bool:
    """The Nachfeld is one relative clause ("…, die bis Juni buchen"), which may belong to the noun before it."""
    if len(nachfeld) < 3 or nachfeld[0].text != ",":
        return False
    body = nachfeld[1:]
    if any(token.text == "," for token in body):
        # commas of a list inside the clause ("…, die den Geschmack von Kaffee, Kakao und Schokolade …
        # brachten"): the clause's own finite verb, its only one, closes it
        # a d-word the tagger read as an article opens one too when the verb comes last ("…, die Kaffee, …")
        relative = {"PRELS", "PRELAT"}
        opens = body[0].tag_ in relative or body[0].lower_ in RELATIVE_PRONOUNS
        opens = opens or (body[0].tag_ in PREPOSITION_TAGS and body[1].tag_ in relative)
        return opens and closed_by_its_only_finite_verb(body)
    return _relative_clause_end([*nachfeld, nachfeld[0]], 0) is not None


def closed_by_its_only_finite_verb(tokens: tuple[Token, ...] | list[Token]) -> bool:
    """A clause whose one finite verb is its last word: any comma before it is a list's inside the clause."""
    finite = [index for index, token in enumerate(tokens) if token.tag_ in FINITE_GERMAN]
    return finite == [len(tokens) - 1]


def _first_finite(body: list[Token]) -> int | None:
    """The finite verb of the main clause: the first one outside a relative clause of the Vorfeld
    ("Mandanten, die Hilfe brauchen, können wir …"); after an opening "Wir", the word in second place ending
    in -n, whatever the tagger read ("Wir antworten/NN …", "Wir klären/VVINF Sie … auf")."""
    position = _verb_after_wir(body)
    if position is None:
        position = _verb_after_owned_noun(body)
    if position is None:
        position = _verb_before_wir(body)
    if position is not None:
        return position
    index = 0
    while index < len(body):
        if body[index].text == ",":
            closing = _relative_clause_end(body, index)
            if closing is not None:
                index = closing + 1
                continue
        if body[index].tag_ in FINITE_GERMAN:
            return index
        index += 1
    return None


def _verb_after_wir(body: list[Token]) -> int | None:
    """Where the finite verb stands after an opening "Wir" (or "Wir als Gärtner"): a lower-case word in -en,
    -ern, -eln in second place is the finite verb's in a declarative clause. Not a word that may stand in the
    subject ("Wir alle", "Wir beiden")."""
    if len(body) < 3 or body[0].lower_ != "wir" or body[0].tag_ != "PPER":
        return None
    position = 1
    if body[1].lower_ == "als":  # "Wir als Gärtner pflanzen …": the role is part of the subject
        role = noun_phrase_at(body, 2)
        position = 2 + len(role.tokens) if role is not None else len(body)
    word = body[position] if position < len(body) else None
    misread = (
        word is not None
        and word.is_lower
        and word.is_alpha
        and word.lower_.endswith(("en", "ern", "eln"))
        and word.tag_ in MISREAD_VERB_TAGS
        and word.lower_ not in SUBJECT_COMPANIONS
    )
    return position if misread else None


def _verb_before_wir(body: list[Token]) -> int | None:
    """Where the finite verb the tagger read as an infinitive stands right before "wir", with no finite verb
    before it ("Deshalb bewahren/VVINF wir …")."""
    for position in range(1, len(body) - 1):
        token = body[position]
        if token.tag_ in FINITE_GERMAN or token.text == ",":
            return None
        if finite_before_wir(token, body[position + 1]):
            return position
    return None


def _verb_after_owned_noun(body: list[Token]) -> int | None:
    """After an opening "Unsere …" noun phrase with no finite verb of its own, a plural present the tagger read
    as an infinitive ("Unsere Kassensysteme überzeugen/VVINF durch …") is the finite verb in second place."""
    if len(body) < 4 or body[0].tag_ != "PPOSAT" or any(token.tag_ in FINITE_GERMAN for token in body):
        return None
    position = 1
    while position < len(body) and body[position].tag_ == "ADJA":
        position += 1
    if position + 1 >= len(body) or body[position].tag_ != "NN":
        return None
    word = body[position + 1]
    return position + 1 if word.tag_ == "VVINF" and word.is_lower else None


def _single_constituent(tokens: list[Token]) -> Constituent | None:
    """The Vorfeld as one constituent; a noun with its "mit"/"ohne" phrase counts as one ("Familien mit kleinen
    Kindern bieten wir …")."""
    parts = _constituents(tokens)
    if not parts:
        return None
    attached = len(parts) == 2 and parts[1].preposition is not None
    if attached and parts[0].kind == "noun" and parts[1].preposition.lower_ in ATTACHED_PREPOSITIONS:
        return Constituent(parts[0].tokens + parts[1].tokens, "noun", parts[0].head)
    if attached and parts[0].kind == "pronoun" and parts[1].preposition.lower_ == "als":
        return Constituent(parts[0].tokens + parts[1].tokens, "pronoun", parts[0].head)  # "Wir als Bestatter"
    if len(parts) > 1 and parts[0].kind == "pronoun" and parts[0].head.lower_ == "wir" and _with_wir(parts[1:]):
        return Constituent(tuple(tokens), "pronoun", parts[0].head)  # "Wir alle", "Wir drei Schwestern"
    if len(parts) > 1 and all(part.kind in ADVERBIAL_KINDS for part in parts):
        # one adverbial read in pieces: "auch darüber hinaus", "Nach 15 Jahren Erfahrung in Softwarequalität"
        kind = "adverb" if all(part.kind == "adverb" for part in parts) else "prepositional"
        return Constituent(tuple(tokens), kind, parts[0].head, parts[0].preposition)
    return parts[0] if len(parts) == 1 else None


def _with_wir(parts: list[Constituent]) -> bool:
    """What may follow "wir" inside the subject: "alle", "selbst", "beide", "hingegen" ("Wir selbst arbeiten
    …"), or a bare noun that names who "wir" are ("Wir Hausärzte", "Wir drei Schwestern")."""
    words = [token.lower_ for part in parts for token in part.tokens]
    if all(word in WIR_COMPANIONS for word in words) and len(words) <= 2:
        return True
    return len(parts) == 1 and parts[0].kind == "noun" and parts[0].determiner is None and not parts[0].has_clause


def _main_clause_end(rest: list[Token], infinitive: Token | None = None, finite: Token | None = None) -> int | None:
    """Where the Nachfeld starts (a comma that opens a subordinate clause which is not embedded in a noun
    phrase), ``len(rest)`` when there is none, None when a second main clause follows."""
    for index, token in enumerate(rest):
        if token.tag_ in FINITE_GERMAN and token is not infinitive:
            return None  # a finite verb outside any subordinate clause: two main clauses
        if _coordinated_predicate_at(rest, index, finite) or _coordinated_infinitive_phrase_at(rest, index):
            # "… im Einsatz | und bieten Ihnen …", "… gewährleisten | und Verzögerungen vermeiden": a second
            # predicate of the same subject follows
            return index
        if token.lower_ in LINKING_CONJUNCTIONS | {"sowie"} and _opens_main_clause(rest, index):
            return None
        if token.text != ",":
            continue
        if _opens_main_clause_after_comma(rest, index + 1):
            return None  # "…, aber wir servieren kein Abendessen", "…, wir liefern auch"
        if _infinitive_phrase_follows(rest, index):
            return index  # "… unterstützen und begleiten, ihm Geborgenheit vermitteln": the modal's next phrase
        if _enumeration_continues(rest, index):
            continue  # "einen Raum für Schüler, Lehrer und Eltern zu schaffen": the list, not a clause, goes on
        if not _opens_subordinate_clause(rest, index + 1):
            continue  # a comma inside an enumeration: "Fenster, Türen und Tore"
        closing = _embedded_clause_end(rest, index)
        if closing is None:
            return index
        # a relative clause inside the Mittelfeld ("allen Kunden, die bis Juni buchen, einen Rabatt")
        after = _main_clause_end(rest[closing + 1 :])
        return None if after is None else closing + 1 + after
    return len(rest)


def _enumeration_continues(rest: list[Token], comma: int) -> bool:
    """A comma between bare nouns of one list closed by "und"/"oder" ("für Schüler, Lehrer und Eltern zu
    schaffen"): the zu-infinitive after the list is the clause's own right bracket, not a clause of its own."""
    if comma == 0 or rest[comma - 1].tag_ not in NOUN_TAGS:
        return False
    position = comma + 1
    while position + 1 < len(rest) and rest[position].tag_ in NOUN_TAGS:
        following = rest[position + 1]
        if following.text == ",":
            position += 2  # "Schüler, Lehrer, Eltern und …": the list goes on
            continue
        return following.lower_ in COORDINATORS and position + 2 < len(rest) and rest[position + 2].tag_ in NOUN_TAGS
    return False


def _infinitive_phrase_follows(rest: list[Token], comma: int) -> bool:
    """A comma after an infinitive or participle, followed by a phrase that ends in another and holds no finite
    verb: another phrase of the same modal or auxiliary ("Wir wollen Ihr Kind unterstützen, ihm Geborgenheit
    vermitteln und …", "Wir haben … ins Netz geführt, regionale Dienstleister … gebracht")."""
    if comma == 0 or rest[comma - 1].tag_ not in {"VVINF", "VVPP"}:
        return False
    segment = _segment(rest, comma + 1, through_lists=True)
    if not segment or segment[0].tag_ in SUBORDINATORS or any(token.tag_ in FINITE_GERMAN for token in segment):
        return False
    return any(token.tag_ == rest[comma - 1].tag_ for token in segment[1:])


def _coordinated_predicate_at(rest: list[Token], index: int, finite: Token | None = None) -> bool:
    """ "und"/"oder"/"sowie" at ``index`` followed at once by a finite verb and more words ("… und bieten Ihnen
    …"): no subject of its own, so the main clause's is shared; the main clause ends before the conjunction and
    the second predicate follows it unchanged."""
    token = rest[index]
    if index == 0 or index + 2 >= len(rest):
        return False
    if token.text == "," and rest[index + 1].tag_ in FINITE_GERMAN and rest[index + 1].is_lower:
        # "Wir schüren den Ofen an, verzieren das Gebäck und …": a list of predicates of the same subject
        return not _zu_follows(rest, index)
    if token.text == "," and rest[index + 1].lower_ == "sondern":
        # "Wir machen kein Flickwerk, sondern liefern …": the contrast is a second predicate, after a comma
        return rest[index + 2].tag_ in FINITE_GERMAN
    if token.lower_ not in SHARED_SUBJECT_COORDINATORS or token.tag_ != "KON":
        return False
    return second_finite(rest[index + 1], finite) and rest[index - 1].text != ","


def second_finite(token: Token, finite: Token | None) -> bool:
    """Whether ``token``, right after "und"/"oder", is a second finite verb of the clause whose finite verb is
    ``finite``: tagged finite, or a plural present the tagger read as an infinitive ("Wir übernehmen das und
    bewahren/VVINF Sie …"), which after a full verb that governs no infinitive can only be finite."""
    if token.tag_ in FINITE_GERMAN:
        return True
    return (
        finite is not None
        and token.tag_ in {"VVINF", "VAINF"}
        and token.is_lower
        and finite.tag_ == "VVFIN"
        and finite.lower_.endswith("n")
        and finite.lemma_.lower() not in INFINITIVE_GOVERNING_VERBS
    )


def _coordinated_infinitive_phrase_at(rest: list[Token], index: int) -> bool:
    """ "und" after the infinitive or participle that ends one phrase of a modal or auxiliary, followed by a
    phrase of its own that ends in another ("Liefersicherheit gewährleisten und Lieferverzögerungen vermeiden",
    "auf dem Laufenden halten und weiter informieren"): both phrases share the subject and the finite verb."""
    token = rest[index]
    if token.lower_ not in {"und", "oder"} or token.tag_ != "KON" or index == 0:
        return False
    if rest[index - 1].tag_ not in {"VVINF", "VAINF", "VVPP", "VAPP", "VVIZU"}:
        return False
    segment = _segment(rest, index + 1)
    if segment and segment[-1].tag_ not in PHRASE_FINAL_VERB_TAGS and not any(t.tag_ in FINITE_GERMAN for t in rest):
        segment = rest[index + 1 :]  # "und auch alte, kulturhistorisch wertvolle Arbeiten restauriert": a list inside
    if len(segment) < 2 or segment[0].tag_ in BRACKET_VERB_TAGS | {"VAINF", "VMINF"}:
        return False  # "unterstützen und begleiten": one right bracket, read there
    if any(word.tag_ in FINITE_GERMAN for word in segment):
        return False
    return segment[-1].tag_ in PHRASE_FINAL_VERB_TAGS


PHRASE_FINAL_VERB_TAGS = frozenset({"VVINF", "VAINF", "VVPP", "VAPP", "VVIZU", "PTKVZ"})
ZU_TAGS = frozenset({"PTKZU", "VVIZU"})


def verb_phrase_continues(nachfeld: tuple[Token, ...]) -> bool:
    """The Nachfeld is another phrase of the same modal or auxiliary (", regionale Dienstleister … gebracht",
    "und auch alte … Arbeiten restauriert"): no finite verb, no subordinator, a verb at its end. Its subject is
    the clause's, so a rewrite may not change that subject."""
    if len(nachfeld) < 3 or nachfeld[0].lower_ not in {",", "und", "oder"}:
        return False
    if nachfeld[1].tag_ in SUBORDINATORS or any(token.tag_ in FINITE_GERMAN | ZU_TAGS for token in nachfeld):
        return False  # "…, diesen mit uns zu genießen": an infinitive clause of its own
    return nachfeld[-1].tag_ in PHRASE_FINAL_VERB_TAGS


def _zu_follows(rest: list[Token], comma: int) -> bool:
    """ "…, lernen zu …": a verb after a comma that the tagger read as finite but that "zu" follows is no
    predicate of the subject."""
    following = rest[comma + 2] if comma + 2 < len(rest) else None
    return following is not None and following.tag_ == "PTKZU"


def _opens_main_clause(rest: list[Token], index: int) -> bool:
    following = rest[index + 1 : index + 3]
    return any(token.tag_ in FINITE_GERMAN or token.lower_ == "wir" for token in following)


def _opens_main_clause_after_comma(rest: list[Token], start: int) -> bool:
    segment = _segment(rest, start)
    if segment and segment[0].lower_ in LINKING_CONJUNCTIONS and segment[0].tag_ == "KON":
        segment = segment[1:]
    if not segment or segment[0].tag_ in SUBORDINATORS or segment[0].tag_ in PREPOSITION_TAGS:
        return False
    return any(token.tag_ in FINITE_GERMAN for token in segment[:3])


def _opens_subordinate_clause(rest: list[Token], start: int) -> bool:
    segment = _segment(rest, start, through_lists=True)
    if not segment:
        return False
    if segment[0].tag_ in SUBORDINATORS:
        return True
    if segment[0].tag_ in PREPOSITION_TAGS and len(segment) > 1 and segment[1].tag_ in {"PRELS", "PRELAT"}:
        return True
    return any(token.tag_ in FINITE_GERMAN | {"PTKZU", "VVIZU"} for token in segment)


def _segment(rest: list[Token], start: int, *, through_lists: bool = False) -> list[Token]:
    """The words from ``start`` to the next comma (``through_lists``: the next one not inside a list of nouns)."""
    stop = next(
        (
            index
            for index in range(start, len(rest))
            if rest[index].text == "," and not (through_lists and _enumeration_continues(rest, index))
        ),
        len(rest),
    )
    return rest[start:stop]


def _embedded_clause_end(rest: list[Token], comma: int) -> int | None:
    """The closing comma of a relative clause that continues the Mittelfeld, or None when the clause runs on
    to the end (then it is the Nachfeld)."""
    if comma == 0 or rest[comma - 1].tag_ not in NOUN_TAGS | PRONOUN_TAGS:
        return None
    closing = _relative_clause_end(rest, comma)
    if closing is None:
        return None
    tail = _segment(rest, closing + 1)
    if not tail or _opens_subordinate_clause(rest, closing + 1) or tail[0].tag_ in RIGHT_BRACKET_TAGS:
        return None  # what follows is another clause, or only the right bracket: the clause is the Nachfeld
    return closing


def _constituents(tokens: list[Token]) -> list[Constituent] | None:
    """Chunk a field into constituents; None when a token fits no constituent (the reading is unsure)."""
    parts: list[Constituent] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.text in DASHES | {"("} and parts and parts[-1].kind in {"noun", "prepositional"}:
            closers = DASHES if token.text in DASHES else {")"}
            closing = next((i for i in range(index + 1, len(tokens)) if tokens[i].text in closers), None)
            if closing is None or _constituents(tokens[index + 1 : closing]) is None:
                return None
            # an apposition: "das Manuskript – die fertige Software –", "Rezept (Kopie)"
            _extend_last(parts, tokens[index : closing + 1])
            index = closing + 1
            continue
        if token.text in OPENING_QUOTES and parts and parts[-1].kind in {"noun", "prepositional"}:
            closing = _closing_quote(tokens, index)
            if closing is None:
                return None
            _extend_last(parts, tokens[index : closing + 1])  # "das Attribut „made in Germany“"
            index = closing + 1
            continue
        if token.text == "," and parts and parts[-1].kind in {"noun", "prepositional", "pronoun"}:
            apposition = _apposition_end(tokens, index)
            if apposition is not None:  # "an Sie, unsere Kunden, weiter"
                _extend_last(parts, tokens[index : apposition + 1])
                index = apposition + 1
                continue
            closing = _relative_clause_end(tokens, index)
            if closing is not None:
                _extend_last(parts, tokens[index : closing + 1])
                index = closing + 1
                continue
        if token.tag_ == "KOKOM" and parts and index + 1 < len(tokens):
            # a comparison belongs to what it compares: "so schnell wie möglich", "die gleichen Preise wie …"
            compared = _constituent_at(tokens, index + 1)
            if compared is None:
                return None
            part, index = compared
            _extend_last(parts, [token, *part.tokens])
            continue
        if (
            token.lower_ in {"und", "oder"}
            and parts
            and parts[-1].kind == "noun"
            and [t.lower_ for t in tokens[index + 1 :]] in LIST_ENDINGS
        ):
            _extend_last(parts, tokens[index:])  # "Kreditkarten, PayPal und mehr": the list's open end is its own
            break
        if token.lower_ in CORRELATIVE_OPENERS and token.tag_ == "KON" and index + 1 < len(tokens):
            opened = _constituent_at(tokens, index + 1)  # "sowohl Personen- als auch Sachschäden"
            if opened is None:
                return None
            part, index = opened
            parts.append(Constituent((token, *part.tokens), part.kind, part.head, part.preposition))
            continue
        joiner = _correlative_joiner(tokens, index)
        if joiner and parts:
            following = _constituent_at(tokens, index + joiner) if index + joiner < len(tokens) else None
            if following is None or not _coordinable(parts[-1].kind, following[0].kind, False):
                return None
            part, stop = following
            _extend_last(parts, [*tokens[index : index + joiner], *part.tokens])  # ", sondern auch unser Team"
            index = stop
            continue
        if token.text == "," or (token.lower_ in COORDINATORS and token.tag_ == "KON"):
            if not parts or index + 1 >= len(tokens):
                return None
            following = _constituent_at(tokens, index + 1)
            if following is None or not _coordinable(parts[-1].kind, following[0].kind, token.text == ","):
                return None
            part, index = following
            _extend_last(parts, [token, *part.tokens])
            continue
        found = _constituent_at(tokens, index)
        if found is None:
            return None
        part, index = found
        parts.append(part)
    return parts


def _closing_quote(tokens: list[Token], opening: int) -> int | None:
    """The index of the mark that closes the quotation opened at ``opening``, within a few words."""
    closers = PAIRED_QUOTES.get(tokens[opening].text, set())
    stop = min(opening + MAX_SCARE_QUOTED + 2, len(tokens))
    return next((index for index in range(opening + 2, stop) if tokens[index].text in closers), None)


def _correlative_joiner(tokens: list[Token], index: int) -> int:
    """How many words join the second half of "sowohl … als auch …" or "nicht nur …, sondern (auch) …" at
    ``index``; 0 for none."""
    words = [token.lower_ for token in tokens[index : index + 3]]
    if words[:2] == ["als", "auch"]:
        return 2
    if words[:2] == [",", "sondern"]:
        return 3 if words[2:] == ["auch"] else 2
    return 0


def _extend_last(parts: list[Constituent], tokens: list[Token]) -> None:
    """The last constituent goes on with ``tokens`` (an apposition, a relative clause, a conjunct)."""
    previous = parts.pop()
    parts.append(Constituent((*previous.tokens, *tokens), previous.kind, previous.head, previous.preposition))


def _coordinable(previous: str, following: str, comma: bool) -> bool:
    """Conjuncts of one constituent: like with like, and nouns inside a prepositional phrase ("bei Neuerrichtung
    und Übernahme") or after a pronoun ("Ihnen und Ihrer Familie"); with "und"/"oder" (never a bare comma,
    which may start an insertion: "gegenüber allen Menschen, unabhängig von …") also an adverb and a
    prepositional phrase ("telefonisch oder per Nachricht")."""
    nominal = {"noun", "pronoun", "number"}
    adverbial = {"adverb", "prepositional"}
    return (
        previous == following
        or (previous in nominal | {"prepositional"} and following in nominal)
        or (not comma and previous in adverbial and following in adverbial)
    )


def _apposition_end(tokens: list[Token], comma: int) -> int | None:
    """The closing comma of a noun phrase set off by commas after a pronoun or noun ("Sie, unsere Kunden,"),
    when the clause goes on after it (else the comma lists things: "Fenster, Türen")."""
    inner = _noun_phrase(tokens, comma + 1) if comma + 1 < len(tokens) else None
    if inner is None or inner[0].tokens[0].tag_ not in DETERMINER_TAGS:
        return None
    closing = inner[1]
    if closing >= len(tokens) or tokens[closing].text != ",":
        return None
    return closing


def _relative_clause_end(tokens: list[Token], comma: int) -> int | None:
    """The closing comma of a relative clause that starts after ``comma`` and ends with its finite verb."""
    pronoun = comma + 1
    if pronoun < len(tokens) and tokens[pronoun].tag_ in PREPOSITION_TAGS:
        pronoun += 1  # "…, mit denen wir …"
    if pronoun >= len(tokens) or not (
        tokens[pronoun].tag_ in {"PRELS", "PRELAT"} or tokens[pronoun].lower_ in RELATIVE_PRONOUNS
    ):
        return None
    if pronoun > comma + 1 and pronoun + 1 < len(tokens) and tokens[pronoun + 1].tag_ in NOUN_TAGS | {"ADJA"}:
        return None  # "…, auf dem Gelände nicht zu rauchen": after a preposition, "dem" before a noun is its article
    closing = next((index for index in range(pronoun, len(tokens)) if tokens[index].text == ","), None)
    if closing is None or not _clause_final_verb(tokens[closing - 1]) or tokens[closing - 2].tag_ == "PTKZU":
        return None  # "… zu rauchen": an infinitive clause, not a relative one
    return closing


def _clause_final_verb(token: Token) -> bool:
    """The verb that ends a subordinate clause; a plural present the tagger read as a participle ("die bis
    Freitag bestellen", where the form is the lemma) ends it too."""
    return token.tag_ in CLAUSE_FINAL_VERB_TAGS or (token.tag_ == "VVPP" and token.lower_ == token.lemma_.lower())


def _constituent_at(tokens: list[Token], start: int) -> tuple[Constituent, int] | None:
    token = tokens[start]
    if (token.tag_ in PREPOSITION_TAGS - {"APPO", "APZR"}) or _reads_as_preposition(tokens, start):
        if token.lower_ in YEAR_PREPOSITIONS and start + 2 < len(tokens) and _is_year(tokens[start + 1]):
            year = tokens[start + 1]  # "seit 1990 | Küchen": the year is the phrase, the noun the verb's object
            return Constituent((token, year), "prepositional", year, token), start + 2
        inner = _constituent_at(tokens, start + 1) if start + 1 < len(tokens) else None
        if inner is None or inner[0].kind not in {"noun", "pronoun", "number", "adverb", "prepositional"}:
            return None  # ("bis zum Wettkampf", "innerhalb von zehn Tagen" nest one phrase in another)
        part, stop = inner
        return Constituent((token, *part.tokens), "prepositional", part.head, token), stop
    if (token.tag_ in PRONOUN_TAGS and not _predeterminer(tokens, start)) or _demonstrative_alone(tokens, start):
        return Constituent((token,), "pronoun", token), start + 1
    noun = _noun_phrase(tokens, start)
    if noun is not None:
        return noun
    if token.tag_ == "CARD":  # "seit 1990", "ab 10"
        stop = start + 1
        while stop + 1 < len(tokens) and tokens[stop].text in RANGE_WORDS and tokens[stop + 1].tag_ == "CARD":
            stop += 2
        return Constituent(tuple(tokens[start:stop]), "number", token), stop
    if token.tag_ in ADVERB_TAGS or (token.tag_ == "PTKANT" and token.lower_ == "danke"):
        return Constituent((token,), "adverb", token), start + 1  # "Danke sagen": the verb's, as an adverb is
    if token.tag_ == "PTKVZ":
        return Constituent((token,), "adverb", token), start + 1  # "zurück | aufs Land gewechselt": no bracket yet
    return None


def _is_word(token: Token) -> bool:
    """Not a quotation mark the tagger took for a foreign word („ “ as FM)."""
    return token.text not in QUOTE_MARKS


def _paired_attribute_adverbs(tokens: list[Token], start: int) -> bool:
    """ "akut und chronisch erkrankte": two adverbs joined by "und"/"oder" before an attributive adjective."""
    window = tokens[start : start + 4]
    return (
        len(window) == 4
        and window[0].tag_ in {"ADV", "ADJD"}
        and window[1].lower_ in {"und", "oder"}
        and window[2].tag_ in {"ADV", "ADJD"}
        and window[3].tag_ == "ADJA"
    )


def _predeterminer(tokens: list[Token], start: int) -> bool:
    """ "alle" before a possessive, article or demonstrative opens one noun phrase with it ("alle unsere
    Zimmer", "all diese Jahre"), though the tagger reads it as a pronoun."""
    following = tokens[start + 1] if start + 1 < len(tokens) else None
    return tokens[start].lower_ in PREDETERMINERS and following is not None and following.tag_ in PREDETERMINED_TAGS


def _demonstrative_alone(tokens: list[Token], start: int) -> bool:
    """ "das", "dem" read as an article with no noun after it stand for a thing: "Wir übernehmen das für Sie"."""
    token = tokens[start]
    if token.tag_ != "ART" or token.lower_ not in {"das", "dem", "dies"}:
        return False
    following = tokens[start + 1] if start + 1 < len(tokens) else None
    if following is not None and following.tag_ in {"APPR", "APPRART"}:
        return _participle_attribute_end(tokens, start + 1) is None  # "das [in uns] gesetzte Vertrauen"
    return following is None or following.tag_ not in NOUN_PREFIX_TAGS | NOUN_TAGS | ADVERB_TAGS


def _reads_as_preposition(tokens: list[Token], start: int) -> bool:
    """ "um" and "bis" before a noun phrase or another preposition are prepositions ("um Ihr Verständnis",
    "bis vor die Haustür"), whatever the tagger says."""
    following = tokens[start + 1] if start + 1 < len(tokens) else None
    if following is None or tokens[start].lower_ not in {"um", "bis"}:
        return False
    return following.tag_ in NOUN_PREFIX_TAGS | NOUN_TAGS | PREPOSITION_TAGS


def noun_phrase_at(tokens: list[Token], start: int = 0) -> Constituent | None:
    """The noun phrase that starts at ``start`` (determiners, attributes, genitive), or None."""
    found = _noun_phrase(tokens, start)
    return found[0] if found is not None else None


def _noun_phrase(tokens: list[Token], start: int) -> tuple[Constituent, int] | None:
    position = start
    while position < len(tokens):
        token = tokens[position]
        if token.tag_ in DETERMINER_TAGS and position > start and tokens[position - 1].tag_ in {"CARD", "ADJA"}:
            break  # "seit 1990 | allen Kunden": a determiner opens the next phrase
        if token.tag_ in NOUN_PREFIX_TAGS or (position == start and _predeterminer(tokens, start)):
            position += 1
        elif (
            token.tag_ == "PROAV"
            and position > start
            and tokens[position - 1].tag_ in DETERMINER_TAGS
            and position + 1 < len(tokens)
            and tokens[position + 1].tag_ == "ADJA"
        ):
            position += 1  # "den damit verbundenen Auflagen", "den dahinter stehenden Konzepten"
        elif (
            token.tag_ in {"ADV", "ADJD", "PTKA"}
            and position + 1 < len(tokens)
            and (
                (tokens[position + 1].tag_ == "ADJA" and (position > start or _grades(token, tokens[position + 1])))
                or (tokens[position + 1].tag_ == "CARD" and token.lower_ in APPROXIMATIONS)
                or _paired_attribute_adverbs(tokens, position)
            )
        ):
            position += 1  # "besonders günstige", "frisch gebackene", "rund 30", "akut (und chronisch erkrankte)"
        elif (
            (token.lower_ in {"und", "oder", ","} or token.text == ",")
            and position > start
            and (
                tokens[position - 1].tag_ == "ADJA"
                and position + 1 < len(tokens)
                and (
                    tokens[position + 1].tag_ == "ADJA"
                    or (
                        tokens[position + 1].tag_ in {"ADV", "ADJD"}
                        and position + 2 < len(tokens)
                        and tokens[position + 2].tag_ == "ADJA"
                    )
                )
            )
        ):
            position += 1  # "physischen und sozialen Defizite", "eigenen, gesunden Zähne", "…, fachlich kompetente"
        elif token.lower_ in {"und", "oder"} and position > start and _paired_attribute_adverbs(tokens, position - 1):
            position += 1  # "akut und chronisch erkrankte Menschen": two manners of one attribute
        elif token.lower_ in {"und", "oder", "bis", ","} and position > start and tokens[position - 1].tag_ == "TRUNC":
            position += 1  # "Verkaufs- und Pachtwerte", "In- und Ausland", "Ertragswert-, Sachwert- und …"
        elif token.text in RANGE_WORDS and position > start and tokens[position - 1].tag_ == "CARD" and (
            position + 1 < len(tokens) and tokens[position + 1].tag_ == "CARD"):  # fmt: skip
            position += 1  # "150-200", "zwei bis drei"
        elif token.text == "-" and not token.whitespace_ and position > start:
            position += 1  # "Kinder-" written apart
        elif (
            token.tag_ in {"PPER", "PRF"}
            and position > start
            and tokens[position - 1].tag_ in DETERMINER_TAGS
            and position + 1 < len(tokens)
            and tokens[position + 1].tag_ == "ADJA"
        ):
            position += 1  # a pronoun inside a participle attribute: "den uns anvertrauten Kindern"
        elif token.tag_ in {"APPR", "APPRART"} and position > start and tokens[position - 1].tag_ in DETERMINER_TAGS:
            attribute_end = _participle_attribute_end(tokens, position)
            if attribute_end is None:
                break
            position = attribute_end  # "unserer [mit den Versandunternehmen] ausgehandelten Tarife"
        else:
            break
    partitive_end = _partitive_end(tokens, start, position)
    if partitive_end is not None:
        # "jedem einzelnen unserer Kunden": the adjective is the head, the genitive its own
        return Constituent(tuple(tokens[start:partitive_end]), "noun", tokens[position - 1]), partitive_end
    quoted = position < len(tokens) and tokens[position].text in OPENING_QUOTES and position + 1 < len(tokens)
    if quoted:
        closing = _closing_quote(tokens, position)
        if closing is None or closing != position + 2:
            return None  # one quoted noun ("„Belegschaft“"); more words may be a title of their own
        position += 1
    if position >= len(tokens) or tokens[position].tag_ not in NOUN_TAGS or not _is_word(tokens[position]):
        return None
    head = tokens[position]
    position += 2 if quoted else 1
    while position < len(tokens) and _is_word(tokens[position]) and (tokens[position].tag_ in {"NE", "FM"} or (
            head.tag_ == "FM" and tokens[position].tag_ == "NN")):  # fmt: skip
        position += 1  # "Firma Müller", "Herr Meier", "Remote Consulting"
    while position < len(tokens) and continues_name(tokens[position]):
        position += 1  # the configured name "Marcel Hufschmid AG" is one noun, whatever its words' tags
    if head.lower_ in YEAR_NOUNS and position < len(tokens) and _is_year(tokens[position]):
        position += 1  # "im September 2008", "im Jahr 2020": the year is the month's
    measured = any(token.tag_ == "CARD" for token in tokens[start : position - 1])
    if measured and position < len(tokens) and tokens[position].tag_ == "NN":
        position += 1  # a measure and what is measured: "15 Jahren Erfahrung", "zwei Kilo Äpfel"
    position = _attached(tokens, _genitive(tokens, position))
    return Constituent(tuple(tokens[start:position]), "noun", head), position


def _grades(modifier: Token, adjective: Token) -> bool:
    """Whether an adverb that opens a phrase belongs to the adjective after it: a word of degree ("besonders
    günstige") or the manner of a participle ("frisch gebackene", "akut erkrankte", "liebevoll wartende"). In
    "Wir liefern heute frische Ware" or "schnell frische Ware" it is the verb's."""
    if modifier.tag_ == "PTKA" or modifier.lower_ in GRADING_WORDS:
        return True
    word = adjective.lower_.rstrip("nmrs")  # "gebackenen" → "gebackene"
    participle = (PARTICIPLE_START.match(word) is not None and word.endswith(("te", "ene"))) or word.endswith(
        ("nde", "ierte")
    )
    return modifier.tag_ == "ADJD" and participle


def _is_year(token: Token) -> bool:
    return token.tag_ == "CARD" and len(token.text) == 4 and token.text.isdigit()


def _participle_attribute_end(tokens: list[Token], position: int) -> int | None:
    """Where a prepositional phrase inside a noun phrase ends when an attributive adjective or participle follows
    it: "die [von uns] entwickelten Lösungen", "unserer [mit den großen Versandunternehmen] ausgehandelten
    Tarife". None when no such attribute follows (the preposition then opens a phrase of its own)."""
    if position + 1 >= len(tokens):
        return None
    following = tokens[position + 1]
    if following.tag_ in PRONOUN_TAGS:
        end = position + 2
    else:
        inner = _noun_phrase(tokens, position + 1)
        if inner is None:
            return None
        end = inner[1]
    return end if end < len(tokens) and tokens[end].tag_ == "ADJA" else None


def _attached(tokens: list[Token], position: int) -> int:
    """A "mit"/"ohne" phrase that describes the noun ("Familien mit kleinen Kindern einen Spielbereich"): only
    when another noun phrase follows it, else it is read as the verb's ("arbeiten mit Ihnen")."""
    if position >= len(tokens) or tokens[position].lower_ not in ATTACHED_PREPOSITIONS:
        return position
    inner = _noun_phrase(tokens, position + 1) if position + 1 < len(tokens) else None
    if inner is None:
        return position
    following = tokens[inner[1]] if inner[1] < len(tokens) else None
    if following is not None and following.tag_ in NOUN_PREFIX_TAGS | NOUN_TAGS and following.tag_ != "TRUNC":
        return inner[1]
    return position


def _partitive_end(tokens: list[Token], start: int, position: int) -> int | None:
    """Where a determiner and an adjective without a noun, followed by a genitive phrase ("jedem einzelnen
    unserer Kunden"), end: the adjective stands for the noun the genitive names. None for any other phrase."""
    if position - start < 2 or position >= len(tokens) or tokens[position - 1].tag_ != "ADJA":
        return None
    if tokens[start].tag_ not in DETERMINER_TAGS:
        return None
    end = _genitive(tokens, position)
    return end if end > position else None


def _genitive(tokens: list[Token], position: int) -> int:
    """A genitive attribute after the noun ("die Wünsche unserer Kunden", "Nutzer der App")."""
    every = (
        position + 1 < len(tokens)
        and tokens[position].lower_ in {"jeden", "jedes"}
        and tokens[position + 1].tag_ == "NN"
        and tokens[position + 1].lower_.endswith("s")
    )  # "Patienten jeden Alters", not "jeden Tag"
    every = every or (
        0 < position < len(tokens) - 1
        and tokens[position].lower_ == "jeder"
        and tokens[position - 1].tag_ == "NN"
        and tokens[position + 1].tag_ == "NN"
    )  # "Familien jeder Größe"
    if position < len(tokens) and (
        tokens[position].lower_ in GENITIVE_ARTICLES
        or tokens[position].lower_.startswith(("unserer", "ihrer"))
        or every
    ):
        inner = _noun_phrase(tokens, position)
        if inner is not None and inner[0].tokens[0].tag_ in DETERMINER_TAGS:
            return inner[1]
    strong = (
        position + 1 < len(tokens)
        and tokens[position].tag_ == "ADJA"
        and tokens[position].lower_.endswith("er")
        and tokens[position + 1].tag_ == "NN"
    )  # "Anbieter haushaltsnaher Dienstleistungen", "Kindern unterschiedlicher Herkunft": a genitive, no article
    if strong and position > 0 and tokens[position - 1].tag_ == "NN":
        return position + 2
    return position
