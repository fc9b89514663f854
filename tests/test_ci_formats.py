"""GitLab Code Quality and JUnit XML: checked by parsing what wirlint writes."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree

from tests.conftest import run_wirlint

PAGE = 'Wir sind der führende Anbieter für Bäder & Küchen "in" Bayern.\n\nSie erhalten Ihr Angebot in zwei Tagen.\n'


def test_gitlab_code_quality_issues_carry_stable_fingerprints(tmp_path):
    (tmp_path / "a.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "clean.md").write_text("Sie erhalten Ihr Angebot in zwei Tagen.\n", encoding="utf-8")
    first = run_wirlint("check", "--no-cache", "a.md", "clean.md", "--format", "gitlab", cwd=tmp_path)
    issues = json.loads(first.stdout)
    assert first.returncode == 1
    assert {issue["check_name"].split()[0] for issue in issues} == {"WL101", "WL201"}
    for issue in issues:
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] == "a.md" and issue["location"]["positions"]["begin"]["line"] == 1
    assert len({issue["fingerprint"] for issue in issues}) == len(issues)
    # Lines added above move the findings but keep their fingerprints.
    (tmp_path / "a.md").write_text("# Neu\n\n" + PAGE, encoding="utf-8")
    moved = json.loads(run_wirlint("check", "--no-cache", "a.md", "--format", "gitlab", cwd=tmp_path).stdout)
    assert {issue["fingerprint"] for issue in moved} == {issue["fingerprint"] for issue in issues}
    assert {issue["location"]["positions"]["begin"]["line"] for issue in moved} == {3}


def test_junit_has_a_failing_case_per_finding_and_a_passing_case_per_clean_file(tmp_path):
    (tmp_path / "a.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "clean.md").write_text("Sie erhalten Ihr Angebot in zwei Tagen.\n", encoding="utf-8")
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02\xff" * 50)
    completed = run_wirlint("check", "--no-cache", "a.md", "binary.md", "clean.md", "--format", "junit", cwd=tmp_path)
    assert completed.returncode == 2
    root = ElementTree.fromstring(completed.stdout)
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    assert set(suites) == {"a.md", "binary.md", "clean.md"}
    failures = suites["a.md"].findall("testcase/failure")
    assert {failure.get("type") for failure in failures} == {"WL101", "WL201"}
    assert any("Bäder & Küchen" in (failure.text or "") for failure in failures)  # escaped, read back intact
    assert suites["binary.md"].find("testcase/error") is not None
    assert suites["clean.md"].find("testcase/failure") is None and suites["clean.md"].get("tests") == "1"
    assert root.get("failures") == str(len(failures)) and root.get("errors") == "1"
