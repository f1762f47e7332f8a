"""Finding the attribution cue of a quotation and the subject it names.

Two readings, used together:

* the dependency tree: a quoted fragment inside a sentence ("Johnson said the
  city will "not bend"") hangs below its reporting verb, and the verb's subject
  is the speaker;
* attribution zones: a quotation standing on its own ("..." he said. / He
  said: "...") is attributed by a short clause right after or before it, which
  the parser often splits off as a sentence of its own. A zone is the run of
  tokens between the quotation and the nearest sentence end, paragraph break
  or other quotation; the cue a zone holds is read in zone_cues.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.characterising import characterises, within_prep
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon, cue_phrase_matcher

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.docindex import DocIndex
from sanctuary_cli.extract.quotes.subjects import (
    passive_agent,
    subject_of,
)
from sanctuary_cli.extract.quotes.verbs import (
    MAX_TREE_DEPTH,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    TRAILING_CUE_DISTANCE,
    Attribution,
    ends_sentence,
    is_cue_verb,
    is_mark,
    is_passive,
)

# How many clauses up a quotation's cue may be reported by another ("said he expected … will say").
OUTER_REPORT_DEPTH = 3
# Verbs whose object is the one spoken to: "…, Lee told reporters, …".
TELLING_VERBS = frozenset({"tell", "tells", "told", "telling", "assured", "assures", "reminded", "reminds"})
OUTER_STEPS = frozenset({"conj", "advcl", "xcomp", "acomp"})
# How far a closing clause may run after its verb: ", Lee said at a town hall on Monday."
CLOSING_CLAUSE_TOKENS = 10


def tree_cue(index: DocIndex, quote_tokens: range) -> Attribution | None:
    """The reporting verb a quotation hangs from in the dependency tree, if any."""
    if not quote_tokens:
        return None
    doc = index.doc
    root = _quote_root(doc, quote_tokens)
    if root is None:
        return None
    path: list[str] = []
    node = root
    for _ in range(MAX_TREE_DEPTH):
        if node.head.i == node.i:
            return None
        path.append(node.dep_)
        node = node.head
        if node.i in quote_tokens or index.in_quote(node.idx):
            continue
        reports = is_cue_verb(node) and not is_passive(node) and _frames(index, node, quote_tokens, root)
        if reports or characterises(index, node, root):
            if _in_subject(index, node, path[-1]) or _across_paragraphs(index, node, quote_tokens):
                return None
            if node.i - quote_tokens.stop > TRAILING_CUE_DISTANCE and not closing_attribution(index, node):
                continue  # a cue far after the quotation belongs to another clause, whatever the parse says
            return _reported_by_cue(index, node, quote_tokens, tuple(path))
        if is_cue_verb(node) and is_passive(node) and node.i < quote_tokens.start:
            # "The plan was branded a "grave error" by the opposition": the agent speaks.
            agent = passive_agent(index, node, quote_tokens)
            if agent is not None:
                return Attribution(node.text, node.i, agent.i, "tree", tuple(path))
    return None


def _reported_by_cue(index: DocIndex, verb: Token, quote_tokens: range, path: tuple[str, ...]) -> Attribution:
    """The attribution of a cue the quotation hangs from: its own, or the report it sits in."""
    node = _outer_reporter(index, verb) or _closing_over_relative(index, verb, quote_tokens) or verb
    subject = subject_of(index, node)
    return Attribution(node.text, node.i, None if subject is None else subject.i, "tree", path)


def _in_subject(index: DocIndex, verb: Token, label: str) -> bool:
    """Whether a quotation reached its cue as part of the cue's subject: "Trump's "border czar" said".

    A cue closing the sentence ("…, said Ann Lee.") reports the whole of it,
    whatever the parse hangs where.
    """
    if label not in SUBJECT_DEPS and label not in PASSIVE_SUBJECT_DEPS:
        return False
    return not closing_attribution(index, verb)


def _across_paragraphs(index: DocIndex, verb: Token, quote_tokens: range) -> bool:
    """Whether a cue the parse hangs a quotation from lies in another paragraph than the quotation.

    A paragraph ends every sentence in it; a parse running two paragraphs into
    one sentence ("Ann Lee says there's a "long road ahead." / Tom Bell said
    …") hangs the quoted words on the next paragraph's verb, whose speaker is
    someone else.
    """
    doc = index.doc
    paragraph = index.paragraph_of(verb.idx)
    first = index.paragraph_of(doc[quote_tokens.start].idx)
    last = index.paragraph_of(doc[quote_tokens.stop - 1].idx)
    return not first <= paragraph <= last


def _outer_reporter(index: DocIndex, verb: Token) -> Token | None:
    """The reporting verb a cue is itself reported under: "said" in "Lee said that Park begged "…"".

    Words quoted inside reported speech are the reporter's: the writer heard
    them from Lee, who told what Park did. The report may sit a clause or two
    further up: in "Obama said he expected voters will say "no"", the word is Obama's.
    """
    node = verb
    for _ in range(OUTER_REPORT_DEPTH):
        while _goes_on_from(node):
            # "Park begged … and "would have …"": the first of the joined verbs; "Park rejected
            # it, calling it "…"", "Park was right to urge "…"": the clause the participle or
            # the infinitive goes on from.
            node = node.head
        if node.dep_ != "ccomp" or node.head.i == node.i:
            return None
        outer = node.head
        if index.paragraph_of(outer.idx) != index.paragraph_of(verb.idx):
            return None  # a parse run across paragraphs: the verb above belongs to another one
        if _reports(index, outer):
            return outer
        node = outer
    return None


def _closing_over_relative(index: DocIndex, verb: Token, quote_tokens: range) -> Token | None:
    """The cue closing the sentence, when the one found only describes a noun.

    In "Nothing the mayor said "will calm anyone," the senator said.", the
    quoted words run on from a relative clause ("the mayor said") to the
    sentence's own verb; the closing ", the senator said" reports them.
    """
    if verb.dep_ != "relcl":
        return None
    root = verb.sent.root
    if root.i <= quote_tokens.stop or root.i - quote_tokens.stop > TRAILING_CUE_DISTANCE or not is_cue_verb(root):
        return None
    closing = any(child.dep_ == "nsubj" and child.i >= quote_tokens.stop for child in root.children)
    return root if closing or closing_attribution(index, root) else None


def _goes_on_from(node: Token) -> bool:
    """Whether a verb goes on from the one it hangs on: a second verb, a participle, an infinitive.

    A clause of its own, opened by "while", "because" or "after", does not.
    """
    if node.head.i == node.i or node.dep_ not in OUTER_STEPS:
        return False
    return node.dep_ != "advcl" or not any(child.dep_ == "mark" for child in node.children)


def _reports(index: DocIndex, verb: Token) -> bool:
    """Whether a verb reports what its clause says, in the writer's words, with a subject of its own."""
    if not is_cue_verb(verb) or is_passive(verb) or verb.lower_ in cue_lexicon().weak_verbs:
        return False
    if any(child.dep_ == "neg" for child in verb.children):
        return False  # "Lee cannot say that "…," Park added": who says nothing reports nothing
    return not index.in_quote(verb.idx) and subject_of(index, verb) is not None


def _frames(index: DocIndex, verb: Token, quote_tokens: range, quote_root: Token) -> bool:
    """Whether a verb reports the quoted words; a framing verb only through "as".

    "Grant dismissed the plans as "spend now, pay later" politics" and "Grant
    dismissed the plans as being in "fantasy land"" quote Grant; "the judge
    dismissed the "frivolous" suit" quotes nobody.
    """
    if verb.lower_ not in cue_lexicon().framing_verbs or within_prep(verb, "as", quote_root):
        return True
    doc = index.doc
    i = quote_tokens.start - 1
    while i > verb.i and (is_mark(doc[i]) or doc[i].tag_ == "DT"):
        i -= 1
    return i > verb.i and doc[i].lower_ == "as"


def closing_attribution(index: DocIndex, verb: Token) -> bool:
    """Whether a reporting verb heads a short clause closing its sentence after a comma.

    "The park would be "the first task" for his team, he said." / "..., said
    Ms Brook.", "..., said Ann Lee, a county clerk.": the whole sentence
    before the comma is what was said, however long it runs.
    """
    if verb.dep_ != "ROOT":
        return False
    doc = index.doc
    start = next((i for i in range(verb.i - 1, max(verb.i - 5, -1), -1) if doc[i].text == ","), None)
    if start is None:
        start = _comma_before_subject(verb)  # "…, county senior trial counsel Ann Lee wrote in a filing."
    if start is None or any(doc[i].tag_.startswith("VB") for i in range(start + 1, verb.i)):
        return False
    return _clause_closes(verb)


def _clause_closes(verb: Token) -> bool:
    """Whether the words after a reporting verb end its sentence within a few words, adding nothing said."""
    doc = verb.doc
    for i in range(verb.i + 1, min(verb.i + CLOSING_CLAUSE_TOKENS, len(doc))):
        if ends_sentence(doc[i]) or "\n" in doc[i].text or i == len(doc) - 1:
            return True
        if doc[i].tag_.startswith("VB") or is_mark(doc[i]) or doc[i].text in {",", ";", ":"}:
            if doc[i].text != ",":
                return False
            following = doc[i + 1] if i + 1 < len(doc) else None
            if following is not None and (following.tag_ == "VBG" or is_mark(following)):
                return True  # "…, she said, adding …" / "…, Lee said at a town hall, "we would …""
            return _described_to_the_end(verb)
    return False


def _comma_before_subject(verb: Token) -> int | None:
    """The comma right before a reporting verb's subject, however many words the subject runs to."""
    subjects = [child for child in verb.lefts if child.dep_ == "nsubj"]
    if not subjects:
        return None
    before = subjects[0].left_edge.i - 1
    return before if before >= 0 and verb.doc[before].text == "," else None


def _described_to_the_end(verb: Token) -> bool:
    """Whether the subject after a verb runs, with its apposition, to the end of the sentence.

    "…, said Ann Lee, director of the civic league." closes the sentence as
    ", said Ann Lee." does.
    """
    doc = verb.doc
    subjects = [child for child in verb.rights if child.dep_ == "nsubj"]
    if not subjects:
        return False
    end = subjects[0].right_edge.i + 1
    return end >= len(doc) or ends_sentence(doc[end]) or "\n" in doc[end].text


def _quote_root(doc: Doc, quote_tokens: range) -> Token | None:
    """The quoted token whose head lies outside the quotation (the fragment's head)."""
    for i in quote_tokens:
        token: Token = doc[i]
        if token.head.i not in quote_tokens and not token.is_punct:
            return token
    return None


def cue_phrases(index: DocIndex) -> dict[int, int]:
    """Where the lexicon's cue phrases ("according to") start and end in the document."""
    return index.matched(cue_phrase_matcher())


def according_to(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """A cue phrase ("according to X", "in the words of X") among the tokens: X is the source."""
    doc = index.doc
    phrases = cue_phrases(index)
    for i in tokens:
        end = phrases.get(i)
        if end is None:
            continue
        objects = [child for child in doc[end - 1].children if child.dep_ == "pobj"]
        target = objects[0] if objects else (doc[end] if end < len(doc) else None)
        if target is not None and not index.in_quote(target.idx):
            cue = doc[i:end].text.lower()
            return Attribution(cue, i, target.i, "tree")
    return None


def as_clause(index: DocIndex, start: int, end: int) -> Attribution | None:
    """ "As the paper noted, …", "as Smith put it": a cue in an "as" clause credits its sentence to its subject."""
    doc = index.doc
    for i in range(start, end):
        token = doc[i]
        if not any(child.dep_ == "mark" and child.lower_ == "as" for child in token.children):
            continue
        if index.in_quote(token.idx) or not is_cue_verb(token):
            continue
        # "— as described by the director —": the agent speaks.
        agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        if agents and not index.in_quote(agents[0].idx):
            return Attribution(token.text, token.i, agents[0].i, "tree")
        if is_passive(token):
            continue
        subjects = [child for child in token.children if child.dep_ == "nsubj" and not index.in_quote(child.idx)]
        if subjects and subjects[0].lower_ not in {"it", "this", "that", "which", "what"}:
            return Attribution(token.text, token.i, subjects[0].i, "tree")
    return None


def parenthetical_cue(index: DocIndex, start: int, end: int) -> Attribution | None:
    """ "The governor, Lopez said, had served for "a thousand years"": a cue set off by commas.

    A reporting clause inserted into its sentence ("…, Lopez said, …",
    "But, she added, …") and reporting nothing of its own credits the rest of
    the sentence, quoted words and all, to its subject.
    """
    doc = index.doc
    for i in range(start + 1, end - 1):
        token = doc[i]
        if index.in_quote(token.idx) or not is_cue_verb(token) or is_passive(token):
            continue
        listener = _listener(token)
        after = (listener.right_edge.i if listener is not None else i) + 1
        if after >= end or doc[after].text != ",":
            continue
        subjects = [child for child in token.lefts if child.dep_ == "nsubj"]
        if not subjects or subjects[0].left_edge.i <= start or doc[subjects[0].left_edge.i - 1].text != ",":
            continue
        told = listener.i if listener is not None else None
        if any(child.dep_ in {"ccomp", "dobj", "xcomp"} and child.i != told for child in token.children):
            continue  # "…, Lopez said, the plan …" with its own object reports that, not the sentence
        return Attribution(token.text, i, subjects[0].i, "tree")
    return None


def _listener(verb: Token) -> Token | None:
    """The one told, right after a verb of telling: "told CNN" in "…, Lee told CNN, …", "told the county board"."""
    if verb.lower_ not in TELLING_VERBS:
        return None
    return next(
        (child for child in verb.rights if child.dep_ in {"dobj", "dative"} and child.left_edge.i == verb.i + 1), None
    )
