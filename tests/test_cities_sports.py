"""Cities: a city's name written for its team on a results line, beside "vs." or as a side in a match report."""

from __future__ import annotations

from tests.extraction import Parse, cities_of

REPORT = "The Rovers won 3-1 on Saturday night. The goalkeeper was busy before halftime. "


def test_a_name_on_a_results_line_is_a_team(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, "Final score: Rovers 3, Tulsa 1.")
    assert ("Omaha", "NE") not in cities_of(parse, "Last night: Omaha 2, Harbor City 2.")
    assert ("Tulsa", "OK") in cities_of(parse, "The crew drove from Tulsa to Omaha, about 400 miles.")


def test_a_side_of_versus_is_a_team(parse: Parse) -> None:
    assert ("Portland", "OR") not in cities_of(parse, REPORT + "Next up is Rovers vs. Portland on Friday.")
    assert ("Portland", "OR") not in cities_of(parse, "Tickets for the Red Bulls vs. Portland are on sale.")


def test_versus_outside_sport_stays_the_city(parse: Parse) -> None:
    assert ("Tulsa", "OK") in cities_of(parse, "She weighed a job in Tulsa versus one in Dallas.")


def test_a_city_that_plays_in_a_match_report_is_a_team(parse: Parse) -> None:
    found = cities_of(parse, REPORT + "Omaha kept missing chances in the second half.")
    assert ("Omaha", "NE") not in found
    assert ("Omaha", "NE") not in cities_of(parse, REPORT + "After the break Omaha would continue to collapse.")
    assert ("Tulsa", "OK") not in cities_of(parse, REPORT + "It was not a deserved result for Tulsa.")
    assert ("Tulsa", "OK") not in cities_of(parse, REPORT + "They had never won here against Tulsa.")
    assert ("Omaha", "NE") not in cities_of(parse, REPORT + "The referee robbed Omaha of a late goal.")
    # a coach's words the parser runs on past a dash: "against" still names the side
    text = REPORT + '"It is way better, like they were against Kansas City - unbelievable when we played them."'
    assert ("Kansas City", "MO") not in cities_of(parse, text)


def test_a_report_that_names_a_club_and_no_score_is_a_match_report(parse: Parse) -> None:
    text = "The Harbor City Rangers drew again. The goalkeeper saved twice and the referee waved play on. "
    assert ("Omaha", "NE") not in cities_of(parse, text + "At least Omaha kept missing.")
    assert ("Omaha", "NE") in cities_of(parse, "The goalkeeper said Omaha kept missing its bus.")


def test_ordinary_city_uses_stay_cities_in_a_match_report(parse: Parse) -> None:
    assert ("Portland", "OR") in cities_of(parse, REPORT + "The fans booked flights to Portland.")
    assert ("Columbus", "OH") in cities_of(parse, REPORT + "The mayor of Columbus watched from the stands.")
    assert ("Houston", "TX") in cities_of(parse, REPORT + "The coach grew up in Houston, Texas.")
    assert ("Columbus", "OH") in cities_of(parse, REPORT + "The tour starts in Columbus, Ohio, next spring.")
    assert ("San Jose", "CA") in cities_of(parse, REPORT + "The next game will be played in San Jose.")


def test_a_city_as_a_subject_outside_a_match_report_stays_the_city(parse: Parse) -> None:
    assert ("Omaha", "NE") in cities_of(parse, "Omaha kept missing its budget targets, the auditor said.")
    assert ("Tulsa", "OK") in cities_of(parse, "The council praised Tulsa for its new parks.")
    assert ("Houston", "TX") in cities_of(parse, "The storm hit Houston hard on Tuesday.")
    assert ("Omaha", "NE") in cities_of(parse, "Omaha would continue to grow, the planners said.")


def test_each_mention_is_read_on_its_own(parse: Parse) -> None:
    text = REPORT + "The Rovers beat Tulsa again. The squad flew home from Tulsa after the game."
    assert ("Tulsa", "OK") in cities_of(parse, text)


TRADE = "The Tulsa Hornets and the Omaha Rockets agreed on a three-team trade before the league stepped in. "


def test_a_city_that_acts_beside_its_named_team_is_the_team(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, TRADE + "The commissioner screwed Tulsa, a columnist wrote.")
    assert ("Tulsa", "OK") not in cities_of(parse, TRADE + "He ruined the planning that Omaha and Tulsa did.")
    assert ("Tulsa", "OK") not in cities_of(parse, TRADE + "Tulsa's three-year plan went up in smoke.")
    assert ("Omaha", "NE") not in cities_of(parse, TRADE + "Was it a blow for Omaha, just for being Omaha?")
    assert ("Tulsa", "OK") not in cities_of(parse, "The Tulsa Dynamo came to town. Tulsa are winless in six.")


def test_the_place_a_player_moves_from_in_a_story_of_a_team_is_the_team(parse: Parse) -> None:
    assert ("Omaha", "NE") not in cities_of(parse, TRADE + "The Hornets acquired a goalkeeper from Omaha.")
    assert ("Omaha", "NE") not in cities_of(parse, TRADE + "Three players from Omaha were called up.")
    assert ("Omaha", "NE") not in cities_of(parse, TRADE + "The defender joined in August from Omaha.")
    assert ("Omaha", "NE") not in cities_of(parse, TRADE + "They passed on him, securing another guard from Omaha.")
    assert ("Omaha", "NE") in cities_of(parse, TRADE + "The Hornets flew home from Omaha on Sunday.")
    assert ("Omaha", "NE") in cities_of(parse, "The museum acquired a painting from Omaha last year.")


def test_a_city_after_a_word_opening_a_clubs_name_is_the_club(parse: Parse) -> None:
    assert ("Omaha", "NE") not in cities_of(parse, "Sporting Omaha signed a striker on Friday.")
    assert ("Omaha", "NE") not in cities_of(parse, "The defender moved to Real Omaha last winter.")
    assert ("Omaha", "NE") in cities_of(parse, "He said the real Omaha is kinder than its reputation.")


def test_a_place_where_a_named_team_goes_stays_the_city(parse: Parse) -> None:
    assert ("Tulsa", "OK") in cities_of(parse, TRADE + "The Rockets travel to Tulsa next week.")
    assert ("Tulsa", "OK") in cities_of(parse, TRADE + "The players visited a children's hospital in Tulsa.")
    assert ("Tulsa", "OK") in cities_of(parse, TRADE + "The Rockets visit Tulsa on Friday.")
    assert ("Tulsa", "OK") in cities_of(parse, TRADE + "The Tulsa mayor praised the deal.")
    assert ("Tulsa", "OK") in cities_of(parse, "The commissioner praised Tulsa for its new arena.")


def test_a_side_ahead_of_or_clear_of_in_a_match_report_is_a_team(parse: Parse) -> None:
    assert ("Omaha", "NE") not in cities_of(parse, REPORT + "The win leaves them four points clear of Omaha.")
    assert ("Tulsa", "OK") not in cities_of(parse, REPORT + "They finished two games ahead of Tulsa in the table.")
    assert ("Omaha", "NE") in cities_of(parse, "The storm front moved in ahead of Omaha's rush hour.")


def test_the_sides_of_a_series_between_two_names_in_a_match_report_are_teams(parse: Parse) -> None:
    text = REPORT + "They will meet the winner of the other semi-final series between Omaha and Tulsa."
    assert cities_of(parse, text).isdisjoint({("Omaha", "NE"), ("Tulsa", "OK")})
    # the road between two cities is no fixture
    assert ("Omaha", "NE") in cities_of(parse, REPORT + "The bus broke down on the road between Omaha and Tulsa.")


def test_home_or_away_to_a_city_in_a_match_report_is_the_side_played(parse: Parse) -> None:
    assert ("Omaha", "NE") not in cities_of(parse, REPORT + "Two weeks ago, at home to Omaha, we moved the ball well.")
    assert ("Omaha", "NE") in cities_of(parse, REPORT + "The team flew home to Omaha after the game.")


def test_a_sides_possession_or_a_list_of_sides_in_a_match_report_is_the_team(parse: Parse) -> None:
    assert ("Tulsa", "OK") not in cities_of(parse, REPORT + "The win dealt a blow to Tulsa's post-season hopes.")
    text = REPORT + "Wins against the likes of Tulsa, Reno, and Omaha kept them in the race."
    assert not {("Tulsa", "OK"), ("Reno", "NV"), ("Omaha", "NE")} & cities_of(parse, text)
    assert ("Omaha", "NE") in cities_of(parse, REPORT + "Omaha's mayor watched the game from the stands.")


def test_big_cities_opening_a_sentence_bare_in_a_match_report_are_sides(parse: Parse) -> None:
    text = "It felt like one of the games we lost here. Denver, Phoenix, I am not going to name them all."
    assert not {("Denver", "CO"), ("Phoenix", "AZ")} & cities_of(parse, REPORT + text)
    assert {("Denver", "CO"), ("Phoenix", "AZ")} <= cities_of(parse, text)


def test_a_bracketed_list_after_a_noun_for_teams_names_teams(parse: Parse) -> None:
    text = "Their one saving grace is a home stand against three other teams (Fresno, Tulsa, and Boise)."
    assert not {("Fresno", "CA"), ("Tulsa", "OK"), ("Boise", "ID")} & cities_of(parse, text)
    text = "She has lived in three cities (Fresno, Tulsa and Boise)."
    assert {("Fresno", "CA"), ("Tulsa", "OK")} <= cities_of(parse, text)


def test_the_home_of_a_named_team_tells_where_the_story_happens(parse: Parse) -> None:
    text = (
        "The Omaha Kings drew 1-1 on Saturday. The goalkeeper saved twice before halftime, and Omaha kept"
        " missing. It was the first point the visitors had ever earned in Bellevue."
    )
    found = cities_of(parse, text)
    assert ("Bellevue", "NE") in found and ("Bellevue", "WA") not in found


def test_a_name_the_match_report_writes_as_the_team_twice_is_the_team_wherever_nothing_places_it(
    parse: Parse,
) -> None:
    report = ("The Rovers edged the Tulsa Dynamo 1-0 on Saturday in front of a big crowd. Tulsa roared back late, "
              "and Tulsa's nerves showed. A tired Rovers midfield gave Tulsa opportunities to equalize. ")
    assert ("Tulsa", "OK") not in cities_of(parse, report)
    # the place the match is played stays the city
    assert ("Tulsa", "OK") in cities_of(parse, report + "Next week the Rovers travel to Tulsa for the rematch.")


def test_a_name_before_a_players_position_and_the_players_name_is_the_team(parse: Parse) -> None:
    assert cities_of(parse, "Tulsa midfielder Erick Vale scored twice on Saturday.") == set()
    assert cities_of(parse, "Omaha second baseman Dustin Voss doubled in the ninth.") == set()
    # the place the player signs stays the city
    assert cities_of(parse, "Tulsa rookie Ada Quillon signed a deal in Tulsa.") == {("Tulsa", "OK")}


def test_in_a_match_report_a_name_written_in_a_teams_name_is_the_team_wherever_nothing_places_it(
    parse: Parse,
) -> None:
    report = ("The Rovers lost 2-1 at home to the Tulsa Dynamo on Saturday. The goalkeeper was beaten twice before "
              "halftime. You have to think about Tulsa, for as good as they are.")
    assert ("Tulsa", "OK") not in cities_of(parse, report)
    club = ("The Rovers beat FC Tulsa 3-1 in a pre-season match on Tuesday. The goalkeeper saved a penalty before "
            "halftime. Tulsa was unable to finish any of their chances.")
    assert ("Tulsa", "OK") not in cities_of(parse, club)
    # the place the team goes, or where its fans are, stays the city
    assert ("Tulsa", "OK") in cities_of(parse, report + " The Rovers fly to Tulsa next week, and fans in Tulsa wait.")


def test_a_fixture_with_a_name_in_a_match_report_is_against_the_team(parse: Parse) -> None:
    report = "The Rovers won 3-0 on Saturday. The goalkeeper was rested at halftime. "
    leg = "A lead heading into the second leg with Omaha in 2010 led to a 3-1 pasting."
    assert cities_of(parse, report + leg) == set()
    assert cities_of(parse, report + "Nothing changed from the lineup of the Omaha game last week.") == set()
    # outside a match report, the game is where it is played
    assert ("Omaha", "NE") in cities_of(parse, "She flew home to Omaha after the game with her cousins.")


def test_a_name_between_a_verb_of_a_result_and_a_score_is_the_side(parse: Parse) -> None:
    assert ("Columbus", "OH") not in cities_of(parse, "Rovers Edge Columbus 1-0 In A Late Thriller")
    assert ("Omaha", "NE") not in cities_of(parse, "The Hornets beat Omaha 3-1 at home.")
    assert ("Omaha", "NE") in cities_of(parse, "Voters in Omaha backed the plan 5-2.")


def test_the_team_a_player_plays_for_or_moves_to_in_a_story_of_a_team_is_the_team(parse: Parse) -> None:
    assert ("Omaha", "NE") not in cities_of(parse, TRADE + "The winger has only ever played for Omaha.")
    assert ("Tulsa", "OK") not in cities_of(parse, REPORT + "The striker scored twice for Tulsa last season.")
    assert ("Omaha", "NE") not in cities_of(parse, TRADE + "The veteran went to Omaha in the expansion draft.")
    text = TRADE + "The guard comes to the Hornets from Omaha in exchange for cash."
    assert ("Omaha", "NE") not in cities_of(parse, text)
    assert ("Omaha", "NE") in cities_of(parse, TRADE + "After the trade the guard flew home to Omaha.")
    assert ("Omaha", "NE") in cities_of(parse, TRADE + "He was traded on Monday and flew to Omaha the next morning.")
    assert ("Omaha", "NE") in cities_of(parse, TRADE + "He was traded on Monday and drove back to Omaha to pack.")
    assert ("Omaha", "NE") in cities_of(parse, "She played for Omaha, the city she loves, at a benefit.")
    assert ("Tulsa", "OK") in cities_of(parse, "The county got a parcel from Tulsa in exchange for the lot.")


def test_a_side_a_result_is_taken_from_in_a_match_report_is_the_team(parse: Parse) -> None:
    text = REPORT + "The Rovers took full points from red-hot Tulsa on the road."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    text = (REPORT + "With Tulsa now just one point behind them, next weekend's home match against the Hornets "
            "(Saturday, 8PM) becomes a critical test.")
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    # where a game is played stays the place: "a late loss at Dallas"
    assert ("Dallas", "TX") in cities_of(parse, REPORT + "Earlier, the Hornets suffered a late loss at Dallas.")
    assert ("Dallas", "TX") in cities_of(parse, REPORT + "The squad flew to Dallas after the 2-1 win at home.")
    assert ("Tulsa", "OK") in cities_of(parse, REPORT + "The coach took a call from Tulsa on the road.")


def test_a_side_a_result_is_suffered_against_in_a_match_report_is_the_team(parse: Parse) -> None:
    # the parser hangs "to Tulsa" on the verb whose object is the loss
    text = REPORT + "Last year they suffered a painful home loss to Tulsa that ended their playoff run."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    assert ("Tulsa", "OK") in cities_of(parse, REPORT + "Last year they suffered a long bus trip to Tulsa.")


def test_a_name_after_a_sides_title_in_a_match_report_is_the_team(parse: Parse) -> None:
    assert ("Omaha", "NE") not in cities_of(parse, REPORT + "Next up are defending champions Omaha, at home.")
    assert ("Omaha", "NE") in cities_of(parse, "The defending champions flew to Omaha for the parade.")


def test_a_stint_with_a_side_in_a_story_of_a_team_is_the_team(parse: Parse) -> None:
    text = TRADE + "The winger got little playing time when he was with Columbus."
    assert ("Columbus", "OH") not in cities_of(parse, text)
    text = TRADE + "He spent his whole career with Columbus before the trade."
    assert ("Columbus", "OH") not in cities_of(parse, text)
    assert ("Columbus", "OH") in cities_of(parse, TRADE + "He spent the weekend with friends in Columbus.")


def test_a_side_that_prevails_in_a_match_report_is_the_team(parse: Parse) -> None:
    text = REPORT + "In the other tie, Harrisburg prevailed on penalties 4-3."
    assert ("Harrisburg", "PA") not in cities_of(parse, text)
    assert ("Harrisburg", "PA") in cities_of(parse, "In the end, voters in Harrisburg prevailed over the plan.")


def test_a_name_before_a_nickname_and_its_fans_is_a_team(parse: Parse) -> None:
    text = "I read that some Giants fans are more likely than Oakland As fans to like the show."
    assert ("Oakland", "CA") not in cities_of(parse, text)
    assert ("Oakland", "CA") in cities_of(parse, "I read that some fans in Oakland are more likely to like the show.")


def test_in_a_report_of_a_united_side_the_bare_name_given_or_lost_to_is_the_side(parse: Parse) -> None:
    united = "The Rovers lost 4-1 to Tulsa United on Saturday. The goalkeeper was busy before halftime. "
    assert ("Tulsa", "OK") not in cities_of(parse, united + "A slip in defence gifted the ball to Tulsa again.")
    assert ("Tulsa", "OK") not in cities_of(parse, united + "They gave up one to Tulsa inside the first minute.")
    assert ("Tulsa", "OK") in cities_of(parse, united + "The squad flew home from Tulsa after the game.")
    # "United" before another capitalised word is no club's: "the Tulsa United Way" is a charity
    charity = REPORT + "The Tulsa United Way gave the ball to Tulsa schools."
    assert ("Tulsa", "OK") in cities_of(parse, charity)


def test_the_object_of_a_fixture_verb_after_to_is_the_side(parse: Parse) -> None:
    text = "The Rovers play on the road before returning home on August 24th to battle Omaha."
    assert ("Omaha", "NE") not in cities_of(parse, text)
    assert ("Omaha", "NE") in cities_of(parse, "The family flew in to host Omaha relatives for the holidays.")


def test_in_a_story_of_a_united_side_the_bare_name_that_acts_is_the_side(parse: Parse) -> None:
    text = ("The league swapped the playoff dates. Tulsa will now host Omaha on Saturday. Tulsa United fans were "
            "furious, and Tulsa wants another star on its jerseys.")
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    assert ("Omaha", "NE") not in cities_of(parse, text)
    assert ("Tulsa", "OK") in cities_of(parse, "Tulsa will host the convention in May.")


def test_a_side_praised_or_advanced_past_is_the_team(parse: Parse) -> None:
    text = REPORT + "The Tulsa Hornets did what they had to do to get a result here. Hats off to Tulsa."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    assert ("Tulsa", "OK") not in cities_of(parse, "Should either team advance past Tulsa in the final, it hosts.")
    assert ("Tulsa", "OK") in cities_of(parse, "The parade route runs past Tulsa City Hall, the mayor said.")


def test_a_score_ending_a_sentence_makes_a_match_report(parse: Parse) -> None:
    # "1-0." is a score as much as "1-0,": the report's bare side is the team
    text = "The Rovers won the final, beating the Omaha Comets 1-0. Omaha would press hard in search of a goal."
    assert ("Omaha", "NE") not in cities_of(parse, text)
    # "1-0.5" is a number: no score, and the city that acts stays the city
    text = "The coach said the goal was a vote of {} Since then Omaha would press hard for a refund."
    assert ("Omaha", "NE") in cities_of(parse, text.format("1-0.5 in favour."))
    assert ("Omaha", "NE") not in cities_of(parse, text.format("1-0."))
