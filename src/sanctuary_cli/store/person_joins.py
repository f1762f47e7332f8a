"""The store's side of joining persons the surname groups left apart: read the links, write the joins.

Run after each resolution of the surname groups (:func:`persons.resolve_pending`): the
policy is :mod:`sanctuary_cli.extract.people.variants` (one name written two ways) and
:mod:`sanctuary_cli.extract.people.comentions` (a given name alone read by its company) and
:mod:`sanctuary_cli.extract.people.given_variants` (another form of the given name, a nickname
clipped from its end) and :mod:`sanctuary_cli.extract.people.personas` (an invented name written
only in one person's stories); a one-word name in stories naming the same people is one person (comentions),
and one still apart is the person its own story's rows were joined to (:mod:`same_story`), or the writer
whose chat lines it labels (:mod:`bylines`); a one-word person of several stories is, in each, the person its
other rows were joined to (:mod:`same_story`).
A join moves rows to another person; a group resolved again later links its rows
afresh, and the next run joins them again, so the result is the same whatever the order.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict

from sanctuary_cli.extract.people.aliases import SQL_CUES, alias_pairs, other_given_name_pairs
from sanctuary_cli.extract.people.bylines import given_key, writer_links, writers_of
from sanctuary_cli.extract.people.comentions import (
    Link,
    given_name_links,
    relinks,
    same_cast_links,
)
from sanctuary_cli.extract.people.given_variants import end_clipped_links, single_name_clips
from sanctuary_cli.extract.people.names import person_key
from sanctuary_cli.extract.people.personas import persona_candidates, persona_pairs
from sanctuary_cli.extract.people.same_story import same_story_links, whole_person_links
from sanctuary_cli.extract.people.variants import Named, spelt_both_ways, variant_merges
from sanctuary_cli.store.persons import texts, words_in_lower_case
from sanctuary_cli.store.sql import chunks, immediate


def join_persons(conn: sqlite3.Connection) -> int:
    """Join the store's persons that are one: returns the number of rows moved to another person."""
    links: list[Link] = []
    offices: dict[str, set[str]] = defaultdict(set)  # the public offices each person's articles give it
    for article, key, pid, name, role, official, aliases, count in conn.execute(
        "SELECT p.article_id, p.key, p.person, s.name, p.role, p.official, p.aliases, p.mentions FROM people p"
        " JOIN persons s ON s.id = p.person"
        " WHERE s.is_person = 1 ORDER BY p.article_id, p.key"
    ):
        links.append(Link(article, key, pid, name, bool(role), tuple(json.loads(aliases)), count))
        if official and role:
            offices[pid].add(role)
    mentions: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    company: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)  # the key of each person's name -> the persons of that name
    for link in links:
        mentions[link.pid] += link.mentions
        articles[link.pid].add(link.article)
        names[link.pid] = link.name
        named[person_key(link.name)].add(link.pid)
        if " " in link.name:
            company[link.article].add(link.pid)
    merged = variant_merges(
        (Named(pid, names[pid], mentions[pid], frozenset(a), frozenset(offices[pid])) for pid, a in articles.items()),
        company,
        [
            *_alias_pairs(conn, links), *_other_given_name_pairs(links, named), *_spelt_both_ways(links, named),
            *_persona_pairs(conn, links),
        ],
    )
    moves = {(x.article, x.key): merged[x.pid] for x in links if x.pid in merged}
    joined = relinks(links, merged)
    moves |= given_name_links(joined)
    moves |= {k: v for k, v in end_clipped_links(joined).items() if k not in moves}
    moves |= {k: v for k, v in single_name_clips(joined).items() if k not in moves}
    moves |= same_cast_links(joined, moves)
    moves |= same_story_links(links, moves)
    moves |= {k: v for k, v in _writer_links(conn, links, named).items() if k not in moves}
    moves |= whole_person_links(links, moves)
    if moves:
        _save(conn, moves, {x.pid for x in links if (x.article, x.key) in moves})
    return len(moves)


def _writer_links(
    conn: sqlite3.Connection, links: list[Link], named: dict[str, set[str]]
) -> dict[tuple[str, str], str]:
    """The given names alone that label the chat lines of their story's writer (see :mod:`bylines`), the texts
    read only of the stories whose byline opens with such a word."""
    writers = {a: writers_of(b) for a, b in conn.execute("SELECT id, byline FROM articles WHERE byline IS NOT NULL")}
    words = {article: {given_key(w) for w in names} for article, names in writers.items()}
    candidates = {x.article for x in links if x.key in words.get(x.article, ())}
    return writer_links(links, writers, texts(conn, candidates), named) if candidates else {}


def _alias_pairs(conn: sqlite3.Connection, links: list[Link]) -> list[tuple[str, str]]:
    """The pairs of persons an article says are one ("Quillon's alter ego Carlos Vane"), read in the
    articles whose text holds a cue (see :mod:`aliases`)."""
    where = " OR ".join("instr(lower(text), ?) > 0" for _ in SQL_CUES)
    cued = dict(conn.execute(f"SELECT id, text FROM articles WHERE {where}", SQL_CUES).fetchall())
    forms: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for link in links:
        if link.article in cued:
            forms[link.article][link.pid] |= {link.name, *link.aliases}
    return [pair for article, text in sorted(cued.items()) for pair in alias_pairs(text, forms[article])]


def _persona_pairs(conn: sqlite3.Connection, links: list[Link]) -> list[tuple[str, str]]:
    """The pairs of persons one is an invented name of the other's (see :mod:`personas`), the candidates'
    words looked up in the store's lower case and their articles read for the name in quotation marks."""
    candidates = persona_candidates(links)
    if not candidates:
        return []
    common = words_in_lower_case(conn, {c.word for c in candidates})
    return persona_pairs(candidates, common, texts(conn, {a for c in candidates for a in c.stories}))


def _other_given_name_pairs(links: list[Link], named: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The pairs of persons one goes by the other's name in an article ('Dorian "Whitey" Kastellan'
    and a story's "Whitey Kastellan", see :func:`aliases.other_given_name_pairs`)."""
    return other_given_name_pairs(((x.pid, x.name, x.aliases) for x in links if len(x.aliases) > 1), named)


def _spelt_both_ways(links: list[Link], named: dict[str, set[str]]) -> list[tuple[str, str]]:
    """The pairs of persons an article writes as one, one of them misspelt (see :func:`variants.spelt_both_ways`).
    A row's stored forms hold the name it goes by too."""
    return spelt_both_ways(((x.pid, x.aliases) for x in links if len(x.aliases) > 1), named)


def _save(conn: sqlite3.Connection, moves: dict[tuple[str, str], str], emptied: set[str]) -> None:
    """Move the rows, and drop the persons left with none."""
    with immediate(conn):
        conn.executemany(
            "UPDATE people SET person = ? WHERE article_id = ? AND key = ?",
            [(pid, article, key) for (article, key), pid in sorted(moves.items())],
        )
        for marks, chunk in chunks(sorted(emptied)):
            conn.execute(
                f"DELETE FROM persons WHERE id IN ({marks})"
                " AND NOT EXISTS (SELECT 1 FROM people p WHERE p.person = persons.id)",
                chunk,
            )
