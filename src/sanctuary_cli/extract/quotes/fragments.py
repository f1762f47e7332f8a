"""Who a quoted fragment woven into the writer's sentence belongs to.

A fragment ("the plan is "dead on arrival," Lee said") hangs from a
reporting verb in the tree, sits in a sentence an "according to" or an "as"
clause credits, is closed by a cue right after it, or belongs to a noun for
a saying ("his promise of "free college"").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.cues import (
    according_to,
    as_clause,
    closing_attribution,
    cue_phrases,
    parenthetical_cue,
    tree_cue,
)
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.subjects import subject_of
from sanctuary_cli.extract.quotes.verbs import DASHES, SUBJECT_DEPS, Attribution, is_cue_verb, is_passive
from sanctuary_cli.extract.quotes.zone_cues import inverted_cue, zone_cue
from sanctuary_cli.extract.quotes.zones import zone_after, zone_before

if TYPE_CHECKING:
    from sanctuary_cli.extract.docindex import DocIndex
    from sanctuary_cli.extract.quotes.marks import QuoteSpan

# A sentence this short after a quotation, with a cue this close to its start,
# attributes it ("…." Johnson said Tuesday.)
SHORT_SENTENCE = 8
# How far up the tree a fragment may hang from a noun for a saying ("his calls to end the "rigged economy"").
SPEECH_NOUN_DEPTH = 6


def last_mark(text: str) -> str:
    """The last character of a quotation that is not a (nested) quotation mark or space."""
    return text.rstrip(" '’‘\"”“")[-1:]


def fragment_attribution(index: DocIndex, span: QuoteSpan) -> Attribution | None:
    """The reporting verb above a fragment, an "according to" in its sentence, or a cue right after it.

    None when the quoted words belong to the speaker's own mention (see ``_names_the_speaker``).
    """
    tokens = index.tokens_between(span.start, span.end)
    if not tokens:
        return None
    found = _fragment_cue(index, span, tokens)
    if found is None or _names_the_speaker(index, tokens, found):
        return None
    return found


def _fragment_cue(index: DocIndex, span: QuoteSpan, tokens: range) -> Attribution | None:
    """The first cue that reports a fragment, the dependency tree first."""
    aside = _aside_between_dashes(index, span)
    if aside is not None:
        return aside
    found = tree_cue(index, tokens)
    if found is not None and found.subject is None:
        # The parse lost the verb's subject; the same cue read in the words before may have it.
        before = zone_cue(index, zone_before(index, span.before), "before", nearest_last=True)
        if before is not None and before.cue_token == found.cue_token and before.subject is not None:
            return replace(before, path=found.path)
    start, end = index.sentence_bounds(index.sentence_of(tokens.start))
    if found is not None:
        return _reported_over(index, found, start, end) or found
    found = parenthetical_cue(index, start, end)
    if found is not None:
        return found  # the whole sentence is reported, its short quoted words too
    sources = [i for i in sorted(cue_phrases(index)) if start <= i < end and not index.in_quote(index.doc[i].idx)]
    return (
        according_to(index, sources)
        or as_clause(index, start, end)
        or _trailing_attribution(index, span)
        or _cue_at_the_mark(index, span)
        or _speech_noun(index, tokens)
    )


def _reported_over(index: DocIndex, cue: Attribution, start: int, end: int) -> Attribution | None:
    """Who reports the clause a fragment's own cue sits in, when the sentence says so before that cue.

    "According to Lee, the papers would call him a "coward"" and "The paper,
    Lee said, called it "a farce"" report what others say or would say: the
    sentence is Lee's account, as it is in "Lee said the papers called him …".
    """
    if cue.cue_token is None or cue.subject is None:
        return None
    aside = parenthetical_cue(index, start, end)
    if aside is not None and aside.cue_token is not None and aside.cue_token < cue.cue_token:
        return aside
    first = min(cue.cue_token, cue.subject)
    fronted = [i for i in sorted(cue_phrases(index)) if start <= i < first and not index.in_quote(index.doc[i].idx)]
    found = according_to(index, fronted)
    return found if found is not None and found.subject is not None and found.subject < cue.cue_token else None


def _aside_between_dashes(index: DocIndex, span: QuoteSpan) -> Attribution | None:
    """The cue before a fragment dropped into a sentence between dashes.

    In "Lee lamented his gaffes - "must he keep at it?" - but voters said they
    were unfazed", the words between the dashes are what the clause before
    them reports; the clause after the closing dash goes on with someone else.
    """
    doc = index.doc
    before = zone_before(index, span.before)
    after = zone_after(index, span.after)
    if len(before) < 2 or len(after) < 2 or doc[before[-1]].text not in DASHES or doc[after[0]].text not in DASHES:
        return None
    found = zone_cue(index, before[:-1], "before", nearest_last=True)
    return found if found is not None and found.subject is not None else None


def _cue_at_the_mark(index: DocIndex, span: QuoteSpan) -> Attribution | None:
    """A reporting verb written right before the opening mark: "Of Cruz, Lee wrote "has earned it."".

    The parser may hang the quoted words elsewhere (a fragment that goes on
    from a topic named before the cue), but the words a speaker's verb opens
    onto are that speaker's. A framing verb ("called the "grave error"")
    reports nothing without "as".
    """
    before = zone_before(index, span.before)
    if not before:
        return None
    verb = index.doc[before[-1]]
    if not is_cue_verb(verb) or is_passive(verb) or verb.lower_ in cue_lexicon().framing_verbs:
        return None
    subject = subject_of(index, verb)
    return Attribution(verb.text, verb.i, subject.i, "before") if subject is not None else None


def _speech_noun(index: DocIndex, tokens: range) -> Attribution | None:
    """A noun for a saying that the fragment belongs to: "his promise of "free college"".

    The fragment hangs, a few steps up the tree, from a noun such as claim,
    call, pledge or accusation ("Lee's claim that the fund is "nearly empty"",
    "calls to end the "rigged" system"). Its owner, when the text names one,
    is the speaker: the possessor ("Lee's", "his") or a name before it ("the
    Baker campaign's accusations").
    """
    doc = index.doc
    node = next((doc[i] for i in tokens if doc[i].head.i not in tokens and not doc[i].is_punct), None)
    nouns = cue_lexicon().speech_nouns
    for _ in range(SPEECH_NOUN_DEPTH):
        if node is None or node.head.i == node.i:
            return None
        node = node.head
        if index.in_quote(node.idx):
            continue
        if node.lower_ in nouns and node.tag_.startswith("NN"):
            owners = [c for c in node.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.ent_type_)]
            return Attribution(node.text, node.i, owners[0].i if owners else None, "tree")
    return None


def _names_the_speaker(index: DocIndex, tokens: range, attribution: Attribution) -> bool:
    """Whether the quoted words are part of the speaker's own mention, not what was said.

    In "Tom Baker, the city's "fixer," said the vote was close", "fixer" names
    Baker; it is not Baker's word.
    """
    doc = index.doc
    heads = [doc[attribution.subject]] if attribution.subject is not None else []
    cue = attribution.cue_token
    closing = cue is not None and attribution.subject is not None and attribution.subject > cue
    if cue is not None and not (closing and closing_attribution(index, doc[cue])):
        # A noun before the verb the parser could not label ("dep") is its subject too; with the
        # speaker named after the verb (", said Ann Lee."), what stands before it is what was said.
        lefts = doc[cue].lefts
        heads += [c for c in lefts if c.dep_ in SUBJECT_DEPS or (c.dep_ == "dep" and c.tag_.startswith("NN"))]
    words = [i for i in tokens if not doc[i].is_punct]
    # "Lee, who called the plan "a mess," left": the quotation is in a clause of Lee's own, with its cue.
    return bool(words) and any(
        head.left_edge.i <= words[0] and words[-1] <= head.right_edge.i
        and not (cue is not None and head.left_edge.i <= cue <= head.right_edge.i)
        for head in heads
    )


def _trailing_attribution(index: DocIndex, span: QuoteSpan) -> Attribution | None:
    """A cue right after a fragment: ""a disgrace," Johnson said", ""why now?" she asked", "…" the editor replied."""
    after = zone_after(index, span.after)
    if not after:
        return None
    ending = last_mark(index.text[span.start : span.end])
    if index.doc[after[0]].text == "," or ending in {",", "?", "!"}:
        found = zone_cue(index, after, "after", nearest_last=False, main_only=True)
    elif len(after) <= SHORT_SENTENCE and index.doc[after[0]].tag_ not in {"CC", "IN", "WRB", "TO"}:
        # A short clause ending the sentence names who spoke: "…" the paper's editor replied.
        found = zone_cue(index, after, "after", nearest_last=False, main_only=True)
    else:
        found = None
    if found is None or found.subject is None:
        found = inverted_cue(index, after)
    return found if found is not None and found.subject is not None else None
