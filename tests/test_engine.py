"""The NLP engine: long texts, results in order, and articles that hang or kill their worker."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import time
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from sanctuary_cli.extract.model import Analysis, EntityRecord
from sanctuary_cli.ingest import IngestReport, Options, ingest
from sanctuary_cli.nlp import pool as pool_module
from sanctuary_cli.nlp.engine import Failure, LocalEngine, Result, iter_analyses, parse, split_long
from tests.conftest import SEEDS

if TYPE_CHECKING:
    from spacy.language import Language

PARAGRAPH = "Mayor Jane Doe of Springfield said the city would not help federal agents. "


# --- long texts ------------------------------------------------------------------------------------


def test_split_long_pieces_join_back_and_respect_the_limit() -> None:
    text = ("One sentence here. " * 10 + "\n\n") * 20
    pieces = split_long(text, 500)
    assert "".join(pieces) == text
    assert all(len(piece) <= 500 for piece in pieces)
    assert all(piece.endswith("\n\n") for piece in pieces[:-1])  # cut between paragraphs


def test_split_long_cuts_hard_when_there_is_no_whitespace() -> None:
    text = "x" * 1050
    assert [len(piece) for piece in split_long(text, 500)] == [500, 500, 50]
    assert split_long("", 500) == [""]


def test_a_text_over_the_model_length_limit_is_parsed_whole(nlp: Language) -> None:
    text = "\n\n".join(PARAGRAPH.replace("Jane Doe", name) for name in ("Ann Lee", "Bob Ray", "Cal Fox") * 8)
    saved = nlp.max_length
    nlp.max_length = 600  # stands in for spaCy's 1,000,000 characters
    try:
        with pytest.raises(ValueError):
            nlp(text)
        [doc] = list(parse(nlp, [text]))
    finally:
        nlp.max_length = saved
    assert doc.text == text
    people = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    assert len(people) >= 20
    # Entities in later pieces keep their offsets in the whole text.
    assert all(text[ent.start_char:ent.end_char] == ent.text for ent in doc.ents)
    assert people[-1].start_char > 600


def test_an_extractor_error_fails_only_its_article(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    from sanctuary_cli.extract import pipeline

    real = pipeline.analyze

    def fragile(doc: object, model: object = None) -> Analysis:
        if "Boom" in str(doc):
            raise IndexError("list index out of range")
        return real(doc, model)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyze", fragile)
    results = list(iter_analyses(nlp, ["Mayor Ann Lee spoke.", "Boom went the city.", "Nothing to see."]))
    assert isinstance(results[0], Analysis) and isinstance(results[2], Analysis)
    assert results[1] == Failure("extraction failed: IndexError: list index out of range")


def test_the_extractors_do_not_keep_the_docs_they_analysed(nlp: Language) -> None:
    """A worker analyses thousands of articles in turn: their Docs must not pile up in memory."""
    from sanctuary_cli.extract.pipeline import analyze

    alive = []
    for name in ("Ann Lee", "Bob Ray", "Cal Fox", "Dee Orr"):
        doc = nlp(f"Mayor {name} of Springfield, Illinois, said the city would not help. “We won't,” she said.")
        analyze(doc)
        alive.append(weakref.ref(doc))
    del doc
    gc.collect()
    assert sum(ref() is not None for ref in alive) <= 1  # a cache of the last one at most


def test_a_worker_keeps_the_words_of_its_first_batches_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Early words stay (the tokenizer need not make them again); later ones go with their batch."""
    import spacy

    from sanctuary_cli.nlp import batch

    monkeypatch.setattr(batch, "WARM_BATCHES", 2)
    blank = spacy.blank("en")
    words = ["alphazz", "bravozz", "charliezz", "deltazz"]
    for word in words:
        list(iter_analyses(blank, [f"The {word} spoke."]))
    assert [word in blank.vocab.strings for word in words] == [True, True, False, False]


# --- worker processes ----------------------------------------------------------------------------
# These work functions run inside the worker processes, in place of the extractors,
# with a blank pipeline so that each worker starts quickly.


def echo(nlp: Language, texts: list[str]) -> Iterator[Result]:
    """Each text back as one entity, after acting out what the text asks for."""
    for text in texts:
        if text.startswith("SLOW"):
            time.sleep(300)  # far longer than any test may take: it must be stopped
        elif text.startswith("CRASH "):
            os._exit(3)
        elif text.startswith("KILL"):
            os.kill(os.getpid(), signal.SIGKILL)  # what the kernel does to a process out of memory
        elif text.startswith("END-SERVER"):
            os.kill(os.getppid(), signal.SIGKILL)  # the model server, which forked this worker
            time.sleep(1)
        elif text.startswith("CRASH-ONCE "):
            marker = Path(text.split(" ", 1)[1])
            if not marker.exists():
                marker.touch()
                os._exit(3)
        yield Analysis(entities=[EntityRecord("ECHO", text, 0, len(text))])


@pytest.fixture(scope="module")
def blank_model(tmp_path_factory: pytest.TempPathFactory) -> str:
    import spacy

    path = tmp_path_factory.mktemp("blank") / "pipeline"
    spacy.blank("en").to_disk(path)
    return str(path)


def echoed(results: list[list[Result]]) -> list[str]:
    return [r.entities[0].text if isinstance(r, Analysis) else f"failed: {r.reason}" for b in results for r in b]


def run_engine(engine: LocalEngine, batches: list[list[str]]) -> list[list[Result]]:
    try:
        return list(engine.run(iter(batches)))
    finally:
        engine.close()


def test_results_come_back_in_input_order_from_two_workers(blank_model: str) -> None:
    batches = [[f"a{i}-{j}" for j in range(i % 3 + 1)] for i in range(12)] + [[]]
    results = run_engine(LocalEngine(blank_model, workers=2, work=echo), batches)
    assert [len(batch) for batch in results] == [len(batch) for batch in batches]
    assert echoed(results) == [text for batch in batches for text in batch]


def test_an_article_over_the_time_limit_is_reported_and_the_run_goes_on(blank_model: str) -> None:
    batches = [["one", "SLOW two", "three"], ["four"]]
    started = time.monotonic()
    results = run_engine(LocalEngine(blank_model, workers=2, timeout=1, work=echo), batches)
    assert echoed(results) == [
        "one", "failed: the NLP took longer than 1 s (see --timeout)", "three", "four"
    ]
    assert time.monotonic() - started < 120  # the sleeping worker was stopped, not waited for (300 s)


def test_a_worker_that_dies_is_replaced_and_its_articles_retried(blank_model: str, tmp_path: Path) -> None:
    once = f"CRASH-ONCE {tmp_path / 'crashed'}"
    batches = [["one", once, "three"], ["CRASH always", "five"], ["KILL"], ["six"]]
    results = run_engine(LocalEngine(blank_model, workers=1, work=echo), batches)
    assert echoed(results) == [
        "one", once, "three",  # the retry in a fresh process succeeded
        "failed: its NLP worker process died (exit code 3)", "five",
        "failed: its NLP worker process was killed (out of memory?)", "six",
    ]


def which_worker(nlp: Language, texts: list[str]) -> Iterator[Result]:
    """Each text back as the id of the process that took it, after a while."""
    for _ in texts:
        time.sleep(0.3)
        yield Analysis(entities=[EntityRecord("PID", str(os.getpid()), 0, 0)])


def test_the_last_batch_is_shared_between_the_workers_not_left_to_one(blank_model: str) -> None:
    results = run_engine(LocalEngine(blank_model, workers=2, work=which_worker), [[f"t{n}" for n in range(12)]])
    pids = [r.entities[0].text for batch in results for r in batch if isinstance(r, Analysis)]
    assert len(pids) == 12
    assert len(set(pids)) == 2


def whose_child(nlp: Language, texts: list[str]) -> Iterator[Result]:
    """Each text back as the id of the process that started the worker, and the worker's own."""
    for text in texts:
        list(echo(nlp, [text]))  # a worker dies on CRASH-ONCE, the first time
        time.sleep(0.1)
        yield Analysis(entities=[EntityRecord("PID", f"{os.getppid()} {os.getpid()}", 0, 0)])


def test_the_workers_are_forked_from_one_process_that_loads_the_model(blank_model: str, tmp_path: Path) -> None:
    once = f"CRASH-ONCE {tmp_path / 'crashed'}"
    engine = LocalEngine(blank_model, workers=2, work=whose_child)
    results = run_engine(engine, [[f"t{n}" for n in range(8)], [once], [f"u{n}" for n in range(8)]])
    pairs = [r.entities[0].text.split() for batch in results for r in batch if isinstance(r, Analysis)]
    assert len(pairs) == 17  # the crashed article too, retried in a fresh worker forked like the others
    parents, workers = {parent for parent, _ in pairs}, {worker for _, worker in pairs}
    assert len(parents) == 1 and parents != {str(os.getpid())}
    assert len(workers) >= 2


def test_the_articles_are_read_ahead_while_the_model_loads(blank_model: str) -> None:
    """Reading costs nothing while a core waits for the model, so the parent reads on; later only a few ahead."""
    read: list[int] = []

    def batches() -> Iterator[list[str]]:
        for n in range(40):
            read.append(n)
            yield [f"t{n}"]

    engine = LocalEngine(blank_model, workers=2, work=echo)
    try:
        results = engine.run(batches())
        next(results)
        assert len(read) == 40  # all of them: the model took longer to load than reading them
        assert len(list(results)) == 39
    finally:
        engine.close()


def test_a_model_server_that_dies_ends_the_run_with_one_clear_error(blank_model: str) -> None:
    from sanctuary_cli.errors import SanctuaryError

    with pytest.raises(SanctuaryError, match=r"the NLP model process exited \(code -9\)"):
        run_engine(LocalEngine(blank_model, workers=1, work=echo), [["one"], ["END-SERVER"], ["three"]])


def test_a_folder_that_is_no_pipeline_is_one_clear_error(tmp_path: Path) -> None:
    from sanctuary_cli.errors import ModelNotFoundError

    with pytest.raises(ModelNotFoundError, match="cannot load spaCy pipeline"):
        run_engine(LocalEngine(str(tmp_path), workers=2, work=echo), [["one"]])


def test_stopping_while_the_model_loads_stops_at_once(blank_model: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(self: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(pool_module._Pool, "_receive", interrupted)  # Ctrl-C as soon as the server starts
    engine = LocalEngine(blank_model, workers=2, work=echo)
    with pytest.raises(KeyboardInterrupt):
        list(engine.run(iter([["one"]])))
    pool = engine._pool
    assert pool is not None and not pool._loaded
    server = pool._server
    assert server is not None
    started = time.monotonic()
    engine.close()
    assert time.monotonic() - started < 5
    assert server.exitcode is not None


def server_threads(nlp: Language, texts: list[str]) -> Iterator[Result]:
    """Each text back with the number of threads of the process that forked this worker."""
    for _ in texts:
        threads = len(list(Path(f"/proc/{os.getppid()}/task").iterdir()))
        yield Analysis(entities=[EntityRecord("THREADS", str(threads), 0, 0)])


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in Linux's /proc")
def test_the_model_server_runs_one_thread_so_forking_it_is_safe() -> None:
    """A thread the model load started (BLAS's, say) would be missing from every fork, locks held."""
    from sanctuary_cli.nlp.model import model_name

    results = run_engine(LocalEngine(model_name(), workers=1, work=server_threads), [["one"]])
    assert [r.entities[0].text for batch in results for r in batch if isinstance(r, Analysis)] == ["1"]


def test_the_pool_gives_the_same_analyses_as_this_process(nlp: Language) -> None:
    texts = [path.read_text() for path in sorted(SEEDS.glob("*.txt"))]
    here = list(iter_analyses(nlp, texts))
    from sanctuary_cli.nlp.model import model_name

    there = run_engine(LocalEngine(model_name(), workers=2), [texts[:2], texts[2:]])
    assert [r for batch in there for r in batch] == here


def test_ingest_reports_the_slow_article_stores_the_rest_and_retries_it_next_time(
    blank_model: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in [("a.txt", "First story."), ("b.txt", "SLOW story."), ("c.txt", "Third story.")]:
        (folder / name).write_text(text)
    monkeypatch.setattr(
        "sanctuary_cli.ingest.make_engine",
        lambda options: LocalEngine(blank_model, options.workers, options.timeout, work=echo),
    )
    store = tmp_path / "store.db"
    report = ingest([folder], store, Options(workers=1, timeout=1))
    assert sorted(s.path for s in report.stored) == ["a.txt", "c.txt"]
    assert [str(p) for p in report.problems] == ["b.txt: the NLP took longer than 1 s (see --timeout)"]
    assert report.failed

    again = ingest([folder], store, Options(workers=1, timeout=1), report=IngestReport())
    assert again.skipped == 2 and len(again.problems) == 1  # only the failed one is tried again


def test_nothing_to_analyse_starts_no_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[object] = []
    monkeypatch.setattr(pool_module._Pool, "_start", lambda self: started.append(self))
    engine = LocalEngine("unused", workers=2)
    assert list(engine.run(iter([]))) == []
    engine.close()
    assert started == []


def test_the_tokenizer_built_once_is_the_one_spacy_builds_three_times(nlp: Language) -> None:
    import spacy

    from sanctuary_cli.nlp.model import UNUSED_COMPONENTS, _split_glued_quotes, model_name

    stock = spacy.load(model_name(), exclude=list(UNUSED_COMPONENTS))
    _split_glued_quotes(stock)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == stock.tokenizer.to_bytes(exclude=["vocab"])
    glued = "“We won't,”she said, “not ever.”Mayor Ann Lee agreed."
    assert [t.text for t in nlp(glued)] == [t.text for t in stock(glued)]
    assert "she" in [t.text for t in nlp(glued)]


FAULTS_PER_BATCH = """
import resource, sys
from sanctuary_cli.nlp.batch import keep_freed_memory
if sys.argv[1] == "keep":
    assert keep_freed_memory()
def batch():  # buffers of the sizes a parse allocates and frees, 106 MB in all
    return len([bytearray(kb * 1024) for kb in (300, 3_000, 20_000, 3_000, 300) for _ in range(4)])
batch()
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(5):
    batch()
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc settings exist on Linux only")
def test_a_parsing_process_reuses_the_memory_each_batch_frees() -> None:
    def page_faults(mode: str) -> int:
        run = subprocess.run([sys.executable, "-c", FAULTS_PER_BATCH, mode], capture_output=True, text=True, check=True)
        return int(run.stdout)

    # By default every batch faults its memory in afresh (~26,000 pages each); kept, it is reused.
    assert page_faults("default") > 50_000
    assert page_faults("keep") < 5_000


def test_a_run_of_long_articles_is_parsed_in_smaller_batches(
    blank_model: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parse's memory grows with the words of a batch: however long the articles, a batch holds
    no more than the character budget (or one article), and every article is still stored."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"short{n}.txt").write_text(f"Short story number {n}.")
    for n in range(6):
        (folder / f"long{n}.txt").write_text(f"Long story {n}. " + "The council met again. " * 40)
    sizes: list[list[int]] = []

    class Recording(LocalEngine):
        def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]:
            def recorded() -> Iterator[list[str]]:
                for texts in batches:
                    sizes.append([len(text) for text in texts])
                    yield texts

            return super().run(recorded())

    monkeypatch.setattr("sanctuary_cli.ingest.make_engine", lambda options: Recording(blank_model, 1, work=echo))
    report = ingest([folder], tmp_path / "store.db", Options(workers=1, batch_size=4, batch_chars=2_000))
    assert len(report.stored) == 12
    assert all(len(batch) <= 4 and (sum(batch) <= 2_000 or len(batch) == 1) for batch in sizes)
    assert any(len(batch) < 4 for batch in sizes[:-1])  # the long ones came in smaller batches
