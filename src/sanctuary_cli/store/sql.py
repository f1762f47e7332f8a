"""Helpers for putting values into SQL safely (always as parameters), and for writing in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

# Values per IN (...) list: well under SQLite's bound on the variables of one statement.
CHUNK = 500


def chunks(values: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """The distinct values, sorted, a chunk at a time, each with the marks of its ``IN (...)`` list."""
    ordered = sorted(set(values))
    for i in range(0, len(ordered), CHUNK):
        chunk = ordered[i : i + CHUNK]
        yield ",".join("?" * len(chunk)), chunk


def rows_in(conn: sqlite3.Connection, sql: str, values: Iterable[str], *before: str) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` for every value, its ``{marks}`` the ``IN (...)`` list; ``before`` binds
    the ``?`` ahead of it."""
    for marks, chunk in chunks(values):
        yield from conn.execute(sql.format(marks=marks), [*before, *chunk])


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` literally anywhere (use with ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@contextmanager
def immediate(conn: sqlite3.Connection) -> Iterator[None]:
    """The block as one write transaction, begun at once (BEGIN IMMEDIATE): committed when it ends,
    rolled back when it raises.

    Not rolled back when the error came after COMMIT (Ctrl-C as it returned) or from BEGIN itself
    (the store busy): ROLLBACK would then raise and hide the real error.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
