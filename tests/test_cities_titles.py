"""Cities: a name news writes for a person listed with a title, a dance, or a headline's "New"."""

from __future__ import annotations

from tests.extraction import Parse, cities_of


def test_surnames_listed_with_the_same_council_title_are_people(parse: Parse) -> None:
    text = (
        "Who backs the pier plan?\n\nQuist City Councilmember\n\nJackson City Councilmember\n\n"
        "Dorner City Councilmember\n\nVale Former Board Chairperson\n\nThe vote is next week."
    )
    assert ("Jackson", "MS") not in cities_of(parse, text)
    listed = "Supporters: Quist City Council member, Tyler City Council member and Marsh City Council member."
    assert ("Tyler", "TX") not in cities_of(parse, listed)
    table = (
        "Which of these do you back?\n\nQuist\nCity Councilmember\n\nJackson\nCity Councilmember\n\n"
        "Dorner\nCity Councilmember\n\nTo read the answers, click here."
    )
    assert ("Jackson", "MS") not in cities_of(parse, table)


def test_a_city_council_member_of_a_named_city_stays_the_city(parse: Parse) -> None:
    text = "Denver City Councilmember Ana Ruiz voted no, and so did Aurora City Councilmember Tom Hale."
    assert {("Denver", "CO"), ("Aurora", "CO")} <= cities_of(parse, text)
    paired = "Jersey City Council member Ana Ruiz and Hoboken City Council member Tom Hale met on Friday."
    assert {("Jersey City", "NJ"), ("Hoboken", "NJ")} <= cities_of(parse, paired)
    alone = "Jackson City Councilmember Ruth Hale said the water plant needs repairs before winter."
    assert ("Jackson", "MS") in cities_of(parse, alone)


def test_a_name_joined_to_dancing_or_a_style_is_the_dance_or_the_dish(parse: Parse) -> None:
    text = "Police stopped the show. But one Charleston-dancing couple spent the night in a cell."
    assert ("Charleston", "SC") not in cities_of(parse, text)
    styled = "The shop sells Detroit-style pizza and a Charleston-born chef runs the kitchen."
    found = cities_of(parse, styled)
    assert ("Charleston", "SC") in found and ("Detroit", "MI") not in found
    assert ("Memphis", "TN") not in cities_of(parse, "The truck sells Memphis style ribs in Brooklyn on Fridays.")


def test_a_headlines_new_before_city_council_is_the_adjective(parse: Parse) -> None:
    text = (
        "(Jo Lee / Flickr)\n\nNew City Council legislation would require landlords to post a notice in every "
        "lobby in New York City."
    )
    assert ("New City", "NY") not in cities_of(parse, text)
    hall = "Plans For A New City Hall Draw A Crowd.\n\nThe mayor of New York City spoke for an hour."
    assert ("New City", "NY") not in cities_of(parse, hall)
    placed = "The New City, N.Y. library reopened, and New City residents lined up at dawn."
    assert ("New City", "NY") in cities_of(parse, placed)


def test_a_name_in_a_list_of_titles_of_works_is_a_title(parse: Parse) -> None:
    text = "This year's nominees include Tulsa, Omaha, The Night Shift, Ghost Town Diaries, Veep and Raised By Wolves."
    assert not {("Tulsa", "OK"), ("Omaha", "NE")} & cities_of(parse, text)
    text = "Her favourite shows are Tulsa, The Night Shift, Ghost Town Diaries and Omaha."
    assert not {("Tulsa", "OK"), ("Omaha", "NE")} & cities_of(parse, text)


def test_a_name_ending_a_title_in_a_list_of_titles_is_a_title(parse: Parse) -> None:
    text = "The video cuts to a montage of film kisses (Sleepless in Tulsa, Harbor Nights) and ends."
    assert ("Tulsa", "OK") not in cities_of(parse, text)
    # names in a list of places, after people who live there, stay the places
    text = "The letter was signed by Organizers in Tulsa, Omaha, Grand Rapids and Boise."
    assert {("Tulsa", "OK"), ("Omaha", "NE")} <= cities_of(parse, text)


def test_a_list_of_places_with_landmarks_stays_a_list_of_places(parse: Parse) -> None:
    text = "The tour stops in Tulsa, Omaha, Coney Island and Grand Rapids."
    assert {("Tulsa", "OK"), ("Omaha", "NE"), ("Grand Rapids", "MI")} <= cities_of(parse, text)
    text = "He has lived in Tulsa, Omaha and Fort Worth, and saw the Grand Canyon, Mount Rushmore and Yellowstone."
    assert {("Tulsa", "OK"), ("Omaha", "NE")} <= cities_of(parse, text)
    text = "He gave generously to the city of Tulsa, Quillon State University, Ada Bell College and the Scouts."
    assert ("Tulsa", "OK") in cities_of(parse, text)
