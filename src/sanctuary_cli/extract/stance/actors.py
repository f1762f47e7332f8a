"""Who takes a position, whom they speak for, and which city it is about.

The actor of a cue is the subject of its clause ("Chicago police will not
collaborate"), the possessor of a cue noun ("the city's refusal"), the
person a pronoun points back to, or, inside a quote, its speaker. The voice
says whether the actor speaks for the city government ("city": mayor,
council, police, spokespeople, ordinances), is a dissenting local official
("local": an alderman), the state, the federal government, or someone else.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.model import CityRecord, PersonRecord, QuoteRecord
from sanctuary_cli.extract.people import roles
from sanctuary_cli.extract.people.people import find_person, resolve_role
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.counties import CountyRecord
from sanctuary_cli.extract.stance.actor_places import CITY_WORDS, headed_by_place, own_place
from sanctuary_cli.extract.stance.framing import is_advised, refusing_clause
from sanctuary_cli.extract.stance.lexicon import Body, StanceLexicon
from sanctuary_cli.extract.stance.locatives import is_locative
from sanctuary_cli.extract.stance.mentions import Mentions
from sanctuary_cli.extract.stance.subjects import (
    PERSONAL,
    RELATIVE_TAGS,
    antecedent_subject,
    clause_subject,
    demanding_subject,
    demanding_verb,
    earlier_subject,
    joined_party,
    relative_antecedent,
    reporting_subject,
)
from sanctuary_cli.extract.stance.voices import person_voice

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAUSE_MODIFIERS = frozenset({"relcl", "advcl"})  # "police in Denver, where Abbott sent ..." is not the actor
OPPOSED_PARTIES = frozenset({"against", "versus", "vs", "vs."})  # who an act is aimed at, never who acts
MAX_ACTOR_WORDS = 8  # longer subject phrases are shown cut
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
PEOPLE_BODIES = frozenset({"Police", "Sheriff", "Council member", "Spokesperson"})  # bodies that are people
QUANTIFIERS = frozenset({"many", "some", "most", "all", "several", "few", "other", "any"})


@dataclass(frozen=True)
class Actor:
    """The one who takes a position, as far as the article tells."""

    name: str | None  # canonical person name or the body as worded ("Chicago police")
    role: str | None  # "Mayor", "Police", "City Council", "Governor"...
    voice: str  # city, local, state, federal, other
    city: CityRecord | None = None  # the city the actor belongs to, when known
    tokens: tuple[int, ...] = ()  # token indices of the actor's phrase in the text
    resolved: bool = True  # False when no subject could be identified
    person: bool = False  # a person of the article, not an institution
    generic: bool = False  # a group of places ("some cities"), never one city


UNKNOWN = Actor(None, None, "city", resolved=False)
# Words quoted from nobody in particular could be anyone's: a protester's as well as the mayor's.
UNATTRIBUTED_QUOTE = Actor(None, None, "other", resolved=False)
# Governments outside the place's own: what they say of it is theirs ("cities that DHS said declined")
OUTSIDE_VOICES = frozenset({"federal", "state"})
# An act someone was made to do by nobody named ("the city was forced to honor detainers"): no one's position
IMPOSED = Actor(None, None, "other", resolved=False)


def person_actor(person: PersonRecord, index: Mentions, tokens: tuple[int, ...] = ()) -> Actor:
    """An actor for a person of the article."""
    return Actor(
        person.name,
        person.role,
        person_voice(person, index),
        index.city_named(person.jurisdiction),
        tokens,
        person=True,
    )


def phrase_tokens(head: Token) -> tuple[int, ...]:
    """The actor's phrase: the subject's subtree without the clauses that describe it.

    "Police in Denver, where Abbott sent migrants" is Denver's police, not
    Abbott; "an order allowing ICE agents into jails" is an order, not ICE.
    Only the agent of a describing clause stays: "an order signed by Mayor
    Johnson" keeps its signer.
    """
    found: list[int] = []
    stack = [head]
    while stack and len(found) < 3 * MAX_ACTOR_WORDS:
        token = stack.pop()
        found.append(token.i)
        for child in token.children:
            if child.dep_ == "acl":
                stack.extend(agent for agent in child.children if agent.dep_ == "agent")
            elif child.dep_ == "prep" and child.lower_ in OPPOSED_PARTIES:
                continue  # "a lawsuit against the sheriff": the sheriff is sued, not suing
            elif child.dep_ == "prep" and is_locative(child):
                continue  # "Millbrook, a town near Eastvale": Eastvale only places Millbrook
            elif child.dep_ not in CLAUSE_MODIFIERS:
                stack.append(child)
    return tuple(sorted(found))


def _shown(words: str) -> str:
    """A subject phrase as an actor name: leading article dropped, cut to a few words."""
    parts = words.split()
    if parts and parts[0].casefold() in DETERMINERS:
        parts = parts[1:]
    return " ".join(parts[:MAX_ACTOR_WORDS])


def _names_a_state(text: str) -> bool:
    """Whether a phrase names a state by its full name ("California's main sanctuary law")."""
    words = text.replace("’", "'").replace("'s", "")
    return any(name in words for name in gazetteer.state_names())


def _titles(words: list[str]) -> list[str]:
    """The titles of one person the words hold ("the mayor", "the border czar"), from roles.json."""
    folded = roles.lexicon().folded
    found = []
    for size in (2, 1):
        for at in range(len(words) - size + 1):
            form = folded.get(" ".join(words[at : at + size]))
            if form is not None and form.level != "none" and form.role not in found:
                found.append(form.role)
    return found


def _label_words(words: list[str]) -> set[str]:
    """The words that only complete a label ("sanctuary city policies"): not a place of the actor's own."""
    return {word for before, word in itertools.pairwise(words) if before == "sanctuary"}


def _body_voice(body: Body, text: str, words: list[str], place: CityRecord | None) -> str:
    """The voice of an institution, from its kind and the place its phrase names."""
    county = isinstance(place, CountyRecord)
    if county and body.voice in {"city", "local"}:
        return "county"  # "Fairfax County police"
    if body.role == "State" and place is not None and not county and "state" not in words:
        return "city"  # "lawmakers in San Francisco": the city's own lawmakers
    if body.voice == "city" and place is None and ("state" in words or _names_a_state(text)) and "city" not in words:
        return "state"  # "California's sanctuary law", "the state's law", "state and local police"
    own = set(words) - _label_words(words)
    if body.placed and place is None and not CITY_WORDS & own:
        return "other"  # "the new law", "sanctuary city policies": no one place's, the phrase does not say
    return body.voice


def _bodies_named(text: str, words: list[str], lexicon: StanceLexicon) -> list[Body]:
    """The first institution the phrase names; of "an agreement between the police and ICE" the
    local party, since the federal one is what the agreement is with."""
    named = [body for body in lexicon.bodies if body.pattern.search(text)]
    if "between" in words and any(body.voice != "federal" for body in named):
        named = [body for body in named if body.voice != "federal"]
    return named[:1]


def body_actor(
    text: str, index: Mentions, tokens: tuple[int, ...] = (), place: CityRecord | None = None, headed: bool = True
) -> Actor | None:
    """An institution named in the phrase ("Chicago police", "the City Council"), if any.

    A role noun that points to one person ("the mayor", "Chicago's mayor")
    becomes that person when the article names them. With no institution
    named, the phrase is its place's government only when ``headed``: the
    place or its officials head it, not "advocates in Eugene".
    """
    lexicon = index.lexicon
    words = text.casefold().replace("’", "'").replace("'s", "").split()
    for role in _titles(words):
        person = resolve_role(index.people, role, place.city if place else None)
        if person is not None:
            return person_actor(person, index, tokens)
    generic = place is None and any(word in lexicon.generic_plurals for word in words)
    for body in _bodies_named(text, words, lexicon):
        voice = _body_voice(body, text, words, place)
        if voice == "state" and body.voice == "city" and index.cities_in_tokens(tokens):
            voice = "city"  # "departments like the one in Columbus, Ohio": the state only places the city
        return Actor(_shown(text) or body.role, body.role, voice, place, tokens, generic=generic)
    if place is not None and headed:  # "Los Angeles became the latest city to ...", "Eugene officials"
        county = isinstance(place, CountyRecord)
        role, voice = ("County government", "county") if county else ("City government", "city")
        return Actor(place.city, role, voice, place, tokens)
    return None


def _bare_plural(head: Token) -> bool:
    """A plural noun with no determiner or owner ("officers", "police officers", "many officers"):
    people of a kind in general, not one place's. "Police" alone, as in "Police said", stays one force."""
    if head.tag_ != "NNS" or head.lower_ == "police":
        return False
    return not any(child.dep_ in {"det", "poss"} and child.lower_ not in QUANTIFIERS for child in head.children)


def _any_one(head: Token) -> bool:
    """A noun taken as any one of its kind: "any city that ...", "every county", "each department"."""
    return any(child.dep_ == "det" and child.lower_ in {"any", "every", "each"} for child in head.children)


def _phrase_person(head: Token, tokens: tuple[int, ...], index: Mentions) -> PersonRecord | Token | None:
    """The person a subject phrase names or its owner pronoun points to ("his administration"), or
    the noun a relative clause's pronoun stands for ("a sheriff who said her office would")."""
    doc = index.doc
    person = index.person_covering(head.idx, head.idx + len(head))
    for i in tokens:
        if person is not None:
            return person
        person = index.person_covering(doc[i].idx, doc[i].idx + len(doc[i]))
    if person is not None:
        return person
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in PERSONAL), None)
    if owner is None:
        return None
    antecedent = relative_antecedent(owner)
    if antecedent is not None and antecedent.i != head.i:
        return antecedent
    return index.person_before(owner.idx, PERSONAL[owner.lower_])


def phrase_actor(head: Token, index: Mentions) -> Actor:
    """The actor a subject phrase names: a person, a role, an institution or someone else."""
    doc = index.doc
    tokens = phrase_tokens(head)
    person = _phrase_person(head, tokens, index)
    if isinstance(person, PersonRecord):
        return person_actor(person, index, tokens)
    if person is not None:
        return phrase_actor(person, index)
    text = "".join(doc[i].text_with_ws for i in tokens).strip()
    body = body_actor(text, index, tokens, own_place(index, tokens, head), headed_by_place(head, index))
    if body is not None and body.city is None and _any_one(head):
        return replace(body, generic=True)  # "any city that limits cooperation": no city in particular
    if body is not None and body.city is None and body.role in PEOPLE_BODIES and _bare_plural(head):
        return replace(body, generic=True)  # "police officers can already ask": officers anywhere
    if body is not None:
        return body
    return Actor(_shown(text) or None, None, "other", None, tokens)


def _speaker_actor(quote: QuoteRecord, index: Mentions) -> Actor | None:
    """The actor for words inside a quote: its speaker."""
    if not quote.speaker:
        return None
    person = find_person(index.people, quote.speaker)
    if person is not None:
        return person_actor(person, index)
    for text in (quote.speaker_mention, quote.speaker):
        if text:
            named = index.cities_in_text(text)
            body = body_actor(text, index, place=named[0] if named else None)
            if body is not None:
                return body
    return Actor(quote.speaker, None, "other")


def actor_for(trigger: Token, index: Mentions, quote: QuoteRecord | None = None) -> Actor:
    """Who takes the position a cue word expresses.

    A quote's speaker; else the subject of the cue's clause. When the
    clause is reported speech and its subject is no person ("Alderman Ruiz
    said the city needs those funds", "Police told NewsNation that it does
    not assist"), the position is the reporter's, if the reporter is a
    person or the subject says nothing by itself.
    """
    if quote is not None:
        speaker = _speaker_actor(quote, index)
        return speaker if speaker is not None else UNATTRIBUTED_QUOTE
    reporter_token = reporting_subject(trigger)
    reporter = actor_for_subject(reporter_token, index) if reporter_token is not None else UNKNOWN
    demanding = _demanding_actor(trigger, index, reporter, reporter_token is not None)
    if demanding is not None:
        return demanding
    subject = clause_subject(refusing_clause(trigger) or trigger, index)  # "if X, we will not": "we" refuse X
    if subject is not None and _opaque(subject):
        antecedent = antecedent_subject(subject)
        if antecedent is not None:
            return _reported(actor_for_subject(antecedent, index), reporter)
    if subject is None or subject.tag_ in RELATIVE_TAGS or _opaque(subject):
        joined = joined_party(trigger) if not reporter.resolved else None
        if joined is not None:  # "joined officials in Denver and Seattle in saying they will"
            first, end = joined
            return replace(actor_for_subject(first, index), tokens=tuple(range(first.left_edge.i, end)))
        if subject is not None and _opaque(subject):
            return reporter if reporter_token is not None else _earlier_actor(subject, index)
        return reporter if reporter.person or reporter.voice in OUTSIDE_VOICES else UNKNOWN
    return _reported(_acting_actor(subject, index), reporter)


def _acting_actor(subject: Token, index: Mentions) -> Actor:
    """The actor a clause's subject names, unless it is the federal side acted on."""
    actor = actor_for_subject(subject, index)
    if subject.dep_ == "nsubjpass" and actor.voice == "federal":
        return UNKNOWN  # "ICE detainers were ignored": ICE is acted on, not acting
    return actor


def _demanding_actor(trigger: Token, index: Mentions, reporter: Actor, reported: bool) -> Actor | None:
    """Who demands the act, when the cue is something asked of someone rather than done: the one
    who says it should or must be done, or who urges, orders or forces it."""
    if reported and reporter.resolved and is_advised(trigger):
        return reporter  # "advocates said the city should refuse detainers": the advocates' demand
    demand = demanding_verb(trigger)
    if demand is None:
        return None
    demander = demanding_subject(demand)  # "activists urged the city to refuse detainers"
    return _reported(actor_for_subject(demander, index), reporter) if demander is not None else IMPOSED


def _earlier_actor(pronoun: Token, index: Mentions) -> Actor:
    """Who an "it" with no reporter stands for: the institution a sentence before names, else no one."""
    earlier = earlier_subject(pronoun, index)
    return actor_for_subject(earlier, index) if earlier is not None else UNKNOWN


def _opaque(subject: Token) -> bool:
    """A pronoun that names no one by itself: "it", "we", "they"."""
    return subject.tag_ in {"PRP", "PRP$"} and subject.lower_ not in PERSONAL


def _reported(actor: Actor, reporter: Actor) -> Actor:
    """Whose claim a reported clause is: its subject's, or the reporter's."""
    if reporter.person and reporter.voice != "other" and not actor.person:
        return reporter  # an official's claim; a lawyer reporting city policy leaves it the city's
    if reporter.voice in {"federal", "state"} and not actor.person:
        return reporter  # "the governor said the city refuses": alleged by someone outside its government
    if reporter.person and reporter.voice in {"other", "state"} and actor.city is None and not actor.person \
            and actor.resolved:
        return reporter  # "the bill's author, Senator Roe, said police can already ask": his word on police in general
    if reporter.voice == "federal" and (not actor.resolved or actor.voice in {"federal", "other"}):
        return reporter  # "the White House requested that a base be made available to assist"
    if actor.city is None and not actor.generic and reporter.city is not None and actor.voice == reporter.voice:
        return replace(actor, city=reporter.city)  # "the mayor of Chicago said his city will never": Chicago
    return actor


def actor_for_subject(subject: Token, index: Mentions) -> Actor:
    """The actor a subject token stands for (a name, a pronoun for a person, a body)."""
    if subject.tag_ in RELATIVE_TAGS:
        return UNKNOWN
    if subject.tag_ in {"PRP", "PRP$"}:
        end = subject.idx + len(subject)
        person = index.person_covering(subject.idx, end) or (
            index.person_before(subject.idx, PERSONAL[subject.lower_]) if subject.lower_ in PERSONAL else None
        )
        return person_actor(person, index, (subject.i,)) if person else UNKNOWN
    return phrase_actor(subject, index)
