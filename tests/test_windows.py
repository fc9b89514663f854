"""Long documents are analysed in windows of blocks: the same findings, score and statistics as a whole."""

from __future__ import annotations

import dataclasses

from tests.conftest import FIXTURES
from wirlint.config import Config
from wirlint.engine import runner
from wirlint.sources import load_document


def report(text: str, lang: str) -> tuple:
    result = runner.lint_document(load_document("long.md", text.encode()), Config(lang=lang))
    rows = [(f.code, f.location, f.text, f.suggestion) for f in result.findings]
    return rows, result.score, result.stats


def test_windows_give_the_same_report_as_the_whole(monkeypatch):
    for lang, names in {"de": ("ueber-uns.md", "fuer-sie.md"), "en": ("about-us.md", "what-you-get.md")}.items():
        text = "\n\n".join((FIXTURES / "texts" / name).read_text(encoding="utf-8") for name in names * 4)
        whole = report(text, lang)
        monkeypatch.setattr(runner, "WINDOW_CHARACTERS", 600)
        document = load_document("long.md", text.encode())
        assert len(runner.document_windows(document)) >= 4
        assert report(text, lang) == whole
        monkeypatch.undo()


def test_a_windowed_document_reports_a_document_rule_once(monkeypatch):
    text = "\n\n".join(["Wir sind ein Team. Wir haben Erfahrung. Wir bieten Service. Unser Ziel ist Qualität."] * 30)
    monkeypatch.setattr(runner, "WINDOW_CHARACTERS", 300)
    findings, score, _ = report(text, "de")
    assert [code for code, *_ in findings].count("WL103") == 1
    assert score.we == 120 and score.you == 0


def test_windows_share_the_documents_positions():
    document = load_document("long.md", ("Absatz eins.\n\n" * 50).encode())
    small = dataclasses.replace(document)
    assert runner.document_windows(small) == [small]
