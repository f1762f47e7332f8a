"""Fitting a table to a width: which columns show, how wide each is, and each cell's lines.

Columns have a priority (0: always shown; higher numbers are left out first)
and a kind: ``label`` columns (numbers, dates, codes, stance labels) never wrap
or shrink; ``text`` columns shrink to a minimum that still holds their longest
word, wrap at spaces up to ``lines`` lines and end with "…" at a word boundary.
So no word is ever split across lines, and nothing is cut mid-word unless a
single word is wider than the whole column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

ELLIPSIS = "…"
BAR_WIDTH = 8
_LONGEST_KEPT_WORD = 20  # a text column keeps room for words up to this long


@dataclass(frozen=True)
class Column:
    """How one field shows in a table.

    ``bar`` draws a bar beside the number, scaled to ``scale`` when given (a
    fixed scale, e.g. 1.0 for scores in 0–1) or else to the column's largest
    value. ``priority`` 0 is never left out; columns with higher numbers are
    left out first when the terminal is too narrow.
    """

    key: str
    header: str | None = None
    justify: str = "left"
    bar: bool = False
    max_width: int | None = None
    signed: bool = False  # show the sign of a number (scores)
    kind: str = "text"  # "text" wraps and shrinks; "label" never does; "date" is a label shown to the day
    lines: int = 1  # most lines a text cell takes before it is ended with "…"
    priority: int = 1
    min_width: int = 0
    scale: float | None = None

    @property
    def title(self) -> str:
        return self.header or self.key.replace("_", " ")

    @property
    def fixed(self) -> bool:
        """Whether the column keeps its natural width (numbers and labels never wrap)."""
        return self.kind in ("label", "date") or self.justify == "right" or self.bar


@dataclass
class Layout:
    """What ``fit`` decided: the columns shown, their widths, and each row's cells as text."""

    columns: list[Column]
    widths: list[int]
    cells: list[list[str]]
    dropped: list[Column]


def overhead(count: int) -> int:
    """Characters a table with ``count`` columns spends on borders and padding."""
    return 3 * count + 1


def fit(rows: Sequence[dict[str, Any]], cols: Sequence[Column], width: int | None) -> Layout:
    """Lay ``rows`` out in at most ``width`` characters (None: each column as wide as its content)."""
    peaks = {c.key: max((abs(number(r.get(c.key))) for r in rows), default=0.0) for c in cols if c.bar}
    full = [[cell_text(r.get(c.key), c, peaks.get(c.key, 0.0)) for c in cols] for r in rows]
    columns = [[line[i] for line in full] for i in range(len(cols))]
    natural = [_natural(c, texts) for c, texts in zip(cols, columns, strict=True)]
    least = [_minimum(c, texts, n) for c, texts, n in zip(cols, columns, natural, strict=True)]
    if width is None:
        shown = list(range(len(cols)))
        widths = natural
    else:
        shown = _kept(cols, least, width)
        widths = _share(width - overhead(len(shown)), [natural[i] for i in shown], [least[i] for i in shown],
                        [cols[i].priority for i in shown])
    cells = [[_lay(line[i], cols[i], w) for i, w in zip(shown, widths, strict=True)] for line in full]
    return Layout([cols[i] for i in shown], widths, cells, [c for i, c in enumerate(cols) if i not in shown])


def _kept(cols: Sequence[Column], least: list[int], width: int) -> list[int]:
    """The columns that fit at their minimum widths: the least needed are left out first (the last of equals)."""
    shown = list(range(len(cols)))
    while sum(least[i] for i in shown) + overhead(len(shown)) > width:
        droppable = [i for i in shown if cols[i].priority > 0]
        if not droppable:
            break
        shown.remove(max(droppable, key=lambda i: (cols[i].priority, i)))
    return shown


def _natural(col: Column, texts: list[str]) -> int:
    wanted = max([len(col.title), *(len(t) for t in texts)])
    if col.fixed or col.max_width is None:
        return wanted
    return max(min(wanted, col.max_width), len(col.title))


def _minimum(col: Column, texts: list[str], natural: int) -> int:
    if col.fixed:
        return natural
    longest = max((len(w) for t in texts for w in t.split()), default=0)
    room = max(col.min_width, min(longest + 1, _LONGEST_KEPT_WORD))
    return max(len(col.title), min(natural, room))


def _share(room: int, natural: list[int], least: list[int], priorities: list[int]) -> list[int]:
    """Widths from each column's minimum toward its natural width.

    The spare room goes to the most important columns first; among columns of
    one priority it is shared out equally, and a column that needs less than
    its share (a name) gets all it needs.
    """
    widths = list(least)
    spare = room - sum(least)
    for level in sorted(set(priorities)):
        while spare > 0:
            wanting = [i for i, w in enumerate(widths) if w < natural[i] and priorities[i] == level]
            if not wanting:
                break
            share = max(spare // len(wanting), 1)
            for i in sorted(wanting, key=lambda i: natural[i] - widths[i]):
                give = min(share, natural[i] - widths[i], spare)
                widths[i] += give
                spare -= give
    return widths


def _lay(text: str, col: Column, width: int) -> str:
    return text if col.fixed else "\n".join(wrap(text, width, col.lines))


def wrap(text: str, width: int, lines: int = 1) -> list[str]:
    """``text`` in lines of at most ``width``, broken at spaces; past ``lines`` it ends with "…"."""
    out: list[str] = []
    current = ""
    words = text.split()
    for index, word in enumerate(words):
        if len(word) > width:
            word = word[: max(width - 1, 0)] + ELLIPSIS
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            out.append(current)
            current = word
        if len(out) == lines:
            return _ended(out, width)
        if index == len(words) - 1:
            out.append(current)
    return out or [""]


def _ended(lines: list[str], width: int) -> list[str]:
    """The last line shortened at a word boundary to end with "…"."""
    last = lines[-1]
    while len(last) + 1 > width and " " in last:
        last = last.rsplit(" ", 1)[0]
    if len(last) + 1 > width:
        last = last[: max(width - 1, 0)]
    lines[-1] = last.rstrip(",;:.") + ELLIPSIS
    return lines


def number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def bar(value: float, peak: float, width: int = BAR_WIDTH) -> str:
    """A bar of block characters, ``value``/``peak`` of ``width`` (at most ``width``)."""
    if peak <= 0:
        return ""
    return "█" * round(min(abs(value) / peak, 1.0) * width)


def cell_text(value: Any, col: Column, peak: float = 0.0) -> str:
    """A value as one line of text, its bar after it."""
    if col.signed and isinstance(value, float):
        text = f"{value:+.2f}"
    elif value is None:
        text = ""
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, float):
        text = f"{value:.2f}"
    elif isinstance(value, list | tuple):
        text = ", ".join(str(v) for v in value)
    else:
        text = re.sub(r"\s+", " ", str(value)).strip()
    if col.kind == "date":
        text = text[:10]  # 2016-08-22T11:50 -> 2016-08-22: a table shows the day; JSON and CSV keep it all
    if col.bar and isinstance(value, int | float) and not isinstance(value, bool):
        blocks = bar(value, col.scale if col.scale is not None else peak)
        text = f"{text} {blocks:<{BAR_WIDTH}}" if col.justify != "right" else f"{text} {blocks}"
    return text
