"""People across a store: resolved after writing, found by any name, corrected by the user's overrides.

The store is built by hand (no NLP), with invented people.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli import open_store
from sanctuary_cli.cli.main import cli
from sanctuary_cli.corpus.loader import SourceArticle, load_file
from sanctuary_cli.errors import ConfigError
from sanctuary_cli.extract.model import Analysis, CityRecord, EntityRecord, PersonRecord, QuoteRecord
from sanctuary_cli.extract.people import overrides
from sanctuary_cli.extract.people.names import person_key
from sanctuary_cli.ingest import resolve_people
from sanctuary_cli.store import queries
from sanctuary_cli.store.db import connect
from sanctuary_cli.store.write import write_article

# (speaker as the article names them, role) per article
ARTICLES = [("Ada Quillon", "Mayor"), ("Ada Quillon", "Mayor"), ("Ada R. Quillon", None), ("Quillon", "Mayor"),
            ("Quillon", None), ("Mike Orwell", None), ("Michael Orwell", None), ("Michael Orwell", None),
            ("Penn Station", None)]


def add(conn: sqlite3.Connection, folder: Path, number: int, speaker: str, role: str | None) -> None:
    quote = f"We will keep the pier open, part {number}."
    path = folder / f"a{number}.txt"
    path.write_text(f"Headline number {number} about the pier\n\n{speaker} said: “{quote}”\n", encoding="utf-8")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    start = article.body.text.index(quote)
    key = person_key(speaker)
    analysis = Analysis(
        people=[PersonRecord(speaker, [speaker], role, "Long Beach" if role else None, bool(role), None,
                             [(0, 1)], key=key)],
        cities=[CityRecord("Long Beach", "CA", 450_000, [(0, 1)])],
        quotes=[QuoteRecord(start, start + len(quote), quote, "statement", speaker, speaker, "said", key)],
    )
    write_article(conn, article, analysis, "hand-made")


@pytest.fixture
def store(isolated_store: Path, tmp_path: Path) -> Path:
    path = isolated_store
    conn = connect(path, create=True)
    for number, (speaker, role) in enumerate(ARTICLES):
        add(conn, tmp_path, number, speaker, role)
    resolve_people(conn)
    conn.close()
    return path


def names(path: Path, fixes: overrides.Overrides | None = None) -> dict[str, int]:
    conn = connect(path)
    try:
        return {p["name"]: p["quotes"] for p in queries.people(conn, overrides=fixes)}
    finally:
        conn.close()


def test_people_are_one_row_each_across_articles_and_no_station_is_a_person(store: Path) -> None:
    assert names(store) == {"Ada Quillon": 5, "Michael Orwell": 3}


def test_a_persons_quotes_are_found_by_full_name_and_by_surname(store: Path) -> None:
    conn = connect(store)
    try:
        for wanted in ("Ada Quillon", "Quillon", "quillon"):
            assert len(queries.quotes(conn, person=wanted)) == 5
        assert len(queries.quotes(conn, person="Mike Orwell")) == 3
    finally:
        conn.close()


def test_a_new_article_is_resolved_without_redoing_other_surnames(store: Path, tmp_path: Path) -> None:
    conn = connect(store)
    try:
        conn.execute("UPDATE persons SET note = 'kept' WHERE surname = 'orwell'")
        add(conn, tmp_path, 20, "Quillon", None)
        assert resolve_people(conn) == 1  # the "quillon" group only
        assert conn.execute("SELECT note FROM persons WHERE surname = 'orwell'").fetchone()[0] == "kept"
        assert resolve_people(conn) == 0
    finally:
        conn.close()
    assert names(store)["Ada Quillon"] == 6


def test_a_new_article_misspelling_a_surname_redoes_the_group_it_misspells(store: Path, tmp_path: Path) -> None:
    conn = connect(store)
    try:
        add(conn, tmp_path, 21, "Ada Quilon", None)
        assert resolve_people(conn) == 2  # "quilon", and "quillon" with it
        whole = {r[0]: r[1] for r in conn.execute("SELECT article_id, person FROM people")}
        conn.execute("UPDATE people SET person = NULL")
        conn.execute("DELETE FROM persons")
        resolve_people(conn)
        assert {r[0]: r[1] for r in conn.execute("SELECT article_id, person FROM people")} == whole
    finally:
        conn.close()
    assert names(store)["Ada Quillon"] == 6


def test_overrides_merge_split_and_rename_on_the_next_query(store: Path, tmp_path: Path) -> None:
    config = tmp_path / "fixes.toml"
    config.write_text(
        '[people]\nmerge = [["Ada Quillon", "Michael Orwell"]]\nsplit = ["Quillon"]\n'
        'rename = { "Ada Quillon" = "Ada Quillon-Vale" }\n',
        encoding="utf-8",
    )
    assert names(store, overrides.load(config)) == {"Ada Quillon-Vale": 6, "Quillon": 2}


def test_a_pinned_place_name_is_that_place(store: Path, tmp_path: Path) -> None:
    (tmp_path / "sanctuary.toml").write_text('[places]\n"Long Beach" = "Long Beach, NY"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["cities", "--store", str(store), "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "Long Beach,NY" in result.output and "Long Beach,CA" not in result.output


def test_the_file_beside_the_store_applies_and_a_bad_one_is_one_clear_line(store: Path, tmp_path: Path) -> None:
    (tmp_path / "sanctuary.toml").write_text('[people]\nrename = { "Michael Orwell" = "Mick Orwell" }\n')
    result = CliRunner().invoke(cli, ["people", "--store", str(store), "-f", "csv"])
    assert "Mick Orwell" in result.output
    bad = tmp_path / "bad.toml"
    bad.write_text("[people\n")
    result = CliRunner().invoke(cli, ["people", "--store", str(store), "--config", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "not valid TOML" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[places]\n'Long Beach' = 'Long Beach'\n", "City, ST"),
        ("[people]\nmerge = 'Ada'\n", "must be a list"),
        ("[persons]\n", "unknown section"),
    ],
)
def test_an_impossible_override_is_refused(tmp_path: Path, text: str, message: str) -> None:
    config = tmp_path / "sanctuary.toml"
    config.write_text(text)
    with pytest.raises(ConfigError, match=message):
        overrides.load(config)


# --- the same through the Python API ---------------------------------------------------------------


def test_the_api_reads_the_overrides_named_for_people_and_a_persons_quotes(store: Path, tmp_path: Path) -> None:
    config = tmp_path / "fixes.toml"
    config.write_text('[people]\nmerge = [["Ada Quillon", "Michael Orwell"]]\n', encoding="utf-8")
    with open_store(store) as plain:
        assert len(plain.quotes(person="Michael Orwell")) == 3
    with open_store(store, config=config) as fixed:
        assert [(p.name, p.quotes) for p in fixed.people()] == [("Ada Quillon", 8)]
        assert len(fixed.quotes(person="Michael Orwell")) == 8
        first = fixed.quotes(person="Orwell", limit=2)
        assert len(first) == 2 and first.total == 8


def test_the_api_applies_the_file_beside_the_store_to_cities(store: Path, tmp_path: Path) -> None:
    (tmp_path / "sanctuary.toml").write_text('[places]\n"Long Beach" = "Long Beach, NY"\n', encoding="utf-8")
    with open_store(store) as opened:
        assert [(c.city, c.state) for c in opened.cities()] == [("Long Beach", "NY")]


def test_an_article_shows_the_person_its_short_form_was_resolved_to(store: Path, tmp_path: Path) -> None:
    with open_store(store) as opened:
        assert [p["name"] for p in opened.article("a4.txt")["people"]] == ["Ada Quillon"]
    config = tmp_path / "fixes.toml"
    config.write_text('[people]\nrename = { "Ada Quillon" = "Ada Quillon-Vale" }\n', encoding="utf-8")
    with open_store(store, config=config) as fixed:
        shown = fixed.article("a4.txt")["people"]
        assert [(p["name"], p["quotes"], p["articles"]) for p in shown] == [("Ada Quillon-Vale", 5, 5)]


def test_a_missing_or_bad_overrides_file_is_a_config_error_of_the_api(store: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no overrides file"), open_store(store, config=tmp_path / "none.toml") as s:
        s.people()
    bad = tmp_path / "bad.toml"
    bad.write_text("[people\n")
    with pytest.raises(ConfigError, match="not valid TOML"), open_store(store, config=bad) as s:
        s.quotes(person="Quillon")
    result = CliRunner().invoke(cli, ["quotes", "--person", "Quillon", "--store", str(store), "--config", str(bad)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and "not valid TOML" in result.output
    assert len(result.output.strip().splitlines()) == 1


def write_named(conn: sqlite3.Connection, path: Path, text: str, name: str) -> None:
    """An article whose analysis names only ``name`` (as a tagger that missed the rest would)."""
    path.write_text(text, encoding="utf-8")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    record = PersonRecord(name, [name], None, None, False, None, [(0, 1)], key=person_key(name))
    write_article(conn, article, Analysis(people=[record]), "hand-made")


def test_the_store_reads_an_articles_text_for_a_full_name_and_a_shop(isolated_store: Path, tmp_path: Path) -> None:
    conn = connect(isolated_store, create=True)
    write_named(conn, tmp_path / "a.txt", "Portraits by the photographer Tessa Lindqvist\n\n"
                "Lindqvist shot the pier in 1946. Lindqvist printed it herself.\n", "Lindqvist")
    shop = ("Dinner at Vossberg's\n\nThe line outside Vossberg's was long. A waiter said Vossberg's will reopen,"
            " and Vossberg's closed at ten; regulars love Vossberg's.\n")
    write_named(conn, tmp_path / "b.txt", shop, "Vossberg")
    resolve_people(conn)
    conn.close()
    found = names(isolated_store)
    assert "Tessa Lindqvist" in found and "Lindqvist" not in found
    assert "Vossberg" not in found  # a restaurant, written with 's every time


def test_a_given_name_alone_follows_its_person_when_the_persons_group_is_redone(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    try:
        for number, speaker in enumerate(["Zarek Tessel"] * 3 + ["Zarek"]):
            add(conn, tmp_path, number, speaker, None)
        resolve_people(conn)
        assert names(isolated_store) == {"Zarek Tessel": 4}
        for number in range(10, 15):  # the person's most written form, and so its id, changes
            add(conn, tmp_path, number, "Coach Zarek Tessel", None)
        resolve_people(conn)
    finally:
        conn.close()
    assert list(names(isolated_store).values()) == [9]


def write_people(conn: sqlite3.Connection, path: Path, names_in_it: list[str]) -> None:
    """An article naming these people (its text says who, for the record only)."""
    path.write_text(f"Notes from the pier\n\nWith {', '.join(names_in_it)} on the pier today.\n", encoding="utf-8")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    records = [PersonRecord(n, [n], None, None, False, None, [(0, 1)], key=person_key(n)) for n in names_in_it]
    write_article(conn, article, Analysis(people=records), "hand-made")


def test_a_given_name_alone_joins_the_bearer_its_story_shares_its_people_with(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    stories = [["Loretta Pimsby", "Odo Varnick", "Selma Truitt"], ["Loretta Pimsby", "Odo Varnick"],
               ["Loretta Pimsby", "Selma Truitt"], ["Loretta Quaile", "Gus Orwin"], ["Loretta Quaile", "Gus Orwin"],
               ["Loretta", "Odo Varnick", "Selma Truitt"], ["Loretta", "Gus Orwin"]]
    for number, story in enumerate(stories):
        write_people(conn, tmp_path / f"s{number}.txt", story)
    resolve_people(conn)
    rows = dict(conn.execute("SELECT article_id, person FROM people WHERE key = 'loretta'").fetchall())
    conn.close()
    assert sorted(rows.values())[0] == "loretta pimsby"
    assert sorted(rows.values())[1] != "loretta quaile"  # one name in common is no evidence


def test_an_epithet_glued_before_a_given_name_is_read_as_the_given_name(isolated_store: Path, tmp_path: Path) -> None:
    # "I'd vote for Dead Ilvo," in a story of Ilvo Quorvath that also writes "dead"
    conn = connect(isolated_store, create=True)
    text = "Is Ilvo Quorvath Dead?\n\nIlvo Quorvath is probably dead, the host said. I'd vote for Dead Ilvo.\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    people = [PersonRecord(n, [n], None, None, False, None, [(0, 1)], key=person_key(n))
              for n in ("Ilvo Quorvath", "Dead Ilvo")]
    write_article(conn, article, Analysis(people=people), "hand-made")
    write_people(conn, tmp_path / "b.txt", ["Ilvo Quorvath"])
    resolve_people(conn)
    found = dict(conn.execute("SELECT key, person FROM people").fetchall())
    conn.close()
    assert found["dead ilvo"] == found["ilvo quorvath"]


def write_often(conn: sqlite3.Connection, path: Path, text: str, name: str, times: int = 9) -> None:
    """An article whose analysis names only ``name``, ``times`` times."""
    path.write_text(text, encoding="utf-8")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    record = PersonRecord(name, [name], None, None, False, None, [(0, 1)] * times, key=person_key(name))
    write_article(conn, article, Analysis(people=[record]), "hand-made")


def test_a_name_of_common_words_and_no_given_name_is_no_person(isolated_store: Path, tmp_path: Path) -> None:
    conn = connect(isolated_store, create=True)
    band = ("Copper Lantern sells out the pier\n\nLast night Copper Lantern played the pier. Fans of Copper"
            " Lantern sang along.\n")
    write_often(conn, tmp_path / "a.txt", band, "Copper Lantern")
    write_often(conn, tmp_path / "b.txt", "Curtains\n\nThe copper curtain fell and a lantern lit the stage.\n",
                "Orrin Tessel", 1)
    singer = "Zarek Quimbly on tour\n\nZarek Quimbly sang. The copper seats and a lantern.\n"
    write_often(conn, tmp_path / "c.txt", singer, "Zarek Quimbly")
    resolve_people(conn)
    conn.close()
    found = names(isolated_store)
    assert "Copper Lantern" not in found  # "copper" and "lantern" are words the store writes in lower case
    assert "Zarek Quimbly" in found  # no given name either, but no common word


def test_a_name_ending_in_a_plural_the_store_writes_as_a_common_noun_is_a_brand(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    chain = "Glimmer Muffins opens\n\nA Glimmer Muffins opened on the corner. Glimmer Muffins has a line.\n"
    write_often(conn, tmp_path / "a.txt", chain, "Glimmer Muffins")
    write_often(conn, tmp_path / "b.txt", "Bake sale\n\nShe sold a muffin and two muffins at noon.\n",
                "Orrin Tessel", 1)
    player = "Zarek Pins signs\n\nZarek Pins signed. The team pins its hopes on a pin and two muffins.\n"
    write_often(conn, tmp_path / "c.txt", player, "Zarek Pins")
    conn.execute("UPDATE people SET gender = 'm' WHERE key = 'zarek pins'")  # an article calls him "he"
    resolve_people(conn)
    conn.close()
    found = names(isolated_store)
    assert "Glimmer Muffins" not in found  # "muffins" and "muffin" are words the store writes in lower case
    assert "Zarek Pins" in found  # a plural the store writes too, but a man's name


def test_a_brand_named_in_full_seldom_but_often_by_its_first_word_is_asked_about_too(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    chain = "Glimmer Muffins opens\n\nA Glimmer Muffins opened on the corner, the third in town.\n"
    write_often(conn, tmp_path / "a.txt", chain, "Glimmer Muffins", 3)
    later = "Breakfast wars\n\nEveryone queues at Glimmer now; Glimmer sells more than the rest.\n"
    write_often(conn, tmp_path / "b.txt", later, "Glimmer", 6)
    write_often(conn, tmp_path / "c.txt", "Bake sale\n\nShe sold a muffin and two muffins at noon.\n",
                "Orrin Tessel", 1)
    resolve_people(conn)
    conn.close()
    assert "Glimmer Muffins" not in names(isolated_store)  # nine mentions in all, by its full name or its first word


def test_a_surname_written_in_full_only_in_a_foundations_name_is_the_foundation(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    charity = ("Grants cut\n\nThe Tessa R. Lindqvist Foundation cut its grants. Critics said Lindqvist had erred,"
               " donors asked Lindqvist to explain, and Lindqvist reversed its decision a week later.\n")
    write_often(conn, tmp_path / "a.txt", charity, "Lindqvist", 5)
    person = ("A gift\n\nThe Walter Quimbly Foundation gave a gift. Walter Quimbly, its founder, said so,"
              " and Quimbly smiled. Friends of Quimbly cheered.\n")
    write_often(conn, tmp_path / "b.txt", person, "Quimbly", 5)
    resolve_people(conn)
    conn.close()
    found = names(isolated_store)
    assert "Lindqvist" not in found and "Tessa Lindqvist" not in found
    assert "Walter Quimbly" in found  # the founder is written in full on his own too


def test_a_single_name_the_parser_tags_a_place_or_a_product_is_no_person(isolated_store: Path, tmp_path: Path) -> None:
    conn = connect(isolated_store, create=True)
    for number, label in enumerate(["PRODUCT", "GPE"]):
        text = f"A drink\n\nMix one part Vossari with soda, recipe {number}. Vossari is bitter; bars pour Vossari.\n"
        path = tmp_path / f"v{number}.txt"
        path.write_text(text, encoding="utf-8")
        [article] = load_file(path)
        assert isinstance(article, SourceArticle)
        starts = [i for i in range(len(article.body.text)) if article.body.text.startswith("Vossari", i)]
        entities = [EntityRecord(label if i else "PERSON", "Vossari", s, s + 7) for i, s in enumerate(starts)]
        record = PersonRecord("Vossari", ["Vossari"], None, None, False, None, [(0, 1)] * 3, key="vossari")
        write_article(conn, article, Analysis(people=[record], entities=entities), "hand-made")
    resolve_people(conn)
    conn.close()
    assert "Vossari" not in names(isolated_store)  # tagged a product and a place four times, a person twice


def test_a_name_opening_with_a_plural_the_store_writes_as_a_common_noun_is_a_work(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    show = "Tinplates Hour returns\n\nTinplates Hour visits Queens. Tinplates Hour appraised a clock.\n"
    write_often(conn, tmp_path / "a.txt", show, "Tinplates Hour")
    write_often(conn, tmp_path / "b.txt", "A fair\n\nShe sold old tinplates and a tinplate tray.\n",
                "Orrin Tessel", 1)
    resolve_people(conn)
    conn.close()
    assert "Tinplates Hour" not in names(isolated_store)  # "tinplates" and "tinplate" are common nouns


def test_a_one_word_name_the_store_writes_in_lower_case_again_and_again_is_a_common_word(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    mascot = "Mr. Spun at the game\n\nMr. Spun danced. Fans love Mr. Spun, and Mr. Spun waved.\n"
    write_often(conn, tmp_path / "a.txt", mascot, "Spun")
    words = " ".join(["The wool was spun by hand and the yarn spun on a wheel."] * 20)
    write_often(conn, tmp_path / "b.txt", f"Yarn\n\n{words}\n", "Orrin Tessel", 1)
    painter = "Quimbly paints\n\nQuimbly painted the pier. Quimbly sold it, and the wool spun.\n"
    write_often(conn, tmp_path / "c.txt", painter, "Quimbly")
    resolve_people(conn)
    conn.close()
    found = names(isolated_store)
    assert "Spun" not in found  # "spun" is a word the store writes in lower case forty times
    assert "Quimbly" in found  # written as often, never in lower case


def test_a_name_opening_with_a_plural_the_store_writes_once_in_lower_case_is_a_show(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    show = "Tinplates Roadtrip visits Queens\n\nTinplates Roadtrip filmed in Queens. Tinplates Roadtrip airs soon.\n"
    write_often(conn, tmp_path / "a.txt", show, "Tinplates Roadtrip")
    write_often(conn, tmp_path / "b.txt", "Fair\n\nShe sold old tinplates at the fair.\n", "Orrin Tessel", 1)
    resolve_people(conn)
    conn.close()
    assert "Tinplates Roadtrip" not in names(isolated_store)  # "tinplates", never "tinplate", in lower case


def write_tagged(
    conn: sqlite3.Connection, path: Path, text: str, name: str, times: int, tagged: dict[str, str]
) -> None:
    """An article naming ``name`` ``times`` times, the parser tagging each word of ``tagged`` with its label."""
    path.write_text(text, encoding="utf-8")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    body = article.body.text
    entities = [
        EntityRecord(label, word, at, at + len(word))
        for word, label in tagged.items() for at in range(len(body)) if body.startswith(word, at)
    ]
    record = PersonRecord(name, [name], None, None, False, None, [(0, 1)] * times, key=person_key(name))
    write_article(conn, article, Analysis(people=[record], entities=entities), "hand-made")


def test_a_product_named_in_full_seldom_but_often_by_its_last_word_is_read_and_initials_are_no_company(
    isolated_store: Path, tmp_path: Path
) -> None:
    conn = connect(isolated_store, create=True)
    launch = "Tessco Lens ships\n\nTessco unveiled Tessco Lens today. Tessco says Tessco Lens sees all.\n"
    write_tagged(conn, tmp_path / "a.txt", launch, "Tessco Lens", 3, {"Tessco": "ORG"})
    review = "A week with Lens\n\nWearing Lens all week, we found Lens heavy; Lens costs a lot.\n"
    write_often(conn, tmp_path / "b.txt", review, "Lens", 6)
    player = "JB Quillon scores\n\nJB Quillon scored twice for JB United. JB fans cheered JB Quillon.\n"
    write_tagged(conn, tmp_path / "c.txt", player, "JB Quillon", 3, {"JB": "ORG"})
    write_often(conn, tmp_path / "d.txt", "Quillon again\n\nQuillon scored, and Quillon smiled.\n", "Quillon", 6)
    resolve_people(conn)
    conn.close()
    found = names(isolated_store)
    assert "Tessco Lens" not in found  # its first word tagged a company, never a person, no "he" or "she"
    assert "JB Quillon" in found  # initials the parser tags a body are no company's name


def test_headline_phrases_the_stores_prose_writes_in_lower_case_are_common_words() -> None:
    from sanctuary_cli.store.company_rows import _lower_case_phrases

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (text TEXT)")
    prose = ["The band played at the pier last night and left.", "We saw it last night again.",
             "Crowds came last night to Harbor Nights, the show."] * 2
    conn.executemany("INSERT INTO articles (text) VALUES (?)", [(t,) for t in prose])
    assert _lower_case_phrases(conn, {"Last Night", "Harbor Nights"}) == frozenset({"Last Night"})


def test_the_headlines_calling_a_full_name_by_one_word_say_which_word() -> None:
    from sanctuary_cli.store.company_rows import calling_headlines

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (id TEXT, title TEXT)")
    conn.execute("CREATE TABLE people (article_id TEXT, key TEXT, aliases TEXT)")
    conn.executemany("INSERT INTO articles VALUES (?, ?)", [("a", "Harbor Nights Recap"), ("b", "Quell Tours Ohio")])
    conn.executemany("INSERT INTO people VALUES (?, ?, ?)", [
        ("a", "nora quell", '["Nora Quell", "Nora", "Quell"]'),  # her given name alone, and her surname alone
        ("b", "nora quell", '["Nora Quell"]'),  # named in full only
    ])
    assert calling_headlines(conn, ["nora quell"]) == {"nora quell": (("nora", "Harbor Nights Recap"),)}


def test_a_story_telling_a_full_name_apart_from_its_given_name_alone_is_not_its_headline() -> None:
    from sanctuary_cli.store.company_rows import headlines_of

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (id TEXT, title TEXT)")
    conn.execute("CREATE TABLE people (article_id TEXT, key TEXT)")
    conn.executemany("INSERT INTO articles VALUES (?, ?)", [("a", "Harbor Nights Recap"), ("b", "Outlaws Of Ohio")])
    # the recap writes "Jesse" again and again, then "he is Jesse Quarrel": two rows of its own
    rows = [("a", "jesse"), ("a", "jesse quarrel"), ("b", "jesse quarrel")]
    conn.executemany("INSERT INTO people VALUES (?, ?)", rows)
    assert headlines_of(conn, ["jesse quarrel"], given_apart=True) == {"jesse quarrel": ("Outlaws Of Ohio",)}
    assert headlines_of(conn, ["jesse quarrel"]) == {"jesse quarrel": ("Harbor Nights Recap", "Outlaws Of Ohio")}


def write_dated(conn: sqlite3.Connection, path: Path, date: str, forms: dict[str, list[str]], more: str = "") -> None:
    """An article of ``date`` naming each person (key) by these forms."""
    path.write_text(f"Notes from the pier\n\nWith {', '.join(forms)} on the pier today.{more}\n", encoding="utf-8")
    [article] = load_file(path)
    assert isinstance(article, SourceArticle)
    records = [PersonRecord(n, said, None, None, False, None, [(0, 1)], key=person_key(n)) for n, said in forms.items()]
    write_article(conn, replace(article, date=date), Analysis(people=records), "hand-made")


@pytest.mark.parametrize(
    ("namesakes", "more", "joined"),
    [
        (["Vlatko Orwin", "Vlatko Pimsby"], "", True),
        ([], "", False),  # one Vlatko: nothing says the word is a given name
        (["Vlatko Orwin", "Vlatko Pimsby"], " A vlatko of geese, and another vlatko.", False),  # a common word
    ],
)
def test_a_given_name_the_store_writes_before_several_surnames_opens_a_rare_surnames_full_name(
    isolated_store: Path, tmp_path: Path, namesakes: list[str], more: str, joined: bool
) -> None:
    # "Quarrant" alone, two months after two stories of Vlatko Quarrant that go on to write "Quarrant":
    # "Vlatko" is on no list of given names, but the store writes it before three surnames
    conn = connect(isolated_store, create=True)
    vlatko = {"Vlatko Quarrant": ["Vlatko Quarrant", "Quarrant"]}
    for number in range(2):
        write_dated(conn, tmp_path / f"a{number}.txt", "2016-11-14", vlatko)
    for number, name in enumerate(namesakes):
        write_dated(conn, tmp_path / f"b{number}.txt", "2016-10-01", {name: [name]}, more)
    write_dated(conn, tmp_path / "c.txt", "2017-01-20", {"Quarrant": ["Quarrant"]})
    resolve_people(conn)
    person = conn.execute("SELECT person FROM people WHERE key = 'quarrant'").fetchone()[0]
    conn.close()
    assert (person == "vlatko quarrant") is joined
