"""The voice a person speaks with in an article: for the city ("city"), as a dissenting local official
("local"), for the county, the state or the federal government, or someone else ("other"), read from their
title and jurisdiction, a title written by their name ("Assistant County Manager Jane Roe", "Roe, director
of corrections for the county") and a federal agency named beside them."""

from __future__ import annotations

from sanctuary_cli.extract.model import PersonRecord
from sanctuary_cli.extract.people import roles
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.counties import CountyRecord
from sanctuary_cli.extract.stance.lexicon import StanceLexicon
from sanctuary_cli.extract.stance.mentions import Mentions

TITLE_REACH = 60  # characters around a name read for the agency of an open title
# Words that open a clause, not a title, after a name's comma: "Jane Roe, who lives in the county"
APPOSITION_BREAKS = frozenset({"who", "whose", "whom", "which", "said", "says", "and", "but"})


def title_voice(role: str | None, lexicon: StanceLexicon) -> str | None:
    """The voice a title speaks with, from the people package's roles lexicon; None when its level
    leaves it to the jurisdiction ("commissioner", "spokesperson")."""
    form = roles.role_form(role) if role else None
    if form is None:
        return None
    return lexicon.role_voices.get(form.role) or lexicon.level_voices.get(form.level)


def _federal_near(person: PersonRecord, index: Mentions) -> bool:
    """Whether a federal agency is written right by the person's first mention."""
    if not person.mentions:
        return False
    start, end = min(person.mentions)
    window = index.text[max(0, start - TITLE_REACH) : end + TITLE_REACH]
    return roles.lexicon().federal_cues.search(window) is not None


def _appositive_title(text: str, end: int) -> list[str]:
    """The words of a title set off after a name: "Jane Roe, director of corrections for the
    county, said"; empty when no comma follows or a clause ("who lives in the county") does."""
    after = text[end : end + TITLE_REACH]
    if not after.startswith(","):
        return []
    phrase = after[1:].replace(".", ",").split(",")[0]
    words = [word.casefold().replace("’", "'").removesuffix("'s").strip("\"“”'") for word in phrase.split()]
    return [] if not words or words[0] in APPOSITION_BREAKS else words


def _title_level(person: PersonRecord, index: Mentions) -> str | None:
    """The level a title by the person's first mention names: "county" for "Assistant County
    Manager Jane Roe" or "Jane Roe, director of corrections for the county", "city" for "City
    Attorney John Doe"; None otherwise."""
    if not person.mentions:
        return None
    start, end = min(person.mentions)
    words = index.text[max(0, start - TITLE_REACH) : start].split()
    title: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or not word.isalpha():
            break
        title.append(word.casefold())
    appositive = _appositive_title(index.text, end) if person.official else []  # not "Roe, a county resident"
    for found in (title, appositive):
        if "county" in found:
            return "county"
        if "city" in found:
            return "city"
    return None


def person_voice(person: PersonRecord, index: Mentions) -> str:
    """The voice a person speaks with, from their title and jurisdiction."""
    lexicon = index.lexicon
    jurisdiction = (person.jurisdiction or "").strip()
    voice = title_voice(person.role, lexicon)
    if jurisdiction.casefold() in lexicon.federal_jurisdictions or jurisdiction == gazetteer.FEDERAL:
        return "other" if voice == "other" else "federal"
    if voice in {"federal", "state", "local", "county", "other"}:
        return voice
    if isinstance(index.city_named(jurisdiction), CountyRecord):
        return "county"  # a county's mayor or commissioner
    if jurisdiction and gazetteer.is_state_name(jurisdiction) and index.city_named(jurisdiction) is None:
        return "state"
    written = _title_level(person, index)
    if voice is None and written is not None:
        return written  # "Assistant County Manager Jane Roe", "City Manager John Doe"
    if voice is None and _federal_near(person, index):
        return "federal"  # "Homeland Security spokesperson Jane Roe", "Roe, the ICE field director"
    if voice == "city" or (person.official and (jurisdiction or voice is None)):
        return "city"  # a spokesperson or commissioner of no stated jurisdiction: a local official
    return "other"
