"""One person written two ways across the store's persons: spellings and longer forms.

The surname groups of :mod:`corpus` never meet when the surname itself is written
differently, so after they are resolved their persons are compared once more:

1. Written alike: the same letters once case, accents, spaces and hyphens are set
   aside ("Ada DeQuillon" and "Ada de Quillon", "Ada MarkQuillon" and "Ada Mark-Quillon"),
   a full name's words run together into a hashtag's one word ("AdaQuillon"), or a double
   surname written alone without its hyphen ("Mr. Mark Quillon" for "Ada Mark-Quillon").
2. A misspelling beside the right spelling in one article: "Quillen" alone where the
   article names "Ada Quillon", or "Mohamed Quillon" beside "Mohammed Quillon"; a word
   of two edits or fewer, long enough, and no given name of the other gender. Across the
   store, a full name written seldom with one word misspelt ("Ada Qiullon") beside the
   one full name of those words written far more often; there, a long surname may have one
   consonant written for another ("Ada Quillarn" for "Ada Quillarm") when the given names are
   the same and spelt out and the two are never named in one article.
3. A longer form: the words of one full name inside another's, the given name first
   ("Ada Quillon" in "Ada Quillon Tessel", a married name; "Ada Maria Quillon Ruiz", a
   middle name and a second surname), which no other full name fits, when both are named
   in one article, or when the shorter opens the longer and is named in many more articles;
   a person mostly written by a double surname alone ("Quillon Tessel", of "Ada Quillon
   Tessel") and the one full name of its given name and first surname ("Ada Quillon").

4. A given name misspelt in stories that share a person: "Mohammad Quillon" in the story of
   a bout, "Mohammed Quillon" in another naming his opponent, whichever is written more; and
   another form of the given name ("Billy Quillon" for "Bill Quillon") written seldom, in
   stories of the usual one's company (see :mod:`given_variants`).

Names of one given name with another surname, or another given name with the same
surname (one no misspelling of the other), are never joined here: "Jon Tessel" and "John Tessel" can be two people.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from sanctuary_cli.extract.people.given import first_name_gender, fold, known_given_name
from sanctuary_cli.extract.people.given_variants import given_variant_pairs, middle_name_pairs, named_with
from sanctuary_cli.extract.people.groups import unite
from sanctuary_cli.extract.people.names import SUFFIXES, name_letters, person_key, split_name
from sanctuary_cli.extract.people.spelling import VOWELS, slips, swapped

LONG_WORD = 6  # a word this long or longer may be misspelt by an edit or two
EDITS = 2  # ... this many at most (a letter doubled and one changed: "Flannigen")
SHORT_WORD_EDITS = 1  # ... a word shorter than LONG_WORD + 2 by one only
SHORT_SURNAME = 5  # a surname this long may be misspelt across the store (a letter, or two swapped)
MORE_ARTICLES = 3  # a form named in this many times another's articles is its usual name
SELDOM = 2  # a full name in this many articles or fewer may be a misspelling of a usual one


@dataclass(frozen=True)
class Named:
    """A corpus person as the store lists it: id, canonical name, mentions, articles and public offices."""

    pid: str
    name: str
    mentions: int
    articles: frozenset[str]
    offices: frozenset[str] = frozenset()  # the public offices its articles give it ("Governor")


@lru_cache(maxsize=16384)
def _words(name: str) -> tuple[str, ...]:
    """The folded words of a name, without a final suffix ("Jr.")."""
    words = [re.sub(r"[^a-z]", "", w) for w in fold(name).replace("-", " ").split()]
    words = [w for w in words if w]
    if len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return tuple(words)


def variant_merges(
    persons: Iterable[Named], company: Mapping[str, Collection[str]] | None = None,
    also: Iterable[tuple[str, str]] = (),
) -> dict[str, str]:
    """Person id -> the id of the person it is another writing of (a full name before a surname
    alone, then the one named more often). ``company``: article -> the ids of the full-name
    persons it names (see :func:`_given_misspelt_in_company`); ``also``: pairs of ids found to be
    one elsewhere (another name an article gives: see :mod:`aliases`)."""
    # a full name is kept over a surname alone ("Ada Quillon", not "Quillen"), then the most named
    everyone = sorted(persons, key=lambda p: (len(_words(p.name)) < 2, -p.mentions, -len(p.articles), p.pid))
    rank = {p.pid: i for i, p in enumerate(everyone)}
    pairs = [
        *_written_alike(everyone), *_run_together(everyone), *_double_surname_apart(everyone),
        *_misspelt_beside(everyone), *_misspelt_seldom(everyone), *_longer_forms(everyone), *_double_surname(everyone),
        *_given_misspelt_in_company(everyone, company or {}),
        *given_variant_pairs(((p, _words(p.name)) for p in everyone), company or {}),
        *middle_name_pairs((p, _words(p.name)) for p in everyone),
        *(pair for pair in also if pair[0] in rank and pair[1] in rank),
    ]
    return unite(pairs, rank.__getitem__)


def _full_names_byname_letters(persons: list[Named]) -> dict[str, list[str]]:
    """The ids of the full names, by their letters once case, accents, spaces and hyphens are set aside."""
    by_letters: dict[str, list[str]] = defaultdict(list)
    for p in persons:
        if len(_words(p.name)) >= 2:
            by_letters[name_letters(p.name)].append(p.pid)
    return by_letters


def _written_alike(persons: list[Named]) -> list[tuple[str, str]]:
    """Full names of the same letters ("Ada DeQuillon", "Ada de Quillon")."""
    return [(pids[0], other) for pids in _full_names_byname_letters(persons).values() for other in pids[1:]]


def _double_surname_apart(persons: list[Named]) -> list[tuple[str, str]]:
    """A name of two words, the first no given name, of the letters of the one double surname the
    store's full names bear: the surname alone with its hyphen dropped ("Mr. Quillon Tessel" for
    "Ada Quillon-Tessel")."""
    bearers: dict[str, set[str]] = defaultdict(set)
    for p in persons:
        surname = split_name(p.name).surname
        if len(_words(p.name)) >= 3 and len(re.split(r"[\s-]+", surname)) == 2:
            bearers[name_letters(surname)].add(p.pid)
    found = []
    for p in persons:
        words = p.name.split()
        if len(words) == 2 and "-" not in p.name and not known_given_name(words[0]):
            full = bearers.get(name_letters(p.name), set())
            if len(full) == 1:
                found.append((next(iter(full)), p.pid))
    return found


def _run_together(persons: list[Named]) -> list[tuple[str, str]]:
    """A one-word name of the letters of one full name, a capital inside it where the words meet: a
    hashtag's or a handle's writing of the name ("#AdaQuillon", "AdaQuillon" beside "Ada Quillon")."""
    by_letters = _full_names_byname_letters(persons)
    found = []
    for p in persons:
        full = by_letters.get(name_letters(p.name), ())
        if " " not in p.name and re.search(r"[a-z][A-Z]", p.name) and len(full) == 1:
            found.append((full[0], p.pid))
    return found


def near_word(a: str, b: str) -> bool:
    """Whether two words of a name are one misspelt: long enough, the same first letter, and
    letters put in or left out, vowels changed for vowels (an edit, two for a long word), or two
    neighbours swapped; not two given names of different genders ("Louis", "Louise"). A consonant
    changed for another makes another name ("Stringer", "Springer")."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < LONG_WORD:
        return False
    limit = EDITS if min(len(a), len(b)) >= LONG_WORD + 2 else SHORT_WORD_EDITS
    if not (swapped(a, b) or slips(a, b, limit)):
        return False
    genders = {first_name_gender(a), first_name_gender(b)}
    return not {"m", "f"} <= genders


def _misspelt_beside(persons: list[Named]) -> list[tuple[str, str]]:
    """Within one article: a name whose words are the words of another full name there, one of them
    misspelt ("Mohamed Quillon" beside "Mohammed Quillon"), or a surname alone misspelt beside the
    full name ("Quillen" beside "Ada Quillon", in every article that writes it; a double surname
    too, "Tessel-Quilon" beside "Ada Tessel-Quillon")."""
    by_article: dict[str, list[Named]] = defaultdict(list)
    for p in persons:
        for article in p.articles:
            by_article[article].append(p)
    found: set[tuple[str, str]] = set()
    for named in by_article.values():
        # a misspelt word keeps its first letter, so near names open their words alike
        full: dict[tuple[str, ...], list[Named]] = defaultdict(list)
        for q in named:
            if len(_words(q.name)) >= 2:
                full[_initials(q.name)].append(q)
        for p in named:
            fits = _misspelt_fits(p, full)
            if len(fits) == 1:
                found.add((min(p.pid, fits[0].pid), max(p.pid, fits[0].pid)))
    return sorted(found)


def _misspelt_fits(p: Named, full: Mapping[tuple[str, ...], list[Named]]) -> list[Named]:
    """The full names of an article (by their initials) that a name of it may misspell (see
    :func:`_misspelt_beside`)."""
    words = _words(p.name)
    if len(words) == 1 and known_given_name(words[0]):
        return []
    if len(words) == 1 or " " not in p.name.strip():  # "Quillen"; a double surname alone, "Tessel-Quilon"
        surname = "-".join(words)
        return [
            q for group in full.values() for q in group
            if len(_words(q.name)) > len(words) and _words(q.name)[-len(words)][0] == words[0][0]
            and near_word(surname, "-".join(_words(q.name)[-len(words):])) and p.articles <= q.articles
        ]
    return [q for q in full[_initials(p.name)] if q is not p and _near_name(words, _words(q.name))]


def _misspelt_seldom(persons: list[Named]) -> list[tuple[str, str]]:
    """Across the store: a full name in ``SELDOM`` articles or fewer whose words are those of one
    other full name, named in ``MORE_ARTICLES`` times as many (or, with two given names in common,
    see :func:`_two_given_names_more_written`), but one misspelt: the surname by an
    slip or two letters swapped ("Ada Qiullon"), or another word as in :func:`near_word`. A surname
    other full names of the store bear is no misspelling, unless the two hold one office ("Gov. David
    Patterson" for Gov. David Paterson, beside other Pattersons)."""
    alike: dict[tuple[str, ...], list[Named]] = defaultdict(list)
    surnames: Counter[str] = Counter()
    for p in persons:
        if len(_words(p.name)) >= 2:
            alike[_initials(p.name)].append(p)
            surnames[_words(p.name)[-1]] += 1
    found = []
    for group in alike.values():
        for rare in group:
            if len(rare.articles) > SELDOM:
                continue
            # "Paul Brown" beside a "Paul Browne": others are called Brown too
            shared = surnames[_words(rare.name)[-1]] > 1
            fits = [
                p for p in group
                if (not shared or rare.offices & p.offices)
                and (len(p.articles) >= MORE_ARTICLES * len(rare.articles) or _two_given_names_more_written(rare, p))
                and (_misspelt(_words(rare.name), _words(p.name))
                     or (not rare.articles & p.articles and _consonant_off(_words(rare.name), _words(p.name))))
            ]
            if len(fits) == 1:
                found.append((rare.pid, fits[0].pid))
    return found


def _two_given_names_more_written(rare: Named, usual: Named) -> bool:
    """Whether a name of two given names or more, all spelt out, is the same but for its surname as
    a name named in more articles and ``MORE_ARTICLES`` times as often: "Ada Mira Qiullon" once
    beside "Ada Mira Quillon" in two stories. Two given names in common leave few namesakes."""
    a, b = _words(rare.name), _words(usual.name)
    return (len(a) >= 3 and a[:-1] == b[:-1] and all(len(w) > 1 for w in a[:-1])
            and len(usual.articles) > len(rare.articles) and usual.mentions >= MORE_ARTICLES * rare.mentions)


def _given_misspelt_in_company(persons: list[Named], company: Mapping[str, Collection[str]]) -> list[tuple[str, str]]:
    """Two full names of one surname whose given names are one misspelt (see :func:`near_word`:
    "Mohammad Quillon", "Mohammed Quillon"), never named in one article, the rarer in ``SELDOM``
    articles or fewer, whose articles name a third person in common (a bout's opponent, a show's
    cast). Which of the two is more written does not matter: a misspelling may lead."""
    by_rest: dict[tuple[str, ...], list[Named]] = defaultdict(list)
    for p in persons:
        words = _words(p.name)
        if len(words) >= 2:
            by_rest[(words[0][:1], *words[1:])].append(p)
    found = []
    for group in by_rest.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if (a.articles & b.articles or min(len(a.articles), len(b.articles)) > SELDOM
                        or not near_word(_words(a.name)[0], _words(b.name)[0])):
                    continue
                if named_with(a, company) & named_with(b, company) - {a.pid, b.pid}:
                    found.append((a.pid, b.pid))
    return found


def _misspelt(rare: tuple[str, ...], usual: tuple[str, ...]) -> bool:
    """Whether a name is another's with one word misspelt (see :func:`_misspelt_seldom`)."""
    if len(rare) != len(usual):
        return False
    differ = [i for i, (x, y) in enumerate(zip(rare, usual, strict=True)) if x != y]
    if len(differ) != 1:
        return False
    a, b = rare[differ[0]], usual[differ[0]]
    surname = differ[0] == len(rare) - 1
    return near_word(a, b) or (surname and _one_slip(a, b))


def _one_slip(a: str, b: str) -> bool:
    """Whether a word of ``SHORT_SURNAME`` letters or more is another with one slip: a letter put in,
    left out or changed between vowels, or two neighbours swapped; the first letter kept."""
    return a[:1] == b[:1] and min(len(a), len(b)) >= SHORT_SURNAME and (swapped(a, b) or slips(a, b, 1))


def _consonant_off(rare: tuple[str, ...], usual: tuple[str, ...]) -> bool:
    """Whether a name is another's with one consonant of a long surname written for another, the
    given names the same and written in full ("Ada Quillarn" for "Ada Quillarm"). Asked only of a
    name seldom written, never in an article of the usual one: two people there would be named
    apart, and a surname others bear is left out before (see :func:`_misspelt_seldom`)."""
    if len(rare) != len(usual) or rare[:-1] != usual[:-1] or any(len(w) < 2 for w in rare[:-1]):
        return False
    a, b = rare[-1], usual[-1]
    if len(a) != len(b) or len(a) < LONG_WORD or a[0] != b[0]:
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) == 1 and not {*changed[0]} & VOWELS


def spelt_both_ways(
    forms: Iterable[tuple[str, Collection[str]]], named: Mapping[str, Collection[str]]
) -> list[tuple[str, str]]:
    """(person id, person id) where an article writes its person's full name two ways, one word
    misspelt ("Ada Quillon" and "Ada Quilon"), and the other writing is the name of one other person
    of the store: one person, whichever way the store's persons are named. ``forms``: (person id, the
    forms an article gives it); ``named``: the key of each person's name -> the ids of the persons of it."""
    found = set()
    for pid, written in forms:
        full = [f for f in written if len(_words(f)) >= 2]
        for form in full:
            others = set(named.get(person_key(form), ())) - {pid}
            if len(others) == 1 and any(_one_slip_apart(_words(form), _words(o)) for o in full if o != form):
                found.add((pid, others.pop()))
    return sorted(found)


def _one_slip_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two full names one article gives one person differ by a slip in one word ("Rogen",
    "Rogan"; "Steel", "Steele"): the article tells they are one, so a short word may be misspelt too."""
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y] if len(a) == len(b) else []
    if len(differ) != 1:
        return False
    return _one_slip(*differ[0])


def _initials(name: str) -> tuple[str, ...]:
    return tuple(w[0] for w in _words(name))


def _near_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two full names differ by one misspelt word, the others equal."""
    if len(a) != len(b) or len(a) < 2:
        return False
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(differ) == 1 and near_word(*differ[0])


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of ``short`` are in ``long``, in order, the first word first, and what
    ``long`` adds after them opens with no given name."""
    if len(short) < 2 or len(long) <= len(short) or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    if not all(word in rest for word in short[1:]):
        return False
    after = long[len(long) - len(list(rest)):]
    return not (after and known_given_name(after[0]))  # "Ada Quillon Bram Tessel": two names run together


def _usual_name_of(short: Named, long: Named) -> bool:
    """Whether a shorter name, named in other articles, is the usual name of a longer: it opens the
    longer (a surname added: "Ada Quillon Tessel"), not only inside it ("Ada Tessel" of "Ada Maria
    Tessel" may be another Ada), and it is named in ``MORE_ARTICLES`` times as many articles."""
    opens = _words(long.name)[: len(_words(short.name))] == _words(short.name)
    return opens and len(short.articles) >= MORE_ARTICLES * len(long.articles)


def _double_surname(persons: list[Named]) -> list[tuple[str, str]]:
    """A person its articles mostly write by a double surname alone (its id is "quillon tessel", its
    name "Ada Quillon Tessel": a married name) and the one full name of the same given name and
    first surname ("Ada Quillon"), the name before the second surname was added."""
    full: dict[tuple[str, ...], list[Named]] = defaultdict(list)
    for p in persons:
        if len(_words(p.name)) == 2:
            full[_words(p.name)].append(p)
    found = []
    for p in persons:
        words = _words(p.name)
        if len(words) != 3 or p.pid != " ".join(words[1:]) or known_given_name(words[1]):
            continue
        shorter = full.get(words[:2], [])
        if len(shorter) == 1:
            found.append((shorter[0].pid, p.pid))
    return found


def _longer_forms(persons: list[Named]) -> list[tuple[str, str]]:
    """A full name and the one longer full name that holds its words ("Ada Quillon" in "Ada Quillon
    Tessel"), the longer's added words all full words, joined when one article names both or the
    shorter is named in ``MORE_ARTICLES`` times as many articles; a longer name two shorter ones
    fit ("George Quillon" and "George Tessel" in "George Quillon Tessel") is left alone."""
    by_first: dict[str, list[tuple[Named, tuple[str, ...]]]] = defaultdict(list)
    for p in persons:
        words = _words(p.name)
        if len(words) >= 2 and all(len(w) > 1 for w in words):
            by_first[words[0]].append((p, words))
    longer_of: dict[str, list[Named]] = defaultdict(list)
    shorter_of: dict[str, list[Named]] = defaultdict(list)
    for named in by_first.values():
        for short, short_words in named:
            for long, long_words in named:
                if _inside(short_words, long_words):
                    longer_of[short.pid].append(long)
                    shorter_of[long.pid].append(short)
    found = []
    by_pid: Mapping[str, Named] = {p.pid: p for p in persons}
    for pid, longs in sorted(longer_of.items()):
        short = by_pid[pid]
        if len(longs) != 1 or len(shorter_of[longs[0].pid]) != 1:
            continue
        long = longs[0]
        if short.articles & long.articles or _usual_name_of(short, long):
            found.append((short.pid, long.pid))
    return found
