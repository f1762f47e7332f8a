"""``sanctuary quotes``: who said what."""

from __future__ import annotations

from pathlib import Path

import click

from sanctuary_cli.api import QUOTE_SORTS
from sanctuary_cli.cli.common import (
    config_option,
    dates_option,
    format_option,
    limit_option,
    name_option,
    open_store,
    row_limit,
    sort_option,
    store_option,
    wide_option,
)
from sanctuary_cli.render import Column, render, stderr

QUOTE_COLUMNS = [
    Column("speaker", max_width=24, priority=0, min_width=16),
    Column("quote", max_width=60, lines=4, priority=0, min_width=32),
    Column("cue", max_width=14, priority=3),
    Column("kind", kind="label", priority=4),
    Column("article", max_width=28, priority=2),
    Column("date", kind="date", priority=1),
]
JSON_FIELDS = ("article", "article_id", "quote", "speaker", "speaker_kind", "speaker_mention", "cue", "kind", "start",
               "end", "date")


@click.command("quotes")
@name_option(
    "--person",
    "Quotes by this person: any part of the name or an alias, any case (tried without titles when nothing matches).",
)
@name_option("--city", "Quotes from articles about this city (short names too: NYC, LA, DC, SF, Philly).")
@click.option("--article", help="Quotes from one article (id, id prefix, file name or path).")
@click.option("--search", help='Quotes with these words, whole and in any case ("a phrase" in double quotes).')
@click.option("--case", is_flag=True, help="--search tells upper from lower case (ICE is not ice).")
@click.option("--regex", is_flag=True, help="--search is a Python regular expression.")
@click.option("--kind", type=click.Choice(["statement", "partial"]), help="Full statements or fragments only.")
@dates_option
@sort_option(QUOTE_SORTS, "article")
@limit_option
@wide_option
@format_option
@store_option
@config_option
def quotes_cli(person: str | None, city: str | None, article: str | None, search: str | None, case: bool,
               regex: bool, kind: str | None, since: str | None, until: str | None, sort: str, limit: int | None,
               wide: bool, fmt: str, store: Path | None, config: Path | None) -> None:
    """Quotes with their speakers: speaker, quote, cue, article, date."""
    with open_store(store, config) as opened:
        found = opened.quotes(person, city, article, search, case=case, regex=regex, kind=kind, since=since,
                              until=until, sort=sort, limit=row_limit(limit, fmt))
        hint = opened.city_hint(city) if city and not found else None
    if hint:
        stderr().print(hint, markup=False, highlight=False, soft_wrap=True)
    rows = [quote.to_dict() for quote in found]
    if fmt != "table":
        rows = [{key: row[key] for key in (*JSON_FIELDS, *quote.extra)} for row, quote in zip(rows, found,
                                                                                               strict=True)]
    render(rows, fmt, QUOTE_COLUMNS, title="Quotes", wide=wide, total=found.total)


COMMANDS = [quotes_cli]
