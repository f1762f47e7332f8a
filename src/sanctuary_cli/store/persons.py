"""The store's side of resolving people across articles: the rows to resolve, and the result.

The policy lives in :mod:`sanctuary_cli.extract.people.corpus`; this module only
reads the rows it needs and writes the links and persons it returns.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace

from sanctuary_cli.extract.people import corpus
from sanctuary_cli.extract.people.corpus import GivenUse, PersonRow, Resolution
from sanctuary_cli.extract.people.fullnames import misspelt_neighbours
from sanctuary_cli.extract.people.given import first_name_gender, known_given_name
from sanctuary_cli.extract.people.glued import famous_surnames, rows_to_read
from sanctuary_cli.extract.people.names import split_name
from sanctuary_cli.extract.people.usage import WordUse, word_use
from sanctuary_cli.extract.places import gazetteer
from sanctuary_cli.store.company_rows import company_of
from sanctuary_cli.store.sql import chunks as _chunks
from sanctuary_cli.store.sql import immediate
from sanctuary_cli.store.sql import rows_in as _rows_in

USE_SAMPLE = 10  # articles read to learn how a one-word name is written
LONG_NAME_SAMPLE = 5  # ... and a name of several words
OFTEN = 8  # mentions that make any name of several words worth reading
LOWER_CASE_SAMPLE = 1000  # articles searched for a word written in lower case
COMMON_WORD_ARTICLES = 300  # articles of those searched for a one-word name written in lower case ...
INITIALS = 3  # a name's first word of this many capitals or fewer is initials ("JB"), no company's name
COMMON_WORD_USES = 10  # ... this often there: a common word ("met", "glass")
STORE_GIVEN_SURNAMES = 3  # a word the Census list gives no gender, written before this many surnames: a given name
EPITHET_USES = 2  # a word glued before a surname ("Nanny Quillon") written in lower case this often is a common word


def resolve_pending(conn: sqlite3.Connection) -> int:
    """Resolve the people of new articles across the store: only the surnames they bring are redone.
    Returns the number of surname groups resolved."""
    surnames = pending_surnames(conn, corpus.surname_of)
    surnames |= misspelt_surnames(conn, surnames)
    surnames |= linked_from_elsewhere(conn, surnames, corpus.surname_of)
    if surnames:
        rows = rows_of(conn, surnames, corpus.surname_of)
        famous = famous_surnames(rows)
        glued = rows_to_read(rows, famous)  # "Happy Quillon", "Dead Ada": perhaps "quillon", "ada"
        one_word = {r.key for r in rows if " " not in r.key} | {r.key.split()[-1] for r in glued}
        given = given_name_uses(conn, one_word)
        # the articles of a surname alone, "von Ohlen" as well as "Quillon", are read for its full name
        to_read = {r.article_id for r in rows if not split_name(r.key).full} | {r.article_id for r in glued}
        texts = titled_texts(conn, to_read)
        clipped = given_name_uses(conn, one_word, clipped=True)
        found = company_of(conn, rows, {w: [*given.get(w, []), *clipped.get(w, [])] for w in given.keys() | clipped})
        common = common_word_names(conn, rows)
        epithets = _epithets(conn, glued, famous)
        uses = one_word_uses(conn, rows)
        names = given_names_of_the_store(conn, rows)
        resolution = corpus.resolve(rows, uses, given, texts, found, clipped, common, epithets, names)
        save(conn, surnames, resolution)
    return len(surnames)


def one_word_uses(conn: sqlite3.Connection, rows: list[PersonRow]) -> dict[str, WordUse]:
    """How the articles naming each one-word person write that word (a few articles each), with the
    parser's tags for it there and how many articles call it "he" or "she". Names of several words
    that open with no known given name ("Tessco Harbor", named in two articles or more) are read too."""
    by_key: dict[str, list[PersonRow]] = defaultdict(list)
    for row in rows:
        by_key[row.key].append(row)
    sample: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    alone = _mentions_alone(rows)
    for key, key_rows in sorted(by_key.items()):
        articles = sorted({r.article_id for r in key_rows})
        name = Counter(r.name for r in key_rows).most_common(1)[0][0]
        if " " not in key and " " not in name:
            sample[key], words[key] = articles[:USE_SAMPLE], name
        elif _worth_reading(key_rows, len(articles), name, alone[key.split()[-1]]):
            sample[key], words[key] = articles[:LONG_NAME_SAMPLE], name
    found = texts(conn, (a for ids in sample.values() for a in ids))
    return {
        key: _use_of(conn, words[key], {a: found[a] for a in ids if a in found}, by_key[key])
        for key, ids in sample.items()
    }


def common_word_names(conn: sqlite3.Connection, rows: list[PersonRow]) -> set[str]:
    """The keys of one word, no given name, written often, that the store writes in lower case
    again and again ("Mr. Met": "they met"; "Glass", a gadget: "a glass of"). The keys of several
    words, none a known given name, whose every word the store also writes
    in lower case ("twin peaks": "twin", "peaks"), or whose last word is a plural it does and that
    no article calls "he" or "she" ("glimmer muffins"): a work's, a band's or a thing's name. Only names
    the store writes often (in full, or by their first word alone: "Glimmer" for the chain) are asked
    about, and only its first ``LOWER_CASE_SAMPLE`` articles read."""
    by_key: dict[str, list[PersonRow]] = defaultdict(list)
    for row in rows:
        if " " in row.key:
            by_key[row.key].append(row)
    alone = _mentions_alone(rows)
    asked = [
        key for key, key_rows in sorted(by_key.items())
        if sum(r.mentions for r in key_rows) + alone[key.split()[0]] >= OFTEN and split_name(key).full
        and not any(known_given_name(w) or not w.isalpha() for w in key.split())
    ]
    words = _one_words_to_ask(rows)
    if not (asked or words):
        return set()
    found = [text for (text,) in conn.execute("SELECT text FROM articles ORDER BY rowid LIMIT ?", (LOWER_CASE_SAMPLE,))]
    store = "\n".join(found)
    common = {
        key for key in asked
        if all(any(f" {form} " in store for form in forms) for forms in _words_to_ask(key, by_key[key]))
    }
    first = "\n".join(found[:COMMON_WORD_ARTICLES])
    return common | {word for word in words if first.count(f" {word} ") >= COMMON_WORD_USES}


def given_names_of_the_store(conn: sqlite3.Connection, rows: list[PersonRow]) -> set[str]:
    """The first words of these rows' two-word names, whose surname is written alone too, that the Census
    list gives no gender (see :func:`first_name_gender`) yet the store writes before ``STORE_GIVEN_SURNAMES``
    surnames or more, and never in lower case nor as a place's name: given names the list lacks, as
    "vladimir" of Vladimir Putin, Vladimir Fuka and Vladimir Sosa."""
    alone = {r.key for r in rows if " " not in r.key}
    pairs = {tuple(r.key.split()) for r in rows if r.key.count(" ") == 1}
    words = {given for given, surname in pairs if surname in alone and first_name_gender(given) is None}
    several = {
        word for word, uses in given_name_uses(conn, words).items()
        if len({use.key.split()[-1] for use in uses if use.key.count(" ") == 1}) >= STORE_GIVEN_SURNAMES
    }
    places = {word for word in several if gazetteer.key(word) in gazetteer.places_by_name()}
    return several - places - words_in_lower_case(conn, several)


def _epithets(conn: sqlite3.Connection, glued: list[PersonRow], famous: Collection[str]) -> set[tuple[str, str]]:
    """The (word, surname) pairs of these rows whose first word may be an epithet glued before a
    ``famous`` surname: a common word (see :func:`words_in_lower_case`) that opens no full name of
    another surname in the store ("Skip" of "Skip Quillon" beside a "Skip Tessel" is a given name)."""
    pairs = {(words[0], words[-1]) for words in (r.key.split() for r in glued) if words[-1] in famous}
    words = {word for word, _ in pairs}
    surnames = {surname for _, surname in pairs}
    opening = given_name_uses(conn, words)
    common = {
        word for word in words_in_lower_case(conn, words)
        if all(use.key.split()[-1] in surnames for use in opening.get(word, ()))
    }
    return {(word, surname) for word, surname in pairs if word in common}


def words_in_lower_case(conn: sqlite3.Connection, words: Collection[str]) -> set[str]:
    """Of these words, those the store's first ``LOWER_CASE_SAMPLE`` articles write in lower case
    ``EPITHET_USES`` times: common words ("nanny" of "Nanny Quillon"), no given names."""
    if not words:
        return set()
    rows = conn.execute("SELECT text FROM articles ORDER BY rowid LIMIT ?", (LOWER_CASE_SAMPLE,))
    written: Counter[str] = Counter()
    for (text,) in rows:
        written.update(w for w in re.findall(r"\b[a-z]+\b", text) if w in words)
    return {word for word in words if written[word] >= EPITHET_USES}


def _mentions_alone(rows: list[PersonRow]) -> Counter[str]:
    """The mentions of each one-word key: "Glimmer" of "Glimmer Muffins", written alone."""
    alone: Counter[str] = Counter()
    for row in rows:
        if " " not in row.key:
            alone[row.key] += row.mentions
    return alone


def _one_words_to_ask(rows: list[PersonRow]) -> list[str]:
    """The one-word keys, no given name, named often: "Met" of "Mr. Met", "Glass" of a gadget."""
    mentions: Counter[str] = Counter()
    for row in rows:
        if " " not in row.key and row.key.isalpha() and first_name_gender(row.key) is None:
            mentions[row.key] += row.mentions
    return sorted(key for key, count in mentions.items() if count >= OFTEN)


def _words_to_ask(key: str, rows: list[PersonRow]) -> list[tuple[str, ...]]:
    """The words of a name to look for in lower case, each with the forms that will do: all of them,
    or only the last (else the first) when it is a plural and no article calls the name "he" or "she"
    ("Glimmer Muffins", a chain: "two muffins" or "a muffin"; "Tinplates Hour", a show: "old
    tinplates" or "a tinplate"), it or its singular."""
    words = key.split()
    for word in (words[-1], words[0]):  # "Glimmer Muffins"; "Tinplates Hour", a plural before a noun
        if word.endswith("s") and len(word) > 3 and not any(r.gender for r in rows):
            return [(word, word[:-1])]  # "muffins" or "muffin", as a common noun is written
    return [(word,) for word in words]


def _use_of(conn: sqlite3.Connection, word: str, read: dict[str, str], rows: list[PersonRow]) -> WordUse:
    """How these articles (id -> text) write a name, with the parser's tags for it there."""
    tags = tag_counts(conn, word, read)
    gendered = sum(1 for r in rows if r.gender)
    use = word_use(word, list(read.values()))
    things = sum(tags.values()) - tags["PERSON"]  # an organisation, a place, a product, a work
    use = replace(use, thing_tags=things, person_tags=tags["PERSON"], articles=len(rows), gendered=gendered)
    if " " not in word:
        person, body = store_tags(conn, word)
        use = replace(use, store_person_articles=person, store_body_articles=body)
    opener = word.split()[0]
    initials = opener.replace(".", "").isupper() and len(opener.replace(".", "")) <= INITIALS  # "JB Quillon"
    if " " in word and first_name_gender(opener) is None and not initials:  # "Tessco Lens", "Vossish Pie"
        tags = tag_counts(conn, opener, read)
        things = tags["ORG"] + tags["NORP"] + tags["GPE"]
        use = replace(use, opener_thing_tags=things, opener_person_tags=tags["PERSON"])
    return use


def _worth_reading(rows: list[PersonRow], articles: int, name: str, last_alone: int = 0) -> bool:
    """Whether to read how the articles write a name of several words: one named often (the
    "person" may only ever be inside a foundation's name), or, with no known given name to open it,
    in several articles ("Tessco Harbor") or often in full and by its last word alone (``last_alone``
    mentions: "Tessco Lens", then "the Lens")."""
    mentions = sum(r.mentions for r in rows)
    if mentions >= OFTEN:
        return True
    if first_name_gender(name.split()[0]) is not None:
        return False
    return articles >= 2 or mentions + last_alone >= OFTEN


def pending_surnames(conn: sqlite3.Connection, surname_of: Callable[[str], str]) -> set[str]:
    """The surname groups holding rows not yet resolved (new articles, or a store from before)."""
    return {surname_of(row[0]) for row in conn.execute("SELECT DISTINCT key FROM people WHERE person IS NULL")}


def misspelt_surnames(conn: sqlite3.Connection, surnames: set[str]) -> set[str]:
    """The surnames of the store's full names one slip of the pen from these ("Quilon", "Quillon"):
    resolved with them, since a misspelt full name joins the name it misspells."""
    if not surnames:
        return set()
    # every resolved row's group is a person's surname; rows not yet resolved are in ``surnames``
    known = {surname for (surname,) in conn.execute("SELECT DISTINCT surname FROM persons")}
    near = misspelt_neighbours(known | surnames, of=surnames)
    return {other for found in near.values() for other in found} - surnames


def linked_from_elsewhere(
    conn: sqlite3.Connection, surnames: set[str], surname_of: Callable[[str], str]
) -> set[str]:
    """The groups of words linked to a person of these groups from outside them ("Ada" alone, linked
    to "Ada Quillon"): redone with them, since the person they link to may take another id."""
    found = {
        surname_of(row[0]) for row in _rows_in(
            conn,
            "SELECT DISTINCT p.key FROM people p JOIN persons s ON s.id = p.person WHERE s.surname IN ({marks})",
            surnames,
        )
    }
    return found - surnames


def rows_of(conn: sqlite3.Connection, surnames: set[str], surname_of: Callable[[str], str]) -> list[PersonRow]:
    """Every stored person row whose key falls in one of these surname groups, with its article's date."""
    keys = [row[0] for row in conn.execute("SELECT DISTINCT key FROM people") if surname_of(row[0]) in surnames]
    found = _rows_in(
        conn,
        "SELECT p.article_id, p.key, p.name, p.role, p.aliases, a.date, p.gender, p.mentions FROM people p"
        " JOIN articles a ON a.id = p.article_id WHERE p.key IN ({marks})",
        keys,
    )
    return [PersonRow(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], r[6], r[7]) for r in found]


def given_name_uses(
    conn: sqlite3.Connection, words: Iterable[str], clipped: bool = False
) -> dict[str, list[GivenUse]]:
    """For each word, the store's full names that open with it ("kanye" -> "kanye west"), with their
    corpus person and article count; or, ``clipped``, those whose first word runs on past it
    ("walt" -> "walter white"), with the articles among theirs that write the word for the person
    (alone, or as a name's first word: "Walt", "Walt White")."""
    found: dict[str, list[GivenUse]] = {}
    for word in sorted(set(words)):
        if clipped and len(word) < 3:
            continue
        bounds = (word + "a", word + "{") if clipped else (word + " ", word + "!")
        # the stories writing the word for a clipped use's person: read only where it is asked
        called = "count(DISTINCT CASE WHEN lower(aliases) LIKE ? OR lower(aliases) LIKE ? THEN article_id END)"
        rows = conn.execute(
            f"SELECT key, coalesce(person, key), count(DISTINCT article_id), {called if clipped else '0'}"
            " FROM people WHERE key >= ? AND key < ? AND instr(key, ' ') > 0 GROUP BY key",
            (f'%"{word}"%', f'%"{word} %', *bounds) if clipped else bounds,
        ).fetchall()
        if rows:
            found[word] = [GivenUse(*r) for r in rows]
    return found


def tag_counts(conn: sqlite3.Connection, word: str, article_ids: Iterable[str]) -> Counter[str]:
    """How often the parser tagged exactly ``word`` with each entity label in these articles."""
    found: Counter[str] = Counter()
    for label, count in _rows_in(
        conn,
        "SELECT label, count(*) FROM entities WHERE text = ? AND article_id IN ({marks}) GROUP BY label",
        article_ids,
        word,
    ):
        found[label] += count
    return found


BODY_LABELS = ("ORG", "PRODUCT", "WORK_OF_ART", "FAC")


def store_tags(conn: sqlite3.Connection, word: str) -> tuple[int, int]:
    """In how many articles of the whole store the parser tags exactly ``word`` a person, and a
    company, a product, a work or a building."""
    counts = dict(conn.execute(
        "SELECT label = 'PERSON', count(DISTINCT article_id) FROM entities"
        f" WHERE label IN ('PERSON', {', '.join('?' * len(BODY_LABELS))}) AND text = ? GROUP BY label = 'PERSON'",
        (*BODY_LABELS, word),
    ).fetchall())
    return counts.get(1, 0), counts.get(0, 0)


def texts(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, str]:
    """The stored text of these articles."""
    return dict(_rows_in(conn, "SELECT id, text FROM articles WHERE id IN ({marks})", article_ids))


def titled_texts(conn: sqlite3.Connection, article_ids: Iterable[str]) -> dict[str, str]:
    """The title and text of these articles, one after the other (a headline names people in full too)."""
    rows = _rows_in(conn, "SELECT id, coalesce(title, ''), text FROM articles WHERE id IN ({marks})", article_ids)
    return {r[0]: f"{r[1]}\n\n{r[2]}" for r in rows}


def save(conn: sqlite3.Connection, surnames: Iterable[str], resolution: Resolution) -> None:
    """Replace what the store holds for these surname groups with the resolution, in one transaction."""
    with immediate(conn):
        for marks, chunk in _chunks(surnames):
            conn.execute(f"DELETE FROM persons WHERE surname IN ({marks})", chunk)
        conn.executemany(
            "INSERT OR REPLACE INTO persons (id, name, surname, is_person, note) VALUES (?, ?, ?, ?, ?)",
            [(p.id, p.name, p.surname, int(p.is_person), p.note) for p in resolution.persons.values()],
        )
        conn.executemany(
            "UPDATE people SET person = ? WHERE article_id = ? AND key = ?",
            [(person, article, key) for (article, key), person in resolution.links.items()],
        )
