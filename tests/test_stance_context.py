"""Stance cues read against their passage: generic protection, carve-outs written with "unless"."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from sanctuary_cli.extract.model import CityRecord, EvidenceRecord, PersonRecord
from sanctuary_cli.extract.stance.claims import nearby_text
from sanctuary_cli.extract.stance.evidence import extract_evidence
from sanctuary_cli.extract.stance.verdict import verdict

CITIES = {"Millbrook": "OH", "Eastvale": "CA"}
MAYOR = PersonRecord("Dana Holt", ["Holt"], "Mayor", "Millbrook", True, "f", [])
# Keeps each invented article on the subject of immigration, far from the sentence under test.
TOPIC = "\n\nImmigration agents arrested two undocumented workers at a farm last year."


@pytest.fixture(scope="module")
def evidence(parse: Callable[[str], Doc]) -> Callable[[str], list[EvidenceRecord]]:
    def run(text: str) -> list[EvidenceRecord]:
        text += TOPIC
        cities = [
            CityRecord(name, state, None, [(m.start(), m.end()) for m in re.finditer(name, text)])
            for name, state in CITIES.items()
            if name in text
        ]
        mentions = [(m.start(), m.end()) for m in re.finditer(r"Dana Holt|\bHolt\b", text)]
        people = [PersonRecord(MAYOR.name, MAYOR.aliases, MAYOR.role, MAYOR.jurisdiction, True, "f", mentions)]
        return extract_evidence(parse(text), cities, people if mentions else [], [])

    return run


def _counted(rows: list[EvidenceRecord], place: str) -> list[EvidenceRecord]:
    return [row for row in rows if row.city == place and row.weight > 0]


def test_the_nearby_text_is_the_paragraph_and_the_one_before(parse: Callable[[str], Doc]) -> None:
    doc = parse("The council met.\n\nAgents raided a farm.\nThe mayor vowed to protect residents.")
    protect = next(token for token in doc if token.lower_ == "protect")
    assert nearby_text(protect) == "Agents raided a farm.\nThe mayor vowed to protect residents."
    first = next(token for token in doc if token.lower_ == "council")
    assert nearby_text(first) == "The council met."


def test_defending_everyone_s_rights_is_no_stance_on_enforcement(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    for said in ("Millbrook fiercely defends the right of all people to speak freely, Mayor Dana Holt said.",
                 "Mayor Dana Holt said Millbrook will protect residents from the flood.",
                 "Mayor Dana Holt welcomed the champions back to the city of Millbrook."):
        assert not _counted(evidence(said), "Millbrook")


def test_protecting_residents_counts_where_the_passage_is_about_enforcement(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    rows = _counted(evidence("Mayor Dana Holt said Millbrook will protect immigrant families."), "Millbrook")
    assert rows and all(row.polarity > 0 for row in rows)
    lead_in = ("Mayor Dana Holt said the administration was targeting Millbrook with deportation raids.\n\n"
               "Holt said Millbrook would protect its residents.")
    rows = _counted(evidence(lead_in), "Millbrook")
    assert rows and all(row.polarity > 0 for row in rows)


def test_a_limit_with_an_unless_for_serious_convictions_is_mixed(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    for limit in ("Millbrook police will not hold anyone for ICE unless the person has a violent felony conviction.",
                  "Millbrook police will not detain people on ICE's behalf unless they were convicted of a serious "
                  "felony, the chief said."):
        rows = _counted(evidence(limit), "Millbrook")
        assert rows and verdict(rows).label == "mixed"


def test_an_unless_for_a_judge_s_warrant_keeps_the_limit_whole(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    rows = _counted(evidence("Millbrook police will not hold anyone for ICE unless a judge signs a warrant."),
                    "Millbrook")
    assert rows and verdict(rows).label == "resist"


def test_a_carve_out_read_alone_is_still_mixed(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("Millbrook is on the list because of its policy limiting cooperation only to cases in "
                             "which the person was convicted of a violent crime and ICE pays for the hold."),
                    "Millbrook")
    assert rows and verdict(rows).label == "mixed"


@pytest.mark.parametrize("placed", [
    "Millbrook, a small city about 20 miles south of Eastvale, voted to join the 287(g) program.",
    "Millbrook, a suburb of Eastvale, voted to join the 287(g) program.",
    "Officials in Millbrook, a town near Eastvale, said they will sign a 287(g) agreement.",
    "Millbrook, just half an hour up the road from Eastvale, hopes to join the 287(g) program.",
])
def test_a_place_that_only_locates_the_actor_takes_no_stance(
    evidence: Callable[[str], list[EvidenceRecord]], placed: str,
) -> None:
    rows = evidence(placed)
    assert _counted(rows, "Millbrook") and all(row.polarity < 0 for row in _counted(rows, "Millbrook"))
    assert not _counted(rows, "Eastvale")


def test_the_city_of_a_name_is_that_city(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("The city of Eastvale refuses to honor ICE detainers."), "Eastvale")
    assert rows and all(row.polarity > 0 for row in rows)


@pytest.mark.parametrize("barred", [
    "The Millbrook council passed an ordinance that keeps city employees from sharing information with ICE.",
    "Millbrook police have refrained from assisting ICE agents since March.",
    "Mayor Dana Holt said Millbrook police will not become a deportation force.",
])
def test_holding_back_from_cooperation_resists(evidence: Callable[[str], list[EvidenceRecord]], barred: str) -> None:
    rows = _counted(evidence(barred), "Millbrook")
    assert rows and all(row.polarity > 0 for row in rows)


def test_keeping_on_with_cooperation_still_cooperates(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("Millbrook police will keep honoring ICE detainers."), "Millbrook")
    assert rows and all(row.polarity < 0 for row in rows)


def test_opting_into_a_program_cooperates_and_opting_out_resists(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    into = _counted(evidence("Millbrook opted into the 287(g) program last year."), "Millbrook")
    out = _counted(evidence("Millbrook opted out of the 287(g) program last year."), "Millbrook")
    assert into and all(row.polarity < 0 for row in into)
    assert out and all(row.polarity > 0 for row in out)


def test_a_role_in_enforcement_cooperates_and_none_resists(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    none = _counted(evidence("Millbrook police are not involved in immigration enforcement, the chief said."),
                    "Millbrook")
    some = _counted(evidence("Millbrook police play a role in deportations."), "Millbrook")
    assert none and all(row.polarity > 0 for row in none)
    assert some and all(row.polarity < 0 for row in some)
    assert not _counted(evidence("Millbrook police had no role in the shooting."), "Millbrook")
