"""The store in Datasette: read-only, described, faceted, searchable, with a query per question.

``sanctuary serve`` runs Datasette (the extra ``[web]``) over two databases,
both opened immutable, so nothing served can write:

- the store itself, with a description of every table and column, article
  titles as the labels of article ids, facets (speaker, city, date, ...),
  full-text search on quotes, and the canned queries "what did PERSON say"
  and "evidence for CITY";
- ``stance``, written when the server starts: every city's verdict exactly
  as ``sanctuary stance`` computes it from the evidence (the verdict is Python,
  not SQL), faceted by stance and state, with the canned query "where does
  CITY stand".

The canned queries match names and places as the CLI does: in any case,
anywhere in the name, with ``%`` and ``_`` taken literally.
"""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sanctuary_cli.errors import SanctuaryError
from sanctuary_cli.store.db import connect, store_path
from sanctuary_cli.store.stances import stances

INSTALL_HINT = "pip install 'sanctuary-cli[web]'"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
STANCE_DATABASE = "stance"

# Columns of the stance database's one table, as ``store.stances.stances`` returns them.
STANCE_COLUMNS = {
    "city": "The city, as the gazetteer names it",
    "state": "Two-letter state code",
    "level": "city or county (a county's evidence never counts for its seat city)",
    "stance": "resist, cooperate, mixed or unclear: the verdict of 'sanctuary stance'",
    "score": "From -1 (cooperates with federal enforcement) to 1 (resists it)",
    "confidence": "From 0 to 1: how much evidence there is, and how much of it agrees",
    "evidence_count": "Evidence rows that count toward the score",
    "context": "Rows shown for context only (federal pressure on the city)",
    "articles": "Articles that name the city or give evidence about it",
    "latest": "Date of the latest article with evidence",
}


def contains(param: str) -> str:
    """SQL for "the column contains the canned query's parameter", with LIKE's own characters literal."""
    escaped = f"replace(replace(replace(:{param}, '\\', '\\\\'), '%', '\\%'), '_', '\\_')"
    return f"'%' || {escaped} || '%' ESCAPE '\\'"


WHAT_DID_PERSON_SAY = f"""
SELECT q.speaker, q.speaker_mention, q.text AS quote, q.cue, q.kind, a.date, a.title, a.path AS article
FROM quotes q JOIN articles a ON a.id = q.article_id
WHERE EXISTS (
    SELECT 1 FROM people p
    WHERE p.article_id = q.article_id AND p.key = q.speaker_key AND coalesce(p.person, p.key) IN (
        SELECT coalesce(person, key) FROM people
        WHERE name LIKE {contains("person")}
           OR EXISTS (SELECT 1 FROM json_each(aliases) WHERE value LIKE {contains("person")})
        UNION SELECT id FROM persons WHERE name LIKE {contains("person")}
    )
) OR q.speaker LIKE {contains("person")}
ORDER BY a.path, q.start
"""

EVIDENCE_FOR_CITY = f"""
SELECT a.date, e.city, e.state, e.actor, e.actor_role, e.voice,
       CASE WHEN e.weight = 0 THEN 'context' WHEN e.polarity > 0 THEN 'resists'
            WHEN e.polarity < 0 THEN 'cooperates' ELSE 'neither' END AS stance,
       e.polarity, e.weight, e.cue, e.kind, e.text, a.title, a.path AS article
FROM evidence e JOIN articles a ON a.id = e.article_id
WHERE e.city LIKE {contains("city")}
ORDER BY a.date, a.path, e.start
"""

WHERE_DOES_CITY_STAND = f"""
SELECT {", ".join(STANCE_COLUMNS)}
FROM stance
WHERE city LIKE {contains("city")}
ORDER BY lower(city) = lower(:city) DESC, evidence_count DESC, articles DESC, city
"""


def metadata(store: str, stance: str = STANCE_DATABASE) -> dict[str, Any]:
    """Datasette's metadata for the store (database ``store``) and the verdicts (database ``stance``)."""
    return {
        "title": "sanctuary",
        "description": "Cities, officials, quotes and stances toward federal immigration enforcement, "
                       "as sanctuary found them in a news corpus. Read-only.",
        "databases": {
            store: {
                "description": "The sanctuary store: articles and what was found in them.",
                "tables": _store_tables(),
                "queries": {
                    "what_did_person_say": {
                        "title": "What did PERSON say?",
                        "description": "Quotes by a person, whatever form of the name the article used "
                                       "(as 'sanctuary quotes --person').",
                        "sql": WHAT_DID_PERSON_SAY.strip(),
                    },
                    "evidence_for_city": {
                        "title": "Evidence for CITY",
                        "description": "Every sentence or quote tying a city to a position on federal "
                                       "enforcement, oldest first (as 'sanctuary stance --city').",
                        "sql": EVIDENCE_FOR_CITY.strip(),
                    },
                },
            },
            stance: {
                "description": "Each city's verdict, computed from the store's evidence when the server "
                               "started, exactly as 'sanctuary stance' computes it.",
                "tables": {
                    "stance": {
                        "description": "One row per city: its stance toward federal immigration enforcement.",
                        "columns": STANCE_COLUMNS,
                        "facets": ["stance", "state"],
                        "sort_desc": "evidence_count",
                    },
                },
                "queries": {
                    "where_does_city_stand": {
                        "title": "Where does CITY stand?",
                        "description": "A city's verdict, score and evidence counts "
                                       "(as 'sanctuary stance --city').",
                        "sql": WHERE_DOES_CITY_STAND.strip(),
                    },
                },
            },
        },
    }


def _store_tables() -> dict[str, Any]:
    article = "The article (its title shown)"
    return {
        "articles": {
            "description": "One row per article read (the same text under two names is one article).",
            "label_column": "title",
            # A plain facet: Datasette's date facet reads a year-only date ("2024") as a day number.
            "facets": ["outlet", "date"],
            "sort_desc": "date",
            "columns": {
                "id": "Hash of the normalised body",
                "path": "File name it came from (first seen)",
                "source": "Full path or URL it came from",
                "date": "Publication date, where the article gives one",
                "words": "Words in the body",
                "text": "The stored text; every offset in the other tables points into it",
                "model": "The spaCy pipeline that read it",
            },
        },
        "quotes": {
            "description": "Quoted statements and fragments, with their speakers.",
            "facets": ["speaker", "kind", "cue"],
            "fts_table": "quotes_fts",
            "fts_pk": "id",
            "columns": {
                "article_id": article,
                "start": "Offset of the quoted words in the article's text",
                "end": "Offset after the quoted words",
                "text": "The quoted words, quotation marks excluded",
                "kind": "statement (a whole sentence or more) or partial (a fragment)",
                "speaker": "Canonical name of the speaker, or a described role",
                "speaker_key": "Joins the speaker to people.key (of the same article)",
                "speaker_mention": "The words the article used for the speaker ('he', 'the mayor')",
                "cue": "The attribution cue ('said', 'told', 'according to', ':')",
            },
        },
        "people": {
            "description": "People, one row per article they appear in; person is who they are across articles.",
            "facets": ["role", "official", "jurisdiction"],
            "columns": {
                "article_id": article,
                "key": "The person within the article (its spellings and short forms merged)",
                "name": "Canonical name: the fullest form, titles stripped",
                "role": "Title or role ('Mayor', 'border czar')",
                "jurisdiction": "Where the role applies",
                "official": "1 when a government role is attached",
                "mentions": "Mentions in the article",
                "aliases": "Every form of the name the article used (JSON list)",
                "person": "The person across articles (persons.id), resolved after each ingest",
            },
        },
        "persons": {
            "description": "People across articles: one row per person the ingest resolved, with the name shown.",
            "label_column": "name",
            "facets": ["is_person"],
            "columns": {
                "id": "The key of the person's main full name; people.person points here",
                "name": "Canonical name: the commonest plain full name",
                "surname": "The surname group it was resolved in",
                "is_person": "0 for a name that is no person's ('Penn Station')",
                "note": "Why a short form stays apart, or why it is no person",
            },
        },
        "cities": {
            "description": "US cities named in each article, linked to the gazetteer.",
            "facets": ["city", "state"],
            "columns": {
                "article_id": article,
                "population": "Population in the gazetteer",
                "mentions": "Mentions in the article",
                "first_start": "Offset of the first mention",
            },
        },
        "evidence": {
            "description": "Sentences and quotes tying a city to a position on federal immigration enforcement.",
            "facets": ["city", "level", "voice", "actor", "status"],
            "columns": {
                "article_id": article,
                "actor": "Who takes the position",
                "actor_role": "The actor's role",
                "voice": "city (speaks for the city government), local, state, federal (context) or other",
                "polarity": "Above 0 resists federal enforcement, below 0 cooperates",
                "weight": "How much the row counts toward the city's score (0: context only)",
                "cue": "The lexicon cue that fired",
                "kind": "sentence or quote",
                "level": "city or county",
                "act": "What the actor does: refuse, limit, bar, sue, repeal, honor, comply, sign...",
                "target": "What the act is aimed at: enforcement or a protection (a sanctuary policy)",
                "status": "done, decided, promised, proposed, defeated, demanded or alleged by someone else",
            },
        },
        "entities": {
            "description": "Named-entity mentions as the NER saw them.",
            "facets": ["label"],
            "columns": {"article_id": article, "label": "GPE, PERSON, ORG, NORP or DATE"},
        },
        "article_sources": {"hidden": True},
        "migrations": {"hidden": True},
    }


def write_stance_database(conn: sqlite3.Connection, path: Path) -> int:
    """Write every city's verdict from the store ``conn`` into a new SQLite file; the number of cities."""
    rows = stances(conn)
    out = sqlite3.connect(path)
    try:
        out.execute(
            "CREATE TABLE stance (city TEXT NOT NULL, state TEXT NOT NULL, level TEXT NOT NULL,"
            " stance TEXT NOT NULL, score REAL, confidence REAL, evidence_count INTEGER, context INTEGER,"
            " articles INTEGER, latest TEXT,"
            " PRIMARY KEY (city, state, level))"
        )
        marks = ", ".join(f":{column}" for column in STANCE_COLUMNS)
        out.executemany(f"INSERT INTO stance ({', '.join(STANCE_COLUMNS)}) VALUES ({marks})", rows)
        out.commit()
    finally:
        out.close()
    return len(rows)


def serve(
    store: str | Path | None = None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    announce: Callable[[str], None] | None = None,
) -> None:
    """Serve the store (``store_path(store)``) in Datasette until stopped; ``announce`` gets a line saying where."""
    require_datasette()
    path = store_path(store)
    with tempfile.TemporaryDirectory(prefix="sanctuary-serve-") as folder, _stopped_by_sigterm():
        arguments = datasette_arguments(path, Path(folder), host, port)
        if announce is not None:
            announce(f"Serving {path} read-only at http://{host}:{port}/ (Ctrl-C stops)")
        run_datasette(arguments)


@contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """SIGTERM stops the server as Ctrl-C does, so the temporary folder is removed either way.

    The web server handles both signals itself, then raises the one it got again
    for the handler that was there before it: for SIGTERM, this one.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def datasette_arguments(store: Path, folder: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> list[str]:
    """Prepare a store for serving and return the ``datasette serve`` arguments that serve it.

    Checks the store as every command does (a missing or foreign file is a
    ``StoreError``; an older schema is brought up to date) and folds its
    write-ahead log into the file, since an immutable reader sees the file only;
    writes the stance database and the metadata into ``folder``, which must last
    as long as the server.
    """
    port_free(host, port)
    conn = connect(store)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        name = STANCE_DATABASE if store.stem != STANCE_DATABASE else "verdicts"
        verdicts = folder / f"{name}.db"
        write_stance_database(conn, verdicts)
    finally:
        conn.close()
    meta = folder / "metadata.json"
    meta.write_text(json.dumps(metadata(store.stem, name), indent=2), encoding="utf-8")
    return ["serve", "--immutable", str(store), "--immutable", str(verdicts), "--metadata", str(meta),
            "--host", host, "--port", str(port)]


def port_free(host: str, port: int) -> None:
    """Raise unless this process could listen on ``host:port``."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.bind((host, port))
    except OSError as exc:
        raise SanctuaryError(f"cannot listen on {host}:{port} ({exc.strerror}); choose another --port") from exc


def run_datasette(arguments: list[str]) -> None:
    """Run Datasette's own ``serve`` command until it is stopped (Ctrl-C or SIGTERM)."""
    require_datasette()
    from click.exceptions import Abort
    from datasette.cli import cli as datasette

    try:
        datasette.main(args=arguments, prog_name="datasette", standalone_mode=False)
    except (Abort, KeyboardInterrupt):
        return  # stopped by Ctrl-C or SIGTERM: how a server's run ends


def require_datasette() -> None:
    """Raise a clear error, before any work, when the ``[web]`` extra is missing."""
    try:
        import datasette  # noqa: F401
    except ImportError as exc:
        raise SanctuaryError(f"sanctuary serve needs Datasette, which is not installed: {INSTALL_HINT}") from exc
