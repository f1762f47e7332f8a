"""What the attribution finders share: the attribution record, the dependency
labels they reason with, and tests on single tokens (a reporting verb, a
passive, a quotation mark, a sentence end, a word that can head a speaker).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.marks import ALL_MARKS, DOUBLED_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex


SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # as seen from the quotation: it is the subject
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
PASSIVE_DEPS = PASSIVE_SUBJECT_DEPS | {"auxpass"}
# A verb without a subject of its own borrows the one of the verb it hangs from:
# "Johnson insisted ..., saying he is "not afraid"".
BORROWING_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp", "ccomp"})
# Words opening a clause of time or cause, which a participle after it does not go on from.
SUBORDINATORS = frozenset({"after", "before", "when", "while", "as", "because", "since", "until", "once"})
NON_SPEECH_PARTICLES = frozenset({"up", "off", "down", "in", "away", "over", "back"})
NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Verbs that do not head a clause of their own standing: auxiliaries, infinitives,
# participles and relative or adverbial clauses.
SUBORDINATE_VERB_DEPS = frozenset(
    {"aux", "auxpass", "xcomp", "amod", "acl", "relcl", "advcl", "pcomp", "csubj", "prep"}
)
OBJECT_DEPS = frozenset({"pobj", "dobj", "dative", "poss", "compound"})
DASHES = frozenset({"—", "–", "―", "--", "-"})  # em dash, en dash, horizontal bar, typed dashes
SENTENCE_END = frozenset({".", "?", "!", "…"})
MAX_TREE_DEPTH = 12
INVERSION_WINDOW = 10
# A cue after a quoted fragment attributes it only this close (""a disgrace," Johnson said").
TRAILING_CUE_DISTANCE = 6
# Verbs that link a subject to a description and so never tag a line of dialogue ("She is 45.").
LINKING_VERBS = frozenset(
    {"is", "was", "are", "were", "has", "had", "does", "did", "seems", "seemed", "becomes", "became", "looks", "looked"}
)
DIALOGUE_TAG_TOKENS = 6  # tokens after "said" searched for its subject
DIALOGUE_SUBJECT_WORDS = 3  # a dialogue tag's subject with its article and epithets: "an angry Whitfield"
# An attribution zone holds at most this many tokens, and is looked for over at
# most this many (quotations in between are stepped over).
ZONE_TOKENS = 60
ZONE_STEPS = 400


@dataclass(frozen=True)
class Attribution:
    """Who a quotation is credited to, as the text says it."""

    cue: str  # the cue as written: "said", "according to", ":", "—"
    cue_token: int | None  # the cue token's index: two quotes sharing it are one split quote
    subject: int | None  # index of the head token of the speaker's mention
    place: str  # where the cue was found: "tree", "after", "before", "previous", "next", "dash"
    path: tuple[str, ...] = field(default=())  # dependency labels from the quotation up to the cue
    weak: bool = False  # the subject may be an outlet or a document ("CNN reported", "the rule says")


def is_cue_verb(token: Token) -> bool:
    """A reporting verb used as a verb ("said", "told", "tweeted")."""
    lexicon = cue_lexicon()
    if not lexicon.is_cue_verb(token.text):
        return _phrasal_cue(token) or _issues_statement(token)
    if token.lower_ in lexicon.it_verbs and not any(c.lower_ == "it" and c.dep_ == "dobj" for c in token.children):
        return False  # "as she put it" reports; "she put the bill aside" does not
    # Other forms must be tagged as verbs so that "a warning" or "the post" do not count.
    verb_like = token.tag_.startswith("VB") or any(child.dep_ == "nsubj" for child in token.children)
    # "said", "says" and "saying" are verbs whatever the tagger thinks, unless a determiner
    # makes a noun of them ("an old saying").
    always_verbs = token.lower_ in {"said", "says", "saying"} and not any(c.dep_ == "det" for c in token.children)
    if not (verb_like or always_verbs):
        return False  # "The Record notes, ..." is tagged a noun but has a subject
    # A particle makes another verb: "adds up", "called off", "posted up".
    return not any(child.dep_ == "prt" and child.lower_ in NON_SPEECH_PARTICLES for child in token.children)


def _phrasal_cue(token: Token) -> bool:
    """A verb that reports only with its particle right after it: "Ortiz went on", "Reyes shot back".

    The particle must stand alone ("went on", not "went on television"), and the
    verb be tagged a verb in the past or present.
    """
    particles = cue_lexicon().phrasal_verbs.get(token.lower_)
    if not particles or not token.tag_.startswith("VB") or token.i + 1 >= len(token.doc):
        return False
    particle = token.doc[token.i + 1]
    return (
        particle.lower_ in particles
        and particle.head.i == token.i
        and particle.dep_ in {"prt", "advmod"}
        and not any(True for _ in particle.children)
        and not is_passive(token)
    )


def _issues_statement(token: Token) -> bool:
    """ "The council issued a statement", "she sent a message": a verb handing out words speaks them."""
    lexicon = cue_lexicon()
    if token.lower_ not in lexicon.issuing_verbs or not token.tag_.startswith("VB"):
        return False
    return any(child.dep_ == "dobj" and child.lower_ in lexicon.utterance_nouns for child in token.children)


def is_passive(verb: Token) -> bool:
    """Whether a verb is in the passive ("was told", "has been announced")."""
    return any(child.dep_ in PASSIVE_DEPS for child in verb.children)


def is_mark(token: Token) -> bool:
    """Whether a token is (or holds) a quotation mark."""
    return any(mark in token.text for mark in ALL_MARKS) or token.text in DOUBLED_MARKS


def ends_sentence(token: Token) -> bool:
    """A full stop, question or exclamation mark that ends a sentence, not an abbreviation's dot ("Sr.,")."""
    if token.text not in SENTENCE_END:
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is None or not (following.text in {",", ";", ":", ")"} or following.text[:1].islower())


def is_boundary(token: Token) -> bool:
    """Whether a token ends an attribution zone: a quote mark or a paragraph break."""
    return "\n" in token.text or is_mark(token)


def closes_sentence(token: Token) -> bool:
    """A closing quotation mark right after a full stop: the quoted sentence ended the writer's too."""
    doc = token.doc
    return is_mark(token) and token.i > 0 and doc[token.i - 1].text in SENTENCE_END


def quoted(index: DocIndex, token: Token) -> bool:
    """Whether a token is a quotation mark or lies inside a quotation."""
    return index.in_quote(token.idx) or is_mark(token)


def is_speaker_like(token: Token, *, organisations: bool = False) -> bool:
    """Whether a token can head a speaker's mention: a name, a pronoun, a person noun.

    ``organisations`` admits bodies too ("the White House said"), as a reporting
    verb's subject; a clause merely introducing a quotation needs a person.
    """
    lexicon = cue_lexicon()
    return (
        token.lower_ in lexicon.subject_pronouns
        or token.lower_ in lexicon.possessive_pronouns
        or token.ent_type_ == "PERSON"
        or (organisations and token.ent_type_ in {"ORG", "NORP", "GPE"})
        or (token.text[:1].isupper() and not token.is_sent_start and token.tag_.startswith("NN"))
        or token.tag_ in {"NNP", "NNPS"}
        or token.lower_ in lexicon.speaker_nouns
    )


def depth_within(token: Token, zone: set[int]) -> int:
    """How many of a token's ancestors lie inside the zone (0 for the zone's root)."""
    return sum(1 for ancestor in token.ancestors if ancestor.i in zone)


def time_clause_under_reporter(node: Token) -> bool:
    """Whether a verb heads a clause of time or cause ("after the senator won") under a reporting verb.

    A participle set off after such a clause goes on from the main clause:
    in "Ames said … after the senator won his primary, remarking that …", the
    one remarking is Ames, not the senator.
    """
    if node.dep_ != "advcl" or is_cue_verb(node) or not is_cue_verb(node.head) or node.head.i > node.i:
        return False
    return any(child.dep_ == "mark" and child.lower_ in SUBORDINATORS for child in node.children)
