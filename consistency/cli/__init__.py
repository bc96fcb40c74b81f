"""The command line: a thin layer over consistency.api. No domain logic here.

This module makes the app; the commands live in check, decisions and lookup, and the
options and helpers they share in options.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from consistency import __version__
from consistency.model import ExitCode

app = typer.Typer(
    name="consistency",
    help="Find where news outlets covering the same story disagree on the facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
config_app = typer.Typer(help="The configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"consistency {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Find where news outlets covering the same story disagree on the facts."""


# the command modules register on app when imported; their order is the order in --help
from consistency.cli import check, decisions, lookup  # noqa: E402, F401


def main() -> None:
    """Console entry point: never a traceback; an unexpected failure is one line."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        typer.echo(
            f"error: internal error ({type(exc).__name__}: {exc}); please report it with "
            "the command and input that caused it",
            err=True,
        )
        sys.exit(ExitCode.INTERNAL)
