"""A city's name that stands for its airport: "delays at JFK, LaGuardia, and Newark. Newark is showing 618
cancellations". Named in a list beside airports that go by a name of their own, the name is the airport's,
and so is every bare mention of it in the story (one sense per story); "the Newark mayor" and "Newark, N.J."
stay the city."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.places.article import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Airports news names by a name no city bears: a city's name listed with one of them is an airport's too.
# Written for sanctuary from the airports' common names (MIT).
AIRPORT_NAMES = frozenset(
    {"JFK", "LaGuardia", "Laguardia", "Guardia", "LGA", "EWR", "O'Hare", "LAX", "Midway", "Dulles"}
)
LIST_SEPARATORS = frozenset({",", "and", "or", "&"})
LIST_REACH = 6  # tokens read either side of the name for the rest of its list


def airports_named(doc: Doc, found: list[Mention]) -> set[str]:
    """The keys of the names the article lists with an airport's own name ("JFK, LaGuardia, and Newark")."""
    return {m.key for m in found if m.qualifier is None and _listed_with_an_airport(doc, m)}


def _listed_with_an_airport(doc: Doc, mention: Mention) -> bool:
    """Whether airports' own names make half the other names of the list the name stands in or more ("JFK,
    LaGuardia, and Newark"; not "airports in Cleveland, Chicago, Denver, and Dulles", a list of cities, nor
    "Chicago O'Hare", an airport's whole name)."""
    before = _items(doc, range(mention.start - 1, max(-1, mention.start - 1 - LIST_REACH), -1))
    after = _items(doc, range(mention.end, min(len(doc), mention.end + LIST_REACH)))
    items = before + after
    airports = sum(1 for item in items if item & AIRPORT_NAMES)
    return airports > 0 and 2 * airports >= len(items)


def _items(doc: Doc, indices: range) -> list[set[str]]:
    """The other names of the list that runs from the name through these tokens, each the set of its words;
    a name that follows the mention with no separator between is part of it, not of a list."""
    items: list[set[str]] = []
    current: set[str] | None = None
    for i in indices:
        text = doc[i].text
        if text in LIST_SEPARATORS:
            if current:
                items.append(current)
            current = set()
            continue
        if not text[:1].isupper() or current is None:
            break
        current.add(text)
    if current:
        items.append(current)
    return items


def the_airport(mention: Mention, airports: set[str]) -> bool:
    """A bare mention of a name the article lists as an airport's (see :func:`airports_named`)."""
    return mention.key in airports and mention.qualifier is None and not mention.cued
