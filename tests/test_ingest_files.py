"""A re-ingest skips files read whole before, unread, while their content and articles are unchanged."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from sanctuary_cli import ingest as ingest_module
from sanctuary_cli.corpus import loader
from sanctuary_cli.extract.model import Analysis, EntityRecord
from sanctuary_cli.ingest import IngestReport, Options, ingest
from sanctuary_cli.nlp.engine import Failure, Result

STORIES = [
    "The council of Springfield voted on Tuesday to keep the shelter open through the winter.",
    "Mayor Jane Doe said the city would not hand its records to federal agents.",
    "Bus fares in Shelbyville will rise by a quarter next month, the transit board said.",
]


class FakeEngine:
    """Analyses in this process: one entity per text, or a failure for a text that starts with FAIL."""

    model = "fake"

    def __init__(self, reads: list[str] | None = None) -> None:
        self.reads = reads  # the files read so far, watched
        self.prepared_after: list[str] | None = None

    def prepare(self) -> None:
        self.prepared_after = list(self.reads or [])

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]:
        for texts in batches:
            yield [Failure("it failed") if text.startswith("FAIL") else
                   Analysis(entities=[EntityRecord("GPE", text[:10], 0, 10)]) for text in texts]

    def close(self) -> None:
        pass


@pytest.fixture(autouse=True)
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_module, "make_engine", lambda options: FakeEngine())


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the ingest reads from now on."""
    names: list[str] = []
    real = loader.load_file

    def load_file(path: Path, max_bytes: int = loader.DEFAULT_MAX_BYTES) -> Iterator[object]:
        names.append(path.name)
        return real(path, max_bytes)

    monkeypatch.setattr(ingest_module, "load_file", load_file)
    return names


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    lines = [{"title": f"Story {n}", "text": text} for n, text in enumerate(STORIES)]
    lines.append(lines[0])  # the same article twice in one file
    (folder / "a.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    (folder / "b.txt").write_text(STORIES[1] + "\n")  # and again in another file
    (folder / "c.txt").write_text("A story of its own, about a new library branch in Ogdenville.\n")
    return folder


def counts(report: IngestReport) -> tuple[int, int, int, int]:
    return len(report.stored), report.skipped, report.duplicates, len(report.problems)


def test_an_unchanged_corpus_is_not_read_again_and_counts_as_it_did(
    corpus: Path, isolated_store: Path, reads: list[str]
) -> None:
    first = ingest([corpus], isolated_store, Options(workers=1))
    assert counts(first) == (4, 0, 2, 0)
    reads.clear()
    again = ingest([corpus], isolated_store, Options(workers=1))
    assert reads == []
    # The same counts as reading every file again would give.
    with sqlite3.connect(isolated_store) as conn:
        conn.execute("DELETE FROM source_files")
    read_again = ingest([corpus], isolated_store, Options(workers=1))
    assert reads == ["a.jsonl", "b.txt", "c.txt"]
    assert counts(again) == counts(read_again) == (0, 4, 2, 0)


def test_a_changed_file_is_read_again_and_its_new_article_stored(
    corpus: Path, isolated_store: Path, reads: list[str]
) -> None:
    ingest([corpus], isolated_store, Options(workers=1))
    (corpus / "c.txt").write_text("A different story, about a new pool in Ogdenville.\n")
    reads.clear()
    report = ingest([corpus], isolated_store, Options(workers=1))
    assert reads == ["c.txt"]
    assert [s.path for s in report.stored] == ["c.txt"]


def test_a_file_whose_article_failed_is_read_and_tried_again(
    corpus: Path, isolated_store: Path, reads: list[str]
) -> None:
    (corpus / "d.txt").write_text("FAIL: a story the analysis cannot finish.\n")
    first = ingest([corpus], isolated_store, Options(workers=1))
    assert [str(p) for p in first.problems] == ["d.txt: it failed"]
    reads.clear()
    again = ingest([corpus], isolated_store, Options(workers=1))
    assert reads == ["d.txt"]
    assert [str(p) for p in again.problems] == ["d.txt: it failed"]


def test_a_file_with_a_bad_record_is_read_and_reported_every_time(
    corpus: Path, isolated_store: Path, reads: list[str]
) -> None:
    with (corpus / "a.jsonl").open("a") as handle:
        handle.write("{not json\n")
    for _ in range(2):
        reads.clear()
        report = ingest([corpus], isolated_store, Options(workers=1))
        assert "a.jsonl" in reads
        assert [p.line for p in report.problems] == [5]


def test_force_reads_and_analyses_everything_again(corpus: Path, isolated_store: Path, reads: list[str]) -> None:
    ingest([corpus], isolated_store, Options(workers=1))
    reads.clear()
    report = ingest([corpus], isolated_store, Options(workers=1, force=True))
    assert reads == ["a.jsonl", "b.txt", "c.txt"]
    assert len(report.stored) == 4


def test_known_ids_answers_for_more_ids_than_one_statement_may_bind(tmp_path: Path) -> None:
    """A file of thousands of records, or as many copies met in one run, is checked against the store in chunks."""
    from sanctuary_cli.store.db import connect
    from sanctuary_cli.store.write import known_ids

    conn = connect(tmp_path / "store.db", create=True)
    try:
        conn.execute("INSERT INTO articles (id, path, source, text, words, model, ingested_at) VALUES "
                     "('id-123', 'x.txt', '/in/x.txt', 'Text.', 1, 'm', '2026-01-01')")
        conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)  # as SQLite before 3.32 was built
        ids = [f"id-{n}" for n in range(5_000)]
        assert known_ids(conn, ids) == {"id-123"}
        assert known_ids(conn, []) == set()
    finally:
        conn.close()


def test_the_model_starts_loading_with_the_first_new_article_not_the_first_whole_batch(
    corpus: Path, isolated_store: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = FakeEngine(reads)
    monkeypatch.setattr(ingest_module, "make_engine", lambda options: engine)
    report = ingest([corpus], isolated_store, Options(workers=1))
    assert len(report.stored) == 4  # one batch: every file was read before it was complete
    assert engine.prepared_after == ["a.jsonl"]
