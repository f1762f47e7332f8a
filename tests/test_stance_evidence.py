"""Stance evidence on short invented sentences: cues, negation, actors, voices, cities."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from sanctuary_cli.extract.model import CityRecord, EvidenceRecord, PersonRecord, QuoteRecord
from sanctuary_cli.extract.stance.evidence import extract_evidence

CITIES = {"Springfield": "IL", "Riverton": "WY", "Lakewood": "CO", "Seattle": "WA"}
# name -> (role, jurisdiction, gender)
PEOPLE = {
    "Ann Lee": ("Mayor", "Springfield", "f"),
    "Joe Ruiz": ("Alderman", "Springfield", "m"),
    "Tom Baker": ("border czar", "United States", "m"),
    "Kay Dunn": ("Governor", "Illinois", "f"),
    "Rita Moss": ("Mayor", "Riverton", "f"),
}
# A second sentence keeps each invented article on the subject of immigration.
TOPIC = " Immigration agents arrested two undocumented workers."


def _records(text: str) -> tuple[list[CityRecord], list[PersonRecord]]:
    """City and person records for the names the text uses, as the real extractors would give."""
    cities = [
        CityRecord(name, state, None, [(m.start(), m.end()) for m in re.finditer(name, text)])
        for name, state in CITIES.items()
        if name in text
    ]
    people = []
    for name, (role, place, gender) in PEOPLE.items():
        surname = name.split()[-1]
        mentions = [(m.start(), m.end()) for m in re.finditer(rf"{name}|\b{surname}\b", text)]
        if mentions:
            people.append(PersonRecord(name, [surname], role, place, True, gender, mentions))
    return cities, people


@pytest.fixture(scope="module")
def evidence(parse: Callable[[str], Doc]) -> Callable[..., list[EvidenceRecord]]:
    """Evidence rows for an invented article."""

    def run(text: str, quotes: tuple[QuoteRecord, ...] = ()) -> list[EvidenceRecord]:
        cities, people = _records(text)
        return extract_evidence(parse(text), cities, people, list(quotes))

    return run


def _counted(rows: list[EvidenceRecord]) -> list[EvidenceRecord]:
    return [row for row in rows if row.weight > 0]


def test_refusing_to_cooperate_resists(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    rows = evidence("Springfield Mayor Ann Lee said the city will not cooperate with ICE." + TOPIC)
    [row] = rows
    assert (row.city, row.state, row.polarity) == ("Springfield", "IL", 1.0)
    assert row.cue == "not cooperate"
    assert (row.actor, row.actor_role, row.voice) == ("Ann Lee", "Mayor", "city")
    assert row.text.startswith("Springfield Mayor Ann Lee said")


def test_not_blocking_is_not_resistance(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    assert _counted(evidence("Springfield police did not block ICE agents from entering the jail." + TOPIC)) == []


def test_declining_detainers_resists_through_the_governing_verb(
    evidence: Callable[..., list[EvidenceRecord]],
) -> None:
    [row] = evidence("Since 2015, Springfield has declined to honor ICE detainers." + TOPIC)
    assert row.polarity == 1.0 and row.cue == "declined … honor"


def test_an_order_barring_help_resists(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    text = "An executive order bars Springfield police from helping federal agents with deportations." + TOPIC
    [row] = evidence(text)
    assert row.polarity == 1.0 and row.voice == "city"


def test_working_with_federal_partners_cooperates(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    text = "Riverton police will work with federal immigration agents and honor ICE detainers." + TOPIC
    [row] = evidence(text)
    assert (row.city, row.polarity, row.actor, row.voice) == ("Riverton", -1.0, "Riverton Police", "city")


def test_no_longer_holding_people_for_ice_resists(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    [row] = evidence("Springfield police will no longer hold immigrants for ICE." + TOPIC)
    assert row.polarity == 1.0


def test_dropping_sanctuary_status_leans_to_cooperation(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    [row] = evidence("Riverton repealed its sanctuary policy last year after immigration officials complained.")
    assert row.polarity < 0
    [row] = evidence("Lakewood is not a sanctuary city, the police chief said." + TOPIC)
    assert row.polarity < 0


def test_federal_pressure_is_context_only(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    [row] = evidence("Tom Baker threatened to withhold federal funds from Springfield." + TOPIC)
    assert (row.city, row.voice, row.weight, row.polarity) == ("Springfield", "federal", 0.0, 0.0)
    assert row.actor == "Tom Baker"


def test_a_dissenting_alderman_counts_less_than_the_mayor(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    text = (
        "Mayor Ann Lee said Springfield will never help ICE deport its residents. "
        "Alderman Joe Ruiz said the city should keep sharing arrest records with ICE."
    )
    mayor, alderman = evidence(text)
    assert (mayor.actor, mayor.voice, mayor.polarity) == ("Ann Lee", "city", 1.0)
    assert (alderman.actor, alderman.voice, alderman.polarity) == ("Joe Ruiz", "local", -1.0)
    assert 0 < alderman.weight < mayor.weight


def test_a_governor_speaks_for_the_state(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    [row] = evidence("Gov. Kay Dunn vowed to protect immigrants in Springfield from ICE.")
    assert (row.city, row.voice, row.polarity) == ("Springfield", "state", 1.0)
    assert row.weight < 0.5


def test_the_city_is_the_one_the_article_was_speaking_of(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    text = "Rita Moss took office in Riverton in May. Since then the city has refused to honor ICE detainers."
    [row] = evidence(text)
    assert row.city == "Riverton"


def test_a_pronoun_is_the_person_just_named(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    text = "Ann Lee is the mayor of Springfield. She said police will never assist ICE with deportations."
    [row] = evidence(text)
    assert (row.city, row.actor, row.polarity) == ("Springfield", "Ann Lee", 1.0)


def test_what_a_city_opposes_is_not_the_city(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    rows = evidence("Riverton Mayor Rita Moss led the pushback against the raids in Lakewood." + TOPIC)
    assert {row.city for row in rows} == {"Riverton"}


def test_a_quote_speaks_for_its_speaker(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    text = "“We will not help ICE tear families apart,” Mayor Rita Moss said in Riverton." + TOPIC
    start = text.index("We")
    end = text.index(",”")
    quote = QuoteRecord(start, end, text[start:end], "statement", "Rita Moss", "Mayor Rita Moss", "said")
    [row] = evidence(text, (quote,))
    assert (row.kind, row.actor, row.city, row.polarity) == ("quote", "Rita Moss", "Riverton", 1.0)
    assert row.text == "We will not help ICE tear families apart"


def test_off_topic_articles_give_no_evidence(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    assert evidence("Springfield refused to cooperate with the festival organizers.") == []


def test_topic_words_are_not_acts(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    text = "Springfield police explained their policy on cooperating with ICE at a meeting." + TOPIC
    assert _counted(evidence(text)) == []


# Words that exercise the cue, negation, quote and actor paths in any order.
FRAGMENTS = [
    "ICE",
    "not",
    "never",
    "no",
    "longer",
    "Springfield",
    "Ann Lee",
    "she",
    "it",
    "the city",
    "police",
    "refused",
    "to",
    "cooperate",
    "with",
    "honor",
    "detainers",
    "sanctuary",
    "city",
    "bars",
    "from",
    "helping",
    "federal",
    "agents",
    "said",
    "“",
    "”",
    '"',
    "'",
    ".",
    ",",
    ":",
    "(",
    ")",
    "\n",
    "\n\n",
    "if",
    "without",
    "against",
    "on",
    "which",
    "that",
    "Tom Baker",
    "threatened",
    "funds",
    "é",
    "\u200b",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(FRAGMENTS), max_size=60).map(" ".join)))
def test_never_crashes_on_arbitrary_text(evidence: Callable[..., list[EvidenceRecord]], text: str) -> None:
    text += " Deportation and immigration."
    for row in evidence(text):
        assert 0 <= row.start <= row.end <= len(text)
        assert -1.0 <= row.polarity <= 1.0 and row.weight >= 0


def test_no_plans_to_become_a_sanctuary_city_leans_to_cooperation(
    evidence: Callable[..., list[EvidenceRecord]],
) -> None:
    [row] = evidence("Mayor Rita Moss said Riverton had no plans to become a sanctuary city." + TOPIC)
    assert row.polarity < 0 and row.actor == "Rita Moss"


def test_an_order_barring_sharing_resists_however_it_is_parsed(
    evidence: Callable[..., list[EvidenceRecord]],
) -> None:
    text = (
        "Mayor Ann Lee signed an executive order on Friday barring Springfield agencies "
        "from sharing information with federal immigration authorities."
    )
    rows = _counted(evidence(text + TOPIC))
    assert rows and all(row.polarity > 0 for row in rows)


def test_what_others_are_not_stopped_from_doing_is_theirs(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    text = "Springfield police did not stop protesters from blocking the entrance of the ICE office." + TOPIC
    assert [row for row in _counted(evidence(text)) if row.voice == "city"] == []


def test_advice_counts_less_than_a_position(evidence: Callable[..., list[EvidenceRecord]]) -> None:
    [advice] = evidence("Rita Moss said Riverton should work with federal immigration agents." + TOPIC)
    [position] = evidence("Rita Moss said Riverton will work with federal immigration agents." + TOPIC)
    assert advice.polarity == position.polarity == -1.0
    assert advice.weight < position.weight


def test_a_city_that_only_places_someone_else_is_not_the_actor(
    evidence: Callable[..., list[EvidenceRecord]],
) -> None:
    text = "After a federal judge in Seattle ruled, the Justice Department's appeal was rejected on Sunday." + TOPIC
    assert _counted(evidence(text)) == []
