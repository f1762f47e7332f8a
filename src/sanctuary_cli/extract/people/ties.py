"""Two names an article ties to one person: "Ada T., aka Ada Quillon", "Quillon, born Ada Tessel",
"Ada T.—also known as Ada Quillon—", "Quillon was born Ada Tessel".

News gives a person's other name right after the one it uses: an alias or a full name after
"aka" or "also known as", a birth or maiden name after "born", "née" or a bracketed "then". Both names are the one
person's; the name given after "born", "née" or "formerly" is a name the person no longer uses, so
it is never the name the article's record goes by.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from sanctuary_cli.extract.people.common import Person

_ALSO = r"aka|a\.k\.a\.?|also known as|real name"  # another name the person goes by
_FORMER = r"(?:was )?born|n[ée]e|formerly|formerly known as"  # a name the person no longer goes by
# "Ada Quillon (then Ada Tessel)": a bracketed "then" gives the name of that time ("Ada, then Bram" lists two)
_TIE = re.compile(
    rf"\.?\s*[,—–]?\s*(?:\(\s*(?P<then>then)|\(?\s*(?:(?P<also>{_ALSO})|(?P<former>{_FORMER})))\s+", re.IGNORECASE
)

# ... and a given name the parser left out of the name after it ("also known as Assata Shakur", the name read "Shakur")
_TIE_GIVEN_LEFT_OUT = re.compile(rf"{_TIE.pattern}(?P<given>(?-i:[A-Z][a-z]+))\s+", re.IGNORECASE)


def tie_names(doc: Doc, people: list[Person]) -> list[Person]:
    """The people with each person the article ties to another by "aka" or "born" merged into the
    first-named (see the module's note); the forms after "born" go into its former names."""
    text = index(doc).text
    owner = {id(m): p for p in people for m in p.mentions}
    mentions = sorted((m for p in people for m in p.mentions), key=lambda m: m.start)
    merged: dict[int, Person] = {}

    def current(person: Person) -> Person:
        while id(person) in merged:
            person = merged[id(person)]
        return person

    for first, second in pairwise(mentions):
        tie = _TIE.fullmatch(text, first.end, second.start)
        if tie is None and " " not in second.text:  # "aka Assata Shakur", the name read "Shakur"
            tie = _TIE_GIVEN_LEFT_OUT.fullmatch(text, first.end, second.start)
        a, b = current(owner[id(first)]), current(owner[id(second)])
        if tie is None or a is b or _a_new_sentence(tie):
            continue
        if tie.re is _TIE_GIVEN_LEFT_OUT:
            at = b.mentions.index(second)
            b.mentions[at] = replace(second, start=tie.start("given"), text=text[tie.start("given") : second.end])
        a.mentions.extend(b.mentions)
        a.mentions.sort(key=lambda m: m.start)
        a.former_names |= b.former_names
        if tie.group("former") or tie.group("then"):
            a.former_names |= {m.text for m in b.mentions}
        merged[id(b)] = a
    return [p for p in people if id(p) not in merged]


def _a_new_sentence(tie: re.Match[str]) -> bool:
    """Whether a bracketed "then" opens a sentence of its own: "Prince George. (Then Ada Tessel's baby.)"
    goes on to someone else; "Ada Quillon (then Ada Tessel)" gives her name of that time."""
    return tie.group("then") is not None and (tie.group("then") != "then" or "." in tie.group(0))
