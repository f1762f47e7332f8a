"""``sanctuary evaluate``: precision, recall and F1 against gold files."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import click

from sanctuary_cli.cli.common import format_option, open_store, store_option
from sanctuary_cli.evaluation.run import DEFAULT_GOLD, confusion_rows, evaluate, problem_rows, summary_rows
from sanctuary_cli.render import Column, render, render_json

SUMMARY_COLUMNS = [Column("measure"), Column("precision", justify="right"), Column("recall", justify="right"),
                   Column("f1", "F1", justify="right", bar=True), Column("detail")]
CONFUSION_COLUMNS = [Column("gold"), *(Column(label, justify="right") for label in
                                       ("resist", "cooperate", "mixed", "unclear"))]
PROBLEM_COLUMNS = [Column("area"), Column("article", max_width=28), Column("item", max_width=60),
                   Column("expected", max_width=20), Column("got", max_width=20)]


@click.command("evaluate")
@click.option("--gold", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_GOLD,
              show_default=True, help="Folder with quotes/people/cities/stance .jsonl gold files, or a stance set "
                   "(gold.jsonl, gold_cities.jsonl, manifest.jsonl).")
@click.option("--verbose", "-v", is_flag=True, help="Also list every miss and false positive.")
@format_option
@store_option
def evaluate_cli(gold: Path, verbose: bool, fmt: str, store: Path | None) -> None:
    """Score quotes (with speakers), officials, cities and stance against gold files."""
    with open_store(store) as conn:
        result = evaluate(conn, gold)
    if fmt == "json":
        render_json({"summary": summary_rows(result), "problems": problem_rows(result) if verbose else [],
                     "scores": {k: v for k, v in asdict(result).items() if v is not None}})
        return
    render(summary_rows(result), fmt, SUMMARY_COLUMNS, title=f"Scores against {gold}")
    confusion = confusion_rows(result)
    if confusion:
        render(confusion, fmt, CONFUSION_COLUMNS, title="Stance per (article, place): gold label by predicted")
    if verbose:
        render(problem_rows(result), fmt, PROBLEM_COLUMNS, title="Misses and false positives")


COMMANDS = [evaluate_cli]
