"""What the people extractor passes between its steps: mentions, claims, places, people."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.names import NameParts, split_name
from sanctuary_cli.extract.places import gazetteer

if TYPE_CHECKING:
    pass


NAME_TAGS = frozenset({"NNP", "NNPS"})
REJECT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW"})
MAX_NAME_WORDS = 5
APPOSITIVE_TOKENS = 25  # how far an appositive phrase may run
# Characters searched around a bare title ("Mayor Michelle Wu") for the place it belongs to.
CITY_LOOK_BACK = 300
COUNTRY_LOOK_BACK = 400  # characters searched back for the country a bare "President" leads
NEAREST_BONUS = 5  # the place named right before a bare title outweighs this many other mentions
SCENE_BONUS = 1  # ... unless it is only where something happened ("lived in Newburgh")
STATE_LOOK_BACK = 300
LOOK_AHEAD = 200
PARTY_TAG = re.compile(r"^\s*[,(]\s*(?:R|D|I|Ind|Rep|Dem)\.?\s*[-–]\s*([A-Z][A-Za-z. ]{0,14}?)\s*[),]")
# An appositive describing a person opens like a noun phrase: "the former director", "White
# House spokeswoman", "New York's commissioner", "Trump's border czar".
NOUN_PHRASE_STARTS = frozenset({"DT", "PRP$", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "VBN", "VBG"})
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # participles ("acting", "elected") describe
# "director of the ...", "commissioner of migrant affairs for ...": a complement stops at these
COMPLEMENT_STOPS = frozenset({"the", "a", "an", "for", "at", "in", "on", "with", "and", "to", "who", "which", "that"})
# A role after one of these is sought, served or opposed ("running for mayor", "an aide to the
# governor", "a critic of the mayor"), not held; "director of ICE" is a form of its own.
ROLE_PREPOSITIONS = frozenset({"for", "to", "of", "against", "with", "by", "from", "under", "about", "than", "like"})
STOP_TOKENS = frozenset({",", ";", ".", ":", "—", "–", "!", "?"})
FEDERAL_LEVEL = "federal"
US_FORMS = frozenset({"u.s", "us", "usa", "u.s.a", "america", "the united states", "united states"})

# Claim strength: a title written before the name beats an appositive, which
# beats a role mentioned in a relative clause ("who was appointed as ...").
TITLE, APPOSITIVE, CLAUSE = 3, 2, 1


@dataclass
class Mention:
    """One occurrence of a name."""

    start: int  # characters
    end: int
    text: str
    token: int  # index of the name's last token
    nickname: str | None = None  # the nickname written inside the name ('Ada "Iron Lady" Quillon')


@dataclass(frozen=True)
class Where:
    """A place a role is tied to, as the text names it."""

    kind: str  # "city", "state", "federal", or "either" for "New York"/"Washington"
    city: str | None = None  # the city's gazetteer name ("New York City")
    state: str | None = None  # the full state name ("Illinois")

    def for_level(self, level: str) -> str | None:
        """The jurisdiction of a role of this level held here."""
        if self.kind == FEDERAL_LEVEL:
            return gazetteer.FEDERAL if level in {FEDERAL_LEVEL, "any", "state_or_federal"} else None
        if self.kind == "foreign" or level == "foreign":
            return None  # (a prime minister or an MP holds no US office)
        if level == "city":
            return self.city
        if level in {"state", "legislator", "state_or_federal"}:
            return self.state
        return self.city or self.state  # "New York's commissioner": the city


FEDERAL_PLACE = Where(FEDERAL_LEVEL)
FOREIGN_PLACE = Where("foreign")  # another country's office: no US jurisdiction


@dataclass
class Claim:
    """A role the text attaches to a person at one mention."""

    role: str
    level: str
    place: Where | None  # the place written with the role, if any
    strength: int
    former: bool
    at: int  # character offset, for reading context
    governmental: bool = True  # a generic role ("director") tied to a government
    generic: bool = False  # a role many bodies and countries have ("President", "director")
    qualified: bool = False  # a proper noun we cannot place stands before the title


@dataclass
class Person:
    """A person being assembled."""

    parts: NameParts
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    gender_votes: Counter[str] = field(default_factory=Counter)
    unsure: bool = False  # a bare surname several people in the article bear, none named just before
    former_names: set[str] = field(default_factory=set)  # forms written after "born" or "née": no longer used

    @property
    def nicknames(self) -> set[str]:
        """The last words of the nicknames its names were written with ('Ada "Iron Lady" Quillon': "lady")."""
        return {split_name(m.nickname).last_word for m in self.mentions if m.nickname}
