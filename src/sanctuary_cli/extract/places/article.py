"""What one article says about its places before any is linked: the cue lexicon, each place-name
mention, the states the article names (by sentence, also through its counties and county police) and
the words of its people's names."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from sanctuary_cli.extract import docindex
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.counties import County, counties_by_base
from sanctuary_cli.extract.places.statewide import read_as_states
from sanctuary_cli.extract.places.surnames import after_a_given_name
from sanctuary_cli.extract.places.wording import spelt_out_abbreviations
from sanctuary_cli.resources import phrase_words, read_json, read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "’s"})  # "Tulsa is a big city"
STORM = re.compile(r"\b(?:Hurricane|Superstorm|Tropical Storm|Storm|Blizzard|Winter Storm)\s+([A-Z][a-z]+)\b")
COUNTY = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:County|[Pp]olice|[Ss]heriff)\b")
MAX_COUNTY_STATES = 3  # a county name shared by more states ("Orange County") tells nothing alone
MAX_STATE_TOKENS = 3  # "North Carolina", "N. Y." and the like
# "4-1", "2 – 2", "won 1-0."; not "2016-17", a date, nor "1-0.5"
SCORE = re.compile(r"(?<![\d/.-])\d{1,2} ?[-–] ?\d{1,2}(?![\d/-]|\.\d)")
CLUB_WORDS = frozenset({"united", "fc", "sc"})  # words that end a club's name, and other names ("United States")
MAX_TEAM_PLACE_WORDS = 3  # "Oklahoma City Thunder", "San Jose Earthquakes"
MIN_MATCH_TERMS = 2  # a score and two words only a match report writes ("halftime", "goalkeeper")
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
    work_before: frozenset[str]
    business_before: frozenset[str]
    team_before: frozenset[str]
    business_after: frozenset[str]
    unplaced_after: tuple[tuple[str, ...], ...]
    kin_before: frozenset[str]
    federal_departments: frozenset[str]
    city_nouns: frozenset[str]
    venue_nouns: frozenset[str]
    match_verbs: frozenset[str]
    match_words: frozenset[str]
    loss_verbs: frozenset[str]
    result_states: frozenset[str]
    squad_after: tuple[tuple[str, ...], ...]
    position_after: tuple[tuple[str, ...], ...]
    match_report_words: frozenset[str]
    play_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    transfer_words: frozenset[str]
    rail_line_after: frozenset[str]
    rail_words: frozenset[str]
    body_after: tuple[tuple[str, ...], ...]
    park_words: frozenset[str]


@cache
def cues() -> CityCues:
    """The lexicon, each phrase split into lower-cased words."""
    data = read_json("city_cues.json")

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        # longest first so "police department" is tried before "police"
        return tuple(sorted(phrase_words(data[name]), key=len, reverse=True))

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
        work_before=frozenset(data["work_before"]),
        business_before=frozenset(data["business_before"]),
        team_before=frozenset(data["team_before"]),
        business_after=frozenset(data["business_after"]),
        unplaced_after=phrases("unplaced_after"),
        kin_before=frozenset(data["kin_before"]),
        federal_departments=frozenset(data["federal_departments"]),
        city_nouns=frozenset(data["city_nouns"]),
        venue_nouns=frozenset(data["venue_nouns"]),
        match_verbs=frozenset(data["match_verbs"]),
        match_words=frozenset(data["match_words"]),
        loss_verbs=frozenset(data["loss_verbs"]),
        result_states=frozenset(data["result_states"]),
        squad_after=phrases("squad_after"),
        position_after=phrases("position_after"),
        match_report_words=frozenset(data["match_report_words"]),
        play_verbs=frozenset(data["play_verbs"]),
        travel_verbs=frozenset(data["travel_verbs"]),
        transfer_words=frozenset(data["transfer_words"]),
        rail_line_after=frozenset(data["rail_line_after"]),
        rail_words=frozenset(data["rail_words"]),
        body_after=phrases("body_after"),
        park_words=frozenset(data["park_words"]),
    )


@dataclass
class Mention:
    """A place name in the text, before it is linked."""

    start: int  # token indices of the name itself
    end: int
    key: str  # gazetteer lookup key
    sentence: int  # index of its sentence
    qualifier: str | None = None  # state code written after it ("Aurora, Colo.")
    qualifier_end: int = 0  # the token after that state, or after the name when none is written
    qualifier_spelled: bool = False  # ... written as a name a city shares ("New York", "D.C."), not "NY"
    lists_on: bool = False  # what looked like its state is the next city of a list ("Boston, New York and")
    listed: bool = False  # the next city of a list, not the state of the name before ("Boston, New York")
    tagged: bool = False  # the NER tagged exactly this name as a GPE
    cued: bool = False  # an institution or "city of" shows it is a city
    cued_as_a_place: bool = False  # ... or only a word that fits any place ("the St. Albans area")
    called_a_city: bool = False  # an appositive calls it a city or town ("Pinole, a small city")
    called_a_venue: bool = False  # ... or a venue, a business or a band ("Macon, a Southern diner")
    weak: bool = False  # only a preposition before it suggests a place
    attributive: bool = False  # it only describes a thing: "a Mount Sinai surgeon", "his Georgetown home"
    trip_ends: set[str] = field(default_factory=set)  # keys of the names at a trip's other end ("from X to Y")
    trip_states: set[str] = field(default_factory=set)  # a state at a trip's other end ("from X to NY")
    list_state: str | None = None  # the state that closes the list it is in ("Avon and Salem in Oregon")


@dataclass
class Article:
    """What the article says about places, for disambiguation."""

    states_by_sentence: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    states: Counter[str] = field(default_factory=Counter)
    person_words: set[str] = field(default_factory=set)
    person_names: Counter[str] = field(default_factory=Counter)  # its people's names of two words or more, casefolded
    storms: set[str] = field(default_factory=set)  # keys of names given to storms ("Hurricane Sandy")
    common_words: set[str] = field(default_factory=set)  # words the article writes in lower case
    reports_a_match: bool = False  # it writes a score and the words of a match report
    team_places: frozenset[str] = frozenset()  # keys of the names it writes in a team's ("Tulsa Rovers", "FC Tulsa")
    body_places: frozenset[str] = frozenset()  # ... and before a club's, show's or hall's word ("Tulsa Kennel Club")
    counties: set[tuple[str, str]] = field(default_factory=set)  # (county name casefolded, state) it may name
    county_names: set[str] = field(default_factory=set)  # the names it writes as a county's ("Suffolk County")
    listed_states: dict[int, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))  # (name, its
    # list's state) by sentence: "Brooklyn in Ohio" gives Ohio to Brooklyn, not to the sentence's other names
    state_read: frozenset[str] = frozenset()  # city-state names it reads as the state throughout (see statewide)
    spelt_out: frozenset[str] = frozenset()  # abbreviations it spells out as other words ("direct current (DC)")


def sentence_index(doc: Doc) -> list[int]:
    """The sentence number of every token (0 everywhere when the doc has no parse)."""
    index = [0] * len(doc)
    if not doc.has_annotation("SENT_START"):
        return index
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def sentence_at(doc: Doc, i: int) -> Span:
    """The sentence of the token at ``i`` (the whole doc when it has no parse)."""
    return doc[i].sent if doc.has_annotation("SENT_START") else doc[:]


def read_article(doc: Doc, sentence_of: list[int]) -> Article:
    """The states the article names (by sentence) and the words of its person names."""
    article = Article()
    text = docindex.index(doc).text  # built once: Doc.text joins every token anew on each read
    article.storms = {gazetteer.key(m.group(1)) for m in STORM.finditer(text)}
    article.common_words = {t.text for t in doc if t.is_lower and t.is_alpha}
    article.person_words.update(after_a_given_name(doc, article.common_words))
    article.team_places = _team_places(doc)
    article.body_places = _body_places(text)
    article.reports_a_match = _reports_a_match(doc, bool(article.team_places))
    # "a 4-1 defeat by DC United ... gifting the ball to DC", "DC United fans ... DC will now host New York"
    article.team_places |= _names_before_a_club_word(doc)
    article.state_read = read_as_states(text, is_city_state_name)
    article.spelt_out = spelt_out_abbreviations(text)
    for start, counties in _county_mentions(text):
        # "Nassau County police", "Westchester police": a county or county force tells the state
        for county in counties:
            article.states[county.state] += 1
            article.states_by_sentence[sentence_of[_token_at(doc, start)]].add(county.state)
            article.counties.add((county.base.casefold(), county.state))
            article.county_names.add(gazetteer.key(county.base))
    for start, state, within in _region_mentions(text):
        # "a house on Long Island": the state, and the counties a place named with it lies in
        article.states[state] += 1
        article.states_by_sentence[sentence_of[_token_at(doc, start)]].add(state)
        article.counties.update((county, state) for county in within)
    for ent in doc.ents:
        if ent.label_ == "GPE":
            code = gazetteer.state_code(strip_span(ent).text)
            if code is not None and not is_city_state_name(strip_span(ent).text):
                article.states[code] += 1
                article.states_by_sentence[sentence_of[ent.start]].add(code)
        elif ent.label_ == "PERSON":
            # "Antonio Perez/Chicago Tribune": a photo credit, the name ends at the slash
            words = [_without_possessive(w) for w in ent.text.split("/")[0].split()]
            if len(words) > 1:
                article.person_words.update(gazetteer.key(w) for w in words if w[:1].isupper())
                article.person_names[" ".join(words).casefold()] += 1
    return article


def _reports_a_match(doc: Doc, names_a_team: bool) -> bool:
    """Whether the article writes two words of a match report and a score ("a 4-1 loss") or a team's name ("the
    Tulsa Rovers")."""
    terms = cues().match_report_words
    if len({t.lower_ for t in doc if t.lower_ in terms}) < MIN_MATCH_TERMS:
        return False
    return names_a_team or bool(SCORE.search(docindex.index(doc).text))


def _team_places(doc: Doc) -> frozenset[str]:
    """The keys of the names the article writes right before a capitalised team nickname (a club word alone is
    not one): "the Tulsa Rovers" gives "tulsa", "the San Jose Earthquakes" "san jose" (and "jose")."""
    nicknames = [n for n in cues().team_after if n[0] not in CLUB_WORDS]
    firsts = {n[0] for n in nicknames}
    found: set[str] = set()
    after_nickname = 0  # "Red Bulls": "Bulls" is no nickname of its own after "Red"
    for i in range(1, len(doc)):
        if i < after_nickname or doc[i].lower_ not in firsts or not doc[i].text[:1].isupper():
            continue
        words = tuple(t.lower_ for t in doc[i : i + 2])
        sizes = [
            len(n) for n in nicknames if words[: len(n)] == n and all(t.text[:1].isupper() for t in doc[i : i + len(n)])
        ]
        if not sizes:
            continue
        after_nickname = i + max(sizes)
        if doc[i - 1].text[:1].isupper():
            found.update(_names_before(doc, i))
    return frozenset(found | _names_after_a_club_word(doc))


def _names_before_a_club_word(doc: Doc) -> frozenset[str]:
    """The keys of the names right before "United" that ends a club's name ("Tulsa United"), not a longer name
    ("the United States", "United Way"). Not "FC": a home side's "Tulsa City FC" leaves its city's name to mean
    the city too ("a club for the people of Tulsa City")."""
    found: set[str] = set()
    for i in range(1, len(doc)):
        closes = i + 1 == len(doc) or not doc[i + 1].text[:1].isupper()
        if doc[i].text == "United" and closes and doc[i - 1].text[:1].isupper():
            found.update(_names_before(doc, i))
    return frozenset(found)


def _names_after_a_club_word(doc: Doc) -> set[str]:
    """The keys of the names the article writes right after a word that opens a club's name ("FC Tulsa",
    "Sporting Tulsa City"): each run of capitalised words that starts there ("Tulsa", "Tulsa City")."""
    found: set[str] = set()
    for i in range(len(doc) - 1):
        if doc[i].text not in cues().team_before:
            continue
        after: list[str] = []
        for t in doc[i + 1 : i + 1 + MAX_TEAM_PLACE_WORDS]:
            if not t.is_alpha or not t.text[:1].isupper():
                break
            after.append(t.text)
            found.add(gazetteer.key(" ".join(after)))
    return found


def _names_before(doc: Doc, i: int) -> set[str]:
    """The keys of each run of capitalised words that ends right before token ``i`` ("Jose", "San Jose"), and of
    the run without a club's "City" ("the Tulsa City Rovers": a club of Tulsa)."""
    found: set[str] = set()
    before: list[str] = []
    for t in reversed(doc[max(0, i - MAX_TEAM_PLACE_WORDS) : i]):
        if not (t.is_alpha or t.text.endswith(".")) or not t.text[:1].isupper():
            break
        before.insert(0, t.text)
        found.add(gazetteer.key(" ".join(before)))
        if len(before) > 1 and before[-1] == "City":
            found.add(gazetteer.key(" ".join(before[:-1])))
    return found


@cache
def _body_pattern() -> re.Pattern[str]:
    """One to three capitalised words, then a club's, show's or hall's capitalised words (``body_after``)."""
    phrases = sorted((" ".join(w.capitalize() for w in p) for p in cues().body_after), key=len, reverse=True)
    words = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"\b((?:[A-Z][\w.'’-]*\s){{1,{MAX_TEAM_PLACE_WORDS}}}?)(?:{words})\b")


def _body_places(text: str) -> frozenset[str]:
    """The keys of the names the text writes before a club's, show's or hall's words: "the Tulsa Kennel Club Dog
    Show" gives "tulsa" (and "the tulsa"), "New Hope Ballroom" "new hope" and "hope"."""
    found: set[str] = set()
    for match in _body_pattern().finditer(text):
        words = match.group(1).split()
        found.update(gazetteer.key(" ".join(words[i:])) for i in range(len(words)))
    return frozenset(found)


def _without_possessive(word: str) -> str:
    """The word without its possessive ending: "Whitney Houston's song" names Houston."""
    for ending in sorted(POSSESSIVES, key=len, reverse=True):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def _county_mentions(text: str) -> list[tuple[int, tuple[County, ...]]]:
    """Where the text names a county ("Nassau County", "Westchester police") and the counties of the
    name, when there are few."""
    found = []
    for match in COUNTY.finditer(text):
        counties = counties_by_base().get(match.group(1).removesuffix(" County").casefold(), ())
        if 0 < len({c.state for c in counties}) <= MAX_COUNTY_STATES:
            found.append((match.start(), counties))
    return found


@cache
def _regions() -> tuple[re.Pattern[str], dict[str, tuple[str, frozenset[str]]]]:
    """The pattern of the regions of ``state_regions.tsv`` and, by name, each one's state and counties."""
    rows = read_tsv("state_regions.tsv")
    regions = {
        row["region"].removeprefix("the "): (row["state"], frozenset(c.casefold() for c in row["counties"].split(";")))
        for row in rows
    }
    names = "|".join(re.escape(name) for name in sorted(regions, key=len, reverse=True))
    # "Long Island City" is a neighbourhood of Queens, not the island's towns
    return re.compile(rf"\b({names})\b(?! City)"), regions


def _region_mentions(text: str) -> list[tuple[int, str, frozenset[str]]]:
    """Where the text names a region of a state ("Long Island", "the Jersey Shore"), its state and counties."""
    pattern, regions = _regions()
    return [(m.start(), *regions[m.group(1)]) for m in pattern.finditer(text)]


def _token_at(doc: Doc, char: int) -> int:
    """The index of the token that starts at character ``char`` (the first token if none does)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def strip_span(span: Span) -> Span:
    """The span without a leading "the" and a trailing possessive."""
    start, end = span.start, span.end
    if end - start > 1 and span.doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and span.doc[end - 1].text in POSSESSIVES:
        end -= 1
    return span.doc[start:end]


def is_city_state_name(text: str) -> bool:
    """A state name news also uses for a big city: "New York", "Washington"."""
    if not gazetteer.is_state_name(text):
        return False
    name_key = gazetteer.key(text)
    if name_key in gazetteer.city_aliases():
        return True
    return any(p.population >= PROMINENT_CITY for p in gazetteer.places_by_name().get(name_key, ()))


def words_after(doc: Doc, end: int, size: int = 2) -> list[str]:
    """The words after a name, lower-cased, each cut at a hyphen or a slash that joins it to the next: "Lexington
    Av-53 St" and "Lexington Avenue/59th Street" name stations by their streets, the street word joined on."""
    return [re.split(r"[-/]", t.lower_)[0] or t.lower_ for t in doc[end : end + size]]


def starts_with_any(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words begin with one of the phrases."""
    return any(tuple(words[: len(p)]) == p for p in phrases)


def ends_with_any(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words end with one of the phrases."""
    return any(len(words) >= len(p) and tuple(words[-len(p) :]) == p for p in phrases)
