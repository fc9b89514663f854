"""Golden files: the findings on every bundled fixture, with exact positions.

After a deliberate change, regenerate with ``WIRLINT_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review
the diff of ``fixtures/expected/`` like code.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.conftest import FIXTURES, run_json

LINTED = sorted(
    path.relative_to(FIXTURES).as_posix()
    for folder in ("site", "texts")
    for path in (FIXTURES / folder).rglob("*")
    if path.suffix in {".md", ".html", ".txt"}
)
EXPECTED = FIXTURES / "expected"


@pytest.fixture(scope="module")
def report() -> dict[str, dict]:
    _, data = run_json("--exit-zero", *LINTED, cwd=FIXTURES)
    return {entry["path"]: entry for entry in data["files"]}


@pytest.mark.parametrize("name", LINTED)
def test_findings_match_the_golden_file(report, name):
    entry = report[name]
    actual = {
        "lang": entry["lang"],
        "score": entry["score"],
        "findings": [
            [f["code"], f["line"], f["column"], f["end_line"], f["end_column"], f["text"], f["suggestion"]]
            for f in entry["findings"]
        ],
    }
    golden = EXPECTED / f"{name}.json"
    if os.environ.get("WIRLINT_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert actual == json.loads(golden.read_text(encoding="utf-8"))


def test_golden_positions_point_at_the_reported_text(report):
    """Every finding's line/column range, cut out of the source, is the text it reports."""
    for name in LINTED:
        lines = (FIXTURES / name).read_text(encoding="utf-8-sig").split("\n")
        for finding in report[name]["findings"]:
            if finding["scope"] == "document" or finding["code"] in {"WL001", "WL102"}:
                continue
            first, last = finding["line"] - 1, finding["end_line"] - 1
            if first == last:
                cut = lines[first][finding["column"] - 1 : finding["end_column"] - 1]
            else:
                cut = "\n".join(
                    [
                        lines[first][finding["column"] - 1 :],
                        *lines[first + 1 : last],
                        lines[last][: finding["end_column"] - 1],
                    ]
                )
            assert " ".join(cut.split()) == " ".join(finding["text"].split()) or "&" in cut, (name, finding)


def test_the_customer_first_fixtures_are_clean(report):
    for name in ("texts/fuer-sie.md", "texts/what-you-get.md", "site/leistungen.html"):
        assert report[name]["findings"] == [], name
