"""PowerPoint decks: titles, text, tables, grouped shapes at any depth and speaker notes, in reading order.

Shapes are read top to bottom, then left to right (a slide's visual order, not its z-order), and slides
are numbered from 1 as presenters count them.
"""

from __future__ import annotations

import io

from wirlint.errors import InputError
from wirlint.model import Document, Role
from wirlint.sources.extracted import ExtractedDocument
from wirlint.sources.guards import check_zip, time_limit

MAX_SLIDES = 1_000


def parse_pptx(path: str, data: bytes) -> Document:
    check_zip(path, data)
    from pptx import Presentation
    from pptx.exc import PackageNotFoundError

    with time_limit(path):
        try:
            presentation = Presentation(io.BytesIO(data))
        except (PackageNotFoundError, KeyError, ValueError) as error:
            raise InputError(path, f"not a readable PowerPoint file ({error})") from None
        extracted = ExtractedDocument(path, "pptx")
        for number, slide in enumerate(presentation.slides, start=1):
            if number > MAX_SLIDES:
                raise InputError(path, f"more than {MAX_SLIDES} slides; refused")
            _read_slide(extracted, slide, number)
        return extracted.finish()


def _read_slide(extracted: ExtractedDocument, slide: object, number: int) -> None:
    title = slide.shapes.title  # type: ignore[attr-defined]
    if title is not None and title.has_text_frame and title.text_frame.text.strip():
        extracted.add(title.text_frame.text, Role.SLIDE_TITLE, slide=number)
    for shape in _in_reading_order(slide.shapes):  # type: ignore[attr-defined]
        if title is not None and shape.shape_id == title.shape_id:
            continue
        _read_shape(extracted, shape, number)
    if slide.has_notes_slide:  # type: ignore[attr-defined]
        notes = slide.notes_slide.notes_text_frame  # type: ignore[attr-defined]
        if notes is not None:
            extracted.add(notes.text, Role.NOTES, slide=number)


def _in_reading_order(shapes: object) -> list[object]:
    return sorted(shapes, key=lambda shape: (shape.top or 0, shape.left or 0))  # type: ignore[attr-defined]


def _read_shape(extracted: ExtractedDocument, shape: object, number: int, depth: int = 0) -> None:
    if depth > 50:
        return  # group nesting this deep is hostile, not a presentation
    if getattr(shape, "shape_type", None) == 6:  # MSO_SHAPE_TYPE.GROUP
        for child in _in_reading_order(shape.shapes):  # type: ignore[attr-defined]
            _read_shape(extracted, child, number, depth + 1)
        return
    if getattr(shape, "has_table", False):
        for row in shape.table.rows:  # type: ignore[attr-defined]
            for cell in row.cells:
                extracted.add(cell.text, Role.TABLE_CELL, slide=number)
        return
    if getattr(shape, "has_text_frame", False):
        for paragraph in shape.text_frame.paragraphs:  # type: ignore[attr-defined]
            role = Role.LIST_ITEM if paragraph.level > 0 else Role.PARAGRAPH
            extracted.add("".join(run.text for run in paragraph.runs) or paragraph.text, role, slide=number)
