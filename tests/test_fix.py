"""--fix and --diff on real-looking files: exactly the rewritten sentence changes, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_wirlint
from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.errors import InputError
from wirlint.fix import plan_fixes, write_fix
from wirlint.sources import load_document

MARKDOWN = (
    "---\r\ntitle: Wir über uns\r\nlang: de\r\n---\r\n"
    "# Angebot\r\n\r\n"
    "Zeile mit hartem Umbruch  \r\nund weiter.\\\r\nNoch eine Zeile.\r\n\r\n"
    "Wir bieten Ihnen eine kostenlose Erstberatung.   Danke für Ihr Vertrauen.\r\n\r\n"
    "> „Wir bieten Ihnen immer alles“, sagt Frau Keller.\r\n\r\n"
    "```\r\nWir bieten Ihnen Code.\r\n```\r\n"
    "Letzte Zeile ohne Umbruch am Ende"
)
FIXED_SENTENCE = "Sie erhalten eine kostenlose Erstberatung."


def test_fix_changes_exactly_the_one_sentence(tmp_path):
    path = tmp_path / "angebot.md"
    original = "\ufeff" + MARKDOWN
    path.write_bytes(original.encode("utf-8"))
    completed = run_wirlint("check", "--fix", "--exit-zero", path.name, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert "Fixed 1 finding." in completed.stderr
    expected = original.replace("Wir bieten Ihnen eine kostenlose Erstberatung.", FIXED_SENTENCE, 1)
    assert path.read_bytes() == expected.encode("utf-8")  # BOM, CRLF, spaces, front matter, code: untouched
    assert "WL101" not in completed.stdout.split("angebot.md:9")[0] if "angebot.md:9" in completed.stdout else True


def test_diff_prints_the_change_and_writes_nothing(tmp_path):
    path = tmp_path / "angebot.md"
    path.write_text(MARKDOWN, encoding="utf-8", newline="")
    before = path.read_bytes()
    completed = run_wirlint("check", "--diff", path.name, cwd=tmp_path)
    assert completed.returncode == 1
    assert "-Wir bieten Ihnen eine kostenlose Erstberatung." in completed.stdout
    assert f"+{FIXED_SENTENCE}" in completed.stdout
    assert completed.stdout.startswith("--- a/angebot.md\n+++ b/angebot.md\n")
    assert path.read_bytes() == before


def test_fix_in_html_keeps_markup_and_escapes(tmp_path):
    page = (
        '<html lang="en"><body>\n<p class="intro">We offer our clients free onboarding &amp; training.</p>\n'
        "<p>We give every new member a coach.</p>\n</body></html>\n"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    run_wirlint("check", "--fix", "--exit-zero", path.name, cwd=tmp_path)
    # The first sentence holds an entity, so it is not a plain copy of the source: left alone.
    assert path.read_text(encoding="utf-8") == page.replace(
        "We give every new member a coach.", "Every new member gets a coach."
    )


def test_unsafe_label_swap_only_with_unsafe_fixes(tmp_path):
    path = tmp_path / "nav.md"
    path.write_text("# Über uns\n\nSie erhalten heute Ihr Angebot.\n", encoding="utf-8")
    run_wirlint("check", "--fix", "--exit-zero", path.name, cwd=tmp_path)
    assert path.read_text(encoding="utf-8").startswith("# Über uns\n")
    run_wirlint("check", "--fix", "--unsafe-fixes", "--exit-zero", path.name, cwd=tmp_path)
    assert path.read_text(encoding="utf-8").startswith("# Für Sie\n")


def test_a_file_changed_since_it_was_read_is_not_overwritten(tmp_path):
    path = tmp_path / "a.md"
    data = b"Wir bieten Ihnen eine Beratung.\n"
    path.write_bytes(data)
    document = load_document(str(path), data)
    result = lint_document(document, Config(lang="de"))
    plan = plan_fixes(Path(path), data, document, result, unsafe=False)
    assert plan.changed
    path.write_bytes(b"Someone else edited this.\n")
    with pytest.raises(InputError, match="changed on disk"):
        write_fix(plan)
    assert path.read_bytes() == b"Someone else edited this.\n"


def test_fix_on_standard_input_prints_the_fixed_text(tmp_path):
    completed = run_wirlint(
        "check",
        "--fix",
        "--exit-zero",
        "--stdin-filename",
        "x.md",
        "-",
        cwd=tmp_path,
        stdin=b"Wir geben dir eine Garantie.\n",
    )
    assert completed.stdout.startswith("Du erhältst eine Garantie.\n")
