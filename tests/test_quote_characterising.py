"""A person's words quoted as what they call someone or something: "admires X as "…"", "likened X to "…"".

Every sentence here is invented, written the way news reports a characterisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.test_quotes import only, quotes_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # any verb with an "as" complement, its subject a person
        ('Mayor Ann Lee openly admires the governor as a "steady hand," praising her budget.', "Ann Lee",
         "steady hand"),
        ('Senator Bo Park has been pounding the developer as a "land grabber" for months.', "Bo Park",
         "land grabber"),
        ('Judge Ivy Marsh identified the witness as "credible."', "Ivy Marsh", "credible"),
        ('Dana Cole sees the budget as a return to "the bad old days."', "Dana Cole", "the bad old days"),
        # a framing verb reaches the words however deep they sit under its "as"
        ('In July, Carl Hupp dismissed the rival plan as being in "fantasy land" and left the room.', "Carl Hupp",
         "fantasy land"),
        # a verb of likening through "to"
        ('Councilwoman Ruth Hale likened the fee to "a tax on breathing."', "Ruth Hale", "a tax on breathing"),
        ('Dana Cole compared the mayor to a landlord who is "collecting rent on empty lots."', "Dana Cole",
         "collecting rent on empty lots"),
    ],
)
def test_a_characterisation_is_its_person_subjects(nlp: Language, text: str, speaker: str, words: str) -> None:
    quote = only(nlp, text)
    assert quote.speaker == speaker
    assert words in quote.text


@pytest.mark.parametrize(
    "text",
    [
        # a thing or body using something as what it is called says nothing
        'The church uses the old gym as a "shelter" on cold nights.',
        'The report compared the district to a "ghost town."',
        # a likening verb is no reporting verb outside its "to"
        'Ann Lee compared the "rainy day" fund with the one the county keeps.',
    ],
)
def test_no_characterisation_without_a_person_or_its_preposition(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('Ann Lee sniped that the plan was "a giveaway."', "Ann Lee", "a giveaway"),
        ('Kerry Dunn lauded the clerk for her "tireless work."', "Kerry Dunn", "tireless work"),
        ('Kerry Dunn rebuked the board for its "reckless spending."', "Kerry Dunn", "reckless spending"),
    ],
)
def test_verbs_of_sniping_praise_and_rebuke_report_speech(nlp: Language, text: str, speaker: str, words: str) -> None:
    quote = only(nlp, text)
    assert quote.speaker == speaker
    assert words in quote.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The ad uses footage of Tom Vance asking, "Where did the money go?"', "Tom Vance"),
        ('The new ad shows Mayor Ann Lee saying, "We are ready for the storm."', "Ann Lee"),
        # after a comma the participle goes on from the sentence's subject
        ('Tom Vance attacked Ann Lee, saying, "She has never read the budget."', "Tom Vance"),
    ],
)
def test_a_person_named_right_before_an_ing_verb_is_shown_speaking(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


def test_an_as_in_a_relative_clause_does_not_make_its_antecedent_speak(nlp: Language) -> None:
    quotes = quotes_of(nlp, 'Voters remember Tom Vance, who served as "the town\'s fixer" for a decade.')
    assert all(q.speaker != "Tom Vance" for q in quotes)


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        ('Mayor Ann Lee wrote a letter to Judge Tom Vance asking the state to review the "fiasco."', "Tom Vance"),
        ('In her memoir, Ann Lee gives an account of Tom Vance telling an aide to "go home."', "Tom Vance"),
    ],
)
def test_a_letter_to_or_an_account_of_a_person_is_not_that_person_speaking(
    nlp: Language, text: str, not_speaker: str
) -> None:
    assert all(q.speaker != not_speaker for q in quotes_of(nlp, text))
