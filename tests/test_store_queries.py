"""User text in query filters is matched literally and reaches SQL only as a parameter.

The store is built by hand (no NLP): a few articles whose quotes, people and
cities hold the characters SQL, LIKE and FTS5 give meaning to.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctuary_cli.cli.main import cli
from sanctuary_cli.corpus.loader import SourceArticle, load_file
from sanctuary_cli.errors import QueryError
from sanctuary_cli.extract.model import Analysis, CityRecord, PersonRecord, QuoteRecord
from sanctuary_cli.store import queries
from sanctuary_cli.store.db import connect
from sanctuary_cli.store.filters import Search
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


def tokens(text: str) -> list[str]:
    """The words of a text as the full-text index sees them: letters and digits, any case, no accents."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.findall(r"[^\W_]+", plain.lower())


def holds_words(quote: str, value: str) -> bool:
    """The default --search: every word of ``value`` is a whole word of the quote ("a phrase": in a row)."""
    terms = [tokens(phrase or word) for phrase, word in re.findall(r'"([^"]*)"|(\S+)', fold(value))]
    terms = [term for term in terms if term]
    if not terms:  # no word at all: the text itself, literally
        return fold(value) in fold(quote)
    words = tokens(fold(quote))
    return all(any(words[i:i + len(term)] == term for i in range(len(words))) for term in terms)


@pytest.mark.parametrize("value", HOSTILE)
def test_search_matches_whole_words_and_nothing_is_syntax(conn: sqlite3.Connection, value: str) -> None:
    found = quote_texts(queries.quotes(conn, search=value))
    assert found == sorted(q for q in QUOTES if holds_words(q, value))


def test_search_examples_a_user_would_try(conn: sqlite3.Connection) -> None:
    assert quote_texts(queries.quotes(conn, search="won't comply")) == [QUOTES[0]]  # straight finds curly
    assert quote_texts(queries.quotes(conn, search="%")) == sorted([QUOTES[0], QUOTES[3]])  # no word: literal
    assert quote_texts(queries.quotes(conn, search="_")) == [QUOTES[3]]
    assert queries.quotes(conn, search="compl") == []  # part of a word is not the word
    assert quote_texts(queries.quotes(conn, search="COMPLY")) == [QUOTES[0]]  # any case
    assert quote_texts(queries.quotes(conn, search="NEAR(x) AND")) == [QUOTES[2]]
    assert quote_texts(queries.quotes(conn, search="y x")) == [QUOTES[2]]  # words anywhere, in any order
    assert queries.quotes(conn, search='"y x"') == []  # a quoted phrase: in a row
    assert quote_texts(queries.quotes(conn, search='"x AND y"')) == [QUOTES[2]]
    assert quote_texts(queries.quotes(conn, search="ecole")) == [QUOTES[7]]  # accents aside, like the index


def test_search_with_case_tells_capitals_apart(conn: sqlite3.Connection) -> None:
    assert quote_texts(queries.quotes(conn, search=Search("DROP", case=True))) == [QUOTES[1]]
    assert queries.quotes(conn, search=Search("drop", case=True)) == []
    assert quote_texts(queries.quotes(conn, search=Search("drop"))) == [QUOTES[1]]
    assert queries.quotes(conn, search=Search('"table quotes"', case=True)) == []
    assert quote_texts(queries.quotes(conn, search=Search('"TABLE quotes"', case=True))) == [QUOTES[1]]


def test_search_as_a_regular_expression(conn: sqlite3.Connection) -> None:
    assert quote_texts(queries.quotes(conn, search=Search(r"\d+%", regex=True))) == sorted([QUOTES[0], QUOTES[3]])
    assert quote_texts(queries.quotes(conn, search=Search(r"^use\b", regex=True))) == [QUOTES[2]]
    assert queries.quotes(conn, search=Search(r"^use\b", case=True, regex=True)) == []
    with pytest.raises(QueryError, match="not a valid regular expression"):
        queries.quotes(conn, search=Search("(unclosed", regex=True))


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_search_finds_exactly_the_quotes_holding_the_words(store: Path, data: st.DataObject) -> None:
    """Any piece of any quote, or other text, finds exactly the quotes holding its words whole."""
    quote = data.draw(st.sampled_from(QUOTES))
    start = data.draw(st.integers(0, len(quote)))
    end = data.draw(st.integers(start, len(quote)))
    alphabet = st.sampled_from(sorted(set("".join(QUOTES)) | set("%_\\'\"*^():-")))
    value = data.draw(st.one_of(st.just(quote[start:end]), st.text(alphabet, max_size=12), st.sampled_from(HOSTILE)))
    if not value:
        return  # no filter
    connection = connect(store)
    try:
        found = quote_texts(queries.quotes(connection, search=value))
    finally:
        connection.close()
    assert found == sorted(q for q in QUOTES if holds_words(q, value))


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
            elif not value.strip():  # an empty name is a usage error
                assert result.exit_code == 2, (args, result.stderr)
            else:  # no such city, no such article: said in one line
                assert (args[0], args[1], result.exit_code) in {("stance", "--city", 1), ("quotes", "--article", 1)}
                assert result.stderr.startswith(("Error: no city matching ", "Error: no article matches ")), args
    conn = connect(store)
    assert counts(conn) == before
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_quote_offsets_in_the_hand_built_store_point_at_the_quote(conn: sqlite3.Connection) -> None:
    for row in queries.quotes(conn):
        text = conn.execute("SELECT text FROM articles WHERE id = ?", (row["article_id"],)).fetchone()[0]
        assert text[row["start"]:row["end"]] == row["quote"]
