"""A surname alone standing for a work or a business named after its person, in one article."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from sanctuary_cli.extract.model import PersonRecord
from sanctuary_cli.extract.people.common import Mention, Person
from sanctuary_cli.extract.people.eponyms import drop_eponym_mentions
from sanctuary_cli.extract.people.names import split_name
from sanctuary_cli.extract.people.people import extract_people
from sanctuary_cli.extract.places.cities import extract_cities

if TYPE_CHECKING:
    from spacy.tokens import Doc

Parse = Callable[[str], "Doc"]


def mentions_of(parse: Parse, text: str, name: str) -> list[str]:
    """The article's mentions of one person, as written, with the two characters after each ("'s")."""
    doc = parse(text)
    people: dict[str, PersonRecord] = {p.name: p for p in extract_people(doc, extract_cities(doc))}
    assert name in people, f"{name} not in {sorted(people)}"
    return [text[start : end + 2].strip(' .,') for start, end in people[name].mentions]


def test_a_surname_written_as_a_shows_title_leaves_the_person(parse: Parse) -> None:
    text = (
        "The senator went to see Vantor: A New Musical on Friday night. The show retells the life of Ada Vantor, "
        "a nurse from Ohio. After the curtain, the cast of Vantor read him a statement. Vantor has sold out "
        "every night since March, and the cast of Vantor will tour next year."
    )
    assert mentions_of(parse, text, "Ada Vantor") == ["Ada Vantor"]
    # named once as the show, the surname alone stays hers
    once = "The senator saw the cast of Vantor on Friday. Ada Vantor, a nurse, was born in Ohio. Vantor died in 1990."
    assert len(mentions_of(parse, once, "Ada Vantor")) == 3


def test_a_surname_ending_lines_of_nominations_is_a_works_title(parse: Parse) -> None:
    text = (
        "The show retells the life of Ada Vantor, a nurse from Ohio. It earned eleven nominations on Tuesday."
        "\n\nBest Musical\nVantor\n\n"
        "Best Actor in a Musical\nBram Tessaly, Vantor\nOrrin Quell, Vantor\n\nBest Score\nMara Lindt, Vantor"
    )
    assert mentions_of(parse, text, "Ada Vantor") == ["Ada Vantor"]
    # a list of people's names by surname is no list of credits: "Tessaly, Vantor" opens no line with a full name
    roll = ("Ada Vantor, a nurse from Ohio, won the vote on Tuesday. Vantor thanked them.\n\nThe votes for her came"
            " from\nTessaly, Vantor\nQuell, Vantor")
    assert len(mentions_of(parse, roll, "Ada Vantor")) == 4


def test_a_surname_written_as_a_shops_name_leaves_the_person(parse: Parse) -> None:
    text = (
        "Morwen Tessly opened a bakery on Grand Street in 1936. Tessly thought a bagel shop could last. "
        "Today Tessly's is the last bakery of its kind on the block, and the line at Tessly's, which opens "
        "at six, reaches the corner. Tessly's bread sells out by noon."
    )
    assert not [m for m in mentions_of(parse, text, "Morwen Tessly") if m.endswith("'s")]


def test_a_persons_own_possessives_keep_the_surname_theirs(parse: Parse) -> None:
    # one possessive alone, possessives with their nouns, and before a quoted word: the person's own
    text = (
        "Council member Orla Brannick filed the bill on Monday. Brannick's bill would license street "
        "performers, and Brannick's staff said the plan was hers, not the mayor's. Critics called it "
        "unfair. Brannick said she would not back down. The idea was Brannick's. Brannick's \"bold\" plan "
        "and Brannick's \"fair\" rules passed."
    )
    assert len(mentions_of(parse, text, "Orla Brannick")) == 7



def test_a_shop_named_for_a_family_is_no_person(parse: Parse) -> None:
    # two Tesslys opened it, so "Tessly" alone is none of them: where its possessive stands alone twice
    # it is the shop, and a "person" of those mentions only is none
    text = (
        "Aldo Tessly and his brother Carlo Tessly opened a bakery in 1936. Tessly's was the first bakery on "
        "the block, and the chef who has worked at Tessly's for ten years says Tessly's bread sells out."
    )
    doc = parse(text)
    bare = [
        Mention(m.start(), m.end(), "Tessly", next(t.i for t in doc if t.idx == m.start()))
        for m in re.finditer(r"Tessly(?='s)", text)
    ]
    alone = Person(split_name("Tessly"), mentions=bare)
    full = Person(split_name("Aldo Tessly"), mentions=[Mention(0, 11, "Aldo Tessly", 1)])
    assert drop_eponym_mentions(doc, [full, alone]) == [full]
    # a person's own possessives, each with its noun, keep him
    own = "Aldo Tessly and Carlo Tessly spoke. Tessly's bakery and Tessly's bread won prizes."
    doc = parse(own)
    bare = [
        Mention(m.start(), m.end(), "Tessly", next(t.i for t in doc if t.idx == m.start()))
        for m in re.finditer(r"Tessly(?='s)", own)
    ]
    alone = Person(split_name("Tessly"), mentions=bare)
    assert drop_eponym_mentions(doc, [alone]) == [alone]


def test_a_surname_after_the_heading_its_phrase_is_a_venues_name(parse: Parse) -> None:
    text = (
        "The Quorvath (once the Quorvath Lounge) has reopened. The space, built for Orrin W. Quorvath in 1923, "
        "was an office and a jail. Quorvath himself chose the tiles. The Quorvath will pour cocktails daily, and "
        "The Quorvath closes late."
    )
    assert len(mentions_of(parse, text, "Orrin W. Quorvath")) == 2
