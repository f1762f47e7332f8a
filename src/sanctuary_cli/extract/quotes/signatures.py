"""Speakers named after a dash: ""…" — Ann Lee" and a signature line under a quotation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.verbs import DASHES, Attribution, is_mark

if TYPE_CHECKING:
    from sanctuary_cli.extract.docindex import DocIndex


def dash_speaker(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """ ""..." — Tom Homan": a name after a dash that follows the quotation."""
    doc = index.doc
    tokens = [i for i in tokens if not doc[i].is_space]  # a no-break space may stand before the dash
    if not tokens:
        return None
    if doc[tokens[0]].text in DASHES:
        names = tokens[1:4]
    elif tokens[0] > 0 and is_mark(doc[tokens[0] - 1]) and doc[tokens[0] - 1].text[-1:] in DASHES:
        names = tokens[:3]  # the tokenizer glued the dash to the closing mark: "…”― Ann Lee"
    else:
        return None
    return _name_after_dash(index, names, tokens)


def _name_after_dash(index: DocIndex, names: Sequence[int], tokens: Sequence[int]) -> Attribution | None:
    """The name among the first tokens after a dash, its head being its last proper-noun token."""
    doc = index.doc
    for i in names:
        token = doc[i]
        if token.ent_type_ == "PERSON" or token.tag_ in {"NNP", "NNPS"}:
            while i + 1 < len(doc) and doc[i + 1].tag_ in {"NNP", "NNPS"} and i + 1 in tokens:
                i += 1
            return Attribution("—", tokens[0], i, "dash")
    return None


# A signature paragraph ("— Ann Lee, Dayton.") is at most this many tokens.
SIGNATURE_TOKENS = 12


def signature_after(index: DocIndex, after: int) -> Attribution | None:
    """ ""…" / — Ann Lee, tweeting after the vote.": a short paragraph of a dash and a name signs the quotation.

    Notebooks, round-ups and epigraphs credit a quotation ending its paragraph
    on a line of its own below it.
    """
    text = index.text
    end = text.find("\n", after)
    if end < 0 or text[after:end].strip():
        return None  # the quotation's paragraph goes on
    start = end
    while start < len(text) and text[start].isspace():
        start += 1
    if start >= len(text) or text[start] not in "—–―-":
        return None
    stop = text.find("\n", start)
    tokens = list(index.tokens_between(start, len(text) if stop < 0 else stop))
    if not tokens or len(tokens) > SIGNATURE_TOKENS:
        return None
    # The dash stands alone or is glued to the name ("-Ann Lee").
    names = tokens[1:4] if index.doc[tokens[0]].text in DASHES else tokens[:3]
    found = _name_after_dash(index, names, tokens)
    if found is None or found.subject is None:
        return None
    # A signature is the name alone or followed by a comma ("— Ann Lee, Dayton."), not a line of a list.
    following = found.subject + 1
    return found if following not in tokens or index.doc[following].text in {",", "."} else None
