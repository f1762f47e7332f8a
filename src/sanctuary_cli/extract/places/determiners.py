"""A place name after "the" or "a": a thing, a venue or a type that bears the name, not the city.

"break out the Corona", "he drove a Tacoma", "the nightmarish Roseland!", "the next Detroit": an article
word before a bare name, with no noun after it to describe, makes the name a thing of its own; "the Chicago
police", "a Tacoma native" and "the Tulsa, Okla. school system" stay the place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract import docindex
from sanctuary_cli.extract.places import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.places.article import Mention

DESCRIBING_TAGS = frozenset({"JJ", "JJR", "JJS"})  # lower-case describing words: "the nightmarish", "the next"
MAX_DESCRIBING_WORDS = 2
# what follows a name that heads its phrase: "the nightmarish Tulsa!", "the Tulsa, OK, with rye"; not a verb ("the
# real Tulsa is kinder" is the city)
PHRASE_ENDS = frozenset({"IN", "CC", "TO"})


def after_an(doc: Doc, mention: Mention) -> bool:
    """ "pop open a Corona", "he drove a Tacoma": "a" or "an" right before a bare one-word name makes it a thing
    (with a noun or adjective after it, "a Tacoma native", "a Newark federal court", it only describes one:
    see ``attributive``)."""
    if mention.start == 0 or doc[mention.start - 1].lower_ not in {"a", "an"} or mention.end - mention.start > 1:
        return False
    if mention.cued or mention.qualifier is not None:
        return False  # "a Fort Lee, NJ heroin mill"
    after = doc[mention.end] if mention.end < len(doc) else None
    return after is None or (after.tag_ not in {"NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "VBG"} and after.text != ",")


def after_the(doc: Doc, mention: Mention) -> bool:
    """A name after "the" that is no city's: neither an alias ("the District of Columbia" is still the
    capital) nor cued as a city (see :func:`_cued_as_a_city`)."""
    if mention.start == 0 or doc[mention.start - 1].lower_ != "the":
        return False
    return mention.key not in gazetteer.city_aliases() and not _cued_as_a_city(doc, mention)


def described_after_the(doc: Doc, mention: Mention) -> bool:
    """A name that "the" and its describing words ("the nightmarish", "the next") open, or that "the" opens
    before its state, heading its phrase with no noun after it: a venue, a drink or a type ("the next Tulsa"),
    as a city is written bare. Not "the Tulsa, Okla. school system", "the same Tulsa bus depot": a noun after
    the name makes it describe a thing of the place."""
    before = mention.start - 1
    while before > mention.start - 1 - MAX_DESCRIBING_WORDS and before >= 0 and _describing(doc[before]):
        before -= 1
    described = before < mention.start - 1
    if before < 0 or doc[before].lower_ != "the" or not (described or mention.qualifier is not None):
        return False
    if mention.cued or mention.key in gazetteer.city_aliases():
        return False
    after = mention.qualifier_end if mention.qualifier is not None else mention.end
    if after < len(doc) and doc[after].text == ",":
        after += 1
    return after >= len(doc) or doc[after].is_punct or doc[after].tag_ in PHRASE_ENDS


def _describing(token: Token) -> bool:
    return token.tag_ in DESCRIBING_TAGS and token.is_lower


def _cued_as_a_city(doc: Doc, mention: Mention) -> bool:
    """After "the", a cue counts only where the NER sees a name: "the Chicago police" but not "the Union
    government" (the Civil War's)."""
    if not mention.cued:
        return False
    return mention.key in gazetteer.city_institutions() or docindex.index(doc).entity(mention.start) is not None
