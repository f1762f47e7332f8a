"""One-word forms no evidence joins to a full name: which of their stories' forms are one person.

"Megan" alone in two stories headlined with one show is the show's one Megan; a form left apart in
a story where another form was found to be someone of its surname or given name is that person;
a given name many people of the store bear is a person of each story otherwise.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from sanctuary_cli.extract.people.given import first_name_gender, known_given_name
from sanctuary_cli.extract.people.kinds import named_for_an_animal_here
from sanctuary_cli.extract.people.lone import initials, written_as_initials
from sanctuary_cli.extract.people.names import split_name
from sanctuary_cli.extract.people.personal import not_a_personal_name
from sanctuary_cli.extract.people.records import CorpusPerson, PersonRow, Resolution, own_person, surname_of
from sanctuary_cli.extract.people.shortforms import Evidence, ShortForm, known_surname

OPENING_CHARS = 400  # a story's opening lines after its headline, which say what the story is about


def many_bearers(short: ShortForm, articles: int) -> bool:
    """Whether several people of the store may bear this one-word form: namesakes compete for the
    surname, or it is a given name alone that several people of the store bear, or a common given
    name the store writes in full in as many articles as it is written alone (``articles``). A
    mononym, written alone far more often than in any full name, stays one person."""
    if len(short.clusters) > 1:
        return True
    bearers = {g.person for g in short.as_given}
    if len(bearers) > 1 and first_name_gender(short.key) is not None:
        return True  # "David" beside a Larry David: a common given name many people of the store bear
    if known_surname(short):
        return False  # a surname the store knows, and one full name only: kept as one
    if len(bearers) > 1:
        return True
    # "Harold" alone where the store names a Harold in full about as often: a given name, not a mononym
    written_in_full = sum(g.articles for g in short.as_given)
    return bool(bearers) and first_name_gender(short.key) is not None and written_in_full >= articles


def same_show(rows: Sequence[PersonRow], evidence: Evidence) -> tuple[dict[str, str], dict[str, set[str]]]:
    """For the articles of these rows of one word, the first article (by id) of those whose headlines
    share a show's or a team's name with its own, directly or through another: a character or a
    player the stories of one show call by the same given name ("Megan" under "Mad Men Recap" and
    "Unpacking Mad Men"). Articles sharing none are left out. With it, the show's names (pairs of
    headline words) each group's headlines share, by the group's first article."""
    phrases = {r.article_id: evidence.show_phrases(evidence.headline(r.article_id)) for r in rows}
    group = {article: article for article in phrases}

    def root(article: str) -> str:
        while group[article] != article:
            article = group[article]
        return article

    by_phrase: dict[str, list[str]] = defaultdict(list)
    for article in sorted(phrases):
        for phrase in phrases[article]:
            by_phrase[phrase].append(article)
    for articles in by_phrase.values():
        for other in articles[1:]:
            first, second = sorted((root(articles[0]), root(other)))
            group[second] = first
    found = {article: root(article) for article in phrases}
    shared = Counter(found.values())
    names: dict[str, set[str]] = defaultdict(set)
    for phrase, articles in by_phrase.items():
        if len(articles) > 1:
            names[found[articles[0]]].add(phrase)
    return {article: first for article, first in found.items() if shared[first] > 1}, names


def show_persons(short: ShortForm, rows: Sequence[PersonRow], result: Resolution, evidence: Evidence) -> dict[str, str]:
    """For the articles of these rows of one word, the person of each group of stories headlined with one show
    (see :func:`same_show`): the full name another story writes with the word, where it opens on the show (see
    :func:`named_in_full_beside_the_show`), else the word in the group's first article ("megan#<article>")."""
    shows, names = same_show(rows, evidence)
    named = named_in_full_beside_the_show(short, shows, names, result, evidence)
    return {article: named.get(first) or f"{short.key}#{first}" for article, first in shows.items()}


def named_in_full_beside_the_show(
    short: ShortForm, shows: Mapping[str, str], names: Mapping[str, set[str]], result: Resolution, evidence: Evidence
) -> dict[str, str]:
    """For each group of stories headlined with one show (see :func:`same_show`: article -> its group's first
    article, and the show's names each group shares), the one person the word was found to be in another of
    its stories that names the show in its opening lines and writes the full name itself: "Don" under "Mad
    Men" headlines is the Don Draper of a story that opens "Mad Men has been off the air ... a rejected Don
    Draper pitch". A story that names the show in passing only says nothing."""
    found: dict[str, set[str]] = defaultdict(set)
    for article in short.stories:
        pid = result.links.get((article, short.key))
        if pid is None or article in shows or not _written_in_full_there(short.key, pid, result):
            continue
        opening = evidence.show_phrases(f"{evidence.headline(article)}\n{evidence.body(article)[:OPENING_CHARS]}")
        for first, phrases in names.items():
            if phrases & opening:
                found[first].add(pid)
    return {first: pids.pop() for first, pids in found.items() if len(pids) == 1}


def _written_in_full_there(key: str, pid: str, result: Resolution) -> bool:
    """Whether the word was found to be a full name its own story writes and the store names nowhere else
    ("Don Draper" beside the story's "Don"): read from the story itself, not from the store's other people."""
    person = result.persons.get(pid)
    return pid.startswith(f"{key}#") and person is not None and person.is_person and " " in person.name


def follow_keys(result: Resolution) -> None:
    """A link to a full name's key that was resolved into another person's is a link to that person."""
    person_of_key = {key: person for (_, key), person in result.links.items() if " " in key}
    for link, person in result.links.items():
        if person not in result.persons and person_of_key.get(person, person) in result.persons:
            result.links[link] = person_of_key[person]


def same_article(result: Resolution) -> None:
    """A surname alone left apart ("Mr. Quillon") is the one person of its surname that another
    form of the same article was resolved to ("Walt", found to be Walter Quillon); a given name
    alone left apart ("Ada"), the one person of that given name another form of the article was
    resolved to ("Quillon", found to be Ada Quillon); a full name's initials left apart ("AdQ"),
    the one person of those initials ("de Quillon", found to be Ada de Quillon)."""
    full = {p for p, person in result.persons.items() if " " in p and person.is_person}
    in_article: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, surname) -> persons
    by_given: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, given name) -> persons
    by_initials: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, initials) -> persons
    written: set[tuple[str, str]] = set()  # (article, given name) of the full names the article writes itself
    for (article, key), person in result.links.items():
        if person in full:
            in_article[(article, surname_of(person))].add(person)
            by_given[(article, person.split()[0])].add(person)
            by_initials[(article, initials(split_name(person)))].add(person)
        if " " in key:
            written.add((article, key.split()[0]))
    moved: set[str] = set()
    for (article, key), person in sorted(result.links.items()):
        if " " in key or not own_person(person, key) or not result.persons[person].is_person:
            continue
        same = set(in_article.get((article, key), ()))
        # not where the article writes the full name itself, its extractor keeping the given name apart
        # ("Jesse" again and again, then "he is Jesse James")
        if not same and known_given_name(key) and (article, key) not in written:
            same = set(by_given.get((article, key), ()))
        if not same and written_as_initials(result.persons[person].name):
            same = set(by_initials.get((article, key), ()))
        if len(same) == 1:
            result.links[(article, key)] = same.pop()
            moved.add(person)
    linked = set(result.links.values())
    for person in moved - linked:
        del result.persons[person]


def add_person(
    result: Resolution, pid: str, name: str, surname: str, note: str | None, reason: str | None = None
) -> None:
    """A person found by the resolution itself (a full name only the text writes, a form kept to its
    article), or, with a ``reason``, a name found to be no person's."""
    if pid in result.persons:
        return
    reason = reason or not_a_personal_name(name)
    why = f"not a person: {reason}" if reason else note
    result.persons[pid] = CorpusPerson(pid, name, surname, reason is None, why)


def animals_apart(
    short: ShortForm, apart: list[PersonRow], result: Resolution, evidence: Evidence
) -> tuple[list[PersonRow], dict[str, str | None]]:
    """The rows left once those whose story writes the word as an animal's, a statue's or a band's are
    each a no-person of their own ("Gus the zoo's polar bear" in one story, a man in another), and why
    each row's story says so (None where it does not)."""
    here = {r.article_id: None if r.role else named_for_an_animal_here(r.name, evidence.texts.get(r.article_id))
            for r in apart}
    if all(here.values()) or not any(here.values()):
        return apart, here
    for row in [r for r in apart if here[r.article_id]]:
        pid = f"{short.key}#{row.article_id}"
        add_person(result, pid, row.name, short.surname, None, here[row.article_id])
        result.links[(row.article_id, short.key)] = pid
    return [r for r in apart if not here[r.article_id]], here
