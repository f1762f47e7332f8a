"""Where a name the parser found is someone else's or no one's, read from the words around it.

"Bo and Ada Quillon" names Bo Quillon and Ada Quillon: English writes one surname after
given names joined by "and" (the parser tags "Bo" alone). "won a Tessa" or "the Bo Quillon
Memorial Bridge" use a given name or a person's name inside something else's name.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.common import Mention
from sanctuary_cli.extract.people.given import known_given_name
from sanctuary_cli.extract.people.names import facility_word, split_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

JOINERS = frozenset({"and", "&"})  # "Bo and Ada Quillon", "Bo & Ada Quillon"
INDEFINITE = frozenset({"a", "an"})  # "won a Tessa": an award, a brand, a thing so named
RUN_ON = 2  # capitalised words a name may run on through before the facility word ending a larger name


def read_in_context(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions as their context reads them: a given name before "and" and a full name takes
    that surname; a given name after "a"/"an", or a name running on into a bridge's, a school's or
    a prize's name, is no person's."""
    by_start = {m.start: m for m in mentions}
    surnames = {split_name(m.text).last_word for m in mentions if split_name(m.text).full}
    alone = Counter(m.text for m in mentions)
    kept = []
    for mention in mentions:
        if runs_into_a_name(doc, mention.token):
            continue
        if split_name(mention.text).last_word not in surnames and _after_indefinite_article(doc, mention):
            continue  # (but "an Allen film" beside "Ada Allen" is hers)
        # "Quillon and Bo Lee": a surname here; "Bo and Ada Lee" where "Bo" alone is "Bo Quillon"
        # elsewhere in the story: the given name may be his
        if split_name(mention.text).last_word in surnames or alone[mention.text] > 1:
            kept.append(mention)
        else:
            kept.append(_with_shared_surname(doc, mention, by_start) or mention)
    return kept


def _with_shared_surname(doc: Doc, mention: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """ "Bo" in "Bo and Ada Quillon" as "Bo Quillon" (same offsets, the full name as its text)."""
    parts = split_name(mention.text)
    if parts.full or not known_given_name(mention.text):
        return None
    first = index(doc).token_index(mention.start)
    if first > 0 and doc[first - 1].text[:1].isupper() and not doc[first - 1].is_sent_start:
        return None  # "Prince Bo and Ada Quillon": a title or a name before it; no couple's name
    joiner = mention.token + 1
    if joiner + 1 >= len(doc) or doc[joiner].lower_ not in JOINERS:
        return None
    other = by_start.get(doc[joiner + 1].idx)
    if other is None:
        return None
    other_parts = split_name(other.text)
    if not (other_parts.full and len(other_parts.given) == 1 and not other_parts.suffix):
        return None  # "Bo and Ada Lee Quillon" may be anyone's; keep to the plain case
    surname = other.text[other.text.index(other.text.split()[1]) :]
    return Mention(mention.start, mention.end, f"{mention.text} {surname}", mention.token)


def _after_indefinite_article(doc: Doc, mention: Mention) -> bool:
    """A one-word given name written after "a"/"an" ("nominated for a Tessa"): no person is."""
    if " " in mention.text.strip() or not known_given_name(mention.text):
        return False
    first = index(doc).token_index(mention.start)
    return first > 0 and doc[first - 1].lower_ in INDEFINITE


def runs_into_a_name(doc: Doc, last: int) -> bool:
    """Whether a name runs on through up to ``RUN_ON`` capitalised words into a facility's or a
    prize's name: "the Bo Quillon Harbor Bridge", "the Ada Quillon Memorial Prize"."""
    following = last + 1
    for i in range(following, min(len(doc), following + RUN_ON + 1)):
        word = doc[i].text
        if not (word[:1].isupper() and word.isalpha()):
            return False
        if facility_word(word):
            return i > following  # the word right after is the existing check's (``inside_larger_name``)
    return False
