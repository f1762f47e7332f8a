"""The titles and role nouns lexicon (``resources/roles.json``) and matching against it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sanctuary_cli.resources import read_json

SENTENCE_OPENERS = frozenset('\n:;"“”‘(—–')


@dataclass(frozen=True)
class RoleForm:
    """One way of writing a role: "Gov." is the form, "Governor" the role, "state" its level."""

    form: str
    role: str
    level: str  # city, state, federal, legislator, any, none
    generic: str = ""  # "titled" or "anchored": many bodies have one (see roles.json)


@dataclass(frozen=True)
class RoleLexicon:
    """Everything the people extractor reads from ``roles.json``."""

    forms: dict[str, RoleForm]
    folded: dict[str, RoleForm]  # the same, keyed by casefolded form
    anywhere: re.Pattern[str]  # any form, on word boundaries
    before_name: re.Pattern[str]  # a form ending a text, before a name
    federal_cues: re.Pattern[str]
    government_cues: re.Pattern[str]
    former: frozenset[str]
    modifiers: frozenset[str]  # party and tenure words between a place and a title
    not_name_words: frozenset[str]
    relational: frozenset[str]  # "daughter", "aide": "X, the daughter of the mayor" is not the mayor
    honorifics: dict[str, str]  # "Ms." -> "f", "Dr." -> "any"
    gendered_roles: dict[str, str]  # "spokeswoman" -> "f"
    sentence_case: frozenset[str] = frozenset()  # "Lawyer": forms added for a sentence's first word


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def lexicon() -> RoleLexicon:
    """Load the lexicon once."""
    data = read_json("roles.json")
    forms: dict[str, RoleForm] = {}
    for entry in data["roles"]:
        for form in entry["forms"]:
            forms.setdefault(form, RoleForm(form, entry["role"], entry["level"], entry.get("generic", "")))
    sentence_case = _sentence_case_forms(forms)
    forms.update(sentence_case)
    alternation = _alternation(list(forms))
    honorifics = {h: g for g, words in data["honorifics"].items() for h in words}
    gendered = {w: g for g, words in data["gendered_roles"].items() for w in words}
    return RoleLexicon(
        forms=forms,
        folded={f.casefold(): rf for f, rf in reversed(list(forms.items()))},
        anywhere=re.compile(rf"(?<![\w.-])(?:{alternation})(?![\w-])"),
        before_name=re.compile(rf"(?<![\w.-])(?:{alternation})\s+$"),
        federal_cues=re.compile(rf"(?<![\w.])(?:{_alternation(data['federal_cues'])})(?![\w])"),
        government_cues=re.compile(rf"(?<![\w.])(?:{_alternation(data['government_cues'])})(?![\w])"),
        former=frozenset(w.casefold() for w in data["former"]),
        modifiers=frozenset(data["party_words"]),
        not_name_words=frozenset(data["not_name_words"]),
        relational=frozenset(data["relational_nouns"]),
        honorifics=honorifics,
        gendered_roles=gendered,
        sentence_case=frozenset(sentence_case),
    )


def _sentence_case_forms(forms: dict[str, RoleForm]) -> dict[str, RoleForm]:
    """Lower-case forms written with a capital, as at the start of a sentence or a caption:
    "Lawyer Sanford Rubenstein", "Rabbi ..." is already a title."""
    added = {}
    for form, entry in forms.items():
        capitalised = form[:1].upper() + form[1:]
        if form[:1].islower() and capitalised not in forms:
            added[capitalised] = RoleForm(capitalised, entry.role, entry.level, entry.generic)
    return added


def written_as_title(text: str, start: int, form: str, sentence_start: bool) -> bool:
    """Whether a form found at ``start`` in ``text`` is a title as written. A form capitalised only
    because a sentence or line opens with it ("Lawyer Sanford Rubenstein said") counts only there,
    not inside a name ("the Hollywood Reporter", "U.S. Attorney")."""
    if form not in lexicon().sentence_case or sentence_start:
        return True
    before = text[max(0, start - 3) : start].rstrip(" ")
    return not before or before[-1] in SENTENCE_OPENERS


def role_form(text: str) -> RoleForm | None:
    """The lexicon entry for a role as written ("gov.", "Mayor", "the mayor")."""
    lex = lexicon()
    text = text.strip()
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return lex.forms.get(text) or lex.folded.get(text.casefold())


def normal_role(text: str) -> str:
    """The normal form of a role ("gov." -> "Governor"); unknown roles come back as written."""
    found = role_form(text)
    return found.role if found is not None else text.strip()


@cache
def title_first_words() -> frozenset[str]:
    """Capitalised words that open a title or sit before one ("Mayor", "Gov.", "Democratic")."""
    lex = lexicon()
    firsts = {form.split()[0] for form in lex.forms if form[:1].isupper() and form not in lex.sentence_case}
    return frozenset(firsts | {w for w in lex.modifiers if w[:1].isupper()})
