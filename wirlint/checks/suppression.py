"""WL001: a ``wirlint-disable`` comment that silenced nothing (stale comments hide future findings)."""

from __future__ import annotations

from collections.abc import Iterator

from wirlint.engine.context import LintContext
from wirlint.engine.packs import RuleSpec
from wirlint.model import Finding, Location


def unused_suppression(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    for suppression in context.unused_suppressions:
        position = suppression.comment
        codes = ", ".join(sorted(suppression.codes)) or "*"
        message = spec.rule.message.replace("{codes}", codes).replace("{kind}", suppression.kind)
        yield Finding(
            rule=spec.rule,
            location=Location(position.line, position.column, position.line, position.column),
            message=message,
            text=f"wirlint-{suppression.kind} {codes}",
            severity=spec.rule.severity,
            advice=spec.rule.advice,
            scope=spec.rule.scope,
        )
