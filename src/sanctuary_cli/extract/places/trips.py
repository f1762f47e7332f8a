"""The two ends of a trip ("from Newark to San Francisco", "between Trenton and Camden"): far apart as often as
not, so neither end, nor a state written at the other end, tells where the other lies."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import MAX_STATE_TOKENS, Mention, is_city_state_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def mark_trips(doc: Doc, mentions: list[Mention]) -> None:
    """ "flight 1579 from Newark to San Francisco", "a bus between Trenton and Camden": the two names are the
    ends of a trip, far apart as often as not, so neither tells where the other lies."""
    for first, second in itertools.pairwise(mentions):
        if first.start == 0 or second.start != first.end + 1:
            continue
        opener, joint = doc[first.start - 1].lower_, doc[first.end].lower_
        if (opener, joint) in {("from", "to"), ("between", "and")}:
            first.trip_ends.add(second.key)
            second.trip_ends.add(first.key)
    for mention in mentions:
        mention.trip_states.update(_states_at_the_other_end(doc, mention))


def _states_at_the_other_end(doc: Doc, mention: Mention) -> set[str]:
    """ "the ride from Newark to NY", "moved from Texas to Austin": a state at a trip's other end is where
    the trip goes to or comes from, so it does not tell the name's own state."""
    found: set[str] = set()
    if mention.start > 0 and doc[mention.start - 1].lower_ == "from" and mention.end < len(doc) and (
        doc[mention.end].lower_ == "to"
    ):
        found.update(_state_in(doc[mention.end + 1 : mention.end + 1 + MAX_STATE_TOKENS]))
    if mention.start > 1 and doc[mention.start - 1].lower_ == "to":
        i = mention.start - 2
        while i >= 0 and mention.start - i <= MAX_STATE_TOKENS + 1 and doc[i].lower_ != "from":
            i -= 1
        if i >= 0 and doc[i].lower_ == "from":
            found.update(_state_in(doc[i + 1 : mention.start - 1]))
    return found


def _state_in(words: Span) -> set[str]:
    """The state the words begin with, spelled or abbreviated (not a name a big city shares)."""
    for size in range(min(MAX_STATE_TOKENS, len(words)), 0, -1):
        text = words[:size].text
        code = gazetteer.state_code(text)
        if code is not None and not is_city_state_name(text):
            return {code}
    return set()
