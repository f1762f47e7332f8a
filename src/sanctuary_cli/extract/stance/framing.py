"""How a cue word stands in its clause, which decides whether it states a position: negated ("not",
"no longer"), only the topic of something ("a policy on cooperating"), a label of a group of places ("the
battle over sanctuary cities"), background to the actor, a possibility or advice ("if", "should"), a
condition the main clause refuses, or an act limited to what a judge orders ("only with a judicial warrant").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Dependency arcs a negation or refusal reaches across, from a word to its head:
# infinitive and gerund complements, prepositional phrases, objects, coordinated
# verbs, the noun a modifier belongs to, and the noun a clause describes ("no
# plans to become a sanctuary city"). Clausal complements (ccomp) and
# relative clauses are not crossed: they are someone else's statement.
REVERSAL_ARCS = frozenset(
    {"xcomp", "pcomp", "pobj", "prep", "dobj", "conj", "compound", "amod", "attr", "acomp", "nmod", "appos", "acl"}
)
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "neither", "cannot"})
# "the policy on cooperating with ICE", "a debate over cooperation": the cue names a
# topic, not an act, so it says nothing about where anyone stands.
TOPIC_PREPOSITIONS = frozenset({"on", "about", "over", "regarding", "concerning"})
CONDITIONS = frozenset({"if", "unless", "whether"})
ADVICE = frozenset({"should", "ought"})  # "the city should work with ICE" is advice, not a position
DEMANDING_MODALS = ADVICE | {"must"}  # "the governor said the county must comply": his demand
GROUP_NOUNS = frozenset({"cities", "jurisdictions", "counties", "states", "towns", "municipalities", "localities"})
MAX_CLIMB = 8  # dependency steps climbed from a cue to the clause that frames it
WARRANT_REACH = 12  # tokens read after an act (and after its "only") for a judge's order
JUDICIAL = frozenset({"warrant", "warrants", "judge", "judges", "court"})  # "only with a judicial warrant"


def negator(token: Token) -> Token | None:
    """A child of the token that negates it ("not", "never", "no", "no longer")."""
    for child in token.children:
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det", "preconj"} and child.lower_ in NEGATIONS):
            return child
        if child.lower_ == "longer" and any(grand.lower_ == "no" for grand in child.children):
            return child
    return None


def is_opposed_form(trigger: Token) -> bool:
    """Whether the word is the second half of an "anti-" compound ("anti-sanctuary"), which names the
    opposite of what the word alone does."""
    if trigger.i < 2:
        return False
    doc = trigger.doc
    return doc[trigger.i - 1].text in {"-", "‑", "–"} and doc[trigger.i - 2].lower_ in {"anti", "non"}


def is_topic(trigger: Token) -> bool:
    """Whether the cue word only names what something is about ("policy on cooperating")."""
    return trigger.dep_ in {"pobj", "pcomp"} and trigger.head.lower_ in TOPIC_PREPOSITIONS


def names_a_group(trigger: Token) -> bool:
    """Whether a status word labels a group of places ("the battle over sanctuary cities"), not one:
    only a place said to be one of them ("Denver is one of the sanctuary cities") takes the label."""
    anchor = trigger.head if trigger.dep_ in {"amod", "compound"} and trigger.head.i != trigger.i else trigger
    if anchor.lower_ not in GROUP_NOUNS:
        return False
    said_of = {"attr", "appos", "nsubj", "nsubjpass"}
    if anchor.dep_ in said_of:
        return False
    among = anchor.dep_ == "pobj" and anchor.head.lower_ in {"of", "among"}
    return not (among and (anchor.head.dep_ in said_of or anchor.head.head.dep_ in said_of))


def is_background(trigger: Token) -> bool:
    """Whether the cue only describes the actor ("Orange County, the only county in the program, will
    end its agreement"): it sits in an apposition or a clause hung on the subject."""
    node = trigger
    for _ in range(MAX_CLIMB):
        if node.dep_ in {"appos", "acl", "relcl"} and node.head.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def is_hypothetical(trigger: Token) -> bool:
    """Whether the cue is a possibility or advice: in an "if" clause, or what someone "should" do."""
    node = trigger
    for _ in range(MAX_CLIMB):
        if any(
            (child.dep_ == "mark" and child.lower_ in CONDITIONS) or (child.dep_ == "aux" and child.lower_ in ADVICE)
            for child in node.children
        ):
            return True
        if node.dep_ not in REVERSAL_ARCS or node.head.i == node.i:
            return False
        node = node.head
    return False


def is_advised(trigger: Token) -> bool:
    """Whether the cue is what someone says a place should or must do ("the city should refuse
    detainers", "the county must comply"): a demand, which is the one who voices it's position."""
    node = trigger
    for _ in range(MAX_CLIMB):
        if any(child.dep_ == "aux" and child.lower_ in DEMANDING_MODALS for child in node.children):
            return True
        if node.dep_ not in REVERSAL_ARCS or node.head.i == node.i:
            return False
        node = node.head
    return False


def refusing_clause(trigger: Token) -> Token | None:
    """The negated main verb that refuses what its "if" clause names: "if the only reason someone
    is held is an ICE detainer, we are not doing it" refuses the hold (its actor is "we")."""
    node = trigger
    for _ in range(MAX_CLIMB):
        if any(child.dep_ == "mark" and child.lower_ == "if" for child in node.children):
            refused = node.dep_ == "advcl" and negator(node.head) is not None
            return node.head if refused else None
        if node.dep_ not in REVERSAL_ARCS or node.head.i == node.i:
            return None
        node = node.head
    return None


def warrant_only(trigger: Token) -> Token | None:
    """The "only" that limits an act to what a judge orders: "will honor detainers only with a
    judicial warrant" honours none of ICE's own requests, which is a limit on cooperation. The
    "only" modifies the act or follows it in its clause, and a warrant, judge or court order comes
    right after it."""
    doc = trigger.doc
    end = min(len(doc), trigger.i + WARRANT_REACH)
    candidates = [child for child in trigger.children if child.lower_ == "only" and child.i < trigger.i]
    for i in range(trigger.i + 1, end):
        if doc[i].is_punct and doc[i].text in {".", ";", ":"}:
            break
        if doc[i].lower_ == "only":
            candidates.append(doc[i])
    for only in candidates:
        after = {token.lower_ for token in doc[only.i + 1 : min(len(doc), only.i + WARRANT_REACH)]}
        if after & JUDICIAL:
            return only
    return None


def refused_condition(trigger: Token) -> Token | None:
    """The negation that refuses the "if" clause the cue sits in, if any."""
    main = refusing_clause(trigger)
    return negator(main) if main is not None else None
