"""The shipped gazetteer: US places, states, countries and the names news uses for them.

The data files live in ``sanctuary_cli/resources/``; ``us_cities.tsv``, ``us_towns.tsv``,
``us_states.tsv`` and ``countries.tsv`` are built from GeoNames (CC BY 4.0) by
``scripts/build_gazetteer.py``, the places' counties from the ``zipcodes`` package. Each is
read once per process; the small towns only when a text writes a state after a name.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from sanctuary_cli.resources import read_tsv

FEDERAL = "United States"  # the jurisdiction of federal offices
BOROUGH_POPULATION = 400_000  # a part of a city this big has neighbourhoods of its own (scripts/build_gazetteer.py)


@dataclass(frozen=True)
class Place:
    """A US populated place from GeoNames."""

    name: str
    state: str  # postal code
    population: int
    latitude: float
    longitude: float
    section_of: str  # the larger city whose core it lies in, or ""
    abroad: bool  # a country or a bigger foreign city has the same name
    known: bool = False  # GeoNames spells it in many languages: known far beyond its region
    county: str = ""  # the county it lies in, as news names it ("Suffolk"), when known


KNOWN_CITY = 25_000  # a city this big that is ``known`` is news far from home ("Palm Springs", "Santa Barbara")


def famous(place: Place) -> bool:
    """Whether a city is known well beyond its region, so a bare mention far from the rest of the
    article is still more likely the city than a street, hospital or person of its name."""
    return place.known and place.population >= KNOWN_CITY


def key(name: str) -> str:
    """Lookup key of a place name: case and spacing folded, "Saint" spelled "St."."""
    words = name.replace("’", "'").split()
    words = ["st." if w.casefold() in {"saint", "st", "st."} else w.casefold() for w in words]
    return " ".join(words)


@cache
def places_by_name() -> dict[str, tuple[Place, ...]]:
    """Every place under its name key, most populous first."""
    found: dict[str, list[Place]] = defaultdict(list)
    for row in read_tsv("us_cities.tsv"):
        place = _place(row)
        found[key(place.name)].append(place)
    regions = {key(row["name"]) for row in read_tsv("foreign_names.tsv") if row["kind"] == "region"}
    for name_key in regions & found.keys():
        # "Norfolk", "Ontario": the English county and the Canadian province come first
        found[name_key] = [dataclasses.replace(p, abroad=True) for p in found[name_key]]
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in found.items()}


@cache
def place(name: str, state: str) -> Place | None:
    """The place of that exact name in that state (a small town too)."""
    for candidate in places_by_name().get(key(name), ()):
        if candidate.state == state:
            return candidate
    return town(key(name), state)


@cache
def _towns() -> dict[tuple[str, str], Place]:
    """The small towns (``us_towns.tsv``) under their name key and state."""
    found: dict[tuple[str, str], Place] = {}
    for row in read_tsv("us_towns.tsv"):
        place = _place(row)
        found.setdefault((key(place.name), place.state), place)  # (the bigger of two namesakes in one state)
    return found


def _place(row: dict[str, str]) -> Place:
    """A place from a row of ``us_cities.tsv`` or ``us_towns.tsv`` (whose towns are no city's
    section, never abroad, never known far away: it has no columns for those)."""
    return Place(
        name=row["name"],
        state=row["state"],
        population=int(row["population"]),
        latitude=float(row["latitude"]),
        longitude=float(row["longitude"]),
        section_of=row.get("section_of", ""),
        abroad=row.get("abroad") == "1",
        known=row.get("known") == "1",
        county=row["county"],
    )


@cache
def _towns_by_name() -> dict[str, tuple[Place, ...]]:
    found: dict[str, list[Place]] = defaultdict(list)
    for (name_key, _), place in _towns().items():
        found[name_key].append(place)
    return {k: tuple(v) for k, v in found.items()}


def towns_named(name_key: str) -> tuple[Place, ...]:
    """The small towns (``us_towns.tsv``) of that name, in any state."""
    return _towns_by_name().get(name_key, ())


def town(name_key: str, state: str) -> Place | None:
    """A town too small for a bare mention to mean it, read where the text writes its state after the
    name ("Waverly, N.Y."): no city's section, never a namesake to choose among."""
    return _towns().get((name_key, state))


@cache
def _resource_rows(name: str) -> tuple[dict[str, str], ...]:
    """A resource's rows, read once for every lookup built from them."""
    return tuple(read_tsv(name))


@cache
def city_aliases() -> dict[str, tuple[str, str]]:
    """Informal names ("NYC", "L.A.", "D.C.") and city agencies ("NYPD") -> (gazetteer name, state)."""
    aliases = {key(row["alias"]): (row["city"], row["state"]) for row in _resource_rows("city_aliases.tsv")}
    aliases.update(city_institutions())
    return aliases


@cache
def acronyms() -> frozenset[str]:
    """The keys of the aliases and agencies written in capitals ("LA", "NYC", "NOLA", "NYPD"): a name only
    so written ("La Paz", "Nola Darling" are no such name)."""
    rows = [row["alias"] for row in _resource_rows("city_aliases.tsv")]
    rows += [row["acronym"] for row in _resource_rows("city_institutions.tsv")]
    return frozenset(key(name) for name in rows if name.isupper())


@cache
def city_institutions() -> dict[str, tuple[str, str]]:
    """Names that can only mean their city, whatever the NER tags them: agency acronyms ("NYPD",
    "LAPD") and the city's people ("New Yorkers") -> (gazetteer name, state)."""
    names = {key(row["acronym"]): (row["city"], row["state"]) for row in _resource_rows("city_institutions.tsv")}
    names.update({key(row["demonym"]): (row["city"], row["state"]) for row in read_tsv("city_demonyms.tsv")})
    return names


@cache
def capitals() -> frozenset[tuple[str, str]]:
    """The seat of each state's government as (gazetteer name, state)."""
    return frozenset((row["city"], row["state"]) for row in read_tsv("state_capitals.tsv"))


def is_capital(place: Place) -> bool:
    """Whether the place is its state's capital ("Albany", "Sacramento")."""
    return (place.name, place.state) in capitals()


@cache
def state_names() -> dict[str, str]:
    """Full state names -> postal code ("Illinois" -> "IL")."""
    return {row["name"]: row["code"] for row in read_tsv("us_states.tsv")}


@cache
def state_name_of() -> dict[str, str]:
    """Postal code -> full state name ("IL" -> "Illinois")."""
    return {code: name for name, code in state_names().items()}


@cache
def _state_forms() -> dict[str, str]:
    """Every way news writes a state, keyed by :func:`key`: names, AP abbreviations, postal codes."""
    forms = {key(name): code for name, code in state_names().items()}
    forms.update({key(row["abbreviation"]): row["code"] for row in read_tsv("state_abbreviations.tsv")})
    forms.update({key(code): code for code in state_names().values()})
    return forms


def state_code(text: str) -> str | None:
    """The postal code of a state written as a name, AP abbreviation or postal code."""
    return _state_forms().get(key(text.strip()))


@cache
def _state_name_keys() -> frozenset[str]:
    return frozenset(key(name) for name in state_names())


def is_state_name(text: str) -> bool:
    """Whether the text is a full state name ("Illinois", "New York")."""
    return key(text) in _state_name_keys()


@cache
def name_starts() -> frozenset[str]:
    """Every beginning of the first word of a place name or informal city name, case folded: a token
    whose text is none of them starts no name ("Winston" starts "Winston-Salem", "Washington" starts
    "Washington, D.C.", "Saint" starts the "St." of any saint's name)."""
    words = {name_key.split(" ", 1)[0] for name_key in list(places_by_name()) + list(city_aliases())}
    words.update({"saint", "st."})
    return frozenset(word[:end] for word in words for end in range(1, len(word) + 1))


def may_start_a_name(text: str) -> bool:
    """Whether a token's text may be the first token of a place name (see :func:`name_starts`)."""
    return text.replace("’", "'").casefold() in name_starts()


@cache
def _country_keys() -> frozenset[str]:
    names = {key(row["name"]) for row in read_tsv("countries.tsv")}
    names.update(key(row["name"]) for row in read_tsv("foreign_names.tsv") if row["kind"] == "country")
    names.update(
        key(n) for n in ("U.S.", "US", "USA", "U.S.A.", "America", "the United States", "UK", "U.K.")
    )
    return frozenset(names)


def is_country(text: str) -> bool:
    """Whether the text names a country ("Mexico", "the United States", "U.S.")."""
    return key(text.removeprefix("the ")) in _country_keys() or key(text) in _country_keys()


NEAR_KM = 60.0  # a city this close to another named city is in its metro area
REGION_KM = 150.0  # same metro area or region
FAR_KM = 300.0  # a place this far from every other the article names, or from the corpus's centre, lies apart


def distance_km(a: Place, b: Place) -> float:
    """Approximate distance between two places (equirectangular, fine within a region)."""
    mean_lat = math.radians((a.latitude + b.latitude) / 2)
    dx = (a.longitude - b.longitude) * math.cos(mean_lat)
    return 111.2 * math.hypot(dx, a.latitude - b.latitude)
