"""Cities: the parts of a big city that the gazetteer lists as places of their own are no cities."""

from __future__ import annotations

from sanctuary_cli.extract.places import gazetteer, gravity
from sanctuary_cli.extract.places.cities import extract_cities
from tests.extraction import Parse, cities_of


def test_a_place_the_post_office_files_under_a_big_city_is_its_neighbourhood(parse: Parse) -> None:
    assert gazetteer.place("East Boston", "MA") is not None
    text = "She grew up in Cambridge and now rents an apartment in East Boston near the airport."
    assert cities_of(parse, text) == {("Cambridge", "MA")}
    assert cities_of(parse, "The couple moved from Allston to Somerville, Massachusetts, last year.") == {
        ("Somerville", "MA")
    }
    assert ("Boston", "MA") in cities_of(parse, "He took the early train from Boston to Providence.")


def test_a_bare_name_of_a_neighbourhood_written_with_a_direction_is_the_neighbourhood(parse: Parse) -> None:
    text = "Surfers in Rockaway said the waves were the best of the summer, and the ferry from Wall Street was full."
    assert cities_of(parse, text) == set()
    text = "Since the storm, volunteers have cooked dinners for families in Rockaway and on Staten Island."
    assert cities_of(parse, text) == set()


def test_the_town_that_shares_the_bare_name_is_read_where_the_text_places_it(parse: Parse) -> None:
    text = "The brewery in Rockaway, N.J., opened a second taproom in Denville last month."
    assert ("Rockaway", "NJ") in cities_of(parse, text)
    text = "Police in Rockaway, a borough in Morris County, said the driver was taken to a hospital."
    assert cities_of(parse, text) == {("Rockaway", "NJ")}


def test_a_part_of_a_city_known_far_and_wide_yields_only_to_a_namesake_placed_with_it(parse: Parse) -> None:
    text = (
        "The game took off in the retirement towns of Florida in the fifties. It gained momentum after the war, "
        "and eventually Hollywood hopped on the bandwagon."
    )
    assert cities_of(parse, text) == set()
    assert ("Hollywood", "FL") in cities_of(parse, "The casino opened in Hollywood, Florida, last year.")
    text = "The couple moved to Florida in May. They bought a condo in Hollywood near the beach in Broward County."
    assert ("Hollywood", "FL") in cities_of(parse, text)


def test_a_neighbourhood_named_without_doubt_places_the_towns_near_it(parse: Parse) -> None:
    text = "Casey waited in line at Watertown, said he had grown up in Ohio, and now lives in Allston."
    [city] = extract_cities(parse(text))
    assert (city.city, city.state, city.loose_name) == ("Watertown", "MA", None)


def test_a_name_opening_with_a_nearby_boroughs_name_is_its_neighbourhood(parse: Parse) -> None:
    text = "Crowds left the boardwalk in Coney Island for the quieter sand at Manhattan Beach."
    assert ("Manhattan Beach", "CA") not in cities_of(parse, text)
    text = "Surf lessons in Manhattan Beach, California, start at seven."
    assert ("Manhattan Beach", "CA") in cities_of(parse, text)
    text = "Surfers in Manhattan Beach and Santa Monica waited for the swell."
    assert ("Manhattan Beach", "CA") in cities_of(parse, text)


def _place(name: str, state: str) -> gazetteer.Place:
    place = gazetteer.place(name, state)
    assert place is not None
    return place


def test_a_loose_name_opening_with_a_boroughs_name_is_its_neighbourhood_in_that_citys_corpus() -> None:
    at = gravity.Centre("NY", _place("New York City", "NY"))
    assert gravity.reading("manhattan beach", _place("Manhattan Beach", "CA"), at) is None
    assert gravity.reading("brooklyn park", _place("Brooklyn Park", "MN"), at) is None
    chicago = gravity.Centre("IL", _place("Chicago", "IL"))
    beach = _place("Manhattan Beach", "CA")
    assert gravity.reading("manhattan beach", beach, chicago) == beach
