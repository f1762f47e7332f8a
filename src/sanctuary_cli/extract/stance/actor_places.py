"""The place an actor's phrase names as its own, and whether the phrase is a place or its government.

"Tessel police", "police in Tessel" and "Tessel, Ore., officials" are Tessel's: the city hangs right
off the actor's words, or is written as "City, State," just before them, where parsers seldom hang it.
"Tessel", "Tessel officials" and "towns like Tessel and Eastvale" are places or their governments;
"advocates in Tessel" are people of the place, not its government.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanctuary_cli.extract.model import CityRecord
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.stance.mentions import Mentions
from sanctuary_cli.extract.stance.subjects import MAX_CLIMB
from sanctuary_cli.extract.stance.voices import TITLE_REACH

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_PLACE_DEPTH = 2  # "Chicago police", "Police in Denver": the place hangs right off the actor
# "Eugene, Ore., officials": a city and its state, each followed by a comma, right before the actor
PREPOSED_PLACE = re.compile(
    r"(?P<city>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}), (?P<state>[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?), $"
)
CITY_WORDS = frozenset({"city", "county", "municipal", "town", "village"})
EXAMPLE_PREPOSITIONS = frozenset({"like", "including", "as"})  # "cities like Denver", "such as Denver"
# Nouns that make a phrase naming a place its government ("Eugene officials"); "advocates in
# Eugene" or "a judge in Eugene" are people of the place, not its government
GOVERNMENT_NOUNS = CITY_WORDS | {
    "cities", "towns", "counties", "villages", "township", "townships", "municipality", "municipalities",
    "boroughs", "one",
    "officials", "official", "leaders", "authorities", "administration", "government", "governments", "hall",
    "officers", "staff", "employees", "agencies", "departments", "department", "jurisdiction", "town", "borough",
}


def _depth_below(token: Token, head: Token) -> int:
    """Dependency steps from a token up to the phrase head (large when not below it)."""
    depth = 0
    while token.i != head.i and depth <= MAX_CLIMB:
        if token.head.i == token.i:
            return MAX_CLIMB + 1
        token = token.head
        depth += 1
    return depth


def own_place(index: Mentions, tokens: tuple[int, ...], head: Token) -> CityRecord | None:
    """A city that belongs to the actor itself ("Chicago police", "Police in Denver", "Eugene,
    Oregon, officials")."""
    for i in tokens:
        token = index.doc[i]
        if _depth_below(token, head) > MAX_PLACE_DEPTH:
            continue
        named = index.cities_in_tokens((i,))
        if named:
            return named[0]
    return _preposed_place(index, index.doc[min(tokens)] if tokens else head)


def _preposed_place(index: Mentions, first: Token) -> CityRecord | None:
    """The city of a "City, State," written right before the actor's phrase: "Eugene, Ore.,
    officials refuse ...", which parsers seldom hang on the phrase itself."""
    match = PREPOSED_PLACE.search(index.text[max(0, first.idx - TITLE_REACH) : first.idx])
    if match is None or gazetteer.state_code(match.group("state")) is None:
        return None
    end = first.idx - (len(match.group(0)) - match.end("city"))
    named = index.cities_between(end - len(match.group("city")), end)
    return named[-1] if named else None


def headed_by_place(head: Token, index: Mentions) -> bool:
    """Whether a phrase is a place or its government: "Eugene", "Eugene officials", "enclaves like
    Eugene and Salem" (the places are the examples), not "advocates in Eugene"."""
    if head.lower_ in GOVERNMENT_NOUNS or index.cities_in_tokens((head.i,)):
        return True
    examples = [child for child in head.children if child.dep_ == "prep" and child.lower_ in EXAMPLE_PREPOSITIONS]
    return any(index.cities_in_tokens(tuple(range(child.i, child.right_edge.i + 1))) for child in examples)
