"""Decks and documents built in the tests themselves (python-pptx, fpdf2, python-docx): no binaries in git."""

from __future__ import annotations

import io
import zipfile

SLIDE_LAYOUT_TITLE_AND_CONTENT = 1


def make_pptx(
    slides: list[tuple[str, list[str]]], *, notes: dict[int, str] | None = None, grouped: bool = False
) -> bytes:
    """A deck: (title, body lines) per slide; optional speaker notes by slide number; body in a group shape."""
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    for number, (title, lines) in enumerate(slides, start=1):
        slide = presentation.slides.add_slide(presentation.slide_layouts[SLIDE_LAYOUT_TITLE_AND_CONTENT])
        slide.shapes.title.text = title
        body = slide.placeholders[1]
        if grouped:
            body.element.getparent().remove(body.element)
            group = slide.shapes.add_group_shape()
            inner = group.shapes.add_group_shape()
            box = inner.shapes.add_textbox(Inches(1), Inches(2), Inches(8), Inches(3))
            box.text_frame.text = "\n".join(lines)
        else:
            body.text_frame.text = "\n".join(lines)
        if notes and number in notes:
            slide.notes_slide.notes_text_frame.text = notes[number]
    stream = io.BytesIO()
    presentation.save(stream)
    return stream.getvalue()


def make_pdf(pages: list[tuple[str, list[str]]], *, password: str | None = None) -> bytes:
    """One page per slide: the title on top, then the body lines. The built-in PDF fonts are Latin-1, so
    German quotation marks become straight ones (which wirlint reads as quotes just the same)."""
    from fpdf import FPDF

    def latin1(text: str) -> str:
        return text.translate(str.maketrans({"„": '"', "“": '"', "”": '"', "–": "-", "€": "EUR"}))

    pdf = FPDF()
    pdf.set_font("helvetica", size=14)
    for title, lines in pages:
        pdf.add_page()
        pdf.cell(0, 10, latin1(title), new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.multi_cell(0, 8, latin1(line), new_x="LMARGIN", new_y="NEXT")
    if password is not None:
        pdf.set_encryption(owner_password="owner-" + password, user_password=password)
    return bytes(pdf.output())


def make_docx(paragraphs: list[tuple[str, str]]) -> bytes:
    """(style, text) paragraphs, e.g. ("Heading 1", "Leitbild")."""
    import docx

    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def make_zip_bomb(uncompressed_bytes: int) -> bytes:
    """A zip whose one member inflates to ``uncompressed_bytes`` of zeros (written in chunks, never in memory)."""
    stream = io.BytesIO()
    chunk = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("ppt/slides/slide1.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(uncompressed_bytes >> 20):
            member.write(chunk)
    return stream.getvalue()
