"""Find the article files under the paths given: files, and folders walked recursively.

What counts as an article in a folder: a file with an article extension, not hidden,
matching `include` (when given) and no `exclude` pattern, and not ignored by git. A
pattern without "/" matches a file or folder name at any depth ("README*",
"node_modules/"); one with "/" matches the path below the folder given
("drafts/*.md"); a trailing "/" matches folders only. A file named on the command line is
read whatever the patterns say. Everything skipped is kept with the reason, for
`config show`.
"""

from __future__ import annotations

import fnmatch
import os
import stat
import subprocess
from dataclasses import dataclass
from pathlib import Path

from consistency.load.result import LoadResult
from consistency.model import DEFAULT_EXCLUDE, InputError

SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl")


def printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates)
    are shown as \\xNN, so reports stay valid UTF-8 and still tell names apart."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass(frozen=True, slots=True)
class Selection:
    """Which files of a folder are articles (see the module docstring)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    gitignore: bool = True

    def rejects(self, rel: str, is_dir: bool) -> str | None:
        """Why the file or folder at `rel` (POSIX, below the folder given) is skipped."""
        name = rel.rsplit("/", 1)[-1]
        for pat in self.exclude:
            folder_only = pat.endswith("/")
            core = pat.rstrip("/")
            if folder_only and not is_dir:
                continue
            target = rel if "/" in core else name
            if fnmatch.fnmatchcase(target, core):
                return f"exclude '{pat}'"
        if (
            not is_dir
            and self.include
            and not any(fnmatch.fnmatchcase(rel if "/" in p else name, p) for p in self.include)
        ):
            return "matches no include pattern"
        return None


def _git_ignored(files: list[Path], where: Path) -> set[Path]:
    """The files git ignores (none outside a git work tree or without git)."""
    if not files:
        return set()
    try:
        out = subprocess.run(  # bytes: a file name need not be UTF-8
            ["git", "check-ignore", "--stdin", "-z"],
            input=b"\0".join(os.fsencode(f.resolve()) for f in files) + b"\0",
            capture_output=True,
            cwd=where,
            check=False,
        )
    except OSError:
        return set()
    if out.returncode not in (0, 1):  # 128: not a git work tree
        return set()
    return {Path(os.fsdecode(x)) for x in out.stdout.split(b"\0") if x}


def display_path(path: Path) -> str:
    """Return the path relative to the working directory when below it, in POSIX form."""
    try:
        return printable(path.resolve().relative_to(Path.cwd().resolve()).as_posix())
    except ValueError:
        return printable(path.as_posix())


def _regular(p: Path) -> bool:
    try:
        return stat.S_ISREG(p.stat().st_mode)
    except OSError:
        return False


def discover(
    paths: list[str], result: LoadResult, selection: Selection | None = None
) -> list[Path]:
    """Expand folders recursively into article files, sorted; report missing paths. What
    the selection leaves out goes to `result.skipped` with the reason."""
    selection = selection or Selection()
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[str] = set()
            other: list[str] = []
            odd: list[str] = []
            mine: list[Path] = []
            for root, dirs, files in os.walk(p, followlinks=True, onerror=_walk_error(result)):
                real = os.path.realpath(root)
                if real in seen:
                    result.warnings.append(
                        f"{printable(raw)}: folder {printable(root)} links back into itself; "
                        "skipped the loop "
                        "(its articles are read once)"
                    )
                    dirs[:] = []
                    continue
                seen.add(real)
                here = Path(root).relative_to(p).as_posix()
                prefix = "" if here == "." else here + "/"
                kept = []
                for d in sorted(dirs):
                    why = "hidden" if d.startswith(".") else selection.rejects(prefix + d, True)
                    if why:
                        result.skipped.append((display_path(Path(root) / d) + "/", why))
                    else:
                        kept.append(d)
                dirs[:] = kept
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if not f.lower().endswith(SUFFIXES):
                        other.append(printable(f))
                    elif not _regular(Path(root) / f):  # a FIFO would block the run for ever
                        odd.append(printable(f))
                    elif why := selection.rejects(prefix + f, False):
                        result.skipped.append((display_path(Path(root) / f), why))
                    else:
                        mine.append(Path(root) / f)
            ignored = _git_ignored(mine, p) if selection.gitignore else set()
            for f in mine:
                if f.resolve() in ignored:
                    result.skipped.append((display_path(f), "ignored by git"))
                else:
                    found.append(f)
            if not any(True for f in found if f.is_relative_to(p)):
                result.warnings.append(
                    f"{printable(raw)}: no article files (.txt, .md, .json, .jsonl) in this folder"
                )
            if other:
                names = ", ".join(other[:3]) + (", ..." if len(other) > 3 else "")
                result.warnings.append(
                    f"{printable(raw)}: skipped {len(other)} file(s) that are not .txt, .md, "
                    f".json or .jsonl ({names}); rename them if they are articles"
                )
            if odd:
                names = ", ".join(odd[:3]) + (", ..." if len(odd) > 3 else "")
                result.warnings.append(
                    f"{printable(raw)}: skipped {len(odd)} entry(ies) that are not regular "
                    f"files (pipes, devices or broken links: {names})"
                )
        elif _regular(p):
            found.append(p)
        elif p.exists():
            result.errors.append(
                InputError(
                    printable(raw),
                    "not a regular file (a pipe or device); save the articles to a file",
                )
            )
        else:
            result.errors.append(
                InputError(printable(raw), "no such file or folder; check the path and try again")
            )
    unique: dict[str, Path] = {}
    for f in found:
        unique.setdefault(os.path.realpath(f), f)
    return sorted(unique.values(), key=lambda x: x.as_posix())


def _walk_error(result: LoadResult):
    def report(exc: OSError) -> None:
        result.errors.append(
            InputError(
                printable(str(exc.filename or "?")),
                f"cannot list folder ({exc.strerror}); check it",
            )
        )

    return report
