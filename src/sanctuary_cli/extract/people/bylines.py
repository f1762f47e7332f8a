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
    links: Iterable[Link], writers: Mapping[str, list[str]], texts: Mapping[str, str], named: Mapping[str, set[str]]
) -> dict[tuple[str, str], str]:
    """(article, key) of a given name alone still apart -> the person of the byline's writer it labels
    the chat lines of (see the module). ``writers`` maps an article to the writers its byline names (see
    :func:`writers_of`), ``named`` a name's key to the persons of that name."""
    moves: dict[tuple[str, str], str] = {}
    for link in links:
        text = texts.get(link.article)
        if " " in link.key or link.role or not own_person(link.pid, link.key) or not text:
            continue
        same = [w for w in writers.get(link.article, ()) if given_key(w) == link.key]
        if len(same) != 1 or _labels(link.name, text) < LABELS:
            continue
        persons = named.get(person_key(same[0]), set())
        if len(persons) == 1:
            moves[(link.article, link.key)] = next(iter(persons))
    return moves


def writers_of(byline: str) -> list[str]:
    """The writers a byline names: "Ada Quillon and Bram Tessel" -> both names."""
    return [w for w in WRITERS.split(byline.strip()) if person_key(w)]


def given_key(writer: str) -> str:
    """The key of a writer's given name, as a one-word row's key writes it: "Ada Quillon" -> "ada"."""
    return person_key(writer).split()[0]


def _labels(word: str, text: str) -> int:
    """Lines the text opens with the word and a colon: a chat's speaker label ("Ada: no")."""
    return len(re.findall(rf"(?m)^[ \t]*{re.escape(word)}:", text))
