"""The people table: one row per corpus person, from the people rows of every article.

Reading every people row of a large store into Python takes about a second, so the
table as it stands with no user overrides is kept in ``person_totals``: rebuilt by
:func:`refresh` after each ingest (and by the first query that finds it stale while
no ingest has work pending), it goes stale when a trigger sees ``people``, ``quotes``
or ``persons`` change. A query reads it while it is fresh and the user's overrides
leave people alone; otherwise it computes the table from the rows, with the same
result. Its ``rank`` is a person's place in the default order (officials, quotes,
mentions, name; the first person met first), the tie-break of every other order.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from sanctuary_cli.extract.people.overrides import Overrides, regroup
from sanctuary_cli.store.sql import like_pattern

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
    "quotes": lambda p: (-p["official"], -p["quotes"], -p["mentions"], p["name"]),
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
    if not (overrides.merge or overrides.split or overrides.rename) and _fresh(conn):
        return _stored(conn, city, role, officials, article, sort, limit)
    rows, names, hidden = people_rows(conn, overrides)
    found = _filtered(conn, _table(conn, rows, names, hidden, article), rows, city, role, officials)
    if sort != "quotes":
        found.sort(key=ROW_ORDERS[sort])
    return (found[:limit] if limit is not None else found), len(found)


def refresh(conn: sqlite3.Connection) -> bool:
    """Rebuild the stored totals if they are stale (in one transaction); True if they are fresh after."""
    if _is_fresh(conn):
        return True
    conn.execute("BEGIN IMMEDIATE")
    try:
        if not _is_fresh(conn):  # another process may have rebuilt them while we waited
            rows, names, hidden = people_rows(conn, Overrides())
            table = _table(conn, rows, names, hidden)
            conn.execute("DELETE FROM person_totals")
            conn.executemany(
                "INSERT INTO person_totals (pid, rank, name, aliases, role, jurisdiction, official, mentions, quotes,"
                " articles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(p["key"], rank, p["name"], json.dumps(p["aliases"], ensure_ascii=False), p["role"],
                  p["jurisdiction"], int(p["official"]), p["mentions"], p["quotes"], p["articles"])
                 for rank, p in enumerate(table)],
            )
            conn.execute("UPDATE person_totals_state SET fresh = 1")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
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
        {"name": r[0], "aliases": json.loads(r[1]), "role": r[2], "jurisdiction": r[3], "official": bool(r[4]),
         "mentions": r[5], "quotes": r[6], "articles": r[7], "key": r[8]}
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


def _table(conn: sqlite3.Connection, rows: list[_PersonRow], names: dict[str, str], hidden: set[str],
           article: str | None = None) -> list[Row]:
    """The people table from the rows: one row per person, in the default order."""
    quote_counts = Counter(
        (row[0], row[1])
        for row in conn.execute("SELECT article_id, speaker_key FROM quotes WHERE speaker_key IS NOT NULL")
    )
    groups: dict[str, list[_PersonRow]] = defaultdict(list)
    for row in rows:
        groups[row[PID]].append(row)
    if article is not None:
        groups = {pid: group for pid, group in groups.items() if any(r[ARTICLE] == article for r in group)}
    result = [_person(pid, group, names, quote_counts) for pid, group in groups.items() if pid not in hidden]
    result.sort(key=ROW_ORDERS["quotes"])
    return result


def _filtered(conn: sqlite3.Connection, table: list[Row], rows: list[_PersonRow], city: str | None,
              role: str | None, officials: bool) -> list[Row]:
    """The people of the table that the filters keep, in its order."""
    if officials:
        table = [p for p in table if p["official"]]
    if role:
        table = [p for p in table if p["role"] and role.lower() in p["role"].lower()]
    if city:
        needle = city.lower()
        in_city = _people_in_city(conn, city, rows)
        table = [
            p for p in table
            if (p["jurisdiction"] and needle in p["jurisdiction"].lower()) or p["key"] in in_city
        ]
    return table


# The columns of a people row as the table is computed from them (a list, for speed on large stores).
_COLUMNS = ("pid", "article_id", "key", "name", "role", "jurisdiction", "official", "mentions", "aliases", "own")
PID, ARTICLE, KEY, NAME, ROLE, PLACE, OFFICIAL, MENTIONS, ALIASES, OWN = range(len(_COLUMNS))
_PersonRow = list[Any]


def _person(
    pid: str, group: list[_PersonRow], names: dict[str, str], quote_counts: Counter[tuple[str, str]]
) -> Row:
    """One person's row of the people table, from their rows of every article."""
    forms = Counter(r[NAME] for r in group)
    roles = Counter(r[ROLE] for r in group if r[ROLE])
    places = Counter(r[PLACE] for r in group if r[PLACE])
    aliases: set[str] = set()
    for text in {r[ALIASES] for r in group}:
        aliases.update(json.loads(text))
    return {
        "name": names.get(pid) or max(forms, key=lambda n: (len(n.split()), forms[n], n)),
        "aliases": sorted(aliases),
        "role": roles.most_common(1)[0][0] if roles else None,
        "jurisdiction": places.most_common(1)[0][0] if places else None,
        "official": any(r[OFFICIAL] for r in group),
        "mentions": sum(r[MENTIONS] for r in group),
        "quotes": sum(quote_counts[(r[ARTICLE], r[KEY])] for r in group),
        "articles": len({r[ARTICLE] for r in group}),
        "key": pid,
    }


def people_rows(
    conn: sqlite3.Connection, overrides: Overrides
) -> tuple[list[_PersonRow], dict[str, str], set[str]]:
    """Every people row with the corpus person it is (``pid``), the persons' names, and the pids of no person."""
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = [
        list(row)
        for row in cursor.execute(
            "SELECT coalesce(person, key), article_id, key, name, role, jurisdiction, official, mentions, aliases,"
            " coalesce(person, key) FROM people"
        )
    ]
    names: dict[str, str] = {}
    hidden: set[str] = set()
    for pid, name, is_person in cursor.execute("SELECT id, name, is_person FROM persons"):
        names[pid] = name
        if not is_person:
            hidden.add(pid)
    if overrides:
        as_dicts = [dict(zip(_COLUMNS, row, strict=True)) for row in rows]
        names = regroup(as_dicts, names, overrides)
        for row, changed in zip(rows, as_dicts, strict=True):
            row[PID] = changed["pid"]
    return rows, names, hidden


def _people_in_city(conn: sqlite3.Connection, city: str, rows: list[_PersonRow]) -> set[str]:
    """The persons who are officials in an article about this city."""
    found = conn.execute(
        "SELECT DISTINCT p.article_id, p.key FROM people p JOIN cities c ON c.article_id = p.article_id"
        " WHERE c.city LIKE ? ESCAPE '\\' AND p.official = 1",
        (like_pattern(city),),
    )
    wanted = {(row[0], row[1]) for row in found}
    return {r[PID] for r in rows if (r[ARTICLE], r[KEY]) in wanted}
