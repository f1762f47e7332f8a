"""One person across articles: the store's per-article people joined into corpus-wide persons.

Each article names its people on its own terms: "Mayor Quillon" in one story,
"Ada Quillon" in the next, "Ada R. Quillon" in a third. After an ingest, the
rows that share a surname are resolved together:

1. Full names join when they are one name written differently: the same given
   name or its initial, a common short form ("Mike" for "Michael"), a one-letter
   misspelling of a much rarer form, or headline or title words before a name the
   corpus knows ("Jets QB Ada Quillon", "General Ada Quillon").
2. A surname alone ("Quillon") joins a full name only on evidence: the role the
   article gives it is that person's and no namesake's; or that full name holds
   the great majority of the surname's full-name articles and appears in several;
   or, when namesakes compete, the article's date lies within one of their spans
   only. Otherwise it stays a person of its own, with a note saying why.
3. The canonical name is the most frequent well-formed full name (a given name
   and a surname, no title, no middle initial); every other form stays an alias.

Groups are resolved independently, so a new batch re-resolves only the surnames
it touches; the result depends only on the rows, never on their order.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from sanctuary_cli.extract.people.aliases import another_given_name
from sanctuary_cli.extract.people.apart import (
    add_person,
    animals_apart,
    follow_keys,
    many_bearers,
    same_article,
    show_persons,
)
from sanctuary_cli.extract.people.byuse import not_a_person_by_use
from sanctuary_cli.extract.people.company import Company
from sanctuary_cli.extract.people.families import by_bracket, by_family, by_title
from sanctuary_cli.extract.people.fullnames import (
    apart_by_middle_initials,
    clipped,
    cluster_full_names,
    join_misspelt_groups,
)
from sanctuary_cli.extract.people.given import common_surname, known_given_name, listed_short_form, same_given_name
from sanctuary_cli.extract.people.glued import surname_rows
from sanctuary_cli.extract.people.kinds import a_mononym
from sanctuary_cli.extract.people.lookup import role_head
from sanctuary_cli.extract.people.names import NameParts, given_compatible, person_key, split_name
from sanctuary_cli.extract.people.namesakes import (
    a_subject_named_otherwise,
    called_so,
    only_bearer,
    outside_their_beat,
    role_overrules,
    short_form_of,
    the_maker_of_a_work,
    why_apart,
    with_role_dates,
)
from sanctuary_cli.extract.people.personal import canonical_name
from sanctuary_cli.extract.people.records import CorpusPerson, GivenUse, PersonRow, Resolution, surname_of
from sanctuary_cli.extract.people.relatives import written_as_kin
from sanctuary_cli.extract.people.shortforms import (
    Evidence,
    ShortForm,
    by_company,
    by_headline,
    clipping,
    known_surname,
    namesake_by_story,
    namesake_headlined,
    particle_lowered,
    role_held,
    written_alone,
    written_alone_for,
)
from sanctuary_cli.extract.people.usage import WordUse
from sanctuary_cli.extract.people.verdicts import cluster_no_person, short_form_no_person
from sanctuary_cli.extract.people.written import person_written, short_for_a_body, surname_alone, written_late

__all__ = ["CorpusPerson", "GivenUse", "PersonRow", "Resolution", "canonical_name", "resolve", "surname_of"]


TITLED = "title:"  # marks the full names an article gives a title, by the title's head noun (see ``ShortForm.own``)
BODY_NOTE = "a body's short name (its article writes it as the first word of a body's name: 'X News')"


def resolve(
    rows: Iterable[PersonRow],
    uses: Mapping[str, WordUse] | None = None,
    given: Mapping[str, Sequence[GivenUse]] | None = None,
    texts: Mapping[str, str] | None = None,
    company: Company | None = None,
    clipped: Mapping[str, Sequence[GivenUse]] | None = None,
    common: Collection[str] = (),
    epithets: Collection[tuple[str, str]] = (),
    given_names: Collection[str] = (),
) -> Resolution:
    """Resolve every surname group of these rows (pass whole groups: see :func:`surname_of`).
    ``uses`` tells how the articles write one-word keys that no full name claims (see
    :func:`word_use`); such a key used as a common word or a place is no person. ``given`` lists,
    for one-word keys, the store's full names that open with that word: a given name used alone.
    ``texts`` holds the text of the articles of one-word rows: a full name the article writes
    with the word, which its extractor missed, says who the word is. ``company`` tells who else
    the articles name (see :mod:`company`): a given name alone whose article names the people
    one bearer's articles name is that bearer; ``clipped`` lists, for one-word keys, the full names
    whose given name the word clips ("Walter Quillon" for "walt"), who may be that bearer too.
    ``epithets`` lists (word, surname) pairs of a common word glued before a famous surname
    ("Nanny Quillon", see :func:`glued.surname_rows`). ``given_names`` lists words the Census list
    of given names lacks that the store writes as the given names of several people ("vladimir").
    ``common`` lists the keys of several words, none a given name, that the store writes in lower
    case word by word ("twin peaks", "subway map"): a work's, a band's or a thing's name."""
    groups: dict[str, list[PersonRow]] = defaultdict(list)
    read, read_as = surname_rows(rows, texts or {}, epithets)  # "Happy Quillon" beside "Ada Quillon": "Quillon"
    for row in read:
        groups[surname_of(row.key)].append(row)
    groups = join_misspelt_groups(groups)  # "Ada Quilon" resolved with "Ada Quillon"
    result = Resolution()
    evidence = Evidence(
        uses or {}, given or {}, texts or {}, company or Company(), clipped or {}, frozenset(common),
        frozenset(given_names),
    )
    for surname in sorted(groups):
        _resolve_group(surname, sorted(groups[surname], key=lambda r: (r.key, r.article_id)), result, evidence)
    follow_keys(result)
    same_article(result)
    for (article, key), stored in read_as.items():
        result.links[(article, stored)] = result.links.pop((article, key))
    return result


def _resolve_group(surname: str, rows: list[PersonRow], result: Resolution, evidence: Evidence) -> None:
    by_key: dict[str, list[PersonRow]] = defaultdict(list)
    for row in rows:
        by_key[row.key].append(row)
    by_key = apart_by_middle_initials(by_key)
    clusters = cluster_full_names(by_key)
    for cluster in clusters:
        rows_of = [r for k in cluster.keys for r in by_key[k]]
        # a nickname's full name the article gives too ("Whitey Kastellan") is no name to go by
        names = [n for r in rows_of for n in {r.name, *r.aliases} if not another_given_name(r.name, n)]
        name = canonical_name(names, sum((Counter({r.name: max(r.mentions, 1)}) for r in rows_of), Counter()))
        reason = cluster_no_person(cluster, name, rows_of, evidence)
        result.persons[cluster.key] = CorpusPerson(
            cluster.key, name, surname, is_person=reason is None, note=f"not a person: {reason}" if reason else None
        )
        for key in cluster.keys:
            for row in by_key[key]:
                result.links[(row.article_id, row.key)] = cluster.key
    own = _told_apart(rows)
    # a full name found to be no person's ("Marnie Singing Quillon") is no namesake a short form might be
    people = [c for c in clusters if result.persons[c.key].is_person]
    things = tuple(result.persons[c.key].name for c in clusters if not result.persons[c.key].is_person)
    for key, key_rows in sorted(by_key.items()):
        if not split_name(key).full:
            alone_in, genders = written_alone(key, by_key, people)
            dated = with_role_dates(people, key_rows)  # "President Quillon" in 2014: his year too
            stories = tuple(sorted({r.article_id for r in key_rows}))
            short = ShortForm(surname, key, dated, evidence.given.get(key, ()), own, alone_in, genders, things, stories)
            _resolve_short_form(short, key_rows, result, evidence)


def _told_apart(rows: Sequence[PersonRow]) -> dict[tuple[str, str], set[str]]:
    """The full names each article's extractor found and kept apart from a short form of another
    gender or title: by (article, gender), and by (article, ``TITLED``) and (article, ``TITLED`` and
    the title's head noun)."""
    own: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        if not split_name(row.key).full:
            continue
        if row.gender:
            own[(row.article_id, row.gender)].add(row.key)
        if row.role:
            own[(row.article_id, TITLED)].add(row.key)
            own[(row.article_id, TITLED + role_head(row.role))].add(row.key)
    return own


def _resolve_short_form(short: ShortForm, rows: list[PersonRow], result: Resolution, evidence: Evidence) -> None:
    """Each article's one-word form joins the full name the evidence points to, or stays a person of its own."""
    surname, key = short.surname, short.key
    apart: list[PersonRow] = []
    alone = len(short.stories)
    use = evidence.uses.get(key)
    # a common word the corpus writes as a thing is read into no full name ("Sunday Chirpr"); a listed
    # given name that is a common word too ("Bill", "Mark") may still be its story's bearer
    thing = use is not None and not_a_person_by_use(use, known_surname(short)) is not None
    no_person = thing and not known_given_name(key)
    for row in rows:
        if not no_person and _a_bodys_short_name(row, evidence):
            add_person(result, f"{key}#body", row.name, surname, None, BODY_NOTE)
            result.links[(row.article_id, key)] = f"{key}#body"
            continue
        written = _written(short, row, evidence, no_person)
        if written is not None and (holder := role_overrules(row, written[0], short.clusters)) is not None:
            result.links[(row.article_id, key)] = holder  # "President Quillon" beside a "Mara Quillon" written
            continue
        if written is not None:
            _link_written(short, row, written, result, evidence)
            continue
        if not no_person and (kept := namesake_headlined(short, row, evidence)):
            result.links[(row.article_id, key)] = kept  # "Quillon" in a story headlined "Ada Quillon ..."
            continue
        if not no_person and (kept := by_company(short, row, evidence) or _by_story(short, row, evidence)):
            result.links[(row.article_id, key)] = kept  # "Ada" in a story about Ada Quillon's show
            continue
        pid = _by_the_stores_evidence(short, row, alone, evidence, no_person)
        if pid is not None:
            result.links[(row.article_id, key)] = pid
        else:
            apart.append(row)
    apart = _as_decided(short, rows, apart, result)
    if apart:
        _keep_apart(short, apart, result, evidence)


def _by_the_stores_evidence(
    short: ShortForm, row: PersonRow, alone: int, evidence: Evidence, no_person: bool
) -> str | None:
    """The full name the store's evidence gives a one-word form (see :func:`_by_the_store`), or the namesake its
    story's people or headline point to ("Stewart said" beside his show's people), or whose work it names ("Dylan's
    song"). A word the corpus writes as a
    thing (``no_person``) joins one only where its story calls it "he" or "she" or gives it a role ("told Fox")."""
    if no_person:
        return _by_the_store(short, row, alone, evidence) if row.gender or row.role else None
    text = evidence.texts.get(row.article_id, "")
    return (
        _by_the_store(short, row, alone, evidence)
        or namesake_by_story(short, row, evidence)
        or the_maker_of_a_work(row, short.clusters, short.as_given, text)
    )


def _as_decided(short: ShortForm, rows: list[PersonRow], apart: list[PersonRow], result: Resolution) -> list[PersonRow]:
    """The rows still apart once the articles where the store could tell whom the surname alone
    means (by a role, a date, the full name written) count as its stories' use of it: "Obama" alone
    in a story with nothing to decide is the Obama nearly every decided story means. Returns the
    rows left apart."""
    if not apart:
        return apart
    clusters = {c.key for c in short.clusters}
    left_out = {r.article_id for r in apart}
    decided = Counter(
        result.links[(r.article_id, short.key)] for r in rows
        if r.article_id not in left_out and result.links.get((r.article_id, short.key)) in clusters
    )
    if not decided:
        return apart
    counted = replace(short, alone_in=Counter(short.alone_in) + decided)
    left = []
    for row in apart:
        used = None if role_held(row, short) else written_alone_for(counted, row)
        if used is None:
            left.append(row)
        else:
            result.links[(row.article_id, short.key)] = used
    return left


def _by_story(short: ShortForm, row: PersonRow, evidence: Evidence) -> str | None:
    """The bearer a given name alone is by its story's family names or headline."""
    return (by_bracket(short, row, evidence) or by_family(short, row, evidence) or by_headline(short, row, evidence)
            or by_title(short, row, evidence))


def _link_written(
    short: ShortForm, row: PersonRow, written: tuple[str, str], result: Resolution, evidence: Evidence
) -> None:
    """Link a one-word form to the full name its article writes with it (see :func:`_written`)."""
    key, surname = short.key, short.surname
    pid = written[0]
    if surname_of(pid) != surname and pid not in {g.person for g in [*short.as_given, *clipping(short, evidence)]}:
        pid = f"{key}#{row.article_id}"  # "Zarek Tessel", a full name only this article writes
        add_person(result, pid, written[1], surname, None)
    result.links[(row.article_id, key)] = pid
    if surname_of(pid) == surname and pid not in {c.key for c in short.clusters}:
        add_person(result, pid, written[1], surname, None)


def _by_the_store(short: ShortForm, row: PersonRow, alone: int, evidence: Evidence) -> str | None:
    """The full name a one-word form stands for by the store's evidence (see :func:`_the_stores_choice`),
    unless its story is outside the one beat the store writes of them in and no role ties it to them."""
    chosen = _the_stores_choice(short, row, alone, evidence)
    if chosen is None or row.role:
        return chosen
    text, headlines = evidence.texts.get(row.article_id, ""), evidence.company.namesake_titles.get(chosen, ())
    return None if outside_their_beat(text, headlines, evidence.show_phrases) else chosen


def _the_stores_choice(short: ShortForm, row: PersonRow, alone: int, evidence: Evidence) -> str | None:
    """The full name a one-word form stands for by the store's evidence (role, dominance, dates, how
    the stories write the surname alone, the one bearer of a rare given name), or None. The bearers
    of a given name it is a listed short form of count too ("Walt": Walter Quade beside Walt Orwin), and
    one of them is chosen only where their stories call them so (see :func:`namesakes.called_so`)."""
    # "his son Cooper" is a given name, no bare surname of the store's Cooper
    kin = written_as_kin(row.name, evidence.texts.get(row.article_id, ""))
    chosen = None if kin else short_form_of(row, short.clusters, bool(short.as_given))
    if chosen is not None:
        return chosen.key
    if not role_held(row, short) and (used := written_alone_for(short, row)) is not None:
        return used
    if not short.clusters:  # "Kanye" where one Kanye is named
        longer = [g for g in clipping(short, evidence) if listed_short_form(split_name(g.key).given[0], short.key)]
        bearer = only_bearer(short.key, [*short.as_given, *longer], alone)
        if bearer is not None and bearer not in {g.person for g in short.as_given}:
            bearer = bearer if any(g.person == bearer and called_so(g) for g in longer) else None
        subject = bearer is not None and a_subject_named_otherwise(row, bearer, evidence.texts.get(row.article_id))
        return None if subject else bearer
    return None


def _keep_apart(short: ShortForm, apart: list[PersonRow], result: Resolution, evidence: Evidence) -> None:
    """The rows of a one-word form no evidence joins to a full name. Where several full names
    compete, or where the word is a given name the store gives several people, nothing says the
    articles mean one person: each article's form is a person of its own. Otherwise the form is
    one person across the articles (a mononym, or a surname the store names in full nowhere)."""
    key, surname = short.key, short.surname
    apart, here = animals_apart(short, apart, result, evidence)
    name = Counter(r.name for r in apart).most_common(1)[0][0]
    reason = short_form_no_person(short, name, apart, evidence)
    articles = sorted({r.article_id for r in apart})
    roles = any(r.role for r in apart)
    namesakes = [len(c.articles) for c in short.clusters]
    mononym = reason is None and not roles and a_mononym(name, articles, namesakes, evidence.texts)
    if reason is None and not mononym and many_bearers(short, len({r.article_id for r in apart})):
        alone = why_apart(short.clusters) or "a given name alone: nothing says which of its bearers"
        # "Megan" in two stories headlined "Mad Men": the show's one Megan
        shows = show_persons(short, [r for r in apart if not r.role and here[r.article_id] is None], result, evidence)
        for row in apart:
            pid = shows.get(row.article_id) or f"{key}#{row.article_id}"
            add_person(result, pid, row.name, surname, alone, here[row.article_id])  # none where found already
            result.links[(row.article_id, key)] = pid
        return
    note = f"not a person: {reason}" if reason else why_apart(short.clusters)
    result.persons[key] = CorpusPerson(key, name, surname, is_person=reason is None, note=note)
    for row in apart:
        result.links[(row.article_id, key)] = key


def _a_bodys_short_name(row: PersonRow, evidence: Evidence) -> bool:
    """A surname alone, with no role, in an article that writes it again and
    again as a body's first word ("Tessel News"): that body (see :func:`short_for_a_body`)."""
    text = evidence.texts.get(row.article_id)
    return text is not None and not row.role and short_for_a_body(row.name, text)


def _written(short: ShortForm, row: PersonRow, evidence: Evidence, a_word: bool = False) -> tuple[str, str] | None:
    """The person the article writes in full with this one-word form (see :func:`person_written`). A word the
    corpus writes as a thing (``a_word``) is read into no full name ("Sunday Chirpr"), but a common surname that
    is a common word too into one opening with a given name ("Strong" beside "Ada Strong", not "Moth Strong")."""
    text = evidence.texts.get(row.article_id)
    word = particle_lowered(row.name, text or "")
    if text is None or not surname_alone(word) or (a_word and not common_surname(short.key)):
        return None
    bearers = {g.key: g.person for g in [*short.as_given, *clipping(short, evidence)]}

    def known(name: str) -> str | None:
        parts = split_name(name)
        joined = [c.key for c in short.clusters if person_key(name) in c.keys]
        if joined:
            return joined[0]  # a writing the group already joined to a person
        if parts.surname == short.surname:
            # "T Quillon" written with no given name spelt out is known by the initial: no "Tobias Quillon"
            fitting = [c for c in short.clusters if not c.parts.suffix and _same_given(c.parts, parts)
                       and _by_initials(c.parts) == _by_initials(parts)]
            if not fitting and parts.full:  # "Gilberto Quillon" written where the store holds "Gil Quillon"
                fitting = [c for c in short.clusters if not c.parts.suffix and c.parts.full
                           and clipped(c.parts.given[0], parts.given[0])]
            return fitting[0].key if len(fitting) == 1 else None
        return bearers.get(person_key(name))

    other = {"m": "f", "f": "m"}.get(row.gender or "")
    # "Ruth Quillon" beside a "Quillon" the article calls "he": its extractor told them apart
    apart = set(short.own.get((row.article_id, other), set())) if other else set()
    if row.role:  # "First Lady Ada Quillon" beside "President Quillon": so did their titles
        titled = short.own.get((row.article_id, TITLED), set())
        apart |= titled - short.own.get((row.article_id, TITLED + role_head(row.role)), set())
    found = person_written(word, text, known, apart)
    if found is not None and a_word and not known_given_name(found[1].split()[0]):
        return None
    if found is not None and row.role and split_name(found[1]).given[:1] == (short.key,):
        return None  # "President Quillon" is a surname: not the first word of the article's "Quillon Doctrine"
    if found is not None and written_late(word, found[1], text):
        if split_name(found[1]).given[:1] == (short.key,):
            return None  # "Jesse" again and again, then "he is Jesse James": a Jesse the readers know
        if written_alone_for(short, row) not in (None, found[0]):
            return None  # "Quillon" all along, then once "his daughter Ada Quillon": the store's Quillon
    return found


def _by_initials(parts: NameParts) -> bool:
    return bool(parts.given) and all(len(g) == 1 for g in parts.given)


def _same_given(a: NameParts, b: NameParts) -> bool:
    return given_compatible(a.given, b.given) or same_given_name(a.given[0], b.given[0])
