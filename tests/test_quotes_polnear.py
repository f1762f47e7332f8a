"""Regression guard on real political news: a fixed 40-article part of the PolNeAR dev split.

The articles live in ``../shared/corpora/polnear`` beside the repository
(never inside it); where that folder is absent, as in a user's clone, the
test is skipped. It fails when a figure falls more than 0.02 below what the
extractor reached when the guard was set.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from sanctuary_cli.evaluation.sources import score_sources
from sanctuary_cli.store import queries
from sanctuary_cli.store.db import connect

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "polnear" / "dev"
ARTICLES = 40
# Reached on this part (detection F1, proper-name sources with the right speaker, speaker precision)
# less the 0.02 a change may cost before it counts as a regression.
FLOORS = {"detection F1": 0.947, "proper-name right speaker": 0.885, "speaker precision": 0.958}


@pytest.mark.skipif(not (DEV / "quotes.jsonl").exists(), reason="the PolNeAR dev split (../shared) is not here")
def test_quotes_and_speakers_on_polnear_dev_hold(tmp_path: Path) -> None:
    names = sorted(path.name for path in (DEV / "text").glob("*.txt"))[::2][:ARTICLES]
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes((DEV / "text" / name).read_bytes())
    store = tmp_path / "polnear.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(store), "--workers", "1"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (DEV / "quotes.jsonl").open(encoding="utf-8")]
    gold = [row for row in rows if row["article"] in names]
    conn = connect(store)
    try:
        score = score_sources(gold, queries.quotes(conn))
    finally:
        conn.close()
    reached = {
        "detection F1": score.f1,
        "proper-name right speaker": score.proper_share,
        "speaker precision": score.speaker_precision,
    }
    fallen = {name: round(value, 3) for name, value in reached.items() if value < FLOORS[name]}
    assert not fallen, f"below the floor {FLOORS}: {fallen}"
