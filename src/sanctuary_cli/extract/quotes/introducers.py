"""Quotations handed over by a colon, a comma or a dash without a reporting verb.

"Homan: "…"", "Turnout fell - Ann Lee: "…"", "Zampolli pays $1,200 a month:
"…"": the speaker is the label before the colon, a round-up's signature, or
the subject of the clause introducing the quotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.cues import as_clause
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.subjects import interviewee, subject_of
from sanctuary_cli.extract.quotes.verbs import (
    DASHES,
    NOT_SPEAKERS,
    SUBORDINATE_VERB_DEPS,
    Attribution,
    depth_within,
    is_cue_verb,
    is_passive,
    is_speaker_like,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.docindex import DocIndex

# A round-up's signature, from the dash to the colon: "- Ann Lee and Tom Bell:".
SIGNATURE_TOKENS = 8
# Prepositions before a broadcaster, a site or a place where words were said: "on CNN:", "at the rally:".
SETTING_PREPOSITIONS = frozenset({"on", "in", "at", "during", "via"})


def introducer(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """The speaker of a clause introducing a quotation with a colon or comma and no reporting verb.

    "Homan: "..."" names the speaker just before the colon; in "Trump wasn't
    thrilled, "..."" or "Zampolli pays $1,200 a month: "..."", the speaker is
    the subject of the introducing clause.
    """
    doc = index.doc
    # The tokenizer may glue a party tag's close to its colon: "(D-Ore.):".
    if not tokens or (doc[tokens[-1]].text not in {":", ",", "—", "–"} and not doc[tokens[-1]].text.endswith("):")):
        return None  # a colon, comma or dash hands the floor over: "He put it bluntly — "…""
    mark = tokens[-1]
    observed = as_clause(index, tokens[0], mark)
    if observed is not None:
        # "As Joel Pike observed, the winner was the stage itself:": who observed it speaks.
        return Attribution(doc[mark].text, mark, observed.subject, "before")
    signed = signed_label(index, tokens)
    if signed is not None:
        return signed
    verbs = [doc[i] for i in tokens if doc[i].tag_.startswith("VB") or doc[i].tag_ == "MD"]
    if not verbs:
        return _label(index, tokens) if doc[mark].text.endswith(":") else None
    if is_cue_verb(verbs[-1]) and is_passive(verbs[-1]):
        return None  # "Lee was asked, "…?"": the one asked does not ask
    main = _main_verb(verbs, set(tokens))
    if is_cue_verb(main) and not is_passive(main):
        return None  # a reporting verb is a cue of its own, weighed by zone_cue
    subject = _introducing_subject(index, main, verbs)
    if subject is None:
        return None
    return Attribution(doc[mark].text, mark, subject.i, "before")


def signed_label(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """ "Turnout was higher than expected - Ann Lee:": a name alone between a dash and a colon labels the quotation.

    Round-ups set a summary line, a dash and the author before each excerpt.
    """
    doc = index.doc
    if not doc[tokens[-1]].text.endswith(":"):
        return None
    # A dash set off by a space before it: not the hyphen of "D-Ore." or "Wilkes-Barre".
    dashes = [
        k
        for k, i in enumerate(tokens[:-1])
        if doc[i].text[:1] in DASHES and i > 0 and doc[i - 1].whitespace_
    ]
    if not dashes or len(tokens) - dashes[-1] > SIGNATURE_TOKENS:
        return None
    start = dashes[-1] if doc[tokens[dashes[-1]]].text not in DASHES else dashes[-1] + 1
    name = list(tokens[start:-1])
    # One author or two: "- Ann Lee:", "- Ann Lee and Tom Bell:" (the first named speaks for both).
    joined = [k for k, i in enumerate(name) if doc[i].lower_ == "and"]
    if len(joined) == 1 and 0 < joined[0] < len(name) - 1:
        name = name[: joined[0]]
    if not name or not all(doc[i].ent_type_ == "PERSON" or doc[i].tag_ in {"NNP", "NNPS"} for i in name):
        return None
    return Attribution(":", tokens[-1], name[-1], "before")


def _label(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """A speaker named as a label before a colon: "Railroad union official:", "Rep. Ann Cole (D-Ore.):"."""
    doc = index.doc
    mark = tokens[-1]
    words = list(tokens[:-1])
    if words and (doc[words[-1]].text == ")" or doc[mark].text.endswith("):")):
        opening = next((k for k in range(len(words) - 1, -1, -1) if doc[words[k]].text == "("), None)
        words = words[:opening] if opening else words  # the party and state after a name
    last = doc[words[-1]] if words else None
    if last is not None and last.lower_ in cue_lexicon().speaker_nouns:
        return Attribution(":", mark, last.i, "before")
    presented = _presented(doc, words)
    if presented is not None:
        return Attribution(":", mark, presented, "before")
    if last is not None and last.lower_ in cue_lexicon().document_nouns | cue_lexicon().utterance_nouns:
        owner = _owner(last)  # "From Lee's Facebook post:": the post's owner speaks, not the site it was on
        return Attribution(":", mark, owner.i, "before") if owner is not None else None
    named = _named_label(doc, words[-3:])
    return Attribution(":", mark, named, "before") if named is not None else None


def _owner(document: Token) -> Token | None:
    """The named owner of a document or remark: "Lee's" in "Lee's Facebook post"."""
    return next((c for c in document.children if c.dep_ == "poss" and c.tag_ in {"NNP", "NNPS"}), None)


def _named_label(doc: Doc, words: Sequence[int]) -> int | None:
    """The last name among a label's words, unless it says where the words were said."""
    for i in reversed(words):
        if doc[i].text[:1] in "@#" or doc[i].ent_type_ in NOT_SPEAKERS:
            continue  # a handle, a hashtag or a date ("Overheard on @LIRR:", "In September:")
        if doc[i].ent_type_ == "PERSON" or doc[i].tag_ in {"NNP", "NNPS"}:
            return None if _setting(doc[i]) else i
    return None


def _setting(name: Token) -> bool:
    """Whether a name before a colon is where or on what the words were said: "later that day on WXRT:".

    A broadcaster, a site or a place after "on", "in" or "at" sets the scene;
    the one speaking is named elsewhere, or not at all.
    """
    while name.dep_ == "compound" and name.head.i != name.i:
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in SETTING_PREPOSITIONS


def _presented(doc: Doc, words: Sequence[int]) -> int | None:
    """ "Here's Dana Holt in December 1992:": the person presented to speak next, whatever follows the name."""
    if len(words) < 3 or doc[words[0]].lower_ != "here" or doc[words[1]].lower_ not in {"'s", "’s"}:
        return None
    named = [i for i in words[2:] if doc[i].ent_type_ == "PERSON"]
    return _name_end(doc, named[0]) if named else None


def _name_end(doc: Doc, i: int) -> int:
    """The last token of the PERSON name a token begins or is part of."""
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
        i += 1
    return i


def _main_verb(verbs: list[Token], zone: set[int]) -> Token:
    """The verb of the clause nearest the colon, which introduces the quotation.

    In "He was asked about the utilities, and Bloomberg was more
    supportive:", the clause of "Bloomberg".
    """
    heads = [
        verb
        for verb in verbs
        if verb.head.i not in zone or (verb.dep_ not in SUBORDINATE_VERB_DEPS and verb.dep_ != "ccomp")
    ]
    return heads[-1] if heads else min(verbs, key=lambda verb: depth_within(verb, zone))


def _introducing_subject(index: DocIndex, main: Token, verbs: list[Token]) -> Token | None:
    """Who speaks after an introducing clause: its subject, a person beside it, or the one spoken to."""
    subject = subject_of(index, main)
    if subject is None or not is_speaker_like(subject):
        # "Other walls emerged, including at Union Square, where Cuomo left a message:": the
        # clause nearest the colon with a person for subject.
        for verb in reversed(verbs):
            candidate = subject_of(index, verb) if not is_cue_verb(verb) else None
            if candidate is not None and (candidate.ent_type_ == "PERSON" or candidate.lower_ in {"he", "she"}):
                subject = candidate
                break
    if subject is not None and subject.lower_ in {"we", "i"}:
        # "We spoke to Ryan Kelly, 26, ...: "..."": the one spoken to is quoted.
        subject = interviewee(main) or subject
    if subject is not None and not is_speaker_like(subject):
        # "The editor, Nancy Gibbs, put it this way:" names the speaker beside the subject;
        # in "His concern is safety:" or "Johnson's message was clear:" the owner speaks.
        owners = {"appos"} | ({"poss"} if subject.lower_ in cue_lexicon().utterance_nouns else set())
        near = [child for child in subject.children if child.dep_ in owners and is_speaker_like(child)]
        subject = near[0] if near else None
    return subject
