"""People and officials in one article.

Names come from the NER's PERSON mentions, from names written after a title
("Mayor Garcetti", which the NER often misses) and, once a person is known,
from their surname wherever it recurs ("Newsom", even when tagged ORG). Forms
of one name are merged: "Johnson" after "Brandon Johnson", "Healey" after
"Maura Healy", never "Johnston" into "Johnson" or "Donald Trump Jr." into
"Donald Trump".

Roles are read the way news writes them: a title before the name ("Illinois
Gov. JB Pritzker", "U.S. Sen. Rand Paul (R-Ky.)"), an appositive ("Tom Homan,
the administration's border czar"; "JB Pritzker, the governor of Illinois"),
a role phrase before the name ("Spokeswoman for Los Angeles Mayor Garcetti's
office, Connie Llanos"). The titles, their normal forms and their level of
government live in ``resources/roles.json``. A person is an official when a
government role is attached.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.model import CityRecord, PersonRecord
from sanctuary_cli.extract.people.names import (
    PARTICLES,
    NameParts,
    first_name_gender,
    fold,
    given_compatible,
    near_spelling,
    person_key,
    split_name,
)
from sanctuary_cli.extract.people.roles import RoleForm, lexicon, normal_role, role_form, written_as_title
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.cities import CityIndex, is_city_state_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "extract_people",
    "find_person",
    "person_key",
    "resolve_role",
    "role_head",
    "same_place",
    "strip_title",
]

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
class _Mention:
    """One occurrence of a name."""

    start: int  # characters
    end: int
    text: str
    token: int  # index of the name's last token


@dataclass(frozen=True)
class _Where:
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


FEDERAL_PLACE = _Where(FEDERAL_LEVEL)
FOREIGN_PLACE = _Where("foreign")  # another country's office: no US jurisdiction


@dataclass
class _Claim:
    """A role the text attaches to a person at one mention."""

    role: str
    level: str
    place: _Where | None  # the place written with the role, if any
    strength: int
    former: bool
    at: int  # character offset, for reading context
    governmental: bool = True  # a generic role ("director") tied to a government
    generic: bool = False  # a role many bodies and countries have ("President", "director")
    qualified: bool = False  # a proper noun we cannot place stands before the title


@dataclass
class _Person:
    """A person being assembled."""

    parts: NameParts
    mentions: list[_Mention] = field(default_factory=list)
    claims: list[_Claim] = field(default_factory=list)
    gender_votes: Counter[str] = field(default_factory=Counter)
    unsure: bool = False  # a bare surname several people in the article bear, none named just before


# --- public API -----------------------------------------------------------------------


def extract_people(doc: Doc, cities: Sequence[CityRecord]) -> list[PersonRecord]:
    """Every person the article names, merged across forms, with role, jurisdiction and gender."""
    if len(doc) == 0:
        return []
    cities = CityIndex(cities)
    mentions = _name_mentions(doc, cities)
    titles = {m.start: t.role for m in mentions if (t := _title_before(doc, m, cities)) is not None}
    people = _cluster(doc, mentions, titles)
    _add_surname_mentions(doc, people, cities)
    for person in people:
        for mention in person.mentions:
            person.claims.extend(_claims_at(doc, mention, cities))
    people = [p for p in people if _identifiable(p)]
    _vote_gender(doc, people)
    records = []
    for person in people:
        record = _record(doc, person, people, cities)
        record.gender = _gender(person)
        records.append(record)
    return records


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
    same = [p for p in people if _compatible(split_name(p.name), parts)]
    if not same:
        same = [p for p in people if near_spelling(split_name(p.name).last_word, parts.last_word)]
    if not same:
        return None
    return max(same, key=lambda p: (not split_name(p.name).suffix, len(p.mentions)))


# --- finding names --------------------------------------------------------------------


def _name_mentions(doc: Doc, cities: CityIndex) -> list[_Mention]:
    """PERSON entities and names after a title, in text order, without overlaps."""
    found: dict[int, _Mention] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            mention = _from_entity(ent, cities)
            if mention is not None:
                found[mention.start] = mention
    starts = sorted(found)  # the mentions kept never overlap: look neighbours up by bisection
    for mention in _titled_names(doc, cities):
        j = bisect.bisect_left(starts, mention.start)
        k = bisect.bisect_left(starts, mention.end)
        overlapping = [found[at] for at in starts[max(0, j - 1) : k] if found[at].end > mention.start]
        # "Chicago Mayor Rahm Emmanuel" where the NER saw only "Emmanuel": the longer name wins
        if all(mention.start <= m.start and m.end <= mention.end for m in overlapping):
            for m in overlapping:
                del found[m.start]
                starts.remove(m.start)
            found[mention.start] = mention
            bisect.insort(starts, mention.start)
    return sorted(found.values(), key=lambda m: m.start)


def _from_entity(ent: Span, cities: CityIndex) -> _Mention | None:
    """A PERSON entity cleaned: titles, possessives and photo-credit tails removed."""
    text = ent.text
    start = ent.start_char
    stripped = strip_title(text)
    start += len(text) - len(stripped)
    text = stripped
    # "John Gress/Reuters", "Antonio Perez/Chicago Tribune": the name ends at the slash
    text = text.split("/")[0].rstrip(" ,-")
    text = re.sub(r"(?:['’]s|(?<=s)['’])$", "", text)  # "Homan's", "Jones'" (but "Trump Jr." keeps its dot)
    if not _looks_like_name(text):
        return None
    end = start + len(text)
    if any(t.tag_ in VERB_TAGS for t in ent if t.idx < end):
        return None  # a headline fragment such as "Defying Trumpism"
    if cities.at(start, end) is not None:
        return None  # "Aurora" tagged PERSON but linked as a city
    last = index(ent.doc).span(start, end)
    token = last.end - 1 if last is not None else ent.end - 1
    return _Mention(start, end, text, token)


def strip_title(text: str) -> str:
    """The name without leading titles or honorifics ("Mayor Brandon Johnson" -> "Brandon Johnson")."""
    lex = lexicon()
    changed = True
    while changed:
        changed = False
        match = lex.anywhere.match(text)
        if match is not None and match.end() < len(text):
            text = text[match.end() :].lstrip()
            changed = True
        first = text.split(" ", 1)
        if len(first) == 2 and (first[0] in lex.honorifics or first[0].casefold() == "the" or _misspelt_title(first)):
            text = first[1].lstrip()
            changed = True
        party = _party_opening(text)
        if party:  # "Lib Dem Norman Baker", "Tory MP Ann Winterton"
            text = text[len(party) :].lstrip()
            changed = True
    return text.strip()


def _party_opening(text: str) -> str:
    """A capitalised party word (one or two words) opening a name that runs on for two more words."""
    words = text.split()
    for n in (2, 1):
        if len(words) >= n + 2 and words[0][:1].isupper() and " ".join(words[:n]) in lexicon().modifiers:
            return " ".join(words[:n])
    return ""


def _misspelt_title(words: list[str]) -> bool:
    """ "Commisioner Ray Kelly": a title one letter off, before a full name, is still a title.
    A known given name ("Mayer Jones") is never taken for one."""
    word, rest = words[0], words[1]
    if not word[:1].isupper() or len(rest.split()) < 2 or first_name_gender(word) is not None:
        return False
    key = word.casefold()
    return any(" " not in form and near_spelling(key, form.casefold()) for form in _capitalised_forms())


@cache
def _capitalised_forms() -> tuple[str, ...]:
    """The one-word titles written with a capital, compared against misspellings."""
    return tuple(sorted({f for f in lexicon().forms if f[:1].isupper() and " " not in f and len(f) >= 5}))


def _looks_like_name(text: str) -> bool:
    """Capitalised words, no digits, not a role or place on its own."""
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or any(c.isdigit() or c in "[](){}<>@#|" for c in text):
        return False
    if any(re.search(r"['’]s$", w) for w in words[:-1]):
        return False  # "Trump's Twitter": a possessive inside is not a name
    if not all(w[:1].isupper() or fold(w) in PARTICLES for w in words):
        return False
    if not any(w[:1].isupper() for w in words) or role_form(text) is not None:
        return False
    if gazetteer.state_code(text) is not None or gazetteer.is_country(text):
        return False
    return not any(w in lexicon().not_name_words for w in words)


def _titled_names(doc: Doc, cities: CityIndex) -> list[_Mention]:
    """Names written right after a title: "Mayor Garcetti", "Chicago Mayor Rahm Emmanuel"."""
    found = []
    for match in _titles_in(doc, lexicon().anywhere, index(doc).text, 0):
        if not match.group()[:1].isupper() and " " not in match.group():
            continue  # "the mayor said": a lone lower-case role noun titles nobody
        first = _token_at(doc, match.end())
        if first is None:
            continue
        tokens = _name_tokens(doc, first)
        if not tokens:
            continue
        while len(tokens) > 1 and (tokens[0].text in lexicon().honorifics or role_form(tokens[0].text)):
            tokens = tokens[1:]  # "Commissioner Sir John Stevens", "Justice Director Elizabeth Glazer"
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        text = index(doc).text[start:end]
        if _same_organisation(doc, match.start(), tokens[-1].i) and first_name_gender(tokens[0].text) is None:
            continue  # "the Bureau of Justice Statistics", but "Queens DA Richard Brown" is a person
        if _looks_like_name(text) and cities.at(start, end) is None:
            found.append(_Mention(start, end, text, tokens[-1].i))
    return found


def _written_as_title(doc: Doc, char: int, form: str) -> bool:
    """A role form at this offset as written: sentence-cased forms only where a sentence opens."""
    token = _token_at(doc, char)
    return written_as_title(index(doc).text, char, form, token is not None and bool(token.is_sent_start))


def _same_organisation(doc: Doc, title_char: int, name_token: int) -> bool:
    """Whether the title and the name lie inside one ORG (or other non-person) entity."""
    ent = index(doc).entity(index(doc).token_index(title_char))
    if ent is None or ent.label_ in {"PERSON", "GPE", "NORP"}:
        return False
    return ent.start <= name_token < ent.end


def _token_at(doc: Doc, char: int) -> Token | None:
    """The first token starting at or after a character offset (skipping spaces)."""
    return index(doc).token_at(char)


def _name_tokens(doc: Doc, first: Token) -> list[Token]:
    """The run of proper-noun tokens starting at ``first`` that can be a name."""
    tokens: list[Token] = []
    i = first.i
    while i < len(doc) and len(tokens) < MAX_NAME_WORDS:
        token = doc[i]
        is_name_word = token.tag_ in NAME_TAGS and token.text[:1].isupper()
        is_particle = token.lower_ in PARTICLES and i + 1 < len(doc) and doc[i + 1].tag_ == "NNP"
        if not (is_name_word or is_particle) or token.ent_type_ in REJECT_ENTS:
            break
        if token.text in lexicon().not_name_words:
            break
        tokens.append(token)
        i += 1
    while tokens and tokens[-1].lower_ in PARTICLES:
        tokens.pop()
    return tokens


def _cluster(doc: Doc, mentions: list[_Mention], titles: dict[int, str]) -> list[_Person]:
    """Group name forms into people: full names first, then surnames and first names alone.
    ``titles`` holds the title written before each mention (by offset): "President Obama" is not
    the "First Lady Michelle Obama" of the same article."""
    people: list[_Person] = []
    fulls = [m for m in mentions if split_name(m.text).full]
    singles = [m for m in mentions if not split_name(m.text).full]
    for mention in fulls:
        parts = split_name(mention.text)
        person = next((p for p in people if _same_full_name(p.parts, parts)), None)
        if person is None:
            person = _Person(parts)
            people.append(person)
        person.mentions.append(mention)
    recency = _Recency(doc, people)  # where each full name was written
    heads = {  # the head nouns of the titles each person's mentions carry
        id(p): {role_head(titles[m.start]) for m in p.mentions if m.start in titles} for p in people
    }
    for mention in singles:
        parts = split_name(mention.text)
        title = titles.get(mention.start)
        # A titled surname ("President Trump") is neither a differently titled namesake nor a son.
        open_to = [p for p in people if title is None or not (_titled_otherwise(p, title, heads) or p.parts.suffix)]
        person = _attach_single(open_to, parts, mention, recency)
        if person is None and parts.surname in recency.shared:  # unclear which namesake: kept apart
            person = next((p for p in people if p.unsure and p.parts.surname == parts.surname), None)
        if person is None:
            person = _Person(parts, unsure=parts.surname in recency.shared)
            people.append(person)
        person.mentions.append(mention)
        if title is not None:
            heads.setdefault(id(person), set()).add(role_head(title))
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    people.sort(key=lambda p: p.mentions[0].start)
    return people


class _Recency:
    """Which of several namesakes the article named last before a point: "Williams" after "Onta
    Williams" is Onta, not the "David Williams" of two paragraphs before."""

    def __init__(self, doc: Doc, people: list[_Person]) -> None:
        self.doc = doc
        self.starts = {id(p): sorted(m.start for m in p.mentions) for p in people}
        self.tokens = {id(p): {m.start: m.token for m in p.mentions} for p in people}
        surnames = Counter(p.parts.surname for p in people if p.parts.full)
        self.shared = frozenset(name for name, count in surnames.items() if count > 1)

    def pick(self, candidates: list[_Person], mention: _Mention) -> _Person | None:
        """The candidate named last before the mention; None when none was, or when the last two
        were named in one sentence ("David and Onta Williams")."""
        latest: list[tuple[int, _Person]] = []
        for person in candidates:
            starts = self.starts.get(id(person), [])
            i = bisect.bisect_left(starts, mention.start)
            if i > 0:
                latest.append((starts[i - 1], person))
        if not latest:
            return None
        latest.sort(key=lambda pair: pair[0], reverse=True)
        if len(latest) > 1 and self._sentence(latest[0]) == self._sentence(latest[1]):
            return None
        return latest[0][1]

    def _sentence(self, pair: tuple[int, _Person]) -> int:
        token = self.tokens[id(pair[1])][pair[0]]
        return index(self.doc).sentence_start[token]


def _titled_otherwise(person: _Person, title: str, heads: dict[int, set[str]]) -> bool:
    """Whether the person's own mentions carry titles, none of them this one. "Commissioner Kelly"
    is the "Police Commissioner Ray Kelly" of the same article: titles compare by their head noun."""
    own = heads.get(id(person), set())
    return bool(own) and role_head(title) not in own


def _identifiable(person: _Person) -> bool:
    """A lone word that is also a place ("Aurora") or unrelated to any full name is not kept as a person
    when it names a place; other lone surnames ("Homan") are."""
    if person.parts.full:
        return True
    word = person.mentions[0].text
    return not (
        gazetteer.key(word) in gazetteer.places_by_name()
        or gazetteer.state_code(word) is not None
        or gazetteer.is_country(word)
    )


def _same_full_name(a: NameParts, b: NameParts) -> bool:
    """Two full names of one person: same surname and compatible given names, or a misspelling."""
    if a.suffix != b.suffix:
        return False  # Donald Trump and Donald Trump Jr.
    if a.surname == b.surname:
        return given_compatible(a.given, b.given)
    return bool(a.given and b.given and a.given[0] == b.given[0] and near_spelling(a.last_word, b.last_word))


def _compatible(person: NameParts, single: NameParts) -> bool:
    """Whether a one-word (or surname-only) form can be this person's surname."""
    return single.last_word in {person.last_word, person.surname} or single.surname == person.surname


def _attach_single(people: list[_Person], parts: NameParts, mention: _Mention, recency: _Recency) -> _Person | None:
    """The person a lone surname (or first name) refers to, if the article has one."""
    alone = [p for p in people if not p.parts.full and not p.unsure and p.parts.surname == parts.surname]
    if alone:
        return alone[0]  # "President Obama" stood apart from "First Lady Michelle Obama": "Obama" is him
    same = [p for p in people if p.parts.full and _compatible(p.parts, parts)]
    if not same:
        same = [
            p
            for p in people
            if p.parts.full
            and p.parts.given
            and p.parts.given[0] == parts.last_word
            and first_name_gender(parts.last_word) is not None  # "Michelle", not "Huckabee"
        ]
    if not same:
        same = [p for p in people if p.parts.full and near_spelling(p.parts.last_word, parts.last_word)]
    return _one_of(same, mention, recency)


def _one_of(same: list[_Person], mention: _Mention, recency: _Recency) -> _Person | None:
    """Of the people a surname may name, the one it does: "Trump" is Donald Trump, not Donald Trump
    Jr.; of two namesakes, the one named last before it, if that is clear."""
    if len(same) > 1 and any(not p.parts.suffix for p in same):
        same = [p for p in same if not p.parts.suffix]
    if len({p.parts.given[:1] for p in same}) > 1:
        return recency.pick(same, mention)
    return max(same, key=lambda p: len(p.mentions)) if same else None


def _add_surname_mentions(doc: Doc, people: list[_Person], cities: CityIndex) -> None:
    """Surnames the NER tagged otherwise ("Newsom" as ORG) become mentions of their person."""
    by_word: dict[str, list[_Person]] = {}
    for person in people:
        by_word.setdefault(person.parts.last_word, []).append(person)
    if not by_word:
        return
    ix = index(doc)
    recency = _Recency(doc, people)
    covered = {
        i for p in people for m in p.mentions if (span := ix.span(m.start, m.end)) for i in range(span.start, span.end)
    }
    for token in doc:
        if token.tag_ not in NAME_TAGS | {"NN"} or not token.text[:1].isupper():
            continue  # (a known surname opening a sentence may be tagged NN)
        word = split_name(token.text).last_word
        candidates = by_word.get(word)
        if not candidates and token.tag_ in NAME_TAGS:
            candidates = [p for w, group in by_word.items() if near_spelling(w, word) for p in group]
        if not candidates or (word not in by_word and gazetteer.key(token.text) in gazetteer.places_by_name()):
            continue
        start, end = token.idx, token.idx + len(token.text)
        if token.i in covered or cities.at(start, end) is not None:
            continue
        if token.dep_ == "compound" and token.head.i > token.i and token.head.text[:1].islower():
            continue  # "the Trump administration" names an administration, not its head
        named = _one_of(candidates, _Mention(start, end, token.text, token.i), recency)
        if named is None:
            continue  # two namesakes, and no telling which
        particles = named.parts.surname.split()[:-1]  # "de Blasio": take the "de" along
        first = token.i - len(particles)
        if particles and first >= 0 and [t.lower_ for t in doc[first : token.i]] == particles:
            start = doc[first].idx
        named.mentions.append(_Mention(start, end, index(doc).text[start:end], token.i))
    for person in people:
        person.mentions.sort(key=lambda m: m.start)


# --- roles ------------------------------------------------------------------------------


def _claims_at(doc: Doc, mention: _Mention, cities: CityIndex) -> list[_Claim]:
    """Roles the text attaches to the name at this mention."""
    claims = []
    title = _title_before(doc, mention, cities)
    if title is not None:
        claims.append(title)
    claims.extend(_appositive_after(doc, mention, cities))
    before = _role_phrase_before(doc, mention, cities)
    if before is not None:
        claims.append(before)
    return claims


def _title_before(doc: Doc, mention: _Mention, cities: CityIndex) -> _Claim | None:
    """ "Illinois Gov. JB Pritzker", "New York City Democratic Mayor Eric Adams"."""
    lex = lexicon()
    window_start = max(0, mention.start - 120)
    window = index(doc).text[window_start : mention.start]
    match = _title_ending(doc, window, window_start)
    if match is None:  # "Health Commissioner Dr. Mary Bassett" (but "First Lady" is a title)
        window = _without_honorifics(window)
        match = _title_ending(doc, window, window_start)
    if match is None:
        return None
    form = lex.forms[match.group().strip()]
    title = index(doc).span(window_start + match.start(), window_start + len(window))
    former = False
    place = None
    after_a_name = False  # "LIU President Kimberly Cline": the title of some other body
    qualifiers = ""  # the words right before the title: "NYPD", "Parks", "Tory"
    if title is not None:
        i = title.start - 1
        while i >= 0 and (doc[i].text in lex.modifiers or fold(doc[i].text).rstrip("-") in lex.former):
            former = former or fold(doc[i].text).rstrip("-") in lex.former
            i -= 1
        place = _place_ending_at(doc, cities, i)
        if place is None and i >= 0 and doc[i].ent_type_ == "NORP" and form.level == FEDERAL_LEVEL:
            place = FOREIGN_PLACE  # "French President Jacques Chirac"
        if place is None and i >= 0 and doc[i].ent_type_ == "GPE":
            place = FOREIGN_PLACE  # "London Mayor Boris Johnson": a place, but not a US one
        after_a_name = i >= 0 and not doc[i].is_space and doc[i].text[:1].isalnum() and doc[i].tag_ != "DT"
        after_a_name = after_a_name or (i >= 0 and doc[i].text.startswith("@"))  # "@UFT President"
        after_a_name = after_a_name and (doc[i].tag_ in NAME_TAGS or doc[i].tag_ == "CD")
        first = i
        while first >= 0 and i - first < 3 and not doc[first].is_space and not doc[first].is_punct:
            first -= 1
        qualifiers = index(doc).text[doc[first + 1].idx : title.end_char] if first + 1 <= i else title.text
    if place is None and form.level in {"legislator", "any"}:
        place = _party_tag_state(doc, mention)
    claim = _Claim(form.role, form.level, place, TITLE, former, mention.start, generic=bool(form.generic))
    claim.qualified = after_a_name  # "Suffolk County police commissioner": some place we do not know
    if form.generic:
        capitalised = form.generic == "titled" and form.form[:1].isupper() and not after_a_name
        claim.governmental = capitalised or place is not None or _government_cue(qualifiers)
    return claim


def _title_ending(doc: Doc, window: str, window_start: int) -> re.Match[str] | None:
    """The title ending the text before a name; "Police commissioner" mid-sentence is read as
    "commissioner" (a capital only a sentence's first word may take)."""
    return next(_titles_in(doc, lexicon().before_name, window, window_start), None)


def _titles_in(doc: Doc, pattern: re.Pattern[str], text: str, offset: int) -> Iterator[re.Match[str]]:
    """Role forms in a stretch of the text (starting at ``offset``), as written: where a
    sentence-cased form is refused, the shorter form inside it is tried."""
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        if _written_as_title(doc, offset + match.start(), match.group().strip()):
            yield match
            pos = max(match.end(), match.start() + 1)
        else:
            pos = match.start() + 1


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


def _place_ending_at(doc: Doc, cities: CityIndex, last: int) -> _Where | None:
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
    if ent is not None and ent.label_ == "ORG" and ent.end <= last + 1 and _place_from_text(ent.text) is None:
        # "Vocal-NY spokesman": a place inside an organisation's name. ("NJ" alone, or an ORG
        # that runs on over the title and name, "Brooklyn Councilwoman Laurie Cumbo", is mis-tagged.)
        return None
    for start in range(first, last + 1):  # longest first: "New York", then "York"
        text = index(doc).text[doc[start].idx : end]
        place = _place_from_text(text) or _borough_place(text)
        if place is not None:
            return place
    return None


def _borough_place(text: str) -> _Where | None:
    """The city a borough or neighbourhood belongs to: "Brooklyn Councilwoman" serves New York City."""
    candidates = gazetteer.places_by_name().get(gazetteer.key(text), ())
    if not candidates or not candidates[0].section_of:
        return None
    parent = gazetteer.place(candidates[0].section_of, candidates[0].state)
    return _Where("city", parent.name, gazetteer.state_name_of().get(parent.state)) if parent else None


def _place_from_text(text: str) -> _Where | None:
    """A state or the country as written ("Illinois", "Ill.", "U.S.", "New York")."""
    if fold(text).strip(". ") in US_FORMS:
        return FEDERAL_PLACE
    code = gazetteer.state_code(text)
    state = gazetteer.state_name_of().get(code) if code is not None else None
    if state is None:
        return None
    if is_city_state_name(state) and code not in {"DC"}:
        alias = gazetteer.city_aliases().get(gazetteer.key(state))
        return _Where("either", alias[0] if alias else None, state)
    if code == "DC":
        return _Where("either", "Washington", state)
    return _Where("state", None, state)


def _city_place(city: CityRecord) -> _Where:
    return _Where("city", city.city, gazetteer.state_name_of().get(city.state))


def _in_organisation(doc: Doc, char: int) -> bool:
    """Whether the character falls inside an ORG entity."""
    ent = index(doc).entity(index(doc).token_index(char))
    return ent is not None and ent.label_ == "ORG"


def _party_tag_state(doc: Doc, mention: _Mention) -> _Where | None:
    """The state in a party tag after the name: "Rand Paul (R-Ky.)"."""
    match = PARTY_TAG.match(index(doc).text[mention.end : mention.end + 30])
    if match is None:
        return None
    code = gazetteer.state_code(match.group(1).strip())
    state = gazetteer.state_name_of().get(code) if code is not None else None
    return _Where("state", None, state) if state is not None else None


def _appositive_after(doc: Doc, mention: _Mention, cities: CityIndex) -> list[_Claim]:
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
    doc: Doc, phrase: list[Token], cities: CityIndex, mention: _Mention, strength: int
) -> list[_Claim]:
    """The roles a descriptive phrase gives, with their places."""
    lex = lexicon()
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    text = index(doc).text[start:end]
    claims = []
    for match in _titles_in(doc, lex.anywhere, text, start):
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
        claim = _Claim(role, form.level, place, strength, former, mention.start, generic=bool(form.generic))
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
    token = _token_at(doc, char)
    return token is not None and bool(_name_tokens(doc, token))


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
) -> _Where | None:
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
        place = _place_from_text(of.group(1))
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
        place = _place_from_text(re.sub(r"(?:['’]s|['’])$", "", word_match.group()))
        if place is not None:
            return place
    if lexicon().federal_cues.search(index(doc).text[start:end]) and form.level in {"any", FEDERAL_LEVEL}:
        return FEDERAL_PLACE
    return None


def _after_as(doc: Doc, phrase: list[Token], claim: _Claim) -> bool:
    """In a relative clause, only "... as (the) ROLE" describes the person."""
    text = index(doc).text[phrase[0].idx : phrase[-1].idx + len(phrase[-1].text)]
    return bool(
        re.search(
            r"\bas\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}" + re.escape(claim.role.split()[-1]),
            text,
            re.I,
        )
    )


def _role_phrase_before(doc: Doc, mention: _Mention, cities: CityIndex) -> _Claim | None:
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


# --- assembling a record ------------------------------------------------------------


def _record(doc: Doc, person: _Person, people: list[_Person], cities: CityIndex) -> PersonRecord:
    """The person's record: canonical name, aliases, the best-supported role."""
    forms = [m.text for m in person.mentions]
    counts, first_seen = Counter(forms), {f: -i for i, f in reversed(list(enumerate(forms)))}
    name = max(forms, key=lambda f: (len(f.split()), counts[f], first_seen[f]))
    aliases = sorted({f for f in forms if f != name})
    record = PersonRecord(name=name, aliases=aliases, mentions=[(m.start, m.end) for m in person.mentions])
    claim = _best_claim(person.claims)
    if claim is None:
        return record
    record.role = claim.role
    record.official = claim.level != "none" and claim.governmental
    if record.official:
        record.jurisdiction = _jurisdiction(doc, claim, person, people, cities)
    return record


def _best_claim(claims: list[_Claim]) -> _Claim | None:
    """The strongest current role; a former one only when nothing else is said."""
    if not claims:
        return None
    counts = Counter(c.role for c in claims)
    return max(
        claims,
        key=lambda c: (not c.former, c.governmental, c.strength, counts[c.role], c.place is not None),
    )


def _jurisdiction(doc: Doc, claim: _Claim, person: _Person, people: list[_Person], cities: CityIndex) -> str | None:
    """Where the role holds: written with it, or the city or state the article is on there."""
    if claim.level == FEDERAL_LEVEL:
        if claim.place is not None and claim.place.kind == "foreign":
            return None
        nearby = _nearest_country(doc, claim.at) if claim.generic else None
        if nearby is not None:  # "in Ukraine ... President Yushchenko", but a border czar is ours
            return gazetteer.FEDERAL if nearby == gazetteer.FEDERAL else None
        return gazetteer.FEDERAL if _about_the_us(doc, cities) else None
    places = [claim.place] + [c.place for c in person.claims if c.role == claim.role]
    for place in places:
        if place is not None and place.for_level(claim.level) is not None:
            return place.for_level(claim.level)
    if claim.qualified or (claim.place is not None and claim.place.kind == "foreign"):
        return None  # the title names its own place, one the gazetteer does not know
    if claim.level == "city":
        return _context_city(doc, claim, person, people, cities)
    if claim.level == "state":
        return _context_state(doc, claim, person, people, cities)
    return None


def _nearest_country(doc: Doc, at: int) -> str | None:
    """The country named last before a bare federal title, within a paragraph's reach: "in Ukraine
    ... President Viktor Yushchenko" is Ukraine's. The United States when a US place is nearer."""
    best: tuple[int, str] | None = None
    for ent in doc.ents:
        if ent.label_ != "GPE" or not (at - COUNTRY_LOOK_BACK <= ent.start_char < at):
            continue
        text = re.sub(r"(?:['’]s|['’])$", "", ent.text)
        if _place_from_text(text) is not None:
            country = gazetteer.FEDERAL  # a US state, "U.S." or "America"
        elif gazetteer.is_country(text):
            country = text
        else:
            continue
        if best is None or ent.start_char > best[0]:
            best = (ent.start_char, country)
    return best[1] if best is not None else None


def _about_the_us(doc: Doc, cities: CityIndex) -> bool:
    """Whether a bare federal title ("President", "border czar") is the United States': yes when the
    article names a US city, state or the country, or names no other country either."""
    # (Nationalities are not counted as foreign: "Venezuelan gangs" in a US story, "Muslim" voters.)
    if cities:
        return True
    foreign = False
    for ent in doc.ents:
        text = re.sub(r"(?:['’]s|['’])$", "", ent.text)
        if ent.label_ == "GPE":
            if _place_from_text(text) is not None:
                return True
            foreign = foreign or gazetteer.is_country(text)
        elif ent.label_ == "NORP" and fold(text) in {"american", "americans"}:
            return True
    return not foreign


def _context_city(doc: Doc, claim: _Claim, person: _Person, people: list[_Person], cities: CityIndex) -> str | None:
    """The city a bare "Mayor X" governs: a city named close by whose mayor is not named, else
    the article's most named one."""
    taken = _taken(claim, person, people)
    places = [(start, c.city) for c in cities for start, _ in c.mentions if c.city not in taken]
    return _nearest_or_commonest(doc, claim.at, places, CITY_LOOK_BACK)


def _context_state(doc: Doc, claim: _Claim, person: _Person, people: list[_Person], cities: CityIndex) -> str | None:
    """The state a bare "Gov. X" governs: a state named close by whose governor is not named, else
    the state the article names most (its cities count for their states)."""
    taken = _taken(claim, person, people)
    places: list[tuple[int, str]] = []
    for ent in doc.ents:
        if ent.label_ == "GPE":
            where = _place_from_text(re.sub(r"(?:['’]s|['’])$", "", ent.text))
            if where is not None and where.kind == "state" and where.state is not None:
                places.append((ent.start_char, where.state))
    for city in cities:
        state = gazetteer.state_name_of().get(city.state)
        if state is not None and city.state != "DC":
            places.extend((start, state) for start, _ in city.mentions)
    return _nearest_or_commonest(doc, claim.at, [(at, n) for at, n in places if n not in taken], STATE_LOOK_BACK)


def _taken(claim: _Claim, person: _Person, people: list[_Person]) -> set[str]:
    """Places whose holder of this role the article names as someone else."""
    return {
        held
        for p in people
        if p is not person
        for c in p.claims
        if c.role == claim.role and c.place is not None and (held := c.place.for_level(c.level)) is not None
    }


def _nearest_or_commonest(doc: Doc, at: int, places: list[tuple[int, str]], look_back: int) -> str | None:
    """The place named most often, with a strong bonus for the one named nearest before ``at``
    (or just after): a bare title usually follows the place the article has just named. A place
    named once, far from the title, is no evidence: then nothing is returned. A place that is only
    where something happened ("they lived in Newburgh. Police Commissioner Ray Kelly said") earns
    no bonus unless it opens the title's own sentence ("In Chicago, Mayor Brandon Johnson said")."""
    counts = Counter(name for _, name in places)
    nearest: tuple[int, str, int] | None = None
    for start, name in places:
        distance = at - start
        if -LOOK_AHEAD <= distance <= look_back:
            cost = distance if distance >= 0 else 2 * -distance
            if nearest is None or cost < nearest[0]:
                nearest = (cost, name, start)
    if nearest is not None:
        # a scene still settles a title when it is the one place at hand, never against another
        counts[nearest[1]] += SCENE_BONUS if _scene_elsewhere(doc, nearest[2], at) else NEAREST_BONUS
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _scene_elsewhere(doc: Doc, place: int, at: int) -> bool:
    """Whether the place at this offset is a preposition's object ("in Newburgh", "at Bellevue")
    outside the part of the sentence that leads up to the title at ``at``."""
    ix = index(doc)
    token = doc[ix.token_index(place)]
    steps = 0
    while token.dep_ == "compound" and token.head.i > token.i and steps < MAX_NAME_WORDS:
        token = token.head  # "New York City": the last word carries the phrase's relation
        steps += 1
    if token.dep_ != "pobj":
        return False
    title = ix.token_index(at)
    return not (place < at and ix.sentence_start[token.i] == ix.sentence_start[title])


# --- gender ---------------------------------------------------------------------------

FIRST_NAME_WEIGHT = 2  # a common given name outweighs one stray pronoun, not a title like "Ms."
HONORIFIC_WEIGHT = 5  # "Mr.", "Ms.": the writer says it outright
ROLE_NOUN_WEIGHT = 3  # "spokeswoman", "councilman"
PRONOUN_REACH = 80  # tokens searched for the pronoun that takes up a person (this and the next sentence)
POSSESSIVE_REACH = 4  # "Lou Reed and his band": tokens between a name and its possessive
PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
PRONOUN_GENDERS = frozenset({"m", "f"})


def _vote_gender(doc: Doc, people: list[_Person]) -> None:
    """Gender evidence: the first-name list, gendered role nouns, honorifics, and the pronouns that
    take up a mention (a possessive right after it; the next he/she when nobody else is named)."""
    lex = lexicon()
    starts = sorted((m.start, i) for i, p in enumerate(people) for m in p.mentions)
    offsets = [start for start, _ in starts]

    def alone_between(number: int, start: int, end: int) -> bool:
        """Nobody but this person is named between two offsets."""
        first, last = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
        return all(i == number for _, i in starts[first:last])

    for number, person in enumerate(people):
        if person.parts.given:
            gender = first_name_gender(person.parts.given[0])
            if gender is not None:
                person.gender_votes[gender] += FIRST_NAME_WEIGHT
        for claim in person.claims:
            gender = lex.gendered_roles.get(claim.role.casefold().split()[-1])
            if gender:
                person.gender_votes[gender] += ROLE_NOUN_WEIGHT
        for mention in person.mentions:
            before = index(doc).text[max(0, mention.start - 6) : mention.start].split()
            honorific = lex.honorifics.get(before[-1]) if before else None
            if honorific in PRONOUN_GENDERS:  # ("Dr." and "Rev." tell nothing)
                person.gender_votes[honorific] += HONORIFIC_WEIGHT
            pronoun = _possessive_after(doc, mention.token) or _pronoun_taking_up(doc, mention.token)
            if pronoun is not None and alone_between(number, mention.end, pronoun.idx):
                person.gender_votes[PRONOUNS[pronoun.lower_]] += 1


def _possessive_after(doc: Doc, last: int) -> Token | None:
    """ "Smith and his wife", "arrested Smith at his home": a his/her right after the name."""
    end = min(len(doc), last + 1 + POSSESSIVE_REACH, index(doc).sentence_end[last])
    for i in range(last + 1, end):
        token = doc[i]
        if token.tag_ == "PRP$" and token.lower_ in PRONOUNS:
            return token
        if token.text in STOP_TOKENS or token.text in {"(", "—", "–"} or token.tag_ in NAME_TAGS | VERB_TAGS:
            return None  # "Smith, her lawyer", "Smith visiting her": the possessive may be anyone's
    return None


def _pronoun_taking_up(doc: Doc, last: int) -> Token | None:
    """The he/she that takes up a name: after the name as a subject, the next such pronoun in this or
    the next sentence; after any other mention, the next sentence's subject pronoun, when the name's
    own sentence names nobody else."""
    ix = index(doc)
    if not ix.has_sentences:
        return None
    sentence_end = ix.sentence_end[last]
    next_end = ix.sentence_end[sentence_end] if sentence_end < len(doc) else sentence_end
    if doc[last].dep_.startswith("nsubj") or (doc[last].dep_ == "conj" and doc[last].head.dep_.startswith("nsubj")):
        # ("Hale's mother ... her": after a possessive the pronoun is the possessed one's)
        for i in range(last + 1, min(next_end, last + PRONOUN_REACH)):
            if doc[i].lower_ in PRONOUNS:
                return doc[i]
        return None
    for i in range(sentence_end, min(next_end, sentence_end + PRONOUN_REACH)):
        if doc[i].lower_ in PRONOUNS and _subject_like(doc[i]):
            return doc[i] if _only_name_in_sentence(doc, last) else None
        if doc[i].dep_ == "ROOT":
            return None  # the next sentence's subject comes before its verb
    return None


def _subject_like(token: Token) -> bool:
    """A pronoun that is a subject or owns one: "He said", "His doctor said"."""
    return token.dep_.startswith("nsubj") or (token.dep_ == "poss" and token.head.dep_.startswith("nsubj"))


def _only_name_in_sentence(doc: Doc, last: int) -> bool:
    """Whether the sentence holding the name mentions no other person."""
    ix = index(doc)
    start, end = ix.sentence_start[last], ix.sentence_end[last]
    if end - start > PRONOUN_REACH:
        return False
    for i in range(start, end):
        ent = ix.entity(i)
        if ent is not None and ent.label_ == "PERSON" and not ent.start <= last < ent.end:
            return False
    return True


def _gender(person: _Person) -> str | None:
    """The gender with a clear majority of votes, else None."""
    m, f = person.gender_votes["m"], person.gender_votes["f"]
    if m > f and m >= 1:
        return "m"
    if f > m and f >= 1:
        return "f"
    return None


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
