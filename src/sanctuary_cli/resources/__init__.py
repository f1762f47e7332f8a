"""Shipped data: the gazetteer and the lexicons. Each file states its source and licence
(a ``_source`` key in JSON, a ``# _source:`` line atop TSV)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from importlib import resources
from typing import Any


def read_text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def read_json(name: str) -> Any:
    """A JSON resource, parsed."""
    return json.loads(read_text(name))


def read_tsv(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated resource with a header line; ``#`` lines are comments."""
    lines = [line for line in read_text(name).splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def phrase_words(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    """A lexicon's phrases, each split into its words ("police department" -> ("police", "department"))."""
    return tuple(tuple(p.split()) for p in phrases)
