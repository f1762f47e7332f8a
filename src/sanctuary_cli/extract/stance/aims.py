"""What an act is aimed at and whom it helps, read from the parse: its object, purpose and partner.

"ended its agreement" is aimed at the agreement; "sued the state, hoping to
sideline the law" carries its aim in a purpose clause; "helped residents
learn their rights" names a partner outside enforcement. These are the words
:mod:`targets` classifies and :mod:`claims` composes with the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.stance.lexicon import Cue, StanceLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far (in tokens) after a cue its governed words are read; keeps the scan
# linear on run-on text with no sentence breaks.
WINDOW = 30
OBJECT_ARCS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# "a suit against the law", "a fight over detainers", "an end to cooperation": what the act is aimed at
AIMING_PREPOSITIONS = frozenset({"against", "over", "to", "of", "on", "with", "from", "onto"})
STRANDED = frozenset({"against", "over"})  # the aim of a suit or a fight, often hung on the verb before it


def _subtree_text(token: Token) -> str:
    """The words of a token's phrase, clipped to the window."""
    doc = token.doc
    return doc[token.left_edge.i : min(token.right_edge.i, token.i + WINDOW) + 1].text


def object_text(token: Token) -> str:
    """The words of what the act is done to: its object, or the noun after its preposition.

    "ended its agreement [after a sanctuary bill passed]" is aimed at the
    agreement; "a lawsuit against the state's sanctuary law" at the law. In
    the passive the subject is the object ("detainers were ignored").
    """
    anchor = token.head if token.dep_ in {"amod", "compound"} and token.head.i != token.i else token
    parts = []
    for child in [*anchor.children, *stranded_aims(anchor)]:
        if child.dep_ in OBJECT_ARCS:
            parts.append(_subtree_text(child))
        elif child.dep_ == "prep" and child.lower_ in AIMING_PREPOSITIONS:
            parts.extend(_subtree_text(grand) for grand in child.children if grand.dep_ == "pobj")
    return " ".join(parts)


def stranded_aims(noun: Token) -> list[Token]:
    """What an object noun is aimed at when the parser hung its "against" or "over" on the verb:
    in "voted to join the lawsuit against the state's sanctuary law" the suit is against the law.
    Only when the noun has no such phrase of its own and the phrase follows it directly."""
    if noun.dep_ != "dobj" or not noun.tag_.startswith("NN"):
        return []
    if any(child.dep_ == "prep" and child.lower_ in STRANDED for child in noun.children):
        return []
    return [child for child in noun.head.children
            if child.dep_ == "prep" and child.lower_ in STRANDED and child.i == noun.right_edge.i + 1]


def purpose_text(token: Token) -> str:
    """The words of a purpose clause the act carries ("sued the state, hoping to sideline the law")."""
    parts = []
    for child in token.children:
        opens = child.left_edge
        if child.dep_ == "advcl" and (child.tag_ == "VBG" or opens.lower_ in {"to", "in"}):
            parts.append(_subtree_text(child))
    return " ".join(parts)


PARTNER_PREPOSITIONS = frozenset({"with", "alongside"})


def partner_text(token: Token, where: str) -> str:
    """The words naming whom an act helps ("helped residents", ``object``) or works with ("worked
    with the parks department", ``with``); empty when the act names no one."""
    anchor = token.head if token.dep_ in {"amod", "compound"} and token.head.i != token.i else token
    parts = []
    for child in anchor.children:
        if where == "object" and child.dep_ == "dobj":
            parts.append(_subtree_text(child))
        elif where == "object" and child.dep_ in {"ccomp", "xcomp"}:  # "help residents [to] learn"
            parts.extend(_subtree_text(grand) for grand in child.children if grand.dep_ == "nsubj")
        elif where == "with" and child.dep_ == "prep" and child.lower_ in PARTNER_PREPOSITIONS:
            parts.extend(_subtree_text(grand) for grand in child.children if grand.dep_ == "pobj")
    return " ".join(parts)


def helps_someone_else(cue: Cue, token: Token, lexicon: StanceLexicon) -> bool:
    """Whether a cooperating act names a partner outside enforcement: helping residents learn their
    rights or working with the city's own departments is no part in federal enforcement."""
    if cue.partner is None:
        return False
    partner = partner_text(token, cue.partner)
    if not partner:
        return False
    return not (lexicon.federal.search(partner) or lexicon.enforcement.search(partner)
                or lexicon.strict_enforcement.search(partner))


def federal_party(token: Token, lexicon: StanceLexicon) -> bool:
    """Whether a suit is the federal government's: "the Justice Department's lawsuit", "a federal
    lawsuit filed by the administration". Joining one sides with federal enforcement against the
    protections it is aimed at."""
    for child in token.children:
        if child.dep_ in {"poss", "amod", "compound"} and lexicon.federal.search(_subtree_text(child)):
            return True
        if child.dep_ == "acl":
            agents = [grand for grand in child.children if grand.dep_ == "agent"]
            if any(lexicon.federal.search(_subtree_text(agent)) for agent in agents):
                return True
    return False
