"""A result cache like Ruff's: a file whose bytes, settings and rules have not changed is not linted again.

An entry is keyed by everything a result depends on: the file's bytes and the name it is reported under, the
effective Config, the rule packs' contents, and wirlint's own code and version (plus spaCy's and HanTa's).
Looking one up needs none of the NLP stack, so an unchanged tree is reported without importing spaCy.

Entries are small JSON files written atomically (a temporary file renamed into place), so concurrent runs
never see half an entry; an unreadable, corrupt or foreign entry is a miss and is overwritten. JSON, not
pickle: a cache folder may sit in a shared repository, and reading it must never run code.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import tempfile
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

from wirlint import __version__
from wirlint.config import Config
from wirlint.engine.packs import pack_files
from wirlint.model import FileResult, Finding, Location, Rule, Scope, Score, Severity, Suggestion

CACHE_FORMAT = 2
CACHE_DIR_VARIABLE = "WIRLINT_CACHE_DIR"
PACKAGE = Path(__file__).resolve().parent
NLP_PACKAGES = ("spacy", "HanTa")  # their versions change what a lint finds


def default_cache_dir() -> Path:
    """``$WIRLINT_CACHE_DIR``, else the user's cache folder (``~/.cache/wirlint`` on Linux)."""
    configured = os.environ.get(CACHE_DIR_VARIABLE)
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("wirlint", appauthor=False))


@cache
def code_fingerprint() -> str:
    """wirlint's code as it is on disk (an edited checkout invalidates its entries) and the NLP versions."""
    digest = hashlib.sha256(f"{CACHE_FORMAT}\0{__version__}".encode())
    for name in NLP_PACKAGES:
        digest.update(f"\0{name}:{_installed(name)}".encode())
    for path in sorted(PACKAGE.rglob("*.py")):
        stat = path.stat()
        digest.update(f"\0{path.relative_to(PACKAGE)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def _installed(name: str) -> str:
    """The files at the top of an installed package, by size and time: an upgrade or reinstall rewrites them.
    Found without importing the package (or reading package metadata, which costs more than the lookup)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return "-"
    folder = Path(next(iter(spec.submodule_search_locations)))
    try:
        entries = sorted((entry.name, entry.stat()) for entry in os.scandir(folder) if entry.is_file())
    except OSError:
        return "?"  # an unreadable install still gets a stable key; wirlint's own files are in it anyway
    return ";".join(f"{name}:{stat.st_size}:{stat.st_mtime_ns}" for name, stat in entries)


@cache
def packs_fingerprint(rule_folders: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for lang, path in pack_files(rule_folders):
        digest.update(f"\0{lang}:{path}\0".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(display: str, data: bytes, kind: str | None, charset: str | None, config: Config) -> str:
    digest = hashlib.sha256()
    for part in (code_fingerprint(), packs_fingerprint(config.rule_folders), repr(config), display, kind, charset):
        digest.update(f"{part}\0".encode())
    digest.update(data)
    return digest.hexdigest()


class ResultCache:
    """Lint results on disk, one JSON file per key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder / f"v{CACHE_FORMAT}"

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileResult | None:
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
            if entry.get("format") != CACHE_FORMAT or entry.get("key") != key:
                return None
            return _result_from_json(entry["result"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, unreadable, corrupt or foreign: lint the file again

    def put(self, key: str, result: FileResult) -> None:
        """Store a result; a cache that cannot be written (read-only, full disk) never fails the run."""
        if result.errors:
            return  # an input error may be passing (permissions, a file being written): never remembered
        path = self._path(key)
        text = json.dumps({"format": CACHE_FORMAT, "key": key, "result": _result_to_json(result)}, ensure_ascii=False)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        except OSError:
            return
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temporary, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _result_to_json(result: FileResult) -> dict[str, Any]:
    rules: dict[str, dict[str, Any]] = {}
    findings = []
    for finding in result.findings:
        rule_key = f"{finding.rule.code}/{finding.rule.lang}"
        rules.setdefault(rule_key, _rule_to_json(finding.rule))
        suggestion = finding.suggestion
        findings.append(
            {
                "rule": rule_key,
                "location": [getattr(finding.location, f.name) for f in fields(Location)],
                "message": finding.message,
                "text": finding.text,
                "severity": finding.severity.value,
                "suggestion": [suggestion.text, suggestion.kind, suggestion.safe] if suggestion else None,
                "advice": finding.advice,
                "scope": finding.scope.value if finding.scope else None,
                "path": finding.path,
                "context": list(finding.context) if finding.context else None,
            }
        )
    return {
        "path": result.path,
        "lang": result.lang,
        "score": [result.score.we, result.score.you],
        "stats": result.stats,
        "page_type": result.page_type,
        "warnings": result.warnings,
        "rules": rules,
        "findings": findings,
    }


def _rule_to_json(rule: Rule) -> dict[str, Any]:
    data = {f.name: getattr(rule, f.name) for f in fields(Rule)}
    data["severity"], data["scope"] = rule.severity.value, rule.scope.value
    return data


def _result_from_json(data: dict[str, Any]) -> FileResult:
    rules = {
        key: Rule(**{**value, "severity": Severity(value["severity"]), "scope": Scope(value["scope"])})
        for key, value in data["rules"].items()
    }
    findings = [
        Finding(
            rule=rules[item["rule"]],
            location=Location(*item["location"]),
            message=item["message"],
            text=item["text"],
            severity=Severity(item["severity"]),
            suggestion=Suggestion(*item["suggestion"]) if item["suggestion"] else None,
            advice=item["advice"],
            scope=Scope(item["scope"]) if item["scope"] else None,
            path=item["path"],
            context=tuple(item["context"]) if item.get("context") else None,  # type: ignore[arg-type]
        )
        for item in data["findings"]
    ]
    return FileResult(
        path=data["path"],
        lang=data["lang"],
        score=Score(*data["score"]),
        stats=dict(data["stats"]),
        page_type=data.get("page_type"),
        warnings=list(data.get("warnings", [])),
        findings=findings,
    )
