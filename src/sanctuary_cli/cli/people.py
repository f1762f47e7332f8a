"""``sanctuary people`` and ``sanctuary cities``."""

from __future__ import annotations

from pathlib import Path

import click

from sanctuary_cli.api import CITY_SORTS, PEOPLE_SORTS
from sanctuary_cli.cli.common import (
    config_option,
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

PEOPLE_COLUMNS = [
    Column("name", max_width=28, priority=0, min_width=16),
    Column("role", max_width=30, priority=1),
    Column("jurisdiction", max_width=24, priority=2),
    Column("official", kind="label", priority=4),
    Column("mentions", justify="right", priority=3),
    Column("quotes", justify="right", bar=True, priority=0),
    Column("articles", justify="right", priority=3),
    Column("aliases", max_width=40, lines=2, priority=5),
]
CITY_COLUMNS = [
    Column("city", max_width=28, priority=0, min_width=14),
    Column("state", kind="label", priority=0),
    Column("population", justify="right", priority=3),
    Column("mentions", justify="right", bar=True, priority=2),
    Column("articles", justify="right", priority=1),
    Column("officials", justify="right", priority=3),
    Column("stance", kind="label", priority=0),
]


@click.command("people")
@name_option("--city", "Only officials of this city, or people in articles about it (NYC, LA... too).")
@click.option("--role", help="Only people whose role contains this (e.g. mayor, governor).")
@click.option("--officials", is_flag=True, help="Only people with a government role.")
@sort_option(list(PEOPLE_SORTS), "quotes")
@limit_option
@wide_option
@format_option
@store_option
@config_option
def people_cli(city: str | None, role: str | None, officials: bool, sort: str, limit: int | None, wide: bool,
               fmt: str, store: Path | None, config: Path | None) -> None:
    """People, merged across spellings and short forms, with role and jurisdiction."""
    with open_store(store, config) as opened:
        found = opened.people(city=city, role=role, officials=officials, sort=sort, limit=row_limit(limit, fmt))
        hint = opened.city_hint(city) if city and not found else None
    if hint:
        stderr().print(hint, markup=False, highlight=False, soft_wrap=True)
    rows = [person.to_dict() for person in found]
    for row in rows:
        row.pop("key")
    render(rows, fmt, PEOPLE_COLUMNS, title="People", wide=wide, total=found.total)


@click.command("cities")
@click.option("--state", help="Only cities in this state (two-letter code, e.g. IL).")
@sort_option(list(CITY_SORTS), "articles")
@limit_option
@wide_option
@format_option
@store_option
@config_option
def cities_cli(state: str | None, sort: str, limit: int | None, wide: bool, fmt: str, store: Path | None,
               config: Path | None) -> None:
    """Cities named in the corpus, linked to the gazetteer, with their stance."""
    with open_store(store, config) as opened:
        found = opened.cities(state=state, sort=sort, limit=row_limit(limit, fmt))
    render([city.to_dict() for city in found], fmt, CITY_COLUMNS, title="Cities", wide=wide, total=found.total)


COMMANDS = [people_cli, cities_cli]
