"""Stance claims on invented sentences: targets, reversal, counties, states, what is said of a place."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from sanctuary_cli.extract.model import CityRecord, EvidenceRecord
from sanctuary_cli.extract.pipeline import analyze
from sanctuary_cli.extract.places.counties import find_counties
from sanctuary_cli.extract.stance.evidence import extract_evidence
from sanctuary_cli.extract.stance.lexicon import load_lexicon
from sanctuary_cli.extract.stance.targets import ENFORCEMENT, PROTECTION, classify, sign

CITIES = {"Springfield": "IL", "Riverton": "WY", "Lakewood": "CO", "Austin": "TX", "Omaha": "NE"}
TOPIC = " Immigration agents arrested two undocumented workers."


@pytest.fixture(scope="module")
def evidence(parse: Callable[[str], Doc]) -> Callable[[str], list[EvidenceRecord]]:
    def run(text: str) -> list[EvidenceRecord]:
        text += TOPIC
        cities = [
            CityRecord(name, state, None, [(m.start(), m.end()) for m in re.finditer(name, text)])
            for name, state in CITIES.items()
            if name in text
        ]
        return extract_evidence(parse(text), cities, [], [])

    return run


def _counted(rows: list[EvidenceRecord], place: str) -> list[EvidenceRecord]:
    return [row for row in rows if row.city == place and row.weight > 0]


def test_the_target_decides_the_sign_of_opposing_acts() -> None:
    lexicon = load_lexicon()
    assert classify("the state's sanctuary law", lexicon) == PROTECTION
    assert classify("the state's anti-sanctuary law", lexicon) == ENFORCEMENT
    assert classify("a federal lawsuit against the sanctuary law", lexicon) == PROTECTION
    assert classify("ICE detainers under the sanctuary policy", lexicon) == ENFORCEMENT
    assert sign("resistance", PROTECTION) == -1.0 and sign("resistance", ENFORCEMENT) == 1.0
    assert sign("protection", PROTECTION) == 1.0


def test_suing_to_overturn_a_sanctuary_law_cooperates(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("The Springfield council voted to challenge the state sanctuary law in court."),
                    "Springfield")
    assert rows and all(row.polarity < 0 for row in rows)
    assert rows[0].target == PROTECTION


def test_suing_over_an_anti_sanctuary_law_resists(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("The city of Austin sued the state over its anti-sanctuary law."), "Austin")
    assert rows and all(row.polarity > 0 for row in rows)
    assert rows[0].target == ENFORCEMENT and rows[0].act == "sue"


def test_negation_scopes_over_the_act_it_governs(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("Riverton police will not honor detainers from ICE."), "Riverton")
    assert rows and all(row.polarity > 0 for row in rows)


def test_a_sheriff_speaks_for_the_county_not_the_city(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("In Omaha, the Douglas County sheriff said his jail will keep honoring ICE detainers.")
    county = [row for row in rows if row.level == "county" and row.weight > 0]
    assert county and county[0].city == "Douglas County" and county[0].state == "NE"
    assert all(row.polarity < 0 for row in county)
    assert not _counted(rows, "Omaha")


def test_a_state_law_is_the_state_s_act(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("Lakewood officials met on Monday. Colorado's new sanctuary law limits cooperation with ICE.")
    assert not _counted(rows, "Lakewood")


def test_an_outsider_calling_a_city_a_sanctuary_is_context(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("The governor said Springfield refuses to cooperate with ICE.")
    assert not _counted(rows, "Springfield")
    assert all(row.status == "alleged" for row in rows if row.city == "Springfield")


def test_a_county_jail_under_contract_with_ice_cooperates(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("The Natrona County jail in Wyoming has a contract with ICE to hold detainees.")
    county = [row for row in rows if row.level == "county" and row.weight > 0]
    assert county and county[0].city == "Natrona County" and county[0].polarity < 0


def test_county_mentions_take_the_state_written_or_implied() -> None:
    text = "Officials in Dakota County, Nebraska, met. Cook County and Chicago disagreed. Miami-Dade complied."
    found = {(county.city, county.state) for county in find_counties(text, [CityRecord("Chicago", "IL")])}
    assert found == {("Dakota County", "NE"), ("Cook County", "IL"), ("Miami-Dade County", "FL")}


def test_an_ambiguous_county_with_no_state_in_sight_is_left_out() -> None:
    assert find_counties("Orange County voted on the measure.") == [] or all(
        county.state for county in find_counties("Orange County voted on the measure.")
    )
    assert find_counties("Washington County met.") == []


def test_a_sheriff_names_his_county() -> None:
    [county] = find_counties("Merced Sheriff Lee Holt spoke to reporters in California.")
    assert (county.city, county.state) == ("Merced County", "CA")


def test_what_describes_the_actor_gives_way_to_what_it_does(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("Linn County, Iowa, the last county that honors ICE detainers, will end its agreement with ICE.")
    county = [row for row in rows if row.level == "county" and row.weight > 0]
    assert county and all(row.polarity > 0 for row in county)


def test_lawmakers_of_a_city_speak_for_the_city(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("Lawmakers in Riverton voted to keep the sanctuary policy."), "Riverton")
    assert rows and rows[0].voice == "city" and rows[0].polarity > 0


def test_punishing_an_officer_for_cooperating_resists(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    text = "Riverton's police chief suspended an officer for alerting ICE about a driver."
    rows = _counted(evidence(text), "Riverton")
    assert rows and all(row.polarity > 0 for row in rows)


def test_an_open_title_next_to_a_federal_agency_is_federal(parse: Callable[[str], Doc]) -> None:
    from sanctuary_cli.extract.model import PersonRecord

    text = "Homeland Security spokeswoman Jane Roe said Riverton must cooperate with ICE." + TOPIC
    person = PersonRecord("Jane Roe", ["Roe"], "Spokeswoman", None, True, "f", [(30, 38)])
    cities = [CityRecord("Riverton", "WY", None, [(44, 52)])]
    rows = extract_evidence(parse(text), cities, [person], [])
    assert rows and all(row.voice == "federal" and row.weight == 0 for row in rows)


def test_joining_the_federal_government_s_suit_cooperates(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("The Linn County, Iowa, board voted to join the Justice Department's lawsuit against the state.")
    county = [row for row in rows if row.level == "county" and row.weight > 0]
    assert county and all(row.polarity < 0 for row in county)


def test_those_joined_in_a_vow_take_it_too(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    text = "The mayor joined officials in Riverton; Lakewood; and Omaha in saying they will keep sanctuary status."
    rows = evidence(text)
    assert {row.city for row in rows if row.weight > 0 and row.polarity > 0} >= {"Riverton", "Lakewood", "Omaha"}


def test_a_label_for_a_group_of_places_is_no_one_place_s(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("In Riverton, the debate over sanctuary cities went on for a week.")
    assert not _counted(rows, "Riverton")


def test_the_state_s_own_law_is_not_a_city_s(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("Riverton officials met. The state's new law bars police from holding people for ICE.")
    assert not _counted(rows, "Riverton")


def test_battling_suits_under_an_anti_sanctuary_law_resists(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    text = "The cities of Riverton and Lakewood are battling lawsuits under the state's anti-sanctuary law."
    rows = evidence(text)
    assert {row.city for row in rows if row.weight > 0 and row.polarity > 0} >= {"Riverton", "Lakewood"}


def test_officers_in_general_are_no_one_city_s(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("Omaha hosted the hearing. Critics say many police officers already ask drivers about their "
                    "immigration status. The bill, which bars local police in Omaha from helping ICE, passed.")
    assert not _counted(rows, "Omaha")
    own = evidence("Omaha officials spoke. Omaha police officers will not help ICE with raids.")
    assert _counted(own, "Omaha") and all(row.polarity > 0 for row in _counted(own, "Omaha"))


def test_helping_someone_outside_enforcement_is_no_cooperation(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    rows = evidence("Omaha officials said the city would help residents understand their rights during ICE raids. "
                    "The mayor of Omaha is working with the city's parks department to remove posters about ICE.")
    assert not [row for row in _counted(rows, "Omaha") if row.polarity < 0]
    helping = evidence("Omaha officials said the city would help ICE agents find the men.")
    assert _counted(helping, "Omaha") and all(row.polarity < 0 for row in _counted(helping, "Omaha"))
    working = evidence("The mayor of Omaha said police are working with federal agents on the raids.")
    assert _counted(working, "Omaha") and all(row.polarity < 0 for row in _counted(working, "Omaha"))


def test_ruling_out_an_act_refuses_it(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("The mayor of Omaha signed an order, ruling out letting city police join "
                             "patrols with federal agents."), "Omaha")
    assert rows and all(row.polarity > 0 for row in rows)


def test_exempting_itself_from_a_sanctuary_law_cooperates(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("Lakewood passed a measure exempting itself from the state's sanctuary law."), "Lakewood")
    assert rows and all(row.polarity < 0 for row in rows)
    rows = _counted(evidence("Lakewood opted out of the 287(g) program last year."), "Lakewood")
    assert rows and all(row.polarity > 0 for row in rows)


def test_an_anti_sanctuary_policy_is_no_sanctuary(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("Omaha officials spoke. The mayor of Omaha called the anti-sanctuary policies cruel.")
    assert not [row for row in _counted(rows, "Omaha") if row.act == "sanctuary"]


def test_any_city_that_limits_cooperation_is_no_one_city(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("Omaha held a hearing. The grant is withheld from any city that limits cooperation with ICE.")
    assert not _counted(rows, "Omaha")


def test_an_outsider_s_word_on_police_in_general_is_his(nlp: Language) -> None:
    text = ("Dallas, Texas, held a hearing on the bill about deportations. State Senator John Smith said police "
            "can already ask drivers about their immigration status.")
    rows = analyze(nlp(text)).evidence
    assert not [row for row in rows if row.city == "Dallas" and row.weight > 0]
    own = analyze(nlp("Dallas, Texas, held a hearing on deportations. Dallas police will not ask drivers about "
                      "their immigration status, Mayor Ann Lee said.")).evidence
    assert [row for row in own if row.city == "Dallas" and row.weight > 0 and row.polarity > 0]


def test_holding_people_past_release_for_ice_is_a_detainer_hold(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    rows = _counted(evidence("Under the new policy, Omaha police no longer hold people because of an ICE request."),
                    "Omaha")
    assert rows and all(row.polarity > 0 for row in rows)
    rows = _counted(evidence("Omaha police hold people past their release date when ICE asks."), "Omaha")
    assert rows and all(row.polarity < 0 for row in rows)


def test_a_title_naming_the_county_speaks_for_it(nlp: Language) -> None:
    text = ("Arlington County has a policy on ICE detainers. “The county notifies ICE before a release,” "
            "Assistant County Manager Jane Roe said.")
    rows = [row for row in analyze(nlp(text)).evidence if row.city == "Arlington County"]
    assert rows and rows[0].voice == "county" and rows[0].weight > 0 and rows[0].polarity < 0


def test_a_spokesman_of_a_federal_agency_speaks_for_it(nlp: Language) -> None:
    text = ("Omaha, Nebraska, lost the case on immigration grants. “Cities that take the grants must enforce "
            "immigration law,” a DOJ spokesman said in a statement.")
    rows = [row for row in analyze(nlp(text)).evidence if row.city == "Omaha"]
    assert all(row.weight == 0 for row in rows)


def test_what_one_would_do_before_cooperating_refuses_it(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    for sooner in ("would destroy the records", "would go so far as to destroy the records"):
        rows = _counted(evidence(f"Omaha officials said the city {sooner} before handing them over to ICE agents."),
                        "Omaha")
        assert rows and all(row.polarity > 0 for row in rows)
    rows = _counted(evidence("Omaha police held him for two days before handing him over to ICE agents."), "Omaha")
    assert rows and all(row.polarity < 0 for row in rows)


def test_a_carve_out_for_serious_convictions_is_both_ways(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("Omaha officials spoke. The Omaha ordinance bars police from honoring ICE detainers. The Omaha "
                    "ordinance exempts people convicted of violent felonies, who are still held for ICE.")
    counted = _counted(rows, "Omaha")
    assert any(row.polarity > 0 for row in counted) and any(row.polarity < 0 for row in counted)
    plain = _counted(evidence("The Omaha ordinance bars police from honoring ICE detainers."), "Omaha")
    assert plain and all(row.polarity > 0 for row in plain)


def test_they_in_a_because_clause_is_the_main_subject(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("Police departments such as the one in Omaha are called havens because they will not "
                             "detain people for ICE."), "Omaha")
    assert rows and all(row.polarity > 0 for row in rows)
    rows = _counted(evidence("The Omaha council met on Monday, and it voted not to honor ICE detainers."), "Omaha")
    assert rows and all(row.polarity > 0 for row in rows)


def test_not_doing_the_federal_job_resists(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("Omaha police will not do the work of the Border Patrol, the Omaha council said."),
                    "Omaha")
    assert rows and all(row.polarity > 0 for row in rows)


def test_a_bill_s_author_on_police_in_general_is_his_word(nlp: Language) -> None:
    text = ("Dallas, Texas, debated deportations. The bill’s sponsor, Senator John Smith (R-Tyler), said police "
            "can already inquire about the immigration status of a person they stop, during a hearing.")
    rows = analyze(nlp(text)).evidence
    assert not [row for row in rows if row.city == "Dallas" and row.weight > 0]


def test_refusing_what_an_if_clause_names_resists(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    said = "The Omaha police chief said that if the only reason a man is in the city jail is an ICE hold, "
    rows = _counted(evidence(said + "Omaha police will not keep him."), "Omaha")
    assert rows and all(row.polarity > 0 for row in rows)
    rows = _counted(evidence(said + "Omaha police will keep him."), "Omaha")
    assert not [row for row in rows if row.polarity > 0]


def test_a_title_after_the_name_naming_the_county_speaks_for_it(nlp: Language) -> None:
    text = ("Greene County, Ohio, runs the jail in Xenia. Jane Roe, Greene County's director of corrections, "
            "spoke on Monday. Ms. Roe said her staff will keep honoring ICE detainers.")
    rows = [row for row in analyze(nlp(text)).evidence if row.weight > 0]
    assert rows and {row.level for row in rows} == {"county"} and rows[0].polarity < 0
    assert not [row for row in rows if row.city == "Xenia"]


def test_the_one_a_suit_is_against_does_not_sue(nlp: Language) -> None:
    for suit in ("A lawsuit against the Marion County sheriff over deportation holds went to trial on Monday.",
                 "A lawsuit against the Marion County sheriff challenges deportation holds."):
        text = "Marion County, Oregon, jails about 400 immigrants. " + suit
        rows = [row for row in analyze(nlp(text)).evidence if row.city == "Marion County" and row.weight > 0]
        assert not rows, suit


def test_a_pronoun_in_a_relative_clause_stands_for_its_noun(nlp: Language) -> None:
    text = ("Marion County, Oregon, jails about 400 people and deportations rose there. Governor Ann Lee "
            "criticized a Marion County sheriff who said her office would help ICE agents.")
    rows = [row for row in analyze(nlp(text)).evidence if row.city == "Marion County" and row.weight > 0]
    assert rows and all(row.voice == "county" and row.polarity < 0 for row in rows)


def test_the_program_named_before_is_what_the_act_is_aimed_at(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    rows = _counted(evidence("Officials in Riverton studied the 287(g) program for a year. Riverton police applied "
                             "to join the program in March."), "Riverton")
    assert rows and all(row.polarity < 0 and row.target == ENFORCEMENT for row in rows)
    assert not _counted(evidence("Riverton police applied to join the program in March."), "Riverton")
    assert not _counted(evidence("Officials in Riverton studied the 287(g) program for a year. Riverton police "
                                 "applied to join a tutoring program in March."), "Riverton")


def test_a_veto_is_of_the_bill_named_before(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    against = evidence("The legislature sent the governor an anti-sanctuary bill. The Lakewood city council "
                       "urged a veto this week.")
    assert (rows := _counted(against, "Lakewood")) and all(row.polarity > 0 for row in rows)
    protecting = evidence("The legislature sent the governor a sanctuary bill. The Lakewood city council "
                          "urged a veto this week.")
    assert (rows := _counted(protecting, "Lakewood")) and all(row.polarity < 0 for row in rows)


def test_counties_in_general_are_no_county_in_particular(nlp: Language) -> None:
    text = ("Marion County, Oregon, holds about 400 immigrants. Advocates identified 14 jails and counties "
            "applying for the 287(g) program.")
    rows = [row for row in analyze(nlp(text)).evidence if row.city == "Marion County" and row.weight > 0]
    assert not rows


def test_a_release_despite_a_federal_request_refuses_it(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    for sentence in ("Omaha police released the man on Friday despite an ICE request to hold him.",
                     "Omaha police released the man after a judge dropped the charge despite a request from "
                     "federal officials to detain him."):
        rows = _counted(evidence(sentence), "Omaha")
        assert rows and all(row.polarity > 0 for row in rows), sentence
    assert not [row for row in _counted(evidence("Omaha police released the man to ICE agents on Friday."), "Omaha")
                if row.polarity > 0]


def test_an_opening_it_stands_for_the_institution_named_before(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    rows = _counted(evidence("A judge ruled that the Lakewood Police Department had broken the law. How? It had kept "
                             "a man for two days under an immigration detention hold."), "Lakewood")
    assert rows and all(row.polarity < 0 and row.voice == "city" for row in rows)
    rows = _counted(evidence("A judge from Lakewood ruled on Monday. How? It had kept a man for two days under an "
                             "immigration detention hold."), "Lakewood")
    assert not rows


def test_places_that_declare_themselves_sanctuaries_resist(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = evidence("The governor is at odds with towns like Lakewood and Riverton that declare themselves "
                    "sanctuaries.")
    for place in ("Lakewood", "Riverton"):
        assert (counted := _counted(rows, place)) and all(row.polarity > 0 for row in counted), place


def test_suing_the_government_is_suing_the_federal_one(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    rows = _counted(evidence("Lakewood and three states sued the government, and a judge backed them."), "Lakewood")
    assert rows and all(row.polarity > 0 for row in rows)


def test_an_act_undone_later_in_the_sentence_counts_in_its_final_direction(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    rows = _counted(evidence("Riverton had first applied to join the 287(g) program but withdrew its application "
                             "in May."), "Riverton")
    assert rows and all(row.polarity == 1.0 and row.act == "withdraw" for row in rows)
    rows = _counted(evidence("Riverton withdrew from the 287(g) program in May but still honors ICE detainers."),
                    "Riverton")
    assert rows and all(-1.0 < row.polarity < 1.0 for row in rows)


def test_a_measure_voted_down_or_opposed_reverses_what_it_would_do(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    for sentence in ("The Lakewood council voted down a measure that would have let police help ICE agents.",
                     "The Lakewood council opposed a bill that would let police help ICE agents."):
        rows = _counted(evidence(sentence), "Lakewood")
        assert rows and all(row.polarity > 0 for row in rows), sentence
    rows = _counted(evidence("The Lakewood council voted for a measure that lets police help ICE agents."), "Lakewood")
    assert rows and all(row.polarity < 0 for row in rows)


def test_a_suit_is_against_what_follows_it_even_when_the_parse_hangs_it_on_the_verb(nlp: Language) -> None:
    text = ("Orange County, California, is large. The Orange County Board of Supervisors voted to join the "
            "lawsuit against California's sanctuary law. Immigrants there fear deportation.")
    rows = [row for row in analyze(nlp(text)).evidence if row.city == "Orange County" and row.weight > 0]
    assert rows and all(row.polarity < 0 and row.target == PROTECTION for row in rows)


def test_a_city_and_state_written_before_the_actor_are_its_own(
    evidence: Callable[[str], list[EvidenceRecord]], nlp: Language,
) -> None:
    rows = _counted(evidence("Springfield, Illinois, officials refuse to honor ICE detainers without a warrant."),
                    "Springfield")
    assert rows and all(row.polarity > 0 and row.voice == "city" for row in rows)
    deputies = analyze(nlp("In Marion County, Oregon, the sheriff said his deputies will keep honoring ICE "
                           "detainers. Immigrants there fear deportation.")).evidence
    rows = [row for row in deputies if row.city == "Marion County" and row.weight > 0]
    assert rows and all(row.polarity < 0 and row.voice == "county" for row in rows)


def test_people_of_a_place_are_not_its_government(evidence: Callable[[str], list[EvidenceRecord]]) -> None:
    for sentence in ("A federal judge in Lakewood blocked the administration's policy on detainers.",
                     "Immigrant advocates in Lakewood urged the city to end its cooperation with ICE."):
        assert not _counted(evidence(sentence), "Lakewood"), sentence
    rows = _counted(evidence("Lakewood officials refuse to honor ICE detainers."), "Lakewood")
    assert rows and all(row.polarity > 0 for row in rows)


@pytest.mark.parametrize(
    ("sentence", "resists"),
    [
        ("The Omaha council voted to terminate its contract with ICE to house detainees.", True),
        ("Omaha signed an agreement to rent 200 jail beds to ICE.", False),
        ("The Omaha jail has housed ICE detainees since 2015.", False),
        ("Omaha police will now hold suspects for two days at the request of immigration agents.", False),
        ("Omaha police officers will not question people about their immigration status.", True),
        ("Omaha has a 287(g) agreement that lets deputies check the status of inmates.", False),
        ("An agreement between the Omaha police department and ICE lets them share arrest records.", False),
    ],
)
def test_jail_beds_contracts_and_questions(
    evidence: Callable[[str], list[EvidenceRecord]], sentence: str, resists: bool,
) -> None:
    rows = _counted(evidence(sentence), "Omaha")
    assert rows and all((row.polarity > 0) == resists for row in rows)


@pytest.mark.parametrize(
    ("sentence", "resists"),
    [
        ("Lakewood sued the state over SB 54, which limits cooperation with federal immigration authorities.", False),
        ("Lakewood passed a measure exempting itself from the state law, which prohibits police from helping ICE.",
         False),
        ("Lakewood sued the state over a new law that requires police to honor ICE detainers.", True),
    ],
)
def test_a_law_is_what_its_describing_clause_says_it_does(
    evidence: Callable[[str], list[EvidenceRecord]], sentence: str, resists: bool,
) -> None:
    rows = _counted(evidence(sentence), "Lakewood")
    assert rows and all((row.polarity > 0) == resists for row in rows)


def test_cooperating_only_on_a_judges_warrant_limits_cooperation(
    evidence: Callable[[str], list[EvidenceRecord]],
) -> None:
    for sentence in ("Omaha police will honor ICE detainers only when they come with a judicial warrant.",
                     "Omaha police will only hold people for ICE if a judge signs a warrant."):
        rows = _counted(evidence(sentence), "Omaha")
        assert rows and all(row.polarity > 0 for row in rows), sentence
    rows = _counted(evidence("Omaha police will honor ICE detainers, the chief said."), "Omaha")
    assert rows and all(row.polarity < 0 for row in rows)
