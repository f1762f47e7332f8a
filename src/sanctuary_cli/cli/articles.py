"""``sanctuary articles`` and ``sanctuary show``."""

from __future__ import annotations

from pathlib import Path

import click

from sanctuary_cli.cli.common import format_option, open_store, store_option
from sanctuary_cli.render import Column, render
from sanctuary_cli.store import queries

ARTICLE_COLUMNS = [
    Column("id"),
    Column("title", max_width=60, wrap=False),
    Column("outlet", max_width=20, wrap=False),
    Column("date"),
    Column("words", justify="right"),
    Column("people", justify="right"),
    Column("quotes", justify="right", bar=True),
]


@click.command("articles")
@format_option
@store_option
def articles_cli(fmt: str, store: Path | None) -> None:
    """Stored articles: id, title, outlet, date, words, people, quotes."""
    with open_store(store) as conn:
        rows = queries.articles(conn)
    render(rows, fmt, ARTICLE_COLUMNS, title="Articles")


COMMANDS = [articles_cli]
