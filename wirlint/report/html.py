"""``--format html``: one self-contained page for a marketing team — worst files first, every finding with
its place, its sentence and the better sentence, filterable by category. No external resources, so the
file can be mailed or attached to a ticket as it is."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from html import escape

from wirlint import __version__
from wirlint.model import FileResult, Finding, SiteReport, findings_with_paths

CATEGORY_LABELS = {
    "we-focus": "Wir-Fokus / we-focus",
    "self-praise": "Eigenlob / self-praise",
    "empty-claim": "Floskeln / empty claims",
    "testimonial": "Kundenstimmen / testimonials",
    "navigation": "Navigation",
    "mission": "Leitbild / mission",
    "deck": "Decks",
    "service-tone": "Service-Ton / service tone",
    "suppression": "Kommentare / suppressions",
}

STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:1.2rem 2rem}header h1{margin:0;font-size:1.4rem}
main{padding:1rem 2rem;max-width:70rem}.summary{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.card{background:#fff;border-radius:8px;padding:.8rem 1.2rem;box-shadow:0 1px 3px #0002}
.card b{display:block;font-size:1.6rem}table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #e3e6eb;vertical-align:top}
.bar{background:#e3e6eb;border-radius:4px;width:8rem;height:.7rem;display:inline-block;vertical-align:middle}
.bar span{display:block;height:100%;border-radius:4px;background:#2e9e5b}
.filters button{margin:.2rem;border:1px solid #9aa3b2;background:#fff;border-radius:14px;padding:.2rem .8rem}
.filters button[aria-pressed=true]{background:#1d2330;color:#fff}
.finding{background:#fff;border-left:4px solid #d9a400;margin:.5rem 0;padding:.5rem .8rem;border-radius:4px}
.finding.error{border-color:#c62828}.finding.info{border-color:#4f7bd9}.finding[hidden]{display:none}
.place{font-family:ui-monospace,monospace;color:#5b6474}.code{font-weight:700}
.text{color:#5b6474;margin:.3rem 0}.suggestion{color:#1b7a43;font-weight:600}.advice{color:#3c4454}
"""

SCRIPT = """
document.querySelectorAll('.filters button').forEach(function (button) {
  button.addEventListener('click', function () {
    var category = button.dataset.category;
    document.querySelectorAll('.filters button').forEach(function (other) {
      other.setAttribute('aria-pressed', String(other === button));
    });
    document.querySelectorAll('.finding').forEach(function (finding) {
      finding.hidden = category !== 'all' && finding.dataset.category !== category;
    });
    document.getElementById('shown').textContent =
      document.querySelectorAll('.finding:not([hidden])').length;
  });
});
"""


def _script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


# Nothing but the report's own script runs, even if a page's text were to slip through unescaped; styles are
# inline (score bars), nothing is loaded from anywhere.
CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; script-src {_script_hash(SCRIPT)}; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def _focus(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)} %"


def _bar(value: float | None) -> str:
    width = 0 if value is None else round(value * 100)
    return f'<span class="bar" title="{_focus(value)}"><span style="width:{width}%"></span></span> {_focus(value)}'


def _finding(path: str, finding: Finding) -> str:
    location = finding.location
    place = (
        f"{path}:slide {location.slide}" if location.slide is not None else f"{path}:{location.line}:{location.column}"
    )
    parts = [
        f'<div class="finding {finding.severity.value}" data-category="{escape(finding.rule.category)}">',
        f'<span class="place">{escape(place)}</span> <span class="code">{finding.rule.code}</span> '
        f"[{finding.severity.value}] {escape(finding.message)}",
    ]
    if finding.text:
        parts.append(f'<div class="text">{escape(" ".join(finding.text.split()))}</div>')
    if finding.suggestion:
        parts.append(f'<div class="suggestion">→ {escape(finding.suggestion.text)}</div>')
    elif finding.advice:
        parts.append(f'<div class="advice">{escape(finding.advice)}</div>')
    parts.append("</div>")
    return "".join(parts)


def render(results: list[FileResult], color: bool = False, site: SiteReport | None = None) -> str:
    rows = findings_with_paths(results, site)
    categories = Counter(finding.rule.category for _, finding in rows)
    we = sum(result.score.we for result in results)
    you = sum(result.score.you for result in results)
    overall = you / (we + you) if we + you else None
    ranked = sorted(results, key=lambda r: (r.score.customer_focus is None, r.score.customer_focus or 0, r.path))
    title = f"wirlint report – {escape(site.url)}" if site else "wirlint report"
    html = [
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
        f'content="{CONTENT_SECURITY_POLICY}"><title>{title}</title>',
        f'<meta name="generator" content="wirlint {__version__}"><style>{STYLE}</style></head><body>',
        f"<header><h1>{title}</h1></header><main>",
        '<section class="summary">',
        f'<div class="card"><b id="files">{len(results)}</b>files</div>',
        f'<div class="card"><b id="total">{len(rows)}</b>findings</div>',
        f'<div class="card"><b id="focus">{_focus(overall)}</b>customer focus (you {you} · we {we})</div>',
        "</section>",
        "<h2>Files, lowest customer focus first</h2><table><thead><tr><th>File</th><th>Customer focus</th>"
        "<th>Findings</th><th>Errors</th></tr></thead><tbody>",
    ]
    for result in ranked:
        html.append(
            f"<tr><td>{escape(result.path)}</td><td>{_bar(result.score.customer_focus)}</td>"
            f"<td>{len(result.findings)}</td><td>{escape('; '.join(result.errors))}</td></tr>"
        )
    html.append('</tbody></table><h2>Findings (<span id="shown">' + str(len(rows)) + "</span> shown)</h2>")
    html.append('<div class="filters"><button data-category="all" aria-pressed="true">All</button>')
    for category, count in sorted(categories.items()):
        label = escape(CATEGORY_LABELS.get(category, category))
        html.append(f'<button data-category="{escape(category)}" aria-pressed="false">{label} ({count})</button>')
    html.append("</div>")
    html.extend(_finding(path, finding) for path, finding in rows)
    html.append(f"</main><script>{SCRIPT}</script></body></html>\n")
    return "".join(html)
