"""Scoring predicted cities against gold rows.

Gold and predicted rows carry ``city``, ``state`` (postal code) and
``articles`` (file names). A city is right when the predictions have it with
the right state; a prediction whose "city" is a state or a country is an
error of its own kind, listed apart (a country: a row with no US state). Article-level figures say whether each
city was found in the articles that speak of it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sanctuary_cli.evaluation.normalise import STATE_CODES, STATE_NAMES, fold


@dataclass(frozen=True)
class CitiesScore:
    """Precision, recall and F1 over (city, state) pairs, plus article coverage."""

    precision: float
    recall: float
    f1: float
    right: int
    gold_cities: int
    predicted_cities: int
    missing: tuple[str, ...]  # gold "City, ST" not predicted
    wrong_state: tuple[str, ...]  # gold "City, ST" predicted only with another state
    extra: tuple[str, ...]  # predicted "City, ST" not in the gold
    states_or_countries: tuple[str, ...]  # predicted "cities" that are states or countries
    article_precision: float
    article_recall: float


def _name(row: Mapping[str, Any]) -> str:
    return " ".join(str(row.get("city", "")).split()).casefold()


def _pair(row: Mapping[str, Any]) -> tuple[str, str]:
    return _name(row), str(row.get("state", "")).strip().upper()


def _label(pair: tuple[str, str], rows: Sequence[Mapping[str, Any]]) -> str:
    name = next((str(r["city"]) for r in rows if _pair(r) == pair), pair[0])
    return f"{name}, {pair[1]}"


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _not_cities(gold_pairs: set[tuple[str, str]], predicted: list[dict[str, Any]]) -> tuple[str, ...]:
    """Predicted "cities" that are states (unless the gold has a city of that name) or have no US state."""
    gold_names = {g[0] for g in gold_pairs}
    return tuple(
        str(r["city"])
        for r in predicted
        if (fold(str(r["city"])) in STATE_NAMES and _name(r) not in gold_names)
        or fold(str(r.get("state") or "")) not in STATE_CODES
    )


def score_cities(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> CitiesScore:
    """Score predicted ``{city, state, articles}`` rows against the gold rows."""
    gold_pairs = {_pair(r) for r in gold}
    predicted_pairs = {_pair(r) for r in predicted}
    not_cities = _not_cities(gold_pairs, predicted)
    right = gold_pairs & predicted_pairs
    missing = gold_pairs - predicted_pairs
    predicted_names = {p[0] for p in predicted_pairs}
    wrong_state = {p for p in missing if p[0] in predicted_names}
    precision = _ratio(len(right), len(predicted_pairs))
    recall = _ratio(len(right), len(gold_pairs))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    gold_articles = {(*_pair(r), a) for r in gold for a in r.get("articles") or []}
    predicted_articles = {(*_pair(r), a) for r in predicted for a in r.get("articles") or []}
    scored = {t for t in predicted_articles if any(t[2] == g[2] for g in gold_articles)}
    both = gold_articles & predicted_articles
    return CitiesScore(
        precision=precision,
        recall=recall,
        f1=f1,
        right=len(right),
        gold_cities=len(gold_pairs),
        predicted_cities=len(predicted_pairs),
        missing=tuple(sorted(_label(p, gold) for p in missing - wrong_state)),
        wrong_state=tuple(sorted(_label(p, gold) for p in wrong_state)),
        extra=tuple(sorted(_label(p, predicted) for p in predicted_pairs - gold_pairs)),
        states_or_countries=tuple(sorted(set(not_cities))),
        article_precision=_ratio(len(both), len(scored)),
        article_recall=_ratio(len(both), len(gold_articles)),
    )
