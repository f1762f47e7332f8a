"""City names no article placed, read again against the whole store (see ``extract/places/gravity.py``).

After each ingest the rows of ``loose_cities`` (each the article's own reading of such a
name) are turned into ``cities`` rows with ``loose = 1`` by the store's centre of gravity,
computed from the cities the articles placed themselves. The step starts afresh every time
from what the store holds, so the result does not depend on the order articles came in.
"""

from __future__ import annotations

import sqlite3

from sanctuary_cli.extract.places import gazetteer, gravity


def place_loose_cities(conn: sqlite3.Connection) -> int:
    """Rewrite the ``loose = 1`` rows of ``cities`` in one transaction; returns how many there are now."""
    counts = {
        (row[0], row[1]): row[2]
        for row in conn.execute(
            "SELECT city, state, count(DISTINCT article_id) FROM cities WHERE loose = 0 GROUP BY city, state"
        )
    }
    at = gravity.centre(counts)
    rows = []
    for article_id, name_key, city, state, mentions, first_start in conn.execute(
        "SELECT article_id, name_key, city, state, mentions, first_start FROM loose_cities"
        " ORDER BY article_id, name_key"
    ):
        alone = gazetteer.place(city, state)
        place = gravity.reading(name_key, alone, at) if alone is not None else None
        if place is not None:
            rows.append((article_id, place.name, place.state, place.population, mentions, first_start))
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM cities WHERE loose = 1")
        # a city the article also placed under another name keeps that row
        conn.executemany(
            "INSERT OR IGNORE INTO cities (article_id, city, state, population, mentions, first_start, loose)"
            " VALUES (?, ?, ?, ?, ?, ?, 1)",
            rows,
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return len(rows)
