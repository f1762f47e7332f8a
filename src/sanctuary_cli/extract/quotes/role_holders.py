"""Who holds the role a speaker is named by: "the mayor said" is the mayor the article has named.

After "Mayor Ada Quillon opened the Tessel yard", "the mayor told reporters"
is Quillon: the person the article titled with the role's words, else the
one whose role it is among the people mentioned lately, then in the whole
article; every word narrowing the role ("the deputy mayor") must be part
of the holder's role or title. "A spokeswoman" introduces someone new, "the mayor's
spokesman" is neither the mayor nor a spokesman named before, and a role
written bare ("the president said") is left as the article wrote it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.people import resolve_role
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.phrases import (
    DETERMINERS,
    INDEFINITE,
    NEUTRAL_QUALIFIERS,
    NOT_QUALIFYING,
    PRONOUN_WINDOW,
    TITLE_SCAN,
    TITLE_WINDOW,
    contains,
    mention_tokens,
    title_head,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.docindex import DocIndex
    from sanctuary_cli.extract.model import PersonRecord


class RoleHolders:
    """The titles an article writes its people with, and who holds the role a mention names."""

    def __init__(self, index: DocIndex, people: Sequence[PersonRecord]) -> None:
        self.index = index
        self.people = people
        # The title words written before or beside each person's name ("prime minister").
        self._titles: list[tuple[str, tuple[str, ...], int]] = self._collect_titles()
        # The same, by the word each title is of ("minister"), in text order: (token, title words, person).
        self._titles_by_head: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        self._title_words: dict[str, set[str]] = {}  # every title word written with a person's name
        for name, title, position in self._titles:
            self._titles_by_head.setdefault(title_head(title), []).append((position, title, name))
            self._title_words.setdefault(name, set()).update(title)

    def bare_role(self, span: Sequence[Token], head: Token) -> bool:
        """Whether a role is written bare, "the president said", with no place, body or owner to fix it.

        Whose president, which senator, is then only the reader's guess from
        the story so far; the speaker is given as the article wrote it. A role
        that names its office ("Chicago's mayor", "the governor of Ohio") is
        resolved to the one holding it.
        """
        if len(span) != 2 or span[0].lower_ != "the" or span[1].i != head.i:
            return False
        return self._place_in(span, head) is None and person_owner(head) is None

    def holder(self, role: str, span: Sequence[Token], head: Token) -> str | None:
        """The person holding the role a mention names, preferring one mentioned lately.

        "A spokeswoman" (an indefinite article) introduces someone new and is
        never resolved; "the mayor" is the mayor the story has just spoken of.
        """
        if span and span[0].lower_ in INDEFINITE:
            return None
        if person_owner(head) is not None:
            return None  # "the prime minister's spokesman" is not the prime minister, nor a spokesman named earlier
        titled = self._titled_holder(span, head)
        if titled is not None:
            return titled
        place = self._place_in(span, head)
        recent = self._recent_people(head)
        holder = resolve_role(recent, role, place) if recent else None
        if holder is None:
            holder = resolve_role(self.people, role, place)
        if holder is None:
            return None
        # "The official spokesman" is not "Liberal Democrat spokesman Ian Moss": every word
        # qualifying the role must be part of the holder's title.
        holder_titles = self._title_words.get(holder.name, set())
        allowed = set((holder.role or "").lower().split()) | NEUTRAL_QUALIFIERS | holder_titles
        if any(word not in allowed for word in self._qualifiers(span, head)):
            return None
        return holder.name

    def _qualifiers(self, span: Sequence[Token], head: Token) -> list[str]:
        """The words narrowing a role, without determiners, places and possessive marks."""
        words = []
        for token in span:
            if token.i == head.i or token.lower_ in DETERMINERS or token.tag_ in NOT_QUALIFYING:
                continue
            ent = self.index.entity(token.i)
            if ent is not None and ent.label_ in {"GPE", "LOC"}:
                continue
            if token.i > head.i:
                break  # "the governor of Illinois": a place, read by _place_in
            words.append(token.lower_)
        return words

    def _titled_holder(self, span: Sequence[Token], head: Token) -> str | None:
        """The person the article titled with the words of a role mention.

        "The prime minister told ..." is "Prime Minister Alan Hart" named
        earlier; "Labour's deputy minister" is "Labour's deputy minister for
        women Joan Pike". Of several, the one titled last before the mention.
        """
        words = tuple(t.lower_ for t in span if t.lower_ not in DETERMINERS and not t.is_punct and t.tag_ != "POS")
        if not words or head.lower_ not in words:
            return None
        titled: list[tuple[int, tuple[str, ...], str]] = self._titles_by_head.get(head.lower_, [])
        split = bisect_left(titled, head.i, key=lambda item: item[0])
        # The latest title before the mention, else the first after it; a bounded number looked at.
        earlier = range(split - 1, max(split - 1 - TITLE_SCAN, -1), -1)
        later = range(split, min(split + TITLE_SCAN, len(titled)))
        for i in [*earlier, *later]:
            _, title, holder = titled[i]
            if contains(title, words):
                return str(holder)
        return None

    def _collect_titles(self) -> list[tuple[str, tuple[str, ...], int]]:
        """(person, title words, token) for each name written after a title or with one in apposition."""
        index = self.index
        lexicon = cue_lexicon()
        found: list[tuple[str, tuple[str, ...], int]] = []
        for person in self.people:
            for start, end in person.mentions:
                if end <= start or index.in_quote(start):
                    continue
                first = index.token_index(start)
                head = index.doc[index.token_index(end - 1)]
                found += [(person.name, words, first) for words in _appositive_titles(head)]
                words = _title_before(index.doc, first)
                if any(word in lexicon.titles or word in lexicon.role_nouns for word in words):
                    found.append((person.name, words, first))
        found.sort(key=lambda item: item[2])
        return found

    def _recent_people(self, head: Token) -> list[PersonRecord]:
        """The people mentioned in the few sentences before a token."""
        index = self.index
        first = index.sentence_starts[max(index.sentence_of(head.i) - PRONOUN_WINDOW, 0)]
        since = index.doc[first].idx
        return [p for p in self.people if any(since <= start < head.idx for start, _ in p.mentions)]

    def subject_holder(self, token: Token) -> str | None:
        """The person a role noun subject stands for ("the prime minister" -> Alan Hart), if known."""
        start, end = mention_tokens(self.index, token)
        span = [self.index.doc[i] for i in range(start, end)]
        return self.holder(cue_lexicon().role_nouns.get(token.lower_, token.lower_), span, token)

    def _place_in(self, span: Sequence[Token], head: Token) -> str | None:
        """The place or body of a role: "Chicago's mayor", "the spokeswoman for Capalino"."""
        for token in span:
            ent = self.index.entity(token.i)
            if ent is not None and ent.label_ in {"GPE", "LOC"} and token.i != head.i:
                return ent.text.removesuffix("'s").removesuffix("’s")
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
                objects = [t for t in child.children if t.dep_ == "pobj"]
                if objects:
                    ent = self.index.entity(objects[0].i)
                    return ent.text if ent is not None else objects[0].text
        return None


def person_owner(head: Token) -> Token | None:
    """The person a role belongs to: "her", "Johnson's", "the prime minister's" (spokesman)."""
    lexicon = cue_lexicon()
    for child in head.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ in lexicon.possessive_pronouns and lexicon.possessive_pronouns[child.lower_] in {"m", "f"}:
            return child
        if child.ent_type_ == "PERSON" or child.lower_ in lexicon.titles or child.lower_ in lexicon.role_nouns:
            return child
    return None


def _title_before(doc: Doc, first: int) -> tuple[str, ...]:
    """The words written just before a name that may title it: "deputy minister for women"."""
    words: list[str] = []
    i = first - 1
    while i >= 0 and first - i <= TITLE_WINDOW:
        token = doc[i]
        if token.tag_ not in {"NN", "NNS", "NNP", "NNPS", "JJ", "POS", "IN", "HYPH"}:
            break
        if (token.tag_ == "IN" and token.lower_ not in {"for", "of"}) or token.ent_type_ == "PERSON":
            break
        if "\n" in token.text:
            break
        words.insert(0, token.lower_)
        i -= 1
    while words and words[0] in {"for", "of", "'s", "’s"}:
        words.pop(0)
    return tuple(words)


def _appositive_titles(head: Token) -> list[tuple[str, ...]]:
    """The titles set in apposition after a name: "Alan Hart, the prime minister,"."""
    return [
        tuple([t.lower_ for t in child.subtree if not t.is_punct and t.lower_ not in DETERMINERS][:TITLE_WINDOW])
        for child in head.children
        if child.dep_ == "appos" and child.tag_ in {"NN", "NNS"} and child.i > head.i
    ]
