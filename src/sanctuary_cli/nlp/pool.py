"""The NLP worker processes, from the parent's side.

One model server (``server.py``) loads the model, the first time there is
work, and forks the workers from itself, each of which parses and extracts each
task it is sent (``batch.iter_analyses``) and sends back one message per
article. The parent feeds every worker one task at a time, so it knows what
each one holds: an article that outlasts the time limit or kills its worker is
retried alone in a fresh worker, and fails for good the second time.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing import reduction
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, NoReturn

from sanctuary_cli import timing
from sanctuary_cli.errors import ModelNotFoundError, SanctuaryError
from sanctuary_cli.extract.model import Analysis
from sanctuary_cli.nlp.batch import Failure, Result, Work
from sanctuary_cli.nlp.server import BLAS_THREAD_VARIABLES, serve

if TYPE_CHECKING:
    from multiprocessing.context import SpawnProcess

__all__ = ["BLAS_THREAD_VARIABLES"]

# Batches read ahead at most while the model loads (~1,000 articles, a few MB of text).
LOADING_READ_AHEAD = 64


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
    pid: int
    conn: Connection
    ready: bool = False
    task: _Task | None = None
    number: int = 0  # the task's number, to ignore stray messages after a retry
    since: float = field(default_factory=time.monotonic)  # last sign of progress

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)


def _halves(task: _Task) -> tuple[_Task, _Task]:
    half = len(task.texts) // 2
    return (_Task(task.batch, task.offset, task.texts[:half], task.retry),
            _Task(task.batch, task.offset + half, task.texts[half:], task.retry))


class _Pool:
    """Worker processes fed one task at a time, so the parent knows what each one is doing."""

    def __init__(self, model: str, size: int, timeout: float | None, work: Work) -> None:
        # spawn, not fork: the parent may run threads (the progress bar), and a
        # forked copy of a lock held by one of them would hang the server.
        self._context = multiprocessing.get_context("spawn")
        self._model = model
        self._timeout = timeout
        self._work = work
        self._size = size
        self._server: SpawnProcess | None = None  # started with the first task
        self._control: Connection | None = None
        self._workers: list[_Worker] = []
        self._loaded = False  # the server has loaded the model
        self._queue: deque[_Task] = deque()
        self._batches: dict[int, _Batch] = {}
        self._tasks = 0

    def start(self) -> None:
        """Start the server, unless started, and ask it for the workers: they come once the model is loaded."""
        if self._server is None:
            self._start()

    def _start(self) -> None:
        with timing.stage("start nlp workers"):
            parent, child = self._context.Pipe()
            server = self._context.Process(
                target=serve, args=(child, self._model, self._work), daemon=True, name="sanctuary-nlp"
            )
            server.start()
            child.close()
            self._server, self._control = server, parent
            for _ in range(self._size):
                self._ask()

    def _ask(self) -> None:
        assert self._control is not None
        try:
            self._control.send(("fork",))
        except OSError:
            self._server_died()

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]:
        """Keep every worker busy, reading ahead a few batches, and yield results in input order."""
        incoming = iter(batches)
        exhausted = False
        next_batch = 0  # the next batch to yield
        read = 0  # batches read so far
        while True:
            while not exhausted and read - next_batch < self._read_ahead():
                texts = next(incoming, None)
                if texts is None:
                    exhausted = True
                    break
                self._batches[read] = _Batch([None] * len(texts))
                if texts:
                    self._queue.append(_Task(read, 0, texts, retry=False))
                    self.start()  # the model loads while the next batches are read
                read += 1
            # Every free worker gets its next task before the batch done is
            # yielded (and written): no worker waits on the store.
            self._dispatch(exhausted)
            if next_batch in self._batches and self._batches[next_batch].complete:
                yield [result for result in self._batches.pop(next_batch).results if result is not None]
                next_batch += 1
                continue  # room to read another batch before waiting on anything
            if exhausted and next_batch == read:
                return
            # The next batch to yield is incomplete, so some of its articles are
            # queued or with a worker: there is something to wait for.
            self._receive()
            self._check_stalls()

    def _read_ahead(self) -> int:
        """Batches to hold read and unfinished: a few, or while the model loads, as many as it takes.

        Reading and cleaning articles while a core waits for the model costs
        nothing; once the workers parse, it would take its time from them.
        """
        if self._server is None or self._loaded or self._control is None:
            return 2 * self._size
        if self._control.poll():
            self._hear_server()
        return 2 * self._size if self._loaded else LOADING_READ_AHEAD

    def _dispatch(self, exhausted: bool) -> None:
        for worker in self._workers:
            if worker.ready and worker.task is None and self._queue:
                task = self._queue.popleft()
                if exhausted and len(self._queue) < self._size - 1 and len(task.texts) > 1:
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
        assert self._server is not None and self._control is not None
        deadlines = [w.since + self._timeout for w in self._workers if w.task is not None and self._timeout]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        owners: dict[Any, _Worker] = {worker.conn: worker for worker in self._workers}
        with timing.stage("wait for the nlp"):
            ready = wait([*owners, self._control, self._server.sentinel], timeout)
        dead = [owners[handle] for handle in ready if handle in owners and not self._drain(owners[handle])]
        if self._control in ready or self._server.sentinel in ready:
            self._hear_server()
        for worker in dead:
            self._replace(worker, _death(self._retire(worker)))

    def _drain(self, worker: _Worker) -> bool:
        """Take every message the worker has sent; False when it has died."""
        try:
            while worker.conn.poll():
                with timing.stage("receive results"):
                    message = worker.conn.recv()
                self._handle(worker, message)
        except (EOFError, OSError):
            return False
        return True

    def _handle(self, worker: _Worker, message: tuple[object, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            worker.ready = True
        elif kind == "result" and worker.task is not None and message[1] == worker.number:
            task = worker.task
            index, result = message[2], message[3]
            assert isinstance(index, int) and isinstance(result, (Analysis, Failure))
            self._batches[task.batch].results[task.offset + index] = result
            task.done = index + 1
            worker.since = time.monotonic()
            if task.done == len(task.texts):
                worker.task = None

    def _hear_server(self) -> None:
        """Take every message the server has sent: that the model is loaded, or a new worker."""
        assert self._control is not None
        try:
            while self._control.poll():
                self._from_server(self._control.recv())
        except (EOFError, OSError):
            self._server_died()

    def _from_server(self, message: tuple[Any, ...]) -> None:
        assert self._control is not None
        kind = message[0]
        if kind == "ready":
            self._loaded = True
        elif kind == "broken":
            raise ModelNotFoundError(f"the NLP worker cannot load spaCy pipeline {self._model!r}: {message[1]}")
        elif kind == "worker":
            conn = Connection(reduction.recv_handle(self._control))
            self._workers.append(_Worker(message[1], conn))

    def _server_died(self) -> NoReturn:
        assert self._server is not None
        # Its connection closes as it dies; its sentinel only once its workers
        # (which inherited it) are gone too, so the exit code is read, not waited for.
        code = self._server.exitcode
        deadline = time.monotonic() + 5
        while code is None and time.monotonic() < deadline:
            time.sleep(0.01)
            code = self._server.exitcode
        raise SanctuaryError(f"the NLP model process exited (code {code}) while working with {self._model!r}")

    def _retire(self, worker: _Worker) -> int | None:
        """Stop a worker and wait for the server to reap it; its exit code."""
        assert self._control is not None
        worker.kill()
        worker.conn.close()
        self._workers.remove(worker)
        try:
            self._control.send(("reap", worker.pid))
            while True:
                message = self._control.recv()
                if message[0] == "reaped" and message[1] == worker.pid:
                    code: int | None = message[2]
                    return code
                self._from_server(message)
        except (EOFError, OSError):
            self._server_died()

    def _check_stalls(self) -> None:
        if not self._timeout:
            return
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.task is not None and now - worker.since > self._timeout:
                self._retire(worker)
                self._replace(worker, f"the NLP took longer than {self._timeout:g} s (see --timeout)")

    def _replace(self, worker: _Worker, reason: str) -> None:
        """Ask for a fresh worker in place of a retired one, and retry or fail what it held."""
        if not worker.ready:
            # Dying before it could take any work is no article's fault, and would recur.
            raise SanctuaryError(f"an NLP worker process exited while starting up with {self._model!r}")
        self._ask()
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
        """Stop the workers at once, and the server once it has reaped them.

        They hold no state worth a clean exit, and tearing down a loaded model
        takes longer than the process needs to die.
        """
        with timing.stage("stop nlp workers"):
            self._stop()

    def _stop(self) -> None:
        for worker in self._workers:
            worker.kill()
            worker.conn.close()
        self._workers = []
        if self._control is not None:
            self._control.close()  # the server kills and reaps what is left, then exits
            self._control = None
        if self._server is not None:
            if not self._loaded:
                self._server.kill()  # still loading the model: nothing to wait for
            self._server.join(10)
            if self._server.exitcode is None:
                self._server.kill()
                self._server.join()
            self._server = None
