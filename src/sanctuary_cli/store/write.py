"""Writing analysed articles: each one whole, or not at all.

A batch of articles goes in one transaction (one COMMIT for many articles: the
store's commits cost more than their rows), so a write that fails or is
interrupted leaves every article of the batch as it was.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import FrameType

from sanctuary_cli import timing
from sanctuary_cli.corpus.loader import SourceArticle
from sanctuary_cli.extract.model import Analysis
from sanctuary_cli.store.sql import rows_in


def known_ids(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    """Which of these article ids the store already holds (any number of them)."""
    return {row[0] for row in rows_in(conn, "SELECT id FROM articles WHERE id IN ({marks})", ids)}


def url_known(conn: sqlite3.Connection, url: str) -> bool:
    """Whether an article was read from this URL, or names it as its own."""
    row = conn.execute(
        "SELECT 1 FROM article_sources WHERE source = ? UNION ALL SELECT 1 FROM articles WHERE url = ? LIMIT 1",
        (url, url),
    ).fetchone()
    return row is not None


def add_source(conn: sqlite3.Connection, article: SourceArticle) -> None:
    """Remember another file that holds an article already stored."""
    conn.execute(
        "INSERT OR IGNORE INTO article_sources (article_id, path, source) VALUES (?, ?, ?)",
        (article.id, article.path, article.source),
    )


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl-C back until the block ends, then raise it.

    Around writing an article and counting it: a Ctrl-C landing just after the
    COMMIT would otherwise leave an article stored but not counted, and the
    "N articles stored" the user is told would be one short.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread; there is nothing to hold back here
        return
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def write_article(conn: sqlite3.Connection, article: SourceArticle, analysis: Analysis, model: str) -> None:
    """Replace whatever the store holds for this article with this analysis, atomically."""
    write_articles(conn, [(article, analysis)], model)


def write_articles(conn: sqlite3.Connection, analysed: list[tuple[SourceArticle, Analysis]], model: str) -> None:
    """Replace whatever the store holds for these articles with these analyses, in one transaction."""
    with timing.stage("store: write rows"):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for article, analysis in analysed:
                _write_article(conn, article, analysis, model)
            with timing.stage("store: commit"):
                conn.execute("COMMIT")
        except BaseException:
            # Not when the error came after COMMIT (Ctrl-C as it returned) or from BEGIN
            # itself (store busy): ROLLBACK would then raise and hide the real error.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _write_article(conn: sqlite3.Connection, article: SourceArticle, analysis: Analysis, model: str) -> None:
    at = article.body.to_stored
    conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
    conn.execute(
        "INSERT INTO articles (id, path, source, title, outlet, byline, date, url, words, text, model,"
        " ingested_at, raw_hash, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id, article.path, article.source, article.title, article.outlet, article.byline,
            article.date, article.url, article.words, article.text, model,
            datetime.now(UTC).isoformat(timespec="seconds"), article.raw_hash, article.language,
        ),
    )
    add_source(conn, article)
    conn.executemany(
        "INSERT INTO entities (article_id, label, text, start, end) VALUES (?, ?, ?, ?, ?)",
        [(article.id, e.label, e.text, at(e.start), at(e.end)) for e in analysis.entities],
    )
    _write_people(conn, article.id, analysis)
    _write_cities(conn, article.id, analysis, at)
    _write_quotes(conn, article.id, analysis, at)
    conn.executemany(
        "INSERT INTO evidence (article_id, city, state, text, start, end, actor, actor_role, voice,"
        " polarity, weight, cue, kind, level, act, target, status)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (article.id, e.city, e.state, e.text, at(e.start), at(e.end), e.actor, e.actor_role,
             e.voice, e.polarity, e.weight, e.cue, e.kind, e.level, e.act, e.target, e.status)
            for e in analysis.evidence
        ],
    )


def _write_people(conn: sqlite3.Connection, article_id: str, analysis: Analysis) -> None:
    for person in analysis.people:
        conn.execute(
            "INSERT INTO people (article_id, key, name, role, jurisdiction, official, gender, mentions, aliases)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (article_id, key) DO UPDATE SET mentions = mentions + excluded.mentions,"
            " role = coalesce(role, excluded.role), jurisdiction = coalesce(jurisdiction, excluded.jurisdiction),"
            " official = max(official, excluded.official)",
            (
                article_id, person.key, person.name, person.role, person.jurisdiction,
                int(person.official), person.gender, len(person.mentions),
                json.dumps(sorted(set(person.aliases) | {person.name})),
            ),
        )


def _write_cities(
    conn: sqlite3.Connection, article_id: str, analysis: Analysis, at: Callable[[int], int]
) -> None:
    conn.executemany(
        "INSERT INTO cities (article_id, city, state, population, mentions, first_start)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, city, state)"
        " DO UPDATE SET mentions = mentions + excluded.mentions",
        [
            (article_id, c.city, c.state, c.population, len(c.mentions),
             at(min(s for s, _ in c.mentions)) if c.mentions else None)
            for c in analysis.cities
            if c.loose_name is None
        ],
    )
    # read again against the whole store after the ingest (store/gravity.py)
    conn.executemany(
        "INSERT OR IGNORE INTO loose_cities (article_id, name_key, city, state, population, mentions, first_start)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (article_id, c.loose_name, c.city, c.state, c.population, len(c.mentions),
             at(min(s for s, _ in c.mentions)) if c.mentions else None)
            for c in analysis.cities
            if c.loose_name is not None
        ],
    )


def _write_quotes(
    conn: sqlite3.Connection, article_id: str, analysis: Analysis, at: Callable[[int], int]
) -> None:
    rows = []
    for q in analysis.quotes:
        kind = q.speaker_kind or ("person" if q.speaker else "none")
        rows.append((article_id, at(q.start), at(q.end), q.text, q.kind, q.speaker,
                     q.speaker_key if kind == "person" else None, q.speaker_mention, q.cue, kind))
    conn.executemany(
        "INSERT INTO quotes (article_id, start, end, text, kind, speaker, speaker_key, speaker_mention, cue,"
        " speaker_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
