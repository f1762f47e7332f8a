"""The stance lexicon: cue words, actor bodies and voice weights, loaded once.

The words themselves live in ``resources/stance_cues.json``; this module only
turns them into lookups and compiled patterns. It imports nothing from spaCy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sanctuary_cli.resources import read_json

LEXICON_FILE = "stance_cues.json"

# The cue classes the extractor knows how to read (see the resource's _format).
CLASSES = frozenset({"cooperation", "resistance", "criticism", "protection", "status", "steadfast", "pressure"})


NOTHING = re.compile(r"(?!x)x")  # a pattern that matches nothing


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: the words that trigger it and what else it needs nearby."""

    cls: str
    forms: frozenset[str]
    weight: float
    requires: tuple[re.Pattern[str], ...]  # every pattern must match the governed words
    context: tuple[re.Pattern[str], ...]  # every pattern must match the sentence or quote
    flips: bool  # reverses a cooperation act it governs ("refused to honor")
    act: str = ""  # the act's name: the entry's first form ("sue", "honor")
    partner: str | None = None  # where the act names whom it helps: "object" (help X) or "with" (work with X)
    implied: tuple[str, ...] = ()  # what the act is of when it has no object: a "veto" is of a bill
    nearby: tuple[re.Pattern[str], ...] = ()  # every pattern must match the cue's paragraph or the one before


@dataclass(frozen=True)
class Body:
    """An institution that can act for a level of government."""

    role: str
    voice: str
    pattern: re.Pattern[str]
    placed: bool = False  # speaks for a place only when its own phrase names one


@dataclass(frozen=True)
class StanceLexicon:
    """Everything the evidence extractor looks up, compiled."""

    cues_by_form: Mapping[str, tuple[Cue, ...]]
    flipping_forms: frozenset[str]
    topic: re.Pattern[str]
    min_topic_hits: int
    bodies: tuple[Body, ...]
    generic_plurals: frozenset[str]
    level_voices: Mapping[str, str]  # roles.json level -> voice
    role_voices: Mapping[str, str]  # roles.json role -> voice, where the level does not say it
    federal_jurisdictions: frozenset[str]
    voice_weights: Mapping[str, float]
    police_abbreviations: Mapping[str, str]
    protections: re.Pattern[str]  # what a protection of immigrants is called: "sanctuary law"
    anti_sanctuary: re.Pattern[str]  # state laws forcing cooperation: "anti-sanctuary law", "SB 4"
    strict_enforcement: re.Pattern[str]  # enforcement itself: ICE, detainers, 287(g)
    federal: re.Pattern[str]  # the federal side: agencies, officials, forces
    enforcement: re.Pattern[str]  # acts and tools of enforcement: deportations, raids, detainers
    antecedent_nouns: frozenset[str] = frozenset()  # "the program", "the bill": point back to a full mention
    county_facilities: tuple[str, ...] = ()  # "Jail", "Correctional Center": a county's own lockup
    federal_custody: re.Pattern[str] = NOTHING  # "ICE custody", "immigration detainees"
    facility_operators: re.Pattern[str] = NOTHING  # "run by", "an ICE facility": not the county's own

    def voice_weight(self, voice: str) -> float:
        """How much evidence spoken in this voice counts toward a city's stance."""
        return self.voice_weights.get(voice, 0.0)


def term_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """One regex matching any of the terms as whole words.

    Case is ignored, except for initialisms (ICE, DHS): those match as written
    or capitalised ("Ice", as some outlets print it) but never as the common
    word "ice". A trailing ``*`` matches any word ending.
    """
    alternatives = []
    for term in sorted(set(terms), key=len, reverse=True):
        stem = term[:-1] if term.endswith("*") else term
        body = r"\s+".join(re.escape(part) for part in stem.split())
        body = body.replace(r"\(", r"\s?\(").replace(r"\)", r"\)?")  # "287 (g)", and "287(g" cut by a tokenizer
        if term.endswith("*"):
            body += r"\w*"
        if stem.isupper() and len(stem) > 1:
            body = f"(?-i:{body}|{re.escape(stem.capitalize())})"
        alternatives.append(body)
    if not alternatives:
        return NOTHING
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def _expand(group: Iterable[str], terms: Mapping[str, list[str]]) -> list[str]:
    """Replace ``@name`` references by the named term list."""
    words: list[str] = []
    for item in group:
        if item.startswith("@"):
            words.extend(terms[item[1:]])
        else:
            words.append(item)
    return words


def _cue(entry: Mapping[str, Any], terms: Mapping[str, list[str]]) -> Cue:
    if entry["class"] not in CLASSES:
        raise ValueError(f"unknown stance cue class {entry['class']!r}")
    return Cue(
        cls=entry["class"],
        forms=frozenset(entry["forms"].lower().split()),
        weight=float(entry["weight"]),
        requires=tuple(term_pattern(_expand(group, terms)) for group in entry.get("requires", [])),
        context=tuple(term_pattern(_expand(group, terms)) for group in entry.get("context", [])),
        nearby=tuple(term_pattern(_expand(group, terms)) for group in entry.get("nearby", [])),
        flips=bool(entry.get("flips", False)),
        act=entry["forms"].split()[0].lower(),
        partner=entry.get("partner"),
        implied=tuple(entry.get("implied", "").split()),
    )


def build_lexicon(data: Mapping[str, Any]) -> StanceLexicon:
    """Compile the resource's JSON into lookups."""
    terms: Mapping[str, list[str]] = {name: entry["words"] for name, entry in data["terms"].items()}
    cues = [_cue(entry, terms) for entry in data["cues"]]
    by_form: dict[str, list[Cue]] = {}
    for cue in cues:
        for form in cue.forms:
            by_form.setdefault(form, []).append(cue)
    return StanceLexicon(
        cues_by_form={form: tuple(found) for form, found in by_form.items()},
        flipping_forms=frozenset(form for cue in cues if cue.flips for form in cue.forms),
        topic=term_pattern(terms["topic"]),
        min_topic_hits=int(data["article_min_topic_hits"]),
        bodies=tuple(
            Body(body["role"], body["voice"], term_pattern(body["words"]), bool(body.get("placed", False)))
            for body in data["bodies"]
        ),
        generic_plurals=frozenset(word.casefold() for word in data["generic_plurals"]),
        level_voices=dict(data["level_voices"]),
        role_voices=dict(data["role_voices"]),
        federal_jurisdictions=frozenset(data["federal_jurisdictions"]),
        voice_weights={voice: float(weight) for voice, weight in data["voice_weights"].items()},
        police_abbreviations=dict(data["police_abbreviations"]),
        protections=term_pattern(terms["protections"]),
        anti_sanctuary=term_pattern(terms["anti_sanctuary"]),
        strict_enforcement=term_pattern(terms["strict_enforcement"]),
        federal=term_pattern(terms["federal"]),
        enforcement=term_pattern(terms["enforcement"]),
        antecedent_nouns=frozenset(word.casefold() for word in terms["antecedent_nouns"]),
        county_facilities=tuple(terms["county_facilities"]),
        federal_custody=term_pattern(terms["federal_custody"]),
        facility_operators=term_pattern(terms["facility_operators"]),
    )


@functools.cache
def load_lexicon() -> StanceLexicon:
    """The shipped stance lexicon, read and compiled once per process."""
    return build_lexicon(read_json(LEXICON_FILE))
