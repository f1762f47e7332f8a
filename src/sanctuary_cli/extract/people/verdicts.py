"""Why a name the store holds is no person's: a full name's cluster, or a one-word form kept apart.

A name is read as a thing's from its look (a street's or a club's words, a word no given name
before a given name's short form), from how its articles write it (see :mod:`usage`), and from
whether they ever call it "he" or "she".
"""

from __future__ import annotations

from collections.abc import Sequence

from sanctuary_cli.extract.people.byuse import an_acronym_of_a_body, not_a_person_by_use
from sanctuary_cli.extract.people.fullnames import Cluster
from sanctuary_cli.extract.people.given import common_surname, first_name_gender, known_given_name, short_form_words
from sanctuary_cli.extract.people.kinds import named_for_a_body, named_for_its_kind, only_listed, place_nickname
from sanctuary_cli.extract.people.personal import (
    named_for_a_club,
    named_for_a_place,
    not_a_personal_name,
    place_of_a_surnames_word,
)
from sanctuary_cli.extract.people.records import PersonRow
from sanctuary_cli.extract.people.shortforms import MIN_ARTICLES, Evidence, ShortForm, a_things_word, known_surname
from sanctuary_cli.extract.people.usage import WordUse

GENDERED_SHARE = 0.5  # a name called "he" or "she" in this share of its articles is a person's
PLURAL_ARTICLES = 2  # a given name made plural, alone in this many articles, is a shop's or a team's ...
PLURAL_MENTIONS = 5  # ... or written this often in one


def cluster_no_person(cluster: Cluster, name: str, rows: Sequence[PersonRow], evidence: Evidence) -> str | None:
    """Why a full name's cluster is no person, or None."""
    use = evidence.uses.get(cluster.key)
    reason = not_a_personal_name(name) or (not_a_person_by_use(use, several_words=True) if use else None)
    reason = reason or _nickname_of_a_thing(cluster, rows) or _named_for_a_place(name, rows, use)
    if reason is None and named_for_a_club(name.split()) and not _mostly_gendered(cluster, rows):
        reason = "a club's or a team's name (a town's name, then United, Rovers, City)"
    if reason is None and cluster.key in evidence.common and not _mostly_gendered(cluster, rows):
        reason = "a work's, a band's or a thing's name (common words, no given name)"  # not "Kanye West": "he"
    return reason or place_nickname(cluster.parts) or named_for_its_kind(cluster.parts)


def _named_for_a_place(name: str, rows: Sequence[PersonRow], use: WordUse | None) -> str | None:
    """Why a name no article calls "he" or "she" is a place's, an event's or a body's, by its words."""
    if any(r.gender for r in rows):
        return None
    if place_of_a_surnames_word(name.split()):
        return "the name of a place (a street's or a neighbourhood's word after no given name)"
    # "Trayvon" alone, tagged a person somewhere, is a given name no list holds ("Celebrate" is none)
    if named_for_a_place(name.split()) and not (use is not None and use.opener_person_tags > 0):
        return "an event's or a body's name (a town's name after a word that is no given name)"
    return None


def _mostly_gendered(cluster: Cluster, rows: Sequence[PersonRow]) -> bool:
    """Whether a name is called "he" or "she" in at least half its articles (a club's name, now and then
    read as a player's "he", is not)."""
    return len({r.article_id for r in rows if r.gender}) >= GENDERED_SHARE * len(cluster.articles)


def _nickname_of_a_thing(cluster: Cluster, rows: Sequence[PersonRow]) -> str | None:
    """A word that is no given name before a given name's short form ("Trader Joe", "Superstorm
    Sandy", "Power Ed"), written in several articles and seldom called "he" or "she": a shop's, a
    storm's or a company's nickname. (Once, it may be a person's: "Gridlock Sam".)"""
    parts = cluster.parts
    if len(parts.given) != 1 or parts.suffix or first_name_gender(parts.given[0]) is not None:
        return None
    if parts.last_word not in short_form_words() or len(cluster.articles) < MIN_ARTICLES:
        return None
    gendered = len({r.article_id for r in rows if r.gender})
    if gendered >= GENDERED_SHARE * len(cluster.articles):
        return None
    return "a thing's nickname (a word and a given name's short form, seldom he or she)"


def short_form_no_person(short: ShortForm, name: str, apart: Sequence[PersonRow], evidence: Evidence) -> str | None:
    """Why the rows of a one-word form kept apart are no person's, or None."""
    key = short.key
    reason = _no_person_alone(short, name, apart, evidence.uses.get(key))
    roles = any(r.role for r in apart)
    articles = sorted({r.article_id for r in apart})
    reason = reason or (None if roles else named_for_a_body(name, articles, evidence.texts))
    reason = reason or a_things_word(short, name, apart, evidence.uses.get(key))
    if reason is None and key in evidence.common and not roles and not known_surname(short):
        reason = "a common word (the store writes it in lower case again and again)"
    # "Lens" of "Tessco Lens"; not "Joe" of "Trader Joe", a given name alone being someone's
    thing = short.things and not short.clusters and not known_given_name(key)
    if reason is None and thing and not roles and not any(r.gender for r in apart):
        reason = f"the short form of a thing's name ('{short.things[0]}'), never he or she"
    return reason or (None if roles or short.clusters else only_listed(apart, evidence.uses.get(key)))


def _a_given_name_made_plural(short: ShortForm, apart: Sequence[PersonRow]) -> str | None:
    """A listed given name with a plural "s", no given name nor common surname itself, which ends no full
    name of the store and has no role, alone in ``PLURAL_ARTICLES`` articles or more (or ``PLURAL_MENTIONS``
    times in one): a shop's, a team's or a show's name ("Barneys", "Kings"), not a surname ("Edwards" and
    "Peters" are common ones)."""
    key = short.key
    word = key.removesuffix("s")
    if word == key or short.clusters or any(r.role for r in apart) or not known_given_name(word):
        return None
    if known_given_name(key) or common_surname(key):
        return None
    if len({r.article_id for r in apart}) < PLURAL_ARTICLES and sum(r.mentions for r in apart) < PLURAL_MENTIONS:
        return None
    return "a shop's, a team's or a show's name (a given name made plural: 'Barneys')"


def _no_person_alone(short: ShortForm, name: str, apart: Sequence[PersonRow], use: WordUse | None) -> str | None:
    """Why a one-word form no full name claims is no person, by its look or how its articles write it."""
    reason = not_a_personal_name(name) or _a_given_name_made_plural(short, apart)
    if reason is None and use is not None:
        reason = not_a_person_by_use(use, known_surname(short)) or an_acronym_of_a_body(name, use)
    return reason
