"""Where a name the tagger read ends: a word run on after it, a generation's suffix, two names run together.

The tagger reads a capitalised word after a name into it: "Quillon Googles the question" (a
verb a brand gave), "Quillon Bingo" (a game named after him), "the Ada Quillon Tombstone" (a
work). Where the article names that person elsewhere ("Ada Quillon"), the run is the person's
name and a word more: the mention is the name without it. "Quillon Sr" without a given name is
the surname, as the article uses it, unless the article writes a full name with the suffix.
"Is Ada Orrin's match?" runs two people the article writes alone again and again into one name
written once, after both (a person's full name comes first, before the article shortens it): the
mention is the second, whose "'s" it carries.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from sanctuary_cli.extract.docindex import index
from sanctuary_cli.extract.people.common import Mention
from sanctuary_cli.extract.people.given import fold, known_given_name
from sanctuary_cli.extract.people.names import PARTICLES, SUFFIXES, name_rules, person_key
from sanctuary_cli.extract.people.personal import common_word, word_frequency
from sanctuary_cli.extract.people.roles import lexicon, role_form
from sanctuary_cli.extract.places.article import cues as city_cues
from sanctuary_cli.extract.places.gazetteer import is_country
from sanctuary_cli.extract.quotes.lexicon import a_verb_of_saying

if TYPE_CHECKING:
    from spacy.tokens import Doc

ALONE = 2  # each of two names run together is written alone at least this often before the run


def reread(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each run-on word, stray suffix or run-together name taken off."""
    text = index(doc).text
    full = [m.text.split() for m in mentions if len(m.text.split()) >= 2]
    lower_words = set(re.findall(r"\w+", text))
    common = {words[0]: _common_word(words[0], text, lower_words) for words in full}
    alone = {m.text for m in mentions if len(m.text.split()) == 1}  # the names the tagger read alone
    readings: dict[str, tuple[set[str], set[str], set[str]]] = {}  # what a name's other names say, once a name
    out = []
    for mention in mentions:
        if mention.text not in readings:
            readings[mention.text] = _other_names(mention.text, full, common)
        cut = _name_part(mention, text, readings[mention.text], alone)
        if cut is not None:
            mention = _shortened(doc, mention, cut)
        out.append(mention)
    return out


def _other_names(name: str, full: list[list[str]], common: dict[str, bool]) -> tuple[set[str], set[str], set[str]]:
    """What the article's other names of several words say of ``name``: their surnames that open with
    no common word, their keys, and the surnames a word after a surname may be a second surname of."""
    others = [words for words in full if " ".join(words) != name]
    # the surnames of names that open with no common word ("Good Quillon", a heading's epithet)
    surnames = {fold(words[-1]) for words in others if not common[words[0]]}
    keys = {person_key(" ".join(words)) for words in others}
    # a full name opening with a given name that is no one's surname here ("Roderick Quillon"):
    # its surname after another surname is a double surname ("Danvers Quillon"), not a word run on
    borne = {fold(words[-1]) for words in others if known_given_name(words[0]) and fold(words[0]) not in surnames}
    # ... unless no longer name here holds the two ("Bratton Sharpton" beside "Al Sharpton" and
    # "Bill Bratton", never inside one name: two people run together, the first kept)
    borne -= _unattested(name, others)
    return surnames, keys, borne


def _unattested(name: str, others: list[list[str]]) -> set[str]:
    """The last word of a two-word name when no longer name among ``others`` holds its two words in a
    row (so the two are no one's double surname); else nothing."""
    words = [fold(w) for w in name.split()]
    pairs = {(fold(o[i]), fold(o[i + 1])) for o in others if len(o) > 2 for i in range(len(o) - 1)}
    if len(words) != 2 or tuple(words) in pairs:
        return set()
    return {words[1]}


def _common_word(word: str, text: str, lower_words: set[str]) -> bool:
    """Whether the text writes the word in lower case too ("good" of "Good Quillon"); ``lower_words``:
    the text's words, which answer for a word of letters alone without a search of the text."""
    lower = word.lower()
    if lower == word:
        return False
    if re.fullmatch(r"\w+", lower):
        return lower in lower_words
    return re.search(rf"\b{re.escape(lower)}\b", text) is not None


def _name_part(
    mention: Mention, text: str, reading: tuple[set[str], set[str], set[str]], alone: set[str]
) -> tuple[int, int] | None:
    """The characters (offsets in the mention) of the name inside it, or None to keep it whole.
    ``reading``: the last words and the keys of the article's other names of several words, and the
    surnames of those that open with a given name (a word after a surname that is one of these is a
    second surname: "Danvers Quillon" beside "Roderick Quillon"); ``alone``: the names the article
    writes as one word."""
    surnames, keys, borne = reading
    words = mention.text.split()
    if len(words) < 2:
        return None
    outside = _words_outside(mention.text, words, text) or _past_initials_ending_a_sentence(
        mention.text, words, keys, text[: mention.start], text
    )
    if outside is not None:
        return outside
    last = words[-1].rstrip(".")
    if (len(words) == 2 and fold(last) == "sr" and not known_given_name(words[0])
            and not _suffixed_full_name(words[0], text)):
        return 0, len(words[0])  # "Quillon Sr said": the surname, as the article uses it
    if fold(last) in SUFFIXES or fold(last) in PARTICLES or (known_given_name(last) and len(words) > 2):
        return _run_together(mention, text)
    if len(words) == 2:
        glued = _glued(mention, text, surnames, alone)
        if glued is not None:
            return glued
        if fold(last) in borne or fold(words[0]) not in surnames or known_given_name(words[0]):
            return _run_together(mention, text)
        return 0, len(words[0])  # "Quillon Googles" where "Ada Quillon" is named
    return _a_name_and_more(mention.text, words, keys)


def _a_name_and_more(name: str, words: list[str], keys: set[str]) -> tuple[int, int] | None:
    """The name inside a longer one: "Ada Quillon Tombstone" where the article names "Ada Quillon"; None if
    none. Words after it that the article names as a name of their own with the surname ("Quillon Tessel
    was back at her hotel") are a second surname, a married name: "Ada Quillon Tessel" is kept whole."""
    for n in range(len(words) - 1, 1, -1):
        head = " ".join(words[:n])
        if person_key(head) in keys and person_key(head) != person_key(name):
            if person_key(" ".join(words[n - 1 :])) in keys:
                return None
            return 0, name.index(words[n - 1], len(" ".join(words[: n - 1]))) + len(words[n - 1])
    return None


def _past_initials_ending_a_sentence(
    name: str, words: list[str], keys: set[str], earlier: str, text: str
) -> tuple[int, int] | None:
    """The name up to its initials where they end a sentence and the next one's first word is the surname of
    another name the article wrote before (``earlier``: the text before the mention): "working with Louis Q.T.
    Allen told them" beside "Woody Allen", where the article writes "Q.T." alone too. None otherwise."""
    before, last = words[-2], fold(words[-1])
    if len(words) < 3 or len(before) <= 2 or not before.endswith("."):
        return None
    named_before = any(
        k.split()[-1] == last and k != person_key(name)
        and re.search(r"\s+".join(map(re.escape, k.split())), earlier, re.IGNORECASE) for k in keys
    )
    if named_before and re.search(rf"{re.escape(before)}(?!\s+{re.escape(words[-1])})", text):
        return 0, name.rindex(before) + len(before)
    return None


# capitalised closed-class words: after a name, a headline written in title case goes on ("Quillon Sings To The Crowd")
HEADLINE_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "her", "his", "in", "into", "its", "of", "on", "onto"}
    | {"our", "over", "the", "their", "to", "with"}
)


def _glued(mention: Mention, text: str, surnames: set[str], alone: set[str]) -> tuple[int, int] | None:
    """The one name inside a two-word mention that a common word is glued to, as offsets in the
    mention, or None: a plural of a surname the article gives another person ("the Bram Quillons"
    beside "Ada Quillon"); a headline's verb after a name the article also writes as one word
    (``alone``), in a title-case line that goes on ("Mayor Quillon Hails The Plan"), or a country
    after such a name (a fan account's "Quillon Spain"); a given name hyphened after another
    person's surname (a contest's "Vale-Ada Quillon"); a common word the text writes in lower case
    after another person's surname ("Quillon Memo" above "the memo") or before a name of one word
    (an epithet: "Grumpy Quillon" where the story writes "a grumpy Quillon" and "Quillon" alone)."""
    first, last = mention.text.split()
    if _plural_of(last, surnames) and not known_given_name(last[:-1]):
        return 0, len(mention.text) - 1
    pair = _hyphened_pair(first, surnames)
    if pair is not None:
        return pair, len(mention.text)
    if _epithet(first, last, mention, text):
        return len(mention.text) - len(last), len(mention.text)
    if known_given_name(last) or fold(last) in surnames:
        return None
    if not known_given_name(first) and first in alone and _run_on(last, text, mention):
        return 0, len(first)
    if fold(first) in surnames and _lower_case_word(last, text):
        return 0, len(first)
    if not known_given_name(first) and fold(first) not in PARTICLES and _lower_case_word(first, text) and last in alone:
        return len(mention.text) - len(last), len(mention.text)
    return None


def _epithet(first: str, last: str, mention: Mention, text: str) -> bool:
    """Whether the first of two words is a common English word glued before a name the text has
    already written without it, the two together only here and at a sentence's opening (maybe
    after one word): an epithet ("Now Nanny Quillon"), an interjection ("Ahh Quillon") or a verb
    opening a line ("Watch Quillon dance", after "Ada Quillon"). Its lower case need not be in the
    article: wordfreq says which words English writes often. A given name the lists hold ("Hope
    Quillon") stays, and so does a name written more than once, mid-sentence ("met Apple Quillon")
    or before its surname alone (a full name comes first)."""
    if not (first.isalpha() and last.isalpha() and first[1:].islower()) or known_given_name(first):
        return False
    if fold(first) in PARTICLES or first in name_rules().nickname_words or text.count(mention.text) > 1:
        return False  # "Air Quillon", a nickname's word, is its own name (see ``names.non_person_reason``)
    if not _LINE_OPENS.search(text[: mention.start]):
        return False  # mid-sentence, a common word is a given name too ("met Apple Quillon")
    # the surname alone or after another word, never as a given name before a capitalised word
    earlier = re.search(rf"(?<!{re.escape(first)} )\b{re.escape(last)}\b(?!\s+[A-Z])", text[: mention.start])
    return earlier is not None and common_word(first)


# a sentence's or a line's opening, maybe one capitalised word after it ("Now Nanny Quillon")
_LINE_OPENS = re.compile(r"""(?:\A|[.!?:]["”'’)]?\s+|\n)["“'‘(]?(?:[A-Z][a-z]+,?\s+)?\Z""")


def _words_outside(name: str, words: list[str], text: str) -> tuple[int, int] | None:
    """The name without a headline's verb of saying or a title before "of" after it ("Mayor Quillon Tweeted:",
    "Quillon Says", "Ada Quillon King Of The Realm"), or without a common word glued before a given name
    ("Shooter Ada Quillon", "Hopefully Ada"), as offsets in the name; None if none. ``text``: the article's."""
    if a_verb_of_saying(words[-1]):
        return 0, len(name.rstrip()) - len(words[-1]) - 1
    if len(words) >= 3 and _a_title_of_something(words[-1], name, text):
        return 0, name.rindex(words[-2]) + len(words[-2])  # "Ada Quillon King Of The Realm"
    if len(words) >= 3 and _a_descriptor(words[0], words[1], text):
        return name.index(words[1], len(words[0])), len(name)
    if len(words) == 2 and _a_sentence_adverb(words[0]) and known_given_name(words[1]):
        return name.index(words[1], len(words[0])), len(name)  # "Hopefully Ada will start"
    return None


def _a_sentence_adverb(word: str) -> bool:
    """Whether a capitalised word is a common adverb in -ly opening a sentence ("Hopefully", "Luckily"),
    no given name ("Kelly", "Holly")."""
    return (word.endswith("ly") and len(word) > 4 and word[1:].islower() and not known_given_name(word)
            and word_frequency(word) >= DESCRIPTOR_WORD)


DESCRIPTOR_WORD = 3.9  # Zipf frequency from which a word before a given name and a surname is a noun glued
# on ("Shooter", 4.1; "Comedian", 4.0), below the names that open some full names ("Lin", 3.8; "Ahmad", 3.6)


def _a_descriptor(first: str, second: str, text: str) -> bool:
    """Whether the first of three words or more is a common word no name list holds, before a listed given
    name: a noun or an adverb the tagger read into the name ("Shooter Ada Quillon", "Luckily Bram Orwell"),
    a rarer noun the article writes in lower case too ("Barber Ada Quillon ... the barber said", "Jurors
    Bram Orwell"), or a team's player ("Knick Ada Quillon", of the Knicks)."""
    if not (first.isalpha() and first[:1].isupper() and first[1:].islower()) or known_given_name(first):
        return False
    if fold(first) in PARTICLES or not known_given_name(second):
        return False
    if word_frequency(first) >= DESCRIPTOR_WORD or (first.lower() + "s",) in city_cues().team_after:
        return True
    singular = first[:-1] if first.endswith("s") else first
    return any(_lower_case_word(form, text) for form in {first, singular, singular + "s"})


def _hyphened_pair(first: str, surnames: set[str]) -> int | None:
    """Where the second of two names hyphened into a contest's name starts ("the Vale-Ada Quillon
    bout" beside "Bram Vale"): a surname the article gives another person, a hyphen, a given name."""
    head, _, given = first.partition("-")
    if not given or fold(head) not in surnames or not known_given_name(given):
        return None
    return len(head) + 1


def _a_title_of_something(last: str, name: str, text: str) -> bool:
    """Whether a name's last word is a title that the article writes after the name only before "of":
    "Elect Ada Quillon King Of The Realm", "Ada Quillon Mayor of Tulsa" (a title-case line); a surname
    such as King is written without the "of" too ("Bram Luther King spoke")."""
    if role_form(last) is None and last not in lexicon().honorifics:
        return False
    return all(re.match(r"\s+of\b", text[m.end():], re.IGNORECASE) for m in re.finditer(re.escape(name), text))


def _run_on(last: str, text: str, mention: Mention) -> bool:
    """Whether the word after a name the text writes alone is run on: a headline's verb in a line
    that goes on in title case ("Quillon Hails The Plan"), or a country ("Quillon France (@fans)",
    a fan account's name)."""
    return _headline_goes_on(text, mention.end) or is_country(last)


def _plural_of(word: str, surnames: set[str]) -> bool:
    """Whether ``word`` is a surname of the article's other names with a plural's "s" ("Quillons")."""
    return len(word) > 3 and word.endswith("s") and fold(word[:-1]) in surnames and fold(word) not in surnames


def _headline_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised closed-class word follows the mention: a title-case line ("... His Plan")."""
    after = re.match(r"\s+([A-Z][a-z]*)\s+[A-Z0-9]", text[end:])
    return after is not None and after.group(1).lower() in HEADLINE_WORDS


def _lower_case_word(word: str, text: str) -> bool:
    """Whether the text writes a capitalised word in lower case too ("memo" of "Quillon Memo"), as a
    word of its prose: not a handle's, a hashtag's or a web address's ("@adaquillon")."""
    lower = word.lower()
    prose = rf"(?<![@#/.\w]){re.escape(lower)}\b"
    return word.isalpha() and lower != word and re.search(prose, text) is not None


def _suffixed_full_name(surname: str, text: str) -> bool:
    """Whether the text writes a given name before the surname and its suffix ("Ada Quillon Sr.")."""
    return re.search(rf"\b[A-Z][a-z]+\.?\s+{re.escape(surname)},?\s+Sr\b", text) is not None


def _run_together(mention: Mention, text: str) -> tuple[int, int] | None:
    """The second of two names run together (see :func:`run_together`), as offsets in the mention."""
    if not run_together(mention.text, text):
        return None
    return mention.text.rindex(mention.text.split()[1]), len(mention.text)


def run_together(name: str, text: str) -> bool:
    """Whether two words the text writes as one name once are two people: a given name and a word
    the text writes alone, each again and again before the one place it writes them together
    ("Ada" and "Orrin" before "Is Ada Orrin's match?"). A person's full name comes first."""
    words = name.split()
    if len(words) != 2 or not known_given_name(words[0]) or not words[1].isalpha() or words[0] == words[1]:
        return False
    together = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    if len(together) != 1:
        return False
    before = text[: together[0]]
    for word in words:
        alone = [m for m in re.finditer(rf"\b{re.escape(word)}\b", before) if not _in_a_longer_name(before, m)]
        if len(alone) < ALONE:
            return False
    return True


def _in_a_longer_name(text: str, match: re.Match[str]) -> bool:
    """Whether a word is written with a capitalised word right before or after it (part of a name)."""
    after = re.match(r"(?:['’]s)?\s+[A-Z]", text[match.end() :])
    before = re.search(r"[A-Z][\w.'’-]*\s+$", text[: match.start()])
    return after is not None or before is not None


def _shortened(doc: Doc, mention: Mention, cut: tuple[int, int]) -> Mention:
    """The mention narrowed to ``cut`` (offsets inside it), its last token found again."""
    start, end = mention.start + cut[0], mention.start + cut[1]
    span = index(doc).span(start, end)
    token = span.end - 1 if span is not None else mention.token
    return replace(mention, start=start, end=end, text=index(doc).text[start:end], token=token)
