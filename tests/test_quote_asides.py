"""Attribution set apart from its speaker: asides, dialogue tags, reporting clauses set off by commas.

Every sentence here is invented, written the way news attributes speech.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.test_quotes import only, quotes_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # words quoted inside the aside are a slogan, not a cut in the attribution
        ("\u201cWe\u2019ve had better weeks than this one,\u201d Ohio delegate Ann Ward, wearing a red scarf and "
         "\u201cVote Kasich\u201d buttons, said quietly as the music played.", "Ann Ward"),
        # a long relative clause between the name and its verb
        ("Joe Petrakis, who drove in from Ohio to help the campaign in the south, says there is a "
         "\u201clong road ahead\u201d for the team.", "Joe Petrakis"),
    ],
)
def test_the_name_before_a_long_aside_speaks(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


def test_a_person_named_inside_the_aside_is_not_taken_for_the_speaker(nlp: Language) -> None:
    found = only(nlp, "\u201cWe lost,\u201d the coach of Ann Ward\u2019s old team, wearing \u201cVote Kasich\u201d "
                      "buttons, said quietly.")
    assert found.speaker != "Ann Ward"


def test_a_colon_ending_a_relative_clause_leaves_the_first_cue_in_place(nlp: Language) -> None:
    found = quotes_of(nlp, "\u201cTell everybody to meet at the town hall,\u201d Marsh says to Dillon on the tape, "
                           "who responds at once: \u201cOkay!\u201d")
    assert found[0].speaker == "Marsh"
    assert found[1].speaker != "Marsh"


@pytest.mark.parametrize("listener", ["Ames", "Dillon Ames"])
def test_who_stands_for_the_person_named_before_it_not_the_nearest_noun(nlp: Language, listener: str) -> None:
    found = quotes_of(nlp, f"\u201cTell everybody to meet at the town hall,\u201d Marsh says to {listener} on the "
                           "tape, who responds at once: \u201cOkay!\u201d")
    assert [q.speaker for q in found] == ["Marsh", listener]


def test_who_after_a_date_names_nobody(nlp: Language) -> None:
    found = only(nlp, "Marsh met voters in the hall on Friday, who said they wanted \u201ca fair deal.\u201d")
    assert found.speaker != "Marsh"


def test_a_colon_after_the_cue_still_hands_the_floor_on(nlp: Language) -> None:
    found = quotes_of(nlp, "\u201cWe are ready,\u201d Marsh said to the crowd. Dillon replied: \u201cNot yet.\u201d")
    assert [q.speaker for q in found] == ["Marsh", "Dillon"]


def test_a_dialogue_tag_whose_subject_has_an_article_and_an_epithet(nlp: Language) -> None:
    found = quotes_of(nlp, "Soon after the vote, Kerr asserted that the town had lost its way: \u201cThis is no "
                           "longer our town,\u201d he claimed.\n\u201cThis town will always be our town,\u201d an "
                           "angry Whitfield retaliated. \u201cIt never gives up.\u201d")
    assert [q.speaker for q in found] == ["Kerr", "Whitfield"]


def test_a_dialogue_tag_with_a_described_crowd_names_nobody(nlp: Language) -> None:
    assert only(nlp, "\u201cThis town will always be our town,\u201d the angry crowd retaliated.").speaker is None


def test_a_reporting_verb_right_before_the_mark_names_the_speaker(nlp: Language) -> None:
    found = only(nlp, "Of Kerr, Blackwell wrote \u201chas shown his deep commitment to the cause. He works hard.\u201d")
    assert found.speaker == "Blackwell"


def test_a_framing_verb_right_before_the_mark_quotes_nobody(nlp: Language) -> None:
    assert quotes_of(nlp, "The judge dismissed the \u201cfrivolous and baseless\u201d suit on Monday.") == []


def test_an_inverted_cue_keeps_its_quotation_when_a_participle_hands_on_another(nlp: Language) -> None:
    found = quotes_of(nlp, "Ann Cole runs the county office. \u201cWe got the voter file and two people who know how "
                           "to use it,\u201d said Varga, explaining why the data mattered: \u201cWithout it, we are "
                           "guessing.\u201d")
    assert [q.speaker for q in found] == ["Varga", "Varga"]


def test_who_after_a_noun_for_people_is_not_the_name_before_it(nlp: Language) -> None:
    found = only(nlp, "Before Iowa, Kerr was not taken seriously by his listeners, who wondered if \u201che would "
                      "be the token candidate.\u201d")
    assert found.speaker != "Kerr"
