"""Find the article files under the paths given: files, and folders walked recursively."""

from __future__ import annotations

import os
from pathlib import Path

from consistency.load.result import LoadResult
from consistency.model import InputError

SUFFIXES = (".txt", ".md", ".markdown", ".json", ".jsonl")


def display_path(path: Path) -> str:
    """Return the path relative to the working directory when below it, in POSIX form."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def discover(paths: list[str], result: LoadResult) -> list[Path]:
    """Expand folders recursively into article files, sorted; report missing paths."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[str] = set()
            other: list[str] = []
            for root, dirs, files in os.walk(p, followlinks=True, onerror=_walk_error(result)):
                real = os.path.realpath(root)
                if real in seen:
                    result.warnings.append(
                        f"{raw}: folder {root} links back into itself; skipped the loop "
                        "(its articles are read once)"
                    )
                    dirs[:] = []
                    continue
                seen.add(real)
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    if f.lower().endswith(SUFFIXES):
                        found.append(Path(root) / f)
                    else:
                        other.append(f)
            if not any(True for f in found if f.is_relative_to(p)):
                result.warnings.append(
                    f"{raw}: no article files (.txt, .md, .json, .jsonl) in this folder"
                )
            if other:
                names = ", ".join(other[:3]) + (", ..." if len(other) > 3 else "")
                result.warnings.append(
                    f"{raw}: skipped {len(other)} file(s) that are not .txt, .md, .json or "
                    f".jsonl ({names}); rename them if they are articles"
                )
        elif p.is_file():
            found.append(p)
        else:
            result.errors.append(
                InputError(raw, "no such file or folder; check the path and try again")
            )
    unique: dict[str, Path] = {}
    for f in found:
        unique.setdefault(os.path.realpath(f), f)
    return sorted(unique.values(), key=lambda x: x.as_posix())


def _walk_error(result: LoadResult):
    def report(exc: OSError) -> None:
        result.errors.append(
            InputError(exc.filename or "?", f"cannot list folder ({exc.strerror}); check it")
        )

    return report
