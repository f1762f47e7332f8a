"""Every table of the store as a pandas DataFrame, and writers for CSV, JSON lines and Parquet.

The tables are built from the same queries the commands use (``store.queries``),
so an exported file holds what ``sanctuary people`` or ``sanctuary quotes``
shows. Each table has a fixed list of columns with fixed types, so a script
written against one export keeps working on the next, even when a table is
empty. The column meanings are documented in docs/EXPORT.md.

This module imports pandas; the query commands never import it.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from sanctuary_cli.errors import SanctuaryError
from sanctuary_cli.store import queries

FORMATS = ("csv", "jsonl", "parquet")
SUFFIX = {"csv": ".csv", "jsonl": ".jsonl", "parquet": ".parquet"}

# pandas dtypes with a missing value of their own, so an integer column with a
# gap stays integer and a text column stays text in Parquet.
TEXT, INT, FLOAT, BOOL, LIST = "string", "Int64", "Float64", "boolean", "object"

Row = dict[str, Any]


class ExportError(SanctuaryError):
    """A table cannot be written in the format asked for."""


@dataclass(frozen=True)
class Table:
    """One exported table: its file name, its columns with their dtypes, and where its rows come from."""

    name: str
    columns: tuple[tuple[str, str], ...]
    rows: Callable[[sqlite3.Connection], list[Row]]
    description: str

    def frame(self, conn: sqlite3.Connection) -> pd.DataFrame:
        """The table as a DataFrame with exactly these columns, in this order, with these dtypes."""
        rows = self.rows(conn)
        data = {name: pd.Series([row.get(name) for row in rows], dtype=dtype) for name, dtype in self.columns}
        return pd.DataFrame(data, columns=[name for name, _ in self.columns])


def _articles(conn: sqlite3.Connection) -> list[Row]:
    return queries.articles(conn)


def _people(conn: sqlite3.Connection) -> list[Row]:
    return queries.people(conn)


def _cities(conn: sqlite3.Connection) -> list[Row]:
    """Cities as ``sanctuary cities`` shows them, with the stance label of the verdict."""
    rows = queries.cities(conn)
    stances = {(s["city"], s["state"]): s["stance"] for s in queries.stances(conn) if s["level"] == "city"}
    for row in rows:
        row["stance"] = stances.get((row["city"], row["state"]), "unclear")
    return rows


def _quotes(conn: sqlite3.Connection) -> list[Row]:
    return queries.quotes(conn)


def _evidence(conn: sqlite3.Connection) -> list[Row]:
    """Every stance evidence row, with the file and date of its article."""
    rows = conn.execute(
        "SELECT e.id, a.path AS article, e.article_id, a.date, e.city, e.state, e.level, e.text, e.start, e.end,"
        " e.actor, e.actor_role, e.voice, e.act, e.target, e.status, e.polarity, e.weight, e.cue, e.kind"
        " FROM evidence e JOIN articles a ON a.id = e.article_id ORDER BY e.city, e.state, a.path, e.start"
    )
    return [dict(row) for row in rows]


def _stances(conn: sqlite3.Connection) -> list[Row]:
    return queries.stances(conn)


TABLES: tuple[Table, ...] = (
    Table(
        "articles",
        (("id", TEXT), ("path", TEXT), ("title", TEXT), ("outlet", TEXT), ("date", TEXT),
         ("words", INT), ("people", INT), ("quotes", INT)),
        _articles,
        "one row per stored article",
    ),
    Table(
        "people",
        (("key", TEXT), ("name", TEXT), ("role", TEXT), ("jurisdiction", TEXT), ("official", BOOL),
         ("mentions", INT), ("quotes", INT), ("articles", INT), ("aliases", LIST)),
        _people,
        "one row per person, merged across articles and spellings",
    ),
    Table(
        "cities",
        (("city", TEXT), ("state", TEXT), ("population", INT), ("mentions", INT), ("articles", INT),
         ("officials", INT), ("stance", TEXT)),
        _cities,
        "one row per city named in the corpus",
    ),
    Table(
        "quotes",
        (("id", INT), ("article", TEXT), ("article_id", TEXT), ("date", TEXT), ("speaker", TEXT),
         ("speaker_kind", TEXT), ("speaker_mention", TEXT), ("quote", TEXT), ("cue", TEXT), ("kind", TEXT),
         ("start", INT), ("end", INT)),
        _quotes,
        "one row per quote, with its speaker",
    ),
    Table(
        "evidence",
        (("id", INT), ("article", TEXT), ("article_id", TEXT), ("date", TEXT), ("city", TEXT),
         ("state", TEXT), ("level", TEXT), ("text", TEXT), ("start", INT), ("end", INT), ("actor", TEXT),
         ("actor_role", TEXT), ("voice", TEXT), ("act", TEXT), ("target", TEXT), ("status", TEXT),
         ("polarity", FLOAT), ("weight", FLOAT), ("cue", TEXT), ("kind", TEXT)),
        _evidence,
        "one row per claim weighed in a city's or county's stance",
    ),
    Table(
        "stances",
        (("city", TEXT), ("state", TEXT), ("level", TEXT), ("stance", TEXT), ("score", FLOAT),
         ("confidence", FLOAT), ("evidence_count", INT), ("context", INT), ("articles", INT), ("latest", TEXT)),
        _stances,
        "one row per city or county: the stance verdict",
    ),
)


def frames(conn: sqlite3.Connection) -> dict[str, pd.DataFrame]:
    """Every table of the store as a DataFrame, by table name."""
    return {table.name: table.frame(conn) for table in TABLES}


@dataclass(frozen=True)
class Written:
    """One file an export wrote."""

    table: str
    path: Path
    rows: int


def export(conn: sqlite3.Connection, directory: Path, fmt: str = "csv") -> list[Written]:
    """Write each table to ``directory/<table>.<fmt>``; returns what was written.

    Each file is written beside its final name and then renamed over it, so a
    reader never sees half a file and a failed export leaves the old one.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise ExportError("Parquet export needs pyarrow: pip install 'sanctuary-cli[parquet]'")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {directory}: {exc.strerror or exc}") from exc
    written = []
    for table in TABLES:
        frame = table.frame(conn)
        path = directory / f"{table.name}{SUFFIX[fmt]}"
        _write(frame, path, fmt)
        written.append(Written(table.name, path, len(frame)))
    return written


def _write(frame: pd.DataFrame, path: Path, fmt: str) -> None:
    partial = path.with_name(f".{path.name}.partial")
    try:
        if fmt == "csv":
            _for_csv(frame).to_csv(partial, index=False)
        elif fmt == "jsonl":
            frame.to_json(partial, orient="records", lines=True, force_ascii=False)
        else:
            frame.to_parquet(partial, engine="pyarrow", index=False)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _for_csv(frame: pd.DataFrame) -> pd.DataFrame:
    """CSV has no lists: a list cell becomes its items joined by "; " (as the terminal tables show them)."""
    out = frame.copy()
    for name in out.columns:
        if out[name].dtype == LIST:
            out[name] = out[name].map(lambda v: "; ".join(map(str, v)) if isinstance(v, list) else v)
    return out
