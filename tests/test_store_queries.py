"""User text in query filters is matched literally and reaches SQL only as a parameter.

The store is built by hand (no NLP): a few articles whose quotes, people and
cities hold the characters SQL, LIKE and FTS5 give meaning to.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctuary_cli.cli.main import cli
from sanctuary_cli.corpus.loader import SourceArticle, load_file
from sanctuary_cli.extract.model import Analysis, CityRecord, PersonRecord, QuoteRecord
from sanctuary_cli.store import queries
from sanctuary_cli.store.db import connect
from sanctuary_cli.store.write import write_article

QUOTES = [
    "We won’t comply with 100% of these requests.",
    "Robert'); DROP TABLE quotes; -- is not my name.",
    "Use * and NEAR(x) AND y with care.",
    "The snake_case file and the 5% rule.",
    'She said "hi" and left.',
    "A backslash \\ in a quote.",
    "Nothing odd in this one at all.",
    "¿Dónde está la alcaldía? Straße, ÉCOLE, 市长.",
]
SPEAKERS = ["Jane O'Hara", "Bobby Tables", "Ann_Lee", "Mr. 100%", 'Jo "JJ" Doe', "Back\\Slash", "Tom Homan", "José"]
CITIES = [("Coeur d'Alene", "ID"), ("Chicago", "IL"), ("St. Louis", "MO"), ("100% City", "XX"), ("Under_Score", "YY"),
          ("Chicago", "IL"), ("Chicago", "IL"), ("Chicago", "IL")]
HOSTILE = ["'); DROP TABLE quotes; --", '"', "*", "NEAR(", "%", "_", "\\", "'", "''", "--", ";", "a AND b", "OR 1=1",
           "text:plain", "^Use", "NEAR(x)", "100%", "won't", "Robert');", "ÉCOLE", "école", "straße", "市长", " ",
           "%_%", "[", ",", "José"]
TABLES = ("articles", "article_sources", "entities", "people", "cities", "quotes", "evidence")


def fold(text: str) -> str:
    """What --search compares: quote marks straightened, ASCII letters in one case (SQLite's LIKE)."""
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))
    return "".join(c.lower() if c.isascii() else c for c in text)


def make_article(folder: Path, number: int, quote: str) -> SourceArticle:
    path = folder / f"article{number}.txt"
    path.write_text(f"Headline number {number} about the council\n\n{SPEAKERS[number]} said: “{quote}”\n")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    return article


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("odd")
    path = folder / "odd.db"
    conn = connect(path, create=True)
    for number, quote in enumerate(QUOTES):
        article = make_article(folder, number, quote)
        start = article.body.text.index(quote)
        speaker = SPEAKERS[number]
        city, state = CITIES[number]
        analysis = Analysis(
            people=[PersonRecord(speaker, aliases=[speaker], mentions=[(0, 1)])],
            cities=[CityRecord(city, state, mentions=[(0, 1)])],
            quotes=[QuoteRecord(start, start + len(quote), quote, "statement", speaker, speaker, ":")],
        )
        write_article(conn, article, analysis, "hand-made")
    conn.close()
    return path


@pytest.fixture
def conn(store: Path) -> Iterator[sqlite3.Connection]:
    connection = connect(store)
    yield connection
    connection.close()


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def quote_texts(rows: list[dict[str, object]]) -> list[str]:
    return sorted(str(row["quote"]) for row in rows)


@pytest.mark.parametrize("value", HOSTILE)
def test_search_is_a_literal_substring(conn: sqlite3.Connection, value: str) -> None:
    found = quote_texts(queries.quotes(conn, search=value))
    assert found == sorted(q for q in QUOTES if fold(value) in fold(q))


def test_search_examples_a_user_would_try(conn: sqlite3.Connection) -> None:
    assert quote_texts(queries.quotes(conn, search="won't comply")) == [QUOTES[0]]  # straight finds curly
    assert quote_texts(queries.quotes(conn, search="%")) == sorted([QUOTES[0], QUOTES[3]])
    assert quote_texts(queries.quotes(conn, search="_")) == [QUOTES[3]]
    assert quote_texts(queries.quotes(conn, search="compl")) == [QUOTES[0]]  # part of a word
    assert quote_texts(queries.quotes(conn, search="NEAR(x) AND")) == [QUOTES[2]]
    assert queries.quotes(conn, search="x y") == []  # words, but not next to each other


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_search_finds_exactly_the_quotes_containing_the_text(store: Path, data: st.DataObject) -> None:
    """Any piece of any quote, or any text at all, finds exactly the quotes that contain it."""
    quote = data.draw(st.sampled_from(QUOTES))
    start = data.draw(st.integers(0, len(quote)))
    end = data.draw(st.integers(start, len(quote)))
    value = data.draw(st.one_of(st.just(quote[start:end]), st.text(max_size=12), st.sampled_from(HOSTILE)))
    if not value or "\x00" in value:
        return  # no filter; and a command line cannot carry NUL
    connection = connect(store)
    try:
        found = quote_texts(queries.quotes(connection, search=value))
    finally:
        connection.close()
    assert found == sorted(q for q in QUOTES if fold(value) in fold(q))


@pytest.mark.parametrize("value", HOSTILE)
def test_person_city_and_article_filters_are_literal(conn: sqlite3.Connection, value: str) -> None:
    by_person = quote_texts(queries.quotes(conn, person=value))
    assert by_person == sorted(q for q, s in zip(QUOTES, SPEAKERS, strict=True) if value.lower() in s.lower())
    by_city = quote_texts(queries.quotes(conn, city=value))
    assert by_city == sorted(q for q, (c, _) in zip(QUOTES, CITIES, strict=True) if value.lower() in c.lower())
    assert queries.quotes(conn, article=value) == []
    people = queries.people(conn, city=value, role=value)
    assert all(value.lower() in (p["role"] or "").lower() for p in people)
    assert queries.cities(conn, state=value) == []


def test_every_query_command_takes_hostile_values_and_leaves_the_store_whole(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SANCTUARY_STORE", str(store))
    conn = connect(store)
    before = counts(conn)
    conn.close()
    runner = CliRunner()
    for value in HOSTILE:
        for args in (["quotes", "--search", value], ["quotes", "--person", value], ["quotes", "--city", value],
                     ["quotes", "--article", value], ["people", "--city", value], ["people", "--role", value],
                     ["cities", "--state", value], ["stance", "--city", value]):
            result = runner.invoke(cli, [*args, "--format", "json"])
            assert result.exception is None or isinstance(result.exception, SystemExit), (args, result.exception)
            if result.exit_code == 0:
                json.loads(result.stdout)
            else:  # only "no such city" from stance
                assert (args[0], result.exit_code) == ("stance", 1), (args, result.stderr)
                assert result.stderr.startswith("Error: no city matching ")
    conn = connect(store)
    assert counts(conn) == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_quote_offsets_in_the_hand_built_store_point_at_the_quote(conn: sqlite3.Connection) -> None:
    for row in queries.quotes(conn):
        text = conn.execute("SELECT text FROM articles WHERE id = ?", (row["article_id"],)).fetchone()[0]
        assert text[row["start"]:row["end"]] == row["quote"]
