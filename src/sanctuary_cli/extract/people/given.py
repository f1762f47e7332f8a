"""Given names: which words are given names (the US Census lists), the gender each mostly
belongs to, and their short forms and diminutives; and the one way names are folded for comparing."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from functools import cache

from sanctuary_cli.resources import read_tsv


def fold(text: str) -> str:
    """Lower case without accents, curly quotes made straight."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@cache
def _given_names() -> dict[str, str]:
    """Given name (folded) -> "m", "f" or "-" (shared), from ``resources/first_names.tsv`` (US Census 1990)."""
    return {fold(row["name"]): row["gender"] for row in read_tsv("first_names.tsv")}


@cache
def _first_names() -> dict[str, str]:
    """Given name (folded) -> "m" or "f", of the names one gender mostly holds."""
    return {name: gender for name, gender in _given_names().items() if gender in ("m", "f")}


def first_name_gender(given: str) -> str | None:
    """The gender a given name mostly belongs to in the US, or None when unclear or unknown."""
    return _first_names().get(fold(given).strip("."))


@cache
def _surnames() -> frozenset[str]:
    return frozenset(fold(row["name"]) for row in read_tsv("surnames.tsv"))


def common_surname(word: str) -> bool:
    """Whether a word is a surname common in the US (``resources/surnames.tsv``, US Census 1990):
    "Adams", "Thompson", not "Brooklyn"."""
    return fold(word).strip(".,") in _surnames()


def known_given_name(word: str) -> bool:
    """Whether a word is a given name the US Census lists (of either gender, "Jordan" too) or a
    common short form of one ("Mike")."""
    key = fold(word).strip(".")
    return key in _given_names() or key in short_form_words()


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one: equal, or a common short form ("mike" and "michael")."""
    if a == b:
        return True
    if listed_short_form(a, b) or listed_short_form(b, a):
        return True
    return diminutive_of(a, b) or diminutive_of(b, a)


def short_forms_of_one(a: str, b: str) -> bool:
    """Whether two given names are listed short forms of one name that open with its first letter, as
    one story may write both of one person ("jack" and "johnny" of "john"; not "tina" and "chris")."""
    shared = names_shortened_to().get(a, frozenset()) & names_shortened_to().get(b, frozenset())
    return a != b and any(name[:1] == a[:1] == b[:1] for name in shared)


def listed_short_form(name: str, short: str) -> bool:
    """Whether ``short`` is a listed common short form of the given name ``name`` ("walt" of "walter")."""
    return short in short_forms().get(name, ())


@cache
def names_shortened_to() -> dict[str, frozenset[str]]:
    """Short form -> the given names it is a listed short form of ("gil" -> gilbert)."""
    found: dict[str, set[str]] = defaultdict(set)
    for name, forms in short_forms().items():
        for form in forms:
            found[form].add(name)
    return {form: frozenset(names) for form, names in found.items()}


PET_ENDINGS = ("ie", "ey", "y")  # the endings English pet names add to a given name's start


def pet_form_of(name: str, short: str) -> bool:
    """Whether ``short`` is a pet form made from the start of the given name ``name`` and a pet
    ending, its last consonant maybe doubled: "shelly" of "sheldon" (shel-l-y), "kenny" of
    "kenneth", "freddie" of "frederick". Rules of English word formation, where a list of pet
    names holds none; used for a given name alone in the article that writes the full name."""
    ending = next((e for e in PET_ENDINGS if short.endswith(e)), None)
    if ending is None or short == name:
        return False
    stem = short[: -len(ending)]
    if len(stem) >= 4 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    return len(stem) >= 3 and name.startswith(stem) and len(name) >= len(stem) + 2


def diminutive_of(name: str, short: str) -> bool:
    """Whether ``short`` is a listed diminutive of the given name ``name`` ("tish" of "letitia"), from
    ``resources/given_name_diminutives.tsv`` (built by ``scripts/build_given_name_forms.py``). Used for
    two full names of one surname only: a diminutive alone is no given name's sign."""
    return short in _diminutives().get(name, ())


@cache
def _diminutives() -> dict[str, frozenset[str]]:
    return {row["name"]: frozenset(row["forms"].split(",")) for row in read_tsv("given_name_diminutives.tsv")}


@cache
def short_form_words() -> frozenset[str]:
    """Every common short form of a given name ("joe", "ed", "mike")."""
    return frozenset(names_shortened_to())


@cache
def short_forms() -> dict[str, frozenset[str]]:
    """Given name -> its common short forms, from ``resources/given_name_forms.tsv``."""
    found: dict[str, set[str]] = defaultdict(set)
    for row in read_tsv("given_name_forms.tsv"):
        found[row["name"]].update(row["forms"].split(","))
    return {name: frozenset(forms) for name, forms in found.items()}
