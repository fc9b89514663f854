"""Cached, parallel and serial runs give the same report; a warm run needs no NLP; the cache is robust."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, run_wirlint, run_wirlint_listing_modules
from wirlint.cache import CACHE_FORMAT


@pytest.fixture
def site(tmp_path):
    """A small content tree: the bundled site and texts, large enough that the default run uses both cores."""
    for name in ("site", "texts"):
        shutil.copytree(FIXTURES / name, tmp_path / name)
    for copy in range(12):
        shutil.copy(FIXTURES / "texts" / "ueber-uns.md", tmp_path / "texts" / f"kopie-{copy}.md")
    return tmp_path


def report(site, *args: str) -> str:
    completed = run_wirlint("check", ".", "--format", "json", "--cache-dir", str(site / ".cache"), *args, cwd=site)
    assert completed.returncode == 1, completed.stderr
    return completed.stdout


def test_serial_parallel_and_cached_runs_agree(site):
    serial = report(site, "--jobs", "1", "--no-cache")
    assert report(site, "--jobs", "2", "--no-cache") == serial
    assert report(site) == serial  # cold cache, default jobs
    assert report(site) == serial  # warm cache
    assert len(list((site / ".cache").rglob("*.json"))) == 22


def test_a_warm_run_imports_no_nlp_and_a_changed_file_is_linted_again(site):
    report(site)
    probe = (("HanTa", "spacy"), "check", ".", "--cache-dir", str(site / ".cache"))
    warm = run_wirlint_listing_modules(*probe, cwd=site)
    assert "loaded: []" in warm.stderr
    (site / "texts" / "kopie-0.md").write_text("Wir sind der Marktführer.\n", encoding="utf-8")
    changed = run_wirlint_listing_modules(*probe, cwd=site)
    assert "loaded: ['HanTa', 'spacy']" in changed.stderr or "loaded: ['spacy']" in changed.stderr
    assert "texts/kopie-0.md:1:1: WL101" in changed.stdout and "Marktführer" in changed.stdout


def test_corrupt_or_foreign_entries_are_ignored_and_replaced(site):
    clean = report(site)
    entries = list((site / ".cache").rglob("*.json"))
    for index, entry in enumerate(entries):
        entry.write_text(["", "{", '{"format": 99}', "null", '{"format": 1, "key": "x"}'][index % 5])
    assert report(site) == clean
    assert all(entry.read_text().startswith(f'{{"format": {CACHE_FORMAT}') for entry in entries)


def test_settings_are_part_of_the_key(site):
    everything = report(site)
    only_praise = report(site, "--select", "self-praise")
    assert only_praise != everything and '"WL101"' not in only_praise and '"WL201"' in only_praise


def test_concurrent_runs_share_one_cache(site):
    expected = report(site, "--no-cache")
    command = [sys.executable, "-m", "wirlint", "check", ".", "--format", "json", "--cache-dir", str(site / ".cache")]
    runs = [subprocess.Popen(command, cwd=site, stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [run.communicate(timeout=180)[0] for run in runs]
    assert outputs == [expected] * 3
    assert report(site) == expected
