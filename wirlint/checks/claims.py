"""Claims by their form, not only by a word list: superlatives and rank claims (WL204), age boasts (WL205).

A list cannot name every superlative ("die kreativsten Köpfe", "the friendliest team"); the tagger's lemma
can: a German adjective whose form is its lemma plus -st-/-est- and an ending, an English AJS tag or "most" +
adjective. A superlative is self-praise when it ranks the company against others ("die älteste Bäckerei in
Starnberg", "one of the fastest-growing firms") or when it is praise in itself ("die modernste Technik", "the
friendliest team"); "die häufigsten Fehler" and "the latest news" describe, they do not praise. Age and
tradition ("in dritter Generation", "seit 25 Jahren", "since 1952") are a weaker, information-level signal,
and only where the company speaks about itself.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from wirlint.engine.context import LintContext
from wirlint.engine.packs import RuleSpec
from wirlint.engine.terms import hint_key
from wirlint.model import Finding
from wirlint.nlp.claims import CUSTOMER_LIKE_PEOPLE, is_company_claim
from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.sentences import sentence_words, span_text
from wirlint.nlp.tagging import FINITE_TAGS, ensure_tagged
from wirlint.nlp.voice import COMPANY, CUSTOMER, has_voice, is_quoted, voice_of

# "größten": ß takes the s, and only with an ending ("heißt", "fließt" are verbs)
GERMAN_SUPERLATIVE_FORM = re.compile(r"^[a-zäöüß-]{2,}?(?:e?st(?:e|en|er|es|em)?|ßt(?:e|en|er|es|em))$")
GERMAN_ENDINGS = ("em", "en", "er", "es", "e")
# Praise in itself, by lemma: a superlative of one of these needs no comparison set to be a claim.
EVALUATIVE = {
    "de": frozenset(
        {"gut", "schön", "modern", "kreativ", "günstig", "preiswert", "schnell", "innovativ", "hochwertig",
         "zuverlässig", "professionell", "kompetent", "freundlich", "erfahren", "leistungsfähig",
         "leistungsstark", "effizient", "fein", "frisch", "lecker", "köstlich", "exklusiv", "umfangreich",
         "umfassend", "breit", "sicher", "stark", "attraktiv", "flexibel", "persönlich", "herzlich",
         "nachhaltig", "fair", "transparent", "gründlich", "sorgfältig", "präzise", "kundenfreundlich",
         "beliebt", "bekannt", "renommiert", "erfolgreich", "vielseitig", "engagiert", "qualifiziert",
         "zufrieden", "hoch", "edel", "wertvoll", "schmackhaft", "kompetenteste", "angesehen", "geschmackvoll",
         "aromatisch", "lebendig", "effektiv", "großzügig", "ehrlich"}
    ),
    "en": frozenset(
        {"good", "fine", "great", "fast", "quick", "cheap", "low", "friendly", "reliable", "experienced",
         "trusted", "innovative", "advanced", "modern", "efficient", "comprehensive", "wide", "fresh", "tasty",
         "delicious", "beautiful", "professional", "competitive", "affordable", "knowledgeable", "skilled",
         "qualified", "dedicated", "successful", "popular", "respected", "reputable", "strong", "smart",
         "exclusive", "high", "creative", "thorough", "flexible", "competent", "renowned", "accurate",
         "happy", "large", "big", "comfortable", "luxurious", "prestigious", "elite", "sophisticated",
         "versatile", "passionate", "caring", "responsive", "talented", "valuable", "exceptional", "safe",
         "healthy", "secure", "durable", "generous", "transparent", "fair", "economical"}
    ),
}  # fmt: skip
# Superlatives that rank nothing: order, quantity, time, and "am besten" as advice ("Am besten rufen Sie an").
NOT_PRAISE = {
    "de": frozenset(
        {"erst", "letzt", "nächst", "meist", "wenigst", "mindest", "höchstens", "spätestens", "frühestens",
         "wenigstens", "zumindest", "jüngst", "längst", "zuletzt", "zunächst", "best", "selbst", "sonst", "fest",
         "ernst", "umsonst", "geringst"}
    ),
    "en": frozenset(
        {"late", "least", "last", "next", "first", "most", "little", "bad", "worst", "latest", "current", "recent"}
    ),
}  # fmt: skip
# Superlatives of difficulty, frequency or load describe a task or a place, never praise, even in a rank frame:
# "eine der schwierigsten Aufgaben", "one of the trickiest aspects", "one of the busiest bus stops in London".
DESCRIPTIVE = {
    "de": frozenset(
        {"schwierig", "schwer", "kompliziert", "häufig", "teuer", "gefährlich", "anstrengend", "aufwendig",
         "aufwändig", "belebt", "stressig", "riskant", "heikel", "knifflig", "hart", "verbreitet", "kritisch",
         "unterschiedlich", "verschieden", "langweilig"}
    ),
    "en": frozenset(
        {"difficult", "tricky", "hard", "complicated", "complex", "busy", "common", "frequent", "expensive",
         "costly", "dangerous", "risky", "challenging", "confusing", "stressful", "demanding", "critical",
         "misunderstood", "painful", "annoying", "tough", "boring"}
    ),
}  # fmt: skip
ENGLISH_POSITIVES = EVALUATIVE["en"] | DESCRIPTIVE["en"]  # the positives a bare "-est" form is traced back to
# Nouns after which a superlative is advice or description: "die beste Zeit", "im besten Fall", "the best way to
# …", "one of the greatest areas of misunderstanding", "with the best will in the world".
ADVICE_NOUNS = {
    "de": (
        "weg", "zeit", "tipp", "möglichkeit", "methode", "variante", "reisezeit", "fehler", "frage", "herausforderung",
        "problem", "risiko", "sorge", "lektion", "unterschied", "fall", "bereich", "teil", "aspekt", "ursache",
        "grüß", "gruß", "wünsch", "dank",  # "Mit besten Grüßen", "Besten Dank"
        "wissen", "gewissen",  # "nach bestem Wissen und Gewissen"
        "freund",  # "eine meiner besten Freundinnen"
    ),
    "en": (
        "way", "time", "tip", "practice", "option", "method", "season", "mistake", "question", "wishes", "regard",
        "lesson", "challenge", "problem", "risk", "concern", "difference", "area", "part", "aspect", "cause",
        "source", "will", "friend",
    ),
}  # fmt: skip
# What a company offers itself as when it is "Ihr bester Partner", "your most trusted provider": the reader's
# possessive does not make these the reader's own, as it does "Ihr schönster Tag", "your best self"
OFFERED_ROLES = {
    "de": (
        "partner", "anbieter", "dienstleister", "ansprechpartner", "spezialist", "experte", "expertin", "betrieb",
        "adresse", "verleih", "händler", "werkstatt", "lieferant", "berater", "wahl", "team",
    ),
    "en": (
        "partner", "provider", "supplier", "specialist", "expert", "company", "team", "shop", "store", "choice",
        "destination", "contractor", "agency", "firm", "dealer",
    ),
}  # fmt: skip
# Intensifiers that make praise an elative: "äußerst geschmackvoll", "exceptionally reliable" ("highly skilled"
# and its kind are in the word lists)
ELATIVE_ADVERBS = {
    "de": frozenset({"höchst", "äußerst", "überaus", "ausgesprochen", "außerordentlich", "außergewöhnlich"}),
    "en": frozenset({"extremely", "exceptionally", "incredibly", "remarkably", "extraordinarily", "supremely"}),
}
# An elative after these is what the company aims at, not what it claims to be: "dass er sich bestmöglich
# entfalten kann", "wir versuchen, … bestmöglich zu erhalten", "um eine bestmögliche Qualität zu erlangen", "Uns
# ist wichtig, … das bestmögliche Ergebnis erzielt"
EFFORT_WORDS = frozenset({"versuchen", "bemühen", "streben", "anstreben", "dass", "sorge", "ziel", "um", "wichtig"})
# A superlative a search is for is what the company looks for, not what it claims to be: "Wir suchen den
# günstigsten Versender für Sie aus", "we determine the most efficient cleaning routine"
SELECTION_VERBS = {
    "de": frozenset({"suchen", "aussuchen", "heraussuchen", "wählen", "auswählen", "ermitteln", "finden"}),
    "en": frozenset({"find", "choose", "select", "determine", "identify", "pick", "search", "seek"}),
}
RANK_FRAMES = {"de": (("eine", "der"), ("einer", "der"), ("eines", "der"), ("zu", "den")), "en": (("one", "of"),)}
COMPARISON_WORDS = {
    "de": frozenset({"in", "im", "der", "des", "von", "unter", "weltweit", "deutschlandweit", "aller", "am"}),
    "en": frozenset({"in", "of", "on", "around", "anywhere", "across", "ever", "throughout"}),
}
COMPARISON_SETS = {
    "de": frozenset(
        {"region", "stadt", "branche", "welt", "land", "landes", "umgebung", "landkreis", "kreis", "deutschland",
         "deutschlands", "europa", "europas", "markt", "bundesland", "umkreis", "gegend", "zeit", "geschichte"}
    ),
    "en": frozenset(
        {"region", "area", "city", "town", "country", "world", "industry", "market", "state", "county", "business",
         "uk", "us", "usa", "nation", "field", "sector", "profession", "trade", "all", "ever", "anywhere"}
    ),
}  # fmt: skip


GENITIVE_PLACES = {
    "de": frozenset(
        {"deutschlands", "europas", "österreichs", "bayerns", "ostdeutschlands", "westdeutschlands",
         "norddeutschlands", "süddeutschlands", "frankens", "sachsens", "hessens", "badens", "schwabens",
         "berlins", "hamburgs", "münchens", "wiens", "kölns", "zürichs"}
    ),
    "en": frozenset(),
}  # fmt: skip
FILLERS = frozenset({"the", "ganz", "ganzen", "gesamten", "der", "dem"})


def superlative_form(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL204: a superlative or a comparison with everyone else that ranks the company or praises it, found by
    its form, where the company or its reader is spoken of (not "Die häufigsten Fehler …")."""
    lexicon = context.lexicon
    for analysed, sentence in context.sentences():
        if not has_voice(sentence):
            continue
        if _may_have_superlative(sentence, lexicon.lang) and not span_text(sentence).rstrip().endswith("?"):
            ensure_tagged(sentence)
            for start, end in [*_superlatives(sentence, lexicon), *_elatives(sentence, lexicon.lang)]:
                if is_company_claim(sentence, start, lexicon, end):
                    yield context.span_finding(spec, analysed, sentence.doc[start:end])
        for start_char, end_char in _comparisons(sentence, lexicon.lang):
            span = sentence.doc.char_span(start_char, end_char, alignment_mode="expand")
            quoted = span is None or any(is_quoted(token) for token in span)
            if not quoted and is_company_claim(sentence, span.start, lexicon, span.end):
                yield context.finding(spec, analysed, start_char, end_char)


# A comparative against everyone else is a rank claim too: "schneller als die Konkurrenz", "better than any".
COMPETITORS = {
    "de": re.compile(
        r"\b(\w+er(?:e|en|er|es|em)?)\s+(?:\w+\s+){0,4}?als\s+(?:viele\s+|alle\s+|die\s+meisten\s+|jede[rsn]?\s+|die\s+)?"
        r"(?:anderen?|konkurrenz|mitbewerber\w*|wettbewerber\w*|branchenschnitt|andere\s+anbieter)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b((?:more|less)\s+\w+|\w+er)\s+(?:\w+\s+){0,4}?than\s+(?:any(?:one|body)?|every(?:one|body)|most|many|other|others|"
        r"the\s+competition|competitors|the\s+rest|the\s+average)\b",
        re.IGNORECASE,
    ),
}


# Nobody beats the company: "Nobody knows boilers better than we do", "Niemand berät Sie günstiger als wir".
NOBODY_BETTER = {
    "de": re.compile(
        r"\b(?:niemand|keiner|kein\s+\w+|keine\s+\w+)\s+(?:\w+\s+){0,5}?(\w+er(?:e|en|es)?)\s+(?:\w+\s+){0,3}?als\s+(?:wir|uns|unser\w*)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:nobody|no\s+one|no-one|no\s+other\s+\w+)\s+(?:\w+\s+){0,5}?((?:more|less)\s+\w+|\w+er)\s+(?:\w+\s+){0,3}?than\s+(?:we|us|our\s+\w+)\b",
        re.IGNORECASE,
    ),
}


def _comparisons(sentence: Span, lang: str) -> Iterator[tuple[int, int]]:
    """Character ranges of praising comparatives against competitors ("schneller als die Konkurrenz", "Nobody
    knows boilers better than we do")."""
    text = span_text(sentence)
    for expression in (COMPETITORS[lang], NOBODY_BETTER[lang]):
        for match in expression.finditer(text):
            if _comparative_base(match.group(1).lower(), lang) in EVALUATIVE[lang]:
                yield sentence.start_char + match.start(), sentence.start_char + match.end()


def _comparative_base(word: str, lang: str) -> str:
    """The positive of a comparative: schneller → schnell, günstigeren → günstig, faster → fast, more reliable →
    reliable, besser/better → gut/good."""
    if word.startswith(("more ", "less ")):
        return word.split()[1]
    if word.startswith(("besser", "better")):
        return "gut" if lang == "de" else "good"
    for ending in ("eren", "erem", "erer", "eres", "ere", "er"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            base = word[: -len(ending)]
            folded = base.replace("ä", "a").replace("ö", "o").replace("ü", "u")
            for candidate in (base, folded, base + "e"):
                if candidate in EVALUATIVE[lang]:
                    return candidate
            if lang == "en" and len(base) > 3 and base[-1] == base[-2]:
                return base[:-1]  # bigger → big
            return base
    return word


def _may_have_superlative(sentence: Span, lang: str) -> bool:
    """Decided without the tagger: a word with a superlative's shape (in English also after "the", "of" or "your", as
    ``_superlative_lemma`` requires: "rest", "test" and "interest" never make a sentence wait for the tagger)."""
    if lang == "de":
        return any(
            GERMAN_SUPERLATIVE_FORM.match(token.lower_)
            or token.lower_ in ELATIVE_ADVERBS["de"]
            or token.lower_ == "bestens"
            or token.lower_.startswith("bestmöglich")
            for token in sentence
        )
    words = [token.lower_ for token in sentence_words(sentence)]
    if not ELATIVE_ADVERBS["en"].isdisjoint(words):
        return True
    return any(
        (word.endswith(("est", "most")) or (position and words[position - 1] == "most"))
        and not {"the", "of", "your"}.isdisjoint(words[max(0, position - 3) : position])
        for position, word in enumerate(words)
    )


def _superlatives(sentence: Span, lexicon: Lexicon) -> Iterator[tuple[int, int]]:
    """(start, end) token ranges of claim superlatives: the adjective and its noun ("kreativsten Köpfe")."""
    words = sentence_words(sentence)
    for position, token in enumerate(words):
        if is_quoted(token):
            continue  # a customer's words: „die beste Bäckerei in ganz Regensburg“, schreibt eine Kundin
        lemma = _superlative_lemma(token, words, position, lexicon.lang)
        if lemma is None or lemma in NOT_PRAISE[lexicon.lang] or lemma in DESCRIPTIVE[lexicon.lang]:
            continue
        previous = words[position - 1] if position else None
        owner = _owner(words, position)
        noun = _following_noun(words, position)
        offered = False
        if owner is not None and voice_of(owner) == CUSTOMER:
            if noun is None or not _offered_role(noun, sentence, lexicon.lang):
                continue  # "Ihr schönster Tag", "your best self": the customer's, not the company's
            owner, offered = None, True  # "Ihr bester Partner": the company ranks itself first for the reader
        if noun is not None and _advice_noun(noun.lower_, lexicon.lang):
            continue
        customer = noun is not None and lexicon.is_customer_noun(noun.text) and noun.lower_ not in CUSTOMER_LIKE_PEOPLE
        # "der beste Partner für Ihr Projekt" is the company's role; "unsere besten Partner" are its partners
        customer = customer and not (noun.lower_.startswith("partner") and owner is None)
        if customer and not offered:
            continue  # "die besten Brautpaare", "the best clients": the customers are praised, not the company
        if lexicon.lang == "en" and _named_or_limited(words, position):
            continue
        if _selected(words, position, lexicon.lang):
            continue
        ranked = offered or _in_rank_frame(words, position, lexicon.lang)
        ranked = ranked or _has_comparison_set(words, position, lexicon.lang)
        adverbial = previous is not None and previous.lower_ in {"am", "aufs"}
        if adverbial or (owner is not None and not ranked):
            continue  # "am liebsten"; "unser höchstes Ziel", "our greatest achievement": ranked among its own
        if ranked or lemma in EVALUATIVE[lexicon.lang]:
            first = words[position - 1] if lexicon.lang == "en" and previous and previous.lower_ == "most" else token
            last = noun if noun is not None else token
            yield first.i, last.i + 1


def _offered_role(noun: Token, sentence: Span, lang: str) -> bool:
    """ "Wir sind Ihr bester Partner", "# Ihr bester Fahrradverleih in Koblenz", "Your best choice for roofing":
    a role the company offers itself in, where it speaks or in a slogan without a verb; not advice that names
    someone else ("Ihr bester Partner bei der Jobsuche ist oft Ihr eigenes Netzwerk", "a dwarf apple tree is
    your best choice")."""
    if not noun.lower_.rstrip("s").endswith(OFFERED_ROLES[lang]):
        return False
    return has_voice(sentence, COMPANY) or not any(token.pos_ in {"VERB", "AUX"} for token in sentence)


def _advice_noun(noun: str, lang: str) -> bool:
    """ "die beste Reisezeit", "the best ways to …": a German noun by its stem ("Grüßen", "Wünschen"), an English
    one as written or in the plural, so that "part" does not take "partner" along."""
    if lang == "de":
        return noun.startswith(ADVICE_NOUNS["de"])
    return noun in ADVICE_NOUNS["en"] or noun.removesuffix("s") in ADVICE_NOUNS["en"]


def _selected(words: list[Token], position: int, lang: str) -> bool:
    """The superlative is what a verb of choosing shortly before it looks for ("suchen für Sie den günstigsten",
    "determine the most efficient"); "only the best" is a claim about whom the company takes."""
    before = words[max(0, position - 5) : position]
    commas = [index for index, word in enumerate(before) if word.text == ","]
    before = before[commas[-1] + 1 :] if commas else before  # the superlative's own clause
    if any(word.lower_ in {"only", "nur"} for word in before):
        return False
    return any(word.lemma_.lower() in SELECTION_VERBS[lang] for word in before)


def _elatives(sentence: Span, lang: str) -> Iterator[tuple[int, int]]:
    """(start, end) of an elative: an intensifier before praise ("äußerst geschmackvoll", "höchst flexibel",
    "exceptionally reliable"). Before a word that is no praise it only intensifies ("äußerst schmerzhaft")."""
    words = [token for token in sentence_words(sentence) if not is_quoted(token)]
    for token, following in itertools.pairwise(words):
        praise = following.pos_ == "ADJ" and following.lemma_.lower() in EVALUATIVE[lang]
        if token.lower_ in ELATIVE_ADVERBS[lang] and praise:
            yield token.i, following.i + 1


def _english_base(lemma: str) -> str:
    """The positive of a superlative the tagger left as it is: "finest" → fine, "greatest" → great,
    "trickiest" → tricky."""
    if not lemma.endswith("est"):
        return lemma
    for base in (lemma[:-2], lemma[:-3], lemma[:-4], lemma[:-4] + "y"):  # fin(e)st, great|est, big|gest, trick|iest
        if base in ENGLISH_POSITIVES:
            return base
    return lemma


def _named_or_limited(words: list[Token], position: int) -> bool:
    """ "the Best American Wine", "the Best of Central" (an award's name, in capitals mid-sentence) and "the
    best wine we can" (an effort, not a ranking) are no claims."""
    token = words[position]
    following = words[position + 1] if position + 1 < len(words) else None
    if following is not None and following.lower_ == "of" and position + 2 < len(words):
        following = words[position + 2]  # "the Best of Central": an award's name with its "of"
    if position and token.is_title and following is not None and following.is_title:
        return any(word.is_lower for word in words)
    after = [word.lower_ for word in words[position + 1 : position + 6]]
    before = [word.lower_ for word in words[max(0, position - 3) : position]]
    if before[-2:] == ["out", "the"] or (before and _ordinal(words[position - 1])):
        return True  # "bring out the best in", "the 13th largest" (a listed rank)
    if token.lower_ == "best" and _idiom_of_best(before, after):
        return True  # "to the best of our ability", "learned from the best", "with the best will in the world"
    return any(a in {"we", "you", "i"} and b in {"can", "could"} for a, b in itertools.pairwise(after))


# what follows "all the best" when it is a wish: "all the best for the future", "… with your new home"
WISH_CONTINUATIONS = frozenset({"for", "with", "in", "on", "to", "and", "from", "as"})


def _idiom_of_best(before: list[str], after: list[str]) -> bool:
    """ "to the best of our ability/knowledge", "(learned) from the best" at the end of a clause, "the best will
    in the world", "(I wish you) all the best": set phrases with "best" that rank nobody."""
    if before[-2:] == ["to", "the"] and after[:1] == ["of"]:
        return True
    if before[-2:] == ["all", "the"] or before[-3:] == ["all", "of", "the"]:
        # "I wish you all the best (with your move)": a wish; "all the best brands" still ranks them
        return not after or not after[0].isalpha() or after[0] in WISH_CONTINUATIONS
    if before[-2:] == ["from", "the"] and (not after or not after[0].isalpha()):
        return True
    return after[:1] == ["will"] and before[-1:] == ["the"]


def _ordinal(token: Token) -> bool:
    return bool(re.fullmatch(r"\d+(?:st|nd|rd|th)|\d+\.", token.lower_))


def _owner(words: list[Token], position: int) -> Token | None:
    """The possessive the superlative's phrase opens with ("unser höchstes Ziel", "your best self", "our law
    firm's greatest achievement"), if any."""
    english = words[position].doc.lang_ == "en"
    for token in reversed(words[max(0, position - 4) : position]):
        if voice_of(token) is not None and token.lower_ not in {"wir", "we", "uns", "us", "sie", "you", "du"}:
            return token
        # a noun between belongs to another phrase ("unseren Kunden nur beste Ware"), except before an English
        # genitive ("our law firm's greatest")
        noun = token.pos_ == "NOUN" and english
        if token.pos_ not in {"ADV", "ADJ", "PART"} and not noun and token.lower_ not in {"'s", "’s"}:
            return None
    return None


def _superlative_lemma(token: Token, words: list[Token], position: int, lang: str) -> str | None:
    """The lemma of a superlative adjective (``kreativsten`` → kreativ, ``most reliable`` → reliable), or None."""
    lowered = token.lower_
    if lang == "en":
        before = [word.lower_ for word in words[max(0, position - 3) : position]]
        if "the" not in before and "of" not in before and "your" not in before:
            return None  # "what materials are best for you", "works best": advice, not a ranking
        if lowered == "best":
            return "good"
        if token.tag_ == "AJS" or (lowered.endswith("est") and len(lowered) > 5 and token.pos_ in {"ADJ", "ADV"}):
            return _english_base(token.lemma_.lower())  # "the very finest" is tagged as an adverb, too
        return token.lemma_.lower() if before[-1:] == ["most"] and token.pos_ == "ADJ" else None
    if lowered.startswith("aller") and len(lowered) > 8:
        lowered = lowered[5:]  # "allerhöchste", "allerbeste": the same superlative, stressed
    if lowered == "bestens" or lowered.startswith("bestmöglich"):
        aimed = any(word.lemma_.lower() in EFFORT_WORDS for word in words[:position])
        return None if aimed else "gut"  # "wir versuchen, jeden Zahn bestmöglich zu erhalten": an aim, no claim
    if token.tag_ not in {"ADJA", "ADJD"} or not GERMAN_SUPERLATIVE_FORM.match(lowered):
        return None
    if lowered.startswith("best"):
        return "gut"
    if lowered.startswith("höchst"):
        return "hoch"
    stem = next(
        (
            lowered[: -len(e)]
            for e in GERMAN_ENDINGS
            if lowered.endswith(e) and lowered[: -len(e)].endswith(("st", "ßt"))
        ),
        lowered,
    )
    lemma = token.lemma_.lower()
    folded_stem, folded_lemma = hint_key(stem), hint_key(lemma)
    if folded_stem in {folded_lemma + "st", folded_lemma + "est"} or (
        lemma.endswith(("s", "ß", "z", "x")) and folded_stem == folded_lemma + "t"
    ):
        return lemma
    return None


def _following_noun(words: list[Token], position: int) -> Token | None:
    for token in words[position + 1 : position + 4]:
        if token.pos_ in {"NOUN", "PROPN"}:
            return token
        if token.pos_ not in {"ADJ", "PUNCT"} and token.text != "-":
            return None
    return None


def _in_rank_frame(words: list[Token], position: int, lang: str) -> bool:
    """ "eine der ältesten", "zu den besten", "one of the fastest-growing"."""
    before = tuple(token.lower_ for token in words[max(0, position - 3) : position])
    return any(tuple(frame) == before[-len(frame) - 1 : -1] for frame in RANK_FRAMES[lang] if len(before) > len(frame))


def _has_comparison_set(words: list[Token], position: int, lang: str) -> bool:
    """ "… in Starnberg", "… der Region", "… in the UK", "… of all": what the company is ranked against."""
    following = words[position + 1 : position + 7]
    for index, token in enumerate(following[:-1]):
        if token.lower_ in COMPARISON_WORDS[lang]:
            rest = [t for t in following[index + 1 : index + 4] if t.lower_ not in FILLERS]
            # A place without article: "in Starnberg", "in Leeds" (German nouns are capitalised, so only after "in").
            place = rest and rest[0].is_title and (lang == "en" or token.lower_ == "in")
            if rest and (place or rest[0].pos_ == "PROPN" or rest[0].lower_ in COMPARISON_SETS[lang]):
                return True
        if token.text in {".", ",", ";"}:
            break
    # a country or region in the genitive right after the noun: "der grünste Shop Österreichs"
    return any(token.lower_ in {"ever", "anywhere"} or token.lower_ in GENITIVE_PLACES[lang] for token in following)


# -- age and tradition ------------------------------------------------------------------------------------
NUMBER_WORDS = {
    "de": r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert)",
    "en": r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a\s+hundred)",
}
TENS = {
    "de": r"(?:[1-9]\d+|zehn|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|hundert|vielen)",
    "en": r"(?:[1-9]\d+|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|a\s+hundred|many)",
}
YEAR = r"(?:1[6-9]\d\d|20[0-2]\d)"
MONTHS = {
    "de": r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)",
    "en": r"(?:January|February|March|April|May|June|July|August|September|October|November|December|early|late|mid)",
}
ORDINALS = {
    "de": r"(?:zweiter|dritter|vierter|fünfter|sechster|siebter|achter|neunter|zehnter|\d+\.)",
    "en": r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))",
}
DATIVE_ORDINALS = r"(?:zweiten|dritten|vierten|fünften|sechsten|siebten|achten|neunten|zehnten|\d+\.|\d+ten)"
AGE_BOAST = {
    "de": re.compile(
        rf"\b(?:in\s+{ORDINALS['de']}\s+(?:und\s+{ORDINALS['de']}\s+)?Generation"
        rf"|in\s+der\s+{DATIVE_ORDINALS}\s+\w*generation"
        rf"|{NUMBER_WORDS['de']}\s+Jahren?\s+(?:Erfahrung|Berufserfahrung|Praxis|Praxiserfahrung|Expertise|Know-how"
        r"|Selbstständigkeit|Selbständigkeit|Firmengeschichte|Tradition)"
        r"|\d+\s+Jahre\s+(?:währende|lange|alte)\s+\w*geschichte"
        rf"|gegründet\s+wurden?\s+(?:[\w&.-]+\s+){{1,5}}?(?:im\s+Jahre?\s+|anno\s+)?{YEAR}"
        rf"|seit\s+(?:über\s+|mehr\s+als\s+|rund\s+|fast\s+|nahezu\s+|gut\s+)?(?:{NUMBER_WORDS['de']}|vielen)\s+(?:Jahren|Jahrzehnten)"
        r"|seit\s+(?:über\s+|mehreren\s+|vielen\s+)?(?:einem\s+)?(?:Jahrhundert|Generationen)|seit\s+(?:vielen\s+)?Jahrzehnten"
        r"|seit\s+(?:bald\s+|fast\s+|über\s+|mehr\s+als\s+)?einem\s+(?:Viertel|halben\s+)?[Jj]ahrhundert"
        r"|seit\s+langer\s+Zeit|über\s+(?:viele\s+)?Jahrzehnte|über\s+Generationen\s+gewachsen\w*"
        r"|langjährig\w*\s+(?:\w*erfahrung\w*|\w*praxis\w*|Tradition|Geschichte|Kompetenz|Expertise)"
        r"|(?:schon|bereits)\s+(?:über\s+|mehr\s+als\s+)?[1-9]\d+\s+Jahre\b"  # ten years or more: no waiting time
        r"|[1-9]\d+\s+Jahre\s+alt\b|[1-9]\d+-[Jj]ähriges\b"
        rf"|seit\s+(?:der\s+)?(?:Firmen|Betriebs)?[Gg]ründung\s+(?:im\s+Jahr(?:e)?\s+)?{YEAR}"
        r"|seit\s+(?:vielen\s+|hunderten\s+von\s+|über\s+)?Jahren"
        r"|(?:\d+|\w+(?:zig|ßig|ssig))-?jährige[nrm]?\s+(?:Erfahrung|Tradition|Firmengeschichte|Bestehen|Geschichte"
        r"|Tätigkeit|Praxis|Berufserfahrung)"
        r"|in\s+(?:den|diesen)\s+(?:ganzen\s+|letzten\s+|vergangenen\s+)?\d+\s+Jahren"
        rf"|(?:über|mehr\s+als)\s+\d+\s+Jahre\b|(?:drei|vier|fünf|sechs|sieben|\d+)\s+Generationen"
        r"|(?:\d+[- ]?|\w+(?:zig|ßig|ssig)|\w*hundert)jährige[snm]?\s+(?:Unternehmen|Jubiläum|Firmenjubiläum|Bestehen"
        r"|Firmenbestehen|Betriebsjubiläum|Geschichte|Firmengeschichte|Betrieb)"
        r"|seit\s+(?:Anfang|Mitte|Ende)\s+der\s+\d0er(?:-|\s+)?Jahre"
        r"|(?:(?:seit|aus)\s+(?:über\s+|mehr\s+als\s+|fast\s+)?einem|(?:mehr\s+als|über|fast|nahezu|rund|gut)\s+ein)"
        r"\s+halbe[ns]?\s+Jahrhundert|ein\s+halbes\s+Jahrhundert\s+(?:Erfahrung|Tradition|Handwerk)"
        r"|\d+\.\s+(?:Firmenjubiläum|Betriebsjubiläum)|unser(?:en|em)?\s+\d+\.\s+(?:Geburtstag|Jubiläum)"
        r"|(?:zwei|drei|vier|fünf|\d+)\s+Jahrzehnte"
        rf"|seit\s+(?:dem\s+Jahr\s+)?(?:{MONTHS['de']}\s+)?{YEAR}"
        rf"|nach\s+(?:über\s+|mehr\s+als\s+|rund\s+|fast\s+)?{TENS['de']}\s+Jahren"
        r"|auf\s+(?:über\s+|mehr\s+als\s+|rund\s+|fast\s+)?\d+\s+Jahre\b(?=.*\bzurück)"
        r"|(?:\d+\.|zehnte\w*|zwanzigste\w*|dreißigste\w*)\s+Saison"
        r"|lange\w*\s+(?:Tradition|Erfahrung|Geschichte)|jahrhundertealte\w*|jahrzehntealte\w*"
        r"|(?:bereits|schon)\s+im\s+1[5-9]\.\s+Jahrhundert"
        rf"|(?:gegründet|Gründung)\s+(?:im\s+Jahr(?:e)?\s+)?{YEAR})\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"\b(?:{ORDINALS['en']}[- ]generation"
        rf"|since\s+(?:{MONTHS['en']}\s+)?{YEAR}"
        r"|for\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+|well\s+over\s+)?(?:\d+|two|three|four|five|six"
        r"|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred)\s+(?:years|decades)"
        r"|(?:\d+|twenty|thirty|forty|fifty)\+?\s+years\s+in\s+business"
        rf"|in\s+business\s+for\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?{NUMBER_WORDS['en']}\s+(?:years|decades)"
        r"|(?:over|more\s+than|nearly|almost)\s+\d+\s+years(?:'|’)?(?:\s+worth)?\s+of\s+(?:\w+\s+)?(?:experience|expertise)"
        r"|\d+\+?\s+years\s+of\s+(?:combined\s+|our\s+company(?:'|’)s\s+)?(?:\w+\s+)?(?:experience|expertise|existence|history"
        r"|service|excellence|tradition|craftsmanship)"
        rf"|spen(?:t|ding)\s+(?:nearly\s+|almost\s+|over\s+|more\s+than\s+)?(?:many\s+years|several\s+years|decades"
        rf"|half\s+a\s+century|{NUMBER_WORDS['en']}\s+(?:years|decades))"
        r"|\d+\+?\s+years\s+under\s+(?:our|their|his|her)"
        r"|(?:for|over)\s+(?:over\s+|more\s+than\s+)?(?:half\s+a\s+century|a\s+century|decades|generations)"
        rf"|since\s+our\s+(?:beginnings?|founding|foundation|start)\s+in\s+{YEAR}"
        r"|(?:for|over|these)\s+(?:the\s+)?(?:last|past)\s+\d+\s+years"
        rf"|in\s+the\s+(?:over\s+|more\s+than\s+)?{NUMBER_WORDS['en']}\s+years\s+(?:that\s+)?we"
        r"|turn(?:s|ed)\s+\d+\s+years?\s+old"
        r"|founded\s+in\s+the\s+(?:early\s+|late\s+|mid-?)?(?:1[6-9]\d0|20[0-2]0)s"
        r"|\d+(?:st|nd|rd|th)\s+anniversary|\d+[- ]year\s+anniversary"
        rf"|{ORDINALS['en']}\s+year\s+(?:of|in)\s+business"
        r"|(?:two|three|four|five|\d+)\s+decades\s+of"
        rf"|after\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a\s+decade|{TENS['en']}\s+years|(?:two|three|four|five)\s+decades)\s+(?:of|in)"
        rf"|in\s+(?:over|more\s+than|almost|nearly)\s+{NUMBER_WORDS['en']}\s+years"
        rf"|(?:established|founded|family[- ]owned|family[- ]run)\s+(?:in\s+|since\s+)?{YEAR}"
        rf"|(?:over|more\s+than|nearly|almost|with|our|celebrat\w+)\s+{NUMBER_WORDS['en']}\s+years\s+of\s+(?:service|excellence|experience)"
        r"|(?:we|we've|we\s+have|we're|we\s+are)\s+(?:been\s+)?in\s+business\s+for\s+(?:many|several)\s+(?:years|decades)"
        rf"|(?:our\s+)?(?:founding|opening)\s+(?:over\s+|more\s+than\s+)?{NUMBER_WORDS['en']}\s+years\s+ago"
        rf"|our\s+(?:\d+(?:st|nd|rd|th)|{ORDINALS['en']})\s+year\s+(?:in|at|as|serving|of\s+(?:serving|service|business))"
        rf"|our\s+(?:\d+(?:st|nd|rd|th)|{ORDINALS['en']})\s+year(?=\s*[.!]))\b",
        re.IGNORECASE,
    ),
}
# A job ad asks for years, it does not boast of them: "Sie bringen 5 Jahre Erfahrung mit", "you bring".
JOB_AD = re.compile(
    r"\b(?:candidates?|applicants?|required|requirements?|you\s+(?:bring|have|need)|Bewerber\w*|Bewerbung\w*"
    r"|Sie\s+(?:bringen|haben)|mitbringen|vorausgesetzt|Anforderung\w*|Ihr\s+Profil)\b",
    re.IGNORECASE,
)


def age_boast(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    """WL205: age and tradition where the company speaks about itself ("in dritter Generation", "since 1952")."""
    pattern = AGE_BOAST[context.lang]
    for analysed, sentence in context.sentences():
        text = span_text(sentence)
        match = pattern.search(text)
        if match is None or JOB_AD.search(text):
            continue  # a job ad asks for years, it does not boast of them
        if not (_about_the_company(sentence, context.lexicon) or _is_fragment(sentence)):
            continue
        start = sentence.start_char + match.start()
        if any(is_quoted(token) for token in sentence if start <= token.idx < sentence.start_char + match.end()):
            continue  # "„Seit 2015 kommen wir jeden Sommer“, schreibt Familie Grant": the customer's years
        yield context.finding(spec, analysed, start, sentence.start_char + match.end())


def _is_fragment(sentence: Span) -> bool:
    """A slogan line without a verb that names nobody ("Über 35 Jahre Erfahrung!", "# 400 years of combined
    experience", "Metal forming since 1945"): on a company's page, that is the company speaking."""
    if has_voice(sentence, quoted=True):
        return False
    ensure_tagged(sentence)
    return not any(token.tag_ in FINITE_TAGS or token.pos_ == "PRON" for token in sentence)


def _about_the_company(sentence: Span, lexicon: Lexicon) -> bool:
    """The company speaks (its voice in the sentence, or a sentence about a founding or a generation), and no
    single person does ("Seit 25 Jahren leide ich …")."""
    company = SELF_DESCRIBING.search(span_text(sentence)) is not None or has_voice(sentence, COMPANY)
    return company and is_company_claim(sentence, sentence.start, lexicon)


SELF_DESCRIBING = re.compile(
    r"gegründet|gründung|established|founded|family[- ]owned|family[- ]run|generation", re.IGNORECASE
)
