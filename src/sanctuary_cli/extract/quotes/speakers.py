"""From the head token of a speaker's mention to the speaker.

The cue finder gives a token ("Johnson", "he", "mayor", "spokesman"). Here it
becomes the words the article used (``speaker_mention``) and a speaker
(``speaker``): a person's canonical name through the article's people, the
holder of a role ("Chicago's mayor"), a described role when nobody is named
("Aurora city spokesman"), an organisation, or None when the text does not say.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.names import body_word
from sanctuary_cli.extract.people.people import resolve_role
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.verbs import NOT_SPEAKERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from sanctuary_cli.extract.docindex import DocIndex
    from sanctuary_cli.extract.model import PersonRecord
from sanctuary_cli.extract.quotes.article_people import ArticlePeople
from sanctuary_cli.extract.quotes.mentions import MentionChain
from sanctuary_cli.extract.quotes.phrases import (
    BODY_LABELS,
    DETERMINERS,
    INDEFINITE,
    NAME_TAGS,
    NEUTRAL_QUALIFIERS,
    NOT_QUALIFYING,
    PRONOUN_WINDOW,
    QUANTIFIERS,
    TITLE_SCAN,
    TITLE_WINDOW,
    clean_name,
    common_form,
    contains,
    described,
    document_author,
    full_name_before,
    joined,
    looks_like_name,
    mention_tokens,
    named_after_title,
    speaking_noun,
    surname_named_before,
    title_head,
)

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
        # The title words written before or beside each person's name ("prime minister").
        self._titles: list[tuple[str, tuple[str, ...], int]] = self._collect_titles()
        # The same, by the word each title is of ("minister"), in text order: (token, title words, person).
        self._titles_by_head: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        self._title_words: dict[str, set[str]] = {}  # every title word written with a person's name
        for name, title, position in self._titles:
            self._titles_by_head.setdefault(title_head(title), []).append((position, title, name))
            self._title_words.setdefault(name, set()).update(title)
        self.mentions = MentionChain(index, self.book, self._subject_holder)

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
            holder = None if self._bare_role(span, head) else self._holder(role, span, head)
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
            company = any(body_word(word) for word in name.split()[-1:])
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

    def _bare_role(self, span: Sequence[Token], head: Token) -> bool:
        """Whether a role is written bare, "the president said", with no place, body or owner to fix it.

        Whose president, which senator, is then only the reader's guess from
        the story so far; the speaker is given as the article wrote it. A role
        that names its office ("Chicago's mayor", "the governor of Ohio") is
        resolved to the one holding it.
        """
        if len(span) != 2 or span[0].lower_ != "the" or span[1].i != head.i:
            return False
        return self._place_in(span, head) is None and self._person_owner(head) is None

    def _holder(self, role: str, span: Sequence[Token], head: Token) -> str | None:
        """The person holding the role a mention names, preferring one mentioned lately.

        "A spokeswoman" (an indefinite article) introduces someone new and is
        never resolved; "the mayor" is the mayor the story has just spoken of.
        """
        if span and span[0].lower_ in INDEFINITE:
            return None
        if self._person_owner(head) is not None:
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

    def _person_owner(self, head: Token) -> Token | None:
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

    def _owned_body(self, span: Sequence[Token], head: Token) -> str | None:
        """ "Her office announced", "Johnson's campaign said": the named person's staff speaks for them."""
        lexicon = cue_lexicon()
        if head.lower_ not in lexicon.owned_bodies:
            return None
        owner = self._person_owner(head)
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

    def _subject_holder(self, token: Token) -> str | None:
        """The person a role noun subject stands for ("the prime minister" -> Alan Hart), if known."""
        start, end = mention_tokens(self.index, token)
        span = [self.index.doc[i] for i in range(start, end)]
        return self._holder(cue_lexicon().role_nouns.get(token.lower_, token.lower_), span, token)

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
