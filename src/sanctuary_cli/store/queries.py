"""Read-only questions to the store. Plain sqlite3 and dicts: no spaCy, no pandas,
so every query command starts fast. User text reaches SQL only as parameters.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from typing import Any

from sanctuary_cli.extract.people.overrides import Overrides, pin_place, regroup
from sanctuary_cli.store.sql import like_pattern
from sanctuary_cli.store.stances import city_stance, stances

__all__ = ["article", "article_ids", "articles", "cities", "city_stance", "like_pattern", "people", "person_ids",
           "quotes", "stances", "table_rows"]

Row = dict[str, Any]


def articles(conn: sqlite3.Connection) -> list[Row]:
    """Every stored article with its counts of people and quotes."""
    rows = conn.execute(
        """
        SELECT a.id, a.title, a.outlet, a.date, a.path, a.words,
               (SELECT count(*) FROM people p WHERE p.article_id = a.id) AS people,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes
        FROM articles a ORDER BY a.path, a.id
        """
    )
    return [dict(row) for row in rows]


def article_ids(conn: sqlite3.Connection, ref: str) -> list[str]:
    """Articles a user means by ``ref``: an id, an id prefix, or a file name."""
    rows = conn.execute(
        "SELECT DISTINCT a.id FROM articles a LEFT JOIN article_sources s ON s.article_id = a.id"
        " WHERE a.id LIKE ? ESCAPE '\\' OR a.path = ? OR s.path = ? ORDER BY a.id",
        (like_pattern(ref)[1:], ref, ref),
    )
    return [row[0] for row in rows]


def person_ids(conn: sqlite3.Connection, name: str, overrides: Overrides | None = None) -> list[str]:
    """The corpus persons a user means by ``name``: any of whose names or aliases contains it
    (case-insensitive), with the people a user's overrides merge with them."""
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
    if overrides:
        everyone, names, _ = _people_rows(conn, overrides)
        wanted = name.casefold()
        merged = {r[PID] for r in everyone if r[OWN] in found}
        merged |= {pid for pid, n in names.items() if wanted in n.casefold()}
        found = {r[OWN] for r in everyone if r[PID] in merged}
    return sorted(found)


def quotes(
    conn: sqlite3.Connection,
    person: str | None = None,
    city: str | None = None,
    article: str | None = None,
    search: str | None = None,
    kind: str | None = None,
    overrides: Overrides | None = None,
) -> list[Row]:
    """Quotes with their speakers, filtered; every filter value is matched literally."""
    where: list[str] = []
    params: list[Any] = []
    if person:
        ids = person_ids(conn, person, overrides)
        marks = ",".join("?" * len(ids))
        where.append(
            "(EXISTS (SELECT 1 FROM people p WHERE p.article_id = q.article_id AND p.key = q.speaker_key"
            f" AND coalesce(p.person, p.key) IN ({marks})) OR q.speaker LIKE ? ESCAPE '\\')"
        )
        params += [*ids, like_pattern(person)]
    if city:
        where.append(
            "q.article_id IN (SELECT article_id FROM cities WHERE city LIKE ? ESCAPE '\\')"
        )
        params.append(like_pattern(city))
    if article:
        ids = article_ids(conn, article)
        where.append(f"q.article_id IN ({','.join('?' * len(ids))})")
        params += ids
    if search:
        clause, values = _contains(search)
        where.append(clause)
        params += values
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    sql = (
        "SELECT q.id, a.path AS article, a.id AS article_id, q.quote, q.speaker, q.speaker_mention, q.cue,"
        " q.kind, q.start, q.end, a.date, a.title FROM (SELECT *, text AS quote FROM quotes) q"
        " JOIN articles a ON a.id = q.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY a.path, q.start"
    )
    return [dict(row) for row in conn.execute(sql, params)]


# Quote text with curly quote marks folded to straight ones, so "won't" finds "won’t".
_FOLDED_TEXT = """replace(replace(replace(replace(q.text, '’', ''''), '‘', ''''), '”', '"'), '“', '"')"""
_MARKS = str.maketrans({"’": "'", "‘": "'", "”": '"', "“": '"'})
# A whole word of the search: letters and digits with spacing or ASCII punctuation
# on both sides. The index's tokenizer splits at those too (it may split at more
# characters, never at fewer), so such a word is a whole token in any quote holding it.
_SEPARATOR = r"\s!-/:-@\[-`{-~"
_WHOLE_WORD = re.compile(rf"(?<=[{_SEPARATOR}])[^\W_]+(?=[{_SEPARATOR}])")


def _contains(search: str) -> tuple[str, list[Any]]:
    """SQL for "the quote's text contains ``search``": literally, in any case, curly or straight marks.

    LIKE decides, with ``%``, ``_`` and ``\\`` escaped, so nothing in the text is
    syntax, neither SQL nor full-text (AND, NEAR(, *, ^ and " are characters).
    The full-text index first narrows the candidates to quotes holding every
    whole word of the search; a word cut by the search's start or end ("compl"
    in "we will not compl") may be part of a longer one, so only LIKE checks it.
    """
    folded = search.translate(_MARKS)
    clause = f"{_FOLDED_TEXT} LIKE ? ESCAPE '\\'"
    params: list[Any] = [like_pattern(folded)]
    words = _WHOLE_WORD.findall(folded)
    if words:
        clause = f"q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?) AND {clause}"
        params.insert(0, " ".join(f'"{word}"' for word in words))  # each a quoted term: plain text
    return clause, params


def people(
    conn: sqlite3.Connection,
    city: str | None = None,
    role: str | None = None,
    officials: bool = False,
    overrides: Overrides | None = None,
) -> list[Row]:
    """People across articles, as resolved after the ingest, with the user's overrides applied."""
    rows, names, hidden = _people_rows(conn, overrides or Overrides())
    quote_counts = Counter(
        (row[0], row[1])
        for row in conn.execute("SELECT article_id, speaker_key FROM quotes WHERE speaker_key IS NOT NULL")
    )
    groups: dict[str, list[_PersonRow]] = defaultdict(list)
    for row in rows:
        groups[row[PID]].append(row)
    result = [_person(pid, group, names, quote_counts) for pid, group in groups.items() if pid not in hidden]
    if officials:
        result = [p for p in result if p["official"]]
    if role:
        result = [p for p in result if p["role"] and role.lower() in p["role"].lower()]
    if city:
        needle = city.lower()
        in_city = _people_in_city(conn, city, groups)
        result = [
            p for p in result
            if (p["jurisdiction"] and needle in p["jurisdiction"].lower()) or p["key"] in in_city
        ]
    result.sort(key=lambda p: (-p["official"], -p["quotes"], -p["mentions"], p["name"]))
    return result


# The columns of a people row as the queries read it (a tuple, for speed on large stores).
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


def _people_rows(
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


def _people_in_city(conn: sqlite3.Connection, city: str, groups: dict[str, list[_PersonRow]]) -> set[str]:
    """The persons who are officials in an article about this city."""
    rows = conn.execute(
        "SELECT DISTINCT p.article_id, p.key FROM people p JOIN cities c ON c.article_id = p.article_id"
        " WHERE c.city LIKE ? ESCAPE '\\' AND p.official = 1",
        (like_pattern(city),),
    )
    wanted = {(row[0], row[1]) for row in rows}
    return {pid for pid, group in groups.items() if any((r[ARTICLE], r[KEY]) in wanted for r in group)}


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
               count(DISTINCT c.article_id) AS articles,
               (SELECT count(DISTINCT p.key) FROM people p
                 WHERE p.official = 1 AND p.jurisdiction = c.city) AS officials
        FROM cities c {where}
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
