"""What a name across the store is when it is no ordinary person's: a thing's, a body's, one person's single name.

The store shows what one article cannot: "Staten Island Chuck" is a town's name before a
given name's short form (its groundhog); "Lindqvist" alone, where every article writes the
full name only inside "the Tessa Lindqvist Foundation", is the foundation; "Vossley",
written alone in story after story and never after a given name, is a singer's one name,
even where a "Tom Vossley" and a "Ruth Vossley" are named elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from sanctuary_cli.extract.people.byuse import KIND_SHARE
from sanctuary_cli.extract.people.given import first_name_gender, known_given_name, short_form_words
from sanctuary_cli.extract.people.names import NameParts, name_rules
from sanctuary_cli.extract.people.records import PersonRow
from sanctuary_cli.extract.people.usage import WordUse, opens_a_sentence, word_use
from sanctuary_cli.extract.people.written import only_in_a_body_name, written_with
from sanctuary_cli.extract.places import gazetteer

MIN_ARTICLES = 3  # a single name is written alone in at least this many articles
LONG_NOUN = 5  # a noun this long ends a compound of its kind ("superstorm")


def place_nickname(parts: NameParts) -> str | None:
    """A place's name before a given name's short form ("Yonkers Phil", "Staten Island Chuck"): the
    town's groundhog, mascot or statue, not a person (a person's given name comes first; a short
    form is seldom a surname, as "Carter" or "Davis" after a town's name are)."""
    if parts.suffix or parts.last_word not in short_form_words() or any(known_given_name(w) for w in parts.given):
        return None
    if gazetteer.key(" ".join(parts.given)) not in gazetteer.places_by_name():
        return None
    return "a place's nickname for an animal, a mascot or a statue (a place, then a given name)"


def named_for_its_kind(parts: NameParts) -> str | None:
    """A name that opens with the noun of what it names, not a given name ("Hurricane Ada",
    "Superstorm Ada", "Groundhog Ollie"): a storm's, an animal's or a statue's (never "Tiger" or
    "Bear", which open people's nicknames)."""
    if len(parts.given) != 1 or known_given_name(parts.given[0]):
        return None
    word = parts.given[0]
    if any(word == noun or (len(noun) >= LONG_NOUN and word.endswith(noun)) for noun in name_rules().kind_openers):
        return "named by its kind (a storm's, an animal's or a statue's name)"
    return None


def a_mononym(word: str, articles: Sequence[str], namesakes: Sequence[int], texts: Mapping[str, str]) -> bool:
    """Whether a word namesakes' full names compete for is one person's single name: no given name,
    written alone in more articles than all the full names together (and in several), none of which
    writes it after another name ("Vossley" the singer, beside a "Tom Vossley"). ``articles``: the
    articles (text in ``texts``) that write the word alone with no role, ``namesakes``: how many
    articles name each full name with the word as its surname."""
    if len(namesakes) < 2 or len(articles) < MIN_ARTICLES or first_name_gender(word) is not None:
        return False
    if len(articles) <= sum(namesakes):
        return False
    return all(a in texts and not _after_a_given_name(word, texts[a]) for a in articles)


def _after_a_given_name(word: str, text: str) -> bool:
    """Whether the text writes the word after a given name, or after another capitalised word inside
    a sentence ("Tom Vossley", "a maid, Nafi Vossley"; not "If Vossley" opening a sentence, nor a
    headline's "Brown And Vossley")."""
    for name in written_with(word, text).as_surname:
        first = name.split()[0]
        if known_given_name(first):
            return True
        if first.casefold() in name_rules().function_words:
            continue  # "Brown And Vossley" of a headline
        starts = [m.start() for m in re.finditer(re.escape(name), text)]
        if any(not opens_a_sentence(text[max(0, start - 16) : start]) for start in starts):
            return True
    return False


def named_for_a_body(word: str, articles: Sequence[str], texts: Mapping[str, str]) -> str | None:
    """Why a surname alone is a body's name: every one of its articles (text in ``texts``) writes
    the full name it is part of only inside a body's name ("the Tessa Lindqvist Foundation")."""
    if not articles or any(a not in texts for a in articles):
        return None
    if all(only_in_a_body_name(word, texts[a]) for a in articles):
        return "a body named after someone (the full name is only written inside the body's name)"
    return None


def named_for_an_animal_here(word: str, text: str | None) -> str | None:
    """Why a given name alone that its one article writes is no person there: the article writes it
    after or beside an animal's, a statue's or a band's noun ("an ode to her dog Ada"), in a tenth of
    its uses. (Across articles, several stories' bearers of a given name are read one by one.)"""
    if text is None:
        return None
    use = word_use(word, [text])
    if use.of_a_kind and use.of_a_kind >= KIND_SHARE * use.capitalised:
        return "an animal, a mascot, a statue, a band, a shop or a show (its article writes it beside such a noun)"
    return None


LISTED_MENTIONS = 5  # a one-word name named this often, in two articles or more, never inside a sentence ...


def only_listed(rows: Sequence[PersonRow], use: WordUse | None) -> str | None:
    """Why a one-word name is no person: named again and again, in several articles, but never inside
    a sentence, only opening lines and sentences, and never called "he" or "she": a listing's titles
    ("Orrinmon: Season 2" in a list of shows), not someone written about."""
    if use is None or use.capitalised or use.gendered or any(r.gender for r in rows):
        return None
    if sum(r.mentions for r in rows) < LISTED_MENTIONS or len({r.article_id for r in rows}) < 2:
        return None
    return "a title in listings (named only opening lines, never inside a sentence, never he or she)"
