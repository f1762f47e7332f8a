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

from sanctuary_cli.extract.people.names import PARTICLES, strip_title
from sanctuary_cli.extract.people.people import find_person, resolve_role
from sanctuary_cli.extract.quotes.lexicon import cue_lexicon
from sanctuary_cli.extract.quotes.verbs import NOT_SPEAKERS, is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex
    from sanctuary_cli.extract.model import PersonRecord

# Modifiers that belong to a noun phrase on its left: "an Aurora city spokesman".
_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "one"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})
_NOT_LEADING = frozenset({"WDT", "WP", "WP$", "IN", "CC", "RB"})
# Words that do not make a described speaker specific: "his mother" names nobody.
_NOT_QUALIFYING = frozenset({"PRP$", "DT", "POS", ",", ".", "HYPH", "``", "''", "CD", "PDT"})
_QUANTIFIERS = frozenset(
    {"many", "some", "several", "other", "others", "few", "most", "all", "both", "various", "numerous"}
)
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
_BODY_LABELS = frozenset({"ORG", "NORP"})
_MAX_PHRASE = 12
# How many earlier sentences naming someone a pronoun may look back over for its
# antecedent, and how many sentences in all.
_PRONOUN_WINDOW = 4
_PRONOUN_CHAIN = 25
# At most this many earlier mentions are weighed, however long the sentences.
_MAX_LOOKBACK = 40
# How much a mention makes its person the topic: the subject of the main clause
# most, the subject of another clause or the owner of a subject ("Vance's plan
# comes ...") less, any other mention least.
MAIN_SUBJECT = 3.0
SUBJECT_OWNER = 2.0
CLAUSE_SUBJECT = 1.5
OTHER_MENTION = 1.0
# Each further mention of the same person in the window adds this much, up to _MAX_REPEATS times:
# the topic of a paragraph keeps some weight, but the subject just before the pronoun wins.
_REPEAT_BONUS = 0.05
_MAX_REPEATS = 3
# Each sentence further back weighs this much less; a person of unknown gender this much less.
_SENTENCE_DECAY = 0.6
_UNKNOWN_GENDER = 0.8
# Title words that do not change which office a role names ("the city's mayor").
_NEUTRAL_QUALIFIERS = frozenset({"city", "state", "county", "federal", "u.s.", "us", "national", "new", "top"})
_TITLE_WINDOW = 8
# At most this many titles on each side of a role mention are compared with it.
_TITLE_SCAN = 50
# Paragraphs opening like this are credits and captions: "— Name (@handle)", "(Photo / Getty Images)".
_CREDIT_OPENERS = ("—", "–", "(", "[")


PERSON = "person"
ORGANISATION = "organisation"
DESCRIPTION = "description"
UNRESOLVED = "pronoun-unresolved"
NONE = "none"


# A mention a pronoun may refer to: (head token, canonical name, "" for a described speaker or
# None for an unresolved pronoun, gender, salience).
_Mention = tuple[int, str | None, str | None, float]


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


def mention_tokens(index: DocIndex, head: Token) -> tuple[int, int]:
    """The token range [start, end) of the noun phrase a speaker's head token leads."""
    lexicon = cue_lexicon()
    ent = index.entity(head.i)
    start, end = (ent.start, ent.end) if ent is not None else (head.i, head.i + 1)
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.dep_ == "compound" or (child.dep_ == "case" and child.i == end):
            end = max(end, child.right_edge.i + 1)
        elif (
            child.dep_ == "prep"
            and child.lower_ in {"of", "for"}
            and head.lower_ in lexicon.speaker_nouns
            and child.i == end
            and any(grand.dep_ == "pobj" for grand in child.children)  # not "the senator of saying ..."
        ):
            end = max(end, child.right_edge.i + 1)  # "a spokesman for the mayor", "the governor of Illinois"
    doc = index.doc
    # A phrase never runs into a quotation, across a paragraph, or past a sane length.
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    while start < head.i and (
        index.in_quote(doc[start].idx)
        or doc[start].is_punct
        or "\n" in doc[start].text
        or doc[start].tag_ in _NOT_LEADING  # "in which reporter Judd Rose": the phrase starts at "reporter"
    ):
        start += 1
    while end > head.i + 1 and (index.in_quote(doc[end - 1].idx) or doc[end - 1].is_punct):
        end -= 1
    if end - start > _MAX_PHRASE:
        start, end = (ent.start, ent.end) if ent is not None else (head.i, head.i + 1)
    return start, end


def clean_name(tokens: Sequence[Token]) -> str:
    """A name without its titles or possessive: "Illinois Gov. JB Pritzker's" -> "JB Pritzker".

    Titles go by the people package's normaliser (``names.strip_title``);
    here only the words it cannot judge from text alone are dropped: the
    owner before a possessive ("Fleetwood Mac's Stevie Nicks") and the place
    or body a title belongs to ("Chicago Mayor", "White House spokeswoman").
    """
    words = [t for t in tokens if t.tag_ != "POS" and not (t.is_punct and t.text not in {".", "-", "'"})]
    owners = [i for i, token in enumerate(tokens) if token.tag_ == "POS"]
    if owners and owners[-1] < len(tokens) - 1:
        words = [t for t in words if t.i > tokens[owners[-1]].i] or words
    lead = 0
    while lead < len(words) - 1 and (words[lead].ent_type_ in _PLACE_LABELS | {"ORG"} or words[lead].lower_ == "the"):
        lead += 1
    if lead and strip_title(_joined(words[lead:])) != _joined(words[lead:]):
        words = words[lead:]  # the place or body of the title that follows
    return strip_title(_joined(words)).removesuffix("'s").removesuffix("’s").strip()


def _joined(tokens: Sequence[Token]) -> str:
    """Tokens as the text wrote them, with a space where a left-out token stood ("NYPD's 71st" -> "NYPD 71st")."""
    text = ""
    for previous, token in zip([None, *tokens[:-1]], tokens, strict=False):
        if previous is not None and (previous.whitespace_ or token.i != previous.i + 1):
            text += " "
        text += token.text
    return text


def described(tokens: Sequence[Token]) -> str:
    """A speaker described, not named: the phrase without its determiner ("an Aurora city spokesman")."""
    words = list(tokens)
    while words and words[0].lower_ in _DETERMINERS:
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


class SpeakerResolver:
    """Resolves speaker mentions in one article, remembering who spoke for later pronouns."""

    def __init__(self, index: DocIndex, people: Sequence[PersonRecord]) -> None:
        self.index = index
        self.people = people
        # Person mentions outside quotations, in text order.
        self._heads: list[int] = []
        # (head token, canonical name, "" for a described speaker or None for an unresolved
        # pronoun, gender, salience)
        self._mentions: list[tuple[int, str | None, str | None, float]] = []
        self._found: dict[str, PersonRecord | None] = {}
        self._matches: dict[str, list[PersonRecord]] = {}
        # The title words written before or beside each person's name ("prime minister").
        self._titles: list[tuple[str, tuple[str, ...], int]] = self._collect_titles()
        # The same, by the word each title is of ("minister"), in text order: (token, title words, person).
        self._titles_by_head: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        self._title_words: dict[str, set[str]] = {}  # every title word written with a person's name
        for name, title, position in self._titles:
            self._titles_by_head.setdefault(_title_head(title), []).append((position, title, name))
            self._title_words.setdefault(name, set()).update(title)
        self._collect_mentions()
        self._resolve_pronoun_mentions()

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
            name = self.antecedent(head, pronoun, quote_start) if pronoun in {"m", "f"} else None
            return Speaker.of(name, mention, PERSON if name else UNRESOLVED)
        owned = self._owned_body(span, head)
        if owned is not None:
            return Speaker.of(owned, mention, ORGANISATION)
        person = self._person_in(head)
        if person is not None:
            return Speaker.of(self._canonical(person), mention, PERSON)
        role = self._role_in(span, head)
        if role is not None:
            holder = self._holder(role, span, head)
            if holder is not None:
                return Speaker.of(holder, mention, PERSON)
            return Speaker.of(self._unnamed(span, head), mention, DESCRIPTION)
        ent = self.index.entity(head.i)
        if ent is not None and ent.label_ in _BODY_LABELS and ent[0].lower_ not in lexicon.titles:
            # An organisation is named as written, without the article: "the Welsh Assembly Government"
            # (a name the NER took for one, "Mr Cable", starts with a title and is read as a name).
            body = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
            return Speaker.of(_joined(body), mention, ORGANISATION)
        if _looks_like_name(head):
            # The name is the run of proper nouns at the head, not the description before it:
            # "Conservative local government spokesman Glyn Davies", "civil rights group Liberty".
            name = self._canonical(self._name_run(head))
            return Speaker.of(name, mention, PERSON if ent is None or ent.label_ == "PERSON" else ORGANISATION)
        return Speaker.of(self._unnamed(span, head), mention, DESCRIPTION)

    def _holder(self, role: str, span: Sequence[Token], head: Token) -> str | None:
        """The person holding the role a mention names, preferring one mentioned lately.

        "A spokeswoman" (an indefinite article) introduces someone new and is
        never resolved; "the mayor" is the mayor the story has just spoken of.
        """
        if span and span[0].lower_ in _INDEFINITE:
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
        allowed = set((holder.role or "").lower().split()) | _NEUTRAL_QUALIFIERS | holder_titles
        if any(word not in allowed for word in self._qualifiers(span, head)):
            return None
        return holder.name

    def _qualifiers(self, span: Sequence[Token], head: Token) -> list[str]:
        """The words narrowing a role, without determiners, places and possessive marks."""
        words = []
        for token in span:
            if token.i == head.i or token.lower_ in _DETERMINERS or token.tag_ in _NOT_QUALIFYING:
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
            name = self.antecedent(owner, lexicon.possessive_pronouns[owner.lower_])
        elif owner.ent_type_ == "PERSON":
            name = self._canonical(self._name_run(owner)) or None
        else:
            return None  # "the prime minister's spokesman": a described role, read by _unnamed
        if not name:
            return None
        rest = [t for t in span if t.i > owner.i and t.tag_ != "POS"]
        return f"{name}'s {_joined(rest)}" if rest else None

    def _titled_holder(self, span: Sequence[Token], head: Token) -> str | None:
        """The person the article titled with the words of a role mention.

        "The prime minister told ..." is "Prime Minister Alan Hart" named
        earlier; "Labour's deputy minister" is "Labour's deputy minister for
        women Joan Pike". Of several, the one titled last before the mention.
        """
        words = tuple(t.lower_ for t in span if t.lower_ not in _DETERMINERS and not t.is_punct and t.tag_ != "POS")
        if not words or head.lower_ not in words:
            return None
        titled: list[tuple[int, tuple[str, ...], str]] = self._titles_by_head.get(head.lower_, [])
        split = bisect_left(titled, head.i, key=lambda item: item[0])
        # The latest title before the mention, else the first after it; a bounded number looked at.
        earlier = range(split - 1, max(split - 1 - _TITLE_SCAN, -1), -1)
        later = range(split, min(split + _TITLE_SCAN, len(titled)))
        for i in [*earlier, *later]:
            _, title, holder = titled[i]
            if _contains(title, words):
                return str(holder)
        return None

    def _collect_titles(self) -> list[tuple[str, tuple[str, ...], int]]:
        """(person, title words, token) for each name written after a title or with one in apposition."""
        index = self.index
        doc = index.doc
        lexicon = cue_lexicon()
        found: list[tuple[str, tuple[str, ...], int]] = []
        for person in self.people:
            for start, end in person.mentions:
                if end <= start or index.in_quote(start):
                    continue
                first = index.token_index(start)
                words: list[str] = []
                i = first - 1
                while i >= 0 and first - i <= _TITLE_WINDOW:
                    token = doc[i]
                    if token.tag_ not in {"NN", "NNS", "NNP", "NNPS", "JJ", "POS", "IN", "HYPH"}:
                        break
                    if token.tag_ == "IN" and token.lower_ not in {"for", "of"}:
                        break
                    if token.ent_type_ == "PERSON" or "\n" in token.text:
                        break
                    words.insert(0, token.lower_)
                    i -= 1
                while words and words[0] in {"for", "of", "'s", "’s"}:
                    words.pop(0)
                head = doc[index.token_index(end - 1)]
                for child in head.children:
                    if child.dep_ == "appos" and child.tag_ in {"NN", "NNS"} and child.i > head.i:
                        appos = [t.lower_ for t in child.subtree if not t.is_punct and t.lower_ not in _DETERMINERS]
                        found.append((person.name, tuple(appos[:_TITLE_WINDOW]), first))
                if any(word in lexicon.titles or word in lexicon.role_nouns for word in words):
                    found.append((person.name, tuple(words), first))
        found.sort(key=lambda item: item[2])
        return found

    def _recent_people(self, head: Token) -> list[PersonRecord]:
        """The people mentioned in the few sentences before a token."""
        index = self.index
        first = index.sentence_starts[max(index.sentence_of(head.i) - _PRONOUN_WINDOW, 0)]
        since = index.doc[first].idx
        return [p for p in self.people if any(since <= start < head.idx for start, _ in p.mentions)]

    def remember(self, head: Token, name: str) -> None:
        """Record a resolved speaker so that a later "he said" can refer back to them."""
        person = self._find(name)
        gender = person.gender if person is not None else None
        position = bisect_left(self._heads, head.i)
        if position < len(self._heads) and self._heads[position] == head.i:
            return
        self._heads.insert(position, head.i)
        self._mentions.insert(position, (head.i, name, gender, _salience(head)))

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
        reported = _reported_before(index, pronoun)
        weights: dict[str, float] = {}
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        distance = 0  # earlier sentences naming someone: sentences about nobody keep the topic
        sentence = own_sentence
        for position in range(last, max(last - _MAX_LOOKBACK, -1), -1):
            head_i, name, person_gender, salience = self._mentions[position]
            head_sentence = index.sentence_of(head_i)
            if head_sentence < sentence:
                distance += 1
                sentence = head_sentence
            if distance > _PRONOUN_WINDOW or own_sentence - head_sentence > _PRONOUN_CHAIN:
                break
            if name is None or (person_gender is not None and person_gender != gender):
                continue
            if reported[0] <= head_i < reported[1]:
                continue  # "Mr Blair has failed, he claimed": the one reported on is not the one speaking
            if pronoun.dep_ in {"dobj", "dative"} and index.doc[head_i].head.i == pronoun.head.i:
                continue  # "Reed criticized him": not Reed
            if distance == 0 and salience >= CLAUSE_SUBJECT:
                salience = MAIN_SUBJECT  # the subject of a clause in the same sentence: "X was not happy: "…," he said"
            factor = 1.0 if person_gender == gender else _UNKNOWN_GENDER
            weights[name] = max(weights.get(name, 0.0), salience * factor * _SENTENCE_DECAY**distance)
            counts[name] = counts.get(name, 0) + 1
            latest.setdefault(name, head_i)
        if not weights:
            return None

        def score(name: str) -> tuple[float, int]:
            return weights[name] + _REPEAT_BONUS * min(counts[name] - 1, _MAX_REPEATS), latest[name]

        best = max(weights, key=score)
        return best or None  # "" is a described speaker ("a source"): nobody named

    def _owner_of_described(self, pronoun: Token, gender: str) -> str | None:
        """The owner of a thing a relative clause describes: "Bloomberg's declaration, in which he stated"."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "relcl":
            return None
        for child in clause.head.children:
            if child.dep_ == "poss" and (child.ent_type_ == "PERSON" or child.tag_ in _NAME_TAGS):
                name = self._canonical(self._name_run(child))
                person = self._find(name) if name else None
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
        found: dict[int, _Mention] = {}
        self._entity_mentions(found)
        self._people_mentions(found)
        for token in self.index.doc:
            if token.dep_ == "nsubj" and self._in_story(token.idx) and token.i not in found:
                mention = self._subject_mention(token)
                if mention is not None:
                    found[token.i] = mention
        for head_i in sorted(found):
            self._heads.append(head_i)
            self._mentions.append(found[head_i])

    def _entity_mentions(self, found: dict[int, _Mention]) -> None:
        """The PERSON entities of the story, by their last token."""
        doc = self.index.doc
        for ent in doc.ents:
            if ent.label_ != "PERSON" or not self._in_story(ent.start_char):
                continue
            head = doc[ent.end - 1]
            name = clean_name(list(ent))
            if _modifies_a_noun(head) or not _plausible_name(name):
                continue
            person = self._find(name)
            canonical = person.name if person is not None else name
            gender = person.gender if person is not None else None
            found[head.i] = (head.i, canonical, gender, _salience(head))

    def _people_mentions(self, found: dict[int, _Mention]) -> None:
        """The mentions the people extractor found (titled names the NER missed among them)."""
        index = self.index
        lexicon = cue_lexicon()
        for person in self.people:
            for start, end in person.mentions:
                if end <= start or not self._in_story(start):
                    continue
                head = index.doc[index.token_index(end - 1)]
                if head.lower_ in lexicon.subject_pronouns or _modifies_a_noun(head):
                    continue
                if self._a_body(head) and " " not in person.name:
                    continue  # "Labour said": a party the NER knows, not a person of that one name
                found.setdefault(head.i, (head.i, person.name, person.gender, _salience(head)))

    def _subject_mention(self, token: Token) -> _Mention | None:
        """A clause subject as a mention: a he/she, a titled holder, an unnamed speaker, a missed name."""
        lexicon = cue_lexicon()
        gender = lexicon.subject_pronouns.get(token.lower_)
        if gender in {"m", "f"}:
            return (token.i, None, gender, _salience(token))
        if token.lower_ in lexicon.role_nouns or token.lower_ in lexicon.titles:
            holder = self._subject_holder(token)
            if holder:
                # "The Tory leader said ...": the holder the article titled so is the topic too.
                person = self._find(holder)
                return (token.i, holder, person.gender if person else None, _salience(token))
        if _unnamed_speaker(token):
            # "One source told the Post ...": an unnamed speaker a later "he" may mean ("the
            # Conservative leader" is someone the article has named, if not in those words).
            return (token.i, "", None, _salience(token))
        if token.tag_ in _NAME_TAGS and token.lower_ not in lexicon.titles:
            return self._missed_name(token)
        return None

    def _missed_name(self, token: Token) -> _Mention | None:
        """A name as subject that the NER missed or mislabelled ("Kinte Burrell, 34, said ...").

        "O'Neill backed ..." read as an organisation counts; "the Budget was ..." is no one.
        """
        name = self._canonical(self._name_run(token))
        if not name:
            return None
        person = self._find(name)
        known = person is not None and (" " in person.name or self._may_be_person(token))
        new = self._may_be_person(token) and is_cue_verb(token.head) and not _has_article(token)
        if not (known or new):
            return None
        return (token.i, name, person.gender if person else None, _salience(token))

    def _subject_holder(self, token: Token) -> str | None:
        """The person a role noun subject stands for ("the prime minister" -> Alan Hart), if known."""
        start, end = mention_tokens(self.index, token)
        span = [self.index.doc[i] for i in range(start, end)]
        return self._holder(cue_lexicon().role_nouns.get(token.lower_, token.lower_), span, token)

    def _may_be_person(self, subject: Token) -> bool:
        """Whether a proper-noun subject may be a person the NER missed or mislabelled.

        A reporting verb's subject usually is one ("Levitan, a supporter,
        said"), unless it reads as an organisation of several words or an
        outlet ("The NY Times reported").
        """
        ent = self.index.entity(subject.i)
        if ent is None or ent.label_ == "PERSON":
            return True
        if not is_cue_verb(subject.head):
            return False
        return not (ent.label_ == "ORG" and (len(ent) > 1 or subject.lower_ in cue_lexicon().media_words))

    def _a_body(self, head: Token) -> bool:
        """Whether the NER reads a name as a party or organisation ("Labour", "the Lib Dems"), untitled."""
        ent = self.index.entity(head.i)
        if ent is None or ent.label_ not in _BODY_LABELS:
            return False
        return ent[0].lower_ not in cue_lexicon().titles

    def _in_story(self, char: int) -> bool:
        """Whether an offset is narration: outside quotations and credit lines."""
        if self.index.in_quote(char):
            return False
        paragraph = self.index.paragraph_starts[self.index.paragraph_of(char)]
        return self.index.text[paragraph : paragraph + 1] not in _CREDIT_OPENERS

    def _find(self, name: str) -> PersonRecord | None:
        """find_person over the article's people, remembered per name (names recur)."""
        if name not in self._found:
            self._found[name] = find_person(self.people, name)
        return self._found[name]

    def _person_in(self, head: Token) -> list[Token] | None:
        """The tokens of the person's name a mention is or stands beside ("spokeswoman, Connie Llanos")."""
        titles = cue_lexicon().titles
        for child in head.children:
            child_ent = self.index.entity(child.i)
            if child.dep_ == "appos" and child_ent is not None and child_ent.label_ == "PERSON":
                return list(child_ent)
        ent = self.index.entity(head.i)
        if ent is not None and ent.label_ == "PERSON" and not all(t.lower_ in titles for t in ent):
            return list(ent)
        named = _named_after_title(head)
        if named is not None and (named_ent := self.index.entity(named.i)) is not None:
            return list(named_ent)
        if head.tag_ in _NAME_TAGS and head.lower_ not in cue_lexicon().role_nouns:
            tokens = self._name_run(head)
            if self._find(clean_name(tokens)) is not None:
                return tokens
        return None

    def _name_run(self, head: Token) -> list[Token]:
        """A proper name the NER missed: the run of proper nouns ending at the head."""
        doc = self.index.doc
        start = head.i
        while start > 0 and (
            (doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ in _NAME_TAGS)
            or (doc[start - 1].lower_ in PARTICLES and doc[start - 1].head.i == head.i)
        ):
            start -= 1  # "Bill de Blasio": particles belong to the name
        return [doc[i] for i in range(start, head.i + 1)]

    def _canonical(self, tokens: Sequence[Token]) -> str:
        """A name as the article's people list knows it, else as written without titles.

        A surname two people share ("Wilpon") is the one mentioned lately.
        """
        name = clean_name(tokens)
        person = self._latest_person(name, tokens[-1]) if tokens else None
        return person.name if person is not None else name

    def _latest_person(self, name: str, before: Token) -> PersonRecord | None:
        """The person a name stands for; of several it could be, the one mentioned last before ``before``.

        A bare surname the people list keeps apart from the full name ("Kelly"
        beside "Ray Kelly") is read as the full name.
        """
        if self._find(name) is None:
            return None
        if name not in self._matches:
            self._matches[name] = [p for p in self.people if find_person([p], name) is not None]
        matches = self._matches[name] or [p for p in [self._find(name)] if p is not None]

        def last_mention(person: PersonRecord) -> int:
            return max((start for start, _ in person.mentions if start < before.idx), default=-1)

        chosen = max(matches, key=last_mention)
        fuller = [p for p in matches if p.name.endswith(" " + chosen.name)]
        return fuller[0] if fuller else chosen

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
        if self.index.entity(head.i) is not None and head.ent_type_ in NOT_SPEAKERS:
            return None  # "Tuesday said": a date, not a source
        qualifiers = [
            t
            for t in span
            if t.i != head.i
            and t.lower_ not in _DETERMINERS
            and t.lower_ not in _QUANTIFIERS
            and t.tag_ not in _NOT_QUALIFYING
        ]
        if not qualifiers and not any(t.tag_ in {"PRP$", "POS"} for t in span):
            return head.text.lower()  # "a spokesman said": the role is all the text says of the speaker
        return described(span)  # "his mother", "the agency's director"


def _unnamed_speaker(token: Token) -> bool:
    """A speaker noun subject of a reporting verb, singular and not yet defined: "one source told"."""
    lexicon = cue_lexicon()
    return (
        token.lower_ in lexicon.speaker_nouns
        and token.lower_ not in lexicon.role_nouns
        and token.tag_ == "NN"  # "residents" are no "he"
        and is_cue_verb(token.head)
        and not any(child.lower_ in {"the", "this", "that"} for child in token.children)
    )


def _looks_like_name(token: Token) -> bool:
    """A proper name, even one the tagger took for a common noun ("Meyers said", "Capers issued")."""
    if token.tag_ in _NAME_TAGS:
        return True
    lexicon = cue_lexicon()
    return (
        token.text[:1].isupper()
        and not token.is_sent_start
        and token.tag_ in {"NN", "NNS"}
        and token.lower_ not in lexicon.speaker_nouns
        and token.lower_ not in lexicon.titles
    )


def _plausible_name(name: str) -> bool:
    """Whether a string the NER took for a person can be one (not a link, a handle or a hashtag)."""
    return bool(name) and not any(mark in name for mark in ("/", "@", "#", "http", ".com"))


def _modifies_a_noun(token: Token) -> bool:
    """A name used as a modifier ("a Clinton supporter", "the Trump administration") refers to no one here."""
    return token.dep_ == "compound" and token.head.tag_ in {"NN", "NNS"}


def _salience(token: Token) -> float:
    """How central a mention is to its sentence (see MAIN_SUBJECT and the weights after it)."""
    if _in_a_list(token):
        return OTHER_MENTION  # "Davis, Letwin and Yeo were ...": a "he" later means none of a group
    subject = token
    if token.dep_ in {"appos", "compound"}:
        subject = token.head  # "Tom Homan, the border czar,"
    elif token.dep_ == "pobj" and _named_after_title(token.head.head) is token:
        subject = token.head.head  # "the minister for women Jacqui Smith said": the name is the subject
    owner = subject.dep_ == "poss"
    if owner:
        subject = subject.head  # "Lord Vance's plan comes ...": the plan's owner is the topic
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return OTHER_MENTION
    clause = subject.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # "Johnson arrived and said ...": still the main clause
    main = clause.dep_ == "ROOT"
    if owner:
        return SUBJECT_OWNER if main else OTHER_MENTION
    return MAIN_SUBJECT if main else CLAUSE_SUBJECT


def _reported_before(index: DocIndex, pronoun: Token) -> tuple[int, int]:
    """The token range of what a pronoun's reporting verb reports just before it, or an empty range.

    In "Mr Blair has failed, he claimed", "Mr Blair has failed" is reported;
    a clause set off by a quotation ("X was not happy: "…," he told") is not.
    """
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or not is_cue_verb(verb):
        return (0, 0)
    for child in verb.children:
        if child.dep_ != "ccomp" or child.i > verb.i:
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        if not any(index.in_quote(index.doc[i].idx) for i in range(end, pronoun.i)) and pronoun.i - end <= 2:
            return (start, end)
    return (0, 0)


def _named_after_title(head: Token) -> Token | None:
    """The name ending a title that runs through "for" or "of": "minister for women Jacqui Smith".

    The parser hangs the name on the preposition; a plain noun right before
    the name ("women") shows that it still belongs to the title, unlike "the
    spokesman for Mayor Adams", who is someone else.
    """
    lexicon = cue_lexicon()
    if head.lower_ not in lexicon.titles and head.lower_ not in lexicon.role_nouns:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of"}:
            continue
        for name in prep.children:
            if name.dep_ != "pobj" or name.ent_type_ != "PERSON":
                continue
            if any(
                child.dep_ == "compound" and child.tag_ in {"NN", "NNS"} and child.lower_ not in lexicon.titles
                for child in name.lefts
            ):
                return name
    return None


def _in_a_list(token: Token) -> bool:
    """Whether a name is one of several joined: "Davis and Yeo", "Davis, Letwin and Yeo"."""
    if token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children):
        return True
    names = {"PERSON"}
    if token.dep_ == "appos" and token.head.ent_type_ in names and token.ent_type_ in names:
        return True
    return token.ent_type_ in names and any(
        child.dep_ == "appos" and child.ent_type_ in names for child in token.children
    )


def _has_article(token: Token) -> bool:
    """Whether a noun takes "the" or "a": "the Budget" is a thing, not a person."""
    return any(child.dep_ == "det" for child in token.children)


def _title_head(title: tuple[str, ...]) -> str:
    """The word a title is of: "minister" in "deputy minister for women", "leader" in "Tory leader"."""
    words = list(title)
    for i, word in enumerate(words):
        if word in {"for", "of"} and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` occurs in ``words`` as a contiguous run."""
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))
