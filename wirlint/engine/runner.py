"""Runs the enabled rules on one Document and returns its FileResult.

A pure function of (document, config): no I/O, so the same core runs in the CLI, the crawler, a
pre-commit hook, or inside a batch engine over millions of pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from wirlint.checks.testimonials import testimonial_count
from wirlint.config import Config
from wirlint.engine.context import LintContext
from wirlint.engine.packs import RuleSpec, load_rules, normalise_label
from wirlint.engine.selection import enabled_codes, selector_matches
from wirlint.model import Document, FileResult, Finding, Scope, Suggestion, Suppression
from wirlint.nlp.langid import detect_language, normalise_language
from wirlint.nlp.pipeline import analyse, lexicon_for

LABEL_SEPARATORS = ("|", "–", "—", "·", " - ", ":")


def document_language(document: Document, config: Config) -> str:
    """Config or flag, then the document's own declaration, then detection, then the configured default."""
    return (
        config.lang
        or normalise_language(document.declared_lang)
        or detect_language("\n".join(block.text for block in document.blocks))
        or config.default_lang
    )


def rules_for(config: Config, lang: str, path: str) -> list[RuleSpec]:
    specs = load_rules(config.rule_folders)
    enabled = enabled_codes(specs, select=config.select, extend_select=config.extend_select, ignore=config.ignore)
    ignored = config.ignored_codes_for(path)
    return [
        spec
        for spec in specs
        if spec.rule.lang == lang
        and spec.rule.code in enabled
        and not any(selector_matches(selector, spec.rule) for selector in ignored)
    ]


def lint_document(document: Document, config: Config) -> FileResult:
    lang = document_language(document, config)
    document.lang = lang
    analysed = analyse(
        document,
        lang,
        company_names=config.company_names,
        model=config.model_for(lang),
        customer_terms=config.customer_terms,
    )
    context = LintContext(document, lang, config, analysed, lexicon_for(lang, config.customer_terms))
    specs = rules_for(config, lang, document.path)
    findings: list[Finding] = []
    for spec in specs:
        if spec.rule.category != "suppression" and spec.rule.scope is not Scope.SITE:
            findings.extend(run_rule(context, spec))
    kept, used = apply_suppressions(findings, document.suppressions)
    enabled = {spec.rule.code for spec in specs}
    context.unused_suppressions = [
        s for s in document.suppressions if s not in used and (not s.codes or s.codes <= enabled)
    ]
    for spec in specs:
        if spec.rule.category == "suppression":
            kept.extend(run_rule(context, spec))
    return FileResult(
        path=document.path,
        lang=lang,
        score=context.score,
        stats=statistics(context),
        findings=sorted(kept, key=lambda finding: finding.sort_key),
    )


def run_rule(context: LintContext, spec: RuleSpec) -> Iterable[Finding]:
    if spec.check is not None:
        return spec.check(context, spec)
    if spec.labels is not None:
        return label_findings(context, spec)
    return term_findings(context, spec)


def term_findings(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    assert spec.matcher is not None
    for analysed, sentence in context.sentences():
        for start, end in spec.matcher.match(sentence):
            span = sentence.doc[start:end]
            yield context.span_finding(spec, analysed, span)


def label_findings(context: LintContext, spec: RuleSpec) -> Iterator[Finding]:
    assert spec.labels is not None
    for analysed in context.blocks:
        block = analysed.block
        if block.role not in spec.labels.roles or block.quoted:
            continue
        for start, end in _label_parts(block.text):
            if normalise_label(block.text[start:end]) in spec.labels.labels:
                swap = label_swap(block.text[start:end], context, spec)
                yield context.finding(spec, analysed, start, end, suggestion=swap)


def label_swap(label: str, context: LintContext, spec: RuleSpec) -> Suggestion | None:
    """The configured (or the rule's default) customer-first label; never safe: a menu item is a decision."""
    replacements = context.config.label_replacements_for(context.lang) or tuple(spec.options.get("replacements", ()))
    if not replacements:
        return None
    replacement = replacements[0].upper() if label.isupper() else replacements[0]
    return Suggestion(replacement, "label", False)


def _label_parts(text: str) -> list[tuple[int, int]]:
    """The whole text and, for titles like "Über uns | Brandt & Söhne", each part between separators."""
    cuts = [0]
    for separator in LABEL_SEPARATORS:
        position = text.find(separator)
        while position >= 0:
            cuts.extend((position, position + len(separator)))
            position = text.find(separator, position + 1)
    cuts.append(len(text))
    cuts.sort()
    parts = [(0, len(text))]
    for start, end in zip(cuts[::2], cuts[1::2], strict=False):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and (start, end) not in parts:
            parts.append((start, end))
    return parts


def apply_suppressions(
    findings: list[Finding], suppressions: list[Suppression]
) -> tuple[list[Finding], set[Suppression]]:
    kept, used = [], set()
    for finding in findings:
        covering = [s for s in suppressions if s.covers(finding.code, finding.location.line)]
        if covering:
            used.update(covering)
        else:
            kept.append(finding)
    return kept, used


def statistics(context: LintContext) -> dict[str, int]:
    words = sentences = 0
    for analysed in context.content_blocks:
        words += sum(1 for token in analysed.doc if token.is_alpha)
        sentences += sum(1 for sentence in analysed.doc.sents if sentence.text.strip())
    return {"words": words, "sentences": sentences, "testimonials": testimonial_count(context)}
