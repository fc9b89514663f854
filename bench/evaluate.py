"""Precision and recall of the we-focus, self-praise and empty-claim rules on a labelled sentence set.

Usage: python -m bench.evaluate [FOLDER] [--misses]

Without a folder: the written sentence sets (fixtures/labelled), then the real passages from company pages
(fixtures/real/tuning and fixtures/real/heldout; format in fixtures/real/README.md). ``--misses`` lists every
missed and false finding of the real passages.

Each ``<lang>.tsv`` line is ``labels<TAB>sentence`` (labels: we-first, we-later, self-praise, empty-claim or
-). Every sentence is linted on its own as a paragraph; a label counts as found when a finding of its
category fires. The company names used in the set are configured as company voice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.passages import REAL_FOLDER, RewriteCase, Score, evaluate_passages, read_folder
from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.model import Block, Document, Role

LABEL_CATEGORIES = {"we-first": "we-focus", "self-praise": "self-praise", "empty-claim": "empty-claim"}
# The companies the labelled sets write about (main set, then hold-out set).
COMPANY_NAMES = (
    "Nordlicht Studio", "Brandt & Söhne GmbH", "Harbor Analytics", "Kestrel Labs", "Holzwerk Anders GmbH",
    "Bluefin Partners",
)  # fmt: skip
# Age and tradition ("seit 1952") are an information-level signal of their own; these sets count a plain
# founding year as a fact, not as self-praise.
AGE_CODES = frozenset({"WL205"})
DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "labelled"


def read_labelled(path: Path) -> list[tuple[set[str], str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            labels, sentence = line.split("\t", 1)
            rows.append((set(labels.split(",")), sentence))
    return rows


def categories_found(sentence: str, lang: str) -> set[str]:
    config = Config(lang=lang, company_names=COMPANY_NAMES, select=("WL101", "WL2", "WL3"))
    document = Document(path="sentence", source=sentence, kind="text", blocks=[Block(sentence, Role.PARAGRAPH)])
    findings = lint_document(document, config).findings
    return {finding.rule.category for finding in findings if finding.code not in AGE_CODES}


def evaluate(path: Path, lang: str) -> dict[str, Score]:
    tallies = {label: Score() for label in LABEL_CATEGORIES}
    for labels, sentence in read_labelled(path):
        found = categories_found(sentence, lang)
        for label, category in LABEL_CATEGORIES.items():
            tallies[label].count(expected=label in labels, found=category in found, what=f": {sentence}")
    return tallies


def main(folder: Path = DEFAULT_FOLDER) -> None:
    print(f"{'lang':<5}{'label':<13}{'precision':>10}{'recall':>8}{'sentences':>11}")
    for path in sorted(folder.glob("*.tsv")):
        lang = path.stem
        for label, tally in evaluate(path, lang).items():
            support = tally.true_positives + tally.false_negatives
            print(f"{lang:<5}{label:<13}{tally.precision:>10.3f}{tally.recall:>8.3f}{support:>11}")


JUDGEMENTS = "rewrite-judgements.tsv"


def read_judgements(path: Path) -> dict[tuple[str, str], bool]:
    """``sentence<TAB>suggestion<TAB>yes|no<TAB>why`` lines: a documented judgement of suggestions that match no
    editor's rewrite word for word (a rewrite can be acceptable in another wording). A comment line has no tab:
    a judged heading starts with "#" too."""
    judged: dict[tuple[str, str], bool] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                sentence, suggestion, verdict, *_ = line.split("\t")
                judged[(sentence, suggestion)] = verdict.strip() == "yes"
    return judged


def _verdict(case: RewriteCase, judged: dict[tuple[str, str], bool]) -> bool | None:
    if case.suggestion.text in case.accepted:
        return True
    return judged.get((case.sentence, case.suggestion.text))


def report_real(folder: Path, *, show_misses: bool = False, show_rewrites: bool = False) -> None:
    """Precision and recall on real passages, per language and label, with rewrite coverage."""
    passages = read_folder(folder)
    result = evaluate_passages(passages)
    print(f"{folder.name}: {len(passages)} passages, {sum(len(p.lines) for p in passages)} sentences")
    print(f"{'lang':<5}{'label':<13}{'precision':>10}{'recall':>8}{'sentences':>11}")
    for (lang, label), score in sorted(result.scores.items()):
        support = score.true_positives + score.false_negatives
        print(f"{lang:<5}{label:<13}{score.precision:>10.3f}{score.recall:>8.3f}{support:>11}")
        if show_misses:
            for miss in score.misses:
                print(f"      {miss}")
    judged = read_judgements(folder / JUDGEMENTS)
    for lang, (findings, suggested, accepted) in sorted(result.suggestions.items()):
        share = suggested / findings if findings else 0.0
        print(f"{lang:<5}rewrites: {suggested} of {findings} we-first findings carry one ({share:.0%}); "
              f"{accepted} match an editor's rewrite")  # fmt: skip
        offered = [case for case in result.rewrites if case.lang == lang and case.suggestion is not None]
        verdicts = [_verdict(case, judged) for case in offered]
        good, unjudged = verdicts.count(True), verdicts.count(None)
        safe = [case for case in offered if case.suggestion.safe]
        print(
            f"{lang:<5}acceptable: {good} of {len(offered) - unjudged} judged suggestions "
            f"({good / max(len(offered) - unjudged, 1):.0%}; exact match or {JUDGEMENTS}), {unjudged} not judged; "
            f"{len(safe)} safe, {sum(1 for c in safe if _verdict(c, judged) is False)} of them not acceptable"
        )
    if show_rewrites:
        for case in result.rewrites:
            mark = "=" if case.suggestion and case.suggestion.text in case.accepted else " "
            print(f"  {case.passage}: {case.sentence}")
            if case.suggestion:
                safety = "safe" if case.suggestion.safe else "unsafe"
                print(f"    {mark}→ {case.suggestion.text}   ({case.suggestion.kind}, {safety})")
            for accepted in case.accepted:
                print(f"     ✓ {accepted}")
    print(f"company-voice findings inside customer testimonials: {len(result.customer_voice_findings)}")
    for line in result.customer_voice_findings:
        print(f"      {line}")


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    misses = "--misses" in sys.argv
    rewrites = "--rewrites" in sys.argv
    if arguments:
        target = Path(arguments[0])
        report_real(target, show_misses=misses, show_rewrites=rewrites) if any(target.glob("*.txt")) else main(target)
    else:
        main(DEFAULT_FOLDER)
        for name in ("tuning", "heldout"):
            print()
            report_real(REAL_FOLDER / name, show_misses=misses, show_rewrites=rewrites)
