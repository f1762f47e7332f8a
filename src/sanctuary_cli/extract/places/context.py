"""Words around a place name that show it names something else: a street corner, a person."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

ORDINAL_STREET = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
SPEECH_VERBS = frozenset(
    {"said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "explained", "claimed",
     "insisted", "recalled", "admitted"}
)


def street_corner(doc: Doc, start: int, end: int) -> bool:
    """ "at Lexington and 86th", "between Park and Lexington", "72nd & Columbus": an avenue at a corner."""
    before = doc[max(0, start - 3) : start]
    after = doc[end : end + 3]
    if any(ORDINAL_STREET.match(t.text) for t in [*before, *after]) and any(
        t.lower_ in {"and", "&"} for t in [*before[-1:], *after[:1]]
    ):
        return True
    return len(before) > 0 and before[-1].lower_ in {"and", "&"} and start >= 3 and (
        doc[start - 3].lower_ == "between"
    )


def used_as_a_person(doc: Doc, start: int, end: int) -> bool:
    """ "Houston told the Daily News", "Tyler and his sister": a place name used as a person's."""
    head = doc[end - 1]
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lower_ in SPEECH_VERBS and head.head.i == end:
        return True
    following = [t.lower_ for t in doc[end : end + 3]]
    return following[:2] in (["and", "his"], ["and", "her"]) or following[:1] in (["his"], ["her"])
