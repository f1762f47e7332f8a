"""The speaker written after the reporting verb: "said Johnson", "said fellow co-chair Robert Jackson".

English news often inverts the attribution after a quotation (""…," said
Ann Lee, a county clerk"). The subject is the name or noun heading the
phrase after the verb, up to a new clause, a quotation or a paragraph.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.phrases import surname_named_before
from sanctuary_cli.extract.quotes.verbs import INVERSION_WINDOW, NOT_SPEAKERS, SUBORDINATORS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.docindex import DocIndex


def inverted_subject(index: DocIndex, verb: Token) -> Token | None:
    """The subject placed after its verb: "said Johnson", "said fellow co-chair Robert Jackson".

    A person's name in the phrase after the verb wins, even past a preposition
    ("said Coalition for the Homeless policy director Shelly Nortz"); otherwise
    the name or noun heading that phrase. A name owning the speaker ("said
    Johnson's spokesman") is not the speaker, nor the subject of the clause
    the verb reports ("said the message was that …", "said Ann Lee would win").
    """
    found = _inverted_subject(index, verb)
    if found is not None and found.dep_ in {"nsubj", "nsubjpass"} and _reported_by(found, verb):
        return None  # the subject of the clause the verb reports, not the speaker
    return found


def _reported_by(subject: Token, verb: Token) -> bool:
    """Whether a subject after a verb opens the clause it reports: "said [the message was …]".

    The clause's verb follows the subject at once, or past its auxiliaries
    ("said Ann Lee would not win"); a verb further on, past a comma or an
    aside, is a misparse of the words after the speaker.
    """
    clause = subject.head
    if not (clause.i > verb.i and clause.dep_ == "ccomp" and clause.head.i == verb.i):
        return False
    if any(t.text == "," for t in subject.subtree):
        return False  # "said Dan Bock, a longtime aide who runs Fair Count": the speaker with an aside
    between = subject.doc[subject.right_edge.i + 1 : clause.i]
    return all(t.head.i == clause.i and t.dep_ in {"aux", "auxpass", "neg", "advmod"} for t in between)


def _inverted_subject(index: DocIndex, verb: Token) -> Token | None:
    """The name or noun heading the phrase after a verb (see ``inverted_subject``)."""
    doc = verb.doc
    head: Token | None = None
    proper: Token | None = None
    in_head_phrase = True  # before any preposition: the words that can head the subject
    stop = min(verb.i + INVERSION_WINDOW, len(doc))
    for i in range(verb.i + 1, stop):
        token = doc[i]
        if _ends_inverted_subject(index, token):
            break
        if _passed_over(token):
            continue
        if token.is_punct and token.text not in {"-", "."}:
            break
        if token.tag_ == "POS":
            head = proper = None  # "said Johnson's spokesman": the words before the "'s" only own the speaker
            continue
        name = _name_at(doc, i, first_word=in_head_phrase and head is None)
        if name is not None:
            return name
        if token.dep_ == "prep":
            if in_head_phrase and proper is None and _common_noun(head):
                # "said a person close to the Lees": past the preposition of a described speaker,
                # a name is who they are close to; only one set off by a comma is theirs.
                return _name_set_off(index, i, stop) or head
            in_head_phrase = False
        if in_head_phrase and token.tag_ in {"NNP", "NNPS", "NN", "NNS", "PRP"}:
            head = token
            if token.tag_ in {"NNP", "NNPS"} and token.lower_ not in cue_lexicon().titles:
                proper = token  # the last word of a name the NER missed: "Councilmember Rosa Diaz"
    return proper or head


def _name_at(doc: Doc, i: int, *, first_word: bool) -> Token | None:
    """A PERSON's last token at ``i``; as the first word, a surname named in full before ("said Skelly,")."""
    found = _person_ending_at(doc, i)
    if found is None and first_word and surname_named_before(doc[i]):
        return doc[i]
    return found


def _passed_over(token: Token) -> bool:
    """A token the subject after a verb runs past: the comma before a name in apposition, a date.

    "echoed his wife, Chrissy Nfinger"; "said Monday Ann Lee" (a date names no one).
    """
    doc = token.doc
    if token.text == "," and token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON":
        return True
    return token.ent_type_ in NOT_SPEAKERS


def _common_noun(token: Token | None) -> bool:
    """Whether a subject's head is a common noun ("a person", "aides"), not a name."""
    return token is not None and token.tag_ in {"NN", "NNS"}


def _ends_inverted_subject(index: DocIndex, token: Token) -> bool:
    """Whether a token lies past the subject after a verb: a quotation, a paragraph, a new clause.

    A participle describing the noun after it ("said retired neurosurgeon Ben
    Corson", "said acting police chief Ann Lee") is part of the subject. A
    word opening a clause of time or cause ("said when Ann Lee asked him") ends
    it, however the parser labels it.
    """
    if index.in_quote(token.idx) or "\n" in token.text or token.dep_ == "mark":
        return True
    if token.tag_ == "WRB" or (token.tag_ == "IN" and token.lower_ in SUBORDINATORS):
        return True
    return token.tag_.startswith("VB") and not (token.dep_ == "amod" and token.head.i > token.i)


def _name_set_off(index: DocIndex, start: int, stop: int) -> Token | None:
    """A person's name set off by a comma after a described subject: "an aide to the mayor, Ann Lee"."""
    doc = index.doc
    for i in range(start, stop - 1):
        if _ends_inverted_subject(index, doc[i]):
            return None
        if doc[i].text == "," and doc[i + 1].ent_type_ == "PERSON":
            return _person_ending_at(doc, i + 1)
    return None


def _person_ending_at(doc: Doc, i: int) -> Token | None:
    """The last token of a PERSON name starting at ``i``, unless the name owns what follows ("Moses' lawyer")."""
    if doc[i].ent_type_ != "PERSON" or (i + 1 < len(doc) and doc[i + 1].tag_ in {"POS", "HYPH"}):
        return None
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        if doc[i + 1].tag_ == "POS":
            return None  # the NER took the "'s" into the name: "Tom Baker's spokeswoman"
        i += 1
    return None if i + 1 < len(doc) and doc[i + 1].tag_ == "POS" else doc[i]
