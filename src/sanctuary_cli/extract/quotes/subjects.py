"""Who a reporting verb names as the speaker, following the parse.

"Johnson said", "said Johnson", "Johnson insisted ..., saying", "the
association's president, Leslie Sinemus, told": the subject of the verb, the
one it borrows from the verb it hangs on, the name inverted after it or set
in apposition beside it, the agent of a passive.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.datelines import in_dateline, paragraph_lead_name
from sanctuary_cli.extract.quotes.inverted import inverted_subject
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.participles import name_before_participle
from sanctuary_cli.extract.quotes.phrases import speaking_noun, surname_named_before
from sanctuary_cli.extract.quotes.preceding import name_right_before

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex
from sanctuary_cli.extract.quotes.verbs import (
    BORROWING_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    is_cue_verb,
    is_mark,
    time_clause_under_reporter,
)

# Places: named beside a verb without a subject, they are where it happened, not who spoke.
PLACES = frozenset({"GPE", "LOC", "FAC"})


def subject_of(index: DocIndex, verb: Token) -> Token | None:
    """The speaker's head token for a reporting verb, following the parse.

    A verb without a subject (a participle, an infinitive, a second verb)
    borrows the subject of the verb it hangs from, but never the subject of a
    reported clause: in "she insisted the city would resist, saying ...", the
    one saying is "she", not "the city". A reporting verb is its own
    subject's, however deep it hangs: in "Lee cannot say that "…," Park
    added, saying ...", Park is saying it.
    """
    lexicon = cue_lexicon()
    if any(child.dep_ in PASSIVE_SUBJECT_DEPS for child in verb.children):
        return None  # "Homan was asked ...", "she was told ...": the subject listened
    listener = _object_told_to_speak(verb) or _object_blamed_for_saying(verb)
    if listener is not None:
        return listener
    found = _name_before_gerund(index, verb) or _borrowed_subject(index, verb)
    if found is not None:
        return found
    named = name_right_before(index, verb) or name_before_participle(verb)
    if named is not None:
        return named
    if verb.lower_ in lexicon.inversion_verbs:
        return inverted_subject(index, verb)
    return None


# Nouns for a recording, which shows the person it is "of" speaking.
_RECORDINGS = frozenset(
    {"footage", "video", "videos", "clip", "clips", "tape", "tapes", "recording", "recordings", "audio", "film"}
)


def _name_before_gerund(index: DocIndex, verb: Token) -> Token | None:
    """The person named right before an "-ing" reporting verb with no comma between: who is shown speaking.

    In "The ad uses footage of Tom Vance asking, "…"", the parser may hang
    "asking" on "uses"; but a participle written straight after a name that
    is the object ("shows Lee saying") or what a recording is of ("footage of
    Vance asking") describes that person. A letter "to Lee asking" and an
    account "of Lee telling" are the writer's; after a comma ("The ad
    attacked Vance, asking …") the participle goes on from the sentence's subject.
    """
    if verb.tag_ != "VBG" or verb.i == 0 or any(child.dep_ in SUBJECT_DEPS for child in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.ent_type_ != "PERSON" or index.in_quote(name.idx):
        return None
    recorded = name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in _RECORDINGS
    return name if name.dep_ == "dobj" or recorded else None


def _borrowed_subject(index: DocIndex, verb: Token) -> Token | None:
    """The verb's own subject, or the one of the verb it goes on from, a few clauses up at most."""
    node = verb
    for _ in range(5):
        if node.i != verb.i and time_clause_under_reporter(node):
            node = node.head  # "Ames said … after the senator won, remarking": Ames is remarking
            continue
        told = _object_told_to_speak(node) if node.i != verb.i else None
        if told is not None:
            return told  # "prompted Rubio to make a joke and call Trump …": Rubio calls him so
        subject = _own_subject(index, node, verb)
        if subject is not None and (node.i == verb.i or is_cue_verb(node) or not _reported_clause(index, node)):
            if subject.tag_ in {"WP", "WDT"} and node.dep_ == "relcl":
                return _antecedent(node, subject)  # "Johnson, who said ...": the relative pronoun's antecedent
            return subject
        if _name_as_root(index, node, verb):
            return node  # "Trump defended the plan, calling it …" parsed with the name as the root
        up = _verb_gone_on_from(node)
        if up is None:
            return None
        node = up
    return None


def _name_as_root(index: DocIndex, node: Token, verb: Token) -> bool:
    """Whether the parse made a name opening the sentence its root, the verbs hanging from it."""
    if node.dep_ != "ROOT" or node.i >= verb.i or node.tag_.startswith("VB"):
        return False
    if any(t.dep_ != "compound" for t in node.doc[node.left_edge.i : node.i]):
        return False  # only the name's own words before it: "Donald Trump defended …"
    return node.ent_type_ == "PERSON" or surname_named_before(node)


def _verb_gone_on_from(node: Token) -> Token | None:
    """The verb a verb without a subject of its own goes on from, if the parse shows one."""
    if node.dep_ in {"pobj", "pcomp"} and node.head.dep_ == "prep":
        # "was heard on a wiretap saying" (the tagger took "saying" for a noun), "ended by
        # saying", "in explaining why …, she described": the verb the preposition hangs from speaks.
        return node.head.head
    # A verb the parser could not label, after another ("Moss, exasperated, responded:"),
    # goes on from that verb's subject.
    unlabelled = node.dep_ == "dep" and node.head.tag_.startswith("VB") and node.head.i < node.i
    if (node.dep_ not in BORROWING_DEPS and not unlabelled) or node.head.i == node.i:
        return None
    head = node.head
    if head.tag_.startswith("NN") and head.dep_ in {"dobj", "pobj", "attr"}:
        return head.head  # "distributed a flyer telling revelers": the flyer's sender speaks
    return head


def _antecedent(clause: Token, relative: Token) -> Token:
    """What a relative clause is about: the noun it hangs from, or for a "who" the person named last before it.

    "Who" stands for a person; in "Bundy says to Ames on camera, who answers",
    the parser may hang the clause from "camera", but the one answering is
    Ames. A noun for people ("his listeners, who wondered") is its own antecedent.
    """
    head = clause.head
    if relative.lower_ != "who" or head.tag_ in {"NNP", "NNPS", "PRP"} or speaking_noun(head):
        return head  # "listeners, who wondered": a noun for people is what "who" stands for
    for token in reversed(list(head.doc[head.sent.start : relative.i])):
        if (token.ent_type_ == "PERSON" or token.tag_ == "NNP") and token.dep_ != "compound":
            return token  # the nearest name, whatever the NER took it for
    return head


def _reported_clause(index: DocIndex, node: Token) -> bool:
    """Whether a clause is reported by the verb it hangs from, as the parse says.

    A parse that hangs a clause on a verb inside a quotation or in another
    paragraph ("…watching closely." / Ann Lee responded, calling it "…")
    has run two sentences together; the clause reports nothing.
    """
    if node.dep_ == "acl" and any(child.dep_ == "mark" for child in node.children):
        return True  # "denied the notion that a shakeup is coming, explaining": the notion's content
    if node.dep_ != "ccomp":
        return False
    head = node.head
    return not index.in_quote(head.idx) and index.paragraph_of(head.idx) == index.paragraph_of(node.idx)


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
    ("Superintendent of Schools Robert Zega said"), the person's name wins,
    and of two names the one nearer the verb.
    """
    found = _parsed_subjects(index, node, verb)
    if not found:
        return None
    people = [token for token in found if token.ent_type_ == "PERSON"]
    # Of two names the parse makes subjects ("Or maybe Ann Lee, analyst Bo Park says"), the one
    # at the verb speaks; the other is the topic set before the comma.
    subject = min(people, key=lambda token: abs(token.i - node.i)) if people else found[0]
    return _named_beside(index, subject, verb)


def _parsed_subjects(index: DocIndex, node: Token, verb: Token) -> list[Token]:
    """The subjects the parse gives a clause, within the cue's paragraph and outside quotations."""
    paragraph = index.paragraph_of(verb.idx)
    found: list[Token] = []
    # A borrowed subject may be passive: in "Perez was heard on a wiretap saying ...",
    # the one heard is the one saying.
    wanted = {"nsubj"} if node.i == verb.i else {"nsubj", "nsubjpass"}
    crossed = False  # the parsed subject lies in another paragraph
    beside: list[Token] = []  # names beside a subject parsed in another paragraph
    for child in node.children:
        if child.dep_ not in wanted or index.in_quote(child.idx) or child.tag_.startswith("VB"):
            continue
        if child.ent_type_ in {"DATE", "TIME"} or in_dateline(index, child):
            # "Saturday … Sen. Ann Webb said": a date the parse took for the subject ("63 percent said"
            # stays); a time heading a live update ("2:40 p.m. / The mayor's aide says") may hold the
            # real subject in apposition.
            beside += _set_beside(index, child, paragraph)
            continue
        if child.tag_ == "IN":
            # "Of the mayor, Levine said": a preposition the parse took for the subject; the name
            # set off inside its phrase speaks.
            found += [near for near in child.subtree if near.dep_ == "appos" and near.ent_type_ == "PERSON"]
            continue
        if index.paragraph_of(child.idx) == paragraph:
            found.append(child)
            continue
        crossed = True
        beside += _set_beside(index, child, paragraph)
    # A subject parsed in the cue's own paragraph comes before one reached from a headline above it.
    found += beside
    if not found and crossed:
        # The name ending right at the verb ("…, former mayor Bill Ames said") before the one leading the paragraph.
        named = name_right_before(index, verb)
        found = [named] if named is not None else paragraph_lead_name(index, verb)
    return found


def _set_beside(index: DocIndex, subject: Token, paragraph: int) -> list[Token]:
    """The nouns in apposition or joined to a misparsed subject, within the cue's paragraph."""
    return [
        near
        for near in subject.children
        if near.dep_ in {"appos", "conj"}
        and index.paragraph_of(near.idx) == paragraph
        and near.ent_type_ not in {"DATE", "TIME"}
        and not in_dateline(index, near)
    ]


def _named_beside(index: DocIndex, subject: Token, verb: Token) -> Token:
    """A person's name standing for a described subject: in apposition, after the verb, or set off by commas."""
    appositives = [child for child in subject.children if child.dep_ == "appos" and child.ent_type_ == "PERSON"]
    if subject.ent_type_ != "PERSON" and appositives:
        return appositives[0]  # "said Moses' lawyer, Sanford Rubenstein": the name in apposition
    if subject.ent_type_ != "PERSON" and _a_title(subject):
        # "Former prosecutor and Mayor Ann Lee": two titles of one person, the name after the second.
        joined = [child for child in subject.children if child.dep_ == "conj" and child.ent_type_ == "PERSON"]
        if joined:
            return joined[0]
    if subject.i > verb.i and subject.ent_type_ != "PERSON":
        # "said fellow co-chair and Councilmember Robert Jackson": the name after the verb.
        named = inverted_subject(index, verb)
        if named is not None and (named.ent_type_ == "PERSON" or named.tag_ in {"NNP", "NNPS"}):
            return named
    return _appositive_name(index, subject, verb) or subject


def _a_title(token: Token) -> bool:
    """Whether a word is an office or a role a person holds: "prosecutor", "mayor", "spokesman"."""
    lexicon = cue_lexicon()
    word = token.lower_
    return word in lexicon.titles or word in lexicon.role_nouns or word in lexicon.speaker_nouns


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


def nearby_subject(index: DocIndex, verb: Token, zone: Sequence[int]) -> Token | None:
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
        if in_dateline(index, token) or token.ent_type_ in PLACES:
            break  # "bought a building in Washington, D.C., and boast": a place passed on the way
        if token.lower_ in lexicon.subject_pronouns or token.ent_type_ in {"PERSON", "ORG"}:
            return token
        if token.tag_ in {"NNP", "NNPS"} or token.lower_ in lexicon.speaker_nouns:
            return token
    if verb.lower_ not in lexicon.inversion_verbs:
        return None
    return inverted_subject(index, verb)


def interviewee(verb: Token) -> Token | None:
    """The person the writer "spoke to", "talked with" or "asked"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "with"}:
            for target in child.children:
                if target.dep_ == "pobj" and (target.ent_type_ == "PERSON" or target.tag_ in {"NNP", "NNPS"}):
                    return target
        if child.dep_ == "dobj" and child.ent_type_ == "PERSON":
            return child
    return None
