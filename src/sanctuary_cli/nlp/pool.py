"""The worker processes of the local engine, and the parent's side of them.

Each worker loads the model once, the first time there is work, then parses and
extracts each task it is sent (``batch.iter_analyses``) and sends back one
message per article. The parent feeds every worker one task at a time, so it
knows what each one holds: an article that outlasts the time limit or kills its
worker is retried alone in a fresh process, and fails for good the second time.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any

from sanctuary_cli import timing
from sanctuary_cli.errors import ModelNotFoundError, SanctuaryError
from sanctuary_cli.extract.model import Analysis
from sanctuary_cli.nlp.batch import BatchCollector, Failure, Result, Work

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

# The variables the BLAS libraries under numpy read for their thread count.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


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
