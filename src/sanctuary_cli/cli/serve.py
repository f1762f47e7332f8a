"""``sanctuary serve``: the store in Datasette, read-only, in a web browser."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import click

from sanctuary_cli.cli.common import store_option
from sanctuary_cli.serve import DEFAULT_HOST, DEFAULT_PORT, serve


@click.command("serve")
@store_option
@click.option("--host", default=DEFAULT_HOST, show_default=True,
              help="Address to listen on (0.0.0.0 makes it reachable from other machines).")
@click.option("--port", "-p", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port to listen on.")
def serve_cli(store: Path | None, host: str, port: int) -> None:
    """Browse the store in Datasette (extra [web]), read-only, until Ctrl-C.

    Tables with descriptions and facets, full-text search on quotes, each
    city's stance, and a query per question: where does CITY stand, what did
    PERSON say, evidence for CITY. It serves the store as it is when the server
    starts; restart it after an ingest.
    """
    serve(store, host, port, announce=partial(click.echo, err=True))


COMMANDS = [serve_cli]
