"""`sanctuary ingest URL`, `--feed` and `--sitemap` as a user runs them, against a site on 127.0.0.1."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner, Result

from sanctuary_cli.cli.main import cli
from tests.local_site import closed_port_url, serve


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, ["ingest", "--workers", "1", "--delay", "0", *args])


def rows(store: Path) -> list[dict[str, object]]:
    with sqlite3.connect(store) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(row) for row in conn.execute(
            "SELECT a.title, a.outlet, a.byline, a.date, a.url, a.raw_hash, s.source FROM articles a"
            " JOIN article_sources s ON s.article_id = a.id ORDER BY s.source"
        )]


def problem_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(("skipped: ", "warning: "))]


def test_a_url_is_stored_with_its_metadata_and_a_second_run_stores_nothing(isolated_store: Path) -> None:
    with serve() as site:
        url = site.url("/news/council.html")
        first = invoke(url)
        assert first.exit_code == 0, first.stderr
        [row] = rows(isolated_store)
        assert row["title"] == "Harbor City council limits jail holds for ICE after months of debate"
        assert (row["outlet"], row["byline"], row["date"]) == ("The Harbor Ledger", "Priya Natarajan", "2024-11-20")
        assert row["url"] == "https://harborledger.example/news/2024/11/council-limits-jail-holds-ice"
        assert row["source"] == url and len(str(row["raw_hash"])) == 64
        again = invoke(url)
        assert again.exit_code == 0, again.stderr
        assert site.hits["/news/council.html"] == 1  # not fetched again
    assert again.stderr.splitlines()[-1] == "0 stored, 1 unchanged"


def test_a_feed_and_a_sitemap_pick_up_only_new_items(isolated_store: Path) -> None:
    with serve() as site:
        feed = invoke("--feed", site.url("/feed.xml"))
        assert feed.exit_code == 0, feed.stderr
        assert [r["source"] for r in rows(isolated_store)] == [
            site.url("/news/council.html"), site.url("/news/sheriff.html")
        ]
        sitemap = invoke("--sitemap", site.url("/sitemap.xml"))
        assert sitemap.exit_code == 0, sitemap.stderr
        assert sitemap.stderr.splitlines()[-1] == "1 stored, 1 unchanged"  # the shelter page is new
        again = invoke("--feed", site.url("/feed.xml"), "--sitemap", site.url("/sitemap.xml"))
        assert again.stderr.splitlines()[-1] == "0 stored, 3 unchanged"
        assert all(count == 1 for path, count in site.hits.items() if path.startswith("/news/"))
    articles = json.loads(CliRunner().invoke(cli, ["articles", "--format", "json"]).stdout)
    assert {a["date"] for a in articles} == {"2024-11-20", "2024-12-03", "2025-03-03"}


def test_every_network_error_is_one_line_and_the_run_goes_on(isolated_store: Path) -> None:
    unreachable = closed_port_url()
    with serve() as site:
        result = invoke(
            unreachable, site.url("/missing.html"), site.url("/big.html"), site.url("/report.pdf"),
            site.url("/news/sheriff.html"), "--feed", site.url("/broken-feed.xml"),
        )
    assert result.exit_code == 1
    lines = problem_lines(result)
    assert lines[:4] == [
        f"skipped: {unreachable}: unreachable: Connection refused",
        f"skipped: {site.url('/missing.html')}: HTTP 404 Not Found",
        f"skipped: {site.url('/big.html')}: page is 5,290,033 bytes, over the limit of 4,194,304 (see --max-bytes)",
        f"skipped: {site.url('/report.pdf')}: not an HTML page (content type application/pdf)",
    ]
    assert lines[4].startswith(f"skipped: {site.url('/broken-feed.xml')}: malformed feed: ")
    assert len(lines) == 5 and "Traceback" not in result.stderr
    assert [r["source"] for r in rows(isolated_store)] == [site.url("/news/sheriff.html")]


def test_usage_errors_exit_with_two() -> None:
    assert invoke().exit_code == 2
    bad_since = invoke("--feed", "http://127.0.0.1:9/feed.xml", "--since", "someday")
    assert bad_since.exit_code == 2 and "cannot read 'someday' as a date" in bad_since.stderr
    assert invoke("--feed", "feed.xml").exit_code == 2
