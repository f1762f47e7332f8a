"""A place name that stands for an event that happened there: "the 1995 Tulsa bombing", "not a device like
Tulsa", "the worst attack since Tulsa". The words are the lexicon ``event_cues.json``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sanctuary_cli.extract import docindex
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import Mention
from sanctuary_cli.resources import phrase_words, read_json

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class EventCues:
    """The lists of ``event_cues.json`` (see its ``_notes``)."""

    event_after: frozenset[str]
    event_words: tuple[tuple[str, ...], ...]
    comparison_before: frozenset[str]
    place_nouns: frozenset[str]


@cache
def event_cues() -> EventCues:
    data = read_json("event_cues.json")
    return EventCues(
        event_after=frozenset(data["event_after"]),
        event_words=phrase_words(data["event_words"]),
        comparison_before=frozenset(data["comparison_before"]),
        place_nouns=frozenset(data["place_nouns"]),
    )


def before_an_event_noun(doc: Doc, mention: Mention) -> bool:
    """ "Tulsa bombing survivors", "the 1921 Tulsa massacre": a bare name right before a noun of a notorious
    event names the event ("a Tulsa, Okla., bombing" is written with its state and stays the place)."""
    if mention.qualifier is not None or mention.cued:
        return False
    return mention.end < len(doc) and doc[mention.end].lower_ in event_cues().event_after


def compared_with_an_event(doc: Doc, mention: Mention) -> bool:
    """ "not a device like Tulsa", "the deadliest blast since Tulsa", "another Tulsa": a bare name after a word
    of comparison, alone (no list of places: "cities like Tulsa and Omaha"), in a sentence of attacks."""
    if mention.qualifier is not None or mention.cued or mention.start == 0:
        return False
    before = doc[mention.start - 1]
    if before.lower_ not in event_cues().comparison_before:
        return False
    if before.lower_ == "like" and mention.start >= 2 and doc[mention.start - 2].lower_ in event_cues().place_nouns:
        return False  # "cities like Tulsa": places
    if any(t.text[:1].isupper() for t in doc[mention.end - 1].conjuncts):
        return False
    return in_a_sentence_of_attacks(doc, mention.start)


def in_a_sentence_of_attacks(doc: Doc, i: int) -> bool:
    """Whether token ``i``'s sentence holds a word of attacks (``event_words``)."""
    where = docindex.index(doc)
    start, end = where.sentence_bounds(where.sentence_of(i))
    words = [t.lower_ for t in doc[start:end]]
    phrases = event_cues().event_words
    return any(tuple(words[n : n + len(p)]) == p for n in range(len(words)) for p in phrases)


def events_named(doc: Doc, found: list[Mention]) -> set[str]:
    """The names the article writes as an event's ("the Tulsa bombing", "a device like Tulsa"); a name news gives
    a big city first ("NYC", "New York") is the city whatever happened there."""
    return {
        m.key
        for m in found
        if m.key not in gazetteer.city_aliases() and (before_an_event_noun(doc, m) or compared_with_an_event(doc, m))
    }


def the_event(doc: Doc, mention: Mention, events: set[str]) -> bool:
    """A mention of a name the article writes as an event's that is the event: one so written, or a bare one in
    a sentence of attacks ("Survivors of Tulsa met again, years after the bomb"); "flew home to Tulsa" stays
    the city."""
    if mention.key not in events:
        return False
    if before_an_event_noun(doc, mention) or compared_with_an_event(doc, mention):
        return True
    return mention.qualifier is None and not mention.cued and in_a_sentence_of_attacks(doc, mention.start)
