"""From the head token of a speaker's mention to the speaker.

The cue finder gives a token ("Johnson", "he", "mayor", "spokesman"). Here it
becomes the words the article used (``speaker_mention``) and a speaker
(``speaker``): a person's canonical name through the article's people, the
holder of a role ("Chicago's mayor", found in role_holders), a described role
when nobody is named ("Aurora city spokesman"), an organisation, or None when
the text does not say.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.names import body_word
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.verbs import NOT_SPEAKERS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex
    from sanctuary_cli.extract.model import PersonRecord
from sanctuary_cli.extract.quotes.article_people import ArticlePeople
from sanctuary_cli.extract.quotes.mentions import MentionChain
from sanctuary_cli.extract.quotes.phrases import (
    BODY_LABELS,
    DETERMINERS,
    NAME_TAGS,
    NOT_QUALIFYING,
    QUANTIFIERS,
    clean_name,
    common_form,
    described,
    document_author,
    full_name_before,
    joined,
    looks_like_name,
    mention_tokens,
    named_after_title,
    speaking_noun,
    surname_named_before,
)
from sanctuary_cli.extract.quotes.role_holders import RoleHolders, person_owner

PERSON = "person"
ORGANISATION = "organisation"
DESCRIPTION = "description"
UNRESOLVED = "pronoun-unresolved"
NONE = "none"


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the canonical name (or None) and the article's words."""

    name: str | None
    mention: str
    person: bool = False  # the name is a person's (so a later "he" may refer to them)
    kind: str = NONE  # PERSON, ORGANISATION, DESCRIPTION, UNRESOLVED or NONE

    @classmethod
    def of(cls, name: str | None, mention: str, kind: str) -> Speaker:
        """A speaker of a kind; without a name, the kind says only that nobody is named."""
        if not name:
            return cls(None, mention, kind=UNRESOLVED if kind == UNRESOLVED else NONE)
        return cls(name, mention, person=kind == PERSON, kind=kind)


class SpeakerResolver:
    """Resolves speaker mentions in one article, remembering who spoke for later pronouns."""

    def __init__(self, index: DocIndex, people: Sequence[PersonRecord]) -> None:
        self.index = index
        self.people = people
        self.book = ArticlePeople(index, people)
        self.holders = RoleHolders(index, people)
        self.mentions = MentionChain(index, self.book, self.holders.subject_holder)

    def remember(self, head: Token, name: str) -> None:
        """Record a resolved speaker so that a later "he said" can refer back to them."""
        self.mentions.remember(head, name)

    def resolve(self, head: Token, quote_start: int | None = None) -> Speaker:
        """The speaker a mention's head token stands for.

        ``quote_start`` (a token index) is where the attributed quotation
        begins: a pronoun looks for its antecedent before the quotation, however
        many sentences the quotation itself runs to.
        """
        lexicon = cue_lexicon()
        doc = self.index.doc
        start, end = mention_tokens(self.index, head)
        span = [doc[i] for i in range(start, end)]
        mention = "".join(t.text_with_ws for t in span).strip()
        pronoun = (
            lexicon.subject_pronouns.get(head.lower_)
            or lexicon.possessive_pronouns.get(head.lower_)
            or lexicon.object_pronouns.get(head.lower_)
        )
        if pronoun is not None and end - start == 1:
            if pronoun in {"n", "p"}:
                return self._body_pronoun(head, mention)
            name = self.mentions.antecedent(head, pronoun, quote_start) if pronoun in {"m", "f"} else None
            return Speaker.of(name, mention, PERSON if name else UNRESOLVED)
        return self._named(span, head, mention)

    def _body_pronoun(self, pronoun: Token, mention: str) -> Speaker:
        """An "it" or "they" speaking in a clause whose sentence a body or group is the subject of.

        "The council condemned the test as what it called "a threat"", "the
        campaign contrasts her plan with what they call "a stunt"": the subject
        of the main clause, before the pronoun, is who calls it so. Across
        sentences an "it" is left unresolved.
        """
        root = pronoun
        while root.head.i != root.i:
            root = root.head
        if pronoun.head.i == root.i:
            return Speaker.of(None, mention, UNRESOLVED)  # "It said …": nothing in the sentence names it
        subjects = [child for child in root.children if child.dep_ == "nsubj" and child.i < pronoun.i]
        if not subjects or self.index.in_quote(subjects[0].idx) or not _body_like(subjects[0], pronoun):
            return Speaker.of(None, mention, UNRESOLVED)
        start, end = mention_tokens(self.index, subjects[0])
        found = self._named([self.index.doc[i] for i in range(start, end)], subjects[0], mention)
        return found if found.name else Speaker.of(None, mention, UNRESOLVED)

    def _named(self, span: Sequence[Token], head: Token, mention: str) -> Speaker:
        """A speaker mentioned by name, role or description: a person, a body, or the source as described."""
        lexicon = cue_lexicon()
        if head.ent_type_ in NOT_SPEAKERS:
            return Speaker.of(None, mention, NONE)  # "Monday", "63 percent": a date or a figure names no one
        authored = self._authored(head)
        if authored is not None:
            return authored
        owned = self._owned_body(span, head)
        if owned is not None:
            return Speaker.of(owned, mention, ORGANISATION)
        person = self._person_in(head)
        if person is not None:
            return Speaker.of(self.book.canonical(person), mention, PERSON)
        role = self._role_in(span, head)
        if role is not None:
            holder = None if self.holders.bare_role(span, head) else self.holders.holder(role, span, head)
            if holder is not None:
                return Speaker.of(holder, mention, PERSON)
            return Speaker.of(self._unnamed(span, head), mention, DESCRIPTION)
        ent = self.index.entity(head.i)
        if ent is not None and ent.label_ in BODY_LABELS and ent[0].lower_ not in lexicon.titles:
            # An organisation is named as written, without the article: "the Welsh Assembly Government"
            # (a name the NER took for one, "Mr Cable", starts with a title and is read as a name).
            body = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
            return Speaker.of(joined(body), mention, ORGANISATION)
        if looks_like_name(head):
            # The name is the run of proper nouns at the head, not the description before it:
            # "Conservative local government spokesman Glyn Davies", "civil rights group Liberty".
            name = self.book.canonical(self.book.name_run(head))
            # "Bloomberg LP said", "- Bloomberg News": a company, an outlet (see names.body_word)
            last = name.split()[-1] if name.strip() else ""
            company = bool(last) and body_word(last)
            personal = (ent is None or ent.label_ == "PERSON") and not company
            return Speaker.of(name, mention, PERSON if personal else ORGANISATION)
        return Speaker.of(self._unnamed(span, head), mention, DESCRIPTION)

    def _authored(self, head: Token) -> Speaker | None:
        """The author a document speaks for, when its sentence names one ("Lee released an ad that urges ...")."""
        author = document_author(head)
        if author is None or self.index.in_quote(author.idx):
            return None
        found = self.resolve(author)
        return found if found.name and found.kind in {PERSON, ORGANISATION} else None

    def _owned_body(self, span: Sequence[Token], head: Token) -> str | None:
        """ "Her office announced", "Johnson's campaign said": the named person's staff speaks for them."""
        lexicon = cue_lexicon()
        if head.lower_ not in lexicon.owned_bodies:
            return None
        owner = person_owner(head)
        if owner is None:
            return None
        if owner.lower_ in lexicon.possessive_pronouns:
            name = self.mentions.antecedent(owner, lexicon.possessive_pronouns[owner.lower_])
        elif owner.ent_type_ == "PERSON":
            name = self.book.canonical(self.book.name_run(owner)) or None
        else:
            return None  # "the prime minister's spokesman": a described role, read by _unnamed
        if not name:
            return None
        rest = [t for t in span if t.i > owner.i and t.tag_ != "POS"]
        return f"{name}'s {joined(rest)}" if rest else None

    def _person_in(self, head: Token) -> list[Token] | None:
        """The tokens of the person's name a mention is or stands beside ("spokeswoman, Connie Llanos")."""
        titles = cue_lexicon().titles
        ent = self.index.entity(head.i)
        if ent is not None and ent.label_ == "PERSON" and not all(t.lower_ in titles for t in ent):
            # A name is its own speaker, whoever else its appositive names ("Ann Lee, an aide to Bo Park"),
            # unless a second name stands right at the verb ("Or maybe Ann Lee, analyst Bo Park says.").
            return self._name_at_the_verb(head) or list(ent)
        for child in head.children:
            child_ent = self.index.entity(child.i)
            if child.dep_ == "appos" and child_ent is not None and child_ent.label_ == "PERSON":
                return list(child_ent)
        named = named_after_title(head)
        if named is not None and (named_ent := self.index.entity(named.i)) is not None:
            return list(named_ent)
        # A name the tagger took for a common noun ("Sanders" opening a sentence) counts when
        # the article's people know it.
        capitalised = (
            head.tag_ in NAME_TAGS
            or (head.tag_ in {"NN", "NNS"} and head.text[:1].isupper())
            or surname_named_before(head)
        )
        if capitalised and head.lower_ not in cue_lexicon().role_nouns:
            tokens = self.book.name_run(head)
            if self.book.find(clean_name(tokens)) is not None:
                return tokens
        return full_name_before(head)  # "From said" after "Al From": a surname the tagger took for a word

    def _name_at_the_verb(self, head: Token) -> list[Token] | None:
        """A second name set beside a named subject and written right before its verb: the one speaking.

        "Or maybe Ann Lee, county strategist Bo Park says." names a topic, a
        comma, and the speaker; the parser takes the second name for the
        first one's appositive.
        """
        verb = head.head
        if head.dep_ != "nsubj" or verb.i <= head.i:
            return None
        for child in head.children:
            child_ent = self.index.entity(child.i)
            if (
                child.dep_ == "appos"
                and child.i > head.i
                and child_ent is not None
                and child_ent.label_ == "PERSON"
                and child_ent.end == verb.i
                and child_ent[-1].lower_ != head.lower_
            ):
                return list(child_ent)
        return None

    def _role_in(self, span: Sequence[Token], head: Token) -> str | None:
        """The office a mention names ("mayor" in "Chicago's mayor"), if any."""
        lexicon = cue_lexicon()
        if head.lower_ in lexicon.role_nouns:
            return lexicon.role_nouns[head.lower_]
        if (
            head.tag_ in {"NN", "NNS"}
            and head.lower_ in lexicon.titles
            and head.lower_ in lexicon.speaker_nouns
            and head.lower_ not in lexicon.title_modifiers
        ):
            return head.lower_  # "the Tory leader", "the chairman": titles a person may be given in the article
        return None

    def _unnamed(self, span: Sequence[Token], head: Token) -> str | None:
        """A described speaker ("Aurora city spokesman", "the agency", "the letter"), or None for no one.

        Whatever common noun heads the subject of a reporting verb is the source
        as the article describes it: a role, a body, a document, a group.
        """
        if head.lower_ not in cue_lexicon().speaker_nouns and head.tag_ not in {"NN", "NNS"}:
            return None
        if not speaking_noun(head):
            return None  # "the matter", "a campaign shakeup": a thing that cannot have said it
        if self.index.entity(head.i) is not None and head.ent_type_ in NOT_SPEAKERS:
            return None  # "Tuesday said": a date, not a source
        qualifiers = [
            t
            for t in span
            if t.i != head.i
            and t.lower_ not in DETERMINERS
            and t.lower_ not in QUANTIFIERS
            and t.tag_ not in NOT_QUALIFYING
        ]
        if not qualifiers and not any(t.tag_ in {"PRP$", "POS"} for t in span):
            # "a spokesman said": the role is all the text says of the speaker, with how many
            # there were ("two lawmakers", "another supporter").
            counts = [t.lower_ for t in span if t.i < head.i and _counts(t)]
            return " ".join([*counts, common_form(head)])
        return described(span)  # "his mother", "the agency's director"


def _counts(token: Token) -> bool:
    """Whether a word before a described speaker says how many: "two", "several", "another", "one"."""
    return token.tag_ == "CD" or token.lower_ in QUANTIFIERS or token.lower_ in {"another", "one"}


def _body_like(subject: Token, pronoun: Token) -> bool:
    """Whether a subject can be what an "it" (a body, a document) or a "they" (a body, a group) stands for."""
    lexicon = cue_lexicon()
    if subject.lower_ in lexicon.subject_pronouns or subject.ent_type_ == "PERSON":
        return False
    body = subject.ent_type_ in BODY_LABELS or subject.lower_ in lexicon.owned_bodies
    if pronoun.lower_ == "it":
        return body or (subject.tag_ == "NN" and subject.lower_ in lexicon.document_nouns | lexicon.speaker_nouns)
    return body or (subject.tag_ == "NNS" and speaking_noun(subject))
