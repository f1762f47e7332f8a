"""``sanctuary export``: every table, in every format, loads back into pandas whole."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from sanctuary_cli.export import FORMATS, TABLES, ExportError, export, frames
from sanctuary_cli.store import queries
from sanctuary_cli.store.db import connect
from tests.conftest import ROOT

ARTICLES = [
    # id, path, title, date, text
    ("a1", "chicago.txt", "Chicago <b>defies</b> & resists", "2024-11-10",
     "Mayor Brandon Johnson said Chicago will not help. “We will protect our residents,” Johnson said."),
    ("a2", "colorado.txt", "Aurora and Denver split", "2025-01-20",
     "Aurora will cooperate with ICE, its mayor said. Denver will not. Homan said “We are coming.”"),
    ("a3", "undated.txt", None, None, "Tom Homan said “<script>alert(1)</script>” in Chicago."),
]
PEOPLE = [
    # article, key, name, role, jurisdiction, official, mentions, aliases
    ("a1", "brandon johnson", "Brandon Johnson", "Mayor", "Chicago", 1, 2, ["Brandon Johnson", "Johnson"]),
    ("a2", "tom homan", "Tom Homan", "border czar", "United States", 1, 1, ["Homan", "Tom Homan"]),
    ("a3", "tom homan", "Tom Homan", "border czar", "United States", 1, 1, ["Tom Homan"]),
    ("a1", "jane roe", "Jane Roe", None, None, 0, 1, ["Jane Roe"]),
]
CITIES = [
    # article, city, state, population, mentions
    ("a1", "Chicago", "IL", 2_700_000, 2),
    ("a2", "Aurora", "CO", 390_000, 1),
    ("a2", "Denver", "CO", 715_000, 1),
    ("a3", "Chicago", "IL", 2_700_000, 1),
]
QUOTES = [
    # article, start, end, text, kind, speaker, speaker_key, mention, cue
    ("a1", 52, 78, "We will protect our residents", "statement", "Brandon Johnson", "brandon johnson",
     "Johnson", "said"),
    ("a2", 80, 93, "We are coming", "statement", "Tom Homan", "tom homan", "Homan", "said"),
    ("a3", 16, 41, "<script>alert(1)</script>", "partial", None, None, None, None),
]
EVIDENCE = [
    # article, city, state, text, start, end, actor, role, voice, polarity, weight, cue, kind
    ("a1", "Chicago", "IL", "We will protect our residents", 52, 78, "Brandon Johnson", "Mayor", "city",
     1.0, 1.0, "protect", "quote"),
    ("a2", "Aurora", "CO", "Aurora will cooperate with ICE", 0, 30, "Aurora", "Mayor", "city",
     -1.0, 1.0, "cooperate with", "sentence"),
    ("a2", "Denver", "CO", "Denver will not.", 47, 63, "Denver", None, "city", 1.0, 0.5, "will not",
     "sentence"),
]


def opened(path: Path) -> closing[sqlite3.Connection]:
    """The store at ``path``, closed when the ``with`` block ends."""
    return closing(connect(path))


def make_store(path: Path) -> Path:
    """A small store written by hand: three articles about Chicago, Aurora and Denver."""
    conn = connect(path, create=True)
    with conn:
        for article_id, name, title, date, text in ARTICLES:
            conn.execute(
                "INSERT INTO articles (id, path, source, title, outlet, byline, date, url, words, text,"
                " model, ingested_at)"
                " VALUES (?, ?, ?, ?, 'Daily Test', NULL, ?, NULL, ?, ?, 'test', '2025-01-01')",
                (article_id, name, f"/corpus/{name}", title, date, len(text.split()), text),
            )
        for article_id, key, name, role, place, official, mentions, aliases in PEOPLE:
            conn.execute("INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, NULL)",
                         (article_id, key, name, role, place, official, mentions, json.dumps(aliases)))
        for article_id, city, state, population, mentions in CITIES:
            conn.execute("INSERT INTO cities (article_id, city, state, population, mentions, first_start)"
                         " VALUES (?, ?, ?, ?, ?, 0)",
                         (article_id, city, state, population, mentions))
        for row in QUOTES:
            conn.execute("INSERT INTO quotes (article_id, start, end, text, kind, speaker, speaker_key,"
                         " speaker_mention, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
        for row in EVIDENCE:
            conn.execute("INSERT INTO evidence (article_id, city, state, text, start, end, actor, actor_role,"
                         " voice, polarity, weight, cue, kind)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    conn.close()
    return path


@pytest.fixture
def store(isolated_store: Path) -> Path:
    return make_store(isolated_store)


def _read(path: Path, fmt: str) -> pd.DataFrame:
    if fmt == "csv":
        return pd.read_csv(path)
    if fmt == "jsonl":
        return pd.read_json(path, lines=True)
    return pd.read_parquet(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_table_loads_back_with_its_rows_and_columns(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["export", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    with opened(store) as conn:
        expected = {name: len(frame) for name, frame in frames(conn).items()}
    assert expected == {"articles": 3, "people": 3, "cities": 3, "quotes": 3, "evidence": 3, "stances": 3}
    for table in TABLES:
        loaded = _read(out / f"{table.name}.{fmt}", fmt)
        assert len(loaded) == expected[table.name], table.name
        assert list(loaded.columns) == [name for name, _ in table.columns], table.name
        assert table.name in result.output


def test_exported_rows_match_what_the_commands_show(store: Path, tmp_path: Path) -> None:
    with opened(store) as conn:
        written = export(conn, tmp_path, "jsonl")
        people = queries.people(conn)
        quote_rows = queries.quotes(conn)
    assert [w.table for w in written] == [t.name for t in TABLES]
    exported = pd.read_json(tmp_path / "people.jsonl", lines=True)
    assert exported["name"].tolist() == [p["name"] for p in people]
    assert exported["quotes"].tolist() == [p["quotes"] for p in people]
    assert exported["aliases"].tolist() == [p["aliases"] for p in people]
    quotes = pd.read_json(tmp_path / "quotes.jsonl", lines=True)
    assert quotes["quote"].tolist() == [q["quote"] for q in quote_rows]
    assert "<script>alert(1)</script>" in quotes["quote"].tolist()  # data is exported as it is, not escaped


def test_parquet_keeps_types_and_csv_flattens_lists(store: Path, tmp_path: Path) -> None:
    with opened(store) as conn:
        export(conn, tmp_path, "parquet")
        export(conn, tmp_path, "csv")
    people = pd.read_parquet(tmp_path / "people.parquet")
    assert people["official"].dtype == "boolean"
    assert str(people["mentions"].dtype) == "Int64"
    homan = people[people["name"] == "Tom Homan"].iloc[0]
    assert list(homan["aliases"]) == ["Homan", "Tom Homan"]
    assert homan["articles"] == 2
    csv_people = pd.read_csv(tmp_path / "people.csv")
    assert csv_people[csv_people["name"] == "Tom Homan"]["aliases"].item() == "Homan; Tom Homan"
    cities = pd.read_parquet(tmp_path / "cities.parquet").set_index("city")
    assert cities.loc["Aurora", "stance"] == "cooperate"
    stances = pd.read_parquet(tmp_path / "stances.parquet").set_index("city")
    assert stances.loc["Chicago", "stance"] == "resist"
    assert stances.loc["Chicago", "score"] > 0 > stances.loc["Aurora", "score"]


def test_an_empty_store_exports_empty_tables_with_their_columns(isolated_store: Path, tmp_path: Path) -> None:
    connect(isolated_store, create=True).close()
    for fmt in FORMATS:
        result = CliRunner().invoke(cli, ["export", str(tmp_path / fmt), "-f", fmt])
        assert result.exit_code == 0, result.output
    for table in TABLES:
        loaded = pd.read_parquet(tmp_path / "parquet" / f"{table.name}.parquet")
        assert loaded.empty
        assert list(loaded.columns) == [name for name, _ in table.columns]
        assert pd.read_csv(tmp_path / "csv" / f"{table.name}.csv").columns.tolist() == list(loaded.columns)


def test_parquet_without_pyarrow_is_a_one_line_error(store: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *args: None if name == "pyarrow" else real(name, *args))
    result = CliRunner().invoke(cli, ["export", str(tmp_path / "out"), "--format", "parquet"])
    assert result.exit_code == 1
    assert result.output == "Error: Parquet export needs pyarrow: pip install 'sanctuary-cli[parquet]'\n"
    assert not (tmp_path / "out").exists()


def test_export_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "run 'sanctuary ingest PATH' first" in result.output


def test_an_unknown_format_is_a_usage_error(store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(tmp_path), "--format", "xlsx"])
    assert result.exit_code == 2
    with opened(store) as conn, pytest.raises(ExportError, match="unknown export format"):
        export(conn, tmp_path, "xlsx")


def test_a_file_in_the_way_is_a_clear_error(store: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder")
    with opened(store) as conn, pytest.raises(ExportError, match="cannot create"):
        export(conn, blocker / "out", "csv")


def test_export_does_not_load_pandas_for_other_commands() -> None:
    import subprocess
    import sys

    code = "import sys; import sanctuary_cli.cli.main; print('pandas' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_docs_list_every_exported_column_in_order() -> None:
    docs = (ROOT / "docs" / "EXPORT.md").read_text(encoding="utf-8")
    for table in TABLES:
        section = docs.split(f"#### {table.name}:", 1)[1].split("\n#", 1)[0]
        first_cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
        documented = [name for cell in first_cells for name in re.findall(r"`(\w+)`", cell)]
        assert documented == [name for name, _ in table.columns], table.name
