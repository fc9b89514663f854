"""The README's examples work as shown: config snippets load, commands print what the README says."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT, run_wirlint
from wirlint.config import ConfigResolver

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.DOTALL)


def blocks(kind: str) -> list[str]:
    return [body for language, body in BLOCK.findall(README) if language == kind]


@pytest.mark.parametrize("snippet", [block for block in blocks("toml") if "not a wirlint config" not in block])
def test_every_config_snippet_loads_as_a_config_file(tmp_path, snippet):
    (tmp_path / ".wirlint.toml").write_text(snippet, encoding="utf-8")
    ConfigResolver().for_path(tmp_path / "page.md")  # raises a ConfigError naming the key on any mistake


def test_the_suppression_example_silences_exactly_what_it_names(tmp_path):
    (example,) = blocks("markdown")
    (tmp_path / "page.md").write_text(example, encoding="utf-8")
    completed = run_wirlint("check", "--no-cache", "--lang", "de", "-q", "page.md", cwd=tmp_path)
    assert completed.returncode == 0 and completed.stdout == ""  # neither WL101/WL201 nor an unused WL001


def console_examples() -> list[tuple[str, list[str]]]:
    examples = []
    for body in blocks("console"):
        lines = body.splitlines()
        if len(lines) > 1 and lines[0].startswith("$ ") and not lines[1].startswith("$ "):
            examples.append((lines[0][2:], lines[1:]))
    return examples


@pytest.mark.parametrize(("command", "shown"), console_examples())
def test_console_examples_print_what_the_readme_shows(command, shown):
    stdin = None
    if " | " in command:
        feed, command = command.split(" | ", 1)
        stdin = feed.removeprefix("echo ").strip('"').encode("utf-8") + b"\n"
    arguments = command.split()[1:]
    completed = (
        run_wirlint(*arguments, "--no-cache", cwd=ROOT, stdin=stdin)
        if arguments[0] == "check"
        else (run_wirlint(*arguments, cwd=ROOT, stdin=stdin))
    )
    output = completed.stdout.splitlines()
    for line in shown:
        if line != "…":
            assert line in output, (command, line)


def rewrite_table_rows() -> list[tuple[str, str, str]]:
    section = README.split("## Customer-first rewrites", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 4 and cells[3] in {"safe", "review"} and "…" not in cells[1] + cells[2]:
            rows.append((cells[1], cells[2], cells[3]))
    return rows


def test_the_rewrite_table_is_what_the_engine_suggests():
    from wirlint.nlp.langid import detect_language
    from wirlint.rewrite.paragraphs import rewrite_paragraphs

    rows = rewrite_table_rows()
    assert len(rows) >= 6
    for sentence, shown, safety in rows:
        (entry,) = rewrite_paragraphs([sentence], lang=detect_language(sentence))
        found = {(s.text, s.safe) for s in entry.suggestions}
        assert (shown, safety == "safe") in found, (sentence, found)
