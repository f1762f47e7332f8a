"""Phrases that only place something by another place: "20 miles south of Eastvale", "a town near
Eastvale", "a suburb of Eastvale", "a city in Harlow County".

News locates a small place by a larger one it is near or inside. The larger
place is named, but it is not who acts: "Millbrook, a city about 20 miles
south of Eastvale, voted to join the 287(g) program" is Millbrook's vote
alone. A prepositional phrase is locative when its preposition says nearness
("near", "outside"), or it hangs on a word of direction, distance or position
("south of", "miles from", "up the road from", "a suburb of"), or it is the
"in" of a kind of place ("a city in Harlow County"; "the city of Eastvale"
names Eastvale itself).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

NEAR = frozenset({"near", "outside", "beyond", "nearby"})
# Words a "from" or "of" hangs on when it measures or points away from a place
MEASURES = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "mile", "miles", "kilometers", "kilometres", "km", "minutes", "hour", "hours", "drive", "ride",
    "road", "away", "up", "down", "across", "outskirts", "edge", "border", "shadow", "suburb", "suburbs",
})
# Kinds of place a larger place contains: "a city in Harlow County" (but "the city of Eastvale" names it)
PLACE_KINDS = frozenset({
    "city", "town", "township", "village", "borough", "suburb", "suburbs", "community", "communities",
    "municipality", "enclave", "hamlet",
})


def is_locative(preposition: Token) -> bool:
    """Whether a preposition opens a phrase that only places something by another place."""
    word = preposition.lower_
    if word in NEAR:
        return True
    head = preposition.head.lower_
    if word in {"of", "from"} and head in MEASURES:
        return True
    return word == "in" and head in PLACE_KINDS and preposition.head.i != preposition.i


def locative_tokens(tokens: Iterable[Token]) -> set[int]:
    """Token indices inside the locative phrases that open among the tokens."""
    found: set[int] = set()
    for token in tokens:
        if token.dep_ == "prep" and token.i not in found and is_locative(token):
            found.update(range(token.i, token.right_edge.i + 1))
    return found
