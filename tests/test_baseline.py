"""Adopting wirlint on a site with existing findings: a baseline keeps them out, new ones still show."""

from __future__ import annotations

import json

from tests.conftest import run_wirlint

PAGE = "Wir sind der führende Anbieter in Bayern.\n\nWir haben Erfahrung.\n\nUnsere Werkstatt ist groß.\n"


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_a_baseline_hides_old_findings_through_shifted_lines_and_reflowed_paragraphs(tmp_path):
    write(tmp_path / "a.md", PAGE)
    written = run_wirlint("check", "--no-cache", "a.md", "--write-baseline", "base.json", cwd=tmp_path)
    assert written.returncode == 0 and written.stdout == ""
    entries = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))["findings"]
    assert {entry["code"] for entry in entries} == {"WL101", "WL102", "WL103", "WL201"}
    assert f"Wrote {len(entries)} findings to base.json" in written.stderr
    # A heading pushes everything down, the first paragraph is reflowed, and one new claim is added.
    moved = (
        "# Neu\n\nWir sind der führende\nAnbieter in Bayern.\n\nWir haben Erfahrung.\n\n"
        "Unsere Werkstatt ist groß.\n\nSie erhalten eine erstklassige Beratung.\n"
    )
    write(tmp_path / "a.md", moved)
    completed = run_wirlint("check", "--no-cache", "a.md", "--baseline", "base.json", cwd=tmp_path)
    assert completed.returncode == 1
    reported = [line.split(" ")[:2] for line in completed.stdout.splitlines() if line.startswith("a.md:")]
    assert reported == [["a.md:10:19:", "WL202"]]
    assert f"{len(entries)} findings left out by base.json" in completed.stderr


def test_fixed_findings_are_reported_as_stale_entries(tmp_path):
    write(tmp_path / "a.md", "Sie erhalten Kaffee.\n\nWir haben Erfahrung.\n")
    run_wirlint("check", "--no-cache", "a.md", "--write-baseline", "base.json", cwd=tmp_path)
    write(tmp_path / "a.md", "Sie erhalten Kaffee.\n\nSie profitieren von unserer Erfahrung.\n")
    completed = run_wirlint("check", "--no-cache", "a.md", "--baseline", "base.json", cwd=tmp_path)
    assert completed.returncode == 0
    assert "1 baseline entry no longer matches" in completed.stderr
    assert "a.md: WL101 “wir haben erfahrung”" in completed.stderr


def test_one_more_occurrence_of_a_recorded_text_is_new(tmp_path):
    write(tmp_path / "a.md", "Wir haben Erfahrung.\n")
    run_wirlint("check", "--no-cache", "a.md", "--write-baseline", "base.json", cwd=tmp_path)
    write(tmp_path / "a.md", "Wir haben Erfahrung.\n\nWir haben Erfahrung.\n")
    completed = run_wirlint("check", "--no-cache", "a.md", "--baseline", "base.json", "--format", "json", cwd=tmp_path)
    report = json.loads(completed.stdout)
    assert [finding["line"] for finding in report["files"][0]["findings"]] == [3]


def test_a_hook_that_lints_one_file_does_not_call_other_files_entries_stale(tmp_path):
    write(tmp_path / "a.md", PAGE)
    write(tmp_path / "b.md", "Wir sind da.\n")
    run_wirlint("check", "--no-cache", "a.md", "b.md", "--write-baseline", "base.json", cwd=tmp_path)
    completed = run_wirlint("check", "--no-cache", "a.md", "--baseline", "base.json", "--format", "sarif", cwd=tmp_path)
    assert completed.returncode == 0 and "no longer match" not in completed.stderr
    assert json.loads(completed.stdout)["runs"][0]["results"] == []


def test_a_broken_baseline_is_one_error_line(tmp_path):
    write(tmp_path / "a.md", PAGE)
    write(tmp_path / "base.json", '{"version": 1, "findings": [{"path": 3}]}')
    completed = run_wirlint("check", "--no-cache", "a.md", "--baseline", "base.json", cwd=tmp_path)
    assert completed.returncode == 2
    (line,) = completed.stderr.strip().splitlines()
    assert "base.json: not a wirlint baseline (bad entry" in line
    missing = run_wirlint("check", "--no-cache", "a.md", "--baseline", "nope.json", cwd=tmp_path)
    assert missing.returncode == 2 and "nope.json: baseline file not found" in missing.stderr
