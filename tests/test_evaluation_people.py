"""Scoring people against gold rows: what counts as found, right, and a false official."""

from __future__ import annotations

from typing import Any

from sanctuary_cli.evaluation.people import score_people

GOLD: list[dict[str, Any]] = [
    {"name": "JB Pritzker", "role": "Governor", "jurisdiction": "Illinois", "aliases": ["Pritzker"], "official": True},
    {"name": "Eric Garcetti", "role": "Mayor", "jurisdiction": "Los Angeles", "aliases": [], "official": True},
    {
        "name": "Manuel Castro",
        "role": "Commissioner of migrant affairs",
        "jurisdiction": "New York City",
        "aliases": [],
        "official": True,
    },
    {"name": "Donald Trump", "role": "President", "jurisdiction": "United States", "official": True},
    {"name": "Donald Trump Jr.", "official": False},
    {"name": "John Gress", "official": False},
]


def row(
    name: str, role: str | None = None, place: str | None = None, official: bool = True, **kw: Any
) -> dict[str, Any]:
    return {"name": name, "aliases": kw.get("aliases", []), "role": role, "jurisdiction": place, "official": official}


def test_all_right_scores_one() -> None:
    predicted = [
        row("J.B. Pritzker", "Gov.", "Ill."),  # another spelling, an abbreviated title and state
        row("Garcetti", "Mayor", "Los Angeles"),  # surname only
        row("Manuel Castro", "commissioner of Migrant Affairs", "NYC"),  # case and a short name of the city
        row("Donald Trump", "President", "United States", aliases=["Trump"]),
        row("Donald Trump Jr.", official=False),
        row("John Gress", official=False),
    ]
    score = score_people(GOLD, predicted)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert score.misses == ()


def test_wrong_role_and_wrong_place_are_misses_with_reasons() -> None:
    predicted = [
        row("JB Pritzker", "Mayor", "Illinois"),
        row("Eric Garcetti", "Mayor", "Chicago"),
        row("Manuel Castro", official=False),
    ]
    score = score_people(GOLD, predicted)
    reasons = {m.name: m.reason for m in score.misses}
    assert reasons["JB Pritzker"].startswith("role")
    assert reasons["Eric Garcetti"].startswith("jurisdiction")
    assert reasons["Manuel Castro"] == "not marked official"
    assert reasons["Donald Trump"] == "not found"
    assert score.right == 0
    assert score.precision == 0.0


def test_a_non_official_marked_official_counts_against_precision() -> None:
    predicted = [
        row("Donald Trump", "President", "United States"),
        row("Donald Trump Jr.", "President", "United States"),
        row("John Gress", "Photographer", None, official=True),
    ]
    score = score_people(GOLD, predicted)
    assert set(score.non_officials_marked) == {"Donald Trump Jr.", "John Gress"}
    assert score.right == 1
    assert score.precision == 1 / 3
    assert score.recall == 1 / 4


def test_an_official_the_gold_does_not_know_is_reported() -> None:
    score = score_people(GOLD, [row("Jane Roe", "Mayor", "Springfield")])
    assert score.unexpected_officials == ("Jane Roe",)
    assert score.precision == 0.0


def test_one_row_per_article_is_fine() -> None:
    predicted = [
        row("Donald Trump", None, None, official=False),  # an article that gave no title
        row("Donald Trump", "President", "United States"),
        row("Trump", "President", "United States"),
    ]
    score = score_people([GOLD[3]], predicted)
    assert score.right == 1
    assert score.precision == 1.0


def test_empty_inputs() -> None:
    score = score_people([], [])
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)


def test_a_role_matches_only_when_it_is_the_same_role() -> None:
    gold = [{"name": "Rosa Quill", "role": "Mayor", "jurisdiction": "Springfield", "official": True}]
    deputy = score_people(gold, [row("Rosa Quill", "Deputy Mayor", "Springfield")])
    assert deputy.right == 0 and deputy.misses[0].reason.startswith("role")
    head_only = score_people(GOLD[2:3], [row("Manuel Castro", "Commissioner", "New York City")])
    assert head_only.right == 0


def test_a_gold_row_may_list_other_wordings_of_its_role() -> None:
    gold = [{"name": "Ada Finch", "role": "White House press secretary", "role_aliases": ["press secretary"],
             "jurisdiction": "United States", "official": True}]
    assert score_people(gold, [row("Ada Finch", "Press Secretary", "U.S.")]).right == 1
    assert score_people(gold, [row("Ada Finch", "secretary", "U.S.")]).right == 0
