"""The role a person holds and where: the best claim, then the place it holds in."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.claims import place_from_text
from sanctuary_cli.extract.people.common import (
    CITY_LOOK_BACK,
    COUNTRY_LOOK_BACK,
    FEDERAL_LEVEL,
    LOOK_AHEAD,
    MAX_NAME_WORDS,
    NEAREST_BONUS,
    SCENE_BONUS,
    STATE_LOOK_BACK,
    Claim,
    Person,
)
from sanctuary_cli.extract.people.given import fold
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.cities import CityIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc


def best_claim(claims: list[Claim]) -> Claim | None:
    """The strongest current role; a former one only when nothing else is said."""
    if not claims:
        return None
    counts = Counter(c.role for c in claims)
    return max(
        claims,
        key=lambda c: (not c.former, c.governmental, c.strength, counts[c.role], c.place is not None),
    )


def jurisdiction(doc: Doc, claim: Claim, person: Person, people: list[Person], cities: CityIndex) -> str | None:
    """Where the role holds: written with it, or the city or state the article is on there."""
    if claim.level == FEDERAL_LEVEL:
        if claim.place is not None and claim.place.kind == "foreign":
            return None
        nearby = _nearest_country(doc, claim.at) if claim.generic else None
        if nearby is not None:  # "in Ukraine ... President Yushchenko", but a border czar is ours
            return gazetteer.FEDERAL if nearby == gazetteer.FEDERAL else None
        return gazetteer.FEDERAL if _about_the_us(doc, cities) else None
    places = [claim.place] + [c.place for c in person.claims if c.role == claim.role]
    for place in places:
        if place is not None and place.for_level(claim.level) is not None:
            return place.for_level(claim.level)
    if claim.qualified or (claim.place is not None and claim.place.kind == "foreign"):
        return None  # the title names its own place, one the gazetteer does not know
    if claim.level == "city":
        return _context_city(doc, claim, person, people, cities)
    if claim.level == "state":
        return _context_state(doc, claim, person, people, cities)
    return None


def _nearest_country(doc: Doc, at: int) -> str | None:
    """The country named last before a bare federal title, within a paragraph's reach: "in Ukraine
    ... President Viktor Yushchenko" is Ukraine's. The United States when a US place is nearer."""
    best: tuple[int, str] | None = None
    for ent in doc.ents:
        if ent.label_ != "GPE" or not (at - COUNTRY_LOOK_BACK <= ent.start_char < at):
            continue
        text = re.sub(r"(?:['’]s|['’])$", "", ent.text)
        if place_from_text(text) is not None:
            country = gazetteer.FEDERAL  # a US state, "U.S." or "America"
        elif gazetteer.is_country(text):
            country = text
        else:
            continue
        if best is None or ent.start_char > best[0]:
            best = (ent.start_char, country)
    return best[1] if best is not None else None


def _about_the_us(doc: Doc, cities: CityIndex) -> bool:
    """Whether a bare federal title ("President", "border czar") is the United States': yes when the
    article names a US city, state or the country, or names no other country either."""
    # (Nationalities are not counted as foreign: "Venezuelan gangs" in a US story, "Muslim" voters.)
    if cities:
        return True
    foreign = False
    for ent in doc.ents:
        text = re.sub(r"(?:['’]s|['’])$", "", ent.text)
        if ent.label_ == "GPE":
            if place_from_text(text) is not None:
                return True
            foreign = foreign or gazetteer.is_country(text)
        elif ent.label_ == "NORP" and fold(text) in {"american", "americans"}:
            return True
    return not foreign


def _context_city(doc: Doc, claim: Claim, person: Person, people: list[Person], cities: CityIndex) -> str | None:
    """The city a bare "Mayor X" governs: a city named close by whose mayor is not named, else
    the article's most named one."""
    taken = _taken(claim, person, people)
    places = [(start, c.city) for c in cities for start, _ in c.mentions if c.city not in taken]
    return _nearest_or_commonest(doc, claim.at, places, CITY_LOOK_BACK)


def _context_state(doc: Doc, claim: Claim, person: Person, people: list[Person], cities: CityIndex) -> str | None:
    """The state a bare "Gov. X" governs: a state named close by whose governor is not named, else
    the state the article names most (its cities count for their states)."""
    taken = _taken(claim, person, people)
    places: list[tuple[int, str]] = []
    for ent in doc.ents:
        if ent.label_ == "GPE":
            where = place_from_text(re.sub(r"(?:['’]s|['’])$", "", ent.text))
            if where is not None and where.kind == "state" and where.state is not None:
                places.append((ent.start_char, where.state))
    for city in cities:
        state = gazetteer.state_name_of().get(city.state)
        if state is not None and city.state != "DC":
            places.extend((start, state) for start, _ in city.mentions)
    return _nearest_or_commonest(doc, claim.at, [(at, n) for at, n in places if n not in taken], STATE_LOOK_BACK)


def _taken(claim: Claim, person: Person, people: list[Person]) -> set[str]:
    """Places whose holder of this role the article names as someone else."""
    return {
        held
        for p in people
        if p is not person
        for c in p.claims
        if c.role == claim.role and c.place is not None and (held := c.place.for_level(c.level)) is not None
    }


def _nearest_or_commonest(doc: Doc, at: int, places: list[tuple[int, str]], look_back: int) -> str | None:
    """The place named most often, with a strong bonus for the one named nearest before ``at``
    (or just after): a bare title usually follows the place the article has just named. A place
    named once, far from the title, is no evidence: then nothing is returned. A place that is only
    where something happened ("they lived in Newburgh. Police Commissioner Ray Kelly said") earns
    no bonus unless it opens the title's own sentence ("In Chicago, Mayor Brandon Johnson said")."""
    counts = Counter(name for _, name in places)
    nearest: tuple[int, str, int] | None = None
    for start, name in places:
        distance = at - start
        if -LOOK_AHEAD <= distance <= look_back:
            cost = distance if distance >= 0 else 2 * -distance
            if nearest is None or cost < nearest[0]:
                nearest = (cost, name, start)
    if nearest is not None:
        # a scene still settles a title when it is the one place at hand, never against another
        counts[nearest[1]] += SCENE_BONUS if _scene_elsewhere(doc, nearest[2], at) else NEAREST_BONUS
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _scene_elsewhere(doc: Doc, place: int, at: int) -> bool:
    """Whether the place at this offset is a preposition's object ("in Newburgh", "at Bellevue")
    outside the part of the sentence that leads up to the title at ``at``."""
    ix = index(doc)
    token = doc[ix.token_index(place)]
    steps = 0
    while token.dep_ == "compound" and token.head.i > token.i and steps < MAX_NAME_WORDS:
        token = token.head  # "New York City": the last word carries the phrase's relation
        steps += 1
    if token.dep_ != "pobj":
        return False
    title = ix.token_index(at)
    return not (place < at and ix.sentence_start[token.i] == ix.sentence_start[title])
