"""Which of an article's people a lone word is written for, where no full name ends in it.

A given name alone, or another form of it ("Chris" for Christopher, "Shelly" for Sheldon); a
full name run together as a hashtag writes it; a surname misspelt by a slip of the pen; a
surname or single name clipped to its first letters ("Shump" for Shumpert) or made a pet name of
("Spicey"); a surname cut short beside the same given name ("Alex Q."); a full name's initials
("BdB" for Bill de Blasio), or its given name's initial run into its surname ("JLin"); a lone word
written once with a letter doubled beside the same word written far more often ("Phillip" and "Philip").
"""

from __future__ import annotations

import re
from collections import Counter

from sanctuary_cli.extract.people.common import Mention, Person
from sanctuary_cli.extract.people.fullnames import diminutive_stem
from sanctuary_cli.extract.people.given import first_name_gender, known_given_name, pet_form_of, same_given_name
from sanctuary_cli.extract.people.names import NameParts, compatible, name_letters, split_name
from sanctuary_cli.extract.people.spelling import given_name_slip, near_spelling

CLIP_SHORTEST = 3  # a name clipped to its first letters keeps at least this many ...
CLIP_CUT = 3  # ... and loses at least this many: "Shump" of "Shumpert", not "Weinberg" of "Weinberger"
SLIP_LEAD = 3  # a lone word's spelling written this many times as often as its slip is the person's
INITIALS = (2, 4)  # a full name written by its initials has this many of them, at least and at most


def written_for(
    people: list[Person], parts: NameParts, written: str, last_words: Counter[str], bare: bool
) -> list[Person]:
    """The full names of the article a lone word (``parts``, as ``written``) may be written for. A
    ``bare`` word has no title or honorific before it: only such a word may be a given name no list
    holds, or a clipped name. ``last_words`` counts how often the article writes each last word."""
    same = [p for p in people if p.parts.full and compatible(p.parts, parts)] or run_together_as_one(people, parts)
    # "Michelle" or "Kim" (a listed given name), or a bare "Spike" beside the article's one Spike; not
    # "Huckabee", a surname of the article, nor "President Quillon" beside a "Quillon Doctrine"
    unlisted = bare and parts.last_word not in {p.parts.last_word for p in people}
    if not same and (known_given_name(parts.last_word) or unlisted):
        same = by_given_name(people, parts.last_word)
    if not same:
        same = near_spelt(people, parts, last_words)
    if not same and bare:
        same = clipped_name(people, parts.last_word)
    if not same:
        same = by_initials(people, written.split()[-1]) or initial_and_surname(people, written.split()[-1])
    return same


def clipped_name(people: list[Person], word: str) -> list[Person]:
    """The article's one person whose surname or single name a lone word clips, as fans and
    headlines write it ("Shump" for the article's Iman Shumpert, "Bey" for its Beyonce), or makes a
    pet name of, its first letters and "-y" or "-ie" ("Spicey" for Spicer, "Bloomie" for Bloomberg;
    the whole surname and "-y" is another's name made of it: "Hanksy", a street artist's). A given name
    is its own bearer's, never a clip."""
    if len(word) < CLIP_SHORTEST or known_given_name(word):
        return []
    stem = diminutive_stem(word)
    found = [
        p for p in people
        if (p.parts.last_word.startswith(word) and len(p.parts.last_word) - len(word) >= CLIP_CUT)
        or (stem and p.parts.last_word.startswith(stem) and p.parts.last_word not in (word, stem))
    ]
    return found if len({p.parts.last_word for p in found}) == 1 else []


def surname_cut_short(a: str, b: str) -> bool:
    """Whether one surname is the other cut to its initial or clipped to its first letters ("Q" or
    "Quil" of "Quillon"), as a record, a nickname or a caption cut off at its end ("Ada Quill") writes
    it beside the given name."""
    short, long = sorted((a, b), key=len)
    if not long.startswith(short) or short == long:
        return False
    return len(short) == 1 or len(short) >= CLIP_SHORTEST


def by_given_name(people: list[Person], word: str) -> list[Person]:
    """The full names of the article a given name alone may be: those opening with it, else the one
    given name it is another form of ("Chris" for the one Christopher, "William" for the one Bill,
    "Shelly" for the one Sheldon), that it opens ("Chris" for the one Christen), or that it misspells
    ("Dzhokar" for the one Dzhokhar, see :func:`spelling.given_name_slip`; a listed given name is its
    own: "Marlo" is no slip of "Marla")."""
    full = [p for p in people if p.parts.full and p.parts.given]
    same = [p for p in full if p.parts.given[0] == word] or _written_with(full, word)
    for fits in (same_given_name, pet_form_of, opens_the_given_name, _misspelt_given_name):
        if not same:
            same = [p for p in full if fits(p.parts.given[0], word)]
            same = same if len({p.parts.given[0] for p in same}) == 1 else []
    if not same:  # "Lin" for the article's one "Lin-Manuel", a double given name's first half
        same = [p for p in full if p.parts.given[0].split("-")[0] == word and "-" in p.parts.given[0]]
        same = same if len(same) == 1 else []
    return same


def _written_with(full: list[Person], word: str) -> list[Person]:
    """The one person the article writes a full name opening with the word for, though their name opens
    otherwise: "Michele" for the person written "Michelle Dufault" in a caption and "Michele Dufault"."""
    same = [
        p for p in full
        if any((parts := split_name(m.text)).full and parts.given[:1] == (word,) for m in p.mentions)
    ]
    return same if len(same) == 1 else []


def _misspelt_given_name(name: str, word: str) -> bool:
    if word == f"{name}s" or not word.isalpha():
        return False  # "HAROLD'S" beside Harold Quillon: the restaurant named after him
    return not known_given_name(word) and given_name_slip(name, word)


GIVEN_OPENING = 3  # a given name alone this long may be the start of the article's one longer given name


def opens_the_given_name(name: str, word: str) -> bool:
    """Whether a given name alone is the first letters of a longer given name, both of one gender
    where either has one: "Chris" of "Christen", not "Dani" of "Daniel" said of a woman."""
    if len(word) < GIVEN_OPENING or len(name) <= len(word) or not name.startswith(word):
        return False
    return len({first_name_gender(word), first_name_gender(name)} - {None}) <= 1


def run_together_as_one(people: list[Person], parts: NameParts) -> list[Person]:
    """The full name of the article a one-word name writes run together, as a hashtag does
    ("#AdaQuillon" for Ada Quillon, "#LinManuelQuillon" for Lin-Manuel Quillon)."""
    word = parts.last_word
    return [p for p in people if p.parts.full and name_letters(" ".join((*p.parts.given, p.parts.surname))) == word]


def near_spelt(people: list[Person], parts: NameParts, written: Counter[str]) -> list[Person]:
    """The people whose surname a lone word misspells by a slip of the pen (see :func:`a_slip`)."""
    return [
        p for p in people
        if p.parts.full and near_spelling(p.parts.last_word, parts.last_word)
        and a_slip(parts.last_word, p.parts.last_word, written)
    ]


def a_slip(form: str, right: str, written: Counter[str]) -> bool:
    """Whether a near spelling of a surname is a slip of the pen: a letter other or missing, or
    a letter more at its end written once or less often than the surname itself. The surname and
    an ending, written again and again, is a name made of it ("Quillony", a street artist's name
    made of a star's "Quillon"), or its family ("the Quillons")."""
    if not (form.startswith(right) and len(form) > len(right)):
        return True  # "Raiit" and "Raitt", "Louden" and "Loudon": one name, whichever is written more
    if form == f"{right}s":
        return False  # "the other Bobby Quillons": a plural, the family's or a name's
    return written[form] <= 1 or written[form] < written[right]


def by_initials(people: list[Person], written: str) -> list[Person]:
    """The article's one full name whose names' first letters a lone word writes, two of them in capitals
    at least ("BdB" for Bill de Blasio, "AOC" for Alexandria Ocasio-Cortez, "JFK" for John F. Kennedy)."""
    if not written_as_initials(written):
        return []
    found = [p for p in people if p.parts.full and initials(p.parts) == written.casefold()]
    return found if len(found) == 1 else []


def initial_and_surname(people: list[Person], written: str) -> list[Person]:
    """The article's one full name a lone word writes as its given name's initial run into its surname,
    the surname capitalised ("JQuillon" for Jeremy Quillon, as fans and headlines write it)."""
    if len(written) < 3 or not (written[:1].isupper() and written[1:2].isupper() and written[2:3].islower()):
        return []
    word = written.casefold()
    found = [
        p for p in people
        if p.parts.full and p.parts.given and word == p.parts.given[0][:1] + p.parts.surname.replace(" ", "")
    ]
    return found if len(found) == 1 else []


def written_as_initials(written: str) -> bool:
    """Whether a word may write a full name's initials: two to four letters, two of them capitals."""
    low, high = INITIALS
    return low <= len(written) <= high and written.isalpha() and sum(c.isupper() for c in written) >= 2


def initials(parts: NameParts) -> str:
    """A full name's initials, folded ("bdb" of Bill de Blasio, "aoc" of Alexandria Ocasio-Cortez)."""
    words = [w for name in (*parts.given, parts.surname) for w in re.split(r"[\s\-]+", name) if w]
    return "".join(w[0] for w in words).casefold()


def join_doubled_letter_slips(people: list[Person]) -> list[Person]:
    """The article's people, each lone word written with one letter doubled or undoubled
    ("Phillip" once, beside "Philip" six times) joined to the spelling written ``SLIP_LEAD`` times as
    often: a typist's slip. As often written, "Ana" and "Anna" are two names. The mentions moved are
    left for the caller to put in text order."""
    lone = sorted((p for p in people if not p.parts.full), key=lambda p: -len(p.mentions))
    gone: set[int] = set()
    for slip in reversed(lone):
        word = slip.parts.last_word
        into = [
            p for p in lone
            if p is not slip and id(p) not in gone and len(p.mentions) >= SLIP_LEAD * len(slip.mentions)
            and one_letter_doubled(word, p.parts.last_word)
        ]
        if len(into) == 1:
            into[0].mentions.extend(slip.mentions)
            gone.add(id(slip))
    return [p for p in people if id(p) not in gone]


def one_letter_doubled(a: str, b: str) -> bool:
    """Whether two words differ by one letter written twice in one and once in the other ("phillip", "philip")."""
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1 or len(short) < 3:
        return False
    return any(long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(long) - 1))


GIVEN_FIRST = 3  # a given name alone written this often before the article's full name with it is another's
OTHER_FORM_FIRST = 2  # ... and another form of it ("Peggy" before "Margaret Quillon") this often


def apart_given_written_first(people: list[Person]) -> list[Person]:
    """The article's people, each given name alone taken from a full name when the article writes it
    ``GIVEN_FIRST`` times or more before that full name (another form of it, ``OTHER_FORM_FIRST`` times: a
    recap's "Peggy" before a heading "Margaret Quillon"): a story names its subject in full first, so
    "Jesse" again and again, then "he is Dillinger, he is Jesse James", is a Jesse the readers know,
    not the outlaw. The given name alone is a person of its own."""
    found = list(people)
    for person in people:
        full = [m.start for m in person.mentions if split_name(m.text).full]
        if not full or not person.parts.given:
            continue
        given = person.parts.given[0]
        for same, least in ((True, GIVEN_FIRST), (False, OTHER_FORM_FIRST)):
            alone = [m for m in person.mentions if _alone_as(m, given, same)]
            if sum(m.start < min(full) for m in alone) >= least:
                person.mentions = [m for m in person.mentions if m not in alone]
                found.append(Person(split_name(alone[0].text), mentions=alone))
    return sorted(found, key=lambda p: p.mentions[0].start)


def _alone_as(mention: Mention, given: str, same: bool) -> bool:
    """Whether a mention is a given name alone: this one (``same``), or another form of it ("Peggy" of
    "Margaret")."""
    parts = split_name(mention.text)
    if parts.full:
        return False
    return parts.last_word == given if same else parts.last_word != given and same_given_name(given, parts.last_word)
