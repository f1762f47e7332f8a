"""Attribution zones: the words around a quotation that may attribute it.

A zone is the run of tokens between the quotation and the nearest sentence
end, paragraph break or other quotation; quotations on the way are stepped
over. The sentence before or after a quotation is read the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex
from sanctuary_cli.extract.quotes.verbs import (
    SENTENCE_END,
    ZONE_STEPS,
    ZONE_TOKENS,
    closes_sentence,
    ends_sentence,
    is_boundary,
    quoted,
)


def zone_after(index: DocIndex, char: int) -> list[int]:
    """Tokens after a quotation, up to the end of its sentence (end excluded).

    Other quotations on the way are stepped over, not stopped at: in
    ""A" and "B," she said", the attribution of "A" is "she said".
    """
    doc = index.doc
    zone: list[int] = []
    start = index.tokens_between(char, len(index.text)).start
    for i in range(start, min(len(doc), start + ZONE_STEPS)):
        token = doc[i]
        if quoted(index, token) or _blank(token):
            continue
        if "\n" in token.text or ends_sentence(token) or len(zone) >= ZONE_TOKENS:
            break
        zone.append(i)
    return zone


def _blank(token: Token) -> bool:
    """Spacing inside a paragraph that the tokenizer keeps as a token (a no-break space)."""
    return token.is_space and "\n" not in token.text


def sentence_after(index: DocIndex, char: int) -> list[int]:
    """The sentence after the one a quotation closes, within its paragraph."""
    doc = index.doc
    i = index.tokens_between(char, len(index.text)).start
    while i < len(doc) and (doc[i].text in SENTENCE_END or _blank(doc[i])) and "\n" not in doc[i].text:
        i += 1
    zone: list[int] = []
    while i < len(doc) and len(zone) < ZONE_TOKENS:
        token = doc[i]
        if is_boundary(token) or token.text in SENTENCE_END:
            break
        if not _blank(token):
            zone.append(i)
        i += 1
    return zone


def zone_before(index: DocIndex, char: int) -> list[int]:
    """Tokens before a quotation, back to the start of its sentence, other quotations stepped over."""
    doc = index.doc
    zone: list[int] = []
    end = index.tokens_between(0, char).stop
    for i in range(end - 1, max(end - ZONE_STEPS, 0) - 1, -1):
        token = doc[i]
        if closes_sentence(token):
            break
        if quoted(index, token) or _blank(token):
            continue
        if "\n" in token.text or ends_sentence(token) or len(zone) >= ZONE_TOKENS:
            break
        zone.append(i)
    zone.reverse()
    return zone


def sentence_before(index: DocIndex, char: int) -> list[int]:
    """The sentence before the one a quotation opens, quotations stepped over.

    After a split quotation ("…," he said. "…") this is the attribution clause
    in between; after a paragraph ending ""…," Johnson said." it is "Johnson said".
    """
    doc = index.doc
    last = index.tokens_between(0, char).stop - 1
    while last >= 0 and (doc[last].is_space or doc[last].text in SENTENCE_END):
        last -= 1
    zone: list[int] = []
    for i in range(last, max(last - ZONE_STEPS, -1), -1):
        token = doc[i]
        if zone and closes_sentence(token):
            break
        if quoted(index, token) or _blank(token):
            continue
        if ends_sentence(token) or len(zone) >= ZONE_TOKENS:
            break
        if "\n" in token.text:
            if zone:
                break
            continue
        zone.append(i)
    zone.reverse()
    return zone
