"""The people table computed from the people rows, with a user's overrides of who is whom.

Every row, or, beside stored totals, only the rows the overrides can touch: those of the
persons named by a split or a merge (by a row's name or a person's), found in SQL by a
test that no such name can fail, then checked by :func:`overrides.fold` itself. Either
way the table is the same: one row per person, ordered by officials, quotes, mentions,
name, and the first person met first.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sanctuary_cli.extract.people.overrides import Overrides, fold, regroup

Row = dict[str, Any]

# The columns of a people row as the table is computed from them (a list, for speed on large stores).
_COLUMNS = ("pid", "article_id", "key", "name", "role", "jurisdiction", "official", "mentions", "aliases", "own",
            "rowid")
PID, ARTICLE, KEY, NAME, ROLE, PLACE, OFFICIAL, MENTIONS, ALIASES, OWN, ROWID = range(len(_COLUMNS))
PersonRow = list[Any]
_SELECT = ("SELECT coalesce(person, key), article_id, key, name, role, jurisdiction, official, mentions, aliases,"
           " coalesce(person, key), rowid FROM people")
# A person's rows: people.person, else (not yet resolved) its key; ``?`` is a JSON list of persons.
OF_PERSONS = ("(person IN (SELECT value FROM json_each(?))"
              " OR (person IS NULL AND key IN (SELECT value FROM json_each(?))))")

DEFAULT_ORDER: Callable[[Row], Any] = lambda p: (-p["official"], -p["quotes"], -p["mentions"], p["name"])  # noqa: E731


@dataclass
class Regrouped:
    """People rows with the person each is once the overrides apply (``PID``; ``OWN`` the stored one)."""

    rows: list[PersonRow]
    names: dict[str, str]  # the persons' names as the overrides leave them
    hidden: set[str]  # the stored persons that are no person
    touched: set[str] = field(default_factory=set)  # with only some rows: the stored persons they are all the rows of

    def moved(self) -> dict[tuple[str, str], str]:
        """The rows (article, key) whose person the overrides changed, with the person they are now."""
        return {(r[ARTICLE], r[KEY]): r[PID] for r in self.rows if r[PID] != r[OWN]}


def every_row(conn: sqlite3.Connection, overrides: Overrides) -> Regrouped:
    """Every people row, with the persons' names and the overrides applied."""
    rows = _rows(conn, _SELECT + " ORDER BY rowid")
    names, hidden = _persons(conn, "SELECT id, name, is_person FROM persons")
    if overrides:
        names = _regroup(rows, names, overrides)
    return Regrouped(rows, names, hidden)


def touched_rows(conn: sqlite3.Connection, overrides: Overrides) -> tuple[Regrouped, dict[str, str]]:
    """Only the rows of the persons a split or a merge can touch, regrouped; and the new names of the
    other persons a rename touches."""
    merged = {fold(name) for group in overrides.merge for name in group}
    touched = {pid for pid, _ in _named(conn, "SELECT coalesce(person, key) AS id, name FROM people",
                                        merged | overrides.split)}
    persons = list(_named(conn, "SELECT id, name FROM persons", merged | set(overrides.rename)))
    touched |= {pid for pid, name in persons if fold(name) in merged}
    wanted = json.dumps(sorted(touched))
    rows = _rows(conn, f"{_SELECT} WHERE {OF_PERSONS} ORDER BY rowid", wanted, wanted)
    names, hidden = _persons(conn, "SELECT id, name, is_person FROM persons WHERE id IN"
                                   " (SELECT value FROM json_each(?))", wanted)
    names = _regroup(rows, names, overrides)
    renamed = {pid: overrides.rename[fold(name)] for pid, name in persons
               if pid not in touched and fold(name) in overrides.rename}
    return Regrouped(rows, names, hidden, touched), renamed


def table(conn: sqlite3.Connection, found: Regrouped, article_ids: Iterable[str] | None = None
          ) -> tuple[list[Row], dict[str, int]]:
    """The people table of these rows, in the default order, with each person's first row (its rowid).
    ``article_ids``: the articles the rows come from, when not every one."""
    sql = "SELECT article_id, speaker_key FROM quotes WHERE speaker_key IS NOT NULL"
    params: list[str] = []
    if article_ids is not None:
        sql += " AND article_id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(set(article_ids))))
    quote_counts = Counter((row[0], row[1]) for row in _rows(conn, sql, *params))
    groups: dict[str, list[PersonRow]] = defaultdict(list)
    for row in found.rows:
        groups[row[PID]].append(row)
    result = [_person(pid, group, found.names, quote_counts) for pid, group in groups.items()
              if pid not in found.hidden]
    result.sort(key=DEFAULT_ORDER)
    return result, {pid: group[0][ROWID] for pid, group in groups.items()}


def _person(
    pid: str, group: list[PersonRow], names: dict[str, str], quote_counts: Counter[tuple[str, str]]
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


def _persons(conn: sqlite3.Connection, sql: str, *params: str) -> tuple[dict[str, str], set[str]]:
    """The names of the persons ``sql`` reads (id, name, is_person), and those of them that are no person."""
    names: dict[str, str] = {}
    hidden: set[str] = set()
    for pid, name, is_person in _rows(conn, sql, *params):
        names[pid] = name
        if not is_person:
            hidden.add(pid)
    return names, hidden


def _regroup(rows: list[PersonRow], names: dict[str, str], overrides: Overrides) -> dict[str, str]:
    """Apply the overrides to the rows' persons, in place; the persons' names after them."""
    as_dicts = [dict(zip(_COLUMNS, row, strict=True)) for row in rows]
    names = regroup(as_dicts, names, overrides)
    for row, changed in zip(rows, as_dicts, strict=True):
        row[PID] = changed["pid"]
    return names


def _named(conn: sqlite3.Connection, sql: str, folded: set[str]) -> Iterator[tuple[str, str]]:
    """The (id, name) rows of ``sql`` whose name folds to one of these. A name of printable ASCII folds
    to its lower case with its spaces collapsed, so SQL first keeps the rows whose name, lower case and
    without spaces, is one of them without spaces, and every row holding anything else."""
    if not folded:
        return
    bare = json.dumps(sorted({name.replace(" ", "") for name in folded}))
    query = (f"SELECT id, name FROM ({sql}) WHERE name GLOB '*[^ -~]*'"
             " OR replace(lower(name), ' ', '') IN (SELECT value FROM json_each(?))")
    for pid, name in _rows(conn, query, bare):
        if fold(name) in folded:
            yield pid, name


def _rows(conn: sqlite3.Connection, sql: str, *params: str) -> list[PersonRow]:
    cursor = conn.cursor()
    cursor.row_factory = None
    return [list(row) for row in cursor.execute(sql, params)]
