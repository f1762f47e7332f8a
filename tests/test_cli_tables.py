"""Tables fit the terminal: no line wider than it, no word of a name split, what is left out named."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from sanctuary_cli.layout import Column, fit, wrap
from tests.conftest import ROOT

TABLE_COMMANDS = [
    ["people"], ["cities"], ["quotes"], ["articles"], ["stance"], ["stance", "--city", "Chicago"],
    ["quotes", "--person", "Homan"], ["show", "003"], ["evaluate"], ["info"],
]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(*args: str, columns: int) -> str:
    result = CliRunner().invoke(cli, list(args), env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    return result.stdout


def name_words(store: Path) -> set[str]:
    conn = sqlite3.connect(store)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM people UNION SELECT city FROM cities"
                                            " UNION SELECT speaker FROM quotes WHERE speaker IS NOT NULL")]
    finally:
        conn.close()
    return {word for name in names for word in name.split()}


def split_words(output: str, words: set[str]) -> list[str]:
    """Pieces of a name's word standing alone in a cell: the start of a word broken across lines."""
    pieces = {t for t in re.split(r"[\s│┃|,]+", output) if len(t) >= 3 and not t.endswith("…")}
    return sorted(t for t in pieces if t not in words and any(len(w) >= 5 and w.startswith(t) for w in words))


@pytest.mark.parametrize("columns", [60, 80, 120])
@pytest.mark.parametrize("args", TABLE_COMMANDS, ids=" ".join)
def test_every_table_fits_the_width_and_splits_no_name(seeds_env: Path, args: list[str], columns: int) -> None:
    output = run(*args, columns=columns)
    too_wide = [line for line in output.splitlines() if len(line) > columns]
    assert not too_wide, too_wide[:2]
    tables = output.split("(colour by speaker)")[-1]  # show's article text above it is prose, wrapped at spaces
    assert not split_words(tables, name_words(seeds_env))


def test_a_narrow_terminal_leaves_out_low_priority_columns_and_says_so(seeds_env: Path) -> None:
    narrow = run("people", columns=60)
    assert "not shown at this width: " in narrow and "aliases" in narrow and "--wide" in narrow
    assert "name" in narrow.splitlines()[2] and "quotes" in narrow.splitlines()[2]
    wide = run("people", "--wide", columns=60)
    assert "aliases" in wide.splitlines()[2] and "not shown" not in wide
    full = run("people", columns=250)
    assert "not shown" not in full


def test_stance_for_a_city_answers_in_one_screen(seeds_env: Path) -> None:
    lines = run("stance", "--city", "Chicago", columns=80).splitlines()
    assert len(lines) <= 40
    assert any("RESIST" in line for line in lines[:10])
    assert "--evidence all" in lines[-1]
    everything = run("stance", "--city", "Chicago", "--evidence", "all", columns=80)
    assert "Over time" in everything and "more evidence rows" not in everything


def test_wrap_breaks_at_spaces_and_ends_with_an_ellipsis_at_a_word() -> None:
    assert wrap("Governor JB Pritzker of Illinois", 12, 2) == ["Governor JB", "Pritzker of…"]
    assert wrap("Governor JB Pritzker", 12, 1) == ["Governor JB…"]
    assert wrap("Philadelphia", 8, 1) == ["Philade…"]  # a word wider than the column: cut, marked, never wrapped
    assert wrap("short", 20, 3) == ["short"]


def test_numbers_and_labels_keep_their_width() -> None:
    cols = [Column("name", priority=0), Column("stance", kind="label", priority=0),
            Column("n", justify="right", priority=0), Column("note", priority=5)]
    rows = [{"name": "Brandon Johnson", "stance": "cooperate", "n": 123456, "note": "a long note " * 5}]
    layout = fit(rows, cols, 40)
    assert [c.key for c in layout.dropped] == ["note"]
    assert layout.cells[0][1:] == ["cooperate", "123456"]
    assert sum(layout.widths) + 3 * len(layout.widths) + 1 <= 40


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_real_terminal_of_80_columns(seeded_store: Path) -> None:
    """Through a pseudo-terminal, as a user sees it: Rich measures the terminal itself."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 80, 0, 0))
    env = {**os.environ, "COLUMNS": "80", "SANCTUARY_STORE": str(seeded_store), "PYTHONPATH": str(ROOT / "src"),
           "TERM": "xterm-256color"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([sys.executable, "-m", "sanctuary_cli", "people"], stdin=follower, stdout=follower,
                               stderr=follower, env=env, close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=60) == 0
    output = ANSI.sub("", b"".join(chunks).decode("utf-8", "replace")).replace("\r", "")
    lines = output.splitlines()
    assert any("Brandon Johnson" in line for line in lines)
    assert max(len(line) for line in lines) <= 80
