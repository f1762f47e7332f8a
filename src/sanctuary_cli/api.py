"""The Python API: everything the command line does, as calls that return records.

>>> import sanctuary_cli
>>> store = sanctuary_cli.open_store("data/sanctuary.db")
>>> [q.speaker for q in store.quotes(person="Homan", limit=2)]
['Tom Homan', 'Tom Homan']

Queries read the SQLite store with the standard library only: they never
import spaCy or pandas (``frames()`` imports pandas, ``ingest`` and ``analyze``
load spaCy, each only when called).
"""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sanctuary_cli.errors import QueryError, SanctuaryError
from sanctuary_cli.extract.people import overrides as user_overrides
from sanctuary_cli.extract.people.overrides import Overrides
from sanctuary_cli.ingest_summary import summarise
from sanctuary_cli.records import (
    Article,
    City,
    CityStance,
    IngestSummary,
    Person,
    Quote,
    Results,
    Stance,
    StoreInfo,
    TextAnalysis,
)
from sanctuary_cli.store import filters, people_table, queries
from sanctuary_cli.store.db import connect, locate_store
from sanctuary_cli.store.filters import check_date
from sanctuary_cli.store.stances import city_labels, city_stance, stances

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

    from sanctuary_cli.corpus.loader import Problem
    from sanctuary_cli.evaluation.run import Evaluation
    from sanctuary_cli.export import Written
    from sanctuary_cli.ingest import IngestReport
    from sanctuary_cli.report import ReportData

__all__ = ["CITY_SORTS", "PEOPLE_SORTS", "QUOTE_SORTS", "Store", "analyze", "check_date", "open_store"]

QUOTE_SORTS = tuple(queries.QUOTE_SORTS)

PEOPLE_SORTS: dict[str, Callable[[Person], Any]] = {
    "quotes": lambda p: (-p.official, -p.quotes, -p.mentions, p.name),
    "mentions": lambda p: (-p.mentions, p.name),
    "articles": lambda p: (-p.articles, -p.mentions, p.name),
    "name": lambda p: p.name.lower(),
}
CITY_SORTS: dict[str, Callable[[City], Any]] = {
    "articles": lambda c: (-c.articles, -c.mentions, c.city),
    "mentions": lambda c: (-c.mentions, c.city),
    "population": lambda c: (-(c.population or 0), c.city),
    "name": lambda c: c.city.lower(),
}
TABLES = ("articles", "people", "cities", "quotes", "evidence", "stances")


def open_store(path: str | Path | None = None, config: str | Path | None = None) -> Store:
    """The store at ``path``; without one, ``$SANCTUARY_STORE``, else the nearest data/sanctuary.db
    from the current folder upward, else data/sanctuary.db here (where ``ingest`` creates it).

    ``config`` names the user's overrides of people and places; without it,
    ``sanctuary.toml`` beside the store applies, if there is one."""
    where, chosen_by = locate_store(path)
    return Store(where, chosen_by, config=config)


class Store:
    """A sanctuary store: ingest articles into it, ask it questions.

    The connection opens at the first question (a store need not exist before
    ``ingest``); ``close()`` it, or use the store in a ``with`` block. The
    overrides file (``config``, else ``sanctuary.toml`` beside the store) is read
    at the first question about people, places or a person's quotes.
    """

    def __init__(self, path: str | Path, chosen_by: str = "--store", *, config: str | Path | None = None) -> None:
        self.path = Path(path)
        self.chosen_by = chosen_by
        self.config = Path(config) if config is not None else None
        self._conn: sqlite3.Connection | None = None
        self._overrides: Overrides | None = None

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection, if one is open; the next question opens another."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The open SQLite connection (rows as ``sqlite3.Row``), for questions the API does not ask."""
        if self._conn is None:
            self._conn = connect(self.path)
        return self._conn

    @property
    def overrides(self) -> Overrides:
        """The user's merges, splits and renames of people and pinned places (read once; a file
        that cannot be read or says something impossible raises ``ConfigError``)."""
        if self._overrides is None:
            self._overrides = user_overrides.load(user_overrides.config_path(self.path, self.config))
        return self._overrides

    # -- questions -------------------------------------------------------------------------------

    def quotes(self, person: str | None = None, city: str | None = None, article: str | None = None,
               search: str | None = None, *, case: bool = False, regex: bool = False, kind: str | None = None,
               since: str | None = None, until: str | None = None, sort: str = "article",
               limit: int | None = None) -> Results[Quote]:
        """Quotes with their speakers.

        ``person`` matches any part of a name or alias, and finds the quotes whatever
        the article called the speaker (the people resolved across articles, with the
        user's overrides); ``city`` takes short names (NYC, Philly);
        ``article`` an id, id prefix, file name or path; ``search`` whole words in any
        case ("quoted phrases" as one), exactly with ``case``, or a Python regular
        expression with ``regex``; ``since``/``until`` article dates (2025, 2025-01,
        2025-01-20); ``sort`` article, date or speaker.
        """
        _nonempty(person, "--person")
        _nonempty(city, "--city")
        _nonempty(article, "--article")
        if article is not None and not filters.article_ids(self.conn, article):
            raise SanctuaryError(f"no article matches {article!r}; 'sanctuary articles' lists them")
        fixes = self.overrides if person else None
        persons = tuple(queries.person_ids(self.conn, person, fixes)) if person else None
        query = queries.QuoteFilter(person, city, article, filters.Search(search, case, regex) if search else None,
                                    kind, since, until, fixes, persons)
        rows = queries.matching_quotes(self.conn, query, sort, limit)
        total = queries.quote_count(self.conn, query) if limit is not None and len(rows) >= limit else None
        return Results([Quote.from_row(r) for r in rows], total)

    def people(self, city: str | None = None, role: str | None = None, officials: bool = False, *,
               sort: str = "quotes", limit: int | None = None) -> Results[Person]:
        """People merged across spellings and articles, with the user's overrides applied;
        ``sort`` quotes, mentions, articles or name."""
        _nonempty(city, "--city")
        if sort not in PEOPLE_SORTS:
            raise QueryError(f"people sort by one of {', '.join(PEOPLE_SORTS)}, not {sort!r}")
        rows, total = people_table.page(self.conn, city=filters.city_name(city) if city else None, role=role,
                                        officials=officials, overrides=self.overrides, sort=sort, limit=limit)
        return Results([Person.from_row(r) for r in rows], total)

    def cities(self, state: str | None = None, *, sort: str = "articles", limit: int | None = None) -> Results[City]:
        """Cities the corpus names, with their stance and the user's pinned places applied;
        ``sort`` articles, mentions, population or name."""
        if sort not in CITY_SORTS:
            raise QueryError(f"cities sort by one of {', '.join(CITY_SORTS)}, not {sort!r}")
        fixes = self.overrides
        labels = city_labels(self.conn)
        found = sorted((City.from_row({**r, "stance": labels.get((r["city"], r["state"]), "unclear")})
                        for r in queries.cities(self.conn, state=state, overrides=fixes)), key=CITY_SORTS[sort])
        return Results(found[:limit] if limit is not None else found, len(found))

    def stances(self, *, since: str | None = None, until: str | None = None) -> list[Stance]:
        """Every place with a stance label, score and evidence counts, the best-evidenced first."""
        return [Stance.from_row(r) for r in stances(self.conn, since, until)]

    def stance(self, city: str | None = None, *, county: str | None = None, since: str | None = None,
               until: str | None = None) -> CityStance:
        """One city's or county's verdict, actors, evidence and stance over time.

        ``city`` is a name or part of one, or a short name (NYC, LA, DC, SF, Philly);
        ``county`` a county's name, with or without "County". A county's evidence never
        counts for its seat city. An unknown place is an error that names the store's nearest ones.
        """
        if (city is None) == (county is None):
            raise QueryError("give a city or a county, not both or neither")
        _nonempty(city, "--city")
        _nonempty(county, "--county")
        if county is not None:
            answer = city_stance(self.conn, county.strip(), "county", since, until)
            if answer is None:
                raise SanctuaryError(f"no county matching {county!r} in the store; 'sanctuary stance' lists them")
            return CityStance.from_answer(answer)
        assert city is not None
        answer = city_stance(self.conn, filters.city_name(city), "city", since, until)
        if answer is None:
            hint = self.city_hint(city) or f"no city matching {city!r} in the store"
            raise SanctuaryError(hint if "did you mean" in hint else f"{hint}; 'sanctuary cities' lists them")
        return CityStance.from_answer(answer)

    def articles(self, *, since: str | None = None, until: str | None = None,
                 limit: int | None = None) -> Results[Article]:
        """Stored articles with their counts of people and quotes, by file name."""
        found = [Article.from_row(r) for r in queries.articles(self.conn, since, until, limit)]
        total = queries.article_count(self.conn, since, until) if limit is not None and len(found) >= limit else None
        return Results(found, total)

    def article(self, ref: str) -> dict[str, Any]:
        """One article by id, id prefix, file name or path: its row, text, quotes, people, cities, entities."""
        article_id = filters.one_article(self.conn, ref)
        row = queries.article(self.conn, article_id)
        assert row is not None
        named = queries.people(self.conn, overrides=self.overrides, article=article_id)
        return {
            **row,
            "quotes": [q.to_dict() for q in self.quotes(article=article_id)],
            "people": [p.to_dict() for p in sorted(map(Person.from_row, named), key=PEOPLE_SORTS["quotes"])],
            "cities": queries.table_rows(self.conn, "cities", article_id),
            "entities": queries.table_rows(self.conn, "entities", article_id),
        }

    def nearest_cities(self, name: str) -> list[str]:
        """The store's city names closest in spelling to ``name``."""
        return filters.nearest_cities(self.conn, name)

    def city_hint(self, name: str) -> str | None:
        """None when the store names a city matching ``name``; else a line saying so, with the nearest names."""
        if filters.city_known(self.conn, name):
            return None
        near = filters.nearest_cities(self.conn, name)
        return f"no city matching {name!r} in the store" + (f"; did you mean {' or '.join(near)}?" if near else "")

    def info(self) -> StoreInfo:
        """Which store this is, how it was chosen, its schema version, counts and last ingest."""
        conn = self.conn
        counts = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                  for t in ("articles", "quotes", "people", "cities", "evidence")}
        counts["people"] = int(conn.execute("SELECT count(DISTINCT key) FROM people").fetchone()[0])
        counts["cities"] = int(conn.execute("SELECT count(*) FROM (SELECT DISTINCT city, state FROM cities)")
                               .fetchone()[0])
        last = conn.execute("SELECT max(ingested_at) FROM articles").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return StoreInfo(str(self.path.absolute()), self.chosen_by, version, self.path.stat().st_size, counts, last)

    # -- tables, files, scores ---------------------------------------------------------------------

    def frames(self) -> dict[str, pd.DataFrame]:
        """Every exported table as a pandas DataFrame, by name (articles, people, cities, quotes,
        evidence, stances), with the columns ``sanctuary export`` writes."""
        from sanctuary_cli.export import frames

        return frames(self.conn)

    def export(self, directory: str | Path, fmt: str = "csv") -> list[Written]:
        """Write every table to ``directory`` as csv, jsonl or parquet; returns what was written."""
        from sanctuary_cli.export import export

        return export(self.conn, Path(directory), fmt)

    def report(self, out: str | Path, city: str | None = None, *, since: str | None = None,
               until: str | None = None) -> ReportData:
        """Write the self-contained HTML report to ``out`` (of one city's articles, of articles dated
        within [since, until], when given); returns what it shows."""
        from sanctuary_cli.report import write_report

        return write_report(self.conn, Path(out), filters.city_name(city) if city else None, since, until)

    def evaluate(self, gold: str | Path) -> Evaluation:
        """Precision, recall and F1 of the store against a folder of gold files."""
        from sanctuary_cli.evaluation.run import evaluate

        return evaluate(self.conn, Path(gold))

    def gold_articles_held(self, gold: str | Path) -> tuple[int, int]:
        """How many of the articles the gold files name the store holds, of how many (0, 0: none named).

        When it holds none, every score is 0 for a reason that is not the extraction's.
        """
        named = _gold_articles(Path(gold))
        return filters.articles_named(self.conn, named), len(named)

    # -- ingest ------------------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path], *, workers: int | None = None,
               progress: Callable[[int], None] | None = None, on_problem: Callable[[Problem], None] | None = None,
               engine: str = "local", model: str | None = None, force: bool = False,
               timeout: float | None = None, max_bytes: int | None = None,
               report: IngestReport | None = None, feeds: Iterable[str] = (), sitemaps: Iterable[str] = (),
               since: str | None = None, limit: int | None = None, delay: float = 1.0) -> IngestSummary:
        """Read, analyse and store every article under ``paths`` (files, folders, http(s) URLs).

        ``feeds`` and ``sitemaps`` are RSS/Atom feeds and sitemaps whose articles
        are fetched, at most ``limit`` new items from each, none dated before
        ``since``; ``delay`` is the pause between two requests to one host.
        ``progress(n)`` is called as each ``n`` articles are done; ``on_problem``
        with each input that could not be read (the run goes on without it).
        Unchanged articles and URLs already stored are skipped without loading the model.
        """
        from sanctuary_cli.corpus.dates import parse_day
        from sanctuary_cli.corpus.sources import WebSources
        from sanctuary_cli.ingest import IngestReport, Options, ingest
        from sanctuary_cli.nlp.engine import DEFAULT_TIMEOUT

        day = parse_day(since) if since is not None else None
        if since is not None and day is None:
            raise QueryError(f"cannot read {since!r} as a date (e.g. 2024-11-01)")
        options = Options(engine=engine, model=model, force=force,
                          timeout=DEFAULT_TIMEOUT if timeout is None else (timeout or None),
                          web=WebSources(feeds=list(feeds), sitemaps=list(sitemaps), since=day, limit=limit))
        options.fetch.delay = delay
        if workers is not None:
            options.workers = workers
        if max_bytes is not None:
            options.max_bytes = max_bytes
            options.fetch.max_bytes = max_bytes
        paths = list(paths)
        report = report if report is not None else IngestReport()
        self.close()
        started = time.monotonic()
        ingest(paths, self.path, options, on_problem, progress, report=report)
        return summarise(report, self.path, paths, time.monotonic() - started)


def _gold_articles(gold: Path) -> set[str]:
    """The article file names the gold files speak of (quotes and cities name them)."""
    from sanctuary_cli.evaluation.run import read_jsonl

    names: set[str] = set()
    for row in read_jsonl(gold / "quotes.jsonl") or []:
        if isinstance(row.get("article"), str):
            names.add(row["article"])
    for row in read_jsonl(gold / "cities.jsonl") or []:
        names.update(a for a in row.get("articles") or [] if isinstance(a, str))
    return names


def analyze(text: str, model: str | None = None) -> TextAnalysis:
    """What the extractors find in one text, without a store: entities, cities, people, quotes, evidence.

    Offsets are into ``text``. The spaCy pipeline (``model``, else $SANCTUARY_MODEL,
    else en_core_web_sm) is loaded at the first call and kept.
    """
    from dataclasses import asdict

    from sanctuary_cli.extract.pipeline import analyze as extract
    from sanctuary_cli.nlp.engine import parse

    doc = next(parse(_pipeline(model), [text]))
    found = extract(doc)
    return TextAnalysis(entities=[asdict(r) for r in found.entities], cities=[asdict(r) for r in found.cities],
                        people=[asdict(r) for r in found.people], quotes=[asdict(r) for r in found.quotes],
                        evidence=[asdict(r) for r in found.evidence])


@functools.cache
def _pipeline(model: str | None) -> Language:
    from sanctuary_cli.nlp.model import load_model

    return load_model(model)


def _nonempty(value: str | None, option: str) -> None:
    if value is not None and not value.strip():
        raise QueryError(f"{option} needs a value, not an empty string")
