"""A place name inside the title of a work (a film, a show, a play, a dish on a menu): "Sleepless in Seattle",
"Fargo season two", "Oysters Marinated in Citrus"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people import roles
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.extract.places.article import POSSESSIVES, Mention, cues
from sanctuary_cli.extract.places.context import MINOR_WORDS, PLACE_ENTITIES
from sanctuary_cli.resources import phrase_words, read_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

QUOTES = frozenset({'"', "“", "”"})
MAX_TITLE_TOKENS = 12  # a quoted title longer than this is a quotation, not a name
TITLE_ENTITIES = frozenset({"WORK_OF_ART", "EVENT"})
YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
HEADLINE_WORDS = 14  # a line of capitalised words this short is a headline or a heading, not a list in prose
PARTICIPLE_MIN_LENGTH = 4  # "Braised", "Marinated"; not "Ted" or "Fred"
LIST_JOINS = frozenset({",", ";", "and", "or"})
MAX_LIST_ITEMS = 12  # items read either side of a name in a list
MAX_ITEM_WORDS = 6  # "The Man In The High Castle"
MIN_TITLES = 2  # titles of works a list holds besides the name to be one of works
LIST_OPENERS = frozenset({"including", "like", "as", "unlike"})  # "cities including Tulsa": a place in a list
# the marks that may end a title after "Tulsa, the musical": "Tulsa, the musical, opened"
TITLE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?", "—", "–", "-", '"', "”", "'"})


def in_title_of_a_work(doc: Doc, start: int, end: int) -> bool:
    """ "A Behanding in Spokane", “Sleepless in Seattle”, "Real Housewives of Miami": the place name is
    inside a work's title, which the NER marks as a work of art, or which is a short quoted title in
    title case, or which runs on from an organisation's or work's name through "of", or is a subtitle."""
    for token in doc[start:end]:
        if token.ent_type_ in TITLE_ENTITIES:
            return True
    quoted = _quoted_around(doc, start, end)
    if quoted is not None and (_title_case(quoted) or _quoted_as_a_work(doc, quoted)):
        return True
    # "Real Housewives of Miami": the capitalised name of a show or group runs on with "of"
    if start >= 2 and doc[start - 1].lower_ == "of":
        before = doc[start - 2]
        return before.text[:1].isupper() and before.ent_type_ in {"ORG", "WORK_OF_ART"} and not before.is_sent_start
    return _title_word_before_in(doc, start) or _a_subtitle(doc, start)


def _a_subtitle(doc: Doc, start: int) -> bool:
    """ "judging on Top Chef: Tulsa": the name after a colon that ends two capitalised words or more set
    mid-sentence after a lower-case word, a show's title and its subtitle ("cities: Tulsa" lists, and a
    line's "Update: Tulsa police" is a heading)."""
    if start < 4 or doc[start - 1].text != ":":
        return False
    i = start - 2
    while i >= 0 and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_sent_start:
        i -= 1
    return start - 2 - i >= 2 and i >= 0 and doc[i].is_lower and doc[i].is_alpha



def _quoted_as_a_work(doc: Doc, quoted: Span) -> bool:
    """ "Lena Denton's "Spokane"", "the song "Tacoma"": a quoted name right after a possessive or a work's noun
    is the work's title."""
    if quoted.start < 2:
        return False
    before = doc[quoted.start - 2]
    return before.text in POSSESSIVES or (before.is_lower and before.lower_ in cues().work_before)



def _title_word_before_in(doc: Doc, start: int) -> bool:
    """ "God of Carnage and a Behanding in Spokane", "Oysters Marinated in Fresno": "in" after a capitalised
    common word, mid-sentence and tagged as no name by the NER, which only a title writes so: after "a" or "the"
    ("a Wedding in Tacoma"), or a past participle after another capitalised word (a dish on a menu, "Lamb Braised
    in Tulsa"), or a capitalised "In" off a headline's line ("Death In Tulsa"). A title of office ("the Mayor
    in Denver") or a sentence's first word ("Officials in Denver") is no title."""
    word = _capitalised_before_in(doc, start)
    if word is None or start < 3:
        return False
    opener = doc[start - 3]
    if doc[start - 1].text == "In" and not _a_headline_line(doc, start):
        return True  # "influences such as Death In Tulsa": prose writes "in" in lower case, a title capitalises it
    return (opener.lower_ in {"a", "an", "the"} and word.ent_type_ == "") or _a_participle_in_a_title(word, opener)


def _capitalised_before_in(doc: Doc, start: int) -> Token | None:
    """The word before an "in" that opens the name, when it is capitalised mid-sentence and no title of office
    ("Sleepless in Tulsa", not "the Mayor in Tulsa" nor a sentence's "Officials in Tulsa")."""
    if start < 2 or doc[start - 1].lower_ != "in":
        return None
    word = doc[start - 2]
    if not (word.text[:1].isupper() and word.is_alpha and not word.is_sent_start):
        return None
    return None if word.text in roles.title_first_words() else word


def _a_headline_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is on a short line of capitalised words, as a headline or a heading is written
    ("Protesters Rally In Tulsa")."""
    text = index(doc).text  # built once per doc: Doc.text joins every token anew
    at = doc[i].idx
    line = text[text.rfind("\n", 0, at) + 1 : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    words = re.findall(r"[A-Za-z][\w'’]*", line)
    return len(words) <= HEADLINE_WORDS and all(w[:1].isupper() or w.lower() in MINOR_WORDS for w in words)


def _a_participle_in_a_title(word: Token, opener: Token) -> bool:
    """ "Oysters Marinated in": a capitalised past participle (by its form: the tagger calls a capitalised word a
    name, and the NER may take the run for a group's) right after another capitalised word, neither a place's."""
    return (
        len(word) > PARTICIPLE_MIN_LENGTH
        and word.ent_type_ not in PLACE_ENTITIES
        and word.lower_.endswith("ed")
        and opener.is_alpha
        and opener.text[:1].isupper()
        and opener.ent_type_ not in PLACE_ENTITIES
    )


def titled_after(doc: Doc, start: int, end: int) -> bool:
    """A year in brackets or a show's season after the name ends a work's title (see :func:`dated_title`,
    :func:`a_season_of_a_show`)."""
    return dated_title(doc, start, end) or a_season_of_a_show(doc, end)


def a_season_of_a_show(doc: Doc, end: int) -> bool:
    """ "Tulsa season two", "Tulsa season 3", "Tulsa (season 1)": a name right before "season" and its number
    is a show's title ("the Tulsa season" alone may be the city's, a season of concerts there)."""
    if end + 1 < len(doc) and doc[end].text == "(":
        end += 1
    if end + 1 >= len(doc) or doc[end].lower_ != "season":
        return False
    return doc[end + 1].like_num


def _quoted_around(doc: Doc, start: int, end: int) -> Span | None:
    """The short double-quoted stretch the tokens ``[start, end)`` lie in, if any."""
    opening = next(
        (i for i in range(start - 1, max(-1, start - MAX_TITLE_TOKENS), -1) if doc[i].text in QUOTES), None
    )
    if opening is None or doc[opening].text == "”":
        return None
    closing = next((i for i in range(end, min(len(doc), opening + MAX_TITLE_TOKENS)) if doc[i].text in QUOTES), None)
    if closing is None or doc[closing].text == "“":
        return None
    return doc[opening + 1 : closing]



def _title_case(span: Span) -> bool:
    """Every word but the minor ones capitalised, and more than the place name itself: another capitalised
    word, or a number ("Miami 2017", a song)."""
    words = [t for t in span if t.is_alpha or t.like_num]
    if len(words) < 2:
        return False
    return all(t.text[:1].isupper() or t.like_num or t.lower_ in MINOR_WORDS for t in words) and any(
        t.ent_type_ not in PLACE_ENTITIES and (t.text[:1].isupper() or t.like_num) for t in words
    )



def names_a_work(doc: Doc, start: int, work_nouns: frozenset[str]) -> bool:
    """ "her new show Nashville", "the band Boston": a noun for a work or a group stands right before the name."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.is_lower and before.lower_ in work_nouns



def dated_title(doc: Doc, start: int, end: int) -> bool:
    """ "Down and Out in Tacoma (1986)", "Death in Spokane (2004)": a name right before a year in brackets,
    after a minor word of a run of capitalised words, ends a work's title."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or not YEAR.match(doc[end + 1].text):
        return False
    if start < 2 or doc[start - 1].lower_ not in MINOR_WORDS:
        return False
    return doc[start - 2].text[:1].isupper() and doc[start - 2].is_alpha


def listed_with_titles(doc: Doc, start: int, end: int) -> bool:
    """ "Fargo, Atlanta, American Crime Story, The Leftovers, Game Of Thrones, Veep": a name in a list of
    capitalised names of which most are no place, two or more of them shaped like titles of works (several
    words the gazetteer knows not, none a landmark's or the NER's place), is a title too ("Tulsa, Omaha, Coney
    Island and Denver" stays a list of places). The name may end such a title itself, after a word capitalised
    mid-sentence and "in": "movie moments (Sleepless in Tulsa, Princess Bride)"."""
    items = [*_list_items(doc, start - 1, -1), *_list_items(doc, end, 1)]
    titles = sum(_shaped_like_a_title(item) for item in items)
    before = _capitalised_before_in(doc, start)
    if before is not None and before.ent_type_ == "" and not _a_headline_line(doc, start):
        titles += 1
    places = sum(_a_place_name(item) for item in items)
    return titles >= MIN_TITLES and places < len(items) - places


def _list_items(doc: Doc, i: int, step: int) -> list[list[Token]]:
    """The capitalised items of a list, read from token ``i`` (a comma, or the "and" before a last item) in one
    direction."""
    items: list[list[Token]] = []
    while len(items) < MAX_LIST_ITEMS and 0 <= i < len(doc) and doc[i].lower_ in LIST_JOINS:
        j = i
        while 0 <= j < len(doc) and doc[j].lower_ in LIST_JOINS:
            j += step  # ", and"
        words: list[Token] = []
        while 0 <= j < len(doc) and len(words) < MAX_ITEM_WORDS and _a_title_word(doc[j]):
            words.append(doc[j])
            j += step
        if not words:
            break
        items.append(words[::step])
        i = j
    return items


def _a_title_word(token: Token) -> bool:
    return token.is_alpha and (token.text[:1].isupper() or token.lower_ in MINOR_WORDS - LIST_JOINS)


def _shaped_like_a_title(words: list[Token]) -> bool:
    if len(words) < 2 or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
        return False
    if any(t.ent_type_ in PLACE_ENTITIES or t.ent_type_ == "PERSON" for t in words):
        return False  # a place, or a list of people ("Jane Doe, Tom Roe")
    if (words[-1].lower_,) in cues().not_city_after:
        return False
    return not _a_place_name(words)


def _a_place_name(words: list[Token]) -> bool:
    text = " ".join(t.text for t in words)
    return (
        gazetteer.key(text) in gazetteer.places_by_name()
        or gazetteer.state_code(text) is not None
        or gazetteer.is_country(text)
    )


@dataclass(frozen=True)
class WorkCues:
    """The lists of ``work_cues.json`` (see its ``_notes``)."""

    kinds_after: frozenset[str]
    of_a_work_before: tuple[tuple[str, ...], ...]
    producers: frozenset[str]


@cache
def work_cues() -> WorkCues:
    data = read_json("work_cues.json")
    return WorkCues(
        kinds_after=frozenset(data["kinds_after"]),
        of_a_work_before=phrase_words(data["of_a_work_before"]),
        producers=frozenset(data["producers"]),
    )


def marked_as_a_work(doc: Doc, start: int, end: int) -> bool:
    """ "Tulsa, the musical", "Tulsa: The Musical", "the cast of Tulsa", "HBO's Tulsa", "Tulsa (1997)", "Tulsa,
    90210": the words around a name that news writes around a work's title."""
    return (
        _a_kind_of_work_after(doc, end)
        or _of_a_work_before(doc, start, end)
        or _a_producers_work(doc, start, end)
        or _a_year_in_brackets_after(doc, end)
        or _a_number_after_a_comma(doc, end)
    )


def _a_kind_of_work_after(doc: Doc, end: int) -> bool:
    """ "Tulsa, the musical, opened", "Tulsa: The Musical", "Tulsa The Movie", "a set for Tulsa the TV show.": a
    kind of work after the name and "the" (one word may stand between, "the TV show"), and then, unless "The" and
    the kind are capitalised as a title's words, a stop: "Tulsa, the
    film's setting" is the place the film shows, and "shot in Tulsa, the movie moved to Omaha" names the place
    where."""
    i = end + (end < len(doc) and doc[end].text in {",", ":"})
    if i + 1 >= len(doc) or doc[i].lower_ != "the":
        return False
    kind = i + 1 if doc[i + 1].lower_ in work_cues().kinds_after else i + 2  # "Tulsa the TV show"
    if kind >= len(doc) or doc[kind].lower_ not in work_cues().kinds_after:
        return False
    if doc[i].text == "The" and doc[kind].text[:1].isupper():
        return True  # "Tulsa: The Musical", capitalised as a title
    after = doc[kind + 1] if kind + 1 < len(doc) else None
    return after is None or after.text in TITLE_ENDS


def _no_noun_after(doc: Doc, end: int) -> bool:
    """Whether no common noun or possessive follows the name ("the cast of Tulsa" but not "HBO's Tulsa office")."""
    after = doc[end] if end < len(doc) else None
    return after is None or not (after.text in POSSESSIVES or (after.is_lower and after.tag_ in {"NN", "NNS"}))


def _of_a_work_before(doc: Doc, start: int, end: int) -> bool:
    """ "the cast of Tulsa", "a revival of Tulsa", "the sequel to Tulsa"."""
    words = tuple(t.lower_ for t in doc[max(0, start - 2) : start])
    return any(words[-len(p) :] == p for p in work_cues().of_a_work_before) and _no_noun_after(doc, end)


def _a_producers_work(doc: Doc, start: int, end: int) -> bool:
    """ "Broadway's Tulsa", "Disney's Tulsa": a studio's, network's or Broadway's possessive before the name."""
    if start < 2 or doc[start - 1].text not in POSSESSIVES:
        return False
    producer = doc[start - 2]
    return producer.text[:1].isupper() and producer.lower_ in work_cues().producers and _no_noun_after(doc, end)


def _a_year_in_brackets_after(doc: Doc, end: int) -> bool:
    """ "Tulsa (1997)": a year alone in brackets after a name dates a work (see also :func:`dated_title`)."""
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and bool(
        YEAR.match(doc[end + 1].text)
    )


def _a_number_after_a_comma(doc: Doc, end: int) -> bool:
    """ "Tulsa, 74103" as a show's title: a name, a comma and a number of three digits or more that is no year,
    and no state, street or word after it (an address writes its state: "Tulsa, OK 74103")."""
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].is_digit or len(doc[end + 1].text) < 3:
        return False
    if YEAR.match(doc[end + 1].text):
        return False
    after = doc[end + 2] if end + 2 < len(doc) else None
    return after is None or not after.is_alpha or (after.is_lower and after.tag_ not in {"NN", "NNS"})


def works_named(doc: Doc, found: list[Mention]) -> set[str]:
    """The names the article marks as a work's title (:func:`marked_as_a_work`, or a noun for a work before
    them: "the musical Tulsa"); a name news gives a big city first ("NYC", "New York") stays the city's."""
    nouns = cues().work_before
    return {
        m.key
        for m in found
        if m.qualifier is None
        and m.key not in gazetteer.city_aliases()
        and (marked_as_a_work(doc, m.start, m.end) or names_a_work(doc, m.start, nouns))
    }


def the_work(doc: Doc, mention: Mention, works: set[str]) -> bool:
    """A mention of a name the article marks as a work's that is the work: one so marked, or a bare one that no
    preposition or list's opener stands before ("Tulsa won four Tonys" after "Tulsa, the musical"; "set in Tulsa"
    and "cities including Tulsa" stay the city)."""
    if mention.key not in works or mention.qualifier is not None or mention.cued:
        return False
    if marked_as_a_work(doc, mention.start, mention.end) or names_a_work(doc, mention.start, cues().work_before):
        return True
    if mention.start == 0:
        return True
    before = doc[mention.start - 1]
    return before.tag_ not in {"IN", "TO"} and before.lower_ not in LIST_OPENERS
