"""Words made of names or of words run together: a brand's, a product's, an adjective's, no person's.

"MetroCard", "SoulCycle": two capitalised words run together, the first of four letters or more,
name a product or a brand, where a surname opens with a short prefix ("McCarthy", "LaGuardia").
"Quillon-esque", "Quillon-y": a name with a lower-case word hyphened on is an adjective.
"Mar-a-Tessel", "Harbor-upon-Quill": capitalised words hyphened through lower-case words name an estate, a
place or a chain, no person (unless the lower-case words are a name's particles, "Abd-al-Quillon", or an actor's
"as" and the part: "Ada Quillon-as-Orrin").
"""

from __future__ import annotations

import re

from sanctuary_cli.extract.people.names import PARTICLES

_CAMEL = re.compile(r"^([A-Z][a-z]{3,})[A-Z][a-z]")  # "MetroCard", "SoulCycle": a word, then a capital
_NAME_PREFIXES = frozenset({"fitz", "vander", "della", "delle", "dalla", "dello", "mont"})  # "FitzGerald"
# a hyphen, lower-case words hyphened one after another ("-a-Lago", "-upon-Avon", "-in-the-Box") or a capitalised
# function word and the words after it ("-In-Chief", "-Of-The-Year"), and a capital
_HYPHENED_THROUGH = re.compile(r"-((?:[a-z]+-)+|(?:In|Of|At|On|The|And)-(?:[A-Za-z]+-)*)[A-Z]")
# a name's particles ("Abd-al-Rahman", "Ortega-y-Gasset"), and an actor's "as" and the part ("Ada Quillon-as-Orrin")
_NAME_LINKS = PARTICLES | {"al", "el", "ul", "ibn", "bint", "y", "as"}


def brand_word(word: str) -> bool:
    """A word of two capitalised words run together, the first four letters or more ("MetroCard",
    "TrumpTower"): a brand's or a product's, not a surname ("McCarthy", "DeShawn", "LaGuardia",
    "MacArthur" open with a prefix of two or three letters; "FitzGerald" with a name's prefix)."""
    m = _CAMEL.match(word)
    return m is not None and m.group(1).casefold() not in _NAME_PREFIXES


def written_as_a_brand(word: str, text: str) -> bool:
    """Whether the text writes this one word elsewhere as a brand's ("Metrocard" where the text also
    writes "MetroCard")."""
    if brand_word(word) or len(word) < 6:
        return brand_word(word)
    return any(brand_word(m.group()) for m in re.finditer(rf"\b{re.escape(word)}", text, re.IGNORECASE))


def hyphened_through(text: str, at: int = 0) -> bool:
    """Whether the text runs on at ``at`` through a hyphen and lower-case words, no name's particles, into a
    capitalised word ("Mar" of "Mar-a-Lago", "Golfer" of "Golfer-In-Chief")."""
    m = _HYPHENED_THROUGH.match(text, at)
    return m is not None and any(w.lower() not in _NAME_LINKS for w in m.group(1).split("-") if w)


def made_word(words: list[str]) -> str | None:
    """Why the words of a name are a brand's or an adjective's, or None."""
    if any(brand_word(w) for w in words):
        return "a brand's or a product's name (a capital inside a word)"
    if any(hyphened_through(w, i) for w in words for i, c in enumerate(w) if c == "-"):
        return "a compound name hyphened through lower-case words ('Mar-a-Lago')"
    if re.search(r"[^\W\d_]-[a-z]+$", words[-1].rstrip(",.")):
        return "an adjective made of a name (a lower-case word hyphened on: 'Quillon-esque')"
    return None
