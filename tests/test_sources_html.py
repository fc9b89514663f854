"""HTML source: roles, skipped elements, entities, broken markup and exact positions."""

from __future__ import annotations

from wirlint.model import Role
from wirlint.sources.html import parse_html

PAGE = """<!DOCTYPE html>
<html lang="de-DE">
<head><title>Über uns | Acme</title><style>p{}</style><script>var wir = 1;</script></head>
<body>
<nav><ul><li><a href="/u">Über uns</a></li></ul></nav>
<header><p>Kopfzeile</p></header>
<main>
  <h2>Wir &amp; Sie</h2>
  <p>Erster <b>Satz</b>.<br>Zweite&nbsp;Zeile mit <code>code</code> und <q>Zitat</q>.</p>
  <pre>Wir vorformatiert</pre>
  <div class="kundenstimme"><p>Wir sind begeistert.</p></div>
  <table><tr><td>Zelle</td></tr></table>
</main>
<footer><p>Fußzeile</p></footer>
</body></html>
"""


def test_roles_regions_and_skipped_elements():
    document = parse_html("p.html", PAGE)
    found = [(block.text, block.role, block.region) for block in document.blocks]
    assert found == [
        ("Über uns | Acme", Role.TITLE, ""),
        ("Über uns", Role.NAVIGATION, "nav"),
        ("Kopfzeile", Role.HEADER, "header"),
        ("Wir & Sie", Role.HEADING, ""),
        ("Erster Satz.\nZweite\xa0Zeile mit  und “Zitat”.", Role.PARAGRAPH, ""),
        ("Wir sind begeistert.", Role.PARAGRAPH, ""),
        ("Zelle", Role.TABLE_CELL, ""),
        ("Fußzeile", Role.FOOTER, "footer"),
    ]
    assert document.declared_lang == "de-DE"
    testimonial = document.blocks[5]
    assert testimonial.testimonial and testimonial.quoted


def test_text_positions_point_into_the_source():
    document = parse_html("p.html", PAGE)
    heading = document.blocks[3]
    start, end = heading.source_range(0, len(heading.text))
    assert PAGE[start:end] == "Wir &amp; Sie"
    position = document.line_index.position(start)
    assert (position.line, position.column) == (8, 7)
    paragraph = document.blocks[4]
    offset = paragraph.text.index("Zeile")
    start, end = paragraph.source_range(offset, offset + 5)
    assert PAGE[start:end] == "Zeile"


def test_broken_markup_still_yields_blocks():
    source = "<p>Wir sind <b>offen<p>Sie kommen</i> vorbei</div><li>Punkt"
    document = parse_html("b.html", source)
    assert [block.text for block in document.blocks] == ["Wir sind offen", "Sie kommen vorbei", "Punkt"]


def test_multibyte_characters_count_as_one_column():
    source = "<p>😀 Größe — Wir</p>"
    document = parse_html("m.html", source)
    block = document.blocks[0]
    offset = block.text.index("Wir")
    start, _ = block.source_range(offset, offset + 3)
    assert document.line_index.position(start).column == len("<p>😀 Größe — ") + 1
