"""Finding the attribution cue of a quotation and the subject it names.

Two readings, used together:

* the dependency tree: a quoted fragment inside a sentence ("Johnson said the
  city will "not bend"") hangs below its reporting verb, and the verb's subject
  is the speaker;
* attribution zones: a quotation standing on its own ("..." he said. / He
  said: "...") is attributed by a short clause right after or before it, which
  the parser often splits off as a sentence of its own. A zone is the run of
  tokens between the quotation and the nearest sentence end, paragraph break
  or other quotation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.lexicon import cue_lexicon, cue_phrase_matcher

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.docindex import DocIndex
from sanctuary_cli.extract.quotes.subjects import (
    interviewee,
    name_before_participle,
    nearby_subject,
    passive_agent,
    subject_of,
)
from sanctuary_cli.extract.quotes.verbs import (
    DASHES,
    DIALOGUE_SUBJECT_WORDS,
    DIALOGUE_TAG_TOKENS,
    LINKING_VERBS,
    MAX_TREE_DEPTH,
    NOT_SPEAKERS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    SUBORDINATE_VERB_DEPS,
    TRAILING_CUE_DISTANCE,
    Attribution,
    depth_within,
    ends_sentence,
    is_cue_verb,
    is_mark,
    is_passive,
    is_speaker_like,
)

# How many clauses up a quotation's cue may be reported by another ("said he expected … will say").
OUTER_REPORT_DEPTH = 3
# Verbs whose object is the one spoken to: "…, Lee told reporters, …".
TELLING_VERBS = frozenset({"tell", "tells", "told", "telling", "assured", "assures", "reminded", "reminds"})
# A round-up's signature, from the dash to the colon: "- Ann Lee and Tom Bell:".
SIGNATURE_TOKENS = 8
OUTER_STEPS = frozenset({"conj", "advcl", "xcomp", "acomp"})


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
        if is_cue_verb(node) and not is_passive(node) and _frames(index, node, quote_tokens):
            if _in_subject(index, node, path[-1]) or _across_paragraphs(index, node, quote_tokens):
                return None
            if node.i - quote_tokens.stop > TRAILING_CUE_DISTANCE and not closing_attribution(index, node):
                continue  # a cue far after the quotation belongs to another clause, whatever the parse says
            node = _outer_reporter(index, node) or _closing_over_relative(index, node, quote_tokens) or node
            subject = subject_of(index, node)
            return Attribution(node.text, node.i, None if subject is None else subject.i, "tree", tuple(path))
        if is_cue_verb(node) and is_passive(node) and node.i < quote_tokens.start:
            # "The plan was branded a "grave error" by the opposition": the agent speaks.
            agent = passive_agent(index, node, quote_tokens)
            if agent is not None:
                return Attribution(node.text, node.i, agent.i, "tree", tuple(path))
    return None


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


def _frames(index: DocIndex, verb: Token, quote_tokens: range) -> bool:
    """Whether a verb reports the quoted words; a framing verb only through "as".

    "Grant dismissed the plans as "spend now, pay later" politics" quotes
    Grant; "the judge dismissed the "frivolous" suit" quotes nobody.
    """
    if verb.lower_ not in cue_lexicon().framing_verbs:
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
    if start is None or any(doc[i].tag_.startswith("VB") for i in range(start + 1, verb.i)):
        return False
    for i in range(verb.i + 1, min(verb.i + 7, len(doc))):
        if ends_sentence(doc[i]) or "\n" in doc[i].text or i == len(doc) - 1:
            return True
        if doc[i].tag_.startswith("VB") or is_mark(doc[i]) or doc[i].text in {",", ";", ":"}:
            if doc[i].text != ",":
                return False
            return (i + 1 < len(doc) and doc[i + 1].tag_ == "VBG") or _described_to_the_end(verb)
    return False


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
    named = subject.lower_ in cue_lexicon().subject_pronouns or subject.ent_type_ == "PERSON" or subject.tag_ == "NNP"
    if named and verb.tag_ in {"VBD", "VBZ"} and not is_passive(verb) and not _states(verb):
        return Attribution(verb.text, verb.i, subject.i, "after")
    return None


def _states(verb: Token) -> bool:
    """Whether a verb describes rather than voices: ""…" She is 45." / "He had a point." / "She seemed calm"."""
    return verb.lower_ in LINKING_VERBS or any(child.dep_ in {"attr", "acomp", "dobj"} for child in verb.children)


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
    for i in reversed(words[-3:]):
        if doc[i].text[:1] in "@#" or doc[i].ent_type_ in NOT_SPEAKERS:
            continue  # a handle, a hashtag or a date ("Overheard on @LIRR:", "In September:")
        if doc[i].ent_type_ == "PERSON" or doc[i].tag_ in {"NNP", "NNPS"}:
            return Attribution(":", mark, i, "before")
    return None


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
    """The one told, right after a verb of telling: "told CNN" in "…, Lee told CNN, …"."""
    if verb.lower_ not in TELLING_VERBS:
        return None
    return next((child for child in verb.rights if child.dep_ in {"dobj", "dative"} and child.i == verb.i + 1), None)
