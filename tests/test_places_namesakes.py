"""Places: which namesake a name means (small towns with their state, counties and regions, a metro area
across a state line) and names that are no city (clubs, performers, streets, a capital's government)."""

from __future__ import annotations

from sanctuary_cli.extract.places import gazetteer, gravity
from sanctuary_cli.extract.places.cities import extract_cities
from tests.extraction import Parse, cities_of


def test_a_small_town_written_with_its_state_is_that_town(parse: Parse) -> None:
    found = cities_of(parse, "The school band marched through Waverly, New York, on Saturday.")
    assert ("Waverly", "NY") in found and ("Waverly", "MI") not in found
    assert gazetteer.town("waverly", "NY") is not None
    assert gazetteer.place("Waverly", "NY") == gazetteer.town("waverly", "NY")


def test_a_small_town_is_never_read_from_its_bare_name(parse: Parse) -> None:
    assert gazetteer.town("waverly", "NY") is not None
    assert ("Waverly", "NY") not in cities_of(parse, "The school band marched through Waverly on Saturday.")


def test_a_foreign_city_before_a_spelled_state_is_a_list_not_a_small_town(parse: Parse) -> None:
    found = cities_of(parse, "Fashion weeks in Paris, New York, London and Milan drew buyers.")
    assert not {c for c in found if c[0] == "Paris"}
    # a town of the gazetteer's own size keeps its state, though an English town has its name
    assert ("Shirley", "NY") in cities_of(parse, "The senior is the pride of Shirley, New York: she got in everywhere.")


def test_a_county_the_article_names_picks_the_namesake_in_it(parse: Parse) -> None:
    text = "Police in Medford arrested the pharmacist on Friday, a Suffolk County spokesman said."
    found = cities_of(parse, text)
    assert ("Medford", "NY") in found and ("Medford", "MA") not in found  # (Suffolk County is in both states)


def test_a_region_the_article_names_picks_the_namesake_in_it(parse: Parse) -> None:
    text = "A SWAT team swarmed a home on Long Island on Monday. Now Long Beach police believe the call was a prank."
    assert cities_of(parse, text) == {("Long Beach", "NY")}
    other = "Boardwalks along the Jersey Shore reopened on Friday. Long Branch officials were relieved."
    assert ("Long Branch", "NJ") in cities_of(parse, other)


def test_a_big_citys_state_does_not_pick_a_near_namesake_across_the_state_line(parse: Parse) -> None:
    # Harrison, New Jersey lies across the river from Manhattan; Harrison, New York farther out
    text = "The school board in Harrison met on Monday, and New York City officials came to listen."
    found = cities_of(parse, text)
    assert ("Harrison", "NJ") in found and ("Harrison", "NY") not in found


def test_a_county_of_the_article_keeps_a_town_in_the_big_citys_state(parse: Parse) -> None:
    text = "Harrison police arrested a man on Friday, a Westchester County spokesman said."
    assert ("Harrison", "NY") in cities_of(parse, text)


def test_a_neighbourhood_in_a_boroughs_county_is_no_city(parse: Parse) -> None:
    far = gazetteer.places_by_name()["far rockaway"][0]
    assert far.section_of == "New York City"  # beyond the borough's core, inside Queens County
    assert cities_of(parse, "The A train now runs all the way to Far Rockaway again.") == set()
    assert gazetteer.place("Valley Stream", "NY").section_of == ""  # across the county line  # type: ignore[union-attr]


def test_a_club_named_for_its_city_is_no_city(parse: Parse) -> None:
    text = "The owners prize their other club, Manchester City. Seattle fans shrugged."
    assert ("Manchester", "WA") not in cities_of(parse, text)
    assert ("Boston", "MA") in cities_of(parse, "She ran for Boston City Council in the spring.")
    assert ("Hopewell", "VA") in cities_of(parse, "The jail in Hopewell City, Virginia, released him on Monday.")


def test_a_bare_name_the_article_writes_as_a_countys_is_the_county(parse: Parse) -> None:
    text = "Ventura and Santa Clara County sued on Monday. Lawyers for Santa Clara said an order is needed."
    assert ("Santa Clara", "CA") not in cities_of(parse, text)
    assert ("Dallas", "TX") in cities_of(parse, "Dallas County deputies and Dallas police met on Friday.")
    text = "New York police say agents came to New York on Monday, and New York will not help them."
    [city] = extract_cities(parse(text))
    assert len(city.mentions) == 3  # a city's informal name, never New York County's


def test_a_place_name_after_a_performance_by_is_a_performer(parse: Parse) -> None:
    assert cities_of(parse, "The episode closed with a performance by Phoenix.") == set()


def test_a_name_a_direction_places_among_streets_is_a_street(parse: Parse) -> None:
    text = "The bakery opened on the stretch of Broadway just north of Houston, near Bleecker Street."
    assert ("Houston", "TX") not in cities_of(parse, text)
    assert ("Houston", "TX") in cities_of(parse, "The storm came ashore just south of Houston on Tuesday.")
    assert cities_of(parse, "Take the local train to Lexington Av and walk two blocks.") == set()
    assert cities_of(parse, "For Lexington Av-63 St, take the uptown trains to the nearby station.") == set()


def test_a_capital_named_only_bare_beside_state_politics_is_its_government(parse: Parse) -> None:
    text = "Advocates will take the fight to Albany next month. The governor has not said whether he backs it."
    assert cities_of(parse, text) == set()
    assert ("Albany", "NY") in cities_of(parse, "Albany police said the governor was not in the car.")
    assert ("Albany", "NY") in cities_of(parse, "Tourists in Albany, N.Y., visited the museum with the governor.")


def test_the_corpus_reads_a_name_a_big_city_alone_placed_to_the_namesake_nearest_its_centre(parse: Parse) -> None:
    found = extract_cities(parse("Colbert lives in Montclair. He said Washington owes him nothing."))
    montclair = next(c for c in found if c.city == "Montclair")
    assert montclair.loose_name == "montclair"  # Washington alone does not say which Montclair
    new_york = gravity.Centre("NY", _place("New York City", "NY"))
    assert gravity.reading("montclair", _place("Montclair", montclair.state), new_york) == _place("Montclair", "NJ")
    # the namesake across the state line, nearer the centre, is kept over the one in the centre's state
    assert gravity.reading("harrison", _place("Harrison", "NJ"), new_york) == _place("Harrison", "NJ")
    assert gravity.reading("lawrence", _place("Lawrence", "KS"), new_york) == _place("Lawrence", "NY")


def test_a_name_a_bigger_city_abroad_bears_needs_its_state_or_a_small_neighbour(parse: Parse) -> None:
    text = "The team had played 120 minutes in Vancouver on Wednesday, and Portland fans were waiting."
    assert ("Vancouver", "WA") not in cities_of(parse, text)
    assert ("Vancouver", "WA") in cities_of(parse, "Commuters from Vancouver, Wash., crowd the bridge.")


def _place(name: str, state: str) -> gazetteer.Place:
    found = gazetteer.place(name, state)
    assert found is not None
    return found


def test_a_name_the_article_writes_as_a_streets_is_the_street_in_its_bare_mentions(parse: Parse) -> None:
    text = "The crash happened where Fulton and Utica Avenues meet. The boy ran across Fulton against the light."
    assert cities_of(parse, text) == set()
    # a big city the tagger sees as a place stays the city
    text = "She shops on Columbus Avenue. The Blue Jackets beat the Rangers in Columbus on Friday."
    assert ("Columbus", "OH") in cities_of(parse, text)
    # an airport or station named for a city lies in it: the bare name stays the city
    text = (
        "Trains run between Yonkers and Poughkeepsie stations. Trains to Poughkeepsie resume, Yonkers officials said."
    )
    assert ("Poughkeepsie", "NY") in cities_of(parse, text)
    assert ("Newark", "NJ") in cities_of(parse, "He flew back to Newark on Friday, and Newark Airport was jammed.")
    # an institution marks the city whatever the street
    assert ("Fulton", "NY") in cities_of(parse, "Fulton police closed Fulton Street, Oswego County officials said.")


def test_a_long_list_of_neighbourhoods_holds_no_town_of_a_neighbourhoods_name(parse: Parse) -> None:
    text = ("Power was cut in Canarsie, Flatlands, Mill Basin, Bergen Beach, Georgetown, Coney Island, Brighton Beach,"
            " Manhattan Beach and Sheepshead Bay today.")
    assert ("Manhattan Beach", "CA") not in cities_of(parse, text)
    assert ("Hoboken", "NJ") in cities_of(parse, "Renters are leaving Hoboken, Jersey City and Astoria.")


def test_a_state_the_sentence_names_for_a_far_city_does_not_pick_a_tiny_namesake(parse: Parse) -> None:
    text = "Texas officials said a Dallas nurse flew to Cleveland on Monday."
    assert cities_of(parse, text) == {("Dallas", "TX"), ("Cleveland", "OH")}
    text = "Police in Texas said the man was arrested in Cleveland on Monday."
    assert cities_of(parse, text) == {("Cleveland", "TX")}
    text = "Texas troopers said the man was arrested in Cleveland, a small town north of Houston."
    assert ("Cleveland", "TX") in cities_of(parse, text)
