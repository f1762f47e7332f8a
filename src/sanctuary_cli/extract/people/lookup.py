"""Finding a person of an article by a surface form or a role; comparing roles and places.

Pure functions of the records: no spaCy, so quotes, stance and the pipeline share them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sanctuary_cli.extract.model import PersonRecord, QuoteRecord
from sanctuary_cli.extract.people.names import compatible, person_key, split_name, strip_title
from sanctuary_cli.extract.people.roles import normal_role
from sanctuary_cli.extract.people.spelling import near_spelling
from sanctuary_cli.extract.places import gazetteer


def resolve_role(people: Sequence[PersonRecord], role: str, place: str | None) -> PersonRecord | None:
    """The person holding ``role`` ("mayor", "Gov.") in ``place`` ("Chicago", "Illinois", "Ill.").

    Without a place, the only holder of that role in the article, or the most
    mentioned one.
    """
    wanted = normal_role(role).casefold()
    holders = [p for p in people if p.role is not None and role_head(p.role) == role_head(wanted)]
    if place is not None:
        holders = [p for p in holders if same_place(p.jurisdiction, place)]
    if not holders:
        return None
    return max(holders, key=lambda p: (p.official, len(p.mentions)))


def find_person(people: Sequence[PersonRecord], surface: str) -> PersonRecord | None:
    """The person a surface form names: "Johnson", "J.B. Pritzker", "Mayor Johnson", "Homan's"."""
    name = strip_title(surface.strip())
    if not name:
        return None
    wanted = person_key(name)
    for person in people:
        if wanted in {person_key(n) for n in (person.name, *person.aliases)}:
            return person
    parts = split_name(name)
    if not parts.last_word:
        return None
    same = [p for p in people if compatible(split_name(p.name), parts)]
    if not same:
        same = [p for p in people if near_spelling(split_name(p.name).last_word, parts.last_word)]
    if not same:
        return None
    return max(same, key=lambda p: (not split_name(p.name).suffix, len(p.mentions)))


# --- comparing roles and places -----------------------------------------------------


def role_head(role: str) -> str:
    """The head noun of a role: "White House spokeswoman" -> "spokeswoman"."""
    head = role.casefold().split(" of ")[0].split()
    return head[-1] if head else ""


def same_place(jurisdiction: str | None, place: str) -> bool:
    """Whether a jurisdiction is the place as written ("Chicago's", "Ill.", "New York")."""
    if jurisdiction is None:
        return False
    text = re.sub(r"(?:['’]s|['’])$", "", place.strip())
    text = re.sub(r"^(?:the\s+)(?:city|state)\s+of\s+", "", text, flags=re.IGNORECASE)
    if gazetteer.key(text) == gazetteer.key(jurisdiction):
        return True
    alias = gazetteer.city_aliases().get(gazetteer.key(text))
    if alias is not None and alias[0] == jurisdiction:
        return True
    code = gazetteer.state_code(text)
    return code is not None and gazetteer.state_name_of().get(code) == jurisdiction


def link_speakers(quotes: Sequence[QuoteRecord], people: Sequence[PersonRecord]) -> None:
    """Give each quote the key of the article's person who speaks it, so the store needs no name matching."""
    for quote in quotes:
        person = find_person(people, quote.speaker) if quote.speaker else None
        quote.speaker_key = person.key if person is not None else None
