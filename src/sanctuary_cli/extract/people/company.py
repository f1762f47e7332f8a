"""The company a name keeps: who else an article names, and who else a person's articles name.

A given name alone ("Ada") in an article that never writes the full name is often the
person the story is about, and the story names the people around them: the director of
the show, the teammates, the band. When those same people turn up in the articles about
one bearer of the name ("Ada Quillon") and in no other bearer's, the word is that bearer.
Only names the store writes seldom count: a mayor in every second story ties nothing together.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

SHARED = 2  # names the article shares with a bearer's articles, at least ...
SUPPORT = 2  # ... found in this many of them (one round-up of the week's events names everyone)
LEAD = 3  # ... and this many times as many as with any other candidate
SELDOM_SHARE = 0.02  # a name counts as company when it is in at most this share of the store's articles
SELDOM_MIN = 10  # ... or in at most this many, in a small store
HEADLINES = 1  # a bearer's headlines sharing a pair of words with a story's, at least
NAMESAKE_HEADLINES = 2  # ... a surname's namesake's headlines, at least (a famous name's stories are many)
QUOTED_BEFORE_HYPHEN = re.compile(r"['’\"”]-")  # "'Harbor Nights'-Inspired": the quoted name ends there


@dataclass(frozen=True)
class Company:
    """Who keeps company with whom, in names the store writes seldom."""

    of_article: Mapping[str, frozenset[str]] = field(default_factory=dict)  # article -> its full-name keys
    # full-name key -> the full-name keys of each of its articles
    of_key: Mapping[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    titles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # full-name key -> its articles' headlines
    # the same, of the full names of a surname written alone that several full names bear
    namesake_titles: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # pairs of headline words the store's prose writes in lower case ("last night"): no show's or team's name
    common_phrases: frozenset[str] = frozenset()
    # full-name key -> (word, headline) of each of its articles that writes it by one word alone, no surname
    # ("don" for Don Quillon under "Harbor Nights Recap")
    calling: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)


def seldom(article_counts: Mapping[str, int], store_articles: int) -> frozenset[str]:
    """The keys named in few enough of the store's articles to tie two stories together."""
    cap = max(SELDOM_MIN, SELDOM_SHARE * store_articles)
    return frozenset(key for key, count in article_counts.items() if count <= cap)


def chosen_by_company(article: str, candidates: Mapping[str, Iterable[str]], company: Company) -> str | None:
    """Of ``candidates`` (person -> their full-name keys), the one whose articles name the people
    this article names: at least ``SHARED`` of them, in ``SUPPORT`` of its articles or more, and
    ``LEAD`` times as many as any other's."""
    names = company.of_article.get(article)
    if not names:
        return None
    shared: dict[str, int] = {}
    for person, keys in candidates.items():
        around: set[str] = set()
        support = 0
        for key in keys:
            for others in company.of_key.get(key, ()):
                common = names & others
                support += bool(common)
                around |= common
        shared[person] = len(around) if support >= SUPPORT else 0
    ranked = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < SHARED:
        return None
    if len(ranked) > 1 and ranked[0][1] < LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def title_phrases(title: str, ruled_out: Callable[[str], bool]) -> set[str]:
    """The pairs of capitalised words a headline writes that are no function words and no given
    names ("Harbor Nights" of "Harbor Nights Recap: Who Is Ada?"): a show's, a team's, a place's
    name, which ties the stories that headline it together. ``ruled_out`` tells the words (folded)
    that may not be part of one: function words and given names. The pairs are folded: a headline
    in capitals ("HARBOR Recap") writes the same name; a name quoted before a hyphen ("'Harbor Nights'-Inspired
    Bar") ends at its closing quote."""
    words = [w.strip("'’\"“”:;,.!?()") for w in QUOTED_BEFORE_HYPHEN.sub(" ", title).split()]
    words = [w[:-2] if w.endswith(("'s", "’s")) else w for w in words]
    found = set()
    for first, second in pairwise(words):
        if first[:1].isupper() and second[:1].isupper() and not (ruled_out(first) or ruled_out(second)):
            found.add(f"{first} {second}".casefold())
    return found


def chosen_by_headline(
    title: str,
    candidates: Mapping[str, Iterable[str]],
    titles: Mapping[str, tuple[str, ...]],
    phrases_of: Callable[[str], frozenset[str]],
    at_least: int = HEADLINES,
    share: float = 0.0,
) -> str | None:
    """Of ``candidates`` (person -> their full-name keys), the one whose stories' headlines (``titles``:
    full-name key -> its articles' headlines) share a
    pair of capitalised words with this headline ("Harbor Nights"), in ``at_least`` of them or more,
    where no other candidate's headline does, and in ``share`` of its headlines or more. ``phrases_of``
    gives a headline's pairs (see :func:`title_phrases`)."""
    phrases = phrases_of(title)
    if not phrases:
        return None
    shared: dict[str, int] = {}
    written: dict[str, int] = {}
    for person, keys in candidates.items():
        headlines = Counter(p for k in keys for t in titles.get(k, ()) for p in phrases_of(t))
        if most := max(headlines[p] for p in phrases):
            shared[person] = most
            written[person] = sum(len(titles.get(k, ())) for k in keys)
    if len(shared) != 1:
        return None
    person, most = shared.popitem()
    return person if most >= at_least and most >= share * written[person] else None
