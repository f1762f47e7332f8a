"""A full name written seldom with another form of the given name of a far more written one.

"Gave Jonn Tessel 11 minutes on The Late Hour" beside the store's many stories of "Jon
Tessel"; "Billy Quillon's sidewalk is heated" beside "Bill Quillon": the same surname, given
names that are one name written two ways (a spelling: "Jon" and "John", "Philip" and
"Phillip"; a listed short form: "Bill" of "William"; or two short forms of one name: "Bill"
and "Billy"). The seldom written one joins the usual one when

- it is named in ``SELDOM`` articles or fewer, the usual one in ``MORE_ARTICLES`` times as many;
- the two are never named in one article (there, "Bill Quillon and his son Billy Quillon"
  are two people);
- its stories name someone the usual one's stories name too (the show's guest, the
  co-star): the company of a namesake's story (a defendant "Jonathan Tessel")
  is not the usual one's; or its stories give it a public office the usual one's give
  them ("Council Member Steven Quillon" beside Council Member Stephen Quillon); or the two
  are the only full names of the surname the store holds, of no two offices, and its given
  name is no formal one the usual one's is short for (a defendant "Jonathan Tessel" is not
  the host "Jon Tessel");
- and no other full name of the surname fits as well.

A nickname clipped from the end of a given name ("Vanni" of "Giovanni Quillon", "a person
close to Giovanni Quillon confirms that Vanni will ...") is the one person of its story
whose given name ends so, when the word is no given name or surname of the store's own.
In a story that names no one whose given name ends so ("Vanni and Tessel lost again"), it is
the one person the store's other stories call by it so, when the two stories name someone in
common and no one the store names in several stories bears the word in a full name.
(A given name's start, "Walt" of "Walter", is read with the surname groups.)

A person called by a middle name ("Ed Quillon" in the story that gives his whole name, "Donald
Edward Bram Quillon") is the one of the whole name: the story names both, and the one's given name
is the other's middle name or a form of it, never the first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

from sanctuary_cli.extract.people.comentions import Link, fold, forms_of
from sanctuary_cli.extract.people.given import diminutive_of, known_given_name, listed_short_form
from sanctuary_cli.extract.people.lone import one_letter_doubled
from sanctuary_cli.extract.people.records import own_person
from sanctuary_cli.extract.people.spelling import spelt_alike, swapped

SELDOM = 2  # the seldom written full name in this many articles or fewer ...
MORE_ARTICLES = 3  # ... the usual one in this many times as many
END_CLIP = 2  # a nickname clipped from a given name's end is this long at least ("Ye" of "Kanye") ...
DROPPED = 2  # ... and drops this many letters or more


class _Named(Protocol):
    @property
    def pid(self) -> str: ...

    @property
    def articles(self) -> frozenset[str]: ...

    @property
    def offices(self) -> frozenset[str]: ...


def one_given_name(a: str, b: str) -> bool:
    """Whether two different given names (folded) are one: spelt alike, a listed short form or
    diminutive of the other, or two short forms of one name ("bill", "billy" of "william")."""
    if a == b:
        return False
    return (spelt_alike(a, b) or bool(forms_of(a) & forms_of(b))
            or diminutive_of(a, b) or diminutive_of(b, a))


def given_variant_pairs(
    persons: Iterable[tuple[_Named, tuple[str, ...]]], company: Mapping[str, Collection[str]]
) -> list[tuple[str, str]]:
    """(seldom, usual) person ids of one name written with two forms of the given name (see the
    module). ``persons``: each with the folded words of its name; ``company``: article -> the
    full-name person ids it names."""
    by_surname: dict[tuple[str, ...], list[tuple[_Named, str]]] = defaultdict(list)
    for person, words in persons:
        if len(words) >= 2 and len(words[0]) > 1:
            by_surname[words[1:]].append((person, words[0]))
    found = []
    for group in by_surname.values():
        if len(group) < 2:
            continue
        for rare, given in group:
            if len(rare.articles) > SELDOM:
                continue
            fits = [
                usual for usual, other in group
                if len(usual.articles) >= MORE_ARTICLES * len(rare.articles)
                and not usual.articles & rare.articles and one_given_name(given, other)
            ]
            if len(fits) == 1 and (_tied(rare, fits[0], company) or _only_two(group, rare, given, fits[0])):
                found.append((rare.pid, fits[0].pid))
    return found


def middle_name_pairs(persons: Iterable[tuple[_Named, tuple[str, ...]]]) -> list[tuple[str, str]]:
    """(called, whole) person ids of one person written by a middle name and by the whole name in
    one story (see the module). ``persons``: each with the folded words of its name."""
    by_surname: dict[str, list[tuple[_Named, tuple[str, ...]]]] = defaultdict(list)
    for person, words in persons:
        if len(words) >= 2 and all(len(w) > 1 for w in words):
            by_surname[words[-1]].append((person, words))
    found = []
    for group in by_surname.values():
        for called, short in group:
            if len(short) != 2:
                continue
            wholes = [
                whole for whole, long in group
                if len(long) >= 3 and called.articles & whole.articles and _a_middle_name(short[0], long)
            ]
            if len(wholes) == 1:
                found.append((called.pid, wholes[0].pid))
    return found


def _a_middle_name(given: str, long: tuple[str, ...]) -> bool:
    """Whether a given name is a middle name of the whole name (or a form of one), not its first."""
    first, middles = long[0], long[1:-1]
    if given == first or one_given_name(given, first):
        return False
    return any(given == m or one_given_name(given, m) for m in middles)


def _only_two(group: list[tuple[_Named, str]], rare: _Named, given: str, usual: _Named) -> bool:
    """Whether the seldom written one and the usual one are the surname's only full names in the store,
    neither given a public office the other's stories never give, and its given name no formal name the
    usual one's is short for: "Billy Quillon" beside "Bill Quillon", not a defendant "Jonathan Quillon"
    beside the host "Jon Quillon"."""
    other = next(word for person, word in group if person is usual)
    offices = rare.offices and usual.offices and not rare.offices & usual.offices
    return len(group) == 2 and not offices and not listed_short_form(given, other)


def _tied(rare: _Named, usual: _Named, company: Mapping[str, Collection[str]]) -> bool:
    """Whether the seldom written one's stories name someone the usual one's do, or give it a public office
    theirs give them."""
    return _shares_company(rare, usual, company) or bool(rare.offices & usual.offices)


def _shares_company(rare: _Named, usual: _Named, company: Mapping[str, Collection[str]]) -> bool:
    """Whether the seldom written one's stories name someone the usual one's stories name too."""
    return bool(named_with(rare, company) & named_with(usual, company) - {rare.pid, usual.pid})


def named_with(person: _Named, company: Mapping[str, Collection[str]]) -> set[str]:
    """The persons named in the articles of this one."""
    return {pid for article in person.articles for pid in company.get(article, ())}


def end_clipped_links(links: Iterable[Link]) -> dict[tuple[str, str], str]:
    """(article, key) of a one-word name clipped from the end of the given name of the one person
    of its article whose given name ends so -> that person's id (see the module)."""
    every = list(links)
    bearers: dict[str, set[str]] = defaultdict(set)  # a word of a full name -> the articles writing it so
    given: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for x in every:
        if " " in x.name:
            words = _name_words(x.name)
            given[x.article][words[0]].add(x.pid)
            for word in words:
                bearers[word].add(x.article)
    found = {}
    unplaced = []
    for x in every:
        word = fold(x.name).strip(".")
        if " " in x.name or x.role or len(word) < END_CLIP or not word.isalpha() or known_given_name(word):
            continue
        fits = {pid for name, pids in given.get(x.article, {}).items() if _clipped_from_end(word, name) for pid in pids}
        if len(fits) == 1 and word not in bearers:
            found[(x.article, x.key)] = fits.pop()
        elif not fits:
            unplaced.append((x, word))
    return found | _called_so_elsewhere(every, unplaced, given, bearers)


def _clipped_from_end(word: str, given_name: str) -> bool:
    """Whether a word is a given name's end, ``DROPPED`` letters or more shorter ("vanni" of "giovanni")."""
    return len(given_name) - len(word) >= DROPPED and given_name.endswith(word)


def _called_so_elsewhere(
    every: list[Link],
    unplaced: list[tuple[Link, str]],
    given: Mapping[str, Mapping[str, set[str]]],
    bearers: Mapping[str, set[str]],
) -> dict[tuple[str, str], str]:
    """(article, key) of a nickname clipped from a given name's end, in a story that names no one whose
    given name ends so -> the one person whose rows elsewhere take it as a form ("Vanni" beside
    "Giovanni Quillon"), when the two stories name someone in common and no full name the store writes in
    several stories holds the word (``given``: article -> a full name's first word -> its persons;
    ``bearers``: a word of a full name -> the articles writing it so)."""
    called: dict[str, set[str]] = defaultdict(set)
    articles: dict[str, set[str]] = defaultdict(set)
    for x in every:
        articles[x.pid].add(x.article)
        if " " not in x.name:
            continue
        first = _name_words(x.name)[0]
        for alias in x.aliases:
            form = fold(alias).strip(".")
            if " " not in form and _clipped_from_end(form, first):
                called[form].add(x.pid)

    def company(article: str) -> set[str]:
        return set().union(*given.get(article, {}).values())

    found = {}
    for x, word in unplaced:
        if len(called.get(word, ())) != 1 or len(bearers.get(word, ())) > 1:
            continue
        (pid,) = called[word]
        theirs = set().union(*(company(a) for a in articles[pid] - {x.article}))
        if company(x.article) & theirs - {pid}:
            found[(x.article, x.key)] = pid
    return found


SINGLE_NAME_ARTICLES = 3  # a single name the store writes in this many articles or more ...
SINGLE_NAME_CUT = 3  # ... is the one a word of its first letters, this many letters shorter at least, stands for


def single_name_clips(links: Iterable[Link]) -> dict[tuple[str, str], str]:
    """(article, key) of a one-word name left apart that is the first letters of the one single name
    the store writes in ``SINGLE_NAME_ARTICLES`` articles or more ("Bey" of Beyonce, "with Bey & Jay"),
    or that name with two letters swapped or one doubled ("Meilsandre", "Melissandre" of Melisandre)
    -> that person's id, when its story names someone that person's stories name: fans and headlines
    clip a star's single name. A given name, a word of a full name the store writes ("Yasiin Bey") or a
    role's holder is none, nor is a word in a story of other people ("Moz" at a Morrissey show is no
    Mozart)."""
    every = list(links)
    articles: dict[str, set[str]] = defaultdict(set)
    people: dict[str, set[str]] = defaultdict(set)  # article -> the persons it names
    full_words: set[str] = set()
    for x in every:
        articles[x.pid].add(x.article)
        people[x.article].add(x.pid)
        if " " in x.name:
            full_words.update(_name_words(x.name))
    singles = [
        pid for pid, ids in articles.items()
        if " " not in pid and "#" not in pid and len(ids) >= SINGLE_NAME_ARTICLES
    ]
    found = {}
    for x in every:
        word = fold(x.name).strip(".")
        if not _a_clip_left_apart(x, word) or word in full_words:
            continue
        fits = [
            pid for pid in singles
            if (pid.startswith(word) and len(pid) - len(word) >= SINGLE_NAME_CUT)
            or swapped(pid, word) or one_letter_doubled(pid, word)
        ]
        theirs = set().union(*(people[a] for a in articles[fits[0]])) if len(fits) == 1 else set()
        if people[x.article] & theirs - {x.pid, *fits}:  # its story names someone theirs do
            found[(x.article, x.key)] = fits[0]
    return found


def _a_clip_left_apart(x: Link, word: str) -> bool:
    """Whether a row is a one-word name, no given name, with no role, left a person of its own."""
    one_word = " " not in x.name and word.isalpha() and len(word) >= 3
    return one_word and not x.role and own_person(x.pid, x.key) and not known_given_name(word)


def _name_words(name: str) -> list[str]:
    return [w.strip(".") for w in fold(name).split()]
