"""Real passages from company pages (fixtures/real): reading them, and scoring wirlint against their labels.

The format is described in fixtures/real/README.md. Each passage is rendered as the Markdown page it came
from (headings, quotation blocks, list items, paragraphs) and linted as one document under its address, so
context counts as it does on a real page: the page type, the we/you balance, the quotation around a sentence.
A finding belongs to the sentence line its start falls in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wirlint.config import Config
from wirlint.engine.runner import lint_document
from wirlint.model import Finding, Suggestion
from wirlint.sources.markdown import parse_markdown

LABELS = frozenset({"we-first", "we-later", "self-praise", "empty-claim", "experience", "customer-voice", "-"})
TYPES = frozenset(
    {"about", "mission", "services", "home", "testimonials", "blog", "tutorial", "interview", "faq", "jobs", "press",
     "legal", "product"}
)  # fmt: skip
# Which rules answer which label. Experience boasts are their own, weaker signal; "claims" is self-praise and
# empty slogans together, the figure the targets are set for.
LABEL_CODES = {
    "we-first": frozenset({"WL101"}),
    "self-praise": frozenset({"WL201", "WL202", "WL204"}),
    "empty-claim": frozenset({"WL301", "WL302", "WL303"}),
    "experience": frozenset({"WL203", "WL205"}),
}
LABEL_CODES["claims"] = LABEL_CODES["self-praise"] | LABEL_CODES["empty-claim"]
CLAIM_LABELS = frozenset({"self-praise", "empty-claim"})
COMPANY_VOICE_CODES = LABEL_CODES["we-first"] | LABEL_CODES["claims"] | LABEL_CODES["experience"]
# Job ads, legal text and press releases are out of scope by default (the product brief): wirlint switches the
# company-voice rules off there, so their labels are not scored.
OUT_OF_SCOPE = frozenset({"jobs", "legal", "press"})
MARKERS = ("# ", "> ", "- ")
REAL_FOLDER = Path(__file__).resolve().parent.parent / "fixtures" / "real"


class PassageFormatError(ValueError):
    pass


@dataclass
class Line:
    labels: frozenset[str]
    text: str
    rewrites: tuple[str, ...] = ()
    start: int = 0  # offsets of the sentence text in the rendered page
    end: int = 0


@dataclass
class Passage:
    id: str
    url: str
    lang: str
    type: str
    company: tuple[str, ...]
    paragraphs: list[list[Line]] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [line for paragraph in self.paragraphs for line in paragraph]

    @property
    def path(self) -> str:
        """The page's address, as a crawled page is named: what path-based rules (page type, mission) read."""
        return self.url


def read_passages(path: Path) -> list[Passage]:
    passages: list[Passage] = []
    current: Passage | None = None
    in_body = False
    headers: dict[str, str] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{number}"
        if raw.startswith("=== "):
            current, in_body, headers = None, False, {"id": raw[4:].strip()}
            continue
        if not in_body:
            if raw.strip() == "---":
                current = _passage(headers, where)
                passages.append(current)
                in_body = True
            elif ":" in raw:
                key, value = raw.split(":", 1)
                headers[key.strip()] = value.strip()
            elif raw.strip():
                raise PassageFormatError(f"{where}: expected a header line or ---")
            continue
        assert current is not None
        if not raw.strip():
            current.paragraphs.append([])
            continue
        columns = raw.split("\t")
        if len(columns) not in (2, 3):
            raise PassageFormatError(f"{where}: expected labels<TAB>sentence[<TAB>rewrites]")
        labels = frozenset(label.strip() for label in columns[0].split(","))
        if not labels <= LABELS:
            raise PassageFormatError(f"{where}: unknown label {sorted(labels - LABELS)}")
        rewrites = tuple(r.strip() for r in columns[2].split("||") if r.strip()) if len(columns) == 3 else ()
        if not current.paragraphs:
            current.paragraphs.append([])
        current.paragraphs[-1].append(Line(labels, columns[1].strip(), rewrites))
    for passage in passages:
        passage.paragraphs = [paragraph for paragraph in passage.paragraphs if paragraph]
    return passages


def _passage(headers: dict[str, str], where: str) -> Passage:
    for key in ("id", "url", "lang", "type"):
        if not headers.get(key):
            raise PassageFormatError(f"{where}: passage without '{key}'")
    if headers["lang"] not in ("de", "en") or headers["type"] not in TYPES:
        raise PassageFormatError(f"{where}: lang must be de or en, type one of {sorted(TYPES)}")
    company = tuple(name.strip() for name in headers.get("company", "").split(";") if name.strip())
    return Passage(headers["id"], headers["url"], headers["lang"], headers["type"], company)


def render(passage: Passage) -> str:
    """The passage as Markdown; each line's sentence offsets are recorded on the line."""
    blocks: list[str] = []
    offset = 0
    for paragraph in passage.paragraphs:
        groups: list[list[Line]] = []  # consecutive lines of the same kind form one block
        for line in paragraph:
            kind = _marker(line.text)
            if groups and kind in ("> ", "") and _marker(groups[-1][0].text) == kind:
                groups[-1].append(line)
            else:
                groups.append([line])
        for group in groups:
            kind = _marker(group[0].text)
            text = ""
            for line in group:
                if kind == "- " and text:
                    text += "\n"
                elif text:
                    text += " "
                if kind and not (kind == "> " and text):
                    text += kind
                sentence = line.text[len(kind) :] if kind else line.text
                line.start = offset + len(text)
                text += sentence
                line.end = offset + len(text)
            blocks.append(text)
            offset += len(text) + 2
    return "\n\n".join(blocks) + "\n"


def _marker(text: str) -> str:
    return next((marker for marker in MARKERS if text.startswith(marker)), "")


def lint_passage(passage: Passage, codes: tuple[str, ...] = ("WL1", "WL2", "WL3")) -> list[tuple[Line, Finding]]:
    """Each finding with the sentence line it starts in."""
    source = render(passage)
    config = Config(lang=passage.lang, company_names=passage.company, select=codes)
    result = lint_document(parse_markdown(passage.path, source), config)
    line_starts = [0]
    for index, char in enumerate(source):
        if char == "\n":
            line_starts.append(index + 1)
    placed = []
    for finding in result.findings:
        offset = line_starts[finding.location.line - 1] + finding.location.column - 1
        line = next((line for line in passage.lines if line.start <= offset < max(line.end, line.start + 1)), None)
        if line is not None:
            placed.append((line, finding))
    return placed


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    def count(self, *, expected: bool, found: bool, what: str) -> None:
        """One sentence: a hit, a false alarm or a miss (the last two remembered with ``what``)."""
        if expected and found:
            self.true_positives += 1
        elif found:
            self.false_positives += 1
            self.misses.append(f"false alarm {what}")
        elif expected:
            self.false_negatives += 1
            self.misses.append(f"missed {what}")


@dataclass(frozen=True)
class RewriteCase:
    """One we-first finding on real text: the sentence, the suggestion (if any) and the editor's rewrites."""

    passage: str
    lang: str
    sentence: str
    suggestion: Suggestion | None
    accepted: tuple[str, ...]


@dataclass
class Evaluation:
    scores: dict[tuple[str, str], Score]  # (lang, label) → score
    customer_voice_findings: list[str]
    suggestions: dict[str, list[int]]  # lang → [we-first findings, with a suggestion, matching a rewrite]
    rewrites: list[RewriteCase]  # every we-first finding with what was suggested and what an editor accepts


def evaluate_passages(passages: list[Passage]) -> Evaluation:
    scores: dict[tuple[str, str], Score] = {}
    voice: list[str] = []
    suggestions: dict[str, list[int]] = {}
    rewrites: list[RewriteCase] = []
    for passage in passages:
        if passage.type in OUT_OF_SCOPE:
            continue
        placed = lint_passage(passage)
        counts = suggestions.setdefault(passage.lang, [0, 0, 0])
        for line in passage.lines:
            codes = {finding.code for placed_line, finding in placed if placed_line is line}
            for label, label_codes in LABEL_CODES.items():
                expected = label in line.labels or (label == "claims" and bool(CLAIM_LABELS & line.labels))
                found = bool(codes & label_codes)
                score = scores.setdefault((passage.lang, label), Score())
                score.count(expected=expected, found=found, what=f"{passage.id}: {line.text}")
            if "customer-voice" in line.labels and codes & COMPANY_VOICE_CODES:
                voice.append(f"{passage.id}: {sorted(codes & COMPANY_VOICE_CODES)} {line.text}")
            for placed_line, finding in placed:
                if placed_line is line and finding.code == "WL101" and "we-first" in line.labels:
                    counts[0] += 1
                    rewrites.append(
                        RewriteCase(passage.id, passage.lang, line.text, finding.suggestion, tuple(line.rewrites))
                    )
                    if finding.suggestion is not None:
                        counts[1] += 1
                        counts[2] += finding.suggestion.text in line.rewrites
    return Evaluation(scores, voice, suggestions, rewrites)


def read_folder(folder: Path) -> list[Passage]:
    return [passage for path in sorted(folder.glob("*.txt")) for passage in read_passages(path)]
