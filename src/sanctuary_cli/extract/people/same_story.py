"""A one-word name still apart after the store's joins, read beside the rows of its own story.

"Carmelo" beside a "Melo" found to be Carmelo Anthony is him too; "Mr. White" beside a "Walt" found
to be Walter White is Walter White. Run once the joins of :mod:`comentions` and :mod:`given_variants`
are known (the ``moves``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from sanctuary_cli.extract.people.comentions import Link
from sanctuary_cli.extract.people.given import known_given_name, same_given_name
from sanctuary_cli.extract.people.records import own_person, surname_of


def same_story_links(links: Iterable[Link], moves: Mapping[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """(article, key) of a given name alone still apart -> the one person of that given name whom
    another row of its story was joined to ("Carmelo" beside a "Melo" found to be Carmelo Anthony), or
    of another form of that given name ("Peter" beside a "Pete" found to be Pete Seeger), once the
    ``moves`` are made; of a surname alone, the one person of that surname its story names, by a given
    name joined to them ("Mr. White" beside a "Walt" found to be Walter White)."""
    joined = [replace(x, pid=moves.get((x.article, x.key), x.pid)) for x in links]
    by_given: dict[tuple[str, str], set[str]] = defaultdict(set)
    given_of: dict[str, set[str]] = defaultdict(set)  # the given names alone joined to a full name opening with them
    for link in joined:
        if " " in link.pid and "#" not in link.pid:
            by_given[(link.article, link.pid.split()[0])].add(link.pid)
            if link.pid.split()[0] == link.key:
                given_of[link.article].add(link.key)
    found = _same_story_surnames(joined)
    for link in joined:
        if " " in link.key or not own_person(link.pid, link.key) or link.role or not known_given_name(link.key):
            continue
        # its own given name, else another form of it ("Peter" beside a "Pete" found to be Pete Seeger)
        forms = [g for g in sorted(given_of[link.article]) if g != link.key and same_given_name(g, link.key)]
        same = by_given.get((link.article, link.key)) or set().union(*(by_given[(link.article, g)] for g in forms))
        if len(same) == 1:
            found[(link.article, link.key)] = next(iter(same))
    return found


def _same_story_surnames(joined: list[Link]) -> dict[tuple[str, str], str]:
    """(article, key) of a surname alone still apart -> the one person of that surname its story names, by a
    one-word row joined to them only (a full name written beside the surname alone told the two apart)."""
    by_surname: dict[tuple[str, str], set[str]] = defaultdict(set)
    for link in joined:
        if " " in link.pid and "#" not in link.pid:
            by_surname[(link.article, surname_of(link.pid))].add(link.pid)
    written_in_full = {(x.article, x.pid) for x in joined if " " in x.key}
    found = {}
    for link in joined:
        if " " in link.key or not own_person(link.pid, link.key) or link.role or known_given_name(link.key):
            continue
        named = by_surname.get((link.article, link.key), set())
        if len(named) == 1 and (link.article, *named) not in written_in_full:
            found[(link.article, link.key)] = next(iter(named))
    return found


def whole_person_links(links: Iterable[Link], moves: Mapping[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """(article, key) of a one-word person of several stories (one show's "Don", see :func:`records.own_person`)
    -> the full name its rows of other stories were joined to, where all that were joined went to that one
    (the ``moves``): the recaps that call a character "Don" speak of one man, and a recap that shows he is Don
    Draper shows it for every one."""
    every = list(links)
    several = {pid for pid, n in Counter(pid for pid, _ in {(x.pid, x.article) for x in every}).items() if n > 1}
    joined: dict[str, set[str]] = defaultdict(set)
    for link in every:
        target = moves.get((link.article, link.key))
        if target is not None and link.pid in several and "#" in link.pid and own_person(link.pid, link.key):
            joined[link.pid].add(target)
    return {
        (x.article, x.key): next(iter(joined[x.pid])) for x in every
        if len(joined.get(x.pid, ())) == 1 and (x.article, x.key) not in moves
    }
