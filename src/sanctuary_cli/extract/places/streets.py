"""A place name that is a street's: a corner ("at Lexington and 86th"), a stretch ("from Canal to Tulsa"), a
street placed by a direction ("just north of Houston")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

ORDINAL_STREET = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# "Houston, 23rd and 42nd Streets", "Houston and Grand Sts.": a list that ends in one of these names streets
STREET_PLURALS = frozenset({"streets", "avenues", "roads", "boulevards", "drives", "places", "lanes"}
                           | {"sts", "sts.", "aves", "aves.", "rds", "rds.", "blvds", "blvds."})
# a capitalised street word, or Manhattan's one street known by its name alone
STREET_WORDS = frozenset({"street", "st.", "avenue", "ave", "ave.", "av", "av.", "boulevard", "blvd.", "broadway"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west"})  # "Central Park West", "Park Avenue South"
NAMED_STREET_ENDS = STREET_WORDS | COMPASS_WORDS  # the last word of a street's name of several words
MAX_STREET_WORDS = 4  # words of a street's name, at most
MEET = frozenset({"meet", "meets", "met"})  # "where Tulsa meets Elm": a corner
# Words of a sentence that runs along streets: "a bike lane from Canal to Tulsa", "nine blocks from Tulsa to Elm".
ROAD_WORDS = STREET_WORDS | STREET_PLURALS | frozenset({"block", "blocks", "lane", "stretch", "sidewalk", "sidewalks"})


def street_corner(doc: Doc, start: int, end: int) -> bool:
    """ "at Lexington and 86th", "between Park and Lexington", "72nd & Columbus", "Hoyt Street at Union": a
    street at a corner."""
    before = doc[max(0, start - 3) : start]
    if corner_of_a_numbered_street(doc, start, end):
        return True
    if start >= 2 and doc[start - 1].lower_ == "at" and doc[start - 2].lower_ in STREET_WORDS:
        return True  # "on Hoyt Street at Union": the cross street
    if not (len(before) > 0 and before[-1].lower_ in {"and", "&"}):
        return False
    return (start >= 3 and doc[start - 3].lower_ == "between") or _after_a_named_street(doc, start - 1)


def _after_a_named_street(doc: Doc, conjunction: int) -> bool:
    """ "between Central Park West and Tulsa", "between Fifth Avenue and Tulsa": "between" and a street of
    several capitalised words, its last a street's or a compass word, before the "and"."""
    first = conjunction - 1
    while first > 0 and conjunction - first <= MAX_STREET_WORDS and doc[first].text[:1].isupper():
        if doc[first - 1].lower_ == "between":
            return conjunction - first >= 2 and doc[conjunction - 1].lower_ in NAMED_STREET_ENDS
        first -= 1
    return False


def bare_corner(doc: Doc, start: int, end: int) -> bool:
    """ "at Kestrel and Tulsa there's a mural": "at" and two bare names joined by "and", neither a person,
    state or country, is a corner of two streets ("at Harvard and Yale" names no place either way; nor do two
    towns' names there, "hit at Elmira and Tulsa."); so is "where Tulsa meets Kestrel", "where Kestrel meets
    Tulsa"."""
    if start >= 1 and doc[start - 1].lower_ == "where" and end < len(doc) and doc[end].lower_ in MEET:
        return _a_bare_street_name(doc[end + 1], places=True) if end + 1 < len(doc) else False
    if start >= 3 and doc[start - 1].lower_ in MEET and doc[start - 3].lower_ == "where":
        return _a_bare_street_name(doc[start - 2], places=True)
    if doc[start].text.isupper():
        return False  # "growling at MTA and NYPD dogs": initials name bodies, not streets
    if start >= 1 and doc[start - 1].lower_ == "at" and end + 1 < len(doc) and doc[end].lower_ in {"and", "&"}:
        other, after = doc[end + 1], end + 2  # "at Tulsa and Kestrel", the first of the two
    elif start >= 3 and doc[start - 1].lower_ in {"and", "&"} and doc[start - 3].lower_ == "at":
        other, after = doc[start - 2], end
    else:
        return False
    if after < len(doc) and doc[after].text == ",":
        return False  # "at Elmira and Tulsa, Okla.": a place and a place with its state
    return other.ent_type_ != "PERSON" and _a_bare_street_name(other, places=True)


def street_range(doc: Doc, start: int, end: int) -> bool:
    """ "a bike lane from Kestrel to Tulsa", "nine blocks from Tulsa to Kestrel": a stretch from one street to
    another, the other a bare name that is no place, in a sentence that speaks of streets, blocks or lanes
    ("flights from Heathrow to Tulsa" keep the city)."""
    other = None
    if start >= 3 and doc[start - 1].lower_ == "to" and doc[start - 3].lower_ == "from":
        other = doc[start - 2]
    elif end + 2 < len(doc) and start >= 1 and doc[start - 1].lower_ == "from" and doc[end].lower_ == "to":
        other = doc[end + 1]
    if other is None or not _a_bare_street_name(other):
        return False
    sentence = sentence_at(doc, start)
    return any(t.lower_ in ROAD_WORDS for t in sentence)


def _a_bare_street_name(token: Token, places: bool = False) -> bool:
    """A capitalised word alone, not initials, that names no state or country, nor (unless ``places``) a
    place: "Kestrel", "Rivington"."""
    if not (token.is_alpha and token.text[:1].isupper()) or token.text.isupper():
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isupper():
        return False  # "at Penn State and Tulsa"
    text = token.text
    if gazetteer.is_state_name(text) or gazetteer.is_country(text):
        return False
    return places or gazetteer.key(text) not in gazetteer.places_by_name()


def corner_of_a_numbered_street(doc: Doc, start: int, end: int) -> bool:
    """ "at Lexington and 86th", "72nd & Columbus": a corner with a numbered street, so surely a street."""
    before = doc[max(0, start - 3) : start]
    after = doc[end : end + 3]
    return any(ORDINAL_STREET.match(t.text) for t in [*before, *after]) and any(
        t.lower_ in {"and", "&"} for t in [*before[-1:], *after[:1]]
    )


def street_by_direction(doc: Doc, start: int) -> bool:
    """ "the stretch of Broadway just north of Houston", "a bar on Avenue B below Houston", "Ludlow Street off
    Houston": a name a direction places something by, in a sentence that places it by streets, is a street too."""
    if start < 2 or doc[start - 1].lower_ not in {"of", "above", "below", "off"}:
        return False
    if doc[start - 1].lower_ == "of" and doc[start - 2].lower_ not in COMPASS_WORDS:
        return False
    sentence = sentence_at(doc, start)
    return any(
        t.i != start and ((t.lower_ in STREET_WORDS and t.text[:1].isupper()) or ORDINAL_STREET.match(t.text))
        for t in sentence
    )
