"""County jails that hold people for ICE: "held at the Hudson County Correctional Center on ICE violations".

A county that keeps immigration detainees in its own jail takes part in
enforcement, and news often shows it only that way: a detainee's story
names the jail. A facility named "<Name> County Jail" (or Prison,
Correctional Center, ...) in a sentence that speaks of ICE custody or
detention is evidence that the county cooperates. Detention centres named
for a county but run by a company or by ICE itself ("the Adams County
Correctional Center, an ICE facility run by CoreCivic") are nobody's policy:
when any sentence naming the facility says who runs it, the facility is
left out.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache

from sanctuary_cli.extract.model import EvidenceRecord
from sanctuary_cli.extract.places.counties import CountyRecord
from sanctuary_cli.extract.stance.lexicon import StanceLexicon

NAME = r"[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,2}"
WEIGHT = 0.8  # as holding people for ICE ("detain ... for ICE") weighs


@cache
def _facility_pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """"<Name> County <kind>", the kind as written with capitals ("York County Prison")."""
    alternatives = "|".join(re.escape(kind) for kind in sorted(kinds, key=len, reverse=True))
    return re.compile(rf"\b(?P<county>{NAME} County) (?:{alternatives})\b")


def _sentence(text: str, starts: Sequence[int], at: int) -> tuple[int, int]:
    """The character bounds of the sentence holding a character."""
    k = bisect.bisect_right(starts, at) - 1
    start = starts[k] if k >= 0 else 0
    end = starts[k + 1] if k + 1 < len(starts) else len(text)
    sentence = text[start:end]
    return start + len(sentence) - len(sentence.lstrip()), start + len(sentence.rstrip())


def facility_rows(
    text: str, sentence_starts: Sequence[int], counties: Sequence[CountyRecord], lexicon: StanceLexicon
) -> list[EvidenceRecord]:
    """One row per county jail the article shows holding people in federal custody."""
    if not counties:
        return []
    custody, operators = lexicon.federal_custody, lexicon.facility_operators
    by_name = {county.city.casefold(): county for county in counties}
    held: dict[str, tuple[int, int, CountyRecord]] = {}
    run_by_others: set[str] = set()
    for match in _facility_pattern(lexicon.county_facilities).finditer(text):
        words = match.group("county").casefold().split()
        # "The Greene County Jail", "At Greene County Jail": the county is the longest name that is one
        county = next((by_name[name] for k in range(len(words)) if (name := " ".join(words[k:])) in by_name), None)
        if county is None:
            continue
        facility = f"{county.city} {match.group(0).rsplit(' County ', 1)[1]}"
        start, end = _sentence(text, sentence_starts, match.end() - 1)
        sentence = text[start:end]
        if operators.search(sentence):
            run_by_others.add(facility)
        elif custody.search(sentence) and facility not in held:
            held[facility] = (start, end, county)
    rows = []
    for facility, (start, end, county) in held.items():
        if facility in run_by_others:
            continue
        rows.append(EvidenceRecord(
            city=county.city, state=county.state, text=text[start:end], start=start, end=end,
            actor=facility, actor_role="County government", voice="county", polarity=-1.0,
            weight=WEIGHT * lexicon.voice_weight("county"), cue=facility, kind="sentence", level="county",
            act="hold", target="enforcement", status="done",
        ))
    return rows
