"""Where a name ends: words run on after it, a stray suffix, two names run together, brands and animals."""

from __future__ import annotations

import pytest

from sanctuary_cli.extract.model import PersonRecord
from sanctuary_cli.extract.people.brands import brand_word, written_as_a_brand
from sanctuary_cli.extract.people.common import Mention
from sanctuary_cli.extract.people.kinds import named_for_an_animal_here
from sanctuary_cli.extract.people.names import strip_title
from sanctuary_cli.extract.people.personal import not_a_personal_name
from sanctuary_cli.extract.people.runon import reread
from sanctuary_cli.extract.people.usage import word_use
from sanctuary_cli.extract.people.written import person_written, short_for_a_body
from tests.extraction import Parse, people_by_name


def test_a_word_run_on_after_a_named_persons_surname_is_cut(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "The gallery shows Orrin Tessel at his worst. One collage, Tessel Mao, hangs near the door, "
        "and The Orrin Tessel Tombstone stands outside. Tessel did not comment.",
    )
    assert set(found) == {"Orrin Tessel"}
    assert len(found["Orrin Tessel"].mentions) == 3  # "Tessel Mao" is his surname there


def test_a_word_after_a_named_persons_surname_that_the_article_names_with_the_surname_is_a_married_name(
    parse: Parse,
) -> None:
    text = ("It became clear that Mara Quillon Tessel was held up at gunpoint in Paris. The robbers tied up "
            "Mara Quillon and fled. At dawn, Quillon Tessel showed herself at her hotel.")
    assert "Mara Quillon Tessel" in people_by_name(parse, text)


def test_a_capitalised_verb_of_saying_after_a_name_is_no_part_of_it(parse: Parse) -> None:
    found = people_by_name(parse, "There is a reason that Bram Tweets so much, the analyst said.")
    assert set(found) == {"Bram"}


def test_a_common_word_before_a_given_name_and_a_surname_is_no_part_of_the_name(parse: Parse) -> None:
    found = people_by_name(parse, "Shooter Jeffrey Varrow opened fire outside the building on Friday.")
    assert set(found) == {"Jeffrey Varrow"}
    found = people_by_name(parse, "Comedian Ada Quillon took the stage. Quillon was funny.")
    assert set(found) == {"Ada Quillon"}
    # a rare word before a given name opens a name of three words ("Lin Manuel Varrow")
    assert set(people_by_name(parse, "Lin Manuel Varrow wrote the show.")) == {"Lin Manuel Varrow"}


def test_a_surname_and_sr_without_a_given_name_is_the_surname(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "Ada Quillon spoke first. Her father, Bram Quillon, sat behind her. "
        "Later, Quillon Sr left the room in silence.",
    )
    assert not any("Sr" in name for name in found)
    assert "Bram Quillon" in found


def test_two_given_names_the_article_writes_alone_are_two_people(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "Nina met Walt at the lab. Nina does her work, and Walt cooks. Later Nina smiled and Walt left. "
        "Is Nina Walt's rival? Walt thinks so.",
    )
    assert "Nina Walt" not in found
    assert "Walt" in found


def test_a_full_name_written_first_is_not_split(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "Commissioner Ray Kelly spoke on Monday. Kelly said the force would grow, and Kelly thanked the mayor.",
    )
    assert "Ray Kelly" in found
    assert len(found["Ray Kelly"].mentions) == 3


@pytest.mark.parametrize("word", ["FareCard", "SoulRide", "TesselTower"])
def test_two_words_run_together_are_a_brand(word: str) -> None:
    assert brand_word(word)
    assert not_a_personal_name(f"Ada {word}") is not None


@pytest.mark.parametrize("word", ["McCarthy", "DeShawn", "LaGuardia", "MacArthur", "FitzGerald", "Quillon"])
def test_prefixed_surnames_are_no_brand(word: str) -> None:
    assert not brand_word(word)
    assert not_a_personal_name(f"Ada {word}") is None


def test_a_word_the_text_also_writes_as_a_brand_is_the_brand(parse: Parse) -> None:
    text = (
        "A 30-day unlimited FareCard will now cost $112. If you don't activate a Farecard before March, "
        "you can return it. The unlimited Farecard lasts a week."
    )
    assert written_as_a_brand("Farecard", text)
    assert not written_as_a_brand("Quillon", "Ada Quillon met Quillon.")
    assert people_by_name(parse, text) == {}


def test_an_organisations_word_after_a_name_ends_a_body(parse: Parse) -> None:
    for name in ("Tessel International", "Quillon Organization", "Orrin Group", "TF Global"):
        assert not_a_personal_name(name) is not None
    found = people_by_name(parse, "Protesters marched past the Tessel International Hotel on Fifth Avenue on Monday.")
    assert not any("International" in name for name in found)


def test_an_animals_long_appositive_opening_the_story_tells_its_kind() -> None:
    text = (
        'Gorp, the beloved Orrinport Zoo polar bear whose "moods" made headlines, died at 27 yesterday. '
        "Vets said Gorp had a tumor. In 1994, Gorp became a star."
    )
    assert word_use("Gorp", [text]).of_a_kind == 1


@pytest.mark.parametrize("name", ["Orrin Tessel-esque", "Ada West-y", "Bram Quillon-aficionado"])
def test_a_name_made_an_adjective_is_no_person(name: str) -> None:
    assert not_a_personal_name(name) is not None


@pytest.mark.parametrize("name", ["Ada Smith-Jones", "Ji-won Park", "Jay-Z", "Abd-al-Rahman Quillon"])
def test_hyphened_names_stay_names(name: str) -> None:
    assert not_a_personal_name(name) is None


def test_a_name_hyphened_through_lower_case_words_is_a_compound_not_a_person(parse: Parse) -> None:
    assert not_a_personal_name("Mar-a-Tessel") is not None
    assert not_a_personal_name("Tessel-upon-Quill") is not None
    found = people_by_name(parse, "Each winter Ada Quillon migrates south to Tessel-a-Lago, a 90-room estate.")
    assert set(found) == {"Ada Quillon"}
    found = people_by_name(parse, "Mayor Ada Quillon said the Quillon-backed plan will pass.")
    assert "Ada Quillon" in found
    found = people_by_name(parse, "Other sketches included the Alec Baldwin-as-Quillon cold open, which ran long.")
    assert "Alec Baldwin" in found
    # a capitalised function word between hyphens makes a compound too
    found = people_by_name(parse, "Crowds came for Golfer-In-Chief Donald Quillon's inauguration on Friday.")
    assert set(found) == {"Donald Quillon"}


def test_a_double_surname_beside_a_namesake_of_each_stays_whole(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "Sheila Danvers Corwin was found dead in 2009. Her mother, Elaine Danvers, always doubted the fall. "
        "Her husband, Roderick Corwin, was charged on Monday. Danvers Corwin had filed for divorce, and "
        "Danvers Corwin's family said Corwin had threatened her. Danvers said so too.",
    )
    assert len(found["Elaine Danvers"].mentions) == 2
    assert "Danvers Corwin" in found and "Danvers Corwin" not in found["Elaine Danvers"].aliases
    # "said Corwin had threatened her": the husband, whom the story writes so; she is "Danvers Corwin"
    assert "Corwin" in found["Roderick Corwin"].aliases


def test_two_names_run_together_once_name_no_one_across_the_store() -> None:
    text = (
        "Nina met Walt at the lab. Nina does her work, and Walt cooks. Later Nina smiled and Walt left. "
        "Is Nina Walt's rival?"
    )
    assert person_written("Walt", text, lambda name: None) is None
    once = "Nina Walt spoke. Walt said it. Walt left."
    assert person_written("Walt", once, lambda name: None) == ("nina walt", "Nina Walt")


def test_an_app_named_with_go_is_no_person(parse: Parse) -> None:
    text = "Kids played Chirpmon Go in the park all week. Chirpmon Go players crowded the lawn, and Ada Vale said so."
    assert not any("Chirpmon" in name for name in people_by_name(parse, text))


def test_a_shop_written_with_a_dropped_g_runs_on_into_its_name(parse: Parse) -> None:
    text = (
        "Williamsburg mourns now that Glimmin' Donuts is hiring on Bedford Avenue. Glimmin' opened last year, "
        "and Glimmin' Donuts sells coffee. The owner, Ada Quillon, said Glimmin' will stay."
    )
    found = people_by_name(parse, text)
    assert len(found.get("Glimmin", PersonRecord("Glimmin")).mentions) <= 2  # only where written alone
    assert short_for_a_body("Glimmin", text)


def test_a_building_named_after_a_person_makes_no_bodys_short_name_of_the_surname() -> None:
    text = ("Protesters rallied outside Quillon International Hotel, and outside Quillon International Hotel "
            "again on Friday. Few stars want to be seen with Quillon now.")
    assert not short_for_a_body("Quillon", text)
    company = "Quillon International Inc. reported a loss. Quillon International Inc. blamed tariffs. Quillon said so."
    assert short_for_a_body("Quillon", company)


def test_an_animals_appositive_without_a_comma_opening_a_clause_tells_its_kind() -> None:
    assert word_use("Ollie", ["Last year, Ollie the Orrin Park groundhog died. We loved Ollie."]).of_a_kind == 1
    assert word_use("Ollie", ["We met Ollie the next day. We loved Ollie."]).of_a_kind == 0
    # after "of" the name is no one's indirect object: "the death of Ollie the zoo's groundhog"
    assert word_use("Ollie", ["We mourn the death of Ollie the Orrin Park groundhog, who was 9."]).of_a_kind == 1
    assert word_use("Ollie", ["She told Ollie the dog was ill."]).of_a_kind == 0
    # after another preposition too: "we wrote about Ollie the tortoise"
    assert word_use("Ollie", ["Last year we wrote about Ollie the tortoise, who needed a walker."]).of_a_kind == 1


def test_a_name_whose_last_word_the_story_writes_as_an_animals_is_a_pets(parse: Parse) -> None:
    text = ("Last year, we wrote about Orrin the tortoise, a 17-year-old African tortoise who needed a walker. "
            "Easter Orrin, reporting for duty! Orrin and Ada Quell live uptown. Ada got Orrin three years ago.")
    found = people_by_name(parse, text)
    assert "Easter Orrin" not in found and "Orrin" not in found, list(found)
    assert "Ada Quell" in found
    # a person with a dog of another name is a person
    owner = people_by_name(parse, "Tessa Quell walked her dog Max in the park. Quell, a lawyer, said Max loves snow.")
    assert "Tessa Quell" in owner, list(owner)


@pytest.mark.parametrize(
    ("written", "name"),
    [("Officer Bram Quillon", "Bram Quillon"), ("Officer Quillon", "Quillon"), ("Sgt. Ada Vale", "Ada Vale"),
     ("Besides Quillon", "Quillon"), ("You Tessel", "Tessel"), ("Per Tesselsen", "Per Tesselsen"),
     ("Impeach Quillon", "Quillon"), ("Fuck Tessel", "Tessel"), ("Reelect Ada Vale", "Ada Vale")],
)
def test_a_rank_or_an_opening_word_is_no_part_of_the_name(written: str, name: str) -> None:
    assert strip_title(written) == name


def test_two_surnames_run_together_are_the_first_person(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "Police chief Bill Bratton met Al Sharpton on Tuesday. The Bratton Sharpton meeting was tense, "
        "and Sharpton said so. Bratton agreed.",
    )
    assert set(found) == {"Bill Bratton", "Al Sharpton"}
    assert len(found["Bill Bratton"].mentions) == 3


def test_a_newsletter_named_for_a_person_is_a_work() -> None:
    assert not_a_personal_name("Orrin Tessel Survival Report") is not None


def test_a_name_run_on_into_another_full_name_is_cut_at_the_first(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "The show pairs Andy Warhol with Edie Sedgwick. In one room, Andy Warhol Edie Sedgwick portraits hang "
        "side by side, and Warhol is everywhere. Sedgwick smiles.",
    )
    assert set(found) == {"Andy Warhol", "Edie Sedgwick"}
    assert len(found["Andy Warhol"].mentions) == 3


def test_a_name_read_from_inside_a_quoted_nickname_starts_after_it(parse: Parse) -> None:
    found = people_by_name(
        parse,
        'Bram Tessel, one of the teens shot by "Subway Vigilante" Orrin Quillon in 1984, died on Tuesday. '
        "Quillon said he was sad.",
    )
    assert "Orrin Quillon" in found
    assert not any('"' in name for name in found)


def test_a_full_name_beside_an_epithet_of_its_given_name_is_not_cut(parse: Parse) -> None:
    text = (
        "Breaking down the new trailer. We love Woody Tessel and see every film he makes.\n\n"
        "Good Woody: the trailer is sharp. Woody has a streak going, and it is good news for Woody Tessel."
    )
    assert len(people_by_name(parse, text)["Woody Tessel"].mentions) == 2


def _reread_one(parse: Parse, text: str, name: str, others: tuple[str, ...] = ()) -> str:
    """What the run-on reading keeps of the tagger's name ``name`` written once in ``text``, beside
    the article's ``others`` names."""
    doc = parse(text)
    mentions = []
    end = text.index(name) + len(name)
    for written in (name, *others):
        start = text.find(written, end) if written != name and written in text[end:] else text.index(written)
        token = next(t.i for t in doc if t.idx < start + len(written) <= t.idx + len(t.text))
        mentions.append(Mention(start, start + len(written), written, token))
    return reread(doc, mentions)[0].text


def test_a_headline_verb_after_a_surname_the_story_writes_alone_is_cut(parse: Parse) -> None:
    text = (
        "So far, 2016 has been the year of Governor Quartz Professes His Love To The Ferry. "
        "Quartz's office confirmed the plans. Now maybe Quartz can fix the piers."
    )
    assert _reread_one(parse, text, "Quartz Professes", ("Quartz",)) == "Quartz"


def test_a_headline_verb_is_kept_where_the_line_does_not_go_on_in_title_case(parse: Parse) -> None:
    text = "The year of Quartz Professes ended. Quartz's office confirmed the plans. Quartz left."
    assert _reread_one(parse, text, "Quartz Professes", ("Quartz",)) == "Quartz Professes"


def test_a_full_name_in_a_title_case_line_is_kept(parse: Parse) -> None:
    text = "Mayor Ada Quartz Opens The New Pier. Quartz spoke at noon, and Ada Quartz cut the ribbon."
    assert _reread_one(parse, text, "Ada Quartz", ("Quartz",)) == "Ada Quartz"


def test_a_country_after_a_name_the_story_writes_alone_is_a_fan_accounts_word(parse: Parse) -> None:
    text = (
        "Dame Zorella played a small club on Friday. Zorella sang for an hour. "
        "Great night! — Dame Zorella Portugal (@ZorellaPortugal) May 2, 2019. Zorella left at midnight."
    )
    assert _reread_one(parse, text, "Zorella Portugal", ("Zorella",)) == "Zorella"


def test_a_given_name_hyphened_after_another_persons_surname_starts_the_name(parse: Parse) -> None:
    text = "Bram Vale boxed in the old days. The dealer wore the coat to a Vale-Ada Quillon bout in 1971."
    assert _reread_one(parse, text, "Vale-Ada Quillon", ("Bram Vale",)) == "Ada Quillon"
    text = "Ada-Rose Quillon sang. Bram Vale played."
    assert _reread_one(parse, text, "Ada-Rose Quillon", ("Bram Vale",)) == "Ada-Rose Quillon"


def test_a_heading_word_after_a_named_surname_is_cut(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "Gov. Bram Christie sent a long email to allies on Sunday. Christie said the email was private."
        "\n\nChristie Email\n\nDear friends, the facts are plain.",
    )
    assert set(found) == {"Bram Christie"}
    assert len(found["Bram Christie"].mentions) == 3


def test_an_epithet_before_a_stage_name_is_cut(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "Dame Zorella hosted the show. Zorella sang twice. One sketch showed a grumpy Zorella "
        "in the year 2070. The sketches (Opening Song, Grumpy Zorella) are offline.",
    )
    assert "Grumpy Zorella" not in found


def test_a_given_name_written_in_a_handle_is_no_epithet(parse: Parse) -> None:
    text = "The envoy met First Lady Zirlane Vandra at noon. Zirlane greeted @zirlane fans, and Vandra smiled."
    assert _reread_one(parse, text, "Zirlane Vandra", ("Zirlane", "Vandra")) == "Zirlane Vandra"


def test_a_particle_before_a_surname_is_no_epithet(parse: Parse) -> None:
    text = "Mayor Bram de Vale spoke first. The mayor, De Vale said, would wait; de Vale left. Vale's aide stayed."
    assert _reread_one(parse, text, "De Vale", ("Vale",)) == "De Vale"


def test_a_plural_of_a_named_surname_is_the_person(parse: Parse) -> None:
    found = people_by_name(
        parse,
        "The brothers Bram and Orrin Quillon do not speak. Bram on Orrin: he is a bore. "
        "Orrin wrote back about the old Bram Quillons of the world.",
    )
    assert "Bram Quillons" not in found


def test_a_given_name_after_a_named_surname_stays_a_full_name(parse: Parse) -> None:
    text = "Ada Morgan chaired the panel. Lawyer Morgan Tessel spoke next. Morgan said the vote would wait."
    assert _reread_one(parse, text, "Morgan Tessel", ("Ada Morgan",)) == "Morgan Tessel"


def test_a_title_after_a_name_before_of_is_no_part_of_the_name(parse: Parse) -> None:
    # a heading in title case: "Queen Of The North" is what she should be made, not her surname
    text = ("6. Write-In Campaign To Elect Lady Marla Vossberg Queen Of The North: Or at least a spin-off season. "
            "Give Marla and her bears a show.")
    assert list(people_by_name(parse, text)) == ["Marla Vossberg"]
    # a surname that is a title word, written with and without "of" after it, stays whole
    text = "Bram Luther King of Atlanta spoke. Bram Luther King said the march would go on."
    assert list(people_by_name(parse, text)) == ["Bram Luther King"]


def test_a_sentence_adverb_before_a_given_name_is_no_part_of_the_name(parse: Parse) -> None:
    text = ("It seems that Mike Pettak is following that same pattern, failing to put on fresh legs when it could "
            "help turn a match because he thinks the goal is going to come. Hopefully Mike won't suffer the same "
            "fate as the last time the team lost 1-0, and lose his job.")
    found = people_by_name(parse, text)
    assert list(found) == ["Mike Pettak"]
    assert len(found["Mike Pettak"].mentions) == 2


def test_a_given_name_its_story_writes_beside_an_animals_noun_is_the_animal() -> None:
    text = ("Tessa the chimp (Photo)\n\nA rights group is fighting to free a 26-year-old chimpanzee named Tessa, "
            "who has lived alone in a cage. The group argued that Tessa was being held unlawfully.")
    assert named_for_an_animal_here("Tessa", text) is not None
    assert named_for_an_animal_here("Tessa", "Tessa Orwell argued that Tessa was being held unlawfully.") is None


def test_a_name_run_into_the_next_sentence_after_initials_is_cut_at_the_initials(parse: Parse) -> None:
    # "working with Louis D.K. Brannigan told them": "D.K." ends a sentence, and Brannigan is Woody,
    # named before; the article writes "D.K." alone too
    text = ("The paper sat down with Woody Brannigan in the lead up to his new film, and learned that he has been "
            "inspired by working with Louis D.K. Brannigan told them that he wants to write a movie for the two of "
            "them. Brannigan said he wasn't familiar with D.K.'s work before he saw the sketch.")
    found = people_by_name(parse, text)
    assert set(found) == {"Woody Brannigan", "Louis D.K."}
    assert len(found["Woody Brannigan"].mentions) == 3
    # a father named before his son keeps his initials and his surname
    text = "Former president George H.W. Quillon and his son Jeb Quillon spoke. The H.W. years were calm, Jeb said."
    assert "George H.W. Quillon" in people_by_name(parse, text)
