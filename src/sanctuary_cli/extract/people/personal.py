"""Whether a capitalised run is a personal name at all, and which of a person's names to go by.

"Penn Station", "Burke Avenues", "My Bloody Harbor", "John Doe-Richard Roe" and "JFK" are no
personal names, by their words alone; of the forms an article or the store writes for one
person, the most frequent well-formed full name ("Ada Quillon", not "Mayor Quillon" nor
"A. Quillon") is the one to go by.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from sanctuary_cli.extract.people.brands import made_word
from sanctuary_cli.extract.people.given import common_surname, first_name_gender, fold, known_given_name
from sanctuary_cli.extract.people.names import (
    MAX_NAME_WORDS,
    PARTICLES,
    SUFFIXES,
    facility_word,
    name_rules,
    split_name,
    word_key,
)
from sanctuary_cli.extract.people.roles import lexicon, role_form
from sanctuary_cli.extract.places import gazetteer


def looks_like_name(text: str) -> bool:
    """Capitalised words, no digits, not a role or place on its own."""
    words = text.split()
    if not words or len(words) > MAX_NAME_WORDS or any(c.isdigit() or c in "[](){}<>@#|" for c in text):
        return False
    if any(re.search(r"['’]s$", w) for w in words[:-1]):
        return False  # "Trump's Twitter": a possessive inside is not a name
    if not all(w[:1].isupper() or fold(w) in PARTICLES for w in words):
        return False
    if not any(w[:1].isupper() for w in words) or role_form(text) is not None:
        return False
    if gazetteer.state_code(text) is not None or gazetteer.is_country(text):
        return False
    if any(w in lexicon().not_name_words for w in words):
        return False
    return not_a_personal_name(text) is None


def not_a_personal_name(text: str) -> str | None:
    """Why a capitalised run cannot be a personal name, or None when it can be one.

    "Penn Station", "Burke Avenues" (a place's name), "My Bloody Harbor" (words no
    name holds), "John Doe-Richard Roe" (two names joined), "JFK" (an acronym),
    "Anna Lee Lee" (a word repeated, as a headline may), "Air Quillon" (a nickname), "Harbor
    Nights: Season" (a title and its subtitle), "Ada Singing Quillon" (a headline's phrase).
    """
    words = text.split()
    if not words:
        return "empty"
    rules = name_rules()
    if facility_word(words[-1].rstrip(",.")):
        return "the name of a place, body or work"
    if any(w.casefold().strip(".") in rules.function_words for w in words):
        return "words no personal name holds"
    if re.search(r"\S+\s+\S*[^\W\d_]-[A-Z]\S*\s+\S+", text):
        return "two names joined by a hyphen"
    if any(":" in w for w in words[:-1]):
        return "a title and its subtitle (a colon inside)"
    if len(words) == 1 and len(words[0]) <= 4 and words[0].isupper():
        return "an acronym"
    if len(words) == 1 and words[0].casefold() in rules.deities:
        return "a god's name"
    suffix = word_key(words[0])
    if len(words) == 1 and suffix in SUFFIXES and not (words[0].isupper() and suffix in ("jr", "sr")):  # "JR": initials
        return "a generation's suffix written apart from its name ('Robert Downey, Jr.')"
    if words[0].casefold() in rules.credit_before:
        return "a photo or wire credit"
    return made_word(words) or _a_headlines_words(words) or _title_of_a_work_or_body(words)


def _a_headlines_words(words: list[str]) -> str | None:
    """Why words a headline runs together are no name: a word repeated ("Anna Lee Lee"), a nickname
    ("Air Quillon"), a verb's -ing form inside ("Ada Singing Quillon"); or None."""
    keys = [word_key(w) for w in words]
    if len(keys) > 2 and len(set(keys)) < len(keys):
        return "a word repeated"
    if len(words) == 2 and words[0] in name_rules().nickname_words:
        return "a nickname"
    if len(words) >= 3 and any(_a_verbs_ing_form(w) for w in words[1:-1]):
        return "a headline's phrase (a verb's -ing form inside)"
    return None


COMMON_WORD = 4.0  # Zipf frequency (wordfreq) from which an English word is common: "watch" 5.3, "hopefully" 4.6,
# "singing" 4.3; names news writes often score high too ("barack" 4.0, "mick" 3.8, "bran" 3.3), so the bar is set
# above them
GERUND_LETTERS = 6  # an -ing word of this many letters or more: "King", "Ring" and "Wing" are no verb's -ing form


def word_frequency(word: str) -> float:
    """How often English writes ``word``, in any case: its Zipf frequency in wordfreq's English list (a
    dependency because an article seldom writes its headline's epithet or interjection in lower case
    too). Imported here, at the first name that needs it: wordfreq takes a third of a second to import,
    which a re-ingest of unchanged files or a query should not pay."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en"))


def common_word(word: str) -> bool:
    """Whether English writes ``word`` often (see :func:`word_frequency`)."""
    return word_frequency(word) >= COMMON_WORD


def _a_verbs_ing_form(word: str) -> bool:
    """Whether a word inside a name is a common verb's -ing form (a headline's "Ada Singing Quillon"),
    not a given name nor a surname that ends so ("Sterling", "Manning")."""
    lower = word.lower()
    if not (lower.endswith("ing") and len(lower) >= GERUND_LETTERS and word.isalpha()) or known_given_name(lower):
        return False
    return common_word(lower)


def place_of_a_surnames_word(words: list[str]) -> bool:
    """A name of two words or three ending in a place's word that is also a surname ("Park", "Lane"),
    its first word no known given name nor an initial: "Ditmas Park", "Maiden Lane", not "Grace Park"
    nor "Ji-won Park" (a given name the list may not hold, written with a hyphen). A rare given name
    is missing from any list ("Ekwan Hill"), so the store's cross-document step asks as well that no
    article call the name "he" or "she"."""
    if not 2 <= len(words) <= 3 or words[-1].rstrip(",.") not in name_rules().place_words_also_surnames:
        return False
    return _no_given_name_nor_initials(words[0])


def named_for_a_place(words: list[str]) -> bool:
    """A name of two words or three ending in a town's name, its first word no known given name nor
    an initial: "Celebrate Orrinport", "Visit Tesselton" (an event's, a campaign's, a body's), not
    "Tessa Houston", nor "Ansel Thompson" (a town's name that is a common surname too: a person's,
    whose given name no list holds). A rare given name is missing from any list, so the store's
    cross-document step asks as well that no article call the name "he" or "she"."""
    if not 2 <= len(words) <= 3 or gazetteer.key(words[-1].rstrip(",.")) not in gazetteer.places_by_name():
        return False
    acronym = words[0].isupper()  # "QRVX Summerfest Houston": a body's, whatever the town
    return _no_given_name_nor_initials(words[0]) and (acronym or not common_surname(words[-1]))


def named_for_a_club(words: list[str]) -> bool:
    """A town's name, then the word that ends a club's or a team's name ("Tesselton United", "Orrinport
    Rovers"), the town's first word no known given name: a club, not "Jordan City" nor "Sydney Rangers".
    The store's cross-document step asks as well that no article call the name "he" or "she"."""
    if not 2 <= len(words) <= 3 or words[-1].rstrip(",.") not in name_rules().club_words:
        return False
    town = " ".join(words[:-1])
    return gazetteer.key(town) in gazetteer.places_by_name() and _no_given_name_nor_initials(words[0])


def _no_given_name_nor_initials(first: str) -> bool:
    """A word that opens no personal name: no known given name, nor initials run together ("JB",
    "AJ", three capitals at most). An acronym of four capitals or more is a body's ("BRIC", "SOHO")."""
    initials = first.isupper() and len(first) <= 3
    return first.isalpha() and len(first) > 2 and not initials and not known_given_name(first)


def _title_of_a_work_or_body(words: list[str]) -> str | None:
    """ "Breaking Ground" (a gerund opens it), "Glad NYC" (ends in an acronym), "Governors Cup" (a plural
    title inside): the name of a work, a company or an event."""
    first = words[0]
    if len(words) > 1 and first.endswith("ing") and first_name_gender(first) is None:
        return "the title of a work"
    last = words[-1]
    if len(words) > 1 and len(last) >= 3 and last.isupper() and "." not in last and not all(w.isupper() for w in words):
        return "the name of a body"
    if any(len(w) > 3 and w.endswith("s") and role_form(w[:-1]) is not None for w in words):
        return "the name of an event or body"
    return None


# --- the canonical form of a person's names ----------------------------------------


def canonical_name(names: Iterable[str], gone_by: Mapping[str, int] | None = None) -> str:
    """The most frequent well-formed full name among the forms written; else the most frequent longest form.
    Of forms written in as many articles, the one the articles going by it name most often wins
    (``gone_by``: each article's own choice of form, the one it writes most -> their mentions): "Axl
    Rose", not the pun "Axl Rosey" its story writes once; a name's six mentions, not a misspelling's three."""
    counts = Counter(n for n in names if n)
    if not counts:
        return ""
    tails = _double_surnames_alone(counts)
    chosen = gone_by or {}
    return max(counts, key=lambda n: (n not in tails, _well_formed(n), counts[n], chosen.get(n, 0), len(n.split()), n))


def _double_surnames_alone(names: Iterable[str]) -> set[str]:
    """The forms that are a double surname written alone ("Quillon Tessel") beside the full name
    that gives it a given name ("Ada Quillon Tessel"), or a surname with its particle capitalised ("Von
    Quillen" beside "Matthew Von Quillen"): no given name, so never the name to go by."""
    forms = set(names)
    return {
        n for n in forms
        if len(n.split()) == 2 and (not known_given_name(n.split()[0]) or n.split()[0].lower() in PARTICLES)
        and any(m.endswith(f" {n}") and len(m.split()) == 3 and known_given_name(m.split()[0]) for m in forms)
    }


def _well_formed(name: str) -> int:
    """2 for a given name and a surname as news writes them, 1 for another full name, 0 otherwise."""
    if not_a_personal_name(name) is not None or name.isupper():
        return 0
    parts = split_name(name)
    if not parts.full:
        return 0
    words = name.split()
    if words[0] in lexicon().forms or words[0] in lexicon().honorifics:
        return 0
    plain = len(parts.given) == 1 and len(words) - len(parts.surname.split()) - bool(parts.suffix) == 1
    initials = "." in words[0] or (words[0].isupper() and len(words[0]) <= 3)  # "H.C. Quillon", "JB Quillon"
    return 2 if plain and not initials else 1
