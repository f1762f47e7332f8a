"""The name written right before a reporting verb the parse left without a subject, past an aside set off
by commas ("Ann Lee, a retired teacher, said") or a party tag ("Webb (D-Mass.) said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.phrases import surname_named_before

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.docindex import DocIndex

# An aside between a name and its verb runs at most this many words ("Ann Lee, who drove in from Ohio
# to help the campaign in the south, said"), read back over at most ASIDE_SCAN tokens (quoted words included).
ASIDE_TOKENS = 14
ASIDE_SCAN = 24
DOUBLE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def name_right_before(index: DocIndex, verb: Token) -> Token | None:
    """A person's name written just before a reporting verb the parse left without a subject.

    English puts the subject before its verb; in "Police Chief Tom Reed said
    Monday that …", a misparse may hang the name elsewhere, but the name
    ending at the verb is who speaks (never "Monday" after it).
    """
    doc = index.doc
    i = _before_aside(doc, _before_party_tag(doc, verb.i - 1))
    if i >= 2 and i < verb.i - 1 and doc[i].tag_ == "RB" and doc[i - 1].text == ",":
        i -= 2  # "Ann Lee, meanwhile, who sits on the board, said": an adverb set off before the aside
    while i >= 0 and doc[i].tag_ in {"RB", "MD"} and doc[i].lower_ != "not" and not surname_named_before(doc[i]):
        i -= 1  # "Reed also said", "Reed will say" (but "Will wrote" after "George Will" is Will)
    if i < 0 or index.in_quote(doc[i].idx) or doc[i].tag_ == "POS":
        return None
    if doc[i].ent_type_ != "PERSON" and not surname_named_before(doc[i]):
        return None
    if index.paragraph_of(doc[i].idx) != index.paragraph_of(verb.idx):
        return None
    return doc[i]


def _before_aside(doc: Doc, i: int) -> int:
    """The token before an aside set off by commas and ending at ``i``, if it names nobody.

    "Ann Lee, 54, said", "Ann Lee, wearing a red hat, said", "Ann Lee, a
    retired teacher, said": the name before the aside is the verb's subject;
    "Ann Lee's lawyer, Tom Bell, said" names another person inside it. Words
    quoted inside the aside ("Ann Lee, wearing "Vote Reyes" pins, said") are
    a slogan or a title, whatever names they hold.
    """
    if i < 0 or doc[i].text != ",":
        return i
    quoted = False
    words = 0
    for start in range(i - 1, max(i - ASIDE_SCAN, -1), -1):
        token = doc[start]
        if "\n" in token.text:
            return i
        if token.text in DOUBLE_MARKS:
            quoted = not quoted
            continue
        if quoted:
            continue
        words += 1
        if (token.ent_type_ == "PERSON" and not _names_a_kind(token)) or token.tag_ == "POS" or words > ASIDE_TOKENS:
            return i
        if token.text == ",":
            return start - 1
    return i


def _names_a_kind(token: Token) -> bool:
    """A name modifying a common noun, saying whose side someone is on ("a Webb adviser"), not who speaks."""
    return token.dep_ == "compound" and token.head.tag_ in {"NN", "NNS"}


def _before_party_tag(doc: Doc, i: int) -> int:
    """The token before a party-and-state tag ending at ``i``: "Webb (D-Mass.)", "Bell, R-Wis.,"."""
    closing = doc[i].text if i >= 0 else ""
    if closing not in {")", ","}:
        return i
    opening = "(" if closing == ")" else ","
    for start in range(i - 1, max(i - 6, 0), -1):
        if doc[start].text == opening:
            inside = [t.text for t in doc[start + 1 : i]]
            party = len(inside) >= 3 and inside[0] in {"D", "R", "I"} and inside[1] in {"-", "–"}
            return start - 1 if party else i
    return i
