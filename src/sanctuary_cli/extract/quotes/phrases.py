"""The words of a speaker's mention: its phrase, the name in it, how central it is to its sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.given import first_name_gender
from sanctuary_cli.extract.people.names import strip_title
from sanctuary_cli.extract.quotes.lexicon import a_verb_of_saying, cue_lexicon
from sanctuary_cli.extract.quotes.verbs import is_cue_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from sanctuary_cli.extract.docindex import DocIndex

# Modifiers that belong to a noun phrase on its left: "an Aurora city spokesman".
LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "quantmod", "case"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "one"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP", "WP$", "DT", "WDT"})
INDEFINITE = frozenset({"a", "an", "another", "one", "some"})
NOT_LEADING = frozenset({"WDT", "WP", "WP$", "IN", "CC", "RB"})
# Words that do not make a described speaker specific: "his mother" names nobody.
NOT_QUALIFYING = frozenset({"PRP$", "DT", "POS", ",", ".", "HYPH", "``", "''", "CD", "PDT"})
QUANTIFIERS = frozenset(
    {"many", "some", "several", "other", "others", "few", "most", "all", "both", "various", "numerous"}
)
PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
BODY_LABELS = frozenset({"ORG", "NORP"})
MAX_PHRASE = 12
# How many earlier sentences naming someone a pronoun may look back over for its
# antecedent, and how many sentences in all.
PRONOUN_WINDOW = 4
PRONOUN_CHAIN = 25
# At most this many earlier mentions are weighed, however long the sentences.
MAX_LOOKBACK = 40
# How much a mention makes its person the topic: the subject of the main clause
# most, the subject of another clause or the owner of a subject ("Vance's plan
# comes ...") less, any other mention least.
MAIN_SUBJECT = 3.0
SUBJECT_OWNER = 2.0
CLAUSE_SUBJECT = 1.5
OTHER_MENTION = 1.0
# Each further mention of the same person in the window adds this much, up to MAX_REPEATS times:
# the topic of a paragraph keeps some weight, but the subject just before the pronoun wins.
REPEAT_BONUS = 0.05
MAX_REPEATS = 3
# Each sentence further back weighs this much less; a person of unknown gender this much less.
SENTENCE_DECAY = 0.6
UNKNOWN_GENDER = 0.8
# Title words that do not change which office a role names ("the city's mayor").
NEUTRAL_QUALIFIERS = frozenset({"city", "state", "county", "federal", "u.s.", "us", "national", "new", "top"})
TITLE_WINDOW = 8
# At most this many titles on each side of a role mention are compared with it.
TITLE_SCAN = 50
# Paragraphs opening like this are credits and captions: "— Name (@handle)", "(Photo / Getty Images)".
CREDIT_OPENERS = ("—", "–", "(", "[")


def mention_tokens(index: DocIndex, head: Token) -> tuple[int, int]:
    """The token range [start, end) of the noun phrase a speaker's head token leads."""
    ent = index.entity(head.i)
    start, end = (ent.start, ent.end) if ent is not None else (head.i, head.i + 1)
    start, end = _widened(head, start, end)
    start, end = _trimmed(index, head, start, end)
    if end - start > MAX_PHRASE:
        start, end = (ent.start, ent.end) if ent is not None else (head.i, head.i + 1)
    return start, end


def _widened(head: Token, start: int, end: int) -> tuple[int, int]:
    """The phrase grown by the head's modifiers: "an Aurora city spokesman", "a spokesman for the mayor"."""
    for child in head.lefts:
        if child.dep_ in LEFT_DEPS:
            start = min(start, child.left_edge.i)
    speaker_noun = head.lower_ in cue_lexicon().speaker_nouns
    for child in head.rights:
        if child.dep_ == "compound" or (child.dep_ == "case" and child.i == end):
            end = max(end, child.right_edge.i + 1)
        elif (
            speaker_noun
            and child.dep_ == "prep"
            and child.lower_ in {"of", "for"}
            and child.i == end
            and any(grand.dep_ == "pobj" for grand in child.children)  # not "the senator of saying ..."
        ):
            end = max(end, child.right_edge.i + 1)  # "a spokesman for the mayor", "the governor of Illinois"
    return start, end


def _trimmed(index: DocIndex, head: Token, start: int, end: int) -> tuple[int, int]:
    """A phrase kept out of quotations and earlier paragraphs, without leading function words."""
    doc = index.doc
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text:
            start = i + 1
            break
    while start < head.i and (
        index.in_quote(doc[start].idx)
        or doc[start].is_punct
        or "\n" in doc[start].text
        or doc[start].tag_ in NOT_LEADING  # "in which reporter Judd Rose": the phrase starts at "reporter"
    ):
        start += 1
    while end > head.i + 1 and (index.in_quote(doc[end - 1].idx) or doc[end - 1].is_punct):
        end -= 1
    return start, end


def clean_name(tokens: Sequence[Token]) -> str:
    """A name without its titles or possessive: "Illinois Gov. JB Pritzker's" -> "JB Pritzker".

    Titles go by the people package's normaliser (``names.strip_title``);
    here only the words it cannot judge from text alone are dropped: the
    owner before a possessive ("Fleetwood Mac's Stevie Nicks") and the place
    or body a title belongs to ("Chicago Mayor", "White House spokeswoman").
    """
    words = [t for t in tokens if t.tag_ != "POS" and not (t.is_punct and t.text not in {".", "-", "'"})]
    if len(words) > 1 and a_verb_of_saying(words[-1].text):
        words = words[:-1]  # "Mayor Quillon Tweeted:"
    owners = [i for i, token in enumerate(tokens) if token.tag_ == "POS"]
    if owners and owners[-1] < len(tokens) - 1:
        words = [t for t in words if t.i > tokens[owners[-1]].i] or words
    lead = 0
    while lead < len(words) - 1 and (words[lead].ent_type_ in PLACE_LABELS | {"ORG"} or words[lead].lower_ == "the"):
        lead += 1
    if lead and strip_title(joined(words[lead:])) != joined(words[lead:]):
        words = words[lead:]  # the place or body of the title that follows
    # A dash glued to a signature ("-Ann Lee") is no part of the name.
    return strip_title(joined(words).lstrip("-–—―")).removesuffix("'s").removesuffix("’s").strip()


def joined(tokens: Sequence[Token]) -> str:
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
    while words and words[0].lower_ in DETERMINERS:
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def common_form(token: Token) -> str:
    """A described speaker's head word as running text writes a common noun: "Critics said" gives "critics".

    The word keeps its capitals where they are its own: inside it ("MPs"), or
    where the article capitalises it in the middle of a sentence too, which
    makes it a name ("Labour say ..." in an article that writes "voters
    associated with Labour").
    """
    text = token.text
    if text[1:] != text[1:].lower() or (text[:1].isupper() and _capitalised_mid_sentence(token)):
        return text
    return text.lower()


def _capitalised_mid_sentence(token: Token) -> bool:
    """Whether the article writes the word, capitalised, after a lower-case word and before no capitalised one.

    A headline's title case ("City Officials Say") capitalises its neighbours too, so it does not count.
    """
    doc = token.doc
    for other in doc:
        if other.text != token.text or other.i == token.i or other.i == 0:
            continue
        before = doc[other.i - 1]
        after = doc[other.i + 1] if other.i + 1 < len(doc) else None
        if before.is_lower and before.is_alpha and (after is None or not after.text[:1].isupper()):
            return True
    return False


def unnamed_speaker(token: Token) -> bool:
    """A speaker noun subject of a reporting verb, singular and not yet defined: "one source told"."""
    lexicon = cue_lexicon()
    return (
        token.lower_ in lexicon.speaker_nouns
        and token.lower_ not in lexicon.role_nouns
        and token.tag_ == "NN"  # "residents" are no "he"
        and is_cue_verb(token.head)
        and not any(child.lower_ in {"the", "this", "that"} for child in token.children)
    )


# Endings of nouns for someone who does something: "questioner", "narrator", "columnist", "chairmen".
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "men", "ee", "eer")


def speaking_noun(token: Token) -> bool:
    """Whether a common noun can be a described source: a person, a body, a document, an outlet.

    "The questioner said" and "the letter said" describe who or what spoke;
    "the matter, he said" and "a campaign shakeup explaining" do not.
    """
    lexicon = cue_lexicon()
    word = token.lower_
    if word in lexicon.speaker_nouns or word in lexicon.document_nouns or word in lexicon.owned_bodies:
        return True
    if word in lexicon.role_nouns or word in lexicon.titles or word in lexicon.media_words:
        return True
    if token.ent_type_ in {"ORG", "NORP"} or token.text[:1].isupper():
        return True  # a body, or a name the tagger took for a common noun ("Hannity interjected:")
    singular = word.removesuffix("s")
    if singular in lexicon.agent_lookalikes or singular.endswith("ment"):
        return False  # "the matter", "the government's statement"
    return singular.endswith(AGENT_ENDINGS)


def surname_named_before(token: Token) -> bool:
    """Whether a capitalised word is the last word of a person's full name written earlier."""
    return full_name_before(token) is not None


def full_name_before(token: Token) -> list[Token] | None:
    """The person's full name written earlier whose last word a capitalised word is, if any.

    A surname that is also a common word ("Al From", "George Will", "Bill
    Skelly") is often tagged as one when it stands alone; after the article
    has given the full name, the bare word is that person.
    """
    if not token.text[:1].isupper() or token.text.isupper() or token.tag_ in PRONOUN_TAGS:
        return None
    doc = token.doc
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and ent.end <= token.i and ent[-1].text == token.text:
            return list(ent)
    # A full name the NER missed: a given name just before the same word ("Al From founded ...").
    for i in range(1, token.i):
        if doc[i].text == token.text and doc[i - 1].tag_ in NAME_TAGS and first_name_gender(doc[i - 1].text):
            return [doc[i - 1], doc[i]]
    return None


def looks_like_name(token: Token) -> bool:
    """A proper name, even one the tagger took for a common noun ("Meyers said", "Capers issued")."""
    if token.tag_ in NAME_TAGS:
        return True
    lexicon = cue_lexicon()
    return (
        token.text[:1].isupper()
        and not token.is_sent_start
        and token.tag_ in {"NN", "NNS"}
        and token.lower_ not in lexicon.speaker_nouns
        and token.lower_ not in lexicon.titles
    )


def plausible_name(name: str) -> bool:
    """Whether a string the NER took for a person can be one (not a link, a handle or a hashtag)."""
    return bool(name) and not any(mark in name for mark in ("/", "@", "#", "http", ".com"))


def modifies_a_noun(token: Token) -> bool:
    """A name used as a modifier ("a Clinton supporter", "the Trump administration") refers to no one here."""
    return token.dep_ == "compound" and token.head.tag_ in {"NN", "NNS"}


def mention_salience(token: Token) -> float:
    """How central a mention is to its sentence (see MAIN_SUBJECT and the weights after it)."""
    if in_a_list(token):
        return OTHER_MENTION  # "Davis, Letwin and Yeo were ...": a "he" later means none of a group
    subject = token
    if token.dep_ in {"appos", "compound"}:
        subject = token.head  # "Tom Homan, the border czar,"
    elif token.dep_ == "pobj" and named_after_title(token.head.head) is token:
        subject = token.head.head  # "the minister for women Jacqui Smith said": the name is the subject
    owner = subject.dep_ == "poss"
    if owner:
        subject = subject.head  # "Lord Vance's plan comes ...": the plan's owner is the topic
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return OTHER_MENTION
    clause = subject.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "Johnson arrived and said ...": still the main clause
    main = clause.dep_ == "ROOT"
    if owner:
        return SUBJECT_OWNER if main else OTHER_MENTION
    return MAIN_SUBJECT if main else CLAUSE_SUBJECT


def reported_before(index: DocIndex, pronoun: Token) -> tuple[int, int]:
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


def named_after_title(head: Token) -> Token | None:
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


def in_a_list(token: Token) -> bool:
    """Whether a name is one of several joined: "Davis and Yeo", "Davis, Letwin and Yeo"."""
    if token.dep_ == "conj" or any(child.dep_ == "conj" for child in token.children):
        return True
    names = {"PERSON"}
    if token.dep_ == "appos" and token.head.ent_type_ in names and token.ent_type_ in names:
        return True
    return token.ent_type_ in names and any(
        child.dep_ == "appos" and child.ent_type_ in names for child in token.children
    )


def has_article(token: Token) -> bool:
    """Whether a noun takes "the" or "a": "the Budget" is a thing, not a person."""
    return any(child.dep_ == "det" for child in token.children)


def title_head(title: tuple[str, ...]) -> str:
    """The word a title is of: "minister" in "deputy minister for women", "leader" in "Tory leader"."""
    words = list(title)
    for i, word in enumerate(words):
        if word in {"for", "of"} and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


def contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    """Whether ``part`` occurs in ``words`` as a contiguous run."""
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


def document_author(token: Token) -> Token | None:
    """Who put out the document a speaker's mention names, when the sentence says so.

    "Lee is releasing a new ad that urges voters ...": Lee; "a fundraising
    email sent out by Lee warned": Lee; "the ad says" alone names no author.
    """
    lexicon = cue_lexicon()
    if token.lower_ not in lexicon.document_nouns or token.tag_ not in {"NN", "NNS"}:
        return None
    for child in token.children:
        if child.dep_ != "acl":
            continue
        agents = [o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if agents:
            return agents[0]
    verb = token.head
    if token.dep_ != "dobj" or verb.lower_ not in lexicon.authoring_verbs or not verb.tag_.startswith("VB"):
        return None
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    return subjects[0] if subjects else None
