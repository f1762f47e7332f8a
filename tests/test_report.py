"""``sanctuary report``: one self-contained HTML page with every chart and its data."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from sanctuary_cli.report import ReportError, build_report, gather
from sanctuary_cli.report.data import Dated, parse_date, timeline
from sanctuary_cli.report.page import state_tiles
from sanctuary_cli.report.svg import fit
from tests.test_export import make_store, opened

CHARTS = ("stance", "map", "speakers", "timeline")


class Page(HTMLParser):
    """The parts of a page these tests look at: charts, their marks, tables, and anything loaded."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.charts: dict[str, dict[str, str]] = {}
        self.marks: dict[str, int] = {}
        self.tables = 0
        self.loads: list[str] = []
        self._chart: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "svg":
            self._chart = values.get("data-chart", "")
            self.charts[self._chart] = values
            self.marks[self._chart] = 0
        elif tag == "rect" and self._chart is not None:
            self.marks[self._chart] += 1
        elif tag == "table":
            self.tables += 1
        if tag in {"script", "link", "img", "iframe", "object", "embed"}:
            self.loads.append(tag)
        self.loads += [f"{tag} {k}" for k in values if k in {"src", "href", "srcset"}]

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self._chart = None


@pytest.fixture
def store(isolated_store: Path) -> Path:
    return make_store(isolated_store)


def test_the_report_has_every_chart_with_a_table_beneath(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}: 3 articles, 3 cities, 3 quotes" in result.output
    page = Page(out.read_text(encoding="utf-8"))
    assert set(page.charts) == set(CHARTS)
    for kind in CHARTS:
        assert float(page.charts[kind]["width"]) > 100 and float(page.charts[kind]["height"]) > 30
        assert page.marks[kind] > 0, kind
    assert page.tables == len(CHARTS)


def test_the_page_loads_nothing_from_anywhere(store: Path) -> None:
    with opened(store) as conn:
        text = build_report(conn)
    assert Page(text).loads == []
    assert not re.search(r"url\(|@import|https?://", text)


def test_article_text_is_escaped(store: Path) -> None:
    with opened(store) as conn:
        text = build_report(conn)
    assert "<script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "Chicago &lt;b&gt;defies&lt;/b&gt; &amp; resists" in text


def test_the_stance_chart_shows_each_city_score_and_label(store: Path) -> None:
    with opened(store) as conn:
        data = gather(conn)
        text = build_report(conn)
    assert [(s.city, s.stance) for s in data.stances] == [
        ("Chicago", "resist"), ("Denver", "resist"), ("Aurora", "cooperate")
    ]
    chart = text.split('data-chart="stance"', 1)[1].split("</svg>", 1)[0]
    assert "Chicago, IL" in chart and "Aurora, CO" in chart
    assert re.search(r"\+0\.\d\d resist", chart) and re.search(r"-0\.\d\d cooperate", chart)
    assert 'fill="#2563eb"' in chart and 'fill="#ea580c"' in chart


def test_the_map_splits_a_state_between_its_cities(store: Path) -> None:
    with opened(store) as conn:
        text = build_report(conn)
    chart = text.split('data-chart="map"', 1)[1].split("</svg>", 1)[0]
    assert "<title>Aurora, CO: cooperate" in chart and "<title>Denver, CO: resist" in chart
    assert chart.count('class="tile"') == len(state_tiles()) - 2  # CO and IL are drawn as city stripes


def test_a_city_without_evidence_is_on_the_map_but_has_no_score_bar(store: Path) -> None:
    with opened(store) as conn:
        conn.execute("INSERT INTO cities (article_id, city, state, population, mentions, first_start)"
                     " VALUES ('a1', 'Springfield', 'IL', 114000, 1, 0)")
        data = gather(conn)
        text = build_report(conn)
    assert "Springfield" in [c.city for c in data.cities]
    assert "Springfield" not in [s.city for s in data.stances]
    assert "1 city without stance evidence" in text
    assert "<title>Springfield, IL: unclear" in text.split('data-chart="map"', 1)[1]


def test_the_tile_grid_places_every_state_once() -> None:
    tiles = state_tiles()
    assert len(tiles) == 51  # the states and DC
    assert len(set(tiles.values())) == len(tiles)


def test_top_quotes_put_stance_evidence_and_own_officials_first(store: Path) -> None:
    with opened(store) as conn:
        data = gather(conn)
    chicago = next(c for c in data.top_quotes if c.city == "Chicago")
    first = chicago.quotes[0]
    assert (first.speaker, first.quote) == ("Brandon Johnson", "We will protect our residents")
    assert first.evidence
    assert first.role == "Mayor, Chicago"
    assert first.title == "Chicago <b>defies</b> & resists"


def test_a_city_report_keeps_to_that_citys_articles(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "denver.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(out), "--city", "denver"])
    assert result.exit_code == 0, result.output
    with opened(store) as conn:
        data = gather(conn, "denver")
    assert data.totals["articles"] == 1
    assert [s.city for s in data.stances] == ["Denver"]
    assert [(p.name, p.quotes) for p in data.speakers] == [("Tom Homan", 1)]  # quotes in Denver's articles
    assert "Sanctuary report: denver" in out.read_text(encoding="utf-8")


def test_an_unknown_city_is_a_one_line_error(store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["report", "-o", str(tmp_path / "x.html"), "--city", "Atlantis"])
    assert result.exit_code == 1
    assert result.output == "Error: no city named 'Atlantis' in the store; 'sanctuary cities' lists them\n"
    with opened(store) as conn, pytest.raises(ReportError):
        gather(conn, "Atlantis")


def test_an_empty_store_makes_a_page_that_says_so(isolated_store: Path, tmp_path: Path) -> None:
    from sanctuary_cli.store.db import connect

    connect(isolated_store, create=True).close()
    out = tmp_path / "empty.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    for message in ("no stance evidence in these articles", "no attributed quotes", "no dated articles"):
        assert message in text
    assert set(Page(text).charts) == set(CHARTS)


def test_report_needs_an_output_file(store: Path) -> None:
    result = CliRunner().invoke(cli, ["report"])
    assert result.exit_code == 2
    assert "Missing option '--out'" in result.output


def test_coverage_is_counted_per_day_month_or_year_by_the_span() -> None:
    def articles(*dates: str | None) -> list[dict[str, object]]:
        return [{"id": str(i), "date": d} for i, d in enumerate(dates)]

    quotes = [{"article_id": "0"}, {"article_id": "0"}, {"article_id": "2"}]
    short = timeline(articles("2025-01-30", "2025-02-02", None), quotes)
    assert short.unit == "day"
    assert [p.label for p in short.periods] == ["2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02"]
    assert (short.periods[0].quotes, short.undated_articles, short.undated_quotes) == (2, 1, 1)
    assert timeline(articles("2024-11-10", "2025-06-01"), []).unit == "month"
    years = timeline(articles("2016-11-20", "2025-01-20"), [])
    assert years.unit == "year"
    assert [p.articles for p in years.periods] == [1, 0, 0, 0, 0, 0, 0, 0, 0, 1]  # 2016 to 2025
    vague = timeline(articles("2024-11-10", "2024-11-12", "2024"), [])
    assert vague.unit == "year"  # an article dated only "2024" cannot be put in a day or a month
    assert [(p.label, p.articles) for p in vague.periods] == [("2024", 3)]


def test_dates_are_read_from_iso_prefixes_only() -> None:
    assert parse_date("2025-01-20T10:00:00Z") == Dated(date(2025, 1, 20), "day")
    assert parse_date("2016") == Dated(date(2016, 1, 1), "year")
    assert parse_date("2016-11") == Dated(date(2016, 11, 1), "month")
    assert parse_date("2025-02-30") is None
    assert parse_date("January 20, 2025") is None
    assert parse_date(None) is None


def test_long_labels_are_cut_to_fit() -> None:
    assert fit("Los Angeles", 200) == "Los Angeles"
    cut = fit("Department of Homeland Security Secretary", 60)
    assert cut.endswith("…") and len(cut) <= 60 / 6.6
