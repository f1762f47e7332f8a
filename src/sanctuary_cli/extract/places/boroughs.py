"""A borough's county named bare: in a story that names a city's boroughs, "Richmond" or "Kings" is the
borough whose county bears that name (Richmond County is Staten Island), not the distant city of the name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.counties import counties_by_base

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
    """A bare name linked to a city in another state than the boroughs the article names, which is the name of a
    county of the boroughs' state that no place of that state bears: "renters in Queens, the Bronx and
    Richmond" speak of Richmond County, New York (Staten Island), not of Richmond, Virginia. A state or an
    institution written with the name ("Richmond, Va.", "Richmond police") keeps the city."""
    if any(m.qualifier is not None or m.cued for m in group):
        return False
    name_key = group[0].key
    states = {c.state for c in counties_by_base().get(name_key, ())}
    if not states:
        return False
    states &= borough_states(found, group)
    return any(
        state != place.state
        and not any(p.state == state for p in gazetteer.places_by_name().get(name_key, ()))
        and gazetteer.town(name_key, state) is None
        for state in states
    )
