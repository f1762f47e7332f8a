"""The report as a browser draws it: headless Chromium renders the page, takes a screenshot,
and we check every chart drew, in its colours, with no console errors."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from sanctuary_cli.ingest import Options, ingest
from sanctuary_cli.report import write_report
from sanctuary_cli.report.page import ARTICLES_COLOUR, OFFICIAL, QUOTES_COLOUR, STANCE_COLOURS
from tests.conftest import SEEDS
from tests.test_export import make_store, opened
from tests.test_report import CHARTS, Page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
WINDOW = (1280, 1800)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium: apt-get install -y chromium"),
]


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium offline, with its console messages logged to stderr."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
        "--hide-scrollbars", "--enable-logging=stderr", "--v=0", *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def console_errors(log: str) -> list[str]:
    """Console lines: the page has no scripts, so any message there is a fault."""
    return [line for line in log.splitlines() if "Uncaught" in line or ":CONSOLE" in line]


def png_pixels(path: Path) -> Iterator[tuple[int, int, int]]:
    """The RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, "unexpected PNG layout"
    channels = 4 if colour_type == 6 else 3
    stride = width * channels
    raw = zlib.decompress(idat)
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        line = _unfilter(raw[start], bytearray(raw[start + 1:start + 1 + stride]), previous, channels)
        for x in range(0, stride, channels):
            yield line[x], line[x + 1], line[x + 2]
        previous = line


def _unfilter(kind: int, line: bytearray, above: bytearray, bpp: int) -> bytearray:
    """Undo one scanline's PNG filter (None, Sub, Up, Average, Paeth)."""
    for i in range(len(line)):
        left = line[i - bpp] if i >= bpp else 0
        up = above[i]
        corner = above[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 0xFF
        elif kind == 2:
            line[i] = (line[i] + up) & 0xFF
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 0xFF
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            nearest = left if pa <= pb and pa <= pc else up if pb <= pc else corner
            line[i] = (line[i] + nearest) & 0xFF
    return line


def rgb(hex_colour: str) -> tuple[int, int, int]:
    value = int(hex_colour.lstrip("#"), 16)
    return value >> 16, (value >> 8) & 0xFF, value & 0xFF


@pytest.fixture
def report(isolated_store: Path, tmp_path: Path) -> Path:
    """The report of the small hand-made store."""
    make_store(isolated_store)
    out = tmp_path / "report.html"
    with opened(isolated_store) as conn:
        write_report(conn, out)
    return out


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the seed articles, made as a user makes it: ingest, then ``sanctuary report``."""
    folder = tmp_path_factory.mktemp("seeds")
    store = folder / "store.db"
    ingest([SEEDS], store, Options(workers=1))
    out = folder / "report.html"
    result = CliRunner().invoke(cli, ["report", "--store", str(store), "--out", str(out)],
                                env={"SANCTUARY_STORE": ""})
    assert result.exit_code == 0, result.output
    return out


def assert_every_chart_drew(report: Path, profile: Path) -> None:
    result = chromium(profile, "--dump-dom", report.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert console_errors(result.stderr) == []
    page = Page(result.stdout)  # the DOM as the browser built it, not the file as written
    assert set(page.charts) == set(CHARTS)
    for kind in CHARTS:
        assert float(page.charts[kind]["width"]) > 100 and float(page.charts[kind]["height"]) > 30, kind
        assert page.marks[kind] > 0, f"the {kind} chart is empty"


def test_chromium_draws_every_chart_without_console_errors(report: Path, tmp_path: Path) -> None:
    assert_every_chart_drew(report, tmp_path / "profile")


def test_chromium_draws_every_chart_of_the_seeds_report(seeds_report: Path, tmp_path: Path) -> None:
    assert_every_chart_drew(seeds_report, tmp_path / "profile")
    shot = tmp_path / "seeds.png"
    result = chromium(tmp_path / "profile", f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                      seeds_report.as_uri())
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    pixels = Counter(png_pixels(shot))
    assert len(pixels) > 200, "the page looks blank"
    assert pixels[rgb(STANCE_COLOURS["resist"])] > 400, "no city drawn as resisting"


def test_the_screenshot_shows_the_charts_in_their_colours(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    result = chromium(tmp_path / "profile", f"--screenshot={shot}", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                      report.as_uri())
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    assert console_errors(result.stderr) == []
    pixels = Counter(png_pixels(shot))
    assert sum(pixels.values()) == WINDOW[0] * WINDOW[1]
    assert len(pixels) > 200, "the page looks blank"
    # Each chart's marks are solid fills: count the pixels of each chart's colours.
    drawn = {
        "stance (resist)": STANCE_COLOURS["resist"],
        "stance (cooperate)": STANCE_COLOURS["cooperate"],
        "quotes per official": OFFICIAL,
        "articles over time": ARTICLES_COLOUR,
        "quotes over time": QUOTES_COLOUR,
    }
    for chart, colour in drawn.items():
        assert pixels[rgb(colour)] > 400, f"{chart} did not draw ({pixels[rgb(colour)]} pixels of {colour})"
