"""The people of one article: name forms grouped into persons, surnames found again."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Collection
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.common import NAME_TAGS, Mention, Person
from sanctuary_cli.extract.people.coordinated import runs_into_a_name
from sanctuary_cli.extract.people.edges import family_plural
from sanctuary_cli.extract.people.eponyms import the_things
from sanctuary_cli.extract.people.gender import honorific_before
from sanctuary_cli.extract.people.given import first_name_gender, pet_form_of, short_forms_of_one
from sanctuary_cli.extract.people.lone import a_slip, join_doubled_letter_slips, surname_cut_short, written_for
from sanctuary_cli.extract.people.lookup import role_head
from sanctuary_cli.extract.people.mentions import credit, inside_larger_name, possessive_place
from sanctuary_cli.extract.people.names import PARTICLES, NameParts, given_compatible, name_rules, split_name
from sanctuary_cli.extract.people.relatives import Relatives
from sanctuary_cli.extract.people.spelling import given_name_slip, near_spelling
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.cities import CityIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})  # the parser's labels of a place or a people
_OTHER = {"m": "f", "f": "m"}
LEAD_NAMED = 3  # a namesake named this many times as often as another is the one an article goes on about


def cluster(doc: Doc, mentions: list[Mention], titles: dict[int, str]) -> list[Person]:
    """Group name forms into people: full names first, then surnames and first names alone.
    ``titles`` holds the title written before each mention (by offset): "President Obama" is not
    the "First Lady Michelle Obama" of the same article."""
    people = _by_nickname(_full_names(mentions))
    recency = _Recency(doc, people, mentions)  # where each full name was written
    heads = {  # the head nouns of the titles each person's mentions carry
        id(p): {role_head(titles[m.start]) for m in p.mentions if m.start in titles} for p in people
    }
    for mention in (m for m in mentions if not split_name(m.text).full):
        title = titles.get(mention.start)
        person = _nicknamed(people, split_name(mention.text))
        person = person or _person_of_single(people, mention, title, heads, recency)
        person.mentions.append(mention)
        if title is not None:
            heads.setdefault(id(person), set()).add(role_head(title))
    people = join_doubled_letter_slips(people)
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def _full_names(mentions: list[Mention]) -> list[Person]:
    """One person per full name, its spellings merged."""
    people: list[Person] = []
    for mention in mentions:
        parts = split_name(mention.text)
        if not parts.full:
            continue
        person = next((p for p in people if _same_full_name(p.parts, parts)), None)
        if person is None:
            person = Person(parts)
            people.append(person)
        person.mentions.append(mention)
    return people


def _by_nickname(people: list[Person]) -> list[Person]:
    """The people less each full name of a nickname and surname ("Whitey Kastellan"), joined to the one
    person whose name was written with that nickname inside ('Dorian "Whitey" Kastellan')."""
    nicknames = {id(p): p.nicknames for p in people}  # read before any mentions move
    kept = []
    for person in people:
        into = [
            p for p in people
            if p is not person and person.parts.given[:1] and person.parts.given[0] in nicknames[id(p)]
            and p.parts.surname == person.parts.surname
        ]
        if len(into) == 1 and not nicknames[id(person)]:
            into[0].mentions.extend(person.mentions)
        else:
            kept.append(person)
    return kept


def _nicknamed(people: list[Person], parts: NameParts) -> Person | None:
    """The one person of the article written with this lone word as a nickname inside the name."""
    named = [p for p in people if parts.last_word in p.nicknames and not parts.suffix]
    return named[0] if len(named) == 1 else None


def _person_of_single(
    people: list[Person], mention: Mention, title: str | None, heads: dict[int, set[str]], recency: _Recency
) -> Person:
    """The person a lone surname or given name is, a new one (added to ``people``) if none."""
    parts = split_name(mention.text)
    honorific = honorific_before(index(recency.doc).text, mention.start)
    open_to = _open_to(people, parts, mention, title, heads, honorific)
    bare = title is None and honorific is None
    person = (_initial_and_syllable(people, parts) or _same_title_again(people, parts, title, heads)
              or _attach_single(open_to, parts, mention, recency, bare))
    if person is None and parts.surname in recency.shared:  # unclear which namesake: kept apart
        person = next((p for p in people if p.unsure and p.parts.surname == parts.surname), None)
    if person is None:
        person = Person(parts, unsure=parts.surname in recency.shared)
        people.append(person)
    return person


INITIAL_AND_SYLLABLE = re.compile(r"([a-z])-([a-z]{2,})")  # "a-rod": a nickname of an initial and a surname's start


def _initial_and_syllable(people: list[Person], parts: NameParts) -> Person | None:
    """The one person of the article whose given name's initial and surname's first letters make the
    word ("A-Rod" of "Alvaro Rodano", "J-Lo" of "Jenna Lopata"), as sports pages and tabloids call them."""
    found = INITIAL_AND_SYLLABLE.fullmatch(parts.last_word)
    if found is None or parts.given:
        return None
    initial, start = found.groups()
    named = [
        p for p in people
        if p.parts.full and p.parts.given[0][:1] == initial and p.parts.last_word.startswith(start)
    ]
    return named[0] if len(named) == 1 else None


def _open_to(
    people: list[Person], parts: NameParts, mention: Mention, title: str | None, heads: dict[int, set[str]],
    honorific: str | None,
) -> list[Person]:
    """The people of the article a lone surname or given name may be (``honorific``: the gender the
    honorific before it tells, see :func:`gender.honorific_before`)."""
    # A titled surname ("President Trump") is neither a differently titled namesake nor a son, nor
    # one the article names in full only later and untitled (his daughter, "Tiffany Trump").
    open_to = [
        p for p in people
        if title is None
        or not (_titled_otherwise(p, title, heads) or p.parts.suffix or _named_later(p, mention, heads))
    ]
    # "Donald Jr.", "Paul Sr.": a form written with a generation's suffix names that generation only
    open_to = [p for p in open_to if not parts.suffix or p.parts.suffix == parts.suffix] or _the_elder(open_to, parts)
    # "Mr. Quillon" is not "Ada Quillon", nor "Mrs. Quillon" her husband Martin ("Dr." tells nothing)
    other = _OTHER.get(honorific or "")
    if other is None:
        return open_to
    return [p for p in open_to if not p.parts.given or first_name_gender(p.parts.given[0]) != other]


class _Recency:
    """Which of several namesakes the article named last before a point: "Williams" after "Onta
    Williams" is Onta, not the "David Williams" of two paragraphs before. Past the paragraph that
    named one last, a namesake the article has named far more often is the one it goes on about:
    "Quillon" after the paragraph of a story of Ada Quillon that names her husband Bo once; and,
    of namesakes named alike, the one it named first, its subject."""

    def __init__(self, doc: Doc, people: list[Person], mentions: list[Mention]) -> None:
        self.doc = doc
        self.starts = {id(p): sorted(m.start for m in p.mentions) for p in people}
        self.tokens = {id(p): {m.start: m.token for m in p.mentions} for p in people}
        surnames = Counter(p.parts.surname for p in people if p.parts.full)
        self.last_words = Counter(split_name(m.text).last_word for m in mentions)
        self.shared = frozenset(name for name, count in surnames.items() if count > 1)
        text = index(doc).text
        self.breaks = [i for i, char in enumerate(text) if char == "\n"]
        self.relatives = Relatives(text, people, mentions, index(doc).in_quote)

    def pick(self, candidates: list[Person], mention: Mention) -> Person | None:
        """The candidate named last before the mention, or, in a later paragraph, the one written in
        full far more often so far, else the one named first; None when none was named before, or when
        the last two were named in one sentence ("David and Onta Williams")."""
        latest: list[tuple[int, Person]] = []
        for person in candidates:
            starts = self.starts.get(id(person), [])
            i = bisect.bisect_left(starts, mention.start)
            if i > 0:
                latest.append((starts[i - 1], person))
        if not latest:
            return None
        latest.sort(key=lambda pair: pair[0], reverse=True)
        if self._paragraph(latest[0][0]) != self._paragraph(mention.start):
            # past the paragraph that named one last: the one named far more often so far, else the
            # one the story named first, its subject ("President Ada Quillon ... her husband Bo Quillon")
            first = min(latest, key=lambda pair: self.starts[id(pair[1])][0])[1]
            return _most_named(candidates, mention.start) or first
        if len(latest) > 1 and self._sentence(latest[0]) == self._sentence(latest[1]):
            return None
        return latest[0][1]

    def _paragraph(self, offset: int) -> int:
        return bisect.bisect_left(self.breaks, offset)

    def _sentence(self, pair: tuple[int, Person]) -> int:
        token = self.tokens[id(pair[1])][pair[0]]
        return index(self.doc).sentence_start[token]


def _most_named(candidates: list[Person], before: int) -> Person | None:
    """The namesake the article names ``LEAD_NAMED`` times as often as any other before an offset, or None."""
    named = sorted(((sum(1 for m in p.mentions if m.start < before), p) for p in candidates), key=lambda t: -t[0])
    second = named[1][0] if len(named) > 1 else 0
    return named[0][1] if named[0][0] >= LEAD_NAMED * max(second, 1) else None


def _same_title_again(
    people: list[Person], parts: NameParts, title: str | None, heads: dict[int, set[str]]
) -> Person | None:
    """The lone surname kept apart earlier with the same title: "President Quillon" written twice
    in one article, before and after a relative's full name, is one person."""
    if title is None:
        return None
    head = role_head(title)
    return next(
        (p for p in people if not p.parts.full and p.parts.surname == parts.surname and head in heads.get(id(p), ())),
        None,
    )


ELDER_SUFFIXES = frozenset({"sr"})  # "Quillon Sr.": the elder, told from a son


def _the_elder(people: list[Person], parts: NameParts) -> list[Person]:
    """The one full-name namesake, written with no suffix, a surname with "Sr." names: the article
    calls the father so to tell him from his son ("Ada Quillon ... Quillon Sr. said")."""
    if parts.suffix not in ELDER_SUFFIXES:
        return []
    plain = [p for p in people if p.parts.full and not p.parts.suffix and p.parts.surname == parts.surname]
    return plain if len(plain) == 1 else []


def _named_later(person: Person, mention: Mention, heads: dict[int, set[str]]) -> bool:
    """Whether a full name is first written after a titled surname and never titled itself: news
    introduces a person by full name, so "Mayor Quillon" written first is someone the reader knows,
    not the "Bo Quillon" the story names further on."""
    return person.parts.full and not heads.get(id(person)) and min(m.start for m in person.mentions) > mention.start


def _titled_otherwise(person: Person, title: str, heads: dict[int, set[str]]) -> bool:
    """Whether the person's own mentions carry titles, none of them this one. "Commissioner Kelly"
    is the "Police Commissioner Ray Kelly" of the same article: titles compare by their head noun."""
    own = heads.get(id(person), set())
    return bool(own) and role_head(title) not in own


def identifiable(person: Person, titled: Collection[int] = ()) -> bool:
    """A lone word that is also a place ("Aurora") is no person unless a person's title comes before it
    (``titled``: mentions' starts): "Governor Paterson", not "Mrs. Robinson" (a song); others ("Homan") are."""
    if person.parts.full or any(m.start in titled for m in person.mentions):
        return True
    word = person.mentions[0].text
    place = gazetteer.key(word) in gazetteer.places_by_name() or gazetteer.state_code(word) is not None
    return not (place or gazetteer.is_country(word))


def _same_full_name(a: NameParts, b: NameParts) -> bool:
    """Two full names of one person: same surname and compatible given names, or a misspelling."""
    if a.suffix != b.suffix:
        return False  # Donald Trump and Donald Trump Jr.
    if _particle_first(a, b) or _particle_first(b, a):
        return True
    if a.given and a.given == b.given and surname_cut_short(a.surname, b.surname):
        return True  # "Alex Quil" or "Alex Q." beside the "Alex Quillon" of the same story
    if a.surname == b.surname:  # "Jaime"/"Jamie Quillon" in one story: a slip; "Jack"/"Johnny": forms of John;
        one = len(a.given) == len(b.given) == 1  # "Shelly"/"Sheldon": a pet form made of the name
        x, y = (a.given[0], b.given[0]) if one else ("", "")
        return given_compatible(a.given, b.given) or (one and (
            given_name_slip(x, y) or short_forms_of_one(x, y) or pet_form_of(x, y) or pet_form_of(y, x)))
    # "Matthew Von Ohen" beside "Matthew Von Ohlen": a short name after its particle is read with it
    slip = near_spelling(a.last_word, b.last_word) or near_spelling(a.surname, b.surname)
    return bool(a.given and b.given and a.given[0] == b.given[0] and slip)


def _particle_first(a: NameParts, b: NameParts) -> bool:
    """Whether ``a`` is ``b``'s surname with its particle capitalised, read as a given name: "Von
    Quillen said" of the article's Matthew Von Quillen ("Van" and "Von" are given names too)."""
    if len(a.given) != 1 or a.given[0] not in PARTICLES or not b.given:
        return False
    surname = f"{a.given[0]} {a.surname}"
    return surname == b.surname or near_spelling(surname, b.surname)  # or a slip of it


def _attach_single(
    people: list[Person], parts: NameParts, mention: Mention, recency: _Recency, bare: bool = True
) -> Person | None:
    """The person a lone surname (or first name) refers to, if the article has one. A ``bare`` word has
    no title or honorific before it: only such a word may be a given name no list holds."""
    alone = [p for p in people if not p.parts.full and not p.unsure and p.parts.surname == parts.surname]
    if alone:
        return alone[0]  # "President Obama" stood apart from "First Lady Michelle Obama": "Obama" is him
    same = written_for(people, parts, mention.text, recency.last_words, bare)
    return _one_of(same, mention, recency)


def _one_of(same: list[Person], mention: Mention, recency: _Recency) -> Person | None:
    """Of the people a surname may name, the one it does: "Trump" is Donald Trump, not Donald Trump
    Jr.; of two namesakes, the one named last before it, if that is clear."""
    if len(same) > 1 and any(not p.parts.suffix for p in same):
        same = [p for p in same if not p.parts.suffix]
    if len({p.parts.given[:1] for p in same}) > 1:
        same = recency.relatives.principal(same)  # "Quillon" beside "his mother, Ada Quillon"
        return recency.pick(same, mention) if len(same) > 1 else same[0]
    return max(same, key=lambda p: len(p.mentions)) if same else None


def _surname_candidates(token: Token, by_word: dict[str, list[Person]], written: Counter[str]) -> list[Person]:
    """The people whose surname (or a near spelling of it) this capitalised token is."""
    if token.tag_ not in NAME_TAGS | {"NN"} or not token.text[:1].isupper():
        return []  # (a known surname opening a sentence may be tagged NN)
    word = split_name(token.text).last_word
    candidates = by_word.get(word, [])
    if not candidates and token.tag_ in NAME_TAGS:
        candidates = [
            p for w, group in by_word.items() if near_spelling(w, word) and a_slip(word, w, written) for p in group
        ]
    if candidates and word not in by_word and _a_place(token):
        return []  # "Argentina" is no misspelt "Argentinas"
    return candidates


def _a_place(token: Token) -> bool:
    """Whether the word names a place or a people: a town the gazetteer holds, a country, or a word
    the parser tags as a place or a nationality."""
    return (token.ent_type_ in PLACE_LABELS or gazetteer.is_country(token.text)
            or gazetteer.key(token.text) in gazetteer.places_by_name())


def _part_of_a_name(token: Token) -> bool:
    """Whether a capitalised word is part of something else's name: "the Trump administration" names an
    administration, not its head; "Fox News", "Coney Island", "Randall's Island" a body's or a place's."""
    if token.dep_ == "compound" and token.head.i > token.i and token.head.text[:1].islower():
        return True
    if the_things(token):
        return True
    if inside_larger_name(token.doc, token.i) or runs_into_a_name(token.doc, token.i) or _inside_other_entity(token):
        return True
    if token.ent_type_ == "PERSON" and (ent := index(token.doc).entity(token.i)) is not None and credit(
        token.doc, ent.start_char, ent.end_char
    ):
        return True  # "Harbor Grill Menu by Dana Orwell on Chirpdocs": a credit's name
    return possessive_place(index(token.doc).text, token.idx + len(token.text))


def _inside_other_entity(token: Token) -> bool:
    """Whether the token is one word of a longer entity the parser reads as no person ("Fox News"
    as an organisation, "Coney Island" as a place, "Tessel Lens" as a product)."""
    if token.ent_type_ in ("", "PERSON"):
        return False
    ent = index(token.doc).entity(token.i)
    if ent is None:
        return False
    # a capitalised word right beside it in the entity: "Fox News", not the tagger's "Quillon of"
    beside = [token.doc[i] for i in (token.i - 1, token.i + 1) if ent.start <= i < ent.end]
    return any(t.is_alpha and t.text[:1].isupper() and t.lower_ not in name_rules().function_words for t in beside)


def _covered(doc: Doc, people: list[Person]) -> set[int]:
    """The tokens the people's mentions already cover."""
    ix = index(doc)
    return {
        i for p in people for m in p.mentions if (span := ix.span(m.start, m.end)) for i in range(span.start, span.end)
    }


def _last_words(people: list[Person]) -> set[str]:
    """The last word of every name the people's mentions write ("Quillon" of "Ada Quillon")."""
    return {m.text.split()[-1] for p in people for m in p.mentions}


def add_surname_mentions(doc: Doc, people: list[Person], cities: CityIndex) -> None:
    """Surnames the NER tagged otherwise ("Newsom" as ORG) become mentions of their person."""
    by_word: dict[str, list[Person]] = {}
    for person in people:
        by_word.setdefault(person.parts.last_word, []).append(person)
    if not by_word:
        return
    recency = _Recency(doc, people, [m for p in people for m in p.mentions])
    written = Counter(split_name(t.text).last_word for t in doc if t.text[:1].isupper())
    covered = _covered(doc, people)
    surnames = _last_words(people)
    for token in doc:
        candidates = _surname_candidates(token, by_word, written)
        start, end = token.idx, token.idx + len(token.text)
        if (not candidates or token.i in covered or cities.at(start, end) is not None or _part_of_a_name(token)
                or family_plural(token.text, index(doc).text, start, surnames)):  # "the Quillons": a family
            continue
        named = _one_of(candidates, Mention(start, end, token.text, token.i), recency)
        if named is None:
            continue  # two namesakes, and no telling which
        particles = named.parts.surname.split()[:-1]  # "de Blasio": take the "de" along
        first = token.i - len(particles)
        if particles and first >= 0 and [t.lower_ for t in doc[first : token.i]] == particles:
            start = doc[first].idx
        named.mentions.append(Mention(start, end, index(doc).text[start:end], token.i))
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
