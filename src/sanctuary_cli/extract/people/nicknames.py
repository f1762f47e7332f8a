"""A nickname in quotation marks inside a name: 'Dorian "Whitey" Kastellan', "Mira 'Mimi' J. Tovar",
or for the given name: '"Bobby" Kastellan'; or a jibe of hyphened words: "Carl mad-as-hell Kastellan".

News gives a person's nickname once, between the given name and the surname, and may then write
the nickname alone ("Whitey was arrested") or with the surname ("Whitey Kastellan"). The tagger
reads such a name in pieces ("Dorian", "Whitey", "Kastellan"), or whole with its quotation marks.
The name is the given name (its initials kept) and the surname; the nickname, alone or with the
surname, is the same person in that article, and the nickname with the surname is a form of the
person the store's other articles may write alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.common import NAME_TAGS, VERB_TAGS, Mention
from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.people.names import POSSESSIVE, name_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a given name (maybe double), initials, words in double quotation marks or a nickname in single ones
# (its words capitalised: an apostrophe is no quotation mark), then the surname (maybe opening with a particle)
NICKNAMED = re.compile(
    r"""\b(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?P<initials>(?:\s+[A-Z]\.)*)\s+"""
    r"""(?:["“](?P<double>[^"“”\n]{1,60})["”]"""
    r"""|['‘](?P<single>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,2})['’])"""
    r"""(?P<after>(?:\s+[A-Z]\.)*)\s+"""
    r"""(?P<surname>(?:(?:de|del|della|da|di|van|von|der|den|la|le|du)\s+)?[A-Z][\w’'-]*[a-z][\w’'-]*)"""
)
NOT_A_SURNAME = frozenset({"DATE", "TIME", "GPE", "LOC", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
NICKNAME = re.compile(r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2}")  # capitalised words, three at most
# a quotation ending its sentence inside the marks ('renamed Rex "Bolt." Tessel added'): a word's
# full stop, or a question or exclamation mark; not an initial's stop ('Hugh "J.R." Tessel')
SENTENCE_END = re.compile(r"(?:[a-z]{2}\.|[!?])$")


def nicknamed_names(doc: Doc) -> list[Mention]:
    """The names written with a nickname inside, as mentions of the given name and the surname
    (each with its ``nickname``; none for a jibe in quotation marks). The first word must be a proper
    noun and a given name: a listed one, or one the tagger reads as a person's ("So 'Nice' About
    Town", "Green 'Bun' Veggie" are no names)."""
    text = index(doc).text
    found = []
    for match in NICKNAMED.finditer(text):
        first = index(doc).token_at(match.start("given"))
        listed = known_given_name(match.group("given"))
        # 'So "Nice" About Town': the first word is no name's; a listed given name opening a
        # sentence may be tagged as an adjective or a noun
        if first is None or not (
            (first.tag_ in NAME_TAGS and (listed or first.ent_type_ == "PERSON"))
            or (listed and first.tag_ in {"JJ", "NN"})
        ):
            continue
        surname = POSSESSIVE.sub("", match.group("surname"))
        end = match.start("surname") + len(surname)
        last = index(doc).token_at(match.start("surname") + surname.rfind(" ") + 1)
        again = len(re.findall(rf"\b{re.escape(surname)}\b", text)) > 1  # the article writes it elsewhere too
        if last is None or not (last.tag_ in NAME_TAGS or again):
            continue  # 'Ada "Boss" ran the shop': no surname after the nickname
        initials = " ".join((match.group("initials") + match.group("after")).split())
        name = " ".join(w for w in (match.group("given"), initials, surname) if w)
        nickname = match.group("double") or match.group("single")
        if SENTENCE_END.search(nickname):
            continue  # the surname opens the next sentence: no name
        if not NICKNAME.fullmatch(nickname):
            # 'Ada "I will win" Quillon': a jibe in quotation marks, no name to go by; the surname must be
            # no date's or other name's word (not 'told Ada "we are done" Monday night')
            if last.ent_type_ in NOT_A_SURNAME:
                continue
            nickname = None
        found.append(Mention(match.start(), end, name, last.i, nickname=nickname))
    return found


# a given name alone in quotation marks, opened after a space or a line's start, then a surname:
# 'her love for "Bobby" Quillon', the name the person went by written as the given name
QUOTED_GIVEN = re.compile(
    r"""(?:^|(?<=\s))(?:["“](?P<double>[A-Z][a-z]+)["”]|['‘](?P<single>[A-Z][a-z]+)['’])[ \t]+"""
    r"""(?P<surname>[A-Z][\w’'-]*[a-z])"""
)


def quoted_given_names(doc: Doc) -> list[Mention]:
    """The names written with the given name alone in quotation marks ('"Bobby" Quillon'): the given
    name and the surname, where the given name is a listed one and the surname a proper noun that is
    none ('"Bobby" Tessa' is a word quoted before a name), not after a noun (see :func:`_after_a_noun`)."""
    text = index(doc).text
    found = []
    for match in QUOTED_GIVEN.finditer(text):
        given = match.group("double") or match.group("single")
        surname = POSSESSIVE.sub("", match.group("surname"))
        last = index(doc).token_at(match.start("surname"))
        if last is None or last.tag_ not in NAME_TAGS or last.ent_type_ in NOT_A_SURNAME:
            continue
        if not known_given_name(given) or known_given_name(surname) or _after_a_noun(text, match.start()):
            continue
        found.append(Mention(match.start(), match.start("surname") + len(surname), f"{given} {surname}", last.i))
    return found


# a given name, a jibe of hyphened lower-case words, and the surname: "Carl mad-as-hell Quillon"
HYPHENED_JIBE = re.compile(r"\b(?P<given>[A-Z][a-z]+) [a-z]+(?:-[a-z]+)+ (?P<surname>[A-Z][\w’'-]*[a-z])")


def jibed_names(doc: Doc) -> list[Mention]:
    """The names written with a jibe of hyphened words between the given name and the surname ("the
    race between Carl mad-as-hell Quillon and Andrew no-comment Tessel"): the given name, a listed one
    the tagger reads as a proper noun, and the surname, a proper noun that is no given name."""
    text = index(doc).text
    found = []
    for match in HYPHENED_JIBE.finditer(text):
        given, last = index(doc).token_at(match.start("given")), index(doc).token_at(match.start("surname"))
        surname = POSSESSIVE.sub("", match.group("surname"))
        if given is None or last is None or given.tag_ not in NAME_TAGS or last.tag_ not in NAME_TAGS:
            continue
        if last.i > 0 and last.nbor(-1).tag_ in VERB_TAGS - {"VBG"}:
            continue  # "Carl co-founded Soundpark": a verb and its object, no jibe ("Carl fire-breathing Quillon" is)
        # a surname the tagger has never seen may be read as a place's ("Quillon" GPE): only other labels tell
        if not known_given_name(given.text) or known_given_name(surname) or last.ent_type_ in NOT_A_SURNAME - {"GPE"}:
            continue
        name = f"{given.text} {surname}"
        found.append(Mention(match.start(), match.start("surname") + len(surname), name, last.i))
    return found


def _after_a_noun(text: str, at: int) -> bool:
    """Whether a word that is no function word comes right before ``at``: 'the song "Jolene" Parton
    wrote' quotes a title; 'her love for "Bobby" Quillon', a sentence's start or a comma, a name."""
    before = text[max(0, at - 30) : at].split()
    return bool(before) and before[-1][-1:].isalpha() and before[-1].casefold() not in name_rules().function_words


def nickname_form(mention: Mention) -> str | None:
    """The nickname and the surname of a name written with a nickname inside ("Whitey Kastellan"
    for 'Dorian "Whitey" J. Kastellan'), or None."""
    if mention.nickname is None:
        return None
    surname = [w for w in mention.text.split()[1:] if not re.fullmatch(r"[A-Z]\.", w)]
    return " ".join([mention.nickname, *surname])
