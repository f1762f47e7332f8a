"""A state capital that stands for its state's government: "the impasse in Trenton", "my colleagues in
Harrisburg", "Springfield can pass the plan", "we need Trenton to act", "Harrisburg's leaders" in a story of
state politics. Its own institutions ("Trenton police", "the Harrisburg mayor") keep it the city. The words
are the lexicon ``capital_cues.json``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sanctuary_cli.extract import docindex
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import Mention, words_after
from sanctuary_cli.resources import phrase_words, read_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SMALL_CAPITAL = 200_000  # a state capital smaller than this is named bare in news above all for its government
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# words of going or being somewhere: the nation's capital after them, with a preposition, is the city ("flew to
# Washington", "marched in Washington", "on his way to D.C.", "a committee based in Washington"), whatever the
# sentence says of politics
VISIT_WORDS = frozenset(
    {"go", "goes", "went", "gone", "going", "been", "come", "came", "fly", "flew", "flown", "travel", "traveled",
     "travelled", "trip", "way", "march", "marched", "marching", "rally", "rallied", "protest", "protested", "drive",
     "drove", "headed", "return", "returns", "returned", "arrive", "arrived", "arriving", "moved", "live", "lived",
     "lives", "visit", "visited", "back", "leave", "leaves", "leaving", "left", "based", "headquartered",
     "sent", "down"}
)
BLAME_WORDS = frozenset({"blame", "blames", "blamed", "blaming"})
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})  # a name before a noun it describes or owns
# what is sent to a government: the nation's capital it is addressed to stands for the government ("sending a message
# to Washington", "a plea to Washington")
MESSAGE_NOUNS = frozenset(
    {"message", "messages", "signal", "signals", "letter", "letters", "warning", "warnings", "plea", "pleas",
     "appeal", "appeals", "ultimatum", "request", "requests"}
)
# the capital's short names; "the District of Columbia" names its own government
FEDERAL_NAMES = frozenset({"washington", "d.c.", "dc"})
BLAMED_NAMES = FEDERAL_NAMES | {"washington d.c.", "washington dc"}  # "blame Washington D.C.": the government too


@dataclass(frozen=True)
class CapitalCues:
    """The lists of ``capital_cues.json`` (see its ``_notes``)."""

    any_capital: tuple[tuple[str, ...], ...]
    small_capital: tuple[tuple[str, ...], ...]
    government_verbs: frozenset[str]
    pressing_verbs: frozenset[str]
    reformed_verbs: frozenset[str]
    shared_bodies: frozenset[str]
    city_bodies: frozenset[str]
    capital_government: tuple[tuple[str, ...], ...]
    capital_government_anywhere: tuple[tuple[str, ...], ...]
    national_government: tuple[tuple[str, ...], ...]


@cache
def capital_cues() -> CapitalCues:
    data = read_json("capital_cues.json")
    return CapitalCues(
        any_capital=phrase_words(data["any_capital"]),
        small_capital=phrase_words(data["small_capital"]),
        government_verbs=frozenset(data["government_verbs"]),
        pressing_verbs=frozenset(data["pressing_verbs"]),
        reformed_verbs=frozenset(data["reformed_verbs"]),
        shared_bodies=frozenset(data["shared_bodies"]),
        city_bodies=frozenset(data["city_bodies"]),
        capital_government=phrase_words(data["capital_government"]),
        capital_government_anywhere=phrase_words(data["capital_government_anywhere"]),
        national_government=phrase_words(data["national_government"]),
    )


def a_capitals_name(name_key: str) -> bool:
    """Whether some state's capital bears the name (Albany, New York, whichever Albany the article means)."""
    return any(gazetteer.is_capital(p) for p in gazetteer.places_by_name().get(name_key, ()))


def a_small_capitals_name(name_key: str) -> bool:
    """Whether a capital under ``SMALL_CAPITAL`` people bears the name (Albany, Trenton, Harrisburg)."""
    return any(
        gazetteer.is_capital(p) and p.population < SMALL_CAPITAL for p in gazetteer.places_by_name().get(name_key, ())
    )


def for_the_state_government(doc: Doc, mention: Mention) -> bool:
    """A state capital named in a sentence about state lawmaking, or just before one ("lawmakers in Albany",
    "Albany fixed the law", "pleading with Albany. It is lobbying lawmakers to ..."), stands for the state's
    government; its own institutions ("Albany police") keep it the city."""
    if mention.cued or mention.qualifier is not None:
        return False
    where = docindex.index(doc)
    sentence = where.sentence_of(mention.start)
    start = where.sentence_bounds(sentence)[0]
    end = where.sentence_bounds(min(sentence + 1, len(where.sentence_starts) - 1))[1]
    return _holds_any(where.lower_words[start:end], capital_cues().capital_government)


def for_the_federal_government(doc: Doc, mention: Mention) -> bool:
    """The nation's capital named bare in a sentence of federal politics ("fed up with what is happening in
    Washington" beside "Congress", "the gridlock in Washington") stands for the federal government; its own
    institutions ("D.C. police"), a state written after it, a trip there ("flew to Washington to lobby Congress",
    "visited Washington") and a list of cities keep it the city."""
    if mention.cued:
        return False
    if mention.key in BLAMED_NAMES and _blamed(doc, mention):
        return True  # "blame Washington D.C.", whatever is written after it
    if mention.qualifier is not None or mention.key not in FEDERAL_NAMES:
        return False
    for word in {doc[mention.start], doc[mention.end - 1]}:  # "traveled to Washington, D.C.": either word
        read = _read_where_it_stands(word)
        if read is not None:
            return read
    if acts_as_a_lawmaker(doc, mention):
        return True  # "the laws Washington refuses to fix"
    modifier = doc[mention.end - 1].dep_ in MODIFIER_DEPS  # "her Washington hotel": a thing there
    if mention.key == "washington" and not modifier and speaks_of_federal_politics(doc):
        return True  # "bring change to Washington" in a story of the President's: "D.C." names the city more often
    where = docindex.index(doc)
    start, end = where.sentence_bounds(where.sentence_of(mention.start))
    return _holds_any(where.lower_words[start:end], capital_cues().national_government)


def _read_where_it_stands(word: Token) -> bool | None:
    """Whether a word of the nation's capital stands for the government by the words it hangs on (a message
    sent to it, a pair with a state capital), or for the city (a trip there, a list of cities); None if neither."""
    if word.dep_ == "pobj" and word.head.lower_ == "to" and _a_message_sent(word.head.head):
        return True  # "sending a message to Washington", "a plea to Washington"
    if word.dep_ == "dobj" and word.head.lower_ in VISIT_WORDS:
        return False
    if word.dep_ == "pobj" and word.head.head.lower_ in VISIT_WORDS:
        return False
    if paired_alone_with(word, lambda other: a_small_capitals_name(gazetteer.key(other.text))):
        return True  # "the realities in Albany and Washington": two governments
    if any(t.ent_type_ == "GPE" or gazetteer.key(t.text) in gazetteer.places_by_name() for t in word.conjuncts):
        return False  # "in Chicago (44%), Washington D.C. (51%), Philadelphia": one city of a list
    return None


def _blamed(doc: Doc, mention: Mention) -> bool:
    """Whether the nation's capital is what a sentence blames ("blame Washington", "blamed Washington for the
    delay"): its government, as no city is blamed."""
    word = doc[mention.end - 1]
    word = word.head if word.dep_ == "compound" else word  # "blame Washington D.C.": the name's last word
    return word.dep_ == "dobj" and word.head.lower_ in BLAME_WORDS


def _a_message_sent(head: Token) -> bool:
    """Whether "to" hangs on a message ("a plea to") or on a verb that sends one ("sending a message to")."""
    return head.lower_ in MESSAGE_NOUNS or any(c.dep_ == "dobj" and c.lower_ in MESSAGE_NOUNS for c in head.children)


def paired_alone_with(word: Token, fits: Callable[[Token], bool]) -> bool:
    """Whether a capital's name is paired with one other name alone, that ``fits``, no state written after it
    ("support from Washington and Albany", "Trenton and Washington": their two governments; not "Albany, N.Y.",
    the city)."""
    others = word.conjuncts
    if len(others) != 1 or not fits(others[0]):
        return False
    after = others[0].i + 1
    return after >= len(word.doc) or word.doc[after].text != ","


def speaks_of_federal_politics(doc: Doc) -> bool:
    """Whether the article speaks of federal politics anywhere ("Congress", "the White House")."""
    return _holds_any(docindex.index(doc).lower_words, capital_cues().national_government)


def speaks_of_state_politics(doc: Doc) -> bool:
    """Whether the article speaks of a state's government anywhere ("the governor", "state lawmakers")."""
    return _holds_any(docindex.index(doc).lower_words, capital_cues().capital_government_anywhere)


def governs_the_state(doc: Doc, mention: Mention) -> bool:
    """A bare capital among words of state lawmaking in its sentence, the one before or the one after (any
    capital: "the impasse in Sacramento"; a small one also by words of politics a city shares, "my colleagues
    in Trenton"), or a small capital that acts as a lawmaker ("Springfield can pass the plan") or is pressed to
    act ("we need Trenton to set one penalty")."""
    if mention.cued or mention.qualifier is not None or not a_capitals_name(mention.key):
        return False
    words = _words_around(doc, mention.start)
    if _holds_any(words, capital_cues().any_capital):
        return True
    if not a_small_capitals_name(mention.key):
        return False
    return _holds_any(words, capital_cues().small_capital) or acts_as_a_lawmaker(doc, mention)


def acts_as_a_lawmaker(doc: Doc, mention: Mention) -> bool:
    """ "Harrisburg can pass the plan", "Trenton may not deal with it": the subject of a verb of governing;
    "we need Trenton to act", "they urged Springfield to fix it": the object of a verb of pressing, then "to"
    and a verb; "vowed to clean up Trenton": the object of a verb of reforming."""
    head = doc[mention.end - 1]
    verb = head.head
    if head.dep_ in SUBJECTS and (verb.lower_ in capital_cues().government_verbs or _to_govern(verb)):
        return True  # "Trenton can pass the plan", "laws that Trenton refuses to fix"
    if head.dep_ == "dobj" and verb.lower_ in capital_cues().reformed_verbs:
        return True  # "vowed to clean up Trenton"
    if mention.start == 0 or doc[mention.start - 1].lower_ not in capital_cues().pressing_verbs:
        return False
    following = doc[mention.end : mention.end + 2]
    return len(following) == 2 and following[0].lower_ == "to" and following[1].tag_ == "VB"


def _to_govern(verb: Token) -> bool:
    """Whether a verb takes a verb of governing after "to": "refuses to fix", "failed to act"."""
    return any(c.dep_ == "xcomp" and c.lower_ in capital_cues().government_verbs for c in verb.children)


def spoken_of_by_shared_bodies(doc: Doc, group: list[Mention]) -> bool:
    """ "Harrisburg officials missed the deadline, the governor said": a small capital whose institution words
    are only ones a state shares with the city, in an article of state politics, never with one of the city's
    own bodies."""
    if not group or not a_small_capitals_name(group[0].key) or any(m.qualifier is not None for m in group):
        return False
    if any(_a_city_body(doc, m) for m in group):
        return False
    return any(by_a_shared_body(doc, m) for m in group) and speaks_of_state_politics(doc)


def by_a_shared_body(doc: Doc, mention: Mention) -> bool:
    """Whether a word a city and a state share ("officials", "leaders") follows the name."""
    return _body_after(doc, mention, capital_cues().shared_bodies)


def _a_city_body(doc: Doc, mention: Mention) -> bool:
    return _body_after(doc, mention, capital_cues().city_bodies)


def _body_after(doc: Doc, mention: Mention, bodies: frozenset[str]) -> bool:
    """Whether one of ``bodies`` follows the name, or its possessive ("Trenton police", "Trenton's mayor")."""
    after = words_after(doc, mention.end)
    if after and after[0] in {"'s", "’s"}:
        after = after[1:]
    return bool(after) and after[0] in bodies


def _words_around(doc: Doc, i: int) -> list[str]:
    """The lower-cased words of token ``i``'s sentence and the sentences either side of it."""
    where = docindex.index(doc)
    sentence = where.sentence_of(i)
    last = len(where.sentence_starts) - 1
    start = where.sentence_bounds(max(sentence - 1, 0))[0]
    end = where.sentence_bounds(min(sentence + 1, last))[1]
    return where.lower_words[start:end]


def _holds_any(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    firsts = {p[0] for p in phrases}
    return any(
        tuple(words[i : i + len(p)]) == p for i, word in enumerate(words) if word in firsts for p in phrases
    )
