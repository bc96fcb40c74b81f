"""The commands that check articles: check (reports) and export (tables)."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from consistency.cli import app
from consistency.cli.options import (
    DEFAULT_BASELINE,
    ConfigOption,
    NoCacheAcceptedOption,
    PathsArgument,
    SkipBadInputOption,
    TableFormatOption,
    emit,
    fail,
    report_inputs,
    resolve_config,
)
from consistency.model import ConsistencyError, ExitCode, Severity
from consistency.reporting import FORMATS

# the report registry is the one list of formats; the CLI offers exactly those
CheckFormat = StrEnum("CheckFormat", {name: name for name in FORMATS})


class StoryMode(StrEnum):
    given = "given"
    auto = "auto"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class ExportFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


class FailLevel(StrEnum):
    info = "info"
    warning = "warning"
    error = "error"
    none = "none"


def _outputs(outputs: list[str], fmt: CheckFormat) -> list[tuple[str, str | None]]:
    """(format, path) pairs: "FORMAT:PATH" writes that format; a bare PATH takes --format;
    stdout gets --format when no bare PATH is given."""
    pairs: list[tuple[str, str | None]] = []
    bare = False
    for item in outputs:
        name, sep, path = item.partition(":")
        if sep and name.isalpha() and name not in CheckFormat.__members__:
            raise fail(
                f"--output {item}: unknown format '{name}'; choose one of "
                f"{', '.join(CheckFormat.__members__)}"
            )
        if sep and name in CheckFormat.__members__:
            if not path:
                raise fail(f"--output {item}: give a path after '{name}:'")
            pairs.append((name, path))
        else:
            pairs.append((fmt.value, item))
            bare = True
    if not bare:
        pairs.insert(0, (fmt.value, None))
    return pairs


def _not_an_input(targets: list[tuple[str, str | None]], paths: list[str]) -> None:
    """Refuse an output that would replace one of the input files."""
    from consistency.load import SUFFIXES

    inputs = [Path(os.path.realpath(p)) for p in paths]
    for _, out in targets:
        if out is None:
            continue
        real = Path(os.path.realpath(out))
        for src in inputs:
            inside = src.is_dir() and real.is_relative_to(src) and real.is_file()
            if real == src or (inside and real.name.lower().endswith(SUFFIXES)):
                raise fail(
                    f"--output {out}: is one of the articles being checked (under {src}); "
                    "write the report elsewhere"
                )


def _run(jobs: int, engine, scheduler: str | None, *, keep: bool):
    from consistency.api import Run

    if engine == Engine.dask and not scheduler:
        raise fail("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    return Run(
        jobs=jobs,
        engine=engine.value,
        scheduler=scheduler,
        keep=keep,
        progress=_progress(),
    )


def _progress():
    """A progress bar on standard error for long runs at a terminal; None under CI or
    when standard error is not a terminal."""
    if not sys.stderr.isatty() or os.environ.get("CI") or os.environ.get("NO_PROGRESS"):
        return None
    from consistency.cli.progress import Bar

    return Bar()


def _gate(cfg, paths, changed, since, baseline_path, no_inline, staged=False):
    from consistency import gate as gating
    from consistency.api import Gate
    from consistency.config import fingerprint
    from consistency.gate import baseline as bl

    selected: set[str] | None = None
    if changed:
        missing = [c for c in changed if not Path(c).exists()]
        if missing:
            raise fail(f"--changed {missing[0]}: no such file; check the path")
        selected = gating.resolved(changed)
    if since:
        selected = (selected or set()) | gating.changed_since(since, paths)
    if staged:
        selected = (selected or set()) | gating.staged(paths)
    base = None
    path = baseline_path or cfg.baseline
    if path and not Path(path).exists():
        typer.echo(
            f"warning: {path}: no baseline yet, so every finding counts; start one with "
            f"'consistency baseline PATHS --output {path}'",
            err=True,
        )
    elif path:
        base = bl.load(path)
        if base.config and base.config != fingerprint(cfg):
            typer.echo(
                f"warning: {path}: made with another configuration (rules, severities or "
                "tolerances changed); run 'consistency baseline' to update it",
                err=True,
            )
    return Gate(
        changed=selected,
        baseline=base,
        inline_suppressions=cfg.inline_suppressions and not no_inline,
    )


def _failed(message: str, targets, cfg) -> None:
    """Write every requested output file with the error in it, so a CI step that always
    uploads the SARIF or the summary finds a file that says what went wrong."""
    from consistency.model import Report
    from consistency.reporting import RenderOptions, render
    from consistency.rules import catalogue

    report = Report(rules=catalogue(), failure=message)
    for name, path in targets:
        if path is not None:
            emit(render(name, report, RenderOptions(fail_level=cfg.fail_level)), path)


@app.command()
def check(
    paths: Annotated[
        list[str], typer.Argument(help="Article files or folders (.txt .md .json .jsonl).")
    ],
    fmt: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="Output format (standard output).")
    ] = CheckFormat.text,
    output: Annotated[
        list[str] | None,
        typer.Option(
            "--output",
            "-o",
            help="Write a report file: PATH (in --format) or FORMAT:PATH, e.g. "
            "sarif:out.sarif. Repeatable.",
        ),
    ] = None,
    min_severity: Annotated[
        Severity | None,
        typer.Option("--min-severity", help="Show findings at or above this level."),
    ] = None,
    fail_level: Annotated[
        FailLevel | None,
        typer.Option("--fail-level", help="Exit 1 on findings at or above this level."),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even with findings.")
    ] = False,
    config: ConfigOption = None,
    skip_bad_input: SkipBadInputOption = False,
    changed: Annotated[
        list[str] | None,
        typer.Option(
            "--changed",
            help="Report only findings this article takes part in (repeatable); it is "
            "still compared with its whole story.",
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help="Like --changed, for articles added or changed since this git ref."
        ),
    ] = None,
    staged: Annotated[
        bool,
        typer.Option(
            "--staged",
            help="Like --changed, for the article files staged for commit (pre-commit).",
        ),
    ] = False,
    baseline: Annotated[
        str | None,
        typer.Option(
            "--baseline",
            help="Hide the findings recorded in this baseline file (none yet: a warning).",
        ),
    ] = None,
    no_inline: Annotated[
        bool,
        typer.Option(
            "--no-inline-suppressions", help="Ignore <!-- consistency: ignore --> comments."
        ),
    ] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not use the claim cache.")
    ] = False,
    cache: Annotated[
        str | None,
        typer.Option("--cache", help="Claim cache file (SQLite), or a folder to keep it in."),
    ] = None,
    stories: Annotated[
        StoryMode,
        typer.Option("--stories", help="given: story field, else folder or file; auto: find them."),
    ] = StoryMode.given,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Local processes to use.")] = 1,
    engine: Annotated[
        Engine, typer.Option("--engine", help="local processes, or a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786)."),
    ] = None,
) -> None:
    """Check stories for contradictions between sources."""
    from consistency.api import check as run_check
    from consistency.reporting import RenderOptions, render

    targets = _outputs(output or [], fmt)
    _not_an_input(targets, paths)
    try:
        cfg = resolve_config(config, cache, no_cache)
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    try:
        gate = _gate(cfg, paths, changed, since, baseline, no_inline, staged)
        report = run_check(
            paths, cfg, gate, _run(jobs, engine, scheduler, keep=False), stories=stories.value
        )
    except ConsistencyError as exc:  # every output still written, holding the error
        _failed(str(exc), targets, cfg)
        raise fail(str(exc)) from None
    skip_bad_input = skip_bad_input or cfg.skip_bad_input
    level = fail_level.value if fail_level else cfg.fail_level
    for name, path in targets:
        color = (
            name == "text" and path is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        )
        opts = RenderOptions(
            min_severity=min_severity or cfg.min_severity, fail_level=level, color=color
        )
        emit(render(name, report, opts), path)
    report_inputs(report)
    failing = level != "none" and any(
        f.severity.rank >= Severity(level).rank for f in report.findings
    )
    if report.problems or (report.errors and not skip_bad_input):
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)
    if failing and not exit_zero:
        raise typer.Exit(ExitCode.FINDINGS)


@app.command()
def export(
    paths: PathsArgument,
    out_dir: Annotated[str, typer.Option("--dir", "-d", help="Folder to write the tables in.")],
    fmt: TableFormatOption[ExportFormat] = ExportFormat.csv,
    config: ConfigOption = None,
    skip_bad_input: SkipBadInputOption = False,
    no_cache: NoCacheAcceptedOption = False,
    baseline: Annotated[
        str | None,
        typer.Option(
            "--baseline",
            help="Read each finding's triage state from this baseline (default: the "
            "configuration's, else .consistency-baseline.json when it exists).",
        ),
    ] = None,
) -> None:
    """Write the articles, claims, alignments and findings tables (joined on ids; no cache)."""
    from consistency.api import check as run_check
    from consistency.config import load_config
    from consistency.gate import baseline as bl
    from consistency.reporting.exports import write_tables

    try:
        cfg = load_config(config)
        path = baseline or cfg.baseline or DEFAULT_BASELINE
        base = bl.load(path) if baseline or Path(path).exists() else bl.Baseline()
        decisions = {k: (e.state, e.reason, e.by) for k, e in base.findings.items()}
        report = run_check(paths, cfg)
        written = write_tables(report, out_dir, fmt.value, decisions)
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    except ImportError:
        raise fail("Parquet needs pyarrow: pip install 'consistency[parquet]'") from None
    except OSError as exc:
        raise fail(f"{out_dir}: cannot write ({exc.strerror}); check the path") from None
    for path in written:
        typer.echo(path)
    report_inputs(report)
    if report.problems or (report.errors and not skip_bad_input):
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)
