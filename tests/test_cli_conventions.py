"""What a user expects of any command line: which store, names for things, filters, limits, no silent nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from sanctuary_cli.cli.ingest import DETAILS_UP_TO, summary_lines
from sanctuary_cli.cli.main import cli
from sanctuary_cli.records import IngestSummary
from sanctuary_cli.render import rich_table
from sanctuary_cli.store.db import DEFAULT_STORE, locate_store
from tests.conftest import SEEDS


def invoke(*args: str, env: dict[str, str | None] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


def as_json(result: Result) -> object:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# -- which store -------------------------------------------------------------------------------------------


def test_store_flag_beats_the_environment(seeds_env: Path, tmp_path: Path) -> None:
    result = invoke("info", "--store", str(tmp_path / "none.db"))
    assert result.exit_code == 1 and f"no store at {tmp_path / 'none.db'}" in result.stderr
    info = as_json(invoke("info", "--format", "json"))
    assert isinstance(info, dict) and info["chosen_by"] == "$SANCTUARY_STORE" and info["counts"]["articles"] == 5


def test_the_nearest_store_upward_is_found(seeded_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").mkdir()
    shutil.copy(seeded_store, tmp_path / DEFAULT_STORE)
    deep = tmp_path / "notes" / "2025"
    deep.mkdir(parents=True)
    monkeypatch.delenv("SANCTUARY_STORE")
    monkeypatch.chdir(deep)
    assert locate_store() == (tmp_path / DEFAULT_STORE, "found")
    info = as_json(invoke("info", "--format", "json"))
    assert isinstance(info, dict) and Path(info["path"]) == tmp_path / DEFAULT_STORE
    assert info["schema_version"] >= 1 and info["last_ingest"]
    text = invoke("info").stdout
    assert "found from the current folder upward" in text and "articles" in text


def test_without_a_store_anywhere_ingest_would_create_one_here(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SANCTUARY_STORE")
    monkeypatch.chdir(tmp_path)
    assert locate_store() == (DEFAULT_STORE, "default")


def test_a_folder_as_store_gets_the_friendly_message(tmp_path: Path) -> None:
    result = invoke("quotes", "--store", str(tmp_path))
    assert result.exit_code == 1
    expected = f"Error: {tmp_path} is a folder; the store is a file (e.g. {tmp_path / 'sanctuary.db'})"
    assert result.stderr.strip() == expected


def test_a_file_refused_as_a_store_gets_no_lock_beside_it(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n" * 50)
    (tmp_path / "a.txt").write_text("Headline\n\nThe mayor said: “We will not comply.”\n")
    result = invoke("ingest", str(tmp_path / "a.txt"), "--store", str(notes))
    assert result.exit_code == 1 and "is not a sanctuary store" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "notes.txt"]


# -- no silent nothing --------------------------------------------------------------------------------------


def test_an_empty_folder_ingests_nothing_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = invoke("ingest", str(tmp_path / "empty"))
    assert result.exit_code == 1
    assert "no article read: no files there (empty folder)" in result.stderr


def test_a_folder_of_unsupported_files_says_what_it_found(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in ("a.pdf", "b.pdf", "c.docx"):
        (folder / name).write_bytes(b"%PDF-1.4")
    result = invoke("ingest", str(folder))
    assert result.exit_code == 1
    assert "no article read: 3 files (2 .pdf, 1 .docx), none of a type sanctuary reads" in result.stderr


@pytest.mark.parametrize("option", ["--person", "--city", "--article"])
def test_an_empty_name_is_a_usage_error(seeds_env: Path, option: str) -> None:
    result = invoke("quotes", option, "")
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_a_mistyped_command_gets_a_suggestion(seeds_env: Path) -> None:
    result = invoke("quots")
    assert result.exit_code == 2 and "Did you mean 'quotes'?" in result.stderr


# -- naming things ------------------------------------------------------------------------------------------


def test_an_article_is_named_by_id_prefix_file_name_or_path(seeds_env: Path) -> None:
    by_prefix = as_json(invoke("quotes", "--article", "002", "--format", "json"))
    assert isinstance(by_prefix, list) and by_prefix
    assert {q["article"] for q in by_prefix} == {"002_08a377210b70a639.txt"}
    by_path = as_json(invoke("quotes", "--article", str(SEEDS / "002_08a377210b70a639.txt"), "--format", "json"))
    assert by_path == by_prefix
    shown = as_json(invoke("show", "seeds/002_08a377210b70a639.txt", "--format", "json"))
    assert isinstance(shown, dict) and shown["path"] == "002_08a377210b70a639.txt"
    assert [q["quote"] for q in shown["quotes"]] == [q["quote"] for q in by_prefix]
    assert shown["people"] and shown["cities"]
    nothing = invoke("quotes", "--article", "999")
    assert nothing.exit_code == 1 and "no article matches '999'" in nothing.stderr
    several = invoke("show", "00")
    assert several.exit_code == 1 and "matches 5 articles" in several.stderr


def test_show_as_markdown(seeds_env: Path) -> None:
    result = invoke("show", "003", "--format", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("# The mayor of Chicago")
    assert "## Quotes" in result.stdout and "| Tom Homan |" in result.stdout


@pytest.mark.parametrize(("typed", "city"), [("NYC", "New York City"), ("nyc", "New York City"),
                                              ("LA", "Los Angeles"), ("Philly", "Philadelphia"),
                                              ("New York", "New York City")])
def test_a_city_by_its_short_name(seeds_env: Path, typed: str, city: str) -> None:
    answer = as_json(invoke("stance", "--city", typed, "--format", "json"))
    assert isinstance(answer, dict) and answer["city"] == city


def test_an_unknown_city_names_the_nearest(seeds_env: Path) -> None:
    result = invoke("stance", "--city", "Chicgo")
    assert result.exit_code == 1 and "did you mean Chicago?" in result.stderr


# -- filters, order, limits -----------------------------------------------------------------------------------


def test_search_means_whole_words_and_case_when_asked(seeds_env: Path) -> None:
    ice = as_json(invoke("quotes", "--search", "ICE", "--format", "json"))
    assert isinstance(ice, list) and ice
    assert all(any(w.lower() == "ice" for w in _words(q["quote"])) for q in ice)
    upper = as_json(invoke("quotes", "--search", "ICE", "--case", "--format", "json"))
    assert isinstance(upper, list) and all("ICE" in _words(q["quote"]) for q in upper)
    lower = as_json(invoke("quotes", "--search", "ice", "--case", "--format", "json"))
    assert isinstance(lower, list) and all("ice" in _words(q["quote"]) for q in lower)
    assert len(upper) + len(lower) <= len(ice)
    regex = as_json(invoke("quotes", "--search", r"\bjail\b", "--regex", "--format", "json"))
    assert isinstance(regex, list) and regex and all("jail" in q["quote"].lower() for q in regex)
    bad = invoke("quotes", "--search", "(", "--regex")
    assert bad.exit_code == 2 and "not a valid regular expression" in bad.stderr


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"[^\W_]+", text)


def test_limit_and_sort(seeds_env: Path) -> None:
    table = invoke("people", "--limit", "3")
    assert table.exit_code == 0
    assert "3 of " in table.stdout and "rows shown" in table.stdout
    everyone = as_json(invoke("people", "--format", "json"))
    assert isinstance(everyone, list) and len(everyone) > 3  # no limit in JSON unless asked
    by_name = as_json(invoke("people", "--sort", "name", "--limit", "4", "--format", "json"))
    assert isinstance(by_name, list) and len(by_name) == 4
    names = [p["name"].lower() for p in by_name]
    assert names == sorted(names)
    cities = as_json(invoke("cities", "--sort", "population", "--format", "json"))
    assert isinstance(cities, list)
    populations = [c["population"] or 0 for c in cities]
    assert populations == sorted(populations, reverse=True)
    quotes = as_json(invoke("quotes", "--sort", "speaker", "--limit", "5", "--format", "json"))
    assert isinstance(quotes, list) and len(quotes) == 5


def test_since_and_until_filter_by_article_date(seeds_env: Path) -> None:
    dated = as_json(invoke("articles", "--since", "2024", "--format", "json"))
    assert isinstance(dated, list) and dated and all(a["date"].startswith("2024") for a in dated)
    assert as_json(invoke("articles", "--since", "2024-06", "--until", "2024-07", "--format", "json")) == dated
    assert as_json(invoke("quotes", "--since", "2025", "--format", "json")) == []
    quotes = as_json(invoke("quotes", "--until", "2024-12-31", "--format", "json"))
    assert isinstance(quotes, list) and quotes and {q["date"] for q in quotes} == {"2024"}
    stance = as_json(invoke("stance", "--until", "2023", "--format", "json"))
    assert isinstance(stance, list) and all(s["evidence_count"] == 0 for s in stance)
    bad = invoke("quotes", "--since", "yesterday")
    assert bad.exit_code == 2 and "YYYY" in bad.stderr


# -- honest output --------------------------------------------------------------------------------------------


def test_every_format_of_a_city_stance_carries_the_verdict(seeds_env: Path) -> None:
    csv = invoke("stance", "--city", "Chicago", "--format", "csv").stdout.splitlines()
    assert csv[0].startswith("city,state,level,stance,score,confidence,evidence_count,text")
    assert all(line.startswith("Chicago,IL,city,resist,0.9") for line in csv[1:])
    markdown = invoke("stance", "--city", "Chicago", "--format", "markdown").stdout
    assert markdown.startswith("## Chicago, IL: resist\n")
    answer = as_json(invoke("stance", "--city", "Chicago", "--format", "json"))
    assert isinstance(answer, dict) and answer["stance"] == "resist" and answer["evidence_count"] > 0
    assert len(answer["evidence"]) == len(csv) - 1


def test_evaluate_bars_are_on_a_fixed_scale() -> None:
    from sanctuary_cli.cli.evaluate import SUMMARY_COLUMNS

    table = rich_table([{"measure": "a", "f1": 0.25}, {"measure": "b", "f1": 0.5}], SUMMARY_COLUMNS, width=120)
    cells = [str(cell) for cell in table.columns[3].cells]
    assert cells == ["0.25 ██", "0.50 ████"]  # of 8 blocks for 1.0, not scaled to the column's best


def test_evaluate_warns_when_the_store_holds_none_of_the_gold_articles(seeded_store: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    shutil.copy(seeded_store, other)
    conn = sqlite3.connect(other)
    conn.execute("UPDATE articles SET path = 'renamed_' || path")
    conn.execute("UPDATE article_sources SET path = 'renamed_' || path")
    conn.commit()
    conn.close()
    result = invoke("evaluate", "--store", str(other))
    assert result.exit_code == 1
    assert "warning: the store holds none of the 5 articles the gold at data/gold is about" in result.stderr


def test_ingest_lists_articles_only_when_few_or_asked() -> None:
    few = IngestSummary(store="s.db", stored=[{"path": "a.txt"}], unchanged=2, duplicates=0, failed=1, warnings=0,
                        words=1234, seconds=1.5, problems=[])
    assert summary_lines(few) == ["store: s.db (1,234 words read in 1.5 s)", "1 stored, 2 unchanged, 1 failed"]
    many = IngestSummary(store="s.db", stored=[{"path": f"{n}.txt"} for n in range(DETAILS_UP_TO + 1)],
                         unchanged=0, duplicates=0, failed=0, warnings=0, words=10, seconds=1.0, problems=[])
    lines = summary_lines(many)
    assert len(lines) == 3 and lines[1].startswith("--details lists every article")


def test_report_takes_dates(seeds_env: Path, tmp_path: Path) -> None:
    from sanctuary_cli import open_store

    with open_store() as store:
        dated = store.report(tmp_path / "dated.html", since="2024", until="2024-12")
        none = store.report(tmp_path / "none.html", since="2030")
        everything = store.report(tmp_path / "all.html")
    assert dated.totals["articles"] == len(store.articles(since="2024")) < everything.totals["articles"]
    assert none.totals["articles"] == 0 and none.totals["quotes"] == 0
    result = invoke("report", "--out", str(tmp_path / "r.html"), "--since", "2024")
    assert result.exit_code == 0 and (tmp_path / "r.html").exists()


def test_a_filter_by_an_unknown_city_names_the_nearest(seeds_env: Path) -> None:
    result = invoke("quotes", "--city", "Denvr", "--format", "json")
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert result.stderr.strip() == "no city matching 'Denvr' in the store; did you mean Denver?"
    assert invoke("people", "--city", "Bostn").stderr.strip().endswith("did you mean Boston?")
    assert invoke("quotes", "--city", "Philly", "--format", "json").stderr == ""


def test_every_short_city_name_is_a_gazetteer_city_with_a_note() -> None:
    from sanctuary_cli.resources import read_text, read_tsv

    assert read_text("city_short_names.tsv").startswith("# _source: ")
    gazetteer = {(row["name"], row["state"]) for row in read_tsv("us_cities.tsv")}
    rows = read_tsv("city_short_names.tsv")
    assert {"NYC", "LA", "DC", "SF", "Philly", "St. Louis", "Saint Louis"} <= {row["name"] for row in rows}
    for row in rows:
        assert (row["city"], row["state"]) in gazetteer, row
        assert row["note"].strip(), row
