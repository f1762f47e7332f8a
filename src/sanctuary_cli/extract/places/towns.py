"""A small town the article's other places point to, where the bigger namesake the gazetteer reads a bare name
as lies apart from all of them.

The gazetteer reads a bare name only as one of its bigger places (``us_cities``);
a smaller town of the name (``us_towns``) is read where a state is written after it. A story set among a state's
towns names its small places bare too: "bikers from Freehold took him to a grill in Farmingdale" is the New Jersey
hamlet beside Freehold, not the Long Island village of the name, which nothing in the story is near.
"""

from __future__ import annotations

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import PROMINENT_CITY, Article, Mention
from sanctuary_cli.extract.places.gazetteer import NEAR_KM, Place

SMALL_PLACE = 50_000  # a namesake this big is news far from home: a small town of its name does not displace it


def prefer_towns_nearby(
    linked: dict[str, Place], by_key: dict[str, list[Mention]], article: Article, anchors: list[Place]
) -> None:
    """Relink each bare name to a small town of the name that a neighbour the article names lies beside, in the
    town's state, where nothing in the article (its state, its county, a neighbour) places the linked namesake,
    itself a town under ``SMALL_PLACE`` known no farther than its region."""
    for name_key, place in list(linked.items()):
        group = by_key.get(name_key, [])
        if place.population >= SMALL_PLACE or gazetteer.famous(place):
            continue  # "police officers in Dallas" in a speech that names a Pennsylvania town's neighbour
        if not group or any(m.qualifier is not None or m.cued for m in group) or _placed(place, article, anchors):
            continue
        towns = [t for t in gazetteer.towns_named(name_key) if t.state != place.state and _beside_a_neighbour(
            t, anchors, article)]
        if len(towns) == 1:
            linked[name_key] = towns[0]


def _neighbours(place: Place, anchors: list[Place]) -> list[Place]:
    """The places of the article within ``NEAR_KM`` of the place, no big city (named in every story of its
    region) nor a neighbourhood."""
    return [
        a for a in anchors
        if a != place and a.population < PROMINENT_CITY and not a.section_of
        and gazetteer.distance_km(place, a) <= NEAR_KM
    ]


def _placed(place: Place, article: Article, anchors: list[Place]) -> bool:
    """Whether the article places the namesake itself: its state named, its county, or a neighbour."""
    in_county = bool(place.county) and (place.county.casefold(), place.state) in article.counties
    return article.states[place.state] > 0 or in_county or bool(_neighbours(place, anchors))


def _beside_a_neighbour(town: Place, anchors: list[Place], article: Article) -> bool:
    """Whether a place the article names lies beside the town in its state, or the article names its county."""
    if town.county and (town.county.casefold(), town.state) in article.counties:
        return True
    return any(a.state == town.state for a in _neighbours(town, anchors))
