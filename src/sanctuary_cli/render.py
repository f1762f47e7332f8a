"""The one place that prints: Rich tables for people, JSON/CSV/Markdown for pipes.

Query results are lists of dicts. ``render`` writes them to stdout in the
format asked for; progress, warnings and problems go to stderr so piped JSON
and CSV stay clean. Tables fit the terminal (see ``sanctuary_cli.layout``):
columns the width cannot hold are left out, lowest priority first, and a
footer names them.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sanctuary_cli.layout import Column, Layout, bar, fit, number

__all__ = ["FORMATS", "Column", "Row", "bar", "markdown_table", "render", "render_json", "rich_table", "stderr",
           "stdout"]

FORMATS = ("table", "json", "csv", "markdown")
MORE = "--limit N for more, --limit 0 for all"

Row = dict[str, Any]


def stdout(wide: bool = False) -> Console:
    """The console tables go to; ``wide`` lets a table be as wide as its content."""
    return Console(soft_wrap=False, width=100_000 if wide else None)


def stderr() -> Console:
    return Console(stderr=True)


def render(rows: Sequence[Row], fmt: str = "table", columns: Sequence[Column] | None = None,
           title: str | None = None, console: Console | None = None, *, wide: bool = False,
           total: int | None = None, more: str = MORE) -> None:
    """Write rows to stdout as a table, JSON list, CSV or Markdown table.

    ``total`` is how many rows there were before a limit: a table says how many
    it leaves out. Only tables ever shorten or leave out anything.
    """
    if fmt == "json":
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
        return
    cols = list(columns) if columns else [Column(key) for key in (rows[0] if rows else {})]
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow([c.key for c in cols])
        writer.writerows([[_cell(row.get(c.key)) for c in cols] for row in rows])
        return
    if fmt == "markdown":
        sys.stdout.write(markdown_table(rows, cols))
        return
    console = console or stdout(wide)
    console.print(rich_table(rows, cols, title, width=None if wide else console.width, total=total, more=more))


def render_json(value: Any) -> None:
    """One JSON object (not a list), for commands that answer with a single record."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def rich_table(rows: Sequence[Row], cols: Sequence[Column], title: str | None = None, width: int | None = None,
               total: int | None = None, more: str = "") -> Table:
    """A Rich table of ``rows`` no wider than ``width`` (None: as wide as the content)."""
    layout = fit(rows, cols, width)
    table = Table(title=title, title_justify="left", header_style="bold", caption_justify="left")
    for col, col_width in zip(layout.columns, layout.widths, strict=True):
        table.add_column(col.title, justify=col.justify, width=col_width, no_wrap=True,  # type: ignore[arg-type]
                         overflow="crop")
    for row, cells in zip(rows, layout.cells, strict=True):
        table.add_row(*[_styled(row.get(c.key), text, c) for c, text in zip(layout.columns, cells, strict=True)])
    table.caption = _footer(rows, layout, total, more or MORE)
    return table


def _footer(rows: Sequence[Row], layout: Layout, total: int | None, more: str) -> str | None:
    notes = []
    if not rows:
        notes.append("nothing found")
    if total is not None and total > len(rows):
        notes.append(f"{len(rows)} of {total} rows shown ({more})")
    if layout.dropped:
        names = ", ".join(c.title for c in layout.dropped)
        notes.append(f"not shown at this width: {names} (--wide or --format json shows them)")
    return "\n".join(notes) or None


def _styled(value: Any, text: str, col: Column) -> Text:
    """A cell's laid-out text, its bar in colour: green resists or counts up, red the other way."""
    out = Text(text)
    first = text.find("█")
    if col.bar and first >= 0:
        out.stylize("red" if number(value) < 0 else "green", first, text.rfind("█") + 1)
    return out


def markdown_table(rows: Sequence[Row], cols: Sequence[Column]) -> str:
    def esc(value: Any) -> str:
        return _cell(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(c.title for c in cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(esc(row.get(c.key)) for c in cols) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _cell(value: Any) -> str:
    """A value as text for CSV and Markdown: whole, never shortened."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value)
