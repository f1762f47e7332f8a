"""Speakers found the way general news attributes speech, on invented sentences.

Each case is a pattern of English news writing: a long name or a titled
name with an aside closing a quotation, a participle carrying on a speaker
across a sentence the parser ran into the quotation before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from sanctuary_cli.extract.model import QuoteRecord
from sanctuary_cli.extract.people.people import extract_people
from sanctuary_cli.extract.places.cities import extract_cities
from sanctuary_cli.extract.quotes.quotes import extract_quotes

if TYPE_CHECKING:
    from spacy.language import Language


def quotes_of(nlp: Language, text: str) -> list[QuoteRecord]:
    doc = nlp(text)
    cities = extract_cities(doc)
    return extract_quotes(doc, extract_people(doc, cities), cities)


def speaker_of(nlp: Language, text: str, words: str) -> str | None:
    found = [quote for quote in quotes_of(nlp, text) if words in quote.text]
    assert len(found) == 1, quotes_of(nlp, text)
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The crowd cheered as the vote began.\n\n"
            '"Our county is proud to cast every vote for the next governor!" State Senator Ann Marie Dobbs'
            " said as she opened the roll call.",
            "Ann Marie Dobbs",
        ),
        (
            '"How are you today?" Marla Quint, a retired nurse from the river district, said cheerfully'
            " into the phone.",
            "Marla Quint",
        ),
    ],
)
def test_a_long_name_opening_the_clause_after_a_question_or_exclamation_speaks(
    nlp: Language, text: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, "?" if "?" in text.split('"')[1] else "!") == speaker


def test_a_new_sentence_after_a_finished_quotation_is_not_its_attribution(nlp: Language) -> None:
    text = '"We won." Former state party chairwoman Lucy Grant of Dayton said it was a fair fight.'
    assert speaker_of(nlp, text, "We won") is None


def test_a_participle_borrows_its_subject_across_a_paragraph_the_parser_ran_on(nlp: Language) -> None:
    text = (
        "\u201cAnd I hope the voters are watching closely or it\u2019s going to be taken away from us.\u201d\n\n"
        "City spokesman Ben Ortiz responded on Twitter, calling the claim \u201creckless\u201d"
        " and \u201ccruel.\u201d"
    )
    assert speaker_of(nlp, text, "reckless") == "Ben Ortiz"
    assert speaker_of(nlp, text, "cruel") == "Ben Ortiz"


def test_a_participle_never_borrows_the_subject_of_a_reported_clause(nlp: Language) -> None:
    text = 'Lee insisted the city would resist, saying the order was "unlawful."'
    assert speaker_of(nlp, text, "unlawful") == "Lee"


def test_a_participle_after_a_closing_cue_is_that_cues_speakers(nlp: Language) -> None:
    text = (
        "Moss cannot say that \u201cfrom her own view,\u201d Park added,"
        " saying it should be \u201cup to the voters to decide.\u201d"
    )
    assert speaker_of(nlp, text, "up to the voters") == "Park"


def test_a_name_with_an_aside_holding_a_participle_opens_the_clause_after_a_question(nlp: Language) -> None:
    text = (
        '"I am calling from the Cole campaign. How are you today?" Miller, a retired worker from a nuclear'
        " plant, said pleasantly into the phone."
    )
    assert speaker_of(nlp, text, "How are you") == "Miller"


@pytest.mark.parametrize(
    "text",
    [
        'Couple national attention with a "mayor who is a lightning rod" and residents get nervous, said'
        " Christine Link, executive director of the civic league.",
        'The plan was "a disaster," said Christine Link, a county clerk, and the council agreed.',
    ],
)
def test_a_cue_closing_the_sentence_with_a_described_name_reports_its_fragments(nlp: Language, text: str) -> None:
    assert speaker_of(nlp, text, "a") == "Christine Link"


def test_a_quoted_epithet_inside_the_subject_is_not_speech(nlp: Language) -> None:
    assert quotes_of(nlp, 'Tom Baker, the city\'s "fixer," said the vote was close.') == []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mayor Ann Cole is releasing a new 30-second ad that urges voters in the city to"
            " \u201csend a message\u201d to the developers.",
            "send a message",
            "Ann Cole",
        ),
        (
            "In addition, a fundraising email sent out by Ann Cole on Tuesday night warned of the fight ahead:"
            ' "There are 14 races over the next three weeks."',
            "14 races",
            "Ann Cole",
        ),
        (
            'The Daily Ledger recently ran a piece that noted her "budget would help wealthy households more'
            ' than poorer ones."',
            "budget would help",
            "Daily Ledger",
        ),
    ],
)
def test_a_document_speaks_for_the_author_its_sentence_names(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_a_document_without_a_named_author_is_given_as_described(nlp: Language) -> None:
    quote = quotes_of(nlp, 'The ad says "nothing will change until we elect new leaders."')[0]
    assert (quote.speaker, quote.speaker_kind) == ("ad", "description")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'Senator Joan Pike estimated that there are "between 20 and 30 members who will vote no."',
            "members",
            "Joan Pike",
        ),
        (
            'Governor Ray Dunn worried that the fund was becoming "a crutch that keeps towns from planning ahead."',
            "crutch",
            "Ray Dunn",
        ),
    ],
)
def test_words_quoted_under_a_verb_of_attitude_are_its_subjects(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_a_verb_of_attitude_is_a_weak_cue(nlp: Language) -> None:
    assert quotes_of(nlp, 'The agency estimated the "dead zone" at 6,000 square miles.') == []
    text = 'Democratic leaders worried about the vote. "We cannot lose this seat," Ann Cole said.'
    assert speaker_of(nlp, text, "seat") == "Ann Cole"


def test_a_cue_the_parser_left_unlabelled_goes_on_from_the_verb_before(nlp: Language) -> None:
    text = (
        "Senator Ray Holt kept asking her why the agency had waited. Moss, exasperated, famously responded:"
        ' "What difference does it make?" Her critics cited it as evidence.'
    )
    assert speaker_of(nlp, text, "difference") == "Moss"


def test_a_cue_parsed_as_a_participle_after_an_aside_is_the_names_verb(nlp: Language) -> None:
    text = (
        "The rumor spread from an altered version of a post by a cable contributor, which did not cite a source"
        " for the information.\n\nStuart Stevens, who served as the governor's chief strategist during the 2012"
        ' campaign, called Lee\'s statements and actions on Sunday "childish."'
    )
    assert speaker_of(nlp, text, "childish") == "Stuart Stevens"


def test_a_name_after_a_second_title_is_the_speaker(nlp: Language) -> None:
    text = (
        "Former prosecutor and Mayor Rudy Giuliani, who backs Lee, trashed Moss on a morning show, calling it a"
        " \u201cno-brainer\u201d to prosecute."
    )
    assert speaker_of(nlp, text, "no-brainer") == "Rudy Giuliani"


def test_a_thing_called_by_a_name_is_not_speech(nlp: Language) -> None:
    assert quotes_of(nlp, 'The city unveiled a plan called "Fair Share" on Monday.') == []


def test_a_cue_hung_on_the_name_without_a_comma_still_closes_the_quotation(nlp: Language) -> None:
    text = (
        "Much of the support has leaked to third-party candidates.\n\n"
        "\u201cCole needs a strategy for winning back those voters,\u201d Nate Silver, the polling guru who founded"
        " the site tweeted on Wednesday."
    )
    assert speaker_of(nlp, text, "strategy") == "Nate Silver"


def test_a_participle_never_borrows_the_subject_of_a_nouns_content_clause(nlp: Language) -> None:
    text = (
        "Reached by phone, Bennett denied the notion that a campaign shakeup is coming, explaining that he was"
        " \u201ctaking a day off.\u201d"
    )
    assert speaker_of(nlp, text, "day off") == "Bennett"


def test_a_label_with_a_party_tag_glued_to_its_colon_names_the_speaker(nlp: Language) -> None:
    text = 'Rep. Ann Lee (D-Ore.):"I have not heard anyone other than you cite that figure. Who told you that?"'
    assert speaker_of(nlp, text, "cite that figure") == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Al From founded the council in 1985. The party changed course in the nineties.\n\n"
            '"We had to win back the middle class," From said. "It was a different world."',
            "middle class",
            "Al From",
        ),
        (
            "George Will has covered politics for fifty years.\n\n"
            '"This might, and should, hasten the end of the outsiders," Will wrote in his column.',
            "outsiders",
            "George Will",
        ),
        (
            "But Bill Skelly, a longtime data operative, vouched for both men.\n\n"
            '"Having a good voter file is valuable," said Skelly, explaining that he worked with both men.',
            "voter file",
            "Bill Skelly",
        ),
    ],
)
def test_a_surname_that_is_also_a_common_word_speaks_after_the_full_name(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_a_common_word_before_a_cue_names_nobody_unless_a_full_name_ends_in_it(nlp: Language) -> None:
    text = 'The party changed course in the nineties.\n\n"We had to win back the middle class," From said.'
    assert speaker_of(nlp, text, "middle class") is None
    text = 'The columnist was blunt.\n\n"The outsiders must go," Will wrote in his column.'
    assert speaker_of(nlp, text, "outsiders") is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'She had not.\n\n"I am not going to call it a mistake, so forget about it," said retired neurosurgeon'
            " Ben Corson, asked about his claims that he had been offered a scholarship.",
            "Ben Corson",
        ),
        ('"We will fight this order in court," said embattled Mayor Tom Reed on Monday.', "Tom Reed"),
        ('"The new system works," said acting police chief Ann Lee.', "Ann Lee"),
    ],
)
def test_a_participle_describing_the_speaker_after_the_verb_is_part_of_the_subject(
    nlp: Language, text: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Several inquiries looked at the raid. A 2014 Senate committee report found \"no evidence that there"
            ' was an order to stand down or a denial of air support."',
            "2014 Senate committee report",
        ),
        (
            'In 2014, the Pew Research Center found that "about twice as many voters said it was more important'
            ' to control gun ownership than to protect gun rights."',
            "Pew Research Center",
        ),
    ],
)
def test_a_report_or_poll_that_found_what_is_quoted_is_its_source(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "") == speaker


def test_a_short_phrase_an_audit_found_is_a_term_not_a_quote(nlp: Language) -> None:
    assert quotes_of(nlp, 'An audit of the county found "serious gaps" in its books.') == []


@pytest.mark.parametrize(
    "text",
    [
        '"If he does not, he should resign!" the party\'s presumptive nominee, Donald Grump, tweeted Sunday.',
        "\u201cHe should resign,\u201d the presumptive Republican nominee, Donald Grump, tweeted Sunday after the"
        " attack.",
    ],
)
def test_a_cue_hung_on_a_described_subject_after_a_quotation_credits_the_name_beside_it(
    nlp: Language, text: str
) -> None:
    assert speaker_of(nlp, text, "resign") == "Donald Grump"


def test_a_participle_after_a_clause_of_time_goes_on_from_the_reporting_verb(nlp: Language) -> None:
    text = (
        '"I think we need him back in the Senate," Hanley said during a panel on his show after the first-term'
        ' senator easily won his primary, remarking that there are "still some conservatives angry over the bill."'
    )
    assert speaker_of(nlp, text, "conservatives angry") == "Hanley"


def test_a_capitalised_verb_of_saying_after_the_speakers_name_is_no_part_of_it(nlp: Language) -> None:
    text = 'Mayor Vanderholt Tweeted: "Congratulations to the whole team on a perfect season, you made us proud."'
    assert speaker_of(nlp, text, "perfect season") == "Vanderholt"
