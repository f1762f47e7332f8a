"""A common word glued before a surname, read as the surname alone.

A headline in title case, or an epithet, puts a capitalised common word right before a surname:
"Angry Quillon Storms Off", "Happy Quillon" in a match report that also writes "Ada Quillon";
"I'd vote for Dead Ada" in a story of Ada Quillon.
The extractor then keeps "Happy Quillon" as a full name of its own, and the article's bare
"Quillon" goes with it. Such a row is the surname alone when its first word is no known given name,
the article writes that word in lower case as an ordinary word ("he was not happy"), and the same
article writes another full name of that surname (or of that given name): the person the word
stands for there.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.people.records import PersonRow


def may_be_glued(row: PersonRow, others: Iterable[str]) -> bool:
    """Whether the row's name opens with a word no name list holds, before a surname that the
    article also writes after another given name, or before the given name of another full name
    of the article ("Dead Ilvo" beside "Ilvo Quorvath") (``others``: the keys of the article's rows)."""
    words = row.key.split()
    if len(words) != 2 or row.role:
        return False
    first, name = words
    if not first.isalpha() or len(first) < 3:
        return False
    if not any((k.endswith(f" {name}") or k.startswith(f"{name} ")) and k != row.key for k in others):
        return False
    return not known_given_name(first)


def rows_to_read(rows: Iterable[PersonRow]) -> list[PersonRow]:
    """The rows whose first word may be a common word glued on (see :func:`may_be_glued`): their
    articles' text tells, and their last word ("quillon" of "Happy Quillon") is what they would be read as."""
    rows = list(rows)
    keys = _keys_by_article(rows)
    return [r for r in rows if may_be_glued(r, keys[r.article_id])]


def glued_word(row: PersonRow, others: Iterable[str], text: str | None) -> bool:
    """Whether the row's name is a common word the article writes in lower case ("he was not
    happy"), glued before a surname the article also writes after another given name."""
    if text is None or not may_be_glued(row, others):
        return False
    return re.search(rf"\b{re.escape(row.key.split()[0])}\b", text) is not None


def _keys_by_article(rows: Iterable[PersonRow]) -> dict[str, set[str]]:
    keys: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        keys[row.article_id].add(row.key)
    return keys


def surname_rows(
    rows: Iterable[PersonRow], texts: Mapping[str, str]
) -> tuple[list[PersonRow], dict[tuple[str, str], str]]:
    """The rows with each glued common word dropped ("Happy Quillon" read as "Quillon"), and the
    rows re-read: (article, key read) -> the key the article stored. A row is kept as it is where
    its article also holds the surname alone as a row of its own, or another row already read as it."""
    rows = list(rows)
    keys = _keys_by_article(rows)
    out: list[PersonRow] = []
    read_as: dict[tuple[str, str], str] = {}
    for row in rows:
        here = keys[row.article_id]
        surname = row.key.split()[-1]
        taken = surname in here or (row.article_id, surname) in read_as
        if taken or not glued_word(row, here, texts.get(row.article_id)):
            out.append(row)
            continue
        name = row.name.split()[-1]
        aliases = tuple(a for a in row.aliases if " " not in a) or (name,)
        out.append(replace(row, key=surname, name=name, aliases=aliases))
        read_as[(row.article_id, surname)] = row.key
    return out, read_as
