"""A persona's name: a given name and a common word, written only in one person's stories.

"Carlos Reyes" is a surname; "Carlos Peril" is not. No family the Census lists is called "Peril",
no one else in the store bears it, and the store writes "peril" in lower case: a name so made is
an invented one, a sexting alias, a stage persona, a prank caller's name. Where every story that
writes it (two or more) names one and the same person in full, and no other, most of them are about
that person (name them more than anyone), and one of them writes it in quotation marks, as an assumed
name ('sexting as "Carlos Peril"'), it is a name that person went by, and it joins them across the
store: the stories of "the Carlos Peril scandal" are about Ada Quillon. A radio host named in every
story of a mayor's weekly show is never so quoted.

A name with a role (an official's) is no persona, and the person it joins must be a person of
their own beyond those stories: named in more stories than the persona, opening with a given name.
Relatives and spouses, who keep company with one person as closely, bear the family's name, which
others of the store bear too ("Tova Quillon" beside "Ada Quillon"), or a surname the Census lists.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sanctuary_cli.extract.people.comentions import Link
from sanctuary_cli.extract.people.given import common_surname, fold, known_given_name

PERSONA_STORIES = 2  # a persona's name is written in this many stories, each naming its person ...
ABOUT_SHARE = 0.5  # ... and this share of them, at least, naming that person more than anyone


@dataclass(frozen=True)
class Persona:
    """A name that may be a persona's, and the one person every story writing it is about."""

    owner: str  # the person's id
    pid: str  # the name's person id
    name: str
    stories: frozenset[str]

    @property
    def word(self) -> str:
        """The name's last word, folded: the store tells whether it writes it in lower case."""
        return fold(self.name.split()[-1])


def persona_candidates(links: Iterable[Link]) -> list[Persona]:
    """The names made of a given name and a word no family the Census lists (see :func:`_made_of_a_word`)
    that no other name of the store ends with, in ``PERSONA_STORIES`` or more stories, no role given,
    each story naming one and the same person in full, most of them about that person (see the module).
    What the store alone can tell (the word in lower case, the name in quotation marks) is asked after."""
    stories: dict[str, set[str]] = defaultdict(set)
    named: dict[str, set[str]] = defaultdict(set)  # article -> the persons it names in full
    mentions: dict[str, Counter[str]] = defaultdict(Counter)  # article -> each person's mentions there
    names: dict[str, str] = {}
    roled: set[str] = set()
    for link in links:
        stories[link.pid].add(link.article)
        mentions[link.article][link.pid] += link.mentions
        names[link.pid] = link.name
        if " " in link.name:
            named[link.article].add(link.pid)
        if link.role:
            roled.add(link.pid)
    bearers = Counter(fold(name.split()[-1]) for name in names.values() if " " in name)
    found = []
    for pid, name in sorted(names.items()):
        if pid in roled or not _made_of_a_word(name) or bearers[fold(name.split()[-1])] > 1:
            continue
        if len(stories[pid]) < PERSONA_STORIES:
            continue
        shared = set.intersection(*(named[article] for article in stories[pid])) - {pid}
        owners = [p for p in shared if known_given_name(names[p].split()[0]) and len(stories[p]) > len(stories[pid])]
        if len(owners) == 1 and _about(owners[0], [mentions[a] for a in stories[pid]]):
            found.append(Persona(owners[0], pid, name, frozenset(stories[pid])))
    return found


def persona_pairs(
    candidates: Iterable[Persona], common_words: Collection[str], texts: Mapping[str, str]
) -> list[tuple[str, str]]:
    """(person id, id of a persona's name of theirs) for each candidate whose word the store writes in lower
    case (``common_words``, folded) and whose name one of its stories (``texts``) puts in quotation marks."""
    return [
        (c.owner, c.pid) for c in candidates
        if c.word in common_words and any(_quoted(c.name, texts.get(a, "")) for a in c.stories)
    ]


def _about(pid: str, stories: Sequence[Counter[str]]) -> bool:
    """Whether ``ABOUT_SHARE`` of the stories (each person's mentions there), at least, name the person more
    often than anyone else."""
    about = sum(1 for counts in stories if max(counts.values()) == counts[pid])
    return about >= ABOUT_SHARE * len(stories)


def _quoted(name: str, text: str) -> bool:
    """Whether the text writes the name alone in quotation marks, as an assumed name: 'sexting as "Carlos Peril"'."""
    return re.search(rf"[\"“]{re.escape(name)}[\"”]", text) is not None


def _made_of_a_word(name: str) -> bool:
    """A given name and one more word, no surname the Census lists: "Carlos Peril", not "Carlos Reyes"."""
    words = name.split()
    return len(words) == 2 and known_given_name(words[0]) and words[1].isalpha() and not common_surname(words[1])
