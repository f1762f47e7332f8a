"""A reproducible random sample of a JSONL corpus, shared by the benchmark scripts."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/corpora/gothamist-nyc/gothamist-nyc.jsonl")


def write_sample(corpus: Path, size: int, seed: int, out: Path) -> Path:
    """``size`` lines of ``corpus`` drawn at random, in one pass (reservoir sampling), written to ``out``."""
    rng = random.Random(seed)
    chosen: list[str] = []
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number < size:
                chosen.append(line)
            else:
                slot = rng.randint(0, number)
                if slot < size:
                    chosen[slot] = line
    out.write_text("".join(chosen), encoding="utf-8")
    return out


def add_sample_arguments(parser: argparse.ArgumentParser, articles_note: str = "") -> None:
    """The corpus, sample size and seed every benchmark script takes."""
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="a JSONL corpus")
    parser.add_argument("--articles", type=int, default=300, help=f"sample size (default 300{articles_note})")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the sample")
