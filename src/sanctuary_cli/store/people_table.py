"""The people table: one row per corpus person, from the people rows of every article.

Reading every people row of a large store into Python takes about a second, so the
table as it stands with no user overrides is kept in ``person_totals``: rebuilt by
:func:`refresh` after each ingest (and by the first query that finds it stale while
no ingest has work pending), it goes stale when a trigger sees ``people``, ``quotes``
or ``persons`` change. A query reads it while it is fresh, with the user's overrides
of people applied on top: only the persons a split or a merge touches are computed
again from their rows (:mod:`people_rows`). While it is stale and an ingest has work
pending, the whole table is computed from every row. The result is the same either
way. Its ``rank`` is a person's place in the default order (officials, quotes,
mentions, name; the first person met first), the tie-break of every other order;
``first_row`` places the persons the overrides make among the others.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from sanctuary_cli.extract.people.overrides import Overrides
from sanctuary_cli.store import people_rows
from sanctuary_cli.store.people_rows import DEFAULT_ORDER
from sanctuary_cli.store.sql import immediate, like_pattern

Row = dict[str, Any]

# How each sort of the people table orders the stored totals: the order the Python API's
# PEOPLE_SORTS gives, with the default order (rank) breaking every tie.
ORDERS = {
    "quotes": "t.rank",
    "mentions": "t.mentions DESC, t.name, t.rank",
    "articles": "t.articles DESC, t.mentions DESC, t.name, t.rank",
    "name": "py_lower(t.name), t.rank",
}
# The same orders over rows computed in Python (the default order is theirs already).
ROW_ORDERS: dict[str, Callable[[Row], Any]] = {
    "quotes": DEFAULT_ORDER,
    "mentions": lambda p: (-p["mentions"], p["name"]),
    "articles": lambda p: (-p["articles"], -p["mentions"], p["name"]),
    "name": lambda p: p["name"].lower(),
}

_FIELDS = "t.name, t.aliases, t.role, t.jurisdiction, t.official, t.mentions, t.quotes, t.articles, t.pid"


def people(
    conn: sqlite3.Connection,
    city: str | None = None,
    role: str | None = None,
    officials: bool = False,
    overrides: Overrides | None = None,
    article: str | None = None,
) -> list[Row]:
    """People across articles, as resolved after the ingest, with the user's overrides applied;
    with ``article`` (an article id), only the persons that article names."""
    return page(conn, city, role, officials, overrides, article)[0]


def page(
    conn: sqlite3.Connection,
    city: str | None = None,
    role: str | None = None,
    officials: bool = False,
    overrides: Overrides | None = None,
    article: str | None = None,
    *,
    sort: str = "quotes",
    limit: int | None = None,
) -> tuple[list[Row], int]:
    """:func:`people` in ``sort`` order (quotes, mentions, articles or name), at most ``limit`` of them,
    with how many there are in all."""
    overrides = overrides or Overrides()
    fresh = _fresh(conn)
    if fresh and not (overrides.merge or overrides.split or overrides.rename):
        return _stored(conn, city, role, officials, article, sort, limit)
    everyone, moved = _with_overrides(conn, overrides) if fresh else _computed(conn, overrides)
    if article is not None:
        named = _named_in(conn, article, moved)
        everyone = [p for p in everyone if p["key"] in named]
    found = _filtered(conn, everyone, moved, city, role, officials)
    if sort != "quotes":
        found.sort(key=ROW_ORDERS[sort])
    kept = found[:limit] if limit is not None else found
    for person in kept:
        if isinstance(person["aliases"], str):
            person["aliases"] = json.loads(person["aliases"])
    return kept, len(found)


def refresh(conn: sqlite3.Connection) -> bool:
    """Rebuild the stored totals if they are stale (in one transaction); True if they are fresh after."""
    if _is_fresh(conn):
        return True
    with immediate(conn):
        if not _is_fresh(conn):  # another process may have rebuilt them while we waited
            everyone, firsts = people_rows.table(conn, people_rows.every_row(conn, Overrides()))
            conn.execute("DELETE FROM person_totals")
            conn.executemany(
                "INSERT INTO person_totals (pid, rank, first_row, name, aliases, role, jurisdiction, official,"
                " mentions, quotes, articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(p["key"], rank, firsts[p["key"]], p["name"], json.dumps(p["aliases"], ensure_ascii=False),
                  p["role"], p["jurisdiction"], int(p["official"]), p["mentions"], p["quotes"], p["articles"])
                 for rank, p in enumerate(everyone)],
            )
            conn.execute("UPDATE person_totals_state SET fresh = 1")
    return True


def _is_fresh(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT fresh FROM person_totals_state WHERE id = 1").fetchone()
    return row is not None and bool(row[0])


def _fresh(conn: sqlite3.Connection) -> bool:
    """Whether the stored totals can answer: fresh, or made fresh now when nothing an ingest
    left pending (articles whose people or places are not yet read across the store) would
    make them stale again at once, and the store can be written."""
    if _is_fresh(conn):
        return True
    if conn.in_transaction or conn.execute(
        "SELECT 1 FROM people WHERE person IS NULL UNION ALL SELECT 1 FROM places_pending LIMIT 1"
    ).fetchone():
        return False
    try:
        return refresh(conn)
    except sqlite3.OperationalError:  # a store on a read-only disk, or one busy past the timeout
        return False


def _stored(conn: sqlite3.Connection, city: str | None, role: str | None, officials: bool, article: str | None,
            sort: str, limit: int | None) -> tuple[list[Row], int]:
    """The page of people read from the stored totals."""
    conn.create_function("py_lower", 1, _lower, deterministic=True)
    where = ""
    params: list[Any] = []
    if article is not None:
        where += " AND t.pid IN (SELECT coalesce(person, key) FROM people WHERE article_id = ?)"
        params.append(article)
    if officials:
        where += " AND t.official = 1"
    if role:
        where += " AND t.role != '' AND instr(py_lower(t.role), ?) > 0"
        params.append(role.lower())
    if city:
        where += (
            " AND ((t.jurisdiction != '' AND instr(py_lower(t.jurisdiction), ?) > 0) OR t.pid IN"
            " (SELECT coalesce(p.person, p.key) FROM people p JOIN cities c ON c.article_id = p.article_id"
            " WHERE c.city LIKE ? ESCAPE '\\' AND p.official = 1))"
        )
        params += [city.lower(), like_pattern(city)]
    sql = f"SELECT {_FIELDS} FROM person_totals t WHERE 1{where} ORDER BY {ORDERS[sort]}"
    cursor = conn.cursor()
    cursor.row_factory = None
    found = [
        _row(r, r[0])
        for r in cursor.execute(sql + (" LIMIT ?" if limit is not None else ""),
                                [*params, limit] if limit is not None else params)
    ]
    if limit is None or len(found) < limit:
        return found, len(found)
    (total,) = cursor.execute(f"SELECT count(*) FROM person_totals t WHERE 1{where}", params).fetchone()
    return found, int(total)


def _lower(text: str | None) -> str | None:
    """Python's lower case (SQLite's own knows ASCII only), so "É" sorts and matches as "é"."""
    return text.lower() if text is not None else None


def _computed(conn: sqlite3.Connection, overrides: Overrides) -> tuple[list[Row], dict[tuple[str, str], str]]:
    """The whole table computed from every people row, and the rows the overrides moved to another person."""
    found = people_rows.every_row(conn, overrides)
    return people_rows.table(conn, found)[0], found.moved()


def _with_overrides(conn: sqlite3.Connection, overrides: Overrides) -> tuple[list[Row], dict[tuple[str, str], str]]:
    """The whole table from the stored totals, with the persons the overrides touch computed from their rows."""
    found, renamed = people_rows.touched_rows(conn, overrides)
    touched, firsts = people_rows.table(conn, found, (r[people_rows.ARTICLE] for r in found.rows))
    cursor = conn.cursor()
    cursor.row_factory = None
    others = json.dumps(sorted(found.touched))
    for r in cursor.execute(f"SELECT {_FIELDS}, t.first_row FROM person_totals t"
                            " WHERE t.pid NOT IN (SELECT value FROM json_each(?))", [others]):
        touched.append(_row(r, renamed.get(r[8], r[0]), decode=False))
        firsts[r[8]] = r[9]
    touched.sort(key=lambda p: (*DEFAULT_ORDER(p), firsts[p["key"]]))
    return touched, found.moved()


def _row(r: tuple[Any, ...], name: str, decode: bool = True) -> Row:
    """A person's row of the table from a row of ``_FIELDS``, under this name; without ``decode``, its
    aliases stay JSON text until :func:`page` keeps the row."""
    return {"name": name, "aliases": json.loads(r[1]) if decode else r[1], "role": r[2], "jurisdiction": r[3],
            "official": bool(r[4]), "mentions": r[5], "quotes": r[6], "articles": r[7], "key": r[8]}


def _named_in(conn: sqlite3.Connection, article: str, moved: dict[tuple[str, str], str]) -> set[str]:
    """The persons with a row in one article."""
    rows = conn.execute("SELECT key, coalesce(person, key) FROM people WHERE article_id = ?", (article,))
    return {moved.get((article, row[0]), row[1]) for row in rows}


def _filtered(conn: sqlite3.Connection, table: list[Row], moved: dict[tuple[str, str], str], city: str | None,
              role: str | None, officials: bool) -> list[Row]:
    """The people of the table that the filters keep, in its order."""
    if officials:
        table = [p for p in table if p["official"]]
    if role:
        table = [p for p in table if p["role"] and role.lower() in p["role"].lower()]
    if city:
        needle = city.lower()
        rows = conn.execute(
            "SELECT DISTINCT p.article_id, p.key, coalesce(p.person, p.key) FROM people p"
            " JOIN cities c ON c.article_id = p.article_id WHERE c.city LIKE ? ESCAPE '\\' AND p.official = 1",
            (like_pattern(city),),
        )
        in_city = {moved.get((row[0], row[1]), row[2]) for row in rows}  # officials in an article about the city
        table = [
            p for p in table
            if (p["jurisdiction"] and needle in p["jurisdiction"].lower()) or p["key"] in in_city
        ]
    return table
