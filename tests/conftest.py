"""Shared helpers: lint a text in memory, run the real command line, find the shared corpora."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.model import FileResult
from wirlint.sources import load_document

ROOT = Path(__file__).resolve().parent.parent
# Results are cached per run of the tests (the commands under test inherit this), never in the user's cache.
os.environ.setdefault("WIRLINT_CACHE_DIR", tempfile.mkdtemp(prefix="wirlint-test-cache-"))
FIXTURES = ROOT / "fixtures"
SHARED_CORPORA = ROOT.parent / "shared" / "corpora" / "ud"
EXTENSIONS = {"markdown": "md", "html": "html", "text": "txt"}


def lint_text(text: str, kind: str = "markdown", **settings: object) -> FileResult:
    """Lint ``text`` as a file of ``kind`` with a default Config changed by ``settings``."""
    config = dataclasses.replace(Config(), **settings)
    document = load_document(f"sample.{EXTENSIONS[kind]}", text.encode("utf-8"))
    return lint_document(document, config)


def codes(result: FileResult) -> list[str]:
    return [finding.rule.code for finding in result.findings]


def run_wirlint(*args: str, cwd: Path | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """The real command line in a child process, as users and pre-commit run it."""
    return subprocess.run(
        [sys.executable, "-m", "wirlint", *args],
        cwd=cwd or ROOT,
        input=stdin.decode("utf-8") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


LINT_AND_LIST_MODULES = """
import runpy, sys
watched = sys.argv[1].split(",")
sys.argv = ["wirlint", *sys.argv[2:]]
try:
    runpy.run_module("wirlint", run_name="__main__")
except SystemExit:
    pass
print("loaded:", sorted(name for name in watched if name in sys.modules), file=sys.stderr)
"""


def run_wirlint_listing_modules(
    watched: tuple[str, ...], *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """The command line in a child process that reports on stderr which of the ``watched`` modules it imported
    ("loaded: ['spacy']"), for tests of what a command imports."""
    command = [sys.executable, "-c", LINT_AND_LIST_MODULES, ",".join(watched), *args]
    return subprocess.run(command, cwd=cwd or ROOT, capture_output=True, text=True, timeout=120, check=False)


def run_json(*args: str, cwd: Path | None = None) -> tuple[int, dict]:
    completed = run_wirlint("check", "--format", "json", *args, cwd=cwd)
    return completed.returncode, json.loads(completed.stdout)


@pytest.fixture
def shared_corpora() -> Path:
    if not SHARED_CORPORA.is_dir():
        pytest.skip(f"the shared UD corpora are not beside this checkout ({SHARED_CORPORA})")
    return SHARED_CORPORA
