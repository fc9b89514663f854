"""Who speaks in a paragraph that carries no quotation marks: the company, a customer or an interviewee.

Quotation marks and blockquotes already mark other voices. Real pages often do without them: a testimonial
page runs customers' reports as plain paragraphs ("Wir haben uns für diese Schule entschieden …"), an
interview gives each answer after a speaker label ("**Nitzan:** Unsere Algorithmen …"). Such paragraphs are
marked as quoted, so their "wir" is neither counted nor flagged: it is not the site's voice.

On a testimonial page (or in a section under a testimonial heading) a paragraph is a customer's when one
person speaks in it (ich, mein, I, my), when it talks about the speaker's family (unsere Tochter, our kids) or
when it names the company in the third person; it is the company's when it speaks of "unsere Kunden" or
addresses the reader. A paragraph with no sign either way continues the voice of the one before it. A
reviewer's rating ("I gave this venue 4 stars", "Ich gebe 5 Sterne") opens such a section on any page.
"""

from __future__ import annotations

import itertools
import re

from wirlint.checks.testimonials import TESTIMONIAL_HEADINGS
from wirlint.engine.pages import ANSWER_LABELS, QUESTION_LABELS, PageType, speaker_label
from wirlint.model import BOILERPLATE_ROLES, Block, Document, Role

ONE_SPEAKER = re.compile(r"\b(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|meines|i|me|my|i'm|i’m|i've)\b", re.I)
FAMILY = re.compile(
    r"\b(?:unser|unsere|unseren|unserem|unserer|our|my|uns|wir|we)\s+(?:\w+\s+)?"
    r"(?:tochter|töchter|sohn|söhne|sohnes|kind|kinder|kindern|familie|mann|frau|eltern|enkel|hund|rüde|hündin|"
    r"katze|kater|pferd|stute|wallach|großen|kleinen|"
    r"daughter|daughters|son|sons|kids|children|family|wife|husband|parents|dog)\b",
    re.IGNORECASE,
)
COMPANY_SPEAKS = re.compile(
    r"\b(?:unsere|unseren|unserer|our)\s+(?:\w+\s+)?(?:kunden|kundinnen|kundschaft|gäste|patienten|mandanten|"
    r"customers|clients|guests|patients)\b|\b(?:unser|our)\s+team\b|\bwir\s+freuen\s+uns\s+über\b|"
    r"\bvielen\s+dank\b|\bthank\s+you\b",
    re.IGNORECASE,
)
ADDRESSES_THE_READER = re.compile(
    r"\bIhnen\b|\bSie\s+(?:erhalten|finden|können|bekommen)\b|\b[Yy]ou(?:\s+will|'ll|’ll)?\s+(?:get|receive|can|find)\b"
)
TESTIMONIAL_INTRO = re.compile(
    r"\b(?:testimonial|review|feedback|erfahrungsbericht|kundenstimme|bewertung|zuschrift)\b[^.!?]{0,60}"
    r"\b(?:from|von|einer?|eines)\s+(?:\w+\s+)?(?:customer|client|guest|patient|kunde|kundin|gast|patientin|patienten|mandant\w*)",
    re.IGNORECASE,
)
# a reviewer's rating ("I gave this venue 4 stars", "Ich gebe 5 Sterne", a row of stars): a customer's review
REVIEW_RATING = re.compile(
    r"\b(?:i|ich)\s+(?:\w+\s+){0,2}(?:gave|give|rate|rated|gebe|vergebe|gab|vergab)\b[^.!?]{0,40}?"
    r"\b(?:[1-5]|one|two|three|four|five|einen|zwei|drei|vier|fünf)\s+(?:stars?|sternen?|sterne)\b|"
    r"\b(?:gebe|vergebe)\s+ich\b[^.!?]{0,40}?\b(?:[1-5]|einen|zwei|drei|vier|fünf)\s+(?:sternen?|sterne)\b|"
    r"^\s*[★⭐]{3,}",
    re.IGNORECASE,
)
# a source line that names a newspaper or an author ("[Quelle: Dingolfinger Anzeiger, Autor: J. K.]")
PRESS_SOURCE = re.compile(
    r"(?:^|(?<=[.!?]\s))[\[(]?\s*(?:quelle|source|erschienen in|published in)\s*:\s*[^\n]{0,120}?"
    r"(?:zeitung|anzeiger|kurier|rundschau|tagblatt|blatt|nachrichten|presse|magazin|journal|post|times|herald|"
    r"gazette|news|tribune|chronicle|autor(?:in)?\s*:|author\s*:|redaktion)[^\n]{0,120}[\])]?$",
    re.IGNORECASE,
)
# a paragraph that opens with a question ("Wo beziehen Sie Ihre Produkte? …"): on an interview page, the
# interviewer's, and what follows it the interviewee's
OPENING_QUESTION = re.compile(r"\s*[^.!?\n]{3,200}\?(?:\s|$)")
SPEECH_ROLES = frozenset({Role.PARAGRAPH, Role.LIST_ITEM, Role.QUOTE, Role.TABLE_CELL, Role.HEADING})


def mark_speakers(document: Document, page_type: PageType, company_names: tuple[str, ...] = ()) -> None:
    """Mark the paragraphs other people speak in as quoted (``Block.quoted``)."""
    if page_type is PageType.INTERVIEW:
        _mark_interview(document.blocks)
    else:
        start = _interview_start(document.blocks)
        if start is not None:
            _mark_interview(document.blocks[start:])
    testimonial_page = page_type is PageType.TESTIMONIALS
    names = [re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE) for name in company_names if name.strip()]
    _mark_testimonials(document.blocks, testimonial_page, names)
    _mark_reproduced_articles(document.blocks)


def _mark_interview(blocks: list[Block]) -> None:
    """From the first speaker label or question on, the conversation is the interviewer's and interviewee's:
    questions, labelled answers and the unlabelled answers after a question ("Wo beziehen Sie Ihre Produkte?"
    and the chef's reply on its own line), up to the next heading. A page known to be an interview (by its
    address or heading) that shows neither labels nor questions is answers throughout."""
    talking, structured = False, False
    for block in blocks:
        if not _spoken(block):
            continue
        if block.role is Role.HEADING:
            talking = False
        elif speaker_label(block.text) is not None or OPENING_QUESTION.match(block.text):
            talking = structured = block.quoted = True
        elif talking:
            block.quoted = True
    if not structured:  # an interview page that sets its answers as plain paragraphs: all of it is the answers
        for block in blocks:
            if _spoken(block) and block.role is not Role.HEADING:
                block.quoted = True


def _interview_start(blocks: list[Block]) -> int | None:
    """Where an interview starts on a page not known to be one: a question followed by an answer labelled with
    a person's name ("Erinnerst du dich noch, wie …?" / "Roman: Entstanden ist …"). A FAQ's "Antwort:" is the
    company's own answer, so only a name counts."""
    spoken = [index for index, block in enumerate(blocks) if _spoken(block) and block.role is not Role.HEADING]
    for index, following in itertools.pairwise(spoken):
        if not OPENING_QUESTION.match(blocks[index].text) or not blocks[index].text.rstrip().endswith("?"):
            continue
        label = speaker_label(blocks[following].text)
        if label is not None and label.lower().rstrip(".") not in QUESTION_LABELS | ANSWER_LABELS:
            return index
    return None


def _mark_testimonials(blocks: list[Block], whole_page: bool, names: list[re.Pattern[str]]) -> None:
    inside, customer = whole_page, False
    for block in blocks:
        if not _spoken(block) or block.quoted:
            continue
        if block.role is Role.HEADING and TESTIMONIAL_HEADINGS.search(block.text):
            inside, customer = True, True  # what follows "Kundenstimmen" is the customers' until shown otherwise
            continue
        if TESTIMONIAL_INTRO.search(block.text):
            inside, customer = True, True  # "We received this testimonial from a customer." introduces one
            continue
        if REVIEW_RATING.search(block.text):
            inside, customer = True, True  # "I gave this venue 4 stars …" opens a review, on any page
            block.quoted = True
            continue
        if not inside:
            continue
        voice = _voice(block.text, names)
        if block.role is Role.HEADING and voice is None:
            customer = False  # a new section starts in the page's own voice
            continue
        customer = voice if voice is not None else customer
        block.quoted = block.quoted or customer


def _mark_reproduced_articles(blocks: list[Block]) -> None:
    """A press source line ("[Quelle: Dingolfinger Anzeiger, Autor: …]", "Source: The Herald"), on its own or
    closing a paragraph, marks the section back to its heading as a reproduced article: a journalist wrote it
    about the company, as in a testimonial, so it is not the company's voice."""
    for index, block in enumerate(blocks):
        source = PRESS_SOURCE.search(block.text.strip()) if block.role is not Role.HEADING else None
        if source is None:
            continue
        block.quoted = block.quoted or source.start() > 0  # the source line closes the article's last paragraph
        for previous in reversed(blocks[:index]):
            if previous.role is Role.HEADING:
                break
            if _spoken(previous):
                previous.quoted = True


def _spoken(block: Block) -> bool:
    """A block someone says something in (a paragraph, list item, quote, cell or heading), not navigation."""
    return block.role in SPEECH_ROLES and block.role not in BOILERPLATE_ROLES


def _voice(text: str, names: list[re.Pattern[str]]) -> bool | None:
    """True: a customer speaks; False: the company; None: no sign either way."""
    if COMPANY_SPEAKS.search(text) or ADDRESSES_THE_READER.search(text):
        return False
    if ONE_SPEAKER.search(text) or FAMILY.search(text) or any(name.search(text) for name in names):
        return True
    return None
