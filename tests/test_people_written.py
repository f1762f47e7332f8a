"""A one-word name read back in its article's text, and how the articles write a full name, on invented names."""

from __future__ import annotations

from dataclasses import replace

from sanctuary_cli.extract.people.byuse import not_a_person_by_use
from sanctuary_cli.extract.people.corpus import GivenUse, PersonRow, resolve
from sanctuary_cli.extract.people.names import person_key
from sanctuary_cli.extract.people.usage import WordUse, word_use
from sanctuary_cli.extract.people.written import person_written, written_with


def rows(name: str, count: int) -> list[PersonRow]:
    return [PersonRow(f"{name}-{i}", person_key(name), name, None, (name,), "2014-01-01") for i in range(count)]


def alone(word: str, article: str = "a-1") -> PersonRow:
    return PersonRow(article, person_key(word), word, None, (word,), "2014-01-01", "m", 5)


def test_a_function_word_opening_a_sentence_is_no_given_name() -> None:
    text = "The photographer Tobin Vasquell shot the pier. So Vasquell kept the prints."
    assert person_written("Vasquell", text, lambda name: None) == ("tobin vasquell", "Tobin Vasquell")
    # with no full name in the text, "So Vasquell" is still nobody's name
    assert person_written("Vasquell", "So Vasquell kept the prints.", lambda name: None) is None


def test_a_full_name_may_wrap_onto_the_next_line_but_never_runs_past_a_paragraph() -> None:
    # a chat's last line ends with one name, the next paragraph opens with another's label
    text = "Bram: yeah poor Logan\n\nJen: i like when he calls her Ace\n\nJen: he is the best"
    assert written_with("Jen", text).as_surname == ()
    assert person_written("Jen", text, lambda name: None) is None
    # a list of restaurants, one a paragraph: "Blanca", "Daniel", "Jungsik"
    listing = "Atera\n\nBlanca\n\nDaniel\n\nJungsik\n\nDaniel serves the tasting menu."
    assert written_with("Daniel", listing) == written_with("Daniel", "Daniel serves the tasting menu.")
    # a hard-wrapped line may break a name
    assert written_with("Quell", "the critic Nora\nQuell wrote it. Quell said so.").as_surname == ("Nora Quell",)


def test_a_name_said_twice_is_no_full_name_of_it() -> None:
    # a recap headed "Nora" whose first line opens with her name: "Nora Nora" is no one
    text = "Recap: All About Nora\n\nNORA\nNora Nora whispers to the kitten. Nora moves out. Nora Nora stays."
    assert person_written("Nora", text, lambda name: None) is None
    assert "Nora Nora" not in {*written_with("Nora", text).as_given, *written_with("Nora", text).as_surname}
    # her full name, written so, still is
    named = text + " Nora Quell, 24, signs the lease. Nora Quell pays."
    assert person_written("Nora", named, lambda name: None) == ("nora quell", "Nora Quell")


def test_the_plural_of_a_full_name_is_no_name_a_given_name_alone_is_written_with() -> None:
    text = ("Kira Vale, who played Sally Quennel, remembers All 8 Bobby Quennels. Bobby cried. Bobby hid. "
            "Like the other Bobby Quennels, he was quiet.")
    assert person_written("Bobby", text, lambda name: None) is None
    text = "Bobby Quennel cried on set. Bobby Quennel hid. Bobby was quiet."
    assert person_written("Bobby", text, lambda name: None) == ("bobby quennel", "Bobby Quennel")


def test_a_name_the_text_also_writes_in_the_plural_is_a_things_name() -> None:
    text = ("Late Night made its own dating app, Zarek Mingles, a tremendous tool. \"When you're a Zarek Mingle user, "
            "they let you do it,\" a man said. The audio of him vowing to fight Zarek leaked.")
    assert person_written("Zarek", text, lambda name: None) is None
    text = "Zarek Mingle cried on set. Zarek Mingle hid. Zarek was quiet."
    assert person_written("Zarek", text, lambda name: None) == ("zarek mingle", "Zarek Mingle")


def test_a_full_name_with_a_nickname_in_quotes_is_the_name() -> None:
    text = 'Police escorted Bruno "The Owl" Carraway to a van. Carraway said nothing.'
    assert "Bruno Carraway" in written_with("Carraway", text).as_surname
    # a given name in quotes is the one its bearer goes by, no second person
    nicknamed = 'Katherine "Kate" Carraway runs the office. Carraway was appointed in May. Kate Carraway said so.'
    assert written_with("Carraway", nicknamed).as_surname == ("Kate Carraway",)
    # the store's own Bruno Carraway is the one the surname alone means, though a namesake competes
    data = [*rows("Bruno Carraway", 4), *rows("Lena Carraway", 3), alone("Carraway")]
    assert resolve(data, texts={"a-1": text}).links[("a-1", "carraway")] == "bruno carraway"


def test_a_surname_and_a_word_after_it_inside_a_longer_name_are_no_full_name() -> None:
    text = (
        "Portraits by the photographer Tobin Vasquell open today. (Photo courtesy of Tobin Vasquell Archive)"
        " Vasquell shot the pier in 1946. (Photo courtesy of Tobin Vasquell Archive)"
    )
    assert person_written("Vasquell", text, lambda name: None) == ("tobin vasquell", "Tobin Vasquell")


def test_a_given_name_no_list_holds_is_one_after_a_title() -> None:
    text = "Investigators arrested Rabbi Oziel Tarnowsk on Tuesday. Tarnowsk is based abroad."
    assert person_written("Tarnowsk", text, lambda name: None) == ("oziel tarnowsk", "Oziel Tarnowsk")
    # with no title before it, an unknown capitalised word is no given name ("Bistro Tarnowsk")
    assert person_written("Tarnowsk", "Dinner at Bistro Tarnowsk was fine. Tarnowsk opened.", lambda n: None) is None
    # a word of a title is none ("Attorney General Tarnowsk")
    titled = "State Attorney General Tarnowsk sued. Tarnowsk spoke."
    assert person_written("Tarnowsk", titled, lambda name: None) is None
    result = resolve([alone("Tarnowsk")], texts={"a-1": text})
    assert result.persons[result.links[("a-1", "tarnowsk")]].name == "Oziel Tarnowsk"


def test_a_full_name_called_he_in_a_third_of_its_articles_is_a_person_however_often_passed_to() -> None:
    # a footballer: "a cross from Ada Quillon", "on Ada Quillon", in four of ten uses
    player = WordUse(capitalised=10, after_place_word=4, articles=12, gendered=5, person_tags=11)
    assert not_a_person_by_use(player, several_words=True) is None
    assert not_a_person_by_use(WordUse(capitalised=10, after_place_word=4, articles=12, gendered=1)) is not None
    # a one-word name called so as seldom is still read by how it is written
    assert not_a_person_by_use(player) is not None


def test_a_surname_with_a_role_one_namesake_holds_is_that_namesake_though_its_article_writes_another() -> None:
    text = "President Carraway will be in town on Monday. Lena Carraway visits a school. Carraway speaks at noon."
    row = PersonRow("a-1", "carraway", "Carraway", "President", ("Carraway",), "2014-01-01", "m", 3)
    president = [replace(r, role="President") for r in rows("Bruno Carraway", 4)]
    data = [*president, *rows("Lena Carraway", 3), row]
    assert resolve(data, texts={"a-1": text}).links[("a-1", "carraway")] == "bruno carraway"
    # with no role, the namesake the article writes is the one
    plain = replace(row, role=None, gender=None)
    assert resolve([*president, *rows("Lena Carraway", 3), plain], texts={"a-1": text}).links[("a-1", "carraway")] == (
        "lena carraway"
    )


def test_a_name_said_to_be_an_animal_at_a_sentences_start_is_that_animal() -> None:
    text = (
        "The first thing to know about Pellow is that Pellow isn't fat. Pellow is a naturally large cat with"
        " a lot of fur. His owner says Pellow eats well, and here is Pellow at the vet."
    )
    use = word_use("Pellow", [text])
    assert not_a_person_by_use(replace(use, articles=1, gendered=1)) is not None
    # a person said to be something else is still one
    person = "Pellow is a retired police officer with a lot of stories. Friends say Pellow talks well."
    assert not_a_person_by_use(replace(word_use("Pellow", [person]), articles=1, gendered=1)) is None


def test_a_full_name_written_once_in_lower_case_is_no_common_phrase() -> None:
    tweeted = "Congratulations to Tobin Vasquell. tobin vasquell crying like a baby, fans wrote."
    assert not_a_person_by_use(replace(word_use("Tobin Vasquell", [tweeted]), articles=1), several_words=True) is None
    phrase = "A Copper Lantern opened. The copper lantern glows; every copper lantern sells."
    assert not_a_person_by_use(replace(word_use("Copper Lantern", [phrase]), articles=1), several_words=True)


def test_a_given_name_alone_its_one_article_writes_beside_an_animals_noun_is_that_animal() -> None:
    pet = "An ode to her dog Ada, who was left behind. Ada loves the park, and Ada sleeps a lot."
    owner = "Ada Quillon and Ada Varn are both named elsewhere. Ada called her mother; Ada laughed."
    data = [
        PersonRow("a-1", "ada", "Ada", None, ("Ada",), "2014-01-01", None, 3),
        PersonRow("a-2", "ada", "Ada", None, ("Ada",), "2014-01-01", "f", 2),
    ]
    given = {"ada": [GivenUse("ada quillon", "ada quillon", 2), GivenUse("ada varn", "ada varn", 2)]}
    result = resolve(data, given=given, texts={"a-1": pet, "a-2": owner})
    assert not result.persons[result.links[("a-1", "ada")]].is_person
    assert result.persons[result.links[("a-2", "ada")]].is_person


def test_a_long_name_whose_words_after_the_first_its_articles_write_as_a_phrase_is_a_product() -> None:
    text = "Orrin Tinned Peppers is sold at the bar. Orrin began selling their tinned peppers in 2004."
    assert not_a_person_by_use(replace(word_use("Orrin Tinned Peppers", [text]), articles=1), several_words=True)
    # a particle is no common word: "bin" of a name written in lower case in a tweet
    tweet = "Ahmad bin Tessel spoke. They caught bin tessel at last, a reader wrote."
    assert not_a_person_by_use(replace(word_use("Ahmad bin Tessel", [tweet]), articles=1), several_words=True) is None
    person = "Mara Lee Tessel spoke. The gallery hung her prints, and Mara Lee Tessel smiled."
    assert not_a_person_by_use(replace(word_use("Mara Lee Tessel", [person]), articles=1), several_words=True) is None


def test_a_one_word_name_only_opening_lines_of_listings_is_a_title() -> None:
    listing = "Leaving soon\n\nOrrinmon the Movie (2013)\n\nOrrinmon: Season 2\n\nHarbor Nights\n\nOrrinmon: Origins"
    data = [
        PersonRow("a-1", "orrinmon", "Orrinmon", None, ("Orrinmon",), "2016-01-01", None, 3),
        PersonRow("a-2", "orrinmon", "Orrinmon", None, ("Orrinmon",), "2016-02-01", None, 3),
    ]
    use = replace(word_use("Orrinmon", [listing, listing]), articles=2)
    result = resolve(data, uses={"orrinmon": use}, texts={"a-1": listing, "a-2": listing})
    assert not result.persons[result.links[("a-1", "orrinmon")]].is_person
    # a name written inside a sentence once is read as ever
    told = f"{listing}\n\nWe asked about Orrinmon last week."
    use = replace(word_use("Orrinmon", [told, listing]), articles=2)
    result = resolve(data, uses={"orrinmon": use}, texts={"a-1": told, "a-2": listing})
    assert result.persons[result.links[("a-1", "orrinmon")]].is_person


def test_a_full_name_called_he_or_she_is_a_person_however_often_written_with_s() -> None:
    owned = WordUse(capitalised=4, possessive=3, articles=3, gendered=3, person_tags=1)
    assert not_a_person_by_use(owned, several_words=True) is None
    assert not_a_person_by_use(replace(owned, gendered=0), several_words=True) is not None  # a shop's name


def test_a_towns_name_after_a_word_the_parser_tags_a_person_alone_is_a_persons_surname() -> None:
    data = rows("Zavonte Tulsa", 3)
    assert not resolve(data).persons["zavonte tulsa"].is_person  # as "Celebrate Tulsa", read by its look
    tagged = WordUse(capitalised=4, person_tags=3, opener_person_tags=1, articles=3)
    assert resolve(data, uses={"zavonte tulsa": tagged}).persons["zavonte tulsa"].is_person


def test_a_headlines_verb_after_a_title_is_no_given_name() -> None:
    # "Editor Calls Vasquell ..." in title case: the story says "called", so "Calls" is a verb
    text = 'Critic Editor Calls Vasquell A "Bore"\n\nThe editor called Vasquell a bore on the radio. Vasquell laughed.'
    assert person_written("Vasquell", text, lambda name: None) is None
    # a given name no list holds is still one there, even beside a word that merely opens like it
    text = "Photo: the photographer Zindo Vasquell. Vasquell zinged back and said so."
    assert person_written("Vasquell", text, lambda name: None) == ("zindo vasquell", "Zindo Vasquell")
