"""What an act is aimed at and whom it helps, read from the parse: its object, purpose and partner.

"ended its agreement" is aimed at the agreement; "sued the state, hoping to
sideline the law" carries its aim in a purpose clause; "helped residents
learn their rights" names a partner outside enforcement. These are the words
:mod:`targets` classifies and :mod:`claims` composes with the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.stance.lexicon import Cue, StanceLexicon
from sanctuary_cli.extract.stance.targets import PROTECTION, classify

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far (in tokens) after a cue its governed words are read; keeps the scan
# linear on run-on text with no sentence breaks.
WINDOW = 30
OBJECT_ARCS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# "a suit against the law", "a fight over detainers", "an end to cooperation": what the act is aimed at
AIMING_PREPOSITIONS = frozenset({"against", "over", "to", "of", "on", "with", "from", "onto"})
STRANDED = frozenset({"against", "over"})  # the aim of a suit or a fight, often hung on the verb before it
# Laws and proposals whose describing clause says what they would do
LAW_NOUNS = frozenset({
    "law", "laws", "measure", "measures", "bill", "bills", "ordinance", "ordinances", "proposal", "proposals",
    "resolution", "resolutions", "amendment", "amendments", "legislation", "policy", "policies", "plan", "rule",
})


def _subtree_text(token: Token) -> str:
    """The words of a token's phrase, clipped to the window."""
    doc = token.doc
    return doc[token.left_edge.i : min(token.right_edge.i, token.i + WINDOW) + 1].text


def _descriptions(noun: Token) -> list[Token]:
    """The clauses that describe a noun rather than name it: "SB 54, which limits cooperation",
    "a law barring police from asking"."""
    return [child for child in noun.children
            if child.dep_ == "relcl" or (child.dep_ == "acl" and noun.lower_ in LAW_NOUNS)]


def _named_text(token: Token) -> str:
    """The words of a noun's phrase without the clauses that describe it, clipped to the window."""
    doc = token.doc
    limit = min(token.right_edge.i, token.i + WINDOW)
    left_out = {i for clause in _descriptions(token) for i in range(clause.left_edge.i, clause.right_edge.i + 1)}
    kept = [i for i in range(token.left_edge.i, limit + 1) if i not in left_out]
    return "".join(doc[i].text_with_ws if i + 1 in kept or doc[i].whitespace_ else doc[i].text + " " for i in kept)


def _objects(token: Token) -> list[Token]:
    """The nouns an act is done to: its objects, and the nouns after its aiming prepositions."""
    anchor = token.head if token.dep_ in {"amod", "compound"} and token.head.i != token.i else token
    found = []
    for child in [*anchor.children, *stranded_aims(anchor)]:
        if child.dep_ in OBJECT_ARCS:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in AIMING_PREPOSITIONS:
            found.extend(grand for grand in child.children if grand.dep_ == "pobj")
    return found


def described_aim(token: Token, lexicon: StanceLexicon) -> str | None:
    """The kind of target a clause describing the act's object gives it, when its name gives none:
    a law "which limits cooperation with ICE" or "barring police from asking" is a protection (its
    own act refuses enforcement); a law "that requires police to honor detainers" is enforcement."""
    for noun in _objects(token):
        for clause in _descriptions(noun):
            words = _subtree_text(clause)
            refusing = clause.lower_ in lexicon.flipping_forms
            if refusing and (lexicon.enforcement.search(words) or lexicon.federal.search(words)):
                return PROTECTION
            found = classify(words, lexicon)
            if found is not None:
                return found
    return None


def object_text(token: Token) -> str:
    """The words of what the act is done to: its object, or the noun after its preposition.

    "ended its agreement [after a sanctuary bill passed]" is aimed at the
    agreement; "a lawsuit against the state's sanctuary law" at the law. In
    the passive the subject is the object ("detainers were ignored"). A
    clause describing the object is left out: "SB 54, which limits
    cooperation with ICE" is named by "SB 54" (see :func:`described_aim`).
    """
    return " ".join(_named_text(noun) for noun in _objects(token))


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
