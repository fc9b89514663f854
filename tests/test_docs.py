"""Documentation that is generated from the code stays current."""

from __future__ import annotations

import os

from tests.conftest import ROOT
from wirlint.engine.packs import load_rules
from wirlint.report.explain import rules_document


def test_rules_page_matches_the_rule_packs():
    expected = rules_document([spec.rule for spec in load_rules()])
    page = ROOT / "docs" / "rules.md"
    if os.environ.get("WIRLINT_UPDATE_DOCS"):
        page.write_text(expected, encoding="utf-8")
    assert page.read_text(encoding="utf-8") == expected, "run WIRLINT_UPDATE_DOCS=1 pytest tests/test_docs.py"
