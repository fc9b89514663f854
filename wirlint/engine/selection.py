"""Which rules run: Ruff-style ``select`` / ``extend-select`` / ``ignore`` by code, prefix, category or name."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from wirlint.config import Config
from wirlint.engine.packs import CATEGORIES, RuleSpec, load_rules
from wirlint.engine.pages import PageType, ignored_for
from wirlint.errors import ConfigError
from wirlint.model import Rule


def selector_matches(selector: str, rule: Rule) -> bool:
    """``ALL``, a code (WL101), a prefix (WL1, WL10), a category (we-focus) or a rule name (we-chain)."""
    selector = selector.strip()
    if selector.upper() == "ALL":
        return True
    if selector.upper().startswith("WL"):
        return rule.code.startswith(selector.upper())
    return selector.lower() in {rule.category, rule.name}


def validate_selectors(selectors: Iterable[str], specs: Iterable[RuleSpec], source: str, key: str) -> None:
    rules = [spec.rule for spec in specs]
    for selector in selectors:
        if not any(selector_matches(selector, rule) for rule in rules) and selector.lower() not in CATEGORIES:
            known = sorted({rule.code for rule in rules} | {rule.name for rule in rules} | set(CATEGORIES))
            close = difflib.get_close_matches(selector, known, n=1, cutoff=0.6) or difflib.get_close_matches(
                selector.upper(), known, n=1, cutoff=0.6
            )
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ConfigError(source or key, f"'{key}' names {selector!r}, which matches no rule{hint}")


def enabled_codes(
    specs: Iterable[RuleSpec],
    *,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> frozenset[str]:
    enabled = set()
    for spec in specs:
        rule = spec.rule
        chosen = any(selector_matches(s, rule) for s in select) if select else rule.default
        chosen = chosen or any(selector_matches(s, rule) for s in extend_select)
        if chosen and not any(selector_matches(s, rule) for s in ignore):
            enabled.add(rule.code)
    return frozenset(enabled)


def rules_for(
    config: Config, lang: str, path: str, page_type: PageType = PageType.MARKETING, *, nlp: bool = True
) -> list[RuleSpec]:
    """The rules enabled for one file: selection, ``per-file-ignores`` and what its page type switches off.
    ``nlp=False`` reads the packs without spaCy (enough for the site rules)."""
    specs = load_rules(config.rule_folders, nlp=nlp)
    enabled = enabled_codes(specs, select=config.select, extend_select=config.extend_select, ignore=config.ignore)
    ignored = config.ignored_codes_for(path) + ignored_for(page_type, config)
    return [
        spec
        for spec in specs
        if spec.rule.lang == lang
        and spec.rule.code in enabled
        and not any(selector_matches(selector, spec.rule) for selector in ignored)
    ]
