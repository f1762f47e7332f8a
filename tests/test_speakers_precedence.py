"""Who said it when two readings of a sentence disagree: invented sentences.

The clause closing a quotation ("…," the statement said) is the most explicit
attribution a news article gives; a speaker named in the sentence before
is only the story's context. A report of a whole sentence ("according to
Lee, …", "…, Lee said, …") outranks the cue of the clause inside it, and a
name before a colon that says where the words were said labels nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from sanctuary_cli.extract.docindex import index as index_of
from sanctuary_cli.extract.quotes.subjects import subject_of
from tests.test_quotes import only, quotes_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The council released a statement on Friday. "
            '"We regret the delay and will reopen the pool in June," the statement said.',
            "statement",
        ),
        (
            "Ann Webb told the board on Friday that the pool would stay shut. "
            '"We regret the delay and will reopen it in June," the letter said.',
            "letter",
        ),
        (
            "The Ledger said Commissioner Ruth Ames answered its questions in writing. "
            '"The commissioner regrets using her own phone for county business," the statement said in part.',
            "statement",
        ),
    ],
)
def test_a_document_closing_a_quotation_is_its_source(nlp: Language, text: str, speaker: str) -> None:
    found = only(nlp, text)
    assert found.speaker == speaker
    assert found.speaker_kind == "description"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a fronted "according to" reports the clause, whoever the clause says would use the word
        (
            'Tom Bell skipped the hearing because, according to Tom Bell, the papers would call him a "coward"'
            " if he went.",
            "coward",
            "Tom Bell",
        ),
        ('According to the Ledger, the council called the plan "a disaster" for the town.', "disaster", "Ledger"),
        # a reporting clause set off by commas reports the sentence it sits in
        ('The Ledger, Ann Webb said, called the vote "highly significant" for the county.', "highly", "Ann Webb"),
        # the one told may be a whole noun phrase: "tells the crowd"
        (
            'And, Ann Webb tells the crowd, she has been known to be "blunt and tough" in her home county.',
            "blunt",
            "Ann Webb",
        ),
    ],
)
def test_a_report_of_the_whole_sentence_outranks_the_cue_inside_it(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert only(nlp, text).speaker == speaker
    assert words in only(nlp, text).text


def test_a_trailing_according_to_leaves_the_speaker_of_the_clause(nlp: Language) -> None:
    found = only(nlp, 'The council called the plan "a disaster," according to the Ledger.')
    assert found.speaker == "council"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # where the words were said is no label
        ('Tom Bell was wrong in October. Then, later that month on WXRT: "I never said the mill would close."', None),
        ('Tom Bell spoke twice. In Dayton: "We will keep the mill open whatever the board decides."', None),
        # a post or letter before the colon is its owner's
        (
            "Aides say the former mayor plans to back Ann Webb. From Tom Bell's Facebook post: "
            '"For the sake of the town, we must move past the anger of this race."',
            "Tom Bell",
        ),
        # a label still names its speaker
        ('Rep. Ann Cole (D-Ore.): "I have not seen a single figure that supports the claim."', "Ann Cole"),
    ],
)
def test_a_label_before_a_colon_is_a_speaker_not_a_setting(nlp: Language, text: str, speaker: str | None) -> None:
    assert only(nlp, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a long subject after the comma still closes the sentence
        (
            '"If the county finds more records, it intends to search them" that would answer the requests from the'
            " Ledger, county senior trial counsel Ann Lewis Webb wrote in a court filing.",
            "finds more records",
        ),
        (
            'The plan leaves the district "in the red for years," county senior trial counsel Ann Lewis Webb wrote'
            " in a filing.",
            "in the red",
        ),
        # a closing clause that runs on a few words before the quotation resumes
        (
            '"If there had not been that vote" by the council, the mayor and the board, Ann Lewis Webb said at a'
            ' town hall on Monday, "we would be looking at a closed mill now."',
            "that vote",
        ),
    ],
)
def test_a_clause_closing_the_sentence_names_the_speaker_of_words_far_before_it(
    nlp: Language, text: str, words: str
) -> None:
    found = [quote for quote in quotes_of(nlp, text) if words in quote.text]
    assert len(found) == 1
    assert found[0].speaker == "Ann Lewis Webb"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the one a verb makes speak speaks for every verb joined to the first
        (
            "At one point, the chair asked for order. That prompted Tom Bell to make a joke about yoga and call"
            ' Ann Webb "very flexible," a nod to her changes of position.',
            "Tom Bell",
        ),
        ('The vote prompted Tom Bell to call the plan "a fraud" on the floor.', "Tom Bell"),
        # a reporting verb that urges keeps the words its own
        ('Ann Webb urged Tom Bell to resign and to say "sorry" to the town.', "Ann Webb"),
    ],
)
def test_the_one_made_to_speak_speaks_through_joined_verbs(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a topic, a comma, and a titled name at the verb: the name at the verb speaks
        (
            'Or maybe Ann Webb, county strategist Phil Musser says. "Several surveys suggest a second look is'
            ' happening for Webb in the north."',
            "Phil Musser",
        ),
        # an appositive that describes the subject leaves the subject the speaker
        ('Ann Webb, an aide to Tom Bell, said the plan was "dead on arrival" in the county.', "Ann Webb"),
        ("Ann Webb, Tom Bell's sister, said the plan was \"dead on arrival\" in the county.", "Ann Webb"),
    ],
)
def test_a_second_name_right_at_the_verb_is_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


def test_of_two_names_parsed_as_subjects_the_one_at_the_verb_speaks(nlp: Language) -> None:
    # "Or maybe Ann Webb, county strategist Phil Musser says.", parsed (as the small model may) with both
    # names as subjects of "says".
    words = ["Or", "maybe", "Ann", "Webb", ",", "county", "strategist", "Phil", "Musser", "says", "."]
    heads = [9, 9, 3, 9, 9, 6, 8, 8, 9, 9, 9]
    deps = ["cc", "advmod", "compound", "nsubj", "punct", "compound", "compound", "compound", "nsubj", "ROOT", "punct"]
    tags = ["CC", "RB", "NNP", "NNP", ",", "NN", "NN", "NNP", "NNP", "VBZ", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, ents=ents)
    subject = subject_of(index_of(doc), doc[9])
    assert subject is not None and subject.text == "Musser"
