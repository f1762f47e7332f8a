"""Each article is written whole or not at all, whatever stops the write."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from sanctuary_cli.corpus.loader import SourceArticle, load_file
from sanctuary_cli.extract.model import Analysis, CityRecord, EvidenceRecord, PersonRecord, QuoteRecord
from sanctuary_cli.store.db import connect
from sanctuary_cli.store.write import write_article

TEXT = "Council keeps shelter open\n\nMayor Jane Doe said: “We will keep the doors open.”\n"
TABLES = ("articles", "article_sources", "people", "cities", "quotes", "evidence")


@pytest.fixture
def source(tmp_path: Path) -> SourceArticle:
    path = tmp_path / "council.txt"
    path.write_text(TEXT)
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    return article


def analysis(article: SourceArticle, quote: str | None = "We will keep the doors open.") -> Analysis:
    body = article.body.text
    start = body.index("We will")
    return Analysis(
        people=[PersonRecord("Jane Doe", ["Jane Doe"], "Mayor", "Springfield", True, "f", [(body.index("Jane"), 0)])],
        cities=[CityRecord("Springfield", "IL", 114_000, [(0, 7)])],
        quotes=[QuoteRecord(start, start + 28, quote, "statement", "Jane Doe", "Mayor Jane Doe", ":")],  # type: ignore[arg-type]
        evidence=[EvidenceRecord("Springfield", "IL", "We will keep the doors open.", start, start + 28, "Jane Doe",
                                 "Mayor", "city", 0.8, 1.0, "keep the doors open", "quote")],
    )


def rows(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def test_a_write_that_fails_halfway_leaves_nothing_of_the_article(isolated_store: Path, source: SourceArticle) -> None:
    conn = connect(isolated_store, create=True)
    with pytest.raises(sqlite3.IntegrityError):
        write_article(conn, source, analysis(source, quote=None), "m")  # quote text is NOT NULL
    assert set(rows(conn).values()) == {0}
    assert not conn.in_transaction


def test_a_failed_rewrite_keeps_the_article_as_it_was(isolated_store: Path, source: SourceArticle) -> None:
    conn = connect(isolated_store, create=True)
    write_article(conn, source, analysis(source), "m")
    before = rows(conn)
    with pytest.raises(sqlite3.IntegrityError):
        write_article(conn, source, analysis(source, quote=None), "m")  # e.g. --force with a failing extractor
    assert rows(conn) == before == dict.fromkeys(TABLES, 1)


class InterruptAfterCommit:
    """A connection on which Ctrl-C lands just as COMMIT returns."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        cursor = self.conn.execute(sql, *args)
        if sql == "COMMIT":
            raise KeyboardInterrupt
        return cursor


def test_ctrl_c_as_the_commit_returns_is_still_ctrl_c_and_the_article_is_stored(
    isolated_store: Path, source: SourceArticle
) -> None:
    conn = connect(isolated_store, create=True)
    with pytest.raises(KeyboardInterrupt):
        write_article(InterruptAfterCommit(conn), source, analysis(source), "m")  # type: ignore[arg-type]
    assert rows(conn) == dict.fromkeys(TABLES, 1)


def test_a_store_busy_past_the_timeout_is_an_error_that_says_so(
    isolated_store: Path, source: SourceArticle
) -> None:
    writer = connect(isolated_store, create=True)
    writer.execute("PRAGMA busy_timeout = 100")
    holder = connect(isolated_store)
    holder.execute("BEGIN IMMEDIATE")  # another process in the middle of a write
    try:
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            write_article(writer, source, analysis(source), "m")
    finally:
        holder.execute("ROLLBACK")
    write_article(writer, source, analysis(source), "m")  # and works once the other write is done
    assert rows(writer)["articles"] == 1


def test_readers_never_see_half_an_article(isolated_store: Path, source: SourceArticle) -> None:
    """A reader polling while articles are rewritten sees each one with all its rows or not at all."""
    writer = connect(isolated_store, create=True)
    done = threading.Event()
    seen: set[tuple[int, ...]] = set()
    errors: list[BaseException] = []

    def read() -> None:
        reader = connect(isolated_store)
        try:
            while not done.is_set():
                reader.execute("BEGIN")  # one snapshot for the counts below
                seen.add(tuple(rows(reader).values()))
                reader.execute("COMMIT")
        except BaseException as exc:  # kept, to fail the test below with it
            errors.append(exc)
        finally:
            reader.close()

    thread = threading.Thread(target=read)
    thread.start()
    try:
        for _ in range(200):
            write_article(writer, source, analysis(source), "m")
    finally:
        done.set()
        thread.join()
    assert errors == []
    assert seen and seen <= {(0, 0, 0, 0, 0, 0), (1, 1, 1, 1, 1, 1)}
