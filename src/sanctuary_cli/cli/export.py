"""``sanctuary export`` and ``sanctuary report``: the data for other tools, and a page to look at.

Both import pandas or build HTML only when run, so ``sanctuary --help`` and the
query commands stay fast.
"""

from __future__ import annotations

from pathlib import Path

import click

from sanctuary_cli.cli.common import dates_option, open_store, store_option
from sanctuary_cli.render import Column, render, stderr

EXPORT_FORMATS = ("csv", "jsonl", "parquet")
WRITTEN_COLUMNS = [Column("table", kind="label"), Column("rows", justify="right"), Column("path", "file", priority=0)]


@click.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), default="csv", show_default=True,
              help="File format: csv for spreadsheets, jsonl for scripts, parquet for pandas and DuckDB.")
@store_option
def export_cli(directory: Path, fmt: str, store: Path | None) -> None:
    """Write every table (articles, people, cities, quotes, evidence, stances) to DIRECTORY.

    One file per table, named after it (people.csv, quotes.jsonl, ...), with the
    columns documented in docs/EXPORT.md. Parquet needs the 'parquet' extra.
    """
    with open_store(store) as opened:
        written = opened.export(directory, fmt)
    rows = [{"table": w.table, "rows": w.rows, "path": str(w.path)} for w in written]
    render(rows, "table", WRITTEN_COLUMNS, title=f"Exported to {directory}")


@click.command("report")
@click.option("--out", "-o", "out", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The HTML file to write.")
@click.option("--city", help="Only the articles about this city (its name, e.g. Chicago, or NYC, LA...).")
@dates_option
@store_option
def report_cli(out: Path, city: str | None, since: str | None, until: str | None, store: Path | None) -> None:
    """Write a self-contained HTML report: stance by city, a map, quotes per official, coverage over time.

    The page loads nothing from the network: open it anywhere, or attach it to a mail.
    """
    from sanctuary_cli.report.page import plural

    with open_store(store) as opened:
        data = opened.report(out, city, since=since, until=until)
    totals = data.totals
    stderr().print(
        f"wrote {out}: {plural(totals['articles'], 'article')}, {plural(totals['cities'], 'city', 'cities')},"
        f" {plural(totals['quotes'], 'quote')}",
        markup=False, highlight=False,
    )


COMMANDS = [export_cli, report_cli]
