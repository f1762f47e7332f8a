"""How much faster two processes parse than one on this host: the ceiling of ``--workers 2``.

Runs spaCy's stock ``nlp.pipe`` (the ingest's pipeline, batches of 64, one BLAS
thread) over the article bodies of a sample, first in one process over all of
them, then in two processes side by side, each over every other article. Only
the parse is timed, inside each process, after the model is loaded: no reading,
no extraction, no store, no pool. The ratio of the lone parse to the slower of
the two halves is what two cores give the parse itself; ``ingest --workers 2``
cannot beat it, since it adds to it the parts that run on one core (start, model
load, the people across articles). The CPU row shows why the ratio falls short
of 2: the same texts cost more CPU seconds when two processes parse at once.

    python benchmarks/parallel_ceiling.py [CORPUS.jsonl] [--articles 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from breakdown import STOCK, load_average
from sample import add_sample_arguments, write_sample

from sanctuary_cli.nlp.engine import BLAS_THREAD_VARIABLES


def parse(sample: Path, parts: int) -> list[tuple[float, float]]:
    """Wall and CPU seconds of each of ``parts`` processes parsing side by side."""
    env = {**os.environ, **dict.fromkeys(BLAS_THREAD_VARIABLES, "1")}
    processes = [
        subprocess.Popen([sys.executable, "-c", STOCK, str(sample), str(part), str(parts)],
                         stdout=subprocess.PIPE, text=True, env=env)
        for part in range(parts)
    ]
    times = []
    for process in processes:
        out, _ = process.communicate()
        if process.returncode:
            raise SystemExit(f"a parse process failed (exit {process.returncode})")
        _, wall, cpu, _ = out.split()
        times.append((float(wall), float(cpu)))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_sample_arguments(parser)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (median kept)")
    args = parser.parse_args()
    print(f"load average at start: {load_average()}")
    ratios, alone_cpu, pair_cpu = [], [], []
    with tempfile.TemporaryDirectory(prefix="sanctuary-ceiling-") as tmp:
        sample = write_sample(args.corpus, args.articles, args.seed, Path(tmp) / "sample.jsonl")
        print(f"{'round':>5}  {'one wall s':>10}  {'two wall s':>10}  {'one CPU s':>9}  {'two CPU s':>9}  ratio")
        for round_ in range(1, args.rounds + 1):
            [(one_wall, one_cpu)] = parse(sample, 1)
            pair = parse(sample, 2)
            two_wall = max(wall for wall, _ in pair)
            two_cpu = sum(cpu for _, cpu in pair)
            ratios.append(one_wall / two_wall)
            alone_cpu.append(one_cpu)
            pair_cpu.append(two_cpu)
            print(f"{round_:>5}  {one_wall:>10.2f}  {two_wall:>10.2f}  {one_cpu:>9.2f}  {two_cpu:>9.2f}"
                  f"  {ratios[-1]:.2f}x")
    extra = statistics.median(pair_cpu) / statistics.median(alone_cpu) - 1
    print(f"\nmedian: two processes parse {statistics.median(ratios):.2f}x faster than one "
          f"(CPU seconds {extra:+.1%} when side by side)")
    print(f"load average at end: {load_average()}")


if __name__ == "__main__":
    main()
