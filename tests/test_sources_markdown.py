"""Markdown source: what is prose, and exact line/column positions in the original file."""

from __future__ import annotations

from wirlint.model import Role
from wirlint.sources.markdown import parse_markdown


def located(document, block):
    start, end = block.source_range(0, len(block.text))
    return document.line_index.position(start), document.line_index.position(end), document.source[start:end]


def test_code_urls_comments_and_front_matter_data_are_not_prose():
    """Front matter is data: only the values of prose keys (title, description …) are read, as their own
    blocks that a rewrite never touches; dates, slugs, images and tags are not."""
    source = (
        "---\ntitle: Wir sind toll\nlang: de\nslug: wir-sind-toll\nimage: wir.png\ntags: [Wir]\n---\n"
        "Text mit `wir code` und <https://wir.example/uns> und <!-- wir Kommentar -->.\n\n"
        "```\nWir sind Code\n```\n\n    Wir eingerückt\n\n![Wir Bild](wir.png)\n"
    )
    document = parse_markdown("a.md", source)
    title, *body = document.blocks
    assert (title.text, title.role, title.fixable) == ("Wir sind toll", Role.TITLE, False)
    assert located(document, title)[2] == "Wir sind toll"
    assert " ".join(block.text for block in body) == "Text mit  und  und ."
    assert document.declared_lang == "de"


def test_positions_survive_inline_markup_and_multibyte_characters():
    source = "# Über uns\n\nÄußerst **schön**: [Wir](/x) sind\nhier — „Wir“ 😀 dort.\n"
    document = parse_markdown("a.md", source)
    heading, paragraph = document.blocks
    assert heading.role is Role.HEADING and heading.level == 1
    start, end, _raw = located(document, heading)
    assert (start.line, start.column, end.column) == (1, 3, 11)
    assert paragraph.text == "Äußerst schön: Wir sind\nhier — „Wir“ 😀 dort."
    # The second "Wir" (inside the quote) sits on line 4 after an em dash and a German quote mark.
    offset = paragraph.text.index("Wir“")
    position = document.line_index.position(paragraph.source_range(offset, offset + 3)[0])
    assert (position.line, position.column) == (4, 9)
    # The linked "Wir" maps into the link text, not the URL.
    offset = paragraph.text.index("Wir sind")
    start, _ = paragraph.source_range(offset, offset + 3)
    assert source[start : start + 3] == "Wir"


def test_escapes_and_entities_map_as_a_whole():
    source = "Preis \\* 10 &amp; mehr Wir.\n"
    document = parse_markdown("a.md", source)
    block = document.blocks[0]
    assert block.text == "Preis * 10 & mehr Wir."
    offset = block.text.index("Wir")
    start, end = block.source_range(offset, offset + 3)
    assert source[start:end] == "Wir"
    assert not block.is_verbatim(0, len(block.text))
    assert block.is_verbatim(offset, offset + 3)


def test_roles_quotes_lists_and_tables():
    source = "> Zitat eins\n\n- Punkt\n  - Unterpunkt\n\n| Kopf |\n|---|\n| Zelle |\n"
    document = parse_markdown("a.md", source)
    roles = [(block.text, block.role, block.quoted) for block in document.blocks]
    assert roles == [
        ("Zitat eins", Role.QUOTE, True),
        ("Punkt", Role.LIST_ITEM, False),
        ("Unterpunkt", Role.LIST_ITEM, False),
        ("Kopf", Role.TABLE_CELL, False),
        ("Zelle", Role.TABLE_CELL, False),
    ]
    cell = document.blocks[-1]
    start, _ = cell.source_range(0, 5)
    assert document.line_index.position(start).column == 3


def test_crlf_line_endings_keep_columns():
    source = "Erste Zeile.\r\nWir sind da.\r\n"
    block = parse_markdown("a.md", source).blocks[0]
    offset = block.text.index("Wir")
    start, _ = block.source_range(offset, offset + 3)
    assert source[start : start + 3] == "Wir"


def test_html_blocks_in_markdown_keep_testimonial_role():
    source = 'Absatz.\n\n<div class="testimonial">\n<p>Wir lieben es.</p>\n</div>\n'
    document = parse_markdown("a.md", source)
    quote = document.blocks[-1]
    assert quote.text == "Wir lieben es." and quote.testimonial and quote.quoted
    start, _ = quote.source_range(0, 3)
    position = document.line_index.position(start)
    assert (position.line, position.column) == (4, 4)


def test_front_matter_prose_in_yaml_toml_and_json_keeps_its_position():
    sources = {
        "yaml": '---\ntitle: "Über uns"\nhero:\n  text: >-\n    Wir bauen\n    Küchen.\ndate: 2024-01-01\n---\nText.\n',
        "toml": '+++\ntitle = "Über uns"\n[hero]\ntext = "Wir bauen Küchen."\ndate = 2024-01-01\n+++\nText.\n',
        "json": '{\n  "title": "Über uns",\n  "hero": {"text": "Wir bauen Küchen."},\n  "date": "2024"\n}\nText.\n',
    }
    for fmt, source in sources.items():
        document = parse_markdown(f"a.{fmt}.md", source)
        title, text, body = document.blocks
        assert (title.text, title.role) == ("Über uns", Role.TITLE), fmt
        assert located(document, title)[2] == "Über uns", fmt
        assert text.text.split() == ["Wir", "bauen", "Küchen."], fmt
        start, _end, _cut = located(document, text)
        assert source.split("\n")[start.line - 1][start.column - 1 :].startswith("Wir bauen"), fmt
        assert body.text == "Text.", fmt


def test_mdc_component_markers_and_their_props_are_not_prose():
    """Nuxt Content's MDC syntax: "::hero" opens a component, "---" … "---" holds its props, "::" closes it."""
    source = "::hero{size=big}\n---\nimage: /team.jpg\n---\nWir sind zwölf Architekten.\n::\n\nText.\n"
    document = parse_markdown("a.md", source)
    assert [block.text for block in document.blocks] == ["Wir sind zwölf Architekten.", "Text."]
    assert located(document, document.blocks[0])[0].line == 5
