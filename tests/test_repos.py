"""Content repositories as they are laid out by Hugo, Jekyll, Astro, Eleventy, Nuxt Content and Docusaurus
(``fixtures/repos/``): every piece of copy is linted with exact positions — front matter, data files, menus,
templates, components — nothing that is not prose produces a finding, build output and theme templates are
left out, the pre-commit way of naming every file gives the same findings as a folder scan, and ``check DIR``
gives the site verdict.

After a deliberate change, regenerate the golden files with ``WIRLINT_UPDATE_GOLDEN=1 pytest
tests/test_repos.py`` and review the diff of ``fixtures/expected/repos/``.
"""

from __future__ import annotations

import json
import os
import subprocess
import time

import pytest

from tests.conftest import FIXTURES, run_wirlint

REPOS = FIXTURES / "repos"
NAMES = sorted(path.name for path in REPOS.iterdir() if path.is_dir())
EXPECTED = FIXTURES / "expected" / "repos"
NOT_PROSE = ("{{", "}}", "{%", "%}", "import ", "export ", "<", ">", "---", "console.log", "=>", "props.")
LEFT_OUT = ("public/", "_site/", "dist/", "build/", ".output/", "layouts/", "_layouts/", "_includes/",
            "archetypes/", "README", "CHANGELOG", "package.json", "impressum", "datenschutz", "jobs/")  # fmt: skip


def check(repo: str, *arguments: str) -> dict:
    completed = run_wirlint("check", "--no-cache", "--format", "json", "--exit-zero", *arguments, cwd=REPOS / repo)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


@pytest.fixture(scope="module")
def scans() -> dict[str, dict]:
    return {name: check(name, ".") for name in NAMES}


def findings_of(report: dict) -> list[list]:
    return sorted(
        [entry["path"], f["code"], f["line"], f["column"], f["text"], f["suggestion"]]
        for entry in report["files"]
        for f in entry["findings"]
    )


def test_there_is_a_repository_of_every_generator():
    assert NAMES == ["astro", "docusaurus", "eleventy", "hugo", "jekyll", "nuxt"]


@pytest.mark.parametrize("name", NAMES)
def test_findings_match_the_golden_file(scans, name):
    actual = {"findings": findings_of(scans[name]), "site": _site_summary(scans[name])}
    golden = EXPECTED / f"{name}.json"
    if os.environ.get("WIRLINT_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(golden.read_text(encoding="utf-8"))


def _site_summary(report: dict) -> dict:
    site = report.get("site") or {}
    return {
        "findings": sorted([f["path"], f["code"]] for f in site.get("findings", [])),
        "pages": site.get("pages"),
        "score": site.get("score"),
    }


@pytest.mark.parametrize("name", NAMES)
def test_every_finding_points_at_its_own_prose(scans, name):
    """The reported text is at the reported line and column, and it is never template syntax."""
    for entry in scans[name]["files"]:
        lines = (REPOS / name / entry["path"]).read_text(encoding="utf-8").split("\n")
        for finding in entry["findings"]:
            assert not any(mark in finding["text"] for mark in NOT_PROSE), (entry["path"], finding["text"])
            if finding["scope"] in {"sentence", "block"} and finding["line"] == finding["end_line"]:
                cut = lines[finding["line"] - 1][finding["column"] - 1 : finding["end_column"] - 1]
                assert cut == finding["text"], (entry["path"], finding)


@pytest.mark.parametrize("name", NAMES)
def test_build_output_themes_meta_files_and_legal_pages_are_left_out(scans, name):
    linted = [entry["path"] for entry in scans[name]["files"]]
    assert linted, name
    assert not [path for path in linted if any(marker in path for marker in LEFT_OUT)]


# Copy that lives outside a Markdown body, and must be linted where it is.
COPY = [
    ("hugo", "content/_index.md", 8, "WL101"),  # front matter hero.text
    ("hugo", "content/_index.md", 11, "WL101"),  # front matter sections[].text
    ("hugo", "hugo.toml", 14, "WL501"),  # [[menus.main]] name = "Über uns"
    ("hugo", "content/ueber-uns.md", 2, "WL501"),  # title of a page in the menu
    ("hugo", "content/ueber-uns.md", 12, "WL101"),  # text inside a {{% shortcode %}}
    ("hugo", "data/features.yaml", 6, "WL101"),  # data file
    ("hugo", "content/leistungen.html", 6, "WL101"),  # .html content file with front matter
    ("jekyll", "_data/navigation.yml", 3, "WL501"),
    ("jekyll", "index.md", 4, "WL101"),  # front matter intro
    ("jekyll", "index.md", 9, "WL101"),  # body between Liquid tags
    ("astro", "src/pages/index.astro", 9, "WL101"),
    ("astro", "src/components/Hero.astro", 6, "WL101"),
    ("astro", "src/data/navigation.ts", 3, "WL501"),
    ("astro", "src/content/blog/launch.mdx", 14, "WL101"),
    ("astro", "src/content/blog/launch.mdx", 16, "WL101"),  # a component's title prop
    ("eleventy", "src/index.njk", 10, "WL101"),
    ("eleventy", "src/ueber-uns.md", 5, "WL501"),  # eleventyNavigation key
    ("eleventy", "src/_data/kurse.json", 3, "WL101"),
    ("nuxt", "app.config.ts", 6, "WL501"),
    ("nuxt", "content/index.yaml", 4, "WL101"),
    ("nuxt", "content/ueber-uns.md", 10, "WL101"),  # inside an MDC block
    ("nuxt", "pages/kontakt.vue", 4, "WL101"),
    ("docusaurus", "docusaurus.config.js", 8, "WL501"),
    ("docusaurus", "src/pages/about.mdx", 8, "WL101"),
]


@pytest.mark.parametrize(("name", "path", "line", "code"), COPY)
def test_copy_outside_the_markdown_body_is_linted(scans, name, path, line, code):
    files = {entry["path"]: entry for entry in scans[name]["files"]}
    assert path in files, sorted(files)
    assert (code, line) in {(f["code"], f["line"]) for f in files[path]["findings"]}, files[path]["findings"]


@pytest.mark.parametrize("name", NAMES)
def test_naming_every_file_as_pre_commit_does_gives_the_folder_scans_findings(scans, name):
    """pre-commit passes every tracked file by name; with --force-exclude the excluded ones stay out."""
    root = REPOS / name
    every_file = sorted(
        path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file() and ".git" not in path.parts
    )
    named = check(name, "--force-exclude", *every_file)
    assert findings_of(named) == findings_of(scans[name])


@pytest.mark.parametrize("name", NAMES)
def test_a_folder_scan_gives_the_site_verdict(scans, name):
    site = scans[name]["site"]
    assert site["url"] == "." and site["pages"] == len(scans[name]["files"])
    assert site["score"]["we"] == sum(entry["score"]["we"] for entry in scans[name]["files"])
    assert {"WL105"} & {f["code"] for f in site["findings"]} or site["score"]["customer_focus"] >= 0.5


@pytest.mark.parametrize("name", ["hugo", "jekyll", "astro"])
def test_testimonials_in_data_files_count_and_speak_for_the_customer(scans, name):
    report = scans[name]
    assert "WL401" not in {f["code"] for f in report["site"]["findings"]}
    data = [entry for entry in report["files"] if "testimonials" in entry["path"]]
    assert data and all(entry["stats"]["testimonials"] >= 2 for entry in data)
    assert all(entry["findings"] == [] for entry in data)  # "Wir sind begeistert …" is the customer's "wir"


def test_a_site_without_testimonials_gets_wl401(scans):
    assert "WL401" in {f["code"] for f in scans["docusaurus"]["site"]["findings"]}


def test_show_files_lists_what_it_left_out_and_why():
    completed = run_wirlint("check", "--show-files", ".", cwd=REPOS / "hugo")
    assert "content/ueber-uns.md" in completed.stdout.splitlines()
    left_out = completed.stderr
    assert "not linted: public/: excluded" in left_out
    assert "not linted: content/alt.md.bak: not a content format (.bak)" in left_out
    assert "not linted: content/impressum.md: out of scope" in left_out


def test_gitignore_is_respected(tmp_path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True, timeout=30)
    (tmp_path / ".gitignore").write_text("drafts/\n", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "entwurf.md").write_text("Wir sind die Besten.\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("Wir sind die Besten.\n", encoding="utf-8")
    listed = run_wirlint("check", "--show-files", ".", cwd=tmp_path).stdout.splitlines()
    assert listed == ["index.md"]
    (tmp_path / ".wirlint.toml").write_text("respect-gitignore = false\n", encoding="utf-8")
    listed = run_wirlint("check", "--show-files", ".", cwd=tmp_path).stdout.splitlines()
    assert listed == ["drafts/entwurf.md", "index.md"]


@pytest.mark.parametrize(
    "source",
    [
        "---\ntitle: „Wir sind die Besten“ – sagt unser Chef\n---\nSie erhalten Ihre Küche in sechs Wochen.\n",
        "{{< highlight html >}}\n<blockquote>„Super“ – Anna</blockquote>\n{{< /highlight >}}\n\nSie erhalten alles.\n",
        "- „Premium“-Qualität zum fairen Preis\n- Beratung – auch am Samstag\n",
        '{{< tweet user="schreinerei_beispiel" id="1234" >}}\n\nSie erhalten Ihr Angebot.\n',
    ],
    ids=["front-matter", "shortcode-code", "list-dashes", "own-tweet"],
)
def test_what_is_not_a_customer_testimonial(tmp_path, source):
    """A repository's front matter, code, list dashes and the company's own posts are not customers speaking."""
    (tmp_path / "page.md").write_text(source, encoding="utf-8")
    completed = run_wirlint("check", "--no-cache", "--format", "json", "--exit-zero", "--lang", "de", "page.md",
                            cwd=tmp_path)  # fmt: skip
    (entry,) = json.loads(completed.stdout)["files"]
    assert entry["stats"]["testimonials"] == 0


def test_an_alias_bomb_in_a_data_file_is_read_once(tmp_path):
    """ "Billion laughs": nine levels of nine aliases would be 9⁹ strings if every alias were walked again."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    lines.append("text: Wir sind die Besten.")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "bomb.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.monotonic()
    report = json.loads(run_wirlint("check", "--no-cache", "--format", "json", "--exit-zero", "--lang", "de", ".",
                                    cwd=tmp_path).stdout)  # fmt: skip
    assert time.monotonic() - started < 60
    (entry,) = report["files"]
    assert [(f["code"], f["line"]) for f in entry["findings"] if f["code"] == "WL101"] == [("WL101", 10)]
