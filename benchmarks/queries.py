"""How long each listing command takes on a store, from start to exit, as a user runs it.

    python benchmarks/queries.py STORE [--runs 5] [--budget 0.4]

Each command runs once to warm the disk cache, then ``--runs`` times, each in its own
process (``python -m sanctuary_cli``, output to /dev/null as when piped); a row shows
the fastest and the median wall time and the median CPU time (user + system). On a
shared host the wall clock swings with the load, CPU time far less. The person,
city and article the commands ask about are the store's own: the surname of its
most-quoted person, the city named in most articles, its first article; OVERRIDES
is a file of the user's overrides that merges its two most quoted people and
renames one. The package's bytecode is compiled first, as ``pip install`` does. A
row whose median wall time is over ``--budget`` seconds is marked.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import sanctuary_cli
from sanctuary_cli.api import open_store


@dataclass
class Timing:
    command: str
    fastest: float
    median: float
    cpu: float


def commands(store: Path, config: Path) -> list[list[str]]:
    """The listing commands to time, with the common filters and sorts, on this store's own names;
    ``config`` is written with overrides that merge its two most quoted people and rename one."""
    with open_store(store) as opened:
        top = opened.people(limit=2)
        city = opened.cities(limit=1)
        first = opened.articles(limit=1)
    names = [json.dumps(p.name, ensure_ascii=False) for p in top] or ['"Ann Smith"']
    config.write_text(f"[people]\nmerge = [[{', '.join(names)}]]\nrename = {{ {names[0]} = \"Renamed\" }}\n",
                      encoding="utf-8")
    person = top[0].name.split()[-1] if top else "Smith"
    place = city[0].city if city else "Chicago"
    article = first[0].path if first else "none"
    return [
        ["articles", "--limit", "20"],
        ["articles", "--format", "csv"],
        ["show", article],
        ["show", article, "--format", "json"],
        ["people", "--limit", "20"],
        ["people", "--sort", "name", "--limit", "20"],
        ["people", "--sort", "mentions", "--limit", "20"],
        ["people", "--city", place, "--limit", "20"],
        ["people", "--officials", "--role", "mayor", "--limit", "20"],
        ["people", "--format", "csv"],
        ["people", "--limit", "20", "--config", str(config)],
        ["cities", "--limit", "20"],
        ["cities", "--state", "NY", "--sort", "population", "--limit", "20"],
        ["cities", "--format", "csv"],
        ["stance"],
        ["stance", "--format", "csv"],
        ["stance", "--city", place],
        ["quotes", "--limit", "20"],
        ["quotes", "--person", person, "--limit", "20"],
        ["quotes", "--person", person, "--format", "csv"],
        ["quotes", "--person", person, "--limit", "20", "--config", str(config)],
        ["quotes", "--city", place, "--sort", "date", "--limit", "20"],
        ["quotes", "--search", "police", "--limit", "20"],
        ["info"],
    ]


def run(args: list[str], store: Path, runs: int) -> Timing:
    """Time one command ``runs`` times after a first, untimed run."""
    command = [sys.executable, "-m", "sanctuary_cli", *args, "--store", str(store)]
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return Timing(" ".join(_shown(a) for a in args), min(walls), statistics.median(walls), statistics.median(cpus))


def _shown(arg: str) -> str:
    return f'"{arg}"' if " " in arg else arg


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="the store to query")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command (default 5)")
    parser.add_argument("--budget", type=float, default=0.4, help="seconds a command should take at most")
    args = parser.parse_args()
    if not args.store.is_file():
        parser.error(f"no store at {args.store}")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(sanctuary_cli.__file__).parent)],
                   check=True, stdout=subprocess.DEVNULL)
    print(f"store: {args.store} ({args.store.stat().st_size / 1e6:.0f} MB); load average at start: "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    print(f"    {'command':<58} {'fastest s':>9} {'median s':>9} {'CPU s':>7}")
    with tempfile.TemporaryDirectory(prefix="sanctuary-queries-") as tmp:
        config = Path(tmp) / "overrides.toml"
        for command in commands(args.store, config):
            timing = run(command, args.store, args.runs)
            mark = "  over budget" if timing.median > args.budget else ""
            shown = timing.command.replace(str(config), "OVERRIDES")
            print(f"    {shown:<58} {timing.fastest:9.2f} {timing.median:9.2f} {timing.cpu:7.2f}{mark}")
    print(f"\nload average at end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
