"""``sanctuary stance``: where each city's government stands on federal enforcement."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.panel import Panel
from rich.text import Text

from sanctuary_cli.cli.common import dates_option, format_option, name_option, open_store, store_option, wide_option
from sanctuary_cli.records import CityStance
from sanctuary_cli.render import Column, Row, markdown_table, render, render_json, stdout

LABEL_STYLE = {"resist": "green", "cooperate": "red", "mixed": "yellow", "unclear": "dim"}
DEFAULT_EVIDENCE = 8
DEFAULT_ACTORS = 5

LIST_COLUMNS = [
    Column("city", "place", max_width=28, priority=0, min_width=14),
    Column("state", kind="label", priority=0),
    Column("level", kind="label", priority=1),
    Column("stance", kind="label", priority=0),
    Column("score", justify="right", bar=True, signed=True, scale=1.0, priority=0),
    Column("confidence", justify="right", priority=2),
    Column("evidence_count", "evidence", justify="right", priority=1),
    Column("articles", justify="right", priority=3),
    Column("latest", kind="date", priority=4),
]
ACTOR_COLUMNS = [Column("actor", max_width=30, priority=0, min_width=16), Column("role", max_width=28, priority=3),
                 Column("voice", kind="label", priority=2), Column("stance", kind="label", priority=0),
                 Column("score", justify="right", signed=True, priority=1),
                 Column("evidence", justify="right", priority=1)]
EVIDENCE_COLUMNS = [Column("polarity", "±", justify="right", signed=True, priority=0),
                    Column("text", "evidence", max_width=60, lines=2, priority=0, min_width=24),
                    Column("actor", max_width=20, priority=1), Column("act", kind="label", priority=2),
                    Column("target", kind="label", priority=3), Column("status", kind="label", priority=3),
                    Column("cue", max_width=18, priority=5),
                    Column("article", max_width=26, priority=2), Column("date", kind="date", priority=3)]
TIME_COLUMNS = [Column("date", kind="date", priority=0), Column("article", max_width=30, priority=1),
                Column("stance", kind="label", priority=0),
                Column("score", justify="right", bar=True, signed=True, scale=1.0, priority=0),
                Column("evidence_count", "evidence", justify="right", priority=2)]
VERDICT_FIELDS = ("city", "state", "level", "stance", "score", "confidence", "evidence_count")


def _evidence_count(ctx: click.Context, param: click.Parameter, value: str) -> int | None:
    if value == "all":
        return None
    if value.isdigit():
        return int(value)
    raise click.BadParameter(f"a number of rows or 'all', not {value!r}")


@click.command("stance")
@name_option("--city", "One city's verdict, actors and top evidence (short names too: NYC, LA, DC, SF, Philly).")
@name_option("--county", "One county's verdict (its sheriff, board, jail), as --city gives a city's.")
@click.option("--evidence", "evidence", default=str(DEFAULT_EVIDENCE), show_default=True, metavar="N|all",
              callback=_evidence_count,
              help="With --city/--county: evidence rows shown in the table, the weightiest first.")
@dates_option
@wide_option
@format_option
@store_option
def stance_cli(city: str | None, county: str | None, evidence: int | None, since: str | None, until: str | None,
               wide: bool, fmt: str, store: Path | None) -> None:
    """Each city's and county's stance toward federal immigration enforcement, with its evidence.

    Labels: resist, cooperate, mixed, unclear (too little evidence); the score
    runs from -1 (cooperates) to 1 (resists) and every point of it comes from
    an evidence row shown with --city or --county. A county's evidence never
    counts for its seat city.
    """
    if city is not None and county is not None:
        raise click.UsageError("give --city or --county, not both")
    with open_store(store) as opened:
        if city is None and county is None:
            rows = [s.to_dict() for s in opened.stances(since=since, until=until)]
            render(rows, fmt, LIST_COLUMNS, title="Stance by place", wide=wide)
            return
        answer = opened.stance(city, county=county, since=since, until=until)
    if fmt == "json":
        render_json(answer.to_dict())
    elif fmt == "table":
        _print_city(answer, evidence, wide)
    elif fmt == "markdown":
        sys.stdout.write(city_markdown(answer))
    else:
        render(verdict_rows(answer), fmt, [Column(k) for k in (*VERDICT_FIELDS, *_EVIDENCE_KEYS)])


_EVIDENCE_KEYS = ("text", "actor", "actor_role", "voice", "act", "target", "status",
                  "polarity", "weight", "points", "cue", "kind", "article",
                  "date", "start", "end")


def verdict_rows(answer: CityStance) -> list[Row]:
    """CSV rows: the city's verdict on every row beside each evidence row (one row when there is none)."""
    verdict = {key: answer.to_dict()[key] for key in VERDICT_FIELDS}
    rows = [{**verdict, **{k: e.to_dict().get(k) for k in _EVIDENCE_KEYS}} for e in answer.evidence]
    return rows or [verdict]


def city_markdown(answer: CityStance) -> str:
    """The verdict as a heading and a line, then the actors and the evidence as tables."""
    head = (f"## {answer.city}, {answer.state}: {answer.stance}\n\nscore {answer.score:+.2f}, confidence "
            f"{answer.confidence:.0%}, {answer.evidence_count} counted evidence rows ({answer.resisting} resisting, "
            f"{answer.cooperating} cooperating)\n\n")
    actors = markdown_table([a.to_dict() for a in answer.actors], ACTOR_COLUMNS)
    evidence = markdown_table([e.to_dict() for e in answer.evidence], EVIDENCE_COLUMNS)
    return f"{head}### Actors\n\n{actors}\n### Evidence\n\n{evidence}"


def _print_city(answer: CityStance, shown: int | None, wide: bool) -> None:
    """Verdict first, then the main actors and the weightiest evidence; a hint says how to see the rest."""
    console = stdout(wide)
    style = LABEL_STYLE.get(answer.stance, "")
    articles = len({e.article for e in answer.evidence if e.weight > 0})
    verdict = Text.assemble(
        (answer.stance.upper(), f"bold {style}"),
        f"  score {answer.score:+.2f}  confidence {answer.confidence:.0%}\n"
        f"{answer.evidence_count} counted evidence rows ({answer.resisting} resisting, "
        f"{answer.cooperating} cooperating) from {articles} articles",
    )
    years = _by_year(answer.over_time)
    if years:
        verdict.append(f"\nby year: {years}")
    console.print(Panel(verdict, title=f"{answer.city}, {answer.state}", expand=False))
    width = None if wide else console.width
    actors = [a.to_dict() for a in answer.actors]
    cut_actors = actors if shown is None else actors[:DEFAULT_ACTORS]
    render(cut_actors, "table", ACTOR_COLUMNS, title="Actors", console=console, wide=wide, total=len(actors),
           more="--evidence all shows every actor")
    ranked = sorted(answer.evidence, key=lambda e: (-e.weight, -abs(e.points), e.date or "", e.start))
    rows = [e.to_dict() for e in (ranked if shown is None else ranked[:shown])]
    render(rows, "table", EVIDENCE_COLUMNS, title="Evidence, weightiest first", console=console, wide=wide)
    if shown is None:
        render(answer.over_time, "table", TIME_COLUMNS, title="Over time", console=console, wide=wide)
    left = len(answer.evidence) - len(rows)
    if left > 0:
        console.print(f"{left} more evidence rows: --evidence all shows them, --format json too",
                      style="dim", markup=False, highlight=False, width=width)


def _by_year(over_time: list[dict[str, Any]]) -> str:
    """Each year's articles' labels, e.g. "2016 resist ×2 · 2024 resist, mixed"."""
    years: dict[str, dict[str, int]] = {}
    for item in over_time:
        year = (item.get("date") or "")[:4]
        if year and item.get("evidence_count"):
            labels = years.setdefault(year, {})
            labels[item["stance"]] = labels.get(item["stance"], 0) + 1
    parts = [f"{year} " + ", ".join(f"{label}{f' ×{n}' if n > 1 else ''}" for label, n in labels.items())
             for year, labels in sorted(years.items())]
    return " · ".join(parts)


COMMANDS = [stance_cli]
