"""The NLP stage on a Ray cluster, through Ray Data.

Texts go out as a Ray dataset, mapped in batches by a pool of actors that each
load the model once; each analysis comes back pickled, and this process puts
the results in input order for the store. Ray is an optional extra
(``pip install 'sanctuary-cli[ray]'``), imported only when this engine is used.

The input is streamed in windows of a few thousand articles, one dataset per
window, so memory stays flat however large the corpus; each window starts its
actors afresh, which costs one model load per actor per window.

Connects to ``$RAY_ADDRESS`` when set (a cluster whose nodes have sanctuary-cli
and the model installed), else starts a Ray instance on this machine with one
CPU per worker, and stops it again on ``close()``.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from sanctuary_cli.errors import SanctuaryError
from sanctuary_cli.nlp.batch import keep_freed_memory
from sanctuary_cli.nlp.engine import BATCH_SIZE, BatchCollector, Result, iter_analyses

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

# Articles per Ray dataset: enough that actor start-up is small beside the work.
WINDOW_ARTICLES = 4096

INSTALL_HINT = "pip install 'sanctuary-cli[ray]'"


class RayEngine:
    """Runs the NLP on Ray Data actors; same interface as ``LocalEngine``.

    The per-article time limit of the local engine does not apply here: Ray
    retries the work of an actor that dies, and an article whose extraction
    raises comes back as a ``Failure``.
    """

    def __init__(self, model: str, workers: int = 1, batch_size: int = BATCH_SIZE,
                 window: int = WINDOW_ARTICLES) -> None:
        try:
            import ray  # noqa: F401
        except ImportError as exc:
            raise SanctuaryError(f"--engine ray needs Ray, which is not installed: {INSTALL_HINT}") from exc
        self.model = model
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self.window = max(window, batch_size)
        self._started = False  # whether this engine started Ray (and so stops it)

    def prepare(self) -> None:
        """Nothing ahead of the first batch: Ray starts its actors then."""

    def run(self, batches: Iterable[list[str]]) -> Iterator[list[Result]]:
        self._connect()
        window: list[list[str]] = []
        size = 0
        for batch in batches:
            window.append(batch)
            size += len(batch)
            if size >= self.window:
                yield from self._run_window(window)
                window, size = [], 0
        if window:
            yield from self._run_window(window)

    def close(self) -> None:
        if self._started:
            import ray

            ray.shutdown()
            self._started = False

    def _connect(self) -> None:
        import ray
        from ray.data import DataContext

        if not ray.is_initialized():
            quiet: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
            if os.environ.get("RAY_ADDRESS"):
                ray.init(**quiet)  # ray.init reads $RAY_ADDRESS itself
            else:
                ray.init(num_cpus=self.workers, include_dashboard=False, **quiet)
            self._started = True
        # Ray Data reports each dataset's execution on stderr, which belongs to the CLI.
        logging.getLogger("ray.data").setLevel(logging.ERROR)
        context = DataContext.get_current()
        context.enable_progress_bars = False  # stderr belongs to the CLI's own progress bar
        context.print_on_execution_start = False

    def _run_window(self, window: list[list[str]]) -> Iterator[list[Result]]:
        """One dataset for these batches; yield each batch's results once all are back."""
        import ray
        from ray.data import ActorPoolStrategy

        items = [{"seq": seq, "text": text} for seq, text in enumerate(t for batch in window for t in batch)]
        if not items:
            yield from ([] for _ in window)
            return
        dataset = ray.data.from_items(items).map_batches(
            Analyzer,
            fn_constructor_args=(self.model,),
            compute=ActorPoolStrategy(size=self.workers),
            batch_size=self.batch_size,
            batch_format="numpy",
            num_cpus=1,
        )
        results: dict[int, Result] = {}
        first = 0  # seq of the first article of the next batch to yield
        pending = iter(window)
        batch = next(pending, None)
        for row in dataset.iter_rows():
            results[int(row["seq"])] = pickle.loads(row["result"])
            while batch is not None and all(seq in results for seq in range(first, first + len(batch))):
                yield [results.pop(seq) for seq in range(first, first + len(batch))]
                first += len(batch)
                batch = next(pending, None)
        if batch is not None:
            raise SanctuaryError(f"Ray returned {len(results)} analyses short of the {len(items)} sent")


class Analyzer:
    """A Ray Data actor: loads the model once, then analyses batches of texts."""

    def __init__(self, model: str) -> None:
        from sanctuary_cli.nlp.model import load_model

        keep_freed_memory()
        self.nlp = load_model(model)
        self.collector = BatchCollector()

    def __call__(self, batch: dict[str, npt.NDArray[Any]]) -> dict[str, npt.NDArray[Any]]:
        import numpy as np

        texts = [str(text) for text in batch["text"]]
        results: np.ndarray[Any, np.dtype[np.object_]] = np.empty(len(texts), dtype=object)
        # Plain pickled bytes cross Ray's Arrow blocks without any schema for the records.
        results[:] = [pickle.dumps(result) for result in iter_analyses(self.nlp, texts)]
        self.collector.after_batch()
        return {"seq": batch["seq"], "result": results}
