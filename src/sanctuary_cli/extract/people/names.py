"""Personal names: their parts, a canonical key, and when two forms are one person."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from sanctuary_cli.extract.people.given import first_name_gender, fold
from sanctuary_cli.extract.people.roles import lexicon
from sanctuary_cli.extract.people.spelling import near_spelling
from sanctuary_cli.resources import read_json

SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
PARTICLES = frozenset(
    {"de", "del", "della", "da", "di", "van", "von", "der", "den", "la", "le", "du", "st", "bin"}
)
ROMANCE_PARTICLES = frozenset({"de", "del", "della", "da", "di", "du"})
POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
MAX_NAME_WORDS = 5
_ELECT = re.compile(r"-[Ee]lect$")  # "Mayor-Elect": a title to be
_TENURE = frozenset({"elect", "former", "ex"})  # words that only say when a title is held
_INITIALS = re.compile(r"^(?:[A-Za-z]\.){1,3}[A-Za-z]?\.?$")


@lru_cache(maxsize=4096)
def word_key(word: str) -> str:
    """One word of a name as compared: "J.B." and "JB" both give "jb"."""
    return re.sub(r"[.']", "", fold(word))


@dataclass(frozen=True)
class NameParts:
    """A personal name split for matching."""

    given: tuple[str, ...]  # keys of the words before the surname, middle initials dropped
    surname: str  # key of the last name, particles included ("de blasio")
    last_word: str  # key of its last word ("blasio")
    suffix: str  # "jr", "sr", "iii" or ""

    @property
    def full(self) -> bool:
        """Whether a given name is known, not just the surname."""
        return bool(self.given)


# Cached: an article's few names are split again for every mention compared with
# every person (measured: a sixth of the extraction's time, without the cache).
@lru_cache(maxsize=4096)
def split_name(name: str) -> NameParts:
    """Split "Donald J. Trump Jr." into given ("donald"), surname ("trump") and suffix ("jr")."""
    words = [POSSESSIVE.sub("", w) for w in name.replace(",", " ").split()]
    words = [part for w in words if w for part in _letter_apart(w)]
    suffix = ""
    if len(words) > 1 and word_key(words[-1]) in SUFFIXES:
        suffix = word_key(words.pop())
    if not words:
        return NameParts((), "", "", suffix)
    surname_start = len(words) - 1
    while surname_start > 1 and word_key(words[surname_start - 1]) in PARTICLES:
        surname_start -= 1  # "Bill de Blasio": the surname is "de Blasio"
    if all(_surname_particle(w) for w in words[:surname_start]):
        surname_start = 0  # "de Blasio", "De Niro" are surnames alone (but "Van Morrison" has a given name)
    given_words = words[:surname_start]
    given = tuple(
        word_key(w)
        for i, w in enumerate(given_words)
        if i == 0 or not _is_initial(w)  # "Donald J. Trump" is "Donald Trump"
    )
    surname = " ".join(word_key(w) for w in words[surname_start:])
    return NameParts(given, surname, word_key(words[-1]), suffix)


_WORD_AND_LETTER = re.compile(r"^([A-Z][a-z]+)-([A-Z]\.?)$")


def _letter_apart(word: str) -> list[str]:
    """A stage name of a word and a letter is one name with a hyphen or without: "Lil-K" is "Lil K"."""
    m = _WORD_AND_LETTER.match(word)
    return [m.group(1), m.group(2)] if m else [word]


def _surname_particle(word: str) -> bool:
    """A particle that opens a surname even when capitalised: "de", "De" (never "Van", a given name)."""
    key = word_key(word)
    return key in PARTICLES and (word.islower() or key in ROMANCE_PARTICLES)


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 or bool(_INITIALS.match(word))


def middle_initials(name: str) -> str:
    """The initials written between a given name and a surname, run together: "hw" of
    "George H.W. Quillon", "" of "George Quillon" (the key drops them: see :func:`split_name`)."""
    words = [POSSESSIVE.sub("", w) for w in name.replace(",", " ").split()]
    return "".join(word_key(w) for w in words[1:-1] if _is_initial(w))


@lru_cache(maxsize=16384)
def name_letters(name: str) -> str:
    """A name's letters, case, accents, spaces, hyphens and marks set aside: "Ada de Quillon",
    "Ada DeQuillon" and "#AdaDeQuillon" are one run of letters."""
    return re.sub(r"[^a-z]", "", fold(name))


def person_key(name: str) -> str:
    """Canonical key of a person's name, equal across spellings of the same full name.

    "J.B. Pritzker", "JB Pritzker" and "Jb Pritzker" share a key; so do
    "Donald J. Trump" and "Donald Trump". "Donald Trump Jr." keeps its suffix,
    so father and son stay apart. Titles are not stripped here: pass a name.
    """
    parts = split_name(name)
    words = [*parts.given, parts.surname]
    if parts.suffix:
        words.append(parts.suffix)
    return " ".join(w for w in words if w)


def spelled_out(parts: NameParts, aliases: Iterable[str]) -> NameParts:
    """A name opening with an initial ("F. Tessel Quillon") with the given name its own article spells
    out among ``aliases`` ("Frank Tessel Quillon"), so that it joins no namesake of another given
    name ("Fiona Quillon") across articles; unchanged where they spell out none, or several."""
    if not parts.given or len(parts.given[0]) != 1:
        return parts
    spelled = {
        written.given[0]
        for alias in aliases
        if (written := split_name(alias)).surname == parts.surname and written.given
        and len(written.given[0]) > 1 and written.given[0].startswith(parts.given[0])
    }
    return replace(parts, given=(spelled.pop(), *parts.given[1:])) if len(spelled) == 1 else parts


def given_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two given names can be one person's: equal, or one is the other's initial."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def compatible(person: NameParts, single: NameParts) -> bool:
    """Whether a one-word (or surname-only) form can be this person's surname."""
    return single.last_word in {person.last_word, person.surname} or single.surname == person.surname


# --- cleaning a name as written -----------------------------------------------------


def strip_title(text: str) -> str:
    """The name without leading titles or honorifics ("Mayor Brandon Johnson" -> "Brandon Johnson")."""
    lex = lexicon()
    changed = True
    while changed:
        changed = False
        match = lex.anywhere.match(text)
        if match is not None and match.end() < len(text):
            text = text[match.end() :].lstrip()
            changed = True
        first = text.split(" ", 1)
        elected = _ELECT.search(first[0]) and _ELECT.sub("", first[0]) in lex.forms
        if len(first) == 2 and (elected or first[0].casefold().lstrip("-") in _TENURE):
            text = first[1].lstrip()  # "Mayor-Elect de Blasio", "Elect de Blasio"
            changed = True
            continue
        if len(first) == 2 and (first[0] in lex.honorifics or first[0].casefold() == "the" or _misspelt_title(first)
                                or _rank_or_opening(first)):
            text = first[1].lstrip()
            changed = True
        party = _party_opening(text) or _position_opening(text)
        if party:  # "Lib Dem Norman Baker", "Tory MP Ann Winterton"
            text = text[len(party) :].lstrip()
            changed = True
    return text.strip()


def _rank_or_opening(words: list[str]) -> bool:
    """ "Officer Quillon", "Sgt. Quillon" (a rank, before a capitalised name), "Besides Quillon" (a word a
    sentence opens with, read into the name), "Lol Quillon" (a post's interjection)."""
    rules = name_rules()
    if not words[1][:1].isupper():
        return False
    opening = words[0].casefold()
    return words[0] in rules.rank_words or opening in rules.opening_words or opening in rules.interjections


def _party_opening(text: str) -> str:
    """A capitalised party word (one or two words) opening a name that runs on for two more words."""
    words = text.split()
    for n in (2, 1):
        if len(words) >= n + 2 and words[0][:1].isupper() and " ".join(words[:n]) in lexicon().modifiers:
            return " ".join(words[:n])
    return ""


def _position_opening(text: str) -> str:
    """A player's position, alone or after up to two capitalised words (the team's), opening a name
    that runs on for two more words: "QB Orrin Tessel", "Harbors QB Orrin Tessel"."""
    words = text.split()
    for n in range(1, min(3, len(words) - 2) + 1):
        if words[n - 1].casefold() in name_rules().position_words and all(w[:1].isupper() for w in words[:n]):
            return " ".join(words[:n])
    return ""


def _misspelt_title(words: list[str]) -> bool:
    """ "Commisioner Ray Kelly": a title one letter off, before a full name, is still a title.
    A known given name ("Mayer Jones") is never taken for one."""
    word, rest = words[0], words[1]
    if not word[:1].isupper() or len(rest.split()) < 2 or first_name_gender(word) is not None:
        return False
    key = word.casefold()
    return any(" " not in form and near_spelling(key, form.casefold()) for form in _capitalised_forms())


@cache
def _capitalised_forms() -> tuple[str, ...]:
    """The one-word titles written with a capital, compared against misspellings."""
    return tuple(sorted({f for f in lexicon().forms if f[:1].isupper() and " " not in f and len(f) >= 5}))



@dataclass(frozen=True)
class NameRules:
    """The word lists of ``resources/name_rules.json``."""

    facility_words: frozenset[str]
    body_words: frozenset[str]
    function_words: frozenset[str]
    credit_before: frozenset[str]
    platform_before: frozenset[str]
    platform_after: frozenset[str]
    nickname_words: frozenset[str]
    thing_before: frozenset[str]
    kind_nouns: frozenset[str]  # the animals' nouns as well
    animal_nouns: frozenset[str]
    body_nouns: frozenset[str]
    part_of_a_work: frozenset[str]
    kind_openers: frozenset[str]
    place_words_also_surnames: frozenset[str]
    club_words: frozenset[str]
    position_words: frozenset[str]
    rank_words: frozenset[str]
    opening_words: frozenset[str]
    interjections: frozenset[str]
    deities: frozenset[str]


@cache
def name_rules() -> NameRules:
    """Load the lists once."""
    data = read_json("name_rules.json")
    lists = {k: frozenset(v["words"]) for k, v in data.items() if not k.startswith("_")}
    lists["kind_nouns"] |= lists["animal_nouns"]
    return NameRules(**lists)


def facility_word(word: str) -> bool:
    """A word that ends the name of a street, building, body or work ("Bridge", "Avenues")."""
    rules = name_rules()
    return _ends_a_name(word, rules.facility_words) or _ends_a_name(word, rules.body_words)


def body_word(word: str) -> bool:
    """A word that ends a company's, an outlet's or a label's name ("News", "Pharmaceuticals")."""
    return _ends_a_name(word, name_rules().body_words)


def _ends_a_name(word: str, words: frozenset[str]) -> bool:
    forms = (word, word[:1].upper() + word[1:].lower()) if word.isupper() else (word,)  # "LLC", "BRIDGE"
    return any(form in words or (form.endswith("s") and form[:-1] in words) for form in forms)
