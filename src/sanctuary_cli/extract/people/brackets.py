"""Names an editor's brackets cut in two: a gloss closed after the given name ("[decorator Ada] Quillon
said", "Commissioner (Ada) Quillon"), or a surname bracketed after the given name a speaker said ('"We're
proud of Rory [Quillon]," he said').
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.common import NAME_TAGS, Mention
from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.people.names import POSSESSIVE, facility_word, name_rules, strip_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

# a given name, a bracket closing after it, and the surname: "(Police Commissioner Ada) Quillon's plan",
# an editor's gloss closed a word early
_BRACKET_INSIDE = re.compile(r"\b(?P<given>[A-Z][a-z]+)[)\]][ \t]+(?P<surname>[A-Z][\w’'-]*[a-z])")
GLOSS_REACH = 60  # characters from the opening bracket to the given name, at most


def bracket_inside(doc: Doc) -> list[Mention]:
    """The names written with a closing bracket between the given name and the surname, the bracket
    opened before the given name in the same gloss: one name, the given name and the surname. An
    editor's square brackets insert the given name into a quotation ("[decorator Ada] Quillon
    said"); round ones must hold a title before it, or follow one ("Commissioner (Ada) Quillon"; "(with
    Ada) Quillon said" glosses no name), and a handle's "@" is no gloss ("(@Ada) March")."""
    text = index(doc).text
    found = []
    for match in _BRACKET_INSIDE.finditer(text):
        given, start = match.group("given"), match.start("given")
        opener = "[" if text[match.end("given")] == "]" else "("
        opening = text.rfind(opener, max(0, start - GLOSS_REACH), start)
        gloss = text[opening + 1 : start].split()
        if opening < 0 or not known_given_name(given) or "\n" in text[opening:start] or "@" in text[opening:start]:
            continue
        # a round bracket's word before the given name, or the word before the bracket, is a title
        titled = gloss[-1:] or text[max(0, opening - 30) : opening].split()[-1:]
        if text[opening] == "(" and not (titled and strip_title(f"{titled[0]} {given}") == given):
            continue  # "(with Ada) Quillon said" glosses no name
        surname = POSSESSIVE.sub("", match.group("surname"))
        last = index(doc).token_at(match.start("surname"))
        if last is None or last.tag_ not in NAME_TAGS or known_given_name(surname):
            continue
        if surname in name_rules().place_words_also_surnames or facility_word(surname):
            continue  # "[Long] Island": a place's name bracketed (the tagger's labels are no guide here)
        found.append(Mention(start, match.start("surname") + len(surname), f"{given} {surname}", last.i))
    return found


# a given name and, in square brackets right after it, one capitalised word: the surname an editor added
_SURNAME_BRACKETED = re.compile(r"\b(?P<given>[A-Z][a-z]+) \[(?P<surname>[A-Z][\w’'-]*[a-z](?:['’]s)?)\]")


def bracketed_surnames(doc: Doc, found: Iterable[Mention] = ()) -> list[Mention]:
    """The names whose surname an editor bracketed after the given name a speaker said ('"We're proud of
    Rory [Quillon]," the coach said'): one name, read without the brackets ("Rory Quillon"). The bracket
    stands in a quotation, as an editor's do, or the article writes its word unbracketed too (an
    interview's "Stevie [Nicks]"; not a track list's "Iris [Live]"); the word before it is a
    given name and no surname of the article's people (not "unlike Howard [Penn] has never", of Terrence
    Howard: the bracket names the sentence's subject), and the bracketed word a proper noun and no place's
    or building's word. ``found``: the article's names found so far."""
    text = index(doc).text
    surnames = {m.text.split()[-1] for m in found if " " in m.text}
    names = []
    for match in _SURNAME_BRACKETED.finditer(text):
        given, surname = match.group("given"), POSSESSIVE.sub("", match.group("surname"))
        last = index(doc).token_at(match.start("surname"))
        if not known_given_name(given) or given in surnames or last is None or last.tag_ not in NAME_TAGS:
            continue
        if surname in name_rules().place_words_also_surnames or facility_word(surname):
            continue
        if _in_a_quotation(text, match.start()) or re.search(rf"(?<!\[){re.escape(surname)}\b", text):
            names.append(Mention(match.start(), match.start("surname") + len(surname), f"{given} {surname}", last.i))
    return names


def _in_a_quotation(text: str, at: int) -> bool:
    """Whether a quotation opened in the paragraph before ``at`` is still open there."""
    paragraph = text[text.rfind("\n", 0, at) + 1 : at]
    return paragraph.count('"') % 2 == 1 or paragraph.count("“") > paragraph.count("”")
