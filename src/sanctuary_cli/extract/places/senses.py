"""One sense per article: a name the article shows, in one of its mentions, to be a neighbourhood, a
street, a capital's government or a county is that in its bare mentions too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import BE_FORMS, PROMINENT_CITY, Article, Mention, words_after
from sanctuary_cli.extract.places.capitals import (
    a_capitals_name,
    a_small_capitals_name,
    by_a_shared_body,
    for_the_state_government,
    governs_the_state,
    paired_alone_with,
    speaks_of_state_politics,
    spoken_of_by_shared_bodies,
)
from sanctuary_cli.extract.places.context import (
    listed_as_counties_or_streets,
    listed_in_a_section,
    placed_in_a_section,
)
from sanctuary_cli.extract.places.streets import corner_of_a_numbered_street, street_by_direction

if TYPE_CHECKING:
    from spacy.tokens import Doc

COUNTY_NAMED_CITY = 200_000  # a city this big is the city even where the article names its county
STREET_AFTER = frozenset(
    {"avenue", "avenues", "ave", "ave.", "av", "av.", "street", "streets", "st.", "boulevard", "blvd", "blvd.", "road",
     "parkway", "expressway", "turnpike", "place", "lane", "drive", "circle", "square"}
)  # the words of ``city_cues.json``'s not_city_after that name a street, not a building in the city
SECTIONS_PER_TOWN = 3  # a list with this many neighbourhoods for each town in it is a list of neighbourhoods


def names_a_street(doc: Doc, mention: Mention) -> bool:
    """Whether the mention is surely a street's name: a street word after it ("Fulton Street"), a list of
    streets ("Fulton and Utica Avenues"), a corner with a numbered street, or a direction among streets.
    "Between Yonkers and Poughkeepsie stations" says too little, and a station, airport or hospital named
    for a city lies in it: "Yonkers station" leaves "trains to Yonkers" the city."""
    after = words_after(doc, mention.end)
    return (
        (bool(after) and after[0] in STREET_AFTER)
        or listed_as_counties_or_streets(doc, mention.end)
        or corner_of_a_numbered_street(doc, mention.start, mention.end)
        or street_by_direction(doc, mention.start)
    )


def bare_street(mention: Mention) -> bool:
    """A mention of a name the article uses for a street that nothing marks as the city: no institution or
    state with it, and, for a big city's name, no place tag ("Columbus" after "Columbus Avenue" may still
    be the Ohio city the tagger sees)."""
    if mention.cued or mention.qualifier is not None:
        return False
    big = any(p.population >= PROMINENT_CITY for p in gazetteer.places_by_name().get(mention.key, ()))
    return not (big and mention.tagged)


def capitals_as_governments(doc: Doc, by_key: dict[str, list[Mention]]) -> set[str]:
    """The names of capitals that stand for their state's government in the article: somewhere in a sentence
    of state lawmaking ("lawmakers in Albany"), or only ever bare in an article about state politics."""
    named = {
        name_key
        for name_key, group in by_key.items()
        if a_capitals_name(name_key)
        and (
            any(for_the_state_government(doc, m) or governs_the_state(doc, m) or _paired_with_washington(doc, m)
                for m in group)
            or spoken_of_by_shared_bodies(doc, group)
        )
    }
    return named | capitals_only_as_governments(doc, by_key)


def kept_as_the_city(doc: Doc, mention: Mention, governments: set[str]) -> bool:
    """Whether a mention stays the city: any mention of a name that is no capital's government here, and of
    one that is, those an institution of the city's own or a state written after it mark ("Trenton police",
    "Albany, N.Y."); a word a city and a state share ("Harrisburg officials") marks none."""
    if mention.key not in governments:
        return True
    if mention.qualifier is not None:
        return True
    return mention.cued and not by_a_shared_body(doc, mention)


def _paired_with_washington(doc: Doc, mention: Mention) -> bool:
    """ "cuts from Albany and Washington", "Washington and Trenton have both cut aid": a small capital paired
    with the nation's capital alone stands for its state's government, as Washington does for the nation's."""
    if mention.cued or mention.qualifier is not None or not a_small_capitals_name(mention.key):
        return False
    return paired_alone_with(doc[mention.end - 1], lambda other: other.text == "Washington")


def capitals_only_as_governments(doc: Doc, by_key: dict[str, list[Mention]]) -> set[str]:
    """A capital that is no big city, which the article never names as a city (with an institution or a
    state written after it, or in a list of places), in an article that speaks of state politics: "the
    fight moves to Albany" beside "the governor". A big capital (Denver, Phoenix) is news as a city."""
    bare = [
        name_key
        for name_key, group in by_key.items()
        if a_small_capitals_name(name_key)
        and not any((m.cued and not by_a_shared_body(doc, m)) or m.qualifier or _listed_with_places(doc, m)
                    for m in group)
    ]
    return set(bare) if bare and speaks_of_state_politics(doc) else set()


def _listed_with_places(doc: Doc, mention: Mention) -> bool:
    """ "Richmond, Norfolk and Hopewell": a name coordinated with other place names is one of the places."""
    return any(gazetteer.key(t.text) in gazetteer.places_by_name() for t in doc[mention.end - 1].conjuncts)


def _is_a_borough(text: str) -> bool:
    """Whether the text names a big part of a city with neighbourhoods of its own ("Queens", "Brooklyn"): a
    name written after a comma may be the next town of a list, so only a borough marks a neighbourhood."""
    found = gazetteer.places_by_name().get(gazetteer.key(text), ())
    return bool(found) and bool(found[0].section_of) and found[0].population >= gazetteer.BOROUGH_POPULATION


def _is_city_section(text: str) -> bool:
    """Whether the text names above all a part of a city ("the Bronx", "Queens")."""
    found = gazetteer.places_by_name().get(gazetteer.key(text), ())
    return bool(found) and bool(found[0].section_of)  # (Brooklyn, Maryland is far smaller than the borough)


def in_a_section(doc: Doc, mention: Mention) -> bool:
    """A name the article places in a part of a big city ("Far Rockaway, Queens", "Wakefield and Edenwald in
    the Bronx"): every mention of it in the article is that neighbourhood."""
    if mention.qualifier is not None or mention.cued:
        return False
    return (
        placed_in_a_section(doc, mention.start, mention.end, _is_a_borough)
        or listed_in_a_section(doc, mention.end, _is_city_section)
        or listed_with_sections(doc, mention)
        or defined_as_a_neighbourhood(doc, mention)
    )


NEIGHBOURHOOD_NOUNS = frozenset({"neighborhood", "neighbourhood", "enclave", "district"})


def defined_as_a_neighbourhood(doc: Doc, mention: Mention) -> bool:
    """ "Brentwood is the Los Angeles neighborhood where ...", "Brentwood, a neighborhood in Los Angeles": a
    name the article defines as a neighbourhood of a city it names is that neighbourhood, no town of the name
    ("Brentwood, a Long Island hamlet" is a town)."""
    head = doc[mention.end - 1]
    nouns = [t for t in head.children if t.dep_ == "appos"]
    if head.dep_ == "nsubj" and head.head.lower_ in BE_FORMS:
        nouns += [t for t in head.head.children if t.dep_ == "attr"]
    for noun in nouns:
        if noun.lower_ not in NEIGHBOURHOOD_NOUNS:
            continue
        words = [*noun.children, *(t for p in noun.children if p.dep_ == "prep" for t in p.children)]
        if any(t.ent_type_ == "GPE" and not mention.start <= t.i < mention.end for t in words):
            return True
    return False


def listed_with_sections(doc: Doc, mention: Mention) -> bool:
    """ "Coney Island, Sheepshead Bay and Seagate": a name listed with neighbourhoods of a city, with no
    borough and at least ``SECTIONS_PER_TOWN`` neighbourhoods for every town the list may name (a
    neighbourhood can share a town's name: "Georgetown"), is one of them ("Queens, Staten Island and Bay
    Shore" lists the places a storm hit)."""
    head = doc[mention.end - 1]
    sections = towns = 0
    for other in head.conjuncts:
        name = doc[other.left_edge.i : other.i + 1] if other.left_edge.i <= other.i else doc[other.i : other.i + 1]
        found = gazetteer.places_by_name().get(gazetteer.key(name.text), ())
        if found and found[0].population >= gazetteer.BOROUGH_POPULATION and found[0].section_of:
            return False
        sections += bool(found) and bool(found[0].section_of)
        towns += bool(found) and not found[0].section_of
    return sections > 0 and sections >= SECTIONS_PER_TOWN * towns


def the_county_of_the_name(mention: Mention, article: Article) -> bool:
    """A bare name the article also writes as a county's ("Suffolk County ... in Suffolk"): the county, unless
    a big city bears the name (a county named for its city, "Dallas County", leaves "Dallas" the city)."""
    if mention.cued or mention.qualifier is not None or mention.key not in article.county_names:
        return False
    if mention.key in gazetteer.city_aliases():
        return False  # "New York County ... New York": a name news gives a city ("New York City") first
    places = gazetteer.places_by_name().get(mention.key, ())
    return bool(places) and all(p.population < COUNTY_NAMED_CITY for p in places)
