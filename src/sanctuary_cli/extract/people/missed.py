"""Names the tagger cuts short or files as something else.

The small model often reads a two-word name as an organisation or a place ("Brooke Astor's son",
"Don Draper forced the sherbet upon Megan": ORG), cuts a name at a curly apostrophe ("Bill
O’Reilly": "Bill") or sees the surname alone after a given name no list holds ("Tyvorn Quillon":
"Quillon"). Each finder here reads such a name back from the article's own evidence.
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.common import NAME_TAGS, Mention
from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.people.names import facility_word, name_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MONTHS = frozenset(calendar.month_name[1:])  # given names too ("April", "June"), and dates' words before a name
# a given name and an Irish or Italian surname written with a curly apostrophe: "Bill O’Quillon", "Al D’Orsa"
_CURLY_APOSTROPHE_NAME = re.compile(r"\b(?P<given>[A-Z][a-z]+)\s+(?P<surname>[OD]’[A-Z][a-z]+)\b")
_POSSESSIVE = frozenset({"'s", "’s"})
_MISTAKEN_FOR = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})  # a date or a people is no name


def given_name_opening(doc: Doc, word: Token) -> bool:
    """Whether a capitalised word is written as a given name opening a name: a listed given name the
    tagger reads as a proper noun, in no date ("Last September"), after no other proper noun, and in no
    entity but a person's or a two-word name the tagger filed as something else ("Brooke Astor's")."""
    if word.ent_type_ not in ("", "PERSON") and _name_tagged_a_thing(index(doc).entity(word.i), word) is None:
        return False
    return _opens_a_name(doc, word)


def _opens_a_name(doc: Doc, word: Token) -> bool:
    """Whether the word is a listed given name, tagged a proper noun, no month, after no other proper noun."""
    if word.tag_ not in NAME_TAGS or word.text in MONTHS:
        return False
    before = doc[word.i - 1] if word.i > 0 else None
    return known_given_name(word.text) and (before is None or before.tag_ not in NAME_TAGS)


def _name_tagged_a_thing(ent: Span | None, word: Token) -> Token | None:
    """The surname, where ``word`` opens an entity of a thing (an organisation, a place, a work) that holds two
    capitalised proper nouns and at most a possessive after them: "Brooke Astor's", not "Brooke
    Astor Foundation", "Luke's Diner", "Barry Park" or "Maxwell HS"."""
    if ent is None or ent.start != word.i or ent.label_ not in _MISTAKEN_FOR:
        return None
    end = ent.end - 1 if ent[-1].text in _POSSESSIVE else ent.end
    if end - ent.start != 2:
        return None  # "Luke's Diner", "Brooke Astor Foundation"
    last = ent.doc[ent.start + 1]
    if last.tag_ not in NAME_TAGS or not last.text.isalpha() or not last.text[:1].isupper() or last.text.isupper():
        return None  # "Maxwell HS": a school's
    if facility_word(last.text) or last.text in name_rules().place_words_also_surnames:
        return None  # "Barry Park", "Grace Hill": the tagger's reading is the likelier
    return last


def mistagged_names(doc: Doc, found: list[Mention]) -> list[Mention]:
    """Two-word names the tagger files as an organisation, a place or a work, where the article names the person
    by one of the words alone too: "Don Draper forced the sherbet upon Megan" beside "before Don and
    Megan came through", "Brooke Astor's son" beside "Astor was left in bad conditions". The first word
    is a listed given name. (The caller leaves out a name running on into a building's or a street's,
    "Brooke Astor Library", and a credit.)"""
    alone = {m.text for m in found if " " not in m.text}
    names = []
    for ent in doc.ents:
        word = ent[0]
        last = _name_tagged_a_thing(ent, word)
        if last is None or not {word.text, last.text} & alone or not _opens_a_name(doc, word):
            continue
        end = last.idx + len(last.text)
        names.append(Mention(word.idx, end, index(doc).text[word.idx : end], last.i))
    return names


def curly_apostrophe_names(doc: Doc) -> list[Mention]:
    """The names whose surname is written with a curly apostrophe ("Bill O’Reilly"), which the tagger
    often cuts after the given name: a listed given name, written as a proper noun, and the surname."""
    text = index(doc).text
    found = []
    for match in _CURLY_APOSTROPHE_NAME.finditer(text):
        given = index(doc).token_at(match.start("given"))
        if given is None or not given_name_opening(doc, given):
            continue
        last = index(doc).token_at(match.end("surname") - 1)
        found.append(Mention(match.start(), match.end(), match.group(0), last.i if last is not None else given.i))
    return found


def named_alone_before(doc: Doc, found: list[Mention]) -> list[Mention]:
    """A given name no list holds ("Tyvorn", a saga's or a far-off country's) right before a surname
    the tagger read as a person alone: "Tyvorn Quillon smiled", where the tagger saw "Quillon" only.
    The word must be one the tagger reads as a person alone elsewhere in the article ("Tyvorn was
    banking on it"), as a proper noun, and here as no name of its own ("Obama Quillon talks": two
    names the tagger reads each), and no surname of the article's full names."""
    surnames = {m.text.split()[-1] for m in found if " " in m.text}
    alone = {m.text for m in found if " " not in m.text} - surnames
    names = []
    for mention in found:
        first = doc[mention.token]
        if " " in mention.text or first.i == 0 or first.idx != mention.start:
            continue
        word = doc[first.i - 1]
        if word.text not in alone or word.tag_ not in NAME_TAGS or word.ent_type_:
            continue
        if word.whitespace_ != " " or not word.text.isalpha() or not word.text[:1].isupper():
            continue
        names.append(Mention(word.idx, mention.end, f"{word.text} {mention.text}", mention.token))
    return names
