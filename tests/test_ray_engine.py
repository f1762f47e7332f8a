"""``--engine ray``: the NLP on a local Ray instance fills the same store as the local engine."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from sanctuary_cli.errors import SanctuaryError
from sanctuary_cli.ingest import Options, ingest
from tests.conftest import SEEDS

# Columns that record when, not what.
WHEN = {"ingested_at", "applied_at"}


def contents(store: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every content table, without timestamps or row ids, in a stable order."""
    conn = sqlite3.connect(store)
    try:
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name != "migrations" and not name.startswith(("sqlite_", "quotes_fts"))
        ]
        dump = {}
        for table in tables:
            columns = [
                row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                if row[1] not in WHEN and not (row[1] == "id" and row[2] == "INTEGER")
            ]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            dump[table] = sorted(rows, key=repr)
        return dump
    finally:
        conn.close()


@pytest.mark.slow
def test_ray_engine_fills_the_same_store_as_the_local_engine(seeded_store: Path, tmp_path: Path) -> None:
    pytest.importorskip("ray")
    store = tmp_path / "ray.db"
    report = ingest([SEEDS], store, Options(engine="ray", workers=2, batch_size=2))
    assert len(report.stored) == 5 and not report.problems
    expected, got = contents(seeded_store), contents(store)
    assert got["quotes"] and got["people"] and got["evidence"]
    assert got == expected


def test_without_ray_the_engine_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from sanctuary_cli.nlp.ray_engine import RayEngine

    monkeypatch.setitem(sys.modules, "ray", None)  # makes `import ray` fail
    with pytest.raises(SanctuaryError, match=r"pip install 'sanctuary-cli\[ray\]'"):
        RayEngine("en_core_web_sm")
