"""Places: a big city's name for its side in a match report, a street in a corner or a stretch of streets, a
given name of a person the article names in full, a hospital or hall called by its place's name, a show's season."""

from __future__ import annotations

from tests.extraction import Parse, cities_of

REPORT = "The Rovers lost 2-0 on Saturday night. The goalkeeper was busy before halftime and the referee saw it all. "


def test_a_big_city_acting_in_a_match_report_is_its_side(parse: Parse) -> None:
    assert ("Houston", "TX") not in cities_of(parse, REPORT + "Houston dealt the Rovers a painful defeat at home.")
    assert ("Houston", "TX") not in cities_of(parse, REPORT + "Houston stayed stuck in sixth place after the loss.")
    assert ("Houston", "TX") in cities_of(parse, REPORT + "Houston is a big city with a long summer.")
    assert ("Houston", "TX") in cities_of(parse, "Houston dealt with a long heat wave this summer, officials said.")


def test_a_big_city_after_by_past_or_behind_in_a_match_report_is_its_side(parse: Parse) -> None:
    assert ("Houston", "TX") not in cities_of(parse, REPORT + "They were thrashed again by Houston in April.")
    assert ("Houston", "TX") not in cities_of(parse, REPORT + "The Rovers sit two points behind Houston now.")
    assert ("Houston", "TX") in cities_of(parse, REPORT + "The fans flew home from a week in Houston.")


def test_a_tie_with_a_side_and_a_set_piece_and_a_supporter_are_the_sides(parse: Parse) -> None:
    assert ("Omaha", "NE") not in cities_of(parse, REPORT + "The result keeps them in a tie with Omaha for first.")
    assert ("Houston", "TX") not in cities_of(parse, REPORT + "The ball looked to be going out for a Houston throw-in.")
    assert ("Houston", "TX") not in cities_of(parse, REPORT + "One Houston supporter tweeted his disgust.")


def test_a_bare_name_at_a_corner_or_in_a_stretch_of_streets_is_a_street(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, "At Kestrel and Tulsa there is a wall painted by a local crew.")
    lane = "The bike lane runs from Canal to Grand, and again from Rivington to Houston, the city said."
    assert ("Houston", "TX") not in cities_of(parse, lane)
    assert ("Houston", "TX") in cities_of(parse, "She moved from Boston to Houston, the city she loves.")
    assert ("Houston", "TX") in cities_of(parse, "Flights from Heathrow to Houston were cancelled on Monday.")


def test_a_given_name_of_a_person_named_in_full_is_that_person(parse: Parse) -> None:
    text = (
        "Police said six-year-old Brandon Pellham was shot by a neighbor's son, and little Brandon died. "
        "His father, Ronald Pellham, said the family mourns the loss of Brandon."
    )
    assert ("Brandon", "FL") not in cities_of(parse, text)
    moved = "Brandon Pellham, a carpenter, moved to Brandon, Florida last year for work."
    assert ("Brandon", "FL") in cities_of(parse, moved)


def test_a_hospital_or_hall_called_by_its_place_is_no_place(parse: Parse) -> None:
    assert ("Bellevue", "WA") not in cities_of(parse, "The victim was taken to Bellevue in serious condition.")
    assert ("Roseland", "NJ") not in cities_of(parse, "It was their first stop since their 2009 shows at Roseland.")
    assert ("Tulsa", "OK") in cities_of(parse, "The suspect was taken to Tulsa for questioning, police said.")
    assert ("Tulsa", "OK") in cities_of(parse, "The band played three shows in Tulsa last May.")


def test_a_season_or_trailer_of_a_show_is_the_show(parse: Parse) -> None:
    assert ("Fargo", "ND") not in cities_of(parse, "Finally, a full trailer for the new season of Fargo is out.")
    assert ("Fargo", "ND") in cities_of(parse, "The snowiest season of the year in Fargo, North Dakota began early.")


def test_a_campus_in_a_universitys_name_is_no_town(parse: Parse) -> None:
    study = "A study at the University of North Carolina at Chapel Hill found the effect was small."
    assert ("Chapel Hill", "NC") not in cities_of(parse, study)
    assert ("Chapel Hill", "NC") not in cities_of(parse, "Dr. Ann Lee of UNC-Chapel Hill led the work.")
    assert ("Chapel Hill", "NC") in cities_of(parse, "She moved to Chapel Hill, North Carolina to teach.")


def test_initials_joined_at_a_corner_stay_bodies(parse: Parse) -> None:
    text = "The dog kept growling at MTA and NYPD dogs at the subway entrance in New York City."
    assert ("New York City", "NY") in cities_of(parse, text)


def test_a_name_in_a_list_of_names_is_a_given_name(parse: Parse) -> None:
    text = "They push babies with names like Ada, Charlotte, Ezra and Henry in huge prams to the park."
    assert ("Charlotte", "NC") not in cities_of(parse, text)
    assert ("Charlotte", "NC") in cities_of(parse, "They moved to cities like Raleigh, Charlotte and Durham.")


def test_a_long_bracketed_list_after_a_sentence_about_teams_is_of_teams(parse: Parse) -> None:
    text = "Many other teams want him but may lack the room for him (Dallas, Miami, Houston, Boston)."
    assert ("Houston", "TX") not in cities_of(parse, text)
    cities = "Many cities with teams have raised taxes for stadiums (Dallas, Miami, Houston, Boston)."
    assert ("Houston", "TX") in cities_of(parse, cities)
    dashed = "There are still four strong teams that will be pitching Bram Quillon—Dallas, Miami, Houston and Boston."
    assert ("Houston", "TX") not in cities_of(parse, dashed)
    visits = "The campaign visited four cities this week—Dallas, Miami, Houston and Boston."
    assert ("Houston", "TX") in cities_of(parse, visits)
