"""Docs that cannot go stale: every command has help, and CI runs the README's test command."""

from __future__ import annotations

import re

import click
from click.testing import CliRunner

from sanctuary_cli.cli.main import cli
from tests.conftest import ROOT


def _commands() -> dict[str, click.Command]:
    ctx = click.Context(cli)
    commands = {name: cli.get_command(ctx, name) for name in cli.list_commands(ctx)}
    return {name: command for name, command in commands.items() if command is not None}


def test_every_command_and_option_has_help() -> None:
    for name, command in _commands().items():
        assert command.help, f"sanctuary {name} has no help text"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"sanctuary {name} {param.opts[0]} has no help text"


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in _commands():
        assert name in result.output


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text()
    setup = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```(?:bash|sh)\n(.+?)\n```", setup, flags=re.M | re.S)


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = _readme_commands()
    assert len(commands) == 2, commands
    assert "sanctuary ingest seeds/" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert _readme_commands()[1] in ci


def test_every_command_module_is_registered() -> None:
    import importlib
    import pkgutil

    import sanctuary_cli.cli as package
    from sanctuary_cli.cli.main import COMMAND_MODULES

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"sanctuary_cli.cli.{info.name}")
        for command in getattr(module, "COMMANDS", []):
            assert COMMAND_MODULES.get(command.name) == info.name, f"{command.name} is not registered"
