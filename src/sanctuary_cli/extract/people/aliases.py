"""A name an article gives as another name of someone it names: an alter ego, a birth or stage name.

"Quillon's sexting alter ego Carlos Vane", "Vance's alias, Grimwald", "Bo Tessel, born Robert Zarrow,",
"the singer's birth name, Dee Vance", "Quillon changed his name from Carlos Vane" (or changes it),
"Dex Marlow (then going by Lil Marlo)", "Ada Vale, who calls herself Ada V. Starr": the full name right
after the cue (after an alter ego or an alias, one word that is no given name too) is another name of the
person the sentence, or the clause after its semicolon, names last before it. An article that says so
joins the two across the store, so the stories that write only the alias find their person too. So does
a nickname written inside a name ('Dorian "Whitey" Kastellan', see :mod:`nicknames`): its article's
person goes by "Whitey Kastellan" too, and a story that writes only that is of the same person.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from sanctuary_cli.extract.people.given import known_given_name, same_given_name
from sanctuary_cli.extract.people.names import person_key, split_name

# The cues, as written before the other name; "born" only as an aside ("Bo Tessel, born Robert Zarrow"),
# not "Brooklyn-born Ada Vale" nor "born Tuesday". Not "a.k.a.", which news writes of an actor's part
# ("Ada Vale (aka Nurse Tessel)"), a part being no other name of the actor.
CUE = re.compile(
    r"(?i:\balter[- ]ego|\balias|\bborn as|,\s+born|\bnée|\bbirth name|\breal name(?: is)?|\bpseudonym|\bstage name"
    r"|\bnom de plume|\bchang(?:e|es|ed|ing) (?:his|her|their) name (?:from|to)|\bformerly known as"
    r"|\b(?:goes|going|went) by|\bcall(?:s|ed|ing) (?:himself|herself|themselves))[,:]?\s+[\"“']?(?=[A-Z])"
)
SQL_CUES = (  # what a store's texts are read for
    "alter ego", "alter-ego", "alias", "born ", "née", "birth name", "real name", "pseudonym", "stage name",
    "nom de plume", "his name from", "his name to", "her name from", "her name to", "their name from",
    "their name to", "formerly known as", "goes by", "going by", "went by", "calls him", "called him",
    "calling him", "calls her", "called her", "calling her", "calls them", "called them", "calling them",
)
ONE_WORD_CUE = re.compile(r"(?i)alter[- ]ego|alias")
SENTENCE_END = re.compile(r"[.!?;]\s|\n")  # a clause after a semicolon names its own subject
REACH = 120  # characters read back for the person the other name is of


def alias_pairs(text: str, forms: Mapping[str, Collection[str]]) -> list[tuple[str, str]]:
    """(person id, person id of another name of theirs) for each cue of the text (see the module).
    ``forms``: each person id of the article -> the names it goes by there (the forms the article
    writes, and the person's name in the store)."""
    found = []
    for cue in CUE.finditer(text):
        after = text[cue.end() : cue.end() + 80]
        opening = [(len(f), pid) for pid, written in forms.items() for f in written if _opens(after, f)]
        longest = max((size for size, _ in opening), default=0)
        named = {pid for size, pid in opening if size == longest}
        if len(named) != 1 or not _another_name(after[:longest], cue.group(0)):
            continue
        alias = named.pop()
        before = _before(text, cue.start(), forms)
        last = [(_last_at(before, f), pid) for pid, written in forms.items() if pid != alias for f in written]
        owners = sorted((at, pid) for at, pid in last if at >= 0)
        if owners:
            found.append((owners[-1][1], alias))
    return found


def _before(text: str, at: int, forms: Mapping[str, Collection[str]]) -> str:
    """The text the person another name is of is read in: its sentence before the cue at ``at``, or in a
    bracket that the cue opens the name right before it, if any ("John Wesley Harding (real name: ...)")."""
    start = max([m.end() for m in SENTENCE_END.finditer(text, max(0, at - REACH), at)], default=max(0, at - REACH))
    before = text[start:at]
    bracket = before.rfind("(")
    if bracket < 0 or ")" in before[bracket:]:
        return before
    before = before[:bracket].rstrip()
    size = max((len(f) for written in forms.values() for f in written if before.endswith(f)), default=0)
    return before[len(before) - size :]


def _another_name(name: str, cue: str) -> bool:
    """A full name, or after an alter ego or an alias one word that is no given name: "White's alias,
    Heisenberg" names another name of Walter White, but "his real name is Robyn" no more than a given name
    many bear, and a one-word name someone changed is as often a woman's maiden name told of in passing."""
    return " " in name or (ONE_WORD_CUE.match(cue) is not None and not known_given_name(name))


def _opens(text: str, name: str) -> bool:
    return text.startswith(name) and not text[len(name) : len(name) + 1].isalpha()


def _last_at(text: str, name: str) -> int:
    """Where the name is last written in the text as a whole word, or -1."""
    at = -1
    for m in re.finditer(rf"\b{re.escape(name)}\b", text):
        at = m.start()
    return at


def other_given_name_pairs(
    forms: Iterable[tuple[str, str, Collection[str]]], named: Mapping[str, Collection[str]]
) -> list[tuple[str, str]]:
    """(person id, person id of another name of theirs) where an article's person goes by a full name
    of its surname and another given name (a nickname's, or one an "aka" gives) that the store's
    only person of that name bears elsewhere. ``forms``: (person id, its name, the forms an article
    gives it); ``named``: the key of each person's name -> the ids of the persons of that name."""
    found = set()
    for pid, name, aliases in forms:
        for alias in aliases:
            if not another_given_name(name, alias):
                continue
            others = set(named.get(person_key(alias), ())) - {pid}
            if len(others) == 1:
                found.add((pid, others.pop()))
    return sorted(found)


def another_given_name(name: str, form: str) -> bool:
    """Whether a form an article gives a person is the full name with another given name, not a
    short form of it ("Whitey Kastellan" for Dorian Kastellan, not "Dory Kastellan")."""
    if form == name or " " not in form or " " not in name:
        return False
    own, parts = split_name(name), split_name(form)
    if not (own.full and parts.full) or parts.surname != own.surname or parts.suffix != own.suffix:
        return False
    return len(parts.given[0]) > 1 and not same_given_name(parts.given[0], own.given[0])
