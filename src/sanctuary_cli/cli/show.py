"""``sanctuary show``: one article with what was found in it marked up."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.panel import Panel
from rich.text import Text

from sanctuary_cli.cli.common import open_store, store_option, wide_option
from sanctuary_cli.cli.people import PEOPLE_COLUMNS
from sanctuary_cli.cli.quotes import QUOTE_COLUMNS
from sanctuary_cli.render import Row, markdown_table, render, render_json, stdout

QUOTE_STYLES = ("yellow", "magenta", "bright_blue", "bright_red", "bright_green", "cyan")
LEGEND = "[bold cyan]person[/]  [green underline]city[/]  [yellow]quote[/] (colour by speaker)  [dim]place[/]"
SHOW_QUOTES = [c for c in QUOTE_COLUMNS if c.key in ("speaker", "quote", "cue", "kind")]
SHOW_PEOPLE = [c for c in PEOPLE_COLUMNS if c.key in ("name", "role", "jurisdiction", "official", "quotes")]


@click.command("show")
@click.argument("article")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "markdown"]), default="table",
              show_default=True, help="table: the text marked up in the terminal; json or markdown for other tools.")
@wide_option
@store_option
def show_cli(article: str, fmt: str, wide: bool, store: Path | None) -> None:
    """One article with its people, places and quotes marked, then its quotes and people.

    ARTICLE is an article id, a prefix of one, its file name or its path.
    """
    with open_store(store) as opened:
        found = opened.article(article)
    if fmt == "json":
        render_json(found)
    elif fmt == "markdown":
        sys.stdout.write(article_markdown(found))
    else:
        _print(found, wide)


def _print(found: dict[str, Any], wide: bool) -> None:
    console = stdout(wide)
    meta = " · ".join(str(found[k]) for k in ("outlet", "byline", "date", "path") if found.get(k))
    title = Text(found["title"] or found["path"], style="bold")
    console.print(Panel(marked_text(found["text"], found), title=title, subtitle=Text(meta)))
    console.print(LEGEND)
    render(found["quotes"], "table", SHOW_QUOTES, title="Quotes", console=console, wide=wide)
    render(found["people"], "table", SHOW_PEOPLE, title="People", console=console, wide=wide)


def article_markdown(found: dict[str, Any]) -> str:
    """The article as Markdown: its title, where it is from, its text, then its quotes and people."""
    meta = " · ".join(str(found[k]) for k in ("outlet", "byline", "date", "path") if found.get(k))
    quotes = markdown_table(found["quotes"], SHOW_QUOTES)
    people = markdown_table(found["people"], SHOW_PEOPLE)
    return (f"# {found['title'] or found['path']}\n\n{meta}\n\n{found['text'].strip()}\n\n"
            f"## Quotes\n\n{quotes}\n## People\n\n{people}")


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
