"""The seeds as one evaluation of stance: every gold city's verdict right, scored by the evaluation."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from spacy.language import Language

from sanctuary_cli.evaluation.stance import score_stance
from sanctuary_cli.extract.pipeline import analyze
from sanctuary_cli.extract.stance.verdict import place_verdict
from tests.conftest import GOLD, SEEDS


def test_the_seeds_stances_score_every_gold_city_right(nlp: Language) -> None:
    rows: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for path in sorted(SEEDS.glob("*.txt")):
        for record in analyze(nlp(path.read_text(encoding="utf-8"))).evidence:
            rows[(record.city, record.state, record.level)].append({**vars(record), "article": path.name})
    predicted = [
        {"city": city, "state": state, "level": level, "stance": place_verdict(found).label}
        for (city, state, level), found in rows.items()
    ]
    gold = [json.loads(line) for line in (GOLD / "stance.jsonl").read_text().splitlines() if line.strip()]
    score = score_stance(gold, predicted)
    assert score.total == len(gold) >= 10
    assert score.accuracy == 1.0, [city for city in score.cities if not city.right]
    federal = [row for found in rows.values() for row in found if row["voice"] == "federal"]
    assert federal and all(row["weight"] == 0 for row in federal)
