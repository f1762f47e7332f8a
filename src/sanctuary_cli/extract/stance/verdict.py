"""A city's stance from its evidence rows: a score, a label, a confidence, and the trail.

Pure Python on purpose: query commands compute verdicts from stored rows
and must never import spaCy. A row is an ``EvidenceRecord`` or any mapping
with ``polarity`` (> 0 resists, < 0 cooperates), ``weight`` (0 = context only)
and, when known, ``article``, ``date`` and ``voice``.

The score is a weighted mean of polarities, shrunk toward 0 when evidence is
thin, so that every point of it is one row's ``polarity * weight`` divided by
the same total: ``Verdict.contributions`` lists those shares and they add up
to the score. One article cannot outvote the rest of the corpus by repeating
itself: an article's rows together count at most ``ARTICLE_CAP``.

A place's label over many articles (``place_verdict``) comes from the
articles' own labels: when every article that takes a side agrees, that side;
when they disagree (one article resists, a later one cooperates, or one
shows both), the place is ``mixed``, whatever the pooled score says.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

MIN_WEIGHT = 0.3  # less counted evidence than this says nothing: "unclear"
PRIOR_WEIGHT = 0.5  # pulls the score of thin evidence toward 0
DECISIVE = 0.25  # a score this far from 0 points one way; nearer is "mixed"
ARTICLE_CAP = 3.0  # the most weight one article's rows carry together
CARVE_OUTS = frozenset({"except"})  # the act of a carve-out cue ("except", "exempts", "only")
CONFIDENCE_SCALE = 2.0  # counted weight at which confidence from amount reaches ~63%


@dataclass(frozen=True)
class Contribution:
    """One row's part in a verdict."""

    index: int  # the row's position in the input
    article: str | None
    polarity: float
    weight: float  # the weight counted, after the per-article cap
    points: float  # this row's share of the score; the shares sum to the score


@dataclass(frozen=True)
class Verdict:
    """Where the evidence puts a city (or one article's view of it)."""

    label: str  # resist, cooperate, mixed or unclear
    score: float  # in [-1, 1], positive resists
    confidence: float  # in [0, 1]: how much evidence, and how much of it agrees
    evidence: int  # rows that count toward the score
    context: int  # rows shown for context only (weight 0: federal pressure)
    resisting: int  # counted rows that resist
    cooperating: int  # counted rows that cooperate
    articles: int  # articles the counted rows come from
    contributions: tuple[Contribution, ...]


@dataclass(frozen=True)
class ArticleStance:
    """One article's view of a city, for following a stance over time."""

    article: str | None
    date: str | None
    verdict: Verdict


def _field(row: Any, name: str) -> Any:
    """A field of a row, whether the row is a mapping or a record."""
    if isinstance(row, Mapping):
        return row.get(name)
    return getattr(row, name, None)


def _number(value: Any) -> float:
    """A finite float from a stored value; anything else counts as 0."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return 0.0
    return number if math.isfinite(number) else 0.0


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _label(score: float, counted: float, carve_out: bool = False) -> str:
    if counted < MIN_WEIGHT:
        return "unclear"
    if carve_out:
        return "mixed"  # a carve-out names the limit it is cut from: "limits cooperation only to felons"
    if score >= DECISIVE:
        return "resist"
    if score <= -DECISIVE:
        return "cooperate"
    return "mixed"


def _carves_out(rows: list[Any]) -> bool:
    """Whether a counted row is a carve-out: a limit that still hands some people to ICE ("except
    those convicted of violent felonies") is both ways by itself. The row may be netted with the
    limit of its own sentence; only a refused carve-out ("makes no exceptions") resists outright."""
    return any(
        _field(row, "act") in CARVE_OUTS and _number(_field(row, "polarity")) < 1 and _number(_field(row, "weight")) > 0
        for row in rows
    )


def verdict(rows: Iterable[Any]) -> Verdict:
    """Score, label and confidence for a city from its evidence rows.

    A place whose evidence carves out people it still hands to ICE is
    ``mixed``, however many rows repeat the limit: the carve-out is cut from
    a limit, whether or not the limit was read as a row of its own.
    """
    rows = list(rows)
    items = [
        (
            index,
            _text(_field(row, "article")),
            max(-1.0, min(1.0, _number(_field(row, "polarity")))),
            max(0.0, _number(_field(row, "weight"))),
        )
        for index, row in enumerate(rows)
    ]
    per_article: dict[str | None, float] = {}
    for _, article, _, weight in items:
        per_article[article] = per_article.get(article, 0.0) + weight
    scale = {article: min(1.0, ARTICLE_CAP / total) if total > 0 else 0.0 for article, total in per_article.items()}
    counted = [(index, article, polarity, weight * scale[article]) for index, article, polarity, weight in items]

    total = sum(weight for *_, weight in counted)
    denominator = total + PRIOR_WEIGHT
    contributions = tuple(
        Contribution(index, article, polarity, weight, polarity * weight / denominator)
        for index, article, polarity, weight in counted
    )
    score = max(-1.0, min(1.0, sum(part.points for part in contributions)))
    signed = sum(abs(part.polarity) * part.weight for part in contributions)
    agreement = abs(sum(part.polarity * part.weight for part in contributions)) / signed if signed else 0.0
    amount = 1.0 - math.exp(-total / CONFIDENCE_SCALE)
    live = [part for part in contributions if part.weight > 0]
    return Verdict(
        label=_label(score, total, _carves_out(rows)),
        score=round(score, 4),
        confidence=round(agreement * amount, 4),
        evidence=len(live),
        context=len(contributions) - len(live),
        resisting=sum(1 for part in live if part.polarity > 0),
        cooperating=sum(1 for part in live if part.polarity < 0),
        articles=len({part.article for part in live}),
        contributions=contributions,
    )


def place_verdict(rows: Iterable[Any]) -> Verdict:
    """A place's verdict over its articles: the pooled score, labelled by whether the articles agree."""
    items = list(rows)
    pooled = verdict(items)
    sides = {stance.verdict.label for stance in article_stances(items)} - {"unclear"}
    if len(sides) > 1:
        return replace(pooled, label="mixed")
    if sides:
        return replace(pooled, label=sides.pop())
    return pooled


def article_stances(rows: Iterable[Any]) -> list[ArticleStance]:
    """Each article's own verdict on the city, oldest first (undated last)."""
    groups: dict[str | None, list[Any]] = {}
    dates: dict[str | None, str | None] = {}
    for row in rows:
        article = _text(_field(row, "article"))
        groups.setdefault(article, []).append(row)
        dates.setdefault(article, _text(_field(row, "date")))
    stances = [ArticleStance(article, dates[article], verdict(group)) for article, group in groups.items()]
    return sorted(stances, key=lambda stance: (stance.date is None, stance.date or "", stance.article or ""))
