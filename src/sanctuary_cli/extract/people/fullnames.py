"""Full names of one surname joined into persons across articles: spellings, initials, short and clipped
given names, headline words before a name, a generation's suffix and the office its bearer holds."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from sanctuary_cli.extract.people.given import (
    common_surname,
    first_name_gender,
    known_given_name,
    listed_short_form,
    names_shortened_to,
    same_given_name,
)
from sanctuary_cli.extract.people.lookup import role_head
from sanctuary_cli.extract.people.names import (
    NameParts,
    given_compatible,
    middle_initials,
    name_rules,
    person_key,
    spelled_out,
    split_name,
)
from sanctuary_cli.extract.people.spelling import given_name_slip, near_or_swapped, swapped

if TYPE_CHECKING:
    from sanctuary_cli.extract.people.records import PersonRow

SPELLING_LEAD = 3  # a misspelt or garbled form joins a name this many times more common
# ... or, where both write the same given and middle names in full ("Ada Lynn Quilon"), any more common
SUFFIX_LEAD = 2  # a name without its suffix is the suffixed one written in this many times more articles
MISSPELT_LENGTH = 5  # a surname this long at least may be misspelt (see :func:`near_or_swapped`)
SWAPPED_LENGTH = 7  # ... and, written alone only, have two letters swapped ("Patron" is a word, no "Parton")
SWAPPED_LEAD = 2  # ... from a surname named in full in this many times as many articles
RARE_SURNAME = 5  # a surname the store names in full in at most this many articles has few namesakes
BY_INITIAL = 1  # a name opening with an initial no article spells out, written in this many articles, is how
# its bearer is known ("T. Quillon", a singer), no namesake's ("Tobias Quillon") short first reference


@dataclass
class Cluster:
    """Full-name keys found to be one person."""

    key: str
    parts: NameParts
    keys: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    roles: Counter[str] = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)


def cluster_full_names(by_key: dict[str, list[PersonRow]]) -> list[Cluster]:
    """Full-name keys joined into clusters, the most written first."""
    fulls = [k for k in by_key if split_name(k).full]
    # of names as often written, one opening with a given name first ("Ada Quillon" before "Jets QB Ada Quillon")
    fulls.sort(key=lambda k: (-len({r.article_id for r in by_key[k]}), first_name_gender(k.split()[0]) is None, k))
    rare = len({r.article_id for k in fulls for r in by_key[k]}) <= RARE_SURNAME
    clusters: list[Cluster] = []
    for key in fulls:
        parts = spelled_out(split_name(key), [a for r in by_key[key] for a in r.aliases])
        articles = {r.article_id for r in by_key[key]}
        roles = frozenset(r.role for r in by_key[key] if r.role)
        cluster = _cluster_for(parts, len(articles), clusters, rare, roles)
        if cluster is None:
            cluster = Cluster(key, parts)
            clusters.append(cluster)
        cluster.keys.append(key)
        cluster.articles |= articles
        cluster.roles.update(r.role for r in by_key[key] if r.role)
        cluster.dates.extend(r.date for r in by_key[key] if r.date)
    return clusters


def join_misspelt_groups(groups: dict[str, list[PersonRow]]) -> dict[str, list[PersonRow]]:
    """Surname groups joined where every full name of one is a misspelling of a full name of
    another written in ``SPELLING_LEAD`` times as many articles, with the same given name ("Ada
    Quilon" once, beside "Ada Quillon" in six): resolved together, the misspelt one joins its person
    and its surname alone goes where the group's evidence says."""
    fulls: dict[str, Counter[str]] = {}  # group -> full-name key -> articles
    for surname, rows in groups.items():
        articles: dict[str, set[str]] = {}
        for row in rows:
            if " " in row.key:
                articles.setdefault(row.key, set()).add(row.article_id)
        if articles:
            fulls[surname] = Counter({key: len(ids) for key, ids in articles.items()})
    neighbours = misspelt_neighbours(fulls)
    into: dict[str, str] = {}
    for surname in sorted(fulls):
        if surname not in neighbours:
            continue
        targets = {_misspelt_from(key, n, neighbours[surname], fulls) for key, n in fulls[surname].items()}
        target = targets.pop() if len(targets) == 1 else None
        if target is not None:
            into[surname] = target
    into |= _swapped_alone(groups, fulls)
    titled = _misspelt_titled(groups, fulls, neighbours)
    joined: dict[str, list[PersonRow]] = {}
    for surname, rows in groups.items():
        for row in rows:
            target = titled.get(row.key) or into.get(surname, surname)
            joined.setdefault(into.get(target, target), []).append(row)
    return joined


def _misspelt_titled(
    groups: dict[str, list[PersonRow]], fulls: dict[str, Counter[str]], neighbours: dict[str, list[str]]
) -> dict[str, str]:
    """Full names of a group that stays apart -> the group of the name each misspells: one slip of the
    pen from a full name of the same given name written in ``SPELLING_LEAD`` times as many articles,
    both given the same title ("Gov. Ada Quilon" once, beside "Gov. Ada Quillon" in six), though
    other Quilons of the store are real."""
    titles: dict[str, set[str]] = {}
    for rows in groups.values():
        for row in rows:
            if row.role and " " in row.key:
                titles.setdefault(row.key, set()).add(role_head(row.role))
    moved = {}
    for surname, keys in fulls.items():
        for key, count in keys.items():
            head, _, last = key.rpartition(" ")
            for other in neighbours.get(surname, ()) if last == surname and key in titles else ():
                target = f"{head} {other}"
                if fulls[other].get(target, 0) >= SPELLING_LEAD * count and titles[key] & titles.get(target, set()):
                    moved[key] = other
    return moved


def _swapped_alone(groups: dict[str, list[PersonRow]], fulls: dict[str, Counter[str]]) -> dict[str, str]:
    """Groups of a surname only ever written alone, two of its letters swapped from the surname of
    full names written in ``SWAPPED_LEAD`` times as many articles ("Sharpotn" twice, beside "Al
    Sharpton" in five) -> that group. A word that is a given name or a common surname of its own,
    or a short one (a word: "Patron", "ConEd"), is none's slip."""
    alone = {
        surname: len({r.article_id for r in rows}) for surname, rows in groups.items()
        if surname not in fulls and len(surname) >= SWAPPED_LENGTH
        and not known_given_name(surname) and not common_surname(surname)
    }
    into = {}
    for surname, near in misspelt_neighbours(fulls.keys() | alone.keys(), of=alone).items():
        least = SWAPPED_LEAD * alone[surname]
        found = [o for o in near if o in fulls and swapped(o, surname) and fulls[o].total() >= least]
        if len(found) == 1:
            into[surname] = found[0]
    return into


def _misspelt_from(key: str, count: int, near: list[str], fulls: dict[str, Counter[str]]) -> str | None:
    """The group holding the one far more written full name this one misspells, or None."""
    parts = split_name(key)
    if parts.suffix or not parts.full:
        return None
    found = set()
    for other in near:
        for their, articles in fulls[other].items():
            theirs = split_name(their)
            if articles <= count or (articles < SPELLING_LEAD * count and not _middle_name_too(theirs, parts)):
                continue
            if theirs.full and theirs.given[:1] == parts.given[:1] and not theirs.suffix:
                found.add(other)
    return found.pop() if len(found) == 1 else None


def misspelt_neighbours(surnames: Iterable[str], of: Iterable[str] | None = None) -> dict[str, list[str]]:
    """For each surname (of ``of``, or of all), the others one slip of the pen away (a letter more,
    less or other, two letters swapped), found through the words each makes with a letter dropped."""
    by_variant: dict[str, set[str]] = {}
    for surname in surnames:
        if len(surname) >= MISSPELT_LENGTH:
            for variant in _dropped(surname):
                by_variant.setdefault(variant, set()).add(surname)
    found: dict[str, list[str]] = {}
    for surname in sorted(set(of) if of is not None else {s for group in by_variant.values() for s in group}):
        if len(surname) < MISSPELT_LENGTH:
            continue
        near = {o for v in _dropped(surname) for o in by_variant.get(v, ()) if o != surname}
        near = {o for o in near if near_or_swapped(o, surname)}
        if near:
            found[surname] = sorted(near)
    return found


def _dropped(word: str) -> set[str]:
    """The word and every word it makes with one letter dropped."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def apart_by_middle_initials(by_key: dict[str, list[PersonRow]]) -> dict[str, list[PersonRow]]:
    """A full name's rows parted by the middle initials their articles write, news writing one on
    purpose: "George H.W. Quillon" and "George W. Quillon", father and son, share the key "george
    quillon". The initials most articles write keep the key, with the rows that write none (or
    several); each other's rows go under the key and those initials ("george quillon~hw")."""
    parted: dict[str, list[PersonRow]] = {}
    for key, rows in by_key.items():
        of_row = [_middle_of(row) for row in rows]
        articles: dict[str, set[str]] = {}
        for row, middle in zip(rows, of_row, strict=True):
            if middle:
                articles.setdefault(middle, set()).add(row.article_id)
        main = max(sorted(articles), key=lambda m: len(articles[m]), default="")
        for row, middle in zip(rows, of_row, strict=True):
            parted.setdefault(f"{key}~{middle}" if middle not in ("", main) else key, []).append(row)
    return parted


def _middle_of(row: PersonRow) -> str:
    """The middle initials every writing of the row's key in its article gives, or "": an article that
    writes the name without them too ("Andrew Quillon", then a parody account's "Andrew P. Quillon")
    names the one person."""
    found = {middle_initials(a) for a in row.aliases if person_key(a) == row.key}
    return found.pop() if len(found) == 1 else ""


def _cluster_for(
    parts: NameParts, articles: int, clusters: list[Cluster], rare: bool = False, roles: frozenset[str] = frozenset()
) -> Cluster | None:
    """The cluster this full name belongs to: the only compatible one, or one far more written than the rest.
    ``rare``: the surname is named in full in few articles of the store."""
    fitting = [
        c for c in clusters
        if _same_generation(c, parts, roles, articles)
        and (_same_person(c, parts, articles, rare) or _same_office(c, parts, roles))
    ]
    if len(fitting) == 1:
        return fitting[0]
    if len(fitting) > 1:
        fitting.sort(key=lambda c: -len(c.articles))
        if len(fitting[0].articles) >= SPELLING_LEAD * len(fitting[1].articles):
            return fitting[0]
    return None


def _same_generation(cluster: Cluster, parts: NameParts, roles: frozenset[str], articles: int = 0) -> bool:
    """Whether a full name may be the cluster's generation: the same suffix, or a suffix written on one
    side only by a name holding the cluster's usual role ("District Attorney Ada Quillon Jr." is the
    district attorney "Ada Quillon"; a "Donald Quillon Jr." with no such role is the son), or the name
    without its suffix written in far fewer articles (``articles``) than the suffixed one, with the same
    given name: its bearer known by the suffix, written short ("Martin Quillon" for the far more written
    "Martin Quillon Jr.")."""
    main = cluster.parts
    if main.suffix == parts.suffix:
        return True
    # not "John Quillon" for "Jack Quillon IV": another form of the given name as well
    if main.suffix and not parts.suffix and articles and len(cluster.articles) >= SUFFIX_LEAD * articles:
        return main.given == parts.given or _main_role(cluster) in roles
    if (main.suffix and parts.suffix) or not cluster.roles:
        return False  # Ada Quillon Sr. and Ada Quillon Jr.
    return _main_role(cluster) in roles


def _same_office(cluster: Cluster, parts: NameParts, roles: frozenset[str]) -> bool:
    """A given name clipped to its first letters ("Ty" for "Tyrone") or misspelt ("Malcom" for "Malcolm",
    see :func:`spelling.given_name_slip`) by a name of the same surname holding the cluster's usual role:
    the same office holder written short or wrong, however common the surname."""
    if _main_role(cluster) not in roles or cluster.parts.surname != parts.surname:
        return False
    short, long = sorted((cluster.parts.given[0], parts.given[0]), key=len)
    return len(short) >= 2 and (clipped(short, long, shortest=2) or given_name_slip(short, long))


def _main_role(cluster: Cluster) -> str | None:
    """The role the cluster's articles give it most often."""
    return cluster.roles.most_common(1)[0][0] if cluster.roles else None


def _same_person(cluster: Cluster, parts: NameParts, articles: int, rare: bool = False) -> bool:
    """Whether a full name is another writing of the cluster's name. Of a rare surname, a clipped
    given name is one (few namesakes to tell apart); of a common one, only when far rarer."""
    main = cluster.parts
    if _known_by_initial(main, len(cluster.articles)) != _known_by_initial(parts, articles):
        return False  # "T. Quillon", a singer in many articles, is not "Tobias Quillon"
    much_rarer = len(cluster.articles) >= SPELLING_LEAD * articles
    rarer = much_rarer or (len(cluster.articles) > articles and _middle_name_too(main, parts))
    if main.surname != parts.surname and not (rarer and near_or_swapped(main.last_word, parts.last_word)):
        return False
    if given_compatible(main.given, parts.given) or same_given_name(main.given[0], parts.given[0]):
        return True
    if _given_name_misspelt(main, parts, much_rarer, rare):
        return True
    if _shortened(main.given, parts.given) or _shortened(parts.given, main.given):
        return True  # "H.C." for "Henry Clay"
    if _words_before(parts.given, main.given) or _words_before(main.given, parts.given):
        return True  # "General Ada Quillon", "Jets QB Ada Quillon": words before the given name
    # "Air Quillon", "Grampa Quillon": a nickname word before the surname of a far more written name
    return much_rarer and len(parts.given) == 1 and parts.given[0] in _nickname_keys()


def _middle_name_too(main: NameParts, parts: NameParts) -> bool:
    """Whether two names write the same given and middle names in full ("Ada Lynn Quilon", "Ada Lynn
    Quillon"): few namesakes share them, so a surname one slip away is a misspelling even where the
    more written name leads by less than ``SPELLING_LEAD``."""
    return len(parts.given) > 1 and main.given == parts.given and min(map(len, parts.given)) > 1


def _given_name_misspelt(main: NameParts, parts: NameParts, much_rarer: bool, rare: bool) -> bool:
    """Whether a given name is the cluster's misspelt, slipped or clipped, where the name is far rarer
    (``much_rarer``) or its surname is one the store gives few people (``rare``)."""
    ours, theirs = main.given[0], parts.given[0]
    if much_rarer and near_or_swapped(ours, theirs):
        return True  # "Barak" for "Barack"
    if (rare or (much_rarer and not common_surname(main.surname))) and given_name_slip(ours, theirs):
        return True  # "Patrcia Quillon" beside "Patricia Quillon", the one Quillon the store names or far more
    return (much_rarer or rare) and clipped(ours, theirs)  # "Ros" for "Rosalind"


def _known_by_initial(parts: NameParts, articles: int) -> bool:
    """A name whose given names are initials only, in articles none of which spells them out: news
    names a person by a full given name first, so one written so is known by the initials ("T. Quillon")."""
    return bool(parts.given) and all(len(g) == 1 for g in parts.given) and articles >= BY_INITIAL


def _words_before(longer: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """Whether a given name is written after words that are no given name ("Jets QB Ada" for "Ada"),
    as a headline or a title puts them."""
    return first_name_gender(longer[0]) is None and given[0] in longer[1:]


def clipped(a: str, b: str, shortest: int = 3) -> bool:
    """One given name is the other's first syllables ("Ros" and "Rosalind"): a short form news
    writes of a name no table lists. Only asked of a name far rarer than the other, or of a rare
    surname, so two namesakes both written often ("Ken" and "Kenan") stay apart."""
    short, long = sorted((a, b), key=len)
    if listed_short_form(long, short):
        return True  # a listed short form of the very name ("Walt" of "Walter")
    stem = diminutive_stem(short)  # "Rudy", "Kenny": the first syllable of "Rudolph", "Kenneth", and "-y"
    if stem and len(long) > len(short) and long.startswith(stem) and not long.startswith(short):
        short = stem
    if len(short) < shortest or len(long) == len(short) or not long.startswith(short):
        return False
    listed = names_shortened_to().get(short, ())
    if listed and not any(long.startswith(name) for name in listed):
        return False  # "Ken" is Kenneth's short form, not Kenan's; "Gil" of "Gilberto" is Gilbert's
    genders = {first_name_gender(min(a, b, key=len)), first_name_gender(long)} - {None}
    return len(genders) <= 1  # "Dan" is no "Daniela"


DIMINUTIVE_ENDINGS = ("ie", "y", "i")  # "Rudy", "Rudi", "Kennie": a given name's first syllable and an ending


def diminutive_stem(name: str) -> str | None:
    """The first syllable a diminutive given name is made of ("rud" of "rudy"), or None."""
    for ending in DIMINUTIVE_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 3:
            return name[: -len(ending)]
    return None


def _shortened(main: tuple[str, ...], rarer: tuple[str, ...]) -> bool:
    """A given name that is the other's initials run together ("hc" for "Henry Clay"); a given name
    of its own ("Al" for "Alan Lee") is no pair of initials. (A name's start is no short form:
    "Ken" and "Kenan" are two people.)"""
    short = rarer[0]
    if len(rarer) != 1 or len(short) < 2 or len(main) < 2:
        return False
    return first_name_gender(short) is None and short == "".join(word[0] for word in main)


@cache
def _nickname_keys() -> frozenset[str]:
    return frozenset(w.casefold() for w in name_rules().nickname_words)
