"""``sanctuary ingest``: read articles, run the NLP, store everything."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sanctuary_cli import timing
from sanctuary_cli.cli.common import open_store, store_option
from sanctuary_cli.cli.main import EXIT_INTERRUPTED
from sanctuary_cli.corpus.dates import parse_day
from sanctuary_cli.corpus.loader import DEFAULT_MAX_BYTES, Problem
from sanctuary_cli.corpus.sources import PAGE_MAX_BYTES, is_url
from sanctuary_cli.ingest import IngestReport
from sanctuary_cli.nlp.engine import DEFAULT_TIMEOUT
from sanctuary_cli.records import IngestSummary
from sanctuary_cli.render import Column, render, stderr

DETAILS_UP_TO = 20  # a run of at most this many articles lists them without --details

SUMMARY = [
    Column("path", "article", max_width=30, priority=0),
    Column("title", max_width=60, lines=2, priority=0, min_width=30),
    Column("outlet", max_width=20, priority=3),
    Column("date", kind="date", priority=2),
    Column("words", justify="right", priority=4),
    Column("people", justify="right", priority=1),
    Column("places", justify="right", priority=1),
    Column("quotes", justify="right", priority=1),
]


@click.command("ingest")
@click.argument("paths", nargs=-1, metavar="PATH|URL...")
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="An RSS or Atom feed whose articles to fetch (repeatable); a second run reads only new items.")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL",
              help="A sitemap (or sitemap index) whose pages to fetch (repeatable).")
@click.option("--since", metavar="DATE", default=None,
              help="With --feed/--sitemap: leave out items dated before DATE (e.g. 2024-11-01).")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --feed/--sitemap: fetch at most N new items from each.")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between two requests to the same host (more if its robots.txt asks).")
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="NLP processes (default: the number of cores).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where the NLP runs: local processes, or a Ray cluster ($RAY_ADDRESS or a local one).")
@click.option("--model", default=None, help="spaCy pipeline to use (default: $SANCTUARY_MODEL, else en_core_web_sm).")
@click.option("--force", is_flag=True, help="Re-process articles already in the store (and fetch stored URLs again).")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds of NLP allowed per article (local engine); a slower one is reported and skipped "
                   "(0: no limit).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=None,
              help=f"Skip files and pages larger than this (default: {DEFAULT_MAX_BYTES:,} for a file, "
                   f"{PAGE_MAX_BYTES:,} for a page).")
@click.option("--details", is_flag=True,
              help=f"List every article stored (done anyway when there are at most {DETAILS_UP_TO}).")
@store_option
def ingest_cli(paths: tuple[str, ...], feeds: tuple[str, ...], sitemaps: tuple[str, ...], since: str | None,
               limit: int | None, delay: float, workers: int | None, engine: str, model: str | None, force: bool,
               timeout: float, max_bytes: int | None, details: bool, store: Path | None) -> None:
    """Read articles from files and folders (.txt .md .html .json .jsonl .csv) and web pages into the store.

    A URL is fetched (politely: robots.txt, a delay per host, a size cap) and
    its article extracted; --feed and --sitemap fetch the articles they list.
    Unchanged articles and URLs already stored are skipped without loading the
    model. Each unreadable input gets one line on stderr and the run goes on.
    Exit code 1 when any input failed, or when no article at all was read.
    """
    _check_sources(paths, feeds, sitemaps, since)
    err = stderr()

    def on_problem(problem: Problem) -> None:
        label = "warning" if not problem.fatal else "skipped"
        # One line per problem, however narrow the terminal: a tool reading stderr can count on it.
        err.print(f"{label}: {problem}", markup=False, highlight=False, soft_wrap=True)

    report = IngestReport()
    with open_store(store) as target:
        path = target.path
        run = functools.partial(target.ingest, paths, workers=workers, on_problem=on_problem, engine=engine,
                                model=model, force=force, timeout=timeout, max_bytes=max_bytes, report=report,
                                feeds=feeds, sitemaps=sitemaps, since=since, limit=limit, delay=delay)
        try:
            if sys.stderr.isatty() and not os.environ.get("CI"):
                with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                              TimeElapsedColumn(), console=err, transient=True) as bar:
                    task = bar.add_task("articles", total=None)
                    summary = run(progress=lambda n: bar.advance(task, n))
            else:
                summary = run()
        except KeyboardInterrupt:
            err.print(f"interrupted: {len(report.stored)} articles stored in {path}; run again to continue",
                      markup=False, highlight=False, soft_wrap=True)
            sys.exit(EXIT_INTERRUPTED)
    if summary.stored and (details or len(summary.stored) <= DETAILS_UP_TO):
        with timing.stage("summary table"):
            render(summary.stored, "table", SUMMARY, title=f"Stored in {escape(str(path))}")
    for line in summary_lines(summary):
        err.print(line, markup=False, highlight=False, soft_wrap=True)
    if summary.failed or summary.found:
        sys.exit(1)


def summary_lines(summary: IngestSummary) -> list[str]:
    """A few lines: where and how much, then what was stored, skipped and failed (always the last line)."""
    parts = [f"{len(summary.stored)} stored", f"{summary.unchanged} unchanged"]
    if summary.duplicates:
        parts.append(f"{summary.duplicates} duplicate")
    if summary.failed:
        parts.append(f"{summary.failed} failed")
    lines = [summary.found] if summary.found else []
    lines.append(f"store: {summary.store} ({summary.words:,} words read in {summary.seconds:.1f} s)")
    if len(summary.stored) > DETAILS_UP_TO:
        lines.append("--details lists every article stored; 'sanctuary articles' lists the whole store")
    lines.append(", ".join(parts))
    return lines


def _check_sources(paths: tuple[str, ...], feeds: tuple[str, ...], sitemaps: tuple[str, ...],
                   since: str | None) -> None:
    """What to read, checked: a usage error here exits with 2 before anything is read."""
    if not (paths or feeds or sitemaps):
        raise click.UsageError("give at least one PATH or URL, or --feed/--sitemap URL")
    for url in (*feeds, *sitemaps):
        if not is_url(url):
            raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="--feed/--sitemap")
    if since is not None and parse_day(since) is None:
        raise click.BadParameter(f"cannot read {since!r} as a date (e.g. 2024-11-01)", param_hint="--since")


COMMANDS = [ingest_cli]
