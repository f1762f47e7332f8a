"""The stance judge: its own name matching, a stance set's figures and the majority-label baseline."""

from __future__ import annotations

from sanctuary_cli.evaluation.stance import article_ids, place_key, score_stance, score_stance_set


def test_the_judge_folds_names_its_own_way() -> None:
    assert place_key("St. Louis", "mo") == place_key("Saint Louis", "MO")
    assert place_key("Miami-Dade County", "FL", county=True) == place_key("Miami-Dade", "FL", county=True)
    assert place_key("Cook County", "IL", county=True) != place_key("Cook", "IL")


def test_a_county_verdict_never_answers_for_a_city() -> None:
    gold = [{"city": "Harlow", "state": "ZZ", "stance": "resist"}]
    predicted = [{"city": "Harlow County", "state": "ZZ", "level": "county", "stance": "resist"}]
    assert score_stance(gold, predicted).right == 0


def test_articles_resolve_through_the_manifest() -> None:
    manifest = [{"id": "101", "file": "articles/101_council-vote.txt"}, {"id": "007", "gothamist_id": "g-abc"}]
    found = article_ids(manifest, ["101_council-vote.txt", "007_g-abc.txt", "999_other.txt"])
    assert found == {"101_council-vote.txt": "101", "007_g-abc.txt": "007"}


def test_a_stance_set_scores_lines_false_stances_and_the_baseline() -> None:
    lines = [
        {"article": "1", "city": "Harlow", "state": "ZZ", "stance": "resist", "county": False},
        {"article": "1", "city": "Mill", "state": "ZZ", "stance": "none", "county": False},
        {"article": "2", "city": "Harlow", "state": "ZZ", "stance": "resist", "county": False},
        {"article": "2", "city": "Brook", "state": "ZZ", "stance": "cooperate", "county": True},
    ]
    places = [
        {"city": "Harlow", "state": "ZZ", "stance": "resist", "county": False},
        {"city": "Brook County", "state": "ZZ", "stance": "cooperate", "county": True},
    ]
    predicted_lines = [
        {"article": "1", "city": "Harlow", "state": "ZZ", "level": "city", "stance": "resist"},
        {"article": "1", "city": "Mill", "state": "ZZ", "level": "city", "stance": "cooperate"},
        {"article": "2", "city": "Brook County", "state": "ZZ", "level": "county", "stance": "cooperate"},
    ]
    predicted_places = [
        {"city": "Harlow", "state": "ZZ", "level": "city", "stance": "resist"},
        {"city": "Brook County", "state": "ZZ", "level": "county", "stance": "cooperate"},
    ]
    score = score_stance_set(lines, places, predicted_places, predicted_lines)
    assert score.places["city"].right == 1 and score.places["county"].right == 1
    assert score.lines is not None and (score.lines.right, score.lines.total) == (2, 3)
    assert score.lines.baseline_label == "resist" and score.lines.baseline == 2
    assert score.false_stances == 1 and score.none_lines == 1
    assert score.coverage == 2 / 3
    assert score.confusion["resist"] == {"resist": 1, "unclear": 1}


def test_a_stance_set_prints_places_together_and_apart() -> None:
    from sanctuary_cli.evaluation.run import stance_rows

    places = [
        {"city": "Harlow", "state": "ZZ", "stance": "resist", "county": False},
        {"city": "Mill", "state": "ZZ", "stance": "cooperate", "county": False},
        {"city": "Brook County", "state": "ZZ", "stance": "cooperate", "county": True},
    ]
    predicted = [
        {"city": "Harlow", "state": "ZZ", "level": "city", "stance": "resist"},
        {"city": "Brook County", "state": "ZZ", "level": "county", "stance": "cooperate"},
    ]
    lines = [{"article": "1", "city": "Harlow", "state": "ZZ", "stance": "resist", "county": False}]
    rows = {row["measure"]: row for row in stance_rows(score_stance_set(lines, places, predicted, []))}
    assert rows["stance: places (cities and counties)"]["detail"].startswith("2/3 right")
    assert rows["stance: city places"]["detail"].startswith("1/2 right")
    assert rows["stance: county places"]["detail"].startswith("1/1 right")
