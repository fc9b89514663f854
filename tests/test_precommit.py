"""The pre-commit hook definition: many files per call, prose types only, silent on success."""

from __future__ import annotations

import re

from tests.conftest import ROOT, run_wirlint


def test_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert re.search(r"^- id: wirlint$", text, re.MULTILINE)
    assert "language: python" in text
    assert "types: [text]" in text and "mdx|" in text and "ya?ml" in text
    assert "entry: wirlint check --quiet --force-exclude" in text


def test_clean_files_are_silent_and_many_files_are_one_call(tmp_path):
    names = []
    for index in range(5):
        path = tmp_path / f"page{index}.md"
        path.write_text(f"Sie erhalten Angebot {index} innerhalb eines Tages.\n", encoding="utf-8")
        names.append(path.name)
    completed = run_wirlint("check", "--quiet", *names, cwd=tmp_path)  # as the hook's entry runs it
    assert completed.returncode == 0
    assert completed.stdout == "" and completed.stderr == ""
    interactive = run_wirlint("check", *names, cwd=tmp_path)
    assert interactive.stdout == "Keine Hinweise in 5 Dateien.\n"
