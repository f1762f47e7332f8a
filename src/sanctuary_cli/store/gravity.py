"""City names no article placed, read again against the whole store (see ``extract/places/gravity.py``).

After an ingest the rows of ``loose_cities`` (each the article's own reading of such a
name) are turned into ``cities`` rows with ``loose = 1`` by the store's centre of gravity,
computed from the cities the articles placed themselves. The result depends only on what
the store holds, never on the order articles came in.

Writing an article marks it pending (``places_pending``, filled by a trigger in the same
transaction as the article). The step does nothing while no article is pending; when the
centre is the one the loose rows were last read against (``places_centre``), only the
pending articles' names are read; when it moved, every loose name is read again. The
pending marks are cleared in the transaction that writes the rows, so an ingest cut short
between its articles and this step is caught up by the next one.
"""

from __future__ import annotations

import sqlite3

from sanctuary_cli.extract.places import gazetteer, gravity
from sanctuary_cli.store.sql import immediate

Where = tuple[str | None, str | None, str | None]  # the centre's state, city and the city's state


def place_loose_cities(conn: sqlite3.Connection) -> int:
    """Bring the ``loose = 1`` rows of ``cities`` up to date with the store; returns how many there are."""
    if conn.execute("SELECT 1 FROM places_pending LIMIT 1").fetchone() is not None:
        _place(conn)
    count: int = conn.execute("SELECT count(*) FROM cities WHERE loose = 1").fetchone()[0]
    return count


def _place(conn: sqlite3.Connection) -> None:
    """Read the loose names of the pending articles (of every article when the centre moved) in one
    transaction, clearing the pending marks."""
    with immediate(conn):
        at = gravity.centre(_placed_counts(conn))
        where: Where = (at.state, at.place.name, at.place.state) if at is not None else (None, None, None)
        row = conn.execute("SELECT state, city, city_state FROM places_centre WHERE id = 1").fetchone()
        moved = row is None or tuple(row) != where
        pending_only = "" if moved else " AND article_id IN (SELECT article_id FROM places_pending)"
        rows = []
        for article_id, name_key, city, state, mentions, first_start in conn.execute(
            "SELECT article_id, name_key, city, state, mentions, first_start FROM loose_cities"
            f" WHERE 1{pending_only} ORDER BY article_id, name_key"
        ):
            alone = gazetteer.place(city, state)
            place = gravity.reading(name_key, alone, at) if alone is not None else None
            if place is not None:
                rows.append((article_id, place.name, place.state, place.population, mentions, first_start))
        conn.execute(f"DELETE FROM cities WHERE loose = 1{pending_only}")
        # a city the article also placed under another name keeps that row
        conn.executemany(
            "INSERT OR IGNORE INTO cities (article_id, city, state, population, mentions, first_start, loose)"
            " VALUES (?, ?, ?, ?, ?, ?, 1)",
            rows,
        )
        conn.execute("INSERT OR REPLACE INTO places_centre (id, state, city, city_state) VALUES (1, ?, ?, ?)", where)
        conn.execute("DELETE FROM places_pending")


def _placed_counts(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    """How many articles place each (city, state) themselves."""
    return {
        (row[0], row[1]): row[2]
        for row in conn.execute(
            "SELECT city, state, count(DISTINCT article_id) FROM cities WHERE loose = 0 GROUP BY city, state"
        )
    }
