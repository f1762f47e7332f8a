"""A given name alone read by the family name its story writes: "Is Mara Quillon dead? Don seems surprised"
(Don Quillon, of a show about the Quillons), "[Gov. Ada] Quillon said", "Governor Ada ... Quillon spoke"."""

from __future__ import annotations

import re
from functools import lru_cache

from sanctuary_cli.extract.people.given import common_surname, known_given_name
from sanctuary_cli.extract.people.names import PARTICLES, NameParts, split_name
from sanctuary_cli.extract.people.records import PersonRow
from sanctuary_cli.extract.people.shortforms import FAMILY_ARTICLES, Evidence, ShortForm, clipping

FAMILY_WRITTEN = 2  # a rare given name alone is its bearer of one story whose family name its article writes so often
# a common one, its bearer named in ``FAMILY_ARTICLES`` stories, or in one where the article writes the family's names
FAMILY_OF_ONE_STORY = 3  # this often ("Ruth Madoff")


def by_family(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one bearer of a given name alone (the store's full names that open with it, or with a
    longer given name it clips) whose surname the article writes, as the name of his or her family
    ("Is Mara Quillon dead? Don seems surprised" -- Don Quillon, of a show about the Quillons). A
    bearer the store names in full in one story only will do where the article is about the family,
    writing its members' names again and again ("Ada Quillon ... Ada Quillon's son ... Don"). A bearer whose
    family name there is a stranger's (see :func:`_a_strangers_family`) is no answer, and leaves the others
    in doubt."""
    text = evidence.texts.get(row.article_id)
    if text is None or row.role or " " in row.name:
        return None
    found: set[str] = set()
    strangers: set[str] = set()  # bearers whose family name there is a stranger's (see :func:`_a_strangers_family`)
    rare = not known_given_name(short.key)  # "Cersilda": a name few people bear, one story of its bearer will do
    bearers = [(b, rare) for b in short.as_given] + [(b, False) for b in clipping(short, evidence)]
    lowered = text.casefold()
    for bearer, rare_name in bearers:
        parts = split_name(bearer.key)
        if parts.suffix or not parts.full or parts.last_word not in lowered:
            continue
        written = family_written(family_pattern(parts.surname), text)
        needed = FAMILY_WRITTEN if rare_name else 1 if bearer.articles >= FAMILY_ARTICLES else FAMILY_OF_ONE_STORY
        if written < needed:
            continue
        found.add(bearer.person)
        if _a_strangers_family(bearer.key, parts, row.article_id, evidence):
            strangers.add(bearer.person)
    return found.pop() if len(found) == 1 and not strangers else None


def _a_strangers_family(key: str, parts: NameParts, article: str, evidence: Evidence) -> bool:
    """Whether the family name the article writes is that of another of its people ("Roger Miller" beside
    "Don"), a common surname (see :func:`given.common_surname`), where the bearer's own stories name none of
    the article's people: a stranger who shares the name, in a story of other company (a relative's stories
    name the family's circle). A rare surname shared in one story is a family's ("Cersei Quillon" beside "Tyr")."""
    if not common_surname(parts.surname):
        return False
    here = evidence.company.of_article.get(article, frozenset()) - {key}
    namesakes = {k for k in here if split_name(k).full and split_name(k).surname == parts.surname}
    stories = evidence.company.of_key.get(key)
    return bool(namesakes) and stories is not None and not any(here & names for names in stories)


def by_title(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one bearer of a titled given name alone ("Governor Ada ordered the flags lowered") whose
    surname the article writes too as a person's, without "the" before it ("Quillon spoke at the
    vigil", not "the Quillon office"), named in ``FAMILY_ARTICLES`` articles or more: a title goes
    with the name the story gives its holder."""
    text = evidence.texts.get(row.article_id)
    if text is None or not row.role or " " in row.name or not known_given_name(row.name):
        return None
    found = set()
    for bearer in short.as_given:
        parts = split_name(bearer.key)
        if bearer.articles < FAMILY_ARTICLES or parts.suffix or not parts.full:
            continue
        if re.search(rf"(?<![Tt]he )\b{family_pattern(parts.surname)}\b", text):
            found.add(bearer.person)
    return found.pop() if len(found) == 1 else None


def by_bracket(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The one bearer of a given name alone whose family name an editor's insertion writes beside
    it in brackets: "[Gov. Ada] Quillon said", "(Gov. Ada) Quillon", "call Ada [Quillon, the chair]"."""
    text = evidence.texts.get(row.article_id)
    if text is None or " " in row.name or not any(f"{row.name}{mark}" in text for mark in (")", "]", " [", " (")):
        return None
    found = set()
    name = re.escape(row.name)
    for bearer in short.as_given:
        parts = split_name(bearer.key)
        if not parts.full or parts.suffix:
            continue
        family = family_pattern(parts.surname)
        if re.search(rf"\b{name}(?:[)\]]\s+{family}\b|\s+[\[(]{family}\b)", text):
            found.add(bearer.person)
    return found.pop() if len(found) == 1 else None


_GIVEN_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+\Z")
_HANDLE_AFTER = re.compile(r"\s*\(@")  # "Dana Quennick (@danaq)": a post's author, named with her handle


@lru_cache(maxsize=4096)
def family_pattern(surname: str) -> str:
    """A regular expression of a surname key as texts write it: each word capitalised, whatever the
    case of its other letters ("McVarrow", "O'Quennick", "MCVARROW"), a particle in either case ("de Quennick")."""
    words = []
    for word in surname.split():
        head, rest = re.escape(word[:1]), re.escape(word[1:])
        words.append(f"(?i:{head}{rest})" if word in PARTICLES else f"{head.upper()}(?i:{rest})")
    return r"\s+".join(words)


def family_written(family: str, text: str) -> int:
    """How often the text writes a capitalised word and then the family name (a :func:`family_pattern`:
    "Mara Quennick"), not as the author of a quoted post ("— Dana Quennick (@danaq) June 27")."""
    return sum(
        1 for m in re.finditer(rf"\b{family}\b", text)
        if _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start()) and not _HANDLE_AFTER.match(text, m.end())
    )
