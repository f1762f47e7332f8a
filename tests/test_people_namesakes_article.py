"""Which of an article's namesakes a name is: a bare surname beside relatives, given names joined
by "and", names inside other names, and the speaker of a quote under a shared surname."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sanctuary_cli.extract.model import PersonRecord
from sanctuary_cli.extract.people.common import Mention
from sanctuary_cli.extract.people.people import extract_people
from sanctuary_cli.extract.places.cities import extract_cities
from sanctuary_cli.extract.quotes.quotes import extract_quotes

if TYPE_CHECKING:
    from spacy.language import Language


def people_of(nlp: Language, text: str) -> list[PersonRecord]:
    doc = nlp(text)
    return extract_people(doc, extract_cities(doc))


def mentions_of(people: list[PersonRecord], name: str) -> int:
    return sum(len(p.mentions) for p in people if p.name == name)


# (a story of namesakes; the one its bare surname is, and their mentions; another, and theirs)
NAMESAKES = {
    "a relative introduced as one": (
        "Governor Dana Whitcombe signed the state budget on Monday. The governor's father, Harold "
        "Whitcombe, held the same office decades ago. Whitcombe said the budget was balanced, and "
        "Whitcombe promised to veto any new spending.",
        ("Dana Whitcombe", 3), ("Harold Whitcombe", 1),
    ),
    "a namesake written by his given name": (
        "Police said Martin Verhoeven drove to the hospital on Sunday. Tomas Verhoeven, 9, had an "
        "asthma attack at home. Tomas had been coughing all morning, and Tomas could not breathe. "
        "Verhoeven said doctors tried for an hour.",
        ("Martin Verhoeven", 2), ("Tomas Verhoeven", 3),
    ),
    "a namesake written in full each time": (
        "The sketch opened with Senator Dorian Quarrick at a gala, and Lena Vos as Melisande Quarrick. "
        "Melisande Quarrick interjects, \"Let's sing!\" No, Quarrick isn't amused, and Quarrick leaves.",
        ("Dorian Quarrick", 3), ("Melisande Quarrick", 2),
    ),
    "past the paragraph, namesakes named alike: the one named first": (
        "Senator Dorian Quarrick dined in Midtown on Friday with his family: Tilda Quarrick and Bo Quarrick.\n\n"
        "Quarrick's spokeswoman said the dinner was private. A diner said Quarrick waved at the crowd.",
        ("Dorian Quarrick", 3), ("Bo Quarrick", 1),
    ),
}


@pytest.mark.parametrize("case", NAMESAKES, ids=list(NAMESAKES))
def test_a_bare_surname_is_the_namesake_the_story_writes_it_for(nlp: Language, case: str) -> None:
    text, (principal, times), (other, other_times) = NAMESAKES[case]
    people = people_of(nlp, text)
    assert (mentions_of(people, principal), mentions_of(people, other)) == (times, other_times)


def test_family_ties_are_read_before_and_after_a_name() -> None:
    from sanctuary_cli.extract.people.relatives import introduced_as_kin

    text = (
        "the governor's father, Bo Quillon, said; Ada Quillon, Jack's mother, said; Tova Quillon, the chef, "
        "said; the mayor and son Eli Quillon said; the boy's father, Max Quillon, said; and the father, Ned Quillon; "
        "with help from his Ida Quillon"
    )
    names = ("Bo Quillon", "Ada Quillon", "Tova Quillon", "Eli Quillon", "Max Quillon", "Ned Quillon", "Ida Quillon")
    at = {name: text.index(name) for name in names}
    kin = {name: introduced_as_kin(text, Mention(s, s + len(name), name, 0)) for name, s in at.items()}
    # a child's parent is the one a story about the child calls by surname: no relative to leave out
    assert kin == {
        "Bo Quillon": True, "Ada Quillon": True, "Tova Quillon": False,
        "Eli Quillon": True, "Max Quillon": False, "Ned Quillon": False, "Ida Quillon": True,
    }


def test_given_names_joined_by_and_share_the_surname(nlp: Language) -> None:
    text = (
        "Council leader Mark Ellison spoke first. Mark and Elena Brandvold say they will never "
        "leave the neighborhood."
    )
    people = people_of(nlp, text)
    names = {p.name for p in people}
    assert "Mark Brandvold" in names and "Elena Brandvold" in names
    assert mentions_of(people, "Mark Ellison") == 1


def test_given_names_joined_by_and_keep_a_title_or_a_given_name_the_story_uses_alone(nlp: Language) -> None:
    text = (
        "Prince Edmund and Clara Winslow waved from the balcony. Later that day, Ray Dunmore arrived. "
        "Ray and Janet Holloway are friends, and fans love Ray."
    )
    names = {p.name for p in people_of(nlp, text)}
    assert "Edmund Winslow" not in names
    assert "Ray Holloway" not in names


def test_a_given_name_after_an_indefinite_article_is_no_person(nlp: Language) -> None:
    text = (
        "Priya Castellane won a Tony for the role last year. Tony Marchetti, who directed the play, "
        "said the cast had rehearsed for months. Dora Allen wrote the play, and critics called it an "
        "Allen at her best."
    )
    people = people_of(nlp, text)
    assert mentions_of(people, "Tony Marchetti") == 1
    assert mentions_of(people, "Dora Allen") == 2  # her surname after "an" is still hers


def test_a_name_running_on_into_a_bridges_name_is_not_the_person(nlp: Language) -> None:
    from sanctuary_cli.extract.people.coordinated import runs_into_a_name

    doc = nlp("The Rolf Amberley Harbor Bridge was closed, and Rolf Amberley said on Sunday it was a shame.")
    first, second = (t.i for t in doc if t.text == "Amberley")
    assert runs_into_a_name(doc, first)
    assert not runs_into_a_name(doc, second)


def test_a_given_name_either_sex_bears_joins_its_one_bearer(nlp: Language) -> None:
    text = "Kim Norquist was robbed at gunpoint in her hotel room. Police said Kim was shaken but unhurt."
    people = people_of(nlp, text)
    assert mentions_of(people, "Kim Norquist") == 2
    assert "Kim" not in {p.name for p in people}


def test_a_surname_kept_apart_by_title_speaks_for_itself(nlp: Language) -> None:
    text = (
        "President Fenwick toured the car plant in Ohio on Tuesday. First Lady Mara Fenwick joined him "
        'on the floor. Fenwick said, "This factory is back on top."'
    )
    doc = nlp(text)
    cities = extract_cities(doc)
    quotes = extract_quotes(doc, extract_people(doc, cities), cities)
    assert [q.speaker for q in quotes] == ["Fenwick"]
