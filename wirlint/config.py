"""One frozen Config per file: defaults < pyproject ``[tool.wirlint]`` / ``.wirlint.toml`` < CLI flags.

Configuration is found like Ruff finds it: walking up from each linted file to the closest folder that has a
``.wirlint.toml`` or a ``pyproject.toml`` with a ``[tool.wirlint]`` table, so a content repo can hold several
sites with their own company names.
"""

from __future__ import annotations

import dataclasses
import difflib
import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from wirlint.errors import ConfigError
from wirlint.model import Severity
from wirlint.tomlfile import read_toml

CONFIG_FILES = (".wirlint.toml", "pyproject.toml")

# Pages with rules of their own (legal text, job ads, press): skipped when a folder or site is expanded.
# Front-matter and data keys whose string values are a page's copy (at any depth: hero.text, sections[].title)
DEFAULT_PROSE_KEYS = (
    "title", "linktitle", "description", "summary", "lead", "intro", "headline", "subheadline", "heading",
    "subheading", "subtitle", "tagline", "teaser", "excerpt", "text", "content", "body", "quote", "caption",
    "question", "answer", "label", "name", "cta", "button", "claim", "slogan", "message",
)  # fmt: skip
# What a folder scan leaves out by default (Ruff's `exclude`; `extend-exclude` adds to it): build output, generated
# and vendored files, theme templates, and a repository's own meta files. A leading "/" anchors a pattern at the
# scanned folder or the config's folder, for names that can also be a content section ("resources", "build").
DEFAULT_EXCLUDE = (
    "public", "_site", "dist", ".next", ".nuxt", ".output", ".docusaurus", ".svelte-kit", ".astro", ".cache",
    "node_modules", "vendor", "bower_components", "layouts", "partials", "_layouts", "_includes", "themes",
    "archetypes", "/build", "/out", "/resources", "/static",
    "README*", "CHANGELOG*", "CHANGES*", "LICENSE*", "LICENCE*", "COPYING*", "CONTRIBUTING*", "CODE_OF_CONDUCT*",
    "SECURITY*", "AUTHORS*", "AGENTS.md", "CLAUDE.md", "GEMINI.md", "copilot-instructions.md",
)  # fmt: skip
DEFAULT_OUT_OF_SCOPE = (
    "impressum",
    "imprint",
    "datenschutz",
    "privacy",
    "agb",
    "terms",
    "legal",
    "cookies",
    "cookie",
    "widerruf",
    "widerrufsbelehrung",
    "widerrufsrecht",
    "datenschutzerklaerung",
    "datenschutzerklärung",
    "nutzungsbedingungen",
    "haftungsausschluss",
    "disclaimer",
    "karriere",
    "stellenangebote",
    "jobs",
    "careers",
    "presse",
    "press",
)


@dataclass(frozen=True)
class Config:
    """Settings for one lint run on one file; every field has a default that works out of the box."""

    select: tuple[str, ...] = ()  # empty: the default rule set
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    out_of_scope: tuple[str, ...] = DEFAULT_OUT_OF_SCOPE
    prose_keys: tuple[str, ...] = DEFAULT_PROSE_KEYS  # front-matter and data keys whose values are prose
    extend_prose_keys: tuple[str, ...] = ()
    lang: str | None = None
    lang_forced: bool = False  # set by --lang: the text is read in that language even when it reads as another
    default_lang: str = "en"
    company_names: tuple[str, ...] = ()
    customer_terms: tuple[str, ...] = ()
    balance_threshold: float = 0.5
    balance_min_we: int = 3
    balance_min_sentences: int = 3
    we_chain_length: int = 3
    fail_on: Severity = Severity.WARNING
    time_limit: float = 20.0  # seconds to read and lint one file; 0: none
    rule_paths: tuple[str, ...] = ()
    nlp_models: tuple[tuple[str, str], ...] = ()
    label_replacements: tuple[tuple[str, tuple[str, ...]], ...] = ()
    page_types: tuple[tuple[str, str], ...] = ()  # glob → page type, before the type is read from the page
    page_type_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()  # page type → rules it switches off
    root: str = ""  # folder of the config file; relative paths in it are relative to this
    source: str = ""  # the config file itself, for error messages

    @property
    def all_prose_keys(self) -> tuple[str, ...]:
        return self.prose_keys + self.extend_prose_keys

    @property
    def rule_folders(self) -> tuple[str, ...]:
        """``rule-paths`` resolved against the config file's folder, as users write them."""
        return tuple(str(Path(self.root or ".") / path) for path in self.rule_paths)

    def model_for(self, lang: str) -> str | None:
        return dict(self.nlp_models).get(lang)

    def label_replacements_for(self, lang: str) -> tuple[str, ...]:
        return dict(self.label_replacements).get(lang, ())

    def ignored_codes_for(self, path: str) -> tuple[str, ...]:
        """Codes switched off for this path by ``per-file-ignores`` (globs relative to the config's folder)."""
        relative = _relative_posix(path, self.root)
        codes: list[str] = []
        for pattern, pattern_codes in self.per_file_ignores:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(PurePosixPath(relative).name, pattern):
                codes.extend(pattern_codes)
        return tuple(codes)

    def configured_page_type(self, path: str) -> str | None:
        """The page type ``page-types`` gives this path (globs relative to the config's folder), if any."""
        relative = _relative_posix(path, self.root)
        for pattern, page_type in self.page_types:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(PurePosixPath(relative).name, pattern):
                return page_type
        return None

    def is_excluded(self, path: str, scan_root: str | None = None) -> bool:
        """``exclude``/``extend-exclude`` patterns: a glob matches the path (relative to the config's folder) or
        any of its segments; a pattern with a leading "/" only the path from the config's folder or from the
        scanned folder (``scan_root``)."""
        relatives = [_relative_posix(path, self.root)]
        if scan_root is not None:
            relatives.append(_relative_posix(path, scan_root))
        relative = relatives[0]
        parts = PurePosixPath(relative).parts
        for pattern in self.exclude + self.extend_exclude:
            if pattern.startswith("/"):
                anchored = pattern[1:]
                if any(fnmatch.fnmatch(r, anchored) or fnmatch.fnmatch(r, anchored + "/*") for r in relatives):
                    return True
                continue
            if fnmatch.fnmatch(relative, pattern) or any(fnmatch.fnmatch(part, pattern) for part in parts):
                return True
        return False

    def is_out_of_scope(self, path: str) -> bool:
        """Legal pages, job ads and press releases, recognised by a path segment such as ``impressum``."""
        stems = [PurePosixPath(part).stem.lower() for part in PurePosixPath(path.replace("\\", "/")).parts]
        return any(stem == word or stem.startswith(word + "-") for stem in stems for word in self.out_of_scope)


def _relative_posix(path: str, root: str) -> str:
    if root:
        try:
            return Path(os.path.abspath(path)).relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            pass
    return Path(path).as_posix()


_LIST_KEYS = {
    "select",
    "extend_select",
    "ignore",
    "exclude",
    "extend_exclude",
    "out_of_scope",
    "company_names",
    "customer_terms",
    "rule_paths",
    "prose_keys",
    "extend_prose_keys",
}
_STRING_KEYS = {"lang", "default_lang"}
_SETTINGS = _LIST_KEYS | _STRING_KEYS | {
    "fail_on", "balance_threshold", "balance_min_we", "balance_min_sentences", "we_chain_length",
    "per_file_ignores", "nlp", "time_limit", "label_replacements", "page_types", "page_type_ignores",
    "respect_gitignore",
}  # fmt: skip
PAGE_TYPES = ("marketing", "mission", "testimonials", "blog", "tutorial", "interview", "jobs", "legal", "press")
_KNOWN_LANGS = ("de", "en")


def parse_settings(table: dict[str, Any], source: str) -> dict[str, Any]:
    """Validate a ``[tool.wirlint]`` table into Config fields; every error names the file and the key."""
    settings: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        if key in _LIST_KEYS:
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ConfigError(source, f"'{raw_key}' must be a list of strings")
            settings[key] = tuple(value)
        elif key in _STRING_KEYS:
            if value not in _KNOWN_LANGS:
                raise ConfigError(source, f"'{raw_key}' must be one of {', '.join(_KNOWN_LANGS)}, not {value!r}")
            settings[key] = value
        elif key == "respect_gitignore":
            if not isinstance(value, bool):
                raise ConfigError(source, f"'{raw_key}' must be true or false")
            settings[key] = value
        elif key == "fail_on":
            settings[key] = parse_severity(value, source, raw_key)
        elif key == "balance_threshold":
            if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value <= 1:
                raise ConfigError(source, f"'{raw_key}' must be a number between 0 and 1")
            settings[key] = float(value)
        elif key in {"balance_min_we", "balance_min_sentences", "we_chain_length"}:
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ConfigError(source, f"'{raw_key}' must be a whole number of at least 1")
            settings[key] = value
        elif key == "per_file_ignores":
            settings[key] = _parse_per_file_ignores(value, source, raw_key)
        elif key == "nlp":
            settings["nlp_models"] = _parse_nlp(value, source)
        elif key == "time_limit":
            if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
                raise ConfigError(source, f"'{raw_key}' must be a number of seconds (0: no limit)")
            settings[key] = float(value)
        elif key == "label_replacements":
            settings[key] = _parse_label_replacements(value, source, raw_key)
        elif key == "page_types":
            settings[key] = _parse_page_types(value, source, raw_key)
        elif key == "page_type_ignores":
            entries = _parse_per_file_ignores(value, source, raw_key)
            unknown = [page_type for page_type, _ in entries if page_type not in PAGE_TYPES]
            if unknown:
                raise ConfigError(source, f"'{raw_key}.{unknown[0]}': page types are {', '.join(PAGE_TYPES)}")
            settings[key] = entries
        else:
            raise ConfigError(source, f"unknown setting '{raw_key}'{_did_you_mean(raw_key)}")
    return settings


def _did_you_mean(key: str) -> str:
    if key == "tool":
        return "; in .wirlint.toml the settings stand at the top level (or all of them under [tool.wirlint])"
    known = sorted({name.replace("_", "-") for name in _SETTINGS})
    close = difflib.get_close_matches(key.replace("_", "-").lower(), known, n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else f"; known settings: {', '.join(known)}"


def parse_severity(value: object, source: str, key: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise ConfigError(source, f"'{key}' must be error, warning or info, not {value!r}") from None


def _parse_per_file_ignores(value: object, source: str, key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(source, f"'{key}' must be a table of glob = [codes]")
    entries = []
    for pattern, codes in value.items():
        if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
            raise ConfigError(source, f"'{key}.{pattern}' must be a list of rule codes")
        entries.append((pattern, tuple(codes)))
    return tuple(entries)


def _parse_page_types(value: object, source: str, key: str) -> tuple[tuple[str, str], ...]:
    """``page-types = {"docs/**" = "tutorial", "referenzen/*" = "testimonials"}``."""
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ConfigError(source, f'\'{key}\' must be a table like {{"docs/**" = "tutorial"}}')
    for pattern, page_type in value.items():
        if page_type not in PAGE_TYPES:
            raise ConfigError(source, f"'{key}.{pattern}' must be one of {', '.join(PAGE_TYPES)}, not {page_type!r}")
    return tuple(value.items())


def _parse_label_replacements(value: object, source: str, key: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``label-replacements = {de = ["Für Sie"], en = ["What you get"]}``: what "Über uns" should become."""
    if not isinstance(value, dict):
        raise ConfigError(source, f'\'{key}\' must be a table like {{de = ["Für Sie"], en = ["What you get"]}}')
    entries = []
    for lang, labels in value.items():
        if lang not in _KNOWN_LANGS or not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise ConfigError(source, f"'{key}.{lang}' must be a list of labels for de or en")
        entries.append((lang, tuple(labels)))
    return tuple(entries)


def _parse_nlp(value: object, source: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not isinstance(value.get("model", {}), dict):
        raise ConfigError(source, "'nlp' must be a table like [tool.wirlint.nlp.model] de = \"de_core_news_sm\"")
    unknown = set(value) - {"model"}
    if unknown:
        raise ConfigError(source, f"unknown setting 'nlp.{sorted(unknown)[0]}'")
    models = value.get("model", {})
    for lang, name in models.items():
        if lang not in _KNOWN_LANGS or not isinstance(name, str):
            raise ConfigError(source, f"'nlp.model.{lang}' must name a spaCy pipeline for de or en")
    return tuple(sorted(models.items()))


def read_config_file(path: Path) -> dict[str, Any] | None:
    """The wirlint table of a config file, or None when a pyproject.toml has no ``[tool.wirlint]``."""
    data = read_toml(path, ConfigError)
    tool = data.get("tool", {})
    if path.name == "pyproject.toml":
        return tool.get("wirlint") if isinstance(tool, dict) else None
    if set(data) == {"tool"} and isinstance(tool, dict) and set(tool) == {"wirlint"}:
        return tool["wirlint"]  # a [tool.wirlint] table copied from a pyproject.toml reads the same here
    return data


@dataclass
class ConfigResolver:
    """Finds and caches the closest config for each file, then applies the CLI overrides on top."""

    overrides: dict[str, Any] = field(default_factory=dict)
    config_path: Path | None = None  # --config: one file for everything
    _folders: dict[Path, Config] = field(default_factory=dict)
    _files: dict[Path, Config] = field(default_factory=dict)

    def for_path(self, path: Path | None) -> Config:
        if self.config_path is not None:
            return self._load(self.config_path)
        # The folder the file is named in (a symlink is not followed: its own folder's settings apply).
        start = Path(os.path.abspath(path)).parent if path is not None else Path.cwd().resolve()
        walked: list[Path] = []
        config: Config | None = None
        for folder in (start, *start.parents):
            if folder in self._folders:
                config = self._folders[folder]
                break
            walked.append(folder)
            candidate = _config_file_in(folder)
            if candidate is not None:
                config = self._load(candidate)
                break
        if config is None:
            config = self._build({}, root="", source="")
        for folder in walked:
            self._folders[folder] = config
        return config

    def explain(self, path: Path | None) -> list[tuple[str, Any, str]]:
        """Every setting for a file with its value and where it came from: the config file, the command line
        (or both, for settings the command line adds to), or the built-in default."""
        config = self.for_path(path)
        from_file = (
            set(parse_settings(read_config_file(Path(config.source)) or {}, config.source)) if config.source else set()
        )
        rows = []
        for item in dataclasses.fields(Config):
            if item.name in INTERNAL_FIELDS:
                continue
            in_file, on_command_line = item.name in from_file, item.name in self.overrides
            if in_file and on_command_line:
                origin = f"{config.source} + command line" if item.name in _ADDITIVE_KEYS else "command line"
            elif on_command_line:
                origin = "command line"
            else:
                origin = config.source if in_file else "default"
            rows.append((item.name.replace("_", "-"), getattr(config, item.name), origin))
        return rows

    def _load(self, path: Path) -> Config:
        key = path.resolve()
        if key not in self._files:
            table = read_config_file(path) or {}
            self._files[key] = self._build(table, root=str(key.parent), source=str(path))
        return self._files[key]

    def _build(self, table: dict[str, Any], *, root: str, source: str) -> Config:
        settings = parse_settings(table, source)
        for key, value in self.overrides.items():
            additive = key in _ADDITIVE_KEYS and key in settings
            settings[key] = settings[key] + value if additive else value
        return dataclasses.replace(Config(), **settings, root=root, source=source)


# Fields that are bookkeeping, not settings a user writes.
INTERNAL_FIELDS = frozenset({"root", "source", "lang_forced"})
# CLI values for these add to the file's instead of replacing them.
_ADDITIVE_KEYS = frozenset({"extend_select", "ignore", "company_names", "customer_terms"})


def _config_file_in(folder: Path) -> Path | None:
    for name in CONFIG_FILES:
        candidate = folder / name
        if candidate.is_file() and (name != "pyproject.toml" or read_config_file(candidate) is not None):
            return candidate
    return None
