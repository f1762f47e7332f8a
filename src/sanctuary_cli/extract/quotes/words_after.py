"""The words right after a stand-alone quotation: whether they attribute it, and the cue they give.

After a comma they do (""We stay," Ada Quillon said."). After a question or
an exclamation they do when a cue comes at once or a name and a verb tag it
(""Why?" Quillon pressed."); after a full stop, only in a short clause
(""We stay." Quillon said."). A clause opening with "and" or "while", one
answering the quotation ("Quillon replied that the yard would stay"), or
one handing the floor on with a colon (""We stay," Quillon agreed: "…"")
starts a new remark.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.fragments import SHORT_SENTENCE, last_mark
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.signatures import dash_speaker
from sanctuary_cli.extract.quotes.verbs import Attribution, is_cue_verb, is_mark
from sanctuary_cli.extract.quotes.zone_cues import dialogue_tag, inverted_cue, zone_cue

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex

# After a question or exclamation, a cue this close attaches the words that follow ("Why?" Philip asks).
ATTACHED_CUE_WINDOW = 4
SENTENCE_PUNCT = ".?!…"


def cue_after(index: DocIndex, text: str, after: list[int]) -> Attribution | None:
    """The cue in the words right after a quotation, when they attribute it (see ``_attached``)."""
    if not after:
        return None
    dash = dash_speaker(index, after)  # ""…”― Ann Lee": a dash glued to the mark attaches the name
    if dash is not None:
        return dash
    if not _attached(index, text, after):
        return inverted_cue(index, after)  # ""…," in contrast to last year, says Dana Scott."
    found = (
        zone_cue(index, after, "after", nearest_last=False, main_only=True)
        or dialogue_tag(index, after)
        or _opening_clause_cue(index, after)
    )
    if found is None or found.subject is None:
        return None
    if found.weak and found.cue.lower() not in cue_lexicon().weak_verbs:
        # "“…,” the statement said.": the document closing the quotation is its source, not
        # whoever the sentence before says released one.
        return replace(found, weak=False)
    return found


def _opening_clause_cue(index: DocIndex, after: list[int]) -> Attribution | None:
    """ ""…," Lee told reporters, her voice drowned out by boos": the cue of the clause the speaker opens.

    The parse may hang that clause under a later verb, so it is not the main
    clause; its cue still attributes the quotation when its subject opens
    the words after the mark.
    """
    opening = _cue_of_opening_subject(index, after)
    if not opening:
        return None
    found = zone_cue(index, after, "after", nearest_last=False)
    return found if found is not None and found.cue_token == opening[0].i else None


def _attached(index: DocIndex, text: str, after: list[int]) -> bool:
    """Whether the words right after a quotation belong to it ("…," he said) or start anew.

    After a comma they do. After a question or exclamation mark they do when a
    cue comes at once (""Why?" Philip asks") or a short dialogue tag closes
    them (""Why?" Philip pressed."); after a full stop, only in a short
    clause ("…." Johnson said.).
    """
    doc = index.doc
    first = doc[after[0]]
    if first.tag_ in {"CC", "IN", "WRB"} or first.text in {"(", "["}:
        # "…," and the chairman declared, "…" / "…," while Brickell said, "…" / (WCBS explains, "…"):
        # another remark, with a cue of its own.
        return False
    colon = next((i for i in after if doc[i].text == ":" and i + 1 < len(doc) and is_mark(doc[i + 1])), None)
    if colon is not None and not _answered_in_relative_clause(index, after, colon):
        return False  # "…" Senator Schumer agreed: "…": the cue hands the floor to the next quotation
    ending = last_mark(text)
    if ending not in SENTENCE_PUNCT:
        return True
    if first.text[:1].islower() or first.text in {"—", "–", "-", "--"}:
        return True
    cues = [doc[i] for i in after[:ATTACHED_CUE_WINDOW] if is_cue_verb(doc[i])] or _cue_of_opening_subject(index, after)
    if not cues:
        # ""Would it be negotiable?" Hannon pressed.": after a question or an exclamation,
        # a name and a verb of their own are a dialogue tag, whatever the verb.
        return ending in "?!" and dialogue_tag(index, after) is not None
    if _reports_own_words(index, cues[0]):
        return False
    return ending != "." or len(after) <= SHORT_SENTENCE


def _cue_of_opening_subject(index: DocIndex, after: list[int]) -> list[Token]:
    """The first verb after a quotation, when it is a cue whose subject opens the clause.

    A long name or a title with an aside may stand between the mark and the
    verb (""Nobody asked us!" State Senator Ann Marie Dobbs said", ""Why?"
    Marla Quint, a retired nurse, said"): the clause still opens with the
    speaker and closes the quotation.
    """
    doc = index.doc
    verb = next((doc[i] for i in after if is_cue_verb(doc[i])), None)
    if verb is None:
        return []
    subjects = [child for child in verb.lefts if child.dep_ == "nsubj"]
    if not subjects or subjects[0].left_edge.i != after[0]:
        return []
    subject = subjects[0]
    # Only the subject's own words stand before the verb ("a retired worker" may hold a participle).
    between = [doc[i] for i in after if i < verb.i and doc[i].tag_.startswith("VB")]
    return [verb] if all(subject.left_edge.i <= t.i <= subject.right_edge.i for t in between) else []


def _answered_in_relative_clause(index: DocIndex, after: list[int], colon: int) -> bool:
    """Whether a colon after a quotation ends a second clause, the first cue being the quotation's.

    In ""…," Lee says to Park, who answers: "…"" or ""…," said Lee,
    explaining why: "…"", "says" and "said" attribute the first quotation;
    only the clause ending at the colon hands the floor to the next one. With
    a single cue (""…" Lee agreed: "…"") the colon hands it on.
    """
    doc = index.doc
    return sum(1 for i in after if i < colon and is_cue_verb(doc[i])) >= 2


def _reports_own_words(index: DocIndex, verb: Token) -> bool:
    """Whether a cue after a finished quotation carries what it reports itself.

    ""How could you?" Dunn replied that the leaflets were fair": Dunn answers
    the question, so it is not his. ""How could you?" Dunn replied." is.
    """
    for child in verb.rights:
        if child.dep_ != "ccomp" or index.in_quote(child.idx):
            continue
        if any(grand.dep_ in {"mark", "nsubj", "nsubjpass"} for grand in child.children):
            return True
    return False
