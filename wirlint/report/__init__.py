"""Reporters: one module per output format, each a pure function from results to text."""

from __future__ import annotations

from collections.abc import Callable

from wirlint.model import FileResult, SiteReport
from wirlint.report import github, gitlab, html, json_report, junit, sarif, text

Renderer = Callable[[list[FileResult], bool, SiteReport | None], str]

RENDERERS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_report.render,
    "json-lines": json_report.render_lines,
    "github": github.render,
    "sarif": sarif.render,
    "html": html.render,
    "gitlab": gitlab.render,
    "junit": junit.render,
}
