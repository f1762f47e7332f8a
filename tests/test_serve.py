"""``sanctuary serve``: the canned queries answer as the CLI does, and the errors a user can cause."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from sanctuary_cli.serve import (
    EVIDENCE_FOR_CITY,
    STANCE_COLUMNS,
    WHAT_DID_PERSON_SAY,
    WHERE_DOES_CITY_STAND,
    datasette_arguments,
    metadata,
    write_stance_database,
)
from sanctuary_cli.store.db import connect
from sanctuary_cli.store.queries import quotes
from sanctuary_cli.store.stances import city_stance, stances
from tests.conftest import ROOT


@pytest.fixture
def store(seeded_store: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{seeded_store}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.mark.parametrize("person", ["Johnson", "Homan", "pritzker", "Trump", "the mayor", "50%_"])
def test_what_did_person_say_finds_the_quotes_the_cli_finds(store: sqlite3.Connection, person: str) -> None:
    served = [(r["quote"], r["speaker"], r["article"]) for r in store.execute(WHAT_DID_PERSON_SAY, {"person": person})]
    expected = [(r["quote"], r["speaker"], r["article"]) for r in quotes(store, person=person)]
    assert served == expected
    if person in ("Johnson", "Homan"):
        assert len(served) >= 5


@pytest.mark.parametrize("city", ["Chicago", "Denver", "Los Angeles"])
def test_evidence_for_city_is_the_evidence_of_stance_city(store: sqlite3.Connection, city: str) -> None:
    served = [(r["text"], r["actor"], r["cue"]) for r in store.execute(EVIDENCE_FOR_CITY, {"city": city})]
    found = city_stance(store, city)
    assert found is not None
    assert served == [(e["text"], e["actor"], e["cue"]) for e in found["evidence"]]
    assert served


def test_where_does_city_stand_gives_the_verdict_of_sanctuary_stance(
    store: sqlite3.Connection, tmp_path: Path
) -> None:
    assert write_stance_database(store, tmp_path / "stance.db") == len(stances(store))
    verdicts = sqlite3.connect(tmp_path / "stance.db")
    verdicts.row_factory = sqlite3.Row
    for expected in stances(store):
        [row] = [dict(r) for r in verdicts.execute(WHERE_DOES_CITY_STAND, {"city": expected["city"]})][:1]
        assert row == {column: expected[column] for column in STANCE_COLUMNS}
    chicago = next(verdicts.execute(WHERE_DOES_CITY_STAND, {"city": "chic"}))
    assert (chicago["city"], chicago["stance"]) == ("Chicago", "resist")
    verdicts.close()


def test_the_metadata_describes_every_column_of_the_store(store: sqlite3.Connection) -> None:
    tables = metadata("seeds")["databases"]["seeds"]["tables"]
    for table, meta in tables.items():
        columns = {r[1] for r in store.execute(f"PRAGMA table_info({table})")}
        assert columns, f"{table} is not a table of the store"
        assert set(meta.get("columns", {})) <= columns, table
        for facet in meta.get("facets", []):
            assert (facet if isinstance(facet, str) else next(iter(facet.values()))) in columns
    shown = {t for t, meta in tables.items() if not meta.get("hidden")}
    assert shown == {"articles", "quotes", "people", "persons", "cities", "evidence", "entities"}


def test_serving_folds_the_write_ahead_log_into_the_store(isolated_store: Path, tmp_path: Path) -> None:
    """Datasette opens the store immutable, which reads the file alone: nothing may wait in the log."""
    from tests.test_export import make_store

    make_store(isolated_store)
    writer = connect(isolated_store)
    writer.execute("UPDATE articles SET title = 'Retitled' WHERE rowid = 1")  # held in the log while open
    arguments = datasette_arguments(isolated_store, tmp_path, "127.0.0.1", free_port())
    writer.close()
    immutable = sqlite3.connect(f"file:{isolated_store}?immutable=1", uri=True)
    assert immutable.execute("SELECT title FROM articles WHERE rowid = 1").fetchone() == ("Retitled",)
    assert arguments[:3] == ["serve", "--immutable", str(isolated_store)]
    assert (tmp_path / "stance.db").exists() and (tmp_path / "metadata.json").exists()


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_serve_without_datasette_says_how_to_install_it(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)  # what an install without the extra has
    result = CliRunner().invoke(cli, ["serve", "--store", str(seeded_store)], env={"SANCTUARY_STORE": ""})
    assert result.exit_code == 1
    assert result.output == (
        "Error: sanctuary serve needs Datasette, which is not installed: pip install 'sanctuary-cli[web]'\n"
    )


def test_serve_on_a_busy_port_is_a_one_line_error(seeded_store: Path) -> None:
    pytest.importorskip("datasette", reason="needs the [web] extra")
    with closing(socket.socket()) as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--store", str(seeded_store), "--port", str(port)],
                                    env={"SANCTUARY_STORE": ""})
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot listen on 127.0.0.1:{port} (")
    assert result.output.endswith("); choose another --port\n")


def test_serve_without_a_store_is_a_one_line_error(tmp_path: Path) -> None:
    pytest.importorskip("datasette", reason="needs the [web] extra")
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["serve", "--store", str(missing), "--port", str(free_port())],
                                env={"SANCTUARY_STORE": ""})
    assert result.exit_code == 1
    assert result.output == f"Error: no store at {missing}; run 'sanctuary ingest PATH' first\n"
    assert not missing.exists()


@pytest.mark.slow
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_stopped_server_exits_cleanly_and_leaves_nothing_behind(
    seeded_store: Path, tmp_path: Path, stop: signal.Signals
) -> None:
    pytest.importorskip("datasette", reason="needs the [web] extra")
    port, scratch = free_port(), tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "SANCTUARY_STORE": "", "TMPDIR": str(scratch), "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "sanctuary_cli", "serve", "--store", str(seeded_store), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        # A shell's background job ignores SIGINT; start this one as a terminal would.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.default_int_handler),
    )
    try:
        deadline = time.monotonic() + 60
        while not any(scratch.iterdir()) or not _answers(port):
            assert process.poll() is None and time.monotonic() < deadline, process.communicate()[0]
            time.sleep(0.3)
        process.send_signal(stop)
        output = process.communicate(timeout=30)[0]
    finally:
        process.kill()
    assert process.returncode == 0, output
    assert list(scratch.iterdir()) == []  # the stance database and the metadata are gone


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/versions.json", timeout=5):
            return True
    except (urllib.error.URLError, ConnectionError):
        return False
