"""US counties an article speaks of: "Cook County", "Miami-Dade", "the sheriff of Dakota County".

Counties are places of their own: a sheriff's or a county board's position is
the county's, never its seat city's. The names come from
``resources/us_counties.tsv`` (GeoNames, CC BY 4.0, built by
``scripts/build_counties.py``). A mention is found where the text writes

- a county's name before "County" or "Parish" ("Harris County", "Orleans Parish",
  also in lower case: "Gwinnett county");
- a hyphenated county name alone ("Miami-Dade");
- a county's name before "Sheriff" or "sheriff's" ("Merced Sheriff Vernon
  Warnke", "San Francisco's sheriff") or after "sheriff of" ("the sheriff of
  San Francisco"), where a sheriff names his county.

Many counties share a name (there are eight Orange Counties); the state is the
one written after the name ("Dakota County, Nebraska"), else a state named
shortly after it ("Orange County, the only county in the program in
California"), else the state of the article's cities or the state it names
most, else the mention is left out.
One pass of one regular expression over the text: linear in its length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sanctuary_cli.extract.model import CityRecord
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.resources import read_tsv

COUNTIES_FILE = "us_counties.tsv"
NAME = r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3}"
STATE_AFTER = re.compile(r",\s*([A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)")
KIND_WORDS = ("County", "Parish")
LOOKAHEAD = 120  # characters after a mention read for the state it is in ("Dakota County, Nebraska")


@dataclass
class CountyRecord(CityRecord):
    """A US county the article speaks of; ``city`` holds its full name ("Cook County")."""


@dataclass(frozen=True)
class County:
    """One county of the gazetteer."""

    name: str  # "Miami-Dade County"
    base: str  # "Miami-Dade"
    state: str  # postal code


@cache
def counties_by_base() -> dict[str, tuple[County, ...]]:
    """Every county under its base name, casefolded ("cook" -> Cook County, IL)."""
    found: dict[str, list[County]] = {}
    for row in read_tsv(COUNTIES_FILE):
        county = County(row["name"], row["base"], row["state"])
        found.setdefault(county.base.casefold(), []).append(county)
    return {base: tuple(items) for base, items in found.items()}


@cache
def _pattern() -> re.Pattern[str]:
    hyphenated = sorted((c.base for cs in counties_by_base().values() for c in cs if "-" in c.base), key=len)
    bare = "|".join(re.escape(name) for name in reversed(hyphenated))
    return re.compile(
        rf"(?P<named>{NAME})\s+(?P<kind>{'|'.join(KIND_WORDS)}|{'|'.join(k.lower() for k in KIND_WORDS)})\b"
        rf"|(?P<sheriffs>{NAME})(?=\s+[Ss]heriff\b)"
        rf"|[Ss]heriff(?:['’]s\s+(?:[Oo]ffice|[Dd]epartment))?\s+of\s+(?P<of>{NAME})"
        rf"|(?<![\w-])(?P<bare>{bare})(?![\w-])"
    )


def _candidates(words: str) -> tuple[int, tuple[County, ...]]:
    """The counties named by the longest tail of the words ("In Cook" -> Cook), and where it starts."""
    parts = re.sub(r"['’]s$", "", words).split(" ")
    for first in range(len(parts)):
        tail = " ".join(parts[first:])
        found = counties_by_base().get(tail.casefold().replace("’", "'"))
        if found:
            return len(" ".join(parts[:first])) + (1 if first else 0), found
    return 0, ()


def _state_hints(text: str, cities: Sequence[CityRecord]) -> Counter[str]:
    """States the article is about: its cities' states, then the states it names."""
    hints: Counter[str] = Counter()
    for city in cities:
        hints[city.state] += 2 * max(1, len(city.mentions))
    for name, code in gazetteer.state_names().items():
        count = text.count(name)
        if count:
            hints[code] += count
    return hints


@cache
def _state_name_pattern() -> re.Pattern[str]:
    names = sorted(gazetteer.state_names(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")


def _state_named_in(text: str, codes: set[str]) -> str | None:
    """The first state among ``codes`` that the text names in full ("... in California")."""
    for match in _state_name_pattern().finditer(text):
        code = gazetteer.state_names()[match.group(0)]
        if code in codes:
            return code
    return None


def _choose(found: tuple[County, ...], after: str, hints: Counter[str]) -> County | None:
    """The county meant: the one in the state written next, else the article's state, if any."""
    written = STATE_AFTER.match(after)
    if written:
        code = gazetteer.state_code(written.group(1).rstrip(".")) or gazetteer.state_code(written.group(1))
        for county in found:
            if county.state == code:
                return county
    if len(found) == 1:
        return found[0]
    near = _state_named_in(after, {county.state for county in found})
    if near is not None:
        return next(county for county in found if county.state == near)
    scored = [(hints[county.state], county) for county in found if hints[county.state] > 0]
    if not scored:
        return None
    best = max(score for score, _ in scored)
    top = [county for score, county in scored if score == best]
    return top[0] if len(top) == 1 else None


def find_counties(text: str, cities: Sequence[CityRecord] = ()) -> list[CountyRecord]:
    """The counties the text names, each with its mentions, in order of first mention."""
    hints: Counter[str] | None = None
    records: dict[tuple[str, str], CountyRecord] = {}
    for match in _pattern().finditer(text):
        group = next(name for name in ("named", "sheriffs", "of", "bare") if match.group(name))
        words = match.group(group)
        if group == "of":  # "the sheriff of Dakota County": the whole name follows "of"
            words = words.removesuffix(" County").removesuffix(" Parish")
        offset, found = _candidates(words)
        if not found or (group == "of" and offset):
            continue
        start = match.start(group) + offset
        end = match.end("kind") if group == "named" else match.end(group)
        if group == "sheriffs":
            end = start + len(re.sub(r"['’]s$", "", words[offset:]))
        if hints is None:
            hints = _state_hints(text, cities)
        county = _choose(found, text[end : end + LOOKAHEAD], hints)
        if county is None:
            continue
        record = records.setdefault((county.name, county.state), CountyRecord(county.name, county.state))
        record.mentions.append((start, end))
    return list(records.values())
