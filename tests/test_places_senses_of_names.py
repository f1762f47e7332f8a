"""Places: a city's name that stands for something else the article speaks of, a capital's government, an event
that happened there, a work titled after it, a borough's county, and a neighbourhood GeoNames lists as a place."""

from __future__ import annotations

import pytest

from sanctuary_cli.extract.places import gazetteer
from tests.extraction import Parse, cities_of


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The perennial impasse in Sacramento left the transit plan unfunded for a third year.", "Sacramento"),
        ('"My colleagues in Springfield know the schools need money," the senator said.', "Springfield"),
        ("Harrisburg's budget deal leaves the district short again.", "Harrisburg"),
        ("The tenants went to Trenton to lobby for the bill last week.", "Trenton"),
        ("The mayor doubts Harrisburg can pass his plan before summer.", "Harrisburg"),
        ("We really need Trenton to set one penalty for drivers who flee.", "Trenton"),
        ("Their vote should count. It counts for nothing in Harrisburg, she said.", "Harrisburg"),
        ("Trenton may not deal with the rent legislation this year.", "Trenton"),
        ("Harrisburg officials missed the deadline again, the governor said on Monday.", "Harrisburg"),
        ("This just makes us think Trenton is stalling on the transit money.", "Trenton"),
        ("Since Harrisburg moved so slowly on the bid, the team looked elsewhere.", "Harrisburg"),
        ("It is harder for him to clean up Harrisburg and balance the books.", "Harrisburg"),
        ("Advocates came forward to convince Harrisburg to change the law on leases.", "Harrisburg"),
        ("The senator was stripped of his leadership positions in Trenton last year.", "Trenton"),
    ],
)
def test_a_capital_among_words_of_state_politics_is_the_states_government(
    parse: Parse, text: str, city: str
) -> None:
    assert city not in {name for name, _ in cities_of(parse, text)}


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot on a street in Trenton early Sunday, police said.",
        "Trenton Mayor Ana Ruiz said the city's residents deserve better schools.",
        "Trenton police said the budget of the food bank had been stolen, the governor's office said.",
        "Floods closed two bridges in Harrisburg on Tuesday.",
        "Volunteers came to clean up Trenton's parks after the storm.",
        "The Harrisburg mayor praised the new leadership of the police department.",
        "He grew up in Harrisburg and convinced his friends to move there.",
        "The family moved to Trenton in 1990, and the store moved with them.",
    ],
)
def test_a_capital_with_its_own_institutions_or_events_stays_the_city(parse: Parse, text: str) -> None:
    assert {name for name, _ in cities_of(parse, text)} & {"Trenton", "Harrisburg"}


def test_a_big_capital_acting_is_its_own_city_hall(parse: Parse) -> None:
    """Only a small capital is named bare above all for its state's government: "Denver banned" is the city's."""
    assert ("Denver", "CO") in cities_of(parse, "Denver banned plastic bags at grocery stores last year.")


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said it was a crude pipe bomb, not a device like Tulsa that could bring down a building.",
        "It was the deadliest attack on American soil since Tulsa, and the bomber used a rented truck.",
        "Survivors of the 1995 Tulsa bombing met on Sunday; years after the blast, Tulsa survivors still grieve.",
    ],
)
def test_a_name_that_stands_for_an_attack_there_is_no_city(parse: Parse, text: str) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cities like Tulsa have seen more shootings this year, the police chief said.",
        "She moved away from Tulsa after the attack on her brother.",
        "A man was shot dead in Tulsa on Friday night.",
        "Survivors of the 1995 Tulsa bombing gathered on Sunday. Many still live in Tulsa and work downtown.",
    ],
)
def test_a_city_named_beside_crimes_or_attacks_stays_the_city(parse: Parse, text: str) -> None:
    assert ("Tulsa", "OK") in cities_of(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "She grew up watching Tulsa, 74103 every week, and the cast reunion airs Friday.",
        "The studio's Omaha (1997) was no hit, but its songs are still sung.",
        "Tulsa, the musical, opened on Thursday, and critics loved Tulsa.",
        "Omaha: The Musical is the hottest ticket in town.",
        "The cast of Tulsa gathered for a reading before the first preview.",
        "A revival of Omaha is coming next spring, the producers said.",
        "Broadway's Omaha closes in June after two years.",
        "The diner was a real place, not a set built for Tulsa the TV show.",
        "The producers of the musical Omaha are planning a tour; Omaha won four Tony awards.",
    ],
)
def test_a_city_name_marked_as_a_works_title_is_no_city(parse: Parse, text: str) -> None:
    assert not {name for name, _ in cities_of(parse, text)} & {"Tulsa", "Omaha"}


@pytest.mark.parametrize(
    "text",
    [
        "HBO's Tulsa office is moving to a bigger floor.",
        "The cast of characters in Tulsa politics is large.",
        "He flew home from Tulsa, 500 miles away.",
        "Tulsa, the musical, is set in Tulsa in 1921.",
        "While most scenes were shot in Tulsa, the movie moved to Omaha for the finale.",
        "HBO's Tulsa drew fans. Sales were high in every city, including Tulsa, last year.",
    ],
)
def test_a_city_beside_words_of_works_stays_the_city(parse: Parse, text: str) -> None:
    assert ("Tulsa", "OK") in cities_of(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rents rose in Brooklyn and the Bronx, and in Queens, and most of all in Richmond, the study found.",
        "Voters in Staten Island and Brooklyn turned out early; in Richmond the lines were short.",
    ],
)
def test_a_boroughs_county_named_bare_in_a_story_of_boroughs_is_no_distant_city(parse: Parse, text: str) -> None:
    assert ("Richmond", "VA") not in cities_of(parse, text)


def test_a_county_name_with_its_own_state_or_far_from_the_boroughs_stays_the_city(parse: Parse) -> None:
    text = "Rents rose in Brooklyn and Queens. In Virginia, Richmond saw prices fall."
    assert ("Richmond", "VA") in cities_of(parse, text)
    assert ("Richmond", "VA") in cities_of(parse, "She moved from Brooklyn years ago. Now she teaches in Richmond.")


def test_a_county_of_the_state_that_is_no_boroughs_stays_the_city(parse: Parse) -> None:
    """New York has a Washington County, but no borough lies in it."""
    text = "Brooklyn and Queens voters backed him, fed up with what is happening in Washington."
    assert ("Washington", "DC") in cities_of(parse, text)


def test_a_neighbourhood_the_post_office_files_under_a_distant_towns_name_is_its_citys_section(
    parse: Parse,
) -> None:
    """GeoNames lists some neighbourhoods as places; where the state's post office gives the name only to a town far
    away, the place by the big city is its neighbourhood, written with its state or not."""
    chatham = gazetteer.place("Chatham", "IL")
    assert chatham is not None and chatham.section_of == "Chicago"
    assert ("Chatham", "IL") not in cities_of(parse, "Shots were fired in Chatham, Illinois, late on Sunday.")
    assert ("Evanston", "IL") in cities_of(parse, "Shots were fired in Evanston, Illinois, late on Sunday.")


def test_every_list_of_the_sense_lexicons_has_a_note_and_is_read() -> None:
    from dataclasses import fields

    from sanctuary_cli.extract.places.capitals import capital_cues
    from sanctuary_cli.extract.places.events import event_cues
    from sanctuary_cli.extract.places.works import work_cues
    from sanctuary_cli.resources import read_json

    for name, loaded in (("capital_cues.json", capital_cues()), ("event_cues.json", event_cues()),
                         ("work_cues.json", work_cues())):
        data = read_json(name)
        lists = {key for key in data if not key.startswith("_")}
        assert data["_source"]
        assert lists == set(data["_notes"]), name
        assert lists == {f.name for f in fields(loaded)}, name
        assert all(getattr(loaded, key) for key in lists), name


@pytest.mark.parametrize(
    "text",
    [
        "People are fed up with what is happening in Washington, where Congress cannot pass a budget.",
        "The gridlock in Washington has left the program unfunded, the mayor said.",
        "Look, Washington, do whatever you want to us, the Republicans said.",
        "The lobbyists in D.C. wrote most of the bill, the senator said.",
        # bare "Washington" anywhere in a story of federal politics
        "Congress passed the tax bill on Friday. She said she could bring change to Washington.",
        # a message sent to it; its checks and balances
        "Protesters are sending a message to Washington, the organizer said.",
        "Their plea to Washington went unanswered for a year.",
        "He owes the checks and balances of Washington nothing, she said.",
        # what it refuses to do is governing; what is blamed is its government, "D.C." written after it or not
        "The flood of guns comes from broken laws that Washington refuses to fix, the mayor said.",
        'The mayor condemned the shooting and blamed Washington D.C., "We are still gathering the facts," he said.',
        "Residents blame Washington for the closed bridge.",
    ],
)
def test_the_nations_capital_in_a_sentence_of_federal_politics_is_the_federal_government(
    parse: Parse, text: str
) -> None:
    assert ("Washington", "DC") not in cities_of(parse, text)


@pytest.mark.parametrize(
    "text",
    [
        "She flew to Washington to lobby Congress for the money.",
        "Senator Quillon was on his way to D.C. for the Senate session.",
        "A political action committee based in Washington joined the fight.",
        "Washington police said the protest in front of the White House was peaceful.",
        "Costs are lower in Chicago (44%), Washington D.C. (51%) and Boston (36%), the report on politics said.",
        "Tourists packed Washington for the cherry blossoms.",
        "Congress passed the tax bill on Friday. Protesters sent ten buses down to Washington.",
        "Congress passed the tax bill on Friday. Rents rose in Boston, Chicago and Washington.",
        "Congress passed the tax bill on Friday. She met him in the lobby of her Washington hotel.",
        "The couple refused to leave Washington after the wedding.",
    ],
)
def test_the_nations_capital_visited_listed_or_with_its_own_bodies_stays_the_city(parse: Parse, text: str) -> None:
    assert ("Washington", "DC") in cities_of(parse, text)
