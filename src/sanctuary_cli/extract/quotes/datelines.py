"""Datelines and the names that lead a paragraph: where a story was filed is never who speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.verbs import DASHES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex

# A dateline runs at most this many tokens before its dash ("WASHINGTON, Aug. 24 (UPI) —").
DATELINE_TOKENS = 12


def in_dateline(index: DocIndex, token: Token) -> bool:
    """Whether a token is part of a dateline opening its paragraph: "WASHINGTON (AP) —", "DAYTON, Ohio —".

    A dateline is the place, in capitals, set off by a dash before the first
    verb; it says where the story was filed, never who speaks.
    """
    doc = index.doc
    start = index.token_index(index.paragraph_starts[index.paragraph_of(token.idx)])
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc) or not (doc[start].is_alpha and doc[start].is_upper and len(doc[start]) > 1):
        return False
    for i in range(start, min(start + DATELINE_TOKENS, len(doc))):
        if doc[i].text in DASHES:
            return token.i < i
        if doc[i].tag_.startswith("VB") or "\n" in doc[i].text:
            return False
    return False


def paragraph_lead_name(index: DocIndex, verb: Token) -> list[Token]:
    """The person named first in the verb's paragraph, before the verb.

    When a headline runs into the first paragraph the parser takes a headline
    word for the subject; the name leading the paragraph ("Opposition leader
    Ruth Grant has dismissed ...") is the real one.
    """
    doc = index.doc
    start = index.token_index(index.paragraph_starts[index.paragraph_of(verb.idx)])
    for i in range(start, verb.i):
        if doc[i].ent_type_ == "PERSON" and not index.in_quote(doc[i].idx):
            while i + 1 < verb.i and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
                i += 1
            return [doc[i]]
        if doc[i].tag_.startswith("VB"):
            break
    return []
