"""``sanctuary people`` and ``sanctuary cities``."""

from __future__ import annotations

from pathlib import Path

import click

from sanctuary_cli.cli.common import config_option, format_option, open_store, read_overrides, store_option
from sanctuary_cli.render import Column, render
from sanctuary_cli.store import queries

PEOPLE_COLUMNS = [
    Column("name"),
    Column("role", max_width=30),
    Column("jurisdiction", max_width=24),
    Column("official"),
    Column("mentions", justify="right"),
    Column("quotes", justify="right", bar=True),
    Column("articles", justify="right"),
    Column("aliases", max_width=40),
]
CITY_COLUMNS = [
    Column("city"),
    Column("state"),
    Column("population", justify="right"),
    Column("mentions", justify="right", bar=True),
    Column("articles", justify="right"),
    Column("officials", justify="right"),
    Column("stance"),
]


@click.command("people")
@click.option("--city", help="Only officials of this city, or people in articles about it.")
@click.option("--role", help="Only people whose role contains this (e.g. mayor, governor).")
@click.option("--officials", is_flag=True, help="Only people with a government role.")
@format_option
@store_option
@config_option
def people_cli(
    city: str | None, role: str | None, officials: bool, fmt: str, store: Path | None, config: Path | None
) -> None:
    """People, merged across spellings and short forms, with role and jurisdiction."""
    fixes = read_overrides(store, config)
    with open_store(store) as conn:
        rows = queries.people(conn, city=city, role=role, officials=officials, overrides=fixes)
    for row in rows:
        row.pop("key")
    render(rows, fmt, PEOPLE_COLUMNS, title="People")


@click.command("cities")
@click.option("--state", help="Only cities in this state (two-letter code, e.g. IL).")
@format_option
@store_option
@config_option
def cities_cli(state: str | None, fmt: str, store: Path | None, config: Path | None) -> None:
    """Cities named in the corpus, linked to the gazetteer, with their stance."""
    fixes = read_overrides(store, config)
    with open_store(store) as conn:
        rows = queries.cities(conn, state=state, overrides=fixes)
        labels = {(s["city"], s["state"]): s["stance"] for s in queries.stances(conn)}
    for row in rows:
        row["stance"] = labels.get((row["city"], row["state"]), "unclear")
    render(rows, fmt, CITY_COLUMNS, title="Cities")


COMMANDS = [people_cli, cities_cli]
