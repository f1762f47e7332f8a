"""The records the Python API returns: frozen dataclasses with ``to_dict()``.

Each is built from a store row with ``from_row``; a column a record does not
name yet (a newer store may add some) is kept in ``extra`` and comes back in
``to_dict()``, so JSON output never loses a field.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Self, TypeVar

__all__ = ["Actor", "Article", "City", "CityStance", "Evidence", "IngestSummary", "Person", "Quote", "Record",
           "Results", "Stance", "StoreInfo", "TextAnalysis"]

T = TypeVar("T")


@dataclass(frozen=True)
class Record:
    """Base of every record: ``to_dict()`` for JSON, ``from_row`` from a store row."""

    extra: dict[str, Any] = field(default_factory=dict, repr=False, compare=False, kw_only=True)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        """The record of a row; columns it does not name go to ``extra``."""
        names = _names(cls)
        known = {key: value for key, value in row.items() if key in names}
        return cls(**known, extra={key: value for key, value in row.items() if key not in names})

    def to_dict(self) -> dict[str, Any]:
        """The record as a plain dict (nested records too), its extra columns last."""
        out = {name: _plain(getattr(self, name)) for name in _names(type(self))}
        out.update(self.extra)
        return out


_NAMES: dict[type[Record], dict[str, None]] = {}


def _names(cls: type[Record]) -> dict[str, None]:
    """A record's field names but ``extra``, in their order (a dict, to ask about one quickly), read once."""
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = {f.name: None for f in fields(cls) if f.name != "extra"}
    return names


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) if isinstance(v, Record | list) else v for v in value]
    return value


class Results(list[T]):
    """A list of records; ``total`` is how many matched before a ``limit`` (``len`` when none was hit)."""

    def __init__(self, items: list[T], total: int | None = None) -> None:
        super().__init__(items)
        self.total: int = len(items) if total is None else total


@dataclass(frozen=True)
class Quote(Record):
    """One quote with its speaker: ``speaker`` is the canonical name, or the described source
    ("the agency"), None when unnamed; ``speaker_kind`` says which (person, organisation,
    description, pronoun-unresolved, none); ``speaker_mention`` the words the article used;
    ``start``/``end`` are offsets in the stored text."""

    id: int
    article: str
    article_id: str
    quote: str
    speaker: str | None
    speaker_kind: str | None
    speaker_mention: str | None
    cue: str | None
    kind: str
    start: int
    end: int
    date: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Person(Record):
    """One person merged across articles and spellings."""

    name: str
    role: str | None
    jurisdiction: str | None
    official: bool
    mentions: int
    quotes: int
    articles: int
    aliases: list[str]
    key: str


@dataclass(frozen=True)
class City(Record):
    """A US city the corpus names, linked to the gazetteer, with its stance label."""

    city: str
    state: str
    population: int | None
    mentions: int
    articles: int
    officials: int
    stance: str = "unclear"


@dataclass(frozen=True)
class Article(Record):
    """A stored article: ``id`` is a hash of its text, ``path`` the file it came from."""

    id: str
    path: str
    title: str | None
    outlet: str | None
    date: str | None
    words: int
    people: int
    quotes: int


@dataclass(frozen=True)
class Stance(Record):
    """One place's verdict: ``stance`` is resist, cooperate, mixed or unclear; ``score`` in [-1, 1].

    ``level`` is city or county; ``city`` holds the place's name at either level.
    """

    city: str
    state: str
    level: str
    stance: str
    score: float
    confidence: float
    evidence_count: int
    context: int
    articles: int
    latest: str | None


@dataclass(frozen=True)
class Actor(Record):
    """Someone who takes a position for or about a city, with their own stance from their own rows."""

    actor: str
    role: str | None
    voice: str
    stance: str
    score: float
    evidence: int


@dataclass(frozen=True)
class Evidence(Record):
    """A sentence or quote weighed in a city's stance; ``points`` is its share of the score."""

    text: str
    actor: str | None
    actor_role: str | None
    voice: str
    act: str | None  # what the actor does: refuse, limit, sue, honor, comply, repeal...
    target: str | None  # what the act is aimed at: enforcement or a protection
    status: str | None  # done, decided, promised, proposed, defeated, demanded or alleged by someone else
    polarity: float
    weight: float
    points: float
    cue: str | None
    kind: str
    article: str
    date: str | None
    start: int
    end: int


@dataclass(frozen=True)
class CityStance(Record):
    """One place's verdict with its actors, every evidence row, and its stance article by article."""

    city: str
    state: str
    level: str
    stance: str
    score: float
    confidence: float
    evidence_count: int
    resisting: int
    cooperating: int
    actors: list[Actor]
    evidence: list[Evidence]
    over_time: list[dict[str, Any]]

    @classmethod
    def from_answer(cls, answer: dict[str, Any]) -> CityStance:
        """The record of ``store.stances.city_stance``'s answer."""
        row = dict(answer)
        row["actors"] = [Actor.from_row(a) for a in row["actors"]]
        row["evidence"] = [Evidence.from_row(e) for e in row["evidence"]]
        return cls.from_row(row)


@dataclass(frozen=True)
class IngestSummary(Record):
    """What an ingest did: the articles stored (each a dict of its counts), skipped and failed."""

    store: str
    stored: list[dict[str, Any]]
    unchanged: int
    duplicates: int
    failed: int
    warnings: int
    words: int
    seconds: float
    problems: list[str]
    found: str | None = None  # when nothing was read: what the paths held, and why none of it was read


@dataclass(frozen=True)
class StoreInfo(Record):
    """Which store is in use and what it holds."""

    path: str
    chosen_by: str
    schema_version: int
    size_bytes: int
    counts: dict[str, int]
    last_ingest: str | None


@dataclass(frozen=True)
class TextAnalysis(Record):
    """What the extractors found in one text (``sanctuary_cli.analyze``), each item a plain dict."""

    entities: list[dict[str, Any]]
    cities: list[dict[str, Any]]
    people: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
