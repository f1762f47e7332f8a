"""Schema versions: an old store is migrated forward, a newer or foreign one is refused untouched."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from sanctuary_cli.errors import StoreError
from sanctuary_cli.store import db
from sanctuary_cli.store.db import connect, schema_version
from sanctuary_cli.store.migrations import MIGRATIONS

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCHEMA1 = FIXTURES / "schema1.db"  # built by fixtures/make_schema1_store.py with MIGRATIONS[:1]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def old_store(isolated_store: Path) -> Path:
    """A copy of the first-schema store where the CLI looks for its store."""
    shutil.copy(SCHEMA1, isolated_store)
    return isolated_store


def version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        value: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return value


def test_the_fixture_is_a_first_schema_store() -> None:
    assert version(SCHEMA1) == 1 < schema_version()


def test_a_first_schema_store_is_migrated_forward_and_keeps_its_articles(old_store: Path) -> None:
    code, out, err = run("articles", "--format", "json")
    assert code == 0, err
    [row] = json.loads(out)
    assert row["id"] == "0123456789abcdef" and row["title"] == "Council keeps shelter open"
    assert row["people"] == 0 and row["quotes"] == 0

    conn = connect(old_store)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    applied = [tuple(r) for r in conn.execute("SELECT number, name FROM migrations ORDER BY number")]
    assert applied == [(n, name) for n, (name, _) in enumerate(MIGRATIONS, start=1)]
    assert applied[0] == (1, MIGRATIONS[0][0])
    [entity] = conn.execute("SELECT label, text, start, end FROM entities").fetchall()
    text = conn.execute("SELECT text FROM articles").fetchone()[0]
    assert text[entity["start"]:entity["end"]] == entity["text"] == "Jane Doe"
    # The tables later migrations added are there and usable, full-text index included.
    conn.execute(
        "INSERT INTO quotes (article_id, start, end, text, kind)"
        " VALUES ('0123456789abcdef', 0, 7, 'Council', 'partial')"
    )
    assert conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'council'").fetchone()[0] == 1
    conn.close()


def test_a_failing_migration_leaves_the_store_as_it_was(old_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = ("a migration that fails halfway", "CREATE TABLE half_done (x INTEGER);\nSELECT * FROM no_such_table;")
    monkeypatch.setattr(db, "MIGRATIONS", [*MIGRATIONS, broken])
    with pytest.raises(StoreError, match="no such table: no_such_table"):
        connect(old_store)
    assert version(old_store) == 1
    with sqlite3.connect(old_store) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "people" not in tables and "half_done" not in tables


def test_processes_opening_an_old_store_at_once_migrate_it_once(old_store: Path) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_it() -> None:
        try:
            start.wait()
            connect(old_store).close()
        except BaseException as exc:  # kept, to fail the test below with it
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with sqlite3.connect(old_store) as conn:
        numbers = [row[0] for row in conn.execute("SELECT number FROM migrations ORDER BY number")]
    assert numbers == list(range(1, schema_version() + 1))


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(isolated_store: Path, tmp_path: Path) -> None:
    connect(isolated_store, create=True).close()
    with sqlite3.connect(isolated_store) as conn:
        conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    before = isolated_store.read_bytes()
    message = (
        f"Error: the store was written by a newer sanctuary (schema {schema_version() + 1}, "
        f"this one knows {schema_version()}); upgrade sanctuary-cli to read it"
    )
    (tmp_path / "in").mkdir()
    for args in (["articles"], ["quotes", "--person", "Homan"], ["ingest", str(tmp_path / "in")]):
        code, out, err = run(*args)
        assert (code, out, err.strip()) == (1, "", message)
    assert isolated_store.read_bytes() == before


def test_another_programs_database_is_refused_and_left_untouched(isolated_store: Path, tmp_path: Path) -> None:
    with sqlite3.connect(isolated_store) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    before = isolated_store.read_bytes()
    (tmp_path / "in").mkdir()
    code, _, err = run("ingest", str(tmp_path / "in"))
    assert code == 1
    assert err.strip() == (
        f"Error: {isolated_store} is not a sanctuary store: it is a database holding other tables (invoices); "
        "choose another --store"
    )
    assert isolated_store.read_bytes() == before


@pytest.mark.parametrize("content", [b"just some text, not a database\n" * 10, bytes(range(256)) * 64])
def test_a_file_that_is_not_a_database(isolated_store: Path, content: bytes) -> None:
    isolated_store.write_bytes(content)
    code, _, err = run("articles")
    assert code == 1
    assert err.strip() == f"Error: {isolated_store} is not a sanctuary store (file is not a database)"
    assert isolated_store.read_bytes() == content


def test_a_folder_given_as_the_store(isolated_store: Path) -> None:
    isolated_store.mkdir()
    code, _, err = run("articles")
    assert code == 1
    example = isolated_store / "sanctuary.db"
    assert err.strip() == f"Error: {isolated_store} is a folder; the store is a file (e.g. {example})"
