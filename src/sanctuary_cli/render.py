"""The one place that prints: Rich tables for people, JSON/CSV/Markdown for pipes.

Query results are lists of dicts. ``render`` writes them to stdout in the
format asked for; progress, warnings and problems go to stderr so piped JSON
and CSV stay clean.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "json", "csv", "markdown")

Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    """How one field shows in a table: its key, header, and optional bar chart."""

    key: str
    header: str | None = None
    justify: str = "left"
    bar: bool = False  # draw a small bar beside the number, scaled to the column's largest value
    max_width: int | None = None
    signed: bool = False  # show the sign of a number (scores)
    wrap: bool = True  # False: one line, cut with an ellipsis

    @property
    def title(self) -> str:
        return self.header or self.key.replace("_", " ")


def stdout() -> Console:
    return Console(soft_wrap=False)


def stderr() -> Console:
    return Console(stderr=True)


def render(rows: Sequence[Row], fmt: str = "table", columns: Sequence[Column] | None = None,
           title: str | None = None, console: Console | None = None) -> None:
    """Write rows to stdout as a table, JSON list, CSV or Markdown table."""
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
    (console or stdout()).print(rich_table(rows, cols, title))


def render_json(value: Any) -> None:
    """One JSON object (not a list), for commands that answer with a single record."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def rich_table(rows: Sequence[Row], cols: Sequence[Column], title: str | None = None) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for col in cols:
        # Every column keeps room for its header; long text wraps, or is cut with an ellipsis.
        table.add_column(col.title, justify=col.justify, max_width=col.max_width,  # type: ignore[arg-type]
                         min_width=min(len(col.title), 8), overflow="fold" if col.wrap else "ellipsis")
    peaks = {c.key: max((abs(_number(row.get(c.key))) for row in rows), default=0.0) for c in cols if c.bar}
    for row in rows:
        table.add_row(*[_table_cell(row.get(c.key), peaks.get(c.key), c.signed, None if c.wrap else c.max_width)
                        for c in cols])
    if not rows:
        table.caption = "nothing found"
    return table


def markdown_table(rows: Sequence[Row], cols: Sequence[Column]) -> str:
    def esc(value: Any) -> str:
        return _cell(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(c.title for c in cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(esc(row.get(c.key)) for c in cols) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def bar(value: float, peak: float, width: int = 8) -> str:
    """A bar of block characters, value/peak of ``width``; negative values point left in red."""
    if peak <= 0:
        return ""
    cells = round(abs(value) / peak * width)
    colour = "red" if value < 0 else "green"
    return f"[{colour}]{'█' * cells}[/{colour}]"


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _table_cell(value: Any, peak: float | None, signed: bool = False, cut: int | None = None) -> str:
    from rich.markup import escape

    text = f"{value:+.2f}" if signed and isinstance(value, float) else _cell(value)
    if cut is not None and len(text) > cut:
        text = text[: cut - 1] + "…"
    text = escape(text)
    if peak is not None and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{text} {bar(value, peak)}"
    return text


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(v) for v in value)
    return str(value)
