"""How close two NLP workers come to half the time of one: the pool alone, no parse.

Each article's "analysis" sleeps for a time drawn like a Gothamist article's
analysis time (mostly short, a long tail), so what is measured is the pool:
dispatch, moving results, and how evenly the end of a run is shared. Prints the
wall time of 300 such articles in batches of 16 on two workers, already
started, against the ideal (the total sleep divided by two).

    python benchmarks/pool_tail.py [--seeds 3]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sanctuary_cli.extract.model import Analysis
from sanctuary_cli.nlp.engine import BATCH_SIZE, LocalEngine, Result


def sleepy(nlp: object, texts: list[str]) -> Iterator[Result]:
    for text in texts:
        time.sleep(float(text))
        yield Analysis()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=3, help="runs, each with its own draw of times")
    args = parser.parse_args()
    import spacy

    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "blank"
        spacy.blank("en").to_disk(model)
        for seed in range(1, args.seeds + 1):
            rng = random.Random(seed)
            texts = [f"{min(0.4, rng.expovariate(1 / 0.05)):.3f}" for _ in range(300)]
            engine = LocalEngine(str(model), workers=2, work=sleepy)
            try:
                list(engine.run(iter([["0"], ["0"], ["0"], ["0"]])))  # the workers started
                start = time.perf_counter()
                batches = [texts[i:i + BATCH_SIZE] for i in range(0, len(texts), BATCH_SIZE)]
                count = sum(len(results) for results in engine.run(iter(batches)))
                wall = time.perf_counter() - start
            finally:
                engine.close()
            ideal = sum(float(text) for text in texts) / 2
            print(f"seed {seed}: {count} articles, {wall:.2f} s, ideal {ideal:.2f} s, {wall - ideal:+.2f} s over")


if __name__ == "__main__":
    main()
