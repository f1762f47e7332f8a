"""The report page: the gathered data laid out as charts, each with its data table beneath.

The page is one HTML file with its stylesheet inline and its charts as inline
SVG: no scripts, fonts or images are loaded from anywhere, so it opens the
same offline, attached to an e-mail, or years later.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from string import Template

from sanctuary_cli import __version__
from sanctuary_cli.report import svg
from sanctuary_cli.report.data import CityQuotes, CityStance, ReportData, Speaker, Timeline
from sanctuary_cli.report.svg import esc

# Colour by stance label, readable by people with the common colour-vision
# deficiencies (blue against orange, never red against green). The label is
# always written beside the colour too.
STANCE_COLOURS = {
    "resist": "#2563eb",
    "cooperate": "#ea580c",
    "mixed": "#9333ea",
    "unclear": "#6b7280",
}
STANCE_MEANING = {
    "resist": "limits cooperation with federal immigration enforcement",
    "cooperate": "works with federal immigration enforcement",
    "mixed": "its officials pull both ways",
    "unclear": "the articles do not say",
}
OFFICIAL, OTHER = "#1e3a5f", "#94a3b8"
ARTICLES_COLOUR, QUOTES_COLOUR = "#0f766e", "#7c3aed"
QUOTE_CHARS = 320  # longer quotes are cut on the page; the export keeps them whole


def _asset(name: str) -> str:
    return resources.files("sanctuary_cli.report").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def state_tiles() -> dict[str, tuple[int, int]]:
    """Row and column of each state's tile on the grid map."""
    lines = [line for line in _asset("state_tiles.tsv").splitlines() if line and not line.startswith("#")]
    result = {}
    for line in lines[1:]:
        code, row, col = line.split("\t")
        result[code] = (int(row), int(col))
    return result


def plural(n: int, noun: str, many: str | None = None) -> str:
    """"1 article", "3 articles"."""
    return f"{n} {noun if n == 1 else many or noun + 's'}"


def colour(stance: str) -> str:
    return STANCE_COLOURS.get(stance, STANCE_COLOURS["unclear"])


def render_page(data: ReportData, generated: datetime | None = None) -> str:
    """The whole HTML document."""
    generated = generated or datetime.now(UTC)
    title = "Sanctuary report" + (f": {data.scope}" if data.scope else "")
    uncharted = data.totals["cities"] - data.unjudged - len(data.stances)
    body = [
        _header(data, title),
        '<div class="grid">',
        _stance_section(data.stances, uncharted, data.unjudged),
        _map_section(data.cities, data.more_cities),
        _speaker_section(data.speakers, data.more_speakers),
        _timeline_section(data.timeline),
        "</div>",
        _quotes_section(data.top_quotes),
        f'<footer>Made by sanctuary {esc(__version__)} on {generated:%Y-%m-%d %H:%M} UTC. '
        "Every table is also available with <code>sanctuary export</code>.</footer>",
    ]
    return Template(_asset("page.html")).substitute(
        title=esc(title), css=_asset("report.css"), body="\n".join(body)
    )


def _header(data: ReportData, title: str) -> str:
    totals = data.totals
    span = ""
    if data.first_date and data.last_date:
        span = f", {esc(data.first_date)}"
        if data.last_date != data.first_date:
            span += f" to {esc(data.last_date)}"
    facts = (
        f"{plural(totals['articles'], 'article')}{span} · {plural(totals['cities'], 'city', 'cities')} · "
        f"{plural(totals['people'], 'person', 'people')} ({plural(totals['officials'], 'official')}) · "
        f"{plural(totals['quotes'], 'quote')}"
    )
    legend = "".join(
        f'<li><span class="swatch" style="background:{hex_}"></span><b>{esc(label)}</b>: '
        f"{esc(STANCE_MEANING[label])}</li>"
        for label, hex_ in STANCE_COLOURS.items()
    )
    return (f'<header><h1>{esc(title)}</h1><p class="facts">{facts}</p>'
            f'<ul class="legend" aria-label="stance colours">{legend}</ul></header>')


def _section(heading: str, note: str, chart: str, table: str, wide: bool = False) -> str:
    klass = "card wide" if wide else "card"
    return (f'<section class="{klass}"><h2>{esc(heading)}</h2><p class="note">{note}</p>'
            f'<div class="figure">{chart}</div>'
            f"<details open><summary>Data</summary>{table}</details></section>")


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: Sequence[int] = ()) -> str:
    """An HTML table; every cell escaped, number columns right-aligned."""
    head = "".join(f'<th{" class=num" if i in numeric else ""}>{esc(h)}</th>' for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(
            f'<td{" class=num" if i in numeric else ""}>{_cell(value)}</td>' for i, value in enumerate(row)
        ) + "</tr>"
        for row in rows
    )
    if not rows:
        body = f'<tr><td colspan="{len(headers)}" class="empty">nothing found</td></tr>'
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class _Raw(str):
    """Markup this module built itself (a badge), which ``_cell`` must not escape again."""

    __slots__ = ()


def _cell(value: object) -> str:
    if isinstance(value, _Raw):
        return str(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:+.2f}"
    return esc(value)


def _stance_badge(stance: str) -> str:
    return f'<span class="badge" style="background:{colour(stance)}">{esc(stance)}</span>'


def _stance_section(stances: Sequence[CityStance], more: int, unjudged: int) -> str:
    """Cities with stance evidence, by score; the ones without are on the map only."""
    bars = [
        svg.Bar(
            label=f"{s.city}, {s.state}",
            value=s.score,
            colour=colour(s.stance),
            value_text=f"{s.score:+.2f} {s.stance}",
            tooltip=f"{s.city}, {s.state}: {s.stance}, score {s.score:+.2f}, {plural(s.evidence, 'piece')}"
                    " of evidence",
        )
        for s in stances
    ]
    chart = (svg.diverging_chart("stance", bars, "Stance score by city", "cooperates", "resists")
             if bars else svg.empty("stance", "no stance evidence in these articles"))
    note = ("Score from −1 (cooperates) to +1 (resists) with federal immigration enforcement, "
            "weighed from what each city's officials say and do; colour is the verdict.")
    if more:
        note += f" The {len(stances)} most covered cities are shown; {more} more in the export."
    if unjudged:
        note += f" {plural(unjudged, 'city', 'cities')} without stance evidence: unclear, on the map only."
    rows = [(s.city, s.state, _Raw(_stance_badge(s.stance)), s.score,
             None if s.confidence is None else f"{s.confidence:.2f}", s.evidence, s.articles,
             s.latest and s.latest.split("T")[0])
            for s in stances]
    table = _table(("City", "State", "Stance", "Score", "Confidence", "Evidence", "Articles", "Latest"),
                   rows, numeric=(3, 4, 5, 6))
    return _section("Stance by city", note, chart, table)


def _map_section(stances: Sequence[CityStance], more: int) -> str:
    """Every state as a tile; the most covered cities as stripes in their state, coloured by stance."""
    tiles = state_tiles()
    by_state: dict[str, list[CityStance]] = defaultdict(list)
    for s in sorted(stances, key=lambda s: (-s.articles, s.city)):
        by_state[s.state].append(s)
    stripes = {
        state: [svg.Stripe(colour(s.stance), f"{s.city}, {s.state}: {s.stance} ({s.score:+.2f})")
                for s in cities]
        for state, cities in by_state.items()
    }
    chart = svg.tile_map("map", tiles, stripes, "Cities by state, coloured by stance")
    off_grid = sorted(state for state in by_state if state not in tiles)
    note = "One square per state; a state with cities in the corpus is split into one stripe per city."
    if more:
        note += f" The {len(stances)} most covered cities are shown; {more} more in the export."
    if off_grid:
        note += f" Not on the grid: {esc(', '.join(off_grid))}."
    rows = [
        (state, _Raw(", ".join(f"{esc(s.city)} {_stance_badge(s.stance)}" for s in cities)))
        for state, cities in sorted(by_state.items())
    ]
    return _section("Cities on the map", note, chart, _table(("State", "Cities"), rows))


def _speaker_section(speakers: Sequence[Speaker], more: int) -> str:
    bars = [
        svg.Bar(
            label=p.name,
            value=p.quotes,
            colour=OFFICIAL if p.official else OTHER,
            value_text=str(p.quotes),
            tooltip=f"{p.name}" + (f" ({_role(p)})" if _role(p) else "") + f": {p.quotes} quotes",
        )
        for p in speakers
    ]
    chart = (svg.bar_chart("speakers", bars, "Quotes per person")
             if bars else svg.empty("speakers", "no attributed quotes"))
    note = (f'<span class="swatch" style="background:{OFFICIAL}"></span> officials '
            f'<span class="swatch" style="background:{OTHER}"></span> others, by number of quotes.')
    if more:
        note += f" The top {len(speakers)} are shown; {plural(more, 'more speaker')} in the export."
    rows = [(p.name, p.role, p.jurisdiction, p.official, p.quotes) for p in speakers]
    table = _table(("Name", "Role", "Jurisdiction", "Official", "Quotes"), rows, numeric=(4,))
    return _section("Quotes per official", note, chart, table)


def _role(person: Speaker) -> str:
    return ", ".join(part for part in (person.role, person.jurisdiction) if part)


def _timeline_section(timeline: Timeline) -> str:
    periods = [p.label for p in timeline.periods]
    if periods:
        chart = svg.column_panels(
            "timeline",
            periods,
            [svg.Series("Articles", ARTICLES_COLOUR, [p.articles for p in timeline.periods]),
             svg.Series("Quotes", QUOTES_COLOUR, [p.quotes for p in timeline.periods])],
            f"Articles and quotes per {timeline.unit}",
        )
    else:
        chart = svg.empty("timeline", "no dated articles")
    note = f"Articles and their quotes per {timeline.unit}, by the article's date."
    if timeline.undated_articles:
        note += (f" {plural(timeline.undated_articles, 'article')} without a date "
                 f"({plural(timeline.undated_quotes, 'quote')}) not on the chart.")
    rows = [(p.label, p.articles, p.quotes) for p in timeline.periods if p.articles]
    table = _table((timeline.unit.capitalize(), "Articles", "Quotes"), rows, numeric=(1, 2))
    return _section("Coverage and quotes over time", note, chart, table)


def _quotes_section(cities: Sequence[CityQuotes]) -> str:
    if not cities:
        return '<section class="card wide"><h2>Top quotes per city</h2><p class="note">None.</p></section>'
    parts = ['<section class="card wide quotes"><h2>Top quotes per city</h2><p class="note">For each city, '
             "the quotes that count toward its stance first, then its own officials' words.</p>"]
    for city in cities:
        parts.append(f'<h3>{esc(city.city)}, {esc(city.state)} {_stance_badge(city.stance)}</h3>')
        for quote in city.quotes:
            text = svg.fit(quote.quote, QUOTE_CHARS * svg.CHAR_WIDTH)
            who = esc(quote.speaker or "unattributed") + (f" ({esc(quote.role)})" if quote.role else "")
            source = esc(quote.title or quote.article)
            tag = ' <span class="tag">stance evidence</span>' if quote.evidence else ""
            date = f" · {esc(quote.date)}" if quote.date else ""
            parts.append(
                f'<blockquote style="border-color:{colour(city.stance)}"><p>“{esc(text)}”</p>'
                f'<footer>— <b>{who}</b> · <cite title="{esc(quote.article)}">{source}</cite>{date}{tag}'
                "</footer></blockquote>"
            )
    parts.append("</section>")
    return "".join(parts)
