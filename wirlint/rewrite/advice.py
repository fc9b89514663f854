"""Advice for a we-first sentence that gets no rewrite: a next step specific to its construction.

A rewrite is only offered where it can be built from the sentence's own words. For the rest, the finding says
what kind of sentence it is and how to turn it towards the customer, quoting the sentence's own content:
"We are a family business" (who the company is) asks what the customer gets from that; "We have 20 years of
experience" (what the company has) asks for the benefit; "We plan, build and maintain …" (what the company
does) suggests the customer's results; "We believe / are proud / freuen uns" (what the company feels) suggests
speaking to the reader; "Es ist uns wichtig, …" (what matters to the company) asks what the reader gets from
it; "Our goal is to …" / "Unser Ziel ist es, …" (what the company aims at) asks for the promise instead.
Nothing is invented: the advice names the gap, the writer fills it.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from wirlint.nlp.fields import QUOTE_MARKS
from wirlint.nlp.opening import words_of
from wirlint.nlp.tagging import FINITE_TAGS, ensure_tagged
from wirlint.nlp.voice import COMPANY, voice_of
from wirlint.rewrite.english import GOAL_NOUNS as ENGLISH_GOAL_NOUNS
from wirlint.rewrite.german import GOAL_NOUNS as GERMAN_GOAL_NOUNS

MAX_QUOTED_WORDS = 8
MAX_WORDS = 80  # a run-on "sentence" of hundreds of words is broken markup, not a construction to explain
FEELING_LEMMAS = {
    "de": frozenset(
        {"freuen", "glauben", "lieben", "hoffen", "wünschen", "danken", "bedanken", "verstehen", "fühlen", "finden"}
    ),
    "en": frozenset({"believe", "hope", "love", "pride", "feel", "like", "enjoy", "thank", "appreciate", "think"}),
}
FEELING_ADJECTIVES = {
    "de": frozenset({"stolz", "froh", "glücklich", "überzeugt", "dankbar", "bestrebt", "begeistert", "erfreut"}),
    "en": frozenset({"proud", "happy", "delighted", "passionate", "committed", "thrilled", "excited", "grateful",
                     "glad", "pleased", "eager", "honoured", "honored", "humbled", "sorry"}),
}  # fmt: skip
COPULA = {"de": frozenset({"sein"}), "en": frozenset({"be"})}
POSSESSION = {"de": frozenset({"haben", "besitzen", "verfügen"}), "en": frozenset({"have"})}
IMPORTANCE = {"de": frozenset({"wichtig"}), "en": frozenset({"important"})}
IMPORTANCE_REACH = 12  # "Als mehrfach ausgezeichnetes Unternehmen ist uns … wichtig": within the first words
IMPORTANCE_LINKS = frozenset({",", "to", "us", "für", "uns", "dass", "that", "ist", "is", "es", "it"})
DEGREE_WORDS = frozenset({"sehr", "besonders", "extrem", "ganz", "so", "auch", "immer", "äußerst", "außerordentlich"})
VIEW_NOUNS = {
    "de": frozenset({"überzeugung", "meinung", "auffassung", "ansicht", "hoffnung", "erfahrung"}),
    "en": frozenset({"belief", "philosophy", "hope", "view", "experience", "conviction", "opinion"}),
}
OUR_WORDS = frozenset({"our", "ours", "unser", "unsere"})
REASON_WORDS = frozenset({"denn", "weil", "because", "since", "darum", "deshalb", "daher"})
# words that open a clause after a comma: relative pronouns and subordinators
CLAUSE_STARTS = frozenset(
    {"der", "die", "das", "den", "dem", "deren", "dessen", "welche", "welcher", "welches", "dass", "wenn", "ob",
     "wie", "wo", "als", "nachdem", "obwohl", "sodass", "um", "damit", "which", "who", "whom", "whose", "that",
     "when", "where", "while", "although", "if", "so", "as"}
)  # fmt: skip
# a state, not who the company is: "We are open on Sundays", "Wir sind samstags geschlossen"
NO_IDENTITY_WORDS = frozenset(
    {
        "open",
        "closed",
        "geöffnet",
        "geschlossen",
        "available",
        "erreichbar",
        "here",
        "hier",
        "da",
        "there",
        "back",
        "zurück",
    }
)
ANNOUNCING_WORDS = frozenset({"einfach", "simpel", "klar", "simple", "clear", "easy"})
GOAL_NEGATIONS = frozenset({"not", "n't", "n’t", "nicht", "kein", "keine"})
GOAL_MARKER_REACH = 4  # "is to", "ist es, dass", "is our mission to", "ist es dabei, …"
NOUN_PHRASE_STARTS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})
PARTICIPLE_TAGS = frozenset({"VVPP", "VAPP", "VMPP", "VVN", "VVG", "VBN", "VBG", "VHN", "VHG"})

ADVICE = {
    "de": {
        "copula": "Der Satz sagt, wer Sie sind („{content}“). Was hat die Kundin davon? Beginnen Sie damit, "
        "z. B. „Sie …“, und lassen Sie „{content}“ als Begründung folgen.",
        "possession": "Der Satz sagt, was Sie haben („{content}“). Welchen Nutzen hat die Kundin davon? Beginnen "
        "Sie mit „Sie …“ und diesem Nutzen.",
        "activities": "Der Satz zählt auf, was Sie tun ({content}). Machen Sie daraus, was die Kundin bekommt: "
        "„Sie erhalten …“ oder „Ihr … wird …“.",
        "feeling": "Der Satz beschreibt, was Sie empfinden („{content}“). Sprechen Sie die Kundin an und sagen "
        "Sie, was sie davon hat: „Sie …“.",
        "goal": "Der Satz nennt Ihr Ziel („{content}“). Sagen Sie stattdessen als Zusage, was die Kundin bekommt: "
        "„Sie erhalten …“ oder „Ihr … wird …“.",
        "value": "Der Satz sagt, was Ihnen wichtig ist („{content}“). Sagen Sie stattdessen, was die Kundin davon "
        "hat: „Sie …“.",
    },
    "en": {
        "copula": "The sentence says who you are (“{content}”). What does the customer get from that? Open with "
        "it, e.g. “You …”, and let “{content}” follow as the reason.",
        "possession": "The sentence says what you have (“{content}”). What does the customer gain from it? Open "
        "with “You …” and that benefit.",
        "activities": "The sentence lists what you do ({content}). Turn it into what the customer gets: "
        "“You get …” or “Your … is …”.",
        "feeling": "The sentence says what you feel (“{content}”). Speak to the reader and say what they get from "
        "it: “You …”.",
        "goal": "The sentence states your goal (“{content}”). Say instead what the customer gets, as a promise: "
        "“You get …” or “Your … is …”.",
        "value": "The sentence says what matters to you (“{content}”). Say instead what the customer gets from it: "
        "“You …”.",
    },
}


CLAUSE_MARKS = frozenset({":", ";", "–", "—"})


def construction_advice(sentence: Span, lang: str) -> str | None:
    """Advice for the sentence's construction, or None when it fits none of them (the rule's advice stands)."""
    kept_marks = {",", *QUOTE_MARKS}  # a comma and the marks of a word set apart ("keine „Belegschaft“") stay
    words = [token for token in _first_clause(words_of(sentence)) if not token.is_punct or token.text in kept_marks]
    words = _after_reason_link(words)
    if lang not in ADVICE or not 3 <= len(words) <= MAX_WORDS:
        return None
    ensure_tagged(sentence)
    verbs = [token for token in words if token.tag_ in FINITE_TAGS]
    if not verbs:
        return None
    finite = verbs[0]
    after = words[words.index(finite) + 1 :]
    if after and after[0].lower_ in {"wir", "we"}:
        after = after[1:]  # "Deshalb haben wir keine …": what follows the subject is what is said of it
    lemma = finite.lemma_.lower()
    participle = any(token.tag_ in PARTICIPLE_TAGS for token in after)
    if lemma in POSSESSION[lang] and _verb_closes_clause(after, lang):
        participle = True  # "Hierfür haben wir ein Tool entwickelt": what was done, not what the company has
    matters = _what_matters(words, finite, lang) or _our_view_of(words)
    if matters:
        return _advice(lang, "value", _quote(matters))
    feeling = any(token.lower_ in FEELING_ADJECTIVES[lang] for token in after[:2])
    view = lemma in COPULA[lang] and any(token.lower_ in VIEW_NOUNS[lang] for token in after[:3])
    defines = lemma == "verstehen" and any(token.lower_ in {"als", "unter"} for token in after)
    if (lemma in FEELING_LEMMAS[lang] and not defines) or feeling or view:
        return _advice(lang, "feeling", _quote(_after_opening_comma(words)))
    goal = _stated_goal(words, finite, lang) if lemma in COPULA[lang] else None
    if goal is not None:
        return _advice(lang, "goal", _quote(goal)) if goal else None
    while after and (after[0].text == "," or after[0].lower_ == "es"):
        after = after[1:]  # "das sind wir, Martin und …", "Wir sind es unseren Kunden schuldig": not the content
    if len(after) > 1 and after[0].lower_ in {"und", "and"} and after[1].tag_ in FINITE_TAGS:
        after = after[2:]  # "Wir waren und sind Ihr Partner": the second verb of the same predicate
    said = _own_clause(after)
    if lemma in COPULA[lang] and said:
        # "We are open on Sundays", "Unsere Philosophie ist einfach: …": no identity to ask about
        return None if participle or _no_identity(said) else _advice(lang, "copula", _quote(said))
    if lemma in POSSESSION[lang] and not participle and said:
        return _advice(lang, "possession", _quote(said))
    listed = _listed_activities(words, finite, lang)
    if listed:
        return _advice(lang, "activities", listed)
    return None


def _own_clause(after: list[Token]) -> list[Token]:
    """What the sentence says of the company, up to where another clause starts: a relative or subordinate
    clause after a comma ("…, auf dem drei Generationen leben"), a reason ("denn", "because") or a second verb
    after "und/and" ("Wir sind Ihr Team und freuen uns …"); a list ("ein junges, dynamisches Team", "Unikate,
    Charakterköpfe, …") and a contrast ("keine Belegschaft, sondern eine Mannschaft") go on."""
    for index, token in enumerate(after):
        following = after[index + 1] if index + 1 < len(after) else None
        if token.lower_ in REASON_WORDS:
            return after[:index]
        if following is None:
            break
        clause = following.tag_ in FINITE_TAGS or following.lower_ in {"wir", "we"}
        if token.text == "," and (following.lower_ in CLAUSE_STARTS or following.lower_ in REASON_WORDS or clause):
            return after[:index]
        if token.lower_ in {"und", "and", "oder", "or", "aber", "but"} and clause:
            return after[:index]
    return after


def _after_opening_comma(words: list[Token]) -> list[Token]:
    """ "At the end of the day, we just love wood": the feeling is said from the clause with the company in it,
    not from the phrase before its comma."""
    company = next((index for index, token in enumerate(words) if token.lower_ in {"wir", "we"}), None)
    if company is None:
        return words
    comma = max((index for index, token in enumerate(words[:company]) if token.text == ","), default=None)
    if comma is None or any(voice_of(token) == COMPANY for token in words[:comma]):
        return words  # "So freut es uns …, dass wir …", "At our practice, we …": the company is in it already
    return words[comma + 1 :]


def _no_identity(said: list[Token]) -> bool:
    """ "open on Sundays", "einfach" (before a colon that says what): a state or a verdict that announces what
    follows, not who the company is."""
    return said[0].lower_ in NO_IDENTITY_WORDS or (len(said) == 1 and said[0].lower_ in ANNOUNCING_WORDS)


def _our_view_of(words: list[Token]) -> list[Token] | None:
    """ "To us, quality is everything", "Für uns ist Qualität kein Zufall": what the company's view is about, from
    after the view's opening."""
    lowered = [token.lower_ for token in words[:2]]
    if lowered not in (["to", "us"], ["for", "us"], ["für", "uns"]) or len(words) < 4:
        return None
    comma = next((index for index, token in enumerate(words[2:8], start=2) if token.text == ","), None)
    verb = next((index for index, token in enumerate(words[2:8], start=2) if token.tag_ in FINITE_TAGS), None)
    # "For us at Acme, …", "Für uns als Hausverwaltung sind …": the view's own words run to its comma or verb
    if comma is not None and verb is not None and verb < comma:
        comma = None  # "Für uns stehen spannende, naturnahe Weine …": the comma is the content's
    rest = words[comma + 1 :] if comma is not None else words[verb:] if verb is not None else words[2:]
    if rest and voice_of(rest[0]) == COMPANY:
        return None  # "For us at Three Brothers Bakery, we are reminded …": the company speaks on
    while rest and (rest[0].tag_ in FINITE_TAGS or rest[0].lower_ in {"und", "and"}):
        rest = rest[1:]  # "Für uns stand und steht die Qualität …": what the view is about follows the verb
    return _own_clause(rest) or None


def _verb_closes_clause(after: list[Token], lang: str) -> bool:
    """A German perfect closes its clause with the participle ("Hierfür haben wir ein Tool entwickelt", "haben
    wir viele Kollegen dazubekommen"), which the tagger may read as finite."""
    clause = list(itertools.takewhile(lambda token: token.text != ",", after))
    if lang != "de" or len(clause) < 2 or clause[-1].pos_ not in {"VERB", "AUX"} or clause[-2].lower_ == "zu":
        return False
    # "mehr Mitarbeiter als Sie annehmen", "… und können": the verb of another clause, not a participle
    return not any(token.lower_ in {"als", "wie", "und", "oder", "aber"} for token in clause)


def _after_reason_link(words: list[Token]) -> list[Token]:
    """ "This is why we …", "That's why our team …", "Which is why …": a link to the sentence before, whose "is"
    is not the verb the sentence is about."""
    lowered = [token.lower_ for token in words[:3]]
    if lowered[:1] and lowered[0] in {"this", "that", "which"}:
        for length in (3, 2):  # "That 's why", "Thats why"
            if len(words) > length and lowered[length - 1 : length] == ["why"]:
                return words[length:]
    return words


def _what_matters(words: list[Token], finite: Token, lang: str) -> list[Token] | None:
    """What "Es ist uns wichtig, …", "Uns ist ein fairer Umgang sehr wichtig", "It is important to us to …", "Our
    relationships are very important to us" say matters to the company: the words after the importance word
    (past "to us", "für uns", "dass", "to"), or, when it ends the clause, the thing before it."""
    index = next((i for i, token in enumerate(words[:IMPORTANCE_REACH]) if token.lower_ in IMPORTANCE[lang]), None)
    if index is None or not any(token.lower_ in {"uns", "us"} for token in words[: index + 4]):
        return None
    if index + 1 < len(words) and words[index + 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
        return None  # "this important job": an attribute, not what matters to the company
    rest = words[index + 1 :]
    while rest and (rest[0] is finite or rest[0].lower_ in IMPORTANCE_LINKS):
        rest = rest[1:]
    if len(rest) > 1 and rest[0].lower_ not in {"and", "und"}:
        return rest
    if lang == "en":  # "Our customer relationships are very important to us"
        subject = words[: words.index(finite)]
        return subject if index > words.index(finite) and subject else None
    # "Außerdem ist uns ein wertschätzender Umgang … sehr wichtig": from after "uns" to the degree word
    start = next((i + 1 for i, token in enumerate(words[:index]) if token.lower_ == "uns"), None)
    if start is None:
        return None
    end = index
    while end > start and words[end - 1].lower_ in DEGREE_WORDS:
        end -= 1
    return words[start:end] or None


def _names_goal(tokens: list[Token], lang: str) -> bool:
    """ "Ziel", "Unternehmensziel" (a German compound ends in its noun), "goal", "mission"."""
    if lang == "de":
        return any(token.lower_.endswith(GERMAN_GOAL_NOUNS) for token in tokens)
    return any(token.lower_ in ENGLISH_GOAL_NOUNS for token in tokens)


def _stated_goal(words: list[Token], finite: Token, lang: str) -> list[Token] | None:
    """What "Unser Ziel ist es, …", "Es ist unser Anliegen, dass …", "Our goal is to …", "It is our mission to
    …", "Unser Ziel ist die Zufriedenheit …" aim at, when a goal noun stands next to the copula. An empty list
    when the sentence names a goal but states none to quote: a negated one ("Our goal is not to …") or none
    at all ("Unsere Leidenschaft war schon immer ausgeprägt")."""
    position = words.index(finite)
    after = words[position + 1 :]
    # "Our approach is to …", "Ours is to …", "Unsere Aufgabe ist es, …": what is ours "is to" do is an aim
    aim = bool(after) and words[0].lower_ in OUR_WORDS and after[0].lower_ in {"to", "es"}
    if not aim and not _names_goal(words[max(0, position - 3) : position + 4], lang):
        return None
    start = _goal_start(after)
    if start is not None:
        negated = any(token.lower_ in GOAL_NEGATIONS for token in after[:start])
        return [] if negated else after[start:]
    if after and after[0].pos_ in NOUN_PHRASE_STARTS and _names_goal(words[:position], lang):
        # "Unser Ziel ist die Zufriedenheit …, denen wir …": the goal is the noun phrase, up to its clause
        return list(itertools.takewhile(lambda token: token.text != ",", after))
    return []


def _goal_start(after: list[Token]) -> int | None:
    """Where the goal begins after the copula: after "to", "dass"/"that" or the comma that follows the
    placeholder "es" ("ist es dabei, …"), or right after an "es" without its comma ("ist es einen Raum zu
    schaffen"). Only the first words are searched: a "dass" inside a later bracket is not the goal's."""
    head = after[:GOAL_MARKER_REACH]
    for index, token in enumerate(head):
        if token.lower_ in {"to", "dass", "that"}:
            return index + 1 if index + 1 < len(after) else None
        if token.text == "," and any(word.lower_ == "es" for word in head[:index]):
            start = index + 2 if index + 1 < len(after) and after[index + 1].lower_ in {"dass", "that"} else index + 1
            return start if start < len(after) else None
    return 1 if len(after) > 1 and after[0].lower_ == "es" else None


def _listed_activities(words: list[Token], finite: Token, lang: str) -> str | None:
    """ "plant, baut und wartet" / "(will) design, build and maintain": two or more verbs in a row, each after a
    comma or "und"/"and". An auxiliary right before its verb is no activity of its own: "We will leave an
    invoice" lists nothing, "Wir werden planen und bauen" lists „planen“, „bauen“."""
    start = words.index(finite)
    verbs = [finite]
    separated = False
    for token in words[start + 1 :]:
        if token.text == "," or token.lower_ in {"und", "and", "sowie", "or", "oder"}:
            separated = True
            continue
        if token.pos_ in {"VERB", "AUX"} and token.tag_ not in PARTICIPLE_TAGS:
            if separated:
                verbs.append(token)
            else:
                verbs[-1] = token  # "will leave": the verb after its auxiliary
            separated = False
            continue
        break
    if len(verbs) < 2:
        return None
    quoted = [f"„{verb.text}“" if lang == "de" else f"“{verb.text}”" for verb in verbs]
    return ", ".join(quoted)


def _first_clause(words: list[Token]) -> list[Token]:
    """The words of the main clause before a colon, semicolon or dash: what follows is another clause or what
    the first one introduces, and quoted together they would run into each other ("entwickeltMARKSALE®"). A
    clause of time, reason or condition that opens the sentence ("Weil wir … wollen, rösten wir …") is left
    out: its verb is not one of the main clause's."""
    if words and words[0].tag_ in {"KOUS", "CJS"}:
        comma = next((index for index, token in enumerate(words) if token.text == ","), None)
        words = words[comma + 1 :] if comma is not None else []
    end = next((index for index, token in enumerate(words) if index > 0 and token.text in CLAUSE_MARKS), len(words))
    return words[:end]


def _quote(tokens: list[Token]) -> str:
    """The sentence's own text from the first to the last quoted word, with the marks between them that the
    analysis skipped ("risk-free", "(not estimates)"), on one line."""
    shown = tokens[:MAX_QUOTED_WORDS]
    text = " ".join(shown[0].doc[shown[0].i : shown[-1].i + 1].text.split())
    return text.rstrip(",") + (" …" if len(tokens) > MAX_QUOTED_WORDS else "")


def _advice(lang: str, construction: str, content: str) -> str:
    return ADVICE[lang][construction].format(content=content)
