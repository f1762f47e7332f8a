"""The ``sanctuary`` command group. Each command lives in its own module."""

from __future__ import annotations

from typing import Any

import click

from sanctuary_cli import __version__
from sanctuary_cli.errors import SanctuaryError

EXIT_INTERRUPTED = 130


class SanctuaryGroup(click.Group):
    """Turns the library's own errors into one-line messages at the edge."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SanctuaryError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=SanctuaryGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sanctuary")
def cli() -> None:
    """Who said what about sanctuary cities: analyse a folder of news articles.

    \b
    Exit codes: 0 all good, 1 some inputs failed or an error, 2 usage error,
    130 interrupted.
    """


def _register() -> None:
    from sanctuary_cli.cli import articles, evaluate, export, ingest, people, quotes, show, stance

    for module in (ingest, articles, people, quotes, show, stance, evaluate, export):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="sanctuary")
