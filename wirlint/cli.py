"""The ``wirlint`` command line: check, rules, explain.

Exit codes are a contract for CI and pre-commit: 0 nothing at or above the fail level, 1 findings,
2 usage, configuration or input errors (the other inputs are still linted and reported).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from wirlint import __version__, heap
from wirlint.config import ConfigResolver, parse_severity
from wirlint.errors import WirlintError
from wirlint.model import FileResult, Severity, SiteReport
from wirlint.nlp.startup import defer_spacy_command_line

if TYPE_CHECKING:
    from wirlint.lint import Linted

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
STALE_SHOWN = 10  # baseline entries listed by name when they no longer match
FORMATS = ("text", "json", "json-lines", "github", "sarif", "html", "gitlab", "junit")


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select WL1,WL2 --select we-focus`` → ("WL1", "WL2", "we-focus")."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


MAX_ERRORS_SHOWN = 20  # a batch over millions of records names the first errors; the table has them all


def fail(message: str) -> None:
    """One line per problem on stderr, whatever the cause's own formatting (or a file name's characters)."""
    from wirlint.report.text import printable

    click.echo("wirlint: " + printable(" ".join(message.split())), err=True)


def main() -> None:
    """The ``wirlint`` command. A bug anywhere ends the run with one error line and exit code 2, never with a
    traceback and exit code 1, which CI would read as "findings"."""
    heap.hold()
    defer_spacy_command_line()
    try:
        cli(standalone_mode=False)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(EXIT_ERROR)
    except click.Abort:
        fail("aborted")
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        fail("interrupted")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_ERROR)
    except Exception as error:
        fail(f"internal error, please report it: {type(error).__name__}: {error}")
        sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="wirlint")
def cli() -> None:
    """Customer-first content linter: finds text that talks about the company instead of the customer."""


def lint_options(function: Callable[..., None]) -> Callable[..., None]:
    """The options every linting command shares (check, crawl)."""
    options = [
        click.option("--format", "output_format", type=click.Choice(FORMATS), default="text", show_default=True),
        click.option(
            "--select", multiple=True, help="Rules to run instead of the defaults: codes, prefixes, categories."
        ),
        click.option("--extend-select", multiple=True, help="Rules to run in addition to the selection."),
        click.option("--ignore", multiple=True, help="Rules not to run."),
        click.option("--lang", type=click.Choice(["de", "en"]), help="Language of the text (default: detected)."),
        click.option("--company-name", multiple=True, help="Your company's name: counts as company voice."),
        click.option("--fail-on", type=click.Choice([s.value for s in Severity]), help="Lowest severity that fails."),
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Config file."),
        click.option("--statistics", is_flag=True, help="Print counts per rule instead of the findings."),
        click.option(
            "--color/--no-color", default=None, help="Colour output (default: on a terminal; NO_COLOR, FORCE_COLOR)."
        ),
        click.option("--quiet", "-q", is_flag=True, help="Print the findings only: no summaries, no total line."),
        click.option(
            "--output-format",
            "output_style",
            type=click.Choice(["full", "concise"]),
            default="full",
            show_default=True,
            help="Text output: each finding with its source line underlined (full) or one line and its tip.",
        ),
        click.option(
            "--output-file",
            "-o",
            type=click.Path(dir_okay=False, path_type=Path),
            help="Write the report to this file instead of standard output.",
        ),
        click.option(
            "--time-limit",
            type=click.FloatRange(min=0),
            help="Seconds to read and lint one file before it is given up with an error (default 20; 0: none).",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            help="Processes that lint in parallel (default: one per CPU; one for a small run).",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@cli.command()
@click.argument("paths", nargs=-1)
@lint_options
@click.option("--stdin-filename", help="Name to use for standard input (decides the format and config).")
@click.option("--fix", is_flag=True, help="Apply the safe rewrites to the files (atomically).")
@click.option("--diff", is_flag=True, help="Print the safe rewrites as a unified diff; change nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: apply the unsafe rewrites too.")
@click.option("--no-cache", is_flag=True, help="Lint every file again instead of reusing unchanged results.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where results are cached (default: $WIRLINT_CACHE_DIR, else the user cache folder).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Leave out the findings recorded in this baseline file (report only new ones).",
)
@click.option(
    "--show-files",
    is_flag=True,
    help="List the files that would be linted, then (on standard error) what was left out and why; lint nothing.",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply exclude, .gitignore and out-of-scope pages to files named one by one too (for pre-commit).",
)
@click.option(
    "--diff-base",
    metavar="REF",
    help="Report only findings on lines changed since this git ref (a pull request's base branch).",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record the current findings in this file as the baseline, and report nothing.",
)
def check(paths: tuple[str, ...], **options: Any) -> None:
    """Lint files, folders, globs or - (standard input)."""
    from wirlint.api import lint_paths
    from wirlint.cache import ResultCache, default_cache_dir

    resolver = _resolver(options)
    if options["show_files"]:
        sys.exit(_show_files(paths, resolver, options))
    cache = None if options["no_cache"] else ResultCache(options["cache_dir"] or default_cache_dir())
    try:
        _validate(resolver, options)
        linted = lint_paths(
            paths,
            resolver,
            jobs=options["jobs"],
            cache=cache,
            stdin_filename=options["stdin_filename"],
            keep_sources=options["fix"] or options["diff"],
            on_skip=lambda path, why: fail(f"{path}: {why}"),
            force_exclude=options["force_exclude"],
        )
    except WirlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    results = [entry.result for entry in linted]
    if options["diff"]:
        sys.exit(_print_diffs(linted, unsafe=options["unsafe_fixes"]))
    if options["fix"]:
        _apply_fixes(linted, unsafe=options["unsafe_fixes"])
    if options["write_baseline"]:
        sys.exit(_write_baseline(options["write_baseline"], results))
    if options["baseline"]:
        _apply_baseline(options["baseline"], results, quiet=options["quiet"])
    if options["diff_base"]:
        _keep_changed(options["diff_base"], results)
    site = None
    if not options["diff_base"]:
        site = _archive_site(linted) if _has_archives(linted) else _folder_site(paths, results, resolver)
    _emit(results, options, site)
    sys.exit(_exit_code(results, resolver, options, site))


def _has_archives(linted: list[Linted]) -> bool:
    from wirlint.sources.kinds import is_archive

    return any(entry.item.path is not None and is_archive(entry.item.path.name) for entry in linted)


def _archive_site(linted: list[Linted]) -> SiteReport | None:
    """``check SITE.warc.gz``: an archive of one site (``crawl --warc``) gets the verdict its crawl got. An
    archive of many sites has one verdict per site: ``wirlint batch`` writes them as a table."""
    sites = [entry.site for entry in linted if entry.site is not None]
    if len(sites) > 1:
        fail(f"{len(sites)} sites in the archives: no site verdict here; `wirlint batch` gives one per site")
    return sites[0] if len(sites) == 1 else None


def _folder_site(paths: tuple[str, ...], results: list[FileResult], resolver: ConfigResolver) -> SiteReport | None:
    """``check DIR``: a folder is a site (a content repository), so it gets the site verdict a crawl gets —
    testimonials anywhere, the site's we/you balance, pages ranked by customer focus."""
    from wirlint.engine.verdict import assess_site

    folders = [path for path in (paths or (".",)) if path != "-" and Path(path).is_dir()]
    pages = [result for result in results if not result.errors]
    if not folders or not pages:
        return None
    assessed = assess_site(folders[0], pages, resolver.for_path(Path(folders[0])))
    return SiteReport(
        url=folders[0], lang=assessed.lang, pages=len(pages), score=assessed.score, findings=assessed.findings
    )


def _show_files(paths: tuple[str, ...], resolver: ConfigResolver, options: dict[str, Any]) -> int:
    """--show-files: what a run would lint, after exclusions and the out-of-scope pages, one path a line; then
    what was left out and why, so no content format is ever dropped without a word."""
    from wirlint.inputs import expand_inputs
    from wirlint.report.text import printable

    left_out: list[tuple[str, str]] = []
    try:
        items = expand_inputs(
            paths,
            resolver,
            stdin_filename=options["stdin_filename"],
            on_skip=lambda path, why: fail(f"{path}: {why}"),
            force_exclude=options["force_exclude"],
            on_unlinted=lambda path, why: left_out.append((path, why)),
        )
    except WirlintError as error:
        fail(str(error))
        return EXIT_ERROR
    for item in items:
        click.echo(printable(item.display))
    for path, why in left_out:
        click.echo(f"not linted: {printable(path)}: {why}", err=True)
    return EXIT_CLEAN


def _keep_changed(ref: str, results: list[FileResult]) -> None:
    """--diff-base: only findings on lines changed since REF (and whole-document ones of changed documents)."""
    from wirlint.changes import changed_lines, keep_changed

    try:
        keep_changed(results, changed_lines(ref))
    except WirlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)


def _write_baseline(target: Path, results: list[FileResult]) -> int:
    """--write-baseline: record the findings, report nothing; exit 2 only when a file could not be read."""
    from wirlint.baseline import write_baseline

    for result in results:
        for error in result.errors:
            fail(f"{result.path}: {error}")
    try:
        count = write_baseline(target, results)
    except WirlintError as error:
        fail(str(error))
        return EXIT_ERROR
    click.echo(f"Wrote {count} finding{'s' if count != 1 else ''} to {target} as the baseline.", err=True)
    return EXIT_ERROR if any(result.errors for result in results) else EXIT_CLEAN


def _apply_baseline(source: Path, results: list[FileResult], *, quiet: bool) -> None:
    """--baseline: drop the recorded findings; say how many, and which entries no longer match anything."""
    from wirlint.baseline import apply_baseline, read_baseline

    try:
        outcome = apply_baseline(results, read_baseline(source))
    except WirlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    if quiet:
        return
    if outcome.hidden:
        click.echo(f"{outcome.hidden} finding{'s' if outcome.hidden != 1 else ''} left out by {source}.", err=True)
    if outcome.stale:
        count = len(outcome.stale)
        entries = f"{count} baseline entries no longer match" if count != 1 else "1 baseline entry no longer matches"
        click.echo(f"{entries} (fixed or reworded; refresh with --write-baseline):", err=True)
        for path, code, text in outcome.stale[:STALE_SHOWN]:
            click.echo(f"  {path}: {code} “{text[:60]}”", err=True)
        if count > STALE_SHOWN:
            click.echo(f"  … and {count - STALE_SHOWN} more", err=True)


def _print_diffs(linted: list[Linted], *, unsafe: bool) -> int:
    """--diff: the would-be fixes as a unified diff; exit 1 when there is any, 2 on input errors."""
    from wirlint.fix import plans_for

    for entry in linted:
        for error in entry.result.errors:
            fail(f"{entry.result.path}: {error}")
    plans = plans_for(linted, unsafe=unsafe)
    for entry, plan in plans:
        click.echo(plan.diff(entry.result.path), nl=False)
    if any(entry.result.errors for entry in linted):
        return EXIT_ERROR
    return EXIT_FINDINGS if plans else EXIT_CLEAN


def _apply_fixes(linted: list[Linted], *, unsafe: bool) -> None:
    """--fix: write each changed file (standard input: print the fixed text) and drop the fixed findings."""
    from wirlint.fix import plans_for, write_fix

    fixed = 0
    for entry, plan in plans_for(linted, unsafe=unsafe):
        if entry.item.path is None:
            click.echo(plan.new_text, nl=False)
        else:
            try:
                write_fix(plan)
            except WirlintError as error:
                entry.result.errors.append(error.cause)
                continue
        fixed += len(plan.fixed)
        done = {id(finding) for finding in plan.fixed}
        entry.result.findings = [f for f in entry.result.findings if id(f) not in done]
    if fixed:
        click.echo(f"Fixed {fixed} finding{'s' if fixed != 1 else ''}.", err=True)


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@lint_options
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=1.0,
    show_default=True,
    help="Seconds between requests to one host.",
)
@click.option(
    "--max-depth", type=click.IntRange(min=0), default=5, show_default=True, help="Links to follow from a start URL."
)
@click.option(
    "--max-pages", type=click.IntRange(min=1), default=500, show_default=True, help="Requests (pages, decks) at most."
)
@click.option(
    "--max-per-shape",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="URLs that differ only in their numbers (calendar trap guard).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="Seconds for an answer's headers and again for its body (a request gets twice this in all).",
)
@click.option(
    "--max-html-bytes",
    type=click.IntRange(min=1024),
    default=10 * 1024 * 1024,
    show_default=True,
    help="Largest page, after decompression.",
)
@click.option("--workers", type=click.IntRange(min=1, max=16), default=4, show_default=True, help="Parallel requests.")
@click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (only on your own site).")
@click.option("--include-subdomains", is_flag=True, help="Also crawl subdomains of the start hosts.")
@click.option("--allow-host", multiple=True, help="Another host to crawl (repeatable).")
@click.option("--no-sitemaps", is_flag=True, help="Do not seed from sitemaps.")
@click.option(
    "--save", "save_to", type=click.Path(file_okay=False, path_type=Path), help="Keep what was fetched in this folder."
)
@click.option(
    "--warc",
    "warc_to",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write what was fetched as a WARC file (.warc or .warc.gz) to lint again or share later.",
)
def crawl(urls: tuple[str, ...], **options: Any) -> None:
    """Crawl a site from its start URLs and lint every page, worst pages first."""
    from wirlint.crawl.crawler import CrawlOptions
    from wirlint.crawl.run import crawl_and_lint, describe_progress

    resolver = _resolver(options)
    try:
        _validate(resolver, options, nlp=True)
        config = resolver.for_path(None)
    except WirlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    crawl_options = CrawlOptions(
        delay=options["delay"],
        max_depth=options["max_depth"],
        max_pages=options["max_pages"],
        max_per_pattern=options["max_per_shape"],
        obey_robots=not options["ignore_robots"],
        include_subdomains=options["include_subdomains"],
        allowed_hosts=tuple(options["allow_host"]),
        timeout=options["timeout"],
        max_html_bytes=options["max_html_bytes"],
        workers=options["workers"],
        use_sitemaps=not options["no_sitemaps"],
        out_of_scope=config.is_out_of_scope,
    )
    interactive = sys.stderr.isatty()

    def show(progress: Any) -> None:
        click.echo("\r" + describe_progress(progress), err=True, nl=False)

    try:
        results, site = crawl_and_lint(
            list(urls),
            crawl_options,
            resolver,
            save_to=options["save_to"],
            warc_to=options["warc_to"],
            on_progress=show if interactive else None,
            jobs=options["jobs"],
        )
    except WirlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    if interactive:
        click.echo("", err=True)
    for url, error in site.errors:
        fail(f"{url}: {error}")
    _emit(results, options, site)
    if site.pages == 0 or _start_failed(urls, site):
        sys.exit(EXIT_ERROR)
    findings = [*results, FileResult(path=site.url, findings=site.findings)]
    sys.exit(_exit_code(findings, resolver, options))


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Folder for the tables: OUT/pages and OUT/sites (Parquet).")
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="local: a process pool on this machine; spark: PySpark (local mode, --master, or spark-submit).",
)
@click.option("--master", help="Spark master URL (default: local[*], or what spark-submit set).")
@click.option("--partitions", type=click.IntRange(min=1), help="Spark partitions for the sites (default: cores).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Processes for --engine local (default: one per CPU).")
@click.option("--overwrite", is_flag=True, help="Replace tables that are already in --out.")
@click.option("--select", multiple=True, help="Rules to run instead of the defaults: codes, prefixes, categories.")
@click.option("--extend-select", multiple=True, help="Rules to run in addition to the selection.")
@click.option("--ignore", multiple=True, help="Rules not to run.")
@click.option("--lang", type=click.Choice(["de", "en"]), help="Language of the text (default: detected).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Config file.")
@click.option("--time-limit", type=click.FloatRange(min=0), help="Seconds to lint one page (default 20; 0: none).")
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
def batch(inputs: tuple[str, ...], **options: Any) -> None:
    """Lint web archives (WARC files, folders of them, or s3://, hdfs://, gs:// URLs) into Parquet tables: one
    row per page and one per site."""
    import time

    from wirlint.batch.run import run_batch

    options.update(company_name=(), fail_on=None)
    resolver = _resolver(options)
    started = time.monotonic()
    try:
        _validate(resolver, options, nlp=True)
        outcome = run_batch(
            inputs,
            options["out"],
            resolver.for_path(None),
            engine=options["engine"],
            jobs=options["jobs"],
            master=options["master"],
            overwrite=options["overwrite"],
            partitions=options["partitions"],
        )
    except WirlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    for url, cause in outcome.errors[:MAX_ERRORS_SHOWN]:
        fail(f"{url}: {cause}")
    if len(outcome.errors) > MAX_ERRORS_SHOWN:
        fail(f"… and {len(outcome.errors) - MAX_ERRORS_SHOWN} more errors: see the error column of the pages table")
    if not options["quiet"]:
        seconds = time.monotonic() - started
        linted = outcome.pages - len(outcome.errors)
        click.echo(
            f"{linted} pages on {outcome.sites} sites linted from {outcome.records} WARC records "
            f"({outcome.skipped} no pages, {len(outcome.errors)} errors) in {seconds:.1f} s "
            f"({linted / max(seconds, 1e-9):.1f} pages/s); tables in {options['out']}/pages and {options['out']}/sites",
            err=True,
        )
    sys.exit(EXIT_ERROR if outcome.errors else EXIT_CLEAN)


def _start_failed(urls: tuple[str, ...], site: SiteReport) -> bool:
    """A start URL the user asked for could not be crawled (itself, or its host's robots.txt, failed)."""
    from urllib.parse import urlsplit

    from wirlint.crawl.urls import canonical_url

    failed = {url for url, _ in site.errors}
    for url in urls:
        start = canonical_url(url)
        if start is None or start in failed:
            return True
        parts = urlsplit(start)
        if f"{parts.scheme}://{parts.netloc}/robots.txt" in failed:
            return True
    return False


def _resolver(options: dict[str, Any]) -> ConfigResolver:
    overrides: dict[str, Any] = {}
    for key in ("select", "extend_select", "ignore", "company_name"):
        values = _split(options[key])
        if values:
            overrides["company_names" if key == "company_name" else key] = values
    if options["lang"]:
        overrides["lang"], overrides["lang_forced"] = options["lang"], True
    if options["time_limit"] is not None:
        overrides["time_limit"] = options["time_limit"]
    if options["fail_on"]:
        overrides["fail_on"] = parse_severity(options["fail_on"], "--fail-on", "fail-on")
    return ConfigResolver(overrides=overrides, config_path=options["config_path"])


def _validate(resolver: ConfigResolver, options: dict[str, Any], *, nlp: bool = False) -> None:
    """Fail early on a wrong --select or a broken rule pack (its texts and codes), before any file is read;
    what needs spaCy to check is checked before the first file is linted."""
    from wirlint.engine.packs import load_rules
    from wirlint.engine.selection import validate_selectors

    config = resolver.for_path(None)
    specs = load_rules(config.rule_folders, nlp=nlp)
    for key in ("select", "extend_select", "ignore"):
        validate_selectors(getattr(config, key), specs, config.source, key.replace("_", "-"))


def _emit(results: list[FileResult], options: dict[str, Any], site: SiteReport | None = None) -> None:
    from wirlint.report import RENDERERS, text
    from wirlint.report.excerpt import file_lines
    from wirlint.report.statistics import render_statistics

    target: Path | None = options["output_file"]
    color = _use_color(options["color"], to_terminal=target is None and sys.stdout.isatty())
    for result in results:
        for error in result.errors:
            fail(f"{result.path}: {error}")
        for warning in result.warnings:
            fail(f"{result.path}: warning: {warning}")
    if options["statistics"]:
        output = render_statistics(results)
    elif options["output_format"] == "text":
        sources = file_lines if options.get("output_style", "full") == "full" else None
        output = text.render(results, color, site, quiet=options["quiet"], sources=sources)
    else:
        output = RENDERERS[options["output_format"]](results, color, site)
    if target is not None:
        try:
            target.write_text(output, encoding="utf-8")
        except OSError as error:
            fail(f"{target}: cannot write the report: {error.strerror or error}")
            sys.exit(EXIT_ERROR)
    elif output:
        click.echo(output, nl=False, color=color)


def _use_color(flag: bool | None, *, to_terminal: bool) -> bool:
    """--color/--no-color, else NO_COLOR (https://no-color.org) and FORCE_COLOR, else whether it is a terminal."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return to_terminal


def _exit_code(
    results: list[FileResult], resolver: ConfigResolver, options: dict[str, Any], site: SiteReport | None = None
) -> int:
    if any(result.errors for result in results):
        return EXIT_ERROR
    if options["exit_zero"]:
        return EXIT_CLEAN
    for result in results:
        fail_on = resolver.for_path(Path(result.path)).fail_on
        if any(finding.severity.rank >= fail_on.rank for finding in result.findings):
            return EXIT_FINDINGS
    if site is not None:
        fail_on = resolver.for_path(Path(site.url)).fail_on
        if any(finding.severity.rank >= fail_on.rank for finding in site.findings):
            return EXIT_FINDINGS
    return EXIT_CLEAN


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--lang", type=click.Choice(["de", "en"]), help="Language of the text (default: detected).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--company-name", multiple=True, help="Your company's name: counts as company voice.")
def rewrite(inputs: tuple[str, ...], lang: str | None, output_format: str, company_name: tuple[str, ...]) -> None:
    """Customer-first rewrites for TEXT…, a FILE, or - (standard input); paragraphs split at blank lines."""
    import json

    from wirlint.rewrite.paragraphs import read_paragraphs, rewrite_paragraphs

    try:
        paragraphs = read_paragraphs(inputs, sys.stdin)
    except WirlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    entries = rewrite_paragraphs(paragraphs, lang=lang, company_names=_split(company_name))
    if output_format == "json":
        data = [
            {
                "input": entry.text,
                "suggestions": [{"text": s.text, "kind": s.kind, "safe": s.safe} for s in entry.suggestions],
            }
            for entry in entries
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from wirlint.report.rewrites import render_rewrites

    click.echo(render_rewrites(entries, color=sys.stdout.isatty()), nl=False)


CONFIG_TEMPLATE = """# wirlint settings for this site (https://github.com/wirlint/wirlint)
company-names = [{names}]   # your name counts as company voice, like "wir"/"we"
customer-terms = []          # who your customers are, beyond Kunde, Gast, client, member …
{lang_line}
fail-on = "warning"
extend-exclude = []          # more to leave out, on top of build output, themes, README and .gitignore
# extend-select = ["WL104"]  # also: the company as subject later in the sentence
# [per-file-ignores]
# "legal/*" = ["WL1"]
"""


@cli.command()
@click.option("--company-name", multiple=True, help="Your company's name (repeatable).")
@click.option("--lang", type=click.Choice(["de", "en"]), help="Lint every file in this language (default: detected).")
@click.option("--force", is_flag=True, help="Overwrite an existing .wirlint.toml.")
def init(company_name: tuple[str, ...], lang: str | None, force: bool) -> None:
    """Write a commented .wirlint.toml in this folder."""
    target = Path(".wirlint.toml")
    if target.exists() and not force:
        fail(f"{target}: already exists (use --force to overwrite)")
        sys.exit(EXIT_ERROR)
    names = ", ".join(f'"{name}"' for name in _split(company_name))
    lang_line = f'lang = "{lang}"' if lang else '# lang = "de"              # unset: each file\'s language is detected'
    target.write_text(CONFIG_TEMPLATE.format(names=names, lang_line=lang_line), encoding="utf-8")
    click.echo(f"Wrote {target}; lint with: wirlint check .")


@cli.command()
def lsp() -> None:
    """Run the language server on standard input and output (for editors: VS Code, Neovim, Helix, Zed)."""
    from wirlint.lsp.server import serve_stdio

    serve_stdio()


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (only this machine).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free).")
@click.option("--open/--no-open", "open_browser", default=False, help="Open the page in a browser.")
def serve(host: str, port: int, open_browser: bool) -> None:
    """A local page to paste a draft (or drop a file, or name a URL), see its findings and apply rewrites."""
    from wirlint.serve.server import make_server

    try:
        server = make_server(host, port)
    except OSError as error:
        fail(f"{host}:{port}: cannot listen ({error.strerror or error})")
        sys.exit(EXIT_ERROR)
    address = f"http://{host}:{server.server_address[1]}/"
    click.echo(f"wirlint serves {address} (Ctrl+C stops it)", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(address)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.command("config")
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--show", is_flag=True, help="Print the effective settings and where each comes from (the default).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), help="Use this config file.")
def show_config(path: Path | None, show: bool, output_format: str, config_path: Path | None) -> None:
    """Show the settings wirlint uses for PATH (default: the current folder) and where each came from."""
    import json

    resolver = ConfigResolver(config_path=config_path)
    try:
        rows = resolver.explain(path.resolve() if path is not None else None)
    except WirlintError as error:
        fail(str(error))
        sys.exit(EXIT_ERROR)
    if output_format == "json":
        entries = {name: {"value": _plain(value), "from": origin} for name, value, origin in rows}
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    width = max(len(name) for name, _, _ in rows)
    for name, value, origin in rows:
        click.echo(f"{name:<{width}} = {json.dumps(_plain(value), ensure_ascii=False)}  # {origin}")


def _plain(value: Any) -> Any:
    """A setting's value as TOML/JSON would write it: tuples as lists, pairs as tables, severities as names."""
    if isinstance(value, Severity):
        return value.value
    if isinstance(value, tuple) and value and all(isinstance(item, tuple) and len(item) == 2 for item in value):
        return {str(key): _plain(item) for key, item in value}
    if isinstance(value, tuple):
        return [_plain(item) for item in value]
    return value


@cli.command("rules")
@click.option("--lang", type=click.Choice(["de", "en"]), default="en", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Include rules that are off by default.")
@click.option(
    "--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True
)
def list_rules(lang: str, show_all: bool, output_format: str) -> None:
    """List the rules by code with what each finds, in the chosen language (markdown: every rule's full docs)."""
    import json

    from wirlint.engine.packs import load_rules
    from wirlint.report.explain import render_rule, summary_line

    rules = sorted(
        (spec.rule for spec in load_rules(nlp=False) if spec.rule.lang == lang and (spec.rule.default or show_all)),
        key=lambda rule: rule.code,
    )
    if output_format == "markdown":
        click.echo("\n".join(render_rule(rule, heading_level=2) for rule in rules), nl=False)
        return
    if output_format == "json":
        entries = [
            {"code": rule.code, "name": rule.name, "category": rule.category, "severity": rule.severity.value,
             "default": rule.default, "description": summary_line(rule)}
            for rule in rules
        ]  # fmt: skip
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    name_width = max((len(rule.name) for rule in rules), default=0)
    category_width = max((len(rule.category) for rule in rules), default=0)
    off = " (aus)" if lang == "de" else " (off)"
    for rule in rules:
        columns = f"{rule.code}  {rule.name:<{name_width}}  {rule.category:<{category_width}}  {rule.severity.value:<7}"
        click.echo(f"{columns}  {summary_line(rule)}{'' if rule.default else off}")


@cli.command()
@click.argument("code")
@click.option("--lang", type=click.Choice(["de", "en"]), default="en", show_default=True)
def explain(code: str, lang: str) -> None:
    """Print a rule's documentation: what it does, why, examples."""
    from wirlint.engine.packs import load_rules
    from wirlint.report.explain import render_rule

    wanted = code.upper()
    matches = [s for s in load_rules(nlp=False) if s.rule.lang == lang and wanted in {s.rule.code, s.rule.name.upper()}]
    if not matches:
        fail(f"no rule {code!r}; see `wirlint rules --all`")
        sys.exit(EXIT_ERROR)
    click.echo(render_rule(matches[0].rule))
