"""The command line as users, CI and pre-commit run it: exit codes, bad input, stdin, output contracts."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, run_json, run_wirlint

WE_FIRST = "Wir liefern besonders frisches Brot in die ganze Stadt.\n"
CLEAN = "Sie bekommen jeden Morgen frisches Brot an Ihre Tür.\n"
TEXT_LINE = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):(?P<column>\d+): (?P<code>WL\d{3}) \[(?P<severity>\w+)\] .+$")


@pytest.fixture
def workdir(tmp_path):
    (tmp_path / "we.md").write_text(WE_FIRST, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_exit_codes_clean_findings_and_exit_zero(workdir):
    assert run_wirlint("check", "clean.md", cwd=workdir).returncode == 0
    assert run_wirlint("check", "we.md", cwd=workdir).returncode == 1
    assert run_wirlint("check", "--exit-zero", "we.md", cwd=workdir).returncode == 0
    assert run_wirlint("check", "--fail-on", "error", "we.md", cwd=workdir).returncode == 0


def test_text_output_lines_parse_and_point_at_the_sentence(workdir):
    completed = run_wirlint("check", "we.md", cwd=workdir)
    first = completed.stdout.splitlines()[0]
    match = TEXT_LINE.match(first)
    assert match, first
    assert match.groupdict() | {} == {
        "path": "we.md",
        "line": "1",
        "column": "1",
        "code": "WL101",
        "severity": "warning",
    }
    lines = completed.stdout.splitlines()
    source = (workdir / "we.md").read_text(encoding="utf-8").splitlines()[0]
    assert lines[1:3] == ["  |", f"1 | {source[:100]}" + ("…" if len(source) > 100 else "")]
    assert lines[3].startswith("  | ^^^") and lines[4].startswith("  Tipp: ")  # the sentence underlined, the tip
    assert "Kundenfokus" in completed.stdout
    concise = run_wirlint("check", "we.md", "--output-format", "concise", cwd=workdir).stdout.splitlines()
    assert TEXT_LINE.match(concise[0]) and concise[1].startswith("  Tipp: ")


def test_the_source_excerpt_windows_a_long_line_around_the_finding(tmp_path):
    filler = "Sie erhalten frische Brötchen jeden Morgen um sieben Uhr direkt an Ihre Haustür geliefert. " * 4
    (tmp_path / "long.md").write_text(filler + "Wir sind der führende Bäcker der Region.\n", encoding="utf-8")
    output = run_wirlint("check", "--no-cache", "long.md", cwd=tmp_path).stdout.splitlines()
    header = next(index for index, line in enumerate(output) if " WL201 " in line)
    source, carets = output[header + 2], output[header + 3]
    assert source.startswith("1 | …") and len(source) < 140
    underlined = source[carets.index("^") : carets.rindex("^") + 1]
    assert underlined == "der führende"


@pytest.mark.parametrize(
    ("name", "content", "cause"),
    [
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.md", "Wir sind für Sie da.".encode("latin-1"), "not valid UTF-8"),
        ("missing.md", None, "no such file or folder"),
    ],
)
def test_bad_input_is_one_error_line_exit_2_and_the_rest_still_linted(workdir, name, content, cause):
    if content is not None:
        (workdir / name).write_bytes(content)
    completed = run_wirlint("check", "--format", "json", name, "we.md", cwd=workdir)
    assert completed.returncode == 2
    error_lines = completed.stderr.splitlines()
    assert len(error_lines) == 1 and error_lines[0].startswith(f"wirlint: {name}: ") and cause in error_lines[0]
    report = json.loads(completed.stdout)
    by_path = {entry["path"]: entry for entry in report["files"]}
    assert by_path[name]["errors"] and by_path[name]["findings"] == []
    assert [f["code"] for f in by_path["we.md"]["findings"]] == ["WL101"]


def test_empty_file_is_clean(workdir):
    (workdir / "empty.md").write_bytes(b"")
    completed = run_wirlint("check", "empty.md", cwd=workdir)
    assert (completed.returncode, completed.stdout, completed.stderr) == (0, "No findings in 1 file.\n", "")


def test_declared_charset_in_html_is_honoured(workdir):
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Wir sind für Sie da, täglich.</p></body></html>'
    (workdir / "latin.html").write_bytes(page.encode("latin-1"))
    _code, report = run_json("latin.html", cwd=workdir)
    (entry,) = report["files"]
    assert entry["errors"] == [] and entry["findings"][0]["text"] == "Wir sind für Sie da, täglich."


def test_utf8_bom_is_removed_and_columns_stay_exact(workdir):
    (workdir / "bom.md").write_bytes(b"\xef\xbb\xbf" + "Über den Dächern. Wir sind da.\n".encode())
    _, report = run_json("bom.md", cwd=workdir)
    (finding,) = report["files"][0]["findings"]
    assert (finding["line"], finding["column"]) == (1, 19)


def test_stdin_with_stdin_filename(workdir):
    completed = run_wirlint(
        "check", "--stdin-filename", "page.html", "-", cwd=workdir, stdin=b"<p>We ship today, and we ship fast.</p>"
    )
    assert completed.returncode == 1
    assert completed.stdout.startswith("page.html:1:4: WL101")


def test_json_contract(workdir):
    code, report = run_json("we.md", "clean.md", cwd=workdir)
    assert code == 1
    assert set(report) == {"version", "files", "summary"}
    assert [entry["path"] for entry in report["files"]] == ["clean.md", "we.md"]
    entry = report["files"][1]
    assert set(entry) == {"path", "lang", "page_type", "score", "stats", "findings", "errors", "warnings"}
    assert entry["lang"] == "de"
    assert entry["page_type"] == "marketing"
    assert set(entry["score"]) == {"we", "you", "customer_focus"}
    assert set(entry["stats"]) == {"words", "sentences", "testimonials"}
    (finding,) = entry["findings"]
    assert finding == {
        "code": "WL101",
        "rule": "we-first-sentence",
        "category": "we-focus",
        "severity": "warning",
        "scope": "sentence",
        "message": "Satz beginnt mit „Wir“ – die Kundin kommt erst danach.",
        "line": 1,
        "column": 1,
        "end_line": 1,
        "end_column": 56,
        "text": WE_FIRST.strip(),
        "suggestion": None,
        "suggestion_kind": None,
        "suggestion_safe": None,
        "advice": finding["advice"],
    }
    assert report["summary"]["findings"] == 1 and report["summary"]["by_code"] == {"WL101": 1}


def test_json_says_what_fix_does_with_each_suggestion(workdir):
    (workdir / "fix.md").write_text(
        "Wir liefern unseren Kunden frische Zutaten.\n\nWir beraten Sie gern auch telefonisch.\n", encoding="utf-8"
    )
    _, report = run_json("--lang", "de", "fix.md", cwd=workdir)
    found = {f["text"]: (f["suggestion_kind"], f["suggestion_safe"]) for f in report["files"][0]["findings"]}
    assert found["Wir liefern unseren Kunden frische Zutaten."][1] is True
    assert found["Wir beraten Sie gern auch telefonisch."] == ("passive", False)


def test_json_lines_github_and_sarif(workdir):
    lines = run_wirlint("check", "--format", "json-lines", "we.md", cwd=workdir).stdout.splitlines()
    assert [json.loads(line)["code"] for line in lines] == ["WL101"]
    github = run_wirlint("check", "--format", "github", "we.md", cwd=workdir).stdout
    assert github.startswith("::warning file=we.md,line=1,col=1,endLine=1,endColumn=56,title=WL101 we-first-sentence::")
    sarif = json.loads(run_wirlint("check", "--format", "sarif", "we.md", cwd=workdir).stdout)
    run = sarif["runs"][0]
    assert sarif["version"] == "2.1.0" and run["tool"]["driver"]["rules"][0]["id"] == "WL101"
    result = run["results"][0]
    assert result["ruleId"] == "WL101" and result["level"] == "warning"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 56}
    assert result["partialFingerprints"]["wirlint/v1"]


def test_folders_and_globs_expand_sorted_and_relative(tmp_path):
    (tmp_path / "site" / "de").mkdir(parents=True)
    (tmp_path / "site" / "de" / "b.md").write_text(WE_FIRST, encoding="utf-8")
    (tmp_path / "site" / "a.html").write_text(f"<p>{WE_FIRST}</p>", encoding="utf-8")
    (tmp_path / "site" / "image.png").write_bytes(b"\x00\x01")
    _, report = run_json("site", cwd=tmp_path)
    assert [entry["path"] for entry in report["files"]] == ["site/a.html", "site/de/b.md"]
    _, report = run_json("site/**/*.md", cwd=tmp_path)
    assert [entry["path"] for entry in report["files"]] == ["site/de/b.md"]


def test_rules_and_explain():
    listing = run_wirlint("rules", "--lang", "de").stdout
    assert re.search(r"^WL101\s+we-first-sentence\s+we-focus\s+warning", listing, re.MULTILINE)
    assert "WL104" not in listing
    assert "WL104" in run_wirlint("rules", "--all").stdout
    codes = [line.split()[0] for line in listing.splitlines()]
    assert codes == sorted(codes) and len(set(len(line.split("  ")[0]) for line in listing.splitlines())) == 1
    assert "Findet Sätze, die mit dem Unternehmen beginnen" in listing  # one-line descriptions in German
    entries = json.loads(run_wirlint("rules", "--format", "json").stdout)
    described = {entry["code"]: entry for entry in entries}
    assert described["WL101"]["description"].startswith("Finds sentences that open with the company")
    assert all(entry["default"] for entry in entries) and [e["code"] for e in entries] == sorted(described)
    explained = run_wirlint("explain", "WL201", "--lang", "de").stdout
    assert "## Warum ist das schlecht?" in explained and "## Beispiel" in explained
    unknown = run_wirlint("explain", "WL999")
    assert unknown.returncode == 2 and "WL999" in unknown.stderr


def test_console_script_and_module_agree_on_the_demo():
    completed = run_wirlint("check", "--exit-zero", "--statistics", str(FIXTURES))
    assert completed.returncode == 0
    assert re.search(r"^\s+\d+  WL101  we-first-sentence$", completed.stdout, re.MULTILINE)


def test_init_writes_a_valid_config_once(tmp_path):
    completed = run_wirlint("init", "--company-name", "Brandt & Söhne GmbH", cwd=tmp_path)
    assert completed.returncode == 0
    config = (tmp_path / ".wirlint.toml").read_text(encoding="utf-8")
    assert 'company-names = ["Brandt & Söhne GmbH"]' in config
    (tmp_path / "a.md").write_text("Brandt & Söhne GmbH liefert jeden Tag frisches Holz.\n", encoding="utf-8")
    code, report = run_json("a.md", cwd=tmp_path)
    assert code == 1 and [f["code"] for f in report["files"][0]["findings"]] == ["WL101"]
    again = run_wirlint("init", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr
    (tmp_path / "b.md").write_text("We are the leading provider of timber.\n", encoding="utf-8")
    code, report = run_json("b.md", cwd=tmp_path)  # init fixes no language: English is still English
    assert report["files"][0]["lang"] == "en" and "WL201" in [f["code"] for f in report["files"][0]["findings"]]


def test_text_output_ends_with_a_total_and_honours_quiet_no_color_and_output_file(tmp_path):
    (tmp_path / "a.md").write_text("We are the leading provider.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("You get your invoice the same day.\n", encoding="utf-8")
    full = run_wirlint("check", "--no-cache", "a.md", "b.md", cwd=tmp_path)
    assert full.stdout.splitlines()[-1] == "2 findings in 2 files."
    quiet = run_wirlint("check", "--no-cache", "--quiet", "a.md", "b.md", cwd=tmp_path)
    assert quiet.stdout.count("\n") == 10 and "findings in" not in quiet.stdout  # two findings, five lines each
    concise = run_wirlint("check", "--no-cache", "-q", "--output-format", "concise", "a.md", "b.md", cwd=tmp_path)
    assert concise.stdout.count("\n") == 4  # two findings, two lines each
    forced = subprocess.run(
        [sys.executable, "-m", "wirlint", "check", "--no-cache", "a.md"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "FORCE_COLOR": "1", "NO_COLOR": ""},
    )  # fmt: skip
    assert "\x1b[" in forced.stdout
    plain = subprocess.run(
        [sys.executable, "-m", "wirlint", "check", "--no-cache", "a.md"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "FORCE_COLOR": "1", "NO_COLOR": "1"},
    )  # fmt: skip
    assert "\x1b[" not in plain.stdout
    written = run_wirlint("check", "--no-cache", "--format", "json", "-o", "report.json", "a.md", cwd=tmp_path)
    assert written.returncode == 1 and written.stdout == ""
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["summary"]["findings"] == 2
