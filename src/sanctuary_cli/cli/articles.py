"""``sanctuary articles``."""

from __future__ import annotations

from pathlib import Path

import click

from sanctuary_cli.cli.common import (
    dates_option,
    format_option,
    limit_option,
    open_store,
    row_limit,
    store_option,
    wide_option,
)
from sanctuary_cli.render import Column, render

ARTICLE_COLUMNS = [
    Column("path", "article", max_width=30, priority=0),
    Column("id", kind="label", priority=5),
    Column("title", max_width=60, lines=2, priority=0, min_width=30),
    Column("outlet", max_width=20, priority=3),
    Column("date", kind="date", priority=1),
    Column("words", justify="right", priority=4),
    Column("people", justify="right", priority=4),
    Column("quotes", justify="right", bar=True, priority=2),
]

# CSV and Markdown keep the columns in their first order; the file name was added last.
FIELD_ORDER = [Column(key) for key in ("id", "title", "outlet", "date", "words", "people", "quotes", "path")]


@click.command("articles")
@dates_option
@limit_option
@wide_option
@format_option
@store_option
def articles_cli(since: str | None, until: str | None, limit: int | None, wide: bool, fmt: str,
                 store: Path | None) -> None:
    """Stored articles: file name, id, title, outlet, date, words, people, quotes.

    Any command that takes an article (show, quotes --article) takes its id, a
    prefix of the id, its file name or its path.
    """
    with open_store(store) as opened:
        found = opened.articles(since=since, until=until, limit=row_limit(limit, fmt))
    columns = ARTICLE_COLUMNS if fmt == "table" else FIELD_ORDER
    render([a.to_dict() for a in found], fmt, columns, title="Articles", wide=wide, total=found.total)


COMMANDS = [articles_cli]
