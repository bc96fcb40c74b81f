"""Writing files: atomically (temporary file in the same folder, flush, fsync, rename)."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        Path(tmp).chmod(0o666 & ~_umask())  # mkstemp makes 0600; a report is for others too
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_output(path: str | Path, data: str | bytes) -> None:
    """Write a report where the user asked, never replacing what is not a file: a symlink
    is followed to its target, a character device or FIFO (/dev/stdout, /dev/null, a pipe)
    is written straight into, a regular file or a new path is written atomically, and
    anything else (a folder, a socket) is refused with OSError."""
    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if mode is None or stat.S_ISREG(mode):
        write_atomic(target, raw)
    elif stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        with open(target, "wb") as fh:  # noqa: PTH123
            fh.write(raw)
    elif stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "is a folder; give a file path", str(path))
    else:
        raise OSError(0, "not a regular file, device or pipe; give a file path", str(path))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: object) -> object:
    """Neutralize a spreadsheet formula: a leading apostrophe, which spreadsheets hide."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
