"""The CI gate: keep the findings that concern changed articles and are not in the baseline.

Runs after the rules and before the reports; it never changes a finding, only which are
reported.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from consistency.gate.baseline import Baseline
from consistency.model import ConsistencyError, Finding


def changed_since(ref: str, paths: list[str]) -> set[str]:
    """Article files added or changed since git REF (committed, staged, or not yet added),
    as resolved paths."""

    if ref.startswith("-") or not ref.strip():
        raise ConsistencyError(f"--since {ref}: not a git ref (refs never start with '-')")
    first = Path(paths[0]) if paths else Path.cwd()
    where = first if first.is_dir() else first.parent  # git runs where the articles are

    def git(*args: str) -> list[str]:
        """git's NUL-separated output (-z: names never quoted), decoded as file names."""
        try:
            raw = subprocess.run(["git", *args], capture_output=True, check=True, cwd=where).stdout
        except FileNotFoundError:
            raise ConsistencyError("--since needs git on the PATH") from None
        except subprocess.CalledProcessError as exc:
            msg = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
            raise ConsistencyError(
                f"--since {ref}: git failed ({msg[-1] if msg else exc.returncode}); "
                "is this a git checkout and the ref right?"
            ) from None
        return [os.fsdecode(x) for x in raw.split(b"\0") if x]

    top = Path(git("rev-parse", "--show-toplevel")[0].rstrip("\n"))  # one line: no -z here
    scope = [str(Path(p).resolve()) for p in paths]
    names = git(
        "diff", "-z", "--name-only", "--diff-filter=ACMR", "--end-of-options", ref, "--", *scope
    )
    names += git("ls-files", "-z", "--others", "--exclude-standard", "--full-name", "--", *scope)
    return _as_shown({os.path.realpath(top / n) for n in names})


def staged(paths: list[str]) -> set[str]:
    """Files staged for the next commit (added, changed, renamed), as resolved paths; works
    in a repository without any commit yet."""
    first = Path(paths[0]) if paths else Path.cwd()
    where = first if first.is_dir() else first.parent
    try:
        run = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            capture_output=True,
            text=True,
            check=True,
            cwd=where,
        )
        top = Path(run.stdout.strip())
        out = subprocess.run(
            ["git", "diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"],
            capture_output=True,
            check=True,
            cwd=top,
        ).stdout  # bytes: a name that is not UTF-8 is decoded as the file system does
    except FileNotFoundError:
        raise ConsistencyError("--staged needs git on the PATH") from None
    except subprocess.CalledProcessError as exc:
        msg = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
        raise ConsistencyError(
            f"--staged: git failed ({msg[-1] if msg else exc.returncode}); is this a git checkout?"
        ) from None
    return _as_shown({os.path.realpath(top / os.fsdecode(n)) for n in out.split(b"\0") if n})


def resolved(paths: list[str]) -> set[str]:
    return _as_shown({os.path.realpath(p) for p in paths})


def _as_shown(paths: set[str]) -> set[str]:
    """The resolved paths, and each as an article shows it when its name is not UTF-8 (the
    bad bytes as \\xNN, as load shows them): findings and articles carry the shown path,
    which then still finds its real file."""
    shown = {
        p.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") for p in paths
    }
    return paths | shown


def touches(path: str, changed: set[str]) -> bool:
    """True when the file at `path` is one of the `changed` (resolved) paths."""
    return os.path.realpath(path) in changed


def concerns(f: Finding, changed: set[str]) -> bool:
    return any(touches(e.path, changed) for e in f.evidence)


def apply(
    findings: list[Finding], *, changed: set[str] | None, baseline: Baseline | None
) -> tuple[list[Finding], int, int]:
    """Return (kept findings, how many the changed-files filter left out, how many the
    baseline hid). The baseline hides what it records as known (open), dismissed or
    won't-fix; a confirmed finding is a real error and keeps being reported."""
    kept, unrelated, known = [], 0, 0
    for f in findings:
        if changed is not None and not concerns(f, changed):
            unrelated += 1
        elif baseline is not None and baseline.hides(f.id):
            known += 1
        else:
            kept.append(f)
    return kept, unrelated, known
