"""Where every second of an ingest goes: wall and CPU seconds per stage, in each process.

Runs ``sanctuary ingest`` as its own process over a sample of a JSONL corpus,
with ``$SANCTUARY_TIMINGS`` set so that the ingest and each NLP worker charge
their time to stages (``sanctuary_cli/timing.py``), and prints the stages of
each process beside the run's measured totals: the wall time from launch to
exit, and the CPU time (user + system) of the whole process tree. The rows add
up to those totals; what they miss is printed as "not accounted for".

    python benchmarks/breakdown.py [CORPUS.jsonl] [--articles 300] [--workers 1] [--reingest]
                                   [--stock] [--batch-size N]

``--reingest`` also times a second ingest of the same sample into the same
store (every article unchanged, so skipped). ``--stock`` also times spaCy's
``nlp.pipe`` with every component and batches of 64 over the same bodies, in
CPU seconds, for the ratio the ingest is held to.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from sample import add_sample_arguments, write_sample

from sanctuary_cli.timing import ENV, STARTUP

# The stock pipeline: every component, batches of 64, over the bodies the ingest parses (every PARTS-th
# from PART on, when given: `python -c STOCK SAMPLE [PART PARTS]`). Prints the model load's wall seconds
# (spaCy's import included), the parse's wall and CPU seconds, and the pipeline's components.
STOCK = """
import sys, time
from sanctuary_cli.corpus.loader import SourceArticle, load
from sanctuary_cli.nlp.model import model_name
part, parts = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 1)
texts = [a.body.text for a in load([sys.argv[1]]) if isinstance(a, SourceArticle)][part::parts]
start = time.perf_counter()
import spacy
nlp = spacy.load(model_name())
loaded, cpu = time.perf_counter(), time.process_time()
for doc in nlp.pipe(texts, batch_size=64):
    pass
parse, parse_cpu = time.perf_counter() - loaded, time.process_time() - cpu
print(f"{loaded - start:.2f} {parse:.3f} {parse_cpu:.3f} {','.join(nlp.pipe_names)}")
"""

@dataclass
class Measured:
    """One command run to completion: wall seconds, and CPU seconds of its whole process tree."""

    wall: float
    cpu: float
    stderr: str = ""


@dataclass
class Process:
    label: str
    role: str
    stages: dict[str, tuple[float, float, int]]
    started: float
    saved: float

    @property
    def cpu(self) -> float:
        return sum(cpu for _, cpu, _ in self.stages.values())

    @property
    def wall(self) -> float:
        return sum(wall for wall, _, _ in self.stages.values())


@dataclass
class Account:
    run: Measured
    processes: list[Process] = field(default_factory=list)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_sample_arguments(parser)
    parser.add_argument("--workers", type=int, default=1, help="NLP worker processes (default 1)")
    parser.add_argument("--reingest", action="store_true", help="also time a re-ingest of the unchanged sample")
    parser.add_argument("--stock", action="store_true", help="also time stock nlp.pipe (batch 64) on the bodies")
    args = parser.parse_args()
    run_breakdown(args.corpus, args.articles, args.seed, args.workers, args.reingest, args.stock)


def run_breakdown(corpus: Path, articles: int, seed: int, workers: int, reingest: bool, stock: bool) -> None:
    print(f"load average at start: {load_average()}")
    compile_package()
    with tempfile.TemporaryDirectory(prefix="sanctuary-breakdown-") as tmp:
        folder = Path(tmp)
        sample = write_sample(corpus, articles, seed, folder / "sample.jsonl")
        print(f"sample: {articles} articles from {corpus}; ingest --workers {workers}\n")
        first = account(sample, folder / "store.db", folder / "first", workers)
        print_account(f"ingest --workers {workers}", first)
        if reingest:
            again = account(sample, folder / "store.db", folder / "again", workers)
            print_account("re-ingest, unchanged", again)
            print(f"\nre-ingest: {first.run.wall / again.run.wall:.0f}x faster by wall, "
                  f"{first.run.cpu / again.run.cpu:.0f}x by CPU (>= 100)")
        if stock:
            base = measure([sys.executable, "-c", STOCK, str(sample)])
            print(f"\nstock nlp.pipe, every component, batch 64: {base.wall:.2f} s wall, {base.cpu:.2f} CPU s")
            print(f"ingest --workers {workers}: {first.run.cpu:.2f} CPU s = "
                  f"{base.cpu / first.run.cpu:.2f}x stock by CPU (>= 1.2), "
                  f"{base.wall / first.run.wall:.2f}x by wall")
    print(f"\nload average at end: {load_average()}")


def compile_package() -> None:
    """Compile the package's bytecode, as pip install does (this host sets PYTHONDONTWRITEBYTECODE)."""
    import sanctuary_cli

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(sanctuary_cli.__file__).parent)],
                   check=True, stdout=subprocess.DEVNULL)


def account(sample: Path, store: Path, timings: Path, workers: int) -> Account:
    command = [sys.executable, "-m", "sanctuary_cli", "ingest", str(sample), "--workers", str(workers)]
    launched = time.time()
    run = measure(command, {ENV: str(timings), "SANCTUARY_STORE": str(store)})
    result = Account(run)
    files = sorted(timings.glob("*.json"), key=lambda path: path.stat().st_mtime)
    numbers: dict[str, int] = defaultdict(int)
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        numbers[data["role"]] += 1
        label = data["role"] if data["role"] == "ingest" else f"{data['role']} {numbers[data['role']]}"
        stages = {name: (values[0], values[1], int(values[2])) for name, values in data["stages"].items()}
        if data["role"] == "ingest":
            # The process's start as the launcher saw it, more precise than /proc's 10 ms ticks.
            _, cpu, count = stages[STARTUP]
            stages[STARTUP] = (data["timers_started"] - launched, cpu, count)
        result.processes.append(Process(label, data["role"], stages, data["process_started"], data["saved"]))
    return result


def measure(command: list[str], env: dict[str, str] | None = None) -> Measured:
    """Wall time from launch to exit; CPU time of the command and every process it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command[:4])} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Measured(wall, cpu, done.stderr)


def kind(stage: str) -> str:
    """Which part of the work a stage is: the parse, the extraction, or everything else."""
    if stage.startswith("component: sanctuary") or stage == "extract" or stage.startswith("extract:"):
        return "extraction"
    if stage.startswith("component: "):
        return "parse"
    return "other"


def print_account(title: str, result: Account) -> None:
    run = result.run
    print(f"{title}: {run.wall:.2f} s wall, {run.cpu:.2f} CPU s (the process tree)")
    print(f"  {'process':14} {'stage':40} {'wall s':>8} {'CPU s':>8} {'CPU %':>6} {'calls':>7}")
    for process in result.processes:
        for name, (wall, cpu, count) in sorted(process.stages.items(), key=lambda item: -item[1][1]):
            if wall < 0.0005 and cpu < 0.0005:
                continue
            print(f"  {process.label:14} {name:40} {wall:8.3f} {cpu:8.3f} {cpu / run.cpu:6.1%} {count:7}")
        print(f"  {process.label:14} {'= the process':40} {process.wall:8.3f} {process.cpu:8.3f}"
              f" {process.cpu / run.cpu:6.1%}")
    parent = next((p for p in result.processes if p.role == "ingest"), None)
    rows_cpu = sum(p.cpu for p in result.processes)
    missing_cpu = run.cpu - rows_cpu
    print(f"  {'':14} {'sum of the rows':40} {parent.wall if parent else 0:8.3f} {rows_cpu:8.3f}"
          f" {rows_cpu / run.cpu:6.1%}   (wall: the ingest process's rows)")
    missing_wall = run.wall - (parent.wall if parent else 0.0)
    print(f"  {'':14} {'not accounted for':40} {missing_wall:8.3f} {missing_cpu:8.3f}"
          f" {missing_cpu / run.cpu:6.1%}   (wall {missing_wall / run.wall:.1%}: interpreter exit)")
    parts: dict[str, float] = defaultdict(float)
    for process in result.processes:
        for name, (_, cpu, _) in process.stages.items():
            parts[kind(name)] += cpu
    outside = run.cpu - parts["parse"] - parts["extraction"]
    print(f"  by CPU: parse {parts['parse']:.2f} s, extraction {parts['extraction']:.2f} s, "
          f"everything else {outside:.2f} s = {outside / run.cpu:.1%} of the run (<= 10%)\n")


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg()) + f" on {os.cpu_count()} cores"
    except OSError:
        return "unknown"


if __name__ == "__main__":
    main()
