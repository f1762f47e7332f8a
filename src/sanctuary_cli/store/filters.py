"""What a query's filters mean, as SQL with parameters: text search, article dates,
city names and article references. User text reaches SQL only as parameters.
"""

from __future__ import annotations

import difflib
import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from sanctuary_cli.errors import QueryError, SanctuaryError
from sanctuary_cli.store.sql import like_pattern

Clause = tuple[str, list[Any]]

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True)
class Search:
    """A ``--search``: whole words in any case by default; ``case`` tells ICE from ice;
    ``regex`` takes the text as a Python regular expression."""

    text: str
    case: bool = False
    regex: bool = False


# Quote text with curly quote marks folded to straight ones, so "won't" finds "won’t".
_FOLDED_TEXT = """replace(replace(replace(replace(q.text, '’', ''''), '‘', ''''), '”', '"'), '“', '"')"""
_MARKS = str.maketrans({"’": "'", "‘": "'", "”": '"', "“": '"'})
_TOKEN = re.compile(r"[^\W_]+")  # what the full-text index counts as a word (letters and digits)
_TERM = re.compile(r'"([^"]*)"|(\S+)')


def terms(text: str) -> list[list[str]]:
    """The search's terms, each a list of words: a "quoted phrase" is one term, any other word another."""
    found = []
    for phrase, word in _TERM.findall(text.translate(_MARKS)):
        tokens = _TOKEN.findall(phrase or word)
        if tokens:
            found.append(tokens)
    return found


def search_clause(search: Search) -> Clause:
    """SQL for "quote ``q`` matches ``search``" (the connection needs ``add_functions``).

    Words are matched through the full-text index, whole and in any case, all of
    them, a quoted phrase as its words in a row; every word is a quoted FTS term,
    so nothing the user types is FTS syntax (AND, NEAR, * and ^ are words or
    nothing). With ``case`` each term is also checked, case and all, by a regular
    expression. Text with no word at all ("%", "?!") is matched literally.
    """
    if search.regex:
        pattern = search.text if search.case else f"(?i:{search.text})"
        try:
            re.compile(pattern)
        except re.error as exc:
            raise QueryError(f"--search is not a valid regular expression: {exc}") from exc
        return "q.text REGEXP ?", [pattern]
    found = terms(search.text)
    if not found:
        folded = search.text.translate(_MARKS)
        if search.case:
            return "instr(" + _FOLDED_TEXT + ", ?) > 0", [folded]
        return f"{_FOLDED_TEXT} LIKE ? ESCAPE '\\'", [like_pattern(folded)]
    clause = "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
    params: list[Any] = [" ".join('"' + " ".join(term) + '"' for term in found)]
    if search.case:
        for term in found:
            clause += " AND q.text REGEXP ?"
            params.append(r"(?<![^\W_])" + r"[\W_]+".join(re.escape(t) for t in term) + r"(?![^\W_])")
    return clause, params


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _regexp(pattern: str, text: str | None) -> bool:
    return text is not None and _compiled(pattern).search(text) is not None


def add_functions(conn: sqlite3.Connection) -> None:
    """Give the connection ``REGEXP`` (Python's ``re``), which searches use."""
    conn.create_function("regexp", 2, _regexp, deterministic=True)


def check_date(value: str, option: str) -> str:
    """``value`` if it is a date as the store keeps them (2025, 2025-01 or 2025-01-20)."""
    if not _DATE.fullmatch(value):
        raise QueryError(f"{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value


def date_clause(column: str, since: str | None, until: str | None) -> Clause:
    """SQL keeping rows whose date in ``column`` may fall in [since, until].

    Dates are as precise as the article gave them, so each is compared at the
    precision both sides have: an article of "2024" is kept by --since 2024-06
    (it may be from June on) and left out by --until 2023.
    """
    parts: list[str] = []
    params: list[Any] = []
    for value, op, option in ((since, ">=", "--since"), (until, "<=", "--until")):
        if value:
            check_date(value, option)
            parts.append(f"({column} IS NOT NULL AND substr({column}, 1, min(length({column}), ?)) {op}"
                         f" substr(?, 1, min(length({column}), ?)))")
            params += [len(value), value, len(value)]
    return " AND ".join(parts), params


@functools.cache
def city_short_names() -> dict[str, tuple[str, str]]:
    """Short names people type for a city (NYC, LA, Philly), by lower-case name: (city, state)."""
    from sanctuary_cli.resources import read_tsv

    return {row["name"].lower(): (row["city"], row["state"]) for row in read_tsv("city_short_names.tsv")}


def city_name(name: str) -> str:
    """The gazetteer's name for what a user typed: "NYC" is "New York City"; other names as typed."""
    alias = city_short_names().get(name.strip().lower())
    return alias[0] if alias else name


def nearest_cities(conn: sqlite3.Connection, name: str, count: int = 3) -> list[str]:
    """The store's city names closest in spelling to ``name``, for a "did you mean"."""
    names = [row[0] for row in conn.execute("SELECT DISTINCT city FROM cities")]
    by_lower = {n.lower(): n for n in names}
    return [by_lower[n] for n in difflib.get_close_matches(name.lower(), list(by_lower), n=count, cutoff=0.6)]


def city_known(conn: sqlite3.Connection, name: str) -> bool:
    """Whether the store names a city matching ``name`` (a short name, or part of a name)."""
    row = conn.execute("SELECT 1 FROM cities WHERE city LIKE ? ESCAPE '\\' LIMIT 1",
                       (like_pattern(city_name(name)),)).fetchone()
    return row is not None


def article_ids(conn: sqlite3.Connection, ref: str) -> list[str]:
    """Articles a user means by ``ref``: an id or id prefix, a file name or path, or a file name's start.

    Exact matches win: "002_x.txt" is that file even if "002_x.txt.bak" exists.
    """
    ref = ref.strip()
    if not ref:
        return []
    name = PurePath(ref).name or ref
    exact = conn.execute(
        "SELECT id FROM articles WHERE id = ?1 UNION SELECT id FROM articles WHERE path IN (?2, ?3)"
        " UNION SELECT article_id FROM article_sources WHERE path IN (?2, ?3) ORDER BY 1",
        (ref, ref, name),
    ).fetchall()
    if exact:
        return [row[0] for row in exact]
    prefix = like_pattern(name)[1:]
    rows = conn.execute(
        "SELECT DISTINCT a.id FROM articles a LEFT JOIN article_sources s ON s.article_id = a.id"
        " WHERE a.id LIKE ?1 ESCAPE '\\' OR a.path LIKE ?1 ESCAPE '\\' OR s.path LIKE ?1 ESCAPE '\\'"
        " ORDER BY a.id",
        (prefix,),
    )
    return [row[0] for row in rows]


def one_article(conn: sqlite3.Connection, ref: str) -> str:
    """The one article ``ref`` names; an error that says why when it names none or several."""
    ids = article_ids(conn, ref)
    if not ids:
        raise SanctuaryError(f"no article matches {ref!r}; 'sanctuary articles' lists them")
    if len(ids) > 1:
        raise SanctuaryError(f"{ref!r} matches {len(ids)} articles; give more of the id or the file name")
    return ids[0]


def articles_named(conn: sqlite3.Connection, names: set[str]) -> int:
    """How many of these file names the store holds an article from."""
    return sum(
        1 for name in names
        if conn.execute("SELECT 1 FROM articles WHERE path = ?1 UNION ALL SELECT 1 FROM article_sources"
                        " WHERE path = ?1 LIMIT 1", (name,)).fetchone()
    )
