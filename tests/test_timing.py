"""Stage timers: off by default, every second charged to exactly one stage when on."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctuary_cli import timing


@pytest.fixture
def clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> timing._Clock:
    """Timers on in this process, saving into tmp_path (without the exit hook a real start adds)."""
    started = timing._Clock(tmp_path, "test")
    monkeypatch.setattr(timing, "_clock", started)
    return started


def saved(folder: Path) -> dict[str, list[float]]:
    [path] = folder.glob("test-*.json")
    stages: dict[str, list[float]] = json.loads(path.read_text())["stages"]
    return stages


def test_off_unless_the_variable_names_a_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(timing, "_clock", None)
    monkeypatch.delenv(timing.ENV, raising=False)
    timing.start("ingest")
    assert not timing.enabled()
    assert timing.stage("a") is timing.stage("b")  # one shared no-op
    items = [1, 2]
    assert list(timing.iterate("x", items)) == items
    timing.save()
    assert list(tmp_path.iterdir()) == []


def test_a_stage_inside_another_is_charged_to_itself_only(clock: timing._Clock, tmp_path: Path) -> None:
    with timing.stage("outer"):
        time.sleep(0.05)
        with timing.stage("inner"):
            time.sleep(0.2)
    timing.save()
    stages = saved(tmp_path)
    assert stages["inner"][0] >= 0.2
    assert 0.05 <= stages["outer"][0] < stages["inner"][0]  # not the inner 0.2 s
    assert stages["inner"][2] == stages["outer"][2] == 1


def test_producing_items_is_charged_to_the_producer(clock: timing._Clock, tmp_path: Path) -> None:
    def slow() -> Iterator[int]:
        for n in range(3):
            time.sleep(0.05)
            yield n

    with timing.stage("consumer"):
        for _ in timing.iterate("producer", slow()):
            time.sleep(0.01)
    timing.save()
    stages = saved(tmp_path)
    assert stages["producer"][0] >= 0.15
    assert stages["consumer"][0] < stages["producer"][0]


def test_the_rows_add_up_to_the_process_cpu_time(clock: timing._Clock, tmp_path: Path) -> None:
    with timing.stage("work"):
        sum(n * n for n in range(300_000))
    timing.save()
    total_cpu = sum(cpu for _, cpu, _ in saved(tmp_path).values())
    assert total_cpu == pytest.approx(time.process_time(), abs=0.05)


def test_each_parsing_component_and_each_extractor_is_charged_to_its_own_stage(
    clock: timing._Clock, tmp_path: Path
) -> None:
    import spacy

    from sanctuary_cli.extract.components import extractors

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("sanctuary_places")
    timing.instrument_pipeline(nlp)
    # The extraction still finds the sanctuary components by their type.
    assert [name for name, _ in extractors(nlp)] == ["sanctuary_places"]
    doc = nlp.make_doc("The council of Springfield voted. Then it adjourned.")
    doc._.places = []  # found already: the component has nothing left to do
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert len(list(doc.sents)) == 2
    timing.save()
    stages = saved(tmp_path)
    assert {name: stages[name][2] for name in stages if name.startswith("component: ")} == {
        "component: tokenizer": 1, "component: sentencizer": 1, "component: sanctuary_places": 1,
    }


def test_an_ingest_accounts_for_its_reading_writing_and_commits(
    clock: timing._Clock, tmp_path: Path, isolated_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sanctuary_cli import ingest as ingest_module
    from sanctuary_cli.ingest import Options, ingest
    from tests.test_ingest_files import FakeEngine

    monkeypatch.setattr(ingest_module, "make_engine", lambda options: FakeEngine())
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The council of Springfield voted to keep the shelter open.\n")
    assert len(ingest([corpus], isolated_store, Options(workers=1)).stored) == 1
    timing.save()
    assert {"read and clean", "hash", "store: write rows", "store: commit"} <= set(saved(tmp_path))


def test_a_forked_process_keeps_an_account_of_its_own(
    clock: timing._Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An NLP worker forked from the timed model server charges its seconds to itself, not to the server."""
    import os

    monkeypatch.setenv(timing.ENV, str(tmp_path))
    pid = os.fork()
    if pid == 0:
        timing.start("child")
        with timing.stage("child work"):
            pass
        timing.save()
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    data = json.loads((tmp_path / f"child-{pid}.json").read_text())
    assert data["role"] == "child" and "child work" in data["stages"]
    assert timing._clock is clock and "child work" not in clock.totals
