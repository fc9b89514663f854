"""What kind of page a document is, and which rules stay silent on it.

The same "wir" is company voice on an about page, an instruction on a tutorial ("Zuerst schleifen wir die
Kanten an"), a customer on a testimonial page and an interviewee in an interview. The page type is read from
the user's configuration, the front matter (``type``, ``layout``, ``categories``, ``tags``), the path or
address, the first heading and, for interviews, the speaker labels in the text, in that order.

Each type has a documented default set of rules it switches off (``page-type-ignores`` replaces it per
type); who speaks inside a page (testimonials, interview answers) is decided in ``engine.speakers``.
"""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from wirlint.config import Config
from wirlint.model import Document, Role
from wirlint.sources.frontmatter import front_matter_words


class PageType(StrEnum):
    MARKETING = "marketing"  # home, about, services, products, FAQ: the copy wirlint is for
    MISSION = "mission"
    TESTIMONIALS = "testimonials"
    BLOG = "blog"
    TUTORIAL = "tutorial"  # how-tos, documentation, guides: "wir" is the reader and writer together
    INTERVIEW = "interview"
    JOBS = "jobs"
    LEGAL = "legal"
    PRESS = "press"


# Rules a page type switches off by default (selectors as in ``ignore``).
DEFAULT_IGNORES: dict[PageType, tuple[str, ...]] = {
    PageType.TUTORIAL: ("WL1",),  # instructional "wir/we" is not company voice
    PageType.INTERVIEW: ("WL102", "WL103"),  # answers are the interviewee's; a conversation has no balance to keep
    PageType.BLOG: ("WL103",),  # a story is told in the first person; its sentences are still read
    PageType.JOBS: ("WL1", "WL2"),  # a job ad speaks of the employer and asks for experience
    PageType.LEGAL: ("WL1", "WL2", "WL3"),
    PageType.PRESS: ("WL1",),  # press releases speak of the company in the third person by design
}

# Words in a path segment, front matter value or address that name a page type.
TYPE_WORDS: dict[PageType, tuple[str, ...]] = {
    PageType.MARKETING: (
        "about", "about-us", "ueber-uns", "uber-uns", "über-uns", "wir-ueber-uns", "leistungen", "services", "service",
        "produkte", "products", "angebot", "home", "team", "unternehmen", "company", "kontakt", "contact",
    ),
    PageType.TESTIMONIALS: (
        "kundenstimmen", "kundenstimme", "kundenmeinungen", "kundenbewertungen", "erfahrungsberichte",
        "erfahrungsbericht", "bewertungen", "testimonials", "testimonial", "reviews", "elternstimmen",
        "patientenstimmen", "gaestebuch", "gästebuch", "guestbook", "stimmen", "statements", "elternstatements",
        "kundenstatements", "referenzen", "referenz", "kundenfeedback",
    ),
    PageType.BLOG: (
        "blog", "blogs", "news", "aktuelles", "neuigkeiten", "magazin", "magazine", "journal", "artikel", "posts",
        "_posts", "beitrag", "beitraege", "beiträge", "stories", "neuigkeit",
    ),
    PageType.TUTORIAL: (
        "anleitung", "anleitungen", "tutorial", "tutorials", "howto", "how-to", "docs", "doku", "dokumentation",
        "documentation", "guide", "guides", "handbuch", "wiki", "hilfe", "help", "ratgeber", "tipps", "tips",
        "knowledge-base", "knowledgebase", "lessons", "lesson", "courses", "faq-tutorials",
    ),
    PageType.INTERVIEW: ("interview", "interviews"),
    PageType.JOBS: (
        "jobs", "karriere", "career", "careers", "stellenangebote", "stellenangebot", "stellenanzeige",
        "stellen", "vacancies", "hiring",
    ),
    PageType.LEGAL: (
        "impressum", "imprint", "datenschutz", "datenschutzerklaerung", "datenschutzerklärung", "privacy", "agb",
        "terms", "legal", "cookies", "disclaimer", "widerruf", "widerrufsbelehrung",
    ),
    PageType.PRESS: ("presse", "press", "pressemitteilung", "pressemitteilungen", "newsroom"),
    PageType.MISSION: (
        "leitbild", "mission", "vision", "werte", "values", "philosophie", "philosophy", "purpose",
        "unternehmensphilosophie",
    ),
}  # fmt: skip
# words that name a type only as a whole segment: "/help/" is documentation, "/help-me-with/…" a services menu
WHOLE_SEGMENT_WORDS = frozenset({"help", "hilfe"})
LONG_TESTIMONIAL_WORDS = frozenset(name for name in TYPE_WORDS[PageType.TESTIMONIALS] if len(name) >= 10)
SLUG_FILLERS = frozenset({"unsere", "unser", "our", "die", "der", "das", "the", "wir", "we", "meine", "my"})
FRONT_MATTER_KEYS = ("type", "layout", "section", "categories", "category", "tags", "kind")

HEADINGS: tuple[tuple[PageType, re.Pattern[str]], ...] = (
    (
        PageType.TESTIMONIALS,
        re.compile(
            r"\b\w*stimmen\b|\b\w*statements\b|das sagen unsere|"
            r"was (?:unsere )?(?:kunden|kundinnen|gäste|patienten) sagen|"
            r"erfahrungsbericht|testimonials?\b|what (?:our )?(?:customers|clients|guests|patients) say|"
            r"\breviews\b|bewertungen\b",
            re.IGNORECASE,
        ),
    ),
    (
        PageType.INTERVIEW,
        re.compile(
            r"\binterview\b|\bim gespräch\b|\bq\s*&\s*a\b|"
            r"\b\d+\s+fragen an\b|\b\d+\s+questions (?:for|with)\b",  # "12 Fragen an den Küchenchef"
            re.IGNORECASE,
        ),
    ),
    (
        PageType.TUTORIAL,
        re.compile(r"\banleitung\b|schritt für schritt|\bhow[- ]to\b|\btutorial\b|step[- ]by[- ]step", re.IGNORECASE),
    ),
    (PageType.MISSION, re.compile(r"^\s*(?:unser(?:e)?\s+)?(?:leitbild|mission|vision|werte|philosophie)\b|"
                                  r"^\s*our (?:mission|vision|values|purpose)\b", re.IGNORECASE)),
)  # fmt: skip
# "Frage:", "Antwort:", "Q:", "A:", "**Nitzan:**", "Andreas Huber:" at the start of a paragraph.
SPEAKER_LABEL = re.compile(
    r"^\s*(?:\*\*|__)?([A-ZÄÖÜ][\w.'’]*(?:\s+[A-ZÄÖÜ][\w.'’]*){0,2})(?:\*\*|__)?\s*(?::|\s?[–—-]\s?(?=[\"“„A-ZÄÖÜ]))"
)
QUESTION_LABELS = frozenset({"frage", "f", "q", "question", "interviewer", "interview", "redaktion"})
ANSWER_LABELS = frozenset({"antwort", "a", "answer"})
NOT_SPEAKERS = frozenset(
    {"tipp", "tip", "hinweis", "note", "achtung", "wichtig", "important", "warning", "warnung", "info", "fazit",
     "beispiel", "example", "update", "ps", "p.s", "quelle", "source", "foto", "photo", "bild", "kontakt", "contact",
     "adresse", "address", "telefon", "phone", "e-mail", "email", "öffnungszeiten", "preis", "price", "termin"}
)  # fmt: skip


def speaker_label(text: str) -> str | None:
    """The speaker a paragraph is labelled with ("Frage", "Nitzan"), or None. A section label is no speaker:
    a possessive or several words in capitals ("ADVISOR'S RESPONSIBILITIES:", "NEXT STEPS:")."""
    match = SPEAKER_LABEL.match(text)
    if match is None or match.group(1).lower().rstrip(".") in NOT_SPEAKERS:
        return None
    label = match.group(1)
    if "'" in label or "’" in label or (" " in label and label.isupper()):
        return None
    return label


def classify_page(document: Document, config: Config) -> PageType:
    configured = config.configured_page_type(document.path)
    if configured is not None:
        return PageType(configured)
    front = document.meta.get("front_matter") or {}
    by_front_matter = _by_words(front_matter_words(front, FRONT_MATTER_KEYS)) if isinstance(front, dict) else None
    if by_front_matter is not None:
        return by_front_matter
    by_path = _by_words(_path_words(document.path))
    if by_path is not None:
        return by_path
    heading = next((b.text for b in document.blocks if b.role in {Role.TITLE, Role.HEADING} and b.text.strip()), "")
    title = str(document.meta.get("title") or "")
    for page_type, pattern in HEADINGS:
        if page_type is PageType.TUTORIAL and heading.rstrip().endswith("?"):
            continue  # "How to order the cleaning service?": a FAQ's question, not a tutorial's title
        if pattern.search(heading) or pattern.search(title):
            return page_type
    if _has_interview_labels(document):
        return PageType.INTERVIEW
    return PageType.MARKETING


def ignored_for(page_type: PageType, config: Config) -> tuple[str, ...]:
    """The selectors a page type switches off: the user's ``page-type-ignores``, else the default."""
    configured = dict(config.page_type_ignores)
    if page_type.value in configured:
        return configured[page_type.value]
    return DEFAULT_IGNORES.get(page_type, ())


def _path_words(path: str) -> list[str]:
    """The path's folder and file names, deepest first; for an address, its path."""
    if "://" in path:
        path = urlsplit(path).path
    parts = [PurePosixPath(part).stem.lower() for part in PurePosixPath(path.replace("\\", "/")).parts]
    return list(reversed([part for part in parts if part not in {"", "/"}]))


def _by_words(words: list[str]) -> PageType | None:
    """The type the deepest telling word names. A slug counts by its first word only ("kundenstimmen-2020",
    not "jcwi-named-legal-aid-team"), a long type word also as a prefix ("erfahrungsbericht-uktu"), and a long
    testimonial word anywhere ("positiver-erfahrungsbericht-einer-familie"): no other page is named so."""
    for word in words:
        pieces = [piece for piece in re.split(r"[-_. ]+", word) if piece not in SLUG_FILLERS]
        first = pieces[0] if pieces else word
        if any(piece in LONG_TESTIMONIAL_WORDS for piece in pieces):
            return PageType.TESTIMONIALS
        for page_type, names in TYPE_WORDS.items():
            by_first = first in names and not (first in WHOLE_SEGMENT_WORDS and len(pieces) > 1)
            if word in names or by_first or any(word.startswith(name) and len(name) >= 8 for name in names):
                return page_type
    return None


def _has_interview_labels(document: Document) -> bool:
    """Two or more paragraphs open with a speaker label, one of them a question label or a repeated name. Only
    question and answer marks ("Q:" … "A:") make a FAQ, where the company answers: a person must speak."""
    labels = [speaker_label(block.text) for block in document.blocks if block.role is not Role.HEADING]
    named = [label.lower() for label in labels if label]
    if len(named) < 2 or all(label in QUESTION_LABELS | ANSWER_LABELS for label in named):
        return False
    return any(label in QUESTION_LABELS for label in named) or len(set(named)) < len(named)
