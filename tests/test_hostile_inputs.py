"""Hostile inputs and hostile file trees: one clear line naming the file and the cause, exit 2, nothing lost."""

from __future__ import annotations

import io
import os
import re
import stat
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import codes, lint_text, run_wirlint
from tests.documents import make_docx
from wirlint.report.text import printable

GOOD = "Wir liefern unseren Kunden frische Zutaten aus der Region.\n"


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_crlf_markdown_with_an_html_block_is_fixed_without_losing_a_byte(tmp_path):
    source = f"Intro.\r\n\r\n<div>\r\n<p>\r\n{GOOD.strip()}\r\n</p>\r\n</div>\r\n"
    page = tmp_path / "c.md"
    page.write_bytes(source.encode())
    completed = run_wirlint("check", "--fix", "--no-cache", "c.md", cwd=tmp_path)
    assert completed.returncode in {0, 1}, completed.stderr
    fixed = page.read_bytes().decode()
    assert fixed == source.replace(GOOD.strip(), "Unsere Kunden erhalten frische Zutaten aus der Region.")


def test_bare_cr_lines_are_lines_for_positions_and_fixes(tmp_path):
    source = f"Intro.\r{GOOD.strip()}\r<!-- Notiz -->\r{GOOD.strip()}\rEnde.\r"
    page = tmp_path / "r.md"
    page.write_bytes(source.encode())
    checked = run_wirlint("check", "--no-cache", "--select", "WL101", "r.md", cwd=tmp_path)
    assert [line.split(": WL101")[0] for line in lines(checked.stdout) if "WL101" in line] == ["r.md:2:1", "r.md:4:1"]
    run_wirlint("check", "--fix", "--no-cache", "r.md", cwd=tmp_path)
    better = "Unsere Kunden erhalten frische Zutaten aus der Region."
    assert page.read_bytes().decode() == f"Intro.\r{better}\r<!-- Notiz -->\r{better}\rEnde.\r"


def test_fix_writes_through_a_symlink_and_keeps_the_mode(tmp_path):
    target = tmp_path / "real.md"
    target.write_text(GOOD, encoding="utf-8")
    target.chmod(0o640)
    (tmp_path / "link.md").symlink_to("real.md")
    run_wirlint("check", "--fix", "--no-cache", "link.md", cwd=tmp_path)
    assert (tmp_path / "link.md").is_symlink()
    assert target.read_text(encoding="utf-8").startswith("Unsere Kunden erhalten")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another owner needs root (CI runs as root)")
def test_fix_keeps_the_files_owner(tmp_path):
    page = tmp_path / "a.md"
    page.write_text(GOOD, encoding="utf-8")
    os.chown(page, 65534, 65534)
    run_wirlint("check", "--fix", "--no-cache", "a.md", cwd=tmp_path)
    assert page.read_text(encoding="utf-8").startswith("Unsere Kunden erhalten")
    assert (page.stat().st_uid, page.stat().st_gid) == (65534, 65534)


@pytest.mark.parametrize("kind", ["read-only", "hard link"])
def test_fix_refuses_what_it_cannot_write_safely(tmp_path, kind):
    page = tmp_path / "a.md"
    page.write_text(GOOD, encoding="utf-8")
    if kind == "read-only":
        page.chmod(0o444)
    else:
        os.link(page, tmp_path / "b.md")
    completed = run_wirlint("check", "--fix", "--no-cache", "a.md", cwd=tmp_path)
    assert completed.returncode == 2
    assert len(lines(completed.stderr)) == 1 and "a.md:" in completed.stderr, completed.stderr
    assert page.read_text(encoding="utf-8") == GOOD


def test_fix_that_cannot_be_encoded_is_an_error_not_a_traceback(tmp_path):
    page = tmp_path / "menu.html"
    html = '<html lang="de"><head><meta charset="iso-8859-1"></head><body><h1>Über uns</h1><p>Text.</p></body></html>'
    original = html.encode("latin-1")
    page.write_bytes(original)
    (tmp_path / ".wirlint.toml").write_text('label-replacements = {de = ["Für Sie ✓"]}\n', encoding="utf-8")
    completed = run_wirlint("check", "--fix", "--unsafe-fixes", "--no-cache", "menu.html", cwd=tmp_path)
    assert completed.returncode == 2 and "Traceback" not in completed.stderr
    assert "menu.html: the rewrite cannot be written in the file's encoding" in completed.stderr, completed.stderr
    assert page.read_bytes() == original


def test_too_large_standard_input_is_refused_not_truncated():
    completed = run_wirlint("check", "--fix", "-", stdin=b"Wir sind da. " * (2 * 1024 * 1024))
    assert completed.returncode == 2 and "too large" in completed.stderr
    assert completed.stdout == "No findings in 0 files. 1 not linted (see the errors above).\n"  # nothing cut off


def test_a_folder_lints_only_regular_files_inside_it(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "secret.md").write_text("Geheim: Wir sind der Marktführer.\n", encoding="utf-8")
    (site / "outside.md").symlink_to("../secret.md")
    (site / "zero.md").symlink_to("/dev/zero")
    (site / "loop.md").symlink_to("loop.md")
    os.mkfifo(site / "pipe.md")
    completed = run_wirlint("check", "--no-cache", "site", cwd=tmp_path)
    assert completed.returncode == 1, completed.stderr
    assert "Geheim" not in completed.stdout and "site/a.md:1:1" in completed.stdout
    notices = lines(completed.stderr)
    assert len(notices) == 4 and all(": skipped:" in notice for notice in notices), notices


def test_a_named_fifo_is_an_error_not_a_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    completed = run_wirlint("check", "--no-cache", "pipe.md", "a.md", cwd=tmp_path)
    assert completed.returncode == 2
    assert "pipe.md: not a regular file" in completed.stderr and "a.md:1:1" in completed.stdout


def test_control_characters_from_content_never_reach_the_terminal():
    assert printable("Wir \x1b]0;pwned\x07 sind \u202etoll") == "Wir \\x1b]0;pwned\\x07 sind \\u202etoll"
    page = "Wir liefern unseren Kunden frische Zutaten aus der Region \x1b[2J.\n"  # in the line and the rewrite
    completed = run_wirlint("check", "--no-cache", "--color", "-", stdin=page.encode())
    unstyled = re.sub(r"\x1b\[[0-9;]*m", "", completed.stdout)  # wirlint's own colours
    assert "\x1b" not in unstyled and unstyled.count("\\x1b[2J") == 2, unstyled


def test_an_internal_error_is_one_line_and_exit_2(tmp_path):
    (tmp_path / ".wirlint.toml").write_text("lang = 'de'\n", encoding="utf-8")
    code = (
        "import sys; import wirlint.cli as cli\n"
        "def broken(*args, **kwargs): raise RuntimeError('boom')\n"
        "cli.cli.commands['check'].callback = broken\n"
        "sys.argv = ['wirlint', 'check', 'x.md']; cli.main()\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert completed.returncode == 2
    assert lines(completed.stderr) == ["wirlint: internal error, please report it: RuntimeError: boom"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("„" * 50_000 + "\n", "markdown"),  # quote openers: the tokenizer and the quote scan were quadratic
        ("Wir " + "ä" * 10_000 + " liefern.\n", "markdown"),  # one enormous word: tokenizer and tagger
        ("<h1>" + "Über uns | " * 10_000 + "</h1>", "html"),  # label splitting
        ("Wir " * 240_000 + "\n", "markdown"),  # reported-speech scan
        ("<div>" * 10_000 + "<p>Wir sind da.</p>" + "</div>" * 10_000, "html"),  # deep element stack
        ("<p>Wir sind da.</p>" + "</span>" * 100_000, "html"),  # stray end tags
    ],
)
def test_pathological_text_is_linted_in_bounded_time(text, kind):
    """Each of these took minutes (or never ended) before; a linear pass takes well under the time limit."""
    result = lint_text(text, kind, lang="de", time_limit=20.0)
    assert not result.errors
    for finding in result.findings:
        assert finding.location.line >= 1 and finding.location.column >= 1


def test_deep_lists_are_linted_to_the_bottom_and_absurd_nesting_is_an_error(tmp_path):
    deep = "".join("  " * level + "- Wir sind da.\n" for level in range(30))
    assert codes(lint_text(deep, lang="de")).count("WL101") == 30
    absurd = tmp_path / "absurd.md"
    absurd.write_text("> " * 120 + "Wir sind da.\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    completed = run_wirlint("check", "--no-cache", "absurd.md", "a.md", cwd=tmp_path)
    assert completed.returncode == 2 and "absurd.md: nested more than 100 levels" in completed.stderr
    assert "a.md:1:1" in completed.stdout


def test_a_file_over_the_time_limit_is_an_error_and_the_others_are_linted(tmp_path):
    (tmp_path / "long.md").write_text("Wir sind ein Team. Unsere Kunden sind zufrieden.\n\n" * 40_000, encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    completed = run_wirlint("check", "--no-cache", "--time-limit", "3", "long.md", "a.md", cwd=tmp_path)
    assert completed.returncode == 2
    assert "long.md: took longer than the time limit (3 s)" in completed.stderr and "a.md:1:1" in completed.stdout


def patched_docx(field: str, value: int) -> bytes:
    """A real Word file whose document.xml entry has one header field changed, in both zip headers."""
    data = bytearray(make_docx([("Normal", GOOD.strip())]))
    offsets = {"flags": (6, 8, 2), "method": (8, 10, 2), "crc": (14, 16, 4), "size": (22, 24, 4)}[field]
    name = b"word/document.xml"
    local = next(i for i in _all(data, b"PK\x03\x04") if data[i + 30 : i + 30 + len(name)] == name)
    central = next(i for i in _all(data, b"PK\x01\x02") if data[i + 46 : i + 46 + len(name)] == name)
    width = offsets[2]
    data[local + offsets[0] : local + offsets[0] + width] = value.to_bytes(width, "little")
    data[central + offsets[1] : central + offsets[1] + width] = value.to_bytes(width, "little")
    return bytes(data)


def _all(data: bytearray, needle: bytes) -> list[int]:
    found, start = [], data.find(needle)
    while start >= 0:
        found.append(start)
        start = data.find(needle, start + 1)
    return found


@pytest.mark.parametrize(
    ("field", "value", "cause"),
    [("size", 100, "Bad CRC-32"), ("crc", 1234, "Bad CRC-32"), ("method", 99, "compression method"),
     ("flags", 1, "encrypted")],
)  # fmt: skip
def test_a_broken_or_lying_office_file_is_one_error_with_its_cause(tmp_path, field, value, cause):
    (tmp_path / "broken.docx").write_bytes(patched_docx(field, value))
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    completed = run_wirlint("check", "--no-cache", "broken.docx", "a.md", cwd=tmp_path)
    assert completed.returncode == 2 and "a.md:1:1" in completed.stdout
    (error,) = lines(completed.stderr)
    assert error.startswith("wirlint: broken.docx: ") and cause in error and "internal error" not in error, error


def test_xml_beyond_the_markup_limit_is_refused_before_parsing(tmp_path):
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        # 52 MiB of XML that compresses only about 2×: inside the size and ratio limits of the archive
        archive.writestr("word/document.xml", "<w:t>" + os.urandom(26 * 2**20).hex() + "</w:t>")
    (tmp_path / "heavy.docx").write_bytes(stream.getvalue())
    completed = run_wirlint("check", "--no-cache", "heavy.docx", cwd=tmp_path)
    assert completed.returncode == 2 and "of XML when unpacked (limit 48 MiB)" in completed.stderr


def test_a_config_nested_absurdly_deep_is_one_error_naming_it(tmp_path):
    (tmp_path / ".wirlint.toml").write_text("exclude = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    completed = run_wirlint("check", "--no-cache", "a.md", cwd=tmp_path)
    assert completed.returncode == 2
    assert lines(completed.stderr) == [f"wirlint: {tmp_path / '.wirlint.toml'}: invalid TOML: nested too deeply"]


def test_a_page_with_200000_links_yields_a_bounded_list():
    from wirlint.crawl.links import MAX_LINKS_PER_PAGE, extract_links

    page = "<html><body>" + "".join(f'<a href="/seite-{n}.html">{n}</a>' for n in range(200_000)) + "</body></html>"
    links = extract_links(page, "http://127.0.0.1:8000/")
    assert len(links) == MAX_LINKS_PER_PAGE and links[0] == "http://127.0.0.1:8000/seite-0.html"
