"""Find the article files under the paths given: files, and folders walked recursively."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from consistency.load.result import LoadResult
from consistency.model import InputError

SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl")


def printable(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by Python as lone surrogates)
    are shown as \\xNN, so reports stay valid UTF-8 and still tell names apart."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


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


def discover(paths: list[str], result: LoadResult) -> list[Path]:
    """Expand folders recursively into article files, sorted; report missing paths."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[str] = set()
            other: list[str] = []
            odd: list[str] = []
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
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if not f.lower().endswith(SUFFIXES):
                        other.append(printable(f))
                    elif _regular(Path(root) / f):
                        found.append(Path(root) / f)
                    else:  # a FIFO would block the run for ever; a device never ends
                        odd.append(printable(f))
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
