"""``wirlint rewrite``: paragraphs in, customer-first alternatives out, for editors and clipboards."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from wirlint.errors import InputError
from wirlint.model import Block, Document, Role, Suggestion
from wirlint.nlp.langid import detect_language
from wirlint.nlp.pipeline import analyse, lexicon_for
from wirlint.rewrite import suggest

PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
MAX_INPUT_CHARACTERS = 2_000_000


@dataclass
class RewrittenParagraph:
    text: str
    lang: str
    suggestions: list[Suggestion] = field(default_factory=list)
    sentences: list[tuple[str, list[Suggestion]]] = field(default_factory=list)  # per sentence, for display


def read_paragraphs(inputs: tuple[str, ...], stdin: TextIO) -> list[str]:
    """``-`` reads standard input, an existing file is read, anything else is text to rewrite."""
    texts = []
    for argument in inputs:
        if argument == "-":
            texts.append(stdin.read(MAX_INPUT_CHARACTERS))
        elif len(argument) < 4096 and "\n" not in argument and Path(argument).is_file():
            try:
                texts.append(Path(argument).read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError) as error:
                raise InputError(argument, f"cannot read as UTF-8 text ({error})") from None
        else:
            texts.append(argument)
    return [p.strip() for text in texts for p in PARAGRAPH_BREAK.split(text.strip()) if p.strip()]


def rewrite_paragraphs(
    paragraphs: list[str], *, lang: str | None = None, company_names: tuple[str, ...] = ()
) -> list[RewrittenParagraph]:
    entries = []
    for paragraph in paragraphs:
        paragraph_lang = lang or detect_language(paragraph) or "de"
        document = Document(path="-", source=paragraph, kind="text", blocks=[Block(paragraph, Role.PARAGRAPH)])
        (analysed,) = analyse(document, paragraph_lang, company_names=company_names)
        entry = RewrittenParagraph(paragraph, paragraph_lang)
        for sentence in analysed.doc.sents:
            found = suggest(sentence, lexicon_for(paragraph_lang))
            if not found:
                continue
            entry.sentences.append((sentence.text.strip(), found))
            before, after = paragraph[: sentence.start_char], paragraph[sentence.end_char :]
            trailing = sentence.text[len(sentence.text.rstrip()) :]
            leading = sentence.text[: len(sentence.text) - len(sentence.text.lstrip())]
            entry.suggestions += [
                Suggestion(before + leading + s.text + trailing + after, s.kind, s.safe) for s in found
            ]
        entries.append(entry)
    return entries
