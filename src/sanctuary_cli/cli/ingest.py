"""``sanctuary ingest``: read articles, run the NLP, store everything."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from sanctuary_cli import timing
from sanctuary_cli.cli.common import store_option
from sanctuary_cli.cli.main import EXIT_INTERRUPTED
from sanctuary_cli.corpus.loader import DEFAULT_MAX_BYTES, Problem
from sanctuary_cli.ingest import IngestReport, Options, ingest
from sanctuary_cli.nlp.engine import DEFAULT_TIMEOUT
from sanctuary_cli.render import Column, render, stderr
from sanctuary_cli.store.db import store_path

SUMMARY = [
    Column("path", "article", max_width=30, wrap=False),
    Column("title", max_width=60, wrap=False),
    Column("outlet", max_width=20, wrap=False),
    Column("date"),
    Column("words", justify="right"),
    Column("people", justify="right"),
    Column("places", justify="right"),
    Column("quotes", justify="right"),
]


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--workers", "-w", type=click.IntRange(min=1), default=None,
              help="NLP processes (default: the number of cores).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Where the NLP runs: local processes, or a Ray cluster ($RAY_ADDRESS or a local one).")
@click.option("--model", default=None, help="spaCy pipeline to use (default: $SANCTUARY_MODEL, else en_core_web_sm).")
@click.option("--force", is_flag=True, help="Re-process articles already in the store.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds of NLP allowed per article (local engine); a slower one is reported and skipped "
                   "(0: no limit).")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Skip files larger than this.")
@store_option
def ingest_cli(paths: tuple[Path, ...], workers: int | None, engine: str, model: str | None, force: bool,
               timeout: float, max_bytes: int, store: Path | None) -> None:
    """Read articles from files and folders (.txt .md .html .json .jsonl .csv) into the store.

    Unchanged articles already stored are skipped without loading the model.
    Each unreadable input gets one line on stderr and the run goes on; the exit
    code is 1 when any input failed.
    """
    options = Options(engine=engine, model=model, force=force, max_bytes=max_bytes, timeout=timeout or None)
    if workers is not None:
        options.workers = workers
    err = stderr()

    def on_problem(problem: Problem) -> None:
        label = "warning" if not problem.fatal else "skipped"
        # One line per problem, however narrow the terminal: a tool reading stderr can count on it.
        err.print(f"{label}: {problem}", markup=False, highlight=False, soft_wrap=True)

    report = IngestReport()
    path = store_path(store)
    try:
        if sys.stderr.isatty() and not os.environ.get("CI"):
            with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=err, transient=True) as bar:
                task = bar.add_task("articles", total=None)
                ingest(paths, path, options, on_problem, lambda n: bar.advance(task, n), report=report)
        else:
            ingest(paths, path, options, on_problem, report=report)
    except KeyboardInterrupt:
        err.print(f"interrupted: {len(report.stored)} articles stored in {path}; run again to continue",
                  markup=False, highlight=False, soft_wrap=True)
        sys.exit(EXIT_INTERRUPTED)
    if report.stored:
        with timing.stage("summary table"):
            render([vars(s) for s in report.stored], "table", SUMMARY, title=f"Stored in {escape(str(path))}")
    err.print(_summary_line(report), highlight=False)
    if report.failed:
        sys.exit(1)


def _summary_line(report: IngestReport) -> str:
    parts = [f"{len(report.stored)} stored", f"{report.skipped} unchanged"]
    if report.duplicates:
        parts.append(f"{report.duplicates} duplicate")
    failed = sum(1 for p in report.problems if p.fatal)
    if failed:
        parts.append(f"{failed} failed")
    return ", ".join(parts)


COMMANDS = [ingest_cli]
