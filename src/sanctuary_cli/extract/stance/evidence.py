"""Evidence of where each city's government stands on federal immigration enforcement.

The article is read in units: each quoted statement (its speaker is the
actor) and each sentence outside them. In every unit the stance lexicon's
cues are found and read with their negations (:mod:`cues`); each cue
gets an actor and a voice (:mod:`actors`) and the cities it is about:
the cities named in the actor's phrase, the actor's own city, the cities the
unit names outside what the cue acts on, or, when it speaks of "the city",
the city the article was last talking about. One unit gives at most one
evidence row per city: its strongest cue, netted against cues that disagree.

Federal pressure (threats, funding cuts, troops) and anything federal
officials say is kept as context with weight 0: it is not the city's stance.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.model import CityRecord, EvidenceRecord, PersonRecord, QuoteRecord
from sanctuary_cli.extract.places.counties import CountyRecord, find_counties
from sanctuary_cli.extract.stance.actors import PEOPLE_BODIES, Actor, actor_for
from sanctuary_cli.extract.stance.claims import CueMatch, find_cues
from sanctuary_cli.extract.stance.facilities import facility_rows
from sanctuary_cli.extract.stance.lexicon import StanceLexicon, load_lexicon
from sanctuary_cli.extract.stance.locatives import locative_tokens
from sanctuary_cli.extract.stance.mentions import Mentions
from sanctuary_cli.extract.stance.verdict import CARVE_OUTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

UNRESOLVED_FACTOR = 0.8  # a position reported with no identifiable actor: the city's, less sure
QUOTE_KINDS = frozenset({"statement"})  # quotes read as units of their own, spoken by the speaker
ACTING_ARCS = frozenset({"nsubj", "nsubjpass", "poss", "ROOT"})
OPPOSING_CLASSES = frozenset({"resistance", "criticism"})
CITY_WORDS = frozenset({"city", "city's", "city’s"})
CITY_DETERMINERS = frozenset({"the", "this", "our", "my", "your"})
# Acts that undo an earlier one ("withdrew its application", "ended the agreement", "repealed"):
# written after the act they undo, they give the final direction
REVERSING_ACTS = frozenset({"withdraw", "end", "repeal", "opt"})
MAX_UNIT_TOKENS = 400  # longer "sentences" (tables, run-on text) are read in pieces


@dataclass
class Unit:
    """A sentence (without its quoted statements) or one quoted statement."""

    kind: str  # "sentence" or "quote"
    start: int  # character offsets of the evidence text
    end: int
    tokens: list[Token]
    quote: QuoteRecord | None = None


def _trimmed(unit: Unit) -> Unit:
    """The unit's offsets fitted to its first and last token."""
    unit.start = unit.tokens[0].idx
    unit.end = unit.tokens[-1].idx + len(unit.tokens[-1])
    return unit


def _units(doc: Doc, quotes: Sequence[QuoteRecord]) -> list[Unit]:
    """Sentences and quoted statements, each token in exactly one unit."""
    statements = sorted((q for q in quotes if q.kind in QUOTE_KINDS and q.end > q.start), key=lambda q: q.start)
    starts = [q.start for q in statements]
    quote_units = [Unit("quote", q.start, q.end, [], q) for q in statements]
    units: list[Unit] = []
    for sentence in doc.sents:
        unit = Unit("sentence", sentence.start_char, sentence.end_char, [])
        for token in sentence:
            at = bisect.bisect_right(starts, token.idx) - 1
            if at >= 0 and token.idx < statements[at].end:
                quote_units[at].tokens.append(token)
                continue
            breaks_line = "\n" in token.text  # a heading or caption ends at a line break
            if breaks_line or len(unit.tokens) >= MAX_UNIT_TOKENS:
                if unit.tokens:
                    units.append(_trimmed(unit))
                unit = Unit("sentence", token.idx, sentence.end_char, [])
            if not breaks_line:
                unit.tokens.append(token)
        if unit.tokens:
            units.append(_trimmed(unit))
    units.extend(unit for unit in quote_units if unit.tokens)
    return sorted(units, key=lambda unit: unit.start)


def _speaks_of_the_city(unit: Unit, index: Mentions) -> bool:
    """Whether the unit says "the city", "this city", "our city" or "the city's" without naming one."""
    for token in unit.tokens:
        if token.lower_ not in CITY_WORDS or token.i == 0:
            continue
        before = token.nbor(-1)
        after = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if before.lower_ not in CITY_DETERMINERS or (after is not None and after.lower_ == "of"):
            continue  # "the latest city", "the city of Denver"
        if not index.cities_between(token.idx, token.idx + len(token)):
            return True
    return False


def _names_an_actor(token: Token) -> bool:
    """Whether the word is, or names, a subject or owner: "Chicago", "Chicago police", "Chicago's"."""
    for _ in range(2):
        if token.dep_ in ACTING_ARCS:
            return True
        if token.dep_ not in {"compound", "flat"} or token.head.i == token.i:
            return False
        token = token.head
    return False


def _places_for(match: CueMatch, actor: Actor, unit: Unit, index: Mentions) -> list[CityRecord]:
    """The cities or counties a claim is about, at the actor's level.

    A place the actor's own phrase names ("Cook County commissioners",
    "Chicago police") is the actor's. Otherwise a county's officers (a
    sheriff, a county board) speak for a county, never for a city, and a
    city's speak for a city, never for its county.
    """
    named = index.cities_in_tokens(actor.tokens)
    if named:
        return named
    if actor.generic and actor.role in PEOPLE_BODIES:
        return []  # "local police", "many officers": a place named elsewhere in the sentence is not theirs
    places = _cities_for(match, actor, unit, index)
    if actor.voice == "county":
        counties: list[CityRecord] = [place for place in places if isinstance(place, CountyRecord)]
        recent = index.city_before(unit.end, county=True) if not actor.generic else None
        return counties or ([recent] if recent is not None else [])  # "14 counties applying": none in particular
    if actor.resolved and actor.voice in {"city", "local"}:
        cities = [place for place in places if not isinstance(place, CountyRecord)]
        if not cities and not index.cities and index.main_county is not None:
            return [index.main_county]  # an article about a county only: its police are the county's
        return cities
    return places


def _cities_for(match: CueMatch, actor: Actor, unit: Unit, index: Mentions) -> list[CityRecord]:
    """The places a cue is about, most specific reading first."""
    if actor.city is not None:
        return [actor.city]
    named: list[CityRecord] = []
    # What a resistance cue acts on is what the city opposes ("pushback against
    # Operation Aurora"); other cues may name the city they act in.
    opposes = match.cue.cls in OPPOSING_CLASSES
    placing = locative_tokens(unit.tokens)  # "a town near Eastvale": Eastvale only places the town
    outside = [
        token
        for token in unit.tokens
        if (not opposes or token.i not in match.target or token.i == match.trigger.i) and token.i not in placing
    ]
    if not actor.resolved:
        # With nobody identified as acting, only a city that acts in the sentence
        # ("Philadelphia remains a sanctuary city") stands for it, not a city
        # that only places someone else ("a federal judge in Seattle").
        outside = [token for token in outside if _names_an_actor(token)]
    for token in outside:
        for city in index.cities_between(token.idx, token.idx + len(token)):
            if city not in named:
                named.append(city)
    if named:
        return named  # "other cities that rebuked him include Denver": the places the group is said to be
    if actor.generic:
        return []
    if _speaks_of_the_city(unit, index):
        recent = index.city_before(unit.start)
        return [recent] if recent is not None else []
    if actor.voice in {"city", "local"} and actor.resolved:
        nearby = index.city_nearby(unit.start)
        return [nearby] if nearby is not None else []
    return []


def _actor_name(actor: Actor, city: CityRecord) -> str | None:
    """A person's name, or an institution of the city by its city ("Chicago Police")."""
    if actor.person or not actor.resolved or actor.voice not in {"city", "local", "county"}:
        return actor.name
    if actor.role in {"City government", "County government"}:
        return city.city
    return f"{city.city} {actor.role}" if actor.role else actor.name


def _row(
    match: CueMatch, actor: Actor, city: CityRecord, unit: Unit, text: str, lexicon: StanceLexicon
) -> EvidenceRecord:
    """One evidence row: the cue's polarity, weighted by who speaks."""
    voice = actor.voice
    polarity = match.polarity
    if match.cue.cls == "pressure" or voice == "federal":
        voice, polarity, weight = "federal", 0.0, 0.0
    else:
        weight = match.strength * lexicon.voice_weight(voice)
        if not actor.resolved:
            weight *= UNRESOLVED_FACTOR
    return EvidenceRecord(
        city=city.city,
        state=city.state,
        text=text[unit.start : unit.end].strip(),
        start=unit.start,
        end=unit.end,
        actor=_actor_name(actor, city),
        actor_role=actor.role,
        voice=voice,
        polarity=polarity,
        weight=round(weight, 4),
        cue=match.phrase,
        kind=unit.kind,
        level="county" if isinstance(city, CountyRecord) else "city",
        act=match.cue.act,
        target=match.aim,
        status=_status(match, voice),
    )


def _status(match: CueMatch, voice: str) -> str:
    """Whether the claim is the place's own act, a possibility, or someone else's word about it."""
    if voice in {"federal", "state", "other"}:
        return "alleged"  # said of the place by someone outside its government
    return "proposed" if match.hypothetical else "done"


def _strength(row: EvidenceRecord) -> tuple[float, bool]:
    """Rank of a row among those of the same unit and city: counted weight, then not context."""
    return (abs(row.polarity) * row.weight, row.voice != "federal")


def _merged(found: list[tuple[str, EvidenceRecord]]) -> EvidenceRecord:
    """One row for a unit and city: the strongest cue, netted against any that disagree.

    ``found`` pairs each row with its cue's class ("background" for a cue
    that only describes the actor). When the cues of one sentence pull both
    ways, what is done (an order allowing ICE into the jails) outweighs a
    status named in passing ("the city's sanctuary laws") or a description
    of the actor, and acts that still disagree are averaged: "police will not
    detain anyone for ICE, under the policy on cooperating" is no cooperation,
    unless the last of them (cues come in text order) undoes what came
    before: a withdrawal, an end, a repeal.
    """
    best = max((row for _, row in found), key=_strength)
    counted = [(cls, row) for cls, row in found if row.weight > 0 and row.polarity != 0]
    if len({row.polarity > 0 for _, row in counted}) < 2:
        return best
    acts = [row for cls, row in counted if cls not in {"status", "background"}]
    decided = _one_way(acts)
    if decided is not None:
        return decided
    rows = acts or [row for _, row in counted]
    total = sum(row.weight for row in rows)
    polarity = sum(row.polarity * row.weight for row in rows) / total
    cues = "; ".join(dict.fromkeys(row.cue for row in sorted(rows, key=_strength, reverse=True)))
    netted = replace(max(rows, key=_strength), polarity=round(polarity, 4), cue=cues)
    carve_out = next((row for row in rows if row.act in CARVE_OUTS and row.polarity < 0), None)
    if carve_out is not None:  # "will not hold anyone for ICE unless convicted of a felony": limit and exception
        netted = replace(netted, act=carve_out.act)
    return netted


def _one_way(acts: list[EvidenceRecord]) -> EvidenceRecord | None:
    """The act that decides a unit's acts, if one does: the strongest when they agree, the last when
    it undoes what came before ("had applied to join the program but withdrew its application")."""
    if acts and len({row.polarity > 0 for row in acts}) < 2:
        return max(acts, key=_strength)
    if acts and acts[-1].act in REVERSING_ACTS:
        return acts[-1]
    return None


def _unit_rows(unit: Unit, index: Mentions, lexicon: StanceLexicon) -> list[EvidenceRecord]:
    """The rows of one unit, one per city."""
    unit_text = index.text[unit.start : unit.end]
    by_city: dict[str, list[tuple[str, EvidenceRecord]]] = {}
    for match in find_cues(unit.tokens, lexicon, unit_text):
        actor = actor_for(match.trigger, index, unit.quote)
        if match.cue.cls == "pressure" and actor.voice != "federal":
            continue  # pressure only means something coming from the federal side
        for city in _places_for(match, actor, unit, index):
            row = _row(match, actor, city, unit, index.text, lexicon)
            kind = "background" if match.background else match.cue.cls
            by_city.setdefault(city.city, []).append((kind, row))
    return [_merged(found) for found in by_city.values()]


def is_on_topic(doc: Doc, lexicon: StanceLexicon) -> bool:
    """Whether the article is about immigration enforcement at all."""
    # Stops at the threshold: a long article is not scanned to its end.
    matches = lexicon.topic.finditer(doc.text)
    return sum(1 for _ in itertools.islice(matches, lexicon.min_topic_hits)) >= lexicon.min_topic_hits


def extract_evidence(
    doc: Doc,
    cities: Sequence[CityRecord],
    people: Sequence[PersonRecord],
    quotes: Sequence[QuoteRecord],
) -> list[EvidenceRecord]:
    """Sentences and quotes that tie a city to a position on federal immigration enforcement."""
    lexicon = load_lexicon()
    if not is_on_topic(doc, lexicon):
        return []
    counties = find_counties(doc.text, cities)
    if not cities and not counties:
        return []
    index = Mentions(doc, cities, people, lexicon, counties)
    rows: list[EvidenceRecord] = []
    for unit in _units(doc, quotes):
        rows.extend(_unit_rows(unit, index, lexicon))
    rows.extend(facility_rows(index.text, index.sentence_starts, counties, lexicon))
    return rows
