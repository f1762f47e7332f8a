"""Scoring predicted stances against gold labels, beside the majority-label baseline.

Two gold formats are read:

- the seeds' ``stance.jsonl``: one ``{city, stance}`` line per city, scored
  against the corpus-level verdicts (place accuracy only);
- a stance set's ``gold.jsonl`` (one line per article and place: ``article``,
  ``city``, ``state``, ``stance``, ``county``) with ``gold_cities.jsonl`` (the
  set-level label of each place that takes a stance anywhere) and
  ``manifest.jsonl`` (article ids to file names). This adds per-(article,
  place) accuracy, coverage, false stances and the confusion matrix.

The judge has its own simple normalisation of names (case, punctuation,
"Saint", a trailing "County" or "City"); it shares no code with the
extractors. A gold place the tool never lists counts as ``unclear``: a miss.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MISSING = "unclear"  # what a place the predictions never mention is taken to say
NONE = "none"  # the gold label of a place named without a stance of its government
STANCES = ("resist", "cooperate", "mixed")
_SUFFIXES = ("county", "city", "parish", "borough")


def place_key(name: Any, state: Any = None, county: bool = False) -> tuple[str, str, str]:
    """How the judge compares places: folded name, state code (or ""), and level."""
    words = re.sub(r"[^\w\s-]", " ", str(name).casefold()).replace("-", " ").split()
    words = ["st" if word in {"saint", "st"} else word for word in words]
    if len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return " ".join(words), str(state or "").strip().upper(), "county" if county else "city"


@dataclass(frozen=True)
class CityResult:
    """One gold place: its gold label, the predicted one, and whether they agree."""

    city: str
    gold: str
    predicted: str
    right: bool
    level: str = "city"
    article: str | None = None  # set for per-(article, place) results


@dataclass(frozen=True)
class Tally:
    """Right answers out of a total, and what the majority label alone would get."""

    right: int
    total: int
    baseline: int  # right answers of the majority label
    baseline_label: str

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def baseline_accuracy(self) -> float:
        return self.baseline / self.total if self.total else 0.0


@dataclass(frozen=True)
class StanceScore:
    """Accuracy over the gold places, with each place's outcome, and for a stance set its articles."""

    accuracy: float
    right: int
    total: int
    cities: tuple[CityResult, ...]
    places: dict[str, Tally] = field(default_factory=dict)  # "all", "city", "county"
    lines: Tally | None = None  # per (article, place), over the gold lines with a stance
    coverage: float | None = None  # of those lines, the share the tool gives any label
    false_stances: int | None = None  # a stance where the gold says none
    none_lines: int | None = None
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold -> predicted -> count
    line_results: tuple[CityResult, ...] = ()


def _tally(results: list[CityResult]) -> Tally:
    golds = Counter(result.gold for result in results)
    label, count = golds.most_common(1)[0] if golds else (MISSING, 0)
    return Tally(sum(result.right for result in results), len(results), count, label)


def score_stance(gold: Iterable[Mapping[str, Any]], predicted: Iterable[Mapping[str, Any]]) -> StanceScore:
    """Accuracy of predicted ``{city, stance}`` rows on the gold ``{city, stance}`` rows.

    A gold city missing from the predictions counts as predicted ``unclear``.
    Predicted places that are not in the gold file are not scored. When both
    sides give a state or a ``level``/``county``, they must agree too.
    """
    predictions = _by_place(predicted)
    results = []
    for row in gold:
        county = bool(row.get("county"))
        label = _lookup(predictions, row["city"], row.get("state"), county)
        level = "county" if county else "city"
        results.append(CityResult(str(row["city"]), str(row["stance"]), label, label == row["stance"], level))
    right = sum(result.right for result in results)
    accuracy = right / len(results) if results else 0.0
    places = {"all": _tally(results)}
    for level in ("city", "county"):
        chosen = [result for result in results if result.level == level]
        if chosen:
            places[level] = _tally(chosen)
    return StanceScore(accuracy, right, len(results), tuple(results), places)


def _by_place(rows: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str, str], str]:
    found: dict[tuple[str, str, str], str] = {}
    for row in rows:
        if row.get("city"):
            county = row.get("level") == "county" or bool(row.get("county"))
            found.setdefault(place_key(row["city"], row.get("state"), county), str(row["stance"]))
    return found


def _lookup(predictions: Mapping[tuple[str, str, str], str], city: Any, state: Any, county: bool) -> str:
    name, code, level = place_key(city, state, county)
    if (name, code, level) in predictions:
        return predictions[(name, code, level)]
    if not code:  # the seeds' gold gives no state: any state will do
        for (other, _, other_level), label in predictions.items():
            if other == name and other_level == level:
                return label
    return MISSING


def article_ids(manifest: Iterable[Mapping[str, Any]], paths: Iterable[str]) -> dict[str, str]:
    """Stored article file names -> the gold's article ids, through the manifest.

    A stored file matches a manifest line by its file name, its stem, the
    corpus reference it was written under (``gothamist_id``) or the
    ``ID_`` prefix the corpus writer gives every file.
    """
    names: dict[str, str] = {}
    for entry in manifest:
        key = str(entry["id"])
        for value in (entry.get("file"), entry.get("gothamist_id")):
            if value:
                names[Path(str(value)).stem.casefold()] = key
    ids = set(names.values())
    found: dict[str, str] = {}
    for path in paths:
        stem = Path(path).stem.casefold()
        prefix, _, rest = stem.partition("_")
        ident: str | None = names.get(stem) or names.get(rest) or (prefix if prefix in ids else None)
        if ident is not None:
            found[path] = ident
    return found


def score_stance_set(
    lines: Iterable[Mapping[str, Any]],
    places: Iterable[Mapping[str, Any]],
    predicted_places: Iterable[Mapping[str, Any]],
    predicted_lines: Iterable[Mapping[str, Any]],
) -> StanceScore:
    """Score a stance set: place verdicts, per-(article, place) labels, false stances.

    ``predicted_lines`` are ``{article, city, state, level, stance}`` rows with
    ``article`` already the gold's article id.
    """
    score = score_stance(places, predicted_places)
    by_line: dict[tuple[str, tuple[str, str, str]], str] = {}
    for row in predicted_lines:
        county = row.get("level") == "county"
        by_line.setdefault((str(row["article"]), place_key(row["city"], row.get("state"), county)), row["stance"])
    results: list[CityResult] = []
    confusion: dict[str, Counter[str]] = {label: Counter() for label in (*STANCES, NONE)}
    for row in lines:
        county = bool(row.get("county"))
        label = by_line.get((str(row["article"]), place_key(row["city"], row.get("state"), county)), MISSING)
        gold = str(row["stance"])
        confusion.setdefault(gold, Counter())[label] += 1
        level = "county" if county else "city"
        right = label == gold or (gold == NONE and label not in STANCES)
        results.append(CityResult(str(row["city"]), gold, label, right, level, str(row["article"])))
    stanced = [result for result in results if result.gold in STANCES]
    nones = [result for result in results if result.gold == NONE]
    return StanceScore(
        score.accuracy,
        score.right,
        score.total,
        score.cities,
        score.places,
        lines=_tally(stanced),
        coverage=sum(result.predicted in STANCES for result in stanced) / len(stanced) if stanced else 0.0,
        false_stances=sum(result.predicted in STANCES for result in nones),
        none_lines=len(nones),
        confusion={gold: dict(counts) for gold, counts in confusion.items()},
        line_results=tuple(results),
    )
