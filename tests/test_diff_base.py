"""Pull requests see only their own lines: --diff-base REF against a real git repository."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import run_wirlint


def git(cwd, *arguments):
    subprocess.run(["git", *arguments], cwd=cwd, check=True, capture_output=True, timeout=30)


@pytest.fixture
def repo(tmp_path):
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "editor@example.org")
    git(tmp_path, "config", "user.name", "Editor")
    (tmp_path / "a.md").write_text("Wir sind der führende Anbieter.\n\nSie erhalten Kaffee.\n", encoding="utf-8")
    git(tmp_path, "add", "a.md")
    git(tmp_path, "commit", "-q", "-m", "site")
    return tmp_path


def lines_reported(completed):
    report = json.loads(completed.stdout)
    return {entry["path"]: [finding["line"] for finding in entry["findings"]] for entry in report["files"]}


def test_only_changed_lines_and_new_files_are_reported(repo):
    (repo / "a.md").write_text(
        "Wir sind der führende Anbieter.\n\nSie erhalten Kaffee.\n\nWir bieten Tee.\n", encoding="utf-8"
    )
    (repo / "b.md").write_text("Wir sind neu hier.\n", encoding="utf-8")
    completed = run_wirlint("check", "--no-cache", "a.md", "b.md", "--diff-base", "HEAD", "--format", "json", cwd=repo)
    assert completed.returncode == 1
    assert lines_reported(completed) == {"a.md": [5], "b.md": [1]}  # line 1 of a.md is old; b.md is new


def test_without_changes_nothing_is_reported(repo):
    completed = run_wirlint("check", "--no-cache", "a.md", "--diff-base", "HEAD", "--format", "json", cwd=repo)
    assert completed.returncode == 0 and lines_reported(completed) == {"a.md": []}


def test_an_unknown_ref_is_one_error_line(repo):
    completed = run_wirlint("check", "--no-cache", "a.md", "--diff-base", "no-such-branch", cwd=repo)
    assert completed.returncode == 2
    assert completed.stderr.strip() == "wirlint: --diff-base: unknown revision 'no-such-branch'"
