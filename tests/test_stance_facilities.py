"""County jails named as holding people for ICE: the county's own part in enforcement."""

from __future__ import annotations

from spacy.language import Language

from sanctuary_cli.extract.pipeline import analyze


def _county_rows(nlp: Language, text: str, county: str) -> list[tuple[float, float]]:
    return [(row.polarity, row.weight) for row in analyze(nlp(text)).evidence if row.city == county]


def test_a_county_jail_holding_people_in_ice_custody_cooperates(nlp: Language) -> None:
    text = ("Immigrants wait for hearings across Ohio. Ana Ruiz, 31, spent five months in ICE custody at the "
            "Greene County Jail in Xenia, Ohio, before a judge let her go.")
    rows = _county_rows(nlp, text, "Greene County")
    assert rows and all(polarity < 0 and weight > 0 for polarity, weight in rows)


def test_a_centre_named_for_a_county_but_run_by_a_company_is_no_policy(nlp: Language) -> None:
    text = ("Immigrants wait for hearings across Ohio. Ana Ruiz, 31, spent five months in ICE custody at the "
            "Greene County Detention Center in Xenia, Ohio. The Greene County Detention Center, a facility run "
            "by a private prison company, holds 600 immigrants.")
    assert not [row for row in _county_rows(nlp, text, "Greene County") if row[1] > 0]


def test_a_county_jail_without_federal_custody_says_nothing(nlp: Language) -> None:
    text = ("Immigrants and their families rallied in Xenia, Ohio, against deportations. Ana Ruiz was booked into "
            "the Greene County Jail on a theft charge.")
    assert not [row for row in _county_rows(nlp, text, "Greene County") if row[1] > 0]


def test_a_jail_the_county_itself_runs_stays_the_countys(nlp: Language) -> None:
    text = ("Immigrants wait for hearings across Ohio. Ana Ruiz spent a year in ICE custody at the Greene County "
            "Jail, which the county runs under a contract with the federal government.")
    rows = _county_rows(nlp, text, "Greene County")
    assert rows and all(polarity < 0 and weight > 0 for polarity, weight in rows)
