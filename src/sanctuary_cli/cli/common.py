"""Options every command shares, and the one way a command opens the store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from sanctuary_cli.api import Store
from sanctuary_cli.api import open_store as api_open_store
from sanctuary_cli.render import FORMATS

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_TABLE_LIMIT = 50


def store_option(func: F) -> F:
    # A folder is accepted here so that the store itself says what is wrong with it.
    return click.option(
        "--store",
        "store",
        type=click.Path(path_type=Path),
        default=None,
        help="The SQLite store (beats $SANCTUARY_STORE; default: the nearest data/sanctuary.db from here up).",
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


def wide_option(func: F) -> F:
    return click.option("--wide", is_flag=True,
                        help="Every column, however wide the table gets (a narrow terminal leaves some out).")(func)


def limit_option(func: F) -> F:
    return click.option(
        "--limit", "-n", type=click.IntRange(min=0), default=None,
        help=f"At most N rows (default: {DEFAULT_TABLE_LIMIT} in a table, all in json/csv/markdown; 0: all).",
    )(func)


def sort_option(choices: tuple[str, ...] | list[str], default: str) -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return click.option("--sort", type=click.Choice(list(choices)), default=default, show_default=True,
                            help="Row order.")(func)

    return decorate


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from sanctuary_cli.api import check_date
    from sanctuary_cli.errors import QueryError

    if value is None:
        return None
    try:
        return check_date(value.strip(), f"--{param.name}")
    except QueryError as exc:
        raise click.BadParameter(str(exc)) from exc


def dates_option(func: F) -> F:
    func = click.option("--until", callback=_date, metavar="DATE",
                        help="Only articles dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")(func)
    return click.option("--since", callback=_date, metavar="DATE",
                        help="Only articles dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")(func)


def name_option(name: str, help_text: str) -> Callable[[F], F]:
    """An option naming a person or a place: given, it must not be empty (a usage error)."""

    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise click.BadParameter("needs a name, not an empty string")
        return value.strip() if value is not None else None

    def decorate(func: F) -> F:
        return click.option(name, callback=check, help=help_text)(func)

    return decorate


def row_limit(limit: int | None, fmt: str) -> int | None:
    """The number of rows to ask for: a table stops at a screenful unless told; other formats get all."""
    if limit == 0:
        return None
    if limit is None:
        return DEFAULT_TABLE_LIMIT if fmt == "table" else None
    return limit


@contextmanager
def open_store(store: Path | None, config: Path | None = None) -> Iterator[Store]:
    """The store the user meant (--store, else $SANCTUARY_STORE, else the nearest one), with the user's
    overrides (--config, else sanctuary.toml beside the store, if any); closed afterwards."""
    opened = api_open_store(store, config=config)
    try:
        yield opened
    finally:
        opened.close()
