"""``sanctuary serve`` as a reader sees it: a real server on 127.0.0.1, pages drawn by headless Chromium.

Set SANCTUARY_SCREENSHOTS=1 to write the README's screenshot (docs/serve.png) from this run.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest

from sanctuary_cli.store.queries import quotes
from sanctuary_cli.store.stances import stances
from tests.conftest import ROOT
from tests.test_report_browser import CHROMIUM, chromium, png_pixels
from tests.test_serve import free_port

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium: apt-get install -y chromium"),
]


class Rows(HTMLParser):
    """The rows of Datasette's results table, each a dict of column -> text as the browser shows it."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []
        self.count: str | None = None  # e.g. "39 rows"
        self._column: str | None = None
        self._in_table = self._in_count = False
        self.feed(page)
        self.rows = [row for row in self.rows if row]  # the header's row has no cells

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "table" and "rows-and-columns" in classes:
            self._in_table = True
        elif self._in_table and tag == "tr":
            self.rows.append({})
        elif self._in_table and tag == "td":
            self._column = next((c[4:] for c in classes if c.startswith("col-")), "")
            self.rows[-1][self._column] = ""
        elif tag == "h3" and self.count is None:  # the first heading: "39 rows"
            self._in_count = True
            self.count = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in_table = False
        elif tag == "td":
            self._column = None
        elif tag == "h3":
            self._in_count = False

    def handle_data(self, data: str) -> None:
        if self._column is not None:
            self.rows[-1][self._column] += data
        elif self._in_count and self.count is not None:
            self.count += data


@pytest.fixture(scope="module")
def server(seeded_store: Path) -> Iterator[str]:
    """``sanctuary serve`` on the seed store, as a user starts it; its base URL."""
    pytest.importorskip("datasette", reason="needs the [web] extra: pip install 'sanctuary-cli[web]'")
    port = free_port()
    env = {**os.environ, "SANCTUARY_STORE": "", "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "sanctuary_cli", "serve", "--store", str(seeded_store), "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    pytest.fail(f"sanctuary serve did not start: {process.communicate()[0][-2000:]}")
                time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        process.wait(10)


def shown(url: str, profile: Path) -> Rows:
    result = chromium(profile, "--dump-dom", url)
    assert result.returncode == 0, result.stderr[-2000:]
    return Rows(result.stdout)


def test_the_quotes_page_shows_every_quote_with_its_speaker(server: str, seeded_store: Path, tmp_path: Path) -> None:
    page = shown(f"{server}/seeds/quotes", tmp_path / "profile")
    conn = sqlite3.connect(seeded_store)
    stored = conn.execute("SELECT text, speaker FROM quotes ORDER BY id").fetchall()
    assert page.count is not None and page.count.strip().startswith(f"{len(stored)} rows")
    assert [(row["text"], row["speaker"]) for row in page.rows] == [
        (text, speaker if speaker is not None else "\xa0") for text, speaker in stored
    ]
    # The article column is labelled with the article's title (cut short with "…"), then its id.
    titles = dict(conn.execute("SELECT id, title FROM articles").fetchall())
    for row in page.rows:
        label, article_id = row["article_id"].rsplit("\xa0", 1)
        assert titles[article_id].startswith(label.rstrip("…")) and len(label) > 20


def test_full_text_search_and_the_speaker_facet(server: str, seeded_store: Path, tmp_path: Path) -> None:
    page = shown(f"{server}/seeds/quotes?_search=bend&speaker=Brandon+Johnson", tmp_path / "profile")
    conn = sqlite3.connect(seeded_store)
    conn.row_factory = sqlite3.Row
    expected = [r["quote"] for r in quotes(conn, person="Brandon Johnson", search="bend")]
    assert sorted(row["text"] for row in page.rows) == sorted(expected)
    assert len(expected) == 2


def test_the_canned_queries_answer_in_the_browser(server: str, seeded_store: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(seeded_store)
    conn.row_factory = sqlite3.Row
    said = shown(f"{server}/seeds/what_did_person_say?person=Homan", tmp_path / "profile")
    assert [(row["speaker"], row["quote"]) for row in said.rows] == [
        (r["speaker"], r["quote"]) for r in quotes(conn, person="Homan")
    ]
    assert len(said.rows) >= 5 and {row["speaker"] for row in said.rows} == {"Tom Homan"}

    stand = shown(f"{server}/stance/where_does_city_stand?city={quote('Los Angeles')}", tmp_path / "profile")
    verdict = next(row for row in stances(conn) if row["city"] == "Los Angeles")
    first = stand.rows[0]
    assert (first["city"], first["stance"], first["evidence_count"]) == (
        "Los Angeles", verdict["stance"], str(verdict["evidence_count"])
    )


def test_the_screenshot_of_the_quotes_page(server: str, tmp_path: Path) -> None:
    shot = tmp_path / "serve.png"
    size = (1280, 1500)
    result = chromium(tmp_path / "profile", f"--screenshot={shot}", f"--window-size={size[0]},{size[1]}",
                      f"{server}/seeds/quotes?_search=going&_nocol=start&_nocol=end&_nocol=speaker_key")
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    pixels = Counter(png_pixels(shot))
    assert sum(pixels.values()) == size[0] * size[1]
    assert len(pixels) > 200, "the page looks blank"
    if os.environ.get("SANCTUARY_SCREENSHOTS"):
        (ROOT / "docs" / "serve.png").write_bytes(shot.read_bytes())


def test_the_stance_table_lists_every_verdict_of_sanctuary_stance(
    server: str, seeded_store: Path, tmp_path: Path
) -> None:
    page = shown(f"{server}/stance/stance?_sort=city", tmp_path / "profile")
    conn = sqlite3.connect(seeded_store)
    conn.row_factory = sqlite3.Row
    expected = sorted((r["city"], r["state"], r["stance"]) for r in stances(conn))
    assert [(row["city"], row["state"], row["stance"]) for row in page.rows] == expected
    assert ("Chicago", "IL", "resist") in expected
