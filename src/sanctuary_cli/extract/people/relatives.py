"""Which of an article's namesakes a bare surname is, by how news tells relatives apart.

A story names a family by the surname of the one it is about and writes the others so the
reader can tell them apart: by their given name alone, more often than in full ("Tomas was
nine", of a story's second namesake), in full each time ("First Lady Ada Quillon ... Ada
Quillon interjects"), or introduced as a relative ("the governor's father, Ada Quillon";
"Bo Quillon, her son"). A bare "Quillon" is then the namesake written none of these ways.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

from sanctuary_cli.extract.people.common import Mention, Person
from sanctuary_cli.extract.people.given import fold
from sanctuary_cli.extract.people.names import split_name

# the words of a family tie; a namesake introduced with one is someone's relative
KIN_NOUNS = (
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "widow", "widower",
    "dad", "mom", "stepfather", "stepmother", "stepson", "stepdaughter", "grandfather", "grandmother",
    "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "parents", "twin",
)
# whose relative: "his", "the governor's", "Jack's"; a child's parent ("the boy's father") is who
# the story calls by surname, the child by given name
_CHILD = r"(?:boy|girl|child|toddler|baby|infant|kid|teen|teenager|youngster)['’]s"
_OWNER = r"(?:\b(?:his|her|their)|(?!" + _CHILD + r")\b[A-Za-z.]+['’]s?)"
_KIN = r"(?:" + "|".join(KIN_NOUNS) + r")"
_OWNERS_KIN = _OWNER + r"\s+(?:[a-z-]+\s+){0,2}" + _KIN  # "his son", "Jack's late mother"
LOOK = 60  # characters either side of a full name read for a family tie
GIVEN_ALONE = 2  # a namesake is written by given name when so written this many times, and more often than in full
FULL_AGAIN = 2  # a namesake not named first, written in full this many times, is told apart from the bare surname's


@cache
def _kin_before() -> re.Pattern[str]:
    """ "the governor's father, Bo Quillon", "her daughter Ada Quillon", "and son Bo Quillon"
    (not "the boy's father, Bo Quillon", nor "the father, Bo Quillon")."""
    kin = r"(?:" + _OWNER + r"|\band(?!\s+(?:the|a)\b))\s+(?:[a-z-]+\s+){0,2}" + _KIN + r"\s*,?\s*$"
    return re.compile(kin + r"|\b(?:his|her|their)\s+$")  # (and "his Ada Quillon": his wife)


@cache
def _kin_after() -> re.Pattern[str]:
    """ "Ada Quillon, Jack's mother", "Bo Quillon, her son"."""
    return re.compile(r"^\s*,\s*" + _OWNERS_KIN + r"\b")


@lru_cache(maxsize=4096)
def _kin_word(word: str) -> re.Pattern[str]:
    return re.compile(_OWNERS_KIN + r"s?\s*,?\s*" + re.escape(word) + r"\b")


def written_as_kin(word: str, text: str) -> bool:
    """Whether the text writes a one-word name right after someone's kinship noun ("Dr. Bo Stock and
    his son Cooper", "Quillon's wife, Ada"): a relative called by the given name, whatever surname
    the word is too."""
    return word in text and _kin_word(word).search(text) is not None


def introduced_as_kin(text: str, mention: Mention) -> bool:
    """Whether the text introduces the name at this mention as someone's relative."""
    before = text[max(0, mention.start - LOOK) : mention.start]
    after = text[mention.end : mention.end + LOOK]
    return bool(_kin_before().search(before) or _kin_after().match(after))


class Relatives:
    """An article's namesakes written so as to be told apart from the one its bare surname names.
    Read when first asked (most articles have no namesakes to tell apart), from the people and
    mentions as they were when made."""

    def __init__(
        self, text: str, people: Iterable[Person], mentions: Iterable[Mention], quoted: Callable[[int], bool]
    ) -> None:
        self._text, self._quoted = text, quoted
        self._named = sorted(
            ((p, _full(p)) for p in people if p.parts.full and p.parts.given and p.mentions),
            key=lambda pair: min(m.start for m in pair[0].mentions),
        )
        self._words = [m for m in mentions if " " not in m.text.strip()]
        self._marked: set[int] | None = None

    def marked(self) -> set[int]:
        """The namesakes written by given name or introduced as a relative (by ``id``)."""
        if self._marked is None:
            words = [m for m in self._words if not self._quoted(m.start)]
            kin_words = {fold(m.text) for m in words if introduced_as_kin(self._text, m)}
            kin = {  # "the governor's father, Bo Quillon"; "Quillon's father Bo"
                id(p) for p, full in self._named
                if fold(p.parts.given[0]) in kin_words or any(introduced_as_kin(self._text, m) for m in full)
            }
            later = _later_namesakes(self._named)
            self._marked = kin | _written_by_given(later, words) | _written_in_full_again(later, self._quoted)
        return self._marked

    def principal(self, candidates: Sequence[Person]) -> list[Person]:
        """The candidates a bare surname may name: those written by their given name alone or
        introduced as a relative left out, while some other candidate is neither."""
        marked = self.marked()
        rest = [p for p in candidates if id(p) not in marked]
        return rest or list(candidates)


def _full(person: Person) -> list[Mention]:
    return [m for m in person.mentions if split_name(m.text).full]


def _later_namesakes(named: Sequence[tuple[Person, list[Mention]]]) -> list[tuple[Person, list[Mention]]]:
    """The namesakes (with their full-name mentions, in order of first mention) save the first of each
    surname the story names: the one it may call by given name or write in full, its subject."""
    seen: set[str] = set()
    later = []
    for person, full in named:
        if person.parts.surname in seen:
            later.append((person, full))
        seen.add(person.parts.surname)
    return later


def _written_in_full_again(later: Sequence[tuple[Person, list[Mention]]], quoted: Callable[[int], bool]) -> set[int]:
    """Of the later namesakes (see :func:`_later_namesakes`), those the story writes in full
    ``FULL_AGAIN`` times or more outside quotations: a writer names the subject's wife in full each
    time ("First Lady Ada Quillon ... Ada Quillon interjects") so that "Quillon" stays the subject's."""
    return {id(p) for p, full in later if sum(not quoted(m.start) for m in full) >= FULL_AGAIN}


def _written_by_given(later: Sequence[tuple[Person, list[Mention]]], words: Sequence[Mention]) -> set[int]:
    """Of the later namesakes (see :func:`_later_namesakes`; the first may be called by given name:
    "Ada" in a profile of her), those written by the given name alone, outside quotations, more
    often than in full."""
    alone = Counter(fold(m.text) for m in words)
    return {id(p) for p, full in later if alone[fold(p.parts.given[0])] >= max(GIVEN_ALONE, len(full) + 1)}
