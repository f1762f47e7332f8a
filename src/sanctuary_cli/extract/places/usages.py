"""Uses of a place's name as a word of something else, read from the words right around it: a surname in a
list of officials before the title they share, a dance named after a city, a capitalised "New" before a
city's council or hall, a commuter rail line named for its far end, and a business named for its owner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.names import known_given_name
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import POSSESSIVES, cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that, after "City", make a council member's title: "Quist City Councilmember", "City Council member".
COUNCIL_TITLES = frozenset({"councilmember", "councilman", "councilwoman", "councilor", "councillor"})
COUNCIL_MEMBER = ("council", "member")
TOWN_PAIR_JOINS = frozenset({"/", "-", "–"})  # "the Tulsa/Sand Springs line": a border
TITLE_WINDOW = 60  # tokens read either side for the other names that share a title (one table or list)
# A dance named after a city, joined to its name by a hyphen: "a Charleston-dancing couple".
DANCE_WORDS = frozenset({"dancing", "dance", "danced", "dancer", "dancers"})
# Adjectives that, capitalised at a sentence's start or in a headline, make "<Adjective> City" before one of
# BODY_WORDS read as the adjective and the city's body: "New City Council legislation passed".
CITY_ADJECTIVES = frozenset({"new", "old"})
BODY_WORDS = frozenset({"council", "hall", "councilmember", "councilman", "councilwoman", "charter"})


def listed_by_a_shared_title(doc: Doc, start: int, end: int) -> bool:
    """ "Quist City Councilmember / Tyler City Councilmember / Marsh City Councilmember": a name right before a
    council member's title that another name nearby bears too, one that no place bears, is a surname in a list
    of officials ("Denver City Councilmember Ana Ruiz and Aurora City Councilmember ..." stays two cities). A
    table may set each name and title on lines of their own."""
    low, high = max(0, start - TITLE_WINDOW), min(len(doc), end + TITLE_WINDOW)
    words = [t for t in doc[low:high] if not t.is_space]
    after = next((n for n, t in enumerate(words) if t.i >= end), len(words))
    if _title_length(words, after) == 0:
        return False
    return any(
        not start <= word.i < end and _title_length(words, n + 1) > 0 and _a_surname(words, n)
        for n, word in enumerate(words)
    )


def _title_length(words: list[Token], n: int) -> int:
    """How many words from the ``n``th make "City Councilmember" or "City Council member" (0 if none)."""
    lower = [t.lower_ for t in words[n : n + 3]]
    if lower[:1] != ["city"] or len(lower) < 2:
        return 0
    if lower[1] in COUNCIL_TITLES:
        return 2
    return 3 if tuple(lower[1:3]) == COUNCIL_MEMBER else 0


def _a_surname(words: list[Token], n: int) -> bool:
    """A capitalised word that no place bears, alone, with the capitalised word before it, or with "City" after
    it ("Jersey City Councilmember" is a city's)."""
    word = words[n]
    if not (word.is_alpha and word.text[:1].isupper()):
        return False
    names = [word.text]
    if n > 0 and words[n - 1].is_alpha and words[n - 1].text[:1].isupper():
        names.append(f"{words[n - 1].text} {word.text}")
    names += [f"{name} City" for name in names]
    return not any(gazetteer.places_by_name().get(gazetteer.key(name)) for name in names)


def named_for_a_dance(doc: Doc, end: int) -> bool:
    """ "one Charleston-dancing couple", "Charleston-dancers": the name joined by a hyphen to a word of
    dancing is the dance ("Detroit-style pizza", "a Charleston-born chef" keep the city)."""
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in DANCE_WORDS


def an_adjective_before_a_city_body(doc: Doc, start: int, end: int) -> bool:
    """ "New City Council legislation", "Plans For A New City Hall": a two-word name of an adjective and "City"
    right before a city body's word is the adjective and the city's body, not a town so named ("New City, N.Y."
    and "New City residents" stay the town)."""
    if end - start != 2 or doc[start].lower_ not in CITY_ADJECTIVES or doc[start + 1].text != "City":
        return False
    return end < len(doc) and doc[end].lower_ in BODY_WORDS


def names_a_rail_line(doc: Doc, start: int, end: int, article_words: set[str]) -> bool:
    """ "All service on the Tulsa line was suspended", "Tulsa Line trains": in an article that speaks of trains
    (``article_words``, the words it writes in lower case), a name right before "line" or "branch" is the rail
    line's ("a branch of the bank in Tulsa" and "the Tulsa branch of the library" stay the city, and "the
    Tulsa/Sand Springs line" is the border between two towns)."""
    if end >= len(doc) or doc[end].lower_ not in cues().rail_line_after:
        return False
    if start > 0 and doc[start - 1].text in TOWN_PAIR_JOINS:
        return False
    if end + 1 < len(doc) and doc[end + 1].lower_ == "of":
        return False
    return not article_words.isdisjoint(cues().rail_words)


def named_for_its_owner(doc: Doc, start: int, end: int) -> bool:
    """ "Max's Kansas City", "dinner at Rosa's Tulsa": a given name alone in the possessive right before the name
    makes a business's name ("Mayor Ruiz's Tulsa" and "Ada Quillon's Tulsa" speak of the city, and so does
    "Rosa's Tulsa office", her office there)."""
    if start < 2 or doc[start - 1].text not in POSSESSIVES:
        return False
    if end < len(doc) and doc[end].is_lower and doc[end].tag_ in {"NN", "NNS"}:
        return False
    owner = doc[start - 2]
    if not (owner.is_alpha and owner.text[:1].isupper() and known_given_name(owner.text)):
        return False
    before = doc[start - 3] if start >= 3 else None
    return before is None or before.is_sent_start is True or not (before.is_alpha and before.text[:1].isupper())
