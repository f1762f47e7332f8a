"""Input files already read whole: a re-ingest skips them without reading or cleaning them.

A file is remembered with the SHA-256 of its bytes and the article id and path
of each record, once every record has been read without a problem. A later
ingest hashes the file's bytes (far cheaper than parsing and cleaning it) and,
if they are the same and every one of its articles is still stored, counts
those articles as unchanged without reading the file. Anything else (the file
changed, an article is missing because its analysis failed or a write was
interrupted) reads the file as usual.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from sanctuary_cli.store.sql import immediate
from sanctuary_cli.store.write import known_ids


def file_digest(path: Path, max_bytes: int) -> str | None:
    """SHA-256 of the file's bytes; None when it cannot be read or is over the size limit."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None


def unchanged_records(conn: sqlite3.Connection, source: str, digest: str) -> list[tuple[str, str]] | None:
    """The (article id, path) of each record of this file if it is unchanged and all of it stored, else None."""
    row = conn.execute("SELECT digest, records FROM source_files WHERE source = ?", (source,)).fetchone()
    if row is None or row[0] != digest:
        return None
    records = [(str(article_id), str(path)) for article_id, path in json.loads(row[1])]
    ids = {article_id for article_id, _ in records}
    return records if len(known_ids(conn, ids)) == len(ids) else None


def remember_file(conn: sqlite3.Connection, source: str, digest: str, records: list[tuple[str, str]]) -> None:
    """Record a file every record of which was read without a problem."""
    conn.execute(
        "INSERT INTO source_files (source, digest, records) VALUES (?, ?, ?)"
        " ON CONFLICT (source) DO UPDATE SET digest = excluded.digest, records = excluded.records",
        (source, digest, json.dumps(records)),
    )


def add_sources(conn: sqlite3.Connection, rows: list[tuple[str, str, str]]) -> None:
    """Remember the files (article id, path, source) that hold articles already stored, in one transaction."""
    with immediate(conn):
        conn.executemany("INSERT OR IGNORE INTO article_sources (article_id, path, source) VALUES (?, ?, ?)", rows)
