"""Words around a place name that show it names something else: a person, a team, a club, a list of
counties or streets, or a product (a street at a corner: ``streets``; a work: ``works``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import CLUB_WORDS, POSSESSIVES, cues
from sanctuary_cli.extract.places.counties import counties_by_base
from sanctuary_cli.extract.places.streets import ORDINAL_STREET, STREET_PLURALS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPEECH_VERBS = frozenset(
    {"said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "explained", "claimed",
     "insisted", "recalled", "admitted"}
)
MINOR_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "from", "with", "by"})
PEOPLE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
THING_ENTITIES = frozenset({"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"})
COUNTY_PLURALS = frozenset({"counties", "parishes"})
LIST_ENDS = COUNTY_PLURALS | STREET_PLURALS | {"railroad", "railway"}
AVENUE_PLURALS = frozenset({"avenues", "boulevards"})  # plurals that, even in lower case, end a list of streets
# ... or of airports named for their cities ("Tulsa and Omaha airports"), or of a railroad's ("the Tulsa and Omaha
# Railroad", "the New York, Tulsa and Omaha lines")
NAMED_FOR_A_LIST = frozenset({"airports", "railroad", "railway", "lines"})
CALL_VERBS = frozenset({"called", "phoned", "texted", "emailed", "paged"})  # "called Tyler to ask": a person
MAX_LIST_TOKENS = 12  # a list of names this long or shorter is read to its end
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
SOURCE_ENDS = frozenset({".", ",", ";", ":", ")", "!", "?"})  # a name that ends "according to ..." stands alone
YEARS = frozenset({"year", "years"})  # "a 12-year-old", "the 12-years-old"
LIST_SEPARATORS = frozenset({",", ";", "and", "or", "&"})
MAX_COUNTY_LIST_TOKENS = 60  # a weather warning can list a score of counties
ASIDE_OPENERS = frozenset({",", "-", "--", "–", "—"})  # what opens an aside after a name: "Tulsa - who ..."


def used_as_a_person(doc: Doc, start: int, end: int) -> bool:
    """ "Houston told the Daily News", "Tyler and his sister", "her son Brandon, 7,", "whose daughter,
    Austin,", "Tyler, who ...": a place name used as a person's (or a team's); "Bowie, Joplin and the Dead":
    one name in a list of people and bands."""
    head = doc[end - 1]
    if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lower_ in SPEECH_VERBS and head.head.i == end:
        return True
    following = [t.lower_ for t in doc[end : end + 3]]
    if following[:2] in (["and", "his"], ["and", "her"]) or following[:1] in (["his"], ["her"]):
        return True
    if start >= 1 and doc[start - 1].lower_ in CALL_VERBS and _to_and_a_verb(doc, end):
        return True  # "the school called Tyler to come in": a person phoned ("a town called Tyler" is named)
    if following[:1] == [","] and len(following) > 1 and following[1].isdigit() and int(following[1]) < 120:
        return True  # "Brandon, 7, was not hurt": an age follows a person's name
    if following[:1] and following[0] in ASIDE_OPENERS and following[1:2] == ["who"] and (
        start == 0 or doc[start - 1].tag_ not in {"IN", "TO"}
    ):
        return True  # "Portland, who have struggled all year", "Tulsa - who had not played in a week": "who"
        # takes up a person or a team, not a place
    return _listed_with_people(head) or _named_after_kin(doc, start)


def cited_as_a_source(doc: Doc, start: int, end: int) -> bool:
    """ "..., according to Tyler.": a name that alone ends an attribution is the person or body cited."""
    if start < 2 or [t.lower_ for t in doc[start - 2 : start]] != ["according", "to"]:
        return False
    return end >= len(doc) or doc[end].text in SOURCE_ENDS


def _to_and_a_verb(doc: Doc, end: int) -> bool:
    """Whether "to" and a verb's base form follow token ``end``."""
    return end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].tag_ == "VB"


def _named_after_kin(doc: Doc, start: int) -> bool:
    """ "whose daughter, Austin, was hurt", "her dog Denver", "the nine-year-old, Tyler,": a relative's, pet's
    or child's name after the noun (or the age that stands for one)."""
    i = start - 1
    comma = i >= 0 and doc[i].text == ","
    i -= comma
    if comma and i >= 2 and doc[i].lower_ == "old" and doc[i - 1].text == "-" and doc[i - 2].lower_ in YEARS:
        return True  # "a 12-year-old, Austin": the age written as a noun ("a 12-year-old Austin resident" is not)
    return i >= 0 and doc[i].is_lower and doc[i].lower_ in cues().kin_before


def listed_with_other_things(token: Token) -> bool:
    """ "Newcomers like Barano, Cheeseboat, Lilia and Freehold", "Aerosmith, James Taylor and Boston": a name
    coordinated with two or more names of which none is a place, and one at least is tagged as a group, person
    or building: the list is of restaurants, shops or bands, and so is the name."""
    others = [t for t in token.conjuncts if t.text[:1].isupper()]
    if len(others) < 2:
        return False
    if any(_a_place(t) for t in others):
        return False
    return any(t.ent_type_ in THING_ENTITIES for t in others)


def _a_place(token: Token) -> bool:
    """A name the gazetteer knows as a place, a state or a country, and not tagged as part of a person's or a
    group's name ("James Taylor" is no Taylor, Texas)."""
    text = token.text
    if gazetteer.key(text) in gazetteer.city_aliases():
        return True  # "NYC", however it is tagged
    if token.ent_type_ in THING_ENTITIES:
        return False
    if token.ent_type_ == "GPE" and token.ent_iob_ == "I":
        return True  # the last word of a place's name: "Francisco" of "San Francisco"
    return gazetteer.key(text) in gazetteer.places_by_name() or bool(gazetteer.state_code(text)) or (
        gazetteer.is_country(text)
    )


def listed_with_places_abroad(token: Token) -> bool:
    """ "letters from Paris, Cairo and Lagos": a name coordinated only with places abroad (countries, and places
    the NER sees that the US gazetteer knows not, or knows only as namesakes of bigger cities abroad) is one of
    them."""
    others = [t for t in token.conjuncts if t.text[:1].isupper()]
    return bool(others) and all(_a_place_abroad(other) for other in others)


def _a_place_abroad(token: Token) -> bool:
    words = [t.text for t in token.doc[min(token.left_edge.i, token.i) : token.i + 1] if t.text[:1].isupper()]
    name = " ".join(words) or token.text  # "New Delhi" by its head "Delhi"
    if gazetteer.is_country(name):
        return True
    if token.ent_type_ not in {"GPE", "LOC"} or gazetteer.state_code(name) is not None:
        return False
    name_key = gazetteer.key(name)
    if name_key in gazetteer.city_aliases():
        return False
    return all(p.abroad for p in gazetteer.places_by_name().get(name_key, ()))


def _listed_with_people(token: Token) -> bool:
    """Whether the token is coordinated only with names of people and groups ("Bowie, Phish and Joplin")."""
    others = [t for t in token.conjuncts if t.text[:1].isupper()]
    if not others:
        return False
    kinds = {t.ent_type_ for t in others}
    return "PERSON" in kinds and kinds <= PEOPLE_ENTITIES


def _list_after(doc: Doc, end: int) -> int:
    """Where the list of capitalised names that continues after token ``end`` stops ("..., Orange and
    Rockland Counties": at "Counties"; "Wakefield and Edenwald in": at "in")."""
    i = end
    while i < len(doc) and i < end + MAX_LIST_TOKENS and (
        doc[i].text in {",", "and", "&"}
        or ORDINAL_STREET.match(doc[i].text)
        or (doc[i].text[:1].isupper() and doc[i].lower_ not in LIST_ENDS)
    ):
        i += 1
    return i


def listed_as_counties_or_streets(doc: Doc, end: int) -> bool:
    """ "Putnam, Orange, Westchester and Rockland Counties": a name in a list that ends in "Counties";
    "at Houston, 23rd and 42nd Streets": in a list that ends in "Streets"; "at JFK and Tulsa airports", "the
    New York, Tulsa and Omaha Railroad"."""
    i = _list_after(doc, end)
    if i >= len(doc):
        return False
    if doc[i].lower_ in COUNTY_PLURALS or doc[i].lower_ in AVENUE_PLURALS:
        return True  # ("Bergen and Lexington avenues": no city has avenues named for it)
    if doc[i].lower_ in NAMED_FOR_A_LIST and not doc[i - 1].is_punct:
        return True  # "delays at JFK, LaGuardia and Tulsa airports"
    # a capitalised plural after a real list: not "busy New York City streets"
    listed = any(t.text in {",", "and", "&"} for t in doc[end:i])
    return doc[i].lower_ in STREET_PLURALS and doc[i].text[:1].isupper() and listed


def listed_in_a_section(doc: Doc, end: int, is_section: Callable[[str], bool]) -> bool:
    """ "Wakefield and Edenwald in the Bronx": names placed inside a part of a city are its neighbourhoods."""
    i = _list_after(doc, end)
    if i >= len(doc) or doc[i].lower_ != "in":
        return False
    for size in (3, 2, 1):
        words = doc[i + 1 : i + 1 + size]
        if len(words) == size and is_section(words.text):
            return True
    return False


def state_closing_the_list(doc: Doc, end: int) -> str | None:
    """ "Avon, Salem, and Bristol in Oregon; Dover in Maine": the state that closes the list the name ends at
    token ``end`` (the name alone, or the list's earlier names) places every name of the list in it. A city
    after "in" ("Avon and Salem in Portland") or a longer name ("in New York City") is no such state."""
    i = _list_after(doc, end)
    if i >= len(doc) - 1 or doc[i].lower_ != "in":
        return None
    for size in (2, 1):
        words = doc[i + 1 : i + 1 + size]
        after = doc[i + 1 + size] if i + 1 + size < len(doc) else None
        if len(words) < size or (after is not None and after.text[:1].isupper()):
            continue
        code = gazetteer.state_code(words.text)
        if code is not None and gazetteer.is_state_name(words.text):
            return code
    return None


def state_opening_the_list(doc: Doc, start: int) -> str | None:
    """ "Oregon river towns like Avon, Salem and Bristol", "Maine cities such as Dover": a state before a plural
    of a town's noun that introduces the list the name starting at token ``start`` is in places every name in it."""
    i = _list_before(doc, start)
    if i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
        i -= 1
    elif i < 0 or doc[i].lower_ not in {"like", "including"}:
        return None
    j = i - 1
    plurals = {n[:-1] + "ies" if n.endswith("y") else n + "s" for n in cues().city_nouns}
    if j < 0 or doc[j].lower_ not in plurals:
        return None
    while j > 0 and i - j <= 3 and doc[j - 1].is_lower and doc[j - 1].is_alpha:
        j -= 1  # "river towns", "small suburban towns"
    for size in (2, 1):
        if j - size >= 0 and gazetteer.is_state_name(doc[j - size : j].text) and doc[j - size].text[:1].isupper():
            return gazetteer.state_code(doc[j - size : j].text)
    return None


def _list_before(doc: Doc, start: int) -> int:
    """The token before the list of names that runs back from token ``start`` ("like" in "towns like Avon,
    Salem-on-Hudson and Bristol")."""
    i = start - 1
    while i >= 0 and start - i <= MAX_LIST_TOKENS and (
        doc[i].text in LIST_SEPARATORS | {"-"} or (doc[i].text[:1].isupper() and doc[i].lower_ not in LIST_ENDS)
        or (0 < i < len(doc) - 1 and doc[i - 1].text == "-" and doc[i + 1].text == "-")  # "Hastings-on-Hudson"
    ):
        i -= 1
    return i


def names_a_team(doc: Doc, end: int, nicknames: tuple[tuple[str, ...], ...]) -> bool:
    """ "the Tacoma Kings", "Sacramento Kings fans", "the Tacoma City Kings": a capitalised team nickname follows the
    place name (past a club's "City", after which a club word names the team too: "Tacoma City SC"; "Tacoma SC"
    alone may be a town and its state)."""
    if end + 1 < len(doc) and doc[end].text == "City":
        end += 1
        if doc[end].text.isupper() and doc[end].lower_ in CLUB_WORDS:
            return True
    after = doc[end : end + 3]
    if not after or not after[0].text[:1].isupper():
        return False
    words = [t.lower_ for t in after]
    return any(tuple(words[: len(n)]) == n for n in nicknames)


def names_a_product(doc: Doc, end: int, products: tuple[tuple[str, ...], ...]) -> bool:
    """ "an old Baldwin piano", "a Pendleton blanket": a product word follows the maker's or place's name."""
    words = [t.lower_ for t in doc[end : end + 2]]
    return any(tuple(words[: len(p)]) == p for p in products)


def slashed_with_a_word(doc: Doc, start: int, end: int) -> bool:
    """ "an ashes/Tulsa kinda thing": a name written with a common word across a slash is wordplay, a pair of
    ideas, not the city ("Omaha/Tulsa" and "Tulsa/Omaha" both capitalised stay places)."""
    before = start >= 2 and doc[start - 1].text == "/" and doc[start - 2].is_lower and doc[start - 2].is_alpha
    after = end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].is_lower and doc[end + 1].is_alpha
    return before or after


def placed_in_a_section(doc: Doc, start: int, end: int, is_section: Callable[[str], bool]) -> bool:
    """ "Far Rockaway, Queens", "Brooklyn's Brownsville": a name written with the part of a big city it lies
    in is a neighbourhood of that city."""
    if end + 1 < len(doc) and doc[end].text == ",":
        for size in (3, 2, 1):
            words = doc[end + 1 : end + 1 + size]
            if len(words) == size and is_section(words.text):
                return True
    if start >= 2 and doc[start - 1].text in POSSESSIVES:
        for size in (3, 2, 1):
            if start - 1 - size >= 0 and is_section(doc[start - 1 - size : start - 1].text):
                return True
    return False


def listed_with_counties(doc: Doc, start: int, end: int) -> bool:
    """ "a warning for Albany; Broome; Chenango; Dutchess; Oneida", "Dutchess, Ulster, Oneida and Fulton": a
    county's name in a list of which two names or more are only counties' and counties' names are half or more
    is a county's, in a list written without the word."""
    bases = counties_by_base()
    if doc[start:end].text.casefold() not in bases:
        return False
    names = [*_list_names(doc, start, -1), *_list_names(doc, end - 1, 1)]
    places = gazetteer.places_by_name()
    county_only = sum(1 for n in names if n.casefold() in bases and gazetteer.key(n) not in places)
    counties = 1 + sum(1 for n in names if n.casefold() in bases)
    return county_only >= 2 and 2 * counties >= len(names) + 1


def _list_names(doc: Doc, i: int, step: int) -> list[str]:
    """The capitalised names of the list that runs on from token ``i`` in one direction, up to a bound."""
    names: list[str] = []
    words: list[str] = []
    j = i + step
    while 0 <= j < len(doc) and abs(j - i) <= MAX_COUNTY_LIST_TOKENS:
        token = doc[j]
        if token.text in LIST_SEPARATORS:
            if words:
                names.append(" ".join(words[::step]))
            words = []
        elif token.text[:1].isupper() and token.is_alpha:
            words.append(token.text)
        else:
            break
        j += step
    if words:
        names.append(" ".join(words[::step]))
    return names
