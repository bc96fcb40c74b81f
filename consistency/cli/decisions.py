"""The commands that keep editors' decisions in the baseline: baseline, triage, audit."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from consistency.cli import app
from consistency.cli.options import (
    DEFAULT_BASELINE,
    BaselineFileOption,
    ByOption,
    ConfigOption,
    OptionalPathsArgument,
    PathsArgument,
    decider,
    fail,
    report_inputs,
    resolve_config,
)
from consistency.model import ConsistencyError, ExitCode


class TriageState(StrEnum):
    open = "open"
    confirmed = "confirmed"
    dismissed = "dismissed"
    wont_fix = "wont-fix"


@app.command("baseline")
def baseline_cmd(
    paths: PathsArgument,
    output: Annotated[
        str, typer.Option("--output", "-o", help="The baseline file to create or update.")
    ] = DEFAULT_BASELINE,
    add_new: Annotated[
        bool,
        typer.Option("--add-new", help="When updating, also record findings not yet in it."),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Record today's findings as known, or update a baseline.

    Findings that no longer occur are dropped; new ones are added only with --add-new
    (always for a new file). Editors' decisions are kept.
    """
    from consistency.api import check as run_check
    from consistency.config import fingerprint
    from consistency.gate import baseline as bl

    try:
        cfg = resolve_config(config)
        report = run_check(paths, cfg)
        exists = Path(output).exists()
        base = bl.load(output) if exists else bl.Baseline()
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    added, dropped = bl.update(
        base, report.findings, fingerprint(cfg), add_new=add_new or not exists
    )
    try:
        bl.save(output, base)
    except OSError as exc:
        raise fail(f"{output}: cannot write ({exc.strerror}); check the path") from None
    report_inputs(report)
    typer.echo(
        f"{output}: {len(base.findings)} findings recorded ({added} added, {dropped} dropped)"
    )
    if report.errors or report.problems:
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)


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
    by: ByOption = None,
    baseline: BaselineFileOption = DEFAULT_BASELINE,
) -> None:
    """Record an editor's decision on a finding, or import the decisions an editor made
    in the HTML report (for scripts; see also 'audit')."""
    from consistency.gate import baseline as bl

    if import_file:
        if finding_id or state or reason:
            raise fail("--import takes no finding id, --state or --reason")
        try:
            decisions = bl.read_decisions(import_file)
        except ConsistencyError as exc:
            raise fail(str(exc)) from None
    else:
        if not (finding_id and state and reason and reason.strip()):
            raise fail("give FINDING_ID, --state and --reason (or --import FILE)")
        decisions = [bl.Decision(finding_id, state.value, reason.strip())]
    who = decider(by)  # an imported decision keeps who made it in the page
    unknown = []
    try:
        for d in decisions:
            bl.check_id(d.id)
        base = bl.load_or_new(baseline)
        for d in decisions:
            new = d.id not in base.findings
            entry = (
                bl.record(base, d, who)
                if import_file
                else bl.decide(base, d.id, d.state, d.reason, who)
            )
            if entry is None:
                unknown.append(d.id)
                continue
            note = " (new in the baseline)" if new and import_file else ""
            typer.echo(f"{d.id}: {entry.state} by {entry.by} ({entry.reason}){note}")
        bl.save(baseline, base)
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    except OSError as exc:
        raise fail(f"{baseline}: cannot write ({exc.strerror}); check the path") from None
    for fid in unknown:
        typer.echo(
            f"error: {import_file}: {fid}: not in the baseline and not a finding of the "
            "exported report; skipped (export the decisions from a report that shows it)",
            err=True,
        )
    if unknown:
        raise typer.Exit(ExitCode.USAGE_OR_INPUT)


@app.command()
def audit(
    paths: OptionalPathsArgument = None,
    baseline: BaselineFileOption = DEFAULT_BASELINE,
    stats: Annotated[
        bool, typer.Option("--stats", help="Print per-rule precision from the decisions.")
    ] = False,
    by: ByOption = None,
    config: ConfigOption = None,
) -> None:
    """Review open findings one by one and record each decision in the baseline."""
    from consistency.gate import baseline as bl

    try:
        base = bl.load_or_new(baseline)
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    if stats:
        typer.echo(
            f"{'rule':8} {'confirmed':>9} {'wont-fix':>8} {'dismissed':>9} {'open':>5}  precision"
        )
        for rule, c, w, d, u, share in bl.precision(base):
            shown = f"{share:.0%}" if share is not None else "-"
            typer.echo(f"{rule:8} {c:>9} {w:>8} {d:>9} {u:>5}  {shown}")
        typer.echo("precision: (confirmed + wont-fix) / decided; a won't-fix is a true finding")
        return
    if not paths:
        raise fail("give the article files or folders to review (or --stats)")
    from consistency.api import check as run_check
    from consistency.cli.audit import review

    try:
        cfg = resolve_config(config)
        report = run_check(paths, cfg)
    except ConsistencyError as exc:
        raise fail(str(exc)) from None
    report_inputs(report)
    done = review(report.findings, base, who=decider(by), save=lambda: bl.save(baseline, base))
    typer.echo(f"{done} decisions recorded in {baseline}")
