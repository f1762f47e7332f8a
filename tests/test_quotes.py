"""Quotes and their speakers, as a user of `sanctuary quotes` relies on them.

Pattern tests use short invented sentences written the way news attributes
quotes; the end-to-end test scores the seeds against the gold file.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctuary_cli.evaluation.quotes import score_quotes
from sanctuary_cli.extract.model import QuoteRecord
from sanctuary_cli.extract.people.people import extract_people
from sanctuary_cli.extract.places.cities import extract_cities
from sanctuary_cli.extract.quotes.quotes import extract_quotes
from tests.conftest import GOLD, SEEDS

if TYPE_CHECKING:
    from spacy.language import Language


def quotes_of(nlp: Language, text: str) -> list[QuoteRecord]:
    doc = nlp(text)
    cities = extract_cities(doc)
    return extract_quotes(doc, extract_people(doc, cities), cities)


def only(nlp: Language, text: str) -> QuoteRecord:
    found = quotes_of(nlp, text)
    assert len(found) == 1, found
    return found[0]


# --- finding the speaker --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"We will not help them," Mayor Tom Baker said.',
        '"We will not help them," said Mayor Tom Baker.',
        "“We will not help them,” Mayor Tom Baker said on Tuesday.",
        'Mayor Tom Baker said in a statement, "We will not help them."',
        'Mayor Tom Baker responded: "We will not help them."',
        '"We will not help them," Mayor Tom Baker told reporters.',
        '"We will not help them," Mayor Tom Baker told NBC News.',
        '"We will not help them," Mayor Tom Baker wrote on Twitter.',
        'Tom Baker, who has led the city since 2019, said: "We will not help them."',
        '"We will not help them." — Mayor Tom Baker',
    ],
)
def test_speaker_named_by_the_cue(nlp: Language, text: str) -> None:
    quote = only(nlp, text)
    assert quote.text.rstrip(",.") == "We will not help them"
    assert quote.kind == "statement"
    assert quote.speaker == "Tom Baker"


def test_the_listener_is_never_the_speaker(nlp: Language) -> None:
    quote = only(nlp, '"Get out of the way," Sheriff Ann Cole told the mayor.')
    assert quote.speaker == "Ann Cole"
    assert quote.cue == "told"


def test_a_named_speaker_inside_an_outlet_report(nlp: Language) -> None:
    quote = only(nlp, 'Mayor Tom Baker said the city would "never give in to threats," CNN reported.')
    assert quote.speaker == "Tom Baker"
    assert quote.kind == "partial"


def test_according_to(nlp: Language) -> None:
    quote = only(nlp, 'The city will "fight every single deportation," according to Mayor Tom Baker.')
    assert quote.speaker == "Tom Baker"
    assert quote.cue == "according to"


def test_short_name_resolves_to_the_full_name_and_keeps_the_mention(nlp: Language) -> None:
    text = 'Mayor Tom Baker met residents on Monday.\n\n"We are ready," Baker said.'
    quote = only(nlp, text)
    assert quote.speaker == "Tom Baker"
    assert quote.speaker_mention == "Baker"


def test_pronoun_goes_to_the_subject_of_the_sentence_before(nlp: Language) -> None:
    text = (
        "Gov. Ann Cole joined Mayor Tom Baker in his efforts to block the plan.\n\n"
        '"Anyone who comes for our people comes through me," she said.'
    )
    quote = only(nlp, text)
    assert quote.speaker == "Ann Cole"
    assert quote.speaker_mention == "she"


def test_pronoun_skips_a_person_of_the_other_gender(nlp: Language) -> None:
    text = (
        "Mayor Tom Baker spoke on Monday. He thanked Gov. Ann Cole, who praised him and said she was proud.\n\n"
        '"We stand together," he said.'
    )
    quote = only(nlp, text)
    assert quote.speaker == "Tom Baker"


def test_role_noun_goes_to_the_holder_of_the_role(nlp: Language) -> None:
    text = (
        "Denver Mayor Tom Baker met federal officials on Monday.\n\n"
        '"Our police will not act as immigration agents," Denver\'s mayor said.'
    )
    quote = only(nlp, text)
    assert quote.speaker == "Tom Baker"
    assert quote.speaker_mention == "Denver's mayor"


def test_an_unnamed_spokesman_stays_a_described_role(nlp: Language) -> None:
    quote = only(nlp, '"We follow federal law," an Aurora city spokesman said in a statement.')
    assert quote.speaker == "Aurora city spokesman"
    assert quote.speaker_mention == "an Aurora city spokesman"


def test_no_speaker_is_none_not_a_guess(nlp: Language) -> None:
    quote = only(nlp, 'The crowd grew quiet.\n\n"This is wrong."')
    assert quote.speaker is None


def test_they_said_is_not_resolved_to_a_person(nlp: Language) -> None:
    quote = only(nlp, 'Mayor Tom Baker met the protesters. "We will be back," they said.')
    assert quote.speaker is None
    assert quote.speaker_mention == "they"


def test_a_quote_without_attribution_continues_the_last_speaker(nlp: Language) -> None:
    text = '"We are ready," Mayor Tom Baker said.\n\n"We have always been ready."'
    found = quotes_of(nlp, text)
    assert [q.speaker for q in found] == ["Tom Baker", "Tom Baker"]


def test_clause_introducing_a_quote_with_a_colon(nlp: Language) -> None:
    quote = only(nlp, 'Council member Ana Ruiz pays $900 a month for parking: "It is a total rip-off."')
    assert quote.speaker == "Ana Ruiz"


def test_inverted_cue_with_a_long_title_gives_the_name(nlp: Language) -> None:
    quote = only(nlp, '"We need the act now," said fellow co-chair and Councilmember Rosa Diaz.')
    assert quote.speaker == "Rosa Diaz"


def test_inverted_cue_with_a_name_in_apposition(nlp: Language) -> None:
    text = '"It is a bit much," echoed his wife, Maria Lopez.'
    assert only(nlp, text).speaker == "Maria Lopez"


def test_name_set_off_by_commas_after_a_described_subject(nlp: Language) -> None:
    text = (
        "The president of the state bar association, Karen Fields, told reporters the appeal could "
        'succeed, "because the law is clear on this point."'
    )
    assert only(nlp, text).speaker == "Karen Fields"


def test_dialogue_tag_with_any_verb(nlp: Language) -> None:
    text = 'Developer Sam Ortiz showed the plans.\n\n"It beats no library at all," he shrugged.'
    assert only(nlp, text).speaker == "Sam Ortiz"


def test_question_mark_then_the_cue(nlp: Language) -> None:
    text = 'Council Member Ana Ruiz listened. "Who pays for this?" Ruiz asked at the hearing.'
    assert only(nlp, text).speaker == "Ana Ruiz"


def test_the_interviewee_speaks_when_the_writer_says_we_spoke_to(nlp: Language) -> None:
    text = 'We spoke to Omar Haddad, a driver from Queens: "Nobody told us anything about the new rules."'
    assert only(nlp, text).speaker == "Omar Haddad"


def test_a_dash_hands_the_floor_to_the_quote(nlp: Language) -> None:
    quote = only(nlp, 'Mayor Tom Baker put it bluntly — "We will not help them."')
    assert quote.speaker == "Tom Baker"


def test_a_clause_before_a_colon_names_its_subject_not_a_place(nlp: Language) -> None:
    text = 'Mayor Tom Baker was more supportive than the governor: "We have worked with the utility for years."'
    assert only(nlp, text).speaker == "Tom Baker"


def test_a_cue_that_introduces_the_next_quote_does_not_attribute_the_previous_one(nlp: Language) -> None:
    text = (
        'According to WXYZ, "Officials said the project came in under budget," and Transit Chief '
        'Dana Hill declared, "That was the first time we have done it."'
    )
    first, second = quotes_of(nlp, text)
    assert first.speaker == "WXYZ"
    assert second.speaker == "Dana Hill"


def test_the_same_surname_goes_to_the_person_mentioned_lately(nlp: Language) -> None:
    text = (
        "Jeff Marlow runs the team's business office.\n\n"
        "Years later, team owner Fred Marlow faced the lawsuit. Marlow said he was "
        '"confident we will win in court."'
    )
    assert only(nlp, text).speaker == "Fred Marlow"


def test_an_organisation_is_named_as_written(nlp: Language) -> None:
    quote = only(nlp, 'The Welsh Assembly Government said: "This is a strike about national issues."')
    assert quote.speaker == "Welsh Assembly Government"


def test_a_name_keeps_its_particle(nlp: Language) -> None:
    quote = only(nlp, 'Mayor-Elect de Blasio released a statement: "Our thoughts go out to the families."')
    assert quote.speaker == "de Blasio"


def test_the_person_a_sentence_is_about_speaks_next(nlp: Language) -> None:
    text = (
        "Mr Kennedy said the election would be close. He brushed off claims that a vote for his party "
        'was wasted. "If you look at the last four by-elections, we have won them."'
    )
    found = quotes_of(nlp, text)
    assert found[-1].speaker == "Kennedy"


# --- what counts as a quote -----------------------------------------------------------


def test_split_quote_is_one_record_with_one_speaker(nlp: Language) -> None:
    text = '"We are ready," Mayor Tom Baker said Tuesday. "We have always been ready."'
    quote = only(nlp, text)
    assert quote.text == "We are ready, We have always been ready."
    assert quote.speaker == "Tom Baker"
    assert (quote.start, quote.end) == (text.index("We are"), text.index('ready."') + len("ready."))


def test_quote_spanning_paragraphs_is_one_record(nlp: Language) -> None:
    text = (
        "Mayor Tom Baker said in a statement:\n\n"
        "“The city will not cooperate with these raids.\n\n"
        "“Our police have work to do.”"
    )
    quote = only(nlp, text)
    assert quote.text == "The city will not cooperate with these raids. Our police have work to do."
    assert quote.speaker == "Tom Baker"


def test_paragraphs_run_together_still_make_one_quote(nlp: Language) -> None:
    text = 'Jan Berry said: "It is a service, not a football. "These plans could hurt policing," she warned.'
    quote = only(nlp, text)
    assert quote.text == "It is a service, not a football. These plans could hurt policing,"
    assert quote.speaker == "Jan Berry"


def test_partial_quote_inside_reported_speech(nlp: Language) -> None:
    quote = only(nlp, 'Mayor Tom Baker said the city will "not bend or break" under pressure.')
    assert quote.kind == "partial"
    assert quote.text == "not bend or break"
    assert quote.speaker == "Tom Baker"


def test_one_word_partial_under_a_reporting_verb(nlp: Language) -> None:
    quote = only(nlp, 'On Friday, Gov. Ann Cole said such a move would amount to an "invasion".')
    assert quote.kind == "partial"
    assert quote.speaker == "Ann Cole"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # deep in the reported clause, under a relative or adverbial clause of its own
        ('Ann Cole said residents who feel "left behind" will get a hearing.', "left behind", "Ann Cole"),
        ('Ann Cole said the council needs a "clean slate" before it votes again.', "clean slate", "Ann Cole"),
        ('Ann Cole called the budget, which passed on Monday, a "fantasy".', "fantasy", "Ann Cole"),
        # the cue after the sentence, or "according to"
        ('The repairs will take time to "settle in," Ann Cole said.', "settle in,", "Ann Cole"),
        ('The levy leaves the district "in the red," according to Ann Cole.', "in the red,", "Ann Cole"),
    ],
)
def test_a_short_quoted_phrase_in_reported_speech_is_a_quote(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    quote = only(nlp, text)
    assert (quote.kind, quote.text, quote.speaker) == ("partial", words, speaker)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('Ann Cole repeated her promise of "a fair deal" to the tenants.', "a fair deal"),
        ("Ann Cole's claim that the fund is \"nearly empty\" drew a rebuke.", "nearly empty"),
        ('Ann Cole renewed her pledge to stay "neutral" in the talks.', "neutral"),
        ("The union dismissed the Baker campaign's accusation that it ran \"dirty\" ads.", "dirty"),
    ],
)
def test_a_phrase_quoted_from_a_claim_or_promise_is_a_quote(nlp: Language, text: str, words: str) -> None:
    quote = only(nlp, text)
    assert (quote.kind, quote.text) == ("partial", words)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Baker, the city's “fixer,” said the vote was close.",
        "Tom Baker and the city's “fixer,” Ann Cole, are promising to hold the vote.",
    ],
)
def test_quoted_words_naming_the_speaker_are_not_what_was_said(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The administration's “border czar,” Tom Baker, said the raids would start soon.",
        "Officials plan a takeover of Democratic-run “sanctuary cities” next year.",
        'She appeared on "Meet the Press" on Sunday.',
        'He called the plan "Operation Safe Streets."',
        "The city will not honor a detainer request (a “hold”) without a warrant.",
        'Critics mocked the so-called "sanctuary policy" this week.',
        'The Daily Planet reports that the city will host a "visioning session" in May.',
        'Readers loved the diary entries ("Itchy! Beard oil a must!") and the photos.',
        'Fox News ran the headline, "Actor Talks About Leaving Town."',
    ],
)
def test_names_titles_and_scare_terms_are_not_quotes(nlp: Language, text: str) -> None:
    assert quotes_of(nlp, text) == []


def test_an_odd_number_of_marks_does_not_lose_the_article(nlp: Language) -> None:
    text = (
        'Residents said "we will go home and left.\n\n'
        'The mayor agreed. "We are ready," Mayor Tom Baker said. "Always," he added.'
    )
    found = quotes_of(nlp, text)
    assert [q.text for q in found][-2:] == ["We are ready,", "Always,"]
    assert {q.speaker for q in found[-2:]} == {"Tom Baker"}


def test_offsets_point_at_the_quoted_words(nlp: Language) -> None:
    text = "Intro line.\n\n“We follow the law,” Gov. Ann Cole said. She left."
    quote = only(nlp, text)
    assert text[quote.start : quote.end] == quote.text == "We follow the law,"


def test_no_text_no_quotes(nlp: Language) -> None:
    for text in ["", "\n\n", "“", "” he said", "Nothing quoted here."]:
        assert quotes_of(nlp, text) == []


# --- the seeds, end to end ------------------------------------------------------------


def test_seeds_meet_the_quality_bar(nlp: Language) -> None:
    gold = [json.loads(line) for line in (GOLD / "quotes.jsonl").read_text("utf-8").splitlines() if line]
    predicted = []
    for path in sorted(SEEDS.glob("*.txt")):
        for quote in quotes_of(nlp, path.read_text("utf-8")):
            predicted.append(
                {
                    "article": path.name,
                    "quote": quote.text,
                    "speaker": quote.speaker,
                    "kind": quote.kind,
                    "start": quote.start,
                    "end": quote.end,
                }
            )
    score = score_quotes(gold, predicted)
    assert score.attributed.f1 >= 0.95, (score.misses, score.false_positives, score.wrong_speakers)
    terms = {g["quote"].rstrip(",") for g in gold if g["kind"] == "term"}
    assert not [p for p in predicted if p["quote"].rstrip(",") in terms]


# --- robustness -----------------------------------------------------------------------

PIECES = [
    '"',
    "“",
    "”",
    "‘‘",
    "’’",
    "''",
    "said",
    "told",
    "he",
    "she",
    "Mayor Tom Baker",
    ",",
    ".",
    ":",
    "—",
    "according to",
    "\n",
    "\n\n",
    "the city",
    "will",
    "not",
    "(",
    ")",
    "Baker's",
    "a spokesman",
]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60).map(" ".join))
def test_any_arrangement_of_marks_and_cues_gives_sane_records(nlp: Language, text: str) -> None:
    doc = nlp(text)
    for quote in extract_quotes(doc, [], []):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.kind in ("statement", "partial")
        assert quote.text.strip()
        assert quote.speaker is None or quote.speaker.strip()


def test_time_grows_with_the_text_not_its_square(nlp: Language) -> None:
    unit = 'Mayor Tom Baker said "we will win," and he added: "We are ready." '
    small, large = nlp(unit * 40), nlp(unit * 400)
    started = time.perf_counter()
    extract_quotes(small, [], [])
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    extract_quotes(large, [], [])
    large_time = time.perf_counter() - started
    assert large_time < 30 * small_time + 0.5


# --- political news: salience, titles, closing clauses ------------------------------------


def test_pronoun_goes_to_the_topic_not_a_name_in_passing(nlp: Language) -> None:
    text = (
        "Lord Paul Grey argued that leaders should not block the vote.\n\n"
        "Lord Grey's motion comes a week after viewers watched President Mark Hill "
        "argue with his rival Jane Ross on television. "
        'He said it was a "reckless idea" that one leader could decide alone.'
    )
    assert only(nlp, text).speaker == "Paul Grey"


def test_pronoun_passes_over_a_capitalised_thing_to_the_titled_subject(nlp: Language) -> None:
    text = (
        "Tory leader Dan Shaw has attacked the Budget.\n\n"
        'Mr Brown\'s Budget was not about the town, but "all about the party," the Tory leader said. '
        'He went on to accuse Mr Brown of waste. "We can all see the sweeteners, but they hide the tax rises."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Dan Shaw", "Dan Shaw"]


def test_pronoun_in_a_pressed_on_clause_is_the_subject_before(nlp: Language) -> None:
    text = (
        "Ted Marsh has said he will not attack his opponent's record.\n\n"
        "Asked whether he would raise Mr Kemp's old job, he replied: "
        '"That would be petty. I will not do it."'
    )
    assert only(nlp, text).speaker == "Ted Marsh"


def test_a_group_of_names_is_no_antecedent(nlp: Language) -> None:
    text = (
        "Among the critics were councillors Alan Pratt, Rob Lyle and Gus Hearn. "
        "But Mayor Ken Dale denied that Mr Hearn had called the plan a waste. "
        'He also said the works would "finish on time".'
    )
    assert only(nlp, text).speaker == "Ken Dale"


def test_the_role_goes_to_the_person_titled_so_in_the_article(nlp: Language) -> None:
    text = (
        "Prime Minister Ann Lowe has ruled out new taxes.\n\n"
        'The prime minister told the Evening Echo: "We will not change course."'
    )
    quote = only(nlp, text)
    assert quote.speaker == "Ann Lowe"
    assert quote.speaker_mention == "The prime minister"


def test_a_qualified_spokesman_is_not_another_spokesman(nlp: Language) -> None:
    text = (
        'Green spokesman Hugh Tate repeated his call for the report. "It must be published."\n\n'
        "The mayor's official spokesman rejected the claim, saying: "
        '"The report is a private document."'
    )
    quotes = quotes_of(nlp, text)
    assert quotes[0].speaker == "Hugh Tate"
    assert quotes[1].speaker == "mayor's official spokesman"


def test_a_name_ending_a_minister_for_title(nlp: Language) -> None:
    text = (
        "Party strategists think women voters are key. Labour's deputy minister for women Rita Cole "
        'accused the Lib Dems of offering "false promises" to women. She said: "Parents will pay for this."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rita Cole", "Rita Cole"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"It will take years to finish," a spokesman said.', "spokesman"),
        ('"It will take years to finish," a Home Office spokesman said.', "Home Office spokesman"),
    ],
)
def test_an_unnamed_speaker_is_the_role_described(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


def test_her_office_speaks_for_her(nlp: Language) -> None:
    text = (
        "Speaker Rosa Lind will propose free bus passes for students.\n\n"
        '"The council will fund the passes from next year," her office announced.'
    )
    assert only(nlp, text).speaker == "Rosa Lind's office"


def test_fragment_in_a_sentence_closed_by_he_said(nlp: Language) -> None:
    text = (
        "Council leader Omar Bell set out his plans.\n\n"
        'The new library would be "the first job" for his team even if funds were cut, he said.'
    )
    quote = only(nlp, text)
    assert quote.kind == "partial"
    assert quote.speaker == "Omar Bell"


def test_fragment_before_an_inverted_closing_cue(nlp: Language) -> None:
    text = 'The chief "should have resigned at once" when he knew the facts, said Ms Dale.'
    assert only(nlp, text).speaker == "Dale"


def test_a_framing_verb_quotes_through_as(nlp: Language) -> None:
    quote = only(nlp, 'Senator Joan Ash dismissed the tax plan as "borrow now, pay later" politics.')
    assert quote.speaker == "Joan Ash"
    assert quotes_of(nlp, 'Judge Ray Kim dismissed the "frivolous" lawsuit on Friday.') == []


def test_a_passive_reporting_verb_gives_its_agent(nlp: Language) -> None:
    quote = only(nlp, 'The new fee was branded "a tax on the poor" by Mayor Lou Park.')
    assert quote.speaker == "Lou Park"


def test_a_reply_that_answers_a_question_is_not_its_speaker(nlp: Language) -> None:
    text = (
        "In the chamber, councillor Fay Moore asked the minister about the mailers.\n\n"
        '"How could you send these mailers and then deny you ever saw them?" '
        "Mr Quinn replied that the mailers were fair."
    )
    assert only(nlp, text).speaker == "Fay Moore"
    replied = only(nlp, '"Why now?" Mr Quinn replied.')
    assert replied.speaker == "Quinn"


def test_the_one_reported_on_is_not_the_one_speaking(nlp: Language) -> None:
    text = (
        "Tory leader Dan Shaw set out his election pitch on Monday, mocking the chancellor, Mr Brook.\n\n"
        'Mr Brook has failed to fix the roads, he claimed, saying he had the "wrong answer" to them.'
    )
    assert only(nlp, text).speaker == "Dan Shaw"


def test_a_clause_set_off_by_a_quotation_still_names_the_speaker(nlp: Language) -> None:
    text = (
        "The dancers sued and won, said their lawyer Gail Moss.\n\n"
        "Councilman Victor Lang was not happy about the deal: "
        '"At this price the city will go broke," he told the Post.'
    )
    assert only(nlp, text).speaker == "Victor Lang"


def test_he_in_a_clause_describing_a_persons_statement_is_that_person(nlp: Language) -> None:
    text = (
        "Activist Dora Finch wrote to us about Mayor Ray Cobb's announcement yesterday, in which he stated: "
        '"Clearing the roads remains our first job."'
    )
    assert only(nlp, text).speaker == "Ray Cobb"


def test_the_one_criticised_for_saying_something_said_it(nlp: Language) -> None:
    text = (
        "Mayor Rob Fenn spent the weekend at his cottage. "
        'Residents criticized him for claiming the "worst is over" on Monday.'
    )
    quote = only(nlp, text)
    assert quote.speaker == "Rob Fenn"
    assert quote.speaker_mention == "him"


def test_a_quotation_mark_glued_to_the_speaker_name(nlp: Language) -> None:
    text = "The race has been rough on everyone,”Gomez said. “We will keep going.”"
    found = quotes_of(nlp, "“" + text)
    assert [q.speaker for q in found] == ["Gomez"]


def test_a_quotation_mark_glued_to_the_cue(nlp: Language) -> None:
    quote = only(nlp, "Senator Alma Ruiz said,“Look, the tweet was wrong and it has been taken down.”")
    assert quote.speaker == "Alma Ruiz"
    assert quote.text.startswith("Look, the tweet")


def test_an_inverted_cue_closing_the_sentence_names_the_speaker(nlp: Language) -> None:
    text = (
        '"The mailers have been setting the agenda for the voters," in sharp contrast to earlier races, '
        "says Dana Scott, a political scientist at the state university."
    )
    assert only(nlp, text).speaker == "Dana Scott"


def test_an_inverted_cue_after_a_quote_run_into_the_sentence(nlp: Language) -> None:
    text = (
        '"Campaigns are having trouble raising money. The groups have the cash. They do not have a choice" '
        "but to lead the advertising, says Evan Trent, a media consultant in Denver."
    )
    assert only(nlp, text).speaker == "Evan Trent"


def test_narration_after_a_quote_names_no_speaker(nlp: Language) -> None:
    quote = only(nlp, '"We lost," and the mayor, who had said nothing all night, left the room.')
    assert quote.speaker is None


def test_a_described_source_close_to_a_named_family_is_not_that_family(nlp: Language) -> None:
    quote = only(nlp, '"The drop we are seeing is due to the emails," said a person close to the Warrens.')
    assert quote.speaker != "Warrens"
    assert quote.speaker_kind == "description"


def test_a_name_in_apposition_after_a_described_source_is_the_speaker(nlp: Language) -> None:
    assert only(nlp, '"The drop is real," said a longtime aide to the governor, Ann Lee.').speaker == "Ann Lee"


def test_a_negated_report_does_not_take_the_quote_from_its_speaker(nlp: Language) -> None:
    text = 'The board cannot say that "from where it stands," Lopez added, saying it should be up to the voters.'
    assert only(nlp, text).speaker == "Lopez"


def test_a_parenthetical_cue_credits_the_short_quoted_words_of_its_sentence(nlp: Language) -> None:
    text = 'The governor, Lopez said, had been in office for "a thousand years" and passed "hundreds of bills."'
    found = quotes_of(nlp, text)
    assert [(q.text, q.speaker) for q in found] == [("a thousand years", "Lopez"), ("hundreds of bills.", "Lopez")]


def test_a_parenthetical_cue_after_a_conjunction(nlp: Language) -> None:
    quote = only(nlp, 'But, Lopez added, she would not close the border "willy-nilly."')
    assert (quote.text, quote.speaker) == ("willy-nilly.", "Lopez")


def test_a_scare_term_in_a_sentence_without_a_cue_is_not_a_quote(nlp: Language) -> None:
    assert quotes_of(nlp, 'The governor, a former teacher, had been in office for "a thousand years."') == []


def test_a_cue_in_a_clause_describing_the_delivery_does_not_take_the_next_quote(nlp: Language) -> None:
    text = (
        '"Where were we attacked? We were attacked downtown," Ruiz said, with a passion that almost '
        'suggested the question was out of line. "I spent a lot of time helping them rebuild."'
    )
    assert {q.speaker for q in quotes_of(nlp, text)} == {"Ruiz"}


def test_words_quoted_deep_inside_reported_speech_are_the_reporters(nlp: Language) -> None:
    quote = only(nlp, 'Asked about the race, Mayor Ana Ruiz said she expected that voters will say "no" to the plan.')
    assert (quote.text, quote.speaker) == ("no", "Ana Ruiz")


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Ana Ruiz read the names of the dead. Ruiz ended her list by saying "Too many."',
        'Ana Ruiz answered the charge by saying the plan was "a reckless gamble with public money."',
        'In explaining why those "common-sense plans" had failed, Ana Ruiz described a rigged system.',
    ],
)
def test_a_cue_after_a_preposition_is_the_main_verbs_subjects(nlp: Language, text: str) -> None:
    assert only(nlp, text).speaker == "Ana Ruiz"


def test_a_participle_opening_a_sentence_goes_on_from_the_last_speaker(nlp: Language) -> None:
    text = (
        'After the interview, Maher stated of the scandal that the report "was not good." '
        'Adding, "Now, like with all of these scandals, what they actually do is never that bad."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Maher", "Maher"]


def test_a_participle_opening_a_sentence_after_no_speaker_names_nobody(nlp: Language) -> None:
    assert only(nlp, 'The council met for an hour. Adding, "We will not stop."').speaker is None


def test_values_of_markup_left_in_the_text_are_not_quotes(nlp: Language) -> None:
    text = (
        "Ann Cole said the city must act “right now.”\n\n"
        '<post id="7681" author="@cityhall" datetime="2024-08-23">The pier opens in June.</post>'
    )
    assert [q.text for q in quotes_of(nlp, text)] == ["right now."]


def test_no_break_spaces_around_a_quote_do_not_hide_its_cue(nlp: Language) -> None:
    text = "“We are ready,”\u00a0Ann Cole said.\n\nShe added,\u00a0“We always were.”"
    found = quotes_of(nlp, text)
    assert [(q.text, q.kind, q.speaker) for q in found] == [
        ("We are ready,", "statement", "Ann Cole"),
        ("We always were.", "statement", "Ann Cole"),
    ]


def test_two_short_sentences_in_capitals_are_speech_not_a_title(nlp: Language) -> None:
    quote = only(nlp, "“Like Denver. Or Boise,” Ann Cole said.")
    assert (quote.text, quote.speaker) == ("Like Denver. Or Boise,", "Ann Cole")


def test_a_quote_after_one_an_outlet_reported_does_not_carry_the_outlet(nlp: Language) -> None:
    text = (
        'Voters were divided, the Daily Ledger reported. "Nobody here trusts either side." '
        '"I will vote anyway, because my grandmother never missed an election."'
    )
    first, second = quotes_of(nlp, text)
    assert first.speaker == "Daily Ledger"
    assert second.speaker is None


def test_cue_phrases_match_in_any_case_as_the_tokenizer_splits_them(nlp: Language) -> None:
    from sanctuary_cli.extract.quotes.lexicon import cue_lexicon, cue_phrase_matcher

    for phrase in cue_lexicon().cue_phrases:
        # Each phrase is matched as its space-separated words: the tokenizer must split it so.
        assert [token.text for token in nlp.make_doc(phrase)] == phrase.split()
    doc = nlp.make_doc("ACCORDING TO the clerk, and in the Words of the judge, according to plan.")
    found = [doc[start:end].text for _, start, end in cue_phrase_matcher()(doc)]
    assert found == ["ACCORDING TO", "in the Words of", "according to"]
