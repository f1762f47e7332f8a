"""``sanctuary info``: which store is in use and what it holds."""

from __future__ import annotations

from pathlib import Path

import click

from sanctuary_cli.cli.common import format_option, open_store, store_option
from sanctuary_cli.render import render, render_json, stdout

HOW = {"--store": "given with --store", "$SANCTUARY_STORE": "from $SANCTUARY_STORE",
       "found": "found from the current folder upward", "default": "the default"}


@click.command("info")
@format_option
@store_option
def info_cli(fmt: str, store: Path | None) -> None:
    """The store in use (and why that one), its schema version, counts and last ingest."""
    with open_store(store) as opened:
        info = opened.info()
    if fmt == "json":
        render_json(info.to_dict())
        return
    rows = [
        {"field": "store", "value": f"{info.path} ({HOW.get(info.chosen_by, info.chosen_by)})"},
        {"field": "schema", "value": f"version {info.schema_version}"},
        {"field": "size", "value": f"{info.size_bytes / 1e6:.1f} MB"},
        *({"field": name, "value": str(count)} for name, count in info.counts.items()),
        {"field": "last ingest", "value": info.last_ingest or "never"},
    ]
    if fmt == "table":
        console = stdout()
        for row in rows:
            console.print(f"{row['field']:<12} {row['value']}", markup=False, highlight=False)
        return
    render(rows, fmt)


COMMANDS = [info_cli]
