"""The stance verdict from evidence rows, and scoring verdicts against gold labels."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sanctuary_cli.evaluation.stance import score_stance
from sanctuary_cli.extract.model import EvidenceRecord
from sanctuary_cli.extract.stance.verdict import article_stances, place_verdict, verdict


def row(polarity: float, weight: float, article: str = "a", date: str | None = None, voice: str = "city") -> dict:
    return {"polarity": polarity, "weight": weight, "article": article, "date": date, "voice": voice}


def test_no_evidence_is_unclear() -> None:
    result = verdict([])
    assert (result.label, result.score, result.confidence, result.evidence) == ("unclear", 0.0, 0.0, 0)


def test_context_alone_is_unclear() -> None:
    result = verdict([row(0.0, 0.0, voice="federal"), row(0.0, 0.0, voice="federal")])
    assert result.label == "unclear" and result.context == 2 and result.evidence == 0


def test_one_clear_statement_decides_with_low_confidence() -> None:
    result = verdict([row(-1.0, 0.9)])
    assert result.label == "cooperate" and result.score < 0
    assert 0 < result.confidence < 0.5


def test_agreeing_evidence_from_many_articles_is_confident() -> None:
    rows = [row(1.0, 1.0, article=f"a{i}") for i in range(6)]
    result = verdict(rows)
    assert result.label == "resist" and result.score > 0.8 and result.confidence > 0.9
    assert result.articles == 6 and result.resisting == 6


def test_evidence_both_ways_is_mixed() -> None:
    rows = [row(1.0, 1.0, "a"), row(1.0, 1.0, "b"), row(-1.0, 1.0, "c"), row(-1.0, 0.9, "d")]
    result = verdict(rows)
    assert result.label == "mixed" and result.confidence < 0.2


def test_every_point_of_the_score_traces_to_a_row() -> None:
    rows = [row(1.0, 1.0, "a"), row(-1.0, 0.25, "b", voice="local"), row(0.0, 0.0, "c", voice="federal")]
    result = verdict(rows)
    assert [part.index for part in result.contributions] == [0, 1, 2]
    assert sum(part.points for part in result.contributions) == pytest.approx(result.score, abs=1e-3)
    assert result.contributions[1].points < 0 < result.contributions[0].points
    assert result.contributions[2].points == 0


def test_one_article_cannot_outvote_the_rest() -> None:
    loud = [row(1.0, 1.0, "long") for _ in range(30)]
    quiet = [row(-1.0, 1.0, f"other{i}") for i in range(4)]
    assert verdict(loud + quiet).score < 0


def test_records_and_stored_rows_score_alike() -> None:
    record = EvidenceRecord("Aurora", "CO", "…", 0, 1, None, None, "city", -1.0, 0.9, "work with", "quote")
    as_row = {"polarity": -1.0, "weight": 0.9, "voice": "city"}
    assert verdict([record]).score == verdict([as_row]).score


def test_bad_stored_values_count_as_nothing() -> None:
    result = verdict([{"polarity": None, "weight": "x"}, {"polarity": float("nan"), "weight": 1}])
    assert result.label == "unclear" or result.score == 0.0


def test_stance_over_time() -> None:
    rows = [
        row(1.0, 1.0, "old", "2017-02-01"),
        row(-1.0, 1.0, "new", "2025-01-20T10:00"),
        row(-1.0, 1.0, "newer", "2025-03-02"),
    ]
    by_article = article_stances(rows)
    assert [(s.article, s.verdict.label) for s in by_article] == [
        ("old", "resist"),
        ("new", "cooperate"),
        ("newer", "cooperate"),
    ]


def test_verdicts_never_import_spacy() -> None:
    code = (
        "import sys, sanctuary_cli.extract.stance.verdict, sanctuary_cli.evaluation.stance;"
        " print('spacy' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_scoring_against_gold() -> None:
    gold = [
        {"city": "Chicago", "stance": "resist"},
        {"city": "Aurora", "stance": "cooperate"},
        {"city": "Washington", "stance": "unclear"},
    ]
    predicted = [{"city": "chicago", "stance": "resist"}, {"city": "Aurora", "stance": "mixed"}]
    score = score_stance(gold, predicted)
    assert (score.right, score.total) == (2, 3)
    assert score.accuracy == pytest.approx(2 / 3)
    outcome = {city.city: (city.predicted, city.right) for city in score.cities}
    assert outcome == {
        "Chicago": ("resist", True),
        "Aurora": ("mixed", False),
        "Washington": ("unclear", True),  # never mentioned: no stance known
    }


def test_a_place_whose_articles_disagree_is_mixed() -> None:
    rows = [row(1.0, 1.0, "a"), row(1.0, 1.0, "b"), row(1.0, 1.0, "c"), row(-1.0, 0.9, "d")]
    assert verdict(rows).label == "resist"
    assert place_verdict(rows).label == "mixed"


def test_a_place_whose_articles_agree_keeps_their_side() -> None:
    rows = [row(-1.0, 0.4, "a"), row(-1.0, 1.0, "b"), row(0.0, 0.0, "c", voice="federal")]
    assert place_verdict(rows).label == "cooperate"
    assert place_verdict([]).label == "unclear"


def test_a_limit_with_a_carve_out_is_mixed_however_often_the_limit_is_repeated() -> None:
    limit = [row(1.0, 0.8), row(1.0, 0.8), row(1.0, 1.0)]
    assert verdict(limit).label == "resist"
    carve_out = {**row(-1.0, 0.8), "act": "except"}
    assert verdict([*limit, carve_out]).label == "mixed"
    other_act = {**row(-1.0, 0.8), "act": "ask"}
    assert verdict([*limit, other_act]).label == "resist"


def test_a_carve_out_is_mixed_even_where_no_limit_was_read_beside_it() -> None:
    carve_out = {**row(-1.0, 0.8), "act": "except"}
    assert verdict([carve_out]).label == "mixed"
    assert verdict([row(-1.0, 0.8)]).label == "cooperate"
