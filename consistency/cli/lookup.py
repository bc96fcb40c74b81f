"""The commands that look inside without checking: stories, config show, claims, rules,
explain."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer

from consistency.cli import app, config_app
from consistency.cli.options import (
    ConfigOption,
    NoCacheAcceptedOption,
    PathsArgument,
    SkipBadInputOption,
    TableFormatOption,
    emit,
    fail,
    resolve_config,
)
from consistency.model import ConsistencyError, ExitCode


class TableFormat(StrEnum):
    csv = "csv"
    json = "json"
    parquet = "parquet"


@app.command()
def stories(paths: PathsArgument) -> None:
    """Find the stories in a mixed set of articles and say why each article joined."""
    from consistency.api import selection
    from consistency.load import load_articles
    from consistency.run.stories import cluster, explain

    try:
        cfg = resolve_config(None)
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    loaded = load_articles(paths, selection(cfg))
    sys.stdout.write(explain(cluster(loaded.articles)))
    for w in loaded.warnings:
        typer.echo(f"warning: {w}", err=True)
    for e in loaded.errors:
        typer.echo(f"error: {e}", err=True)
    if loaded.errors:
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)


@config_app.command("show")
def config_show(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Folders to look in: says what is not read as an article, and why."),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Print the effective configuration and where each value came from, then what the
    folders given (default: the working directory) hold that is not read as an article."""
    from consistency.api import selection
    from consistency.config import describe
    from consistency.load import LoadResult, discover

    try:
        cfg = resolve_config(config)
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    typer.echo(f"# configuration file: {cfg.path or '(none found; defaults)'}")
    for key, value, where in describe(cfg):
        typer.echo(f"{key} = {value}    # {where}")
    found = LoadResult()
    articles = discover(paths or ["."], found, selection(cfg))
    typer.echo(
        f"# {len(articles)} article file(s) in {', '.join(paths or ['.'])}; "
        f"not read as articles: {len(found.skipped) or 'nothing'}"
    )
    for path, why in found.skipped:
        typer.echo(f"skipped {path}    # {why}")


@app.command()
def claims(
    paths: PathsArgument,
    fmt: TableFormatOption[TableFormat] = TableFormat.csv,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    skip_bad_input: SkipBadInputOption = False,
    no_cache: NoCacheAcceptedOption = False,
) -> None:
    """Print the normalized claims table (read afresh: the cache is not used)."""
    from consistency.api import selection
    from consistency.load import load_articles
    from consistency.normalize import normalize
    from consistency.reporting.tables import render_table
    from consistency.run.story import relocate

    try:
        cfg = resolve_config(None)
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    loaded = load_articles(paths, selection(cfg))
    notes: list[str] = []
    cl = normalize(loaded.articles, notes)
    relocate(cl, loaded.articles)
    loaded.warnings.extend(notes)
    if fmt == TableFormat.parquet and not output:
        raise fail("--format parquet needs --output FILE")
    try:
        data = render_table(cl, fmt.value, {a.article_id: a.story for a in loaded.articles})
    except ImportError:
        raise fail("Parquet needs pyarrow: pip install 'consistency[parquet]'") from None
    emit(data, output)
    for w in loaded.warnings:
        typer.echo(f"warning: {w}", err=True)
    for e in loaded.errors:
        typer.echo(f"error: {e}", err=True)
    if loaded.errors and not skip_bad_input:
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)


@app.command("rules")
def rules_cmd() -> None:
    """List the rules: code, name, default severity and summary."""
    from consistency.rules import ALL_RULES

    for r in ALL_RULES:
        typer.echo(f"{r.code}  {r.name:<24} {r.severity.value:<8} {r.summary}")


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A rule code or name, e.g. NUM001.")]) -> None:
    """Print one rule's documentation."""
    from consistency.rules import find_rule

    rule = find_rule(code)
    if rule is None:
        raise fail(f"unknown rule '{code}'; run 'consistency rules' for the list")
    typer.echo(f"{rule.code} {rule.name} (default severity: {rule.severity.value})\n")
    typer.echo(rule.doc.strip())
