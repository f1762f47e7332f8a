"""The model server: one process loads the model, then forks every NLP worker from itself.

A worker forked from the loaded server starts at once and shares the model's
memory with it, copy on write, instead of starting an interpreter, importing
spaCy and loading the model on its own (about 1 CPU second each, measured on
en_core_web_sm with the sanctuary components). The server is started with the
spawn method, so it holds none of the parent's threads (the progress bar);
loading the model starts none either (numpy's BLAS is held to one thread
first), so forking it is safe. Forking needs a POSIX system (``os.fork``).

The parent talks to the server over one connection (``pool._Pool``):

- the server sends ``("ready",)`` once the model is loaded, or ``("broken", why)``;
- ``("fork",)`` asks for a worker: the server replies ``("worker", pid)``
  followed by the parent's end of the worker's own connection (a file
  descriptor, ``multiprocessing.reduction.send_handle``);
- ``("reap", pid)`` asks for a worker's exit code, once it has died or been
  killed: the reply is ``("reaped", pid, code)``.

When the parent closes its end, the server kills the workers still running,
waits for every one (so their CPU time is counted in the parent's), and exits.
A worker sends one message per article (``("result", task, index, result)``)
and exits when its connection closes.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import traceback
from typing import TYPE_CHECKING

from sanctuary_cli import timing
from sanctuary_cli.nlp.batch import BatchCollector, Work, keep_freed_memory, warm_up

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from spacy.language import Language

# The variables the BLAS libraries under numpy read for their thread count.
BLAS_THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# An invented article that takes every extractor through the lexicons and the
# gazetteer they load on first use, so that each worker inherits them loaded.
WARM_UP = (
    "Mayor Jane Doe of Springfield, Illinois, said on Monday that the city would not help "
    "Immigration and Customs Enforcement agents. “We will not hand anyone over to ICE,” Doe said. "
    "Sheriff Tom Roe of Cook County told reporters the jail would honor federal detainers."
)


def serve(control: Connection, model: str, work: Work) -> None:
    """Load the model, then fork a worker for each request until the parent hangs up."""
    # Ctrl-C reaches the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    timing.start("nlp-server")
    # One worker per core: BLAS threads of their own would only compete with the
    # other workers, and they spin while they wait. Measured on 2 cores, one
    # thread parses ~15% faster alone and far faster beside a second worker.
    # This must happen before numpy is imported (with spaCy, just below).
    for variable in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    keep_freed_memory()
    try:
        with timing.stage("model load"):
            nlp = _load(model)
    except Exception as exc:
        control.send(("broken", f"{type(exc).__name__}: {exc}"))
        return
    timing.instrument_pipeline(nlp)
    # The model lives as long as the process: kept out of the cycle collector's
    # passes here, and in every worker, it is never walked (nor its pages copied).
    # Without a collection first: it would walk the whole heap (~40 ms) to free
    # the little garbage the load left.
    gc.freeze()
    timing.save()
    children: set[int] = set()
    try:
        control.send(("ready",))
        _answer(control, nlp, work, children)
    except (EOFError, OSError):
        pass  # the parent hung up
    with timing.stage("stop nlp workers"):
        _stop(children)
    timing.save()
    sys.stdout.flush()
    sys.stderr.flush()
    # Tearing down a loaded model takes longer than the process needs to die, and nothing is left to save.
    os._exit(0)


def _load(model: str) -> Language:
    from sanctuary_cli.nlp.model import load_model

    nlp = load_model(model)
    warm_up(nlp, WARM_UP)
    return nlp


def _answer(control: Connection, nlp: Language, work: Work, children: set[int]) -> None:
    while True:
        request = control.recv()
        if request[0] == "fork":
            _fork(control, nlp, work, children)
        elif request[0] == "reap":
            pid = request[1]
            children.discard(pid)
            control.send(("reaped", pid, _reap(pid)))


def _fork(control: Connection, nlp: Language, work: Work, children: set[int]) -> None:
    from multiprocessing import Pipe, reduction

    ours, theirs = Pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    with timing.stage("fork a worker"):
        pid = os.fork()
    if pid == 0:
        code = 0
        try:
            control.close()
            ours.close()
            _work(theirs, nlp, work)
        except BaseException:
            traceback.print_exc()
            code = 1
        finally:
            os._exit(code)
    theirs.close()
    children.add(pid)
    control.send(("worker", pid))
    reduction.send_handle(control, ours.fileno(), os.getppid())
    ours.close()


def _reap(pid: int) -> int | None:
    """The exit code of a dead child: negative for the signal that killed it."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return None
    return os.waitstatus_to_exitcode(status)


def _stop(children: set[int]) -> None:
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    for pid in children:
        _reap(pid)


# --- a worker, forked from the server ----------------------------------------------------------


def _work(conn: Connection, nlp: Language, work: Work) -> None:
    """Analyse each task sent, sending one message per article, until the parent hangs up."""
    timing.start("nlp-worker")
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
