"""One article's Doc in, everything the extractors find out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.entities import extract_entities
from sanctuary_cli.extract.model import Analysis
from sanctuary_cli.extract.people import link_speakers
from sanctuary_cli.extract.people.people import extract_people
from sanctuary_cli.extract.places.cities import extract_cities
from sanctuary_cli.extract.quotes.quotes import extract_quotes
from sanctuary_cli.extract.stance.evidence import extract_evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc


def analyze(doc: Doc) -> Analysis:
    """Run every extractor over one parsed article, each feeding the next."""
    cities = extract_cities(doc)
    people = extract_people(doc, cities)
    quotes = extract_quotes(doc, people, cities)
    link_speakers(quotes, people)
    evidence = extract_evidence(doc, cities, people, quotes)
    return Analysis(
        entities=extract_entities(doc),
        cities=cities,
        people=people,
        quotes=quotes,
        evidence=evidence,
    )
