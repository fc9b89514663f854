"""Template and component syntax blanked out of a source, so only its prose is read, at unchanged offsets.

Content repositories mix prose with generator syntax: Hugo shortcodes (``{{< figure >}}``, ``{{% note %}}``),
Go, Liquid and Nunjucks tags (``{{ .Title }}``, ``{% include %}``), MDX imports, exports and JSX expressions,
the component script of an Astro file, the script and style of a Vue or Svelte component. Each is replaced by
spaces (line breaks kept), so every character of the remaining prose keeps its line and column in the file.
Shortcodes that wrap code (``highlight``, ``code``, ``raw``) are blanked with what they wrap; the text inside
other paired shortcodes is kept, since the generator renders it as part of the page.
"""

from __future__ import annotations

import re

from wirlint.model import DATA_REGION, Block, Role
from wirlint.sources.builder import BlockBuilder

CODE_SHORTCODES = frozenset({"highlight", "code", "codeblock", "raw", "gist", "mermaid", "katex", "math", "chart"})
# opening and closing marks of template tags, longest first: Hugo shortcodes, Liquid/Nunjucks/Go tags, comments
TAG_MARKS = (("{{<", ">}}"), ("{{%", "%}}"), ("{%", "%}"), ("{{", "}}"), ("{#", "#}"))
TAG_START = re.compile(r"\{[{%#]")
TAG_NAME = re.compile(r"\{\{?[<%]?-?\s*(/|end)?([A-Za-z][\w-]*)")
# an MDC component line ("::hero", "::callout{type=info}", a closing "::"), with the YAML props between "---"
# lines that may follow an opening one
MDC_LINE = r"^[ \t]*::[A-Za-z0-9_-]*(?:\{[^\n}]*\})?[ \t]*$"
MDC_PROPS = r"(?:\n[ \t]*---[ \t]*\n(?:(?![ \t]*---[ \t]*$)[^\n]*\n){0,50}[ \t]*---[ \t]*$)?"
MDC_MARKER = re.compile(MDC_LINE + MDC_PROPS, re.MULTILINE)
MDX_STATEMENT = re.compile(r"^(?:import|export)\b", re.MULTILINE)
SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
OUTER_TEMPLATE = re.compile(r"\A(\s*)(<template\b[^>]*>)(.*)(</template\s*>)", re.DOTALL | re.IGNORECASE)
ASTRO_SCRIPT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n.*?^---[ \t]*$", re.DOTALL | re.MULTILINE)
MAX_BRACE_SCAN = 200_000  # characters one JSX expression may span
COMPONENT_TAG = re.compile(r"<[A-Z][\w.]*\b[^<>]*>")
PROP = re.compile(r"""\b(?P<name>[A-Za-z][\w-]*)=(?P<quote>["'])(?P<value>[^"'<>{}]*)(?P=quote)""")
HEADING_PROPS = frozenset({"title", "headline", "heading", "subtitle"})


def blank(source: str, spans: list[tuple[int, int]]) -> str:
    """``source`` with every character inside ``spans`` replaced by a space, line breaks kept."""
    if not spans:
        return source
    characters = list(source)
    for start, end in spans:
        for index in range(start, end):
            if characters[index] not in "\r\n":
                characters[index] = " "
    return "".join(characters)


def blank_template_tags(source: str) -> str:
    """Shortcodes and Go/Liquid/Nunjucks tags out of Markdown or HTML; code-wrapping shortcodes with their code;
    the block markers of Nuxt's MDC syntax (``::hero`` … ``::``) with the props block after an opening one."""
    blanked = blank(source, template_tag_spans(source))
    if "::" not in blanked:
        return blanked
    return blank(blanked, [match.span() for match in MDC_MARKER.finditer(blanked)])


def template_tag_spans(source: str) -> list[tuple[int, int]]:
    """Spans of template tags, in one pass: each tag ends at its first closing mark, a tag without one ends
    the scan (no later tag of that kind can close either), and a code shortcode's span reaches its end tag."""
    spans: list[tuple[int, int]] = []
    unclosed: set[str] = set()
    code_from: tuple[str, int] | None = None  # the open code shortcode: its name and where it started
    for match in TAG_START.finditer(source):
        start = match.start()
        if spans and start < spans[-1][1]:
            continue  # inside the previous tag
        opening, closing = next(marks for marks in TAG_MARKS if source.startswith(marks[0], start))
        if closing in unclosed:
            continue
        end = source.find(closing, start + len(opening))
        if end < 0:
            unclosed.add(closing)
            continue
        end += len(closing)
        name = TAG_NAME.match(source, start)
        tag_name = name.group(2).lower() if name else ""
        if code_from is not None:
            if name and name.group(1) and tag_name == code_from[0]:
                spans.append((code_from[1], end))  # the code shortcode with everything it wraps
                code_from = None
            continue
        if tag_name in CODE_SHORTCODES and not (name and name.group(1)):
            code_from = (tag_name, start)
            continue
        spans.append((start, end))
    return spans


def blank_mdx(source: str) -> str:
    """MDX: import/export statements and ``{…}`` expressions go; Markdown and JSX text children stay."""
    spans = [(match.start(), _statement_end(source, match.start())) for match in MDX_STATEMENT.finditer(source)]
    blanked = blank(source, spans)
    return blank(blanked, _brace_spans(blanked))


def blank_astro(source: str) -> str:
    """Astro: the component script between the leading ``---`` fences, scripts, styles and expressions go."""
    match = ASTRO_SCRIPT.match(source)
    blanked = blank(source, [match.span()] if match else [])
    blanked = blank(blanked, [m.span() for m in SCRIPT_OR_STYLE.finditer(blanked)])
    return blank(blanked, _brace_spans(blanked))


def blank_component(source: str) -> str:
    """Vue and Svelte single-file components: script and style go, the outer ``<template>`` tags are
    unwrapped (their content is the page), mustaches and ``{…}`` blocks go."""
    blanked = blank(source, [m.span() for m in SCRIPT_OR_STYLE.finditer(source)])
    outer = OUTER_TEMPLATE.match(blanked)
    if outer:
        blanked = blank(blanked, [outer.span(2), outer.span(4)])
    blanked = blank_template_tags(blanked)
    return blank(blanked, _brace_spans(blanked))


def _statement_end(source: str, start: int) -> int:
    """End of an import/export statement: the end of its line once its brackets are balanced."""
    depth = 0
    index = start
    while index < len(source) and index - start < MAX_BRACE_SCAN:
        char = source[index]
        if char in "({[":
            depth += 1
        elif char in ")}]":
            depth = max(depth - 1, 0)
        elif char == "\n" and depth == 0:
            return index
        index += 1
    return index


def _brace_spans(source: str) -> list[tuple[int, int]]:
    """Balanced ``{…}`` expressions (JSX, Astro, Svelte), outside fenced code."""
    spans = []
    index = 0
    fence = False
    line_start = True
    while index < len(source):
        if line_start and source.startswith(("```", "~~~"), index):
            fence = not fence
        char = source[index]
        line_start = char == "\n"
        if char == "{" and not fence:
            end = _matching_brace(source, index)
            if end is not None:
                spans.append((index, end))
                index = end
                continue
        index += 1
    return spans


def _matching_brace(source: str, start: int) -> int | None:
    depth = 0
    for index in range(start, min(len(source), start + MAX_BRACE_SCAN)):
        char = source[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


def component_prop_blocks(source: str, prose_keys: tuple[str, ...]) -> list[Block]:
    """String props of components (``<Hero title="…" text="…">``, a capitalised tag) that are prose keys."""
    keys = frozenset(key.lower() for key in prose_keys) - {"name", "label", "key"}
    blocks = []
    for tag in COMPONENT_TAG.finditer(source):
        for prop in PROP.finditer(source, tag.start(), tag.end()):
            if prop.group("name").lower() not in keys or not prop.group("value").strip():
                continue
            builder = BlockBuilder()
            builder.add(prop.group("value"), prop.start("value"))
            role = Role.HEADING if prop.group("name").lower() in HEADING_PROPS else Role.PARAGRAPH
            block = builder.build(role, fixable=False, region=DATA_REGION)
            if block is not None:
                blocks.append(block)
    return blocks
