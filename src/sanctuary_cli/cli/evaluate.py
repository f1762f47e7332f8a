"""``sanctuary evaluate``: precision, recall and F1 against gold files."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import click

from sanctuary_cli.cli.common import format_option, open_store, store_option, wide_option
from sanctuary_cli.evaluation.run import DEFAULT_GOLD, confusion_rows, problem_rows, summary_rows
from sanctuary_cli.render import Column, render, render_json, stderr

# Scores are drawn on a fixed 0–1 scale: a bar is as long as the score, never relative to its neighbours.
SUMMARY_COLUMNS = [Column("measure", kind="label", priority=0), Column("precision", justify="right", priority=1),
                   Column("recall", justify="right", priority=1),
                   Column("f1", "F1", justify="right", bar=True, scale=1.0, priority=0),
                   Column("detail", lines=2, priority=2, min_width=20)]
PROBLEM_COLUMNS = [Column("area", kind="label", priority=0), Column("article", max_width=28, priority=2),
                   Column("item", max_width=60, lines=2, priority=0), Column("expected", max_width=20, priority=1),
                   Column("got", max_width=20, priority=1)]
CONFUSION_COLUMNS = [Column("gold", kind="label", priority=0), *(Column(label, justify="right", priority=1) for label in
                                       ("resist", "cooperate", "mixed", "unclear"))]


@click.command("evaluate")
@click.option("--gold", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_GOLD,
              show_default=True, help="Folder with quotes/people/cities/stance .jsonl gold files, or a stance set "
                   "(gold.jsonl, gold_cities.jsonl, manifest.jsonl).")
@click.option("--verbose", "-v", is_flag=True, help="Also list every miss and false positive.")
@wide_option
@format_option
@store_option
def evaluate_cli(gold: Path, verbose: bool, wide: bool, fmt: str, store: Path | None) -> None:
    """Score quotes (with speakers), officials, cities and stance against gold files.

    Exit code 1, with a warning, when the store holds none of the articles the
    gold files name: the scores then say nothing about the extraction.
    """
    with open_store(store) as opened:
        result = opened.evaluate(gold)
        held, named = opened.gold_articles_held(gold)
    if fmt == "json":
        render_json({"summary": summary_rows(result), "problems": problem_rows(result) if verbose else [],
                     "scores": {k: v for k, v in asdict(result).items() if v is not None},
                     "gold_articles": {"named": named, "in_store": held}})
    else:
        render(summary_rows(result), fmt, SUMMARY_COLUMNS, title=f"Scores against {gold}", wide=wide)
        confusion = confusion_rows(result)
        if confusion:
            render(confusion, fmt, CONFUSION_COLUMNS, title="Stance per (article, place): gold label by predicted",
                   wide=wide)
        if verbose:
            render(problem_rows(result), fmt, PROBLEM_COLUMNS, title="Misses and false positives", wide=wide)
    if named and not held:
        stderr().print(f"warning: the store holds none of the {named} articles the gold at {gold} is about; "
                       "ingest them first (these scores say nothing)", markup=False, highlight=False, soft_wrap=True)
        sys.exit(1)


COMMANDS = [evaluate_cli]
