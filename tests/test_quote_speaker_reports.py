"""Whose words a quoted fragment is, when the parse offers more than one verb: invented sentences.

A fragment reported inside someone's reported speech is the reporter's
account ("Webb said the panel rejected her plan, calling it "…""); a verb
of another paragraph is never a fragment's cue, whatever the parse runs
together.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from sanctuary_cli.extract.docindex import index as index_of
from sanctuary_cli.extract.people.people import extract_people
from sanctuary_cli.extract.places.cities import extract_cities
from sanctuary_cli.extract.quotes.cues import tree_cue
from sanctuary_cli.extract.quotes.quotes import extract_quotes
from sanctuary_cli.extract.quotes.subjects import subject_of
from sanctuary_cli.extract.quotes.zone_cues import zone_cue

if TYPE_CHECKING:
    from spacy.language import Language


def speaker_of(nlp: Language, text: str, words: str) -> str | None:
    doc = nlp(text)
    cities = extract_cities(doc)
    found = [q for q in extract_quotes(doc, extract_people(doc, cities), cities) if words in q.text]
    assert len(found) == 1, found
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Senator Ann Webb said Tuesday that the committee rejected her proposal to cap the fees,"
            ' calling it an "empty gesture."',
            "empty gesture",
            "Ann Webb",
        ),
        (
            'Councilman Tom Bell said Mayor Ruth Ames was right to urge the neighborhood groups "to stand'
            ' firm and be heard."',
            "stand firm",
            "Tom Bell",
        ),
    ],
)
def test_a_participle_or_infinitive_inside_reported_speech_is_the_reporter_s(
    nlp: Language, text: str, words: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, words) == speaker


def test_a_clause_of_its_own_inside_reported_speech_keeps_its_speaker(nlp: Language) -> None:
    text = 'Ann Webb suggested that the bill was weak, while Tom Bell said it was "a fair start" for the city.'
    assert speaker_of(nlp, text, "fair start") == "Tom Bell"


def test_a_verb_in_the_next_paragraph_does_not_report_a_fragment(nlp: Language) -> None:
    text = (
        "Dana Pruitt, a retired welder from the east side, says the mayor will \u201cleave here with"
        " momentum.\u201d\n\n"
        "Joe Kemper, who drove in from Ohio to help the campaign in the valley, says there\u2019s a"
        " \u201clong road ahead\u201d but he feels sure the mayor will \u201cwin the day.\u201d\n\n"
        "Marta Olin of the river district said she hopes the mayor keeps \u201cdoing what he does.\u201d"
    )
    assert speaker_of(nlp, text, "long road ahead") == "Joe Kemper"


def test_a_parse_running_into_the_next_paragraph_gives_no_tree_cue(nlp: Language) -> None:
    # The parse a tagger may give two paragraphs it runs into one sentence: the quoted
    # words hang from the next paragraph's "said", whose subject is someone else.
    words = ["Lee", "says", "there", "is", "a", '"', "long", "road", "ahead", '"', ".", "\n\n"]
    words += ["Bell", "said", "so", "."]
    spaces = [True, True, True, True, True, False, True, True, False, False, False, False, True, True, False, False]
    heads = [1, 13, 3, 1, 7, 7, 7, 13, 7, 7, 13, 10, 13, 13, 13, 13]
    deps = ["nsubj", "advcl", "expl", "ccomp", "det", "punct", "amod", "dobj", "advmod", "punct", "punct", "dep",
            "nsubj", "ROOT", "advmod", "punct"]
    tags = ["NNP", "VBZ", "EX", "VBZ", "DT", "``", "JJ", "NN", "RB", "''", ".", "_SP", "NNP", "VBD", "RB", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags)
    index = index_of(doc)
    index.mark_quotes([(doc[6].idx, doc[8].idx + len("ahead"))])
    assert tree_cue(index, range(6, 9)) is None
    # The same parse within one paragraph reports the words.
    same = Doc(nlp.vocab, words=[w if w != "\n\n" else ";" for w in words], spaces=spaces, heads=heads,
               deps=deps, tags=[t if t != "_SP" else ":" for t in tags])
    same_index = index_of(same)
    same_index.mark_quotes([(same[6].idx, same[8].idx + len("ahead"))])
    found = tree_cue(same_index, range(6, 9))
    assert found is not None and found.subject == 12


def test_a_time_heading_a_live_update_is_not_the_subject(nlp: Language) -> None:
    text = (
        "The polls close at eight.\n\n___.\n\n10:15 a.m.\n\n"
        "Governor Ruth Dale's campaign manager says he is \u201cthrilled\u201d by the turnout upstate.\n\n"
    )
    speaker = speaker_of(nlp, text, "thrilled")
    assert speaker is not None and speaker.endswith("campaign manager") and "Ruth Dale" in speaker


def test_the_name_ending_at_the_verb_speaks_when_a_headline_runs_into_the_paragraph(nlp: Language) -> None:
    text = (
        "Tom Ames: Ruth \u2018Readier to Lead Than I Was\u2019\n\n"
        "Monday in Dayton, while on the campaign trail for his wife, council candidate Ruth Ames,"
        " former mayor Tom Ames said the city needed her because \u201cthe budget is in tough shape.\u201d\n\n"
    )
    assert speaker_of(nlp, text, "tough shape") == "Tom Ames"


def test_a_clause_of_time_after_the_verb_is_not_its_subject(nlp: Language) -> None:
    text = (
        "\u201cA fine question, a fine question from this gentleman,\u201d Mayor Tom Reyes, the city\u2019s"
        " longest-serving mayor and a candidate for governor after three terms in office, said when Ann Lee"
        " asked him about the budget.\n"
    )
    assert speaker_of(nlp, text, "fine question") != "Ann Lee"


def test_the_subject_of_the_reported_clause_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "One delegate, who like others asked not to be named to describe the closed meeting, said the"
        ' message was that "this fight will not be over by spring, however much we would all like it to be."\n\n'
    )
    assert speaker_of(nlp, text, "this fight") != "message"


def test_a_cue_closing_the_sentence_reports_words_run_on_from_a_relative_clause(nlp: Language) -> None:
    text = 'Nothing the mayor said "will calm anyone down," Councilwoman Ruth Ames said.'
    assert speaker_of(nlp, text, "calm anyone") == "Ruth Ames"


def test_a_parenthetical_cue_after_a_quotation_is_its_attribution(nlp: Language) -> None:
    text = (
        '"That is false. I never said it. I never said it," Reyes said, after WDAY\'s Ann Lee said the mayor'
        ' had openly referred to Sen. Tom Bell (R-Ohio) as the "pocket senator" of developer Max Stone.\n\n'
    )
    assert speaker_of(nlp, text, "never said it") == "Reyes"


def test_an_infinitive_after_a_fragment_under_another_subject_does_not_attribute_it(nlp: Language) -> None:
    text = (
        'As the hearing went on and Reyes stood by his remark Monday that "the budget plan is doomed," refusing'
        " to admit that some of the plan was sound, Ann Lee again tried to calm the room.\n\n"
    )
    assert speaker_of(nlp, text, "budget plan is doomed") != "Ann Lee"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('"We will not wait for the county," two council members said on Monday.', "not wait", "two council members"),
        ('"This is a bad deal for the river towns," another resident wrote online.', "bad deal", "another resident"),
    ],
)
def test_a_described_source_keeps_how_many_there_were(nlp: Language, text: str, words: str, speaker: str) -> None:
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "TURNOUT FELL, BUT NOT EVERYWHERE - Dana Holt and Omar Price: \u201cThe river wards voted at twice"
            " the rate of the hill wards, and nobody saw it coming.\u201d\n\n",
            "Dana Holt",
        ),
        (
            "Forecasters disagree - Ruth Kemble: \u201cThe lesson is simple: count the late ballots before you"
            " call the race.\u201d\n\n",
            "Ruth Kemble",
        ),
    ],
)
def test_a_round_up_s_signature_before_the_colon_names_the_author(nlp: Language, text: str, speaker: str) -> None:
    assert speaker_of(nlp, text, "the") == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Instead, Reyes told reporters, his plan would merely be \u201cto wait them out\u201d if he wins the seat.",
            "wait",
        ),
        (
            "Instead, Reyes told CNN, his policy would only be \u201cto cut the fees\u201d if he wins the White House.",
            "cut",
        ),
    ],
)
def test_a_parenthetical_cue_with_its_listener_reports_the_sentence(nlp: Language, text: str, words: str) -> None:
    assert speaker_of(nlp, text, words) == "Reyes"


def test_a_verb_after_an_aside_is_the_name_s_that_opens_the_sentence(nlp: Language) -> None:
    text = (
        "Dale Quint, who served as Governor Ruth Ames's chief of staff during the 2014 campaign, called the"
        ' council\'s vote on Monday "childish."'
    )
    assert speaker_of(nlp, text, "childish") == "Dale Quint"


def test_an_adverb_set_off_before_an_aside_is_stepped_over(nlp: Language) -> None:
    text = (
        "Ann Lee has 31 endorsements in the county council, a body in which her chief rival Tom Bell serves."
        " Bell, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about which of the"
        ' two candidates is "ready to take on the machine."'
    )
    assert speaker_of(nlp, text, "take on the machine") == "Tom Bell"


def test_a_participle_hung_on_a_name_parsed_as_the_root_is_the_name_s(nlp: Language) -> None:
    text = (
        'Reyes defended eminent domain, calling the taking of private land for public use an "absolute'
        ' necessity" for the county to build roads.'
    )
    assert speaker_of(nlp, text, "absolute necessity") == "Reyes"


def test_the_one_asked_does_not_ask_the_question(nlp: Language) -> None:
    text = (
        "In an interview with The Dayton Weekly published online Wednesday, Mayor Dana Reyes was asked,"
        ' "What is the most dangerous place in the world you have been to?"\n'
    )
    assert speaker_of(nlp, text, "dangerous place") != "Dana Reyes"


def test_a_name_given_to_a_thing_is_no_cue(nlp: Language) -> None:
    doc = nlp(
        "The group has set up a website called \u201cDayton If Reyes Wins\u201d that pitches the town as a new"
        " home for anyone seeking refuge."
    )
    index = index_of(doc)
    index.mark_quotes([(doc.text.index("Dayton If"), doc.text.index(" Wins") + len(" Wins"))])
    found = zone_cue(index, list(range(len(doc))), "previous", nearest_last=True)
    assert found is None or found.cue != "called"


def test_a_verb_with_an_object_and_its_name_after_a_noun_still_reports(nlp: Language) -> None:
    text = 'The council held a debate on the fees; one member called Reyes "the prince of the parking meter."'
    assert speaker_of(nlp, text, "prince of the parking meter") == "one member"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The members understand this merger," Ann Webb told reporters, her voice drowned out by boos.', "Ann Webb"),
        ('"We never asked for this fight," Tom Bell told the crowd, his supporters cheering behind him.', "Tom Bell"),
    ],
)
def test_a_cue_opening_the_words_after_a_quotation_attributes_it_whatever_follows(
    nlp: Language, text: str, speaker: str
) -> None:
    # An absolute clause after the cue ("her voice drowned out") may make the
    # parse hang the cue under a later verb; the speaker still opens the clause.
    assert speaker_of(nlp, text, "") == speaker


def test_a_name_modifying_a_role_in_an_aside_does_not_hide_the_speaker_before_it(nlp: Language) -> None:
    # A parse that leaves "said" without a subject: the name before the aside
    # still speaks; "Webb" in "a top Webb adviser" says whose adviser, not who speaks.
    words = ["Tom", "Bell", ",", "a", "top", "Webb", "adviser", ",", "said", "Monday", "."]
    heads = [1, 8, 1, 6, 6, 6, 1, 1, 8, 8, 8]
    deps = ["compound", "dep", "punct", "det", "amod", "compound", "appos", "punct", "ROOT", "npadvmod", "punct"]
    tags = ["NNP", "NNP", ",", "DT", "JJ", "NNP", "NN", ",", "VBD", "NNP", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O", "B-DATE", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, ents=ents)
    assert subject_of(index_of(doc), doc[8]) == doc[1]
    # A name heading the aside is another person, who may be the one speaking.
    words[3:7] = ["Ann", "Lee", "'s", "lawyer"]
    tags[3:7] = ["NNP", "NNP", "POS", "NN"]
    deps[3:7] = ["compound", "poss", "case", "appos"]
    heads[3:7] = [4, 6, 4, 1]
    ents[3:7] = ["B-PERSON", "I-PERSON", "O", "O"]
    other = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, ents=ents)
    assert subject_of(index_of(other), other[8]) != other[1]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Webb lamented his habit of making gaffes - "does he have to keep giving them so much ammunition?"'
        " - but voters in the county said they were not bothered.",
        'Ann Webb lamented his habit of making gaffes - "does he have to keep giving them so much ammunition?"'
        " - Democrats in the county who watched the debate said they were not bothered.",
    ],
)
def test_words_dropped_between_dashes_are_the_clause_before_them_s(nlp: Language, text: str) -> None:
    assert speaker_of(nlp, text, "ammunition") == "Ann Webb"


def test_a_short_tag_after_a_question_names_who_asked_it_whatever_the_verb(nlp: Language) -> None:
    text = (
        "\u201cBuilding the depot? Not negotiable,\u201d Tom Bell said.\n\n"
        "\u201cWould it be negotiable about the fees?\u201d Ann Webb pressed. \u201cMaybe let some shops stay?\u201d"
    )
    assert speaker_of(nlp, text, "about the fees") == "Ann Webb"
    assert speaker_of(nlp, text, "some shops stay") == "Ann Webb"


def test_a_sentence_after_a_full_stop_is_narration_not_a_tag(nlp: Language) -> None:
    text = "Ann Webb spoke first. \u201cWe will not close the depot.\u201d Tom Bell frowned."
    assert speaker_of(nlp, text, "close the depot") != "Tom Bell"


def test_a_tag_after_a_question_outranks_the_last_speaker_of_the_paragraph_before(nlp: Language) -> None:
    text = (
        "Radio host Rita Baker asked about the depot. The mayor was quick to add that the plan stands.\n\n"
        "\u201cBuilding it? Not negotiable.\u201d\n\n"
        "\u201cWould it be negotiable about the fees?\u201d Baker pressed. \u201cMaybe let some shops stay?\u201d"
    )
    assert speaker_of(nlp, text, "about the fees") == "Rita Baker"
