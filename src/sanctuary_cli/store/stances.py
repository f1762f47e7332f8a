"""Stance answers from stored evidence rows, through the verdict in ``extract.stance.verdict``."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from typing import Any

from sanctuary_cli.extract.stance.verdict import article_stances, place_verdict, verdict
from sanctuary_cli.store.filters import date_clause
from sanctuary_cli.store.sql import like_pattern

Row = dict[str, Any]

_EVIDENCE = """
    SELECT e.city, e.state, e.level, e.text, e.start, e.end, e.actor, e.actor_role, e.voice, e.polarity,
           e.weight, e.cue, e.kind, e.act, e.target, e.status, a.path AS article, a.id AS article_id, a.date
    FROM evidence e JOIN articles a ON a.id = e.article_id
"""


def _dated(since: str | None, until: str | None, joiner: str) -> tuple[str, list[Any]]:
    """The evidence query's condition on article dates, or nothing."""
    clause, params = date_clause("a.date", since, until)
    return (f" {joiner} {clause}" if clause else ""), params


def stances(conn: sqlite3.Connection, since: str | None = None, until: str | None = None) -> list[Row]:
    """Every city the corpus names and every county with evidence: stance label, score, evidence counts
    (from articles dated within [since, until] when given)."""
    dated, params = _dated(since, until, "WHERE")
    evidence = _by_place(conn, dated, params)
    named = conn.execute(
        "SELECT city, state, count(DISTINCT article_id) AS articles FROM cities c JOIN articles a"
        " ON a.id = c.article_id" + dated + " GROUP BY city, state", params
    ).fetchall()
    places = {(r["city"], r["state"], "city"): r["articles"] for r in named}
    for key in evidence:
        places.setdefault(key, 0)
    result = []
    for (city, state, level), articles in places.items():
        rows = evidence.get((city, state, level), [])
        v = place_verdict(rows)
        dates = [r["date"] for r in rows if r["date"]]
        result.append(
            {
                "city": city,
                "state": state,
                "level": level,
                "stance": v.label,
                "score": v.score,
                "confidence": v.confidence,
                "evidence_count": v.evidence,
                "context": v.context,
                "articles": max(articles, len({r["article_id"] for r in rows})),
                "latest": max(dates) if dates else None,
            }
        )
    result.sort(key=lambda r: (-r["evidence_count"], -r["articles"], r["city"]))
    return result


def city_labels(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """The stance label of every city with evidence, as :func:`stances` gives it (any other is "unclear")."""
    evidence = _by_place(conn, " WHERE e.level = 'city'", [])
    return {(city, state): place_verdict(rows).label for (city, state, _), rows in evidence.items()}


def _by_place(conn: sqlite3.Connection, where: str, params: list[Any]) -> dict[tuple[str, str, str], list[Row]]:
    """The evidence rows ``where`` keeps, by (city, state, level), each place's in article and text order."""
    evidence: dict[tuple[str, str, str], list[Row]] = defaultdict(list)
    for row in conn.execute(_EVIDENCE + where + " ORDER BY a.path, e.start", params):
        evidence[(row["city"], row["state"], row["level"])].append(dict(row))
    return evidence


def article_place_stances(conn: sqlite3.Connection) -> list[Row]:
    """Each article's own verdict on each place it gives evidence for: article path, place, level, label."""
    groups: dict[tuple[str, str, str, str], list[Row]] = defaultdict(list)
    for row in conn.execute(_EVIDENCE):
        groups[(row["article"], row["city"], row["state"], row["level"])].append(dict(row))
    return [
        {"article": article, "city": city, "state": state, "level": level, "stance": verdict(rows).label}
        for (article, city, state, level), rows in groups.items()
    ]


_PLACES = {
    "city": "SELECT city, state FROM cities UNION ALL SELECT city, state FROM evidence WHERE level = 'city'",
    "county": "SELECT city, state FROM evidence WHERE level = 'county'",
}
_MATCH = (
    "SELECT city, state, count(*) AS n FROM ({places}) WHERE city LIKE ? ESCAPE '\\' GROUP BY city, state"
    " ORDER BY (lower(city) = lower(?) OR lower(city) = lower(?) || ' county') DESC, n DESC LIMIT 1"
)
_MATCH_BY_LEVEL = {level: _MATCH.format(places=places) for level, places in _PLACES.items()}


def _match_place(conn: sqlite3.Connection, name: str, level: str) -> sqlite3.Row | None:
    """The stored place a user's name means: an exact name first, else the most mentioned match."""
    if level not in _MATCH_BY_LEVEL:
        raise ValueError(f"level must be 'city' or 'county', not {level!r}")
    if level == "county" and name.casefold().endswith(" county"):
        name = name[: -len(" county")]
    row: sqlite3.Row | None = conn.execute(_MATCH_BY_LEVEL[level], (like_pattern(name), name, name)).fetchone()
    return row


def city_stance(conn: sqlite3.Connection, city: str, level: str = "city", since: str | None = None,
                until: str | None = None) -> Row | None:
    """One place's verdict with its actors, its evidence and its stance article by article.

    ``level`` is "city" or "county"; a county's evidence never counts for its seat city.
    """
    match = _match_place(conn, city, level)
    if match is None:
        return None
    dated, params = _dated(since, until, "AND")
    rows = [
        dict(r)
        for r in conn.execute(
            _EVIDENCE + " WHERE e.city = ? AND e.state = ? AND e.level = ?" + dated
            + " ORDER BY a.date, a.path, e.start",
            [match["city"], match["state"], level, *params],
        )
    ]
    v = place_verdict(rows)
    for row, part in zip(rows, v.contributions, strict=True):
        row["points"] = round(part.points, 4)
    return {
        "city": match["city"],
        "state": match["state"],
        "level": level,
        "stance": v.label,
        "score": v.score,
        "confidence": v.confidence,
        "evidence_count": v.evidence,
        "resisting": v.resisting,
        "cooperating": v.cooperating,
        "actors": _actors(rows),
        "evidence": [
            {key: row[key] for key in ("text", "actor", "actor_role", "voice", "act", "target", "status",
                                       "polarity", "weight", "points", "cue", "kind", "article", "date",
                                       "start", "end")}
            for row in rows
        ],
        "over_time": [
            {"article": s.article, "date": s.date, "stance": s.verdict.label, "score": s.verdict.score,
             "evidence_count": s.verdict.evidence}
            for s in article_stances(rows)
        ],
    }


def _actors(rows: list[Row]) -> list[Row]:
    """Each actor's own stance from their own rows, the city's voices first."""
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        groups[row["actor"] or "(unattributed)"].append(row)
    actors = []
    for actor, group in groups.items():
        v = verdict(group)
        counted = v.evidence > 0
        actors.append(
            {
                "actor": actor,
                "role": next((r["actor_role"] for r in group if r["actor_role"]), None),
                "voice": group[0]["voice"],
                "stance": v.label if counted else "context",
                "score": v.score,
                "evidence": len(group),
            }
        )
    order = {"city": 0, "local": 1, "state": 2, "other": 3, "federal": 4}
    actors.sort(key=lambda a: (order.get(a["voice"], 5), -a["evidence"], a["actor"]))
    return actors
