"""The corpus's own centre of gravity: where a name that no article placed most likely lies.

A name an article reads by itself alone ("He grew up in Lawrence": no state, agency or
nearby place) gets its best-known bearer (Lawrence, Kansas). Across a corpus of local
news the state its articles name most is better evidence: in a New York corpus that
Lawrence is the Long Island village. So after an ingest each such name is read again
against the store: the namesake in the corpus's state wins when it is not dwarfed by the
best-known one ("Boston" stays in Massachusetts) and lies nearer the centre than the article's
reading (Harrison, New Jersey is nearer Manhattan than Harrison, New York); a namesake that is a neighbourhood of
a city there ("Brownsville" in Brooklyn) is no city at all, nor is a small town nearby whose name
is a shorter form of such a neighbourhood ("Rockaway", New Jersey, for Far Rockaway) or opens with the name of one
of its boroughs ("Manhattan Beach"); and a small town far from the
corpus's centre, with nothing in its article to place it ("out of Bellevue" in a New
York story), is more likely a hospital, street or person of that name and is left out,
unless it is a city known far beyond its region ("Palm Springs"). A name two namesakes of
about the same size share is the corpus state's namesake when there is one, else the one
in the centre's region, and otherwise left out.

spaCy-free: it runs on stored rows after an ingest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.gazetteer import FAR_KM, REGION_KM, Place

MIN_ARTICLES = 20  # a corpus with fewer placed city mentions (by article) has no centre to speak of
MIN_SHARE = 1 / 3  # the centre's state holds at least this share of them
GRAVITY_RATIO = 20  # the corpus's namesake wins unless the best-known one is this many times bigger
SMALL_FAR = 200_000  # a town smaller than this, FAR_KM from the centre, nothing in its article placing it, is doubtful
RIVAL_RATIO = 2  # namesakes within this ratio of each other's size are too close for size alone to choose


@dataclass(frozen=True)
class Centre:
    """Where a corpus's news happens: its most-named state and, in it, its most-named city."""

    state: str
    place: Place


def centre(articles_by_place: Mapping[tuple[str, str], int]) -> Centre | None:
    """The centre from how many articles name each (city, state) that the article itself placed; None
    when the corpus is too small or spread too thin for one state to stand out."""
    by_state: dict[str, int] = {}
    for (_, state), count in articles_by_place.items():
        by_state[state] = by_state.get(state, 0) + count
    total = sum(by_state.values())
    if total < MIN_ARTICLES:
        return None
    state = min(by_state, key=lambda s: (-by_state[s], s))
    if by_state[state] < MIN_SHARE * total:
        return None
    in_state = sorted((p for p in articles_by_place if p[1] == state), key=lambda p: (-articles_by_place[p], p))
    for name, code in in_state:
        place = gazetteer.place(name, code)
        if place is not None:
            return Centre(state, place)
    return None


def reading(name_key: str, alone: Place, at: Centre | None) -> Place | None:
    """What a name no article placed means in this corpus: ``alone`` is the article's own reading of the
    name (its best-known bearer); None when it is most likely no city."""
    if at is None:
        return alone
    candidates = gazetteer.places_by_name().get(name_key, ())
    home = next((p for p in candidates if p.state == at.state and not p.abroad), None)
    if home is not None and alone.population <= GRAVITY_RATIO * home.population and not _nearer(alone, home, at):
        return None if home.section_of else home
    if _a_word_of_a_neighbourhood(name_key, alone, at):
        return None  # "a surfer in Rockaway" in a New York corpus: Far Rockaway, not the New Jersey town
    if alone.state != at.state and _named_for_a_borough(alone.name, at):
        return None  # "folks in Manhattan Beach" in a New York corpus: the Brooklyn neighbourhood
    rivals = _rivals(alone, candidates)
    if rivals:
        # size cannot tell which: the one in the centre's region ("Union City" in a New York corpus is the
        # New Jersey one), else none ("Columbia": Missouri's, South Carolina's or Maryland's)
        nearest = min([alone, *rivals], key=lambda p: gazetteer.distance_km(p, at.place))
        return nearest if gazetteer.distance_km(nearest, at.place) <= REGION_KM else None
    if (
        alone.state != at.state
        and alone.population < SMALL_FAR
        and not gazetteer.famous(alone)  # "flew to Palm Springs": news names such a city far from home
        and gazetteer.distance_km(alone, at.place) > FAR_KM
    ):
        return None
    return alone


def _a_word_of_a_neighbourhood(name_key: str, alone: Place, at: Centre) -> bool:
    """Whether the name, read as a small town of another state near the centre, is also a shorter form of a
    neighbourhood of the centre's city, which local news writes bare ("Rockaway" for Far Rockaway)."""
    if alone.state == at.state or alone.population >= SMALL_FAR or alone.section_of:
        return False
    if gazetteer.distance_km(alone, at.place) > REGION_KM:
        return False
    return name_key in _neighbourhood_words(at.place.name, at.place.state)


def _named_for_a_borough(name: str, at: Centre) -> bool:
    """Whether the name opens with the name of a borough of the centre's city ("Manhattan Beach", "Brooklyn
    Park" in a New York corpus): local news names the neighbourhoods so, and a loose one is more likely such
    than the far town of the name."""
    words = name.split()
    return any(
        p.section_of == at.place.name and p.state == at.place.state and p.population >= gazetteer.BOROUGH_POPULATION
        for n in range(1, len(words))
        for p in gazetteer.places_by_name().get(gazetteer.key(" ".join(words[:n])), ())
    )


@cache
def _neighbourhood_words(city: str, state: str) -> frozenset[str]:
    """Every run of words, shorter than the whole, of the names of the city's neighbourhoods ("far
    rockaway" gives "rockaway")."""
    found: set[str] = set()
    for name_key, places in gazetteer.places_by_name().items():
        if not any(p.section_of == city and p.state == state for p in places):
            continue
        words = name_key.split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if j - i < len(words):
                    found.add(" ".join(words[i:j]))
    return frozenset(found)


def _nearer(alone: Place, home: Place, at: Centre) -> bool:
    """Whether the article's reading lies nearer the centre than the namesake in the centre's state: across
    a state line from it ("Harrison" in a New York corpus is Harrison, New Jersey, across the river)."""
    return gazetteer.distance_km(alone, at.place) < gazetteer.distance_km(home, at.place)


def _rivals(alone: Place, candidates: tuple[Place, ...]) -> list[Place]:
    """The other namesakes close to ``alone`` in size (within ``RIVAL_RATIO``), so that size alone cannot
    choose between them (Columbia, South Carolina and Columbia, Missouri)."""
    return [
        p
        for p in candidates
        if p is not alone and not (p.section_of or p.abroad) and RIVAL_RATIO * p.population >= alone.population
    ]
