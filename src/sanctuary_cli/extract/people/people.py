"""People and officials in one article.

Names come from the NER's PERSON mentions, from names written after a title
("Mayor Garcetti", which the NER often misses) and, once a person is known,
from their surname wherever it recurs ("Newsom", even when tagged ORG). Forms
of one name are merged: "Johnson" after "Brandon Johnson", "Healey" after
"Maura Healy", never "Johnston" into "Johnson" or "Donald Trump Jr." into
"Donald Trump".

Roles are read the way news writes them: a title before the name ("Illinois
Gov. JB Pritzker", "U.S. Sen. Rand Paul (R-Ky.)"), an appositive ("Tom Homan,
the administration's border czar"; "JB Pritzker, the governor of Illinois"),
a role phrase before the name ("Spokeswoman for Los Angeles Mayor Garcetti's
office, Connie Llanos"). The titles, their normal forms and their level of
government live in ``resources/roles.json``. A person is an official when a
government role is attached.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctuary_cli.extract.model import CityRecord, PersonRecord
from sanctuary_cli.extract.people.claims import claims_at, title_before
from sanctuary_cli.extract.people.cluster import add_surname_mentions, cluster, identifiable
from sanctuary_cli.extract.people.common import Person
from sanctuary_cli.extract.people.coordinated import read_in_context
from sanctuary_cli.extract.people.eponyms import drop_eponym_mentions
from sanctuary_cli.extract.people.gender import gender, vote_gender
from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.people.jurisdiction import best_claim, jurisdiction
from sanctuary_cli.extract.people.lone import apart_given_written_first
from sanctuary_cli.extract.people.lookup import find_person, resolve_role
from sanctuary_cli.extract.people.mentions import name_mentions, named_after_a_plural_title
from sanctuary_cli.extract.people.names import person_key, split_name
from sanctuary_cli.extract.people.nicknames import nickname_form
from sanctuary_cli.extract.people.ties import tie_names
from sanctuary_cli.extract.people.usage import written_as_an_animals
from sanctuary_cli.extract.places.cities import CityIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMMON_LAST_WORD = 3  # a name's last word written in lower case this often (and more than capitalised) is a word

__all__ = ["extract_people", "find_person", "resolve_role"]


def extract_people(doc: Doc, cities: Sequence[CityRecord]) -> list[PersonRecord]:
    """Every person the article names, merged across forms, with role, jurisdiction and gender."""
    if len(doc) == 0:
        return []
    cities = CityIndex(cities)
    mentions = read_in_context(doc, name_mentions(doc, cities))
    titles = {m.start: t.role for m in mentions if (t := title_before(doc, m, cities)) is not None}
    people = apart_given_written_first(cluster(doc, mentions, titles))
    add_surname_mentions(doc, people, cities)
    people = drop_eponym_mentions(doc, people)
    people = tie_names(doc, people)  # "Ada T., aka Ada Quillon": one person
    for person in people:
        for mention in person.mentions:
            person.claims.extend(claims_at(doc, mention, cities))
    text = doc.text
    people = [
        p for p in people
        if identifiable(p, titles) and not _event_word(p, text) and not _a_pet(p, text) and not _common_words(p, text)
    ]
    vote_gender(doc, people)
    records = []
    for person in people:
        record = _record(doc, person, people, cities)
        record.gender = gender(person)
        records.append(record)
    return records


def _event_word(person: Person, text: str) -> bool:
    """A lone word the article also writes after a plural title ("Governors Ball"): an event's name."""
    return not person.parts.full and named_after_a_plural_title(text, person.mentions[0].text)


def _a_pet(person: Person, text: str) -> bool:
    """A name of several words whose last word the article writes as an animal's ("Orrin the
    tortoise", "her dog Orrin"): a pet's name with a word before it ("Easter Orrin"), not a person
    (no one's surname is written as an animal's in the story that names him)."""
    words = _longest_form(person)
    return len(words) > 1 and written_as_an_animals(words[-1], text)


def _common_words(person: Person, text: str) -> bool:
    """A name of several words, opening with no given name, whose last word the article writes in lower case as
    prose ``COMMON_LAST_WORD`` times or more, and more often than capitalised: a dish, a bar or a policy ("Kale
    Salad" in a story that orders "the kale salad", "Monkey Bar", "Travel Ban"), not a person. A surname that is a
    common word, "Ada Glass" beside "glass", opens with a given name: such a name is a thing only where every
    time the article writes it a capitalised word follows ("Floyd Beer Cheese" in a story of beer cheese), and
    then however often the longer names write the word capitalised ("Beer Cheese", "Beer & Cheese")."""
    words = _longest_form(person)
    if len(words) < 2 or not words[-1].isalpha():
        return False
    longer = _always_before_a_name(" ".join(words), text)
    if known_given_name(words[0]) and not longer:
        return False
    last = words[-1]
    # in prose, not a web address or a handle ("jerry-seinfeld", "@quillon")
    lower = len(re.findall(rf"(?<![\w/@#.-]){re.escape(last.lower())}(?![\w/@-])", text))
    return lower >= COMMON_LAST_WORD and (longer or lower > len(re.findall(rf"\b{re.escape(last)}\b", text)))


def _always_before_a_name(form: str, text: str) -> bool:
    """Whether a capitalised word follows the form every time the text writes it: part of a longer name."""
    after = [m.end() for m in re.finditer(rf"\b{re.escape(form)}\b", text)]
    return bool(after) and all(re.match(r"[ \t]+[A-Z]", text[at : at + 3]) for at in after)


def _longest_form(person: Person) -> list[str]:
    """The words of the longest form the article writes the person's name in."""
    return max((m.text for m in person.mentions), key=len).split()


def _by_its_nickname(form: str, person: Person) -> bool:
    given = split_name(form).given
    return bool(given) and given[0] in person.nicknames


def _record(doc: Doc, person: Person, people: list[Person], cities: CityIndex) -> PersonRecord:
    """The person's record: canonical name, aliases, the best-supported role."""
    forms = [m.text for m in person.mentions]
    counts, first_seen = Counter(forms), {f: -i for i, f in reversed(list(enumerate(forms)))}
    # not a name written after "born", nor the nickname the name was written with ("Whitey Kastellan")
    current = [f for f in forms if f not in person.former_names and not _by_its_nickname(f, person)] or forms
    # of full names written as often, the one whose given name the story writes alone ("Michele"), then the first
    name = max(current, key=lambda f: (len(f.split()), counts[f], counts[f.split()[0]], first_seen[f]))
    nicknamed = {form for m in person.mentions if (form := nickname_form(m)) is not None}
    aliases = sorted({f for f in forms if f != name} | nicknamed)
    record = PersonRecord(
        name=name, aliases=aliases, mentions=[(m.start, m.end) for m in person.mentions], key=person_key(name)
    )
    claim = best_claim(person.claims)
    if claim is None:
        return record
    record.role = claim.role
    record.official = claim.level != "none" and claim.governmental
    if record.official:
        record.jurisdiction = jurisdiction(doc, claim, person, people, cities)
    return record
