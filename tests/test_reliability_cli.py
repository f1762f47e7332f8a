"""Bad input through the CLI as a user meets it: one line per problem, documented exit codes, nothing lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sanctuary_cli.cli.main import cli

GOOD = (
    "Council keeps the shelter open\n\n"
    "The city council voted on Tuesday to keep the downtown shelter open through the winter, "
    "Mayor Jane Doe said. “We will keep our doors open,” Doe told reporters.\n"
)
OTHER = (
    "The county board met on Monday and agreed to fund two more caseworkers for families "
    "who arrived this year, the board chair said.\n"
)
THIRD = "Residents packed City Hall on Wednesday to ask the council for more bus routes, the clerk said.\n"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def problem_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(("skipped: ", "warning: "))]


def stored_paths() -> list[str]:
    result = invoke("articles", "--format", "json")
    assert result.exit_code == 0, result.stderr
    return sorted(row["path"] for row in json.loads(result.stdout))


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with one good article and one of each kind of bad input."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "random.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "latin1.txt").write_bytes(("Le café " + OTHER).encode("latin-1"))
    (folder / "broken.json").write_text('{"title": "Half", "text": "never ends')
    (folder / "lines.jsonl").write_text(json.dumps({"text": THIRD}) + "\n{not json\n")
    return folder


MIXED_PROBLEMS = [
    "skipped: broken.json:1: malformed JSON: Unterminated string starting at (column 27)",
    "skipped: empty.txt: empty file",
    "warning: latin1.txt: invalid UTF-8 at byte 6; read as cp1252",
    "skipped: lines.jsonl:2: malformed JSON: Expecting property name enclosed in double quotes (column 2)",
    "skipped: random.txt: binary data, not text",
]


def test_a_folder_of_mixed_input_reports_each_problem_once_and_keeps_every_good_article(mixed: Path) -> None:
    result = invoke("ingest", "--workers", "1", str(mixed))
    assert result.exit_code == 1
    assert problem_lines(result) == MIXED_PROBLEMS
    assert result.stderr.splitlines()[-1] == "3 stored, 0 unchanged, 4 failed"
    assert "Traceback" not in result.stderr + result.stdout
    assert stored_paths() == ["good.txt", "latin1.txt", "lines.jsonl:1"]

    again = invoke("ingest", "--workers", "1", str(mixed))  # nothing stored is lost or redone
    assert again.exit_code == 1
    assert problem_lines(again) == MIXED_PROBLEMS
    assert again.stderr.splitlines()[-1] == "0 stored, 3 unchanged, 4 failed"
    assert stored_paths() == ["good.txt", "latin1.txt", "lines.jsonl:1"]


def test_each_problem_stays_on_one_line_in_a_narrow_terminal(mixed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    result = invoke("ingest", "--workers", "1", str(mixed))
    assert problem_lines(result) == MIXED_PROBLEMS


def test_a_missing_path_an_oversized_file_and_bad_csv_rows(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "big.txt").write_text(GOOD * 20)
    (folder / "rows.csv").write_text(
        "title,text\n"
        f'Good row,"{OTHER.strip()}"\n'
        "Too,many,fields\n"
        'Stray,"a "quote" here"\n'
        f'Also good,"{THIRD.strip()}"\n'
    )
    size = (folder / "big.txt").stat().st_size
    result = invoke("ingest", "--workers", "1", "--max-bytes", "1000", str(folder), str(tmp_path / "missing"))
    assert result.exit_code == 1
    assert problem_lines(result) == [
        f"skipped: big.txt: file is {size:,} bytes, over the limit of 1,000 (see --max-bytes)",
        "skipped: rows.csv:3: row has 3 fields, the header has 2",
        "skipped: rows.csv:4: malformed CSV: ',' expected after '\"'",
        f"skipped: {tmp_path / 'missing'}: no such file or directory",
    ]
    assert "Traceback" not in result.stderr
    assert stored_paths() == ["rows.csv:2", "rows.csv:5"]


def test_html_full_of_scripts_is_stored_without_them(tmp_path: Path, isolated_store: Path) -> None:
    page = tmp_path / "page.html"
    script = "<script>var s = '<p>Injected text</p>'; if (a < b && c > d) { document.write(s); }</script>"
    page.write_text(
        f"<html><head><title>Shelter</title>{script}<style>p {{ display: none }}</style></head><body>{script * 50}"
        f"<p>{GOOD.splitlines()[2]}</p>{script}<noscript>Enable JavaScript</noscript></body></html>"
    )
    result = invoke("ingest", "--workers", "1", str(page))
    assert result.exit_code == 0, result.stderr
    with sqlite3.connect(isolated_store) as conn:
        [text] = [row[0] for row in conn.execute("SELECT text FROM articles")]
    assert text == GOOD.splitlines()[2]


def test_every_input_read_means_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.md").write_text(OTHER)
    result = invoke("ingest", "--workers", "1", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "2 stored, 0 unchanged"


INVALID = "Error: Invalid value for"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest"], "Error: give at least one PATH or URL, or --feed/--sitemap URL"),
        (["ingest", "--workers", "0", "x"], f"{INVALID} '--workers' / '-w': 0 is not in the range x>=1."),
        (["ingest", "--max-bytes", "ten", "x"], f"{INVALID} '--max-bytes': 'ten' is not a valid integer range."),
        (["ingest", "--engine", "spark", "x"], f"{INVALID} '--engine': 'spark' is not one of 'local', 'ray'."),
        (["quotes", "--kind", "rumour"], f"{INVALID} '--kind': 'rumour' is not one of 'statement', 'partial'."),
        (["articles", "--no-such-option"], "Error: No such option '--no-such-option'."),
    ],
)
def test_usage_errors_exit_two(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == message


def test_a_store_that_cannot_be_created_is_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    monkeypatch.setenv("SANCTUARY_STORE", str(blocker / "store.db"))
    result = invoke("ingest", str(tmp_path / "a.txt"))
    assert result.exit_code == 1
    where = blocker / "store.db"
    assert result.stderr.strip() == f"Error: cannot create the store at {where}: a file is in the way of its folder"


@pytest.mark.slow
def test_an_article_over_the_time_limit_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD)
    # About 200,000 characters of ordinary prose: several seconds of parsing, well under the size limits.
    (tmp_path / "b.txt").write_text("".join(f"Meeting {n}: {OTHER}\n" for n in range(1500)))
    result = invoke("ingest", "--workers", "1", "--timeout", "2", str(tmp_path))
    assert result.exit_code == 1
    assert problem_lines(result) == ["skipped: b.txt: the NLP took longer than 2 s (see --timeout)"]
    assert result.stderr.splitlines()[-1] == "1 stored, 0 unchanged, 1 failed"
    assert stored_paths() == ["a.txt"]


def test_a_store_path_that_looks_like_markup_is_printed_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "[/]" / "[bold]store.db"
    monkeypatch.setenv("SANCTUARY_STORE", str(store))
    (tmp_path / "a.txt").write_text(GOOD)
    result = invoke("ingest", "--workers", "1", str(tmp_path / "a.txt"))
    assert result.exit_code == 0, result.stderr
    assert f"Stored in {store}" in result.stdout
