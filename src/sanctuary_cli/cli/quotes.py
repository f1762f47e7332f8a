"""``sanctuary quotes``: who said what."""

from __future__ import annotations

from pathlib import Path

import click

from sanctuary_cli.cli.common import format_option, open_store, store_option
from sanctuary_cli.render import Column, render
from sanctuary_cli.store import queries

QUOTE_COLUMNS = [
    Column("speaker", max_width=24),
    Column("quote", max_width=80),
    Column("cue", max_width=14),
    Column("kind"),
    Column("article", max_width=28),
    Column("date"),
]
JSON_FIELDS = ("article", "article_id", "quote", "speaker", "speaker_kind", "speaker_mention", "cue", "kind", "start",
               "end", "date")


@click.command("quotes")
@click.option("--person", help="Quotes by this person: any part of the name or an alias, any case.")
@click.option("--city", help="Quotes from articles about this city.")
@click.option("--article", help="Quotes from one article (id, id prefix or file name).")
@click.option("--search", help="Quotes containing this text (matched literally).")
@click.option("--kind", type=click.Choice(["statement", "partial"]), help="Full statements or fragments only.")
@format_option
@store_option
def quotes_cli(person: str | None, city: str | None, article: str | None, search: str | None,
               kind: str | None, fmt: str, store: Path | None) -> None:
    """Quotes with their speakers: speaker, quote, cue, article, date."""
    with open_store(store) as conn:
        rows = queries.quotes(conn, person=person, city=city, article=article, search=search, kind=kind)
    if fmt != "table":
        rows = [{key: row[key] for key in JSON_FIELDS} for row in rows]
    render(rows, fmt, QUOTE_COLUMNS, title="Quotes")


COMMANDS = [quotes_cli]
