"""The listings a user reads first: people (counts, orders, and the stored totals that answer on a
large store giving exactly what the rows give, however the store changed since), cities and articles.

The stores are built by hand (no NLP), with invented people, except the one ingest at the end.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli import open_store
from sanctuary_cli.cli.main import cli
from sanctuary_cli.corpus.loader import SourceArticle, load_file
from sanctuary_cli.extract.model import Analysis, CityRecord, PersonRecord, QuoteRecord
from sanctuary_cli.extract.people.names import person_key
from sanctuary_cli.extract.people.overrides import Overrides
from sanctuary_cli.ingest import Options, ingest, resolve_people
from sanctuary_cli.store import people_table
from sanctuary_cli.store.db import connect
from sanctuary_cli.store.gravity import place_loose_cities
from sanctuary_cli.store.write import write_article

# Who each invented article names: (name, role, jurisdiction, quotes, mentions), and the city it is about.
STORIES: list[tuple[str, list[tuple[str, str | None, str | None, int, int]]]] = [
    ("Harbor Falls", [("Ada Quillon", "Mayor", "Harbor Falls", 2, 3), ("Bram Ostrow", None, None, 1, 4)]),
    ("Harbor Falls", [("Ada Quillon", "Mayor", "Harbor Falls", 1, 1), ("Élodie Varn", None, None, 0, 6)]),
    ("Lake Tessel", [("Cyrus Pellam", "Sheriff", "Lake Tessel", 0, 2), ("Bram Ostrow", None, None, 2, 1),
                     ("Eve Marlow", None, None, 0, 6)]),
    ("Lake Tessel", [("Dora Pell", "Council Member", "Lake Tessel", 3, 1)]),
]
NO_PEOPLE_FIX = Overrides(rename={"nobody of that name": "Nobody"})  # forces the table to be read from the rows


def add(conn: sqlite3.Connection, folder: Path, number: int, city: str,
        people: list[tuple[str, str | None, str | None, int, int]]) -> None:
    """An article naming these people, each said to have said their number of quotes."""
    lines = [f"Story {number} from {city}", ""]
    quotes = []
    for name, _, _, said, _ in people:
        for part in range(said):
            lines.append(f"{name} said: “Line {part} of {name} in story {number}.”")
            quotes.append((name, f"Line {part} of {name} in story {number}."))
    path = folder / f"story{number}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    text = article.body.text
    analysis = Analysis(
        people=[PersonRecord(name, [name], role, place, role is not None, None, [(0, 1)] * mentions,
                             key=person_key(name)) for name, role, place, _, mentions in people],
        cities=[CityRecord(city, "ZZ", 1000, [(0, 1)])],
        quotes=[QuoteRecord(text.index(q), text.index(q) + len(q), q, "statement", n, n, "said", person_key(n))
                for n, q in quotes],
    )
    write_article(conn, article, analysis, "hand-made")


def after_ingest(conn: sqlite3.Connection) -> None:
    """What an ingest does once its articles are written."""
    resolve_people(conn)
    people_table.refresh(conn)
    place_loose_cities(conn)


@pytest.fixture
def store(isolated_store: Path, tmp_path: Path) -> Path:
    conn = connect(isolated_store, create=True)
    for number, (city, people) in enumerate(STORIES):
        add(conn, tmp_path, number, city, people)
    after_ingest(conn)
    conn.close()
    return isolated_store


def table(path: Path, city: str | None = None, role: str | None = None, officials: bool = False,
          sort: str = "quotes") -> list[tuple[str, int, int, int]]:
    with open_store(path) as opened:
        found = opened.people(city, role, officials, sort=sort)
    return [(p.name, p.quotes, p.mentions, p.articles) for p in found]


def fresh(path: Path) -> bool:
    with sqlite3.connect(path) as conn:
        return bool(conn.execute("SELECT fresh FROM person_totals_state").fetchone()[0])


def test_officials_come_first_then_the_most_quoted_then_the_most_mentioned(store: Path) -> None:
    assert table(store) == [("Ada Quillon", 3, 4, 2), ("Dora Pell", 3, 1, 1), ("Cyrus Pellam", 0, 2, 1),
                            ("Bram Ostrow", 3, 5, 2), ("Eve Marlow", 0, 6, 1), ("Élodie Varn", 0, 6, 1)]


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("mentions", ["Eve Marlow", "Élodie Varn", "Bram Ostrow", "Ada Quillon", "Cyrus Pellam", "Dora Pell"]),
        ("articles", ["Bram Ostrow", "Ada Quillon", "Eve Marlow", "Élodie Varn", "Cyrus Pellam", "Dora Pell"]),
        ("name", ["Ada Quillon", "Bram Ostrow", "Cyrus Pellam", "Dora Pell", "Eve Marlow", "Élodie Varn"]),
    ],
)
def test_each_sort_orders_the_people_as_it_says(store: Path, sort: str, order: list[str]) -> None:
    assert [row[0] for row in table(store, sort=sort)] == order


def test_a_limit_keeps_the_first_rows_and_says_how_many_there_are(store: Path) -> None:
    with open_store(store) as opened:
        first = opened.people(sort="mentions", limit=2)
        assert [p.name for p in first] == ["Eve Marlow", "Élodie Varn"] and first.total == 6
        officials = opened.people(officials=True, limit=1)
        assert [p.name for p in officials] == ["Ada Quillon"] and officials.total == 3


def test_filters_keep_officials_roles_and_the_people_of_a_city(store: Path) -> None:
    assert [r[0] for r in table(store, officials=True)] == ["Ada Quillon", "Dora Pell", "Cyrus Pellam"]
    assert [r[0] for r in table(store, role="SHERIFF")] == ["Cyrus Pellam"]
    assert [r[0] for r in table(store, city="Lake Tessel")] == ["Dora Pell", "Cyrus Pellam"]
    assert table(store, city="Nowhere Bay") == []


@pytest.mark.parametrize(
    ("city", "role", "officials", "sort", "limit"),
    [(None, None, False, "quotes", None), (None, None, False, "mentions", None), (None, None, False, "articles", 3),
     (None, None, False, "name", None), (None, None, True, "quotes", None), (None, "member", False, "quotes", None),
     ("Harbor", None, False, "name", None)],
)
def test_the_stored_totals_give_what_the_rows_give(
    store: Path, city: str | None, role: str | None, officials: bool, sort: str, limit: int | None
) -> None:
    assert fresh(store)
    conn = connect(store)
    try:
        stored = people_table.page(conn, city, role, officials, sort=sort, limit=limit)
        computed = people_table.page(conn, city, role, officials, NO_PEOPLE_FIX, sort=sort, limit=limit)
    finally:
        conn.close()
    assert stored == computed and stored[0]


def test_an_article_lists_only_the_people_it_names(store: Path) -> None:
    with open_store(store) as opened:
        shown = opened.article("story1.txt")["people"]
    assert [(p["name"], p["quotes"], p["articles"]) for p in shown] == [("Ada Quillon", 3, 2), ("Élodie Varn", 0, 1)]


def test_a_new_article_changes_the_counts_at_once_and_the_next_ingest_stores_them(store: Path, tmp_path: Path) -> None:
    conn = connect(store)
    try:
        add(conn, tmp_path, 9, "Harbor Falls", [("Bram Ostrow", None, None, 4, 1)])
        assert not fresh(store)
        # written but not yet read across the store: the rows answer, the totals wait for the ingest's steps
        assert ("Bram Ostrow", 7, 6, 3) in table(store)
        assert not fresh(store)
        after_ingest(conn)
    finally:
        conn.close()
    assert fresh(store)
    assert table(store)[3] == ("Bram Ostrow", 7, 6, 3)


def test_stale_totals_are_rebuilt_by_the_next_query_when_no_ingest_has_work_pending(store: Path) -> None:
    conn = connect(store)
    try:
        conn.execute("UPDATE persons SET is_person = 0 WHERE name = 'Cyrus Pellam'")  # as a resolution could
    finally:
        conn.close()
    assert not fresh(store)
    assert "Cyrus Pellam" not in [row[0] for row in table(store)]
    assert fresh(store)


def test_the_cli_lists_the_same_csv_from_the_totals_and_from_the_rows(store: Path, tmp_path: Path) -> None:
    config = tmp_path / "fixes.toml"
    config.write_text('[people]\nrename = { "nobody of that name" = "Nobody" }\n', encoding="utf-8")
    for args in (["--sort", "name"], ["--city", "Harbor Falls"], ["--limit", "2"]):
        stored = CliRunner().invoke(cli, ["people", "-f", "csv", "--store", str(store), *args])
        computed = CliRunner().invoke(cli, ["people", "-f", "csv", "--store", str(store), "--config", str(config),
                                            *args])
        assert stored.exit_code == computed.exit_code == 0, stored.output
        assert stored.output == computed.output and stored.output.count("\n") > 1


def test_an_ingest_leaves_totals_that_match_the_rows_and_a_second_ingest_updates_them(
    seeded_store: Path, tmp_path: Path
) -> None:
    store = tmp_path / "copy.db"
    shutil.copy(seeded_store, store)
    assert fresh(store)
    with open_store(store) as opened:
        before = opened.people()
    story = tmp_path / "new" / "pier.txt"
    story.parent.mkdir()
    story.write_text("Pier reopens\n\nMayor Tamsin Orlavey of Chicago said: “The pier is open again to everyone.”\n"
                     "Orlavey said the city would keep it open.\n", encoding="utf-8")
    ingest([story.parent], store, Options(workers=1))
    assert fresh(store)
    conn = connect(store)
    try:
        assert people_table.page(conn) == people_table.page(conn, overrides=NO_PEOPLE_FIX)
    finally:
        conn.close()
    with open_store(store) as opened:
        after = opened.people()
    assert after.total == before.total + 1
    assert [(p.name, p.quotes) for p in after if "Orlavey" in p.name] == [("Tamsin Orlavey", 1)]


FIXES = [
    Overrides(merge=(("Ada Quillon", "Bram Ostrow"),)),
    Overrides(merge=(("Elodie Varn", "Cyrus Pellam"),), rename={"dora pell": "Dora Pell-Ames"}),
    Overrides(split=frozenset({"eve marlow"}), merge=(("Eve Marlow", "Dora Pell"),)),
    Overrides(rename={"élodie varn": "Elodie Varn", "ada quillon": "Ada Q."}),
]


def pending(conn: sqlite3.Connection) -> None:
    """Stale totals while an ingest has work pending: the table is computed from every row."""
    conn.execute("UPDATE person_totals_state SET fresh = 0")
    conn.execute("INSERT INTO places_pending (article_id) SELECT id FROM articles LIMIT 1")


@pytest.mark.parametrize("fixes", FIXES)
@pytest.mark.parametrize(("city", "sort"), [(None, "quotes"), (None, "name"), ("Lake Tessel", "mentions")])
def test_overrides_on_the_stored_totals_give_what_they_give_on_every_row(
    store: Path, fixes: Overrides, city: str | None, sort: str
) -> None:
    conn = connect(store)
    try:
        assert fresh(store)
        on_totals = people_table.page(conn, city, overrides=fixes, sort=sort)
        shown = {article: people_table.people(conn, overrides=fixes, article=article)
                 for (article,) in conn.execute("SELECT id FROM articles")}
        pending(conn)
        assert people_table.page(conn, city, overrides=fixes, sort=sort) == on_totals
        assert {a: people_table.people(conn, overrides=fixes, article=a) for a in shown} == shown
    finally:
        conn.close()
    assert on_totals[1] > 0


def test_a_merge_split_and_rename_change_the_rows_counts_and_names(store: Path) -> None:
    conn = connect(store)
    try:
        merged = people_table.people(conn, overrides=FIXES[0])
        assert [(p["name"], p["quotes"], p["mentions"], p["articles"]) for p in merged][:2] == [
            ("Ada Quillon", 6, 9, 3), ("Dora Pell", 3, 1, 1)]
        accents = people_table.people(conn, overrides=FIXES[1])
        assert ("Elodie Varn", 0, 8) in [(p["name"], p["quotes"], p["mentions"]) for p in accents]
        assert "Dora Pell-Ames" in [p["name"] for p in accents]
    finally:
        conn.close()


def test_a_persons_quotes_follow_the_overrides(store: Path, tmp_path: Path) -> None:
    config = tmp_path / "fixes.toml"
    config.write_text('[people]\nmerge = [["Ada Quillon", "Bram Ostrow"]]\nrename = { "Dora Pell" = "Dora Ames" }\n',
                      encoding="utf-8")
    with open_store(store, config=config) as opened:
        assert len(opened.quotes(person="Bram")) == 6
        assert len(opened.quotes(person="Ames")) == 3
        assert len(opened.quotes(person="Pellam")) == 0
    with open_store(store) as opened:
        assert len(opened.quotes(person="Bram")) == 3


# --- cities and articles on the same store ---------------------------------------------------------


def test_cities_count_their_articles_mentions_and_officials(store: Path) -> None:
    with open_store(store) as opened:
        found = [(c.city, c.articles, c.mentions, c.officials) for c in opened.cities()]
    assert found == [("Harbor Falls", 2, 2, 1), ("Lake Tessel", 2, 2, 2)]


def test_a_city_no_official_governs_counts_none(store: Path, tmp_path: Path) -> None:
    conn = connect(store)
    try:
        add(conn, tmp_path, 7, "Quarry Bend", [("Eve Marlow", None, None, 1, 1)])
        after_ingest(conn)
    finally:
        conn.close()
    with open_store(store) as opened:
        assert [(c.city, c.officials) for c in opened.cities(sort="name")][-1] == ("Quarry Bend", 0)


def test_articles_are_listed_by_file_name_and_a_limit_says_how_many_there_are(store: Path) -> None:
    with open_store(store) as opened:
        every = opened.articles()
        first = opened.articles(limit=2)
        none = opened.articles(limit=0)
    assert [a.path for a in every] == [f"story{n}.txt" for n in range(4)]
    assert [(a.people, a.quotes) for a in every] == [(2, 3), (2, 1), (3, 2), (1, 3)]
    assert [a.path for a in first] == ["story0.txt", "story1.txt"] and first.total == 4
    assert list(none) == [] and none.total == 4


def test_an_article_is_found_by_its_id_its_file_name_or_its_path(store: Path, tmp_path: Path) -> None:
    with open_store(store) as opened:
        [row] = opened.articles(limit=1)
        for ref in (row.id, row.id[:6], "story0.txt", str(tmp_path / "story0.txt"), "story0"):
            assert opened.article(ref)["id"] == row.id, ref
        result = CliRunner().invoke(cli, ["quotes", "--article", "story3.txt", "-f", "csv", "--store", str(store)])
    assert result.exit_code == 0 and result.output.count("\nDora Pell,") == 3
