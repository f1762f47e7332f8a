"""The company the store's names keep, read for resolving people: who else each article names, the headlines
of the full names a one-word name may stand for, and the headlines' pairs of words the store's prose writes in
lower case (see :mod:`sanctuary_cli.extract.people.company`)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable

from sanctuary_cli.extract.people import corpus
from sanctuary_cli.extract.people.company import Company, seldom
from sanctuary_cli.extract.people.corpus import GivenUse, PersonRow
from sanctuary_cli.extract.people.names import person_key
from sanctuary_cli.extract.people.shortforms import HEADLINE_MENTIONS, RECAPS, headline_phrases
from sanctuary_cli.store.sql import rows_in as _rows_in

HEADLINED_ARTICLES = 10  # a given name's bearers named in at most this many articles have their headlines read
PHRASE_SAMPLE = 300  # the store's first articles read for a headline's words written in lower case ...
COMMON_PHRASE_USES = 3  # ... this often there: a pair of common words, no show's or team's name


def company_of(conn: sqlite3.Connection, rows: list[PersonRow], given: dict[str, list[GivenUse]]) -> Company:
    """Who else the articles of one-word names that are someone's given name write, and who else the
    articles of the candidates they may stand for write (names of few articles only)."""
    words = {r.key for r in rows if r.key in given}
    namesakes = _namesakes_of_surnames_alone(rows)
    if not (words or namesakes):
        return Company()
    candidates = _candidates(rows, given, words | namesakes.keys())
    few = _seldom_names(conn)
    of_article = names_in(conn, {r.article_id for r in rows if r.key in words or r.key in namesakes}, few)
    bearers = {w: {g.key for g in given[w] if g.articles <= HEADLINED_ARTICLES} for w in words}
    titles = headlines_of(conn, {key for keys in bearers.values() for key in keys}, given_apart=True)
    calling = calling_headlines(conn, _characters(rows, given, words))
    namesake_titles = headlines_of(conn, {key for keys in namesakes.values() for key in keys})
    # one-word key -> the full names whose headlines may tell it ("stewart": Jon Stewart's and Stewart Little's)
    headlined_by = {w: namesakes.get(w, set()) | bearers.get(w, set()) for w in namesakes.keys() | bearers.keys()}
    headlined = [r for r in rows if r.key in headlined_by and r.mentions >= HEADLINE_MENTIONS and not r.role]
    shared = _shared_phrases(conn, headlined, headlined_by, {**namesake_titles, **titles})
    company = _company_of_keys(conn, candidates, few)
    common = _lower_case_phrases(conn, shared)
    return Company(of_article, company, titles, namesake_titles, common, calling)


def _candidates(rows: list[PersonRow], given: dict[str, list[GivenUse]], words: set[str]) -> set[str]:
    """The full names these one-word names may stand for: the bearers of a given name in two articles or
    more, and the full names of a surname."""
    candidates = {g.key for w in words if w in given for g in given[w] if g.articles >= 2}
    return candidates | {r.key for r in rows if " " in r.key and corpus.surname_of(r.key) in words}


def _namesakes_of_surnames_alone(rows: list[PersonRow]) -> dict[str, set[str]]:
    """The full-name keys of each surname written alone that several full names bear ("stewart" ->
    "jon stewart", "martha stewart"): the people around them may tell which one a story means."""
    alone = {r.key for r in rows if " " not in r.key}
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if " " in row.key and (surname := corpus.surname_of(row.key)) in alone:
            found[surname].add(row.key)
    return {surname: keys for surname, keys in found.items() if len(keys) >= 2}


def _shared_phrases(
    conn: sqlite3.Connection,
    rows: list[PersonRow],
    headlined_by: dict[str, set[str]],
    titles: dict[str, tuple[str, ...]],
) -> set[str]:
    """The pairs of headline words a one-word row's headline shares with a headline of one of the
    full names it may stand for (``headlined_by``: one-word key -> full-name keys)."""
    ids = {r.article_id for r in rows}
    own = dict(_rows_in(conn, "SELECT id, coalesce(title, '') FROM articles WHERE id IN ({marks})", ids))
    shared: set[str] = set()
    of_bearers: dict[str, set[str]] = {}
    for row in rows:
        phrases = headline_phrases(own.get(row.article_id, ""))
        if phrases and row.key not in of_bearers:
            theirs = [t for key in headlined_by[row.key] for t in titles.get(key, ())]
            of_bearers[row.key] = {p for t in theirs for p in headline_phrases(t)}
        if phrases:
            shared |= of_bearers[row.key] & phrases
    return shared


def _lower_case_phrases(conn: sqlite3.Connection, phrases: set[str]) -> frozenset[str]:
    """Of these pairs of headline words, those the store's prose writes in lower case again and
    again ("Last Night" of "Stars Shine At The Pier Last Night": "last night"): common words, no
    show's or team's name, that tie no two stories together. Only the store's first
    ``PHRASE_SAMPLE`` articles are read."""
    if not phrases:
        return frozenset()
    sample = conn.execute("SELECT text FROM articles ORDER BY rowid LIMIT ?", (PHRASE_SAMPLE,))
    store = "\n".join(text for (text,) in sample)
    return frozenset(p for p in phrases if _written_at_least(store, f" {p.lower()} ", COMMON_PHRASE_USES))


def _written_at_least(text: str, phrase: str, times: int) -> bool:
    at = -1
    for _ in range(times):
        at = text.find(phrase, at + 1)
        if at < 0:
            return False
    return True


def _company_of_keys(
    conn: sqlite3.Connection, candidates: set[str], few: frozenset[str]
) -> dict[str, tuple[frozenset[str], ...]]:
    """For each candidate full name, the seldom names each of its articles writes."""
    articles_of: dict[str, set[str]] = defaultdict(set)
    for key, article in _rows_in(conn, "SELECT key, article_id FROM people WHERE key IN ({marks})", candidates):
        articles_of[key].add(article)
    around = names_in(conn, {a for ids in articles_of.values() for a in ids}, few)
    return {
        key: tuple(around.get(a, frozenset()) - {key} for a in sorted(ids) if a in around)
        for key, ids in articles_of.items()
    }


def _seldom_names(conn: sqlite3.Connection) -> frozenset[str]:
    """The full-name keys the store names in few articles (see :func:`seldom`)."""
    counts = dict(conn.execute(
        "SELECT key, count(DISTINCT article_id) FROM people WHERE instr(key, ' ') > 0 GROUP BY key"
    ).fetchall())
    (store_articles,) = conn.execute("SELECT count(*) FROM articles").fetchone()
    return seldom(counts, store_articles)


def headlines_of(
    conn: sqlite3.Connection, keys: Iterable[str], given_apart: bool = False
) -> dict[str, tuple[str, ...]]:
    """The headlines of the articles naming each of these full-name keys; with ``given_apart``, not those of
    the articles that tell the full name apart from its given name written alone, a row of its own there
    ("Jesse" again and again, then "he is Jesse James": the recap's headline is none of Jesse James's)."""
    found: dict[str, list[str]] = defaultdict(list)
    apart = (
        " AND NOT EXISTS (SELECT 1 FROM people q WHERE q.article_id = p.article_id"
        " AND q.key = substr(p.key, 1, instr(p.key, ' ') - 1))"
    )
    for key, title in _rows_in(
        conn,
        "SELECT p.key, coalesce(a.title, '') FROM people p JOIN articles a ON a.id = p.article_id"
        " WHERE p.key IN ({marks})" + (apart if given_apart else ""),
        keys,
    ):
        found[key].append(title)
    return {key: tuple(sorted(titles)) for key, titles in found.items()}


def _characters(rows: list[PersonRow], given: dict[str, list[GivenUse]], words: set[str]) -> set[str]:
    """The full names opening with a one-word name written in ``RECAPS`` stories or more: a show's
    character, perhaps, whose bearer may be named in many stories (see :func:`shortforms.by_headline`)."""
    stories = Counter(word for word, _ in {(r.key, r.article_id) for r in rows if r.key in words})
    return {g.key for w in words if stories[w] >= RECAPS for g in given[w] if g.key.startswith(f"{w} ")}


def calling_headlines(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """For each of these full-name keys, the (word, headline) of each article whose row writes the name
    by one word alone, other than its surname ("don" for Don Quillon under "Harbor Nights Recap")."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    query = (
        "SELECT p.key, p.aliases, coalesce(a.title, '') FROM people p JOIN articles a ON a.id = p.article_id"
        " WHERE p.key IN ({marks})"
    )
    for key, aliases, title in _rows_in(conn, query, keys):
        words = {person_key(alias) for alias in json.loads(aliases)}
        found[key] |= {(word, title) for word in words if " " not in word and word != corpus.surname_of(key)}
    return {key: tuple(sorted(pairs)) for key, pairs in found.items() if pairs}


def names_in(conn: sqlite3.Connection, article_ids: Iterable[str], keep: frozenset[str]) -> dict[str, frozenset[str]]:
    """The full-name keys each of these articles names, of those in ``keep``."""
    found: dict[str, set[str]] = defaultdict(set)
    for article, key in _rows_in(conn, "SELECT article_id, key FROM people WHERE article_id IN ({marks})", article_ids):
        if key in keep:
            found[article].add(key)
    return {a: frozenset(k) for a, k in found.items()}
