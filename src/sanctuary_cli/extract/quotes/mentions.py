"""Who a "he" or "she" is: the people an article has made its topic so far.

Mentions of people outside quotations are collected once, in text order, with
how central each is to its sentence; a pronoun goes to the most salient person
of its gender in the sentences just before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.given import first_name_gender
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.verbs import is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex
from sanctuary_cli.extract.quotes.article_people import ArticlePeople
from sanctuary_cli.extract.quotes.phrases import (
    CLAUSE_SUBJECT,
    MAIN_SUBJECT,
    MAX_LOOKBACK,
    MAX_REPEATS,
    NAME_TAGS,
    PRONOUN_CHAIN,
    PRONOUN_WINDOW,
    REPEAT_BONUS,
    SENTENCE_DECAY,
    UNKNOWN_GENDER,
    clean_name,
    has_article,
    mention_salience,
    modifies_a_noun,
    plausible_name,
    reported_before,
    unnamed_speaker,
)

# A mention a pronoun may refer to: (head token, canonical name, "" for a described speaker or
# None for an unresolved pronoun, gender, salience).
Mention = tuple[int, str | None, str | None, float]


class MentionChain:
    """The person mentions of one article, and the antecedents of its pronouns."""

    def __init__(self, index: DocIndex, book: ArticlePeople, holder_of: Callable[[Token], str | None]) -> None:
        self.index = index
        self.book = book
        self.people = book.people
        self._holder_of = holder_of  # the person a role noun stands for ("the prime minister")
        self._heads: list[int] = []  # the head token of each mention, in text order
        self._mentions: list[Mention] = []
        self._collect_mentions()
        self._resolve_pronoun_mentions()

    def remember(self, head: Token, name: str) -> None:
        """Record a resolved speaker so that a later "he said" can refer back to them."""
        person = self.book.find(name)
        gender = person.gender if person is not None else None
        position = bisect_left(self._heads, head.i)
        if position < len(self._heads) and self._heads[position] == head.i:
            return
        self._heads.insert(position, head.i)
        self._mentions.insert(position, (head.i, name, gender, mention_salience(head)))

    def antecedent(self, pronoun: Token, gender: str, quote_start: int | None = None) -> str | None:
        """The person a "he"/"she" (or "his"/"her") refers to: the most salient fitting person before it.

        A person weighs as much as their most central mention in the last few
        sentences: the subject of a main clause most, the owner of that
        subject or the subject of another clause less, an object or a name in
        passing least, and less for each sentence further back; each other
        mention adds a little (the paragraph's topic). Earlier pronouns
        count for the person they were resolved to, so a run of "He ..."
        sentences keeps its topic. Only people count (names the NER or the
        people list knows, not "the Budget"), and never one of the other
        gender. In "Vance's plan comes after voters watched Bell debate
        Kerr. He said ...", "he" is Vance, the topic, not Bell in passing.
        """
        index = self.index
        owner = self._owner_of_described(pronoun, gender)
        if owner is not None:
            return owner
        last = bisect_left(self._heads, pronoun.i) - 1
        own_sentence = index.sentence_of(pronoun.i if quote_start is None else min(pronoun.i, quote_start))
        reported = reported_before(index, pronoun)
        weights: dict[str, float] = {}
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        distance = 0  # earlier sentences naming someone: sentences about nobody keep the topic
        sentence = own_sentence
        for position in range(last, max(last - MAX_LOOKBACK, -1), -1):
            head_i, name, person_gender, salience = self._mentions[position]
            head_sentence = index.sentence_of(head_i)
            if head_sentence < sentence:
                distance += 1
                sentence = head_sentence
            if distance > PRONOUN_WINDOW or own_sentence - head_sentence > PRONOUN_CHAIN:
                break
            if name is None or (person_gender is not None and person_gender != gender):
                continue
            if reported[0] <= head_i < reported[1]:
                continue  # "Mr Blair has failed, he claimed": the one reported on is not the one speaking
            if pronoun.dep_ in {"dobj", "dative"} and index.doc[head_i].head.i == pronoun.head.i:
                continue  # "Reed criticized him": not Reed
            if distance == 0 and salience >= CLAUSE_SUBJECT:
                salience = MAIN_SUBJECT  # the subject of a clause in the same sentence: "X was not happy: "…," he said"
            factor = 1.0 if person_gender == gender else UNKNOWN_GENDER
            weights[name] = max(weights.get(name, 0.0), salience * factor * SENTENCE_DECAY**distance)
            counts[name] = counts.get(name, 0) + 1
            latest.setdefault(name, head_i)
        if not weights:
            return None

        def score(name: str) -> tuple[float, int]:
            return weights[name] + REPEAT_BONUS * min(counts[name] - 1, MAX_REPEATS), latest[name]

        best = max(weights, key=score)
        return best or None  # "" is a described speaker ("a source"): nobody named

    def _owner_of_described(self, pronoun: Token, gender: str) -> str | None:
        """The owner of a thing a relative clause describes: "Bloomberg's declaration, in which he stated"."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "relcl":
            return None
        for child in clause.head.children:
            if child.dep_ == "poss" and (child.ent_type_ == "PERSON" or child.tag_ in NAME_TAGS):
                name = self.book.canonical(self.book.name_run(child))
                person = self.book.find(name) if name else None
                if person is not None and person.gender not in {None, gender}:
                    return None
                return name or None
        return None

    def _resolve_pronoun_mentions(self) -> None:
        """Resolve each he/she subject in text order, so later pronouns count it as its person."""
        lexicon = cue_lexicon()
        doc = self.index.doc
        for position, (head_i, name, gender, salience) in enumerate(self._mentions):
            if name is not None or gender not in {"m", "f"}:
                continue
            token = doc[head_i]
            if lexicon.subject_pronouns.get(token.lower_) != gender:
                continue
            resolved = self.antecedent(token, gender)
            if resolved:
                self._mentions[position] = (head_i, resolved, gender, salience)

    def _collect_mentions(self) -> None:
        """Person mentions and he/she subjects outside quotations, from the NER and the people list.

        Credit lines (a paragraph opening with a dash, as under an embedded
        post) name an author, not someone in the story, and are left out.
        """
        found: dict[int, Mention] = {}
        self._entity_mentions(found)
        self._people_mentions(found)
        for token in self.index.doc:
            if token.dep_ == "nsubj" and self.book.in_story(token.idx) and token.i not in found:
                mention = self._subject_mention(token)
                if mention is not None:
                    found[token.i] = mention
        for head_i in sorted(found):
            self._heads.append(head_i)
            self._mentions.append(found[head_i])

    def _entity_mentions(self, found: dict[int, Mention]) -> None:
        """The PERSON entities of the story, by their last token."""
        doc = self.index.doc
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not self.book.in_story(ent.start_char):
                continue
            head = doc[ent.end - 1]
            name = clean_name(list(ent))
            if modifies_a_noun(head) or not plausible_name(name):
                continue
            person = self.book.find(name)
            canonical = person.name if person is not None else name
            gender = person.gender if person is not None else None
            found[head.i] = (head.i, canonical, gender, mention_salience(head))

    def _people_mentions(self, found: dict[int, Mention]) -> None:
        """The mentions the people extractor found (titled names the NER missed among them)."""
        index = self.index
        lexicon = cue_lexicon()
        for person in self.people:
            for start, end in person.mentions:
                if end <= start or not self.book.in_story(start):
                    continue
                head = index.doc[index.token_index(end - 1)]
                if head.lower_ in lexicon.subject_pronouns or modifies_a_noun(head):
                    continue
                if self.book.a_body(head) and " " not in person.name:
                    continue  # "Labour said": a party the NER knows, not a person of that one name
                found.setdefault(head.i, (head.i, person.name, person.gender, mention_salience(head)))

    def _subject_mention(self, token: Token) -> Mention | None:
        """A clause subject as a mention: a he/she, a titled holder, an unnamed speaker, a missed name."""
        lexicon = cue_lexicon()
        gender = lexicon.subject_pronouns.get(token.lower_)
        if gender in {"m", "f"}:
            return (token.i, None, gender, mention_salience(token))
        if token.lower_ in lexicon.role_nouns or token.lower_ in lexicon.titles:
            holder = self._holder_of(token)
            if holder:
                # "The Tory leader said ...": the holder the article titled so is the topic too.
                person = self.book.find(holder)
                return (token.i, holder, person.gender if person else None, mention_salience(token))
        if unnamed_speaker(token):
            # "One source told the Post ...": an unnamed speaker a later "he" may mean ("the
            # Conservative leader" is someone the article has named, if not in those words).
            return (token.i, "", None, mention_salience(token))
        if token.tag_ in NAME_TAGS and token.lower_ not in lexicon.titles:
            return self._missed_name(token)
        return None

    def _missed_name(self, token: Token) -> Mention | None:
        """A name as subject that the NER missed or mislabelled ("Kinte Burrell, 34, said ...").

        "O'Neill backed ..." read as an organisation counts; "the Budget was ..." is no one.
        """
        name = self.book.canonical(self.book.name_run(token))
        if not name:
            return None
        person = self.book.find(name)
        known = person is not None and (" " in person.name or self.book.may_be_person(token))
        # A reporting verb's subject, or a first-and-last name the NER missed or took for a body ("Meg Fosque advised").
        entity = self.index.entity(token.i)
        full_name = " " in name and (entity is None or entity.label_ != "GPE")
        new = (
            self.book.may_be_person(token)
            and (is_cue_verb(token.head) or full_name)
            and not has_article(token)
        )
        if not (known or new):
            return None
        gender = person.gender if person else first_name_gender(name.split()[0])
        return (token.i, name, gender, mention_salience(token))
