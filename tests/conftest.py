"""Shared fixtures: one spaCy pipeline per session, and a store no test can leak out of."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "data" / "gold"


@pytest.fixture(autouse=True)
def isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test writes to its own store and never to ./data/sanctuary.db."""
    store = tmp_path / "store.db"
    monkeypatch.setenv("SANCTUARY_STORE", str(store))
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    return store


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real pipeline, loaded once for the whole session."""
    from sanctuary_cli.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def parse(nlp: Language) -> Callable[[str], Doc]:
    """Parse a short text with the session's pipeline."""
    return nlp


@pytest.fixture(scope="session")
def seeded_store(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    """A store holding the five seed articles, ingested once per session (read-only for tests)."""
    from sanctuary_cli.ingest import Options, ingest

    store = tmp_path_factory.mktemp("seeded") / "seeds.db"
    report = ingest([SEEDS], store, Options(workers=1))
    assert len(report.stored) == 5 and not report.problems
    return store


@pytest.fixture
def seeds_env(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the CLI at the seeded store for one test."""
    monkeypatch.setenv("SANCTUARY_STORE", str(seeded_store))
    return seeded_store
