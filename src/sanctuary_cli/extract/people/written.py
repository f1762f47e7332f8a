"""What an article's own text says about a one-word name its people extractor kept alone.

The tagger misses names: an article may write "the photographer Tessa Lindqvist" once,
in a caption or a headline, and "Lindqvist" ten times, and only the surname reaches the
store. The full name is still in the text. Read back, it tells which person the lone
word is: "Lindqvist" is Tessa Lindqvist, "Zarek" is the Zarek Tessel the text writes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache

from sanctuary_cli.extract.people.edges import a_names_plural, question_verb
from sanctuary_cli.extract.people.given import first_name_gender, fold, known_given_name
from sanctuary_cli.extract.people.names import (
    PARTICLES,
    POSSESSIVE,
    body_word,
    facility_word,
    name_rules,
    person_key,
    split_name,
)
from sanctuary_cli.extract.people.personal import not_a_personal_name
from sanctuary_cli.extract.people.roles import lexicon
from sanctuary_cli.extract.people.runon import run_together

_GIVEN = r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"  # "Tessa", "Anne-Marie"
_SPACE = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"  # a name may wrap onto the next line, never run past a paragraph
_INITIAL = rf"(?:[A-Z]\.{_SPACE})?"  # "Tessa R. Lindqvist"
_NICKNAME = r'(?:["“]([^"”\n]{1,30})["”]\s+)?'  # 'Tessa "The Hammer" Lindqvist': a nickname in quotes
_SURNAME = r"((?:(?:[Dd]e|[Dd]el|[Vv]an|[Vv]on|[Dd]i|[Dd]a|[Ll]e|[Ll]a)\s+)?[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*)"
_INITIALS_SURNAME = r"((?:[A-Z]\.){2,})"  # "Zarek T.K.": a surname news writes as initials
_NEXT_WORD = re.compile(r"(?:['’]s|(?<=n)['’])?\s+([A-Z][A-Za-z.]*)")  # "Glimmin' Donuts": a dropped g


@dataclass(frozen=True)
class Written:
    """Capitalised pairs an article writes with a word, full names if anything: the word as their
    surname ("Tessa Lindqvist" for "Lindqvist") and as their given name ("Zarek Tessel" for
    "Zarek"), as written. Titles are left out ("Mayor Lindqvist")."""

    as_surname: tuple[str, ...] = ()
    as_given: tuple[str, ...] = ()
    as_clipped: tuple[str, ...] = ()  # the word as a longer given name's start ("Walter Quillon" for "Walt")


def written_with(word: str, text: str) -> Written:
    """The full names ``text`` writes around ``word`` (see :class:`Written`). A name that runs on
    into a place's or body's ("the Tessa Lindqvist Foundation") is that body's, not hers."""
    if not surname_alone(word):
        return Written()
    text += _headings(word, text)
    # "Marnie Marnie", the word said twice (a heading run into its line), is no one's full name
    as_surname = {
        f"{given} {word}" for given, end in _given_before(word, text)
        if not title_word(given) and not _runs_on(text, end) and given.casefold() != word.casefold()
    }
    as_given = set()
    for start in _occurrences(word, text):
        m = _AFTER.match(text, start + len(word))
        after = POSSESSIVE.sub("", m.group(1) or m.group(2)) if m is not None else word
        if m is not None and not _runs_on(text, m.end()) and not title_word(after) and after != word:
            as_given.add(f"{word} {after}")
    return Written(tuple(sorted(as_surname)), tuple(sorted(as_given)), _clipped_given(word, text))


def _clipped_given(word: str, text: str) -> tuple[str, ...]:
    """The full names whose given name runs on past ``word`` ("Walter Quillon" for "Walt"), as written."""
    found = set()
    for start in _occurrences(word, text):
        m = _RUNS_ON_GIVEN.match(text, start + len(word))
        if m is None or _runs_on(text, m.end()) or m.group(2) is None:
            continue
        found.add(f"{word}{m.group(1)} {POSSESSIVE.sub('', m.group(2))}")
    return tuple(sorted(found))


BODY_NAMES = 2  # a word written this often as a body's first word ("Tessel News") ...


def short_for_a_body(word: str, text: str) -> bool:
    """Whether the text writes ``word`` as the first word of a body's name ("Tessel News", "Tessel
    Pharmaceuticals") again and again, and never after a given name: the word alone there is that
    body's short name ("Tessel reported", "a Tessel host"), not a namesake's surname."""
    if not surname_alone(word):
        return False
    ends = [start + len(word) for start in _occurrences(word, text)]
    in_a_body = sum(_a_bodys_word_next(text, end) for end in ends)
    return in_a_body >= BODY_NAMES and not any(_given_name(given) for given, _ in _given_before(word, text))


def _a_bodys_word_next(text: str, end: int) -> bool:
    """Whether a body's word follows the word ending at ``end`` ("Tessel News"), but no building's
    after it: "Tessel International Hotel" is a building named after a person, not a company's
    short name."""
    found = _NEXT_WORD.match(text, end)
    if found is None or not body_word(found.group(1)):
        return False
    after = _NEXT_WORD.match(text, found.end())
    return after is None or body_word(after.group(1)) or not facility_word(after.group(1))


def surname_alone(word: str) -> bool:
    """A surname written alone: one capitalised word ("Lindqvist"), or a particle and one ("van Tessel",
    "de Orrin"), as news writes a surname after its first mention."""
    if " " not in word:
        return word[:1].isupper()
    words = word.split()
    if len(words) == 2 and words[0].lower() in PARTICLES and words[1][:1].isupper():
        return True  # "Von Tessel", a particle capitalised as a sentence opens with it
    return not split_name(word).full and all(w[:1].isupper() or w in PARTICLES for w in words)


def only_in_a_body_name(word: str, text: str) -> bool:
    """Whether the text writes ``word`` after a given name only inside a body's or a place's name
    ("the Tessa R. Lindqvist Foundation"), never as a person's full name: the word alone is then
    the body ("Lindqvist reversed its decision"), named after someone the article does not write about."""
    if not surname_alone(word):
        return False
    ends = [end for given, end in _given_before(word, text) if _given_name(given)]
    return bool(ends) and all(_runs_on(text, end) for end in ends)


# The names around a word are read with patterns compiled once, at each place the word is
# written, rather than with patterns compiled for each word: compiling was most of the
# cross-document step's time, one word at a time across the store.
_BEFORE = re.compile(rf"\b{_GIVEN}{_SPACE}{_INITIAL}{_NICKNAME}\Z")  # what a given name before the word looks like
_BRACKETED_BEFORE = re.compile(rf"[\[(]{_GIVEN}[)\]][ \t]+\Z")  # an editor's insertion: "[Tessa] Lindqvist"
# "G.N. Lindqvist", "T. Lindqvist", or an initial written bare ("T Lindqvist"; "A" and "I" are words)
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\.){1,3}|[B-HJ-Z](?=\s))\s*\Z")
# initials that are a place's or a body's, not a person's ("the U.S. Lindqvist")
_NO_ONES_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "D.C.", "N.Y.", "N.J.", "L.A.", "E.U."})
_AFTER = re.compile(rf"{_SPACE}{_INITIAL}(?:{_SURNAME}\b|{_INITIALS_SURNAME})")  # and a surname after it
_RUNS_ON_GIVEN = re.compile(rf"([a-z]+){_SPACE}{_INITIAL}{_SURNAME}\b")  # "Walt" + "er Quillon"
_LONGEST_BEFORE = 80  # characters a given name and an initial take, and more


def _given_before(word: str, text: str) -> list[tuple[str, int]]:
    """Each given name written (with an initial or not) right before ``word`` as a whole word, and
    where the word ends."""
    found = []
    for start in _occurrences(word, text):
        end = start + len(word)
        if _is_word(text[end - 1]) == (end < len(text) and _is_word(text[end])):
            continue  # the word runs on ("Lindqvists")
        m = _BEFORE.search(text, max(0, start - _LONGEST_BEFORE), start)
        if m is not None and question_verb(m.group(1), text, m.start(1)):
            continue  # "Will Lindqvist ever return?": a question's verb, no given name
        if m is not None:
            # 'Patricia "Patti" Lindqvist': a given name in quotes is the one she goes by
            nickname = m.group(2)
            found.append((nickname if nickname and _given_name(nickname) else m.group(1), end))
            continue
        m = _BRACKETED_BEFORE.search(text, max(0, start - _LONGEST_BEFORE), start)
        m = m or _INITIALS_BEFORE.search(text, max(0, start - _LONGEST_BEFORE), start)
        if m is not None and m.group(1) not in _NO_ONES_INITIALS:
            found.append((m.group(1), end))
    return found


def _initials(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.){1,3}|[B-HJ-Z]", word)) and word not in _NO_ONES_INITIALS


def _occurrences(word: str, text: str) -> list[int]:
    """Where ``word`` starts a word in ``text``."""
    starts = []
    at = text.find(word)
    while at >= 0:
        if at == 0 or not _is_word(text[at - 1]):
            starts.append(at)
        at = text.find(word, at + 1)
    return starts


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


CALENDAR = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
     "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)  # given names too, but before a capitalised word most often a date ("Sunday Chirpr", "June Gala")


def _headings(word: str, text: str) -> str:
    """Names written in capitals in the text's headings ("ZAREK TESSEL"), as a name is written, one a
    line; nothing when there are none."""
    if word.upper() not in text:
        return ""
    capitals = re.compile(rf"(?:\b[A-Z]+ )*\b{re.escape(word.upper())}(?: [A-Z]+)*\b")
    found = [m.group() for m in capitals.finditer(text) if " " in m.group()]
    return "".join(f"\n{name.title()}." for name in found)


def _given_name(word: str) -> bool:
    """A word a full name may open with: a known given name, never a title ("Mayor", "Judge"), a date
    or a function word that a name list also holds ("So Lindqvist said", "If")."""
    if fold(word) in name_rules().function_words:
        return False
    return first_name_gender(word) is not None and not title_word(word) and word not in CALENDAR


_WORD_BEFORE = re.compile(r"([A-Za-z]+\.?)\s+\Z")


def _after_a_title(name: str, text: str) -> bool:
    """Whether the text writes a full name right after a title or an occupation ("Rabbi Oriel
    Lindqvist", "the photographer Oriel Lindqvist"): a given name no name list holds is one there."""
    if fold(name.split()[0]) in _words_of_titles():
        return False  # "Attorney General Lindqvist": a title's word, no given name
    for start in _occurrences(name, text):
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and title_word(before.group(1)):
            return True
    return False


def title_word(word: str) -> bool:
    """Whether a word is a title or an honorific ("Mayor", "Mr.", "Rabbi")."""
    return word in _title_words() or fold(word) in _title_words()


@cache
def _title_words() -> frozenset[str]:
    lex = lexicon()
    return frozenset({*lex.forms, *lex.honorifics, *(fold(f) for f in lex.forms)})


@cache
def _words_of_titles() -> frozenset[str]:
    """Every word of the titles and honorifics ("attorney", "general", "deputy", "mayor")."""
    return frozenset(fold(word) for title in _title_words() for word in title.split())


def _runs_on(text: str, end: int) -> bool:
    """Whether the name ends in a place's, building's or body's word ("... Foundation", "... Street")."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and facility_word(following.group(1))


def _first_and_last(name: str) -> tuple[str, str]:
    words = name.split()
    return fold(words[0]), fold(words[-1])


_LISTED = r"\s*(?:,|and|&)\s*"


def _listed_with_kin(name: str, written: Iterable[str], text: str) -> bool:
    """Whether the text lists ``name`` beside another full name of its surname, as often as it writes
    it ("Dante Quillon and Chiara Quillon", "Chiara Quillon, Dante Quillon"): two of a family."""
    for other in written:
        if other == name or other.split()[0] == name.split()[0]:
            continue
        one, two = re.escape(name), re.escape(other)
        listed = re.search(rf"{one}{_LISTED}{two}|{two}{_LISTED}{one}", text)
        if listed and text.count(other) >= text.count(name):
            return True
    return False


def _written_more(name: str, others: Iterable[str], text: str) -> bool:
    """Whether the text writes ``name`` more often than each of the ``others``."""
    return all(text.count(name) > text.count(other) for other in others)


REPEATED = 2  # a given name and a word after it written this often are a full name the store may not hold


def _written_as_a_name(name: str, text: str) -> bool:
    """Whether a given name and the capitalised word after it are a full name the text writes
    again and again ("Zarek Tessel ... Zarek Tessel, 20, ..."), not a headline's "Zarek Wins":
    written twice or more, its second word never in lower case, no personal name ruled out, and never
    with a plural's "s" ("Zarek Mingles", an app, beside "a Zarek Mingle user")."""
    surname = name.split()[-1]
    whole = len(re.findall(rf"\b{re.escape(name)}\b", text))
    if whole < REPEATED or not_a_personal_name(name) is not None or a_names_plural(name, text):
        return False  # "All 8 Bobby Quillons" beside "Sally Quillon": a plural
    if re.search(rf"\b{re.escape(name)}s\b", text):
        return False  # "Zarek Mingles" and "a Zarek Mingle user": a thing's name, in the plural too
    if all(_CAPITAL_BEFORE.search(text, max(0, start - 30), start) for start in _occurrences(name, text)):
        return False  # the tail of a longer name each time: "the Oriel Zarek Archive"
    return re.search(rf"\b{re.escape(surname.lower())}\b", text) is None


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+\Z")


def _add_as_surname(
    names: Iterable[str],
    text: str,
    known: Callable[[str], str | None],
    own_keys: Collection[str],
    found: tuple[dict[str, str], dict[str, str]],
) -> None:
    """Add the full names written with the word as their surname to ``found``: (the store's persons,
    names only the text writes: "Tessa Lindqvist", "G.N. Lindqvist", "Rabbi Oriel Lindqvist")."""
    known_found, new_found = found
    for name in names:
        if person_key(name) in own_keys or not_a_personal_name(name) is not None or run_together(name, text):
            continue  # (two people the text writes alone run together once: "Is Ada Orrin's match?")
        person = known(name)
        if person is not None:
            known_found.setdefault(person, name)
        elif _written_as_given(name, text) and not _a_common_word_here(name.split()[0], text):
            new_found.setdefault(person_key(name), name)


def _written_as_given(name: str, text: str) -> bool:
    """Whether a full name only the text writes opens with a given name, initials, or any word after a title."""
    first = name.split()[0]
    return _given_name(first) or _initials(first) or _after_a_title(name, text)


def _a_common_word_here(word: str, text: str) -> bool:
    """Whether a name's first word, no known given name, is a word the text writes in lower case,
    itself or as another form of the verb ("Editor Calls Quillon A Bore" where the story says
    "he called Quillon"): a headline's verb or an epithet, no given name."""
    if not word.isalpha() or known_given_name(word):
        return False
    lower = word.lower()
    forms = {lower}
    if lower.endswith("s") and len(lower) > 4:  # "Calls": "called", "calling"; "Hikes": "hiked"
        stem = lower[:-1]
        forms |= {f"{stem}d", f"{stem[:-1]}ing"} if stem.endswith("e") else {f"{stem}ed", f"{stem}ing"}
    return any(re.search(rf"\b{re.escape(form)}\b", text) for form in forms)


def _add_clipped(
    names: Iterable[str], known: Callable[[str], str | None], own_keys: Collection[str], found: dict[str, str]
) -> None:
    """Add to ``found`` the full names the store holds whose given name the word clips ("Walter
    Quillon" for "Walt"); a name only the text writes is not offered."""
    for name in names:
        person = known(name)
        if person is not None and person_key(name) not in own_keys and not_a_personal_name(name) is None:
            found.setdefault(person, name)


def person_written(
    word: str,
    text: str,
    known: Callable[[str], str | None],
    own_keys: Collection[str] = (),
) -> tuple[str, str] | None:
    """The one person the article writes in full with this word, as (person id, name), or None
    when it writes none or several. ``known`` maps a full name to the store's person for it (None:
    a name the store does not hold). Names the store holds come first; a name only this text
    writes counts only where none does. A name the article's extractor found and kept apart from
    the word (``own_keys``) had its reasons and is not offered again; a given name alone is tied
    only to a full name the store holds ("Zarek Tessel"), never to any capitalised word after it
    (a headline's "Zarek Wins")."""
    written = written_with(word, text)
    known_found: dict[str, str] = {}
    new_found: dict[str, str] = {}
    _add_as_surname(written.as_surname, text, known, own_keys, (known_found, new_found))
    for name in written.as_given:
        if run_together(name, text):
            continue
        person = known(name)
        if person is not None and not_a_personal_name(name) is None:
            known_found.setdefault(person, name)
        elif person is None and _written_as_a_name(name, text):
            new_found.setdefault(person_key(name), name)
    _add_clipped(written.as_clipped, known, own_keys, known_found)
    if len({_first_and_last(name) for name in known_found.values()}) == 1:
        known_found = dict([min(known_found.items())])  # "Zarek Tessel", "Zarek R. Tessel": one person
    # a name the store holds before one only this text writes, unless the text writes that one more often
    # ("Molly Quillon" twice beside "the daughter of Ada R. Quillon" once: the lone "Quillon" is Molly)
    found = known_found or new_found
    only_new = next(iter(new_found.values())) if len(new_found) == 1 else None
    if known_found and only_new is not None and _written_more(only_new, known_found.values(), text):
        found = new_found
    if len(found) != 1:
        return None
    if _listed_with_kin(next(iter(found.values())), written.as_surname, text):
        return None  # "Dante Quillon and Chiara Quillon" in a caption: the word alone may be either, or their father
    return next(iter(found.items()))


LATE_USES = 3  # a surname alone written this often before the one full name its article writes is not that name's


def written_late(word: str, full: str, text: str) -> bool:
    """Whether the text writes the surname alone ``LATE_USES`` times before it first writes the full name:
    a story that goes on about someone its readers know by the surname, a namesake named in passing."""
    first = text.find(full)
    alone = re.finditer(rf"\b{re.escape(word)}\b", text[: max(first, 0)])
    return first > 0 and sum(1 for _ in alone) >= LATE_USES
