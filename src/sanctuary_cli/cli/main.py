"""The ``sanctuary`` command group. Each command lives in its own module."""

from __future__ import annotations

import difflib
import importlib
from typing import Any

import click

from sanctuary_cli import __version__
from sanctuary_cli.errors import QueryError, SanctuaryError

EXIT_INTERRUPTED = 130


# Each command's module, imported only when that command runs, so a query
# never pays for importing the ingest, export or evaluation code.
COMMAND_MODULES = {
    "ingest": "ingest",
    "articles": "articles",
    "cities": "people",
    "people": "people",
    "quotes": "quotes",
    "stance": "stance",
    "show": "show",
    "evaluate": "evaluate",
    "export": "export",
    "report": "export",
    "info": "info",
    "serve": "serve",
}


class SanctuaryGroup(click.Group):
    """Loads commands lazily and turns the library's own errors into one-line messages."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMAND_MODULES.get(cmd_name)
        if module_name is None:
            return None
        module = importlib.import_module(f"sanctuary_cli.cli.{module_name}")
        commands: list[click.Command] = module.COMMANDS
        return next(command for command in commands if command.name == cmd_name)

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = click.utils.make_str(args[0]) if args else ""
        if args and name not in COMMAND_MODULES and not name.startswith("-"):
            near = difflib.get_close_matches(name, list(COMMAND_MODULES), n=2, cutoff=0.6)
            hint = f" Did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QueryError as exc:
            raise click.UsageError(str(exc), ctx) from exc
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


def main() -> None:
    cli(prog_name="sanctuary")
