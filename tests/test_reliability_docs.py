"""docs/RELIABILITY.md names a test for every case; each must exist, so the table cannot go stale."""

from __future__ import annotations

import re

from tests.conftest import ROOT

DOC = ROOT / "docs" / "RELIABILITY.md"


def test_every_test_the_reliability_table_names_exists() -> None:
    named = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", DOC.read_text())
    assert len(named) > 40
    for path, test in named:
        source = (ROOT / path).read_text()
        assert re.search(rf"^def {test}\(", source, flags=re.M), f"{path}::{test} is named in {DOC.name} but gone"


def test_every_reliability_test_is_in_the_table() -> None:
    text = DOC.read_text()
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        if not path.name.startswith(("test_reliability", "test_hostile", "test_store", "test_loader")):
            continue
        if path.name == "test_reliability_docs.py":
            continue
        for test in re.findall(r"^def (test_\w+)\(", path.read_text(), flags=re.M):
            assert f"tests/{path.name}::{test}`" in text, f"{path.name}::{test} is missing from {DOC.name}"
