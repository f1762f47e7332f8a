"""The people of one article as its text names them: finding a person by a name, a name's canonical form."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.given import first_name_gender
from sanctuary_cli.extract.people.lookup import role_head
from sanctuary_cli.extract.people.names import PARTICLES, person_key
from sanctuary_cli.extract.people.people import find_person
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.verbs import is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex
    from sanctuary_cli.extract.model import PersonRecord
from sanctuary_cli.extract.quotes.phrases import (
    BODY_LABELS,
    CREDIT_OPENERS,
    NAME_TAGS,
    clean_name,
)


class ArticlePeople:
    """The article's people list, asked by name; remembers each answer (names recur)."""

    def __init__(self, index: DocIndex, people: Sequence[PersonRecord]) -> None:
        self.index = index
        self.people = people
        self._found: dict[str, PersonRecord | None] = {}
        self._matches: dict[str, list[PersonRecord]] = {}

    def find(self, name: str) -> PersonRecord | None:
        """find_person over the article's people, remembered per name (names recur)."""
        if name not in self._found:
            self._found[name] = find_person(self.people, name)
        return self._found[name]

    def canonical(self, tokens: Sequence[Token]) -> str:
        """A name as the article's people list knows it, else as written without titles.

        A surname two people share ("Wilpon") is the one mentioned lately.
        """
        name = clean_name(tokens)
        person = self.latest_person(name, tokens[-1]) if tokens else None
        return person.name if person is not None else name

    def name_run(self, head: Token) -> list[Token]:
        """A proper name the NER missed: the run of proper nouns ending at the head."""
        doc = self.index.doc
        start = head.i
        while start > 0 and (
            (doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ in NAME_TAGS)
            or (doc[start - 1].lower_ in PARTICLES and doc[start - 1].head.i == head.i)
        ):
            start -= 1  # "Bill de Blasio": particles belong to the name
        return [doc[i] for i in range(start, head.i + 1)]

    def latest_person(self, name: str, before: Token) -> PersonRecord | None:
        """The person a name stands for; of several it could be, the one mentioned last before ``before``.

        A bare surname the people list keeps apart from the full name ("Kelly"
        beside "Ray Kelly") is read as the full name.
        """
        if self.find(name) is None:
            return None
        if name not in self._matches:
            self._matches[name] = [p for p in self.people if find_person([p], name) is not None]
        matches = self._matches[name] or [p for p in [self.find(name)] if p is not None]

        def last_mention(person: PersonRecord) -> int:
            return max((start for start, _ in person.mentions if start < before.idx), default=-1)

        owner = next((p for p in matches if any(s <= before.idx < e for s, e in p.mentions)), None)
        chosen = owner or self._kept_apart(name, matches) or max(matches, key=last_mention)
        fuller = [p for p in matches if p.name.endswith(" " + chosen.name) and not told_apart(p, chosen)]
        return fuller[0] if fuller else chosen

    def _kept_apart(self, name: str, matches: Sequence[PersonRecord]) -> PersonRecord | None:
        """The surname's own record where the article keeps it apart, by role or sex, from each
        namesake written in full: "Quillon" is the "President Quillon", not "First Lady Ada Quillon"."""
        own = self.find(name)
        if own is None or " " in own.name or person_key(own.name) != person_key(name):
            return None
        others = [p for p in matches if p is not own]
        return own if others and all(told_apart(p, own) for p in others) else None

    def in_story(self, char: int) -> bool:
        """Whether an offset is narration: outside quotations and credit lines."""
        if self.index.in_quote(char):
            return False
        paragraph = self.index.paragraph_starts[self.index.paragraph_of(char)]
        return self.index.text[paragraph : paragraph + 1] not in CREDIT_OPENERS

    def may_be_person(self, subject: Token) -> bool:
        """Whether a proper-noun subject may be a person the NER missed or mislabelled.

        A reporting verb's subject usually is one ("Levitan, a supporter,
        said"), unless it reads as an organisation of several words or an
        outlet ("The NY Times reported"); a given name and a surname read as
        an organisation are a person whatever the verb.
        """
        ent = self.index.entity(subject.i)
        if ent is None or ent.label_ == "PERSON":
            return True
        if ent.label_ == "ORG" and len(ent) == 2 and first_name_gender(ent[0].text) is not None:
            return True  # "Meg Fosque advised": a given name and a surname the NER took for a company
        if not is_cue_verb(subject.head):
            return False
        return not (ent.label_ == "ORG" and (len(ent) > 1 or subject.lower_ in cue_lexicon().media_words))

    def a_body(self, head: Token) -> bool:
        """Whether the NER reads a name as a party or organisation ("Labour", "the Lib Dems"), untitled."""
        ent = self.index.entity(head.i)
        if ent is None or ent.label_ not in BODY_LABELS:
            return False
        return ent[0].lower_ not in cue_lexicon().titles


def told_apart(one: PersonRecord, other: PersonRecord) -> bool:
    """Whether the article tells two namesakes apart by role or sex: "President Quillon" kept apart
    from "First Lady Ada Quillon" is not her."""
    roles = one.role and other.role and role_head(one.role) != role_head(other.role)
    return bool(roles or (one.gender and other.gender and one.gender != other.gender))
