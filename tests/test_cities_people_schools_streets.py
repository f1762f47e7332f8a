"""Cities: a town's name in a person's name, a college's, a business's, a list of venues, or a street at a corner."""

from __future__ import annotations

from tests.extraction import Parse, cities_of


def test_a_persons_name_the_article_writes_elsewhere_is_no_city(parse: Parse) -> None:
    text = "Alma Tulsa\nPolice have arrested a man in the killing of Alma Tulsa, 25, who was found in her car."
    assert cities_of(parse, text) == set()
    assert ("Tulsa", "OK") in cities_of(parse, "Tulsa Police have arrested a man in the killing of a woman, 25.")


def test_a_given_name_opening_a_sentence_makes_a_person(parse: Parse) -> None:
    text = "The deal includes oysters. April Tulsa's fun and colorful eatery opens on Friday."
    assert cities_of(parse, text) == set()
    assert ("Tulsa", "OK") in cities_of(parse, "Will Tulsa residents pay more? Voters decide on Friday.")


def test_a_colleges_name_owns_its_bare_mentions_among_academic_words(parse: Parse) -> None:
    text = (
        "Students at Fairfield University are under investigation. Fairfield undergraduates described photos. "
        "Fairfield President Ann Lee said the party was wrong. About 78% of Fairfield's undergraduate students "
        "are white."
    )
    assert cities_of(parse, text) == set()
    text = "Fairfield police said the crash closed the road. Students at Fairfield University were not hurt."
    assert ("Fairfield", "CT") in cities_of(parse, text)


def test_a_business_name_after_a_city_agencys_word(parse: Parse) -> None:
    assert cities_of(parse, "A cyclist was killed by a Tulsa Transit Lines commuter bus on Tuesday.") == set()
    assert ("Tulsa", "OK") in cities_of(parse, "The Tulsa Transit Authority said nothing on Tuesday.")
    text = "A spokesman for Paramus Transit Lines confirmed that Paramus operates the bus."
    assert cities_of(parse, text) == set()


def test_a_list_of_venues_names_no_city(parse: Parse) -> None:
    assert cities_of(parse, "The roaster already supplies bars such as Tulsa and Egg in Omaha.") == {("Omaha", "NE")}
    text = "Head over to the Mercury Lounge tonight for a very solid lineup of: Magenta Lane, Aloha, Tulsa and Voxtrot."
    assert cities_of(parse, text) == set()
    text = "The roaster already supplies bars in cities such as Tulsa and Omaha."
    assert {("Tulsa", "OK"), ("Omaha", "NE")} <= cities_of(parse, text)


def test_a_name_paired_with_a_street_is_a_street(parse: Parse) -> None:
    assert cities_of(parse, "A firm bought the plot on the south east side of Houston and Broadway on Monday.") == set()
    assert cities_of(parse, "The bus hit her at Houston and Avenue D on Monday.") == set()
    assert ("Houston", "TX") in cities_of(parse, "The musical ran in Houston and Broadway before touring.")
    found = cities_of(parse, "Walkouts spread to other cities, including Chicago and St. Louis, and Tulsa.")
    assert {("Chicago", "IL"), ("St. Louis", "MO")} <= found


def test_two_bare_names_at_a_corner_or_where_one_meets_the_other_are_streets(parse: Parse) -> None:
    assert cities_of(parse, "A cyclist was hit a few blocks away at Tulsa and Elmira. The driver fled.") == set()
    assert cities_of(parse, "The new mall opens near where Tulsa meets Kestrel, in the Fulton Mall area.") == set()
    assert cities_of(parse, "The new mall opens near where Kestrel meets Tulsa on Monday.") == set()
    # two towns with their state: places
    assert ("Tulsa", "OK") in cities_of(parse, "The band played at Elmira and Tulsa, Oklahoma, last spring.")


def test_a_facility_word_an_editor_brackets_after_the_name_is_still_the_facility(parse: Parse) -> None:
    text = 'A neighbour said, "He drove them a few blocks the rest of the way to Tulsa [Hospital]."'
    assert cities_of(parse, text) == set()
    assert ("Tulsa", "OK") in cities_of(parse, "The reporter flew to Tulsa [Oklahoma] on Monday.")
    text = 'New arrivals say "Houston" Street just like the city in Texas, and nobody minds.'
    assert ("Houston", "TX") not in cities_of(parse, text)


def test_a_list_closed_by_an_abbreviated_plural_of_street_is_a_list_of_streets(parse: Parse) -> None:
    text = "The fair takes over the West Village's Hudson, Greenwich and Charles Sts. on Sunday."
    assert cities_of(parse, text) == set()


def test_a_street_the_article_writes_stays_one_among_streets(parse: Parse) -> None:
    text = (
        "The crash happened at Houston Street on Monday. The woman was walking south on Avenue D, crossing "
        "Houston in the crosswalk when the bus turned."
    )
    assert cities_of(parse, text) == set()
    text = "He moved from his Columbus Avenue apartment. He flew to Columbus on Tuesday to see his mother."
    assert ("Columbus", "OH") in cities_of(parse, text)
    text = "They live off Columbus Avenue. In Columbus, the rally filled Broad Street and High Street by noon."
    assert ("Columbus", "OH") in cities_of(parse, text)


def test_a_commencement_at_a_bare_name_is_at_the_college(parse: Parse) -> None:
    text = "In her commencement address at Fairfield, the senator told graduates to vote."
    assert cities_of(parse, text) == set()
    text = "The author gave his Class of 2019 speech at Fairfield and praised his teachers."
    assert cities_of(parse, text) == set()
    text = "In a speech at Fairfield, the senator told voters to turn out on Tuesday."
    assert "Fairfield" in {city for city, _ in cities_of(parse, text)}
    text = "The graduation at Fairfield High School was moved indoors after storms hit Fairfield on Monday."
    assert "Fairfield" in {city for city, _ in cities_of(parse, text)}


def test_a_part_an_actor_plays_is_no_city(parse: Parse) -> None:
    assert cities_of(parse, "The actor ended up taking on the role of Tulsa in the animated sequel.") == set()
    assert cities_of(parse, "She was cast as Tulsa in the stage version of the novel.") == set()
    assert ("Tulsa", "OK") in cities_of(parse, "The actor ended up taking on a role in Tulsa last spring.")


def test_a_name_coordinated_with_a_lone_given_name_is_a_persons(parse: Parse) -> None:
    assert cities_of(parse, "Grandma adored Oliver and Tulsa more than anything.") == set()
    text = "The couple thanked the nurses in Tulsa and Omaha for their care last spring."
    assert {("Tulsa", "OK"), ("Omaha", "NE")} <= cities_of(parse, text)
    assert ("Tulsa", "OK") in cities_of(parse, "Flights to Tulsa and Denver were cancelled on Friday.")
    assert ("Tulsa", "OK") in cities_of(parse, "We have seen storms strike St. Louis and Tulsa this spring.")
