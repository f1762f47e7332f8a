"""One sense per story: a name the story writes as a team's is the team wherever nothing places it ("a loss to
the Tulsa Rovers ... Tulsa found their first win"), and so on for a band's ("the lineup has Arcade Fire and
Tulsa ... Tulsa is doing well"); a name with its state, a cue ("Tulsa police") or after a preposition of place
("travels to Tulsa") stays the city."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from sanctuary_cli.extract.places.acceptance import a_side_of_a_match
from sanctuary_cli.extract.places.airports import airports_named, the_airport
from sanctuary_cli.extract.places.article import Article, Mention
from sanctuary_cli.extract.places.context import listed_with_other_things
from sanctuary_cli.extract.places.sports import HOME_AWAY, RESULT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SIDE_MENTIONS = 2  # a name read as a team this often in an article is the team wherever nothing places it
PLACE_PREPOSITIONS = frozenset({"in", "to", "from", "at", "near", "into", "outside", "around"})
PRAISE_WORDS = frozenset({"off", "credit", "kudos", "congratulations", "congrats", "props"})  # "hats off to Tulsa"
# giving the ball or a goal to a side: "gifting the ball to Tulsa", "gave up one to Tulsa"
CONCEDING_VERBS = frozenset(
    {"give", "gives", "gave", "giving", "gift", "gifted", "gifting", "concede", "concedes", "conceded", "conceding",
     "hand", "handed", "handing", "surrender", "surrendered", "fall", "fell", "falls", "lose", "lost", "loses"}
)


def one_sense_for_a_team(doc: Doc, found: list[Mention], accepted: list[Mention], article: Article) -> list[Mention]:
    """The accepted mentions less the bare ones of a name the article writes as a team's ``SIDE_MENTIONS``
    times or more (one sense per article: "Tulsa roared back ... Tulsa's fraying nerves ... gave Tulsa chances"),
    or, in a match report, in a team's name ("a loss to the Tulsa Rovers ... Tulsa found their first win"); a
    name with its state, a cue ("Tulsa police") or after a preposition of place ("travels to Tulsa") stays."""
    if not (article.reports_a_match or article.team_places):
        return accepted
    sides = Counter(m.key for m in found if a_side_of_a_match(doc, m, article))
    teams = {key for key, count in sides.items() if count >= SIDE_MENTIONS}
    if article.reports_a_match:
        teams |= article.team_places  # a match report of "the Tulsa Rovers": "Tulsa found their first win"
    if not teams:
        return accepted

    return [m for m in accepted if not (m.key in teams and unplaced(doc, m, sides=True))]


def named_otherwise_in_the_story(doc: Doc, found: list[Mention]) -> Callable[[Mention], bool]:
    """Whether a mention is of a name the story names as an airport's ("delays at JFK, LaGuardia, and Newark ...
    Newark is showing 618 cancellations", see :mod:`airports`) or, one word, in a list of bands or shops ("the
    lineup has Arcade Fire, Grizzly Bear and Phoenix ... Phoenix is doing well"), nothing placing it; a longer
    name ("New York") is also a station's, a paper's or a team's first words, listed for those."""
    airports = airports_named(doc, found)
    listed = {m.key for m in found if m.end - m.start == 1 and listed_with_other_things(doc[m.start])}
    return lambda m: the_airport(m, airports) or (m.key in listed and unplaced(doc, m))


def unplaced(doc: Doc, mention: Mention, sides: bool = False) -> bool:
    """A bare mention that no state, cue or preposition of place marks as the city; with ``sides``, a preposition
    that reaches a side ("gifting the ball to Tulsa", see :func:`_to_a_side`) places nothing."""
    before = doc[mention.start - 1] if mention.start > 0 else None
    placed = before is not None and before.lower_ in PLACE_PREPOSITIONS and not (sides and _to_a_side(before))
    return mention.qualifier is None and not mention.cued and not placed


def _to_a_side(preposition: Token) -> bool:
    """ "gifting the ball to Tulsa", "gave up one to Tulsa", "a loss at Tulsa", "away at rival Tulsa", "hats off to
    Tulsa": a preposition of place whose head is a result, a giving or conceding, a count of goals, a side's home
    or away or a word of praise reaches the side, not the city."""
    head = preposition.head
    return preposition.lower_ in {"to", "at"} and (
        head.lower_ in RESULT_NOUNS | CONCEDING_VERBS | HOME_AWAY | PRAISE_WORDS or head.tag_ == "CD"
    )
