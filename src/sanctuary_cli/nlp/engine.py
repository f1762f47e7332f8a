"""Running the NLP stage: in worker processes here (``pool``), or on Ray (``ray_engine``).

An engine takes batches of article bodies and yields one result per body, in
order: an ``Analysis``, or a ``Failure`` saying why that article could not be
analysed (it took longer than the time limit, killed its worker process twice,
or made an extractor raise).
The local engine loads the model once, in a model server process, the first
time there is work, and forks its workers from it; a run with nothing new never
loads it, and the process that writes the store never loads it at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

from sanctuary_cli.nlp.batch import (
    BATCH_CHARS,
    BATCH_SIZE,
    CHUNK_CHARS,
    BatchCollector,
    Failure,
    Result,
    Work,
    iter_analyses,
    parse,
    split_long,
)
from sanctuary_cli.nlp.server import BLAS_THREAD_VARIABLES

if TYPE_CHECKING:
    from sanctuary_cli.nlp.pool import _Pool

__all__ = [
    "BATCH_CHARS", "BATCH_SIZE", "BLAS_THREAD_VARIABLES", "CHUNK_CHARS", "DEFAULT_TIMEOUT", "BatchCollector",
    "Engine", "Failure", "LocalEngine", "Result", "Work", "iter_analyses", "parse", "split_long",
]

# The per-article time limit for the NLP, in seconds (--timeout).
DEFAULT_TIMEOUT = 60.0


class Engine(Protocol):
    """Turns batches of texts into results, preserving order."""

    model: str

    def prepare(self) -> None:
        """There is work: start loading the model now, while the first batch is read."""

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]: ...

    def close(self) -> None: ...


class LocalEngine:
    """The NLP in ``workers`` processes on this machine, forked from one that loaded the model.

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

    def prepare(self) -> None:
        self._get_pool().start()

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]:
        yield from self._get_pool().run(batches)

    def _get_pool(self) -> _Pool:
        if self._pool is None:
            # Imported here: a run with nothing new never needs multiprocessing.
            from sanctuary_cli.nlp.pool import _Pool

            self._pool = _Pool(self.model, self.workers, self.timeout, self._work)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
