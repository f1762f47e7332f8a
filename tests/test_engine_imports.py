"""Query commands start fast: they import neither spaCy nor Ray."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs in a fresh interpreter: make an empty store, run query commands on it,
# then report which heavy packages got imported along the way.
SCRIPT = """
import json, sys
from pathlib import Path
from sanctuary_cli.store.db import connect
connect(Path(sys.argv[1]), create=True).close()
from sanctuary_cli.cli.main import cli
for args in (["quotes", "--person", "Homan"], ["people"], ["articles"], ["cities"], ["stance"]):
    try:
        cli([*args, "--format", "json"], standalone_mode=False)
    except SystemExit as exc:
        assert not exc.code, (args, exc.code)
heavy = sorted({name.split(".")[0] for name in sys.modules} & {"spacy", "thinc", "ray"})
print(json.dumps(heavy), file=sys.stderr)
"""


@pytest.mark.slow
def test_query_commands_import_neither_spacy_nor_ray(tmp_path: Path) -> None:
    store = tmp_path / "empty.db"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(store)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "SANCTUARY_STORE": str(store)},
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stderr.strip().splitlines()[-1]) == []
    assert result.stdout.startswith("[]")  # the quotes query ran, and found nothing
