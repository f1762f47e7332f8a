"""Whose position a demand is: the one who asks, urges, orders or advises, never the one asked."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sanctuary_cli.extract.model import CityRecord, EvidenceRecord, PersonRecord
from sanctuary_cli.extract.stance.evidence import extract_evidence

CITIES = {"Millbrook": "OH"}
# name -> (role, jurisdiction)
PEOPLE = {"Dana Holt": ("Mayor", "Millbrook"), "Ray Soto": ("Governor", "Ohio"), "Lee Park": (None, None)}
TOPIC = "\n\nImmigration agents arrested two undocumented workers at a farm last year."


@pytest.fixture(scope="module")
def evidence(parse: Callable[[str], Doc]) -> Callable[[str], list[EvidenceRecord]]:
    def run(text: str) -> list[EvidenceRecord]:
        text += TOPIC
        cities = [CityRecord(name, state, None, [(m.start(), m.end()) for m in re.finditer(name, text)])
                  for name, state in CITIES.items() if name in text]
        people = []
        for name, (role, place) in PEOPLE.items():
            surname = name.split()[-1]
            mentions = [(m.start(), m.end()) for m in re.finditer(rf"{name}|\b{surname}\b", text)]
            if mentions:
                people.append(PersonRecord(name, [surname], role, place, role is not None, None, mentions))
        return extract_evidence(parse(text), cities, people, [])

    return run


def _counted(rows: list[EvidenceRecord]) -> list[EvidenceRecord]:
    return [row for row in rows if row.city == "Millbrook" and row.weight > 0]


@pytest.mark.parametrize("asked", [
    "Activists called on the mayor to declare Millbrook a sanctuary city.",
    "Governor Ray Soto ordered Millbrook police to honor ICE detainers.",
    "Protesters urged Millbrook officials to stop cooperating with ICE.",
    "Millbrook was forced to honor ICE detainers under the new state law.",
    "Immigrant rights groups said Millbrook should refuse ICE detainers.",
    "Governor Ray Soto said Millbrook must honor ICE detainers.",
])
def test_what_others_ask_of_a_place_is_not_its_position(
    evidence: Callable[[str], list[EvidenceRecord]], asked: str,
) -> None:
    assert not _counted(evidence(asked))


def test_what_a_place_s_own_government_asks_for_is_its_position(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    resisting = ("The Millbrook city council urged a veto of the anti-sanctuary bill.",
                 "Mayor Dana Holt ordered Millbrook police to stop honoring ICE detainers.",
                 "Mayor Dana Holt said Millbrook must not honor ICE detainers.")
    for said in resisting:
        rows = _counted(evidence(said))
        assert rows and all(row.polarity > 0 for row in rows), said


def test_ending_a_place_s_policy_is_the_position_of_whoever_ends_it(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    assert not _counted(evidence("Lee Park, a candidate for mayor of Millbrook, vowed to end the city's sanctuary "
                                 "policy."))
    assert not _counted(evidence("Governor Ray Soto signed a law ending Millbrook's sanctuary policy."))
    rows = _counted(evidence("The Millbrook council voted to repeal the city's sanctuary policy."))
    assert rows and all(row.polarity < 0 for row in rows)


def test_what_the_federal_side_says_a_place_does_is_its_claim(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    assert not _counted(evidence("Millbrook was among the cities that DHS said had declined ICE detainer requests."))
    rows = _counted(evidence("Millbrook was among the cities that city officials said had declined ICE detainer "
                             "requests."))
    assert rows and all(row.polarity > 0 for row in rows)


def test_an_unnamed_city_in_an_official_s_words_is_the_official_s_city(parse: Callable[[str], Doc]) -> None:
    text = ("At a conference in Millbrook on Monday, the mayor of Eastvale said his city will never help ICE."
            + TOPIC)
    cities = [CityRecord(name, "OH", None, [(m.start(), m.end()) for m in re.finditer(name, text)])
              for name in ("Millbrook", "Eastvale")]
    rows = [row for row in extract_evidence(parse(text), cities, [], []) if row.weight > 0]
    assert {row.city for row in rows} == {"Eastvale"} and all(row.polarity > 0 for row in rows)
