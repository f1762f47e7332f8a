"""Running the NLP stage: in worker processes here, or on Ray (``ray_engine``).

An engine takes batches of article bodies and yields one result per body, in
order: an ``Analysis``, or a ``Failure`` saying why that article could not be
analysed (it took longer than the time limit, killed its worker process twice,
or made an extractor raise).
The model is loaded once per worker process, the first time there is work, so
a run with nothing new never loads it; the process that writes the store never
loads it at all.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from sanctuary_cli import timing
from sanctuary_cli.errors import ModelNotFoundError, SanctuaryError
from sanctuary_cli.extract.model import Analysis

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

    from spacy.language import Language
    from spacy.tokens import Doc

# Texts per nlp.pipe call and per task sent to a worker. Measured on
# en_core_web_sm over 300 Gothamist articles (benchmarks/README.md): 16 to 64
# parse equally fast, spaCy's default of 256 is ~20% slower and holds more
# memory, and 16 keeps every worker busy to the end of a run (a worker left
# with the last big batch finishes alone).
BATCH_SIZE = 16

# The per-article time limit for the NLP, in seconds (--timeout).
DEFAULT_TIMEOUT = 60.0

# The variables the BLAS libraries under numpy read for their thread count.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# spaCy refuses texts over nlp.max_length (1,000,000 characters) and the parser's
# memory grows with the text; longer texts are parsed in pieces of at most this
# many characters, cut between paragraphs, and joined back into one Doc.
CHUNK_CHARS = 100_000


@dataclass(frozen=True)
class Failure:
    """An article the NLP could not analyse, and why; the ingest reports it and goes on."""

    reason: str


Result: TypeAlias = Analysis | Failure

# What a worker does with one batch: parse and extract, one result per text, in order.
Work: TypeAlias = "Callable[[Language, list[str]], Iterator[Result]]"


class Engine(Protocol):
    """Turns batches of texts into results, preserving order."""

    model: str

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]: ...

    def close(self) -> None: ...


def split_long(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters that join back into it.

    Each cut falls after a paragraph break if the second half of the piece has
    one, else after a line break, a sentence end or a space; a text with no
    whitespace at all is cut hard.
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            found = text.rfind(mark, start + limit // 2, end)
            if found != -1:
                cut = found + len(mark)
                break
        if cut <= start:
            cut = end
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def parse(nlp: Language, texts: list[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """One Doc per text, in order, however long the text (see ``CHUNK_CHARS``).

    The pipeline's sanctuary components do not run here: they run on the whole
    Doc, in ``_extract``, whose errors fail one article only.
    """
    from spacy.tokens import Doc

    from sanctuary_cli.extract.components import extractors

    limit = min(CHUNK_CHARS, nlp.max_length)
    pieces = [split_long(text, limit) for text in texts]
    skip = [name for name, _ in extractors(nlp)]
    docs = nlp.pipe((piece for parts in pieces for piece in parts), batch_size=batch_size, disable=skip,
                    component_cfg=_whole_batches(nlp, batch_size))
    for parts in pieces:
        if len(parts) == 1:
            yield next(docs)
        else:
            # The pieces end on whitespace, so joining adds nothing: offsets stay those of the text.
            yield Doc.from_docs([next(docs) for _ in parts], ensure_whitespace=False)


def _whole_batches(nlp: Language, batch_size: int) -> dict[str, dict[str, Any]]:
    """Settings that let the parser and the NER parse each batch in one piece.

    spaCy's transition-based components sort a batch by length and parse it in
    quarters, one step of the transition loop for all the texts of a quarter at
    a time. A batch size four times the real one makes the quarter the whole
    batch: fewer, fuller steps. Measured on 150 Gothamist articles, the parser
    takes 7% and the NER 2% less CPU time, and every parse is the same
    (benchmarks/same_results.py).
    """
    return {name: {"batch_size": 4 * batch_size} for name, proc in nlp.pipeline if hasattr(proc, "moves")}


def iter_analyses(nlp: Language, texts: list[str]) -> Iterator[Result]:
    """Parse and extract one batch, yielding each article's result as soon as it is ready.

    An extractor that raises on one article fails that article only. A text that
    breaks spaCy itself breaks the batched parse, so the rest of the batch is
    then parsed one text at a time to pin the failure on the right article.
    """
    # The results are plain records; the strings the batch added to the
    # vocabulary are freed after it, so a worker's memory stays flat over a
    # long corpus instead of growing with every new word.
    # Except the first batch's: inside a memory zone the tokenizer caches
    # nothing and every word new to the vocabulary is made afresh, so the
    # first batch's common words are kept for good (measured: the tokenizer
    # then takes 28% less time over the next 280 articles).
    if nlp not in _WARM:
        _WARM.add(nlp)
        yield from _analyses(nlp, texts)
        return
    with nlp.memory_zone():
        yield from _analyses(nlp, texts)


# The pipelines whose vocabulary holds a first batch's words.
_WARM: weakref.WeakSet[Language] = weakref.WeakSet()


def _analyses(nlp: Language, texts: list[str]) -> Iterator[Result]:
    done = 0
    try:
        for doc in parse(nlp, texts):
            yield _extract(nlp, doc)
            done += 1
    except Exception:
        for text in texts[done:]:
            try:
                doc = next(parse(nlp, [text]))
            except Exception as exc:
                yield Failure(f"spaCy failed on this text: {type(exc).__name__}: {exc}")
            else:
                yield _extract(nlp, doc)


def _extract(nlp: Language, doc: Doc) -> Result:
    from sanctuary_cli.extract import pipeline

    try:
        with timing.stage("extract"):
            return pipeline.analyze(doc, nlp)
    except Exception as exc:
        return Failure(f"extraction failed: {type(exc).__name__}: {exc}")


class BatchCollector:
    """Frees each batch's Docs as soon as the batch is done.

    A Doc that refers to itself (the extractors keep per-Doc indexes in
    ``doc.user_data``) is freed only by Python's cycle collector, whose full
    passes are rare: left to it, a worker holds hundreds of dead Docs (measured:
    ~400 MB instead of ~150 MB). After the first batch, the model and the
    lexicons are loaded and will live as long as the process, so they are
    frozen out of later collections, which then cost a few milliseconds.
    """

    def __init__(self) -> None:
        self._frozen = False

    def after_batch(self) -> None:
        gc.collect()
        if not self._frozen:
            gc.freeze()
            self._frozen = True


class LocalEngine:
    """The NLP in ``workers`` processes on this machine, each loading the model once.

    Every article gets ``timeout`` seconds (None: no limit). A batch whose worker
    stops making progress for that long, or dies, is killed and its unfinished
    articles are retried one at a time in a fresh process; an article that fails
    again comes back as a ``Failure``, and the run goes on.
    """

    def __init__(
        self,
        model: str,
        workers: int = 1,
        timeout: float | None = DEFAULT_TIMEOUT,
        work: Work = iter_analyses,
    ) -> None:
        self.model = model
        self.workers = max(1, workers)
        self.timeout = timeout or None
        self._work = work
        self._pool: _Pool | None = None

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]:
        if self._pool is None:
            self._pool = _Pool(self.model, self.workers, self.timeout, self._work)
        yield from self._pool.run(batches)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None


# --- the worker process -------------------------------------------------------------------------


def _worker_main(conn: Connection, model: str, work: Work) -> None:
    """Load the model, then analyse each task sent, sending one message per article."""
    # Ctrl-C reaches the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    timing.start("nlp-worker")
    # One worker per core: BLAS threads of its own would only compete with the
    # other workers, and they spin while they wait. Measured on 2 cores, one
    # thread parses ~15% faster alone and far faster beside a second worker.
    # This must happen before numpy is imported (with spaCy, just below).
    for variable in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    from sanctuary_cli.nlp.model import load_model

    try:
        with timing.stage("model load"):
            nlp = load_model(model)
    except Exception as exc:
        conn.send(("broken", f"{type(exc).__name__}: {exc}"))
        return
    timing.instrument_pipeline(nlp)
    collector = BatchCollector()
    try:
        conn.send(("ready",))
        while (task := _receive_task(conn)) is not None:
            number, texts = task
            for index, result in enumerate(timing.iterate("parse and extract: other", work(nlp, texts))):
                with timing.stage("send results"):
                    conn.send(("result", number, index, result))
            with timing.stage("free the batch"):
                collector.after_batch()
            timing.save()
    except (EOFError, OSError):
        return  # the parent is gone (killed, or interrupted): nobody wants the rest


def _receive_task(conn: Connection) -> tuple[int, list[str]] | None:
    with timing.stage("wait for and receive a task"):
        task: tuple[int, list[str]] | None = conn.recv()
    return task


def _death(code: int | None) -> str:
    """Why a worker's article failed, from the worker's exit code."""
    if code == -signal.SIGKILL:
        return "its NLP worker process was killed (out of memory?)"
    return f"its NLP worker process died (exit code {code})"


# --- the parent's side of the pool -----------------------------------------------------------------


@dataclass
class _Task:
    """Some articles of one input batch, sent to one worker."""

    batch: int  # which input batch
    offset: int  # index in that batch of the first article held
    texts: list[str]
    retry: bool  # a second try of one article: its failure is final
    done: int = 0  # results received so far


@dataclass
class _Batch:
    results: list[Result | None]

    @property
    def complete(self) -> bool:
        return all(result is not None for result in self.results)


@dataclass
class _Worker:
    process: SpawnProcess
    conn: Connection
    ready: bool = False
    task: _Task | None = None
    number: int = 0  # the task's number, to ignore stray messages after a retry
    since: float = field(default_factory=time.monotonic)  # last sign of progress


def _halves(task: _Task) -> tuple[_Task, _Task]:
    half = len(task.texts) // 2
    return (_Task(task.batch, task.offset, task.texts[:half], task.retry),
            _Task(task.batch, task.offset + half, task.texts[half:], task.retry))


class _Pool:
    """Worker processes fed one task at a time, so the parent knows what each one is doing."""

    def __init__(self, model: str, size: int, timeout: float | None, work: Work) -> None:
        # spawn, not fork: the parent may run threads (the progress bar), and a
        # forked copy of a lock held by one of them would hang the worker.
        self._context = multiprocessing.get_context("spawn")
        self._model = model
        self._timeout = timeout
        self._work = work
        self._size = size
        self._workers: list[_Worker] = []  # started with the first task
        self._queue: deque[_Task] = deque()
        self._batches: dict[int, _Batch] = {}
        self._tasks = 0

    def _start(self) -> _Worker:
        with timing.stage("start nlp workers"):
            return self._spawn()

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(child, self._model, self._work), daemon=True, name="sanctuary-nlp"
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]:
        """Keep every worker busy, reading ahead a few batches, and yield results in input order."""
        incoming = iter(batches)
        exhausted = False
        next_batch = 0  # the next batch to yield
        read = 0  # batches read so far
        while True:
            while not exhausted and read - next_batch < 2 * self._size:
                texts = next(incoming, None)
                if texts is None:
                    exhausted = True
                    break
                self._batches[read] = _Batch([None] * len(texts))
                if texts:
                    self._queue.append(_Task(read, 0, texts, retry=False))
                read += 1
            if next_batch in self._batches and self._batches[next_batch].complete:
                yield [result for result in self._batches.pop(next_batch).results if result is not None]
                next_batch += 1
                continue  # room to read another batch before waiting on anything
            if exhausted and next_batch == read:
                return
            # The next batch to yield is incomplete, so some of its articles are
            # queued or with a worker: there is something to wait for.
            if not self._workers:
                self._workers = [self._start() for _ in range(self._size)]
            self._dispatch(exhausted)
            self._receive()
            self._check_stalls()

    def _dispatch(self, exhausted: bool) -> None:
        for worker in self._workers:
            if worker.ready and worker.task is None and self._queue:
                task = self._queue.popleft()
                if exhausted and len(self._queue) < len(self._workers) - 1 and len(task.texts) > 1:
                    # The end of the run: too few tasks left to go round, so
                    # take half and leave half for the next worker free, rather
                    # than leave the others idle while one parses a whole batch.
                    task, rest = _halves(task)
                    self._queue.appendleft(rest)
                self._tasks += 1
                worker.task, worker.number, worker.since = task, self._tasks, time.monotonic()
                with timing.stage("send tasks"):
                    worker.conn.send((worker.number, task.texts))

    def _receive(self) -> None:
        """Wait for messages (or the nearest deadline), and take in every message waiting."""
        deadlines = [w.since + self._timeout for w in self._workers if w.task is not None and self._timeout]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        owners: dict[Any, _Worker] = {}
        for worker in self._workers:
            owners[worker.conn] = owners[worker.process.sentinel] = worker
        dead: list[_Worker] = []
        with timing.stage("wait for the nlp"):
            ready = wait(list(owners), timeout)
        for handle in ready:
            worker = owners[handle]
            if worker not in dead and not self._drain(worker):
                dead.append(worker)
        for worker in dead:
            worker.process.join(5)  # its pipe closes a moment before it can be reaped
            self._replace(worker, _death(worker.process.exitcode))

    def _drain(self, worker: _Worker) -> bool:
        """Take every message the worker has sent; False when it has died."""
        try:
            while worker.conn.poll():
                with timing.stage("receive results"):
                    message = worker.conn.recv()
                self._handle(worker, message)
        except (EOFError, OSError):
            return False
        return worker.process.is_alive()

    def _handle(self, worker: _Worker, message: tuple[object, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            worker.ready = True
        elif kind == "broken":
            raise ModelNotFoundError(f"the NLP worker cannot load spaCy pipeline {self._model!r}: {message[1]}")
        elif kind == "result" and worker.task is not None and message[1] == worker.number:
            task = worker.task
            index, result = message[2], message[3]
            assert isinstance(index, int) and isinstance(result, (Analysis, Failure))
            self._batches[task.batch].results[task.offset + index] = result
            task.done = index + 1
            worker.since = time.monotonic()
            if task.done == len(task.texts):
                worker.task = None

    def _check_stalls(self) -> None:
        if not self._timeout:
            return
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.task is not None and now - worker.since > self._timeout:
                self._replace(worker, f"the NLP took longer than {self._timeout:g} s (see --timeout)")

    def _replace(self, worker: _Worker, reason: str) -> None:
        """Stop a dead or stalled worker, start a fresh one, and retry or fail what it held."""
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        if not worker.ready:
            # Dying before the model is loaded is no article's fault, and would recur.
            code = worker.process.exitcode
            raise SanctuaryError(f"an NLP worker process exited (code {code}) while starting up with {self._model!r}")
        self._workers[self._workers.index(worker)] = self._start()
        task = worker.task
        if task is None:
            return
        if task.retry:
            self._batches[task.batch].results[task.offset] = Failure(reason)
            return
        # Retry each unfinished article on its own, first in line, so that only
        # the one at fault is reported.
        retries = [
            _Task(task.batch, task.offset + i, [text], retry=True)
            for i, text in enumerate(task.texts) if i >= task.done
        ]
        self._queue.extendleft(reversed(retries))

    def close(self) -> None:
        """Stop the workers at once.

        They hold no state worth a clean exit, and tearing down a loaded model
        takes longer than the process needs to die.
        """
        with timing.stage("stop nlp workers"):
            self._stop()

    def _stop(self) -> None:
        for worker in self._workers:
            worker.process.kill()
        for worker in self._workers:
            worker.process.join()
            worker.conn.close()
        self._workers = []
