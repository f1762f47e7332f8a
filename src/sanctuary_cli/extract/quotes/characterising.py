"""A person's words quoted as what they call someone or something.

News reports a characterisation through "as" after almost any verb: "Lee
openly admires the governor as a "steady hand"", "Park has been pounding
the developer as a "land grabber"", "Hale dismissed the plan as being in
"fantasy land"". Verbs of likening do the same through "to": "Hale likened
the fee to "a tax on breathing"". The quoted words are the subject's when
the subject may be a person; a place or a thing that "uses the hall as a
"shelter"" names something and says nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.subjects import subject_of
from sanctuary_cli.extract.quotes.verbs import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex

# Pronouns that stand for a person, whose words a characterisation may be.
_PERSON_PRONOUNS = frozenset({"he", "she"})
# Entity labels that never hold a person.
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "DATE", "TIME"})


def within_prep(verb: Token, word: str, quote_root: Token) -> bool:
    """Whether the quoted words lie under the verb's preposition ``word`` ("as", "to"), however deep."""
    return any(
        child.dep_ == "prep" and child.lower_ == word and child.left_edge.i <= quote_root.i <= child.right_edge.i
        for child in verb.children
    )


def characterises(index: DocIndex, verb: Token, quote_root: Token) -> bool:
    """Whether a verb sets the quoted words out as its person subject's description of someone or something.

    The words hang under the verb's "as" ("admires Putin as a "strong
    leader""), or its "to" for a verb of likening ("likened the rules to
    "burning the house down""), and the verb's subject may be a person. A
    verb in a relative clause is left out: the parser often hangs there an
    "as" that belongs to the verb of the sentence.
    """
    if not verb.tag_.startswith("VB") or is_passive(verb) or index.in_quote(verb.idx):
        return False
    if verb.dep_ == "relcl":
        return False  # "Lee praised Park, who ended his bid on Monday, as "a gentleman"": the parse may misplace "as"
    through_to = verb.lower_ in cue_lexicon().likening_verbs and within_prep(verb, "to", quote_root)
    if not (through_to or within_prep(verb, "as", quote_root)):
        return False
    subject = subject_of(index, verb)
    return subject is not None and _may_be_a_person(subject)


def _may_be_a_person(token: Token) -> bool:
    """A subject that may name a person: "he", "she", or a name the tagger does not give to a place or thing.

    The small model often tags a person "ORG" or nothing ("Judge Ivy Marsh"),
    so only the labels that never hold a person rule a name out.
    """
    if token.lower_ in _PERSON_PRONOUNS or token.ent_type_ == "PERSON":
        return True
    return token.tag_ == "NNP" and token.ent_type_ not in _NOT_PEOPLE and token.lower_ not in cue_lexicon().media_words
