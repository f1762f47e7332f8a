"""Where an ingest's seconds go: stage timers, off unless ``$SANCTUARY_TIMINGS`` names a folder.

Each process of a run (the ingest and every NLP worker) charges its wall and
CPU seconds to the stage it is in. Stages nest: entering one pauses the one
around it, so every second is charged to exactly one stage, and the stages of a
process add up to its life. The first stage, from the process's start to the
call of ``start``, is the interpreter's start-up and the imports.

Timers sit at stage boundaries only (reading, each pipeline component, each
sanctuary component, the rest of the extraction, moving results between
processes, writing, committing), so they keep measuring whatever runs inside
each stage. Each process writes its totals to
``$SANCTUARY_TIMINGS/<role>-<pid>.json``; ``benchmarks/breakdown.py`` reads
them. When the variable is unset every hook is a no-op.
"""

from __future__ import annotations

import atexit
import json
import os
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language

ENV = "SANCTUARY_TIMINGS"
STARTUP = "start-up and imports"

T = TypeVar("T")

_NOTHING: AbstractContextManager[None] = nullcontext()


class _Clock:
    """Exclusive stage timers for one process."""

    def __init__(self, folder: Path, role: str) -> None:
        self.folder = folder
        self.role = role
        self.pid = os.getpid()
        self.totals: dict[str, list[float]] = {}  # stage -> [wall, cpu, entries]
        self.stack = [f"{role}: outside the timed stages"]
        self.started = _process_started()
        self.epoch = time.time()
        self.wall = time.perf_counter()
        self.cpu = time.process_time()
        # Everything before this moment: the interpreter, the imports, and for
        # the ingest the command line.
        self.totals[STARTUP] = [self.epoch - self.started if self.started else 0.0, self.cpu, 1]

    def _charge(self) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        entry = self.totals.setdefault(self.stack[-1], [0.0, 0.0, 0])
        entry[0] += wall - self.wall
        entry[1] += cpu - self.cpu
        self.wall, self.cpu = wall, cpu

    def push(self, name: str) -> None:
        self._charge()
        self.stack.append(name)
        self.totals.setdefault(name, [0.0, 0.0, 0])[2] += 1

    def pop(self) -> None:
        self._charge()
        self.stack.pop()

    def save(self) -> None:
        self._charge()
        data = {
            "role": self.role, "pid": os.getpid(), "process_started": self.started, "timers_started": self.epoch,
            "saved": time.time(), "stages": self.totals,
        }
        path = self.folder / f"{self.role}-{os.getpid()}.json"
        partial = path.with_suffix(".part")
        partial.write_text(json.dumps(data), encoding="utf-8")
        partial.replace(path)


_clock: _Clock | None = None


def start(role: str) -> None:
    """Begin timing this process when ``$SANCTUARY_TIMINGS`` is set; saved at exit and on ``save()``.

    A process forked from a timed one starts a clock of its own: what it inherited is its parent's.
    """
    global _clock
    folder = os.environ.get(ENV)
    if not folder or (_clock is not None and _clock.pid == os.getpid()):
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    forked = _clock is not None
    _clock = _Clock(Path(folder), role)
    if not forked:
        atexit.register(save)


def enabled() -> bool:
    return _clock is not None


def save() -> None:
    """Write this process's totals so far (a worker saves after each batch: it is killed, not exited)."""
    if _clock is not None:
        _clock.save()


def stage(name: str) -> AbstractContextManager[None]:
    """The seconds spent in the block, minus those of stages entered inside it."""
    return _NOTHING if _clock is None else _stage(_clock, name)


@contextmanager
def _stage(clock: _Clock, name: str) -> Iterator[None]:
    clock.push(name)
    try:
        yield
    finally:
        clock.pop()


def iterate(name: str, items: Iterable[T]) -> Iterator[T]:
    """``items``, with the time spent producing each one charged to ``name``."""
    if _clock is None:
        return iter(items)
    return _timed_iter(_clock, name, iter(items))


def _timed_iter(clock: _Clock, name: str, items: Iterator[T]) -> Iterator[T]:
    while True:
        clock.push(name)
        try:
            item = next(items)
        except StopIteration:
            return
        finally:
            clock.pop()
        yield item


class _TimedComponent:
    """A pipeline component, or the tokenizer, whose work is charged to its own stage."""

    def __init__(self, name: str, inner: Any) -> None:
        self._name = name
        self._inner = inner

    def __call__(self, doc: Any, **kwargs: Any) -> Any:
        with stage(self._name):
            return self._inner(doc, **kwargs)

    def pipe(self, docs: Iterable[Any], **kwargs: Any) -> Iterator[Any]:
        if hasattr(self._inner, "pipe"):
            # The component pulls docs from the one before it: time spent there
            # is charged to that one, not to this.
            return iterate(self._name, self._inner.pipe(docs, **kwargs))
        kwargs.pop("batch_size", None)
        return iterate(self._name, (self._inner(doc, **kwargs) for doc in docs))

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._inner, attribute)


def instrument_pipeline(nlp: Language) -> None:
    """Charge the tokenizer and each parsing component to a stage of its own name.

    The sanctuary components are left as they are: they charge their own time
    (``extract.components.Extractor``), and the extraction finds them by type.
    """
    if _clock is None:
        return
    from sanctuary_cli.extract.components import Extractor

    nlp.tokenizer = _TimedComponent("component: tokenizer", nlp.tokenizer)
    components = getattr(nlp, "_components", None)
    if isinstance(components, list):
        components[:] = [
            (name, proc if isinstance(proc, Extractor) else _TimedComponent(f"component: {name}", proc))
            for name, proc in components
        ]


def _process_started() -> float:
    """When this process started, seconds since the epoch (Linux, to 10 ms; 0.0 where unknown)."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0
    return time.time() - age
