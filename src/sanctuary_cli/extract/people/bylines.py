"""A given name alone that is the story's own writer: the label of a chat its byline's writer speaks in.

A story told as a chat between two writers labels each line with its speaker's given name:

    Ada: the second season is the best
    Bram: no

In a story by "Ada Quillon", "Ada" so written is her, whoever else the store calls Ada. A label is
read only at a line's start, at least ``LABELS`` times, and only for a writer the byline names and the
store holds as a person: a chat partner the byline leaves out ("Bram") stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from sanctuary_cli.extract.people.comentions import Link
from sanctuary_cli.extract.people.names import person_key
from sanctuary_cli.extract.people.records import own_person

LABELS = 2  # lines a chat opens with its speaker's given name, at least
WRITERS = re.compile(r",\s*|\s+(?:and|&)\s+")  # "Ada Quillon and Bram Tessel", "Ada Quillon, Bram Tessel"


def writer_links(
    links: Iterable[Link], bylines: Mapping[str, str], texts: Mapping[str, str], named: Mapping[str, set[str]]
) -> dict[tuple[str, str], str]:
    """(article, key) of a given name alone still apart -> the person of the byline's writer it labels
    the chat lines of (see the module). ``named`` maps a name's key to the persons of that name."""
    moves: dict[tuple[str, str], str] = {}
    for link in links:
        byline, text = bylines.get(link.article), texts.get(link.article)
        if " " in link.key or link.role or not own_person(link.pid, link.key) or not byline or not text:
            continue
        writers = [w for w in _writers(byline) if person_key(w).split()[0] == link.key]
        if len(writers) != 1 or _labels(link.name, text) < LABELS:
            continue
        persons = named.get(person_key(writers[0]), set())
        if len(persons) == 1:
            moves[(link.article, link.key)] = next(iter(persons))
    return moves


def given_names_of(byline: str) -> set[str]:
    """The first words (keys) of the writers a byline names."""
    return {person_key(w).split()[0] for w in _writers(byline)}


def _writers(byline: str) -> list[str]:
    return [w for w in WRITERS.split(byline.strip()) if person_key(w)]


def _labels(word: str, text: str) -> int:
    """Lines the text opens with the word and a colon: a chat's speaker label ("Ada: no")."""
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(word)}:", text))
