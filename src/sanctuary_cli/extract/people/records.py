"""The records of one person across articles: the store's rows, the corpus persons, and the links between them."""

from __future__ import annotations

from dataclasses import dataclass, field

from sanctuary_cli.extract.people.names import SUFFIXES


@dataclass(frozen=True)
class PersonRow:
    """One person of one article, as the store holds it."""

    article_id: str
    key: str
    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    date: str | None = None  # ISO date of the article, if known
    gender: str | None = None  # "m" or "f" when the article refers to the person as "he" or "she"
    mentions: int = 0  # how often the article names the person


@dataclass(frozen=True)
class CorpusPerson:
    """A person across the corpus."""

    id: str  # the key of its main full name (or of the short form kept apart)
    name: str  # canonical name
    surname: str  # the group it was resolved in
    is_person: bool = True
    note: str | None = None  # why a short form stayed apart, or why this is no person


@dataclass(frozen=True)
class GivenUse:
    """A full name of the store that opens with a one-word key's word ("Kanye West" for "kanye")."""

    key: str  # the full name's key
    person: str  # the corpus person it is
    articles: int
    called_so: int = 0  # of a clipped use ("walter white" for "walt"): its articles writing the word for its person


@dataclass
class Resolution:
    """Which corpus person each (article, key) row is, and the persons."""

    links: dict[tuple[str, str], str] = field(default_factory=dict)
    persons: dict[str, CorpusPerson] = field(default_factory=dict)


def own_person(pid: str, key: str) -> bool:
    """Whether a row's person id is its one-word form's own, no full name's: the form itself ("ada") or
    one story's or one show's of it ("ada#a-1")."""
    return pid == key or pid.startswith(f"{key}#")


def surname_of(key: str) -> str:
    """The group a person key is resolved in: its last word that is not a suffix."""
    words = [w for w in key.split() if w not in SUFFIXES]
    return words[-1] if words else key
