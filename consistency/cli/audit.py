"""The interactive review: each open finding with both sides, one key per decision."""

from __future__ import annotations

from collections.abc import Callable

import typer

from consistency.gate.baseline import Baseline, decide
from consistency.model import Finding

_KEYS = {"c": "confirmed", "d": "dismissed", "w": "wont-fix", "s": "", "q": "quit"}


def _show(f: Finding, n: int, total: int) -> None:
    typer.echo("")
    typer.echo(f"[{n}/{total}] {f.severity.value.upper()} {f.rule} {f.name}  ({f.id})")
    typer.echo(f"  {f.message}")
    for e in f.evidence:
        i = e.sentence.find(e.text)
        marked = (
            e.sentence[:i] + "[[" + e.text + "]]" + e.sentence[i + len(e.text) :]
            if i >= 0
            else e.sentence
        )
        typer.echo(f"  - {e.source} ({e.path}:{e.line}:{e.column})")
        typer.echo(f"    {marked}")


def review(
    findings: list[Finding], baseline: Baseline, *, who: str, save: Callable[[], None]
) -> int:
    """Ask about every finding that is not decided yet; save after each answer, so an
    interrupted review keeps what was decided. Returns the number of decisions."""
    todo = [
        f
        for f in findings
        if f.id not in baseline.findings or baseline.findings[f.id].state == "open"
    ]
    if not todo:
        typer.echo("nothing to review: every finding has a decision")
        return 0
    done = 0
    for n, f in enumerate(todo, start=1):
        _show(f, n, len(todo))
        while True:
            key = (
                typer.prompt(
                    "  [c]onfirm, [d]ismiss (false positive), [w]ont-fix, [s]kip, [q]uit",
                    default="s",
                    show_default=False,
                )
                .strip()
                .lower()[:1]
            )
            if key in _KEYS:
                break
            typer.echo("  answer c, d, w, s or q")
        if key == "q":
            break
        if key == "s":
            continue
        reason = ""
        while not reason:
            reason = typer.prompt("  reason").strip()
        decide(baseline, f.id, _KEYS[key], reason, who)
        save()
        done += 1
    return done
