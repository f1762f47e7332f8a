"""Stance end to end on the seed articles, against data/gold/stance.jsonl."""

from __future__ import annotations

import json
from typing import Any

import pytest
from spacy.language import Language

from sanctuary_cli.extract.pipeline import analyze
from sanctuary_cli.extract.stance.verdict import verdict
from tests.conftest import GOLD, SEEDS


@pytest.fixture(scope="module")
def seed_rows(nlp: Language) -> list[dict[str, Any]]:
    """Every evidence row of the seeds, as the store would hold it."""
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        analysis = analyze(nlp(path.read_text(encoding="utf-8")))
        rows += [{**vars(record), "article": path.name} for record in analysis.evidence]
    return rows


def _of(rows: list[dict[str, Any]], city: str) -> list[dict[str, Any]]:
    return [row for row in rows if row["city"] == city]


def test_every_gold_city_gets_its_label(seed_rows: list[dict[str, Any]]) -> None:
    gold = [json.loads(line) for line in (GOLD / "stance.jsonl").read_text().splitlines() if line.strip()]
    got = {row["city"]: verdict(_of(seed_rows, row["city"])).label for row in gold}
    assert got == {row["city"]: row["stance"] for row in gold}


def test_chicago_cites_evidence_from_several_articles(seed_rows: list[dict[str, Any]]) -> None:
    result = verdict(_of(seed_rows, "Chicago"))
    assert result.evidence >= 5 and result.articles >= 3
    assert result.confidence > 0.8


def test_the_dissenting_alderman_is_shown_and_weighs_less(seed_rows: list[dict[str, Any]]) -> None:
    chicago = _of(seed_rows, "Chicago")
    [alderman] = [row for row in chicago if row["actor"] == "Anthony Napolitano"]
    assert alderman["voice"] == "local" and alderman["polarity"] < 0
    mayor = [row for row in chicago if row["actor"] == "Brandon Johnson" and row["voice"] == "city"]
    assert mayor and all(alderman["weight"] < row["weight"] for row in mayor)


def test_federal_pressure_is_shown_but_not_counted(seed_rows: list[dict[str, Any]]) -> None:
    federal = [row for row in seed_rows if row["voice"] == "federal"]
    assert any(row["actor"] == "Tom Homan" for row in federal)
    assert all(row["weight"] == 0 for row in federal)
    washington = _of(seed_rows, "Washington")
    assert washington and all(row["weight"] == 0 for row in washington)


def test_aurora_cooperates_in_its_spokesman_s_words(seed_rows: list[dict[str, Any]]) -> None:
    counted = [row for row in _of(seed_rows, "Aurora") if row["weight"] > 0]
    assert counted and all(row["polarity"] < 0 for row in counted)
    assert any("work with our federal partners" in row["text"] for row in counted)
