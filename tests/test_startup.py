"""The wirlint process imports spaCy without spaCy's command line, and that command line still works on first use."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import FIXTURES, run_wirlint_listing_modules

USE_THE_COMMAND_LINE = """
from wirlint.nlp.startup import defer_spacy_command_line
defer_spacy_command_line()
import spacy
assert "typer" not in __import__("sys").modules
print(sorted(spacy.info(silent=True))[:2])
from spacy.cli import download
print(download.__module__, spacy.cli.__file__.endswith("__init__.py"))
"""


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=120, check=False)


def test_a_check_lints_with_spacy_but_without_its_command_line():
    watched = ("spacy", "spacy.cli.download", "typer", "weasel")
    completed = run_wirlint_listing_modules(watched, "check", "--no-cache", str(FIXTURES / "texts" / "ueber-uns.md"))
    assert "WL101" in completed.stdout
    assert "loaded: ['spacy']" in completed.stderr


def test_spacy_info_and_the_command_line_are_imported_on_first_use():
    completed = run_python("-c", USE_THE_COMMAND_LINE)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == ["['location', 'pipelines']", "spacy.cli.download True"]
