"""``--format html``: one self-contained page for a marketing team — pages worst first, each with its
findings (place, the sentence highlighted in its paragraph, the better sentence beside it), filterable by
category, severity and page and searchable; scores coloured red, amber or green against the balance threshold;
the site verdict on top for crawls and folders; in the language of the pages; readable on a phone. No external
resources, so the file can be mailed or attached to a ticket as it is."""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from html import escape

from wirlint import __version__
from wirlint.model import FileResult, Finding, SiteReport, findings_with_paths

# The report speaks the language most of its pages are in.
LABELS = {
    "de": {
        "report": "wirlint-Bericht", "files": "Dateien", "findings": "Hinweise", "focus": "Kundenfokus",
        "you": "Sie", "we": "wir", "table": "Dateien, niedrigster Kundenfokus zuerst", "file": "Datei",
        "errors": "Fehler", "shown": "angezeigt", "search": "Hinweise durchsuchen", "all": "Alle",
        "severity": "Schwere", "page": "Seite", "all_pages": "Alle Seiten", "all_severities": "Alle",
        "unranked": "nicht bewertet (zu kurz)", "site": "Website", "pages_linted": "Seiten geprüft",
        "testimonials": "Kundenstimmen gefunden", "labels": "Menüpunkte über das Unternehmen",
        "worst": "Seiten mit dem niedrigsten Kundenfokus", "not_fetched": "Nicht abgerufen", "skipped": "Übersprungen",
        "error": "Fehler", "warning": "Warnung", "info": "Info", "slide": "Folie",
        "we-focus": "Wir-Fokus", "self-praise": "Eigenlob", "empty-claim": "Floskeln", "testimonial": "Kundenstimmen",
        "navigation": "Navigation", "mission": "Leitbild", "deck": "Präsentationen", "service-tone": "Service-Ton",
        "suppression": "Kommentare",
    },
    "en": {
        "report": "wirlint report", "files": "files", "findings": "findings", "focus": "customer focus",
        "you": "you", "we": "we", "table": "Files, lowest customer focus first", "file": "File",
        "errors": "Errors", "shown": "shown", "search": "Search findings", "all": "All",
        "severity": "Severity", "page": "Page", "all_pages": "All pages", "all_severities": "All",
        "unranked": "not ranked (too short)", "site": "Site", "pages_linted": "pages linted",
        "testimonials": "testimonial blocks found", "labels": "Menu labels about the company",
        "worst": "Worst pages", "not_fetched": "Not fetched", "skipped": "Skipped",
        "error": "error", "warning": "warning", "info": "info", "slide": "slide",
        "we-focus": "we-focus", "self-praise": "self-praise", "empty-claim": "empty claims",
        "testimonial": "testimonials", "navigation": "navigation", "mission": "mission", "deck": "decks",
        "service-tone": "service tone", "suppression": "suppressions",
    },
}  # fmt: skip
SEVERITIES = ("error", "warning", "info")

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
.pair{display:flex;gap:1rem;flex-wrap:wrap}.pair>*{flex:1 1 18rem}
.context{color:#3c4454;margin:.3rem 0}.context mark{background:#ffe9a8;color:#1d2330;padding:0 .1rem}
.filters select{margin:.2rem;padding:.2rem .4rem;border:1px solid #9aa3b2;border-radius:6px;max-width:100%}
.bar span.low{background:#c62828}.bar span.mid{background:#d9a400}.bar span.high{background:#2e9e5b}
.table-wrap{overflow-x:auto}details.page{background:#fff;border-radius:8px;margin:.8rem 0;padding:.4rem .8rem}
details.page summary{cursor:pointer;font-weight:600}details.page[hidden]{display:none}
#search{width:100%;max-width:30rem;padding:.4rem .6rem;margin:.5rem 0;border:1px solid #9aa3b2;border-radius:6px}
body,td,.finding{overflow-wrap:anywhere}
@media (max-width:600px){header,main{padding:.8rem}.bar{width:4rem}th,td{padding:.3rem}}
@media print{.filters,#search{display:none}details.page{break-inside:avoid}}
"""

SCRIPT = """
var category = 'all';
function apply() {
  var words = document.getElementById('search').value.toLowerCase().trim();
  var severity = document.getElementById('severity').value;
  var page = document.getElementById('page').value;
  document.querySelectorAll('.finding').forEach(function (finding) {
    var fits = (category === 'all' || finding.dataset.category === category) &&
      (severity === 'all' || finding.dataset.severity === severity) &&
      (page === 'all' || finding.dataset.page === page);
    finding.hidden = !fits || (words !== '' && finding.textContent.toLowerCase().indexOf(words) < 0);
  });
  document.querySelectorAll('details.page').forEach(function (group) {
    group.hidden = group.querySelectorAll('.finding:not([hidden])').length === 0;
  });
  document.getElementById('shown').textContent =
    document.querySelectorAll('.finding:not([hidden])').length;
}
document.querySelectorAll('.filters button').forEach(function (button) {
  button.addEventListener('click', function () {
    category = button.dataset.category;
    document.querySelectorAll('.filters button').forEach(function (other) {
      other.setAttribute('aria-pressed', String(other === button));
    });
    apply();
  });
});
document.getElementById('search').addEventListener('input', apply);
document.getElementById('severity').addEventListener('change', apply);
document.getElementById('page').addEventListener('change', apply);
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


# The colour scale follows the default balance threshold (WL103): green from the threshold on, amber from half
# of it, red below.
THRESHOLD = 0.5
MIN_RANKED_SENTENCES = 3  # a page with fewer sentences has no balance to rank (as WL103)


def _bar(value: float | None) -> str:
    width = 0 if value is None else round(value * 100)
    level = "none" if value is None else "high" if value >= THRESHOLD else "mid" if value >= THRESHOLD / 2 else "low"
    return (
        f'<span class="bar" title="{_focus(value)}"><span class="{level}" style="width:{width}%"></span></span> '
        f"{_focus(value)}"
    )


def _ranked(result: FileResult) -> bool:
    return result.score.customer_focus is not None and result.stats.get("sentences", 0) >= MIN_RANKED_SENTENCES


def _finding(path: str, finding: Finding, words: dict[str, str]) -> str:
    """One finding: place and message, its sentence highlighted in its paragraph, and beside it the rewrite
    or the advice."""
    location = finding.location
    place = (
        f"{path}:{words['slide']} {location.slide}"
        if location.slide is not None
        else f"{path}:{location.line}:{location.column}"
    )
    severity = finding.severity.value
    parts = [
        f'<div class="finding {severity}" data-category="{escape(finding.rule.category)}" '
        f'data-severity="{severity}" data-page="{escape(path)}">',
        f'<span class="place">{escape(place)}</span> <span class="code">{finding.rule.code}</span> '
        f"[{words[severity]}] {escape(finding.message)}",
        '<div class="pair">',
    ]
    if finding.context:
        text, start, end = finding.context
        parts.append(
            f'<div class="context">{escape(text[:start])}<mark>{escape(text[start:end])}</mark>'
            f"{escape(text[end:])}</div>"
        )
    elif finding.text:
        parts.append(f'<div class="text">{escape(" ".join(finding.text.split()))}</div>')
    if finding.suggestion:
        parts.append(f'<div class="suggestion">→ {escape(finding.suggestion.text)}</div>')
    elif finding.advice:
        parts.append(f'<div class="advice">{escape(finding.advice)}</div>')
    parts.append("</div></div>")
    return "".join(parts)


def _language(results: list[FileResult]) -> str:
    """The language of most pages (ties: English), for the report's own words."""
    counts = Counter(result.lang for result in results if result.lang in LABELS)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0] != "en"))
    return ranked[0][0] if ranked else "en"


def render(results: list[FileResult], color: bool = False, site: SiteReport | None = None) -> str:
    lang = _language(results)
    words = LABELS[lang]
    rows = findings_with_paths(results, site)
    categories = Counter(finding.rule.category for _, finding in rows)
    we = sum(result.score.we for result in results)
    you = sum(result.score.you for result in results)
    overall = you / (we + you) if we + you else None
    ranked = sorted((r for r in results if _ranked(r)), key=lambda r: (r.score.customer_focus or 0, r.path))
    unranked = sorted((r for r in results if not _ranked(r)), key=lambda r: r.path)
    title = f"{words['report']} – {escape(site.url)}" if site else words["report"]
    html = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
        f'content="{CONTENT_SECURITY_POLICY}"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title>",
        f'<meta name="generator" content="wirlint {__version__}"><style>{STYLE}</style></head><body>',
        f"<header><h1>{title}</h1></header><main>",
        '<section class="summary">',
        f'<div class="card"><b id="files">{len(results)}</b>{words["files"]}</div>',
        f'<div class="card"><b id="total">{len(rows)}</b>{words["findings"]}</div>',
        f'<div class="card"><b id="focus">{_focus(overall)}</b>{words["focus"]} ({words["you"]} {you} · '
        f"{words['we']} {we})</div>",
        "</section>",
        *(_site_verdict(site, results, rows, words) if site is not None else []),
        f'<h2>{words["table"]}</h2><div class="table-wrap"><table><thead><tr><th>{words["file"]}</th>'
        f"<th>{words['focus']}</th><th>{words['findings']}</th><th>{words['errors']}</th></tr></thead><tbody>",
    ]
    for result in ranked:
        html.append(_row(result, _bar(result.score.customer_focus)))
    for result in unranked:
        html.append(_row(result, words["unranked"]))
    html.append(
        f'</tbody></table></div><h2>{words["findings"].capitalize()} (<span id="shown">{len(rows)}</span> '
        f"{words['shown']})</h2>"
    )
    html.append(f'<input id="search" type="search" placeholder="{words["search"]}" aria-label="{words["search"]}">')
    html.append(f'<div class="filters"><button data-category="all" aria-pressed="true">{words["all"]}</button>')
    for category, count in sorted(categories.items()):
        label = escape(words.get(category, category))
        html.append(f'<button data-category="{escape(category)}" aria-pressed="false">{label} ({count})</button>')
    by_page: dict[str, list[Finding]] = {}
    for path, finding in rows:
        by_page.setdefault(path, []).append(finding)
    # Pages in the table's order (worst first), then what only the site has findings about (the site itself).
    order = list(dict.fromkeys([result.path for result in ranked + unranked] + list(by_page)))
    html.append(_select("severity", words["severity"], words["all_severities"],
                        [(severity, words[severity]) for severity in SEVERITIES]))  # fmt: skip
    pages = [(path, path) for path in order if path in by_page]
    html.append(_select("page", words["page"], words["all_pages"], pages))
    html.append("</div>")
    for path in order:
        findings = by_page.get(path)
        if findings:
            count = f"{len(findings)} {words['findings']}"
            html.append(f'<details class="page" open><summary>{escape(path)} · {count}</summary>')
            html.extend(_finding(path, finding, words) for finding in findings)
            html.append("</details>")
    html.append(f"</main><script>{SCRIPT}</script></body></html>\n")
    return "".join(html)


def _select(name: str, label: str, everything: str, options: list[tuple[str, str]]) -> str:
    choices = "".join(f'<option value="{escape(value)}">{escape(text)}</option>' for value, text in options)
    return (
        f'<label>{escape(label)} <select id="{name}"><option value="all">{escape(everything)}</option>'
        f"{choices}</select></label>"
    )


def _site_verdict(
    site: SiteReport, results: list[FileResult], rows: list[tuple[str, Finding]], words: dict[str, str]
) -> list[str]:
    """For a crawl or a folder: the site's own findings (no testimonials, balance), the testimonials found, the
    menu labels about the company, the worst pages as links, and every page skipped or not fetched, and why."""
    testimonials = sum(result.stats.get("testimonials", 0) for result in results)
    labels = sorted({finding.text for _, finding in rows if finding.rule.category == "navigation" and finding.text})
    parts = [
        f'<section id="site"><h2>{words["site"]}: {_link(site.url)}</h2><ul>',
        f"<li>{site.pages} {words['pages_linted']} · {words['focus']} {_bar(site.score.customer_focus)}</li>",
        f'<li><span id="testimonials">{testimonials}</span> {words["testimonials"]}</li>',
    ]
    if labels:
        parts.append(f"<li>{words['labels']}: {escape(' · '.join(labels))}</li>")
    parts += [f"<li>{finding.rule.code}: {escape(finding.message)}</li>" for finding in site.findings]
    parts.append("</ul>")
    worst = site.worst_pages(results)
    if worst:
        links = "".join(f"<li>{_link(path)} {_focus(focus)}</li>" for path, focus in worst)
        parts.append(f"<h3>{words['worst']}</h3><ol>{links}</ol>")
    for heading, entries in ((words["not_fetched"], site.errors), (words["skipped"], site.skipped)):
        if entries:
            items = "".join(f"<li>{_link(url)}: {escape(why)}</li>" for url, why in entries)
            parts.append(f"<h3>{heading} ({len(entries)})</h3><ul>{items}</ul>")
    parts.append("</section>")
    return parts


def _link(url: str) -> str:
    """A clickable address: http(s) URLs and the relative paths of a folder's files become links (a crawled
    page could name anything else, such as javascript:)."""
    if url.startswith(("http://", "https://")) or (":" not in url and not url.startswith("//")):
        return f'<a href="{escape(url)}" rel="noreferrer">{escape(url)}</a>'
    return escape(url)


def _row(result: FileResult, focus: str) -> str:
    return (
        f"<tr><td>{escape(result.path)}</td><td>{focus}</td><td>{len(result.findings)}</td>"
        f"<td>{escape('; '.join(result.errors))}</td></tr>"
    )
