"""Small towns an article names in passing, far from everything else it names and in a state it never names,
are left out: in a Brooklyn story "Prospect Heights" is the neighbourhood, not the Illinois town."""

from __future__ import annotations

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import Article, Mention, cues
from sanctuary_cli.extract.places.gazetteer import FAR_KM, REGION_KM, Place

SMALL_PLACE = 50_000  # a town this small, named far from the article's other places, is doubtful
MID_PLACE = 200_000  # ... and a city this small, when the others lie together far from it


def drop_stray_small_places(
    linked: dict[str, Place], by_key: dict[str, list[Mention]], article: Article, sections: list[Place]
) -> None:
    """Unlink a small town named in passing far from everything else the article names, in a state
    it never names: in a Brooklyn story "Prospect Heights" is the neighbourhood, not the Illinois
    town. A state written with it ("Sanford, Florida") keeps it. A small town that only describes a
    thing ("a Mount Sinai surgeon") is the institution of that name, whatever state the article names."""
    teams = homes_of_teams(article)
    for name_key, place in list(linked.items()):
        # (a neighbourhood tells where too, and so does a team's home: "a point in Harrison" in a story of the
        # "New York Red Bulls" whose bare "New York" is the team)
        others = [p for k, p in linked.items() if k != name_key] + sections + teams
        if _stray(place, by_key[name_key], article, others):
            del linked[name_key]


def homes_of_teams(article: Article) -> list[Place]:
    """The big cities whose teams the article names ("the Tulsa Rovers"): where its sports story happens."""
    homes: list[Place] = []
    for name_key in sorted(article.team_places):
        alias = gazetteer.city_aliases().get(name_key)
        found = [gazetteer.place(*alias)] if alias else list(gazetteer.places_by_name().get(name_key, ())[:1])
        homes += [p for p in found if p is not None and p.population >= MID_PLACE and not p.section_of]
    return homes


def _stray(place: Place, group: list[Mention], article: Article, others: list[Place]) -> bool:
    """Whether a linked place is doubtful enough to leave out (see :func:`drop_stray_small_places`)."""
    if place.population >= MID_PLACE or any(m.qualifier is not None for m in group):
        return False
    small = place.population < SMALL_PLACE
    if in_a_named_county(place, article):
        return False  # "a Suffolk County judge ... a Medford pharmacy": the town in that county
    if small and all(m.attributive for m in group):
        return True  # "a Mount Sinai surgeon": the hospital's, not the Long Island hamlet's
    if article.states[place.state] > 0:
        return False
    if _named_for_a_borough_nearby(place, others):
        return True  # "Flushing, Queens ... folks in Manhattan Beach": the Brooklyn neighbourhood
    cued = any(m.cued for m in group)
    if small and _landmark_name(place.name) and not cued:
        return True  # "dead fish in Prospect Park": the park, not the small New Jersey borough
    if any(m.called_a_city for m in group):
        return False  # "Pinole, a small city in Contra Costa County": the article says it is a city
    return _far_from_the_rest(place, others, small, cued)


def _named_for_a_borough_nearby(place: Place, others: list[Place]) -> bool:
    """Whether the place's name opens with the name of a borough near the article's other places, all far from
    the place: a neighbourhood named for its borough ("Manhattan Beach", "Brooklyn Heights") in a story of that
    city, not the far town of the name, known as it may be."""
    words = place.name.split()
    if len(words) < 2 or not others or any(gazetteer.distance_km(place, o) <= FAR_KM for o in others):
        return False
    for n in range(1, len(words)):
        for borough in gazetteer.places_by_name().get(gazetteer.key(" ".join(words[:n])), ()):
            if borough.section_of and borough.population >= gazetteer.BOROUGH_POPULATION and any(
                gazetteer.distance_km(borough, o) <= REGION_KM for o in others
            ):
                return True
    return False


def _far_from_the_rest(place: Place, others: list[Place], small: bool, cued: bool) -> bool:
    """A small town far from every other place the article names, or a mid-size city far from places that
    lie together; a city known far beyond its region ("Palm Springs") is never too far."""
    far = all(gazetteer.distance_km(place, other) > FAR_KM for other in others) and not gazetteer.famous(place)
    if small and far:
        return True  # (with nothing else named, a lone small town is as doubtful)
    # "at Bellevue" in a New York story: the hospital, not the Washington city
    return far and bool(others) and _together(others) and not cued


def _landmark_name(name: str) -> bool:
    """A name that ends in a street or landmark word ("Prospect Park", "Forest Hills Center")."""
    last = name.split()[-1].casefold()
    return len(name.split()) > 1 and (last,) in cues().not_city_after


def _together(places: list[Place]) -> bool:
    """Whether the places all lie in one region."""
    return all(gazetteer.distance_km(a, b) <= REGION_KM for a in places for b in places)


def in_a_named_county(place: Place, article: Article) -> bool:
    """Whether the place lies in a county (or a region) the article names: "a Suffolk County judge ... a
    Medford pharmacy" is Medford, New York, in Suffolk County."""
    return bool(place.county) and (place.county.casefold(), place.state) in article.counties
