"""The CLI as a user runs it: exit codes, what it prints, what it stores."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from tests.conftest import SEEDS


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_articles_lists_the_seeds_with_their_headlines(seeds_env: Path) -> None:
    code, out, _ = run("articles", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 5
    assert {"id", "title", "outlet", "date", "path", "words"} <= set(rows[0])
    titles = {row["path"][:3]: row["title"] for row in rows}
    assert titles["002"] == "Defying Trumpism, biggest U.S. cities remain immigrant sanctuaries"
    assert titles["004"] == "Chicago mayor opposes Trump's city-wide immigration enforcement strategy"
    outlets = {row["path"]: row["outlet"] for row in rows}
    assert outlets["001_80271dc06f7be8e0.txt"] == "NewsNation"
    assert outlets["000_5b25907fcd535574.txt"] == "Latin Times"


def test_reingest_skips_unchanged_articles_without_the_model(
    seeded_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "copy.db"
    shutil.copy(seeded_store, store)
    monkeypatch.setenv("SANCTUARY_STORE", str(store))
    monkeypatch.setenv("SANCTUARY_MODEL", "no_such_pipeline")  # loading any model would now fail
    code, _, err = run("ingest", str(SEEDS))
    assert code == 0, err
    assert "0 stored, 5 unchanged" in err


def test_the_same_article_under_two_names_is_stored_once(tmp_path: Path, nlp: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SEEDS / "002_08a377210b70a639.txt").read_text()
    (folder / "a.txt").write_text(text)
    (folder / "b.txt").write_text(text.replace("\n\n", "\n\n\n"))  # whitespace differs only
    code, _, err = run("ingest", "--workers", "1", str(folder))
    assert code == 0, err
    assert "1 stored" in err and "1 duplicate" in err


def test_json_output_is_clean_on_stdout(seeds_env: Path) -> None:
    code, out, _ = run("quotes", "--person", "Homan", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows, "Tom Homan is quoted in the seeds"
    assert {"article", "quote", "speaker", "speaker_mention", "cue", "kind", "start", "end"} <= set(rows[0])
    assert all(row["speaker"] == "Tom Homan" for row in rows)


def test_quote_offsets_point_into_the_article_file(seeds_env: Path) -> None:
    code, out, _ = run("quotes", "--format", "json")
    assert code == 0
    for row in json.loads(out):
        span = (SEEDS / row["article"]).read_text()[row["start"]:row["end"]]
        # A split quote ("...," he said. "...") is one quote whose span holds both halves.
        assert span.startswith(row["quote"][:12]) and span.endswith(row["quote"][-12:])


def test_csv_and_markdown_formats(seeds_env: Path) -> None:
    code, out, _ = run("articles", "--format", "csv")
    assert code == 0
    assert out.splitlines()[0] == "id,title,outlet,date,words,people,quotes,path"
    assert len(out.splitlines()) == 6
    code, out, _ = run("articles", "--format", "markdown")
    assert out.startswith("| id | title |")


def test_query_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    code, _, err = run("articles")
    assert code == 1
    assert err.strip().startswith("Error: no store at ")
    assert "sanctuary ingest" in err


def test_unknown_format_is_a_usage_error(seeds_env: Path) -> None:
    code, _, err = run("articles", "--format", "xml")
    assert code == 2
    assert "Invalid value for '--format'" in err


def test_missing_path_is_reported_and_exit_is_one(tmp_path: Path) -> None:
    code, _, err = run("ingest", str(tmp_path / "nope"))
    assert code == 1
    assert f"skipped: {tmp_path / 'nope'}: no such file or directory" in err
    assert "Traceback" not in err


def test_stance_for_a_city_not_in_the_store(seeds_env: Path) -> None:
    code, _, err = run("stance", "--city", "Atlantis")
    assert code == 1
    assert "no city matching 'Atlantis'" in err


def test_show_marks_an_article(seeds_env: Path) -> None:
    code, out, _ = run("show", "003_346d066f8a3d4ce1.txt")
    assert code == 0
    assert "Get out of the way" in out
    assert "Tom Homan" in out


def test_stance_lists_every_city_with_its_label(seeds_env: Path) -> None:
    code, out, _ = run("stance", "--format", "json")
    assert code == 0
    rows = {row["city"]: row for row in json.loads(out)}
    assert {"city", "state", "stance", "score", "evidence_count"} <= set(rows["Chicago"])
    assert rows["Chicago"]["stance"] == "resist" and rows["Chicago"]["score"] > 0
    assert rows["Aurora"]["stance"] == "cooperate" and rows["Aurora"]["score"] < 0
    assert rows["Washington"]["stance"] == "unclear"


def test_stance_for_one_city_cites_its_evidence(seeds_env: Path) -> None:
    code, out, _ = run("stance", "--city", "chicago", "--format", "json")
    assert code == 0
    answer = json.loads(out)
    assert answer["city"] == "Chicago" and answer["stance"] == "resist"
    assert -1 <= answer["score"] <= 1 and 0 <= answer["confidence"] <= 1
    counted = [e for e in answer["evidence"] if e["polarity"] > 0]
    assert len(counted) >= 5 and len({e["article"] for e in counted}) >= 3
    assert {"text", "actor", "polarity", "cue", "article", "date"} <= set(answer["evidence"][0])
    actors = {a["actor"]: a for a in answer["actors"]}
    assert actors["Brandon Johnson"]["stance"] == "resist"


def test_people_filters_by_role_and_city(seeds_env: Path) -> None:
    code, out, _ = run("people", "--role", "mayor", "--format", "json")
    assert code == 0
    mayors = {p["name"]: p for p in json.loads(out)}
    assert mayors["Brandon Johnson"]["jurisdiction"] == "Chicago"
    assert mayors["Brandon Johnson"]["official"] is True
    assert "Johnson" in mayors["Brandon Johnson"]["aliases"]
    code, out, _ = run("people", "--city", "Denver", "--format", "json")
    assert "Mike Johnston" in {p["name"] for p in json.loads(out)}


def test_cities_filter_by_state(seeds_env: Path) -> None:
    code, out, _ = run("cities", "--state", "co", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert {row["city"] for row in rows} == {"Denver", "Aurora"}
    assert all(row["population"] > 100_000 for row in rows)


def test_quote_search_takes_words_and_quoted_phrases(seeds_env: Path) -> None:
    code, out, _ = run("quotes", "--search", '"get out of the way"', "--format", "json")
    assert code == 0
    assert [row["quote"] for row in json.loads(out)] == ["Get out of the way, because we’re going to do it."]
    code, out, _ = run("quotes", "--search", "get out of the way", "--format", "json")
    assert code == 0  # the words, anywhere in the quote: "get the hell out of the way" too
    assert len(json.loads(out)) == 2 and {row["speaker"] for row in json.loads(out)} == {"Tom Homan"}
    code, out, _ = run("quotes", "--search", 'way" OR "jail', "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_quotes_by_kind(seeds_env: Path) -> None:
    code, out, _ = run("quotes", "--kind", "partial", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert rows and {row["kind"] for row in rows} == {"partial"}
    assert "not bend or break" in {row["quote"] for row in rows}


def test_evaluate_scores_the_seeds(seeds_env: Path) -> None:
    code, out, _ = run("evaluate", "--format", "json")
    assert code == 0
    summary = {row["measure"]: row for row in json.loads(out)["summary"]}
    assert summary["quotes attributed"]["f1"] >= 0.95
    assert summary["stance"]["f1"] == 1.0


def test_show_prints_markup_in_an_article_literally(tmp_path: Path, nlp: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Council [/] votes [bold]on the shelter plan today\n\n"
        "The council voted on Tuesday to keep the shelter open, officials said.\n"
    )
    assert run("ingest", "--workers", "1", str(folder))[0] == 0
    code, out, _ = run("show", "a.txt")
    assert code == 0
    assert "Council [/] votes [bold]on the shelter plan today" in out
