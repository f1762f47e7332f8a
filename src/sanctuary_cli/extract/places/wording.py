"""The words right around a place name that make it a street's, a title's, a station's or an event's:
"a one-bedroom at 471 Tulsa" (an address), "the return of Mornin' Tulsa" (a show), "Fairfield Metro" (a
station), "a wise decision to skip Tulsa" (a festival); and an abbreviation the article spells out as other
words ("direct current (DC)")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sanctuary_cli.extract.places.article import Mention

SKIP_OR_ATTEND = frozenset(
    {"skip", "skips", "skipped", "skipping", "attend", "attends", "attended", "attending"}
)
YEAR_LIKE = re.compile(r"1[789]\d\d|20\d\d")  # "in 1999 Tulsa", not an address
METRO_REGIONS = frozenset({"area", "region", "areas", "regions"})
# lower-case words and, in brackets, the capitals that open them: "direct current (DC)", "low altitude (LA)"
SPELT_OUT = re.compile(r"\b((?:[a-z]+[ -]){1,3}[a-z]+) \(([A-Z]{2,4})\)")


def after_a_house_number(doc: Doc, start: int) -> bool:
    """ "at 471 Tulsa", "on 12 Omaha": a number (no year) after "at" or "on" right before the name makes it a
    street's, its word "Street" left out."""
    if start < 2 or doc[start - 2].lower_ not in {"at", "on"}:
        return False
    number = doc[start - 1].text
    return number.isdigit() and len(number) <= 5 and not YEAR_LIKE.fullmatch(number)


def after_a_dropped_g(doc: Doc, start: int) -> bool:
    """ "Mornin' Tulsa", "Rockin' Omaha": a capitalised word whose "g" an apostrophe drops, right before the
    name, opens a title's or a show's name."""
    if start < 2 or doc[start - 1].text not in {"'", "’"}:
        return False
    word = doc[start - 2]
    return word.text[:1].isupper() and word.text.endswith("in") and doc[start - 1].idx == word.idx + len(word.text)


def before_metro(doc: Doc, end: int) -> bool:
    """ "Fairfield Metro", "the Tulsa Metro": a capitalised "Metro" after the name ends a station's, a transit
    system's or a paper's name; "the Tulsa Metro area" and "the Tulsa metro" stay the city and its region."""
    if end >= len(doc) or doc[end].text != "Metro":
        return False
    return end + 1 >= len(doc) or doc[end + 1].lower_ not in METRO_REGIONS


def skipped_or_attended(doc: Doc, mention: Mention) -> bool:
    """A bare name as the object of "skip" or "attend": one skips or attends a festival, a school or a train's
    stop, not a city."""
    if mention.qualifier is not None or mention.cued or mention.start == 0:
        return False
    return doc[mention.start - 1].lower_ in SKIP_OR_ATTEND


def spelt_out_abbreviations(text: str) -> frozenset[str]:
    """The abbreviations the text spells out in lower-case words, each word's first letter one of its capitals
    ("relied on direct current (DC)"): in that article the letters are those words wherever they stand ("his
    DC technology"), no place. A place's own name is capitalised ("the District of Columbia (DC)")."""
    found = set()
    for match in SPELT_OUT.finditer(text):
        letters = match.group(2)
        words = re.split(r"[ -]", match.group(1))[-len(letters):]  # as many words before the bracket as letters
        if len(words) == len(letters) and "".join(w[0] for w in words).upper() == letters:
            found.add(letters.casefold())
    return frozenset(found)
