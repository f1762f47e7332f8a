"""Scoring predicted city stances against gold labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# A city the predictions never mention has, as far as the tool knows, no stance.
MISSING = "unclear"


@dataclass(frozen=True)
class CityResult:
    """One gold city: its gold label, the predicted one, and whether they agree."""

    city: str
    gold: str
    predicted: str
    right: bool


@dataclass(frozen=True)
class StanceScore:
    """Accuracy over the gold cities, with each city's outcome."""

    accuracy: float
    right: int
    total: int
    cities: tuple[CityResult, ...]


def _key(city: Any) -> str:
    """Cities compare by name, ignoring case and surrounding spaces."""
    return " ".join(str(city).split()).casefold()


def score_stance(gold: Iterable[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]]) -> StanceScore:
    """Accuracy of predicted ``{city, stance}`` rows on the gold ``{city, stance}`` rows.

    A gold city missing from the predictions counts as predicted ``unclear``.
    Predicted cities that are not in the gold file are not scored.
    """
    predictions = {_key(row["city"]): str(row["stance"]) for row in predicted if row.get("city")}
    results = []
    for row in gold:
        label = predictions.get(_key(row["city"]), MISSING)
        results.append(CityResult(str(row["city"]), str(row["stance"]), label, label == row["stance"]))
    right = sum(result.right for result in results)
    accuracy = right / len(results) if results else 0.0
    return StanceScore(accuracy, right, len(results), tuple(results))
