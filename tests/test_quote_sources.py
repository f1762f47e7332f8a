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
    ],
)
def test_attribution_patterns(nlp: Language, text: str, speaker: str) -> None:
    assert only(nlp, text).speaker == speaker


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
        ('"Several members were not consulted," one questioner said.', "questioner", "description"),
        ('"It was not our call," a spokeswoman for the county board said.', "spokeswoman for the county board",
         "description"),
        ('"We will strike on Monday," the Transit Workers Union said.', "Transit Workers Union", "organisation"),
        ('"Nobody told us anything," they said.', None, "pronoun-unresolved"),
        ('The flyer read only: "Closed until further notice."', "flyer", "description"),
        ('"This is the end of an era for the whole street."', None, "none"),
    ],
)
def test_speaker_kinds(nlp: Language, text: str, speaker: str | None, kind: str) -> None:
    quote = only(nlp, text)
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)


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
