"""Options every command shares, and the one way a command opens the store."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from sanctuary_cli.extract.people import overrides
from sanctuary_cli.extract.people.overrides import Overrides
from sanctuary_cli.render import FORMATS
from sanctuary_cli.store.db import connect, store_path

F = TypeVar("F", bound=Callable[..., Any])


def store_option(func: F) -> F:
    return click.option(
        "--store",
        "store",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="The SQLite store (default: $SANCTUARY_STORE, else ./data/sanctuary.db).",
    )(func)


def format_option(func: F) -> F:
    return click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="Output format: a table for people, json/csv/markdown for other tools.",
    )(func)


def config_option(func: F) -> F:
    return click.option(
        "--config",
        "config",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Your overrides of people and places (default: sanctuary.toml beside the store, if any).",
    )(func)


def read_overrides(store: Path | None, config: Path | None) -> Overrides:
    """The user's overrides for the store meant: the file named, else the one beside the store."""
    return overrides.load(overrides.config_path(store_path(store), config))


@contextmanager
def open_store(store: Path | None) -> Iterator[sqlite3.Connection]:
    """The store the user meant, which must exist for a query; closed afterwards."""
    conn = connect(store_path(store))
    try:
        yield conn
    finally:
        conn.close()
