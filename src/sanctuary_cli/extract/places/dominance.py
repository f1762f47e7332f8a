"""Which of same-named places a name means when one is far bigger: the big one, unless the article
supports the other strongly (its state named with it, a smaller neighbour named near it)."""

from __future__ import annotations

from collections.abc import Callable

from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import Mention
from sanctuary_cli.extract.places.gazetteer import Place

DOMINANCE = 10  # a place this many times bigger than its namesakes is the default reading
FAR_DOMINANCE = 20  # ... and this many times bigger, nearness to a big city the article names does not beat it
NEAR_SENTENCES = 5  # a smaller neighbour supports a town against a far bigger namesake named this near it


def named_within(place: Place, sentences: list[int], by_key: dict[str, list[Mention]]) -> bool:
    """Whether the article names the place within ``NEAR_SENTENCES`` sentences of one of these (a place it
    names by no name of its own, a team's home, is near wherever it stands)."""
    mentions = by_key.get(gazetteer.key(place.name))
    if not mentions:
        return True
    return any(abs(m.sentence - s) <= NEAR_SENTENCES for m in mentions for s in sentences)


def prefer_the_dominant(best: Place, top: Place, strong: Callable[[Place], bool],
                        stated: Callable[[Place], bool], near_a_town: Callable[[Place], bool],
                        stated_for_it: Callable[[Place], bool]) -> Place:
    """The best-supported namesake, unless the best-known one is ``DOMINANCE`` times bigger and nothing strong
    supports the other (its state named with it, or a city of its state the article names near it: "summers in
    Madison" in a story of New York City is Wisconsin's capital). A borough ("Brooklyn and Queens voters") yields
    only to its namesake's state named in the same sentence: a small Brooklyn near another city the article names
    is no evidence against it; so does a part of a city known far beyond its region, the biggest of its name
    (Hollywood, not Hollywood, Florida). Against a namesake ``FAR_DOMINANCE`` times bigger, being near a big city
    the article names is not enough either ("an Oakland-based company" in a New York story): its state named with
    it, and not only for another place far from it (``stated_for_it``), or a smaller neighbour (``near_a_town``)
    must support it."""
    if best is not top and top.section_of and gazetteer.famous(top):
        return best if stated(best) else top  # "Hollywood hopped on the bandwagon" in a story that names Florida
    if best is top or top.population < DOMINANCE * best.population:
        return best
    if top.section_of and top.population >= gazetteer.BOROUGH_POPULATION:
        return best if stated(best) else top
    if top.population >= FAR_DOMINANCE * best.population:
        return best if stated_for_it(best) or near_a_town(best) else top
    return best if strong(best) else top
