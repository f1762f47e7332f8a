"""A common word glued before a surname, read as the surname alone.

A headline in title case, or an epithet, puts a capitalised common word right before a surname:
"Angry Quillon Storms Off", "Happy Quillon" in a match report that also writes "Ada Quillon";
"I'd vote for Dead Ada" in a story of Ada Quillon; "Now Nanny Quillon has more advice" in a story
of the mayor that writes "Quillon" alone.
The extractor then keeps "Happy Quillon" as a full name of its own, and the article's bare
"Quillon" goes with it. Such a row is the surname alone when its first word is no known given name,
the article writes that word in lower case as an ordinary word ("he was not happy"), and the same
article writes another full name of that surname (or of that given name): the person the word
stands for there. So is an epithet before a surname the store names in many stories for one person,
where the store writes the word in lower case ("a nanny"): "Nanny Quillon's rules" in a story that
names the mayor no other way.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import replace

from sanctuary_cli.extract.people.given import known_given_name, same_given_name
from sanctuary_cli.extract.people.records import PersonRow

FAMOUS_ARTICLES = 10  # a surname named in this many stories ...
FAMOUS_SHARE = 0.75  # ... of which one given name holds this share of those in full may follow an epithet


def may_be_glued(row: PersonRow, others: Iterable[str], famous: bool = False) -> bool:
    """Whether the row's name opens with a word no name list holds, before a surname that the
    article also writes after another given name, or before the given name of another full
    name of the article ("Dead Ilvo" beside "Ilvo Quorvath") (``others``: the keys of the article's
    rows), or before a ``famous`` surname (see :func:`famous_surnames`)."""
    words = row.key.split()
    if len(words) != 2 or row.role:
        return False
    first = words[0]
    if not first.isalpha() or len(first) < 3 or known_given_name(first):
        return False
    return famous or _beside_its_name(row, others)


def _beside_its_name(row: PersonRow, others: Iterable[str]) -> bool:
    """Whether the article writes another full name of the row's surname, or of its last word as a
    given name ("Dead Ilvo" beside "Ilvo Quorvath")."""
    name = row.key.split()[-1]
    return any((k.endswith(f" {name}") or k.startswith(f"{name} ")) and k != row.key for k in others)


def rows_to_read(rows: Iterable[PersonRow], famous: Collection[str] = ()) -> list[PersonRow]:
    """The rows whose first word may be a common word glued on (see :func:`may_be_glued`; ``famous``:
    the store's famous surnames): their articles' text tells, and their last word ("quillon" of "Happy
    Quillon") is what they would be read as."""
    rows = list(rows)
    keys = _keys_by_article(rows)
    return [r for r in rows if may_be_glued(r, keys[r.article_id], r.key.split()[-1] in famous)]


def glued_word(
    row: PersonRow, others: Iterable[str], text: str | None, epithets: Collection[tuple[str, str]] = ()
) -> bool:
    """Whether the row's name is a common word the article writes in lower case ("he was not
    happy"), glued before a surname the article also writes after another given name; or one of the
    store's ``epithets``: (word, surname) pairs, a common word before a famous surname."""
    words = row.key.split()
    if len(words) == 2 and (words[0], words[1]) in epithets and not row.role:
        return True
    if text is None or not may_be_glued(row, others):
        return False
    return re.search(rf"\b{re.escape(words[0])}\b", text) is not None


def _keys_by_article(rows: Iterable[PersonRow]) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        keys[row.article_id].add(row.key)
    return keys


def famous_surnames(rows: list[PersonRow]) -> set[str]:
    """The surnames the store names in ``FAMOUS_ARTICLES`` stories or more, alone or in full, of which
    one given name (in any of its forms: "Mike", "Michael") holds ``FAMOUS_SHARE`` of the stories
    naming anyone of that surname in full ("Quillon", the mayor's)."""
    stories: dict[str, set[str]] = defaultdict(set)
    named: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        words = row.key.split()
        stories[words[-1]].add(row.article_id)
        if len(words) >= 2 and known_given_name(words[0]):
            named[words[-1]][words[0]].add(row.article_id)
    famous = set()
    for surname, by_given in named.items():
        if known_given_name(surname) or len(stories[surname]) < FAMOUS_ARTICLES:
            continue  # "Skip James": the last word may be a given name, the first a nickname
        everyone = set().union(*by_given.values())
        top = max(
            len(set().union(*(a for g, a in by_given.items() if same_given_name(g, given)))) for given in by_given
        )
        if top >= FAMOUS_SHARE * len(everyone):
            famous.add(surname)
    return famous


def surname_rows(
    rows: Iterable[PersonRow], texts: Mapping[str, str], epithets: Collection[tuple[str, str]] = ()
) -> tuple[list[PersonRow], dict[tuple[str, str], str]]:
    """The rows with each glued common word dropped ("Happy Quillon" read as "Quillon"), and the
    rows re-read: (article, key read) -> the key the article stored. A row is kept as it is where
    its article also holds the surname alone as a row of its own, or another row already read as it.
    ``epithets``: common words before famous surnames (see :func:`glued_word`)."""
    rows = list(rows)
    keys = _keys_by_article(rows)
    out: list[PersonRow] = []
    read_as: dict[tuple[str, str], str] = {}
    for row in rows:
        here = keys[row.article_id]
        surname = row.key.split()[-1]
        taken = surname in here or (row.article_id, surname) in read_as
        if taken or not glued_word(row, here, texts.get(row.article_id), epithets):
            out.append(row)
            continue
        name = row.name.split()[-1]
        aliases = tuple(a for a in row.aliases if " " not in a) or (name,)
        out.append(replace(row, key=surname, name=name, aliases=aliases))
        read_as[(row.article_id, surname)] = row.key
    return out, read_as
