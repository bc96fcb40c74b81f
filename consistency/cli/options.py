"""What the commands share: the options and arguments more than one command takes, each
declared once, and the small helpers every command uses."""

from __future__ import annotations

import os
import sys
from typing import Annotated, TypeVar

import typer

from consistency.model import ExitCode

T = TypeVar("T")

DEFAULT_BASELINE = ".consistency-baseline.json"

# PATHS of the commands that read articles; Paths[list[str] | None] when they are optional
Paths = Annotated[T, typer.Argument(help="Article files or folders.")]
PathsArgument = Paths[list[str]]
OptionalPathsArgument = Paths[list[str] | None]

ConfigOption = Annotated[str | None, typer.Option("--config", help="Configuration file to use.")]

SkipBadInputOption = Annotated[
    bool,
    typer.Option(
        "--skip-bad-input",
        help="Report unreadable files and lines but do not exit 2 for them.",
    ),
]

# the table commands never read or write the cache; they take --no-cache, as check does, so
# that one script can pass it to every command
NoCacheAcceptedOption = Annotated[
    bool,
    typer.Option("--no-cache", help="Accepted for scripts: this command never uses the cache."),
]

# --format of the table commands; the type is the command's own choice of formats
TableFormatOption = Annotated[T, typer.Option("--format", "-f", help="Table format.")]

BaselineFileOption = Annotated[
    str, typer.Option("--baseline", help="The baseline file that keeps decisions.")
]

ByOption = Annotated[str | None, typer.Option("--by", help="Who decides (default: git user).")]


def fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(ExitCode.USAGE_OR_INPUT)


def emit(text: str | bytes, output: str | None) -> None:
    """Write a report to `output` (see fileio.write_output), else to standard output."""
    if output:
        from consistency.fileio import write_output

        try:
            write_output(output, text)
        except OSError as exc:
            raise fail(f"{output}: cannot write ({exc.strerror}); check the path") from None
    elif isinstance(text, bytes):
        sys.stdout.buffer.write(text)
    else:
        sys.stdout.write(text)


def report_inputs(report) -> None:
    """Every warning and error on standard error, one line each, control characters of
    article text shown, never obeyed by the terminal."""
    from consistency.reporting.common import visible

    for w in report.warnings:
        typer.echo(f"warning: {visible(w)}", err=True)
    for e in report.errors:
        typer.echo(f"error: {visible(str(e))}", err=True)
    for p in report.problems:
        typer.echo(f"error: {visible(p)}", err=True)


def resolve_config(path: str | None, cache: str | None = None, no_cache: bool = False):
    from dataclasses import replace

    from consistency.config import load_config

    cfg = load_config(path)
    if no_cache:
        return replace(cfg, cache="")
    if cache:
        return replace(cfg, cache=cache)
    return cfg


def decider(by: str | None) -> str:
    """Who records a decision: --by, else $CONSISTENCY_USER, the git user or $USER."""
    if by:
        return by
    if os.environ.get("CONSISTENCY_USER"):
        return os.environ["CONSISTENCY_USER"]
    import subprocess

    try:
        name = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        name = ""
    return name or os.environ.get("USER", "") or "unknown"
