"""Loads rule packs (TOML) into validated RuleSpecs; every error names the file and the key.

Rules are data so that anyone can read and extend them (the Vale model); what data cannot express is a
code check named by ``check = "module:function"``, which still takes its texts and docs from the pack.

Reading a pack needs no NLP: ``load_rules(nlp=False)`` gives the rules' texts, codes and matchers without
importing spaCy (listing rules, reading cached results); the default also validates what needs spaCy
(Matcher patterns) and imports the code checks, so a broken pack fails before the first file is linted.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wirlint.engine.terms import Term, TermMatcher
from wirlint.errors import RulePackError
from wirlint.model import Finding, Role, Rule, Scope, Severity
from wirlint.tomlfile import read_toml

if TYPE_CHECKING:
    from wirlint.engine.context import LintContext

CATEGORIES = (
    "we-focus", "self-praise", "empty-claim", "testimonial", "navigation", "mission", "deck", "service-tone",
    "suppression",
)  # fmt: skip
CODE = re.compile(r"^WL\d{3}$")
NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
LANGUAGES = ("de", "en")
CHECK_TARGET = re.compile(r"^wirlint\.checks\.\w+:\w+$")
CheckFunction = Callable[["LintContext", "RuleSpec"], Iterable[Finding]]


@dataclass(frozen=True)
class LabelMatcher:
    """Whole-label rules: a block whose text (or a part of a "Title | Brand" title) is one of the labels."""

    labels: frozenset[str]
    roles: frozenset[Role]


@dataclass(frozen=True)
class RuleSpec:
    rule: Rule
    matcher: TermMatcher | None = None
    # terms that count only where the company speaks in the sentence ("can't be beat", "die Extrameile"): said by
    # anyone else, or of a football team, they are no claim of the company's
    voiced: TermMatcher | None = None
    labels: LabelMatcher | None = None
    check: CheckFunction | None = None
    options: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def builtin_rules_dir() -> Path:
    """rules/ is shipped inside the wheel as wirlint/rules; in a source checkout it is beside the package."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "rules"
    return installed if installed.is_dir() else package.parent / "rules"


def pack_files(rule_paths: tuple[str, ...] = ()) -> list[tuple[str, Path]]:
    """(language, file) for the built-in packs, then each user folder laid out the same way (<lang>/*.toml)."""
    files = []
    for folder in (builtin_rules_dir(), *map(Path, rule_paths)):
        if not folder.is_dir():
            raise RulePackError(str(folder), "rule path is not a folder")
        for lang in LANGUAGES:
            files.extend((lang, path) for path in sorted((folder / lang).glob("*.toml")))
    return files


def load_rules(rule_paths: tuple[str, ...] = (), *, nlp: bool = True) -> tuple[RuleSpec, ...]:
    """Every rule of the built-in packs and of ``rule_paths``; with ``nlp``, also checked for what only spaCy
    and the check modules can tell. Each pack is read once per process, whichever way it is asked for."""
    specs = _read_rules(tuple(rule_paths))
    if nlp:
        _check_with_nlp(tuple(rule_paths))
    return specs


@cache
def _read_rules(rule_paths: tuple[str, ...]) -> tuple[RuleSpec, ...]:
    specs: list[RuleSpec] = []
    seen: dict[tuple[str, str], str] = {}
    for lang, path in pack_files(rule_paths):
        for spec in load_pack(path, lang):
            key = (spec.rule.code, lang)
            if key in seen:
                raise RulePackError(str(path), f"{spec.rule.code} is defined twice for '{lang}' (also in {seen[key]})")
            seen[key] = str(path)
            specs.append(spec)
    _check_names_agree(specs)
    return tuple(specs)


@cache
def _check_with_nlp(rule_paths: tuple[str, ...]) -> None:
    """Imports the code checks and compiles the Matcher patterns, so a broken pack fails before the first
    file is linted; the error names the pack, the rule's place in it and the key, as a reading error does."""
    validator = _pattern_validator()
    places: dict[tuple[str, str], int] = {}
    for spec in _read_rules(rule_paths):
        pack = (spec.rule.source, spec.rule.lang)
        places[pack] = places.get(pack, -1) + 1  # a pack's rules are read in the order of its tables
        problem = _nlp_problem(spec, validator)
        if problem is not None:
            key, text = problem
            raise RulePackError(spec.rule.source, f"rules[{places[pack]}] ({spec.rule.code}).{key}: {text}")


def _nlp_problem(spec: RuleSpec, validator: Any) -> tuple[str, str] | None:
    """(key, problem) for a check that cannot be imported or a pattern spaCy or RE2 rejects."""
    if isinstance(spec.check, CheckReference):
        try:
            spec.check.resolve()
        except (ImportError, AttributeError) as error:
            return "check", f"cannot load {spec.check.target!r}: {error}"
    for position, source in enumerate(spec.matcher.patterns if spec.matcher is not None else ()):
        pattern = json.loads(source)
        try:
            validator.add("check", [pattern])
            validator.add("check", [_linear_time_pattern(pattern)])
        except (ValueError, KeyError) as error:
            detail = " ".join(str(error).split("Pattern 0:")[-1].split())
            return f"match.patterns[{position}]", f"not a valid spaCy Matcher pattern: {detail}"
    return None


def _check_names_agree(specs: list[RuleSpec]) -> None:
    names: dict[str, RuleSpec] = {}
    for spec in specs:
        other = names.setdefault(spec.rule.code, spec)
        if (other.rule.name, other.rule.category) != (spec.rule.name, spec.rule.category):
            raise RulePackError(
                spec.rule.source,
                f"{spec.rule.code} is '{spec.rule.name}' ({spec.rule.category}) here but "
                f"'{other.rule.name}' ({other.rule.category}) in {other.rule.source}",
            )


def load_pack(path: Path, lang: str) -> list[RuleSpec]:
    data = read_toml(path, RulePackError)
    unknown = set(data) - {"rules"}
    if unknown:
        raise RulePackError(str(path), f"unknown top-level key '{sorted(unknown)[0]}' (expected [[rules]])")
    tables = data.get("rules", [])
    if not isinstance(tables, list):
        raise RulePackError(str(path), "'rules' must be an array of tables ([[rules]])")
    return [_RuleReader(path, index, table, lang).read() for index, table in enumerate(tables)]


RULE_KEYS = {"code", "name", "category", "severity", "scope", "default", "message", "advice", "match", "check",
             "docs", "options"}  # fmt: skip
MATCH_KEYS = {"phrases", "cooccur", "window", "unless", "labels", "roles", "patterns", "company_voice_phrases"}
DOCS_KEYS = {"what", "why", "bad", "good", "fix", "options"}


class _RuleReader:
    def __init__(self, path: Path, index: int, table: object, lang: str) -> None:
        self.path, self.index, self.lang = path, index, lang
        if not isinstance(table, dict):
            self.fail("rules", "must be a table")
        self.table: dict[str, Any] = table  # type: ignore[assignment]

    def fail(self, key: str, problem: str) -> None:
        code = self.table.get("code", "?") if hasattr(self, "table") else "?"
        raise RulePackError(str(self.path), f"rules[{self.index}] ({code}).{key}: {problem}")

    def string(self, key: str, *, pattern: re.Pattern[str] | None = None, choices: Iterable[str] = ()) -> str:
        value = self.table.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "is required and must be a non-empty string")
        choices = tuple(choices)
        if choices and value not in choices:
            self.fail(key, f"must be one of {', '.join(choices)}, not {value!r}")
        if pattern and not pattern.match(value):
            self.fail(key, f"{value!r} does not have the form {pattern.pattern}")
        return value  # type: ignore[return-value]

    def read(self) -> RuleSpec:
        unknown = set(self.table) - RULE_KEYS
        if unknown:
            self.fail(sorted(unknown)[0], "unknown key")
        default = self.table.get("default", True)
        if not isinstance(default, bool):
            self.fail("default", "must be true or false")
        rule = Rule(
            code=self.string("code", pattern=CODE),
            name=self.string("name", pattern=NAME),
            category=self.string("category", choices=CATEGORIES),
            severity=Severity(self.string("severity", choices=[s.value for s in Severity])),
            scope=Scope(self.string("scope", choices=[s.value for s in Scope])),
            message=self.string("message"),
            advice=self.string("advice"),
            lang=self.lang,
            default=default,
            docs=self._docs(),
            source=str(self.path),
        )
        options = self.table.get("options", {})
        if not isinstance(options, dict):
            self.fail("options", "must be a table")
        has_match, has_check = "match" in self.table, "check" in self.table
        if has_match == has_check:
            self.fail("match", 'a rule needs exactly one of [rules.match] or check = "module:function"')
        if has_check:
            return RuleSpec(rule, check=self._check_function(), options=options)
        matcher, voiced, labels = self._match()
        return RuleSpec(rule, matcher=matcher, voiced=voiced, labels=labels, options=options)

    def _docs(self) -> dict[str, object]:
        docs = self.table.get("docs")
        if not isinstance(docs, dict):
            self.fail("docs", "is required: what, why, bad and good examples")
        unknown = set(docs) - DOCS_KEYS  # type: ignore[arg-type]
        if unknown:
            self.fail(f"docs.{sorted(unknown)[0]}", "unknown key")
        for key in ("what", "why"):
            if not isinstance(docs.get(key), str):  # type: ignore[union-attr]
                self.fail(f"docs.{key}", "is required and must be a string")
        for key in ("bad", "good"):
            examples = docs.get(key)  # type: ignore[union-attr]
            if not isinstance(examples, list) or not examples or not all(isinstance(e, str) for e in examples):
                self.fail(f"docs.{key}", "must be a non-empty list of example texts")
        return docs  # type: ignore[return-value]

    def _check_function(self) -> CheckFunction:
        return CheckReference(self.string("check", pattern=CHECK_TARGET))

    def _match(self) -> tuple[TermMatcher | None, TermMatcher | None, LabelMatcher | None]:
        match = self.table["match"]
        if not isinstance(match, dict):
            self.fail("match", "must be a table")
        unknown = set(match) - MATCH_KEYS
        if unknown:
            self.fail(f"match.{sorted(unknown)[0]}", "unknown key")
        if "labels" in match:
            labels = self._strings(match, "labels")
            roles = self._strings(match, "roles") if "roles" in match else ["navigation", "title", "heading"]
            try:
                role_set = frozenset(Role(role) for role in roles)
            except ValueError as error:
                self.fail("match.roles", str(error))
            return None, None, LabelMatcher(frozenset(normalise_label(label) for label in labels), role_set)
        phrases = tuple(Term.parse(text) for text in self._strings(match, "phrases", required=False))
        unless = tuple(Term.parse(text) for text in self._strings(match, "unless", required=False))
        cooccur = self._cooccur(match.get("cooccur", []))
        window = match.get("window")
        if window is not None and (not isinstance(window, int) or window < 1):
            self.fail("match.window", "must be a whole number of at least 1")
        patterns = self._patterns(match.get("patterns", []))
        voiced_phrases = tuple(
            Term.parse(text) for text in self._strings(match, "company_voice_phrases", required=False)
        )
        if not phrases and not cooccur and not patterns and not voiced_phrases:
            self.fail("match", "needs phrases, cooccur, patterns, company_voice_phrases or labels")
        matcher = TermMatcher(phrases, cooccur, window, unless, patterns) if phrases or cooccur or patterns else None
        voiced = TermMatcher(voiced_phrases, unless=unless) if voiced_phrases else None
        return matcher, voiced, None

    def _patterns(self, value: object) -> tuple[str, ...]:
        """spaCy Matcher patterns in their shape here; what only spaCy can tell is checked by ``_check_with_nlp``."""
        if not isinstance(value, list):
            self.fail("match.patterns", "must be a list of patterns (lists of token tables)")
        result = []
        for position, pattern in enumerate(value):  # type: ignore[arg-type]
            if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
                self.fail(f"match.patterns[{position}]", "must be a non-empty list of token tables")
            result.append(json.dumps(pattern, ensure_ascii=False))
        return tuple(result)

    def _strings(self, table: dict[str, Any], key: str, *, required: bool = True) -> list[str]:
        value = table.get(key, [] if not required else None)
        if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
            self.fail(f"match.{key}", "must be a list of non-empty strings")
        return value  # type: ignore[return-value]

    def _cooccur(self, value: object) -> tuple[tuple[tuple[Term, ...], ...], ...]:
        if not isinstance(value, list):
            self.fail("match.cooccur", "must be a list of [[group terms], [group terms], …]")
        result = []
        for position, groups in enumerate(value):  # type: ignore[arg-type]
            valid = (
                isinstance(groups, list)
                and len(groups) >= 2
                and all(isinstance(g, list) and g and all(isinstance(t, str) and t.strip() for t in g) for g in groups)
            )
            if not valid:
                self.fail(f"match.cooccur[{position}]", "must be a list of at least two lists of terms")
            result.append(tuple(tuple(Term.parse(term) for term in group) for group in groups))
        return tuple(result)


def _pattern_validator() -> Any:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    return Matcher(Vocab())


def _linear_time_pattern(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pattern as it will run (REGEX by RE2); raises ValueError for an expression RE2 cannot run."""
    from wirlint.engine.regex import linear_time_pattern

    return linear_time_pattern(pattern)


class CheckReference:
    """A code check named in a pack, imported on its first call: listing rules or reading cached results
    never imports the checks (nor spaCy behind them). Only wirlint's own check modules can be named, so a
    rule pack in a content repository can never run code of its own."""

    def __init__(self, target: str) -> None:
        self.target = target
        self._function: CheckFunction | None = None

    def resolve(self) -> CheckFunction:
        if self._function is None:
            module_name, function_name = self.target.split(":")
            self._function = getattr(importlib.import_module(module_name), function_name)
        return self._function

    def __call__(self, context: LintContext, spec: RuleSpec) -> Iterable[Finding]:
        return self.resolve()(context, spec)


def normalise_label(text: str) -> str:
    """Labels compare without case, punctuation or extra spaces: "ÜBER UNS", "Über uns:" → "über uns"."""
    return " ".join(re.sub(r"[^\w&\s]", " ", text.lower()).split())
