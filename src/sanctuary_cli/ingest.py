"""The ingest job: files -> loader -> NLP engine -> extractors -> store.

Articles stream through in batches; nothing holds the whole corpus. An article
whose content hash is already stored is skipped before any NLP, so a re-run
over an unchanged corpus never loads the model. Each batch is committed as
soon as it is back, in input order, in one transaction: each article whole.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sanctuary_cli import timing
from sanctuary_cli.corpus.loader import DEFAULT_MAX_BYTES, Problem, SourceArticle, iter_files, load_file
from sanctuary_cli.corpus.sources import FetchSettings, WebSources, is_url
from sanctuary_cli.extract.model import Analysis
from sanctuary_cli.nlp.engine import BATCH_CHARS, BATCH_SIZE, DEFAULT_TIMEOUT, Engine, Failure, LocalEngine
from sanctuary_cli.nlp.model import model_name
from sanctuary_cli.store import people_table, person_joins, persons
from sanctuary_cli.store.db import check_store, connect
from sanctuary_cli.store.files import add_sources, file_digest, remember_file, unchanged_records
from sanctuary_cli.store.gravity import place_loose_cities
from sanctuary_cli.store.lock import IngestLock
from sanctuary_cli.store.write import add_source, interrupts_deferred, known_ids, url_known, write_articles


@dataclass
class Stored:
    """One article written by this run, for the summary table."""

    id: str
    path: str
    title: str | None
    outlet: str | None
    date: str | None
    words: int
    people: int
    places: int
    quotes: int


@dataclass
class IngestReport:
    stored: list[Stored] = field(default_factory=list)
    skipped: int = 0  # unchanged articles already in the store
    duplicates: int = 0  # the same article met twice in this run
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """Whether some input could not be read (a warning alone is not a failure)."""
        return any(problem.fatal for problem in self.problems)


@dataclass
class Options:
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    engine: str = "local"
    model: str | None = None
    force: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    batch_size: int = BATCH_SIZE
    batch_chars: int = BATCH_CHARS  # a batch ends before it would pass this many characters
    timeout: float | None = DEFAULT_TIMEOUT  # seconds of NLP per article; None: no limit
    web: WebSources = field(default_factory=WebSources)  # feeds and sitemaps (URLs among the paths join it)
    fetch: FetchSettings = field(default_factory=FetchSettings)


Progress = Callable[[int], None]  # called with the number of articles just finished


def ingest(
    paths: Iterable[str | Path],
    store: Path,
    options: Options | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Progress | None = None,
    report: IngestReport | None = None,
) -> IngestReport:
    """Read, analyse and store every article under ``paths``.

    Pass a ``report`` to watch it fill: if the run is interrupted it still
    tells what was stored.
    """
    timing.start("ingest")
    check_store(store)  # a file that is no store is refused before a lock file is made beside it
    with timing.stage("ingest: other"):
        return _ingest(paths, store, options or Options(), on_problem, on_progress,
                       report if report is not None else IngestReport())


def _ingest(
    paths: Iterable[str | Path],
    store: Path,
    options: Options,
    on_problem: Callable[[Problem], None] | None,
    on_progress: Progress | None,
    report: IngestReport,
) -> IngestReport:
    lock = IngestLock(store)  # one ingest per store at a time: a second one is refused here
    try:
        with timing.stage("open the store"):
            conn = connect(store, create=True)
    except BaseException:
        lock.release()
        raise
    engine: Engine | None = None
    in_flight: deque[list[SourceArticle]] = deque()
    copies: list[SourceArticle] = []  # met again while the first copy was still being analysed
    seen: set[str] = set()  # the articles met so far in this run

    def texts(articles: Iterable[SourceArticle]) -> Iterator[list[str]]:
        """Batches for the engine; each is remembered until its results come back."""
        for batch in _batches(articles, options.batch_size, options.batch_chars):
            in_flight.append(batch)
            yield [article.body.text for article in batch]

    try:
        items = _read(paths, conn, options, report, seen, on_progress)
        pending = _new_articles(items, conn, options, report, seen, copies, on_problem, on_progress)
        first = next(pending, None)
        if first is not None:
            engine = make_engine(options)
            engine.prepare()  # the model loads while the rest of the first batch is read
            _analyse_and_store(
                engine, texts(itertools.chain([first], pending)), in_flight, conn, report, on_problem, on_progress
            )
        with timing.stage("after the nlp"):
            stored = known_ids(conn, [copy.id for copy in copies])
            for copy in copies:
                if copy.id in stored:
                    add_source(conn, copy)
        with timing.stage("cross-document people"):
            resolve_people(conn)
            people_table.refresh(conn)
        with timing.stage("cross-document places"):
            place_loose_cities(conn)
    finally:
        if engine is not None:
            engine.close()
        conn.close()
        lock.release()
    return report


def _read(
    paths: Iterable[str | Path],
    conn: sqlite3.Connection,
    options: Options,
    report: IngestReport,
    seen: set[str],
    on_progress: Progress | None,
) -> Iterator[SourceArticle | Problem]:
    """Articles from files and folders, then from URLs, feeds and sitemaps."""
    paths = list(paths)
    files = [p for p in paths if not is_url(str(p))]
    web = WebSources(
        [str(p) for p in paths if is_url(str(p))] + options.web.urls, options.web.feeds, options.web.sitemaps,
        options.web.since, options.web.limit,
    )
    yield from _read_files(files, conn, options, report, seen, on_progress)
    if not web:
        return

    def known(url: str) -> bool:
        return not options.force and url_known(conn, url)

    def on_known(url: str) -> None:
        report.skipped += 1
        if on_progress is not None:
            on_progress(1)

    # Imported here: a run over files never loads the HTTP client.
    from sanctuary_cli.corpus.remote import load_web
    from sanctuary_cli.corpus.web import Fetcher

    with Fetcher(options.fetch) as fetcher:
        yield from load_web(web, fetcher, known, on_known)


def resolve_people(conn: sqlite3.Connection) -> int:
    """Resolve the people of new articles across the store: only the surnames they bring are redone.
    Returns the number of surname groups resolved."""
    resolved = persons.resolve_pending(conn)
    if resolved:  # names the surname groups cannot join (spellings, given names alone), read again only after a change
        person_joins.join_persons(conn)
    return resolved


def _analyse_and_store(
    engine: Engine,
    batches: Iterator[list[str]],
    in_flight: deque[list[SourceArticle]],
    conn: sqlite3.Connection,
    report: IngestReport,
    on_problem: Callable[[Problem], None] | None,
    on_progress: Progress | None,
) -> None:
    """Write each batch's analyses as they come back, in input order.

    An article the NLP failed on is reported and left out of the store, so the
    next run tries it again.
    """
    for analyses in engine.run(batches):
        batch = in_flight.popleft()
        analysed: list[tuple[SourceArticle, Analysis]] = []
        for article, analysis in zip(batch, analyses, strict=True):
            if isinstance(analysis, Failure):
                _report_problem(Problem(article.path, analysis.reason), report, on_problem)
            else:
                analysed.append((article, analysis))
        if analysed:
            # One transaction for the batch; each article in it whole, or none of them.
            with interrupts_deferred():  # an article stored is an article counted, even on Ctrl-C
                write_articles(conn, analysed, engine.model)
                report.stored.extend(
                    Stored(
                        article.id, article.path, article.title, article.outlet, article.date, article.words,
                        people=len(analysis.people), places=len(analysis.cities), quotes=len(analysis.quotes),
                    )
                    for article, analysis in analysed
                )
        if on_progress is not None:
            on_progress(len(batch))


def make_engine(options: Options) -> Engine:
    """The engine the options ask for; the Ray one only when asked (it is an optional extra)."""
    name = model_name(options.model)
    if options.engine == "ray":
        from sanctuary_cli.nlp.ray_engine import RayEngine

        return RayEngine(name, workers=options.workers, batch_size=options.batch_size)
    return LocalEngine(name, workers=options.workers, timeout=options.timeout)


def _read_files(
    paths: Iterable[str | Path],
    conn: sqlite3.Connection,
    options: Options,
    report: IngestReport,
    seen: set[str],
    on_progress: Progress | None,
) -> Iterator[SourceArticle | Problem]:
    """Every record of every input file, except the files read whole before and unchanged since.

    Those are counted (unchanged, or duplicate) without being read: hashing a
    file's bytes costs a fraction of parsing and cleaning its records.
    """
    for path in iter_files(paths):
        if isinstance(path, Problem):
            yield path
            continue
        source = str(path)
        with timing.stage("hash files"):
            digest = file_digest(path, options.max_bytes)
            known = None if digest is None or options.force else unchanged_records(conn, source, digest)
        if known is not None:
            with timing.stage("skip unchanged"):
                _skip_file(conn, source, known, report, seen, on_progress)
            continue
        records: list[tuple[str, str]] | None = []
        for item in timing.iterate("read and clean", load_file(path, options.max_bytes)):
            if isinstance(item, Problem):
                records = None  # read again next time, to report it again
            elif records is not None:
                with timing.stage("hash"):
                    records.append((item.id, item.path))
            yield item
        if digest is not None and records is not None:
            remember_file(conn, source, digest, records)


def _skip_file(
    conn: sqlite3.Connection,
    source: str,
    records: list[tuple[str, str]],
    report: IngestReport,
    seen: set[str],
    on_progress: Progress | None,
) -> None:
    """Count an unchanged file's articles as reading it would have."""
    for article_id, _ in records:
        if article_id in seen:
            report.duplicates += 1
        else:
            seen.add(article_id)
            report.skipped += 1
    add_sources(conn, [(article_id, path, source) for article_id, path in records])
    if on_progress is not None:
        on_progress(len(records))


def _new_articles(
    items: Iterator[SourceArticle | Problem],
    conn: sqlite3.Connection,
    options: Options,
    report: IngestReport,
    seen: set[str],
    copies: list[SourceArticle],
    on_problem: Callable[[Problem], None] | None,
    on_progress: Progress | None,
) -> Iterator[SourceArticle]:
    """The articles that need NLP: not stored yet (or --force), and not met before in this run."""
    for item in items:
        if isinstance(item, Problem):
            _report_problem(item, report, on_problem)
            continue
        with timing.stage("hash"):
            article_id = item.id
        if article_id in seen:
            report.duplicates += 1
            copies.append(item)
            continue
        seen.add(article_id)
        with timing.stage("skip unchanged"):
            unchanged = not options.force and known_ids(conn, [article_id])
            if unchanged:
                report.skipped += 1
                add_source(conn, item)
                if on_progress is not None:
                    on_progress(1)
        if not unchanged:
            yield item


def _batches(articles: Iterable[SourceArticle], size: int, chars: int) -> Iterator[list[SourceArticle]]:
    """Batches of ``size`` articles, or fewer where they would hold more than ``chars`` characters."""
    batch: list[SourceArticle] = []
    held = 0
    for article in articles:
        length = len(article.body.text)
        if batch and held + length > chars:
            yield batch
            batch, held = [], 0
        batch.append(article)
        held += length
        if len(batch) >= size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _report_problem(problem: Problem, report: IngestReport, on_problem: Callable[[Problem], None] | None) -> None:
    report.problems.append(problem)
    if on_problem is not None:
        on_problem(problem)
