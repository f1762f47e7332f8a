"""The cue in an attribution zone: which words beside a stand-alone quotation credit it, and to whom.

In ""We will not close the Tessel yard," Ada Quillon said on Monday.", the
reporting verb heading the zone after the quotation gives the speaker; a
verb usually said of an outlet ("the Courier reported") or a document
serves only when nothing better names one. Right after a quotation, a name
and any past-tense verb tag it (""Never," Quillon shrugged."), and a cue
set off by a comma with its subject after it (", says Ada Quillon.")
names its speaker however far the sentence runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.cues import according_to
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.participles import name_before_participle
from sanctuary_cli.extract.quotes.phrases import surname_named_before
from sanctuary_cli.extract.quotes.subjects import nearby_subject, subject_of
from sanctuary_cli.extract.quotes.verbs import (
    DIALOGUE_SUBJECT_WORDS,
    DIALOGUE_TAG_TOKENS,
    LINKING_VERBS,
    Attribution,
    depth_within,
    is_cue_verb,
    is_passive,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex


def zone_cue(
    index: DocIndex, tokens: Sequence[int], place: str, *, nearest_last: bool, main_only: bool = False
) -> Attribution | None:
    """The best attribution in a zone: a reporting verb with a subject, else a phrase.

    ``nearest_last`` searches from the zone's end (a zone before the quotation,
    where the cue nearest the quote is the one that introduces it).
    ``main_only`` keeps only a cue heading the zone's own clause: after a
    quotation, ""...," said Hicks" attributes it, but "in response to a tape in
    which Trump is heard bragging" does not. A cue whose subject is usually an
    outlet ("CNN reported") is used only when nothing else names a speaker.
    """
    lexicon = cue_lexicon()
    doc = index.doc
    order = list(reversed(tokens)) if nearest_last else list(tokens)
    zone = set(tokens)
    weak: Attribution | None = None
    bare: Attribution | None = None
    for i in order:
        token = doc[i]
        if not is_cue_verb(token) or is_passive(token) or token.lower_ in lexicon.framing_verbs:
            continue  # "the date hasn't been announced": nobody speaks; "cast a ballot": no cue without "as"
        if _names_a_thing(token):
            continue  # "set up a website called "…"": a name given, not words said
        # ""…," Ann Lee, a pollster, tweeted": the parse may hang a main verb on the name as a participle.
        hung_on_name = name_before_participle(token) is not None
        # A parenthetical cue (""…," Lee said, after Park claimed …") may be hung on the clause after it.
        if main_only and depth_within(token, zone) > 0 and token.dep_ not in {"conj", "parataxis"} and not hung_on_name:
            continue
        subject = subject_of(index, token) or nearby_subject(index, token, tokens)
        found = Attribution(token.text, i, None if subject is None else subject.i, place)
        if subject is None:
            bare = bare or found
        elif token.lower_ in lexicon.weak_verbs or subject.lower_ in lexicon.document_nouns:
            weak = weak or replace(found, weak=True)
        else:
            return found
    phrase = according_to(index, tokens)
    if phrase is not None:
        return Attribution(phrase.cue, phrase.cue_token, phrase.subject, place)
    return weak or bare


def _names_a_thing(verb: Token) -> bool:
    """Whether a participle right after a common noun gives its name: "a website called "…"", "a group dubbed".

    A name given has one complement; "one lawmaker called Trump "a menace""
    (an object and what it is called) is a verb the parser took for a participle.
    """
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.i != verb.i - 1 or head.tag_ not in {"NN", "NNS"}:
        return False
    return sum(1 for child in verb.children if child.dep_ in {"dobj", "oprd", "attr", "ccomp", "xcomp"}) <= 1


def dialogue_tag(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """ ""…," he shrugged": a name or pronoun and a past-tense verb right after a quotation.

    Any verb serves as a dialogue tag in that position (shrugged, laughed,
    sighed); the clause must be short, or it is narration.
    """
    doc = index.doc
    if len(tokens) < 2 or len(tokens) > DIALOGUE_TAG_TOKENS:
        return None
    # The subject is one word, or a name with its article and epithets ("an angry Whitfield").
    verbs = [k for k in range(1, min(len(tokens), DIALOGUE_SUBJECT_WORDS + 1)) if doc[tokens[k]].tag_.startswith("VB")]
    if not verbs:
        return None
    subject, verb = doc[tokens[verbs[0] - 1]], doc[tokens[verbs[0]]]
    if verbs[0] > 1 and (subject.head.i != verb.i or subject.dep_ != "nsubj" or subject.left_edge.i != tokens[0]):
        return None
    named = (
        subject.lower_ in cue_lexicon().subject_pronouns
        or subject.ent_type_ == "PERSON"
        or subject.tag_ == "NNP"
        or surname_named_before(subject)  # "Hannon pressed" tagged a common noun, after "Sean Hannon"
    )
    if named and verb.tag_ in {"VBD", "VBZ"} and not is_passive(verb) and not _states(verb):
        return Attribution(verb.text, verb.i, subject.i, "after")
    return None


def _states(verb: Token) -> bool:
    """Whether a verb describes rather than voices: ""…" She is 45." / "He had a point." / "She seemed calm"."""
    return verb.lower_ in LINKING_VERBS or any(child.dep_ in {"attr", "acomp", "dobj"} for child in verb.children)


def inverted_cue(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """ "", in contrast to last year, says Dana Scott.": a cue set off by a comma, its subject after it.

    English inverts subject and verb only to attribute a quotation, so a
    ", says NAME" closing the quotation's sentence names its speaker however
    many words stand between them.
    """
    doc = index.doc
    for i in tokens:
        token = doc[i]
        if i == 0 or doc[i - 1].text != "," or not is_cue_verb(token) or is_passive(token):
            continue
        subjects = [child for child in token.rights if child.dep_ == "nsubj" and not index.in_quote(child.idx)]
        if subjects and subjects[0].lower_ not in {"it", "this", "that", "which", "what"}:
            return Attribution(token.text, i, subjects[0].i, "after")
    return None
