"""Regenerate (or check) the README's examples from the tool as it is.

Each example in README.md sits between two markers::

    <!-- example: sanctuary stance --city Aurora -->
    ```
    $ sanctuary stance --city Aurora
    ...what the command prints...
    ```
    <!-- /example -->

and the Python example between ``<!-- python-example -->`` and
``<!-- /python-example -->``: a ```python block, then the ``` block of what it
prints. This script runs every command (at 100 columns, without colour) and the
Python code against a store of the seed articles, and writes what they print
into the README; ``--check`` only compares and exits 1 when the README is out of
date (the test suite runs that check).

    python scripts/readme_examples.py                 # ingest seeds/ into a temporary store, rewrite README.md
    python scripts/readme_examples.py --store S.db    # use a store of the seeds already made
    python scripts/readme_examples.py --check --store S.db
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
WIDTH = 100
EXAMPLE = re.compile(r"(<!-- example: (?P<command>.+?) -->\n)```\n.*?```\n(<!-- /example -->)", re.S)
PYTHON = re.compile(
    r"(<!-- python-example -->\n```python\n)(?P<code>.*?)(```\n)```\n.*?```\n(<!-- /python-example -->)", re.S
)


def run_command(command: str) -> str:
    """What ``sanctuary ...`` prints on stdout at ``WIDTH`` columns, without colour."""
    from click.testing import CliRunner

    from sanctuary_cli.cli.main import cli

    args = shlex.split(command)[1:]
    result = CliRunner().invoke(cli, args, env={"COLUMNS": str(WIDTH), "NO_COLOR": "1", "TERM": "dumb"})
    if result.exit_code != 0:
        raise SystemExit(f"{command} failed ({result.exit_code}): {result.output}")
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    return "\n".join(lines) + "\n"


def run_python(code: str) -> str:
    """What the Python example prints."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    return out.getvalue()


def regenerate(text: str) -> str:
    """The README with every example's output replaced by what the tool prints now."""

    def example(match: re.Match[str]) -> str:
        command = match["command"]
        return f"{match[1]}```\n$ {command}\n{run_command(command)}```\n{match[3]}"

    def python(match: re.Match[str]) -> str:
        return f"{match[1]}{match['code']}{match[3]}```\n{run_python(match['code'])}```\n{match[4]}"

    return PYTHON.sub(python, EXAMPLE.sub(example, text))


def seeds_store(folder: Path) -> Path:
    from sanctuary_cli.api import open_store

    store = folder / "seeds.db"
    open_store(store).ingest([ROOT / "seeds"], workers=1)
    return store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="a store of the seed articles (default: made in a temporary folder)")
    parser.add_argument("--check", action="store_true", help="compare only; exit 1 when the README is out of date")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or seeds_store(Path(tmp))
        os.environ["SANCTUARY_STORE"] = str(store)
        os.chdir(ROOT)  # the examples name seeds/ and data/gold relative to the repository
        text = README.read_text(encoding="utf-8")
        fresh = regenerate(text)
    if args.check:
        if fresh != text:
            print("README.md examples are out of date: run python scripts/readme_examples.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
