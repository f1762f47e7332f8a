"""The Python API, used as the README tells a user to: public names only."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import sanctuary_cli
from sanctuary_cli import (
    CityStance,
    IngestSummary,
    Person,
    QueryError,
    Quote,
    Results,
    SanctuaryError,
    Store,
    StoreError,
    analyze,
    open_store,
)
from tests.conftest import ROOT, SEEDS


def load_readme_script() -> object:
    spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "scripts" / "readme_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_queries_return_records(seeded_store: Path) -> None:
    with open_store(seeded_store) as store:
        assert isinstance(store, Store)
        quotes = store.quotes(person="Homan", limit=2)
        assert isinstance(quotes, Results) and len(quotes) == 2 and quotes.total == 5
        assert all(isinstance(q, Quote) and q.speaker == "Tom Homan" for q in quotes)
        as_dict = quotes[0].to_dict()
        assert {"article", "quote", "speaker", "speaker_mention", "cue", "kind", "start", "end"} <= set(as_dict)
        json.dumps(as_dict)
        people = store.people(role="mayor")
        assert all(isinstance(p, Person) for p in people) and people[0].name == "Brandon Johnson"
        chicago = store.stance(city="Chicago")
        assert isinstance(chicago, CityStance) and chicago.stance == "resist"
        assert chicago.evidence_count == len([e for e in chicago.evidence if e.weight > 0]) > 0
        assert chicago.to_dict()["actors"][0]["actor"] == "Brandon Johnson"
        assert [s.city for s in store.stances()][:1] == ["Chicago"]
        assert {c.city for c in store.cities(state="CO")} == {"Denver", "Aurora"}
        assert len(store.articles()) == 5
        assert store.info().counts["articles"] == 5
        frames = store.frames()
        assert set(frames) == {"articles", "people", "cities", "quotes", "evidence", "stances"}
        assert len(frames["quotes"]) == len(store.quotes())


def test_a_person_asked_for_with_a_title_is_found_by_the_name(seeded_store: Path) -> None:
    with open_store(seeded_store) as store:
        assert len(store.quotes(person="Mr. Homan")) == len(store.quotes(person="Homan")) > 0
        johnson = store.quotes(person="Mayor Brandon Johnson")
        assert len(johnson) > 0 and {q.speaker for q in johnson} == {"Brandon Johnson"}
        assert len(store.quotes(person="Mayor Homanowski")) == 0


def test_a_users_mistakes_raise_the_librarys_own_errors(seeded_store: Path, tmp_path: Path) -> None:
    store = open_store(seeded_store)
    with pytest.raises(QueryError):
        store.quotes(person=" ")
    with pytest.raises(QueryError):
        store.quotes(since="last week")
    with pytest.raises(SanctuaryError, match="did you mean Chicago"):
        store.stance(city="Chicgo")
    with pytest.raises(StoreError, match="no store at"):
        open_store(tmp_path / "missing.db").quotes()
    store.close()


def test_a_record_keeps_columns_it_does_not_name() -> None:
    row = {"id": 1, "article": "a.txt", "article_id": "ab", "quote": "We will not.", "speaker": None,
           "speaker_kind": "none", "speaker_mention": "he", "cue": "said", "kind": "statement", "start": 0,
           "end": 12, "outlet": "Daily Planet"}
    quote = Quote.from_row(row)
    assert quote.extra == {"outlet": "Daily Planet"}
    assert quote.to_dict()["outlet"] == "Daily Planet" and quote.to_dict()["quote"] == "We will not."


def test_ingest_reports_progress_and_returns_a_summary(tmp_path: Path, nlp: object) -> None:
    done: list[int] = []
    store = open_store(tmp_path / "api.db")
    summary = store.ingest([SEEDS / "003_346d066f8a3d4ce1.txt"], workers=1, progress=done.append)
    assert isinstance(summary, IngestSummary)
    assert [s["path"] for s in summary.stored] == ["003_346d066f8a3d4ce1.txt"] and summary.words > 300
    assert sum(done) == 1 and summary.failed == 0 and summary.found is None
    again = store.ingest([SEEDS / "003_346d066f8a3d4ce1.txt"], workers=1)
    assert again.unchanged == 1 and not again.stored
    assert [q.speaker for q in store.quotes(search="ramping")] == ["Tom Homan"]
    store.close()


def test_analyze_one_text_without_a_store(nlp: object) -> None:
    found = analyze("“We will not hand anyone over to ICE,” Mayor Ann Ruiz of Denver said on Monday.")
    assert [q["speaker"] for q in found.quotes] == ["Ann Ruiz"]
    assert [c["city"] for c in found.cities] == ["Denver"]
    json.dumps(found.to_dict())


def test_every_public_name_is_documented() -> None:
    for name in sanctuary_cli.__all__:
        value = getattr(sanctuary_cli, name)
        if name != "__version__":
            assert (value.__doc__ or "").strip(), name
    for name, member in vars(Store).items():
        if not name.startswith("_") and callable(member):
            assert (member.__doc__ or "").strip(), name


def test_importing_the_api_and_querying_loads_neither_spacy_nor_pandas(seeded_store: Path) -> None:
    code = ("import sys, sanctuary_cli; s = sanctuary_cli.open_store(sys.argv[1]); s.quotes(person='Homan');"
            " s.stance(city='Chicago'); s.people(); s.cities();"
            " print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'pandas'}))")
    result = subprocess.run([sys.executable, "-c", code, str(seeded_store)], capture_output=True, text=True,
                            timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_command_reaches_past_the_api_into_store_or_extract() -> None:
    for path in sorted((ROOT / "src" / "sanctuary_cli" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("sanctuary_cli.store", "sanctuary_cli.extract")), (path.name,
                                                                                                       node.module)


def test_the_readme_examples_are_what_the_tool_prints(seeds_env: Path, monkeypatch: pytest.MonkeyPatch,
                                                      nlp: object) -> None:
    """The README's command outputs and its Python example, run now, print what the README shows."""
    script = load_readme_script()
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<!-- python-example -->" in readme
    assert script.regenerate(readme) == readme  # type: ignore[attr-defined]
