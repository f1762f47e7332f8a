"""Scoring quotes against gold: the rules of data/gold/README.md."""

from __future__ import annotations

from typing import Any

import pytest

from sanctuary_cli.evaluation.quotes import fold, score_quotes, shares_text

ARTICLE = "001_story.txt"


def gold(quote: str, speaker: str | None = "Tom Baker", kind: str = "statement", **extra: Any) -> dict[str, Any]:
    return {
        "article": ARTICLE,
        "quote": quote,
        "speaker": speaker,
        "kind": kind,
        "speaker_aliases": extra.get("aliases", []),
        "start": 0,
        "end": len(quote),
    }


def said(quote: str, speaker: str | None = "Tom Baker", article: str = ARTICLE) -> dict[str, Any]:
    return {"article": article, "quote": quote, "speaker": speaker, "kind": "statement", "start": 0, "end": 1}


def test_perfect_predictions_score_one() -> None:
    score = score_quotes([gold("We are ready.")], [said("We are ready.")])
    assert score.detection.f1 == score.attributed.f1 == 1.0
    assert score.found == score.found_with_speaker == 1
    assert not score.misses and not score.false_positives


def test_folding_curly_quotes_spaces_case_and_end_punctuation() -> None:
    assert fold("  “We’re  READY,”\n") == fold("\"we're ready")
    score = score_quotes([gold("We’re ready,")], [said("we're   ready")])
    assert score.detection.f1 == 1.0


def test_a_prediction_must_hold_80_percent_of_the_gold_text() -> None:
    text = "abcdefghij" * 10
    assert shares_text(fold(text), fold(text[:85]))
    assert not shares_text(fold(text), fold(text[:70]))


def test_scattered_letters_do_not_match_a_short_quote() -> None:
    long_prediction = "we are going to protect every family in this city and stand up for our values"
    assert not shares_text(fold("protect our residents"), fold(long_prediction))


def test_right_speaker_by_alias_any_case() -> None:
    gold_quote = gold("We are ready.", speaker="Tom Baker", aliases=["Mayor Baker", "Baker"])
    score = score_quotes([gold_quote], [said("We are ready.", speaker="BAKER")])
    assert score.attributed.f1 == 1.0


def test_wrong_speaker_counts_as_found_but_not_attributed() -> None:
    score = score_quotes([gold("We are ready.")], [said("We are ready.", speaker="Ann Cole")])
    assert score.detection.f1 == 1.0
    assert score.attributed.precision == score.attributed.recall == 0.0
    assert score.speaker_accuracy == 0.0
    assert len(score.wrong_speakers) == 1


def test_term_predicted_is_a_false_positive() -> None:
    score = score_quotes([gold("border czar", speaker=None, kind="term")], [said("border czar", speaker=None)])
    assert score.gold == 0
    assert len(score.false_positives) == 1
    assert score.detection.precision == 0.0


def test_optional_is_neither_rewarded_nor_penalised() -> None:
    rows = [gold("We are ready."), gold("the respectful treatment of all persons", kind="optional")]
    with_optional = score_quotes(rows, [said("We are ready."), said("the respectful treatment of all persons")])
    without = score_quotes(rows, [said("We are ready.")])
    assert with_optional.detection == without.detection
    assert with_optional.attributed == without.attributed
    assert with_optional.predicted == without.predicted == 1


def test_one_prediction_may_cover_both_halves_of_a_split_quote() -> None:
    rows = [gold("Our values will remain strong,"), gold("We will not go back.")]
    score = score_quotes(rows, [said("Our values will remain strong, We will not go back.")])
    assert score.found == score.found_with_speaker == 2
    assert score.detection.precision == score.detection.recall == 1.0


def test_a_duplicate_prediction_is_a_false_positive() -> None:
    score = score_quotes([gold("We are ready.")], [said("We are ready."), said("We are ready.")])
    assert score.predicted == 2
    assert len(score.false_positives) == 1


def test_misses_and_false_positives_are_listed_for_verbose_output() -> None:
    score = score_quotes([gold("We are ready."), gold("We will win.")], [said("Something else entirely.")])
    assert [m["quote"] for m in score.misses] == ["We are ready.", "We will win."]
    assert [p["quote"] for p in score.false_positives] == ["Something else entirely."]
    assert score.detection.f1 == 0.0


def test_quotes_match_only_within_their_article() -> None:
    score = score_quotes([gold("We are ready.")], [said("We are ready.", article="002_other.txt")])
    assert score.found == 0 and len(score.false_positives) == 1


def test_article_paths_compare_by_file_name() -> None:
    score = score_quotes([gold("We are ready.")], [said("We are ready.", article=f"seeds/{ARTICLE}")])
    assert score.found == 1


@pytest.mark.parametrize(("gold_rows", "predicted", "f1"), [([], [], 1.0), ([gold("x y z")], [], 0.0)])
def test_empty_sides(gold_rows: list[dict[str, Any]], predicted: list[dict[str, Any]], f1: float) -> None:
    assert score_quotes(gold_rows, predicted).detection.f1 == f1
