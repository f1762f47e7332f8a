"""Cities: a place name the context shows to be something else, and names read by the corpus's centre."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sanctuary_cli.extract.places import gazetteer, gravity
from sanctuary_cli.extract.places.article import sentence_index, words_after
from sanctuary_cli.extract.places.cities import _find_mentions, extract_cities
from sanctuary_cli.extract.places.context import state_closing_the_list, state_opening_the_list
from sanctuary_cli.extract.places.senses import listed_with_sections
from sanctuary_cli.store.db import connect
from sanctuary_cli.store.gravity import place_loose_cities
from tests.extraction import Parse, cities_of


def test_a_surname_after_its_possessive_full_name_is_the_person(parse: Parse) -> None:
    text = "Critics praised Lena Denton's first album. Denton wrote every song in a month."
    assert ("Denton", "TX") not in cities_of(parse, text)


def test_a_place_name_right_after_a_work_noun_is_the_title(parse: Parse) -> None:
    assert cities_of(parse, "She spent the winter filming her new series Spokane for the network.") == set()
    assert cities_of(parse, "The band Tacoma played two encores at the club.") == set()
    assert ("Spokane", "WA") in cities_of(parse, "The show in Spokane sold out on Friday night.")


def test_a_name_written_with_its_borough_is_a_neighbourhood(parse: Parse) -> None:
    text = "The family moved to Rosedale, Queens, in 1990 and opened a bakery. Rosedale has changed since."
    assert cities_of(parse, text) == set()
    text = "Tenants in Queens's Rosedale held a meeting on Monday."
    assert ("Rosedale", "MD") not in cities_of(parse, text)


def test_a_state_capital_for_the_state_government_is_not_the_city(parse: Parse) -> None:
    assert cities_of(parse, "Tenant groups asked lawmakers in Sacramento to cap rents this year.") == set()
    assert cities_of(parse, "Renters hope Sacramento changes the law before the summer.") == set()
    assert ("Sacramento", "CA") in cities_of(parse, "Sacramento and Denver were other options. The budget was tight.")
    text = "The startup is pleading with Sacramento for help. It is lobbying legislators to change the rules."
    assert cities_of(parse, text) == set()
    text = "Tenant groups asked lawmakers in Sacramento to act. So far Sacramento has done nothing for them."
    assert cities_of(parse, text) == set()
    assert cities_of(parse, "Sacramento police arrested two men on Friday.") == {("Sacramento", "CA")}
    assert cities_of(parse, "She flew to Sacramento on Monday to see her sister.") == {("Sacramento", "CA")}


def test_a_name_in_a_list_of_streets_is_a_street(parse: Parse) -> None:
    text = "The lanes open to walkers at Tacoma, 23rd and 42nd Streets after the parade."
    assert cities_of(parse, text) == set()
    assert cities_of(parse, "Busy Tacoma streets are no place for a horse.") == {("Tacoma", "WA")}


def test_a_name_the_article_does_not_place_is_loose(parse: Parse) -> None:
    [loose] = extract_cities(parse("My grandmother grew up in Long Beach and never left."))
    assert (loose.city, loose.state, loose.loose_name) == ("Long Beach", "CA", "long beach")
    [placed] = extract_cities(parse("My grandmother grew up in Long Beach, California, and never left."))
    assert placed.loose_name is None
    found = extract_cities(parse("Police in Nassau County said the crash happened in Long Beach on Friday."))
    assert [(c.city, c.state, c.loose_name) for c in found] == [("Long Beach", "NY", None)]


def _place(name: str, state: str) -> gazetteer.Place:
    place = gazetteer.place(name, state)
    assert place is not None
    return place


def test_the_corpus_centre_is_its_most_named_state() -> None:
    counts = {("New York City", "NY"): 30, ("Yonkers", "NY"): 5, ("Chicago", "IL"): 10, ("Boston", "MA"): 4}
    at = gravity.centre(counts)
    assert at is not None and at.state == "NY" and at.place.name == "New York City"
    assert gravity.centre({("New York City", "NY"): 3, ("Chicago", "IL"): 2}) is None  # too few to tell
    spread = {("Chicago", "IL"): 10, ("Boston", "MA"): 10, ("Denver", "CO"): 10, ("Dallas", "TX"): 10}
    assert gravity.centre(spread) is None  # no state stands out


def test_a_loose_name_takes_the_corpus_namesake_unless_dwarfed() -> None:
    at = gravity.Centre("NY", _place("New York City", "NY"))
    assert gravity.reading("lawrence", _place("Lawrence", "KS"), at) == _place("Lawrence", "NY")
    assert gravity.reading("long beach", _place("Long Beach", "CA"), at) == _place("Long Beach", "NY")
    assert gravity.reading("boston", _place("Boston", "MA"), at) == _place("Boston", "MA")
    assert gravity.reading("brownsville", _place("Brownsville", "TX"), at) is None  # a Brooklyn neighbourhood
    assert gravity.reading("bellevue", _place("Bellevue", "WA"), at) is None  # small, far, unplaced
    assert gravity.reading("chicago", _place("Chicago", "IL"), at) == _place("Chicago", "IL")
    assert gravity.reading("lawrence", _place("Lawrence", "KS"), None) == _place("Lawrence", "KS")


def _row(conn: sqlite3.Connection, article: str) -> None:
    conn.execute(
        "INSERT INTO articles (id, path, source, words, text, model, ingested_at) VALUES (?, ?, ?, 1, 'x', 'm', 't')",
        (article, article, article),
    )


def test_loose_cities_are_read_again_against_the_store(tmp_path: Path) -> None:
    conn = connect(tmp_path / "s.db", create=True)
    for n in range(25):
        _row(conn, f"a{n}")
        conn.execute("INSERT INTO cities (article_id, city, state, mentions) VALUES (?, 'New York City', 'NY', 1)",
                     (f"a{n}",))
    conn.execute(
        "INSERT INTO loose_cities (article_id, name_key, city, state, population, mentions)"
        " VALUES ('a1', 'lawrence', 'Lawrence', 'KS', 1, 2), ('a2', 'chicago', 'Chicago', 'IL', 1, 1),"
        " ('a3', 'bellevue', 'Bellevue', 'WA', 1, 1)"
    )
    conn.commit()
    assert place_loose_cities(conn) == 2
    assert place_loose_cities(conn) == 2  # the same store gives the same rows, however often it runs
    rows = conn.execute("SELECT article_id, city, state, mentions FROM cities WHERE loose = 1 ORDER BY 1").fetchall()
    assert [tuple(r) for r in rows] == [("a1", "Lawrence", "NY", 2), ("a2", "Chicago", "IL", 1)]
    conn.close()


def test_a_state_abbreviation_after_a_name_is_its_state_never_a_listed_city(parse: Parse) -> None:
    text = "The tree left Gardiner, NY, on a flatbed truck this morning."
    assert ("Gardiner", "ME") not in cities_of(parse, text)
    text = "The tour stops in Boston, New York, Chicago and Denver."
    assert ("Boston", "MA") in cities_of(parse, text)


@pytest.mark.parametrize("text", [
    "The bakery has shops in Austin, New York and Miami, its owner said.",
    "Fares rose in Denver, New York, and Atlanta last spring.",
])
def test_a_city_named_like_a_state_after_a_listed_city_is_the_next_city(parse: Parse, text: str) -> None:
    assert ("New York City", "NY") in cities_of(parse, text)


def test_a_state_after_a_town_of_that_state_is_still_its_state(parse: Parse) -> None:
    found = cities_of(parse, "The fair in Ithaca, New York, drew farmers from three counties.")
    assert ("Ithaca", "NY") in found and ("New York City", "NY") not in found
    # a small town of the state, though a bigger namesake lives elsewhere: no list goes on after it
    found = cities_of(parse, "The driver, a mechanic from Athens, New York, was released on bail.")
    assert ("Athens", "NY") in found and ("Athens", "GA") not in found and ("New York City", "NY") not in found
    found = cities_of(parse, "The relay passed through Athens, New York and Albany last week.")
    assert ("New York City", "NY") in found


def test_a_state_abbreviation_with_a_doubled_full_stop_is_still_the_state(parse: Parse) -> None:
    assert ("Waverly", "NY") in cities_of(parse, "The parade moved on to Waverly, N.Y.. Officers followed it.")


def test_a_list_of_cities_is_one_even_where_the_parser_takes_one_for_a_company(parse: Parse) -> None:
    found = cities_of(parse, "Check out our new guides for NYC, Boston, and San Francisco.")
    assert {("New York City", "NY"), ("Boston", "MA"), ("San Francisco", "CA")} <= found


def test_the_last_city_of_a_list_is_found_when_the_one_before_has_no_place_in_that_state(parse: Parse) -> None:
    found = cities_of(parse, "The band toured Chicago, Dallas, New York.")
    assert {("Chicago", "IL"), ("Dallas", "TX"), ("New York City", "NY")} <= found


def test_a_word_that_fits_any_place_does_not_place_the_name(parse: Parse) -> None:
    [area] = extract_cities(parse("Traffic in the Bellevue area slowed to a crawl on Monday."))
    assert area.loose_name == "bellevue"
    [police] = extract_cities(parse("Tulsa police closed the road on Monday."))
    assert police.loose_name is None


def test_a_city_agency_places_only_a_name_whose_best_known_bearer_dwarfs_the_rest(parse: Parse) -> None:
    [police] = extract_cities(parse("Mount Pleasant police closed the road on Monday."))
    assert police.loose_name == "mount pleasant"  # towns of a size in several states: the corpus reads it
    [bellevue] = extract_cities(parse("Bellevue police closed the road on Monday."))
    assert bellevue.loose_name == "bellevue"
    at = gravity.Centre("NY", _place("New York City", "NY"))
    assert gravity.reading("mount pleasant", _place("Mount Pleasant", "SC"), at) is None
    # a big city's agency does not place it either where a namesake of a size exists: the corpus reads it
    [long_beach] = extract_cities(parse("Long Beach City Manager Ada Quillon closed the beach on Monday."))
    assert long_beach.loose_name == "long beach"
    assert gravity.reading("long beach", _place("Long Beach", "CA"), at) == _place("Long Beach", "NY")
    [newark] = extract_cities(parse("The Newark mayor closed the park on Monday."))
    assert gravity.reading(newark.loose_name or "", _place(newark.city, newark.state), at) == _place("Newark", "NJ")
    [fresno] = extract_cities(parse("Fresno police closed the road on Monday."))
    assert fresno.loose_name is None


def test_a_name_listed_with_restaurants_or_shops_is_one_of_them(parse: Parse) -> None:
    text = "Tastings from Ducato, Cheeseboat, Lilia and Tacoma sold out within an hour."
    assert ("Tacoma", "WA") not in cities_of(parse, text)
    text = "Young families have moved to river towns like Ossining, Irvington and Beacon."
    assert ("Ossining", "NY") in cities_of(parse, text)
    text = "The benefit concert starred Aerosmith, Carly Simon, Billy Joel and Tacoma."
    assert ("Tacoma", "WA") not in cities_of(parse, text)
    assert ("New York City", "NY") in cities_of(parse, "Officers from the PSD, FDNY and NYPD came at once.")


def test_neighbourhoods_in_a_borough_are_sections_and_suburbs_across_its_border_are_not() -> None:
    assert _place("Wakefield", "NY").section_of == "New York City"  # in the Bronx, beyond the city's core
    assert _place("Great Kills", "NY").section_of == "New York City"  # on Staten Island
    for suburb in ("Mount Vernon", "Yonkers", "Valley Stream", "Elmont"):
        assert _place(suburb, "NY").section_of == ""


def test_a_title_in_title_case_before_in_holds_the_place_name(parse: Parse) -> None:
    text = "Both Night Music and a Reckoning in Tacoma began half an hour late on Friday."
    assert ("Tacoma", "WA") not in cities_of(parse, text)
    text = "Later that week the Mayor in Tacoma spoke to reporters about the fire."
    assert ("Tacoma", "WA") in cities_of(parse, text)


def test_the_other_end_of_a_trip_does_not_place_a_name(parse: Parse) -> None:
    text = "The crew of flight 212 from Newark to San Francisco saw smoke from an engine."
    assert ("Newark", "NJ") in cities_of(parse, text)
    text = "Families in Newark, near San Francisco, lost power on Monday."
    assert ("Newark", "CA") in cities_of(parse, text)


def test_a_list_of_towns_is_no_neighbourhood_of_its_next_name(parse: Parse) -> None:
    # Larchmont is also a Los Angeles neighbourhood, but only a borough after the comma marks one
    text = "Trains will stop at New Rochelle, Larchmont, Mamaroneck and Rye on Sunday."
    assert ("New Rochelle", "NY") in cities_of(parse, text)


def test_a_place_name_after_a_relative_or_pet_is_their_name(parse: Parse) -> None:
    text = "The parents, whose 9-year-old daughter, Tacoma, was hurt in the crash, spoke to reporters."
    assert ("Tacoma", "WA") not in cities_of(parse, text)
    assert ("Tacoma", "WA") not in cities_of(parse, "She walks her dog Tacoma twice a day along the river.")
    assert ("Tacoma", "WA") in cities_of(parse, "Her daughter moved to Tacoma last year.")


def test_a_or_an_before_a_bare_name_makes_it_a_thing(parse: Parse) -> None:
    assert cities_of(parse, "After work he likes to open a Tacoma and watch the game.") == set()
    assert ("Tacoma", "WA") in cities_of(parse, "She is a Tacoma native who moved east in 2010.")
    assert ("Newark", "NJ") in cities_of(parse, "He will be arraigned today in a Newark federal court.")


def test_a_borough_beats_a_small_namesake_near_another_named_city(parse: Parse) -> None:
    text = "After years in Washington, he thanked Brooklyn and Queens voters for sending him back."
    assert ("Brooklyn", "MD") not in cities_of(parse, text)
    text = "Police in Brooklyn, Maryland, near Baltimore, closed the road."
    assert ("Brooklyn", "MD") in cities_of(parse, text)


def test_a_federal_department_is_not_the_town_of_its_name(parse: Parse) -> None:
    text = "The Justice Department has reversed its long-held view, the Times reports."
    assert ("Justice", "IL") not in cities_of(parse, text)


def test_a_loose_city_known_far_beyond_its_region_is_kept_far_from_the_centre() -> None:
    at = gravity.Centre("NY", _place("New York City", "NY"))
    assert gazetteer.famous(_place("Palm Springs", "CA")) and not gazetteer.famous(_place("Bellevue", "WA"))
    assert gravity.reading("palm springs", _place("Palm Springs", "CA"), at) == _place("Palm Springs", "CA")
    assert gravity.reading("santa barbara", _place("Santa Barbara", "CA"), at) == _place("Santa Barbara", "CA")
    assert gravity.reading("bellevue", _place("Bellevue", "WA"), at) is None


def test_between_namesakes_of_about_one_size_only_the_corpus_state_chooses() -> None:
    # Medford, Oregon and Medford, Massachusetts are within twice each other's size; no Medford in Illinois
    near_boston = gravity.Centre("MA", _place("Boston", "MA"))
    assert gravity.reading("medford", _place("Medford", "OR"), near_boston) == _place("Medford", "MA")
    near_portland = gravity.Centre("OR", _place("Portland", "OR"))
    assert gravity.reading("medford", _place("Medford", "MA"), near_portland) == _place("Medford", "OR")
    chicago = gravity.Centre("IL", _place("Chicago", "IL"))
    assert gravity.reading("medford", _place("Medford", "OR"), chicago) is None
    # Union City, California and Union City, New Jersey: no New York namesake, but one across the river
    new_york = gravity.Centre("NY", _place("New York City", "NY"))
    assert gravity.reading("union city", _place("Union City", "CA"), new_york) == _place("Union City", "NJ")


def test_a_name_two_namesakes_share_about_equally_is_left_to_the_corpus(parse: Parse) -> None:
    [city] = extract_cities(parse("Her cousin moved to Medford last spring and loves it."))
    assert city.loose_name == "medford"


def test_a_well_known_city_named_alone_in_a_story_about_elsewhere_is_kept(parse: Parse) -> None:
    text = "The Brooklyn couple flew to Palm Springs for a week. Back in Manhattan, the rain went on."
    assert ("Palm Springs", "CA") in cities_of(parse, text)


def test_an_appositive_that_calls_the_name_a_city_places_it(parse: Parse) -> None:
    text = "Los Alamitos, a small city in Orange County, voted to join the lawsuit on Tuesday."
    assert cities_of(parse, text) == {("Los Alamitos", "CA")}
    assert cities_of(parse, "Brandon, a town council member, spoke against the plan.") == set()


def test_a_government_word_after_the_city_and_its_state_is_a_city_cue(parse: Parse) -> None:
    text = "The Eugene, Oregon, city council voted to limit police work with federal agents."
    assert cities_of(parse, text) == {("Eugene", "OR")}


def test_nearness_to_a_big_city_does_not_beat_a_far_bigger_namesake(parse: Parse) -> None:
    text = "The shop buys tofu from an Oakland-based maker and sells it across New York City."
    assert ("Oakland", "CA") in cities_of(parse, text)
    text = "Police met in Oakland, New Jersey, and Paramus on Monday."
    assert ("Oakland", "NJ") in cities_of(parse, text)
    # a big city across a state line is no support either, unless the town's own state is named
    text = "His family spent summers in Madison, and he now works in New York City."
    assert ("Madison", "NJ") not in cities_of(parse, text)
    text = "Police in Madison, N.J., said the driver was from New York City."
    assert ("Madison", "NJ") in cities_of(parse, text)
    # a town far smaller than its namesake, near a big city of its own state, stays the town
    text = "Surfers in Long Beach say the waves are up, and New York City lifeguards agree."
    assert ("Long Beach", "NY") in cities_of(parse, text)


def test_a_name_listed_with_a_city_s_neighbourhoods_is_one_of_them(parse: Parse) -> None:
    text = "Crews cleaned drains in Coney Island, Sheepshead Bay and Manhattan Beach on Monday."
    assert ("Manhattan Beach", "CA") not in cities_of(parse, text)
    text = "Crews cleaned drains in Yonkers, Coney Island and Manhattan Beach on Monday."
    assert ("Yonkers", "NY") in cities_of(parse, text)

    # a list with a borough in it is a list of places, not of one city's neighbourhoods
    doc = parse("The storm flooded Queens, Staten Island and Bay Shore overnight.")
    [bay_shore] = [m for m in _find_mentions(doc, sentence_index(doc)) if m.key == "bay shore"]
    assert not listed_with_sections(doc, bay_shore)


def test_a_list_closed_by_its_state_places_every_name_in_that_state(parse: Parse) -> None:
    text = ("The chain opened stores in Hoboken, New Jersey, and in Fairfield, Milford, and Norwalk in Connecticut "
            "last year.")
    found = cities_of(parse, text)
    assert ("Fairfield", "CT") in found and ("Fairfield", "NJ") not in found
    assert ("Hoboken", "NJ") in found


def test_a_bare_washington_is_the_capital_though_the_article_names_new_jersey(parse: Parse) -> None:
    text = "Buses from New Jersey and Washington were late again, and riders in Newark and Paterson waited an hour."
    found = cities_of(parse, text)
    assert ("Washington", "DC") in found
    assert not any(city == "Washington" and state != "DC" for city, state in found)


def test_a_name_after_a_childs_age_is_the_child(parse: Parse) -> None:
    assert ("Tyler", "TX") not in cities_of(parse, "The camp gave its top prize to the eleven-year-old, Tyler.")
    assert ("Austin", "TX") in cities_of(parse, "The ten-year-old in Austin sold lemonade all summer.")
    assert ("Austin", "TX") in cities_of(parse, "A 34-year-old Austin resident was hurt in the crash.")


def test_only_a_state_after_in_closes_a_list(parse: Parse) -> None:
    doc = parse("They toured Salem, Dover, and Bristol in Oregon; then Dover and Avon in New York City.")
    words = [t.text for t in doc]
    assert state_closing_the_list(doc, words.index("Salem") + 1) == "OR"
    assert state_closing_the_list(doc, words.index("Bristol") + 1) == "OR"
    assert state_closing_the_list(doc, words.index("Avon") + 1) is None


def test_a_list_opened_by_its_states_towns_places_every_name_in_that_state(parse: Parse) -> None:
    text = ("Young families leave Brooklyn for Connecticut towns such as Greenwich, Fairfield and Darien, or for "
            "Montclair, N.J.")
    found = cities_of(parse, text)
    assert ("Fairfield", "CT") in found and ("Fairfield", "NJ") not in found
    doc = parse("They moved to Oregon river towns like Salem, Dover-on-Hudson and Bristol; we chose towns like Avon.")
    words = [t.text for t in doc]
    assert state_opening_the_list(doc, words.index("Bristol")) == "OR"
    assert state_opening_the_list(doc, words.index("Avon")) is None


def test_a_place_name_right_after_a_business_noun_is_the_business(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, "We had lunch from the award-winning taco truck Tulsa on Friday.")
    assert ("Tulsa", "OK") in cities_of(parse, "We had lunch from a taco truck in Tulsa on Friday.")
    text = 'The critic called the restaurant "the worst deal in Tulsa," and gave it no stars.'
    assert ("Tulsa", "OK") in cities_of(parse, text)


def test_a_place_name_before_a_pepper_names_the_pepper(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, "The new taqueria makes a salsa hot with Tulsa peppers and lime.")
    assert ("Tulsa", "OK") in cities_of(parse, "The new taqueria in Tulsa makes a salsa hot with peppers and lime.")


def test_a_street_word_joined_to_the_next_by_a_slash_still_names_the_street(parse: Parse) -> None:
    doc = parse("Riders waited at Lexington Avenue/63rd Street for twenty minutes.")
    assert [t.text for t in doc[4:5]] == ["Avenue/63rd"]
    assert words_after(doc, 4) == ["avenue", "street"]
    assert cities_of(parse, "Riders waited at Lexington Avenue/63rd Street for twenty minutes.") == set()


def test_a_state_that_closes_another_names_list_is_that_names_alone(parse: Parse) -> None:
    text = "There's a diner in London (we choose to ignore Brooklyn in Ohio) that serves bagels."
    assert cities_of(parse, text) == {("Brooklyn", "OH")}
    assert ("London", "OH") in cities_of(parse, "The band played in London and Columbus in Ohio last week.")
    assert ("London", "OH") in cities_of(parse, "She grew up in London, Ohio, and moved to Columbus.")


def test_the_big_citys_own_state_name_does_not_choose_among_its_neighbours(parse: Parse) -> None:
    text = (
        "Between the storm and the gas shortages, getting to Harrison was a fool's errand. With DC and NY as the "
        "top two seeds left, the winner would host the final. One New York fan summed up the night."
    )
    assert ("Harrison", "NJ") in cities_of(parse, text)  # across the river from the city, nearer than Harrison, NY
    assert ("Troy", "NY") in cities_of(parse, "Lawmakers in New York met in Troy. The mayor of New York City came.")


def test_a_cross_street_and_a_list_of_avenues_name_streets(parse: Parse) -> None:
    text = "The officers drove over from Bergen and Lexington avenues and were first to arrive."
    assert ("Lexington", "KY") not in cities_of(parse, text)
    text = "The board approved a liquor license for a new bar on quiet Hoyt Street at Union."
    assert cities_of(parse, text) == set()
    assert ("Lexington", "KY") in cities_of(parse, "She grew up in Lexington and studied law in Louisville.")


def test_a_name_phoned_and_asked_to_act_is_a_person(parse: Parse) -> None:
    text = "When the nurse saw the mistake, the school called Tyler to come in and sign the form."
    assert ("Tyler", "TX") not in cities_of(parse, text)
    text = "They settled in a small Texas city called Tyler to the east of Dallas."
    assert ("Tyler", "TX") in cities_of(parse, text)
