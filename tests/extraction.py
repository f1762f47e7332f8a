"""What the extractors find in one invented text, read as the tests compare it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.people import extract_people
from sanctuary_cli.extract.places.cities import extract_cities

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sanctuary_cli.extract.model import PersonRecord

Parse = Callable[[str], "Doc"]


def cities_of(parse: Parse, text: str) -> set[tuple[str, str]]:
    """The (city, state) pairs the text names."""
    return {(c.city, c.state) for c in extract_cities(parse(text))}


def people_by_name(parse: Parse, text: str) -> dict[str, PersonRecord]:
    """The people the text names, by the name each goes by."""
    doc = parse(text)
    return {p.name: p for p in extract_people(doc, extract_cities(doc))}
