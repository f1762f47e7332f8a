"""Place names an article writes as a person's surname: right after a given name ("the Christopher Tulsa
Syndrome"), or after a given name and a nickname in quotation marks ('Ronald "Tinard" Tulsa')."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.places import gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc

OPENING_QUOTES = frozenset({'"', "“"})  # the marks around a nickname: 'Ronald "Tinard" Tulsa'
CLOSING_QUOTES = frozenset({'"', "”"})
MAX_NICKNAME_WORDS = 3


def _closes_a_nickname(doc: Doc, i: int) -> bool:
    """Whether token ``i`` closes a nickname of one to ``MAX_NICKNAME_WORDS`` capitalised words in double
    quotation marks, right after a listed given name ('Ronald "Tinard"')."""
    if doc[i].text not in CLOSING_QUOTES:
        return False
    j = i - 1
    while j > i - 1 - MAX_NICKNAME_WORDS and j > 0 and doc[j].is_alpha and doc[j].text[:1].isupper():
        j -= 1
    if j == i - 1 or j < 1 or doc[j].text not in OPENING_QUOTES:
        return False
    given = doc[j - 1]
    return given.is_alpha and given.text[:1].isupper() and known_given_name(given.text)


def after_a_given_name(doc: Doc, common_words: set[str]) -> set[str]:
    """The keys of place names the text writes right after a given name, as a person's surname, where the tagger
    may see no person ("the Christopher Tulsa Syndrome"): not at a sentence's start ("Will Tulsa vote?"), nor
    a given name the text writes in lower case too ("to mark Tulsa's day"), nor a place's own name ("Glen Tulsa"
    where a town is so called), nor inside a longer run of capitalised words; and right after a given name and a
    nickname in quotation marks, anywhere ('Ronald "Tinard" Tulsa was named as a suspect')."""
    places = gazetteer.places_by_name()
    found: set[str] = set()
    for i in range(1, len(doc) - 1):
        given, name = doc[i], doc[i + 1]
        if _closes_a_nickname(doc, i):  # 'Ronald "Tinard" Tulsa', at a sentence's start as well
            if name.is_alpha and name.text[:1].isupper() and gazetteer.key(name.text) in places:
                found.add(gazetteer.key(name.text))
            continue
        if not (name.is_alpha and name.text[:1].isupper() and given.is_alpha and given.text[:1].isupper()):
            continue
        name_key = gazetteer.key(name.text)
        if name_key not in places or given.is_sent_start or given.lower_ in common_words:
            continue
        if gazetteer.key(given.text) in places or gazetteer.key(f"{given.text} {name.text}") in places:
            continue
        before = doc[i - 1]
        if before.is_alpha and before.text[:1].isupper() and not before.is_sent_start:
            continue
        if known_given_name(given.text):
            found.add(name_key)
    return found
