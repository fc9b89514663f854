"""Word documents with python-docx: mission statements and brochures often live there.

Headings keep their role (a "Leitbild" heading marks a mission statement), list paragraphs are list items,
tables are read cell by cell.
"""

from __future__ import annotations

import io

from wirlint.errors import InputError
from wirlint.model import Document, Role
from wirlint.sources.extracted import ExtractedDocument
from wirlint.sources.guards import check_zip, time_limit


def parse_docx(path: str, data: bytes) -> Document:
    check_zip(path, data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    with time_limit(path):
        try:
            document = docx.Document(io.BytesIO(data))
        except (PackageNotFoundError, KeyError, ValueError) as error:
            raise InputError(path, f"not a readable Word file ({error})") from None
        extracted = ExtractedDocument(path, "docx")
        for paragraph in document.paragraphs:
            style = (paragraph.style.name if paragraph.style is not None else "").lower()
            if style.startswith(("heading", "überschrift", "title", "titel")):
                role = Role.HEADING
            elif "list" in style or "liste" in style:
                role = Role.LIST_ITEM
            elif "quote" in style or "zitat" in style:
                role = Role.QUOTE
            else:
                role = Role.PARAGRAPH
            extracted.add(paragraph.text, role, quoted=role is Role.QUOTE)
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    extracted.add(cell.text, Role.TABLE_CELL)
        return extracted.finish()
