"""The store under real processes: killed ingests, Ctrl-C, queries and a second ingest during a run.

Each test starts ``sanctuary ingest`` as a subprocess over a generated corpus
(invented articles, distinct enough to be stored separately) and watches the
store fill from this process, as another user of the store would.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from sanctuary_cli.ingest import Options, ingest

pytestmark = pytest.mark.slow

ARTICLES = 96  # three batches of 32: a run is interrupted with work left to do

MAYORS = ["Jane Doe", "Omar Haddad", "Lucia Ortega", "Peter Novak", "Grace Kim", "Samuel Reyes"]
CITIES = ["Chicago", "Denver", "Boston", "Philadelphia", "Los Angeles", "Seattle", "Newark", "Austin"]
VERBS = ["refuse to help", "decline to assist", "limit cooperation with", "keep working with"]
TOPICS = ["shelter beds", "school funding", "legal aid", "police policy", "bus routes", "housing vouchers"]


def article(number: int) -> str:
    """An invented news article, different for every number."""
    rng = random.Random(number)
    mayor, city, topic = rng.choice(MAYORS), rng.choice(CITIES), rng.choice(TOPICS)
    surname = mayor.split()[-1]
    paragraphs = [
        f"{city} weighs {topic} plan number {number}",
        f"{city} Mayor {mayor} said on Tuesday that the city would {rng.choice(VERBS)} federal immigration "
        f"agents as the administration prepares new deportation operations in the region.",
        f"“We will protect every family in {city}, and we will not be intimidated,” {surname} told reporters "
        f"after a council meeting that ran past midnight. “Our police are not immigration agents.”",
        f"The council voted {rng.randint(5, 12)} to {rng.randint(0, 4)} to set aside {rng.randint(2, 90)} million "
        f"dollars for {topic}, the clerk said. Critics said the plan would cost too much.",
        f"“This is about public safety,” said council member {rng.choice(MAYORS)}. {surname} added that the city "
        f"would keep its policy in place and go to court if needed.",
    ]
    return "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for number in range(ARTICLES):
        (folder / f"article{number:03d}.txt").write_text(article(number))
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    """The content of a store built from the corpus without interruption."""
    store = tmp_path_factory.mktemp("reference") / "reference.db"
    report = ingest([corpus], store, Options(workers=1))
    assert len(report.stored) == ARTICLES and not report.problems
    return content(store)


# Columns that differ between two correct runs: autoincrement ids and timestamps.
VOLATILE = {"articles": {"ingested_at"}, "quotes": {"id"}, "evidence": {"id"}, "migrations": {"applied_at"}}
# Filled in across articles once an ingest has written its last one: a killed run leaves them to the next.
RESOLVED_AFTER = {"people": {"person"}}
TABLES = ("articles", "article_sources", "entities", "people", "cities", "quotes", "evidence", "migrations")


def content(store: Path, skip: dict[str, set[str]] | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, without volatile columns (nor those in ``skip``), in a stable order."""
    conn = sqlite3.connect(store)
    try:
        dump = {}
        for table in TABLES:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in columns if c not in VOLATILE.get(table, set()) | (skip or {}).get(table, set())]
            rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
            dump[table] = sorted(rows, key=repr)
        return dump
    finally:
        conn.close()


def unresolved(dump: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """A dump without the columns in RESOLVED_AFTER (each the last of its table: added by a later migration)."""
    return {table: [row[: -len(RESOLVED_AFTER[table])] for row in rows] if table in RESOLVED_AFTER else rows
            for table, rows in dump.items()}


def placed(dump: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """A dump without the cities no article placed (``loose``, the last column of ``cities``, is 1): the
    store reads them against all its articles once an ingest has written its last one."""
    return {table: [row for row in rows if row[-1] != 1] if table == "cities" else rows for table, rows in dump.items()}


def of_articles(dump: dict[str, list[tuple[Any, ...]]], ids: set[str]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows belonging to some articles (the article id is the first column of every per-article table)."""
    return {table: [row for row in rows if row[0] in ids] for table, rows in dump.items() if table != "migrations"}


def count(store: Path) -> int:
    """Articles in the store now, as a concurrent reader sees them (0 before the schema exists)."""
    if not store.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=30)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return 0
        raise


def environment(store: Path) -> dict[str, str]:
    env = {**os.environ, "SANCTUARY_STORE": str(store), "COLUMNS": "200", "NO_COLOR": "1"}
    env.pop("CI", None)
    return env


def sanctuary(*args: str) -> list[str]:
    return [sys.executable, "-m", "sanctuary_cli", *args]


@contextmanager
def running_ingest(store: Path, corpus: Path, *extra: str) -> Iterator[subprocess.Popen[str]]:
    """``sanctuary ingest`` in its own process group (as a shell job is); killed if the test fails.

    Ctrl-C is given its default action in the ingest, as a terminal's foreground job has it: a test run
    started in the background (``pytest &``) hands its children an ignored SIGINT."""
    process = subprocess.Popen(
        sanctuary("ingest", *extra, str(corpus)), env=environment(store), text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=60)


def wait_for(predicate: Any, process: subprocess.Popen[str], limit: float = 120) -> None:
    """Poll until the predicate holds, failing if the ingest ends or time runs out first."""
    deadline = time.monotonic() + limit
    while not predicate():
        assert process.poll() is None, "the ingest ended before the test could interrupt it"
        assert time.monotonic() < deadline, "the ingest made no progress"
        time.sleep(0.01)


def run_to_end(store: Path, corpus: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(sanctuary("ingest", "--workers", "1", str(corpus)), env=environment(store), text=True,
                          capture_output=True, timeout=600)


def test_an_ingest_killed_twice_and_run_again_ends_with_the_same_store(
    corpus: Path, reference: dict[str, list[tuple[Any, ...]]], tmp_path: Path
) -> None:
    store = tmp_path / "store.db"
    stored = 0
    for _ in range(2):
        with running_ingest(store, corpus, "--workers", "1") as process:
            wait_for(lambda before=stored: count(store) > before, process)
            os.killpg(process.pid, signal.SIGKILL)  # the ingest and any worker it started
            process.wait(timeout=60)
        now = content(store, RESOLVED_AFTER)
        ids = {row[0] for row in now["articles"]}
        assert stored < len(ids) < ARTICLES
        # Whatever the kill interrupted, every article in the store is whole.
        assert now["articles"] == of_articles(reference, ids)["articles"]
        assert placed(of_articles(now, ids)) == placed(of_articles(unresolved(reference), ids))
        stored = len(ids)

    finished = run_to_end(store, corpus)
    assert finished.returncode == 0, finished.stderr
    assert finished.stderr.splitlines()[-1] == f"{ARTICLES - stored} stored, {stored} unchanged"
    assert content(store) == reference
    with sqlite3.connect(store) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_cleanly_says_what_was_stored_and_exits_130(
    corpus: Path, reference: dict[str, list[tuple[Any, ...]]], tmp_path: Path, workers: str
) -> None:
    store = tmp_path / "store.db"
    with running_ingest(store, corpus, "--workers", workers) as process:
        wait_for(lambda: count(store) > 0, process)
        os.killpg(process.pid, signal.SIGINT)  # what a terminal sends the whole job on Ctrl-C
        _, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    stored = count(store)
    assert 0 < stored < ARTICLES
    assert err.strip().splitlines()[-1] == f"interrupted: {stored} articles stored in {store}; run again to continue"
    ids = {row[0] for row in content(store)["articles"]}
    assert placed(of_articles(content(store, RESOLVED_AFTER), ids)) == placed(of_articles(unresolved(reference), ids))


def test_queries_and_a_second_ingest_while_an_ingest_writes(
    corpus: Path, reference: dict[str, list[tuple[Any, ...]]], tmp_path: Path
) -> None:
    store = tmp_path / "store.db"
    quotes_per_article = {row[0]: 0 for row in reference["articles"]}
    for row in reference["quotes"]:
        quotes_per_article[row[0]] += 1
    seen: list[int] = []
    with running_ingest(store, corpus, "--workers", "1") as process:
        wait_for(lambda: count(store) > 0, process)

        second = subprocess.run(sanctuary("ingest", "--workers", "1", str(corpus)), env=environment(store),
                                text=True, capture_output=True, timeout=120)
        assert second.returncode == 1
        assert second.stderr.strip() == (
            f"Error: another ingest (process {process.pid}) is writing to {store}; "
            "wait for it to finish, or use another --store"
        )

        # Readers during the run: queries answer, and never see half an article.
        while process.poll() is None:
            query = subprocess.run(sanctuary("quotes", "--format", "json"), env=environment(store), text=True,
                                   capture_output=True, timeout=120)
            assert query.returncode == 0, query.stderr
            found: dict[str, int] = {}
            for row in json.loads(query.stdout):
                found[row["article_id"]] = found.get(row["article_id"], 0) + 1
            with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=30) as conn:
                ids = [row[0] for row in conn.execute("SELECT id FROM articles")]
                for article_id in ids:
                    quoted = conn.execute("SELECT count(*) FROM quotes WHERE article_id = ?", (article_id,))
                    assert quoted.fetchone()[0] == quotes_per_article[article_id]
            assert all(n == quotes_per_article[a] for a, n in found.items())
            seen.append(len(ids))
        _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert seen and seen[0] < ARTICLES  # the first read saw a store still being written
    assert content(store) == reference
