"""The cross-document places step runs only when articles were stored since it last ran."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sanctuary_cli.store.db import connect
from sanctuary_cli.store.gravity import place_loose_cities

CENTRE = 25  # articles placing New York City themselves: enough for the store to have a centre


def _article(conn: sqlite3.Connection, article: str, city: str = "New York City", state: str = "NY") -> None:
    conn.execute(
        "INSERT INTO articles (id, path, source, words, text, model, ingested_at) VALUES (?, ?, ?, 1, 'x', 'm', 't')",
        (article, article, article),
    )
    conn.execute("INSERT INTO cities (article_id, city, state, mentions) VALUES (?, ?, ?, 1)", (article, city, state))


def _loose(conn: sqlite3.Connection, article: str, name_key: str, city: str, state: str) -> None:
    conn.execute(
        "INSERT INTO loose_cities (article_id, name_key, city, state, population, mentions) VALUES (?, ?, ?, ?, 1, 1)",
        (article, name_key, city, state),
    )


def _loose_rows(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    rows = conn.execute("SELECT article_id, city, state FROM cities WHERE loose = 1 ORDER BY 1, 2")
    return [tuple(r) for r in rows]


def _store(tmp_path: Path) -> sqlite3.Connection:
    conn = connect(tmp_path / "s.db", create=True)
    for n in range(CENTRE):
        _article(conn, f"a{n:02}")
    _loose(conn, "a01", "lawrence", "Lawrence", "KS")
    conn.commit()
    return conn


def test_a_stored_article_is_pending_until_the_step_reads_it(tmp_path: Path) -> None:
    conn = _store(tmp_path)
    assert conn.execute("SELECT count(*) FROM places_pending").fetchone()[0] == CENTRE
    assert place_loose_cities(conn) == 1
    assert conn.execute("SELECT count(*) FROM places_pending").fetchone()[0] == 0
    assert _loose_rows(conn) == [("a01", "Lawrence", "NY")]  # the Long Island village in a New York store


def test_with_nothing_pending_the_step_leaves_the_rows_alone(tmp_path: Path) -> None:
    conn = _store(tmp_path)
    place_loose_cities(conn)
    conn.execute("UPDATE cities SET mentions = 7 WHERE loose = 1")  # a mark of the rows the last run wrote
    conn.commit()
    assert place_loose_cities(conn) == 1
    assert conn.execute("SELECT mentions FROM cities WHERE loose = 1").fetchone()[0] == 7


def test_an_article_stored_by_a_run_cut_short_is_read_by_the_next(tmp_path: Path) -> None:
    conn = _store(tmp_path)
    place_loose_cities(conn)
    # a later ingest stored an article and stopped before the places step
    _article(conn, "b00")
    _loose(conn, "b00", "long beach", "Long Beach", "CA")
    conn.commit()
    assert place_loose_cities(conn) == 2
    assert ("b00", "Long Beach", "NY") in _loose_rows(conn)


def test_reading_only_the_new_articles_gives_the_rows_of_reading_them_all(tmp_path: Path) -> None:
    conn = _store(tmp_path)
    place_loose_cities(conn)
    _article(conn, "b00")
    _loose(conn, "b00", "long beach", "Long Beach", "CA")
    conn.commit()
    place_loose_cities(conn)  # the centre stayed: only b00 is read
    incremental = _loose_rows(conn)
    conn.execute("DELETE FROM places_centre")  # forget the centre: every name is read again
    conn.execute("INSERT INTO places_pending (article_id) VALUES ('a00')")
    conn.commit()
    place_loose_cities(conn)
    assert _loose_rows(conn) == incremental


def test_when_the_centre_moves_every_loose_name_is_read_again(tmp_path: Path) -> None:
    conn = _store(tmp_path)
    place_loose_cities(conn)
    assert _loose_rows(conn) == [("a01", "Lawrence", "NY")]
    for n in range(2 * CENTRE):  # the store comes to be about Kansas
        _article(conn, f"k{n:02}", "Wichita", "KS")
    conn.commit()
    place_loose_cities(conn)
    assert _loose_rows(conn) == [("a01", "Lawrence", "KS")]
