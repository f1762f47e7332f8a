"""Ingest speed and memory, side by side in one run on the same texts.

Rows, each a separate process timed from start to exit (model loading included):

- stock: spaCy's ``nlp.pipe`` with every component of the pipeline, batches
  of 64, over the article bodies the ingest analyses (parse only, no
  extraction, no store);
- ``sanctuary ingest --workers 1`` and ``--workers 2`` into fresh stores;
- a re-ingest of the unchanged corpus;
- ``sanctuary quotes --person Homan`` against ``python -c "import spacy"``.

With ``--memory 200,2000`` it also ingests samples of those sizes and compares
peak memory (the whole process tree: the ingest, its model server and NLP workers),
each page counted once: a page the forked workers share with the model server
is split between them (the proportional set size, Linux ``smaps_rollup``; the
resident size where that is not readable). The timed rows' "peak MB" is the resident
sizes of the tree's processes added up (a shared page counted in each), which is cheap to
read and so does not slow what is timed.

Each row shows wall time and CPU time (user + system of the whole process tree,
workers included): on a shared host the wall clock swings with the load, CPU
time far less. ``--breakdown`` prints instead where every second of one ingest
goes, stage by stage (``benchmarks/breakdown.py``).

    python benchmarks/speed.py [CORPUS.jsonl] [--articles 300] [--memory 200,2000]
                               [--query-store STORE] [--breakdown [--workers N]]
    python benchmarks/speed.py --articles 0 --memory 200,2000     # memory only

The sample is drawn at random (``--seed``) from a JSONL corpus, default the
Gothamist one, into a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from breakdown import STOCK, load_average, run_breakdown
from sample import add_sample_arguments, write_sample

from sanctuary_cli.nlp.engine import BLAS_THREAD_VARIABLES

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class Run:
    label: str
    seconds: float
    peak_mb: float  # proportional set size of the process tree
    detail: str = ""
    cpu: float = 0.0  # user + system seconds of the whole process tree
    peak_rss_mb: float = 0.0  # the resident sizes of its processes, added up (shared pages counted in each)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_sample_arguments(parser, "; 0: no speed runs")
    parser.add_argument("--memory", default="", help="sample sizes to compare peak memory, e.g. 200,2000")
    parser.add_argument("--query-store", type=Path, help="also time the query on this (large) store")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the short commands (median kept)")
    parser.add_argument("--breakdown", action="store_true",
                        help="instead: where every second of one ingest goes (wall and CPU per stage)")
    parser.add_argument("--workers", type=int, default=1, help="with --breakdown: NLP workers (default 1)")
    args = parser.parse_args()
    if args.breakdown:
        run_breakdown(args.corpus, args.articles or 300, args.seed, args.workers, reingest=True, stock=True)
        return

    print(f"load average at start: {load_average()}")
    # As pip installs it: with bytecode compiled (an editable install under
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module at each start).
    import sanctuary_cli

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(sanctuary_cli.__file__).parent)],
                   check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="sanctuary-bench-") as tmp:
        folder = Path(tmp)
        if args.articles:
            sample = write_sample(args.corpus, args.articles, args.seed, folder / "sample.jsonl")
            words = corpus_words(sample)
            print(f"sample: {args.articles} articles, {words:,} words, from {args.corpus}\n")
            speed(sample, words, folder, args.repeat, args.query_store)
        if args.memory:
            sizes = [int(size) for size in args.memory.split(",")]
            memory(args.corpus, sizes, args.seed, folder)
    print(f"\nload average at end: {load_average()}")


def speed(sample: Path, words: int, folder: Path, repeat: int, query_store: Path | None) -> None:
    stock = timed("stock nlp.pipe", [sys.executable, "-c", STOCK, str(sample)])
    # The same, with numpy's BLAS on one thread as the ingest's workers run it:
    # shows how much of the gain that setting alone brings.
    one_thread = dict.fromkeys(BLAS_THREAD_VARIABLES, "1")
    stock_one = timed("stock nlp.pipe, 1 BLAS thread", [sys.executable, "-c", STOCK, str(sample)], one_thread)
    load_s, parse_s, _, pipes = stock.detail.split()
    stock.detail = f"load {load_s} s + parse {float(parse_s):.2f} s; {pipes}"
    one = ingest("ingest --workers 1", sample, folder / "w1.db", "--workers", "1")
    two = ingest("ingest --workers 2", sample, folder / "w2.db", "--workers", "2")
    again = ingest("re-ingest, unchanged", sample, folder / "w2.db", "--workers", "2")
    query = median_run("quotes --person Homan", repeat, sanctuary("quotes", "--person", "Homan",
                       "--format", "json"), {"SANCTUARY_STORE": str(folder / "w2.db")})
    spacy_import = median_run('python -c "import spacy"', repeat, [sys.executable, "-c", "import spacy"])

    rows = [
        (stock, words, ""),
        (stock_one, words, f"{stock.seconds / stock_one.seconds:.2f}x stock"),
        (one, words, f"{stock.seconds / one.seconds:.2f}x stock (>= 1.2), by CPU {stock.cpu / one.cpu:.2f}x, "
                     f"{stock_one.seconds / one.seconds:.2f}x stock on 1 BLAS thread"),
        (two, words, f"{one.seconds / two.seconds:.2f}x workers 1 (>= 1.9), "
                     f"{two.cpu - one.cpu:+.2f} CPU s against workers 1"),
        (again, None, f"{two.seconds / again.seconds:.0f}x first ingest (>= 100), "
                      f"{one.seconds / again.seconds:.0f}x workers 1, by CPU {one.cpu / again.cpu:.0f}x"),
        (query, None, f"{query.seconds / spacy_import.seconds:.2f} of import spacy (< 0.25)"),
        (spacy_import, None, ""),
    ]
    if query_store is not None:
        big = median_run(f"quotes --person Homan ({query_store.name})", repeat,
                         sanctuary("quotes", "--person", "Homan", "--format", "json"),
                         {"SANCTUARY_STORE": str(query_store)})
        rows.append((big, None, f"{big.seconds / spacy_import.seconds:.2f} of import spacy (< 0.25)"))
    table(rows)
    print(f"\nstock: {stock.detail}")


def memory(corpus: Path, sizes: list[int], seed: int, folder: Path) -> None:
    """Peak memory of a whole ingest (workers 2) for samples of these sizes."""
    runs = []
    for size in sizes:
        sample = write_sample(corpus, size, seed, folder / f"memory-{size}.jsonl")
        runs.append((ingest(f"ingest {size} articles", sample, folder / f"memory-{size}.db", "--workers", "2",
                            proportional=True),
                     corpus_words(sample), ""))
    first = runs[0][0].peak_mb
    first_rss = runs[0][0].peak_rss_mb
    runs = [(run, words, f"{run.peak_mb / first:.2f}x the peak of {sizes[0]} (<= 1.3); resident sizes added up "
                         f"{run.peak_rss_mb:.0f} MB, {run.peak_rss_mb / first_rss:.2f}x") for run, words, _ in runs]
    print()
    table(runs)


def ingest(label: str, sample: Path, store: Path, *options: str, proportional: bool = False) -> Run:
    run = timed(label, sanctuary("ingest", str(sample), *options), {"SANCTUARY_STORE": str(store)}, proportional)
    run.detail = run.detail.strip().splitlines()[-1] if run.detail.strip() else ""
    return run


def sanctuary(*args: str) -> list[str]:
    return [sys.executable, "-m", "sanctuary_cli", *args]


def median_run(label: str, repeat: int, command: list[str], env: dict[str, str] | None = None) -> Run:
    runs = [timed(label, command, env) for _ in range(repeat)]
    return Run(label, statistics.median(r.seconds for r in runs), max(r.peak_mb for r in runs),
               cpu=statistics.median(r.cpu for r in runs))


def timed(label: str, command: list[str], env: dict[str, str] | None = None, proportional: bool = False) -> Run:
    """Run a command to completion, sampling the memory of its process tree as it goes.

    The proportional set size is read only where asked (the memory rows): reading a process's
    ``smaps_rollup`` walks its page tables under the lock its page faults take, and ten times a
    second it slowed the forked workers it measured (``--workers 2`` by about a second in 12).
    The timed rows read the resident size alone, which costs the command nothing.
    """
    # Output goes to files, not pipes: a pipe nobody reads until the end would
    # fill up and block the command.
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True, env={**os.environ, **(env or {})})
        # Memory is sampled on a thread, so the wait below ends the moment the command does.
        peak = [0, 0]
        sampler = threading.Thread(target=sample_memory, args=(process, peak, proportional), daemon=True)
        sampler.start()
        process.wait()
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        sampler.join()
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode not in (0, 1):
        sys.exit(f"{label} failed ({process.returncode}):\n{stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(label, seconds, peak[0] / 2**20, stdout if label.startswith("stock") else stderr, cpu, peak[1] / 2**20)


def sample_memory(process: subprocess.Popen[str], peak: list[int], proportional_too: bool) -> None:
    while process.poll() is None:
        proportional, resident = tree_memory(process.pid, proportional_too)
        peak[0], peak[1] = max(peak[0], proportional), max(peak[1], resident)
        time.sleep(0.1)


def tree_memory(root: int, proportional: bool = True) -> tuple[int, int]:
    """Memory of a process and all its descendants, in bytes (Linux /proc), shared pages counted once."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [child for child, parent in parents.items() if parent == pid]
        tree.update(children)
        frontier.extend(children)
    sizes = [process_memory(pid, proportional) for pid in tree]
    return sum(proportional for proportional, _ in sizes), sum(resident for _, resident in sizes)


def process_memory(pid: int, proportional: bool = True) -> tuple[int, int]:
    """A process's proportional set size (its resident size where unknown) and resident size, in bytes;
    zeros once it is gone."""
    try:
        resident = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0, 0
    if not proportional:
        return resident, resident
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024, resident
    except (OSError, IndexError, ValueError):
        pass
    return resident, resident


def corpus_words(sample: Path) -> int:
    """Words of the article bodies the ingest analyses."""
    from sanctuary_cli.corpus.loader import SourceArticle, load

    return sum(a.words for a in load([sample]) if isinstance(a, SourceArticle))


def table(rows: Sequence[tuple[Run, int | None, str]]) -> None:
    print(f"{'':32} {'wall s':>8} {'CPU s':>8} {'words/s':>9} {'peak MB':>8}  ratio")
    for run, words, ratio in rows:
        rate = f"{words / run.seconds:,.0f}" if words else "-"
        print(f"{run.label:32} {run.seconds:8.2f} {run.cpu:8.2f} {rate:>9} {run.peak_mb:8.0f}  {ratio}")


if __name__ == "__main__":
    main()
