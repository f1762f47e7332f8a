"""``sanctuary show``: one article with what was found in it marked up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import click
from rich.panel import Panel
from rich.text import Text

from sanctuary_cli.cli.common import open_store, store_option
from sanctuary_cli.cli.people import PEOPLE_COLUMNS
from sanctuary_cli.cli.quotes import QUOTE_COLUMNS
from sanctuary_cli.errors import SanctuaryError
from sanctuary_cli.render import Row, render, stdout
from sanctuary_cli.store import queries

QUOTE_STYLES = ("yellow", "magenta", "bright_blue", "bright_red", "bright_green", "cyan")
LEGEND = "[bold cyan]person[/]  [green underline]city[/]  [yellow]quote[/] (colour by speaker)  [dim]place[/]"


@click.command("show")
@click.argument("article")
@store_option
def show_cli(article: str, store: Path | None) -> None:
    """One article with its people, places and quotes marked, then its quotes and people.

    ARTICLE is an article id, a prefix of one, or the file name it came from.
    """
    with open_store(store) as conn:
        ids = queries.article_ids(conn, article)
        if not ids:
            raise SanctuaryError(f"no article matches {article!r}; 'sanctuary articles' lists them")
        if len(ids) > 1:
            raise SanctuaryError(f"{article!r} matches {len(ids)} articles; give more of the id")
        row = queries.article(conn, ids[0])
        assert row is not None
        parts = {t: queries.table_rows(conn, t, row["id"]) for t in ("entities", "cities", "quotes")}
        quotes = queries.quotes(conn, article=row["id"])
        people = [p for p in queries.people(conn) if p["key"] in _keys(conn, row["id"])]
    console = stdout()
    meta = " · ".join(str(v) for v in (row["outlet"], row["byline"], row["date"], row["path"]) if v)
    title = Text(row["title"] or row["path"], style="bold")
    console.print(Panel(marked_text(row["text"], parts), title=title, subtitle=Text(meta)))
    console.print(LEGEND)
    render(quotes, "table", QUOTE_COLUMNS[:3] + QUOTE_COLUMNS[3:4], title="Quotes", console=console)
    for person in people:
        person.pop("key")
    render(people, "table", PEOPLE_COLUMNS[:4] + PEOPLE_COLUMNS[5:6], title="People", console=console)


def _keys(conn: sqlite3.Connection, article_id: str) -> set[str]:
    return {r[0] for r in conn.execute("SELECT coalesce(person, key) FROM people WHERE article_id = ?", (article_id,))}


def marked_text(text: str, parts: dict[str, list[Row]]) -> Text:
    """The stored text with entities, cities and quotes styled at their offsets."""
    marked = Text(text)
    for entity in parts["entities"]:
        style = {"PERSON": "bold cyan", "GPE": "dim"}.get(entity["label"])
        if style:
            marked.stylize(style, entity["start"], entity["end"])
    for entity in parts["entities"]:
        if entity["label"] in ("GPE", "ORG") and any(
            c["city"] in entity["text"] or entity["text"] in c["city"] for c in parts["cities"]
        ):
            marked.stylize("green underline", entity["start"], entity["end"])
    speakers: dict[str | None, str] = {}
    for quote in parts["quotes"]:
        colour = speakers.setdefault(quote["speaker"], QUOTE_STYLES[len(speakers) % len(QUOTE_STYLES)])
        marked.stylize(colour, quote["start"], quote["end"])
    return marked


COMMANDS = [show_cli]
