"""A borough's county named bare: in a story that names a city's boroughs, "Richmond" or "Kings" is the
borough whose county bears that name (Richmond County is Staten Island), not the distant city of the name."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from sanctuary_cli.extract.places import gazetteer

if TYPE_CHECKING:
    from sanctuary_cli.extract.places.article import Article, Mention
    from sanctuary_cli.extract.places.gazetteer import Place


BOROUGHS_ENOUGH = 2  # boroughs an article names to be a story of their city throughout
NEAR_SENTENCES = 0  # ... or sentences between the name and one borough the article names (its own only)


def drop_boroughs_counties(
    linked: dict[str, Place], by_key: dict[str, list[Mention]], found: list[Mention], article: Article
) -> None:
    """Unlink the names that are a borough's county here (see :func:`a_boroughs_county`); ``found`` holds every
    name the article writes, boroughs too. A city whose state the article names stays ("Richmond ... Virginia")."""
    for name_key, place in list(linked.items()):
        if article.states[place.state] == 0 and a_boroughs_county(place, by_key[name_key], found):
            del linked[name_key]


def borough_states(found: list[Mention], group: list[Mention]) -> set[str]:
    """The states of the boroughs (sections of ``BOROUGH_POPULATION`` or more) the article names, two or more of
    them, or one in the sentence of a mention of the group."""
    boroughs: dict[str, set[str]] = {}
    near: set[str] = set()
    sentences = {m.sentence for m in group}
    for mention in found:
        places = gazetteer.places_by_name().get(mention.key, ())
        if places and places[0].section_of and places[0].population >= gazetteer.BOROUGH_POPULATION:
            boroughs.setdefault(places[0].state, set()).add(mention.key)
            if any(abs(mention.sentence - s) <= NEAR_SENTENCES for s in sentences):
                near.add(places[0].state)
    return {state for state, names in boroughs.items() if len(names) >= BOROUGHS_ENOUGH} | near


def a_boroughs_county(place: Place, group: list[Mention], found: list[Mention]) -> bool:
    """A bare name linked to a city in another state than the boroughs the article names, which is the county of
    one of that state's boroughs (the county most of the borough's ZIP codes lie in): "renters in Queens, the
    Bronx and Richmond" speak of Richmond County, New York (Staten Island), not of Richmond, Virginia. A state or
    an institution written with the name ("Richmond, Va.", "Richmond police") keeps the city, and so does a
    county of the state that is no borough's ("Washington" beside "Brooklyn and Queens voters" is the capital)."""
    if any(m.qualifier is not None or m.cued for m in group):
        return False
    states = {state for state, counties in _borough_counties().items() if group[0].key in counties}
    if not states:
        return False
    return any(state != place.state for state in states & borough_states(found, group))


@cache
def _borough_counties() -> dict[str, frozenset[str]]:
    """The keys of the counties of each state's boroughs ("richmond" for Staten Island, New York)."""
    found: dict[str, set[str]] = {}
    for places in gazetteer.places_by_name().values():
        for p in places:
            if p.section_of and p.population >= gazetteer.BOROUGH_POPULATION and p.county:
                found.setdefault(p.state, set()).add(gazetteer.key(p.county))
    return {state: frozenset(keys) for state, keys in found.items()}
