"""User rule packs: added through rule-paths, validated with errors that name the file and the key."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import run_json, run_wirlint

VALID = """
[[rules]]
code = "WL901"
name = "cheap-claim"
category = "self-praise"
severity = "error"
scope = "sentence"
message = "Billig-Versprechen: „{match}“."
advice = "Nennen Sie den Preis."
[rules.match]
phrases = ["unschlagbar* günstig*"]
[rules.docs]
what = "Findet „unschlagbar günstig“."
why = "Jeder sagt es."
bad = ["Unsere Preise sind unschlagbar günstig."]
good = ["Sie zahlen 49 Euro im Monat."]
"""


def write_pack(tmp_path, text: str) -> None:
    folder = tmp_path / "house-rules" / "de"
    folder.mkdir(parents=True)
    (folder / "pricing.toml").write_text(text, encoding="utf-8")
    (tmp_path / ".wirlint.toml").write_text('rule-paths = ["house-rules"]\n', encoding="utf-8")


def test_a_user_pack_adds_a_rule_relative_to_the_config_file(tmp_path):
    write_pack(tmp_path, VALID)
    sub = tmp_path / "site"
    sub.mkdir()
    (sub / "preise.md").write_text("Unsere Preise sind unschlagbar günstig.\n", encoding="utf-8")
    code, report = run_json("preise.md", "--select", "WL901", cwd=sub)
    assert code == 1
    assert [(f["code"], f["severity"], f["text"]) for f in report["files"][0]["findings"]] == [
        ("WL901", "error", "unschlagbar günstig")
    ]


def test_company_voice_phrases_count_only_where_the_company_speaks(tmp_path):
    """ "unschlagbar günstig" said of a competitor's offer is no claim of the company's; said by it, or in a
    heading, it is."""
    write_pack(tmp_path, VALID.replace("phrases = ", "company_voice_phrases = "))
    text = (
        "# Unschlagbar günstig\n\nUnsere Preise sind unschlagbar günstig.\n\n"
        "Das Angebot im Prospekt ist unschlagbar günstig, aber prüfen Sie die Laufzeit.\n"
    )
    (tmp_path / "preise.md").write_text(text, encoding="utf-8")
    code, report = run_json("preise.md", "--select", "WL901", cwd=tmp_path)
    assert code == 1
    assert [f["line"] for f in report["files"][0]["findings"]] == [1, 3]


@pytest.mark.parametrize(
    ("broken", "problem"),
    [
        (
            VALID.replace('severity = "error"', 'severity = "fatal"'),
            "(WL901).severity: must be one of info, warning, error",
        ),
        (VALID.replace('code = "WL901"', 'code = "X901"'), ".code: 'X901' does not have the form"),
        (VALID.replace("[rules.match]", "[rules.mtach]"), "(WL901).mtach: unknown key"),
        (
            VALID.replace('phrases = ["unschlagbar* günstig*"]', "patterns = [[{LOWR = 'x'}]]"),
            "match.patterns[0]: not a valid spaCy Matcher pattern",
        ),
        (
            VALID.replace('bad = ["Unsere Preise sind unschlagbar günstig."]', "bad = []"),
            "docs.bad: must be a non-empty list",
        ),
        (VALID + VALID, "WL901 is defined twice"),
        (
            VALID.replace('phrases = ["unschlagbar* günstig*"]', "patterns = [[{LOWER = {REGEX = '(a)\\1'}}]]"),
            "needs what the linear-time engine (RE2) lacks",
        ),
        (
            VALID.replace('[rules.match]\nphrases = ["unschlagbar* günstig*"]', 'check = "os:system"'),
            ".check: 'os:system' does not have the form",
        ),
        (
            VALID.replace(
                '[rules.match]\nphrases = ["unschlagbar* günstig*"]', 'check = "wirlint.checks.we_focus:nope"'
            ),
            ".check: cannot load 'wirlint.checks.we_focus:nope'",
        ),
        ("rules = [", "invalid TOML"),
    ],
)
def test_broken_pack_is_one_error_naming_file_and_key(tmp_path, broken, problem):
    write_pack(tmp_path, broken)
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    completed = run_wirlint("check", "a.md", cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1
    assert "house-rules/de/pricing.toml" in completed.stderr and problem in completed.stderr, completed.stderr


def test_a_pack_can_only_name_checks_of_wirlint_itself(tmp_path):
    """A content repository's own Python module is never imported, whatever the pack says."""
    (tmp_path / "evil.py").write_text("open('ran', 'w').write('yes')\ndef check(c, s):\n    return []\n")
    write_pack(tmp_path, VALID.replace('[rules.match]\nphrases = ["unschlagbar* günstig*"]', 'check = "evil:check"'))
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    completed = run_wirlint("check", "a.md", cwd=tmp_path)
    assert completed.returncode == 2 and "evil:check" in completed.stderr
    assert not (tmp_path / "ran").exists()


def test_listing_rules_imports_no_nlp():
    code = (
        "import sys; from wirlint.engine.packs import load_rules; specs = load_rules(nlp=False); "
        "print(len(specs), sorted(m for m in ('spacy', 'HanTa', 'wirlint.checks.we_focus') if m in sys.modules))"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, imported = completed.stdout.split(" ", 1)
    assert int(count) > 40 and imported.strip() == "[]"


def test_a_user_regex_runs_in_linear_time(tmp_path):
    """^(a+)+$ backtracks exponentially in Python's engine; RE2 answers at once, and the pattern still works."""
    pack = VALID.replace('phrases = ["unschlagbar* günstig*"]', "patterns = [[{LOWER = {REGEX = '^(a+)+$'}}]]")
    write_pack(tmp_path, pack)
    (tmp_path / "a.md").write_text("Sie sagen " + "a" * 40 + "b und aaaa.\n", encoding="utf-8")
    code, report = run_json("a.md", "--select", "WL901", cwd=tmp_path)
    assert code == 1
    assert [f["text"] for f in report["files"][0]["findings"]] == ["aaaa"]
