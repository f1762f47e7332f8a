"""Cities: a place name news writes for a county in a bare list, a venue, a work, a station or a team."""

from __future__ import annotations

import pytest

from tests.extraction import Parse, cities_of


def test_a_bare_list_of_counties_names_no_city(parse: Parse) -> None:
    text = "The storm warning covers Albany; Broome; Chenango; Dutchess; Fulton; Oneida; Otsego and Schoharie tonight."
    assert cities_of(parse, text) == set()
    assert cities_of(parse, "Flood watches were issued for Dutchess, Ulster, Putnam, Oneida and Fulton.") == set()


def test_a_list_of_cities_stays_cities(parse: Parse) -> None:
    found = cities_of(parse, "The tour stops in Albany, Utica, Syracuse and Rochester next month.")
    assert {("Albany", "NY"), ("Utica", "NY"), ("Syracuse", "NY"), ("Rochester", "NY")} <= found
    assert ("Oneida", "NY") in cities_of(parse, "She lives in Oneida and works in Utica.")


def test_a_name_an_appositive_calls_a_venue_is_none_in_the_article(parse: Parse) -> None:
    text = "Down the block there's Macon, a cosy Southern diner with a long bar. Macon opens at noon every day."
    assert cities_of(parse, text) == set()
    assert cities_of(parse, "Around the corner is Billings, a restaurant and bar in a Midtown hotel.") == set()
    assert ("Macon", "GA") in cities_of(parse, "Macon, a small river town, lost its mill last year.")


def test_a_quoted_name_after_a_possessive_or_a_work_noun_is_a_title(parse: Parse) -> None:
    assert cities_of(parse, 'Critics loved Lena Morrow\'s "Spokane" when it came out.') == set()
    assert cities_of(parse, 'The band played the song "Tacoma" twice.') == set()


def test_a_quoted_name_and_a_number_is_a_title(parse: Parse) -> None:
    assert cities_of(parse, 'He opened with "Tacoma 2019," then thanked the crowd in Boston.') == {("Boston", "MA")}
    # a quotation that opens with the name is still a place
    assert ("Tacoma", "WA") in cities_of(parse, '"Tacoma is 20 minutes away," she said.')


def test_a_name_before_a_year_in_brackets_ends_a_title(parse: Parse) -> None:
    text = "Her favourites include Gone in Tacoma (1998) and Down and Out in Spokane (2004)."
    assert cities_of(parse, text) == set()
    assert {("Spokane", "WA"), ("Tacoma", "WA")} <= cities_of(parse, "He moved to Tacoma in 1998 and to Spokane later.")


def test_a_station_named_for_a_town_is_no_mention_of_it(parse: Parse) -> None:
    text = "We met at the Vienna Metro station before dawn, in Oakton, Virginia."
    assert ("Vienna", "VA") not in cities_of(parse, text)


def test_the_other_side_of_a_game_is_a_team(parse: Parse) -> None:
    assert cities_of(parse, "The Red Bulls lost the game against Omaha on Saturday.") == set()
    assert cities_of(parse, "The team beat Portland 2-1 and then tied Seattle.") == set()
    assert cities_of(parse, "The Knicks earned a 3-0 win over Denver at home.") == set()
    text = "Fans will either travel to Philadelphia or host Tulsa in the next round."
    assert ("Tulsa", "OK") not in cities_of(parse, text)


def test_a_city_as_a_party_or_a_destination_stays_the_city(parse: Parse) -> None:
    assert ("Tulsa", "OK") in cities_of(parse, "The state filed a lawsuit against Tulsa last year.")
    assert ("Portland", "OR") in cities_of(parse, "The mayor flew to Portland to meet officials.")


def test_a_name_with_its_players_is_a_team(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, "Two defenders kept Tulsa's forwards quiet all night.")
    assert ("Tulsa", "OK") in cities_of(parse, "Tulsa's mayor spoke to reporters on Monday.")


def test_a_state_at_a_trips_other_end_does_not_place_the_name(parse: Parse) -> None:
    assert cities_of(parse, "She moved from Ohio to Newark last spring.") == {("Newark", "NJ")}
    assert cities_of(parse, "The ride from Newark to NY took an hour.") == {("Newark", "NJ")}
    assert ("Newark", "OH") in cities_of(parse, "Police in Newark, Ohio, said the road was closed.")


def test_a_small_capital_paired_with_washington_is_its_states_government(parse: Parse) -> None:
    assert ("Albany", "NY") not in cities_of(parse, "Cuts from Albany and Washington hit the city's budget hard.")
    assert ("Trenton", "NJ") not in cities_of(parse, "Washington and Trenton have both cut aid to the schools.")
    assert ("Albany", "NY") in cities_of(parse, "The Albany police and officials in Washington met on Monday.")
    # ... and Washington beside it is the nation's government; with other cities it stays a city of a list
    assert cities_of(parse, "Cuts from Albany and Washington hit the city's budget hard.") == set()
    assert cities_of(parse, "Trenton and Washington have both cut aid to the schools.") == set()
    assert ("Washington", "DC") in cities_of(parse, "Fares are lower in Boston, Washington and Albany than here.")


def test_who_after_the_name_takes_up_a_person_or_a_team(parse: Parse) -> None:
    assert cities_of(parse, "Portland, who have struggled all year, lost again on Sunday.") == set()
    assert ("Tulsa", "OK") in cities_of(parse, "A woman from Tulsa, who asked not to be named, described the scene.")
    assert ("Portland", "OR") in cities_of(parse, "Portland, which has struggled with its budget, cut bus service.")


def test_a_nearby_small_town_named_like_a_short_neighbourhood_is_the_neighbourhood() -> None:
    from sanctuary_cli.extract.places import gazetteer, gravity

    new_york = gazetteer.place("New York City", "NY")
    assert new_york is not None
    at = gravity.Centre("NY", new_york)
    rockaway = gazetteer.place("Rockaway", "NJ")
    assert rockaway is not None
    assert gravity.reading("rockaway", rockaway, at) is None  # "a surfer in Rockaway": Far Rockaway, Queens
    harrison = gazetteer.place("Harrison", "NJ")
    assert harrison is not None and gravity.reading("harrison", harrison, at) == harrison
    boston = gazetteer.place("Boston", "MA")
    assert boston is not None and gravity.reading("boston", boston, gravity.Centre("MA", boston)) == boston


def test_a_name_that_wins_or_loses_a_game_or_stands_beside_a_club_is_a_team(parse: Parse) -> None:
    assert cities_of(parse, "Toronto need Tulsa to lose their last two matches.") == set()
    assert cities_of(parse, "Tulsa won 2-1 on Saturday night.") == set()
    assert cities_of(parse, "Compared to the dominance over DC United and Omaha, the team was flat.") == set()
    assert ("Detroit", "MI") in cities_of(parse, "Detroit lost half its people in fifty years.")
    assert ("Boston", "MA") in cities_of(parse, "Boston won the bid for the games.")
    assert {("Omaha", "NE"), ("Kansas City", "MO")} <= cities_of(parse, "She has lived in Omaha and Kansas City.")


@pytest.mark.parametrize(
    "text",
    [
        "The team went 2-1, falling to Tulsa in the semifinal.",
        "The club dropped its first three games to Tulsa.",
        "Tulsa was victorious in the final.",
        "It was a big Tulsa win tonight, the coach said.",
    ],
)
def test_a_name_a_game_is_lost_to_or_won_by_is_a_team(parse: Parse, text: str) -> None:
    assert cities_of(parse, text) == set()


def test_a_name_a_bid_is_lost_to_or_a_temperature_falls_in_is_a_city(parse: Parse) -> None:
    assert ("Tulsa", "OK") in cities_of(parse, "Denver lost the convention bid to Tulsa last year.")
    assert ("Tulsa", "OK") in cities_of(parse, "The temperature fell to zero in Tulsa.")
    assert ("Tulsa", "OK") in cities_of(parse, "She dropped her son off to Tulsa for the summer camp.")


def test_a_dish_on_a_menu_written_in_title_case_names_no_city(parse: Parse) -> None:
    text = "Look for Grilled Octopus with Meyer Lemon and Oysters Marinated in Fresno and Lovage on the menu this fall."
    assert cities_of(parse, text) == set()
    assert ("Tulsa", "OK") in cities_of(parse, "The man arrested in Tulsa on Friday was released on bail.")


def test_a_capitalised_in_before_a_name_mid_sentence_ends_a_works_title(parse: Parse) -> None:
    text = "Her influences include Pale Saints, Death In Tulsa and Slowdive, she said after the show."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    assert ("Tulsa", "OK") in cities_of(parse, "Her influences include the bands she heard in Tulsa as a teenager.")


def test_a_name_after_a_titles_colon_mid_sentence_is_its_subtitle(parse: Parse) -> None:
    assert cities_of(parse, "Next came Vossel, whose face was seen judging on Flame Kitchen: Tulsa last year.") == set()
    assert ("Tulsa", "OK") in cities_of(parse, "The tour stops in three cities: Tulsa, Omaha and Reno.")
    assert ("Tulsa", "OK") in cities_of(parse, "Update: Tulsa police said the road had reopened.")


def test_a_name_before_season_and_its_number_is_the_show(parse: Parse) -> None:
    assert cities_of(parse, "Critics loved Tulsa season two, which was filmed over a winter.") == set()
    assert cities_of(parse, "Fans waited a year for Tulsa season 3 to arrive.") == set()
    listed = "The comedies that cracked me up:\n\n1. Tulsa (season 1) Although the show was surreal."
    assert cities_of(parse, listed) == set()
    assert ("Tulsa", "OK") in cities_of(parse, "The show spent its second season in Tulsa.")


def test_a_name_that_ends_an_attribution_is_the_source(parse: Parse) -> None:
    text = 'The owner plans to "tear down the building," according to Tyler. He ran the shop in Plano, Texas.'
    assert cities_of(parse, text) == {("Plano", "TX")}
    text = "The shooting happened near the station, according to Tyler police, who asked for witnesses."
    assert ("Tyler", "TX") in cities_of(parse, text)
    text = "A man was struck by a train in Queens. According to FDNY, the crash happened at 10:34 a.m."
    assert ("New York City", "NY") in cities_of(parse, text)  # the city's own department


def test_a_name_listed_only_with_places_abroad_is_the_one_abroad(parse: Parse) -> None:
    text = (
        "Friends send footage and stories from Berlin, Baghdad, and Beirut, creating a moving portrait. "
        "She grew up in Haddonfield, New Jersey, near Philadelphia."
    )
    assert ("Berlin", "NJ") not in cities_of(parse, text)
    text = "The film follows letters between Paris, Cairo and New Delhi. It opens in Lexington, Kentucky."
    assert cities_of(parse, text) == {("Lexington", "KY")}
    assert ("Paris", "TX") in cities_of(parse, "He grew up in Paris, Texas, and moved to Austin.")


def test_a_name_the_article_writes_as_a_business_is_the_business_where_nothing_marks_a_place(parse: Parse) -> None:
    text = (
        "The Chens will be involved in the next iteration of Pearl River in an advisory role. The store will "
        "reopen in Tribeca in New York City next year. Pearl River Mart was co-founded in 1971."
    )
    assert cities_of(parse, text) == {("New York City", "NY")}
    assert ("Boston", "MA") in cities_of(parse, "Boston Market opened its tenth store in Boston on Friday.")
    text = "Hundreds of students from Rockland County marched in Pearl River on Sunday."
    assert ("Pearl River", "NY") in cities_of(parse, text)


def test_a_name_before_line_or_branch_in_a_story_of_trains_is_the_rail_line(parse: Parse) -> None:
    text = "All train service on Harbor Rail's Tulsa line was suspended after a power failure."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    text = "Riders on Harbor Rail's Tulsa branch were stuck for an hour after a signal failed near the tracks."
    assert ("Tulsa", "OK") not in cities_of(parse, text)


def test_a_line_or_branch_outside_a_story_of_trains_leaves_the_city(parse: Parse) -> None:
    assert ("Tulsa", "OK") in cities_of(parse, "Customers on Harbor Bank's Tulsa line waited an hour.")
    assert ("Tulsa", "OK") in cities_of(parse, "Voters in Tulsa line up early, the clerk said.")
    text = "Trains were late again. She opened a Tulsa branch of her bakery last spring."
    assert ("Tulsa", "OK") in cities_of(parse, text)
    text = "Police said the man rode the moving train from near the Omaha/Tulsa line to the next station."
    assert ("Tulsa", "OK") in cities_of(parse, text)


def test_a_name_after_a_lone_given_name_in_the_possessive_is_a_business(parse: Parse) -> None:
    assert ("Omaha", "NE") not in cities_of(parse, "Yesterday the iconic Hank's Omaha was rebuilt around the corner.")
    assert ("Omaha", "NE") not in cities_of(parse, "The old Hank’s Omaha had three incarnations.")
    text = "Yesterday the iconic Lulu's Kansas City was rebuilt for a film shoot."
    assert ("Kansas City", "MO") not in cities_of(parse, text)
    assert ("Tulsa", "OK") in cities_of(parse, "Ada Quillon's Tulsa is a city of parks and rivers.")
    assert ("Tulsa", "OK") in cities_of(parse, "Rosa's Tulsa office closed on Friday.")
    # a list of clubs runs their names together; a given name or a title before makes it a person's
    text = "Those were the nights of the Mudd Club, the Pyramid, Mudd Club Hank's Tulsa and CBGB's."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    assert ("Tulsa", "OK") in cities_of(parse, "Critics still love Mayor Rosa's Tulsa, a city of parks and rivers.")
    show = "Recently HBO's Omaha has made even the toughest critics tap their feet."
    assert ("Omaha", "NE") not in cities_of(parse, show)
    assert ("Omaha", "NE") in cities_of(parse, "HBO's Omaha bureau closed after the storm hit Omaha.")
    quoted = "I was a regular at Hank’s [Omaha] in the back room, I knew Lou [Reed] and Patti [Smith]."
    assert ("Omaha", "NE") not in cities_of(parse, quoted)


def test_a_bracketed_list_after_a_persons_name_is_what_the_person_runs(parse: Parse) -> None:
    text = "Critics flocked to Rye, the new spot from chef Ada Quillon (Harbor Room, Tulsa), this spring."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    assert ("Tulsa", "OK") in cities_of(parse, "The chef moved to Tulsa (a river town) in the spring.")


def test_a_name_in_a_list_of_airports_is_the_airport(parse: Parse) -> None:
    assert ("Newark", "NJ") not in cities_of(parse, "Flights were delayed at JFK, LaGuardia, and Newark airports.")
    assert ("Newark", "NJ") in cities_of(parse, "She flew home to Newark, airports elsewhere being closed.")


def test_a_name_that_the_and_its_describing_words_open_heads_a_phrase_of_its_own(parse: Parse) -> None:
    assert cities_of(parse, "The new hall will be a welcome change from the cramped Spokane!") == set()
    assert cities_of(parse, "Maybe that is the next Spokane. Nobody knows yet.") == set()
    # "the" before a name and its state, with no noun after: a drink on the menu
    assert cities_of(parse, "Try the house sour, and the Spokane, WA, with rye and honey.") == set()
    # a noun after the name makes it describe a thing of the place
    assert ("Spokane", "WA") in cities_of(parse, "Police searched the Spokane, Washington home of the suspect.")
    assert ("Scranton", "PA") in cities_of(parse, "He worked in the same Scranton lace mill for 50 years.")


def test_a_name_in_a_railroads_name_or_before_metro_is_no_city(parse: Parse) -> None:
    text = "The cars wear the colors of the New York, Tulsa and Omaha Railroad, unique to the Tulsa and Omaha lines."
    assert cities_of(parse, text) == set()
    assert ("Spokane", "WA") not in cities_of(parse, "Shuttle buses stop at Spokane Metro until Monday.")
    assert ("Atlanta", "GA") in cities_of(parse, "Home prices rose across the Atlanta Metro area last year.")


def test_a_name_after_a_house_number_is_a_streets(parse: Parse) -> None:
    assert cities_of(parse, "She rents a sprawling one-bedroom at 471 Tacoma in the West Village.") == set()
    assert cities_of(parse, "They live at 88 Houston, near the park.") == set()
    assert ("Spokane", "WA") in cities_of(parse, "The plant opened at 9 in Spokane, Washington.")


def test_a_name_listed_with_airports_is_the_airport_in_its_story(parse: Parse) -> None:
    text = ("Flights were canceled at JFK, LaGuardia, and Spokane. Spokane is showing 618 cancellations, and the "
            "view at Spokane is grim.")
    assert cities_of(parse, text) == set()
    # its own institutions, or its state, keep it the city
    assert ("Spokane", "WA") in cities_of(parse, text + " The Spokane mayor asked for patience.")
    assert ("Spokane", "WA") in cities_of(parse, "She grew up in Spokane and flew out of JFK last week.")


def test_a_name_skipped_or_attended_is_a_festival_a_school_or_a_stop(parse: Parse) -> None:
    assert ("Tacoma", "WA") not in cities_of(parse, "It is hot, so we think you made a wise decision to skip Tacoma.")
    assert ("Tacoma", "WA") not in cities_of(parse, "She is attending Tacoma this fall on a scholarship.")
    assert ("Tacoma", "WA") in cities_of(parse, "She flew to Tacoma to attend a wedding.")


def test_a_name_after_a_word_with_a_dropped_g_is_a_title(parse: Parse) -> None:
    assert cities_of(parse, "There was also the return of Mornin' Tacoma, one of the best sketches.") == set()
    assert ("Tacoma", "WA") in cities_of(parse, "The morning show in Tacoma, Washington, was a hit.")


def test_a_name_before_an_area_school_is_the_schools(parse: Parse) -> None:
    assert cities_of(parse, "She teaches at Butler Area High School in Pennsylvania.") == set()
    found = cities_of(parse, "A Butler Area High School student was hurt, police in Butler, Pennsylvania said.")
    assert found == {("Butler", "PA")}


def test_a_name_before_its_schools_cadets_or_alumni_is_the_school(parse: Parse) -> None:
    found = cities_of(parse, "A group of West Point cadets marched in the parade in New York City on Monday.")
    assert ("West Point", "NY") not in found and ("New York City", "NY") in found
    assert ("West Point", "NY") in cities_of(parse, "Two cadets were hurt in a crash near West Point, N.Y., on Monday.")


def test_a_name_after_the_name_is_a_word_not_the_city(parse: Parse) -> None:
    assert cities_of(parse, "As she ran, a woman screamed the name 'Tacoma.' Police said.") == set()
    assert ("Tacoma", "WA") in cities_of(parse, "The name Tacoma comes from a mountain, and Tacoma grew fast.")


def test_a_one_word_name_listed_with_bands_is_the_band_wherever_nothing_places_it(parse: Parse) -> None:
    text = ("The lineup has Arcade Fire, Vampire Weekend, Grizzly Bear and Spokane. Arcade Fire seems to be doing "
            "very well, and certainly Spokane is doing very well.")
    assert ("Spokane", "WA") not in cities_of(parse, text)
    assert ("Spokane", "WA") in cities_of(parse, text + " She later moved to Spokane for good.")


def test_a_dances_name_danced_the_night_away_is_no_city(parse: Parse) -> None:
    assert ("Charleston", "SC") not in cities_of(parse, "So get ready to Charleston the weekend away at the party!")
    # a preposition of place, or a span of time that is no "away", keeps the city
    assert ("Charleston", "SC") in cities_of(parse, "They danced in Charleston the night away.")
    assert ("Charleston", "SC") in cities_of(parse, "We moved to Charleston the next year.")
