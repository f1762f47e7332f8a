"""Lint and types are part of the test run: a change that breaks them fails here."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(ROOT / ".venv" / "bin")) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; pip install -e '.[test]'")
    return found


def test_ruff_finds_nothing() -> None:
    result = subprocess.run([_tool("ruff"), "check", "src", "tests", "benchmarks", "scripts"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_dead_code() -> None:
    """vulture finds no unused code; names only a framework uses are listed in tests/vulture_whitelist.py."""
    result = subprocess.run([sys.executable, "-m", "vulture", "src", "tests/vulture_whitelist.py",
                             "--min-confidence", "60"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_function_is_too_complex() -> None:
    """No function is rated worse than C (cyclomatic complexity above 20) by radon."""
    result = subprocess.run([sys.executable, "-m", "radon", "cc", "--min", "D", "--no-assert", "src"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
