"""``sanctuary stance``: where each city's government stands on federal enforcement."""

from __future__ import annotations

from pathlib import Path

import click
from rich.panel import Panel

from sanctuary_cli.cli.common import format_option, open_store, store_option
from sanctuary_cli.errors import SanctuaryError
from sanctuary_cli.render import Column, Row, render, render_json, stdout
from sanctuary_cli.store.stances import city_stance, stances

LABEL_STYLE = {"resist": "green", "cooperate": "red", "mixed": "yellow", "unclear": "dim"}

LIST_COLUMNS = [
    Column("city", "place"),
    Column("state"),
    Column("level"),
    Column("stance"),
    Column("score", justify="right", bar=True, signed=True),
    Column("confidence", justify="right"),
    Column("evidence_count", "evidence", justify="right"),
    Column("articles", justify="right"),
    Column("latest"),
]
ACTOR_COLUMNS = [Column("actor"), Column("role", max_width=28), Column("voice"), Column("stance"),
                 Column("score", justify="right", signed=True), Column("evidence", justify="right")]
EVIDENCE_COLUMNS = [Column("polarity", "±", justify="right", signed=True), Column("text", "evidence", max_width=60),
                    Column("actor", max_width=20), Column("act", max_width=10), Column("target", max_width=11),
                    Column("status", max_width=9), Column("article", max_width=24), Column("date")]
TIME_COLUMNS = [Column("date"), Column("article", max_width=30), Column("stance"),
                Column("score", justify="right", bar=True, signed=True),
                Column("evidence_count", "evidence", justify="right")]


@click.command("stance")
@click.option("--city", help="One city's verdict, actors, evidence and stance over time.")
@click.option("--county", help="One county's verdict (its sheriff, board, jail), as --city does for a city.")
@format_option
@store_option
def stance_cli(city: str | None, county: str | None, fmt: str, store: Path | None) -> None:
    """Each city's and county's stance toward federal immigration enforcement, with its evidence.

    Labels: resist, cooperate, mixed, unclear (too little evidence); the score
    runs from -1 (cooperates) to 1 (resists) and every point of it comes from
    an evidence row shown with --city or --county. A county's evidence never
    counts for its seat city.
    """
    if city is not None and county is not None:
        raise click.UsageError("give --city or --county, not both")
    name, level = (county, "county") if county is not None else (city, "city")
    with open_store(store) as conn:
        if name is None:
            render(stances(conn), fmt, LIST_COLUMNS, title="Stance by place")
            return
        answer = city_stance(conn, name, level)
    if answer is None:
        raise SanctuaryError(f"no {level} matching {name!r} in the store; 'sanctuary stance' lists them")
    if fmt == "json":
        render_json(answer)
    elif fmt == "table":
        _print_city(answer)
    else:
        render(answer["evidence"], fmt, EVIDENCE_COLUMNS)


def _print_city(answer: Row) -> None:
    console = stdout()
    style = LABEL_STYLE.get(answer["stance"], "")
    console.print(
        Panel(
            f"[bold {style}]{answer['stance'].upper()}[/]  score {answer['score']:+.2f}  "
            f"confidence {answer['confidence']:.0%}\n"
            f"{answer['evidence_count']} counted evidence rows ({answer['resisting']} resisting, "
            f"{answer['cooperating']} cooperating) from "
            f"{len({e['article'] for e in answer['evidence'] if e['weight'] > 0})} articles",
            title=f"{answer['city']}, {answer['state']}",
            expand=False,
        )
    )
    render(answer["actors"], "table", ACTOR_COLUMNS, title="Actors", console=console)
    render(answer["evidence"], "table", EVIDENCE_COLUMNS, title="Evidence", console=console)
    render(answer["over_time"], "table", TIME_COLUMNS, title="Over time", console=console)


COMMANDS = [stance_cli]
