"""What the extractors find in one article.

Every offset is a character offset into the text the spaCy ``Doc`` was made
from (the cleaned article body). The ingest maps them back to the stored text.
These records are plain dataclasses so they pickle across worker processes and
Ray actors, and turn into rows without any spaCy import.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EntityRecord:
    """A named-entity mention as the NER saw it."""

    label: str  # GPE, PERSON, ORG, NORP, DATE
    text: str
    start: int
    end: int


@dataclass
class CityRecord:
    """A US city the article speaks of, linked to the gazetteer."""

    city: str  # gazetteer name, e.g. "New York City", "Washington"
    state: str  # two-letter code, e.g. "NY", "DC"
    population: int | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    # The name as looked up ("lawrence") when nothing in the article placed it (no state, agency, nearby
    # place): the reading of the name alone, which the corpus's own centre of gravity may revise.
    loose_name: str | None = None


@dataclass
class PersonRecord:
    """One person within one article, all surface forms merged."""

    name: str  # canonical: the fullest form of the name, titles stripped
    aliases: list[str] = field(default_factory=list)  # every surface form seen
    role: str | None = None  # normalised title: "Mayor", "Governor", "border czar"
    jurisdiction: str | None = None  # "Chicago", "Illinois", "United States"
    official: bool = False  # a government role is attached
    gender: str | None = None  # "m", "f" or None, for pronoun resolution
    mentions: list[tuple[int, int]] = field(default_factory=list)
    key: str = ""  # the name's person key ("donald trump"), written during extraction


@dataclass
class QuoteRecord:
    """A quoted statement or fragment with its speaker."""

    start: int  # the quoted words, marks excluded
    end: int
    text: str
    kind: str  # "statement" or "partial"
    speaker: str | None  # canonical person name, a described role, or None
    speaker_mention: str | None  # the words the article used ("he", "the mayor")
    cue: str | None  # the attribution cue ("said", "told", "according to", ":")
    speaker_key: str | None = None  # the person key of the speaker, when the speaker is a person of the article
    # what the speaker is: person, organisation, description, pronoun-unresolved or none
    # (None: not said, read as a person when a speaker is named)
    speaker_kind: str | None = None


@dataclass
class EvidenceRecord:
    """A sentence or quote tying a city to a position on federal enforcement."""

    city: str
    state: str
    text: str
    start: int
    end: int
    actor: str | None  # who takes the position (canonical name or body)
    actor_role: str | None  # "Mayor", "City Council", "Governor", ...
    voice: str  # "city" (speaks for the city government), "local" (a dissenting
    # local voice), "state", "federal" (pressure: context only), "other"
    polarity: float  # > 0 resists, < 0 cooperates
    weight: float  # how much this row counts toward the city's score (0 = context)
    cue: str  # the lexicon cue that fired
    kind: str  # "sentence" or "quote"
    level: str = "city"  # the place's level: "city" or "county"
    act: str | None = None  # what the actor does: "refuse", "sue", "sign", "repeal", ...
    target: str | None = None  # what the act is aimed at: "enforcement", "protection", ...
    status: str | None = None  # "done", "promised", "proposed", "defeated", "demanded", "alleged"


@dataclass
class Analysis:
    """Everything extracted from one article."""

    entities: list[EntityRecord] = field(default_factory=list)
    cities: list[CityRecord] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    evidence: list[EvidenceRecord] = field(default_factory=list)
