"""Claims in parsed text: an act found by its cue word, with negation and reversal scope read from the parse.

A cue word only counts when the words it governs name what it is about
("cooperate" with ICE, "protect" immigrants). Its polarity then depends on
how many reversals sit on the path from the cue up its clause: a "not",
"never" or "no", a governing refusal or bar ("declined to honor", "bars
police from helping"), or "without" ("without assisting"). The walk stops at
clause boundaries, so "did not say the city will cooperate" keeps the
cooperation unreversed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.stance import antecedents, targets
from sanctuary_cli.extract.stance.aims import (
    LAW_NOUNS,
    WINDOW,
    described_aim,
    federal_party,
    helps_someone_else,
    object_text,
    purpose_text,
    stranded_aims,
)
from sanctuary_cli.extract.stance.framing import (
    MAX_CLIMB,
    REVERSAL_ARCS,
    is_background,
    is_hypothetical,
    is_opposed_form,
    is_topic,
    names_a_group,
    negator,
    refused_condition,
    warrant_only,
)
from sanctuary_cli.extract.stance.lexicon import Cue, StanceLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# A status ("sanctuary city") is only reversed by what is said of it directly:
# "is not a sanctuary city", "repealed its sanctuary policy", not by a refusal
# somewhere up a chain of prepositions ("blocked funds to sanctuary cities").
STATUS_ARCS = frozenset({"compound", "amod", "attr", "dobj", "conj", "xcomp", "acl"})
SUBJECT_ARCS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# Children whose words are not what a cue acts on: its subject, the clauses
# that frame or follow it, and function words.
UNGOVERNED_ARCS = SUBJECT_ARCS | {
    "advcl",
    "conj",
    "cc",
    "punct",
    "mark",
    "parataxis",
    "aux",
    "auxpass",
    "neg",
    "relcl",
    "npadvmod",
    "meta",
}
# "despite a request", which parsers often hang on a clause inside the act's own: it still qualifies the act
CONCESSIVE = frozenset({"despite", "notwithstanding"})
NOUN_MODIFIER_ARCS = frozenset({"compound", "amod", "nmod", "poss"})
NEGATING_PREPOSITIONS = frozenset({"without", "instead", "against"})  # "rules against cooperating"
HYPOTHETICAL_FACTOR = 0.5  # "if he blocks federal plans" is a possibility, not a position
# A verb form and the particle that makes it a refusal: "ruled out", "opted out", "backed out";
# "voted down", "struck down", "shot down", "turned down" a measure
PHRASAL_REFUSALS = dict.fromkeys(
    ("rule", "rules", "ruled", "ruling", "opt", "opts", "opted", "opting", "back", "backs", "backed", "backing"),
    "out",
) | dict.fromkeys(
    ("vote", "votes", "voted", "voting", "strike", "strikes", "struck", "striking", "shoot", "shoots", "shot",
     "turn", "turns", "turned", "turning"),
    "down",
)
CAUSATIVES = frozenset({"let", "lets", "letting", "allow", "allows", "allowed", "allowing", "permit", "permits",
                        "permitted", "permitting", "make", "makes", "made", "making"})
# Verbs that bar only with "from" ("keeps police from helping", "refrain from assisting"): alone
# they say nothing ("keeps records", "kept him for ICE" is a cooperation cue of its own)
HOLDING_BACK = frozenset({"keep", "keeps", "kept", "keeping", "refrain", "refrains", "refrained", "refraining",
                          "abstain", "abstains", "abstained", "abstaining", "restrain", "restrains", "restrained",
                          "restraining", "discourage", "discourages", "discouraged", "discouraging"})
BAR_REACH = 6  # tokens between a barring word and the "from" of what it bars


@dataclass(frozen=True)
class CueMatch:
    """A lexicon cue that fired on one token, read in context."""

    cue: Cue
    trigger: Token
    polarity: float  # > 0 resists, < 0 cooperates, 0 context
    strength: float  # the cue's weight, before who said it is considered
    phrase: str  # the words that decided it: "not cooperate", "declined … honor"
    target: frozenset[int]  # token indices of what the cue acts on (its governed words)
    aim: str | None = None  # what the act is aimed at: "enforcement", "protection" or None
    hypothetical: bool = False  # in an "if" clause, or what someone "should" do
    background: bool = False  # describes the actor rather than saying what it does


def governed_span(token: Token) -> tuple[int, ...]:
    """Token indices of what the cue acts on: its objects and complements.

    A modifier cue ("sanctuary city", "joint patrols") reads its head noun's
    phrase. Subjects, adverbial clauses and coordinated clauses are left out
    ("repealed the policy after immigration officials complained" is not about
    immigration officials), and so is anything before the cue but the words
    of its own noun phrase. spaCy's parses are projective, so each child's
    subtree is the contiguous span up to its ``right_edge``; the whole is
    clipped to a window after the cue.
    """
    anchor = token.head if token.dep_ in {"amod", "compound"} and token.head.i != token.i else token
    limit = token.i + WINDOW
    found = {token.i, anchor.i}
    for child in [*anchor.children, *stranded_aims(anchor)]:
        if child.dep_ == "advcl":  # "released him after prosecutors dropped the charge despite a request"
            child = next((grand for grand in child.children if grand.lower_ in CONCESSIVE), child)
        if child.dep_ in UNGOVERNED_ARCS or child.i == token.i:
            continue
        if child.i < token.i and child.dep_ not in NOUN_MODIFIER_ARCS:
            continue
        found.update(range(child.left_edge.i, min(child.right_edge.i, limit) + 1))
    return tuple(sorted(i for i in found if i <= limit))


def governed_text(token: Token) -> str:
    """The text of the governed words, for the cue's ``requires`` patterns.

    In the passive the subject is what the cue acts on ("detainers were
    ignored"), so it is read too.
    """
    doc = token.doc
    span = governed_span(token)
    # words apart in the text stay apart: "a drug charge, despite" without its comma is not "chargedespite"
    words = "".join(doc[i].text_with_ws if i + 1 in span or doc[i].whitespace_ else doc[i].text + " " for i in span)
    patients = [child for child in token.children if child.dep_ == "nsubjpass"]
    if patients and token.i - patients[0].left_edge.i <= WINDOW:
        words = doc[patients[0].left_edge.i : patients[0].right_edge.i + 1].text + " " + words
    return words


def _owns_clause(token: Token) -> bool:
    """A coordinated verb with its own subject, auxiliary or negation is its own clause."""
    return any(child.dep_ in SUBJECT_ARCS | {"aux", "auxpass", "neg"} for child in token.children)


def reversals(trigger: Token, flipping_forms: Iterable[str], arcs: frozenset[str] = REVERSAL_ARCS) -> list[Token]:
    """The words that reverse the cue: negations on its path up, and governing refusals."""
    flipping = frozenset(flipping_forms)
    found: list[Token] = []
    node = trigger
    sibling = False  # reached by a coordination: the word is a conjunct, not a governor
    for _ in range(MAX_CLIMB):
        negation = negator(node)
        if negation is not None:
            found.append(negation)
        if node.i != trigger.i and not sibling and (node.lower_ in flipping or _phrasal_refusal(node)):
            found.append(node)
        preposition = _reversing_preposition(node)
        if preposition is not None:
            found.append(preposition)
        if node.i == trigger.i and node.dep_ == "pcomp" and node.head.lower_ == "from":
            barring = _misattached_bar(node.head, flipping)
            if barring is not None:
                found.append(barring)
                break
        if (node.dep_ not in arcs and not _content_of(node)) or node.head.i == node.i:
            break
        if node.dep_ == "conj" and (_owns_clause(node) or _contrasted(node.head)):
            break  # "withdrew from the program but still honors detainers": honors stands alone
        sibling = node.dep_ == "conj"
        node = node.head
    return found


def _content_of(node: Token) -> bool:
    """Whether the clause says what a law or proposal would do ("a measure that would have let
    police help ICE") or what a causative verb lets happen ("let police help ICE"): a refusal or a
    defeat of the law ("voted down a measure that would ...") reverses its content."""
    if node.dep_ in {"relcl", "acl"}:
        return node.head.lower_ in LAW_NOUNS
    return node.dep_ == "ccomp" and node.head.lower_ in CAUSATIVES


def _reversing_preposition(node: Token) -> Token | None:
    """The preposition that reverses the word it governs: "without assisting", "rules against
    cooperating", "would destroy the records before handing them over" (never hands them)."""
    if node.dep_ in {"pcomp", "pobj"} and node.head.lower_ in NEGATING_PREPOSITIONS:
        return node.head
    if node.dep_ == "pcomp" and node.head.lower_ == "before" and _would(node.head.head):
        return node.head
    return None


def _contrasted(first: Token) -> bool:
    """Whether a coordination is a contrast ("X but Y", "X yet Y"), which shares no negation or refusal."""
    return any(child.dep_ == "cc" and child.lower_ in {"but", "yet"} for child in first.children)


def _would(verb: Token) -> bool:
    """Whether a verb is what someone would sooner do ("would go to jail", "would go so far as to
    destroy it"), with "would" or "'d" on it or on the verb its clause completes."""
    for _ in range(3):
        if any(child.dep_ == "aux" and child.lower_ in {"would", "'d", "’d"} for child in verb.children):
            return True
        if verb.dep_ not in {"advcl", "xcomp"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _phrasal_refusal(token: Token) -> bool:
    """A refusal written as a verb and its particle: "ruled out letting officers join the patrols"."""
    particle = PHRASAL_REFUSALS.get(token.lower_)
    return particle is not None and any(
        c.lower_ == particle and (c.dep_ == "prt" or (c.dep_ == "prep" and c.i == token.i + 1)) for c in token.children
    )  # "voted down a measure": parsers often take the particle for a preposition


def _misattached_bar(preposition: Token, flipping: frozenset[str]) -> Token | None:
    """The refusal of a "bars X from doing" the parser hung elsewhere, if any.

    Small parsers often attach "from sharing" in "signed an order barring
    agencies from sharing data" to "signed"; the barring word then sits just
    before the object that precedes "from".
    """
    head = preposition.head
    if head.lower_ in flipping:
        return None  # attached right: the climb will meet it
    if head.lower_ in HOLDING_BACK:
        return head  # "keeps city employees from sharing data with ICE", "refrained from helping"
    doc = preposition.doc
    for i in range(preposition.i - 1, max(-1, preposition.i - 1 - BAR_REACH), -1):
        if doc[i].lower_ in flipping:
            return doc[i]
        if doc[i].is_punct:
            return None
    return None


def _phrase(trigger: Token, reversing: list[Token]) -> str:
    """The cue as the article worded it: reversals and trigger, in text order."""
    tokens = sorted([*reversing, trigger], key=lambda token: token.i)
    words: list[str] = []
    for previous, token in zip([None, *tokens[:-1]], tokens, strict=True):
        if previous is not None and token.i != previous.i + 1:
            words.append("…")
        words.append(token.text)
    return " ".join(words)


def _polarity(cue: Cue, reversed_: bool) -> tuple[float, float] | None:
    """Polarity and strength of a cue once reversals are counted; None when it says nothing."""
    if cue.cls == "pressure":
        return None if reversed_ else (0.0, 0.0)
    if cue.cls == "cooperation":
        return (1.0, cue.weight) if reversed_ else (-1.0, cue.weight)
    if cue.cls == "status":
        return (-1.0, cue.weight / 2) if reversed_ else (1.0, cue.weight)
    if cue.cls == "steadfast":
        return (1.0, cue.weight) if reversed_ else None
    # resistance, criticism, protection: "did not block" is not resistance.
    return None if reversed_ else (1.0, cue.weight)


def nearby_text(token: Token) -> str:
    """The token's paragraph (its line) and the paragraph before it, where news sets out what a
    quote that follows is about: "The city was targeted by the administration." then "'We will
    protect the people of this city,' the mayor said."."""
    text = index(token.doc).text  # built once per doc: Doc.text joins every token anew
    end = text.find("\n", token.idx)
    line_start = text.rfind("\n", 0, token.idx) + 1
    previous_end = line_start
    while previous_end > 0 and text[previous_end - 1].isspace():  # blank lines between paragraphs
        previous_end -= 1
    start = text.rfind("\n", 0, previous_end) + 1 if previous_end else line_start
    return text[start : len(text) if end < 0 else end]


def _applies(cue: Cue, token: Token, lexicon: StanceLexicon, text: str, unit_text: str) -> bool:
    """Whether a cue's conditions hold here: its required words, its context, and what it is said of."""
    if cue.cls in {"status", "protection"} and is_opposed_form(token):
        return False  # "anti-sanctuary policies" are no sanctuary
    if cue.cls == "status" and names_a_group(token):
        return False
    if helps_someone_else(cue, token, lexicon):
        return False
    return (
        all(pattern.search(text) for pattern in cue.requires)
        and all(pattern.search(unit_text) for pattern in cue.context)
        and (not cue.nearby or all(pattern.search(nearby_text(token)) for pattern in cue.nearby))
    )


def _antecedent(cues: Iterable[Cue], token: Token, governed: frozenset[int], lexicon: StanceLexicon,
                text: str) -> str:
    """The earlier full mention a cue whose own words name no target points back to, or ""."""
    for cue in cues:
        if cue.requires and not all(pattern.search(text) for pattern in cue.requires):
            return antecedents.antecedent_words(cue, token, sorted(governed), lexicon)
    return ""


def _aim(cues: Iterable[Cue], token: Token, lexicon: StanceLexicon, objects: str, purpose: str,
         text: str) -> str | None:
    """What the act is aimed at: its object's kind, else its purpose's, else a clause describing its
    object ("sued over the state law, which limits cooperation with ICE"); a suit the federal
    government brings is aimed at a protection."""
    aim = targets.target_of(objects, purpose, text, lexicon)
    if aim is None and objects:
        aim = described_aim(token, lexicon)
    if token.tag_.startswith("NN") and any(cue.act == "sue" for cue in cues) and federal_party(token, lexicon):
        aim = targets.PROTECTION
    return aim


def match_token(token: Token, lexicon: StanceLexicon, unit_text: str = "") -> list[CueMatch]:
    """Every lexicon cue this token fires, with its polarity in context.

    ``unit_text`` is the sentence or quote the token belongs to, for cues
    whose sense depends on what else it says.
    """
    cues = lexicon.cues_by_form.get(token.lower_)
    if not cues:
        return []
    topic_only = is_topic(token)
    target = frozenset(governed_span(token))
    purpose = purpose_text(token)
    text = governed_text(token) + " " + purpose
    earlier = _antecedent(cues, token, target, lexicon, text)
    if earlier:  # "applied to join the program" after "the 287(g) program"
        text = f"{text} {earlier}"
    aim = _aim(cues, token, lexicon, (object_text(token) + " " + earlier).strip(), purpose, text)
    reversing = reversals(token, lexicon.flipping_forms)
    status_reversing = reversals(token, lexicon.flipping_forms, STATUS_ARCS)
    refusal = refused_condition(token)
    hypothetical = refusal is None and is_hypothetical(token)
    reversing = [*reversing, *(word for word in (refusal, warrant_only(token)) if word is not None)]
    background = is_background(token)
    factor = HYPOTHETICAL_FACTOR if hypothetical else 1.0
    matches = []
    for cue in cues:
        if topic_only and cue.cls != "status":
            continue
        if not _applies(cue, token, lexicon, text, unit_text):
            continue
        words = status_reversing if cue.cls == "status" else reversing
        scored = _polarity(cue, len(words) % 2 == 1)
        if scored is None:
            continue
        polarity, strength = scored
        polarity *= targets.sign(cue.cls, aim)
        phrase = _phrase(token, words)
        shown = aim or targets.default_target(cue.cls)
        matches.append(
            CueMatch(cue, token, polarity, strength * factor, phrase, target, shown, hypothetical, background)
        )
    return matches


def find_cues(tokens: Iterable[Token], lexicon: StanceLexicon, unit_text: str = "") -> list[CueMatch]:
    """The stance cues among the tokens, in text order."""
    return [match for token in tokens for match in match_token(token, lexicon, unit_text)]
