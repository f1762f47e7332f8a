"""Places: a side called by its city in a sports story, a street named by the street it branches off, a club's,
show's or hall's name that news shortens to its place's, a park by what is done there, and a small town the
article's neighbours point to."""

from __future__ import annotations

from tests.extraction import Parse, cities_of

REPORT = "The Rovers won 3-1 on Saturday night. The goalkeeper was busy before halftime. "


def test_a_name_called_a_team_is_the_team(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, 'The coach said: "Tulsa\'s a very good team, on both ends."')
    assert ("Omaha", "NE") not in cities_of(parse, "Omaha is the best side in the league this spring.")
    assert ("Tulsa", "OK") in cities_of(parse, "Tulsa is a city with a team in every league.")
    assert ("Omaha", "NE") in cities_of(parse, "Omaha is a good town to raise children in.")


def test_a_side_taken_up_by_who_after_a_dash_is_the_team(parse: Parse) -> None:
    text = "Still, Tulsa - who had not won in a month - had no such excuse."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    assert ("Tulsa", "OK") in cities_of(parse, "Voters in Tulsa - who went to the polls early - were patient.")


def test_fans_of_a_named_teams_city_are_the_teams(parse: Parse) -> None:
    text = "He left the Omaha Sharks in the winter. His cold streaks led some Omaha fans to cheer his exit."
    assert ("Omaha", "NE") not in cities_of(parse, text)
    assert ("Omaha", "NE") in cities_of(parse, "Omaha fans of the opera filled the hall in Omaha on Friday.")


def test_a_name_off_a_street_is_a_street(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, "In 1990 he moved to Ludwig Street off Tulsa, where he lives now.")
    assert ("Omaha", "NE") not in cities_of(parse, "The bakery on Avenue C just off Omaha closed in May.")
    assert ("Tulsa", "OK") in cities_of(parse, "The storm moved off Tulsa by the evening, the forecasters said.")


def test_a_bare_name_of_a_club_show_or_hall_is_that_body(parse: Parse) -> None:
    text = "The 40th Tulsa Kennel Club Dog Show opens today. This year Tulsa changed its rules for mixed breeds."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    hall = "A week after the Omaha Ballroom closed, fans still lined up at Omaha for a farewell show."
    assert ("Omaha", "NE") not in cities_of(parse, hall)
    moved = "The Tulsa Kennel Club Dog Show moved away from Tulsa, whose mayor said the city would miss it."
    assert ("Tulsa", "OK") in cities_of(parse, moved)


def test_a_small_town_beside_the_articles_places_beats_a_far_namesake(parse: Parse) -> None:
    text = (
        "After the game in Coralville the team bus broke down, and fans drove the players to a diner in Tiffin, "
        "where they waited for a new bus."
    )
    assert ("Tiffin", "IA") in cities_of(parse, text)
    assert ("Tiffin", "OH") not in cities_of(parse, text)
    assert ("Tiffin", "IA") not in cities_of(parse, "The players waited at a diner in Tiffin for a new bus.")
    near_home = "Fans drove from Findlay to a diner in Tiffin after the game in Coralville."
    assert ("Tiffin", "IA") not in cities_of(parse, near_home)
    big = "After college in Gastonia she moved to Dallas, the biggest city she had ever seen."
    assert ("Dallas", "TX") in cities_of(parse, big)


def test_a_park_named_name_among_words_of_a_park_is_the_park(parse: Parse) -> None:
    assert ("Elmwood Park", "NJ") not in cities_of(parse, "There was a picnic in Elmwood Park last June, she said.")
    assert ("Elmwood Park", "NJ") not in cities_of(parse, "Joggers circled the pond in Elmwood Park at dawn.")
    assert ("Elmwood Park", "NJ") in cities_of(parse, "There was a picnic in Elmwood Park, N.J., last June.")
    county = "Bergen County police said there was a picnic in Elmwood Park last June."
    assert ("Elmwood Park", "NJ") in cities_of(parse, county)


def test_a_side_before_its_players_or_goal_in_a_match_report_is_the_team(parse: Parse) -> None:
    players = REPORT + "Two Tulsa players closed him down before a late Tulsa goal."
    assert ("Tulsa", "OK") not in cities_of(parse, players)
    assert ("Omaha", "NE") not in cities_of(parse, REPORT + "Poor Omaha defending gifted them a second.")
    assert ("Tulsa", "OK") in cities_of(parse, "Two Tulsa players were honored by the city council in Tulsa.")


def test_a_club_named_for_its_city_with_a_nickname_is_the_club(parse: Parse) -> None:
    text = "The Rovers were knocked out 3-1 by the Tulsa City Kings on Tuesday. Tulsa would punch their ticket late on."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    assert ("Tulsa", "OK") not in cities_of(parse, "The league added Tulsa City SC and two other clubs this year.")
    assert ("Tulsa", "OK") in cities_of(parse, "The league added Tulsa City SC, and Tulsa built it a stadium downtown.")


def test_a_name_written_after_a_given_name_is_a_persons_in_the_article(parse: Parse) -> None:
    text = "Then comes the Christopher Omaha Syndrome. You act like you are Omaha and discovered the place."
    assert ("Omaha", "NE") not in cities_of(parse, text)
    text = "Will Omaha vote for the plan? Most people will, and the council in Omaha meets on Monday."
    assert ("Omaha", "NE") in cities_of(parse, text)
    text = 'Ronald "Tinard" Tulsa was named as a suspect. Tulsa has been on the radar of the police in Omaha for years.'
    assert cities_of(parse, text) == {("Omaha", "NE")}


def test_a_name_before_a_noun_for_a_team_is_the_team(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, 'He said: "He will average 20 points for a Tulsa team that stinks."')
    assert ("Omaha", "NE") not in cities_of(parse, REPORT + "Next they battle Omaha at home on Sunday.")
    assert ("Tulsa", "OK") in cities_of(parse, "Fog hid the Tulsa side of the river from the bridge in Tulsa.")
    assert ("Omaha", "NE") in cities_of(parse, "All three Omaha teams are playing at home next weekend.")


def test_an_abbreviation_the_article_spells_out_as_other_words_is_no_place(parse: Parse) -> None:
    text = "Edison relied on direct current (DC) to send power. His DC plants lost out to Tesla's."
    assert ("Washington", "DC") not in cities_of(parse, text)
    assert ("Washington", "DC") in cities_of(parse, text + " He later moved to Washington, DC.")
    placed = "The District of Columbia (DC) council voted on Monday, and DC officials cheered."
    assert ("Washington", "DC") in cities_of(parse, placed)
