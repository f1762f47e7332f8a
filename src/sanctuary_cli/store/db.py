"""Opening the SQLite store: location, pragmas, migrations."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sanctuary_cli.errors import StoreError
from sanctuary_cli.store.migrations import MIGRATIONS
from sanctuary_cli.store.sql import immediate

DEFAULT_STORE = Path("data") / "sanctuary.db"
BUSY_TIMEOUT_MS = 30_000


def store_path(option: str | Path | None = None, start: Path | None = None) -> Path:
    """The store a command means: ``option`` (--store) if given, else $SANCTUARY_STORE, else the
    nearest data/sanctuary.db from ``start`` (the current folder) upward, as git finds .git;
    else data/sanctuary.db under ``start``, where an ingest creates it."""
    return locate_store(option, start)[0]


def locate_store(option: str | Path | None = None, start: Path | None = None) -> tuple[Path, str]:
    """The store's path and how it was chosen: "--store", "$SANCTUARY_STORE", "found" or "default"."""
    if option:
        return Path(option), "--store"
    env = os.environ.get("SANCTUARY_STORE")
    if env:
        return Path(env), "$SANCTUARY_STORE"
    here = (start or Path.cwd()).absolute()
    for folder in (here, *here.parents):
        candidate = folder / DEFAULT_STORE
        if candidate.is_file():
            return (DEFAULT_STORE if folder == here else candidate), "found"
    return (here / DEFAULT_STORE if start else DEFAULT_STORE), "default"


def check_store(path: Path) -> None:
    """Refuse, before anything is created beside it, a path that cannot be a store."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder; the store is a file (e.g. {path / 'sanctuary.db'})")
    if path.is_file() and path.stat().st_size > 0:
        conn = connect(path)
        conn.close()


def schema_version() -> int:
    """The version this code writes: the number of migrations it knows."""
    return len(MIGRATIONS)


def connect(path: Path, create: bool = False) -> sqlite3.Connection:
    """Open the store (creating it when asked) and bring its schema up to date.

    Queries pass ``create=False``: a missing store is an error that says how to
    make one, not an empty database left behind.
    """
    if not create and not path.exists():
        raise StoreError(f"no store at {path}; run 'sanctuary ingest PATH' first")
    if path.is_dir():
        raise StoreError(f"{path} is a folder; the store is a file (e.g. {path / 'sanctuary.db'})")
    try:
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open the store at {path}: {exc}") from exc
    try:
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Before anything that writes: a store we cannot read is left exactly as it was.
        _refuse_unknown(conn, path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path} is not a sanctuary store ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _refuse_unknown(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a store from a newer version, and a database some other program made."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema_version():
        raise StoreError(_newer(version))
    if version == 0:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )]
        if tables:
            raise StoreError(
                f"{path} is not a sanctuary store: it is a database holding other tables "
                f"({', '.join(tables[:5])}); choose another --store"
            )


def _newer(version: int) -> str:
    return (
        f"the store was written by a newer sanctuary (schema {version}, this one knows "
        f"{schema_version()}); upgrade sanctuary-cli to read it"
    )


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the store lacks; refuse a store from a newer version."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema_version():
        raise StoreError(_newer(version))
    if version == schema_version():
        return version
    with immediate(conn):
        # Another process may have migrated while we waited for the lock.
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations "
            "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        for number, (name, sql) in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (number, name, applied_at) VALUES (?, ?, ?)",
                (number, name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute(f"PRAGMA user_version = {number}")
    return schema_version()


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (sqlite3 runs one at a time inside a transaction)."""
    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
