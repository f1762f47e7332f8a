"""The name a reporting verb was misparsed as a participle of, after an aside about it.

"Ada Quillon, who chaired the Tessel board for a decade, called the vote
"a farce."": the parser may read "called" as describing the name ("a plan
called ..."), or hang it on a word of the aside; after the comma closing
the aside, it is the sentence's verb and the name its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sanctuary_cli.extract.quotes.preceding import DOUBLE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_CLIMB = 8  # steps up the parse from a word of an aside to the sentence's root


def name_before_participle(verb: Token) -> Token | None:
    """The name a reporting verb was parsed as a participle of, closing an aside about it.

    In "Stu Rand, who ran the 2012 campaign, called the speech "childish."",
    the parser may take "called" for a participle describing "Rand" ("a plan
    called ..."); after the comma closing the aside, with the name heading the
    sentence, it is the sentence's verb and the name its subject. So too
    after a quotation, for a described subject with the name in apposition:
    ""…," the party's nominee, Ann Lee, tweeted".
    """
    head = verb.head
    if verb.dep_ != "acl" or head.i > verb.i:
        return None
    head = _name_heading_aside(verb) or head
    before = head.left_edge.i - 1
    opens = head.dep_ == "ROOT" or (before >= 0 and head.doc[before].text in DOUBLE_MARKS)
    named = head.ent_type_ == "PERSON" or any(
        child.dep_ == "appos" and child.ent_type_ == "PERSON" and child.i < verb.i for child in head.children
    )
    if not opens or not named:
        return None
    if verb.tag_ not in {"VBD", "VBN"} or any(child.dep_ == "agent" for child in verb.children):
        return None  # "Ann Lee, quoted by the paper,": a participle after all
    return head


def _name_heading_aside(verb: Token) -> Token | None:
    """The name heading the sentence when a participle hangs on a word inside the aside about it.

    In "Stu Rand, who ran the campaign in 2012, called …", the parse may hang
    "called" on "campaign"; after the comma closing the aside, the name the
    sentence opens with is the one calling.
    """
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    root = verb.head
    for _ in range(MAX_CLIMB):
        if root.head.i == root.i:
            break
        root = root.head
    named = root.ent_type_ == "PERSON" or root.tag_ in {"NNP", "NNPS"}
    return root if root.dep_ == "ROOT" and root.i < verb.i and named else None
