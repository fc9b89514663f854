"""Whether a claim found in a sentence is the company praising itself.

A word list finds "Marktführer", "unique" or "die beste Lösung"; whether that is self-praise depends on the
words around it. Three readings are not: the claim under negation ("Wir sind nicht die Marktführer", "isn't
really unique"), a goal shared with the customer ("Gemeinsam mit Ihnen finden wir die beste Lösung"), and a
single person speaking about the company ("Ich kann die Werkstatt nur empfehlen", "I had the best
experience") — a customer, whose praise is exactly the proof a page needs.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from wirlint.nlp.lexicon import Lexicon
from wirlint.nlp.sentences import sentence_words
from wirlint.nlp.tagging import FINITE_TAGS, ensure_tagged
from wirlint.nlp.voice import COMPANY, CUSTOMER, has_voice, voice_of

CLAIM_CATEGORIES = frozenset({"self-praise", "empty-claim"})
NEGATIONS = {
    "de": frozenset(
        {"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "keinerlei", "nie", "niemals", "weder",
         "nirgends"}
    ),
    "en": frozenset({"not", "n't", "n’t", "no", "never", "neither", "nor", "hardly", "nothing", "none"}),
}  # fmt: skip
# "nicht nur die beste …", "not only the best …": an addition, not a negation.
# "wie kein anderer", "like no other": a comparison with everyone else, the strongest claim of all.
NOT_NEGATING = {
    "de": frozenset(
        {"nur", "bloß", "zuletzt", "umsonst", "weniger", "mehr", "anderer", "andere", "anderes", "zweiter", "zweite"}
    ),
    # "nothing more than", "no less", "like no other"
    "en": frozenset({"only", "just", "least", "more", "less", "but", "short", "other"}),
}
UNBEATEN = frozenset({"beat", "beaten", "topped", "bettered"})  # "can't be beat" ranks above all, it denies nothing
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "(", "aber", "sondern", "doch", "but", "yet", "though"})
NEGATION_REACH = 5  # words before the claim in which a negation still governs it
JOINT_WORDS = {
    "de": frozenset({"gemeinsam", "zusammen", "miteinander"}),
    "en": frozenset({"together", "jointly"}),
}
# a subject these open is a kind of thing, not the company: "Ein Grabstein ist mehr als …", "Viele Momente sind
# einzigartig", "Many people …"; a bare noun too ("Kaffee zählt zu den beliebtesten Getränken"). "Each
# employee", "Alle Mitarbeiter" count the company's own people, so they are not here.
GENERIC_DETERMINERS = {
    "de": frozenset({"ein", "eine", "einer", "eines", "viele", "manche", "einige", "zahlreiche"}),
    "en": frozenset({"a", "an", "many", "most", "some"}),
}
GENERIC_SUBJECT_POS = frozenset({"DET", "ADJ", "NOUN", "NUM", "ADV", "ADP", "PUNCT", "CCONJ"})
# words that talk about a phrase rather than use it: "how you define “world class”", "Not one of them mentions
# “exceed customers’ expectations”", "Was bedeutet „kundenorientiert“?"
MENTION_WORDS = {
    "de": frozenset({"bedeutet", "bedeuten", "heißt", "begriff", "begriffe", "floskel", "floskeln", "schlagwort",
                     "schlagworte", "definieren", "definiert", "definition", "erwähnt", "erwähnen", "sogenannte",
                     "sogenannten", "wort", "wörter", "phrase", "phrasen"}),
    "en": frozenset({"define", "defines", "defined", "definition", "mean", "means", "meant", "mention", "mentions",
                     "mentioned", "term", "terms", "phrase", "phrases", "buzzword", "buzzwords", "cliché", "cliche",
                     "jargon", "word", "words", "so-called"}),
}  # fmt: skip
MAX_MENTION_WORDS = 5
# double marks only: a single one may be an apostrophe ("customers’ expectations")
OPENING_QUOTES = frozenset({"“", "„", '"', "«", "»"})
CLOSING_QUOTES = frozenset({"”", "“", '"', "»", "«"})
# "He claims that we make the best cupcakes", "Sie sagt, wir seien die Besten": a third person's verdict,
# reported; the praise is theirs, as in a testimonial
THIRD_PERSONS = {
    "de": frozenset({"er", "sie"}),
    "en": frozenset({"he", "she", "they"}),
}
SPEECH_VERBS = {
    "de": frozenset({"sagt", "sagte", "sagen", "meint", "meinte", "meinen", "findet", "fand", "finden", "schreibt",
                     "schrieb", "behauptet", "behauptete", "schwört", "erzählt", "erzählte"}),
    "en": frozenset({"says", "said", "say", "claims", "claimed", "claim", "thinks", "thought", "think", "believes",
                     "believed", "writes", "wrote", "swears", "swore", "tells", "told", "insists", "insisted"}),
}  # fmt: skip
REPORTED_OPENERS = {
    "de": frozenset({",", ":", "dass", "wir", "unser", "unsere", "die", "das", "der"}),
    "en": frozenset({",", ":", "that", "we", "our", "the", "this"}),
}
# a possessive of someone else before the claim in its phrase: "auf seine einzigartige Weise" (the child's),
# "their best work"
THIRD_PARTY_POSSESSIVES = {
    "de": frozenset({"sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem",
                     "ihrer", "ihres"}),
    "en": frozenset({"his", "her", "their", "its"}),
}  # fmt: skip
# verbs of claiming: negated ("behaupten nicht", "never say", "don't claim"), they deny the claim that follows
CLAIMING_VERBS = {
    "de": frozenset({"behaupten", "behaupte", "behauptet", "sagen", "sage", "sagt", "vorgeben", "versprechen",
                     "verspreche", "verspricht"}),
    "en": frozenset({"claim", "claims", "say", "says", "pretend", "pretends", "promise", "promises"}),
}  # fmt: skip
CLAIM_SPEAKERS = frozenset({"we", "wir", "i", "ich"})
# a supplier or partner, the subject of a sentence on the company's page: "Unser Lieferant Bosch ist …"
PARTNER_NOUNS = {
    "de": frozenset({"lieferant", "lieferanten", "zulieferer", "partner", "partnerin", "partnerfirma", "hersteller",
                     "herstellerin", "vertriebspartner", "kooperationspartner", "händler", "großhändler"}),
    "en": frozenset({"supplier", "suppliers", "partner", "partners", "manufacturer", "manufacturers", "distributor",
                     "distributors", "vendor", "vendors", "wholesaler"}),
}  # fmt: skip
SUPERLATIVE_ENDINGS = ("est", "ste", "sten", "ster", "stes", "stem")
# customer nouns that name anyone, staff too ("the best people"), and the words that may follow a head noun
CUSTOMER_LIKE_PEOPLE = frozenset({"people", "persons", "person", "menschen", "mensch", "leute"})
AFTER_A_HEAD_NOUN = frozenset(
    {"in", "of", "anyone", "that", "who", "we", "ever", "you", "der", "die", "das", "im", "aus", "wie", "man",
     "welche"}
)  # fmt: skip
EXPERIENCE_SPEAKERS = frozenset({"we", "i", "wir", "ich", "we've", "i've", "we’ve", "i’ve"})
EVER_WORDS = frozenset({"ever", "je", "jemals"})
COMPANY_PRONOUNS = frozenset({"wir", "uns", "we", "us"})
UNIQUENESS_STEMS = ("einzigartig", "einmalig", "unique")
DISTRIBUTIVES = frozenset({"jede", "jeder", "jedes", "jeden", "jedem", "every", "each"})
# "das schönste Geschenk für uns", "the greatest joy for us": what pleases the company, not praise of it
FOR_US = {"de": ("für", "uns"), "en": ("for", "us")}
# who else a single speaker may be praising, and the words of a verdict on a service received
OTHER_PARTIES = {
    "de": frozenset({"sie", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer", "er", "ihm", "team", "firma",
                     "werkstatt", "betrieb", "mitarbeiter", "dort", "euch", "euer", "eure", "du", "dir", "dich",
                     "mann", "frau", "familie", "kinder", "sohn", "tochter"}),
    "en": frozenset({"they", "them", "their", "he", "him", "his", "she", "her", "team", "staff", "company", "firm",
                     "crew", "guys", "everyone", "there", "husband", "wife", "family", "kids", "children", "son",
                     "daughter"}),
}  # fmt: skip
# a verdict on a service received, or a visit ("I come here every week", "ich komme jede Woche")
VERDICT_STEMS = {
    "de": ("empfehl", "empfohl", "zufrieden", "dank", "begeistert", "beeindruckt", "komm", "besuch"),
    "en": ("recommend", "satisf", "thank", "impressed", "pleased", "happy", "come", "visit"),
}
FIRST_PERSON_SINGULAR = {
    "de": frozenset({"ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "meines"}),
    "en": frozenset({"i", "me", "my", "mine", "i'm", "i've", "i'd"}),
}


def is_company_claim(sentence: Span, start: int, lexicon: Lexicon, end: int | None = None) -> bool:
    """True when the claim at tokens ``[start, end)`` of the sentence's document praises the company."""
    lang = lexicon.lang
    negated = _negated(sentence, start, end or start + 1, lang) or _claim_denied(sentence, start, lang)
    if negated or _joint_goal(sentence, lang) or _single_speaker(sentence, lang):
        return False
    if _asked(sentence) or _best_for_the_reader(sentence, start, lang):
        return False
    if _praises_a_partner(sentence, start, lang):
        return False
    if _mentioned(sentence, start, end or start + 1, lang) or _reported_by_another(sentence, start, lang):
        return False
    if _sourced(sentence, start, lang):
        return False
    if _owned_by_another(sentence, start, lang) or _pleases_the_company(sentence, end or start + 1, lang):
        return False
    if _praises_customers(sentence, start, end or start + 1, lexicon) or _credits_a_person(sentence):
        return False
    if lang == "de" and _in_purpose_clause(sentence, start, end or start + 1, lexicon):
        return False
    if lang == "en" and _limited_to_effort(sentence, start, end or start + 1):
        return False
    if _unique_like_each(sentence, start, end or start + 1) or _within_own_experience(sentence, end or start + 1):
        return False
    if lang == "en" and _generic_plural_subject(sentence, start, end or start + 1):
        return False
    return not _praises_a_named_other(sentence, start) and not _generic_subject(sentence, start, lang)


def _mentioned(sentence: Span, start: int, end: int, lang: str) -> bool:
    """A claim set in quotation marks of its own (a few words) in a sentence that talks about words: the phrase
    is mentioned, not used ("how you define “world class”"). A quoted motto without such a word still counts."""
    words = sentence_words(sentence)
    before = [token for token in words if token.i < start]
    after = [token for token in words if token.i >= end]
    opening = next((index for index in range(len(before) - 1, -1, -1) if before[index].text in OPENING_QUOTES), None)
    closing = next((index for index, token in enumerate(after) if token.text in CLOSING_QUOTES), None)
    if opening is None or closing is None:
        return False
    inside = before[opening + 1 :] + [t for t in words if start <= t.i < end] + after[:closing]
    if len(inside) > MAX_MENTION_WORDS or any(token.text in OPENING_QUOTES | CLOSING_QUOTES for token in inside):
        return False
    return any(token.lower_ in MENTION_WORDS[lang] for token in words)


def _reported_by_another(sentence: Span, start: int, lang: str) -> bool:
    """ "He claims that we make the best cupcakes": a third person and a verb of saying open the sentence, and
    the claim follows in what they say."""
    words = [token for token in sentence_words(sentence) if token.i < start][:5]
    speaker = next((index for index, token in enumerate(words) if token.lower_ in THIRD_PERSONS[lang]), None)
    if speaker is None or speaker > 1:  # "He claims", "But he says"; not a pronoun deep in the sentence
        return False
    for verb, following in itertools.pairwise(words[speaker + 1 : speaker + 4]):
        if verb.lower_ in SPEECH_VERBS[lang]:
            # what is said follows: "sagt, wir …", "claims that we …", "says we …" (not "Sie findet … statt")
            return following.lower_ in REPORTED_OPENERS[lang]
    return False


def _sourced(sentence: Span, start: int, lang: str) -> bool:
    """ "Laut Stiftung Warentest hat … das beste Preis-Leistungs-Verhältnis", "According to Which?, …": a verdict
    with a named source before it is proof, not the company's own praise (not "laut unseren Kunden")."""
    words = [token for token in sentence_words(sentence) if token.i < start]
    for index, token in enumerate(words[:-1]):
        following = words[index + 1]
        if lang == "en" and token.lower_ == "according" and following.lower_ == "to" and index + 2 < len(words):
            following = words[index + 2]
        elif not (lang == "de" and token.lower_ in {"laut", "gemäß"}):
            continue
        if following.is_title and voice_of(following) is None:
            return True
    return False


def _owned_by_another(sentence: Span, start: int, lang: str) -> bool:
    """A third person's possessive opens the claim's phrase ("sich auf seine einzigartige Weise entwickeln"):
    someone else's, not the company's. Only lower case: "Ihre" may be the reader's (see nlp.voice). Where the
    company is spoken of in the third person ("Unsere Bäckerei backt auf ihre einzigartige Weise"), the
    possessive may be its own, and nothing is excused."""
    doc = sentence.doc
    for index in range(start - 1, max(sentence.start, start - 3) - 1, -1):
        token = doc[index]
        if token.text in THIRD_PARTY_POSSESSIVES[lang] and token.i != sentence.start:
            return not _company_in_third_person(sentence)
        if token.pos_ not in {"ADV", "ADJ", "DET", "PART"} and not token.is_space:
            return False
    return False


def _in_purpose_clause(sentence: Span, start: int, end: int, lexicon: Lexicon) -> bool:
    """ "…, um eine bestmögliche Qualität zu erlangen": what the company does something for is an aim. Not
    when it is for the customer: "Um unseren Kunden die allerhöchste Qualität zu bieten" offers it."""
    before = [token for token in sentence.doc[sentence.start : start] if not token.is_space]
    opener = next((token for token in reversed(before) if token.text == "," or token.lower_ == "um"), None)
    if opener is None or opener.lower_ != "um":
        return False
    if any(
        voice_of(token) == CUSTOMER or lexicon.is_customer_noun(token.text) for token in sentence.doc[opener.i : start]
    ):
        return False
    ensure_tagged(sentence)
    for token in sentence.doc[end : sentence.end]:
        if token.text in {",", ";", ":"}:
            return False
        if token.lower_ == "zu" or token.tag_ == "VVIZU":
            return True
    return False


def _limited_to_effort(sentence: Span, start: int, end: int) -> bool:
    """ "the best product that we possibly can", "the finest bottles we can get our hands on", "to the highest
    standard that they can achieve": a superlative bounded by what someone is able to do is an effort, not a
    ranking. "The best care possible" is not bounded by anyone: like "the best possible care" it claims the top."""
    claim = [token.lower_ for token in sentence.doc[start:end]]
    if not any(word in {"best", "most"} or (word.endswith("est") and len(word) > 5) for word in claim):
        return False
    after = [token.lower_ for token in sentence.doc[end : min(sentence.end, end + 7)] if not token.is_space]
    after = list(itertools.takewhile(lambda word: word not in {",", ";", "and", "but", "—", "–"}, after))
    for index, word in enumerate(after):
        if word not in {"we", "i", "they", "you", "he", "she"}:
            continue  # "the highest standard that they can achieve": bounded by the pupils' own ability
        modal = next(
            (position for position in (index + 1, index + 2) if after[position : position + 1] in (["can"], ["could"])),
            None,
        )
        if modal is not None:  # "that we (possibly) can", not "we couldn't care more"
            return after[modal + 1 : modal + 2] not in (["n't"], ["n’t"], ["not"])
    return False


def _unique_like_each(sentence: Span, start: int, end: int) -> bool:
    """ "weil jede Orgel einzigartig ist", "die Einzigartigkeit eines jeden Menschen", "every project is unique":
    uniqueness said of each one of a kind is individuality, no claim to be unlike other companies."""
    claim = [token.lower_ for token in sentence.doc[start:end]]
    if not any(word.startswith(UNIQUENESS_STEMS) for word in claim):
        return False
    ensure_tagged(sentence)
    clause = [token for token in sentence if not token.is_space]
    for token, following in itertools.pairwise(clause):
        if token.lower_ in DISTRIBUTIVES and following.pos_ in {"NOUN", "PROPN"}:
            return True
    return False


def _company_in_third_person(sentence: Span) -> bool:
    """A company word that is no pronoun: "Unsere Bäckerei", "Our team", the company's name."""
    return any(
        voice_of(token) == COMPANY and token.lower_ not in COMPANY_PRONOUNS for token in sentence_words(sentence)
    )


def _pleases_the_company(sentence: Span, end: int, lang: str) -> bool:
    """ "Das ist das schönste Geschenk für uns": the claim's phrase is followed by "für uns", "for us"."""
    following = [token.lower_ for token in sentence.doc[end : min(sentence.end, end + 2)]]
    return tuple(following) == FOR_US[lang]


def _negated(sentence: Span, start: int, end: int, lang: str) -> bool:
    """A negation shortly before the claim, in its clause, or inside it ("Der Kunde – kein König")."""
    # a claim that ends on its own "none" ("second to none", "bar none") ranks above all, it denies nothing
    inside = [token for token in sentence.doc[start + 1 : end] if not (token.i == end - 1 and token.lower_ == "none")]
    if any(_negates(token, lang) and not _compares_with_all(token, lang) for token in inside):
        return True
    before = [token for token in sentence.doc[sentence.start : start] if not token.is_space]
    reach: list[Token] = []
    for token in reversed(before):
        if token.lower_ in CLAUSE_BREAKS or len(reach) == NEGATION_REACH:
            break
        reach.append(token)
    reach.reverse()
    for index, token in enumerate(reach):
        following = reach[index + 1].lower_ if index + 1 < len(reach) else ""
        if _negates(token, lang) and following not in NOT_NEGATING[lang]:
            return True
    return False


def _claim_denied(sentence: Span, start: int, lang: str) -> bool:
    """ "Wir behaupten nicht, der größte Betrieb zu sein", "We never say that we are the best", "We don't claim
    to be …": a negated verb of claiming before the claim denies it, however far the claim comes after."""
    words = [token for token in sentence_words(sentence) if token.i < start]
    for index, word in enumerate(words):
        if word.lower_ not in CLAIMING_VERBS[lang]:
            continue
        nearby = words[max(0, index - 2) : index] + words[index + 1 : index + 3]
        speaker = any(token.lower_ in CLAIM_SPEAKERS for token in words[max(0, index - 4) : index])
        if speaker and any(_negates(token, lang) for token in nearby):
            return True  # the company's own denial, not "You can't really claim to be the leading company if …"
    return False


def _asked(sentence: Span) -> bool:
    """A question makes no claim: it asks ("Wie finde ich das beste Preis-Leistungs-Verhältnis?", "Should you buy
    a top of the line laptop?") or doubts the slogan it quotes ("Ist der Kunde wirklich König?"), as an
    opening for the company's own view."""
    words = sentence_words(sentence)
    return bool(words) and words[-1].text == "?"


def _best_for_the_reader(sentence: Span, start: int, lang: str) -> bool:
    """ "den für Sie günstigsten Termin", "die für dich beste Wahl": what is best for the reader is their choice,
    not a ranking of the company."""
    before = [token.lower_ for token in sentence.doc[max(sentence.start, start - 2) : start]]
    # "für Sie die Extrameile gehen": an article opens a phrase of its own, not one the reader's choice is inside
    article = sentence.doc[start].lower_ in {"der", "die", "das", "den", "dem", "ein", "eine", "einen"}
    reader = len(before) == 2 and before[0] == "für" and before[1] in {"sie", "dich", "euch"}
    return lang == "de" and reader and not article


def _praises_a_partner(sentence: Span, start: int, lang: str) -> bool:
    """ "Unser Lieferant Bosch ist einer der größten Hersteller", "Our partner Acme Bank is one of the leading
    …": a supplier or partner named as the subject, before the claim, is the one praised. The sentence is
    tagged only when a partner noun stands before the claim, which few do."""
    words = [token for token in sentence_words(sentence) if token.i < start]
    partners = [index for index, word in enumerate(words) if word.lower_ in PARTNER_NOUNS[lang]]
    if not partners:
        return False
    ensure_tagged(sentence)
    finite = next((index for index, word in enumerate(words) if word.tag_ in FINITE_TAGS), len(words))
    for index in partners:
        if index >= finite:
            return False  # from the finite verb on, the partner is no longer the subject
        previous = words[index - 1].lower_ if index else ""
        following = words[index + 1] if index + 1 < len(words) else None
        ours = previous.startswith(("unser", "our"))
        named = following is not None and following.pos_ == "PROPN"
        if (ours or named) and not previous.startswith(("ihr", "your", "dein")):
            return True
    return False


def _negates(token: Token, lang: str) -> bool:
    """A negation word, not "No." in "the No. 1" ("not 100 % satisfied" is a negation)."""
    if token.lower_ not in NEGATIONS[lang]:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    rank = token.lower_ == "no" and following is not None and (following.text == "." or following.like_num)
    return following is None or not rank


def _compares_with_all(token: Token, lang: str) -> bool:
    """ "wie kein anderer", "like no other", "can't be beat": the negation ranks the company above everyone
    else; "noch nie so einfach", "has never been easier": above every time before."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is None:
        return False
    if following.lower_ in NOT_NEGATING[lang]:
        return True
    if lang == "de":
        return token.lower_ in {"nie", "niemals"} and following.lower_ == "so"
    compared = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if compared is None:
        return False
    if token.lower_ in {"not", "n't", "n’t"} and following.lower_ == "be":
        return compared.lower_ in UNBEATEN  # "can't be beat": nobody does better
    return (
        token.lower_ == "never"
        and following.lower_ == "been"
        and (compared.lower_ == "more" or compared.lower_.endswith("er"))
    )


def _joint_goal(sentence: Span, lang: str) -> bool:
    """ "Gemeinsam mit Ihnen …", "together with you": the customer shares the goal the claim describes."""
    return any(token.lower_ in JOINT_WORDS[lang] for token in sentence_words(sentence)) and has_voice(
        sentence, CUSTOMER, quoted=True
    )


def _single_speaker(sentence: Span, lang: str) -> bool:
    """ "Ich", "I" and no company voice: one person speaks about the company ("Ich kann die Werkstatt nur
    empfehlen", "They did the best job I have seen"), not the company about itself. An owner who speaks for
    the business praises their own work in the first person and names no one else ("Ich bin Goldschmiedin aus
    Leidenschaft", "This is what I do best"): that is the company's claim."""
    if has_voice(sentence, COMPANY, quoted=True):
        return False
    words = sentence_words(sentence)
    if not any(word.lower_ in FIRST_PERSON_SINGULAR[lang] for word in words):
        return False
    return not _owner_speaks(words, lang)


def _owner_speaks(words: list[Token], lang: str) -> bool:
    """The first person praises their own work: "ich"/"I" with nobody else in the sentence to praise (no "they",
    "das Team", "the staff") and no verdict on a service received ("empfehlen", "recommend", "thank"). The
    reader is no other party: "Mit mir bekommen Sie die beste Beratung" is the owner's claim."""
    for word in words:
        reader = voice_of(word) == CUSTOMER
        if (word.lower_ in OTHER_PARTIES[lang] and not reader) or word.lower_.startswith(VERDICT_STEMS[lang]):
            return False
    return True


def _credits_a_person(sentence: Span) -> bool:
    """ "We had the best wedding ever, thanks to Anna!", "…, danke Anna!": a customer thanks someone by name;
    the praise is the customer's verdict, not the company's claim."""
    words = sentence_words(sentence)
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        if word.lower_ in {"thanks", "thank"} and following.lower_ in {"to", "you"} and index + 2 < len(words):
            following = words[index + 2]  # "thanks to Anna", "Thank you Maria"
        elif word.lower_ not in {"danke", "thank"}:
            continue
        if following.is_title and voice_of(following) is None and following.lower_ not in {"you", "sie", "ihnen"}:
            return True
    return False


def _praises_customers(sentence: Span, start: int, end: int, lexicon: Lexicon) -> bool:
    """ "the best customers in the world", "die treuesten Kunden": a superlative of the customers praises them, not
    the company; not "the best customer service", where the customer noun only qualifies the head noun after
    it, and not a slogan whose customer comes before its superlative ("zufriedene Kunden, unser oberstes Ziel")."""
    tokens = list(sentence.doc[start : min(end + 2, sentence.end)])
    superlative = next(
        (i for i, token in enumerate(tokens) if token.lower_.endswith(SUPERLATIVE_ENDINGS) or token.lower_ == "most"),
        None,
    )
    if superlative is None:
        return False
    owner_words = sentence.doc[max(sentence.start, start - 2) : start]
    owned = any(token.lower_ in {"our", "unsere", "unseren", "unserer"} for token in owner_words)
    for index, token in enumerate(tokens[superlative + 1 :], start=superlative + 1):
        if not lexicon.is_customer_noun(token.text) or token.lower_ in CUSTOMER_LIKE_PEOPLE:
            continue
        if token.lower_.startswith("partner") and not owned:
            continue  # "your most trusted partner", "der beste Partner": the company's role; "our best partners"
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is None or following.is_punct or following.lower_ in AFTER_A_HEAD_NOUN:
            return True
    return False


def _within_own_experience(sentence: Span, end: int) -> bool:
    """ "the most meaningful work we've ever done", "das Schönste, was wir je erlebt haben": a superlative
    measured against the speaker's own experience, not against other companies."""
    following = [token.lower_ for token in sentence.doc[end : min(end + 7, sentence.end)]]
    if following[:1] == [","]:
        following = following[2:]  # ", was wir …", ", den wir …": the comma and the relative pronoun
    elif following[:1] in (["that"], ["was"], ["das"]):
        following = following[1:]
    if not following or following[0] not in EXPERIENCE_SPEAKERS:
        return False
    return any(word in EVER_WORDS for word in following[1:5])


def _praises_a_named_other(sentence: Span, start: int) -> bool:
    """With the company's names configured, a sentence without company voice whose subject, before the claim,
    names an organisation ("Die Privatbrauerei Gampert-Bräu zählt zu den traditionsreichsten …", "Northwind
    Logistics is the leading …") praises that organisation: a partner, a supplier, a member on an association's
    site. Without configured names every name could be the company's own, so nothing is excused."""
    if not sentence.doc._.company_names or has_voice(sentence, COMPANY, quoted=True):
        return False
    ensure_tagged(sentence)
    for token in sentence:
        if token.i >= start or token.tag_ in FINITE_TAGS:
            return False
        if token.pos_ == "PROPN":
            return True
    return False


def _generic_plural_subject(sentence: Span, start: int, end: int) -> bool:
    """A claim inside the subject of a sentence that speaks neither as the company nor to the reader, naming a
    kind of things in the plural ("The best roofing companies in town have only so many installers", "the best
    technologies in the world are found …"): a statement about the trade, not the company's praise."""
    if has_voice(sentence, quoted=True):
        return False
    ensure_tagged(sentence)
    words = sentence_words(sentence)
    finite = next((token for token in words if token.tag_ in FINITE_TAGS), None)
    if finite is None or finite.i < end:
        return False
    subject = [token for token in words if start <= token.i < finite.i]
    return any(  # a plural noun of the subject itself, not of a phrase in it ("in town")
        token.tag_ == "NN2" and (index == 0 or subject[index - 1].pos_ != "ADP") for index, token in enumerate(subject)
    )


def _generic_subject(sentence: Span, start: int, lang: str) -> bool:
    """A sentence that speaks neither as the company nor to the reader, whose subject, before the claim, is a
    kind of thing ("Kaffee zählt zu den beliebtesten Getränken", "Ein Grabstein ist mehr als nur …", "Dental
    decay is the #1 most common …"), describes the world, not the company. A name or a pronoun there may be the
    company and excuses nothing; with the reader addressed, what opens the sentence may be the object ("Planung,
    Montage und Wartung erhalten Sie aus einer Hand")."""
    if has_voice(sentence, quoted=True):
        return False
    ensure_tagged(sentence)
    words = sentence_words(sentence)
    finite = next((index for index, token in enumerate(words) if token.tag_ in FINITE_TAGS), None)
    if not finite or words[finite].i >= start:
        return False
    subject = words[:finite]
    if any(token.pos_ not in GENERIC_SUBJECT_POS for token in subject):
        return False
    first = subject[0]
    # "Dental decay is …", but not a name that opens with an adjective ("Mobile Systems Wireless is …")
    described = first.pos_ == "ADJ" and any(token.pos_ == "NOUN" for token in subject)
    described = described and all(token.is_lower for token in subject[1:])
    return first.lower_ in GENERIC_DETERMINERS[lang] or first.pos_ == "NOUN" or described
