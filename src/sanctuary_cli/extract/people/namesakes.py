"""Which full name of the store a one-word form stands for, by the store's evidence alone.

A role one namesake's stories give far more often than another's ("President Quillon"),
a full name holding the great majority of the surname's stories, the only namesake written
about around the article's date, or the one bearer of a rare given name ("Kanye"): each
says which person a surname or a given name alone is. Where nothing decides, the form
stays apart and says why.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from sanctuary_cli.extract.people.fullnames import SPELLING_LEAD, Cluster
from sanctuary_cli.extract.people.given import first_name_gender, known_given_name
from sanctuary_cli.extract.people.names import split_name
from sanctuary_cli.extract.people.records import GivenUse, PersonRow, surname_of
from sanctuary_cli.extract.people.shortforms import MIN_ARTICLES
from sanctuary_cli.extract.people.spelling import near_or_swapped

ROLE_LEAD = 3  # a namesake given a role in a third as many stories as another is no holder of it
MAJORITY_SHARE = 0.5  # ... and the only one written about often holds this share, to be told by a date
DOMINANT_SHARE = 0.75  # a full name a bare surname may stand for holds this share of its surname's full-name articles
FAMOUS_ARTICLES = 10  # a common given name alone is the one bearer named in full in this many articles ...
FAMOUS_SHARE = 0.9  # ... and in this share of the articles naming anyone with that given name in full
ONLY_BEARER_ARTICLES = 2  # a word no name list holds opens the store's only full name with it in this many articles
# nouns of a work a story names its maker's name before: "Quillon's song", "the old Quillon records"
WORK_NOUNS = ("songs?", "albums?", "records?", "lyrics", "films?", "movies?", "novels?", "paintings?", "poems?")
MONONYM_LEAD = 3  # a word no name list holds, written alone in this many times more articles than its only
# full name, may be a mononym of someone else ("Madonna" beside one "Madonna Quillon")
SUBJECT_MENTIONS = 3  # a given name alone written this often is a subject of its story, named in full there if anywhere
BEAT_SHARE = 0.8  # a pair of headline words in this share of a full name's headlines ...
BEAT_HEADLINES = 3  # ... of this many or more is the beat its stories are written in: a team, a show
BEAT_WORD = 4  # a word of the beat this long or longer written in a story puts it within the beat


def only_bearer(key: str, bearers: Sequence[GivenUse], alone: int = 0) -> str | None:
    """The person a given name alone names: an uncommon given name ("Kanye", not "Anthony") that one
    person of the store bears in the great majority of its full-name articles, and in several; or a
    common one that a person the store writes about at length bears in nearly all of them."""
    if not bearers:
        return None
    articles = _misspelt_joined(bearers)
    (person, count), total = max(articles.items(), key=lambda kv: (kv[1], kv[0])), sum(articles.values())
    if not known_given_name(key) and count == total and count >= ONLY_BEARER_ARTICLES and alone <= MONONYM_LEAD * count:
        return person  # "Oprah" where the store names one Oprah in full, and not far less often than alone
    if first_name_gender(key) is None:
        return person if count >= MIN_ARTICLES and count >= DOMINANT_SHARE * total else None
    return person if count >= FAMOUS_ARTICLES and count >= FAMOUS_SHARE * total else None


def a_subject_named_otherwise(row: PersonRow, bearer: str, text: str | None) -> bool:
    """Whether a given name alone is a subject of its story (written ``SUBJECT_MENTIONS`` times or
    more) that never writes the store's bearer's surname: a story names its subject in full once,
    so "Noel" thirty times in a story of the Gallagher brothers is not the store's Noel Wells."""
    surname = split_name(bearer).surname
    if text is None or row.mentions < SUBJECT_MENTIONS or not surname:
        return False
    return re.search(rf"\b{re.escape(surname)}\b", text, re.IGNORECASE) is None


def outside_their_beat(text: str, headlines: Sequence[str], phrases_of: Callable[[str], frozenset[str]]) -> bool:
    """Whether the store writes of a full name only within one beat that this story (``text``) never
    names: a pair of capitalised words (see ``phrases_of``) in ``BEAT_SHARE`` of its ``headlines``,
    ``BEAT_HEADLINES`` or more ("Red Bulls" of a striker's stories). "Cooper" in a recap of a drama is
    not the striker, however few other Coopers the store names in full. A story writing a word of the
    beat's own, capitalised ("Bulls", "Thrones" of "Thrones Power Rankings"), is within it; a name
    written across many beats (a mayor's) has none, and the evidence of its dominance stands."""
    if len(headlines) < BEAT_HEADLINES:
        return False
    counts = Counter(p for headline in headlines for p in phrases_of(headline))
    words = {w for p, n in counts.items() if n >= BEAT_SHARE * len(headlines) for w in p.split() if len(w) >= BEAT_WORD}
    return bool(words) and not any(re.search(rf"\b{re.escape(w.capitalize())}\b", text) for w in words)


CALLED_SO_SHARE = 0.1  # a longer given name's bearer whose stories write its short form in this share of them


def called_so(bearer: GivenUse) -> bool:
    """Whether a short form alone may be the bearer of a longer given name ("Walt" of Walter White):
    their stories write it for them, in ``CALLED_SO_SHARE`` of them at least. Stories call a president
    "Donald Trump" or "Trump", seldom "Don": a "Don" of a drama's recap is someone else."""
    return bearer.called_so >= max(1, CALLED_SO_SHARE * bearer.articles)


def _misspelt_joined(bearers: Sequence[GivenUse]) -> Counter[str]:
    """The articles naming each bearer in full, a bearer whose surname is a misspelling of a far
    more written one's ("Ada Quilon" beside "Ada Quillon") counted as that one, and so is a bearer
    written with a middle name more or less ("Ada Rose Quillon" beside "Ada Quillon": one person,
    however far the store has joined its names yet)."""
    articles: Counter[str] = Counter()
    for bearer in bearers:
        articles[bearer.person] += bearer.articles
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for person in sorted(articles):
        words = person.split()
        by_ends[(words[0], words[-1])].append(person)
    for same in by_ends.values():
        most = max(same, key=lambda p: (articles[p], -len(p), p))
        for person in same:
            if person != most:
                articles[most] += articles.pop(person)
    for person, count in sorted(articles.items(), key=lambda kv: (kv[1], kv[0])):
        surname = person.split()[-1]
        same = [
            other for other, more in articles.items()
            if more >= SPELLING_LEAD * count and near_or_swapped(other.split()[-1], surname)
        ]
        if len(same) == 1:
            articles[same[0]] += articles.pop(person)
    return articles


def short_form_of(row: PersonRow, clusters: Sequence[Cluster], a_given_name: bool = False) -> Cluster | None:
    """The full-name person a surname alone names in this article, when the evidence says so."""
    suffix = split_name(row.key).suffix  # "Quillon Jr." is only ever a Jr.
    candidates = [c for c in clusters if c.parts.suffix == suffix] or ([] if suffix else list(clusters))
    if not candidates:
        return None
    holder = _role_holder(row, candidates)
    if holder is not None:
        return next(c for c in candidates if c.key == holder)  # "Gov. Quillon" where one Quillon is a governor
    if a_given_name and first_name_gender(row.key) is not None:
        return None  # "Anthony" alone, where the store names an Anthony too: only a role tells
    return _dominant(row, candidates) or _in_their_years(row, candidates)


def with_role_dates(clusters: Sequence[Cluster], rows: Sequence[PersonRow]) -> list[Cluster]:
    """The namesakes, each with the dates of the stories whose surname alone its role names added to
    its dates ("President Quillon" in 2014): a famous name is written in full in few of the stories that
    write it by its title, and its years are those stories' too (see :func:`_in_their_years`)."""
    dates: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        if row.date and clusters and (holder := _role_holder(row, clusters)) is not None:
            dates[holder].append(row.date)
    return [replace(c, dates=[*c.dates, *dates[c.key]]) if dates[c.key] else c for c in clusters]


def _role_holder(row: PersonRow, candidates: Sequence[Cluster]) -> str | None:
    """The namesake whose stories give the row's role far more often than any other's ("President"), or None."""
    if not row.role:
        return None
    most = max(c.roles[row.role] for c in candidates)
    holders = [c for c in candidates if c.roles[row.role] and c.roles[row.role] * ROLE_LEAD >= most]
    return holders[0].key if len(holders) == 1 else None


def role_overrules(row: PersonRow, written: str, clusters: Sequence[Cluster]) -> str | None:
    """The namesake a surname alone is by its role, where its article writes another namesake in
    full ("President Quillon" in a story that names "Mara Quillon" once, or a "Tova Quillon" only
    this story writes): the one the store's stories give that role in several stories and far more
    often than her. None if none."""
    if not clusters or surname_of(written) != surname_of(row.key):
        return None
    if written in {c.key for c in clusters} and len(clusters) < 2:
        return None
    holder = _role_holder(row, clusters)
    if holder is None or holder == written:
        return None
    held = next(c for c in clusters if c.key == holder)
    return holder if held.roles[row.role or ""] >= MIN_ARTICLES else None


def _role_conflict(row: PersonRow, cluster: Cluster, candidates: Sequence[Cluster]) -> bool:
    """The article gives the surname a role a namesake holds and this person never does."""
    if not row.role or row.role in cluster.roles:
        return False
    return any(row.role in c.roles for c in candidates if c is not cluster)


def _dominant(row: PersonRow, candidates: Sequence[Cluster]) -> Cluster | None:
    """The full name that holds the great majority of the surname's articles, in several of them."""
    total = sum(len(c.articles) for c in candidates)
    top = max(candidates, key=lambda c: (len(c.articles), c.key))
    if len(top.articles) >= MIN_ARTICLES and len(top.articles) >= DOMINANT_SHARE * total:
        return None if _role_conflict(row, top, candidates) else top
    return None


def the_maker_of_a_work(
    row: PersonRow, candidates: Sequence[Cluster], as_given: Sequence[GivenUse], text: str
) -> str | None:
    """The full name holding the great majority of its surname's stories (see :func:`_dominant`), and more than
    any bearer of the word as a given name (``as_given``), where the story (``text``) writes the surname alone as
    the maker of a work: "Axl took Quillon's song", "old Quillon records", "a Quillon film". A namesake the store
    does not name is seldom the artist of a work the story speaks of; a child or a witness of the same name is
    not one."""
    if row.role or " " in row.name or not candidates:
        return None
    top = _dominant(row, candidates)
    if top is None or any(g.articles >= len(top.articles) for g in as_given):
        return None
    return top.key if _a_makers_name(row.name, text) else None


@lru_cache(maxsize=4096)
def _maker_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}(?:['’]s\s+(?:[a-z]+\s+)?|\s+)(?:{'|'.join(WORK_NOUNS)})\b")


def _a_makers_name(name: str, text: str) -> bool:
    """Whether the text writes the name before a work's noun: "Quillon's song", "Quillon's early records"."""
    return bool(_maker_pattern(name).search(text))


def _in_their_years(row: PersonRow, candidates: Sequence[Cluster]) -> Cluster | None:
    """Of namesakes each written about in several stories, the only one written about around the
    article's date; where only one is, it must hold half the surname's stories at least."""
    known = [c for c in candidates if len(c.articles) >= MIN_ARTICLES and c.dates]
    total = sum(len(c.articles) for c in candidates)
    if not row.date or not known or (len(known) == 1 and len(known[0].articles) < MAJORITY_SHARE * total):
        return None  # one namesake written about often, among many more named once, is no choice by date
    day = row.date[:10]
    within = [c for c in known if min(c.dates)[:10] <= day <= max(c.dates)[:10]]
    if len(within) == 1 and not _role_conflict(row, within[0], candidates):
        return within[0]
    return None


def why_apart(clusters: Sequence[Cluster]) -> str | None:
    if len(clusters) > 1:
        return "short form: several full names compete and nothing decides"
    if clusters:
        return f"short form: too little evidence it is {clusters[0].key}"
    return None
