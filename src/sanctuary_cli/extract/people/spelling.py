"""Spelling slips between two written names: one letter put in, left out or changed between
vowels, or two neighbouring letters swapped."""

from __future__ import annotations

import re

from sanctuary_cli.extract.people.given import first_name_gender, known_given_name


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, stopping early once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def near_spelling(a: str, b: str) -> bool:
    """A likely misspelling: "Healy"/"Healey", "Emmanuel"/"Emanuel", "Muhammad"/"Muhammed" (one edit,
    long enough).

    A letter put in or left out is a typist's slip; a letter changed for another is one only between
    vowels, which spelling leaves in doubt. Two names a consonant apart are two names ("Obama" and
    "Osama", "Stringer" and "Springer")."""
    if a == b or min(len(a), len(b)) < 5:
        return False
    if len(a) != len(b):
        return edit_distance(a, b, 1) <= 1
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) == 1 and all(letter in VOWELS for letter in changed[0])


VOWELS = frozenset("aeiouyAEIOUY")  # letters spelling leaves in doubt: one may be written for another


def near_or_swapped(a: str, b: str) -> bool:
    """A likely misspelling (see :func:`near_spelling`), or two letters swapped, as a typist swaps
    them ("Ferdinand"/"Ferdniand"), unless both are given names ("Carol" and "Carlo" are two names)."""
    if near_spelling(a, b):
        return True
    return min(len(a), len(b)) >= 5 and swapped(a, b) and not (known_given_name(a) and known_given_name(b))


def swapped(a: str, b: str) -> bool:
    """Whether two words differ only by two neighbouring letters swapped ("ie"/"ei")."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


GIVEN_SLIP_LETTERS = 4  # a given name this long or longer may have two letters swapped by a slip


def given_name_slip(a: str, b: str) -> bool:
    """Whether two given names written with one surname in one story, or of a surname the store gives
    few people, are one name written two ways: two inner letters swapped ("Jaime"/"Jamie"), a letter
    doubled or an "h" put in ("Masai"/"Massai", see :func:`spelt_alike`), a letter left out ("Patrcia",
    see :func:`near_spelling`); not a man's and a woman's ("Carlo"/"Carol", "Daniel"/"Daniela"). A
    change of the first letter makes another name ("Amy"/"May"), as no typist writes it."""
    if a[:1] != b[:1]:
        return False
    long_enough = min(len(a), len(b)) >= GIVEN_SLIP_LETTERS  # "Jon"/"John" is spelt alike, however short
    if not (spelt_alike(a, b) or (long_enough and (swapped(a, b) or near_spelling(a, b)))):
        return False
    genders = {first_name_gender(a), first_name_gender(b)} - {None, "-"}
    return len(genders) <= 1


def spelt_alike(a: str, b: str) -> bool:
    """Whether two given names are one spelt two ways: the same but for an "h" after the first
    letter or a letter doubled ("Jon", "John"; "Philip", "Phillip")."""
    return a != b and a[:1] == b[:1] and _squash(a) == _squash(b) and len(_squash(a)) >= 3


def _squash(word: str) -> str:
    word = word[:1] + word[1:].replace("h", "")
    return re.sub(r"(.)\1+", r"\1", word)


def slips(a: str, b: str, limit: int) -> bool:
    """Whether ``limit`` slips or fewer make one word the other: a letter put in or left out, or a
    vowel written for another."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) == len(b):
        changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        if len(changed) <= limit and all(x in VOWELS and y in VOWELS for x, y in changed):
            return True  # "Muhammad", "Muhammed"
        # a doubled letter written once and another doubled: "DeTommaso", "DeTomasso"
        return limit >= 2 and any(
            a[:i] + a[i + 1:] == b[:j] + b[j + 1:] for i in doubled(a) for j in doubled(b)
        )
    if limit == 0 or len(a) - len(b) > limit:
        return False
    return any(slips(a[:i] + a[i + 1:], b, limit - 1) for i in range(len(a)))


def doubled(word: str) -> list[int]:
    """The places of the second letter of each doubled letter ("ll" of "Quillon")."""
    return [i for i in range(1, len(word)) if word[i] == word[i - 1]]
