"""Where an article mentions its places and people: lookups by character offset, by bisection."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sanctuary_cli.extract import docindex
from sanctuary_cli.extract.model import CityRecord, PersonRecord
from sanctuary_cli.extract.places.counties import CountyRecord
from sanctuary_cli.extract.stance.lexicon import StanceLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

LOOKBACK_MENTIONS = 200  # place mentions read back for "the city" or "the sheriff"
DOMINANT = 2  # the main city is the article's city when named this many times more than the next
LONGEST_NAME = 100  # characters: no city mention is longer


@dataclass
class Mentions:
    """Where an article mentions its cities, counties and people, and its main city and county.

    Token offsets, sentences and the text come from the shared per-document
    index (:mod:`sanctuary_cli.extract.docindex`); this adds the places and
    people the extractors found, sorted for bisection.
    """

    doc: Doc
    cities: Sequence[CityRecord]
    people: Sequence[PersonRecord]
    lexicon: StanceLexicon
    counties: Sequence[CountyRecord] = ()
    city_spans: list[tuple[int, int, CityRecord]] = field(default_factory=list)
    person_spans: list[tuple[int, int, PersonRecord]] = field(default_factory=list)
    city_names: dict[str, CityRecord] = field(default_factory=dict)
    main_city: CityRecord | None = None
    main_county: CountyRecord | None = None
    dominant_city: CityRecord | None = None  # the main city when it is named far more than any other
    sentence_starts: list[int] = field(default_factory=list)
    text: str = ""  # doc.text, which spaCy rebuilds on every access

    def __post_init__(self) -> None:
        self.doc_index = docindex.index(self.doc)
        self.text = self.doc_index.text
        self.sentence_starts = self.doc_index.sentence_chars
        self._index_places()
        for person in self.people:
            self.person_spans.extend((start, end, person) for start, end in person.mentions)
        self.person_spans.sort(key=lambda item: item[0])
        counts = Counter({city.city: len(city.mentions) for city in self.cities})
        if counts:
            top = counts.most_common(1)[0][0]
            self.main_city = next(city for city in self.cities if city.city == top)
        ranked = counts.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] >= DOMINANT * ranked[1][1]):
            self.dominant_city = self.main_city
        self.main_county = max(self.counties, key=lambda county: len(county.mentions), default=None)

    def _index_places(self) -> None:
        """Place mentions sorted by offset; a city's mention inside a county's name is the county's."""
        text = self.text
        county_spans = sorted((start, end, county) for county in self.counties for start, end in county.mentions)
        county_starts = [start for start, _, _ in county_spans]
        for city in self.cities:
            self.city_names.setdefault(city.city.casefold(), city)
            for start, end in city.mentions:
                at = bisect.bisect_right(county_starts, end) - 1
                if at >= 0 and county_spans[at][1] > start:
                    continue  # "Orange" of "Orange County", "San Francisco" of "San Francisco's sheriff"
                self.city_spans.append((start, end, city))
                self.city_names.setdefault(text[start:end].casefold(), city)
        self.city_spans.extend(county_spans)
        for county in self.counties:
            self.city_names.setdefault(county.city.casefold(), county)
            for start, end in county.mentions:
                self.city_names.setdefault(text[start:end].casefold(), county)
        for abbreviation, name in self.lexicon.police_abbreviations.items():
            if name.casefold() in self.city_names:
                self.city_names.setdefault(abbreviation.casefold(), self.city_names[name.casefold()])
        self.city_spans.sort(key=lambda item: item[0])

    def cities_between(self, start: int, end: int) -> list[CityRecord]:
        """Cities with a mention overlapping the character range, in text order, each once."""
        found: list[CityRecord] = []
        first = bisect.bisect_left(self.city_spans, start - LONGEST_NAME, key=lambda item: item[0])
        for at in range(first, len(self.city_spans)):
            mention_start, mention_end, city = self.city_spans[at]
            if mention_start >= end:
                break
            if mention_end > start and city not in found:
                found.append(city)
        return found

    def cities_in_tokens(self, tokens: Sequence[int]) -> list[CityRecord]:
        """Cities named by the tokens, police initials ("NYPD") included."""
        found: list[CityRecord] = []
        for i in tokens:
            token = self.doc[i]
            named = self.cities_between(token.idx, token.idx + len(token))
            initials = self.city_names.get(token.text.casefold()) if token.text.isupper() else None
            for city in [*named, *([initials] if initials else [])]:
                if city not in found:
                    found.append(city)
        return found

    def city_named(self, name: str | None) -> CityRecord | None:
        """The article's city by a name it goes by ("Chicago", "New York")."""
        return self.city_names.get(name.casefold()) if name else None

    def cities_in_text(self, text: str) -> list[CityRecord]:
        """Cities whose names occur in a short text (a speaker description)."""
        folded = f" {text.casefold()} "
        found: list[CityRecord] = []
        for name, city in self.city_names.items():
            named = any(f" {name}{end}" in folded for end in (" ", "'", "’"))
            if named and city not in found:
                found.append(city)
        return found

    def city_before(self, position: int, county: bool = False) -> CityRecord | None:
        """The last city (or county) mentioned before a character position, else the main one."""
        index = bisect.bisect_right(self.city_spans, position, key=lambda item: item[0])
        for at in range(index - 1, max(-1, index - 1 - LOOKBACK_MENTIONS), -1):
            _, mention_end, city = self.city_spans[at]
            if mention_end <= position and isinstance(city, CountyRecord) == county:
                return city
        return self.main_county if county else self.main_city

    def city_nearby(self, position: int) -> CityRecord | None:
        """The city an unplaced actor ("the police", "the council") belongs to: one named in this
        sentence or the two before it, else the article's city when one city dominates it."""
        sentence = bisect.bisect_right(self.sentence_starts, position) - 1
        floor = self.sentence_starts[max(0, sentence - 2)] if self.sentence_starts else 0
        index = bisect.bisect_right(self.city_spans, position, key=lambda item: item[0])
        for at in range(index - 1, -1, -1):
            start, mention_end, city = self.city_spans[at]
            if start < floor:
                break
            if mention_end <= position and not isinstance(city, CountyRecord):
                return city
        return self.dominant_city

    def person_covering(self, start: int, end: int) -> PersonRecord | None:
        """The person one of whose mentions overlaps the character range."""
        index = bisect.bisect_left(self.person_spans, end, key=lambda item: item[0])
        for at in range(index - 1, -1, -1):
            _, mention_end, person = self.person_spans[at]
            if mention_end > start:
                return person
            if mention_end <= start - 200:  # mentions are short; stop looking far back
                break
        return None

    def person_before(self, position: int, gender: str | None) -> PersonRecord | None:
        """The person a pronoun at ``position`` most likely stands for.

        The nearest sentence (the pronoun's own, then up to three before it)
        with a person of fitting gender decides; within it a person in
        subject position wins over others, else the last one named.
        """
        sentence = bisect.bisect_right(self.sentence_starts, position) - 1
        for k in range(sentence, max(-1, sentence - 4), -1):
            low = self.sentence_starts[k] if k >= 0 else 0
            high = position if k == sentence else self.sentence_starts[k + 1]
            first = bisect.bisect_left(self.person_spans, low, key=lambda item: item[0])
            found = []
            for at in range(first, len(self.person_spans)):
                start, end, person = self.person_spans[at]
                if start >= high:
                    break
                if gender is None or person.gender in {None, gender}:
                    found.append((start, end, person))
            if found:
                subjects = [item for item in found if self._is_subject(item[0], item[1])]
                return (subjects[0] if subjects else found[-1])[2]
        return None

    def _is_subject(self, start: int, end: int) -> bool:
        span = self.doc_index.span(start, end)
        return span is not None and len(span) > 0 and span.root.dep_ in {"nsubj", "nsubjpass"}
