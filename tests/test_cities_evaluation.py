"""Scoring cities against gold rows."""

from __future__ import annotations

from typing import Any

from sanctuary_cli.evaluation.cities import score_cities

GOLD: list[dict[str, Any]] = [
    {"city": "Chicago", "state": "IL", "articles": ["a.txt", "b.txt"]},
    {"city": "Aurora", "state": "CO", "articles": ["a.txt"]},
    {"city": "Washington", "state": "DC", "articles": ["b.txt"]},
]


def test_all_right() -> None:
    score = score_cities(GOLD, [dict(g) for g in GOLD])
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert (score.article_precision, score.article_recall) == (1.0, 1.0)


def test_wrong_state_and_states_listed_as_cities() -> None:
    predicted = [
        {"city": "Chicago", "state": "IL", "articles": ["a.txt"]},
        {"city": "Aurora", "state": "IL", "articles": ["a.txt"]},
        {"city": "Illinois", "state": "IL", "articles": ["a.txt"]},
        {"city": "Mexico", "state": "", "articles": ["a.txt"]},
        {"city": "Washington", "state": "DC", "articles": ["b.txt"]},
    ]
    score = score_cities(GOLD, predicted)
    assert score.wrong_state == ("Aurora, CO",)
    assert set(score.states_or_countries) == {"Illinois", "Mexico"}
    assert score.right == 2
    assert score.precision == 2 / 5
    assert score.recall == 2 / 3
    assert score.article_recall == 2 / 4  # Chicago in b.txt and Aurora, CO were missed


def test_case_and_spacing_do_not_matter() -> None:
    score = score_cities(GOLD[:1], [{"city": " chicago ", "state": "il", "articles": ["a.txt", "b.txt"]}])
    assert score.right == 1
