"""Questions to the store. Plain sqlite3 and dicts: no spaCy, no pandas, so every
query command starts fast. User text reaches SQL only as parameters. They write
nothing but the people totals a stale store is due (see ``people_table``).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from sanctuary_cli.errors import QueryError
from sanctuary_cli.extract.people.overrides import Overrides, pin_place
from sanctuary_cli.store.filters import Search, add_functions, article_ids, city_name, date_clause, search_clause
from sanctuary_cli.store.people_rows import OF_PERSONS, OWN, PID, touched_rows
from sanctuary_cli.store.people_table import people
from sanctuary_cli.store.sql import like_pattern
from sanctuary_cli.store.stances import city_stance, stances

__all__ = ["QUOTE_SORTS", "QuoteFilter", "article", "article_count", "article_ids", "articles", "cities",
           "city_stance", "like_pattern", "matching_quotes", "people", "person_ids", "quote_count", "quotes", "stances",
           "table_rows"]

Row = dict[str, Any]


def articles(conn: sqlite3.Connection, since: str | None = None, until: str | None = None,
             limit: int | None = None) -> list[Row]:
    """The stored articles (dated within [since, until] when given) by file name, at most ``limit``
    of them, with their counts of people and quotes."""
    clause, params = date_clause("a.date", since, until)
    where = "WHERE " + clause if clause else ""
    if limit is not None:
        params = [*params, limit]
    rows = conn.execute(
        f"""
        SELECT a.id, a.title, a.outlet, a.date, a.path, a.words,
               (SELECT count(*) FROM people p WHERE p.article_id = a.id) AS people,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
        FROM (SELECT * FROM articles a {where} ORDER BY a.path, a.id {"LIMIT ?" if limit is not None else ""}) a
        ORDER BY a.path, a.id
        """,
        params,
    )
    return [dict(row) for row in rows]


def article_count(conn: sqlite3.Connection, since: str | None = None, until: str | None = None) -> int:
    """How many stored articles are dated within [since, until] (all of them when neither is given)."""
    clause, params = date_clause("date", since, until)
    return int(conn.execute("SELECT count(*) FROM articles" + (" WHERE " + clause if clause else ""),
                            params).fetchone()[0])


def person_ids(conn: sqlite3.Connection, name: str, overrides: Overrides | None = None) -> list[str]:
    """The corpus persons a user means by ``name``: any of whose names or aliases contains it
    (case-insensitive), or, failing that, contains it without its titles ("Mayor Quillon"), with
    the people a user's overrides merge with them."""
    # Aliases are a JSON list: each is matched once decoded, so '"', ',' or '[' in
    # the name match only an alias holding them, never the list's own syntax.
    alias = "EXISTS (SELECT 1 FROM json_each(aliases) WHERE value LIKE ?1 ESCAPE '\\')"
    if name.isascii() and name.isprintable() and '"' not in name and "\\" not in name:
        # Such text is spelled the same inside the JSON, so a plain LIKE on it first
        # skips decoding the rows that cannot match (most of them, on a large store).
        alias = f"(aliases LIKE ?1 ESCAPE '\\' AND {alias})"
    rows = conn.execute(
        f"SELECT DISTINCT coalesce(person, key) FROM people WHERE name LIKE ?1 ESCAPE '\\' OR {alias}"
        " UNION SELECT id FROM persons WHERE name LIKE ?1 ESCAPE '\\'",
        (like_pattern(name),),
    )
    found = {row[0] for row in rows}
    if not found:
        # "Mayor Quillon", "Lady Quillon": the store keeps names without their titles. Imported here,
        # on this path only: the title lexicon is not needed to answer a name the store holds.
        from sanctuary_cli.extract.people.names import strip_title

        bare = strip_title(name)
        if bare and bare != name:
            return person_ids(conn, bare, overrides)
    if overrides:
        # Only the rows a split or a merge touches can change person; every other row stays its own.
        fixed, renamed = touched_rows(conn, overrides)
        names = {**dict(conn.execute("SELECT id, name FROM persons").fetchall()), **renamed, **fixed.names}
        wanted = name.casefold()
        merged = {r[PID] for r in fixed.rows if r[OWN] in found}
        merged |= {pid for pid, n in names.items() if wanted in n.casefold()}
        merged |= _with_rows(conn, found - fixed.touched)
        found = {r[OWN] for r in fixed.rows if r[PID] in merged} | _with_rows(conn, merged - fixed.touched)
    return sorted(found)


def _with_rows(conn: sqlite3.Connection, persons: set[str]) -> set[str]:
    """Those of these persons that have people rows."""
    wanted = json.dumps(sorted(persons))
    rows = conn.execute(f"SELECT DISTINCT coalesce(person, key) FROM people WHERE {OF_PERSONS}", (wanted, wanted))
    return {row[0] for row in rows}


@dataclass(frozen=True)
class QuoteFilter:
    """Which quotes a query wants; every value is matched as text, never as SQL. ``overrides``
    are the user's merges and splits of people, which ``person`` follows."""

    person: str | None = None
    city: str | None = None
    article: str | None = None
    search: Search | None = None
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    overrides: Overrides | None = None
    persons: tuple[str, ...] | None = None  # the corpus persons ``person`` means, once found (person_ids)


QUOTE_SORTS = {
    "article": "a.path, q.start",
    "date": "a.date IS NULL, a.date DESC, a.path, q.start",
    "speaker": "q.speaker IS NULL, q.speaker COLLATE NOCASE, a.path, q.start",
}


def quotes(conn: sqlite3.Connection, person: str | None = None, city: str | None = None,
           article: str | None = None, search: str | Search | None = None, kind: str | None = None, *,
           since: str | None = None, until: str | None = None, sort: str = "article",
           limit: int | None = None, overrides: Overrides | None = None) -> list[Row]:
    """Quotes with their speakers, filtered, in ``sort`` order (article, date or speaker), at most ``limit``.

    ``person`` finds the quotes of every corpus person whose name or alias contains it,
    with the user's ``overrides`` of who is whom applied."""
    if isinstance(search, str):
        search = Search(search)
    return matching_quotes(conn, QuoteFilter(person, city, article, search, kind, since, until, overrides), sort,
                           limit)


def matching_quotes(conn: sqlite3.Connection, filters: QuoteFilter, sort: str = "article",
                    limit: int | None = None) -> list[Row]:
    """The quotes ``filters`` keep, in ``sort`` order, at most ``limit`` of them (see :func:`quotes`)."""
    where, params = _quote_where(conn, filters)
    if sort not in QUOTE_SORTS:
        raise QueryError(f"quotes sort by one of {', '.join(QUOTE_SORTS)}, not {sort!r}")
    sql = (
        "SELECT q.id, a.path AS article, a.id AS article_id, q.quote, q.speaker, q.speaker_kind,"
        " q.speaker_mention, q.cue, q.kind, q.start, q.end, a.date, a.title"
        " FROM (SELECT *, text AS quote FROM quotes) q"
        " JOIN articles a ON a.id = q.article_id" + where + " ORDER BY " + QUOTE_SORTS[sort]
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [dict(row) for row in conn.execute(sql, params)]


def quote_count(conn: sqlite3.Connection, filters: QuoteFilter) -> int:
    """How many quotes ``filters`` keep (to say how many a limit left out)."""
    where, params = _quote_where(conn, filters)
    sql = "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article_id" + where
    return int(conn.execute(sql, params).fetchone()[0])


def _quote_where(conn: sqlite3.Connection, f: QuoteFilter) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.person:
        persons = json.dumps(person_ids(conn, f.person, f.overrides) if f.persons is None else list(f.persons))
        # The rows of these persons, found by index: a row's person is people.person, else its key.
        where.append(
            "((q.article_id, q.speaker_key) IN (SELECT article_id, key FROM people"
            " WHERE person IN (SELECT value FROM json_each(?))"
            " OR (person IS NULL AND key IN (SELECT value FROM json_each(?)))) OR (q.speaker LIKE ? ESCAPE '\\'"
            # Only people: "--person union" never finds what "the union" said.
            " AND coalesce(q.speaker_kind, 'person') = 'person'))"
        )
        params += [persons, persons, like_pattern(f.person)]
    if f.city:
        where.append("q.article_id IN (SELECT article_id FROM cities WHERE city LIKE ? ESCAPE '\\')")
        params.append(like_pattern(city_name(f.city)))
    if f.article:
        ids = article_ids(conn, f.article)
        where.append(f"q.article_id IN ({','.join('?' * len(ids))})")
        params += ids
    if f.search is not None and f.search.text:
        add_functions(conn)
        clause, values = search_clause(f.search)
        where.append(clause)
        params += values
    if f.kind:
        where.append("q.kind = ?")
        params.append(f.kind)
    clause, values = date_clause("a.date", f.since, f.until)
    if clause:
        where.append(clause)
        params += values
    return (" WHERE " + " AND ".join(where) if where else ""), params


def cities(conn: sqlite3.Connection, state: str | None = None, overrides: Overrides | None = None) -> list[Row]:
    """Cities named in the corpus with their mentions, articles and officials."""
    if overrides and overrides.places:
        return _pinned_cities(conn, state, overrides)
    params: list[Any] = []
    where = ""
    if state:
        where = "WHERE c.state = ?"
        params.append(state.upper())
    rows = conn.execute(
        f"""
        SELECT c.city, c.state, max(c.population) AS population, sum(c.mentions) AS mentions,
               count(DISTINCT c.article_id) AS articles, coalesce(o.officials, 0) AS officials
        FROM cities c
        LEFT JOIN (SELECT jurisdiction, count(DISTINCT key) AS officials FROM people
                    WHERE official = 1 GROUP BY jurisdiction) o ON o.jurisdiction = c.city
        {where}
        GROUP BY c.city, c.state
        ORDER BY articles DESC, mentions DESC, c.city
        """,
        params,
    )
    return [dict(row) for row in rows]


def _pinned_cities(conn: sqlite3.Connection, state: str | None, overrides: Overrides) -> list[Row]:
    """:func:`cities` with the user's pinned place names applied to every row."""
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in conn.execute("SELECT article_id, city, state, population, mentions FROM cities"):
        groups[pin_place(row["city"], row["state"], overrides)].append(dict(row))
    officials = Counter(
        row[0] for row in conn.execute("SELECT DISTINCT jurisdiction, key FROM people WHERE official = 1")
    )
    result = [
        {
            "city": city,
            "state": st,
            "population": max((r["population"] for r in group if r["city"] == city and r["population"]), default=None),
            "mentions": sum(r["mentions"] for r in group),
            "articles": len({r["article_id"] for r in group}),
            "officials": officials[city],
        }
        for (city, st), group in groups.items()
        if not state or st == state.upper()
    ]
    result.sort(key=lambda r: (-r["articles"], -r["mentions"], r["city"]))
    return result


def article(conn: sqlite3.Connection, article_id: str) -> Row | None:
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    return dict(row) if row else None


def table_rows(conn: sqlite3.Connection, table: str, article_id: str) -> list[Row]:
    """Every row of one per-article table for one article (table names are ours, not the user's)."""
    assert table in {"entities", "people", "cities", "quotes", "evidence"}
    return [dict(r) for r in conn.execute(f"SELECT * FROM {table} WHERE article_id = ?", (article_id,))]
