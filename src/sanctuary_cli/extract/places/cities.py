"""US cities an article speaks of, linked to the gazetteer.

A city is named in news in a few ways: as a place the NER tags GPE
("in Chicago"), through its institutions ("Chicago police", "Denver's mayor",
"the Philadelphia Police Department"), with its state ("Aurora, Colo."), or
after "the city of". Each mention is looked up in the gazetteer; when several
places share the name, the article decides: its state given after a comma, a
state named in the same sentence or the article, and other cities it names
nearby ("Aurora" next to Denver is Aurora, Colorado). States and countries are
never cities; "New York" and "Washington" are the city unless the wording
points at the state ("New York State", "the governor of Washington").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from sanctuary_cli.extract import docindex
from sanctuary_cli.extract.model import CityRecord
from sanctuary_cli.extract.people import roles
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.context import (
    in_title_of_a_work,
    listed_as_counties,
    listed_in_a_section,
    names_a_product,
    names_a_team,
    street_corner,
    used_as_a_person,
)
from sanctuary_cli.extract.places.counties import counties_by_base
from sanctuary_cli.extract.places.gazetteer import Place
from sanctuary_cli.extract.places.index import CityIndex, city_at
from sanctuary_cli.resources import read_json

__all__ = ["CityIndex", "city_at", "extract_cities", "is_city_state_name"]

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

NAME_TAGS = frozenset({"NNP", "NNPS"})
MAX_NAME_TOKENS = 5  # "Washington , D.C." / "Rancho Santa Margarita" and the like
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
NEAR_KM = 60.0  # a city this close to another named city is in its metro area
REGION_KM = 150.0  # same metro area or region
DOMINANCE = 10  # a place this many times bigger than its namesakes is the default reading
SMALL_PLACE = 50_000  # a town this small, named far from the article's other places, is doubtful
STORM = re.compile(r"\b(?:Hurricane|Superstorm|Tropical Storm|Storm|Blizzard|Winter Storm)\s+([A-Z][a-z]+)\b")
MID_PLACE = 200_000  # ... and a city this small, when the others lie together far from it
FAR_KM = 300.0
CLEAR_LEAD = 2  # without context, the bigger namesake is taken only when it is this much bigger
COUNTY = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:County|[Pp]olice|[Ss]heriff)\b")
MAX_COUNTY_STATES = 3  # a county name shared by more states ("Orange County") tells nothing alone
PROMINENT_CITY = 500_000  # a state name that is also a city this big is read as either


@dataclass(frozen=True)
class CityCues:
    """Context words from the ``city_cues.json`` lexicon."""

    institutions_after: tuple[tuple[str, ...], ...]
    city_before: tuple[tuple[str, ...], ...]
    locative_before: frozenset[str]
    state_after: tuple[tuple[str, ...], ...]
    state_before: tuple[tuple[str, ...], ...]
    not_city_before: tuple[tuple[str, ...], ...]
    not_city_after: tuple[tuple[str, ...], ...]
    team_after: tuple[tuple[str, ...], ...]
    product_after: tuple[tuple[str, ...], ...]


@cache
def cues() -> CityCues:
    """The lexicon, each phrase split into lower-cased words."""
    data = read_json("city_cues.json")

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        # longest first so "police department" is tried before "police"
        return tuple(sorted((tuple(p.split()) for p in data[name]), key=len, reverse=True))

    return CityCues(
        institutions_after=phrases("institutions_after"),
        city_before=phrases("city_before"),
        locative_before=frozenset(data["locative_before"]),
        state_after=phrases("state_after"),
        state_before=phrases("state_before"),
        not_city_before=phrases("not_city_before"),
        not_city_after=phrases("not_city_after"),
        team_after=phrases("team_after"),
        product_after=phrases("product_after"),
    )


@dataclass
class Mention:
    """A place name in the text, before it is linked."""

    start: int  # token indices of the name itself
    end: int
    key: str  # gazetteer lookup key
    sentence: int  # index of its sentence
    qualifier: str | None = None  # state code written after it ("Aurora, Colo.")
    tagged: bool = False  # the NER tagged exactly this name as a GPE
    cued: bool = False  # an institution or "city of" shows it is a city
    weak: bool = False  # only a preposition before it suggests a place


@dataclass
class _Article:
    """What the article says about places, for disambiguation."""

    states_by_sentence: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    states: Counter[str] = field(default_factory=Counter)
    person_words: set[str] = field(default_factory=set)
    storms: set[str] = field(default_factory=set)  # keys of names given to storms ("Hurricane Sandy")
    common_words: set[str] = field(default_factory=set)  # words the article writes in lower case


def extract_cities(doc: Doc) -> list[CityRecord]:
    """The US cities the article names, each with its mentions, in order of first mention."""
    if len(doc) == 0:
        return []
    sentence_of = _sentence_index(doc)
    article = _read_article(doc, sentence_of)
    mentions = [m for m in _find_mentions(doc, sentence_of) if _acceptable(doc, m, article)]
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_key[mention.key].append(mention)

    linked = _link(by_key, article)
    records: dict[tuple[str, str], CityRecord] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        place = linked.get(mention.key)
        if place is None:
            continue
        record = records.setdefault(
            (place.name, place.state),
            CityRecord(city=place.name, state=place.state, population=place.population),
        )
        span = doc[mention.start : mention.end]
        record.mentions.append((span.start_char, span.end_char))
    return list(records.values())


def _link(by_key: dict[str, list[Mention]], article: _Article) -> dict[str, Place]:
    """The place each name means: first the names that need no context, then the rest with those as anchors."""
    linked: dict[str, Place] = {}
    for name_key, group in by_key.items():
        place = _unambiguous(group)
        if place is not None:
            linked[name_key] = place
    # Neighbourhoods named without doubt ("Jackson Heights") also tell where the article is.
    anchors = list(linked.values()) + [
        only[0]
        for name_key in by_key
        if len(only := gazetteer.places_by_name().get(name_key, ())) == 1 and only[0].section_of
    ]
    # Two rounds: places settled by context in the first help settle the rest.
    for _ in range(2):
        for name_key, group in by_key.items():
            if name_key not in linked and not any(m.qualifier for m in group):
                place = _choose(group, anchors, article)
                if place is not None:
                    linked[name_key] = place
        anchors = anchors + [p for p in linked.values() if p not in anchors]
    _drop_stray_small_places(linked, by_key, article, [a for a in anchors if a.section_of])
    return linked


def _drop_stray_small_places(
    linked: dict[str, Place], by_key: dict[str, list[Mention]], article: _Article, sections: list[Place]
) -> None:
    """Unlink a small town named in passing far from everything else the article names, in a state
    it never names: in a Brooklyn story "Prospect Heights" is the neighbourhood, not the Illinois
    town. A state written with it ("Sanford, Florida") keeps it."""
    for name_key, place in list(linked.items()):
        if place.population >= MID_PLACE or article.states[place.state] > 0:
            continue
        if any(m.qualifier is not None for m in by_key[name_key]):
            continue
        others = [p for k, p in linked.items() if k != name_key] + sections  # (a neighbourhood tells where too)
        if place.population < SMALL_PLACE and _landmark_name(place.name) and not any(m.cued for m in by_key[name_key]):
            del linked[name_key]  # "dead fish in Prospect Park": the park, not the small New Jersey borough
            continue
        far = all(gazetteer.distance_km(place, other) > FAR_KM for other in others)
        if place.population < SMALL_PLACE and far:
            del linked[name_key]  # (with nothing else named, a lone small town is as doubtful)
        elif far and others and _together(others) and not any(m.cued for m in by_key[name_key]):
            del linked[name_key]  # "at Bellevue" in a New York story: the hospital, not the Washington city


def _is_city_section(text: str) -> bool:
    """Whether the text names above all a part of a city ("the Bronx", "Queens")."""
    found = gazetteer.places_by_name().get(gazetteer.key(text), ())
    return bool(found) and bool(found[0].section_of)  # (Brooklyn, Maryland is far smaller than the borough)


def _landmark_name(name: str) -> bool:
    """A name that ends in a street or landmark word ("Prospect Park", "Forest Hills Center")."""
    last = name.split()[-1].casefold()
    return len(name.split()) > 1 and (last,) in cues().not_city_after


def _together(places: list[Place]) -> bool:
    """Whether the places all lie in one region."""
    return all(gazetteer.distance_km(a, b) <= REGION_KM for a in places for b in places)


# --- finding mentions -------------------------------------------------------------


def _sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token (0 everywhere when the doc has no parse)."""
    index = [0] * len(doc)
    if not doc.has_annotation("SENT_START"):
        return index
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def _read_article(doc: Doc, sentence_of: list[int]) -> _Article:
    """The states the article names (by sentence) and the words of its person names."""
    article = _Article()
    article.storms = {gazetteer.key(m.group(1)) for m in STORM.finditer(doc.text)}
    article.common_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    for start, states in _county_states(doc.text):
        # "Nassau County police", "Westchester police": a county or county force tells the state
        for state in states:
            article.states[state] += 1
            article.states_by_sentence[sentence_of[_token_at(doc, start)]].add(state)
    for ent in doc.ents:
        if ent.label_ == "GPE":
            code = gazetteer.state_code(_strip_span(ent).text)
            if code is not None and not is_city_state_name(_strip_span(ent).text):
                article.states[code] += 1
                article.states_by_sentence[sentence_of[ent.start]].add(code)
        elif ent.label_ == "PERSON":
            # "Antonio Perez/Chicago Tribune": a photo credit, the name ends at the slash
            words = ent.text.split("/")[0].split()
            if len(words) > 1:
                article.person_words.update(gazetteer.key(w) for w in words if w[:1].isupper())
    return article


def _county_states(text: str) -> list[tuple[int, set[str]]]:
    """Where the text names a county ("Nassau County", "Westchester police") and the states that
    county may be in, when there are few."""
    found = []
    for match in COUNTY.finditer(text):
        counties = counties_by_base().get(match.group(1).removesuffix(" County").casefold(), ())
        if 0 < len(counties) <= MAX_COUNTY_STATES:
            found.append((match.start(), {c.state for c in counties}))
    return found


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token that starts at character ``char`` (the first token if none does)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _strip_span(span: Span) -> Span:
    """The span without a leading "the" and a trailing possessive."""
    start, end = span.start, span.end
    if end - start > 1 and span.doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and span.doc[end - 1].text in POSSESSIVES:
        end -= 1
    return span.doc[start:end]


def _find_mentions(doc: Doc, sentence_of: list[int]) -> list[Mention]:
    """Every longest token run whose text is a gazetteer name or alias."""
    names = gazetteer.places_by_name()
    aliases = gazetteer.city_aliases()
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not token.text[:1].isupper():
            i += 1
            continue
        match = None
        for size in range(min(MAX_NAME_TOKENS, len(doc) - i), 0, -1):
            span = doc[i : i + size]
            if span[-1].is_punct and size > 1:
                continue
            name_key = gazetteer.key(span.text)
            if name_key in names or name_key in aliases:
                match = Mention(i, i + size, name_key, sentence_of[i])
                break
        if match is None:
            i += 1
            continue
        _describe(doc, match)
        found.append(match)
        qualifier = _qualifier(doc, match.end)
        i = qualifier[1] if qualifier is not None else match.end  # "Seattle, Washington": one place
    return found


def _describe(doc: Doc, mention: Mention) -> None:
    """Fill in what the words around a mention say about it."""
    span = doc[mention.start : mention.end]
    qualifier = _qualifier(doc, mention.end)
    mention.qualifier = qualifier[0] if qualifier is not None else None
    ent = _entity_of(span)
    mention.tagged = _tagged_as_place(ent, mention)
    words = [t.lower_ for t in doc[mention.end : mention.end + 4]]
    if words and words[0] in POSSESSIVES:
        words = words[1:]
    before = [t.lower_ for t in doc[max(0, mention.start - 3) : mention.start]]
    if before and before[-1] == "the":
        before = before[:-1]
    mention.cued = _starts_with_any(words, cues().institutions_after) or _ends_with_any(before, cues().city_before)
    if ent is not None and ent.label_ in {"ORG", "FAC"}:
        # "the Philadelphia Police Department" but not "the Chicago Tribune"
        mention.cued = mention.cued and _strip_span(ent).start == mention.start
    if mention.key in gazetteer.city_institutions():
        mention.cued = True  # "NYPD" is New York City's police, whatever the NER says
    label = ent.label_ if ent is not None else ""
    mention.weak = (
        label in {"", "PERSON", "NORP", "LOC", "FAC"}
        and bool(before)
        and before[-1] in cues().locative_before
        and all(t.tag_ == "NNP" for t in span)
    )


def _tagged_as_place(ent: Span | None, mention: Mention) -> bool:
    """Whether the NER tagged exactly this name as a GPE."""
    if ent is None or ent.label_ != "GPE":
        return False
    core = _strip_span(ent)
    core_end = core.end
    if mention.qualifier is not None and core_end > mention.end:
        core_end = mention.end  # "Aurora, Colo." tagged as one entity
    return core.start == mention.start and core_end == mention.end


def _entity_of(span: Span) -> Span | None:
    """The entity the span's first token belongs to."""
    return docindex.index(span.doc).entity(span.start)


def _qualifier(doc: Doc, end: int) -> tuple[str, int] | None:
    """The state in ", Colo." / ", Colorado" right after a name: its code and where it ends."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for size in (3, 2, 1):
        if end + 1 + size > len(doc):
            continue
        words = doc[end + 1 : end + 1 + size]
        code = gazetteer.state_code(words.text)
        if code is not None and words[0].text[:1].isupper():
            return code, end + 1 + size
    return None


def _starts_with_any(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in phrases)


def _ends_with_any(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(len(words) >= len(p) and tuple(words[-len(p) :]) == p for p in phrases)


# --- deciding -------------------------------------------------------------------------


def is_city_state_name(text: str) -> bool:
    """A state name news also uses for a big city: "New York", "Washington"."""
    if not gazetteer.is_state_name(text):
        return False
    name_key = gazetteer.key(text)
    if name_key in gazetteer.city_aliases():
        return True
    return any(p.population >= PROMINENT_CITY for p in gazetteer.places_by_name().get(name_key, ()))


def _acceptable(doc: Doc, mention: Mention, article: _Article) -> bool:
    """Whether the mention speaks of a place that may be a city."""
    text = doc[mention.start : mention.end].text
    if gazetteer.is_country(text):
        return False
    if mention.key in article.person_words and mention.qualifier is None and not mention.cued:
        return False  # "Jackson" where the article names Andrew Jackson
    if _common_word(doc, mention, article):
        return False  # "Union officials spoke ... union members cheered": the word, not Union, N.J.
    if _inside_longer_name(doc, mention, mention.cued):
        return False  # "Madison Avenue", "the Washington Post", "Kamasi Washington"
    if not mention.cued and mention.start > 0 and doc[mention.start - 1].lower_ == "the":
        return False  # "break out the Corona", "the Prospect Heights house": not a city by name
    if _ends_with_any(_words_before(doc, mention), cues().not_city_before):
        return False  # "the neighborhood of Prospect Heights"
    if _starts_with_any([t.lower_ for t in doc[mention.end : mention.end + 2]], cues().not_city_after):
        return False  # "Lexington avenue", "the Brooklyn bridge"
    if gazetteer.is_state_name(text) and (not is_city_state_name(text) or _reads_as_state(doc, mention)):
        return False  # a state is never a city; "New York" and "Washington" may be either
    if _names_something_else(doc, mention, article):
        return False
    return mention.tagged or mention.cued or mention.qualifier is not None or mention.weak


def _common_word(doc: Doc, mention: Mention, article: _Article) -> bool:
    """A one-word name the NER does not tag as a place, which the article also writes in lower case."""
    if mention.tagged or mention.qualifier is not None or mention.end - mention.start != 1:
        return False
    return doc[mention.start].lower_ in article.common_words


def _names_something_else(doc: Doc, mention: Mention, article: _Article) -> bool:
    """A street corner, a person, a team, a work, a product or a storm that bears the place's name."""
    start, end = mention.start, mention.end
    if street_corner(doc, start, end) or used_as_a_person(doc, start, end) or in_title_of_a_work(doc, start, end):
        return True
    if names_a_team(doc, end, cues().team_after) or names_a_product(doc, end, cues().product_after):
        return True
    if listed_as_counties(doc, end) or listed_in_a_section(doc, end, _is_city_section):
        return True
    return mention.key in article.storms  # "homes destroyed in Sandy" after "Hurricane Sandy"


def _inside_longer_name(doc: Doc, mention: Mention, cued: bool) -> bool:
    """Whether capitalised words run on before or after the name, making it part of another name.
    After a cued name ("Chicago Police") only the words before count ("South Hampton Schools")."""
    if mention.end < len(doc) and not cued:
        after = doc[mention.end]
        if after.text in POSSESSIVES and mention.end + 1 < len(doc):
            after = doc[mention.end + 1]  # "St. George's Episcopal Church"
        title_words = roles.title_first_words()
        if after.text[:1].isupper() and after.tag_ in NAME_TAGS and after.text not in title_words:
            return True  # but "Denver Mayor", "New York City Democratic Mayor" name the city
    if mention.start > 0:
        before = doc[mention.start - 1]
        if re.fullmatch(r"[A-Z]\.?", before.text):
            return True  # "A Henderson (Glasgow)": an initial opens a person's name
        return before.tag_ in NAME_TAGS and before.text[:1].isupper() and not before.is_sent_start
    return False


def _words_before(doc: Doc, mention: Mention) -> list[str]:
    words = [t.lower_ for t in doc[max(0, mention.start - 3) : mention.start]]
    if words and words[-1] == "the":
        words = words[:-1]
    return words


def _reads_as_state(doc: Doc, mention: Mention) -> bool:
    """Whether "New York" / "Washington" here is the state, not the city."""
    if mention.qualifier is not None:
        return False  # "Washington, D.C."
    after = [t.lower_ for t in doc[mention.end : mention.end + 4]]
    if after and after[0] in POSSESSIVES:
        after = after[1:]
    before = [t.lower_ for t in doc[max(0, mention.start - 3) : mention.start]]
    if before and before[-1] == "the":
        before = before[:-1]
    if _starts_with_any(after, cues().state_after) or _ends_with_any(before, cues().state_before):
        return True
    if mention.start >= 2 and doc[mention.start - 1].text == "," and doc[mention.start - 2].tag_ in NAME_TAGS:
        return True  # "Wappingers Falls, New York": the state of a town named before it
    # "states like Colorado, Illinois and New York": coordinated with other states
    head = doc[mention.end - 1]
    for other in head.conjuncts:
        if other.ent_type_ == "GPE" and gazetteer.is_state_name(other.text) and not is_city_state_name(other.text):
            return True
    return False


def _unambiguous(group: list[Mention]) -> Place | None:
    """The place when the name or a written state settles it without context."""
    qualified = [m.qualifier for m in group if m.qualifier is not None]
    name_key = group[0].key
    alias = gazetteer.city_aliases().get(name_key)
    if alias is not None and not qualified:
        return gazetteer.place(*alias)
    candidates = gazetteer.places_by_name().get(name_key, ())
    if qualified:
        state = Counter(qualified).most_common(1)[0][0]
        place = next((p for p in candidates if p.state == state), None)
        return None if place is None or place.section_of else place
    if len(candidates) == 1 and _plain(candidates[0], name_key) and not all(m.weak for m in group):
        return candidates[0]
    return None


def _plain(place: Place, name_key: str) -> bool:
    """A place that a bare mention may mean: not a neighbourhood, foreign namesake or state name."""
    if place.section_of or place.abroad:
        return False
    if gazetteer.is_state_name(name_key):
        return place.population >= PROMINENT_CITY  # Washington, DC, not Washington, Utah
    return True


def _choose(group: list[Mention], anchors: list[Place], article: _Article) -> Place | None:
    """Pick among same-named places by the article's states and neighbouring cities."""
    candidates = gazetteer.places_by_name().get(group[0].key, ())
    if not candidates:
        return None
    sentences = {m.sentence for m in group}

    def strong(place: Place) -> bool:
        same_sentence = any(place.state in article.states_by_sentence.get(s, set()) for s in sentences)
        near = any(gazetteer.distance_km(place, a) <= NEAR_KM for a in anchors if a != place)
        return same_sentence or near

    anchor_states = {a.state for a in anchors}

    def score(place: Place) -> int:
        same_sentence = any(place.state in article.states_by_sentence.get(s, set()) for s in sentences)
        distances = [gazetteer.distance_km(place, a) for a in anchors if a != place]
        return (
            3 * same_sentence
            + 2 * any(d <= NEAR_KM for d in distances)
            + (article.states[place.state] > 0 or place.state in anchor_states)
            + any(d <= REGION_KM for d in distances)
            + (place is candidates[0])  # the best-known bearer of the name
        )

    # Neighbourhoods compete too ("Corona" near New York City is the Queens one),
    # but a neighbourhood that wins is not reported as a city.
    usable = [p for p in candidates if _plain(p, group[0].key) or p.section_of or strong(p)]
    if not usable:
        return None
    def nearness(place: Place) -> float:
        # between equally supported namesakes the one nearer the article's other places wins
        # ("Harrison" in a story about New York City is the New Jersey town across the river)
        distances = [gazetteer.distance_km(place, a) for a in anchors if a != place]
        return -min(distances) if distances and min(distances) <= NEAR_KM else 0.0

    best = max(usable, key=lambda p: (score(p), nearness(p), p.population))
    top = usable[0]
    if best is not top and top.population >= DOMINANCE * best.population and not strong(best):
        best = top
    if best.section_of:
        return None  # "Manhattan" alone means the borough, not Manhattan, Kansas
    if score(best) <= 1 and len(usable) > 1 and best.population < CLEAR_LEAD * usable[1].population:
        return None  # "Forest Park" with nothing in the article to tell which
    if all(m.weak for m in group) and not strong(best):
        return None  # "in Enterprise" with nothing nearby pointing at Nevada
    return best
