"""Scoring extracted quotes against gold annotations.

The rules (data/gold/README.md):

* gold ``statement`` and ``partial`` quotes are the ones to find;
* ``optional`` quotes are neither rewarded nor penalised;
* a predicted quote matching a ``term`` (a quoted name or scare term) is a
  false positive, like any prediction matching nothing;
* a prediction matches a gold quote of the same article when it holds 80% of
  the gold text, after folding curly quotes, spaces, case and the punctuation
  at either end; one prediction may cover both halves of a split gold quote;
* the speaker is right when it equals the gold speaker or one of its
  ``speaker_aliases`` (case-insensitive).

Detection counts a quote found; attribution counts it found with the right
speaker. Predictions are dicts with at least ``article``, ``quote`` and
``speaker`` (as ``sanctuary quotes --format json`` prints them).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import PurePath
from typing import Any

SCORED_KINDS = frozenset({"statement", "partial"})
MATCH_SHARE = 0.8
MIN_RUN = 8  # characters: shorter common runs are coincidence
_FOLDS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"})
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \"'.,;:!?…—–-()[]"


@dataclass(frozen=True)
class PRF:
    """Precision, recall and F1 of one measure."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, correct_predictions: int, predicted: int, found: int, expected: int) -> PRF:
        """From counts: precision over predictions, recall over gold items.

        The two numerators differ because one prediction may cover two gold
        halves of a split quote. With nothing predicted or nothing expected,
        the empty side scores 1.0 only when the other is empty too.
        """
        precision = correct_predictions / predicted if predicted else float(expected == 0)
        recall = found / expected if expected else float(predicted == 0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)


@dataclass
class QuoteScore:
    """How well predicted quotes match the gold ones."""

    detection: PRF
    attributed: PRF
    gold: int  # gold statement/partial quotes
    predicted: int  # predictions that count (not those matching only optional quotes)
    found: int  # gold quotes found
    found_with_speaker: int  # gold quotes found with the right speaker
    misses: list[dict[str, Any]] = field(default_factory=list)  # gold quotes not found
    false_positives: list[dict[str, Any]] = field(default_factory=list)  # predictions matching no quote
    wrong_speakers: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)  # (gold, prediction)

    @property
    def speaker_accuracy(self) -> float:
        """Of the gold quotes found, the share credited to the right speaker."""
        return self.found_with_speaker / self.found if self.found else 0.0


def fold(text: str) -> str:
    """Text as compared: straight quotes, single spaces, lower case, no punctuation at the ends."""
    text = _SPACES.sub(" ", text.translate(_FOLDS)).strip(_EDGE_PUNCT)
    return text.casefold()


def shares_text(gold_text: str, predicted_text: str, share: float = MATCH_SHARE) -> bool:
    """Whether a prediction holds at least ``share`` of the gold text (both already folded).

    Only runs of shared text count (at least a few characters): letters
    scattered through a long prediction do not make it hold a short quote.
    """
    if not gold_text:
        return False
    if gold_text in predicted_text:
        return True
    matcher = SequenceMatcher(None, gold_text, predicted_text, autojunk=False)
    least = min(MIN_RUN, len(gold_text))
    common = sum(block.size for block in matcher.get_matching_blocks() if block.size >= least)
    return common >= share * len(gold_text)


def speaker_right(gold: dict[str, Any], predicted: dict[str, Any]) -> bool:
    """Whether the predicted speaker is the gold speaker or one of its aliases."""
    said = _name(predicted.get("speaker"))
    names = {_name(gold.get("speaker"))} | {_name(alias) for alias in gold.get("speaker_aliases") or ()}
    return said in names


def score_quotes(gold: Iterable[dict[str, Any]], predicted: Iterable[dict[str, Any]]) -> QuoteScore:
    """Detection and attribution precision, recall and F1 of ``predicted`` against ``gold``."""
    gold_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in gold:
        gold_by_article[_article(item)].append(item)
    predicted_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in predicted:
        predicted_by_article[_article(item)].append(item)

    score = QuoteScore(PRF(0, 0, 0), PRF(0, 0, 0), 0, 0, 0, 0)
    right_predictions = 0
    for article in sorted(gold_by_article.keys() | predicted_by_article.keys()):
        right_predictions += _score_article(gold_by_article[article], predicted_by_article[article], score)
    matched = score.predicted - len(score.false_positives)
    score.detection = PRF.of(matched, score.predicted, score.found, score.gold)
    score.attributed = PRF.of(right_predictions, score.predicted, score.found_with_speaker, score.gold)
    return score


def _score_article(gold: list[dict[str, Any]], predicted: list[dict[str, Any]], score: QuoteScore) -> int:
    """Match one article's quotes, adding to ``score``; returns predictions with a right speaker."""
    scored = [i for i, item in enumerate(gold) if item.get("kind") in SCORED_KINDS]
    folded_gold = [fold(str(item.get("quote", ""))) for item in gold]
    found: dict[int, bool] = {}  # gold index -> found with the right speaker
    right_predictions = 0
    for prediction in predicted:
        text = fold(str(prediction.get("quote", "")))
        matches = [i for i, gold_text in enumerate(folded_gold) if shares_text(gold_text, text)]
        hits = [i for i in matches if gold[i].get("kind") in SCORED_KINDS]
        if not hits and any(gold[i].get("kind") == "optional" for i in matches):
            continue  # neither rewarded nor penalised
        score.predicted += 1
        fresh = [i for i in hits if i not in found]
        if not fresh:
            score.false_positives.append(prediction)  # matches nothing, a term, or a quote already found
            continue
        right = False
        for i in fresh:
            found[i] = speaker_right(gold[i], prediction)
            right = right or found[i]
            if not found[i]:
                score.wrong_speakers.append((gold[i], prediction))
        right_predictions += right
    score.gold += len(scored)
    score.found += len(found)
    score.found_with_speaker += sum(found.values())
    score.misses.extend(gold[i] for i in scored if i not in found)
    return right_predictions


def _article(item: dict[str, Any]) -> str:
    """The article a quote belongs to, as a file name (gold uses bare names, the store may keep paths)."""
    return PurePath(str(item.get("article", ""))).name


def _name(value: object) -> str:
    """A speaker name as compared: folded, or "" for none."""
    return fold(str(value)) if value else ""
