"""Roles the text attaches to a name: a title before it, an appositive, a role phrase."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.model import CityRecord
from sanctuary_cli.extract.people.common import (
    APPOSITIVE,
    APPOSITIVE_TOKENS,
    CLAUSE,
    COMPLEMENT_STOPS,
    FEDERAL_LEVEL,
    FEDERAL_PLACE,
    FINITE_VERBS,
    FOREIGN_PLACE,
    NAME_TAGS,
    NOUN_PHRASE_STARTS,
    PARTY_TAG,
    ROLE_PREPOSITIONS,
    STOP_TOKENS,
    TITLE,
    US_FORMS,
    Claim,
    Mention,
    Where,
)
from sanctuary_cli.extract.people.given import fold
from sanctuary_cli.extract.people.mentions import name_tokens, titles_in, token_at
from sanctuary_cli.extract.people.roles import RoleForm, lexicon
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.cities import CityIndex, is_city_state_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def claims_at(doc: Doc, mention: Mention, cities: CityIndex) -> list[Claim]:
    """Roles the text attaches to the name at this mention."""
    claims = []
    title = title_before(doc, mention, cities)
    if title is not None:
        claims.append(title)
    claims.extend(_appositive_after(doc, mention, cities))
    before = _role_phrase_before(doc, mention, cities)
    if before is not None:
        claims.append(before)
    return claims


@dataclass
class _BeforeTitle:
    """What the words right before a title say: "former", a place, or another body's name."""

    former: bool = False
    place: Where | None = None
    after_a_name: bool = False  # "LIU President Kimberly Cline": the title of some other body
    qualifiers: str = ""  # the words right before the title: "NYPD", "Parks", "Tory"


def title_before(doc: Doc, mention: Mention, cities: CityIndex) -> Claim | None:
    """ "Illinois Gov. JB Pritzker", "New York City Democratic Mayor Eric Adams"."""
    window_start = max(0, mention.start - 120)
    window = index(doc).text[window_start : mention.start]
    match = _title_ending(doc, window, window_start)
    if match is None:  # "Health Commissioner Dr. Mary Bassett" (but "First Lady" is a title)
        window = _without_honorifics(window)
        match = _title_ending(doc, window, window_start)
    if match is None and window.rstrip().endswith("]"):  # an editor's "[Police Commissioner] Bassett said"
        window = _unbracketed(window)
        match = _title_ending(doc, window, window_start)
    if match is None:
        return None
    form = lexicon().forms[match.group().strip()]
    title = index(doc).span(window_start + match.start(), window_start + len(window))
    before = _before_title(doc, title, form, cities) if title is not None else _BeforeTitle()
    place = before.place
    if place is None and form.level in {"legislator", "any"}:
        place = _party_tag_state(doc, mention)
    claim = Claim(form.role, form.level, place, TITLE, before.former, mention.start, generic=bool(form.generic))
    claim.qualified = before.after_a_name  # "Suffolk County police commissioner": some place we do not know
    if form.generic:
        capitalised = form.generic == "titled" and form.form[:1].isupper() and not before.after_a_name
        claim.governmental = capitalised or place is not None or _government_cue(before.qualifiers)
    return claim


def _before_title(doc: Doc, title: Span, form: RoleForm, cities: CityIndex) -> _BeforeTitle:
    """Read the tokens before a title: tenure and party words, then a place or another name."""
    lex = lexicon()
    found = _BeforeTitle()
    i = title.start - 1
    while i >= 0 and (doc[i].text in lex.modifiers or fold(doc[i].text).rstrip("-") in lex.former):
        found.former = found.former or fold(doc[i].text).rstrip("-") in lex.former
        i -= 1
    found.place = _place_ending_at(doc, cities, i)
    if found.place is None and i >= 0 and doc[i].ent_type_ == "NORP" and form.level == FEDERAL_LEVEL:
        found.place = FOREIGN_PLACE  # "French President Jacques Chirac"
    if found.place is None and i >= 0 and doc[i].ent_type_ == "GPE":
        found.place = FOREIGN_PLACE  # "London Mayor Boris Johnson": a place, but not a US one
    if i >= 0:
        word = doc[i]
        named = (not word.is_space and word.text[:1].isalnum() and word.tag_ != "DT") or word.text.startswith("@")
        found.after_a_name = named and (word.tag_ in NAME_TAGS or word.tag_ == "CD")  # "@UFT President"
    found.qualifiers = _qualifiers(doc, title, i)
    return found


def _qualifiers(doc: Doc, title: Span, last: int) -> str:
    """The title with up to three words before it, within the line and clause ("NYPD Deputy Commissioner")."""
    first = last
    while first >= 0 and last - first < 3 and not doc[first].is_space and not doc[first].is_punct:
        first -= 1
    return index(doc).text[doc[first + 1].idx : title.end_char] if first + 1 <= last else title.text


def _title_ending(doc: Doc, window: str, window_start: int) -> re.Match[str] | None:
    """The title ending the text before a name; "Police commissioner" mid-sentence is read as
    "commissioner" (a capital only a sentence's first word may take)."""
    return next(titles_in(doc, lexicon().before_name, window, window_start), None)


def _unbracketed(text: str) -> str:
    """The text before a name with the square brackets of its last words blanked, as long as it was:
    an editor's insertion "[Police Commissioner] " read as the title it is."""
    close = text.rstrip().rfind("]")
    opening = text.rfind("[", 0, close)
    if opening < 0:
        return text
    return f"{text[:opening]} {text[opening + 1 : close]} {text[close + 1 :]}"


def _without_honorifics(text: str) -> str:
    """The text before a name without the honorifics ending it: "Health Commissioner Dr. "."""
    honorifics = lexicon().honorifics
    words = text.rstrip().rsplit(None, 1)
    while len(words) == 2 and words[1] in honorifics:
        text = words[0] + " "
        words = words[0].rstrip().rsplit(None, 1)
    return text


def _government_cue(text: str) -> bool:
    """Whether the words name a government body or office ("NYPD", "City Hall", "the mayor's office")."""
    return lexicon().government_cues.search(text) is not None


def _place_ending_at(doc: Doc, cities: CityIndex, last: int) -> Where | None:
    """The city, state or country written in the tokens ending at ``last``, right before a title."""
    if last < 0:
        return None
    if doc[last].text in {"'s", "’s", "'", "’"}:
        last -= 1
    first = last
    while first >= 0 and last - first < 4 and doc[first].tag_ in NAME_TAGS and not doc[first].is_space:
        first -= 1
    first += 1
    if first > last:
        return None
    end = doc[last].idx + len(doc[last].text)
    city = cities.at(doc[last].idx, end)
    if city is not None:
        return _city_place(city)
    ent = index(doc).entity(last)
    if ent is not None and ent.label_ == "ORG" and ent.end <= last + 1 and place_from_text(ent.text) is None:
        # "Vocal-NY spokesman": a place inside an organisation's name. ("NJ" alone, or an ORG
        # that runs on over the title and name, "Brooklyn Councilwoman Laurie Cumbo", is mis-tagged.)
        return None
    for start in range(first, last + 1):  # longest first: "New York", then "York"
        text = index(doc).text[doc[start].idx : end]
        place = place_from_text(text) or _borough_place(text)
        if place is not None:
            return place
    return None


def _borough_place(text: str) -> Where | None:
    """The city a borough or neighbourhood belongs to: "Brooklyn Councilwoman" serves New York City."""
    candidates = gazetteer.places_by_name().get(gazetteer.key(text), ())
    if not candidates or not candidates[0].section_of:
        return None
    parent = gazetteer.place(candidates[0].section_of, candidates[0].state)
    return Where("city", parent.name, gazetteer.state_name_of().get(parent.state)) if parent else None


def place_from_text(text: str) -> Where | None:
    """A state or the country as written ("Illinois", "Ill.", "U.S.", "New York")."""
    if fold(text).strip(". ") in US_FORMS:
        return FEDERAL_PLACE
    code = gazetteer.state_code(text)
    state = gazetteer.state_name_of().get(code) if code is not None else None
    if state is None:
        return None
    if is_city_state_name(state) and code not in {"DC"}:
        alias = gazetteer.city_aliases().get(gazetteer.key(state))
        return Where("either", alias[0] if alias else None, state)
    if code == "DC":
        return Where("either", "Washington", state)
    return Where("state", None, state)


def _city_place(city: CityRecord) -> Where:
    return Where("city", city.city, gazetteer.state_name_of().get(city.state))


def _in_organisation(doc: Doc, char: int) -> bool:
    """Whether the character falls inside an ORG entity."""
    ent = index(doc).entity(index(doc).token_index(char))
    return ent is not None and ent.label_ == "ORG"


def _party_tag_state(doc: Doc, mention: Mention) -> Where | None:
    """The state in a party tag after the name: "Rand Paul (R-Ky.)"."""
    match = PARTY_TAG.match(index(doc).text[mention.end : mention.end + 30])
    if match is None:
        return None
    code = gazetteer.state_code(match.group(1).strip())
    state = gazetteer.state_name_of().get(code) if code is not None else None
    return Where("state", None, state) if state is not None else None


def _appositive_after(doc: Doc, mention: Mention, cities: CityIndex) -> list[Claim]:
    """ "Tom Homan, the former acting director of ICE and Trump's border czar, said"."""
    i = mention.token + 1
    if i < len(doc) and doc[i].text in {"'s", "’s"}:
        return []
    if i >= len(doc) or doc[i].text != ",":
        return []
    phrase = _phrase_tokens(doc, i + 1)
    if not phrase:
        return []
    relative = phrase[0].lower_ in {"who", "whom"}
    if not relative and phrase[0].tag_ not in NOUN_PHRASE_STARTS:
        return []  # ", and then when the President ...": not a description of the person
    claims = _claims_in_phrase(doc, phrase, cities, mention, CLAUSE if relative else APPOSITIVE)
    if relative:
        claims = [c for c in claims if _after_as(doc, phrase, c)]
    return claims


def _phrase_tokens(doc: Doc, start: int) -> list[Token]:
    """Tokens of a phrase up to the next comma or clause end, parentheses skipped."""
    tokens: list[Token] = []
    depth = 0
    i = start
    sentence_end = index(doc).sentence_end[start] if start < len(doc) else len(doc)
    while i < min(sentence_end, start + APPOSITIVE_TOKENS):
        token = doc[i]
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            if token.text in STOP_TOKENS:
                break
            tokens.append(token)
        i += 1
    return tokens


def _claims_in_phrase(
    doc: Doc, phrase: list[Token], cities: CityIndex, mention: Mention, strength: int
) -> list[Claim]:
    """The roles a descriptive phrase gives, with their places."""
    lex = lexicon()
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    text = index(doc).text[start:end]
    claims = []
    for match in titles_in(doc, lex.anywhere, text, start):
        form = lex.forms[match.group()]
        after = text[match.end() :]
        if re.match(r"\s+(?:[A-Z]|(?:de|van|von|del|da|di|la|le)\s)", after) and _names_someone(
            doc, start + match.end()
        ):
            continue  # "Mayor Garcetti's office": that title belongs to Garcetti
        if re.match(r"['’]s?\b", after):
            continue  # "the governor's chief of staff": the role owns the head noun, it is not it
        if strength != CLAUSE and any(t.tag_ in FINITE_VERBS for t in phrase):
            continue  # the phrase is a clause (", the Governor will launch ..."), not a description
        if any(w.casefold().strip(",.'’") in lex.relational for w in text[: match.start()].split()):
            continue  # "the daughter of former NYC mayor ...": the role is someone else's
        if start > mention.start and _after_preposition(text[: match.start()].split()):
            continue  # "five Democrats running for mayor", "a critic of the governor": not a role held
        words_before = text[: match.start()].split()
        former = any(fold(w).rstrip("-") in lex.former for w in words_before[-3:])
        role = form.role + _complement(form, after)
        place = _place_in_phrase(doc, cities, start, end, match, form)
        claim = Claim(role, form.level, place, strength, former, mention.start, generic=bool(form.generic))
        if form.generic:
            claim.governmental = place is not None or _government_cue(text)
        claims.append(claim)
    return claims


def _after_preposition(words: list[str]) -> bool:
    """Whether a role written after these words is a preposition's object ("running for the
    mayor", "an aide to New York's governor"), the modifiers and places before it skipped."""
    lex = lexicon()
    for word in reversed(words):
        bare = word.strip(",.'’")
        if bare.casefold() in {"the", "a", "an"} or bare in lex.modifiers or fold(bare).rstrip("-") in lex.former:
            continue
        if word[:1].isupper() or re.search(r"['’]s?$", word):
            continue  # "for New York City Mayor", "to the city's mayor"
        return bare.casefold() in ROLE_PREPOSITIONS
    return False


def _names_someone(doc: Doc, char: int) -> bool:
    """Whether a proper name starts right after this offset."""
    token = token_at(doc, char)
    return token is not None and bool(name_tokens(doc, token))


def _complement(form: RoleForm, after: str) -> str:
    """ "commissioner of migrant affairs": a lower-case "of ..." completes a generic role."""
    if form.level != "any":
        return ""
    match = re.match(r"\s+of\s+((?:[a-z][\w-]*\s*){1,4})", after)
    if match is None:
        return ""
    words = []
    for word in match.group(1).split():
        if word in COMPLEMENT_STOPS:
            break
        words.append(word)
    return " of " + " ".join(words) if words else ""


def _place_in_phrase(
    doc: Doc, cities: CityIndex, start: int, end: int, match: re.Match[str], form: RoleForm
) -> Where | None:
    """The place a role phrase names: "governor of Illinois", "New York's commissioner"."""
    role_start, role_end = start + match.start(), start + match.end()
    # "the governor of Illinois"
    after = index(doc).text[role_end:end]
    of = re.match(r"\s+(?:of|from)\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})", after)
    if of is not None:
        place_start = role_end + of.start(1)
        city = cities.at(place_start, place_start + len(of.group(1)))
        if city is not None:
            return _city_place(city)
        place = place_from_text(of.group(1))
        if place is not None:
            return place
    # "New York's commissioner", "Illinois Gov." or any city/state named in the phrase
    for city in cities:
        for s, e in city.mentions:
            if start <= s < end and not index(doc).text.startswith("-based", e):
                return _city_place(city)  # (a "Los Angeles-based dietitian" is no city's)
    for word_match in re.finditer(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}", index(doc).text[start:role_start]):
        if _in_organisation(doc, start + word_match.start()):
            continue  # "a spokesman for Omni New York": a company, not the state
        place = place_from_text(re.sub(r"(?:['’]s|['’])$", "", word_match.group()))
        if place is not None:
            return place
    if lexicon().federal_cues.search(index(doc).text[start:end]) and form.level in {"any", FEDERAL_LEVEL}:
        return FEDERAL_PLACE
    return None


def _after_as(doc: Doc, phrase: list[Token], claim: Claim) -> bool:
    """In a relative clause, only "... as (the) ROLE" describes the person."""
    text = index(doc).text[phrase[0].idx : phrase[-1].idx + len(phrase[-1].text)]
    return bool(
        re.search(
            r"\bas\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}" + re.escape(claim.role.split()[-1]),
            text,
            re.I,
        )
    )


def _role_phrase_before(doc: Doc, mention: Mention, cities: CityIndex) -> Claim | None:
    """ "Spokeswoman for Los Angeles Mayor Garcetti's office, Connie Llanos, said"."""
    first = index(doc).span(mention.start, mention.end)
    if first is None or first.start == 0 or doc[first.start - 1].text != ",":
        return None
    sent_start = index(doc).sentence_start[first.start]
    phrase: list[Token] = []
    i = first.start - 2
    while i >= sent_start and doc[i].text not in STOP_TOKENS and len(phrase) < APPOSITIVE_TOKENS:
        phrase.append(doc[i])
        i -= 1
    phrase.reverse()
    if not phrase or any(t.tag_ in FINITE_VERBS for t in phrase):
        return None
    claims = _claims_in_phrase(doc, phrase, cities, mention, APPOSITIVE)
    return claims[0] if claims else None
