"""Who a cue's clause says acts, read from the parse: its subject, the one who bars, the one joined.

These find tokens; :mod:`actors` turns a token into an actor (a person, a
body, a place) and its voice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.people import roles
from sanctuary_cli.extract.stance.claims import SUBJECT_ARCS
from sanctuary_cli.extract.stance.mentions import Mentions

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_CLIMB = 12  # dependency steps from a cue to its subject
REPORTED_ARCS = frozenset({"ccomp", "parataxis"})  # the clause a reporting verb introduces
PERSONAL = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Verbs that ask for, urge or force an act: what they ask for is the asker's position
DEMANDS = frozenset({
    "urge", "urges", "urged", "urging", "call", "calls", "called", "calling", "demand", "demands", "demanded",
    "demanding", "press", "presses", "pressed", "pressing", "pressure", "pressures", "pressured", "pressuring",
    "push", "pushes", "pushed", "pushing", "petition", "petitions", "petitioned", "petitioning", "lobby",
    "lobbies", "lobbied", "lobbying", "implore", "implores", "implored", "imploring", "beg", "begs", "begged",
    "begging", "ask", "asks", "asked", "asking", "want", "wants", "wanted", "wanting", "require", "requires",
    "required", "requiring", "force", "forces", "forced", "forcing", "order", "orders", "ordered", "ordering",
    "compel", "compels", "compelled", "compelling", "direct", "directs", "directed", "directing", "tell",
    "tells", "told", "telling", "encourage", "encourages", "encouraged", "encouraging", "request", "requests",
    "requested", "requesting",
})
# Arcs from an act up to the verb that asks for it: "urged [a veto]", "ordered police [to honor]"
DEMANDED_ARCS = frozenset({"xcomp", "ccomp", "dobj", "attr", "oprd", "amod", "compound", "pobj", "prep", "pcomp"})
# Taking part in someone else's act: "join", "back" or "sign onto" a suit
JOINING = frozenset({
    "join", "joins", "joined", "joining", "back", "backs", "backed", "backing",
    "support", "supports", "supported", "supporting", "onto",
})
JOIN_REACH = 4  # dependency steps from "in" up to the "join" it belongs to
GOVERNMENT_VOICES = frozenset({"city", "county", "local", "state"})


def _subject_of(node: Token, owner: bool) -> Token | None:
    """The subject child of a word, or with ``owner`` the owner of a noun ("the city's refusal")."""
    subjects = [child for child in node.children if child.dep_ in SUBJECT_ARCS and child.dep_ != "expl"]
    if len(subjects) > 1:  # "The bill's author, Senator Roe, said": an apposition parsed as a second subject
        return next((child for child in subjects if child.tag_ == "NNP"), subjects[0])
    if subjects:
        return subjects[0]
    if owner and node.tag_.startswith("NN"):
        for child in node.children:
            # "their own rebuke" says no more than the clause does: read on up.
            if child.dep_ == "poss" and (child.tag_ != "PRP$" or child.lower_ in PERSONAL):
                return child
    return None


def _barred_party(node: Token, index: Mentions | None) -> Token | None:
    """In "X bars police from helping ICE", who answers for the barred act.

    When the one barred is an arm of a government (police, deputies, city
    staff) and the one who bars is named, the barring actor answers for it:
    "the state's new law bars police from ..." is the state's. Otherwise the
    one barred acts: "stop protesters from blocking" is the protesters' blocking.
    """
    if node.dep_ != "pcomp" or node.head.lower_ != "from":
        return None
    verb = node.head.head
    barred = next((child for child in verb.children if child.dep_ == "dobj"), None)
    barring = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if barred is None or barring is None or barring.tag_ in RELATIVE_TAGS or index is None:
        return barred
    words = verb.doc[barred.left_edge.i : barred.right_edge.i + 1].text
    arm = any(body.voice in GOVERNMENT_VOICES and body.pattern.search(words) for body in index.lexicon.bodies)
    return barring if arm else barred


def _acting(subject: Token, node: Token) -> Token:
    """Who acts, given a clause's subject: the agent of a passive ("detainers were ignored by the
    city"), the noun a relative pronoun stands for ("cities that refuse"), else the subject."""
    if subject.dep_ == "nsubjpass":
        agent = next((c for c in node.children if c.dep_ == "agent"), None)
        objects = [c for c in agent.children if c.dep_ == "pobj"] if agent is not None else []
        if objects:
            return objects[0]
    if subject.tag_ in RELATIVE_TAGS and node.dep_ == "relcl" and node.head.tag_.startswith("NN"):
        return node.head
    return subject


def _hangs_from_body(node: Token, index: Mentions) -> bool:
    """Whether the clause describes an institution or an officer that acts through it ("an
    ordinance barring ...", "the mayor, who refused ...")."""
    if node.dep_ not in {"acl", "relcl"} or not node.head.tag_.startswith("NN"):
        return False
    if node.head.dep_ in {"attr", "appos"}:
        return False
    word = node.head.text
    form = roles.role_form(word)
    return (form is not None and form.level != "none") or any(
        body.pattern.search(word) for body in index.lexicon.bodies
    )


LAW_WORDS = frozenset({
    "law", "laws", "measure", "measures", "ordinance", "ordinances", "resolution", "resolutions",
    "order", "orders", "policy", "policies", "bill", "bills", "rule", "rules", "directive", "directives",
})


def _passer(noun: Token, index: Mentions | None) -> Token:
    """Who answers for a law the sentence says someone passed: "Lakewood passed a measure exempting
    itself" is Lakewood's act, "the state adopted a law barring police" the state's."""
    if index is None or noun.lower_ not in LAW_WORDS or noun.dep_ != "dobj":
        return noun
    subject = _subject_of(noun.head, owner=False)
    if subject is None or subject.tag_ in RELATIVE_TAGS:
        return noun
    return _acting(subject, noun.head)


def _undone(trigger: Token, flipping: frozenset[str]) -> bool:
    """Whether the cue names a thing someone ends or refuses ("repeal the city's sanctuary
    policy"): the one ending it acts, not the place that owns it."""
    noun = trigger.head if trigger.dep_ in {"amod", "compound"} else trigger
    return noun.dep_ == "dobj" and noun.head.lower_ in flipping


def clause_subject(trigger: Token, index: Mentions | None = None) -> Token | None:
    """The subject governing a cue word, climbing the parse from it.

    A relative pronoun ("cities that refuse") stands for the noun it
    modifies; an institution a clause hangs from acts through it ("an
    ordinance barring police from helping ICE").
    """
    node = trigger
    if trigger.dep_ == "mark" and trigger.head.dep_ == "advcl":
        node = trigger.head.head  # "will not hold anyone unless the person has a conviction": the holder acts
    owner_nodes = {trigger.i, trigger.head.i} if trigger.dep_ in {"amod", "compound"} else {trigger.i}
    if trigger.dep_ in {"dobj", "pobj"} and trigger.head.lower_ in JOINING:
        owner_nodes = set()  # "voted to join the Justice Department's lawsuit": the joiner acts
    if index is not None and _undone(trigger, index.lexicon.flipping_forms):
        owner_nodes = set()  # "a candidate vowed to end the city's sanctuary policy": the candidate acts
    for _ in range(MAX_CLIMB):
        controller = _barred_party(node, index)
        if controller is not None:
            return controller
        subject = _subject_of(node, node.i in owner_nodes)
        if subject is not None:
            acting = _acting(subject, node)
            return _passer(acting, index) if acting.i == node.head.i else acting
        if index is not None and _hangs_from_body(node, index):
            return _passer(node.head, index)
        if node.head.i == node.i:
            return None
        if node.dep_ in {"acl", "xcomp"}:
            owner_nodes.add(node.head.i)  # "Trump's call to cut funds", "the city's refusal to honor"
        node = node.head
    return None


def antecedent_subject(pronoun: Token) -> Token | None:
    """The subject an "it" or "they" of a subordinate or coordinated clause stands for: "police
    departments like Denver's are called havens because they will not detain people for ICE"."""
    verb = pronoun.head
    for _ in range(3):
        if verb.dep_ not in {"advcl", "conj"} or verb.head.i == verb.i:
            return None
        verb = verb.head
        subject = _subject_of(verb, owner=False)
        if subject is not None:
            if subject.tag_ in {"PRP", "PRP$"} or subject.tag_ in RELATIVE_TAGS:
                return None
            return _acting(subject, verb)
    return None


def relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a personal pronoun inside a relative clause stands for, when the clause's own
    subject is its relative pronoun: in "a sheriff who announced her department would help ICE",
    "her" is the sheriff's."""
    node = pronoun
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return None
        if node.dep_ == "relcl" and node.head.tag_.startswith("NN"):
            subject = _subject_of(node, owner=False)
            return node.head if subject is not None and subject.lower_ in {"who", "that"} else None
        node = node.head
    return None


LOOKBACK_SENTENCES = 2  # sentences read back for what a sentence-opening "it" stands for
INSTITUTION_PRONOUNS = frozenset({"it"})  # a body ("the department"), where "he" or "she" is a person


def earlier_subject(pronoun: Token, index: Mentions) -> Token | None:
    """The institution an "it" that opens its clause stands for, from the sentences before: "A
    judge ruled that the sheriff's department had violated her rights. How? It had kept her for
    19 hours." The nearest sentence with a subject that names a body decides; its main subject
    first, else its last such subject. People ("a federal judge") and pronouns are passed over."""
    if pronoun.lower_ not in INSTITUTION_PRONOUNS:
        return None
    doc = pronoun.doc
    start = pronoun.sent.start
    for _ in range(LOOKBACK_SENTENCES):
        if start == 0:
            return None
        sentence = doc[start - 1].sent
        start = sentence.start
        found = [token for token in sentence if token.dep_ in {"nsubj", "nsubjpass"} and _names_body(token, index)]
        if found:
            main = [token for token in found if token.head.dep_ == "ROOT"]
            return (main or found)[-1]
    return None


def _names_body(token: Token, index: Mentions) -> bool:
    """Whether a subject is an institution: no pronoun, no person, a body of the lexicon by name."""
    if token.tag_ in {"PRP", "PRP$"} or token.tag_ in RELATIVE_TAGS:
        return False
    if index.person_covering(token.idx, token.idx + len(token)) is not None:
        return False
    words = token.doc[token.left_edge.i : token.i + 1].text
    return any(body.voice in GOVERNMENT_VOICES and body.pattern.search(words) for body in index.lexicon.bodies)


def demanding_verb(trigger: Token) -> Token | None:
    """The verb that asks, urges or forces the act the cue names, if the cue sits in its
    complement: "activists called on the mayor to declare Eastvale a sanctuary city", "the
    governor ordered police to honor detainers", "the council urged a veto". The position is the
    one who demands it, not the one asked."""
    node = trigger
    for _ in range(MAX_CLIMB):
        if node.dep_ not in DEMANDED_ARCS or node.head.i == node.i:
            return None
        node = node.head
        if node.tag_.startswith("VB") and node.lower_ in DEMANDS:
            return node
    return None


def demanding_subject(verb: Token) -> Token | None:
    """Who demands: the demanding verb's subject, the agent of its passive, the noun it describes
    ("Trump, calling Eastvale a sanctuary city"); None when the demand is nobody's in the text
    ("Eastvale was forced to honor detainers")."""
    subject = _subject_of(verb, owner=False)
    if subject is not None:
        return _acting(subject, verb) if subject.dep_ != "nsubjpass" or _has_agent(verb) else None
    return verb.head if verb.dep_ == "acl" and verb.head.i != verb.i else None


def _has_agent(verb: Token) -> bool:
    return any(child.dep_ == "agent" for child in verb.children)


def reporting_subject(trigger: Token) -> Token | None:
    """The subject of the clause that reports the cue's clause ("Ruiz said [the city needs ...]")."""
    node = trigger
    for _ in range(MAX_CLIMB):
        if node.dep_ in REPORTED_ARCS:
            return _subject_of(node.head, owner=False)
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def joined_party(trigger: Token) -> tuple[Token, int] | None:
    """Those joined in saying or doing something: the object of "join" whose "in ..." holds the cue
    ("the mayor joined officials in Denver and Seattle in vowing to keep their policies"), with the
    index of that "in": everything written between the object and it is the party joined."""
    node = trigger
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return None
        if node.dep_ == "pcomp" and node.head.lower_ == "in":
            verb = _joining_verb(node.head)
            party = next((child for child in verb.children if child.dep_ == "dobj"), None) if verb else None
            return (party, node.head.i) if party is not None and party.i < node.head.i else None
        node = node.head
    return None


def _joining_verb(preposition: Token) -> Token | None:
    """The "join" an "in ..." belongs to, a few steps up (parsers often hang it on the list before)."""
    node = preposition
    for _ in range(JOIN_REACH):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ in JOINING and node.tag_.startswith("VB"):
            return node
    return None
