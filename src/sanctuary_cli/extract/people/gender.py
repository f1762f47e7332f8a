"""A person's gender from given names, titles, honorifics and the pronouns that take them up."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.common import NAME_TAGS, STOP_TOKENS, VERB_TAGS, Person
from sanctuary_cli.extract.people.given import first_name_gender
from sanctuary_cli.extract.people.roles import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# --- gender ---------------------------------------------------------------------------

FIRST_NAME_WEIGHT = 2  # a common given name outweighs one stray pronoun, not a title like "Ms."
HONORIFIC_WEIGHT = 5  # "Mr.", "Ms.": the writer says it outright
ROLE_NOUN_WEIGHT = 3  # "spokeswoman", "councilman"
PRONOUN_REACH = 80  # tokens searched for the pronoun that takes up a person (this and the next sentence)
POSSESSIVE_REACH = 4  # "Lou Reed and his band": tokens between a name and its possessive
PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
PRONOUN_GENDERS = frozenset({"m", "f"})
# a quotation mark: a double one, or a single one opening words ("'Ada") or closing a sentence or
# clause ("liar.' But"); an apostrophe within a word ("isn't") or after a plural ("the Quills' dog") is none
QUOTATION_MARK = re.compile(r"""["“”]|(?:^|(?<=\s))['‘](?=\w)|(?<=[.,!?])['’]""")


def vote_gender(doc: Doc, people: list[Person]) -> None:
    """Gender evidence: the first-name list, gendered role nouns, honorifics, and the pronouns that
    take up a mention (a possessive right after it; the next he/she when nobody else is named)."""
    lex = lexicon()
    starts = sorted((m.start, i) for i, p in enumerate(people) for m in p.mentions)
    offsets = [start for start, _ in starts]

    def alone_between(number: int, start: int, end: int) -> bool:
        """Nobody but this person is named between two offsets."""
        first, last = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
        return all(i == number for _, i in starts[first:last])

    for number, person in enumerate(people):
        if person.parts.given:
            gender = first_name_gender(person.parts.given[0])
            if gender is not None:
                person.gender_votes[gender] += FIRST_NAME_WEIGHT
        for claim in person.claims:
            gender = lex.gendered_roles.get(claim.role.casefold().split()[-1])
            if gender:
                person.gender_votes[gender] += ROLE_NOUN_WEIGHT
        for mention in person.mentions:
            honorific = honorific_gender(index(doc).text, mention.start)
            if honorific is not None:
                person.gender_votes[honorific] += HONORIFIC_WEIGHT
            pronoun = _possessive_after(doc, mention.token) or _pronoun_taking_up(doc, mention.token)
            if (
                pronoun is not None
                and alone_between(number, mention.end, pronoun.idx)
                and not across_a_quotation(index(doc).text, mention.end, pronoun.idx)
            ):
                person.gender_votes[PRONOUNS[pronoun.lower_]] += 1


def across_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether a quotation opens or closes between two offsets: a name quoted and the pronoun after
    the quotation (\'"Quillon is a liar," she said\') are two people, the pronoun the speaker's."""
    return len(QUOTATION_MARK.findall(text, start, end)) % 2 == 1


def honorific_before(text: str, start: int) -> str | None:
    """The honorific right before a name, as the gender it tells: "m" ("Mr."), "f" ("Ms."), or "any"
    ("Dr.", "Rev."); None when there is none."""
    before = text[max(0, start - 6) : start].split()
    return lexicon().honorifics.get(before[-1]) if before else None


def honorific_gender(text: str, start: int) -> str | None:
    """ "m" or "f" by the honorific right before a name ("Mr.", "Mrs.", "Ms."); None for none, or for
    one that tells nothing ("Dr.", "Rev.")."""
    honorific = honorific_before(text, start)
    return honorific if honorific in PRONOUN_GENDERS else None


def _possessive_after(doc: Doc, last: int) -> Token | None:
    """ "Smith and his wife", "arrested Smith at his home": a his/her right after the name."""
    end = min(len(doc), last + 1 + POSSESSIVE_REACH, index(doc).sentence_end[last])
    for i in range(last + 1, end):
        token = doc[i]
        if token.tag_ == "PRP$" and token.lower_ in PRONOUNS:
            return token
        if token.text in STOP_TOKENS or token.text in {"(", "—", "–"} or token.tag_ in NAME_TAGS | VERB_TAGS:
            return None  # "Smith, her lawyer", "Smith visiting her": the possessive may be anyone's
    return None


def _pronoun_taking_up(doc: Doc, last: int) -> Token | None:
    """The he/she that takes up a name: after the name as a subject, the next such pronoun in this or
    the next sentence; after any other mention, the next sentence's subject pronoun, when the name's
    own sentence names nobody else."""
    ix = index(doc)
    if not ix.has_sentences:
        return None
    sentence_end = ix.sentence_end[last]
    next_end = ix.sentence_end[sentence_end] if sentence_end < len(doc) else sentence_end
    if doc[last].dep_.startswith("nsubj") or (doc[last].dep_ == "conj" and doc[last].head.dep_.startswith("nsubj")):
        # ("Hale's mother ... her": after a possessive the pronoun is the possessed one's)
        for i in range(last + 1, min(next_end, last + PRONOUN_REACH)):
            if doc[i].lower_ in PRONOUNS:
                return doc[i]
        return None
    for i in range(sentence_end, min(next_end, sentence_end + PRONOUN_REACH)):
        if doc[i].lower_ in PRONOUNS and _subject_like(doc[i]):
            return doc[i] if _only_name_in_sentence(doc, last) else None
        if doc[i].dep_ == "ROOT":
            return None  # the next sentence's subject comes before its verb
    return None


def _subject_like(token: Token) -> bool:
    """A pronoun that is a subject or owns one: "He said", "His doctor said"."""
    return token.dep_.startswith("nsubj") or (token.dep_ == "poss" and token.head.dep_.startswith("nsubj"))


def _only_name_in_sentence(doc: Doc, last: int) -> bool:
    """Whether the sentence holding the name mentions no other person."""
    ix = index(doc)
    start, end = ix.sentence_start[last], ix.sentence_end[last]
    if end - start > PRONOUN_REACH:
        return False
    for i in range(start, end):
        ent = ix.entity(i)
        if ent is not None and ent.label_ == "PERSON" and not ent.start <= last < ent.end:
            return False
        if doc[i].tag_ == "NNP" and doc[i].dep_.startswith("nsubj") and i != last:
            return False  # "Jones voted ..., twice for Quillon. If she had lived": the subject, untagged
    return True


def gender(person: Person) -> str | None:
    """The gender with a clear majority of votes, else None."""
    m, f = person.gender_votes["m"], person.gender_votes["f"]
    if m > f and m >= 1:
        return "m"
    if f > m and f >= 1:
        return "f"
    return None
