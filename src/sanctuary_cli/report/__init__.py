"""A self-contained HTML report of the store: stance by city, a map, quotes per official, coverage over time.

``build_report`` returns the page as a string; ``write_report`` saves it. The
page needs no network to open: its styles are inline and its charts are SVG
drawn here (see ``svg.py`` for why).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sanctuary_cli.report.data import ReportData, ReportError, gather
from sanctuary_cli.report.page import render_page

__all__ = ["ReportData", "ReportError", "build_report", "gather", "write_report"]


def build_report(conn: sqlite3.Connection, city: str | None = None) -> str:
    """The report page for the whole store, or for the articles about one city."""
    return render_page(gather(conn, city))


def write_report(conn: sqlite3.Connection, out: Path, city: str | None = None, since: str | None = None,
                 until: str | None = None) -> ReportData:
    """Write the report to ``out`` (its folder is created) and return what it shows."""
    data = gather(conn, city, since, until)
    page = render_page(data)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise ReportError(f"cannot write {out}: {exc.strerror or exc}") from exc
    return data
