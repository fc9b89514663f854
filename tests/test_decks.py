"""Sales decks, Word files and the guards against hostile documents (decks are built here, not committed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, run_json, run_wirlint
from tests.documents import make_docx, make_pdf, make_pptx, make_zip_bomb
from wirlint.model import Role
from wirlint.sources import load_document

VENDOR_DECK = [
    ("Wir sind die Nummer eins im Norden", ["Wir haben 30 Jahre Erfahrung.", "Wir bieten alles aus einer Hand."]),
    ("Unser Unternehmen", ["Wir sind 40 Leute an drei Standorten."]),
    ("Wir haben die besten Ingenieure", ["Unser Team ist einzigartig."]),
    ("Unser Angebot", ["Wir liefern Ihnen Software und Schulungen."]),
    ("Referenzen", ["Logos unserer Kunden."]),
]
CUSTOMER_FIRST_DECK = [
    ("Ihre Herausforderung: zu viel Papier", ["Sie verlieren jede Woche einen Tag mit Formularen."]),
    (
        "„Wir sparen jeden Tag eine Stunde“",
        ["„Wir sparen jeden Tag eine Stunde“, sagt Jana Roth, Inhaberin der Praxis Roth."],
    ),
    ("So kommen Sie ans Ziel", ["Sie erhalten eine Schulung und einen festen Ansprechpartner."]),
]
DECK_FAMILIES = ("we-focus", "deck", "testimonial")


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pptx_reading_order_groups_tables_notes_and_slide_numbers(tmp_path):
    data = make_pptx(
        [("Wir sind Marktführer", ["Wir haben Erfahrung.", "Sie sparen Zeit."]), ("Über uns", ["Zwölf Standorte."])],
        notes={2: "Hier betonen wir unsere Erfahrung."},
        grouped=True,
    )
    document = load_document("deck.pptx", data)
    found = [(block.slide, block.role, block.text) for block in document.blocks]
    assert found == [
        (1, Role.SLIDE_TITLE, "Wir sind Marktführer"),
        (1, Role.PARAGRAPH, "Wir haben Erfahrung."),
        (1, Role.PARAGRAPH, "Sie sparen Zeit."),
        (2, Role.SLIDE_TITLE, "Über uns"),
        (2, Role.PARAGRAPH, "Zwölf Standorte."),
        (2, Role.NOTES, "Hier betonen wir unsere Erfahrung."),
    ]


def test_pptx_tables_are_read_cell_by_cell():
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = "Preise"
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for row, texts in enumerate((("Paket", "Preis"), ("Basis", "99 €"))):
        for column, text in enumerate(texts):
            table.cell(row, column).text = text
    import io

    stream = io.BytesIO()
    presentation.save(stream)
    document = load_document("preise.pptx", stream.getvalue())
    assert [b.text for b in document.blocks if b.role is Role.TABLE_CELL] == ["Paket", "Preis", "Basis", "99 €"]


@pytest.mark.parametrize("kind", ["pptx", "pdf"])
def test_vendor_deck_gets_we_slides_and_a_missing_voice_finding(tmp_path, kind):
    data = make_pptx(VENDOR_DECK) if kind == "pptx" else make_pdf(VENDOR_DECK)
    write(tmp_path, f"deck.{kind}", data)
    code, report = run_json("deck." + kind, cwd=tmp_path)
    assert code == 1
    findings = report["files"][0]["findings"]
    we_slides = sorted({f["slide"] for f in findings if f["code"] == "WL701"})
    assert we_slides == [1, 2, 3, 4]
    codes = {f["code"] for f in findings}
    assert {"WL702", "WL703", "WL704"} <= codes


@pytest.mark.parametrize("kind", ["pptx", "pdf"])
def test_customer_first_deck_with_an_early_named_quote_is_clean(tmp_path, kind):
    data = make_pptx(CUSTOMER_FIRST_DECK) if kind == "pptx" else make_pdf(CUSTOMER_FIRST_DECK)
    write(tmp_path, f"deck.{kind}", data)
    _, report = run_json("deck." + kind, cwd=tmp_path)
    findings = report["files"][0]["findings"]
    assert [f for f in findings if f["category"] in DECK_FAMILIES] == []
    assert report["files"][0]["stats"]["testimonials"] >= 1


def test_text_output_names_the_slide(tmp_path):
    write(tmp_path, "deck.pptx", make_pptx(VENDOR_DECK))
    output = run_wirlint("check", "deck.pptx", cwd=tmp_path).stdout
    assert "deck.pptx:slide 3: WL701 [warning] Folie 3 handelt vom Anbieter" in output


def test_encrypted_pdf_is_reported_and_the_other_files_still_linted(tmp_path):
    write(tmp_path, "secret.pdf", make_pdf([("Wir sind toll", ["Wir sind die Besten."])], password="s3cret"))
    write(tmp_path, "deck.pdf", make_pdf(VENDOR_DECK))
    completed = run_wirlint("check", "--format", "json", "secret.pdf", "deck.pdf", cwd=tmp_path)
    assert completed.returncode == 2
    assert (
        completed.stderr.strip()
        == "wirlint: secret.pdf: encrypted PDF: it needs a password, so its text cannot be read"
    )
    report = json.loads(completed.stdout)
    assert {entry["path"]: bool(entry["findings"]) for entry in report["files"]} == {
        "deck.pdf": True,
        "secret.pdf": False,
    }


def test_pdf_protected_only_against_printing_opens_with_the_empty_password(tmp_path):
    write(tmp_path, "open.pdf", make_pdf([("Wir sind Marktführer", ["Wir sind die Besten."])], password=""))
    _, report = run_json("open.pdf", cwd=tmp_path)
    assert report["files"][0]["errors"] == [] and report["files"][0]["findings"]


def test_one_gib_zip_bomb_named_pptx_exits_2_fast_and_small(tmp_path):
    write(tmp_path, "bomb.pptx", make_zip_bomb(1 << 30))
    write(tmp_path, "deck.pptx", make_pptx(VENDOR_DECK))
    started = time.monotonic()
    completed = run_wirlint("check", "bomb.pptx", "deck.pptx", cwd=tmp_path)
    elapsed = time.monotonic() - started
    assert completed.returncode == 2 and elapsed < 30
    assert completed.stderr.startswith("wirlint: bomb.pptx: refused: 1024 MiB when unpacked")
    assert "deck.pptx:slide 1:" in completed.stdout
    # the peak of this run alone: the children of the test process include every earlier test's runs
    measured = subprocess.run(
        [sys.executable, "-m", "bench.peak", sys.executable, "-m", "wirlint", "check", "bomb.pptx", "deck.pptx"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    peak_kb = int(measured.stderr.rsplit("peak-kb:", 1)[1].split()[0])
    assert peak_kb / 1024 < 600


def test_broken_office_file_is_one_error_line(tmp_path):
    write(tmp_path, "broken.docx", b"PK\x03\x04 this is not really a zip")
    completed = run_wirlint("check", "broken.docx", cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stderr.startswith("wirlint: broken.docx: not a valid Office file")


def test_mission_statement_in_word_opening_with_the_company(tmp_path):
    write(
        tmp_path,
        "leitbild.docx",
        make_docx(
            [("Heading 1", "Unser Leitbild"), ("Normal", "Wir sind die Nummer eins für Gebäudereinigung in Sachsen.")]
        ),
    )
    _, report = run_json("leitbild.docx", cwd=tmp_path)
    codes = {f["code"] for f in report["files"][0]["findings"]}
    assert {"WL601", "WL602"} <= codes


def test_customer_first_mission_statement_is_clean(tmp_path):
    text = "# Our mission\n\nOur customers should walk into clean offices every morning. That is what we work for.\n"
    (tmp_path / "mission.md").write_text(text, encoding="utf-8")
    _, report = run_json("mission.md", cwd=tmp_path)
    assert [f for f in report["files"][0]["findings"] if f["category"] == "mission"] == []


def test_mission_section_inside_a_longer_page(tmp_path):
    text = (
        "# Willkommen\n\nSie finden uns am Markt.\n\n## Unser Leitbild\n\nWir sind ein Familienbetrieb. "
        "Wir bilden aus.\n\n## Anfahrt\n\nSie erreichen uns mit dem Bus.\n"
    )
    (tmp_path / "start.md").write_text(text, encoding="utf-8")
    _, report = run_json("start.md", cwd=tmp_path)
    mission = [f for f in report["files"][0]["findings"] if f["category"] == "mission"]
    assert {f["code"] for f in mission} == {"WL601", "WL602"} and all(f["line"] == 7 for f in mission)


def test_customer_terms_from_config_count(tmp_path):
    (tmp_path / ".wirlint.toml").write_text('customer-terms = ["Bauherr"]\n', encoding="utf-8")
    (tmp_path / "leitbild.md").write_text(
        "# Leitbild\n\nJeder Bauherr bekommt einen festen Termin.\n", encoding="utf-8"
    )
    _, report = run_json("leitbild.md", cwd=tmp_path)
    assert "WL602" not in {f["code"] for f in report["files"][0]["findings"]}


def test_testimonials_from_structure_json_ld_and_text(tmp_path):
    page = """<html lang="de"><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "LocalBusiness",
     "review": [{"@type": "Review", "author": "Jana Roth"}, {"@type": "Review", "author": "Ole Berg"}]}
    </script></head><body>
    <div itemscope itemtype="https://schema.org/Review"><p>Sehr gute Arbeit.</p></div>
    <blockquote><p>„Alles lief glatt.“ – ein zufriedener Kunde</p></blockquote>
    <h2>Das sagen unsere Kunden</h2>
    </body></html>"""
    (tmp_path / "stimmen.html").write_text(page, encoding="utf-8")
    _, report = run_json("stimmen.html", cwd=tmp_path)
    entry = report["files"][0]
    assert entry["stats"]["testimonials"] == 5
    anonymous = [f for f in entry["findings"] if f["code"] == "WL402"]
    assert [f["text"] for f in anonymous] == ["ein zufriedener Kunde"]
