"""Configuration: discovery by walking up, validation with file and key, selection and per-file ignores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_json, run_wirlint
from wirlint.config import ConfigResolver
from wirlint.errors import ConfigError

WE_TEXT = "Wir sind ein Team. Wir haben Zeit. Wir bieten Kaffee an. Sie bekommen ihn gratis.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_closest_config_wins_and_pyproject_without_table_is_skipped(tmp_path):
    write(tmp_path / ".wirlint.toml", 'company-names = ["Outer GmbH"]\n')
    write(tmp_path / "site" / "pyproject.toml", "[project]\nname = 'x'\n")
    write(tmp_path / "site" / "de" / "pyproject.toml", '[tool.wirlint]\ncompany-names = ["Inner AG"]\n')
    resolver = ConfigResolver()
    assert resolver.for_path(tmp_path / "site" / "a.md").company_names == ("Outer GmbH",)
    assert resolver.for_path(tmp_path / "site" / "de" / "b.md").company_names == ("Inner AG",)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("selekt = []\n", "unknown setting 'selekt'"),
        ("fail-on = 'fatal'\n", "'fail-on' must be error, warning or info"),
        ("balance-threshold = 3\n", "'balance-threshold' must be a number between 0 and 1"),
        ("select = 'WL1'\n", "'select' must be a list of strings"),
        ("lang = 'fr'\n", "'lang' must be one of de, en"),
        ("[nlp.model]\nde = 5\n", "'nlp.model.de' must name a spaCy pipeline"),
        ("this is = not toml\n", "invalid TOML"),
    ],
)
def test_wrong_config_names_file_and_key(tmp_path, content, message):
    config = write(tmp_path / ".wirlint.toml", content)
    with pytest.raises(ConfigError) as error:
        ConfigResolver().for_path(tmp_path / "a.md")
    assert message in str(error.value)
    assert str(config) in str(error.value)


def test_wrong_config_is_exit_2_with_one_line(tmp_path):
    write(tmp_path / ".wirlint.toml", "selekt = []\n")
    write(tmp_path / "a.md", WE_TEXT)
    completed = run_wirlint("check", "a.md", cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stderr.count("\n") == 1 and ".wirlint.toml" in completed.stderr and "selekt" in completed.stderr


def test_select_ignore_by_code_prefix_category_and_per_file_ignores(tmp_path):
    write(tmp_path / "a.md", WE_TEXT)
    write(tmp_path / "drafts" / "b.md", WE_TEXT)
    _, report = run_json("a.md", cwd=tmp_path)
    assert {"WL101", "WL102"} <= {f["code"] for f in report["files"][0]["findings"]}
    _, report = run_json("--select", "WL10", "--ignore", "we-chain", "a.md", cwd=tmp_path)
    assert {f["code"] for f in report["files"][0]["findings"]} == {"WL101", "WL103"}
    _, report = run_json("--select", "we-focus", "--ignore", "WL102,WL103", "a.md", cwd=tmp_path)
    assert {f["code"] for f in report["files"][0]["findings"]} == {"WL101"}
    write(tmp_path / ".wirlint.toml", '[per-file-ignores]\n"drafts/*" = ["WL1"]\n')
    code, report = run_json("a.md", "drafts/b.md", cwd=tmp_path)
    by_path = {entry["path"]: entry for entry in report["files"]}
    assert by_path["drafts/b.md"]["findings"] == []
    assert by_path["a.md"]["findings"]
    assert code == 1


def test_unknown_selector_is_a_usage_error(tmp_path):
    write(tmp_path / "a.md", WE_TEXT)
    completed = run_wirlint("check", "--select", "WL999", "a.md", cwd=tmp_path)
    assert completed.returncode == 2 and "WL999" in completed.stderr


def test_company_names_from_config_count_as_company_voice(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.wirlint]\ncompany-names = ["Kornfeld Bäckerei"]\n')
    write(tmp_path / "a.md", "Kornfeld Bäckerei backt jeden Morgen frisches Brot für die Stadt.\n")
    _, report = run_json("--select", "WL101", "a.md", cwd=tmp_path)
    assert [f["code"] for f in report["files"][0]["findings"]] == ["WL101"]


def test_exclude_and_out_of_scope_pages_are_skipped_when_walking(tmp_path):
    write(tmp_path / ".wirlint.toml", 'exclude = ["drafts"]\n')
    for name in ("index.md", "impressum.md", "drafts/x.md", "datenschutz.html"):
        write(tmp_path / name, WE_TEXT)
    _, report = run_json(".", cwd=tmp_path)
    assert [entry["path"] for entry in report["files"]] == ["index.md"]
    _, report = run_json("impressum.md", cwd=tmp_path)  # named explicitly: read as a legal page
    (entry,) = report["files"]
    assert entry["page_type"] == "legal" and entry["findings"] == []
    write(tmp_path / ".wirlint.toml", 'exclude = ["drafts"]\npage-type-ignores = {legal = []}\n')
    _, report = run_json("impressum.md", cwd=tmp_path)  # the legal page type switches nothing off now
    assert {finding["code"] for finding in report["files"][0]["findings"]} >= {"WL101"}


def test_a_tool_wirlint_table_copied_into_wirlint_toml_reads_the_same(tmp_path):
    write(
        tmp_path / ".wirlint.toml",
        '[tool.wirlint]\nignore = ["WL101"]\n\n[tool.wirlint.per-file-ignores]\n"legal/*" = ["WL2"]\n',
    )
    config = ConfigResolver().for_path(tmp_path / "a.md")
    assert config.ignore == ("WL101",) and config.per_file_ignores == (("legal/*", ("WL2",)),)


@pytest.mark.parametrize(
    ("content", "hint"),
    [
        ('compny-names = ["Brandt"]\n', "unknown setting 'compny-names'; did you mean 'company-names'?"),
        ("ignore = []\n[tool.wirlint]\nselect = []\n", "the settings stand at the top level"),
        ("zzz = 1\n", "known settings: balance-min-sentences"),
    ],
)
def test_an_unknown_setting_says_what_was_meant(tmp_path, content, hint):
    write(tmp_path / ".wirlint.toml", content)
    with pytest.raises(ConfigError, match=hint.replace("?", r"\?").replace("(", r"\(")):
        ConfigResolver().for_path(tmp_path / "a.md")


def test_config_show_names_each_setting_and_where_it_came_from(tmp_path):
    write(tmp_path / ".wirlint.toml", 'company-names = ["Brandt GmbH"]\nignore = ["WL203"]\n')
    write(tmp_path / "a.md", "Sie erhalten Brot.\n")
    shown = run_wirlint("config", "--show", "a.md", cwd=tmp_path)
    assert shown.returncode == 0
    lines = {line.split("=")[0].strip(): line for line in shown.stdout.splitlines()}
    assert lines["ignore"].endswith(".wirlint.toml") and '["WL203"]' in lines["ignore"]
    assert lines["balance-threshold"].endswith("# default")
    settings = json.loads(run_wirlint("config", "--format", "json", cwd=tmp_path).stdout)
    assert settings["company-names"] == {"value": ["Brandt GmbH"], "from": str(tmp_path / ".wirlint.toml")}
    assert settings["fail-on"] == {"value": "warning", "from": "default"}


def test_show_files_lists_what_a_run_would_lint_and_lints_nothing(tmp_path):
    write(tmp_path / ".wirlint.toml", 'exclude = ["drafts"]\n')
    for name in ("site/a.md", "site/impressum.md", "site/drafts/d.md", "site/b.html"):
        write(tmp_path / name, "Wir sind da.\n")
    shown = run_wirlint("check", "site", "--show-files", cwd=tmp_path)
    assert shown.returncode == 0 and shown.stdout.splitlines() == ["site/a.md", "site/b.html"]


def test_an_unknown_rule_selector_gets_a_did_you_mean(tmp_path):
    write(tmp_path / "a.md", "Sie erhalten Brot.\n")
    completed = run_wirlint("check", "a.md", "--select", "rank-claimm", cwd=tmp_path)
    assert completed.returncode == 2
    assert "matches no rule; did you mean 'rank-claim'?" in completed.stderr
