"""A state name news also uses for a big city in another state ("Washington"), read as the state all through
an article that writes it so and never names the city otherwise.

"Last night I learned that my license from the state of Washington is being revoked", then "Washington has
revoked his license" and "Washington law requires": with no "D.C." anywhere, the bare name is the state each
time. An article that also writes "D.C." (or "Washingtonians") keeps reading the bare name mention by mention.
A city inside the state of its name ("New York") is left to each mention: the state's story is often the
city's too ("70,000 members in New York" beside "New York State law").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sanctuary_cli.extract.places import gazetteer


def read_as_states(text: str, is_city_state_name: Callable[[str], bool]) -> frozenset[str]:
    """The keys of the city-state names (those ``is_city_state_name`` holds) the text writes as the state
    ("the state of Washington", "Washington State") and never by another name of the city ("D.C.",
    "Washingtonians")."""
    found = set()
    for name in _city_state_names(is_city_state_name):
        if _city_in_its_state(name):
            continue
        if not re.search(rf"\bstate of {re.escape(name)}\b|\b{re.escape(name)} state\b", text, re.IGNORECASE):
            continue
        if not any(re.search(rf"(?<!\w){re.escape(mark)}(?!\w)", text, re.IGNORECASE) for mark in _city_marks(name)):
            found.add(name)
    return frozenset(found)


@cache
def _city_state_names(is_city_state_name: Callable[[str], bool]) -> tuple[str, ...]:
    """The keys of the state names news also uses for a big city ("new york", "washington")."""
    return tuple(sorted(gazetteer.key(name) for name in gazetteer.state_names() if is_city_state_name(name)))


@cache
def _city_in_its_state(name: str) -> bool:
    """Whether the big city a state's name also means lies in that state ("New York"; not "Washington")."""
    city = _city_of(name)
    codes = {gazetteer.key(state): code for state, code in gazetteer.state_names().items()}
    return city is None or city[1] == codes.get(name)


def _city_of(name: str) -> tuple[str, str] | None:
    """The big city a state's name also means, as (gazetteer name, state code)."""
    aliases = gazetteer.city_aliases()
    return aliases.get(name) or next(((p.name, p.state) for p in gazetteer.places_by_name().get(name, ())), None)


@cache
def _city_marks(name: str) -> tuple[str, ...]:
    """The other names of the big city a state's name also means, as the gazetteer's aliases give them
    ("washington": "d.c.", "washington, dc", "washingtonians")."""
    city = _city_of(name)
    return tuple(sorted(alias for alias, place in gazetteer.city_aliases().items() if place == city and alias != name))
