"""The command line: a thin layer over consistency.api. No domain logic here."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from consistency import __version__
from consistency.model import ConsistencyError, ExitCode, Severity
from consistency.reporting import FORMATS

app = typer.Typer(
    name="consistency",
    help="Find where news outlets covering the same story disagree on the facts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


class TableFormat(StrEnum):
    csv = "csv"
    json = "json"
    parquet = "parquet"


class FailLevel(StrEnum):
    info = "info"
    warning = "warning"
    error = "error"
    none = "none"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(ExitCode.USAGE_OR_INPUT)


def _emit(text: str, output: str | None) -> None:
    if output:
        from consistency.fileio import write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            raise _fail(f"{output}: cannot write ({exc.strerror}); check the path") from None
    else:
        sys.stdout.write(text)


def _report_inputs(report) -> None:
    for w in report.warnings:
        typer.echo(f"warning: {w}", err=True)
    for e in report.errors:
        typer.echo(f"error: {e}", err=True)
    for p in report.problems:
        typer.echo(f"error: {p}", err=True)


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


def _outputs(outputs: list[str], fmt: CheckFormat) -> list[tuple[str, str | None]]:
    """(format, path) pairs: "FORMAT:PATH" writes that format; a bare PATH takes --format;
    stdout gets --format when no bare PATH is given."""
    pairs: list[tuple[str, str | None]] = []
    bare = False
    for item in outputs:
        name, sep, path = item.partition(":")
        if sep and name.isalpha() and name not in CheckFormat.__members__:
            raise _fail(
                f"--output {item}: unknown format '{name}'; choose one of "
                f"{', '.join(CheckFormat.__members__)}"
            )
        if sep and name in CheckFormat.__members__:
            if not path:
                raise _fail(f"--output {item}: give a path after '{name}:'")
            pairs.append((name, path))
        else:
            pairs.append((fmt.value, item))
            bare = True
    if not bare:
        pairs.insert(0, (fmt.value, None))
    return pairs


def _config(path: str | None, cache: str | None = None, no_cache: bool = False):
    from dataclasses import replace

    from consistency.config import load_config

    cfg = load_config(path)
    if no_cache:
        return replace(cfg, cache="")
    if cache:
        return replace(cfg, cache=cache)
    return cfg


def _run(jobs: int, engine, scheduler: str | None, *, keep: bool):
    from consistency.api import Run

    if engine == Engine.dask and not scheduler:
        raise _fail("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
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


def _gate(cfg, paths, changed, since, baseline_path, no_inline):
    from consistency import gate as gating
    from consistency.api import Gate
    from consistency.config import fingerprint
    from consistency.gate import baseline as bl

    selected: set[str] | None = None
    if changed:
        missing = [c for c in changed if not Path(c).exists()]
        if missing:
            raise _fail(f"--changed {missing[0]}: no such file; check the path")
        selected = gating.resolved(changed)
    if since:
        selected = (selected or set()) | gating.changed_since(since, paths)
    base = None
    path = baseline_path or cfg.baseline
    if path:
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
    config: Annotated[
        str | None, typer.Option("--config", help="Configuration file to use.")
    ] = None,
    skip_bad_input: Annotated[
        bool,
        typer.Option(
            "--skip-bad-input",
            help="Report unreadable files and lines but do not exit 2 for them.",
        ),
    ] = False,
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
    baseline: Annotated[
        str | None,
        typer.Option("--baseline", help="Hide the findings recorded in this baseline file."),
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
    cache: Annotated[str | None, typer.Option("--cache", help="Claim cache file (SQLite).")] = None,
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
    try:
        cfg = _config(config, cache, no_cache)
        gate = _gate(cfg, paths, changed, since, baseline, no_inline)
        report = run_check(
            paths, cfg, gate, _run(jobs, engine, scheduler, keep=False), stories=stories.value
        )
    except ConsistencyError as exc:
        raise _fail(str(exc)) from None
    skip_bad_input = skip_bad_input or cfg.skip_bad_input
    level = fail_level.value if fail_level else cfg.fail_level
    for name, path in targets:
        color = (
            name == "text" and path is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        )
        opts = RenderOptions(
            min_severity=min_severity or cfg.min_severity, fail_level=level, color=color
        )
        _emit(render(name, report, opts), path)
    _report_inputs(report)
    failing = level != "none" and any(
        f.severity.rank >= Severity(level).rank for f in report.findings
    )
    if report.problems or (report.errors and not skip_bad_input):
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)
    if failing and not exit_zero:
        raise typer.Exit(ExitCode.FINDINGS)


@app.command()
def export(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
    out_dir: Annotated[str, typer.Option("--dir", "-d", help="Folder to write the tables in.")],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Table format.")
    ] = ExportFormat.csv,
    config: Annotated[
        str | None, typer.Option("--config", help="Configuration file to use.")
    ] = None,
    skip_bad_input: Annotated[
        bool,
        typer.Option(
            "--skip-bad-input",
            help="Report unreadable files and lines but do not exit 2 for them.",
        ),
    ] = False,
) -> None:
    """Write the articles, claims, alignments and findings tables (they join on their ids)."""
    from consistency.api import check as run_check
    from consistency.config import load_config
    from consistency.reporting.exports import write_tables

    try:
        cfg = load_config(config)
        report = run_check(paths, cfg)
        written = write_tables(report, out_dir, fmt.value)
    except ConsistencyError as exc:
        raise _fail(str(exc)) from None
    except ImportError:
        raise _fail("Parquet needs pyarrow: pip install 'consistency[parquet]'") from None
    except OSError as exc:
        raise _fail(f"{out_dir}: cannot write ({exc.strerror}); check the path") from None
    for path in written:
        typer.echo(path)
    _report_inputs(report)
    if report.problems or (report.errors and not skip_bad_input):
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)


def _who(by: str | None) -> str:
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


DEFAULT_BASELINE = ".consistency-baseline.json"


@app.command("baseline")
def baseline_cmd(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
    output: Annotated[
        str, typer.Option("--output", "-o", help="The baseline file to create or update.")
    ] = DEFAULT_BASELINE,
    add_new: Annotated[
        bool,
        typer.Option("--add-new", help="When updating, also record findings not yet in it."),
    ] = False,
    config: Annotated[
        str | None, typer.Option("--config", help="Configuration file to use.")
    ] = None,
) -> None:
    """Record today's findings as known, or update a baseline.

    Findings that no longer occur are dropped; new ones are added only with --add-new
    (always for a new file). Editors' decisions are kept.
    """
    from consistency.api import check as run_check
    from consistency.config import fingerprint
    from consistency.gate import baseline as bl

    try:
        cfg = _config(config)
        report = run_check(paths, cfg)
        exists = Path(output).exists()
        base = bl.load(output) if exists else bl.Baseline()
    except ConsistencyError as exc:
        raise _fail(str(exc)) from None
    added, dropped = bl.update(
        base, report.findings, fingerprint(cfg), add_new=add_new or not exists
    )
    try:
        bl.save(output, base)
    except OSError as exc:
        raise _fail(f"{output}: cannot write ({exc.strerror}); check the path") from None
    _report_inputs(report)
    typer.echo(
        f"{output}: {len(base.findings)} findings recorded ({added} added, {dropped} dropped)"
    )
    if report.errors or report.problems:
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)


class TriageState(StrEnum):
    open = "open"
    confirmed = "confirmed"
    dismissed = "dismissed"
    wont_fix = "wont-fix"


@app.command()
def triage(
    finding_id: Annotated[
        str | None, typer.Argument(help="The finding id, e.g. NUM001-3f2a9c1b2d4e5f60.")
    ] = None,
    state: Annotated[TriageState | None, typer.Option("--state", help="The decision.")] = None,
    reason: Annotated[str | None, typer.Option("--reason", help="Why (required).")] = None,
    import_file: Annotated[
        str | None,
        typer.Option("--import", help="Decisions exported from the HTML report (JSON)."),
    ] = None,
    by: Annotated[str | None, typer.Option("--by", help="Who decided (default: git user).")] = None,
    baseline: Annotated[
        str, typer.Option("--baseline", help="The baseline file that keeps decisions.")
    ] = DEFAULT_BASELINE,
) -> None:
    """Record an editor's decision on a finding, or import the decisions an editor made
    in the HTML report (for scripts; see also 'audit')."""
    from consistency.gate import baseline as bl

    if import_file:
        if finding_id or state or reason:
            raise _fail("--import takes no finding id, --state or --reason")
        try:
            decisions = bl.read_decisions(import_file)
        except ConsistencyError as exc:
            raise _fail(str(exc)) from None
    else:
        if not (finding_id and state and reason and reason.strip()):
            raise _fail("give FINDING_ID, --state and --reason (or --import FILE)")
        decisions = [(finding_id, state.value, reason.strip())]
    who = _who(by)
    try:
        for fid, _, _ in decisions:
            bl.check_id(fid)
        base = bl.load_or_new(baseline)
        for fid, st, why in decisions:
            entry = bl.decide(base, fid, st, why, who)
            typer.echo(f"{fid}: {entry.state} by {entry.by} ({entry.reason})")
        bl.save(baseline, base)
    except ConsistencyError as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(f"{baseline}: cannot write ({exc.strerror}); check the path") from None


@app.command()
def audit(
    paths: Annotated[list[str] | None, typer.Argument(help="Article files or folders.")] = None,
    baseline: Annotated[
        str, typer.Option("--baseline", help="The baseline file that keeps decisions.")
    ] = DEFAULT_BASELINE,
    stats: Annotated[
        bool, typer.Option("--stats", help="Print per-rule precision from the decisions.")
    ] = False,
    by: Annotated[str | None, typer.Option("--by", help="Who decides (default: git user).")] = None,
    config: Annotated[
        str | None, typer.Option("--config", help="Configuration file to use.")
    ] = None,
) -> None:
    """Review open findings one by one and record each decision in the baseline."""
    from consistency.gate import baseline as bl

    try:
        base = bl.load_or_new(baseline)
    except ConsistencyError as exc:
        raise _fail(str(exc)) from None
    if stats:
        typer.echo(f"{'rule':8} {'confirmed':>9} {'dismissed':>9} {'open':>5}  precision")
        for rule, c, d, u, share in bl.precision(base):
            shown = f"{share:.0%}" if share is not None else "-"
            typer.echo(f"{rule:8} {c:>9} {d:>9} {u:>5}  {shown}")
        return
    if not paths:
        raise _fail("give the article files or folders to review (or --stats)")
    from consistency.api import check as run_check
    from consistency.cli.audit import review

    try:
        cfg = _config(config)
        report = run_check(paths, cfg)
    except ConsistencyError as exc:
        raise _fail(str(exc)) from None
    _report_inputs(report)
    done = review(report.findings, base, who=_who(by), save=lambda: bl.save(baseline, base))
    typer.echo(f"{done} decisions recorded in {baseline}")


@app.command()
def stories(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
) -> None:
    """Find the stories in a mixed set of articles and say why each article joined."""
    from consistency.load import load_articles
    from consistency.run.stories import cluster, explain

    loaded = load_articles(paths)
    sys.stdout.write(explain(cluster(loaded.articles)))
    for w in loaded.warnings:
        typer.echo(f"warning: {w}", err=True)
    for e in loaded.errors:
        typer.echo(f"error: {e}", err=True)
    if loaded.errors:
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)


config_app = typer.Typer(help="The configuration.", no_args_is_help=True)
app.add_typer(config_app, name="config")


@config_app.command("show")
def config_show(
    config: Annotated[
        str | None, typer.Option("--config", help="Configuration file to use.")
    ] = None,
) -> None:
    """Print the effective configuration and where each value came from."""
    from consistency.config import describe

    try:
        cfg = _config(config)
    except ConsistencyError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"# configuration file: {cfg.path or '(none found; defaults)'}")
    for key, value, where in describe(cfg):
        typer.echo(f"{key} = {value}    # {where}")


@app.command()
def claims(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders.")],
    fmt: Annotated[
        TableFormat, typer.Option("--format", "-f", help="Table format.")
    ] = TableFormat.csv,
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    skip_bad_input: Annotated[
        bool,
        typer.Option(
            "--skip-bad-input",
            help="Report unreadable files and lines but do not exit 2 for them.",
        ),
    ] = False,
) -> None:
    """Print the normalized claims table."""
    from consistency.load import load_articles
    from consistency.normalize import normalize
    from consistency.reporting.tables import render_table

    loaded = load_articles(paths)
    notes: list[str] = []
    cl = normalize(loaded.articles, notes)
    loaded.warnings.extend(notes)
    if fmt == TableFormat.parquet and not output:
        raise _fail("--format parquet needs --output FILE")
    try:
        data = render_table(cl, fmt.value)
    except ImportError:
        raise _fail("Parquet needs pyarrow: pip install 'consistency[parquet]'") from None
    if isinstance(data, bytes):
        from consistency.fileio import write_atomic

        write_atomic(output, data)
    else:
        _emit(data, output)
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
        raise _fail(f"unknown rule '{code}'; run 'consistency rules' for the list")
    typer.echo(f"{rule.code} {rule.name} (default severity: {rule.severity.value})\n")
    typer.echo(rule.doc.strip())


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
