"""Scoring quotes against gold that names each source as the article wrote it.

Attribution corpora such as PolNeAR give, for each quoted segment, the
source span itself ("Sen. Warren", "a spokeswoman for the campaign", "he")
rather than a canonical person with aliases. A gold row of that kind carries
``speaker_kind`` (``named``, ``pronoun`` or ``none``) and ``proper`` (the span
holds a capitalised name). The rules:

* a prediction matches the gold segment of its article holding the longest
  common run of text with it, when that run is at least 80% of the gold text
  and 30% of the prediction (texts folded: straight quotes, single spaces,
  lower case, no quote marks or trailing ``,.;:``);
* a prediction holding several gold segments whole (a split quote given as
  one record) finds each of them;
* a speaker is right when it shares a word with the gold source span, stop
  words aside ("Sen. Elizabeth Warren" is right for "Warren");
* a gold source that is a pronoun or absent has no name to check.

Reported: detection precision, recall and F1; of the gold segments whose
source is a proper name, the share found with the right speaker; and of the
found quotes given a speaker where the gold names one, the share right.
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
GOLD_SHARE = 0.8  # of the gold text the common run must cover
PREDICTION_SHARE = 0.3  # of the prediction's text it must cover
_UNNAMED = frozenset({"pronoun", "none"})
_STOP = frozenset({"the", "and", "said", "mr.", "mrs.", "ms.", "for", "his", "her"})
_WORD = re.compile(r"[a-z][a-z'.-]+")
_FOLDS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_SPACES = re.compile(r"\s+")


def is_source_gold(rows: Iterable[dict[str, Any]]) -> bool:
    """Whether gold rows name sources as written (``speaker_kind`` and ``proper``), not canonical people."""
    return any("proper" in row and "speaker_kind" in row for row in rows)


@dataclass
class SourceScore:
    """How predicted quotes and speakers fare against source-span gold."""

    gold: int = 0  # gold statement/partial segments
    predicted: int = 0  # predictions that count
    detected: int = 0  # predictions matching a scored segment
    found: int = 0  # gold segments found
    proper: int = 0  # gold segments whose source is a proper name
    proper_right: int = 0  # of them, found with the right speaker
    given: int = 0  # found quotes given a speaker where the gold names a source
    given_right: int = 0  # of them, naming the right one
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    wrong_speakers: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.detected / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def proper_share(self) -> float:
        """Proper-name sources found with the right speaker, over all of them."""
        return self.proper_right / self.proper if self.proper else 0.0

    @property
    def speaker_precision(self) -> float:
        """Where a speaker is given for a named source, the share right."""
        return self.given_right / self.given if self.given else 0.0


def fold(text: str | None) -> str:
    """Text as compared: straight quotes, single spaces, no outer quote marks or trailing ``,.;:``, lower case."""
    text = _SPACES.sub(" ", (text or "").translate(_FOLDS)).strip().strip('"').strip()
    return text.rstrip(",.;:").lower()


def same_source(predicted: str | None, gold: dict[str, Any]) -> bool:
    """Whether a predicted speaker shares a word (stop words aside) with the gold source span."""
    if not gold.get("speaker"):
        return False
    said = {w for w in _WORD.findall(fold(predicted)) if len(w) >= 2} - _STOP
    source = {w for w in _WORD.findall(fold(gold["speaker"])) if len(w) >= 2} - _STOP
    return bool(said & source)


def score_sources(
    gold: list[dict[str, Any]], predicted: Iterable[dict[str, Any]], kinds: frozenset[str] = SCORED_KINDS
) -> SourceScore:
    """Score predictions (``article``, ``quote``, ``speaker``) against source-span gold."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for j, row in enumerate(gold):
        by_article[row["article"]].append(j)
    folded = [fold(row.get("quote")) for row in gold]
    predictions = [p for p in predicted if _article(p) in by_article]
    matches = [_match(fold(p.get("quote")), by_article[_article(p)], folded) for p in predictions]
    score = SourceScore()
    hits: dict[int, bool | None] = {}
    for prediction, (_, extra) in zip(predictions, matches, strict=True):
        for j in extra:
            if gold[j]["kind"] in kinds and j not in hits:
                hits[j] = _speaker_check(prediction, gold[j])
    good: list[int] = []
    for i, (best, _) in enumerate(matches):
        kind = gold[best]["kind"] if best is not None else None
        if kind == "optional":
            continue
        if best is None or kind == "term":
            score.predicted += 1
            score.false_positives.append(predictions[i])
            continue
        if kind not in kinds:
            continue
        score.predicted += 1
        good.append(i)
        _record_hit(hits, best, _speaker_check(predictions[i], gold[best]))
    _summarise(score, gold, kinds, hits, [(predictions[i], matches[i][0]) for i in good])
    return score


def _speaker_check(prediction: dict[str, Any], gold: dict[str, Any]) -> bool | None:
    """Right, wrong, or None when the gold source is a pronoun or absent (nothing to check)."""
    if gold.get("speaker_kind") in _UNNAMED:
        return None
    return same_source(prediction.get("speaker"), gold)


def _record_hit(hits: dict[int, bool | None], j: int, right: bool | None) -> None:
    """A gold segment found once more: right if any of its predictions is."""
    if j not in hits:
        hits[j] = right
    elif right is not None:
        hits[j] = bool(hits[j]) or right


def _match(text: str, candidates: list[int], folded: list[str]) -> tuple[int | None, list[int]]:
    """The gold segment a prediction matches, and the others it holds whole (a split quote's halves)."""
    best: tuple[float, int] | None = None
    covered: list[tuple[int, int]] = []
    for j in candidates:
        gold_text = folded[j]
        if not gold_text or not text:
            continue
        run = _longest_run(text, gold_text)
        if run / len(gold_text) < GOLD_SHARE:
            continue
        covered.append((j, run))
        if run / len(text) >= PREDICTION_SHARE:
            value = run / len(gold_text) + run / len(text)
            if best is None or value > best[0]:
                best = (value, j)
    if best is None and len(covered) > 1 and sum(run for _, run in covered) / len(text) >= PREDICTION_SHARE:
        best = (0.0, covered[0][0])
    if best is None:
        return None, []
    extra = [j for j, _ in covered if j != best[1]] if len(covered) > 1 else []
    return best[1], extra


def _longest_run(a: str, b: str) -> int:
    """The length of the longest run of text two strings share."""
    return SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def _summarise(
    score: SourceScore,
    gold: list[dict[str, Any]],
    kinds: frozenset[str],
    hits: dict[int, bool | None],
    good: list[tuple[dict[str, Any], int | None]],
) -> None:
    """Fill in the counts once every prediction is matched."""
    scored = [j for j, row in enumerate(gold) if row["kind"] in kinds]
    score.gold = len(scored)
    score.found = len(hits)
    score.detected = len(good)
    proper = [j for j in scored if gold[j].get("proper") and gold[j].get("speaker_kind") == "named"]
    score.proper = len(proper)
    score.proper_right = sum(1 for j in proper if hits.get(j))
    for prediction, j in good:
        assert j is not None
        if prediction.get("speaker") and gold[j].get("speaker_kind") == "named":
            score.given += 1
            score.given_right += same_source(prediction.get("speaker"), gold[j])
    score.misses = [gold[j] for j in scored if j not in hits]
    for prediction, j in good:
        assert j is not None
        if hits.get(j) is False and not same_source(prediction.get("speaker"), gold[j]):
            score.wrong_speakers.append((gold[j], prediction))


def _article(item: dict[str, Any]) -> str:
    """The article a row belongs to, as a file name (the store keeps the path it came from)."""
    return PurePath(str(item.get("article") or item.get("source") or item.get("path") or "")).name


def source_problems(score: SourceScore) -> list[dict[str, Any]]:
    """Every miss, false positive and wrong speaker, as rows for ``evaluate --verbose``."""
    rows = [
        {"area": "quote missed", "article": g.get("article"), "item": g.get("quote"),
         "expected": g.get("speaker"), "got": None}
        for g in score.misses
    ]
    rows += [
        {"area": "quote extra", "article": p.get("article"), "item": p.get("quote"),
         "expected": None, "got": p.get("speaker")}
        for p in score.false_positives
    ]
    rows += [
        {"area": "quote speaker", "article": g.get("article"), "item": g.get("quote"),
         "expected": g.get("speaker"), "got": p.get("speaker")}
        for g, p in score.wrong_speakers
    ]
    return rows
