"""A person's surname standing for a work or a business named after them, in one article.

"Ada Quillon" is named once, and then "the cast of Quillon" and "Quillon: A New Musical"
speak of the show, not of her; "Morris Tessel opened a bakery" and then "Tessel's is the
last of its kind" and "lines out the door at Tessel's." speak of the shop. The surname
alone is read so when the article writes it so ``CUES`` times or more:

- a work's title: after a part of a work and "of" ("the cast of Quillon", see
  ``name_rules.json``'s ``part_of_a_work``), after a work's noun ("the musical Quillon",
  the places' ``work_before``), before a subtitle ("Quillon: A New Musical"), or ending
  a line of nominations or credits after someone's name ("Bram Tessel, Quillon");
- a business: the surname's possessive standing alone, with no noun after it ("Tessel's
  is", "at Tessel's.", "Tessel's, which").

Then every mention of the surname alone that reads as the work (of a work) or as the
possessive (of a business) leaves the person; the full name and other mentions stay.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.common import Mention, Person
from sanctuary_cli.extract.people.names import split_name
from sanctuary_cli.extract.people.usage import part_of_a_work
from sanctuary_cli.extract.places.article import cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

CUES = 2  # mentions written as a work's title, or as a business's possessive, that show the article's use
POSSESSIVE = frozenset({"'s", "’s"})
# words after a possessive standing alone, with no noun of its own: a verb ("Tessel's is the last"), a
# relative ("Tessel's, which", "Tessel's who"), a preposition or a conjunction ("at Tessel's on Grand
# Street", "Tessel's and two delis"); a clause's or a sentence's end stands so too ("lines out the door
# at Tessel's."), a quotation mark does not (Ada's "bold" plan)
STANDS_ALONE = frozenset({
    "is", "was", "has", "had", "have", "will", "would", "can", "could", "may", "might", "remains", "means",
    "who", "which", "that", "where", "at", "on", "in", "to", "from", "for", "with", "by", "and", "or", "but",
})
ENDS = frozenset({",", ".", ";", ":", ")", "!", "?", "—", "–"})
SUBTITLE = re.compile(r"\A: (?:A|An|The) [A-Z]")  # "Quillon: A New Musical"
WORK_NOUN = re.compile(r"\b([a-z]+)\s+$")
# a line of a list of nominations or credits, a person and the work: "Best Actor: Bram Tessel, Quillon"
CREDITED_BEFORE = re.compile(r"(?:^|\n|: )[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)+,(?: Jr\.,| Sr\.,)? \Z")
LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def drop_eponym_mentions(doc: Doc, people: list[Person]) -> list[Person]:
    """Take off each person the mentions of their surname alone that the article writes as a work's
    title or a business's name (see the module); a person left with no mention is dropped ("Quillon's"
    alone, where three Quillons opened it)."""
    text = doc.text
    for person in people:
        bare = [m for m in person.mentions if _surname_alone(m, person)]
        if not bare:
            continue
        works = [m for m in bare if _as_a_work(text, m)]
        shops = [m for m in bare if _possessive_alone(doc, m)]
        if len(works) >= CUES:
            person.mentions = [m for m in person.mentions if m not in bare]
        elif len(shops) >= CUES:
            person.mentions = [m for m in person.mentions if not (m in bare and _possessive(doc, m))]
    return [p for p in people if p.mentions]


def _surname_alone(mention: Mention, person: Person) -> bool:
    parts = split_name(mention.text)
    return not parts.full and not parts.given and parts.last_word == person.parts.last_word


def _as_a_work(text: str, mention: Mention) -> bool:
    """Whether the surname is written as a work's title: "the cast of Quillon", "the musical Quillon",
    "Quillon: A New Musical", or a line of a list of nominations or credits, "Ada Tessel, Quillon"."""
    if part_of_a_work(text, mention.start) or SUBTITLE.match(text, mention.end):
        return True
    if CREDITED_BEFORE.search(text, max(0, mention.start - 40), mention.start) and LINE_END.match(text, mention.end):
        return True
    noun = WORK_NOUN.search(text, max(0, mention.start - 20), mention.start)
    return noun is not None and noun.group(1) in cues().work_before


def _possessive(doc: Doc, mention: Mention) -> bool:
    after = mention.token + 1
    return after < len(doc) and doc[after].text in POSSESSIVE


def _possessive_alone(doc: Doc, mention: Mention) -> bool:
    """Whether the surname's possessive stands alone, no noun after it: "Tessel's is", "at Tessel's."."""
    if not _possessive(doc, mention):
        return False
    after = mention.token + 2
    return after >= len(doc) or doc[after].text in ENDS or doc[after].text in STANDS_ALONE


def the_things(token: Token) -> bool:
    """ "The Campbell will pour cocktails", "reopened the Quillon": a surname after "the" heading its phrase (no
    noun after it, no "'s") names a bar, a venue or a work, as news never writes a person so."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lower_ != "the":
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is None or (after.text not in POSSESSIVE and after.text != "'" and after.tag_ not in {"NN", "NNS"})
