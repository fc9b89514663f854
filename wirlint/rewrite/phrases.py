"""The English sentence frame rewrites work on (subject, finite verb, middle, end mark), read from tags, and
the dependency-parse check used when an official pipeline provides a parse.

Everything here refuses rather than guesses: a sentence that is not a plain declarative main clause gets no
frame, and so no rewrite. (German clauses are read into topological fields by ``wirlint.nlp.fields``.)
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Token

from wirlint.nlp.tagging import FINITE_TAGS
from wirlint.nlp.voice import is_quoted

END_MARKS = frozenset({".", "!", ":"})  # "We offer the following services:" introduces its list
CLAUSE_LINKS = frozenset({"and", "or", "but"})
BARE_VERB_TAGS = frozenset({"VVB", "VVI", "VVZ", "VVD"})
# words that open a clause of their own inside the middle ("as we work …", "which they …")
CLAUSE_SUBJECTS = frozenset({"we", "they", "he", "she", "i", "it", "as", "that", "which", "who", "while", "when"})
# words that open a verb's object: after a bare verb, they show it is a predicate ("refine our variables")
OBJECT_OPENERS = frozenset({"the", "a", "an", "our", "your", "their", "its", "them", "it", "you", "all", "any", "each"})
# verbs of believing and knowing, whose middle is a clause of its own ("We believe every child deserves …")
VIEW_VERBS = frozenset(
    {"believe", "think", "feel", "know", "trust", "understand", "realise", "realize", "find", "hope"}
)
# words that open a subordinate clause inside the middle ("… until each tree and plant is pruned")
SUBORDINATORS = frozenset({"that", "until", "when", "whenever", "if", "because", "while", "whilst", "before",
                           "after", "once", "since", "unless", "whether", "so"})  # fmt: skip
REFUSED_TEXT = frozenset({"?", ";", ":", "„", "“", "”", '"'})


@dataclass(frozen=True)
class Frame:
    """A declarative main clause that opens with the company: subject + finite verb + middle + end."""

    verb: Token
    middle: list[Token]  # everything between the finite verb and the end mark (or the tail)
    end: Token
    adverbs: tuple[Token, ...] = ()  # "We also offer …": adverbs between subject and verb
    tail: tuple[Token, ...] = ()  # ", and we approach …": a second main clause with its own subject, kept as it is


def plain_clause(words: list[Token], subject_end: int, *, adverbs: bool = False) -> Frame | None:
    """The frame of ``words`` whose subject is ``words[:subject_end]``; None for questions, quotations, two
    main clauses and anything else a reordering could break."""
    if len(words) < subject_end + 3 or any(is_quoted(word) for word in words):
        return None
    end = words[-1]
    if end.text not in END_MARKS:
        return None
    position = subject_end
    while adverbs and position < len(words) - 1 and words[position].tag_ == "AV0":
        position += 1
    verb = words[position]
    if verb.tag_ not in FINITE_TAGS:
        return None
    middle = words[position + 1 : -1]
    if any(token.text in REFUSED_TEXT for token in middle) or not _parentheses_closed(middle):
        return None
    titled = verb.is_title  # "We Design and Deliver Websites": a title, where capitals say nothing
    views = verb.lemma_.lower() in VIEW_VERBS  # "We believe …": the middle is a clause of its own
    tail: tuple[Token, ...] = ()
    second = _second_clause_with_subject(middle)
    if second is not None:  # "We give our clients certainty and we approach pricing with care."
        middle, tail = middle[:second], tuple(middle[second:])
    if any(
        token.lower_ in CLAUSE_LINKS and _starts_clause(middle, index, titled, views)
        for index, token in enumerate(middle)
    ):
        return None  # "We deliver X and install it": a second predicate the subject's change would hand over
    if _listed_predicate(middle):
        return None  # "We test the results, refine our variables …": the same, listed with a comma
    return Frame(verb, middle, end, tuple(words[subject_end:position]), tail)


def _second_clause_with_subject(middle: list[Token]) -> int | None:
    """Where "and we …" / ", but we …" starts a second main clause with its own subject "we" and a finite verb:
    it says what the company does next and stays as it is whatever the first clause becomes."""
    for index, token in enumerate(middle[:-2]):
        if token.lower_ not in CLAUSE_LINKS or middle[index + 1].lower_ != "we":
            continue
        if middle[index + 2].tag_ not in FINITE_TAGS | BARE_VERB_TAGS:
            continue
        if not _parentheses_closed(middle[:index]):
            return None  # "(… and we …)": the link is inside a parenthesis
        return index - 1 if index > 0 and middle[index - 1].text == "," else index
    return None


def confirmed_by_parse(head: Token, verb: Token) -> bool:
    """With an official pipeline's dependency parse: the phrase must hang off the main verb (directly, or
    through its preposition), not off another noun. Without a parse the tag-based reading stands."""
    if not head.doc.has_annotation("DEP"):
        return True
    parent = head.head
    return parent == verb or (parent.pos_ in {"ADP", "VERB", "AUX"} and parent.head == verb)


def _nouns_joined_in_a_clause(middle: list[Token], index: int, views: bool) -> bool:
    """ "and" between two nouns inside a clause the middle holds (after a verb of believing or a subordinator:
    "we believe this combination of materials and handwork lends …", "until each tree and plant is pruned"):
    the verb after them is that clause's, no second predicate of the company."""
    nouns = {"NOUN", "PROPN"}
    if index == 0 or middle[index - 1].pos_ not in nouns or middle[index + 1].pos_ not in nouns:
        return False
    return views or any(token.lower_ in SUBORDINATORS for token in middle[:index])


def _starts_clause(middle: list[Token], index: int, titled: bool, views: bool = False) -> bool:
    """ "and we …", "and installs …", "and schedule …" (the tagger reads many present forms as infinitives):
    a second predicate sharing the subject, which a switch of subject would hand to the customer. Unless the
    sentence is set in title case (``titled``), a name the tagger took for a verb does not count ("Visa and
    Discover")."""
    if _coordinated_infinitive(middle, index):
        return False
    following = middle[index + 1 : index + 3]
    if len(following) == 2 and _nouns_joined_in_a_clause(middle, index, views):
        following = following[:1]  # "(believe) this combination of materials and handwork lends …"
    return any(
        (token.tag_ in FINITE_TAGS | BARE_VERB_TAGS and (titled or not _name_in_a_list(middle, position)))
        or token.lower_ == "we"
        for position, token in enumerate(following, start=index + 1)
    )


def _listed_predicate(middle: list[Token]) -> bool:
    """A comma, then a bare verb and the start of its object (", refine our roasting variables", ", dry them"):
    a second predicate of the subject in a list of what it does. A noun the tagger took for a verb takes no
    determiner after it."""
    return any(
        comma.text == "," and verb.tag_ in {"VVB", "VVI"} and following.lower_ in OBJECT_OPENERS
        for comma, verb, following in zip(middle, middle[1:], middle[2:], strict=False)
    )


def coordinated_infinitive_in(middle: list[Token]) -> bool:
    """Whether an "and" in ``middle`` was read as continuing an infinitive (see ``_coordinated_infinitive``)."""
    return any(
        token.lower_ in CLAUSE_LINKS and _coordinated_infinitive(middle, index) for index, token in enumerate(middle)
    )


def _coordinated_infinitive(middle: list[Token], index: int) -> bool:
    """ "… to discuss your project and schedule the meeting": the verb after "and" continues an infinitive
    ("to" + base form) before it, with no comma or finite verb between, so it is no predicate of the subject."""
    following = middle[index + 1] if index + 1 < len(middle) else None
    if following is None or following.tag_ not in {"VVB", "VVI"}:
        return False
    for position in range(index - 1, 0, -1):
        token = middle[position]
        if token.text == "," or token.lower_ in CLAUSE_SUBJECTS or token.tag_ in FINITE_TAGS - {"VVB", "VVI"}:
            return False  # "… as we work on your project and deliver it": a clause of its own in between
        if middle[position - 1].lower_ == "to" and token.tag_ in {"VVI", "VBI", "VHI", "VDI"}:
            return True
    return False


def _name_in_a_list(middle: list[Token], position: int) -> bool:
    """A capitalised word that ends the middle or a list item ("Visa, Mastercard and Discover."): a name, not a
    verb, which would take an object ("and Install it")."""
    after = middle[position + 1] if position + 1 < len(middle) else None
    return middle[position].is_title and (after is None or after.is_punct or after.lower_ in CLAUSE_LINKS)


def _parentheses_closed(middle: list[Token]) -> bool:
    """Every bracket in the middle closes again before its end, none inside another: a parenthesis a rewrite
    keeps in one piece ("(unless instructed otherwise by you)")."""
    depths = bracket_depths(middle)
    return all(depth in {0, 1} for depth in depths) and (not depths or depths[-1] == 0)


def bracket_depths(tokens: list[Token]) -> list[int]:
    """Per token, how many round brackets are open after it (an opening bracket counts as inside)."""
    return list(itertools.accumulate((token.text == "(") - (token.text == ")") for token in tokens))


def join(tokens: list[Token]) -> str:
    """Tokens back to text with their own spacing; line breaks and runs of spaces become one space."""
    text = "".join(token.text_with_ws for token in tokens)
    return " ".join(text.split())
