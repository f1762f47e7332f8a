"""Running the NLP stage: in this process, in worker processes, or on Ray.

An engine takes batches of article bodies and yields one ``Analysis`` per body,
in order. The model is loaded once per process (per actor on Ray), the first
time there is work, so a run with nothing new never loads it.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Protocol

from sanctuary_cli.errors import SanctuaryError

if TYPE_CHECKING:
    from spacy.language import Language

    from sanctuary_cli.extract.model import Analysis

# Measured on en_core_web_sm over news articles (benchmarks/ingest_speed.py):
# larger batches stop paying off past ~32 articles and cost memory.
BATCH_SIZE = 32


class Engine(Protocol):
    """Turns batches of texts into analyses, preserving order."""

    model: str

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Analysis]]: ...

    def close(self) -> None: ...


def analyze_texts(nlp: Language, texts: list[str]) -> list[Analysis]:
    """Parse and extract one batch in this process."""
    from sanctuary_cli.extract.pipeline import analyze

    return [analyze(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE)]


class LocalEngine:
    """The NLP in this process (one worker) or in a pool of processes."""

    def __init__(self, model: str, workers: int = 1) -> None:
        self.model = model
        self.workers = max(1, workers)
        self._nlp: Language | None = None
        self._pool: ProcessPoolExecutor | None = None

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Analysis]]:
        if self.workers == 1:
            for batch in batches:
                yield analyze_texts(self._model(), batch)
            return
        yield from self._run_pool(batches)

    def _model(self) -> Language:
        if self._nlp is None:
            from sanctuary_cli.nlp.model import load_model

            self._nlp = load_model(self.model)
        return self._nlp

    def _run_pool(self, batches: Iterable[list[str]]) -> Iterator[list[Analysis]]:
        """Keep every worker busy with one batch ahead, and yield results in order."""
        if self._pool is None:
            # fork shares the imported code; each worker then loads the model once.
            context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_init_worker, initargs=(self.model,)
            )
        pending = []
        try:
            for batch in batches:
                pending.append(self._pool.submit(_work, batch))
                if len(pending) > self.workers * 2:
                    yield pending.pop(0).result()
            for future in pending:
                yield future.result()
        except BrokenProcessPool as exc:
            raise SanctuaryError("an NLP worker process died (out of memory?); run again to resume") from exc

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


_worker_nlp: Language | None = None


def _init_worker(model: str) -> None:
    global _worker_nlp
    from sanctuary_cli.nlp.model import load_model

    _worker_nlp = load_model(model)


def _work(texts: list[str]) -> list[Analysis]:
    assert _worker_nlp is not None, "worker initialiser did not run"
    return analyze_texts(_worker_nlp, texts)
