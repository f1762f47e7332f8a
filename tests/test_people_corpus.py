"""One person across articles: the merge policy, on invented names."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sanctuary_cli.extract.people import usage
from sanctuary_cli.extract.people.byuse import not_a_person_by_use
from sanctuary_cli.extract.people.company import Company, chosen_by_company
from sanctuary_cli.extract.people.corpus import (
    GivenUse,
    PersonRow,
    canonical_name,
    resolve,
    surname_of,
)
from sanctuary_cli.extract.people.glued import famous_surnames, rows_to_read
from sanctuary_cli.extract.people.names import person_key, strip_title
from sanctuary_cli.extract.people.personal import not_a_personal_name
from sanctuary_cli.extract.people.relatives import written_as_kin
from sanctuary_cli.extract.people.usage import word_use
from sanctuary_cli.extract.people.written import written_with


def rows(name: str, count: int, start: int = 0, role: str | None = None, date: str | None = None) -> list[PersonRow]:
    """``count`` articles naming ``name`` (one row each)."""
    return [
        PersonRow(f"{name}-{start + i}", person_key(name), name, role, (name,), date or f"2014-0{1 + i % 9}-01")
        for i in range(count)
    ]


def person_of(result_rows: list[PersonRow], name: str) -> str:
    result = resolve(result_rows)
    return next(result.links[(r.article_id, r.key)] for r in result_rows if r.name == name)


def test_spellings_of_one_full_name_are_one_person() -> None:
    data = [*rows("Michael Orwell", 6), *rows("Mike Orwell", 2), *rows("Michael R. Orwell", 2),
            *rows("Rosalind Tessel", 5), *rows("Rosalynd Tessel", 1)]
    result = resolve(data)
    assert len({result.links[(r.article_id, r.key)] for r in data if "Orwell" in r.name}) == 1
    assert len({result.links[(r.article_id, r.key)] for r in data if "Tessel" in r.name}) == 1
    assert result.persons["michael orwell"].name == "Michael Orwell"
    assert result.persons["rosalind tessel"].name == "Rosalind Tessel"


def test_headline_words_and_nicknames_before_a_known_name_are_that_person() -> None:
    forms = ("Jets QB Ada Quillon", "Air Quillon", "Nanny Quillon")
    data = [*rows("Ada Quillon", 9), *(row for form in forms for row in rows(form, 1))]
    assert {person_of(data, n) for n in forms} == {"ada quillon"}


def test_another_given_name_is_another_person() -> None:
    data = [*rows("Ada Quillon", 9), *rows("Lindsey Quillon", 1)]
    assert person_of(data, "Lindsey Quillon") != person_of(data, "Ada Quillon")


def test_a_surname_joins_the_full_name_that_holds_most_of_its_articles() -> None:
    data = [*rows("Ada Quillon", 8), *rows("Lindsey Quillon", 1), *rows("Quillon", 4, start=50)]
    assert person_of(data, "Quillon") == "ada quillon"


def test_a_surname_never_joins_the_only_candidate_without_evidence() -> None:
    data = [*rows("Glenna Beckwith", 1), *rows("Beckwith", 2, start=50)]
    result = resolve(data)
    assert person_of(data, "Beckwith") == "beckwith"
    assert "too little evidence" in (result.persons["beckwith"].note or "")


def test_a_role_the_namesake_does_not_hold_does_not_keep_a_surname_from_its_person() -> None:
    data = [*rows("Ada Quillon", 8, role="Council Member"), *rows("Lindsey Quillon", 1)]
    speaker = PersonRow("s-1", "quillon", "Quillon", "Speaker", ("Quillon",), "2014-01-01")
    assert resolve([*data, speaker]).links[("s-1", "quillon")] == "ada quillon"


def test_competing_namesakes_are_told_apart_by_role_and_date_or_left_apart() -> None:
    mara = rows("Mara Tessel", 4, role="Governor", date="2009-05-01")
    bram = rows("Bram Tessel", 4, role="Mayor", date="2016-05-01")
    titled = PersonRow("t-1", "tessel", "Tessel", "Mayor", ("Tessel",), "2011-01-01")
    in_her_time = PersonRow("t-2", "tessel", "Tessel", None, ("Tessel",), "2009-05-01")
    unclear = PersonRow("t-3", "tessel", "Tessel", None, ("Tessel",), "2010-01-01")  # in neither's years
    result = resolve([*mara, *bram, titled, in_her_time, unclear])
    assert result.links[("t-1", "tessel")] == "bram tessel"
    assert result.links[("t-2", "tessel")] == "mara tessel"
    assert result.links[("t-3", "tessel")] == "tessel#t-3"  # nothing decides: a person of its article
    assert "compete" in (result.persons["tessel#t-3"].note or "")


def test_a_role_no_namesake_holds_leaves_the_surname_to_how_the_stories_write_it() -> None:
    # the sample's stories name the senator in full without his title, and his wife as often
    bram = [replace(r, aliases=(r.name, "Quillon")) for r in rows("Bram Quillon", 6)]
    mara = rows("Mara Quillon", 7, start=20, role="First Lady")
    titled = rows("Quillon", 3, start=50, role="President")
    result = resolve([*bram, *mara, *titled])
    assert {result.links[(r.article_id, "quillon")] for r in titled} == {"bram quillon"}


def test_one_namesake_written_about_often_among_many_named_once_is_no_choice_by_date() -> None:
    # "Tessel" in a 2009 story: Mara Tessel is written about that year, but eight other Tessels are
    # each named once; the date tells nothing between them
    mara = rows("Mara Tessel", 4, date="2009-05-01")
    others = [r for i, given in enumerate(["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal"])
              for r in rows(f"{given} Tessel", 1, start=10 + i, date="2009-05-01")]
    alone = PersonRow("t-1", "tessel", "Tessel", None, ("Tessel",), "2009-05-01")
    assert resolve([*mara, *others, alone]).links[("t-1", "tessel")] != "mara tessel"
    # holding half the surname's stories, the one written about that year is who the date points to
    assert resolve([*mara, *others[:3], alone]).links[("t-1", "tessel")] == "mara tessel"


def test_a_namesakes_years_take_in_the_stories_that_name_him_by_his_title() -> None:
    # Bram Tessel is named in full in three stories of 2011 and 2012, and as "President Tessel" in stories
    # from 2009 to 2016; Mara Tessel is named in full from 2009 to 2016. "Tessel" in a 2014 story is
    # written in both their years, so the date does not make it Mara's
    bram = [*rows("Bram Tessel", 2, role="President", date="2011-05-01"),
            *rows("Bram Tessel", 1, start=5, role="President", date="2012-05-01")]
    titled = [PersonRow(f"p-{year}", "tessel", "Tessel", "President", ("President Tessel",), f"{year}-03-01")
              for year in range(2009, 2017)]
    mara = [*rows("Mara Tessel", 3, date="2009-04-01"), *rows("Mara Tessel", 4, start=10, date="2016-07-01")]
    alone = PersonRow("t-1", "tessel", "Tessel", None, ("Tessel",), "2014-02-26")
    result = resolve([*bram, *titled, *mara, alone])
    assert result.links[("p-2014", "tessel")] == "bram tessel"
    assert result.links[("t-1", "tessel")] != "mara tessel"
    # without the titled stories, 2014 lies within Mara's years only
    assert resolve([*bram, *mara, alone]).links[("t-1", "tessel")] == "mara tessel"


def test_a_common_given_name_alone_is_not_taken_for_a_surname_the_store_also_uses_as_a_given_name() -> None:
    data = [*rows("Dana Michael", 9), *rows("Michael", 3, start=50)]
    given = {"michael": [GivenUse("michael orwell", "michael orwell", 4)]}
    result = resolve(data, given=given)
    assert {result.links[(r.article_id, r.key)] for r in data if r.key == "michael"} == {"michael"}
    assert person_of(data, "Michael") == "dana michael"  # without such a given name, it is the surname


def test_an_uncommon_given_name_alone_is_its_one_bearer() -> None:
    data = rows("Zarek", 2, start=50)
    result = resolve(data, given={"zarek": [GivenUse("zarek tessel", "zarek tessel", 5)]})
    assert {result.links[(r.article_id, r.key)] for r in data} == {"zarek tessel"}
    shared = {"zarek": [GivenUse("zarek tessel", "zarek tessel", 5), GivenUse("zarek orwell", "zarek orwell", 4)]}
    # two bearers: nothing says which, nor that the two articles mean one Zarek
    linked = {resolve(data, given=shared).links[(r.article_id, r.key)] for r in data}
    assert linked == {"zarek#Zarek-50", "zarek#Zarek-51"}


def test_a_given_name_alone_a_story_goes_on_about_without_the_bearers_surname_is_not_that_bearer() -> None:
    # "Zarek" thirty times in a story of the Orwell brothers is no Zarek Tessel: a story names its subject
    story = PersonRow("s-1", "zarek", "Zarek", None, ("Zarek",), mentions=30)
    given = {"zarek": [GivenUse("zarek tessel", "zarek tessel", 5)]}
    brothers = "The Orwell Brothers, Ranked\n\nZarek mocked Bram Orwell again. Zarek is the wittier brother."
    assert resolve([story], given=given, texts={"s-1": brothers}).links[("s-1", "zarek")] != "zarek tessel"
    # the story that writes the bearer's surname somewhere is his
    his = "Tessel Returns\n\nZarek mocked his rivals again. Zarek is the wittier one, Tessel's fans say."
    assert resolve([story], given=given, texts={"s-1": his}).links[("s-1", "zarek")] == "zarek tessel"
    # and a name written once in passing still goes by the store
    once = replace(story, mentions=1)
    assert resolve([once], given=given, texts={"s-1": brothers}).links[("s-1", "zarek")] == "zarek tessel"


def test_a_given_name_alone_its_story_writes_again_and_again_before_a_full_name_is_not_that_name() -> None:
    # a recap writes "Jesse" again and again, then "he is Jesse Quarrel", an outlaw, once; its extractor
    # kept the two apart, and the show's Jesse Pinkwell is named in two recaps under the same show
    text = ("Harbor Nights Recap: The Lab\n\nJesse ran. Walt called Jesse. Jesse hid, and Jesse cried. "
            "He is Dillinger, he is Jesse Quarrel, he is every outlaw.")
    recap = [PersonRow("r-1", "jesse", "Jesse", None, ("Jesse",), mentions=5),
             PersonRow("r-1", "jesse quarrel", "Jesse Quarrel", None, ("Jesse Quarrel",))]
    data = [*rows("Jesse Pinkwell", 2), *recap]
    given = {"jesse": [GivenUse("jesse pinkwell", "jesse pinkwell", 2), GivenUse("jesse quarrel", "jesse quarrel", 1)]}
    titles = {"jesse pinkwell": ("Harbor Nights Recap: Fire", "Harbor Nights Recap: Ice"), "jesse quarrel": ()}
    result = resolve(data, given=given, texts={"r-1": text}, company=Company(titles=titles))
    assert result.links[("r-1", "jesse")] == "jesse pinkwell"
    # where nothing says which Jesse, the given name stays apart, not the outlaw's
    result = resolve(data, given=given, texts={"r-1": text})
    assert result.links[("r-1", "jesse")] not in {"jesse quarrel", "jesse pinkwell"}
    # named in full first, the given name alone is the full name's
    first = "Harbor Nights Recap: The Lab\n\nHe is Jesse Quarrel, an outlaw. Jesse ran. Walt called Jesse. Jesse hid."
    result = resolve(data, given=given, texts={"r-1": first}, company=Company(titles=titles))
    assert result.links[("r-1", "jesse")] == "jesse quarrel"


def test_names_of_places_and_works_are_kept_but_marked_no_person() -> None:
    result = resolve(rows("Orrin Vale Station", 3))
    assert [p.is_person for p in result.persons.values()] == [False]


def test_the_result_does_not_depend_on_the_order_of_the_rows() -> None:
    data = [*rows("Ada Quillon", 5), *rows("Quillon", 3, start=50), *rows("Mike Orwell", 2), *rows("Michael Orwell", 2)]
    assert resolve(data) == resolve(list(reversed(data)))


def test_groups_are_by_surname_and_a_suffix_is_no_surname() -> None:
    assert surname_of("ada quillon jr") == surname_of("quillon") == "quillon"
    assert surname_of("ada de quillon") == "quillon"


def test_the_canonical_name_is_the_commonest_plain_full_name() -> None:
    assert canonical_name(["Ada R. Quillon", "Ada R. Quillon", "Ada Quillon", "Quillon", "Quillon"]) == "Ada Quillon"
    assert canonical_name(["Mayor Ada Quillon", "Ada Quillon"]) == "Ada Quillon"
    assert canonical_name(["Quillon"]) == "Quillon"
    # a surname with its particle capitalised is no given name and surname
    assert canonical_name(["Von Quillen", "Von Quillen", "Von Quillen", "Matthew Von Quillen"]) == "Matthew Von Quillen"
    # one story writes the name and, once, a pun on it: the name its story goes by is the person's
    assert canonical_name(["Axel Roze", "Axel Rozey"], gone_by={"Axel Roze": 5}) == "Axel Roze"
    assert canonical_name(["Axel Rozey", "Axel Roze"], gone_by={"Axel Roze": 5}) == "Axel Roze"
    # two stories, one misspelling the name: the one that names the person more often
    assert canonical_name(["Dominika Vessel", "Dominka Vessel"], {"Dominika Vessel": 6, "Dominka Vessel": 3}) == (
        "Dominika Vessel"
    )


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("Orrin Vale Station", "place"),
        ("LINDQVIST BRIDGE", "place"),
        ("Dorrit Avenues", "place"),
        ("Tesswood Cinema", "place"),  # "a late show at Tesswood Cinema"
        ("Orrin's Diner", "place"),
        ("Orrin Heights", "place"),  # a neighbourhood
        ("Tesswood Grill", "place"),  # "dinner at Tesswood Grill", a restaurant
        ("Orrin Vale Pizza", "place"),
        ("Mara Quillon Collection", "work"),  # a chef's product line: "the Mara Quillon Collection of pans"
        ("Orrin Watch", "work"),  # a recap's column: "Orrin Watch: what he did this week"
        ("Tessel Line", "place"),  # a train line: "delays on the Tessel Line"
        ("Crazy Orrin", "nickname"),  # a shop named for its founder's nickname
        ("My Lonely Harbor", "no personal name"),
        ("Wherein Ada Quillon", "no personal name"),  # a recap's heading: "Wherein Ada Learns To Sail"
        ("Ada Quillon-Bram Tessel", "hyphen"),
        ("QXR", "acronym"),
        ("Photo", "credit"),
        ("Courtesy Dana Orwell", "credit"),
        ("Mara Tessel Tessel", "repeated"),
        ("Air Quillon", "nickname"),
        ("Nanny Quillon", "nickname"),  # a mocking one: "the critics' Nanny Quillon"
        ("Aunt Mara", "nickname"),
        ("Drifting Harbor", "work"),
        ("Glad QXR", "body"),
        ("Governors Regatta", "event"),
        ("Harbor Nights: Season", "subtitle"),  # a list of shows: "Harbor Nights: Season 3"
        ("Marla Singing Quillon", "-ing"),  # a recap's heading: "Marla Singing Quillon To Strangers"
        ("Allah", "god"),
    ],
)
def test_what_no_personal_name_looks_like(name: str, reason: str) -> None:
    assert reason in (not_a_personal_name(name) or "")


@pytest.mark.parametrize(
    "name",
    [
        "Ada Quillon", "Bram de Tessel", "Rosa Quillon-Vale", "JB Orwell", "Irving Tessel",
        "Grace Park", "Dana Lane", "Harlan Hill", "Ji-won Park", "J. Park",  # a given name or an initial first
        "Zorvik Hill",  # a rare given name no list holds: the store asks whether "he" or "she" is written
        "Ada Sterling Quillon", "Ada King Quillon",  # a given name, a short word ending in -ing
    ],
)
def test_personal_names_pass(name: str) -> None:
    assert not_a_personal_name(name) is None


def test_how_the_articles_write_a_one_word_name_tells_a_person_from_a_place_or_a_word() -> None:
    platform = [
        "Quillon said the clip spread on Chirpr. It was seen on Chirpr by many, and fans at Chirpr cheered.",
        "The mayor posted on Chirpr again, and her aides answered via Chirpr; reporters quoted Chirpr users.",
    ]
    assert "place" in (not_a_person_by_use(word_use("Chirpr", platform)) or "")
    body = ["Ask Vossberg University. She went to Vossberg College, then Vossberg Hall."]
    assert "longer name" in (not_a_person_by_use(word_use("Vossberg", body)) or "")
    common = ["Buy a Lantern. He lit a lantern, then another lantern, and a lantern."]
    assert "common word" in (not_a_person_by_use(word_use("Lantern", common)) or "")
    person = ["Then Quillon spoke. Later Quillon's aide said that Quillon would run, said Quillon."]
    assert not_a_person_by_use(word_use("Quillon", person)) is None


def test_a_one_word_name_written_as_where_things_are_is_a_place() -> None:
    town = [
        "We drove out to Orrinport. The beach in Orrinport was full, and the boats off Orrinport too.",
        "Bars around Orrinport stay open late; a house off Orrinport sold, and Orrinport voted in June.",
        "Then Orrinport flooded, and buses across Orrinport stopped; Orrinport is quiet in winter.",
    ]
    assert "place" in (not_a_person_by_use(word_use("Orrinport", town)) or "")
    person = [
        "Tessaly said she would run. Voters around Tessaly cheered, and Tessaly thanked them.",
        "Later Tessaly's aide said Tessaly would speak, and Tessaly spoke; Tessaly left at noon.",
    ]
    assert not_a_person_by_use(word_use("Tessaly", person)) is None


@pytest.mark.parametrize(
    "name",
    ["Tessaly Park", "Quorrel Lane", "Vandermost Hill Beach", "Karaoke Night"],  # "a flat in Tessaly Park"
)
def test_a_surnames_word_after_no_given_name_and_never_he_or_she_is_a_place(name: str) -> None:
    data = rows(name, 3)
    result = resolve(data)
    assert result.persons[person_key(name)].is_person is False


def test_a_surnames_word_after_a_rare_given_name_called_he_is_a_person() -> None:
    data = [replace(r, gender="m") for r in rows("Zorvik Hill", 3)]  # "Zorvik Hill told reporters he ..."
    assert resolve(data).persons["zorvik hill"].is_person
    assert resolve(rows("Grace Park", 3)).persons["grace park"].is_person


def test_a_word_written_alone_in_brackets_in_a_transcript_is_no_person() -> None:
    speech = [
        "Thank you all. (Applause.) I know you are tired. (Applause and laughter.) So I will be brief.",
        "We won. (Applause) And we will win again. (Applause.) Thank you, Applause Hall.",
    ]
    assert "stage direction" in (not_a_person_by_use(word_use("Applause", speech)) or "")
    quoted = ["He said [Quillon] would run. Quillon spoke later (Quillon was tired) and Quillon left."]
    assert not_a_person_by_use(word_use("Quillon", quoted)) is None


def test_a_word_written_alone_in_double_quotes_again_and_again_is_a_title() -> None:
    interview = [
        'We talked before the finales, "Nora" parts 2 and 3. I thought "Nora" part 1 was the best. The last two '
        '"Nora" episodes close the season, and the “Nora” finale airs Monday.'
    ]
    assert "title" in (not_a_person_by_use(word_use("Nora", interview)) or "")
    # a woman named in quotes once, as a pseudonym, then written plainly, is a person
    pseudonym = ['A tenant, who asked to be called "Nora", said the heat was off. Nora called the city. Nora waited.']
    assert not_a_person_by_use(word_use("Nora", pseudonym)) is None


def test_a_players_position_and_team_are_no_part_of_the_name() -> None:
    assert strip_title("Harbors QB Orrin Tessel") == "Orrin Tessel"
    assert strip_title("Harbors GM Dana Orwell") == "Dana Orwell"  # the team's general manager
    assert strip_title("Midfielder Bram Quillon") == "Bram Quillon"
    assert strip_title("Pres Quillon") == "Quillon"  # a tweet's title without its dot, as "Gov Quillon"
    assert strip_title("Striker Ada Vale-Orwell") == "Ada Vale-Orwell"
    assert strip_title("Pitcher Vale") == "Pitcher Vale"  # too short to tell a position from a name


def test_a_name_always_written_with_s_is_a_shop_or_an_outlet() -> None:
    shop = [
        "We ate at Vossberg's last night. The line outside Vossberg's was long, and Vossberg's closed at ten.",
        "A waiter said Vossberg's will reopen in May.",
    ]
    assert "'s" in (not_a_person_by_use(word_use("Vossberg", shop)) or "")
    owner = ["Later Vossberg's mother spoke. The chef said Vossberg was tired, and Vossberg left; Vossberg came back."]
    assert not_a_person_by_use(word_use("Vossberg", owner)) is None


def test_a_given_name_made_plural_in_several_stories_is_a_shop_not_a_person() -> None:
    # "Lorettas" in two stories, never a full name's surname: a shop's or a team's name
    assert not resolve(rows("Lorettas", 2)).persons["lorettas"].is_person
    # or written again and again in one ("the line outside Lorettas")
    assert not resolve([replace(rows("Lorettas", 1)[0], mentions=6)]).persons["lorettas"].is_person
    # once in passing, it may be anyone's; a common surname made so ("Edwards") is a person's
    assert resolve([replace(rows("Lorettas", 1)[0], mentions=2)]).persons["lorettas"].is_person
    assert resolve(rows("Edwards", 2)).persons["edwards"].is_person
    # as is the surname of a full name the store holds ("Ada Lorettas")
    found = resolve([*rows("Lorettas", 2), *rows("Ada Lorettas", 2)])
    assert {found.persons[found.links[(f"Lorettas-{i}", "lorettas")]].is_person for i in range(2)} == {True}


def test_a_name_that_reports_is_an_outlet() -> None:
    outlet = ["As Chirpline reports, the pier shut. An aide told Chirpline it would reopen; Chirpline reports more."]
    assert "outlet" in (not_a_person_by_use(word_use("Chirpline", outlet)) or "")
    # its newsroom's people tell an outlet too, though the parser tags it a person and a "she" follows
    newsroom = ["He was 26 and worked at Chirpline. She read Chirpline daily.", "Chirpline writer Ada Quillon left.",
                "An editor at Chirpline, Bram Orwell, said she quit. Chirpline shut in May."]
    use = replace(word_use("Chirpline", newsroom), articles=3, gendered=1, person_tags=5)
    assert "outlet" in (not_a_person_by_use(use) or "")
    # a magazine: its cover, the essays written for it
    magazine = ["She is on the cover of Glossio. Glossio said she was thrilled.",
                "Her essay for Glossio drew fire; Glossio stood by it.", "In the pages of Glossio, she laughed."]
    use = replace(word_use("Glossio", magazine), articles=3, gendered=2, person_tags=5)
    assert "outlet" in (not_a_person_by_use(use) or "")
    # a site readers write into, that points things out, written "Chirpsite, which": a thing, not a "who"
    site = ["A tipster wrote into Chirpsite about the line. As Chirpsite points out, it was long.",
            "Nobody reads it like Chirpsite, which loves a feud. Chirpsite said she was wrong.",
            "Chirpsite ran the photos. Later Chirpsite apologised."]
    use = replace(word_use("Chirpsite", site), articles=3, gendered=1, person_tags=6)
    assert "outlet" in (not_a_person_by_use(use) or "")
    # a person written to, once with "which" after her name, is still one
    writer = ["Fans wrote to Quillonby about the show. Quillonby said she would answer them all.",
              "The mayor met Quillonby, who smiled. The crowd cheered Quillonby, which pleased her. Quillonby left."]
    assert not_a_person_by_use(replace(word_use("Quillonby", writer), articles=2, gendered=2)) is None
    # a person one works for is no outlet
    boss = ["He worked for Quillonby for years. Quillonby said she was proud.", "Quillonby thanked him."]
    assert not_a_person_by_use(replace(word_use("Quillonby", boss), articles=2, gendered=2)) is None


def test_a_surname_its_stories_write_as_an_outlet_joins_no_full_name_unless_called_he_or_she() -> None:
    outlet = ["According to Quillfox, the pier shut. Quillfox spoke to three sources; the mayor told Quillfox no.",
              "As Quillfox reports, the ferry is late. Quillfox News said so."]
    alone = rows("Quillfox", 3, start=50)
    data = [*rows("Ada Quillfox", 8), *alone]
    uses = {"quillfox": word_use("Quillfox", outlet)}
    result = resolve(data, uses)
    assert {result.links[(r.article_id, r.key)] for r in alone} & {"ada quillfox"} == set()
    # a story that calls the word "she" means the one Quillfox the store writes about
    called = [replace(alone[0], gender="f"), *alone[1:]]
    result = resolve([*rows("Ada Quillfox", 8), *called], uses)
    assert result.links[(called[0].article_id, "quillfox")] == "ada quillfox"


def test_the_last_word_of_a_things_name_written_alone_is_that_thing_unless_called_he_or_she() -> None:
    alone = rows("Harbor", 2, start=50)  # a show "Drifting Harbor", then "Harbor" alone in two stories
    result = resolve([*rows("Drifting Harbor", 3), *alone])
    person = result.persons[result.links[(alone[0].article_id, "harbor")]]
    assert not person.is_person and "thing's name" in (person.note or ""), person
    called = [replace(r, gender="m") for r in alone]  # "Harbor said he would run": a man of that name
    result = resolve([*rows("Drifting Harbor", 3), *called])
    assert result.persons[result.links[(called[0].article_id, "harbor")]].is_person
    # a given name alone is someone's, whatever shop bears it: "Joe" beside the chain "Trader Joe"
    joe = rows("Joe", 2, start=50)
    result = resolve([*rows("Trader Joe", 3), *joe])
    assert not result.persons["trader joe"].is_person
    assert result.persons[result.links[(joe[0].article_id, "joe")]].is_person


def test_a_story_that_writes_the_word_for_an_animal_takes_that_story_out_of_the_person() -> None:
    bear, cook = rows("Tobin", 2, start=50)
    texts = {
        bear.article_id: "We mourn the death of Tobin the zoo's polar bear, who swam laps. Crowds loved Tobin.",
        cook.article_id: "Tobin said he would cook again. Later Tobin left the lab for good.",
    }
    result = resolve([bear, cook], texts=texts)
    assert not result.persons[result.links[(bear.article_id, "tobin")]].is_person
    assert result.persons[result.links[(cook.article_id, "tobin")]].is_person


def test_a_name_after_a_or_her_is_a_thing_unless_the_articles_call_it_he_or_she() -> None:
    texts = [
        "She started a Chirpfund to pay for it. Her Chirpfund raised $900, and a Chirpfund in May raised more.",
        "Then the Chirpfund closed. Donors gave to her Chirpfund and to a Chirpfund for the library.",
    ]
    use = word_use("Chirpfund", texts)
    assert "thing" in (not_a_person_by_use(use) or "")
    assert not_a_person_by_use(replace(use, articles=2, gendered=2)) is None  # "he" in both: a person's name
    # "the Vossberg administration": a name before the noun it modifies is no thing
    modifier = ["The Vossberg administration said no. A Vossberg aide said the Vossberg plan stands, said Vossberg."]
    assert not_a_person_by_use(word_use("Vossberg", modifier)) is None


def test_a_towns_name_written_after_at_or_in_now_and_then_is_the_town() -> None:
    texts = [
        "We drove out to Cutchogue on Friday, and by noon Cutchogue was quiet. The farms in Cutchogue were busy, "
        "so Cutchogue slept late.",
        "Later that year Cutchogue voted, and then Cutchogue built a library. Friends said Cutchogue changed, but "
        "Cutchogue stayed small.",
    ]
    assert "place" in (not_a_person_by_use(word_use("Cutchogue", texts)) or "")
    # a word no gazetteer holds, written so, is not told to be a place by so few uses
    assert not_a_person_by_use(word_use("Quellow", [t.replace("Cutchogue", "Quellow") for t in texts])) is None


def test_a_name_the_parser_tags_an_organisation_is_one_when_no_article_calls_it_he_or_she() -> None:
    texts = ["Then Tessco said it would hire.", "Later Tessco hired."]
    use = replace(word_use("Tessco", texts), thing_tags=6, person_tags=1)
    assert "organisation" in (not_a_person_by_use(use) or "")
    assert not_a_person_by_use(replace(use, articles=3, gendered=1)) is None


def test_a_surname_alone_is_the_full_name_its_article_writes() -> None:
    text = "Portraits by the photographer Tessa Lindqvist open today. Lindqvist shot the pier in 1946."
    data = [PersonRow("a-1", "lindqvist", "Lindqvist", None, ("Lindqvist",), "2014-01-01")]
    result = resolve(data, texts={"a-1": text})
    assert result.links[("a-1", "lindqvist")] == "tessa lindqvist"
    assert result.persons["tessa lindqvist"].name == "Tessa Lindqvist"
    # a full name the store holds beats one only the text writes; two names the store holds decide nothing
    known = [*rows("Tessa Lindqvist", 4), *rows("Bram Lindqvist", 4)]
    both = "Tessa Lindqvist and Bram Lindqvist came. Lindqvist spoke."
    assert resolve([*known, *data], texts={"a-1": both}).links[("a-1", "lindqvist")] != "tessa lindqvist"


def test_a_given_name_alone_is_the_full_name_of_the_store_its_article_writes() -> None:
    text = "Zarek Tessel's new album is out. Zarek sings on every track, and Zarek Wins is the single."
    data = [PersonRow("a-1", "zarek", "Zarek", None, ("Zarek",), "2014-01-01")]
    given = {"zarek": [GivenUse("zarek tessel", "zarek tessel", 1)]}
    assert resolve(data, given=given, texts={"a-1": text}).links[("a-1", "zarek")] == "zarek tessel"
    # a headline's capitalised word after a given name is no surname
    assert resolve(data, texts={"a-1": "Zarek Wins Again. Zarek sang."}).links[("a-1", "zarek")] == "zarek"


def test_a_name_running_on_into_a_bodys_name_is_not_the_person() -> None:
    found = written_with("Lindqvist", "The Tessa Lindqvist Foundation paid. Lindqvist funds it.")
    assert found.as_surname == ()


def test_a_full_name_key_resolved_into_another_person_is_followed() -> None:
    initialled = PersonRow("r-1", "zarek r tessel", "Zarek R. Tessel", None, ("Zarek R. Tessel",), "2014-01-01")
    data = [*rows("Zarek Tessel", 6), initialled]
    lone = PersonRow("z-1", "zarek", "Zarek", None, ("Zarek",), "2014-01-01")
    given = {"zarek": [GivenUse("zarek r tessel", "zarek r tessel", 1)]}
    result = resolve([*data, lone], given=given, texts={"z-1": "Zarek R. Tessel sang. Zarek left."})
    assert result.links[("z-1", "zarek")] in result.persons


def test_a_word_before_users_an_account_or_a_feed_is_written_as_a_platform() -> None:
    texts = ["Loyal Chirpr users mocked the ad. The coach handed his Chirpr account to an aide.",
             "Then the Chirpr feed went quiet. Vote in our Chirpr poll, says Chirpr co-founder Ada Quillon."]
    assert word_use("Chirpr", texts).after_place_word == 5
    person = ["The Quillon administration said no. Later the Quillon campaign spoke, and Quillon's account of it too.",
              "Quillon polled well; Quillon founded a bakery."]
    assert word_use("Quillon", person).after_place_word == 0


def test_a_date_before_a_word_is_no_given_name_and_a_platform_is_not_read_into_a_full_name() -> None:
    data = [PersonRow("a-1", "chirpr", "Chirpr", None, ("Chirpr",), "2014-01-01")]
    assert resolve(data, texts={"a-1": "Chirpr posted on Sunday Chirpr again."}).links[("a-1", "chirpr")] == "chirpr"
    platform = word_use("Chirpr", ["It spread on Chirpr, via Chirpr, at Chirpr, on Chirpr; a Chirpr page, on Chirpr."])
    text = {"a-1": "Dana Chirpr spoke. It spread on Chirpr."}
    result = resolve(data, uses={"chirpr": platform}, texts=text)
    assert result.links[("a-1", "chirpr")] == "chirpr" and not result.persons["chirpr"].is_person
    assert platform.capitalised >= 6


def test_a_common_given_name_alone_is_one_person_only_when_written_alone_far_more_than_in_full() -> None:
    lone = rows("Harold", 3, start=50)
    mostly_in_full = {"harold": [GivenUse("harold orwell", "harold orwell", 6)]}
    assert len({resolve(lone, given=mostly_in_full).links[(r.article_id, r.key)] for r in lone}) == 3
    mononym = rows("Harold", 8, start=50)
    rarely_in_full = {"harold": [GivenUse("harold orwell", "harold orwell", 1)]}
    assert {resolve(mononym, given=rarely_in_full).links[(r.article_id, r.key)] for r in mononym} == {"harold"}


def test_a_common_given_name_alone_that_is_also_ones_surname_is_a_person_of_each_story() -> None:
    # "Harold" in a story about a couple, "Harold" in a story about a statue; the store writes
    # "Bram Harold" in full, and several people named Harold: nothing says one Harold is meant
    lone = rows("Harold", 2, start=50)
    bearers = {"harold": [GivenUse("harold orwell", "harold orwell", 2), GivenUse("harold tessel", "harold tessel", 1)]}
    result = resolve([*rows("Bram Harold", 3), *lone], given=bearers)
    assert len({result.links[(r.article_id, r.key)] for r in lone}) == 2


def test_a_name_inside_a_foundations_name_is_the_foundations() -> None:
    texts = ["The Tessa Lindqvist Foundation gave $5. Officials of the Tessa Lindqvist Foundation said so."]
    assert "body" in (not_a_person_by_use(word_use("Tessa Lindqvist", texts), several_words=True) or "")


def test_a_common_given_name_alone_is_the_bearer_the_store_writes_about_at_length() -> None:
    lone = rows("Harold", 2, start=50)
    famous = {"harold": [GivenUse("harold orwell", "harold orwell", 14), GivenUse("harold tessel", "harold tessel", 1)]}
    assert {resolve(lone, given=famous).links[(r.article_id, r.key)] for r in lone} == {"harold orwell"}
    shared = {"harold": [GivenUse("harold orwell", "harold orwell", 14), GivenUse("harold tessel", "harold tessel", 5)]}
    assert "harold orwell" not in {resolve(lone, given=shared).links[(r.article_id, r.key)] for r in lone}


def test_a_name_whose_first_word_the_parser_tags_a_company_is_a_product() -> None:
    use = replace(word_use("Tessco Lens", ["Then Tessco Lens shipped."]), opener_thing_tags=5)
    assert "product" in (not_a_person_by_use(use, several_words=True) or "")
    assert not_a_person_by_use(replace(use, opener_person_tags=1), several_words=True) is None
    assert not_a_person_by_use(replace(use, articles=1, gendered=1), several_words=True) is None
    # one "he" of a reviewer in three stories, where "the Tessco Lens" is written: still the gadget
    gadget = replace(use, articles=3, gendered=1, after_determiner=1)
    assert "product" in (not_a_person_by_use(gadget, several_words=True) or "")
    # a chef named like her shop is never written after "the"; and "he" in two stories of three is a person
    assert not_a_person_by_use(replace(gadget, after_determiner=0), several_words=True) is None
    assert not_a_person_by_use(replace(gadget, gendered=2), several_words=True) is None


def test_a_name_in_a_capitalised_heading_is_written_in_full() -> None:
    found = written_with("Zarek", "ZAREK TESSEL\nZarek sings on every track.")
    assert found.as_given == ("Zarek Tessel",)


def test_run_together_initials_are_the_same_person_and_a_names_start_is_not() -> None:
    data = [*rows("Kenan Vossberg", 6), *rows("Ken Vossberg", 3, start=20), *rows("Henry Clay Tessel", 2),
            *rows("H.C. Tessel", 1, start=20), *rows("Al Tessel", 1, start=30)]
    result = resolve(data)
    assert person_of(data, "Ken Vossberg") != "kenan vossberg"
    assert result.links[("H.C. Tessel-20", "hc tessel")] == "henry clay tessel"
    assert result.links[("Al Tessel-30", "al tessel")] != "henry clay tessel"  # a given name of its own


def test_a_clipped_given_name_of_a_far_more_written_name_is_that_person_and_its_surname_follows() -> None:
    data = [*rows("Gisberto Vallow", 12), *rows("Gis Vallow", 3, start=20), *rows("Vallow", 3, start=40),
            *rows("Dorotea Marsk", 4), *rows("Dor Marsk", 3, start=20)]
    assert person_of(data, "Gis Vallow") == "gisberto vallow"
    assert person_of(data, "Vallow") == "gisberto vallow"
    assert person_of(data, "Dor Marsk") != "dorotea marsk"  # not far rarer: maybe a namesake
    namesakes = [*rows("Ken Quade", 9), *rows("Kenan Quade", 1, start=20)]
    assert person_of(namesakes, "Kenan Quade") != "ken quade"  # "Ken" is short for Kenneth


def test_a_clipped_given_name_is_the_same_person_under_a_rare_surname_but_not_of_another_gender() -> None:
    data = [*rows("Gisberto Vallow", 1), *rows("Gis Vallow", 1, start=20), *rows("Vallow", 3, start=40),
            *rows("Daniela Kroosh", 1), *rows("Dan Kroosh", 1, start=20)]
    assert person_of(data, "Gis Vallow") == person_of(data, "Gisberto Vallow")
    assert person_of(data, "Dan Kroosh") != person_of(data, "Daniela Kroosh")
    # a listed short form clips a longer form of its own name ("Gil" of Gilbert, so of "Gilberto"), no other
    data = [*rows("Gilberto Vallow", 1), *rows("Gil Vallow", 1, start=20), *rows("Kenan Kroosh", 1),
            *rows("Ken Kroosh", 1, start=20)]
    assert person_of(data, "Gil Vallow") == person_of(data, "Gilberto Vallow")
    assert person_of(data, "Ken Kroosh") != person_of(data, "Kenan Kroosh")


def test_a_given_name_alone_is_the_bearer_whose_stories_name_the_same_people() -> None:
    data = [*rows("Loretta Pimsby", 6), *rows("Loretta Quaile", 6), *rows("Loretta", 1, start=90),
            *rows("Loretta", 1, start=95)]
    around_pimsby = frozenset({"odo varnick", "selma truitt", "gus orwin"})
    company = Company(
        of_article={"Loretta-90": frozenset({"odo varnick", "selma truitt"}), "Loretta-95": frozenset({"odo varnick"})},
        of_key={"loretta pimsby": (around_pimsby, frozenset({"odo varnick"})), "loretta quaile": (frozenset(),)},
    )
    given = {"loretta": [GivenUse(k, k, 6) for k in ("loretta pimsby", "loretta quaile")]}
    data_rows = [r for r in data if r.key == "loretta"]
    result = resolve(data, given=given, company=company)
    links = {r.article_id: result.links[(r.article_id, r.key)] for r in data_rows}
    assert links["Loretta-90"] == "loretta pimsby"
    assert links["Loretta-95"] != "loretta pimsby"  # one name in common is no evidence


def test_a_surname_alone_is_the_namesake_whose_stories_name_the_same_people() -> None:
    # "Pimsby said" in a match report that names two of Coach Odo Pimsby's players, never his namesake's
    data = [*rows("Odo Pimsby", 4), *rows("Mara Pimsby", 4, start=20), *rows("Pimsby", 1, start=90),
            *rows("Pimsby", 1, start=95)]
    players = frozenset({"tam varnick", "selma truitt", "gus orwin"})
    company = Company(
        of_article={"Pimsby-90": frozenset({"tam varnick", "selma truitt"}), "Pimsby-95": frozenset({"tam varnick"})},
        of_key={"odo pimsby": (players, frozenset({"tam varnick", "selma truitt"})), "mara pimsby": (frozenset(),)},
    )
    result = resolve(data, company=company)
    assert result.links[("Pimsby-90", "pimsby")] == "odo pimsby"
    assert result.links[("Pimsby-95", "pimsby")] != "odo pimsby"  # one name in common is no evidence


def test_a_titled_surname_alone_is_the_title_holder_not_the_namesake_titled_otherwise_beside_it() -> None:
    # "First Lady Mara Pimsby ... President Pimsby thanked the workers": the article names Mara in
    # full with another title, and people her stories name
    # the store's president is Odo; a few stories slipped and gave Mara his title too
    odo = [*rows("Odo Pimsby", 6, role="President"), *rows("Odo Pimsby", 10, start=6)]
    mara = [*rows("Mara Pimsby", 2, start=20, role="First Lady"), *rows("Mara Pimsby", 2, start=22, role="President")]
    here = [PersonRow("x", "mara pimsby", "Mara Pimsby", "First Lady", ("Mara Pimsby",), "2014-03-01"),
            PersonRow("x", "pimsby", "Pimsby", "President", ("Pimsby",), "2014-03-01")]
    text = {"x": "First Lady Mara Pimsby signed a beam. President Pimsby thanked the workers. Pimsby left."}
    guests = frozenset({"tam varnick", "selma truitt"})
    company = Company(of_article={"x": guests}, of_key={"mara pimsby": (guests, guests), "odo pimsby": (frozenset(),)})
    given = {"pimsby": [GivenUse("pimsby hall", "pimsby hall", 1)]}  # "Pimsby Hall": a word after it, once
    result = resolve([*odo, *mara, *here], texts=text, company=company, given=given)
    assert result.links[("x", "pimsby")] == "odo pimsby"
    assert result.links[("x", "mara pimsby")] == "mara pimsby"


def test_a_single_round_up_sharing_names_with_a_bearer_is_no_evidence() -> None:
    company = Company(
        of_article={"a": frozenset({"odo varnick", "selma truitt"})},
        of_key={"loretta pimsby": (frozenset({"odo varnick", "selma truitt", "gus orwin"}), frozenset())},
    )
    assert chosen_by_company("a", {"loretta pimsby": ["loretta pimsby"]}, company) is None


def test_a_word_before_a_given_names_short_form_in_several_articles_is_a_things_nickname() -> None:
    shop = rows("Quarry Joe", 3)  # "the queue outside Quarry Joe on Fifth Avenue"
    once = rows("Tarmac Sam", 1)  # "traffic engineer Tarmac Sam"
    talked_of = [replace(r, gender="m") for r in rows("Brisket Ed", 3)]  # "Brisket Ed said he smokes ribs"
    result = resolve([*shop, *once, *talked_of])
    assert result.persons["quarry joe"].is_person is False
    assert "nickname" in (result.persons["quarry joe"].note or "")
    assert result.persons["tarmac sam"].is_person
    assert result.persons["brisket ed"].is_person


def test_a_clipped_given_name_alone_is_the_bearer_whose_stories_name_the_same_people() -> None:
    data = [*rows("Bartolo Pimsby", 6), *rows("Bartram Quaile", 6), *rows("Bart", 1, start=90)]
    company = Company(
        of_article={"Bart-90": frozenset({"odo varnick", "selma truitt"})},
        of_key={"bartolo pimsby": (frozenset({"odo varnick"}), frozenset({"selma truitt"})),
                "bartram quaile": (frozenset(),)},
    )
    clipped = {"bart": [GivenUse(k, k, 6) for k in ("bartolo pimsby", "bartram quaile", "barts jr")]}
    result = resolve(data, company=company, clipped=clipped)
    assert result.links[("Bart-90", "bart")] == "bartolo pimsby"
    assert resolve(data, company=company).links[("Bart-90", "bart")] != "bartolo pimsby"


def test_headline_words_before_the_only_other_form_of_a_name_are_that_person() -> None:
    data = [
        PersonRow("h-1", "jets qb mark quillon", "Jets QB Mark Quillon", None, ("Jets QB Mark Quillon",)),
        PersonRow("h-2", "mark quillon", "Mark Quillon", None, ("Mark Quillon",)),
    ]
    result = resolve(data)
    assert result.links[("h-1", "jets qb mark quillon")] == result.links[("h-2", "mark quillon")] == "mark quillon"
    assert result.persons["mark quillon"].name == "Mark Quillon"


def test_a_place_before_a_given_name_is_a_mascot_not_a_person() -> None:
    data = [*rows("Yonkers Phil", 2), *rows("Phil Brandt", 1), *rows("Brooklyn Quimbly", 2), *rows("Hudson Carter", 2)]
    result = resolve(data)
    assert not result.persons["yonkers phil"].is_person  # the town's groundhog
    assert result.persons["phil brandt"].is_person and result.persons["hudson carter"].is_person
    assert result.persons["brooklyn quimbly"].is_person  # no given name after the place: a person's name


def test_a_name_set_beside_an_animals_or_a_bands_noun_is_no_person() -> None:
    texts = ["The zoo's groundhog Ollie saw no shadow. Keepers fed Ollie, the zoo's oldest groundhog, at noon.",
             "Crowds cheered when Ollie woke. Later Ollie slept."]
    assert not_a_person_by_use(word_use("Ollie", texts)) is not None
    owner = ["Keepers and Ada Quillon, the owner of the dog, met. Friends of Ada Quillon, the proud dog owner,"
             " came, and Ada Quillon, the keeper, spoke. Later Ada Quillon left."]
    assert not_a_person_by_use(word_use("Ada Quillon", owner), several_words=True) is None


def test_a_word_written_alone_in_many_stories_and_after_no_name_is_one_singers_name() -> None:
    singer = [PersonRow(f"v-{i}", "vossley", "Vossley", None, ("Vossley",)) for i in range(4)]
    namesakes = [*rows("Tom Vossley", 1), *rows("Ruth Vossley", 1)]
    texts = {f"v-{i}": f"Vossley sold out the arena, night {i}. If Vossley tours again, fans come." for i in range(4)}
    result = resolve([*singer, *namesakes], texts=texts)
    assert {result.links[(r.article_id, "vossley")] for r in singer} == {"vossley"}
    # one story writes a namesake's full name beside the word: nothing says the stories mean one person
    texts["v-0"] = "A maid, Nafi Vossley, spoke. Vossley said the room was dark."
    result = resolve([*singer, *namesakes], texts=texts)
    assert len({result.links[(r.article_id, "vossley")] for r in singer}) == 4


def test_a_name_after_the_finale_of_or_the_cast_of_is_a_shows() -> None:
    texts = ["The finale of Harbor Nights aired Sunday. Critics loved Harbor Nights, and the cast of Harbor"
             " Nights went to a party."]
    assert not_a_person_by_use(word_use("Harbor Nights", texts), several_words=True) is not None
    texts = ["The premiere of the film drew Ada Quillon, and fans of Ada Quillon waited for Ada Quillon outside."]
    assert not_a_person_by_use(word_use("Ada Quillon", texts), several_words=True) is None


def test_a_surname_written_as_initials_names_the_full_name_the_store_holds() -> None:
    assert written_with("Zarek", "A late set by Zarek T.K. at the club; Zarek joked.").as_given == ("Zarek T.K.",)
    assert not_a_personal_name("Zarek T.K.") is None
    data = [*rows("Zarek T.K.", 3), PersonRow("z-1", "zarek", "Zarek", None, ("Zarek",))]
    texts = {"z-1": "Comics night\n\nA late set by Zarek T.K. at the club. Zarek joked about his boat."}
    given = {"zarek": [GivenUse("zarek tk", "zarek tk", 3)]}
    assert resolve(data, given=given, texts=texts).links[("z-1", "zarek")] == "zarek tk"


def test_a_name_that_opens_with_its_kind_is_no_person() -> None:
    data = [*rows("Hurricane Maribel", 1), *rows("Superstorm Orla", 1), *rows("Stormy Quillon", 1),
            *rows("Tiger Quillon", 1)]
    result = resolve(data)
    assert not result.persons["hurricane maribel"].is_person
    assert not result.persons["superstorm orla"].is_person
    assert result.persons["stormy quillon"].is_person  # a given name ("Stormy") opens it
    assert result.persons["tiger quillon"].is_person  # a nickname


def test_an_initial_its_article_spells_out_joins_no_namesake_of_another_given_name() -> None:
    spelled = [
        PersonRow(f"f-{i}", "f bram quillon", "F. Bram Quillon", None, ("F. Bram Quillon", "Fenwick Bram Quillon"))
        for i in range(2)
    ]
    data = [*rows("Fiona Quillon", 6), *spelled]
    assert person_of(data, "F. Bram Quillon") != person_of(data, "Fiona Quillon")
    # an initial a middle name follows still joins the one full name it fits ("F. Fiona Quillon")
    assert person_of([*rows("Fiona Quillon", 6), *rows("F. Fiona Quillon", 1)], "F. Fiona Quillon") == "fiona quillon"


def test_a_surname_alone_after_initials_is_that_initialled_person_not_a_namesake() -> None:
    text = "The photographer G.N. Quillon says he was hit. Quillon, a retired detective, will sue."
    lone = PersonRow("a-1", "quillon", "Quillon", None, ("Quillon",), "2014-01-01")
    result = resolve([*rows("Ada Quillon", 6), lone], texts={"a-1": text})
    assert result.links[("a-1", "quillon")] != "ada quillon"
    assert result.persons[result.links[("a-1", "quillon")]].name == "G.N. Quillon"
    # initials of a country are nobody's
    assert written_with("Quillon", "the U.S. Quillon team").as_surname == ()


def test_a_given_name_an_editor_brackets_before_a_surname_alone_writes_the_full_name() -> None:
    # a court filing quoted: "[Ada] Quillon wrote that ...", the store's Ada, not its better-known Bram
    text = 'The complaint reads: "[Ada] Quillon wrote that she refused." Quillon was not charged.'
    lone = PersonRow("a-1", "quillon", "Quillon", None, ("Quillon",), "2014-01-01")
    result = resolve([*rows("Bram Quillon", 8), *rows("Ada Quillon", 1, start=20), lone], texts={"a-1": text})
    assert result.links[("a-1", "quillon")] == "ada quillon"
    # a photo credit in brackets that ends a line is no one's given name
    assert written_with("Quillon", "Try the cake. (Tessa Burton)\n\nQuillon's is open.").as_surname == ()


def test_a_given_name_alone_is_the_full_name_its_article_writes_again_even_one_the_store_lacks() -> None:
    text = "(Zarek Tessel) Zarek Tessel, 20, fell from the roof. Zarek had climbed it before."
    lone = PersonRow("a-1", "zarek", "Zarek", None, ("Zarek",), "2014-01-01")
    given = {"zarek": [GivenUse("zarek quillon", "zarek quillon", 4)]}
    result = resolve([*rows("Zarek Quillon", 4), lone], given=given, texts={"a-1": text})
    assert result.links[("a-1", "zarek")] != "zarek quillon"
    assert result.persons[result.links[("a-1", "zarek")]].name == "Zarek Tessel"
    # written once, or a word also written in lower case, the word after the given name is no surname
    once = "Zarek Wins the cup. Zarek Wins again, and Zarek wins everything."
    assert resolve([*rows("Zarek Quillon", 4), lone], given=given, texts={"a-1": once}).links[("a-1", "zarek")] == (
        "zarek quillon"
    )


def test_a_rare_given_name_alone_is_the_only_person_the_store_names_with_it() -> None:
    lone = [PersonRow(f"z-{i}", "zarekka", "Zarekka", None, ("Zarekka",), "2014-01-01") for i in range(3)]
    given = {"zarekka": [GivenUse("zarekka tessel", "zarekka tessel", 2)]}
    result = resolve(lone, given=given)
    assert {result.links[(r.article_id, r.key)] for r in lone} == {"zarekka tessel"}
    # two bearers: nothing says which
    two = {"zarekka": [*given["zarekka"], GivenUse("zarekka orwell", "zarekka orwell", 1)]}
    assert resolve(lone, given=two).links[("z-0", "zarekka")] != "zarekka tessel"
    # a word written alone far more often is someone's one name: the singer, not the namesake
    singer = [PersonRow(f"s-{i}", "zarekka", "Zarekka", None, ("Zarekka",), "2014-01-01") for i in range(7)]
    assert resolve(singer, given=given).links[("s-0", "zarekka")] != "zarekka tessel"


def test_a_short_form_alone_is_no_bearer_of_it_the_bearers_of_its_longer_name_outnumber() -> None:
    # "Walt" in recaps of a show about Walter Quade: not the poet Walt Orwin, named in three stories
    recap = [PersonRow(f"r-{i}", "walt", "Walt", None, ("Walt",), "2014-01-01") for i in range(2)]
    given = {"walt": [GivenUse("walt orwin", "walt orwin", 3)]}
    clipped = {"walt": [GivenUse("walter quade", "walter quade", 6)]}
    assert resolve(recap, given=given, clipped=clipped).links[("r-0", "walt")] != "walt orwin"
    assert resolve(recap, given=given).links[("r-0", "walt")] == "walt orwin"


def test_a_short_form_alone_is_a_famous_bearer_of_its_longer_name_only_where_their_stories_call_them_so() -> None:
    # "Don" in two recaps of a drama: the store names one Donald in full, story after story, as
    # "Donald Quillon" or "Quillon"; a lone "Don" is someone else, unless his stories call him "Don" too
    recap = [PersonRow(f"r-{i}", "don", "Don", None, ("Don",), "2014-01-01") for i in range(2)]
    never = {"don": [GivenUse("donald quillon", "donald quillon", 12)]}
    assert resolve(recap, clipped=never).links[("r-0", "don")] != "donald quillon"
    called = {"don": [GivenUse("donald quillon", "donald quillon", 12, called_so=3)]}
    assert resolve(recap, clipped=called).links[("r-0", "don")] == "donald quillon"


def test_a_towns_name_after_a_word_that_is_no_given_name_is_an_events() -> None:
    data = [*rows("Celebrate Denver", 3), *rows("Tessa Denver", 3)]
    result = resolve(data)
    assert not result.persons["celebrate denver"].is_person
    assert result.persons["tessa denver"].is_person


def test_a_stage_name_of_a_word_and_a_letter_is_one_name_with_a_hyphen_or_without() -> None:
    assert person_key("Lil-K") == person_key("Lil K") == person_key("Lil K.")
    data = [*rows("Lil K", 5), *rows("Lil-K", 3)]
    assert person_of(data, "Lil-K") == person_of(data, "Lil K")
    assert person_key("Anne-Marie Quillon") == "anne-marie quillon"


def test_a_company_or_an_outlet_is_no_person() -> None:
    assert not_a_personal_name("Orrinvale Pharmaceuticals") is not None
    assert not_a_personal_name("Tessel News") is not None
    assert not_a_personal_name("Quillon Businessweek") is not None  # a magazine named after its owner
    assert not_a_personal_name("Harbor Gazette") is not None
    assert not_a_personal_name("Lakeside Herald") is not None and not_a_personal_name("Tessel Radio") is not None
    assert not_a_personal_name("Orrin Vale LLP") is not None  # a firm's suffix, in capitals as written
    assert not_a_personal_name("Tyra Banks") is None


def test_a_surname_alone_where_its_article_writes_a_bodys_name_is_that_body() -> None:
    text = "Tessel News says it has new hosts. Tessel spoke to sources, and Tessel News aired it. A Tessel host left."
    lone = PersonRow("a-1", "tessel", "Tessel", None, ("Tessel",), "2014-01-01")
    result = resolve([*rows("Ada Tessel", 6), lone], texts={"a-1": text})
    body = result.links[("a-1", "tessel")]
    assert body != "ada tessel" and not result.persons[body].is_person
    # an article that writes the person's full name too, or gives the word a role, keeps the person;
    # a building named after someone is no body that speaks ("Tessel Tower")
    person_text = "Ada Tessel joined Tessel News, the channel. Tessel News hired her; Tessel said so."
    assert resolve([*rows("Ada Tessel", 6), lone], texts={"a-1": person_text}).links[("a-1", "tessel")] == "ada tessel"
    titled = replace(lone, role="Governor")
    governor = [*rows("Ada Tessel", 6, role="Governor"), titled]
    assert resolve(governor, texts={"a-1": text}).links[("a-1", "tessel")] == "ada tessel"
    tower = "Crowds gathered at Tessel Tower. Tessel is inside Tessel Tower tonight."
    assert resolve([*rows("Ada Tessel", 6), lone], texts={"a-1": tower}).links[("a-1", "tessel")] == "ada tessel"


def test_a_word_after_a_companys_or_a_websites_noun_is_no_person() -> None:
    texts = [
        "Orrin Vale founded the drug company Tesselgen in 2011, and later Tesselgen sued him.",
        "Investors said Tesselgen, the company, had misled them; since then Tesselgen has raised prices.",
    ]
    use = word_use("Tesselgen", texts)
    assert "company" in (not_a_person_by_use(use) or "")
    # a name the articles call "he" or "she" is a person's, whatever noun is written before it
    assert not_a_person_by_use(replace(use, articles=2, gendered=2)) is None


def test_a_name_after_a_production_of_is_a_plays() -> None:
    texts = ["The new production of Tesselby opens in June; a staging of Tesselby ran in 1990."]
    assert word_use("Tesselby", texts).of_a_kind == 2


def test_a_name_someone_founded_or_fronts_is_a_bands_or_a_bodys() -> None:
    texts = ["Ada Quillon, the frontman for Tesselgarden, co-founded Tesselgarden in 1984. Tesselgarden toured."]
    assert word_use("Tesselgarden", texts).of_a_kind == 2
    assert word_use("Quillon", ["Tesselgarden was founded by Ada Quillon. Quillon toured."]).of_a_kind == 0


def test_a_suffix_written_by_a_name_holding_the_persons_usual_role_is_that_person() -> None:
    da = "District Attorney"
    data = [*rows("Ada Quillon", 5, role=da), *rows("Ada Quillon Jr.", 1, start=20, role=da)]
    assert person_of(data, "Ada Quillon Jr.") == person_of(data, "Ada Quillon")
    # the son with no such role, and two generations both written with a suffix, stay apart
    son = [*rows("Ada Quillon", 5, role="President"), *rows("Ada Quillon Jr.", 2, start=20, role="Executive")]
    assert person_of(son, "Ada Quillon Jr.") != person_of(son, "Ada Quillon")
    unroled = [*rows("Ada Quillon", 5), *rows("Ada Quillon Jr.", 2, start=20)]
    assert person_of(unroled, "Ada Quillon Jr.") != person_of(unroled, "Ada Quillon")
    both = [*rows("Ada Quillon Sr.", 5, role="Mayor"), *rows("Ada Quillon Jr.", 2, start=20, role="Mayor")]
    assert person_of(both, "Ada Quillon Jr.") != person_of(both, "Ada Quillon Sr.")


def test_a_name_without_the_suffix_is_the_suffixed_one_only_with_the_same_given_name() -> None:
    # "Jack Quillon IV", a reporter in two stories, is written "Jack Quillon" once: him
    short = [*rows("Jack Quillon IV", 2), *rows("Jack Quillon", 1, start=20)]
    assert person_of(short, "Jack Quillon") == person_of(short, "Jack Quillon IV")
    # "John Quillon", a murder victim of 1841, is no writing of his: another form of the name, no suffix
    other = [*rows("Jack Quillon IV", 2), *rows("John Quillon", 1, start=20)]
    assert person_of(other, "John Quillon") != person_of(other, "Jack Quillon IV")


def test_a_clipped_given_name_holding_the_persons_usual_role_is_that_person() -> None:
    da = "District Attorney"
    data = [*rows("Tyrone Quillon", 4, role=da), *rows("Ty Quillon", 3, start=20, role=da)]
    assert person_of(data, "Ty Quillon") == person_of(data, "Tyrone Quillon")
    # with no shared role, two given names as often written are two people
    other = [*rows("Tyrone Quillon", 4, role=da), *rows("Ty Quillon", 3, start=20, role="Coach")]
    assert person_of(other, "Ty Quillon") != person_of(other, "Tyrone Quillon")
    # a misspelt given name holding the role is the office holder too, under a common surname
    senator = [*rows("Malcolm Smith", 2, role="Senator"), *rows("Malcom Smith", 1, start=20, role="Senator"),
               *rows("Ada Smith", 5), *rows("Bram Smith", 5, start=30)]
    assert person_of(senator, "Malcom Smith") == person_of(senator, "Malcolm Smith")
    assert person_of([*senator[:2], *rows("Malcom Smith", 1, start=20), *senator[3:]], "Malcom Smith") != (
        person_of(senator, "Malcolm Smith")
    )


def test_a_surname_with_a_particle_alone_is_the_full_name_its_article_writes() -> None:
    text = "Friends remembered Tessa van Orrin on Tuesday. Van Orrin was riding home; van Orrin was 32."
    lone = PersonRow("a-1", "van orrin", "van Orrin", None, ("van Orrin", "Van Orrin"), "2014-01-01")
    full = rows("Tessa van Orrin", 2)
    assert resolve([*full, lone], texts={"a-1": text}).links[("a-1", "van orrin")] == "tessa van orrin"


def test_a_surname_alone_is_the_full_name_its_article_writes_most_even_one_the_store_lacks() -> None:
    text = "Molly Quillon crashed her car. Molly Quillon, the daughter of Ada R. Quillon, was unhurt. Quillon left."
    lone = PersonRow("a-1", "quillon", "Quillon", None, ("Quillon",), "2014-01-01")
    result = resolve([*rows("Ada Quillon", 6), lone], texts={"a-1": text})
    assert result.persons[result.links[("a-1", "quillon")]].name == "Molly Quillon"


def test_a_short_form_of_a_womans_given_name_is_her() -> None:
    data = [*rows("Christine Orwell", 6), *rows("Chris Orwell", 2, start=20)]
    assert person_of(data, "Chris Orwell") == person_of(data, "Christine Orwell")


def test_a_surname_alone_with_a_suffix_joins_only_that_generation() -> None:
    son = [PersonRow("s-1", "quillon jr", "Quillon Jr.", None, ("Quillon Jr.",), "2014-01-01")]
    data = [*rows("Ada Quillon", 8), *son]
    assert resolve(data).links[("s-1", "quillon jr")] != "ada quillon"
    with_son = [*data, *rows("Ada Quillon Jr.", 3, start=30)]
    assert resolve(with_son).links[("s-1", "quillon jr")] == "ada quillon jr"


def test_a_name_written_by_its_initial_in_several_articles_is_no_namesake_of_a_spelled_out_given_name() -> None:
    data = [*rows("Tobias Quillon", 8), *rows("T. Quillon", 3, start=20)]
    assert person_of(data, "T. Quillon") != person_of(data, "Tobias Quillon")
    # so in one article: news names a person first by the given name in full, or by the initials known
    assert person_of([*rows("Tobias Quillon", 8), *rows("T. Quillon", 1, start=20)], "T. Quillon") != "tobias quillon"
    # an article that spells the initial out names the one person (see spelled_out)
    spelled = PersonRow("t-1", "t quillon", "T. Quillon", None, ("T. Quillon", "Tobias Quillon"), "2014-01-01")
    assert person_of([*rows("Tobias Quillon", 8), spelled], "T. Quillon") == "tobias quillon"


def test_a_name_of_words_the_store_writes_in_lower_case_is_a_persons_where_its_stories_say_he() -> None:
    # "Zarek West" where "zarek" once signs a tweet in lower case and "west" is a common word
    said_he = [replace(r, gender="m") for r in rows("Zarek West", 4)]
    assert resolve(said_he, common={"zarek west"}).persons["zarek west"].is_person
    assert not resolve(rows("Copper Lantern", 4), common={"copper lantern"}).persons["copper lantern"].is_person


def test_a_towns_name_after_an_acronym_is_an_event_or_a_body_and_after_initials_a_person() -> None:
    # "QRVX Summerfest Houston returns to the park this June."
    assert not resolve(rows("QRVX Summerfest Houston", 3)).persons["qrvx summerfest houston"].is_person
    assert not resolve(rows("Celebrate Brooklyn", 3)).persons["celebrate brooklyn"].is_person
    # a town's name that is a common surname too is a person's after a word no list holds
    assert resolve(rows("Ansel Houston", 3)).persons["ansel houston"].is_person
    assert resolve(rows("JB Houston", 3)).persons["jb houston"].is_person  # initials run together
    assert resolve(rows("Tessa Houston", 3)).persons["tessa houston"].is_person


def test_a_surname_alone_whose_article_writes_a_given_name_the_store_holds_clipped_is_that_person() -> None:
    text = "Rosalind Quarrick left court today. Quarrick, a former officer, smiled."
    lone = PersonRow("a-1", "quarrick", "Quarrick", None, ("Quarrick",), "2014-01-01")
    data = [*rows("Ros Quarrick", 1), *rows("Nell Quarrick", 1), lone]
    assert resolve(data, texts={"a-1": text}).links[("a-1", "quarrick")] == "ros quarrick"


def test_a_common_short_form_of_a_given_name_is_that_person_across_articles() -> None:
    # "Bernie Quarrick's fund collapsed" in some stories, "Bernard Quarrick pleaded guilty" in others
    data = [*rows("Bernie Quarrick", 4), *rows("Bernard Quarrick", 4, start=20)]
    assert person_of(data, "Bernie Quarrick") == person_of(data, "Bernard Quarrick")


def test_a_known_surname_once_inside_a_shows_name_is_still_the_persons() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    # "last week's Ada Quillon Show ... why Quillon was hosting": two uses, one inside the show's name
    once = WordUse(capitalised=2, in_longer_name=1, in_body_name=1, ends_longer_name=1, articles=1)
    assert not_a_person_by_use(once, known_surname=True) is None
    assert not_a_person_by_use(once) is not None  # a word the store knows no one by: the show's
    # written inside longer names again and again, even a known surname is the body's
    often = WordUse(capitalised=6, in_longer_name=5, in_body_name=5, articles=3)
    assert not_a_person_by_use(often, known_surname=True) is not None


def test_a_known_surname_owning_its_works_is_still_the_persons() -> None:
    # "where Quillon's Empire was premiered", "inspired by Quillon's art", "like Quillon's iconic soup can": the
    # artist's surname, named in full in several stories, owns a work; a shop is written with "'s" every time
    texts = ["Here Quillon's Empire was premiered, and Quillon's Factory stood.",
             "Cocktails inspired by Quillon's art, like Quillon's iconic soup can, in films that Quillon shot."]
    use = word_use("Quillon", texts)
    assert not_a_person_by_use(use, known_surname=True) is None
    assert not_a_person_by_use(use) is not None  # a name the store knows no one by: "Quillon's Factory", a shop
    # a given name before a capitalised word is a shop's or a show's however many namesakes the store holds
    stalls = ["Trini Halal and Sam's Falafel vied for the prize; the cup went to Sam's Falafel, by Sam and Friends."]
    assert not_a_person_by_use(word_use("Sam", stalls), known_surname=True) is not None
    assert not_a_person_by_use(word_use("Quarrick", [stalls[0].replace("Sam", "Quarrick")]), known_surname=True) is None


def test_an_acronym_the_parser_tags_a_body_is_no_person_even_beside_a_he() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    # "QRVFC beat Toronto; he scored twice" -- the club's player is "he", the club is no person
    club = WordUse(capitalised=12, thing_tags=10, person_tags=3, articles=3, gendered=2)
    data = [PersonRow(f"q-{i}", "qrvfc", "QRVFC", None, ("QRVFC",)) for i in range(3)]
    result = resolve(data, uses={"qrvfc": club})
    assert not result.persons[result.links[("q-0", "qrvfc")]].is_person
    # a headline's name in capitals the parser tags a person is one ("QUARRICK RETURNS")
    artist = WordUse(capitalised=12, thing_tags=3, person_tags=9, articles=3, gendered=2)
    caps = [PersonRow(f"j-{i}", "quarrick", "QUARRICK", None, ("QUARRICK",)) for i in range(3)]
    result = resolve(caps, uses={"quarrick": artist})
    assert result.persons[result.links[("j-0", "quarrick")]].is_person


def written(name: str, count: int, start: int = 0) -> list[PersonRow]:
    """``count`` articles writing ``name``, each row under its key (middle initials dropped)."""
    return [PersonRow(f"{name}-{start + i}", person_key(name), name, None, (name,)) for i in range(count)]


def test_two_middle_initials_written_of_one_full_name_are_two_namesakes() -> None:
    # "George H.W. Quarrick", the father, and "George W. Quarrick", the son, both presidents
    data = [*written("George H.W. Quarrick", 1), *written("George W. Quarrick", 5), *written("George Quarrick", 2)]
    result = resolve(data)
    father, son = (result.links[(f"{n}-0", "george quarrick")] for n in ("George H.W. Quarrick", "George W. Quarrick"))
    assert father != son
    assert result.persons[father].name == "George H.W. Quarrick"
    assert result.links[("George Quarrick-0", "george quarrick")] == son  # the initials most articles write
    # an article writing the name without initials as well as with others names the one person
    both = PersonRow("b-1", "george quarrick", "George Quarrick", None, ("George Quarrick", "George P. Quarrick"))
    assert resolve([*data, both]).links[("b-1", "george quarrick")] == son
    # one middle initial, however often written, is the one person ("Donald J. Quarrick")
    one = resolve([*written("Donald J. Quarrick", 3), *written("Donald Quarrick", 3)])
    assert len({p for (a, k), p in one.links.items()}) == 1


def test_a_clipped_given_name_alone_is_the_full_name_its_article_writes_with_the_longer_given_name() -> None:
    # "Walter Quennell cooks again ... Walt leaves the desert": the recap's "Walt" is Walter Quennell
    text = "Walter Quennell cooks again this week. Later Walt drives out to the desert, and Walt waits."
    data = [*rows("Walter Quennell", 2), PersonRow("recap-1", "walt", "Walt", None, ("Walt",))]
    clipped = {"walt": [GivenUse("walter quennell", "walter quennell", 2)]}
    result = resolve(data, texts={"recap-1": text}, clipped=clipped)
    assert result.links[("recap-1", "walt")] == "walter quennell"
    # an article that writes no longer given name leaves "Walt" apart
    alone = PersonRow("recap-2", "walt", "Walt", None, ("Walt",))
    result = resolve([*data, alone], texts={"recap-2": "Walt drives out to the desert."}, clipped=clipped)
    assert result.links[("recap-2", "walt")] != "walter quennell"


def test_a_word_the_store_tags_a_body_more_than_a_person_is_no_person() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    # "Ridevo cut its fares; a Ridevo spokesman said" -- tagged a person in one story, a company in three
    brand = WordUse(capitalised=20, articles=1, store_person_articles=1, store_body_articles=3)
    data = [PersonRow("r-1", "ridevo", "Ridevo", None, ("Ridevo",), mentions=12)]
    result = resolve(data, uses={"ridevo": brand})
    assert not result.persons[result.links[("r-1", "ridevo")]].is_person
    # a singer's one name the parser tags a person more often than anything else stays one
    singer = WordUse(capitalised=20, articles=4, store_person_articles=6, store_body_articles=2)
    data = [PersonRow(f"s-{i}", "vossany", "Vossany", None, ("Vossany",)) for i in range(4)]
    result = resolve(data, uses={"vossany": singer})
    assert result.persons[result.links[("s-0", "vossany")]].is_person
    # one story of eight writing "Ridevo pulled her account" is no sign the app is a she; two are
    app = WordUse(capitalised=11, articles=8, gendered=1, store_person_articles=10, store_body_articles=15)
    data = [PersonRow(f"a-{i}", "ridevo", "Ridevo", None, ("Ridevo",)) for i in range(8)]
    result = resolve(data, uses={"ridevo": app})
    assert not result.persons[result.links[("a-0", "ridevo")]].is_person
    result = resolve(data, uses={"ridevo": replace(app, gendered=2)})
    assert result.persons[result.links[("a-0", "ridevo")]].is_person
    # nor in a handful of stories, where one "she" may well be the name's own
    result = resolve(data[:3], uses={"ridevo": replace(app, articles=3)})
    assert result.persons[result.links[("a-0", "ridevo")]].is_person


def test_a_word_tagged_a_person_in_many_stories_that_seldom_read_it_as_one_is_a_platform() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    # "took to Chirpline", "Facebook, Chirpline and Instagram": tagged a person in 30 stories, kept in 6
    platform = WordUse(capitalised=20, articles=6, gendered=0, store_person_articles=30)
    data = [PersonRow(f"c-{i}", "chirpline", "Chirpline", None, ("Chirpline",)) for i in range(6)]
    result = resolve(data, uses={"chirpline": platform})
    assert not result.persons[result.links[("c-0", "chirpline")]].is_person
    # a one-word name its stories keep as a person wherever the parser tags it, and call "he", stays one
    artist = replace(platform, articles=9, store_person_articles=10, gendered=3)
    data = [PersonRow(f"a-{i}", "tagsworth", "Tagsworth", None, ("Tagsworth",), gender="m" if i < 3 else None)
            for i in range(9)]
    result = resolve(data, uses={"tagsworth": artist})
    assert result.persons[result.links[("a-0", "tagsworth")]].is_person



def test_a_word_alone_in_many_stories_seldom_called_he_or_she_is_no_person() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    # kept as a person in 24 of 50 stories the parser tags it one in, called "he" in two of them
    platform = WordUse(capitalised=15, articles=24, gendered=2, store_person_articles=50)
    data = [PersonRow(f"c-{i}", "chirpline", "Chirpline", None, ("Chirpline",)) for i in range(24)]
    assert not resolve(data, uses={"chirpline": platform}).persons["chirpline"].is_person
    # someone written about alone in as many stories is called "he" or "she" in more of them
    singer = replace(platform, gendered=8)
    assert resolve(data, uses={"chirpline": singer}).persons["chirpline"].is_person

def test_a_word_in_many_stories_never_he_or_she_and_written_after_on_is_a_thing() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    # "posted on Snaply", "a Snaply filter": four stories, no "he" or "she", no role, never "Snaply's"
    app = WordUse(capitalised=5, after_place_word=2, articles=4)
    data = [PersonRow(f"n-{i}", "snaply", "Snaply", None, ("Snaply",)) for i in range(4)]
    result = resolve(data, uses={"snaply": app})
    assert not result.persons[result.links[("n-0", "snaply")]].is_person
    # a dictator's surname written "Quarbler's army" is someone's, however seldom "he"
    owner = replace(app, possessive=1)
    result = resolve(data, uses={"snaply": owner})
    assert result.persons[result.links[("n-0", "snaply")]].is_person
    # a character never written after "on" or "a" ("Quillfinger tells Ada") is a person
    character = replace(app, after_place_word=0)
    result = resolve(data, uses={"snaply": character})
    assert result.persons[result.links[("n-0", "snaply")]].is_person
    # a product named with it ("Harborline Snaply") claims no word; a person's full name does
    product = PersonRow("n-9", "harborline snaply", "Harborline Snaply", None, ("Harborline Snaply",))
    result = resolve([*data, product], uses={"snaply": app})
    assert not result.persons[result.links[("n-0", "snaply")]].is_person
    person = PersonRow("n-9", "mara snaply", "Mara Snaply", None, ("Mara Snaply",))
    result = resolve([*data, person], uses={"snaply": app})
    assert result.persons[result.links[("n-0", "snaply")]].is_person
    # in five stories, none calling it "he" or "she", a brand's "Snaply's new filter" makes it no one's
    five = [PersonRow(f"n-{i}", "snaply", "Snaply", None, ("Snaply",)) for i in range(5)]
    result = resolve(five, uses={"snaply": replace(owner, articles=5)})
    assert not result.persons[result.links[("n-0", "snaply")]].is_person
    # ... but one of them calling it "she", or giving it a role, makes it someone's
    called = [replace(five[0], gender="f"), *five[1:]]
    result = resolve(called, uses={"snaply": replace(owner, articles=5, gendered=1)})
    assert result.persons[result.links[("n-0", "snaply")]].is_person


def test_a_word_only_ever_written_after_one_capitalised_word_that_is_no_given_name_ends_a_schools_name() -> None:
    school = [
        "Parents protested outside Orrelei Tessaly on Sunday. Orrelei Tessaly said it cooperated, and a former"
        " pupil of Orrelei Tessaly said he was hit there.",
    ]
    assert "longer name" in (not_a_person_by_use(word_use("Tessaly", school)) or "")
    # a rare given name written alone as well ("Cersilda") is a person's, as is one after a known given name
    character = [
        "Later Cersilda Tessaly walks out. Cersilda smiles; the guards bow to Cersilda Tessaly,"
        " and Anna Tessaly waits.",
    ]
    assert not_a_person_by_use(word_use("Tessaly", character)) is None


def test_a_word_right_before_a_shops_or_a_services_noun_is_that_shop_or_service() -> None:
    service = [
        "For years I called the Quorrado car service. Quorrado was cheaper than the rest, and the Quorrado"
        " service still answers at night. I called Quorrado on Thursday.",
    ]
    assert "company" in (not_a_person_by_use(word_use("Quorrado", service)) or "")
    owner = ["Quorrado opened a shop in May. Quorrado said the shop was busy, and Quorrado hired two cooks."]
    assert not_a_person_by_use(word_use("Quorrado", owner)) is None


def test_a_word_among_chains_or_before_its_locations_is_a_chains() -> None:
    chain = [
        "With quick-service chains like Quorrado leading the market, diners order more.",
        "Not one of the Quorrado locations in question was closed. Quorrado spent the year on repairs.",
    ]
    assert "company" in (not_a_person_by_use(word_use("Quorrado", chain)) or "")
    # a person compared with others, or whose homes are listed, stays one
    person = [
        "Singers like Quorrado rarely tour. Quorrado sang in May.",
        "The Quorrado homes in question were sold. Quorrado moved to Ohio.",
    ]
    assert not_a_person_by_use(word_use("Quorrado", person)) is None

def test_a_given_name_alone_is_the_one_bearer_whose_family_name_its_article_writes() -> None:
    # a recap: "Is Mara Quennick already dead? Don seems surprised to see her." -- Don Quennick of the show
    text = "Who is Bo Tarr? Is Mara Quennick already dead? Don seems surprised to see her, and Don opens the door."
    data = [*rows("Don Quennick", 4), *rows("Don Arliss", 3), PersonRow("recap-1", "don", "Don", None, ("Don",))]
    given = {"don": [GivenUse("don quennick", "don quennick", 4), GivenUse("don arliss", "don arliss", 3)]}
    result = resolve(data, given=given, texts={"recap-1": text})
    assert result.links[("recap-1", "don")] == "don quennick"
    # an article writing both families' names does not say which Don
    both = text + " Later Ada Arliss arrives."
    result = resolve(data, given=given, texts={"recap-1": both})
    assert result.links[("recap-1", "don")] not in {"don quennick", "don arliss"}
    # nor does a quoted post's author, named with her handle, write a family's name
    post = "Who is Bo Tarr? Don seems surprised.\n\nSo good.\n— Mara Quennick (@maraq) June 27, 2016"
    result = resolve(data, given=given, texts={"recap-1": post})
    assert result.links[("recap-1", "don")] != "don quennick"


def test_a_given_name_alone_beside_a_stranger_of_a_common_surname_is_not_that_surnames_bearer() -> None:
    # a recap of a show names its adman Roger Miller and calls its hero "Don"; the store's Don Miller, a
    # politician, is named in two stories that name none of the recap's people: a stranger's family name
    text = "Roger Miller lights a cigarette. Don stares out of the window, and Peggy walks in."
    recap = PersonRow("recap-1", "don", "Don", None, ("Don",))
    roger = PersonRow("recap-1", "roger miller", "Roger Miller", None, ("Roger Miller",))
    data = [*rows("Don Miller", 2), roger, recap]
    given = {"don": [GivenUse("don miller", "don miller", 2)]}
    cast = frozenset({"roger miller", "peggy olsen"})
    strangers = Company(of_article={"recap-1": cast}, of_key={"don miller": (frozenset({"ada vane"}), frozenset())})
    result = resolve(data, given=given, texts={"recap-1": text}, company=strangers)
    assert result.links[("recap-1", "don")] != "don miller"
    # a relative's stories name the family's circle
    kin = Company(of_article={"recap-1": cast}, of_key={"don miller": (frozenset({"peggy olsen"}), frozenset())})
    result = resolve(data, given=given, texts={"recap-1": text}, company=kin)
    assert result.links[("recap-1", "don")] == "don miller"
    # a rare family name shared in one story is a family's, whoever else its bearer's stories name
    rare = [replace(r, article_id=r.article_id, key=r.key.replace("miller", "quennick"),
                    name=r.name.replace("Miller", "Quennick")) for r in data]
    lone = Company(of_article={"recap-1": frozenset({"roger quennick"})}, of_key={"don quennick": (frozenset(),) * 2})
    result = resolve(rare, given={"don": [GivenUse("don quennick", "don quennick", 2)]},
                     texts={"recap-1": text.replace("Miller", "Quennick")}, company=lone)
    assert result.links[("recap-1", "don")] == "don quennick"


def test_a_given_name_alone_in_a_story_of_its_family_is_the_bearer_named_in_full_once() -> None:
    # "Ruth Quennick ... had no idea Don was running a Ponzi scheme": Don Quennick, named in full in one story
    text = ("Ada Quennick is back in the news. Ada Quennick, who claims she had no idea Don was running a "
            "fraud, moved. Ada Quennick's sister says Don ruined them.")
    data = [*rows("Don Quennick", 1), *rows("Don Arliss", 5), PersonRow("fam-1", "don", "Don", None, ("Don",))]
    given = {"don": [GivenUse("don quennick", "don quennick", 1), GivenUse("don arliss", "don arliss", 5)]}
    result = resolve(data, given=given, texts={"fam-1": text})
    assert result.links[("fam-1", "don")] == "don quennick"
    # the family named once says nothing of a bearer the store names in one story only
    once = "Ada Quennick is back in the news. She had no idea Don was running a fraud."
    result = resolve(data, given=given, texts={"fam-1": once})
    assert result.links[("fam-1", "don")] != "don quennick"


def test_a_titled_one_word_name_is_a_surname_not_the_first_word_of_a_name_its_article_writes() -> None:
    # 'Critics called it the "Quillon Doctrine." President Quillon defended the strikes.'
    text = 'Critics called it the "Quillon Doctrine." President Quillon defended the strikes on Monday.'
    titled = PersonRow("libya-1", "quillon", "Quillon", "President", ("Quillon",))
    data = [*rows("Ada Quillon", 9, role="President"), titled]
    given = {"quillon": [GivenUse("quillon doctrine", "quillon doctrine", 1)]}
    result = resolve(data, given=given, texts={"libya-1": text})
    assert result.links[("libya-1", "quillon")] == "ada quillon"


def test_a_given_name_that_is_a_common_word_too_is_still_its_storys_bearer() -> None:
    # "Bill, Ada and I are going home," in a story of "Dara de Quennick"; the store writes "the bill" often
    from sanctuary_cli.extract.people.usage import WordUse

    data = [*rows("Bill de Quennick", 4), *rows("Bill Varrow", 3), PersonRow("trip-1", "bill", "Bill", None, ("Bill",))]
    given = {"bill": [GivenUse("bill de quennick", "bill de quennick", 4), GivenUse("bill varrow", "bill varrow", 3)]}
    common = WordUse(capitalised=4, lower=12, articles=1)
    text = 'The mayor flew home. Dara de Quennick waved. "Bill, Ada and I are going home," she wrote.'
    result = resolve(data, uses={"bill": common}, given=given, texts={"trip-1": text})
    assert result.links[("trip-1", "bill")] == "bill de quennick"


def test_a_family_name_with_a_particle_or_inner_capital_is_read_as_its_text_writes_it() -> None:
    # "Ada, Dan and I are going home," wrote the mayor's wife, in a story of "Dara de Quennick" and "McVarrow"
    data = [*rows("Dan de Quennick", 4), *rows("Dan McVarrow", 3), PersonRow("trip-1", "dan", "Dan", None, ("Dan",))]
    given = {"dan": [GivenUse("dan de quennick", "dan de quennick", 4), GivenUse("dan mcvarrow", "dan mcvarrow", 3)]}
    for family, bearer in (("de Quennick", "dan de quennick"), ("McVarrow", "dan mcvarrow")):
        text = f"The mayor flew home. Dara {family} waved. \"Ada, Dan and I are going home,\" she wrote."
        result = resolve(data, given=given, texts={"trip-1": text})
        assert result.links[("trip-1", "dan")] == bearer


def test_a_diminutive_of_a_given_names_first_syllable_is_that_given_name() -> None:
    # "Rudy Quarrick" in most stories, "former Mayor Rudolph W. Quarrick" in one
    data = [*rows("Rudy Quarrick", 8), *written("Rudolph W. Quarrick", 1, start=50)]
    assert person_of(data, "Rudolph W. Quarrick") == person_of(data, "Rudy Quarrick")
    # a diminutive of another gender's name stays apart ("Danny" is no "Daniela")
    data = [*rows("Danny Quarrick", 8), *rows("Daniela Quarrick", 1, start=50)]
    assert person_of(data, "Daniela Quarrick") != person_of(data, "Danny Quarrick")


def test_a_surname_with_a_particle_opening_a_sentence_is_the_full_name_its_article_writes() -> None:
    # "Von Tessaly had been headed home ... Marek von Tessaly, 35," -- the particle capitalised by the sentence
    text = "The cyclist was struck.\n\nVon Tessaly had been headed home.\n\nMarek Von Tessaly\n\nVon Tessaly rode."
    data = [*rows("Marek von Tessaly", 1), PersonRow("crash-1", "von tessaly", "Von Tessaly", None, ("Von Tessaly",))]
    result = resolve(data, texts={"crash-1": text})
    assert result.links[("crash-1", "von tessaly")] == "marek von tessaly"
    lowered = "Von Tessaly had been headed home, said a friend of Marek von Tessaly."
    result = resolve(data, texts={"crash-1": lowered})
    assert result.links[("crash-1", "von tessaly")] == "marek von tessaly"


def test_a_word_its_articles_write_as_a_web_address_is_a_website() -> None:
    site = [
        "Ada Quillon took to Chirpr on Monday. pic.chirpr.com/x1 She wrote again on Chirpr.",
        "The mayor answered on Chirpr, where he posts daily. pic.chirpr.com/x2",
    ]
    assert "website" in (not_a_person_by_use(word_use("Chirpr", site)) or "")
    # a surname the store names in full in several articles is no website for an address or two
    author = [
        "Later Quillon said the book was done, and Quillon signed copies while Quillon's agent watched.",
        "Fans of Quillon can order it at quillon.com, and Quillon will tour; see quillon.com for dates.",
    ]
    assert "website" in (not_a_person_by_use(word_use("Quillon", author)) or "")
    assert not_a_person_by_use(word_use("Quillon", author), known_surname=True) is None


def test_a_word_the_store_tags_a_team_far_more_than_a_person_is_no_person_even_beside_a_he() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    # "the Harbormen lost again; he scored twice" -- tagged a body in twelve stories, a person in two
    team = WordUse(capitalised=16, articles=2, gendered=2, store_person_articles=2, store_body_articles=12)
    data = [PersonRow(f"h-{i}", "harbormen", "Harbormen", None, ("Harbormen",)) for i in range(2)]
    result = resolve(data, uses={"harbormen": team})
    assert not result.persons[result.links[("h-0", "harbormen")]].is_person
    # a character's given name the store writes in full ("Jorah Quillon") is a person's, however tagged
    given = {"harbormen": [GivenUse("harbormen quillon", "harbormen quillon", 3)]}
    result = resolve(data, uses={"harbormen": team}, given=given)
    assert all(p.is_person for p in result.persons.values())


def test_a_rare_given_name_alone_is_its_one_bearer_whose_family_its_article_writes_again() -> None:
    # "Cersilda" no name list holds: her one story in full is enough, when the recap writes her family's name
    text = "Cersilda schemes. Jorvan Quellgard returns, and Tomas Quellgard sulks; Cersilda smiles."
    data = [*rows("Cersilda Quellgard", 1), PersonRow("recap-1", "cersilda", "Cersilda", None, ("Cersilda",))]
    given = {"cersilda": [GivenUse("cersilda quellgard", "cersilda quellgard", 1)]}
    result = resolve(data, given=given, texts={"recap-1": text})
    assert result.links[("recap-1", "cersilda")] == "cersilda quellgard"
    # a family name written once, in a tweet's signature, says nothing
    once = "Cersilda schemes and smiles. -- Jorvan Quellgard (@jq) June 2"
    result = resolve(data, given=given, texts={"recap-1": once})
    assert result.links[("recap-1", "cersilda")] != "cersilda quellgard"


def test_a_surname_alone_left_apart_is_the_person_another_form_of_its_article_was_found_to_be() -> None:
    # a recap: "Zorvik" (Zorvik Quennell, the store's one Zorvik) and "Mr. Quennell" where two Quennells compete
    text = "Zorvik drives off, and Todd turns on Mr. Quennell."
    data = [*rows("Zorvik Quennell", 3), *rows("Jack Quennell", 3, start=10),
            PersonRow("recap-1", "zorvik", "Zorvik", None, ("Zorvik",)),
            PersonRow("recap-1", "quennell", "Quennell", None, ("Mr. Quennell",))]
    given = {"zorvik": [GivenUse("zorvik quennell", "zorvik quennell", 3)]}
    result = resolve(data, given=given, texts={"recap-1": text})
    assert result.links[("recap-1", "zorvik")] == "zorvik quennell"
    assert result.links[("recap-1", "quennell")] == "zorvik quennell"
    assert "quennell#recap-1" not in result.persons
    # with no other form of the article resolved, nothing says which Quennell
    alone = [r for r in data if r.key != "zorvik"]
    assert resolve(alone, given=given, texts={"recap-1": text}).links[("recap-1", "quennell")] == "quennell#recap-1"


def test_a_name_one_story_sets_once_after_a_pets_noun_is_that_pet() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    pet = [
        "Marla Quint wrote a touching ode to her dog Pumble, who was abandoned. Pumble sleeps all day,"
        " and Pumble loves the park; Pumble is twelve now, and Pumble snores.",
    ]
    use = replace(word_use("Pumble", pet), articles=1)
    assert "animal" in (not_a_person_by_use(use) or "")
    # named across several stories, one such use is chance ("the dog Ada Quint walks")
    assert not_a_person_by_use(replace(use, articles=3)) is None
    assert isinstance(use, WordUse)


def test_a_surname_alone_is_the_namesake_nearly_every_story_writing_it_alone_means() -> None:
    # "Quarrick" alone in a story of neither; stories of Bram Quarrick write "Quarrick" for him six times
    # in seven, stories of Mara Quarrick write "Mrs. Quarrick" once
    bram = [replace(r, aliases=("Bram Quarrick", "Quarrick")) for r in rows("Bram Quarrick", 6)]
    mara = [replace(r, aliases=("Mara Quarrick", "Quarrick")) for r in rows("Mara Quarrick", 1, start=20)]
    mara += rows("Mara Quarrick", 3, start=30)
    alone = PersonRow("x-1", "quarrick", "Quarrick", None, ("Quarrick",), "2014-03-01")
    result = resolve([*bram, *mara, *rows("Ivo Quarrick", 4, start=40), alone])
    assert result.links[("x-1", "quarrick")] == "bram quarrick"
    # a story that calls the lone "Quarrick" she is no story of his
    her = replace(alone, gender="f")
    data = [*[replace(r, gender="m") for r in bram], *mara, *rows("Ivo Quarrick", 4, start=40), her]
    assert resolve(data).links[("x-1", "quarrick")] != "bram quarrick"
    # a story that goes on about "Quarrick", then names his daughter once in passing: still his
    text = ("Quarrick's first week\n\nNobody knows what Quarrick will do. Quarrick met the mayor, and Quarrick "
            "smiled. Later Mara Quarrick strode in with a giant check.")
    found = resolve([*bram, *mara, *rows("Ivo Quarrick", 4, start=40), alone], texts={"x-1": text})
    assert found.links[("x-1", "quarrick")] == "bram quarrick"
    # named in full first, the namesake is the one the story writes about
    first = "Mara Quarrick's first week\n\nMara Quarrick spoke. Quarrick smiled. Quarrick left. Quarrick waved."
    found = resolve([*bram, *mara, *rows("Ivo Quarrick", 4, start=40), alone], texts={"x-1": first})
    assert found.links[("x-1", "quarrick")] == "mara quarrick"


def test_a_given_name_alone_is_the_one_bearer_headlined_with_the_same_show() -> None:
    # "Presenting The Last Scene Of Harbor Nights" writes "Orrin" a dozen times; the store's one Orrin
    # headlined with "Harbor Nights" is its character Orrin Quell
    recap = PersonRow("recap-1", "orrin", "Orrin", None, ("Orrin",), mentions=12)
    data = [*rows("Orrin Quell", 2), *rows("Orrin Tessaly", 3, start=10), recap]
    given = {"orrin": [GivenUse("orrin quell", "orrin quell", 2), GivenUse("orrin tessaly", "orrin tessaly", 3)]}
    titles = {"orrin quell": ("Will Orrin Return To Harbor Nights?",), "orrin tessaly": ("Tessaly Wins In Queens",)}
    company = Company(titles=titles)
    texts = {"recap-1": "Presenting The Last Scene Of Every Season Of Harbor Nights\n\nOrrin walks out. Orrin waits."}
    result = resolve(data, given=given, texts=texts, company=company)
    assert result.links[("recap-1", "orrin")] == "orrin quell"
    # a shared place in the headlines ("East Harbor") ties nothing
    place = {"orrin quell": ("Fire In East Village",), "orrin tessaly": ("Tessaly Wins In Queens",)}
    texts = {"recap-1": "Flood In East Village\n\nOrrin walks out. Orrin waits."}
    result = resolve(data, given=given, texts=texts, company=Company(titles=place))
    assert result.links[("recap-1", "orrin")] not in {"orrin quell", "orrin tessaly"}
    # a name written once in passing is not tied by its headline
    once = replace(recap, mentions=1)
    texts = {"recap-1": "Presenting The Last Scene Of Every Season Of Harbor Nights\n\nOrrin walks out."}
    result = resolve([*data[:-1], once], given=given, texts=texts, company=company)
    assert result.links[("recap-1", "orrin")] != "orrin quell"
    # twice is enough ("Unpacking Last Night's Harbor Nights": "Orrin" and a "Roger" of the show's)
    twice = replace(recap, mentions=2)
    texts = {"recap-1": "Unpacking Last Night's Harbor Nights\n\nOrrin walks out. Later Orrin waits."}
    result = resolve([*data[:-1], twice], given=given, texts=texts, company=company)
    assert result.links[("recap-1", "orrin")] == "orrin quell"
    # a headline in capitals writes the same show ("HARBOR NIGHTS Recap")
    texts = {"recap-1": "HARBOR NIGHTS Recap: The Last Scene\n\nOrrin walks out. Orrin waits."}
    result = resolve(data, given=given, texts=texts, company=company)
    assert result.links[("recap-1", "orrin")] == "orrin quell"
    # so does a quoted show's name before a hyphen ("'Harbor Nights'-Inspired Bar Opens")
    quoted = Company(titles={**titles, "orrin quell": ("'Harbor Nights'-Inspired Bar Opens In Queens",)})
    texts = {"recap-1": "Presenting The Last Scene Of Every Season Of Harbor Nights\n\nOrrin walks out. Orrin waits."}
    result = resolve(data, given=given, texts=texts, company=quoted)
    assert result.links[("recap-1", "orrin")] == "orrin quell"
    # a bearer whose stories are mostly of other things is a guest of the show, not its character
    guest = Company(titles={"orrin quell": ("Will Orrin Return To Harbor Nights?", "Quell Tours Ohio",
                                            "Quell Wins Comedy Prize"), "orrin tessaly": ("Tessaly Wins In Queens",)})
    texts = {"recap-1": "Presenting The Last Scene Of Every Season Of Harbor Nights\n\nOrrin walks out. Orrin waits."}
    result = resolve(data, given=given, texts=texts, company=guest)
    assert result.links[("recap-1", "orrin")] != "orrin quell"


def test_a_given_name_alone_is_the_one_bearer_of_the_show_its_own_sentence_names() -> None:
    # a round-up of the week writes "Orrin" once, in a sentence naming the show Orrin Quell's
    # stories are headlined with
    once = PersonRow("week-1", "orrin", "Orrin", None, ("Orrin",), mentions=1)
    data = [*rows("Orrin Quell", 2), *rows("Orrin Tessaly", 3, start=10), once]
    given = {"orrin": [GivenUse("orrin quell", "orrin quell", 2), GivenUse("orrin tessaly", "orrin tessaly", 3)]}
    titles = {
        "orrin quell": ("Will Orrin Return To Harbor Nights?", "Harbor Nights Finale Recap"),
        "orrin tessaly": ("Tessaly Wins In Queens",),
    }
    company = Company(titles=titles)
    week = "Nine Stories You May Have Missed\n\nA bridge closed. This week on Harbor Nights, Orrin lost the boat."
    result = resolve(data, given=given, texts={"week-1": week}, company=company)
    assert result.links[("week-1", "orrin")] == "orrin quell"
    # the show named in another sentence ties nothing
    apart = "Nine Stories You May Have Missed\n\nHarbor Nights ended. Orrin lost the boat."
    result = resolve(data, given=given, texts={"week-1": apart}, company=company)
    assert result.links[("week-1", "orrin")] != "orrin quell"
    # nor does a show that heads only one of the bearer's stories
    one = Company(titles={**titles, "orrin quell": ("Will Orrin Return To Harbor Nights?",)})
    result = resolve(data, given=given, texts={"week-1": week}, company=one)
    assert result.links[("week-1", "orrin")] != "orrin quell"
    # nor a show two bearers' stories are headlined with
    both = Company(titles={**titles, "orrin tessaly": ("Harbor Nights Cast Party", "Harbor Nights Returns")})
    result = resolve(data, given=given, texts={"week-1": week}, company=both)
    assert result.links[("week-1", "orrin")] not in {"orrin quell", "orrin tessaly"}


def test_a_given_name_alone_in_a_shows_recaps_is_the_bearer_a_story_of_the_show_calls_so() -> None:
    # three "Harbor Nights" recaps write "Nora" alone; of the store's Noras, one story headlined with the
    # show calls Nora Quell "Nora", though most of her stories are of other things
    recaps = [PersonRow(f"recap-{i}", "nora", "Nora", None, ("Nora",), mentions=1 + i) for i in range(3)]
    data = [*rows("Nora Quell", 3), *rows("Nora Tessaly", 3, start=10), *recaps]
    given = {"nora": [GivenUse("nora quell", "nora quell", 3), GivenUse("nora tessaly", "nora tessaly", 3)]}
    titles = {
        "nora quell": ("Quell Tours Ohio", "Quell Wins Comedy Prize", "Who Is Harbor Nights' Mystery Guest?"),
        "nora tessaly": ("Tessaly Wins In Queens",),
    }
    calling = {"nora quell": (("nora", "Who Is Harbor Nights' Mystery Guest?"),)}
    texts = {r.article_id: f"Unpacking Harbor Nights, Week {i}\n\nNora walks out." for i, r in enumerate(recaps)}
    result = resolve(data, given=given, texts=texts, company=Company(titles=titles, calling=calling))
    assert {result.links[(r.article_id, "nora")] for r in recaps} == {"nora quell"}
    # two recaps are not yet a character of the show
    result = resolve(data[:-1], given=given, texts=texts, company=Company(titles=titles, calling=calling))
    assert {result.links[(r.article_id, "nora")] for r in recaps[:2]}.isdisjoint({"nora quell"})
    # a bearer the show's story names only in full is a guest of it, not the one the recaps call "Nora"
    result = resolve(data, given=given, texts=texts, company=Company(titles=titles))
    assert {result.links[(r.article_id, "nora")] for r in recaps}.isdisjoint({"nora quell"})
    # two bearers called "Nora" under the show leave the recaps undecided
    both = {**calling, "nora tessaly": (("nora", "Harbor Nights Cast Party"),)}
    result = resolve(data, given=given, texts=texts, company=Company(titles=titles, calling=both))
    assert {result.links[(r.article_id, "nora")] for r in recaps}.isdisjoint({"nora quell", "nora tessaly"})
    # a full name the store writes once may be a misreading ("Nora Rosemary's Baby"): no character's
    once = {"nora": [GivenUse("nora quell", "nora quell", 1), GivenUse("nora tessaly", "nora tessaly", 3)]}
    single = [*rows("Nora Quell", 1), *rows("Nora Tessaly", 3, start=10), *recaps]
    result = resolve(single, given=once, texts=texts, company=Company(titles=titles, calling=calling))
    assert {result.links[(r.article_id, "nora")] for r in recaps}.isdisjoint({"nora quell"})


def test_a_role_one_namesake_is_given_far_more_often_is_that_namesakes() -> None:
    # "President Quarrick" is Bram Quarrick: one story's slip gives Mara Quarrick the title once
    bram = rows("Bram Quarrick", 6, role="President")
    mara = [*rows("Mara Quarrick", 1, start=20, role="President"), *rows("Mara Quarrick", 4, start=30)]
    titled = PersonRow("x-1", "quarrick", "Quarrick", "President", ("President Quarrick",), "2014-03-01")
    assert resolve([*bram, *mara, titled]).links[("x-1", "quarrick")] == "bram quarrick"
    # two namesakes each often given it leave it undecided
    mara = rows("Mara Quarrick", 4, start=20, role="President")
    assert resolve([*bram, *mara, titled]).links[("x-1", "quarrick")] not in {"bram quarrick", "mara quarrick"}


def test_a_surname_alone_is_the_namesake_the_stories_that_could_tell_meant() -> None:
    # stories with "President Quarrick" were told apart; a lone "Quarrick" with nothing to decide
    # is the Quarrick nearly all of them meant
    bram = rows("Bram Quarrick", 3, role="President")
    mara = rows("Mara Quarrick", 3, start=20)
    ivo = rows("Ivo Quarrick", 3, start=40)
    told = [PersonRow(f"t-{i}", "quarrick", "Quarrick", "President", ("Quarrick",), "2014-03-01") for i in range(6)]
    alone = PersonRow("x-1", "quarrick", "Quarrick", None, ("Quarrick",), "2014-03-01")
    result = resolve([*bram, *mara, *ivo, *told, alone])
    assert result.links[("x-1", "quarrick")] == "bram quarrick"
    assert resolve([*bram, *mara, *ivo, alone]).links[("x-1", "quarrick")] != "bram quarrick"


def test_a_given_name_alone_is_the_one_person_of_it_its_articles_surname_alone_was_found_to_be() -> None:
    # "on Quarrick's birthday ... I think Harold would dig that": "Quarrick" is the store's Harold Quarrick
    harold = rows("Harold Quarrick", 6)
    here = [PersonRow("x", "quarrick", "Quarrick", None, ("Quarrick",), "2014-03-01"),
            PersonRow("x", "harold", "Harold", None, ("Harold",), "2014-03-01")]
    bearers = {"harold": [GivenUse(k, k, n) for k, n in (("harold quarrick", 6), ("harold tessel", 2))]}
    others = rows("Harold Tessel", 2, start=20)
    result = resolve([*harold, *others, *here], given=bearers)
    assert result.links[("x", "quarrick")] == "harold quarrick"
    assert result.links[("x", "harold")] == "harold quarrick"
    # where the article's surname stays undecided, the given name stays its own
    lone = [PersonRow("y", "harold", "Harold", None, ("Harold",), "2014-03-01")]
    assert resolve([*harold, *others, *lone], given=bearers).links[("y", "harold")] == "harold#y"


def test_a_towns_name_then_a_clubs_word_is_a_club_not_a_person() -> None:
    # "Galveston Rovers beat Tacoma United"; one match report reads the club as a player's "he"
    data = [*rows("Galveston Rovers", 3), *rows("Tacoma United", 3, start=10), *rows("Chester City", 2, start=20)]
    data[3] = replace(data[3], gender="m")
    data += rows("Nashville Athletic", 2, start=30)
    result = resolve(data)
    assert not any(result.persons[k].is_person for k in ("galveston rovers", "tacoma united", "nashville athletic"))
    assert result.persons["chester city"].is_person  # a given name first: "Chester City, the striker"


def test_a_towns_name_then_a_clubs_word_called_he_in_most_articles_is_a_person() -> None:
    data = [replace(r, gender="m") for r in rows("Tacoma Rangers", 3)]  # "Tacoma Rangers said he ..."
    assert resolve(data).persons["tacoma rangers"].is_person


def test_a_name_an_animals_noun_is_named_or_said_to_be_is_no_person() -> None:
    named = ["The shelter found a home for a kitten named Pellow. Visitors loved Pellow, and Pellow purred.",
             "Neighbours said Pellow is a very fluffy cat with a loud voice. Pellow naps; Pellow eats."]
    assert not_a_person_by_use(word_use("Pellow", named)) is not None
    owner = ["Tam Vorrick is a dog walker who works in the park. Tam Vorrick is a cat lover too.",
             "Tam Vorrick, a longtime resident named in the suit, said Tam Vorrick was a witness."]
    assert not_a_person_by_use(word_use("Tam Vorrick", owner), several_words=True) is None


def test_a_name_written_with_a_sequels_number_is_a_work() -> None:
    game = ["The shooter Chirpquest 3 topped the charts, ahead of Chirpquest 2. The original Chirpquest sold well.",
            "Fans queued for Chirpquest 3 at midnight."]
    assert "work" in (not_a_person_by_use(word_use("Chirpquest", game)) or "")
    scorer = ["Quillon 35, Vossley 70. Quillon, 3, was carried by Tessa Quillon; Quillon scored late on March 3, 2012.",
              "Later Quillon 2-1 Vossley: the match ended."]
    assert not_a_person_by_use(word_use("Quillon", scorer)) is None  # minutes, ages, dates and scores


def test_a_name_without_the_suffix_of_a_far_more_written_bearer_is_that_bearer() -> None:
    data = [*rows("Martin Quillon Jr.", 6), *rows("Martin Quillon", 2, start=10),
            *rows("Donald Tessel", 8), *rows("Donald Tessel Jr.", 2, start=10),
            *rows("Ada Vorn Jr.", 3), *rows("Ada Vorn", 2, start=10)]
    assert person_of(data, "Martin Quillon") == person_of(data, "Martin Quillon Jr.")
    assert person_of(data, "Donald Tessel Jr.") != person_of(data, "Donald Tessel")  # the son, far less written
    assert person_of(data, "Ada Vorn") != person_of(data, "Ada Vorn Jr.")  # nearly as written: maybe the parent


def test_a_name_written_after_a_hash_in_most_uses_is_a_hashtag() -> None:
    tweets = ["Cannot believe that ending #HarborNights — Ada (@ada) pic.chirpr.com/x",
              "Best episode yet #HarborNights #Sundays. Everyone loves HarborNights."]
    assert "hashtag" in (not_a_person_by_use(word_use("HarborNights", tweets)) or "")
    person = ["Rally for Tessaly today #Tessaly. Tessaly spoke first, and Tessaly thanked the crowd.",
              "Friends of Tessaly marched. Tessaly said she was moved."]
    assert not_a_person_by_use(word_use("Tessaly", person)) is None  # a hashtag now and then


def test_a_name_written_only_after_a_hash_is_a_hashtag_however_seldom() -> None:
    once = ["Crowds at the vigil tonight. #NoMoreVorn #Brooklyn pic.chirpr.com/y — Ada (@ada)"]
    assert "hashtag" in (not_a_person_by_use(word_use("NoMoreVorn", once)) or "")
    written = ["At the vigil #Quillo, a friend thanked Quillo.", "Then Quillo left early."]
    assert not_a_person_by_use(word_use("Quillo", written)) is None  # written in prose too: a name


def test_a_news_websites_name_alone_is_an_outlet_unless_a_given_name_or_a_known_surname(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(usage, "_news_sites", lambda: frozenset({"chirpline", "sandra", "vossley"}))
    posts = ["Chirpline put a bounty out for the photos, and Chirpline got them.", "As Chirpline noted, it was fake."]
    assert "news outlet" in (not_a_person_by_use(word_use("Chirpline", posts)) or "")
    # a given name many bear is a person's, whatever site shares it
    assert not_a_person_by_use(word_use("Sandra", ["Then Sandra said she would stay. We thanked Sandra."])) is None
    # the surname of a full name the store names in several articles is that person's
    mayor = ["Mayor Vossley said no. Then Vossley left.", "We asked Vossley again."]
    assert not_a_person_by_use(word_use("Vossley", mayor), known_surname=True) is None


def test_a_name_after_shares_in_or_a_giant_is_a_company() -> None:
    firm = ["Shares in Orrincorp fell on Monday. The plane-making giant Orrincorp cut jobs, and Orrincorp said"
            " more would go. Orrincorp expects a loss; Orrincorp declined to comment."]
    assert "company" in (not_a_person_by_use(word_use("Orrincorp", firm)) or "")
    founder = ["Vossley sold shares in Tesselgen. Vossley said the stake in Tesselgen was small, and Vossley left."
               " Vossley smiled."]
    assert not_a_person_by_use(word_use("Vossley", founder)) is None  # the company's shares, not his


def test_a_common_word_glued_before_a_surname_is_the_surname_alone() -> None:
    # "Gleeful Quorvath" of a headline in title case, in a match report that writes "Ilvo Quorvath"
    text = "Gleeful Quorvath Sinks Harbor FC\n\nIlvo Quorvath scored twice. Quorvath was gleeful after it."
    data = [
        PersonRow("a-1", "gleeful quorvath", "Gleeful Quorvath", None, ("Gleeful Quorvath", "Quorvath"), "2014-01-01"),
        PersonRow("a-1", "ilvo quorvath", "Ilvo Quorvath", None, ("Ilvo Quorvath",), "2014-01-01"),
    ]
    result = resolve(data, texts={"a-1": text})
    assert result.links[("a-1", "gleeful quorvath")] == "ilvo quorvath"
    assert "gleeful quorvath" not in result.persons
    # an unlisted given name, never written in lower case, stays a name of its own
    other = text.replace("Gleeful", "Odrin").replace("gleeful", "glad")
    kept = [replace(data[0], key="odrin quorvath", name="Odrin Quorvath"), data[1]]
    assert resolve(kept, texts={"a-1": other}).links[("a-1", "odrin quorvath")] == "odrin quorvath"
    # with no other full name of the surname in the article, the row is left as it is
    assert resolve(data[:1], texts={"a-1": text}).links[("a-1", "gleeful quorvath")] == "gleeful quorvath"
    # an epithet before the given name of the article's full name: "I'd vote for Dead Ilvo"
    text = "Is Ilvo Quorvath Dead?\n\nIlvo Quorvath is probably dead, the host said. 'I'd vote for Dead Ilvo.'"
    data = [PersonRow("a-1", "dead ilvo", "Dead Ilvo", None, ("Dead Ilvo",), "2014-01-01"), data[1]]
    given = {"ilvo": [GivenUse("ilvo quorvath", "ilvo quorvath", 3)]}
    assert resolve(data, texts={"a-1": text}, given=given).links[("a-1", "dead ilvo")] == "ilvo quorvath"


def test_an_epithet_before_a_famous_surname_is_that_person() -> None:
    # "Now Thrifty Quorvath has more advice ... Quorvath took a moment", in a store of the mayor Ada Quorvath
    text = "Now Thrifty Quorvath has more advice for diners. Speaking at a gala, Quorvath took a moment."
    forms = ("Thrifty Quorvath", "Quorvath")
    thrifty = PersonRow("a-1", "thrifty quorvath", "Thrifty Quorvath", None, forms, "2014-01-01")
    data = [*rows("Ada Quorvath", 12), thrifty]
    assert famous_surnames(data) == {"quorvath"}
    found = resolve(data, texts={"a-1": text}, epithets={("thrifty", "quorvath")})
    assert found.links[("a-1", "thrifty quorvath")] == "ada quorvath"
    # the story need not write the surname alone: "under Thrifty Quorvath's rules" is the mayor's too
    alone = replace(thrifty, aliases=("Thrifty Quorvath",))
    assert rows_to_read([*rows("Ada Quorvath", 12), alone], famous_surnames(data)) == [alone]
    found = resolve([*rows("Ada Quorvath", 12), alone], texts={}, epithets={("thrifty", "quorvath")})
    assert found.links[("a-1", "thrifty quorvath")] == "ada quorvath"
    # a word the store does not write in lower case may be a given name ("Odrin Quorvath")
    assert resolve(data, texts={"a-1": text}).links[("a-1", "thrifty quorvath")] != "ada quorvath"
    # a surname that is a given name too ("Skip Tomas"), or one no single person holds, is not famous
    assert famous_surnames([*rows("Ada Tomas", 12)]) == set()
    assert famous_surnames([*rows("Ada Quorvath", 6), *rows("Mara Quorvath", 6)]) == set()


def test_the_articles_read_for_a_glued_word_are_those_with_another_full_name_of_the_surname() -> None:
    def row(article: str, name: str) -> PersonRow:
        return PersonRow(article, person_key(name), name, None, (name,), "2014-01-01")

    data = [row("a-1", "Gleeful Quorvath"), row("a-1", "Ilvo Quorvath"), row("a-2", "Gleeful Quorvath"),
            row("a-3", "Mary Quorvath"), row("a-3", "Paul Quorvath")]
    assert {r.article_id for r in rows_to_read(data)} == {"a-1"}


def test_a_given_name_in_an_editors_brackets_is_the_bearer_whose_surname_follows() -> None:
    text = 'She said: "[Governor Ilse] Varnok never called back." The Varnok office declined comment.'
    data = [PersonRow("a-1", "ilse", "Ilse", "Governor", ("Ilse",), "2014-01-01")]
    given = {"ilse": [GivenUse("ilse varnok", "ilse varnok", 3), GivenUse("ilse dormund", "ilse dormund", 3)]}
    assert resolve(data, given=given, texts={"a-1": text}).links[("a-1", "ilse")] == "ilse varnok"
    # the surname after a given name with no bracket between says nothing here (a titled given name
    # goes to the bearer whose surname the story writes: see test_people_edges)
    plain = text.replace("[Governor Ilse] Varnok", "Governor Ilse")
    assert resolve(data, given=given, texts={"a-1": plain}).links[("a-1", "ilse")] != "ilse varnok"
    # the surname inside the brackets after the given name: "call Ilse [Varnok, the chair]"
    after = 'He kept telling them "Call Ilse [Varnok, the agency\'s chair], call Ilse, leave me alone."'
    untitled = [PersonRow("a-1", "ilse", "Ilse", None, ("Ilse",), "2014-01-01")]
    assert resolve(untitled, given=given, texts={"a-1": after}).links[("a-1", "ilse")] == "ilse varnok"


def test_a_surname_written_alone_with_two_letters_swapped_is_the_much_more_written_surname() -> None:
    # "Quarrignton said" in a story naming no one in full, where the store names Ada Quarrington in six
    alone = PersonRow("x-1", "quarrignton", "Quarrignton", None, ("Quarrignton",), "2014-03-01", mentions=2)
    result = resolve([*rows("Ada Quarrington", 6), alone])
    assert result.links[("x-1", "quarrignton")] == "ada quarrington"
    # a short word is a word of its own: "Patron" is no slip of "Parton"
    patron = PersonRow("x-2", "patron", "Patron", None, ("Patron",), "2014-03-01", mentions=2)
    result = resolve([*rows("Dolla Parton", 6), patron])
    assert result.links[("x-2", "patron")] != "dolla parton"


def test_a_full_name_with_two_letters_swapped_is_the_much_more_written_name() -> None:
    data = [*rows("Ysolde Quarrington", 6), *rows("Ysodle Quarrington", 1, start=20)]
    result = resolve(data)
    assert result.links[("Ysodle Quarrington-20", "ysodle quarrington")] == "ysolde quarrington"
    # two given names of their own, one the other's letters swapped, stay two people
    names = [*rows("Carol Quarrington", 6), *rows("Carlo Quarrington", 1, start=20)]
    assert resolve(names).links[("Carlo Quarrington-20", "carlo quarrington")] == "carlo quarrington"
    # one name written two ways ("Jamie", "Jaime") under a rare surname far more written one way is one
    # person; under a common surname, whose namesakes are many, two
    slip = [*rows("Jamie Quarrington", 6), *rows("Jaime Quarrington", 1, start=20)]
    assert resolve(slip).links[("Jaime Quarrington-20", "jaime quarrington")] == "jamie quarrington"
    common = [*rows("Jamie Miller", 6), *rows("Jaime Miller", 1, start=20)]
    assert resolve(common).links[("Jaime Miller-20", "jaime miller")] == "jaime miller"


def test_a_role_holder_takes_his_titled_surname_from_a_relative_only_its_story_names() -> None:
    # "President Quarrick" in a story about his daughter, whom only this story writes in full
    bram = rows("Bram Quarrick", 6, role="President")
    titled = PersonRow("x-1", "quarrick", "Quarrick", "President", ("President Quarrick",), "2014-03-01")
    text = "President Quarrick signed it.\n\nHis daughter Tilda Quarrick posted photos. Quarrick smiled."
    assert resolve([*bram, titled], texts={"x-1": text}).links[("x-1", "quarrick")] == "bram quarrick"
    # with no role, the story's own full name is who the surname is
    plain = replace(titled, role=None)
    assert resolve([*bram, plain], texts={"x-1": text}).links[("x-1", "quarrick")] != "bram quarrick"


def test_a_surname_alone_outside_the_one_beat_of_its_dominant_namesake_stays_apart() -> None:
    # every story of the striker Kellan Quarrick is headlined with his team; "Quarrick" in a recap of a
    # drama that never writes the team is someone else, however few other Quarricks the store names
    striker = rows("Kellan Quarrick", 6)
    data = [*striker, *rows("Bram Quarrick", 1, start=10)]
    titles = {"kellan quarrick": tuple(f"Harbor Gulls Beat Team {n}" for n in range(6)), "bram quarrick": ("Bakery",)}
    recap = PersonRow("x-1", "quarrick", "Quarrick", None, ("Quarrick",), mentions=2)
    match = PersonRow("x-2", "quarrick", "Quarrick", None, ("Quarrick",), mentions=2)
    texts = {"x-1": "Dale Recap: Night Two\n\nAgent Quarrick wakes in the lodge.",
             "x-2": "Draw In The Rain\n\nQuarrick scored twice as the Gulls drew."}
    result = resolve([*data, recap, match], texts=texts, company=Company(namesake_titles=titles))
    assert result.links[("x-1", "quarrick")] != "kellan quarrick"
    assert result.links[("x-2", "quarrick")] == "kellan quarrick"
    # a name headlined across many beats (a mayor's) keeps the evidence of its dominance
    many = ("Quarrick Signs A Bill", "Quarrick Signs Parks Bill", "Quarrick Signs Budget", "Fares Rise", "Plows Out")
    varied = {**titles, "kellan quarrick": many}
    result = resolve([*data, recap], texts=texts, company=Company(namesake_titles=varied))
    assert result.links[("x-1", "quarrick")] == "kellan quarrick"


def test_a_surname_alone_is_the_one_namesake_headlined_with_the_same_show() -> None:
    # "Quarrick said" three times under "The Quiet Show On Bike Lanes", a story naming no Quarrick in
    # full: of the store's Quarricks, only the host's stories headline "The Quiet Show"
    alone = PersonRow("x-1", "quarrick", "Quarrick", None, ("Quarrick",), mentions=3)
    data = [*rows("Ada Quarrick", 6), *rows("Bram Quarrick", 5, start=10), alone]
    host = ("Ada Quarrick Returns To The Quiet Show", "The Quiet Show Goes Dark For A Week")
    titles = {"ada quarrick": host, "bram quarrick": ("Quarrick Opens A Bakery",)}
    texts = {"x-1": "The Quiet Show On Bike Lanes\n\nQuarrick said it. Quarrick laughed. Quarrick left."}
    result = resolve(data, texts=texts, company=Company(namesake_titles=titles))
    assert result.links[("x-1", "quarrick")] == "ada quarrick"
    # one headline of hers is chance
    once = {**titles, "ada quarrick": host[:1]}
    result = resolve(data, texts=texts, company=Company(namesake_titles=once))
    assert result.links[("x-1", "quarrick")] not in {"ada quarrick", "bram quarrick"}
    # a namesake's story headlining the show too leaves it undecided
    both = {**titles, "bram quarrick": ("Bram Quarrick Cooks On The Quiet Show",)}
    result = resolve(data, texts=texts, company=Company(namesake_titles=both))
    assert result.links[("x-1", "quarrick")] not in {"ada quarrick", "bram quarrick"}
    # a name written once in passing is not tied by its headline
    result = resolve([*data[:-1], replace(alone, mentions=1)], texts=texts, company=Company(namesake_titles=titles))
    assert result.links[("x-1", "quarrick")] != "ada quarrick"


def test_a_rare_surname_alone_is_its_one_full_name_in_the_news_that_year() -> None:
    # Tod Quarrant, named chief strategist in two stories that go on to write "Quarrant"; two months
    # later a story writes only "Quarrant": the one Quarrant in the news then
    tod = [replace(r, aliases=("Tod Quarrant", "Quarrant")) for r in rows("Tod Quarrant", 2, date="2016-11-14")]
    later = PersonRow("x-1", "quarrant", "Quarrant", None, ("Quarrant",), "2017-01-20", mentions=2)
    texts = {"x-1": "Quarrant Out\n\nQuarrant left the White House on Friday."}
    assert resolve([*tod, later], texts=texts).links[("x-1", "quarrant")] == "tod quarrant"
    # years apart, nothing says it is he
    old = replace(later, date="2009-05-01")
    assert resolve([*tod, old], texts=texts).links[("x-1", "quarrant")] != "tod quarrant"
    # nor when his own stories never write the surname alone
    plain = rows("Tod Quarrant", 2, date="2016-11-14")
    assert resolve([*plain, later], texts=texts).links[("x-1", "quarrant")] != "tod quarrant"
    # a common surname has namesakes the store does not name
    ann = [replace(r, aliases=("Ann Miller", "Miller")) for r in rows("Ann Miller", 2, date="2016-11-14")]
    miller = PersonRow("x-1", "miller", "Miller", None, ("Miller",), "2017-01-20", mentions=2)
    texts_m = {"x-1": "Miller Out\n\nMiller left on Friday."}
    assert resolve([*ann, miller], texts=texts_m).links[("x-1", "miller")] != "ann miller"
    # a word its article writes in lower case too is a word there ("a quarrant of sheep")
    word = {"x-1": "Quarrant Out\n\nQuarrant left. The quarrant was sold."}
    assert resolve([*tod, later], texts=word).links[("x-1", "quarrant")] != "tod quarrant"


def test_a_rare_surname_alone_is_its_one_full_name_when_the_story_names_its_close_company() -> None:
    # "Quarrant" alone in a 2007 story naming Dana Letterby; the store's two stories of Tod Quarrant,
    # six years later, name Letterby in one of them: the company he keeps, not the date, tells
    tod = rows("Tod Quarrant", 2, date="2013-03-02")
    alone = PersonRow("x-1", "quarrant", "Quarrant", None, ("Quarrant",), "2007-12-16")
    letterby, tod_keys = frozenset({"dana letterby"}), ("tod quarrant",)
    company = Company(of_article={"x-1": letterby}, of_key={"tod quarrant": (letterby, frozenset())})
    assert resolve([*tod, alone], company=company).links[("x-1", "quarrant")] == "tod quarrant"
    # the story's people in none of his stories: nothing says it is he
    apart = Company(of_article={"x-1": letterby}, of_key={"tod quarrant": (frozenset(),) * 2})
    assert resolve([*tod, alone], company=apart).links[("x-1", "quarrant")] not in tod_keys
    # a common surname has namesakes the store does not name
    ann = rows("Ann Miller", 2)
    miller = PersonRow("x-1", "miller", "Miller", None, ("Miller",))
    close = Company(of_article={"x-1": letterby}, of_key={"ann miller": (letterby, frozenset())})
    assert resolve([*ann, miller], company=close).links[("x-1", "miller")] != "ann miller"


def test_a_surname_alone_before_a_work_is_the_artist_the_store_names_most() -> None:
    # "Axl took Arden's song and made it his": the store names the singer Bram Arden in four stories, a
    # namesake in one, and an Arden Farrow, whose given name the word is, in two; nothing else says which, but
    # a song has a maker
    data = [*rows("Bram Arden", 4), *rows("Ada Arden", 1, start=10)]
    alone = PersonRow("x-1", "arden", "Arden", None, ("Arden",))
    given = {"arden": [GivenUse("arden farrow", "arden farrow", 2)]}
    song = {"x-1": "Twelve Things We Learned\n\nAxl took Arden's song and made it his own."}
    assert resolve([*data, alone], given=given, texts=song).links[("x-1", "arden")] == "bram arden"
    records = {"x-1": "Bowery Nights\n\nThe band's sound owes a lot to old Arden records."}
    assert resolve([*data, alone], given=given, texts=records).links[("x-1", "arden")] == "bram arden"
    # without a work the word alone stays apart, as it does where the namesakes are of a size
    plain = {"x-1": "Twelve Things We Learned\n\nAxl thanked Arden and left."}
    people = {"bram arden", "ada arden", "arden farrow"}
    assert resolve([*data, alone], given=given, texts=plain).links[("x-1", "arden")] not in people
    even = [*rows("Bram Arden", 3), *rows("Ada Arden", 2, start=10), alone]
    assert resolve(even, given=given, texts=song).links[("x-1", "arden")] not in people
    # a bearer of the given name written in full as often may be the child or the fan of the story
    often = {"arden": [GivenUse("arden farrow", "arden farrow", 4)]}
    assert resolve([*data, alone], given=often, texts=song).links[("x-1", "arden")] != "bram arden"


def test_a_given_name_alone_in_stories_headlined_with_one_show_is_one_person() -> None:
    # "Orrin" alone in two recaps of "Harbor Nights" and in a story about a fire, where the store names
    # two other Orrins in full: the show's Orrin is one person, the fire's another
    alone = [PersonRow(a, "orrin", "Orrin", None, ("Orrin",), "2014-03-01", mentions=3) for a in ("r-1", "r-2", "f-1")]
    data = [*rows("Orrin Quell", 2), *rows("Orrin Tessaly", 3, start=10), *alone]
    given = {"orrin": [GivenUse("orrin quell", "orrin quell", 2), GivenUse("orrin tessaly", "orrin tessaly", 3)]}
    texts = {
        "r-1": "Harbor Nights Recap: The Storm\n\nOrrin walks out. Orrin waits.",
        "r-2": "Unpacking Last Week's Harbor Nights\n\nOrrin is back. Orrin sulks.",
        "f-1": "Fire On Elm Road\n\nOrrin, a neighbour, called it in. Orrin was shaken.",
    }
    links = resolve(data, given=given, texts=texts).links
    assert links[("r-1", "orrin")] == links[("r-2", "orrin")]
    assert links[("f-1", "orrin")] != links[("r-1", "orrin")]
    assert links[("r-1", "orrin")] not in {"orrin quell", "orrin tessaly"}


def test_a_show_s_given_name_alone_is_the_full_name_a_story_opening_on_the_show_writes() -> None:
    # "Orrin" in two "Harbor Nights" recaps; a third story, under a headline of its own, opens on the show
    # and writes "Orrin Vantrell" (a name the parser missed); the store names two other Orrins in full
    alone = [PersonRow(a, "orrin", "Orrin", None, ("Orrin",), "2014-03-01", mentions=3) for a in ("r-1", "r-2", "p-1")]
    data = [*rows("Orrin Quell", 2), *rows("Orrin Tessaly", 3, start=10), *alone]
    given = {"orrin": [GivenUse("orrin quell", "orrin quell", 2), GivenUse("orrin tessaly", "orrin tessaly", 3)]}
    pitch = ("Harbor Nights has been off the air for years, but a rejected Orrin Vantrell pitch is back. Orrin Vantrell"
             " would have loved it. Orrin won.")
    texts = {
        "r-1": "Harbor Nights Recap: The Storm\n\nOrrin walks out. Orrin waits.",
        "r-2": "Unpacking Last Week's Harbor Nights\n\nOrrin is back. Orrin sulks.",
        "p-1": f"The Ketchup Pitch Is Real Now\n\n{pitch}",
    }
    result = resolve(data, given=given, texts=texts)
    assert result.persons[result.links[("p-1", "orrin")]].name == "Orrin Vantrell"
    assert result.links[("r-1", "orrin")] == result.links[("r-2", "orrin")] == result.links[("p-1", "orrin")]
    # a story naming the show only in passing, far into it, says nothing of the recaps' Orrin
    passing = (f"The Ketchup Pitch Is Real Now\n\n{'A slogan ran. ' * 40}Orrin Vantrell liked Harbor Nights. Orrin"
               " Vantrell said so. Orrin won.")
    result = resolve(data, given=given, texts={**texts, "p-1": passing})
    assert result.links[("r-1", "orrin")] != result.links[("p-1", "orrin")]


def test_initials_left_apart_are_the_person_their_story_writes_by_surname() -> None:
    # "Mayor BdQ, not so much" in a story that writes only "de Quarrant", found to be Bill de Quarrant
    bill = rows("Bill de Quarrant", 6)
    alone = PersonRow("x-1", "de quarrant", "de Quarrant", None, ("de Quarrant",), "2014-03-01", mentions=2)
    letters = PersonRow("x-1", "bdq", "BdQ", None, ("BdQ",), "2014-03-01", mentions=1)
    result = resolve([*bill, alone, letters])
    assert result.links[("x-1", "de quarrant")] == "bill de quarrant"
    assert result.links[("x-1", "bdq")] == "bill de quarrant"
    # a word in lower case is no one's initials
    word = replace(letters, key="bdq", name="Bdq", aliases=("Bdq",))
    assert resolve([*bill, alone, word]).links[("x-1", "bdq")] != "bill de quarrant"


def test_a_headline_phrase_prose_writes_in_lower_case_ties_no_stories() -> None:
    # "Last Night" is common words, not a show's name: "Orrin" is no Orrin Quell by it
    recap = PersonRow("recap-1", "orrin", "Orrin", None, ("Orrin",), mentions=12)
    data = [*rows("Orrin Quell", 2), *rows("Orrin Tessaly", 3, start=10), recap]
    given = {"orrin": [GivenUse("orrin quell", "orrin quell", 2), GivenUse("orrin tessaly", "orrin tessaly", 3)]}
    titles = {"orrin quell": ("Stars Shine At The Pier Last Night",), "orrin tessaly": ("Tessaly Wins In Queens",)}
    texts = {"recap-1": "His Last Night With The Band\n\nOrrin walks out. Orrin waits."}
    tied = resolve(data, given=given, texts=texts, company=Company(titles=titles))
    assert tied.links[("recap-1", "orrin")] == "orrin quell"
    common = Company(titles=titles, common_phrases=frozenset({"last night"}))
    result = resolve(data, given=given, texts=texts, company=common)
    assert result.links[("recap-1", "orrin")] != "orrin quell"


def test_a_misspelt_bearer_of_a_given_name_is_the_one_bearer_it_misspells() -> None:
    # "Rudy" alone where the store names Rudy Quarrick in 10 stories, misspells him once as
    # "Rudy Quarrik" and names one other Rudy once: the one bearer, in nine stories of ten
    alone = PersonRow("x-1", "rudy", "Rudy", None, ("Rudy",), "2014-03-01", mentions=2)
    given = {"rudy": [GivenUse("rudy quarrick", "rudy quarrick", 10),
                         GivenUse("rudy quarrik", "rudy quarrik", 1),
                         GivenUse("rudy tessaly", "rudy tessaly", 1)]}
    data = [*rows("Rudy Quarrick", 10), alone]
    assert resolve(data, given=given).links[("x-1", "rudy")] == "rudy quarrick"
    # two others, neither a misspelling of him, leave it undecided
    given["rudy"][1] = GivenUse("rudy brisk", "rudy brisk", 1)
    assert resolve(data, given=given).links[("x-1", "rudy")] != "rudy quarrick"


def test_a_full_name_with_a_misspelt_surname_joins_the_far_more_written_name() -> None:
    # "Ada Quilon" once beside "Ada Quillon" in six stories: one person, and the misspelt surname
    # alone in its story goes with her
    lone = PersonRow("q-1", "quilon", "Quilon", None, ("Quilon",), "2014-03-01")
    data = [*rows("Ada Quillon", 6), *rows("Ada Quilon", 1, start=10), lone]
    result = resolve(data)
    assert result.links[("Ada Quilon-10", "ada quilon")] == "ada quillon"
    # another given name, or a misspelling about as written as the name, is someone else
    assert resolve([*rows("Ada Quillon", 6), *rows("Bo Quilon", 1, start=10)]).links[("Bo Quilon-10", "bo quilon")] == (
        "bo quilon"
    )
    even = [*rows("Ada Quillon", 2), *rows("Ada Quilon", 2, start=10)]
    assert resolve(even).links[("Ada Quilon-10", "ada quilon")] == "ada quilon"
    # two letters swapped are a slip too
    swapped = [*rows("Rudy Quarrick", 6), *rows("Rudy Qaurrick", 1, start=10)]
    assert resolve(swapped).links[("Rudy Qaurrick-10", "rudy qaurrick")] == "rudy quarrick"


def test_a_misspelt_surname_after_the_same_given_and_middle_names_joins_the_more_written_name() -> None:
    # "Ada Lynn Quilon" once beside "Ada Lynn Quillon" in two stories: few namesakes share both names
    data = [*rows("Ada Lynn Quillon", 2), *rows("Ada Lynn Quilon", 1, start=10)]
    assert resolve(data).links[("Ada Lynn Quilon-10", "ada lynn quilon")] == "ada lynn quillon"
    # the given name alone, or a middle initial only, is not enough evidence at such a lead
    data = [*rows("Ada Quillon", 2), *rows("Ada Quilon", 1, start=10)]
    assert resolve(data).links[("Ada Quilon-10", "ada quilon")] == "ada quilon"
    data = [*rows("Ada L. Quillon", 2), *rows("Ada L. Quilon", 1, start=10)]
    links = resolve(data).links
    assert links[("Ada L. Quilon-10", "ada quilon")] != links[("Ada L. Quillon-0", "ada quillon")]
    # nor are two names written as often
    even = [*rows("Ada Lynn Quillon", 2), *rows("Ada Lynn Quilon", 2, start=10)]
    assert resolve(even).links[("Ada Lynn Quilon-10", "ada lynn quilon")] == "ada lynn quilon"


def test_a_misspelt_full_name_given_the_same_title_joins_the_far_more_written_name() -> None:
    # "Gov. Ada Quilon" once, beside "Gov. Ada Quillon" in six stories: the store's other Quilon is
    # real, so the surnames stay apart, but the governor is one person
    data = [*rows("Ada Quillon", 6, role="Governor"), *rows("Ada Quilon", 1, start=10, role="Governor"),
            *rows("Bo Quilon", 3, start=20)]
    result = resolve(data)
    assert result.links[("Ada Quilon-10", "ada quilon")] == "ada quillon"
    assert result.links[("Bo Quilon-20", "bo quilon")] == "bo quilon"
    # without the title, or with another one, "Ada Quilon" may be a namesake
    for role in (None, "Spokeswoman"):
        other = [*rows("Ada Quillon", 6, role="Governor"), *rows("Ada Quilon", 1, start=10, role=role),
                 *rows("Bo Quilon", 3, start=20)]
        assert resolve(other).links[("Ada Quilon-10", "ada quilon")] == "ada quilon"
    # nor does a name about as written as the governor's join it
    even = [*rows("Ada Quillon", 2, role="Governor"), *rows("Ada Quilon", 1, start=10, role="Governor"),
            *rows("Bo Quilon", 3, start=20)]
    assert resolve(even).links[("Ada Quilon-10", "ada quilon")] == "ada quilon"


def test_a_surname_alone_beside_a_bare_initial_is_the_one_known_by_it() -> None:
    # "Gaga sang with R Quarrick": the singer known by an initial, not the store's Ray Quarrick
    lone = PersonRow("g-1", "quarrick", "Quarrick", None, ("Quarrick",), "2014-03-01", mentions=4)
    text = "Video: Gaga And R Quarrick\n\nGaga sang with R Quarrick. Quarrick smiled."
    result = resolve([*rows("Ray Quarrick", 8), lone], texts={"g-1": text})
    assert result.links[("g-1", "quarrick")] not in {"ray quarrick"}
    known = [*rows("Ray Quarrick", 8), *rows("R. Quarrick", 1, start=20), lone]
    assert resolve(known, texts={"g-1": text}).links[("g-1", "quarrick")] == "r quarrick"
    # "A Quarrick spokesman" is no initial
    spokesman = "A Quarrick spokesman said. Ray Quarrick agreed. Quarrick left."
    assert resolve([*rows("Ray Quarrick", 8), lone], texts={"g-1": spokesman}).links[("g-1", "quarrick")] == (
        "ray quarrick"
    )


def test_a_misspelt_given_name_under_a_rare_surname_is_the_same_person_but_not_of_another_gender() -> None:
    data = [*rows("Patricia Krentzel", 2), *rows("Patrcia Krentzel", 1, start=20),
            *rows("Daniela Vallow", 1), *rows("Daniel Vallow", 1, start=20)]
    assert person_of(data, "Patrcia Krentzel") == person_of(data, "Patricia Krentzel")
    assert person_of(data, "Daniel Vallow") != person_of(data, "Daniela Vallow")  # a woman's name and a man's


def test_a_famous_bearer_written_with_a_middle_name_too_is_still_the_one_bearer_of_a_given_name() -> None:
    # "Ada" alone where the store names Ada Quillon in 17 stories and "Ada Rose Quillon" in 3 more, before
    # the two are joined, and one Ada Orwell: one bearer holds nearly all of them
    story = PersonRow("s-1", "ada", "Ada", None, ("Ada",), mentions=1)
    given = {"ada": [GivenUse("ada quillon", "ada quillon", 17), GivenUse("ada rose quillon", "ada rose quillon", 3),
                     GivenUse("ada orwell", "ada orwell", 1)]}
    text = "Costumes On The Subway\n\nThere were odes to Ada's emails, and many ghosts."
    assert resolve([story], given=given, texts={"s-1": text}).links[("s-1", "ada")] == "ada quillon"
    # two bearers of about one size: nothing says which
    given["ada"][2] = GivenUse("ada orwell", "ada orwell", 15)
    assert resolve([story], given=given, texts={"s-1": text}).links[("s-1", "ada")] != "ada quillon"


def test_a_common_surname_the_store_writes_as_a_word_is_the_full_name_its_story_writes() -> None:
    from sanctuary_cli.extract.people.usage import WordUse

    # "Strong" is a word the store writes in lower case again and again ("a strong storm"), and a surname:
    # beside "Ada Strong" in its own story it is she, where a story writing no full name keeps it no person
    word = WordUse(capitalised=3, lower=12, articles=3)
    data = [*rows("Ada Strong", 2), *(PersonRow(f"s-{i}", "strong", "Strong", None, ("Strong",)) for i in range(3))]
    texts = {
        "s-0": "A Cast Of Four\n\nThe cast (Ada Strong, Bo Tessel) opened. Strong said it went well.",
        "s-1": "Storm Watch\n\nA strong storm hit. Strong Winds Ahead was the headline of the strong day.",
        "s-2": "Gala Season\n\nThe Moth Strong gala opened. Strong tickets sold out, a strong showing.",
    }
    result = resolve(data, uses={"strong": word}, texts=texts)
    assert result.links[("s-0", "strong")] == "ada strong"
    for article in ("s-1", "s-2"):  # no full name, or one opening with no given name ("Moth Strong")
        assert not result.persons[result.links[(article, "strong")]].is_person


def test_a_word_written_only_after_another_and_and_is_the_end_of_a_works_name() -> None:
    # "Ashes and Tessaly", an exhibit, whatever opens its sentences; not "Hall and Tessaly", a duo's surnames
    work = ["Ashes and Tessaly is a new exhibit. We went to Ashes & Tessaly. The title Ashes and Tessaly is old."]
    assert "end of a longer name" in (not_a_person_by_use(word_use("Tessaly", work)) or "")
    duo = [text.replace("Ashes", "Hall") for text in work]
    assert not_a_person_by_use(word_use("Tessaly", duo)) is None
    # a word written elsewhere too is no part of the name ("Ashes" alone, then "Ashes and Tessaly said")
    apart = ["Ashes fell. Later Ashes and Tessaly said so. Ashes and Tessaly left. Ashes and Tessaly met."]
    assert not_a_person_by_use(word_use("Tessaly", apart)) is None


def test_a_titled_surname_alone_no_namesake_holds_the_title_of_is_told_by_its_company() -> None:
    # "Senator Tessel spoke beside Dana Letterby and Jon Varrow": the store's Bram Tessel keeps that company,
    # Mara Tessel does not, and neither is ever called a senator
    bram, mara = rows("Bram Tessel", 4), rows("Mara Tessel", 4, start=10)
    titled = PersonRow("x-1", "tessel", "Tessel", "Senator", ("Tessel",))
    friends = frozenset({"dana letterby", "jon varrow"})
    company = Company(
        of_article={"x-1": friends},
        of_key={"bram tessel": (friends, friends, frozenset()), "mara tessel": (frozenset({"pat lund"}),) * 3},
    )
    assert resolve([*bram, *mara, titled], company=company).links[("x-1", "tessel")] == "bram tessel"
    # a title one of them holds tells instead
    senator = [replace(r, role="Senator") for r in mara]
    assert resolve([*bram, *senator, titled], company=company).links[("x-1", "tessel")] == "mara tessel"


def test_a_word_written_after_someones_kinship_noun_is_a_relatives_given_name_not_a_famous_surname() -> None:
    # the store's one Tessaly, named story after story; "Tessaly said" is him, "her son Tessaly" a boy
    data = [*rows("Zed Tessaly", 8), PersonRow("said-1", "tessaly", "Tessaly", None, ("Tessaly",), "2014-02-01"),
            PersonRow("crash-1", "tessaly", "Tessaly", None, ("Tessaly",), "2014-02-01")]
    texts = {"said-1": "Tessaly said the vote would wait.",
             "crash-1": "Dr. Ada Vorn and her son Tessaly were struck by a cab. Tessaly died at the hospital."}
    links = resolve(data, texts=texts).links
    assert links[("said-1", "tessaly")] == "zed tessaly"
    assert links[("crash-1", "tessaly")] != "zed tessaly"
    # a child's parent is called by the surname: "the boy's father, Tessaly" is no given name
    assert not written_as_kin("Tessaly", "The boy's father, Tessaly, spoke to reporters.")
    assert written_as_kin("Ada", "Quillon's wife, Ada, wept.")
