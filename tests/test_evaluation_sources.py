"""Scoring quotes against gold that names sources as written (PolNeAR style)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sanctuary_cli.evaluation.sources import is_source_gold, same_source, score_sources

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT.parent / "shared" / "tools" / "score_quotes.py"
A, B = "a.txt", "b.txt"


def gold(article: str, quote: str, speaker: str | None, kind: str = "statement", **extra: Any) -> dict[str, Any]:
    speaker_kind = extra.get("speaker_kind", "named" if speaker else "none")
    words = [w for w in (speaker or "").split() if w.lower() not in {"the", "a"}]
    proper = extra.get("proper", any(w[:1].isupper() for w in words))
    return {"article": article, "quote": quote, "speaker": speaker, "speaker_aliases": [], "kind": kind,
            "speaker_kind": speaker_kind, "proper": proper}


def said(article: str, quote: str, speaker: str | None) -> dict[str, Any]:
    return {"article": f"some/folder/{article}", "quote": quote, "speaker": speaker}


GOLD = [
    gold(A, "We will not back down from this fight, not now and not ever.", "Sen. Maria Delgado"),
    gold(A, "The budget is a moral document,", "Delgado"),
    gold(A, "and this one fails the test.", "Delgado"),
    gold(A, "Nobody asked us before the vote.", "a spokeswoman for the union", proper=False),
    gold(A, "We were surprised,", "he", speaker_kind="pronoun", proper=False),
    gold(A, "clean up", None, kind="term"),
    gold(B, "The county cannot afford another delay on the bridge repairs.", "Commissioner Ola Banks"),
    gold(B, "It is a terrible idea for the riverfront", "The Daily Ledger"),
    gold(B, "hardly", "Banks", kind="optional"),
]
PREDICTED = [
    said(A, "We will not back down from this fight, not now and not ever.", "Maria Delgado"),
    said(A, "The budget is a moral document, and this one fails the test.", "Delgado"),  # a split quote joined
    said(A, "“Nobody asked us before the vote.”", "union spokeswoman"),
    said(A, "We were surprised", "Tom Reyes"),
    said(A, "clean up", None),  # a term: a false positive
    said(B, "The county cannot afford another delay on the bridge repairs", "Ola Banks"),
    said(B, "It is a terrible idea for the riverfront", "Banks"),  # the wrong speaker
    said(B, "hardly", "Banks"),  # optional: neither rewarded nor penalised
    said(B, "Something nobody in the article said at all.", None),
    said("c.txt", "An article the gold does not hold.", "Someone"),
]


def test_counts_on_an_invented_fixture() -> None:
    score = score_sources(GOLD, PREDICTED)
    assert (score.gold, score.predicted, score.detected, score.found) == (7, 8, 6, 7)
    assert (score.proper, score.proper_right) == (5, 4)  # Delgado x3, Banks, Daily Ledger (wrong)
    assert (score.given, score.given_right) == (5, 4)
    assert score.wrong_speakers[0][0]["speaker"] == "The Daily Ledger"
    assert not score.misses


def test_a_speaker_is_right_when_it_shares_a_word_with_the_source() -> None:
    row = gold(A, "x", "Sen. Elizabeth Warren")
    assert same_source("Warren", row)
    assert same_source("Elizabeth Warren's office", row)
    assert not same_source("the senator", row)
    assert not same_source(None, row)
    assert not same_source("Mr. Smith", gold(A, "x", "Mr. Jones"))  # titles and stop words do not count


def test_source_gold_is_told_apart_from_canonical_gold() -> None:
    assert is_source_gold(GOLD)
    assert not is_source_gold([{"article": A, "quote": "x", "speaker": "Tom Baker", "speaker_aliases": []}])


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference scorer lives in ../shared, absent here")
def test_agrees_with_the_reference_scorer(tmp_path: Path) -> None:
    gold_file = tmp_path / "quotes.jsonl"
    gold_file.write_text("".join(json.dumps(row) + "\n" for row in GOLD), encoding="utf-8")
    predictions = tmp_path / "pred.json"
    predictions.write_text(json.dumps(PREDICTED), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(REFERENCE), str(predictions), str(gold_file), "statement,partial", "--loose"],
        capture_output=True, text=True, check=True,
    ).stdout
    score = score_sources(GOLD, PREDICTED)
    proper = re.search(r"right speaker: (\d+)/(\d+).*?where a name is given: (\d+)/(\d+)", out)
    detection = re.search(r"detection P=([\d.]+) R=([\d.]+) F1=([\d.]+)", out)
    assert proper is not None and detection is not None
    assert tuple(int(x) for x in proper.groups()) == (score.proper_right, score.proper, score.given_right, score.given)
    assert tuple(float(x) for x in detection.groups()) == (
        round(score.precision, 3), round(score.recall, 3), round(score.f1, 3)
    )
