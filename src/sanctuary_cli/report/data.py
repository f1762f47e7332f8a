"""What the report shows, gathered from the store as plain records (no HTML here).

Everything comes from the queries the commands use (``store.queries``), so the
report agrees with ``sanctuary stance``, ``people`` and ``quotes``. A few
lookups the commands do not need (which cities each article names, which
quotes count as stance evidence) are read here directly.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sanctuary_cli.errors import SanctuaryError
from sanctuary_cli.extract.places.gazetteer import state_name_of
from sanctuary_cli.store import queries

Row = dict[str, Any]
ArticlePlaces = dict[str, dict[tuple[str, str], int]]  # article id -> (city, state) -> mentions

CHART_CITIES = 25  # the stance chart and the map show the most covered cities; the export has them all
CHART_SPEAKERS = 15
QUOTE_CITIES = 12
QUOTES_PER_CITY = 3
UNCLEAR = "unclear"


class ReportError(SanctuaryError):
    """The report cannot be made as asked (e.g. an unknown city)."""


@dataclass
class CityStance:
    """One city on the stance chart and the map."""

    city: str
    state: str
    stance: str
    score: float
    confidence: float | None
    evidence: int
    articles: int
    latest: str | None


@dataclass
class Speaker:
    name: str
    role: str | None
    jurisdiction: str | None
    official: bool
    quotes: int


@dataclass
class Period:
    label: str
    articles: int
    quotes: int


@dataclass
class Timeline:
    unit: str  # "day", "month" or "year"
    periods: list[Period]
    undated_articles: int
    undated_quotes: int


@dataclass
class CityQuote:
    quote: str
    kind: str
    speaker: str | None
    role: str | None
    article: str
    title: str | None
    date: str | None
    evidence: bool  # the quote counts toward the city's stance


@dataclass
class CityQuotes:
    city: str
    state: str
    stance: str
    quotes: list[CityQuote]


@dataclass
class ReportData:
    scope: str | None  # the city the report is limited to, if any
    totals: dict[str, int]
    first_date: str | None
    last_date: str | None
    cities: list[CityStance]  # the map's cities: the most covered
    more_cities: int  # cities left off the map
    stances: list[CityStance]  # the stance chart's: most covered cities with evidence, highest score first
    unjudged: int  # cities without any stance evidence, left off the stance chart
    speakers: list[Speaker]
    more_speakers: int
    timeline: Timeline
    top_quotes: list[CityQuotes] = field(default_factory=list)


def gather(conn: sqlite3.Connection, city: str | None = None, since: str | None = None,
           until: str | None = None) -> ReportData:
    """Everything the report shows, for the whole corpus or for the articles about one city,
    and only from articles dated within [since, until] when given."""
    places = _scope_places(conn, city) if city else None
    dated = since is not None or until is not None
    article_places = _article_places(conn)
    articles = _articles_in_scope(conn, places, article_places, since, until)
    ids = {a["id"] for a in articles}
    quotes = [q for q in queries.quotes(conn) if q["article_id"] in ids]
    everyone = queries.people(conn)
    people = queries.people(conn, city=city) if city else everyone
    stances = _city_stances(conn, places, since, until)
    mapped, chart = _charted(stances)
    quoted = [*chart, *(s for s in mapped if not s.evidence)][:QUOTE_CITIES]
    speakers = _speakers(everyone, quotes if city or dated else None)
    first, last = _date_range(articles)
    return ReportData(
        scope=city,
        totals={
            "articles": len(articles),
            "cities": len(stances),
            "people": len(people),
            "officials": sum(1 for p in people if p["official"]),
            "quotes": len(quotes),
        },
        first_date=first,
        last_date=last,
        cities=mapped,
        more_cities=len(stances) - len(mapped),
        stances=chart,
        unjudged=sum(1 for s in stances if not s.evidence),
        speakers=speakers[:CHART_SPEAKERS],
        more_speakers=max(0, len(speakers) - CHART_SPEAKERS),
        timeline=timeline(articles, quotes),
        top_quotes=_top_quotes(conn, quoted, quotes, everyone, article_places),
    )


def _articles_in_scope(conn: sqlite3.Connection, places: set[tuple[str, str]] | None, article_places: ArticlePlaces,
                       since: str | None, until: str | None) -> list[Row]:
    """The articles dated in range and, for a city's report, naming one of its places."""
    articles = queries.articles(conn, since, until)
    if places is None:
        return articles
    return [a for a in articles if article_places.get(a["id"], {}).keys() & places]


def _charted(stances: list[CityStance]) -> tuple[list[CityStance], list[CityStance]]:
    """The map's cities (the most covered) and the stance chart's (those with evidence, highest score first)."""
    by_coverage = sorted(stances, key=lambda s: (-s.articles, -s.evidence, s.city))
    # A city with no evidence has no score to draw: the map still shows it, as unclear.
    chart = [s for s in by_coverage if s.evidence][:CHART_CITIES]
    chart.sort(key=lambda s: (-s.score, -s.articles, s.city))
    return by_coverage[:CHART_CITIES], chart


def _date_range(articles: list[Row]) -> tuple[str | None, str | None]:
    """The labels of the first and last article dates, or None when no article is dated."""
    dates = sorted(d for d in (parse_date(a["date"]) for a in articles) if d)
    if not dates:
        return None, None
    return _period_label(dates[0].day, dates[0].precision), _period_label(dates[-1].day, dates[-1].precision)


def _scope_places(conn: sqlite3.Connection, name: str) -> set[tuple[str, str]]:
    """The (city, state) pairs a user means by a city name; every Portland if they say Portland."""
    rows = conn.execute("SELECT DISTINCT city, state FROM cities WHERE lower(city) = lower(?)",
                        (name.strip(),))
    places = {(row[0], row[1]) for row in rows}
    if not places:
        raise ReportError(f"no city named {name!r} in the store; 'sanctuary cities' lists them")
    return places


def _article_places(conn: sqlite3.Connection) -> ArticlePlaces:
    """The cities each article names, with how often it names each."""
    result: ArticlePlaces = defaultdict(dict)
    rows = conn.execute("SELECT article_id, city, state, mentions FROM cities")
    for article_id, city, state, mentions in rows:
        result[article_id][(city, state)] = mentions
    return result


def _city_stances(conn: sqlite3.Connection, places: set[tuple[str, str]] | None, since: str | None = None,
                  until: str | None = None) -> list[CityStance]:
    """Every city the corpus names or has evidence about, with its verdict (unclear when it has none)."""
    verdicts = {(s["city"], s["state"]): s for s in queries.stances(conn, since, until) if s["level"] == "city"}
    if since is None and until is None:  # with dates, the stances hold every city the dated articles name
        for row in queries.cities(conn):
            verdicts.setdefault((row["city"], row["state"]), {"articles": row["articles"]})
    return [
        CityStance(
            city=city,
            state=state,
            stance=verdict.get("stance") or UNCLEAR,
            score=float(verdict.get("score") or 0.0),
            confidence=verdict.get("confidence"),
            evidence=int(verdict.get("evidence_count") or 0),
            articles=int(verdict.get("articles") or 0),
            latest=verdict.get("latest"),
        )
        for (city, state), verdict in verdicts.items()
        if places is None or (city, state) in places
    ]


def _speakers(people: Sequence[Row], quotes: Sequence[Row] | None = None) -> list[Speaker]:
    """People with quotes, most quoted first.

    Without ``quotes`` the counts are the store's, as ``sanctuary people`` shows
    them; with them (a city's report) only those quotes are counted, matched to
    people by the name or alias the quote gives.
    """
    if quotes is None:
        counts = {p["key"]: int(p["quotes"]) for p in people}
    else:
        by_name = _roles_by_name(people)
        counts = dict(Counter(by_name[q["speaker"]]["key"] for q in quotes if q["speaker"] in by_name))
    quoted = [p for p in people if counts.get(p["key"], 0) > 0]
    quoted.sort(key=lambda p: (-counts[p["key"]], not p["official"], p["name"]))
    return [Speaker(p["name"], p["role"], p["jurisdiction"], bool(p["official"]), counts[p["key"]])
            for p in quoted]


_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
UNITS = ("day", "month", "year")  # finest first


@dataclass(frozen=True, order=True)
class Dated:
    """An article's date and how much of it the article gave: "2024" is a year, not 1 January."""

    day: date
    precision: str  # "day", "month" or "year"


def parse_date(text: str | None) -> Dated | None:
    """The date an article's ISO date string starts with, and its precision."""
    match = _DATE.match(text or "")
    if not match:
        return None
    year, month, day = (int(part) if part else 1 for part in match.groups())
    precision = "day" if match.group(3) else "month" if match.group(2) else "year"
    try:
        return Dated(date(year, month, day), precision)
    except ValueError:
        return None


def timeline(articles: Sequence[Row], quotes: Iterable[Row]) -> Timeline:
    """Articles and quotes per day, month or year, whichever gives a readable number of bars.

    Every period between the first and the last date is listed, empty ones too,
    so the gaps in coverage show.
    """
    parsed = {a["id"]: d for a in articles if (d := parse_date(a["date"]))}
    quote_counts = Counter(q["article_id"] for q in quotes)
    undated = [a["id"] for a in articles if a["id"] not in parsed]
    if not parsed:
        return Timeline("month", [], len(undated), sum(quote_counts[i] for i in undated))
    dated = {article_id: d.day for article_id, d in parsed.items()}
    first, last = min(dated.values()), max(dated.values())
    months = (last.year - first.year) * 12 + last.month - first.month
    unit = "day" if (last - first).days <= 62 else "month" if months <= 36 else "year"
    # Never finer than the vaguest date: an article dated "2024" cannot go in a month.
    unit = max([unit, *(d.precision for d in parsed.values())], key=UNITS.index)
    labels = _period_labels(first, last, unit)
    article_counts: Counter[str] = Counter()
    per_period_quotes: Counter[str] = Counter()
    for article_id, day in dated.items():
        label = _period_label(day, unit)
        article_counts[label] += 1
        per_period_quotes[label] += quote_counts[article_id]
    return Timeline(
        unit,
        [Period(label, article_counts[label], per_period_quotes[label]) for label in labels],
        len(undated),
        sum(quote_counts[i] for i in undated),
    )


def _period_label(day: date, unit: str) -> str:
    if unit == "day":
        return day.isoformat()
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _period_labels(first: date, last: date, unit: str) -> list[str]:
    if unit == "day":
        return [date.fromordinal(n).isoformat() for n in range(first.toordinal(), last.toordinal() + 1)]
    if unit == "month":
        start, end = first.year * 12 + first.month - 1, last.year * 12 + last.month - 1
        return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(start, end + 1)]
    return [f"{year:04d}" for year in range(first.year, last.year + 1)]


def _top_quotes(conn: sqlite3.Connection, cities: Sequence[CityStance], quotes: Sequence[Row],
                people: Sequence[Row], article_places: ArticlePlaces) -> list[CityQuotes]:
    """For each city, the quotes that best show its position, from the articles that name it.

    A reader wants to hear the mayor, not a governor three states away: see
    ``_relevance`` for which quotes speak for a city. Among equals, attributed
    full statements come first, then longer ones.
    """
    roles = _roles_by_name(people)
    evidence = _quote_evidence(conn)
    result = []
    for stance in cities:
        place = (stance.city, stance.state)
        seen: set[str] = set()
        ranked = []
        for quote in quotes:
            places = article_places.get(quote["article_id"], {})
            if place not in places or quote["quote"] in seen:
                continue
            person = roles.get(quote["speaker"] or "")
            is_evidence = any(start < quote["end"] and quote["start"] < end
                              for start, end in evidence.get((quote["article_id"], *place), ()))
            tier = _relevance(stance, person, is_evidence, max(places, key=places.__getitem__) == place)
            if tier is None:
                continue
            seen.add(quote["quote"])
            rank = (tier, quote["speaker"] is not None, quote["kind"] == "statement",
                    min(len(quote["quote"]), 240))
            ranked.append((rank, quote, person, is_evidence))
        ranked.sort(key=lambda item: item[0], reverse=True)
        picked = [
            CityQuote(quote["quote"], quote["kind"], quote["speaker"], _role_label(person), quote["article"],
                      quote["title"], quote["date"], is_evidence)
            for _, quote, person, is_evidence in ranked[:QUOTES_PER_CITY]
        ]
        if picked:
            result.append(CityQuotes(stance.city, stance.state, stance.stance, picked))
    return result


def _relevance(city: CityStance, person: Row | None, is_evidence: bool, main_city: bool) -> int | None:
    """How well a quote speaks for a city, or None when it speaks for somewhere else.

    3: it counts as stance evidence for the city; 2: the speaker governs the
    city; 1: the speaker governs its state; 0: a speaker with no office
    elsewhere, in an article mostly about the city. An official of another
    place speaks for that place.
    """
    if is_evidence:
        return 3
    place = person["jurisdiction"] if person and person["official"] else None
    if place == city.city:
        return 2
    if place is not None and place == state_name_of().get(city.state):
        return 1
    if place is None and main_city:
        return 0
    return None


def _roles_by_name(people: Sequence[Row]) -> dict[str, Row]:
    """Each person under their name and every alias, so a quote's speaker finds their role."""
    result: dict[str, Row] = {}
    for person in people:
        for alias in person["aliases"]:
            result.setdefault(alias, person)
    for person in people:
        result[person["name"]] = person
    return result


def _role_label(person: Row | None) -> str | None:
    if not person or not person["role"]:
        return None
    return f"{person['role']}, {person['jurisdiction']}" if person["jurisdiction"] else str(person["role"])


def _quote_evidence(conn: sqlite3.Connection) -> dict[tuple[str, str, str], list[tuple[int, int]]]:
    """The spans of quote-kind stance evidence, by article and city."""
    result: dict[tuple[str, str, str], list[tuple[int, int]]] = defaultdict(list)
    rows = conn.execute("SELECT article_id, city, state, start, end FROM evidence WHERE kind = 'quote'")
    for article_id, city, state, start, end in rows:
        result[(article_id, city, state)].append((start, end))
    return result
