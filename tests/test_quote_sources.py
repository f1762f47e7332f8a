"""Who said it, on news in general: attribution patterns, kinds of speaker, and the cue lexicon.

Every sentence here is invented, written the way news attributes speech.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from sanctuary_cli.extract.quotes import lexicon as lexicon_module
from sanctuary_cli.extract.quotes.lexicon import CueLexicon
from sanctuary_cli.resources import read_json
from tests.test_quotes import only, quotes_of

if TYPE_CHECKING:
    from spacy.language import Language

QUOTES_PACKAGE = Path(lexicon_module.__file__).parent


# --- attribution patterns -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an "as" clause credits its sentence
        ('As the Valley Ledger noted in an editorial, the mayor has "won over a few skeptics in the suburbs."',
         "Valley Ledger"),
        ('As Martha Lee put it, the council wants "an offer nobody can afford to refuse."', "Martha Lee"),
        # a cue right after a fragment ending in a question mark, or before a short closing clause
        ('The plan "was written for donors, not for the people who ride the bus?" Alan Cho asked on Twitter.',
         "Alan Cho"),
        ('"The senator invited both of us to her office to talk about the plan" the editor Dana Wu responded.',
         "Dana Wu"),
        # words quoted inside reported speech are the reporter's
        ('At the rally, Dana Holt said that her rival begged her for help and "would have done anything" to get it.',
         "Dana Holt"),
        # "according to" and "in the words of", matched as phrases
        ('The budget is "a fantasy built on wishful numbers," according to Comptroller Ellen Marsh.', "Ellen Marsh"),
        ('The bridge is, in the words of engineer Paul Ortiz, "held together by paint and prayer."', "Paul Ortiz"),
        # a label before a colon, with a party tag in brackets
        ('Rep. Ann Cole (D-Ore.): "I have not seen a single figure that supports the claim."', "Ann Cole"),
        ('The handling of the files was "careless beyond belief for a public office" – as described by Inspector '
         'General Mark Toll – and voters noticed.', "Mark Toll"),
        # verbs added to the lexicon
        ('Councilwoman Rita Ng defended her aide as "a very decent and careful man" on Tuesday.', "Rita Ng"),
        ('"Get back to your seat," Lena Park barked at the reporter.', "Lena Park"),
        ('"We are done waiting," reacted Omar Reyes.', "Omar Reyes"),
        ('"Half the board said no, and she set out to prove them wrong," remembered Roy Verley, a former aide.',
         "Roy Verley"),
        # a phrasal verb reports with its particle: a line goes on, or is answered
        ('Lena Ortiz rejected the claim.\n\n"You know, it happens," Paul Reyes went on, as if he had not heard.',
         "Paul Reyes"),
        ('Paul Reyes attacked the plan.\n\n"Ann wants to be a tough guy tonight," Lena Ortiz shot back.',
         "Lena Ortiz"),
        # an "as" clause in the sentence a colon closes names who speaks after it
        ('As Joel Pike of the Daily Ledger observed, the winner was not on the stage, it was the stage itself:'
         '\n\n"The clear winner of the night was the network, which ran two fair and lively sessions."', "Joel Pike"),
        # a statement issued in the sentence before: its issuer speaks, not a clause inside it
        ('The council issued a statement apologizing for the emails, which included aides suggesting a recount.'
         '\n\n"On behalf of everyone at the council, we offer a deep and sincere apology to the families."',
         "council"),
        ('The Harbor Authority released a statement on Friday.\n\n"We are reviewing the incident and will '
         'cooperate fully with investigators."', "Harbor Authority"),
        # a short paragraph of a dash and a name signs the quotation above it
        ('Quotable.\n\n"The whole idea of a crooked mayor is something we hear about, and it needs to stop."'
         '\n\n-Michelle Marks, Philadelphia.', "Michelle Marks"),
        ('"Great speech. She is tested. She is ready. She never quits."\n\n— Mayor Dana Holt, tweeting after the '
         'speech.', "Dana Holt"),
        # a dateline hung on a headline's subject never outranks the subject in the cue's own paragraph
        ('Board issues ‘full and frank apology’ to Ann Webb.\n\nDAYTON, May 3 (UPI) — The Ohio Democratic Party '
         'released a statement Monday, offering “a full and frank apology” to Sen. Ann Webb after leaked emails '
         'showed party staff favoring her rival.', "Ohio Democratic Party"),
        # "Here's X" presents the one quoted after the colon
        ('It has roots in older party trends. Here\'s Dana Holt in December 1992: "Our new direction must rest on '
         'an understanding of the new realities of global competition."', "Dana Holt"),
        # a round-up line: a summary, a dash and the author before a colon
        ('HIGHER THAN EXPECTED TURNOUT IN OHIO DOESN\'T RAISE HOPES ELSEWHERE - Michael P. Dunn: "At long last '
         'the contests have started, and we now have the first solid glimpse at voter participation."',
         "Michael P. Dunn"),
        # a name owning the speaker after an inverted verb is not the speaker
        ('"We have nothing more to add," said Tom Baker\'s spokeswoman, Ann Lee.', "Ann Lee"),
        ('"It is about time a woman ran this city," exhorted Dana Holt\'s introducer, actress Jane Cole.',
         "Jane Cole"),
        # a preposition the parse takes for the subject: the name set off after it speaks
        ('Of the mayor, Levine, who has given money to her rival, said, "She is flat-out wrong, I think."',
         "Levine"),
    ],
)
def test_attribution_patterns(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


def test_a_list_line_after_a_quotation_signs_nothing(nlp: Language) -> None:
    text = ('The platform reads: "We want a fair city for all of the families who live here."\n\n'
            '- Lower Fares for every rider on the buses and trains of the city.')
    assert all(q.cue != "—" for q in quotes_of(nlp, text))


def test_a_dash_before_a_colon_names_no_one_unless_a_name_follows(nlp: Language) -> None:
    found = only(nlp, 'The count was close - very close: "We will be here all night and most of the morning."')
    assert found.speaker is None


def test_owner_after_an_inverted_verb_is_not_the_speaker(nlp: Language) -> None:
    found = only(nlp, '"We have nothing more to add," said Tom Baker\'s spokeswoman.')
    assert found.speaker != "Tom Baker"
    assert "spokeswoman" in (found.speaker_mention or "")


@pytest.mark.parametrize(
    "text",
    [
        'Ann Vale went on television to call the plan "a disgrace."',  # "on television": no particle
        'Police said the suspect shot back at officers before he fled the "safe house" on Elm Street.',
        'The lab released a sample of the new "super weed" to growers.',  # an object that is no statement
    ],
)
def test_phrasal_and_issuing_verbs_need_their_particle_or_statement(nlp: Language, text: str) -> None:
    assert all(q.cue not in {"went", "shot", "released"} for q in quotes_of(nlp, text))


# --- speakers the parse gets wrong, and what is never a speaker ----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a dash glued to the closing mark (U+2015, the horizontal bar), with or without a no-break space
        ("Readers wrote in.\n\u201cThe council never listened to the people on this street.\u201d\u2015 Maria Olsen\n",
         "Maria Olsen"),
        ("Readers wrote in.\n\u201cWhy did the bus take an hour to come today?\u201d\u00a0\u2015 Jan Ashley\u00a0\n",
         "Jan Ashley"),
        # a misparse leaves the verb without a subject: the name right before it speaks, never the date after it
        ('Tulsa police Chief Tom Reed said Monday that the officer "made a terrible mistake."', "Tom Reed"),
        ('Harbor commissioner Lena Ortiz said Friday the dredging was "years overdue."', "Lena Ortiz"),
        # a date opening the sentence is no subject; a party tag stands between the name and its verb
        ('Saturday at the state party convention Sen. Ann Webb (D-MA) said the governor was a "proven failure."',
         "Ann Webb"),
        ('Rep. Tom Bell, R-Wis., said the bill was "dead on arrival" in the Senate.', "Tom Bell"),
        # an aside naming nobody between the name and its verb
        ('"We have had better meetings than this one," county delegate Ann Lee, wearing a red hat, said flatly.',
         "Ann Lee"),
        # a dialogue verb inverted after an exclamation
        ('Tom Bell endorsed the plan last week.\n\n"This is fantastic!" beamed Ann Lee of Dayton, who came to watch.',
         "Ann Lee"),
    ],
)
def test_speaker_beside_a_misparse(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


def test_a_date_is_never_a_speaker(nlp: Language) -> None:
    quote = only(nlp, 'Tulsa police said Monday that the officer "made a terrible mistake."')
    assert quote.speaker != "Monday"


@pytest.mark.parametrize(
    "text",
    [
        'WASHINGTON (AP) — Calling the plan "a reckless gamble with savings," a spokesman for the governor said so.',
        'DAYTON, Ohio — Calling the plan "a reckless gamble with savings," the governor said the state would sue.',
        'WASHINGTON, Aug. 24 (UPI) — A spokesman for the governor called the report "outrageous and false."',
    ],
)
def test_a_dateline_is_never_a_speaker(nlp: Language, text: str) -> None:
    assert only(nlp, text).speaker not in {"WASHINGTON", "DAYTON", "Ohio"}


def test_a_place_beside_a_verb_is_not_its_speaker(nlp: Language) -> None:
    text = (
        "Then the mayor went on to note that he had just bought the old post office in Washington, D.C., "
        'and boast about his new golf club — "which is a phenomenal place."'
    )
    assert only(nlp, text).speaker == "mayor"
    assert only(nlp, '"We will never give up," China said in a statement.').speaker == "China"


def test_a_person_the_ner_misses_keeps_her_own_quotes(nlp: Language) -> None:
    text = (
        "Tom Baker, who runs the block association, called the meeting.\n\n"
        'Meg Fosque advised neighbors to lock their gates at night. "We have had three break-ins this month '
        'alone," she said.'
    )
    assert only(nlp, text).speaker == "Meg Fosque"


def test_a_share_of_those_polled_is_the_subject_not_the_one_they_judge(nlp: Language) -> None:
    quote = only(nlp, 'However, 63 percent said Mayor Ann Lee was "justified" in keeping the report private.')
    assert quote.speaker != "Ann Lee"


def test_a_linking_verb_after_a_quotation_is_no_dialogue_tag(nlp: Language) -> None:
    quote = only(nlp, 'The diner was full by noon. "Nobody expected the vote to pass this early." She is 52.')
    assert (quote.speaker, quote.cue) == (None, None)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # a noun that cannot have spoken is no described source
        ('The matter, he said, was "closed for good" on Friday.', None, "pronoun-unresolved"),
        ('A campaign shakeup followed, explaining why the team "needed new blood."', None, "none"),
        # a person, a body or a document described is
        ('"Nobody asked us," the narrator says as the ad closes.', "narrator", "description"),
        ('"The plan fails every family on this block," the editorial said.', "editorial", "description"),
        ('"She always shows up," his niece said.', "his niece", "description"),
    ],
)
def test_described_sources_are_things_that_can_speak(
    nlp: Language, text: str, speaker: str | None, kind: str
) -> None:
    quote = only(nlp, text)
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        # a bare role is given as the article wrote it: whose president is the reader's guess
        ('Mayor Tom Baker spoke at the rally. "We will build it," the mayor said.', "mayor", "description"),
        # a role naming its office resolves to the one holding it
        ('Gov. Ann Webb of Ohio toured the plant. "This is the future," the Ohio governor said.', "Ann Webb",
         "person"),
    ],
)
def test_roles_bare_and_qualified(nlp: Language, text: str, speaker: str, kind: str) -> None:
    quote = only(nlp, text)
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


def test_a_verb_that_frames_only_through_as_is_no_cue_in_the_sentence_before(nlp: Language) -> None:
    text = 'Voters like Sam Reyes, who cast a ballot early, lined up. "It is a mess," he said.'
    assert only(nlp, text).speaker == "Sam Reyes"


def test_put_reports_only_with_it(nlp: Language) -> None:
    assert quotes_of(nlp, 'He put the bill "on the shelf for a while" last year.') == []


# --- kinds of speaker ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "kind"),
    [
        ('"We will appeal the ruling," Mayor Tom Baker said.', "Tom Baker", "person"),
        ('"The figures were never audited," the agency said in a statement.', "agency", "description"),
        ('"The order exceeds federal authority," the letter said.', "letter", "description"),
        ('"Several members were not consulted," one questioner said.', "one questioner", "description"),
        ('"It was not our call," a spokeswoman for the county board said.', "spokeswoman for the county board",
         "description"),
        ('"We will strike on Monday," the Transit Workers Union said.', "Transit Workers Union", "organisation"),
        # a name ending as a company's does, whatever the NER made of it
        ('They were quoted as saying so.\n\nTesselgrove LP says, "The commission has no substantive argument."',
         "Tesselgrove LP", "organisation"),
        # and as an outlet's, signing a quotation on a line of its own
        ('Losses rose again.\n\n"The desk took flawed positions that may cost $1 billion more this quarter."'
         ' - Lakeside News\n\nThe bank declined to comment.', "Lakeside News", "organisation"),
        ('"Nobody told us anything," they said.', None, "pronoun-unresolved"),
        ('The flyer read only: "Closed until further notice."', "flyer", "description"),
        ('"This is the end of an era for the whole street."', None, "none"),
    ],
)
def test_speaker_kinds(nlp: Language, text: str, speaker: str | None, kind: str) -> None:
    quote = only(nlp, text)
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a common noun opening its sentence is written in lower case
        ('Critics said the new fare was "a tax on the night shift".', "critics"),
        ('The vote split the county. Officials said it was "a fair result".', "officials"),
        # capitals inside the word are its own
        ('Councillors voted. NGOs said the report showed "a troubling pattern".', "NGOs"),
        # a word the article also capitalises mid-sentence is a name, as written
        ('The seat was long held by Greenward. Greenward say the plan would "let the developers in".',
         "Greenward"),
    ],
)
def test_described_speaker_keeps_only_its_own_capitals(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


def test_a_headline_in_title_case_does_not_make_a_common_noun_a_name(nlp: Language) -> None:
    text = ('Bus Fare Critics Push Back on New Plan\n\n'
            'The vote was close. Critics said the new fare was "a tax on the night shift".')
    assert only(nlp, text).speaker == "critics"


def test_person_filter_matches_only_people(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Union talks stall\n\n"
        '"We will strike on Monday if nothing changes," the union said.\n\n'
        '"The union has our best offer already," Mayor Tom Union said on Tuesday.\n',
        encoding="utf-8",
    )
    store = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder), "--store", store, "--workers", "1"]).exit_code == 0
    everything = json.loads(runner.invoke(cli, ["quotes", "--store", store, "--format", "json"]).output)
    kinds = {row["speaker_kind"] for row in everything}
    assert {"person", "description"} <= kinds
    found = runner.invoke(cli, ["quotes", "--store", store, "--person", "union", "--format", "json"])
    people = json.loads(found.output)
    assert [row["speaker_kind"] for row in people] == ["person"]


# --- the lexicon --------------------------------------------------------------------


class _Recording(dict[str, Any]):
    """A dict that remembers which keys were read."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.read: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)


def test_every_lexicon_key_is_read_and_every_field_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = read_json("attribution_cues.json")
    recording = _Recording(raw)
    monkeypatch.setattr(lexicon_module, "read_json", lambda name: recording)
    lexicon_module.cue_lexicon.cache_clear()
    try:
        lexicon_module.cue_lexicon()
    finally:
        lexicon_module.cue_lexicon.cache_clear()
    keys = {key for key in raw if not key.startswith("_")}
    assert keys == recording.read, "keys loaded and never read, or read and missing"
    code = "\n".join(p.read_text(encoding="utf-8") for p in QUOTES_PACKAGE.glob("*.py") if p.name != "lexicon.py")
    used = {node.attr for node in ast.walk(ast.parse(code)) if isinstance(node, ast.Attribute)}
    # a field read by a method or function the code calls ("verb_forms" through is_cue_verb,
    # "cue_phrases" through cue_phrase_matcher) is used too
    for method in (m for m in ("is_cue_verb", "cue_phrase_matcher") if m in used or m in code):
        used |= {n.attr for n in ast.walk(_method(method)) if isinstance(n, ast.Attribute)}
    unused = [name for name in CueLexicon.__dataclass_fields__ if name not in used]
    assert not unused, f"lexicon fields no code reads: {unused}"


def test_every_lexicon_key_has_a_note_and_an_example() -> None:
    raw = read_json("attribution_cues.json")
    notes = raw["_notes"]
    for key in (k for k in raw if not k.startswith("_")):
        assert notes[key]["note"] and notes[key]["example"], key


def test_titles_come_from_the_roles_lexicon() -> None:
    lexicon = lexicon_module.cue_lexicon()
    assert {"border", "czar", "mayor", "gov."} <= lexicon.titles
    assert lexicon.role_nouns["czar"] == "czar" and lexicon.role_nouns["gov."] == "governor"
    assert "titles" not in read_json("attribution_cues.json") and "role_nouns" not in read_json("attribution_cues.json")


def _method(name: str) -> ast.AST:
    tree = ast.parse(Path(lexicon_module.__file__).read_text(encoding="utf-8"))
    return next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name)


def test_a_source_read_as_a_mark_alone_is_no_speaker(nlp: Language) -> None:
    # "From E!:" before a quoted account: the parser may take the "!" for the source's head
    text = ('Bynes was spotted at a diner before her flight. From E!:\n\n"She sat down at a booth, which is normally '
            'reserved for groups. She asked for extra napkins."\nShe has been in New York since.')
    found = quotes_of(nlp, text)
    assert found and all(q.speaker is None or q.speaker.strip() for q in found)


def test_hizzoner_is_the_mayor_the_story_names(nlp: Language) -> None:
    text = '"We will rebuild," Hizzoner said on Monday, a day after Mayor Ada Vantor toured the site.'
    assert only(nlp, text).speaker == "Ada Vantor"
