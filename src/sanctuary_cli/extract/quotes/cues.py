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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.lexicon import cue_lexicon, cue_phrase_matcher
from sanctuary_cli.extract.quotes.marks import ALL_MARKS, DOUBLED_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.docindex import DocIndex

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # as seen from the quotation: it is the subject
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
PASSIVE_DEPS = PASSIVE_SUBJECT_DEPS | {"auxpass"}
# A verb without a subject of its own borrows the one of the verb it hangs from:
# "Johnson insisted ..., saying he is "not afraid"".
BORROWING_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp", "ccomp"})
# Dependencies that open a clause modifying something else; a short fragment
# reached through one is the writer's description, not reported speech.
MODIFIER_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "appos"})
NON_SPEECH_PARTICLES = frozenset({"up", "off", "down", "in", "away", "over", "back"})
NOT_SPEAKERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Verbs that do not head a clause of their own standing: auxiliaries, infinitives,
# participles and relative or adverbial clauses.
SUBORDINATE_VERB_DEPS = frozenset(
    {"aux", "auxpass", "xcomp", "amod", "acl", "relcl", "advcl", "pcomp", "csubj", "prep"}
)
OBJECT_DEPS = frozenset({"pobj", "dobj", "dative", "poss", "compound"})
DASHES = frozenset({"—", "–", "--", "-"})
SENTENCE_END = frozenset({".", "?", "!", "…"})
MAX_TREE_DEPTH = 12
INVERSION_WINDOW = 10
# A cue after a quoted fragment attributes it only this close (""a disgrace," Johnson said").
TRAILING_CUE_DISTANCE = 6
DIALOGUE_TAG_TOKENS = 6  # tokens after "said" searched for its subject
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
        return False
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


def subject_of(index: DocIndex, verb: Token) -> Token | None:
    """The speaker's head token for a reporting verb, following the parse.

    A verb without a subject (a participle, an infinitive, a second verb)
    borrows the subject of the verb it hangs from, but never the subject of a
    reported clause: in "she insisted the city would resist, saying ...", the
    one saying is "she", not "the city".
    """
    lexicon = cue_lexicon()
    if any(child.dep_ in PASSIVE_SUBJECT_DEPS for child in verb.children):
        return None  # "Homan was asked ...", "she was told ...": the subject listened
    listener = _object_told_to_speak(verb) or _object_blamed_for_saying(verb)
    if listener is not None:
        return listener
    node = verb
    for _ in range(5):
        subject = _own_subject(index, node, verb)
        if subject is not None and (node is verb or node.dep_ != "ccomp"):
            if subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl":
                return node.head  # "Johnson, who said ...": the relative pronoun's antecedent
            return subject
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head  # "was heard on a wiretap saying": the tagger took "saying" for a noun
            continue
        if node.dep_ in BORROWING_DEPS and node.head is not node:
            node = node.head
            if node.tag_.startswith("NN") and node.dep_ in {"dobj", "pobj", "attr"}:
                node = node.head  # "distributed a flyer telling revelers": the flyer's sender speaks
            continue
        break
    if verb.lower_ in lexicon.inversion_verbs:
        return _inverted_subject(index, verb)
    return None


def _object_told_to_speak(verb: Token) -> Token | None:
    """The object of a verb that makes someone speak: "prompted President Obama to remark".

    When that verb reports speech itself ("urged the chancellor to admit
    ..."), the words are the urger's, not the object's.
    """
    if verb.dep_ not in {"xcomp", "ccomp", "advcl"} or not any(child.tag_ == "TO" for child in verb.children):
        return None
    if is_cue_verb(verb.head):
        return None
    objects = [child for child in verb.head.children if child.dep_ == "dobj" and child.i < verb.i]
    if objects and (objects[0].ent_type_ == "PERSON" or objects[0].tag_ in {"NNP", "NNPS"}):
        return objects[0]
    return None


def _object_blamed_for_saying(verb: Token) -> Token | None:
    """The one criticised for what they said: "criticized him for claiming", "accused the senator of saying"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in {"for", "of"}:
        return None
    holder = verb.head.head
    if holder.dep_ == "dobj" and holder.tag_ in {"NN", "NNS", "NNP", "NNPS", "PRP"}:
        return holder  # "of" hung on the object: "accused [the senator of saying]"
    objects = [child for child in holder.children if child.dep_ == "dobj" and child.i < verb.i]
    if holder.tag_.startswith("VB") and objects and objects[0].tag_ in {"NN", "NNS", "NNP", "NNPS", "PRP"}:
        return objects[0]
    return None


def _own_subject(index: DocIndex, node: Token, verb: Token) -> Token | None:
    """A clause's nominal subject, kept within the cue's paragraph and outside quotations.

    The parser sometimes runs a sentence across a paragraph break ("Boston,
    Massachusetts / Mayor Michelle Wu told ..."); the subject is then the
    name beside it in the cue's own paragraph. Of two subjects it gives
    ("Superintendent of Schools Robert Zega said"), the person's name wins.
    """
    paragraph = index.paragraph_of(verb.idx)
    found: list[Token] = []
    # A borrowed subject may be passive: in "Perez was heard on a wiretap saying ...",
    # the one heard is the one saying.
    wanted = {"nsubj"} if node is verb else {"nsubj", "nsubjpass"}
    crossed = False  # the parsed subject lies in another paragraph
    for child in node.children:
        if child.dep_ not in wanted or index.in_quote(child.idx) or child.tag_.startswith("VB"):
            continue
        if index.paragraph_of(child.idx) == paragraph:
            found.append(child)
            continue
        crossed = True
        found += [
            near
            for near in child.children
            if near.dep_ in {"appos", "conj"} and index.paragraph_of(near.idx) == paragraph
        ]
    if not found and crossed:
        found = _paragraph_lead_name(index, verb)
    if not found:
        return None
    subject = next((token for token in found if token.ent_type_ == "PERSON"), found[0])
    appositives = [child for child in subject.children if child.dep_ == "appos" and child.ent_type_ == "PERSON"]
    if subject.ent_type_ != "PERSON" and appositives:
        return appositives[0]  # "said Moses' lawyer, Sanford Rubenstein": the name in apposition
    if subject.i > verb.i and subject.ent_type_ != "PERSON":
        # "said fellow co-chair and Councilmember Robert Jackson": the name after the verb.
        named = _inverted_subject(index, verb)
        if named is not None and (named.ent_type_ == "PERSON" or named.tag_ in {"NNP", "NNPS"}):
            return named
    return _appositive_name(index, subject, verb) or subject


def _paragraph_lead_name(index: DocIndex, verb: Token) -> list[Token]:
    """The person named first in the verb's paragraph, before the verb.

    When a headline runs into the first paragraph the parser takes a headline
    word for the subject; the name leading the paragraph ("Opposition leader
    Ruth Grant has dismissed ...") is the real one.
    """
    doc = index.doc
    start = index.token_index(index.paragraph_starts[index.paragraph_of(verb.idx)])
    for i in range(start, verb.i):
        if doc[i].ent_type_ == "PERSON" and not index.in_quote(doc[i].idx):
            while i + 1 < verb.i and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
                i += 1
            return [doc[i]]
        if doc[i].tag_.startswith("VB"):
            break
    return []


def _appositive_name(index: DocIndex, subject: Token, verb: Token) -> Token | None:
    """A name set off by commas between a described subject and its verb.

    "The immediate past president of the association, Leslie Sinemus, told":
    the parser may hang the name on the wrong noun, but it names the subject.
    """
    if subject.ent_type_ == "PERSON" or not subject.i < verb.i:
        return None
    doc = index.doc
    i = verb.i - 1
    if i < 0 or doc[i].text != ",":
        return None
    end = i
    while i - 1 > subject.i and doc[i - 1].ent_type_ == "PERSON":
        i -= 1
    if i < end and doc[i - 1].text == ",":
        return doc[end - 1]
    return None


def _inverted_subject(index: DocIndex, verb: Token) -> Token | None:
    """The subject placed after its verb: "said Johnson", "said fellow co-chair Robert Jackson".

    A person's name in the phrase after the verb wins, even past a preposition
    ("said Coalition for the Homeless policy director Shelly Nortz"); otherwise
    the name or noun heading that phrase.
    """
    doc = verb.doc
    head: Token | None = None
    proper: Token | None = None
    in_head_phrase = True  # before any preposition: the words that can head the subject
    for i in range(verb.i + 1, min(verb.i + INVERSION_WINDOW, len(doc))):
        token = doc[i]
        if index.in_quote(token.idx) or "\n" in token.text or token.dep_ == "mark" or token.tag_.startswith("VB"):
            break
        if token.text == "," and i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON":
            continue  # "echoed his wife, Chrissy Nfinger": the name in apposition
        if token.is_punct and token.text not in {"-", "."}:
            break
        if token.ent_type_ == "PERSON" and not (i + 1 < len(doc) and doc[i + 1].tag_ in {"POS", "HYPH"}):
            while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
                i += 1
            if not (i + 1 < len(doc) and doc[i + 1].tag_ == "POS"):
                return doc[i]  # "said Moses' lawyer, Sanford Rubenstein": not the owner
        if token.dep_ == "prep":
            in_head_phrase = False
        if not in_head_phrase:
            continue
        if token.tag_ in {"NNP", "NNPS"} and token.lower_ not in cue_lexicon().titles:
            proper = token  # the last word of a name the NER missed: "Councilmember Rosa Diaz"
        if token.tag_ in {"NNP", "NNPS", "NN", "NNS", "PRP"}:
            head = token
    return proper or head


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
        if node.head is node:
            return None
        path.append(node.dep_)
        node = node.head
        if node.i in quote_tokens or index.in_quote(node.idx):
            continue
        if is_cue_verb(node) and not is_passive(node) and _frames(index, node, quote_tokens):
            if path[-1] in SUBJECT_DEPS or path[-1] in PASSIVE_SUBJECT_DEPS:
                return None  # the quotation is part of the subject: "Trump's "border czar" said"
            if node.i - quote_tokens.stop > TRAILING_CUE_DISTANCE and not closing_attribution(index, node):
                continue  # a cue far after the quotation belongs to another clause, whatever the parse says
            node = _outer_reporter(index, node) or node
            subject = subject_of(index, node)
            return Attribution(node.text, node.i, None if subject is None else subject.i, "tree", tuple(path))
        if is_cue_verb(node) and is_passive(node) and node.i < quote_tokens.start:
            # "The plan was branded a "grave error" by the opposition": the agent speaks.
            agent = passive_agent(index, node, quote_tokens)
            if agent is not None:
                return Attribution(node.text, node.i, agent.i, "tree", tuple(path))
    return None


def _outer_reporter(index: DocIndex, verb: Token) -> Token | None:
    """The reporting verb a cue is itself reported under: "said" in "Lee said that Park begged "…"".

    Words quoted inside reported speech are the reporter's: the writer heard
    them from Lee, who told what Park did.
    """
    node = verb
    while node.dep_ == "conj" and node.head is not node:
        node = node.head  # "Park begged … and "would have …"": the first of the joined verbs
    if node.dep_ != "ccomp" or node.head is node:
        return None
    outer = node.head
    if not is_cue_verb(outer) or is_passive(outer) or outer.lower_ in cue_lexicon().weak_verbs:
        return None
    if index.in_quote(outer.idx) or subject_of(index, outer) is None:
        return None
    return outer


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
    Ms Brook.": the whole sentence before the comma is what was said, however
    long it runs.
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
            return doc[i].text == "," and doc[i].i + 1 < len(doc) and doc[i + 1].tag_ == "VBG"
    return False


def passive_agent(index: DocIndex, verb: Token, quote_tokens: range) -> Token | None:
    """The one who speaks through a passive reporting verb: "... was branded "a disgrace" by the mayor"."""
    doc = index.doc
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and not index.in_quote(objects[0].idx):
                return objects[0]
    # The parser often hangs "by ..." on the quoted noun instead of the verb.
    after = quote_tokens.stop
    while after < len(doc) and is_mark(doc[after]):
        after += 1
    if after < len(doc) and doc[after].lower_ == "by" and doc[after].head.i in set(quote_tokens) | {verb.i}:
        objects = [t for t in doc[after].children if t.dep_ == "pobj"]
        if objects:
            return objects[0]
    return None


def is_passive(verb: Token) -> bool:
    """Whether a verb is in the passive ("was told", "has been announced")."""
    return any(child.dep_ in PASSIVE_DEPS for child in verb.children)


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
        if index.in_quote(token.idx) or not is_cue_verb(token) or is_passive(token):
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
        if main_only and _depth_within(token, zone) > 0 and token.dep_ != "conj":
            continue
        subject = subject_of(index, token) or _nearby_subject(index, token, tokens)
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


def _nearby_subject(index: DocIndex, verb: Token, zone: Sequence[int]) -> Token | None:
    """A speaker next to a cue the parser left without a subject ("…," he said.)."""
    lexicon = cue_lexicon()
    doc = index.doc
    before = [i for i in zone if i < verb.i]
    for i in reversed(before[-4:]):
        token = doc[i]
        if token.dep_ in OBJECT_DEPS and not (token.dep_ == "compound" and token.head.i == verb.i):
            # "lamented to the Daily News: ... and said": the listener, not the speaker (a name
            # the parser glued onto the verb as a compound, "City Room wonders", is its subject).
            continue
        if token.lower_ in lexicon.subject_pronouns or token.ent_type_ in {"PERSON", "ORG"}:
            return token
        if token.tag_ in {"NNP", "NNPS"} or token.lower_ in lexicon.speaker_nouns:
            return token
    if verb.lower_ not in lexicon.inversion_verbs:
        return None
    return _inverted_subject(index, verb)


def dialogue_tag(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """ ""…," he shrugged": a name or pronoun and a past-tense verb right after a quotation.

    Any verb serves as a dialogue tag in that position (shrugged, laughed,
    sighed); the clause must be short, or it is narration.
    """
    doc = index.doc
    if len(tokens) < 2 or len(tokens) > DIALOGUE_TAG_TOKENS:
        return None
    subject, verb = doc[tokens[0]], doc[tokens[1]]
    named = subject.lower_ in cue_lexicon().subject_pronouns or subject.ent_type_ == "PERSON" or subject.tag_ == "NNP"
    if named and verb.tag_ in {"VBD", "VBZ"} and not is_passive(verb):
        return Attribution(verb.text, verb.i, subject.i, "after")
    return None


def introducer(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """The speaker of a clause introducing a quotation with a colon or comma and no reporting verb.

    "Homan: "..."" names the speaker just before the colon; in "Trump wasn't
    thrilled, "..."" or "Zampolli pays $1,200 a month: "..."", the speaker is
    the subject of the introducing clause.
    """
    doc = index.doc
    if not tokens or doc[tokens[-1]].text not in {":", ",", "—", "–"}:
        return None  # a colon, comma or dash hands the floor over: "He put it bluntly — "…""
    mark = tokens[-1]
    verbs = [doc[i] for i in tokens if doc[i].tag_.startswith("VB") or doc[i].tag_ == "MD"]
    if not verbs:
        if doc[mark].text != ":":
            return None
        last = doc[tokens[-2]] if len(tokens) > 1 else None
        if last is not None and last.lower_ in cue_lexicon().speaker_nouns:
            return Attribution(":", mark, last.i, "before")  # "Railroad union official: "...""
        for i in reversed(tokens[-4:-1]):
            if doc[i].text[:1] in "@#" or doc[i].ent_type_ in NOT_SPEAKERS:
                continue  # a handle, a hashtag or a date ("Overheard on @LIRR:", "In September:")
            if doc[i].ent_type_ == "PERSON" or doc[i].tag_ in {"NNP", "NNPS"}:
                return Attribution(":", mark, i, "before")
        return None
    zone = set(tokens)
    # The clause nearest the colon introduces the quotation: in "He was asked about the
    # utilities, and Bloomberg was more supportive:", the clause of "Bloomberg".
    heads = [
        verb
        for verb in verbs
        if verb.head.i not in zone or (verb.dep_ not in SUBORDINATE_VERB_DEPS and verb.dep_ != "ccomp")
    ]
    main = heads[-1] if heads else min(verbs, key=lambda verb: _depth_within(verb, zone))
    if is_cue_verb(main) and not is_passive(main):
        return None  # a reporting verb is a cue of its own, weighed by zone_cue
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
        subject = _interviewee(main) or subject
    if subject is not None and not is_speaker_like(subject):
        # "The editor, Nancy Gibbs, put it this way:" names the speaker beside the subject;
        # in "His concern is safety:" or "Johnson's message was clear:" the owner speaks.
        owners = {"appos"} | ({"poss"} if subject.lower_ in cue_lexicon().utterance_nouns else set())
        near = [child for child in subject.children if child.dep_ in owners and is_speaker_like(child)]
        subject = near[0] if near else None
    if subject is None:
        return None
    return Attribution(doc[mark].text, mark, subject.i, "before")


def _interviewee(verb: Token) -> Token | None:
    """The person the writer "spoke to", "talked with" or "asked"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "with"}:
            for target in child.children:
                if target.dep_ == "pobj" and (target.ent_type_ == "PERSON" or target.tag_ in {"NNP", "NNPS"}):
                    return target
        if child.dep_ == "dobj" and child.ent_type_ == "PERSON":
            return child
    return None


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


def _depth_within(token: Token, zone: set[int]) -> int:
    """How many of a token's ancestors lie inside the zone (0 for the zone's root)."""
    return sum(1 for ancestor in token.ancestors if ancestor.i in zone)


def dash_speaker(index: DocIndex, tokens: Sequence[int]) -> Attribution | None:
    """ ""..." — Tom Homan": a name after a dash that follows the quotation."""
    doc = index.doc
    if not tokens or doc[tokens[0]].text not in DASHES:
        return None
    for i in tokens[1:4]:
        token = doc[i]
        if token.ent_type_ == "PERSON" or token.tag_ in {"NNP", "NNPS"}:
            # The head of the name is its last proper-noun token.
            while i + 1 < len(doc) and doc[i + 1].tag_ in {"NNP", "NNPS"} and i + 1 in tokens:
                i += 1
            return Attribution("—", tokens[0], i, "dash")
    return None


def is_boundary(token: Token) -> bool:
    """Whether a token ends an attribution zone: a quote mark or a paragraph break."""
    return "\n" in token.text or is_mark(token)


def ends_sentence(token: Token) -> bool:
    """A full stop, question or exclamation mark that ends a sentence, not an abbreviation's dot ("Sr.,")."""
    if token.text not in SENTENCE_END:
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is None or not (following.text in {",", ";", ":", ")"} or following.text[:1].islower())


def is_mark(token: Token) -> bool:
    """Whether a token is (or holds) a quotation mark."""
    return any(mark in token.text for mark in ALL_MARKS) or token.text in DOUBLED_MARKS


def _closes_sentence(token: Token) -> bool:
    """A closing quotation mark right after a full stop: the quoted sentence ended the writer's too."""
    doc = token.doc
    return is_mark(token) and token.i > 0 and doc[token.i - 1].text in SENTENCE_END


def _quoted(index: DocIndex, token: Token) -> bool:
    """Whether a token is a quotation mark or lies inside a quotation."""
    return index.in_quote(token.idx) or is_mark(token)


def zone_after(index: DocIndex, char: int) -> list[int]:
    """Tokens after a quotation, up to the end of its sentence (end excluded).

    Other quotations on the way are stepped over, not stopped at: in
    ""A" and "B," she said", the attribution of "A" is "she said".
    """
    doc = index.doc
    zone: list[int] = []
    start = index.tokens_between(char, len(index.text)).start
    for i in range(start, min(len(doc), start + ZONE_STEPS)):
        token = doc[i]
        if _quoted(index, token):
            continue
        if "\n" in token.text or ends_sentence(token) or len(zone) >= ZONE_TOKENS:
            break
        zone.append(i)
    return zone


def sentence_after(index: DocIndex, char: int) -> list[int]:
    """The sentence after the one a quotation closes, within its paragraph."""
    doc = index.doc
    i = index.tokens_between(char, len(index.text)).start
    while i < len(doc) and doc[i].text in SENTENCE_END and "\n" not in doc[i].text:
        i += 1
    zone: list[int] = []
    while i < len(doc) and len(zone) < ZONE_TOKENS:
        token = doc[i]
        if is_boundary(token) or token.text in SENTENCE_END:
            break
        zone.append(i)
        i += 1
    return zone


def zone_before(index: DocIndex, char: int) -> list[int]:
    """Tokens before a quotation, back to the start of its sentence, other quotations stepped over."""
    doc = index.doc
    zone: list[int] = []
    end = index.tokens_between(0, char).stop
    for i in range(end - 1, max(end - ZONE_STEPS, 0) - 1, -1):
        token = doc[i]
        if _closes_sentence(token):
            break
        if _quoted(index, token):
            continue
        if "\n" in token.text or ends_sentence(token) or len(zone) >= ZONE_TOKENS:
            break
        zone.append(i)
    zone.reverse()
    return zone


def sentence_before(index: DocIndex, char: int) -> list[int]:
    """The sentence before the one a quotation opens, quotations stepped over.

    After a split quotation ("…," he said. "…") this is the attribution clause
    in between; after a paragraph ending ""…," Johnson said." it is "Johnson said".
    """
    doc = index.doc
    last = index.tokens_between(0, char).stop - 1
    while last >= 0 and (doc[last].is_space or doc[last].text in SENTENCE_END):
        last -= 1
    zone: list[int] = []
    for i in range(last, max(last - ZONE_STEPS, -1), -1):
        token = doc[i]
        if zone and _closes_sentence(token):
            break
        if _quoted(index, token):
            continue
        if ends_sentence(token) or len(zone) >= ZONE_TOKENS:
            break
        if "\n" in token.text:
            if zone:
                break
            continue
        zone.append(i)
    zone.reverse()
    return zone
