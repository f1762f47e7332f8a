"""Read-only questions to the store. Plain sqlite3 and dicts: no spaCy, no pandas,
so every query command starts fast. User text reaches SQL only as parameters.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from typing import Any

from sanctuary_cli.store.sql import like_pattern
from sanctuary_cli.store.stances import city_stance, stances

__all__ = ["article", "article_ids", "articles", "cities", "city_stance", "like_pattern", "people", "person_keys",
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


def person_keys(conn: sqlite3.Connection, name: str) -> list[str]:
    """Keys of people whose name or any alias contains ``name`` (case-insensitive)."""
    # Aliases are a JSON list: each is matched once decoded, so '"', ',' or '[' in
    # the name match only an alias holding them, never the list's own syntax.
    alias = "EXISTS (SELECT 1 FROM json_each(aliases) WHERE value LIKE ?1 ESCAPE '\\')"
    if name.isascii() and name.isprintable() and '"' not in name and "\\" not in name:
        # Such text is spelled the same inside the JSON, so a plain LIKE on it first
        # skips decoding the rows that cannot match (most of them, on a large store).
        alias = f"(aliases LIKE ?1 ESCAPE '\\' AND {alias})"
    rows = conn.execute(f"SELECT DISTINCT key FROM people WHERE name LIKE ?1 ESCAPE '\\' OR {alias}",
                        (like_pattern(name),))
    return [row[0] for row in rows]


def quotes(
    conn: sqlite3.Connection,
    person: str | None = None,
    city: str | None = None,
    article: str | None = None,
    search: str | None = None,
    kind: str | None = None,
) -> list[Row]:
    """Quotes with their speakers, filtered; every filter value is matched literally."""
    where: list[str] = []
    params: list[Any] = []
    if person:
        keys = person_keys(conn, person)
        marks = ",".join("?" * len(keys))
        # Only people: "--person union" never finds what "the union" said.
        where.append(
            f"(q.speaker_key IN ({marks}) OR (q.speaker LIKE ? ESCAPE '\\'"
            " AND coalesce(q.speaker_kind, 'person') = 'person'))"
        )
        params += [*keys, like_pattern(person)]
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
        "SELECT q.id, a.path AS article, a.id AS article_id, q.quote, q.speaker, q.speaker_kind, q.speaker_mention,"
        " q.cue, q.kind, q.start, q.end, a.date, a.title FROM (SELECT *, text AS quote FROM quotes) q"
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
    conn: sqlite3.Connection, city: str | None = None, role: str | None = None, officials: bool = False
) -> list[Row]:
    """People merged across articles by key, and short forms merged into full names."""
    rows = [dict(row) for row in conn.execute("SELECT * FROM people ORDER BY article_id, key")]
    quote_counts = Counter(
        row[0] for row in conn.execute("SELECT speaker_key FROM quotes WHERE speaker_key IS NOT NULL")
    )
    merged = _merge_short_keys(rows)
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        key: str = row["key"]
        groups[merged.get(key, key)].append(row)
    result = []
    for key, group in groups.items():
        names = Counter(r["name"] for r in group)
        aliases = sorted({alias for r in group for alias in json.loads(r["aliases"])})
        roles = Counter(r["role"] for r in group if r["role"])
        places = Counter(r["jurisdiction"] for r in group if r["jurisdiction"])
        keys = {r["key"] for r in group}
        result.append(
            {
                "name": max(names, key=lambda n: (len(n.split()), names[n], n)),
                "aliases": aliases,
                "role": roles.most_common(1)[0][0] if roles else None,
                "jurisdiction": places.most_common(1)[0][0] if places else None,
                "official": any(r["official"] for r in group),
                "mentions": sum(r["mentions"] for r in group),
                "quotes": sum(quote_counts[k] for k in keys),
                "articles": len({r["article_id"] for r in group}),
                "key": key,
            }
        )
    if officials:
        result = [p for p in result if p["official"]]
    if role:
        result = [p for p in result if p["role"] and role.lower() in p["role"].lower()]
    if city:
        needle = city.lower()
        in_city = _people_in_city(conn, city)
        result = [
            p for p in result
            if (p["jurisdiction"] and needle in p["jurisdiction"].lower()) or p["key"] in in_city
        ]
    result.sort(key=lambda p: (-p["official"], -p["quotes"], -p["mentions"], p["name"]))
    return result


def _merge_short_keys(rows: list[Row]) -> dict[str, str]:
    """A one-word key ("homan") joins the only multi-word key ending in that word."""
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        parts = row["key"].split()
        if len(parts) > 1:
            full_by_last[parts[-1]].add(row["key"])
    return {
        row["key"]: next(iter(full_by_last[row["key"]]))
        for row in rows
        if " " not in row["key"] and len(full_by_last.get(row["key"], ())) == 1
    }


def _people_in_city(conn: sqlite3.Connection, city: str) -> set[str]:
    rows = conn.execute(
        "SELECT DISTINCT p.key FROM people p JOIN cities c ON c.article_id = p.article_id"
        " WHERE c.city LIKE ? ESCAPE '\\' AND p.official = 1",
        (like_pattern(city),),
    )
    return {row[0] for row in rows}


def cities(conn: sqlite3.Connection, state: str | None = None) -> list[Row]:
    """Cities named in the corpus with their mentions, articles and officials."""
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


def article(conn: sqlite3.Connection, article_id: str) -> Row | None:
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    return dict(row) if row else None


def table_rows(conn: sqlite3.Connection, table: str, article_id: str) -> list[Row]:
    """Every row of one per-article table for one article (table names are ours, not the user's)."""
    assert table in {"entities", "people", "cities", "quotes", "evidence"}
    return [dict(r) for r in conn.execute(f"SELECT * FROM {table} WHERE article_id = ?", (article_id,))]
