"""Bytes to text: read a file within its size limit, decode UTF-8 (BOM or not) or cp1252.

The limits themselves are `consistency.load.MAX_BYTES` and `MAX_JSONL_BYTES`, passed in by
the caller at each read, so setting them there takes effect.
"""

from __future__ import annotations

from pathlib import Path

from consistency.load.result import LoadResult
from consistency.model import InputError


def decode(raw: bytes, path: str, result: LoadResult) -> str:
    """Decode UTF-8 (with or without BOM); fall back to cp1252 with a warning.

    A file with many NUL bytes is binary (an image, a PDF) and refused; a few stray NULs
    in a text (a CMS export) become spaces, so offsets and lines stay true, with a warning.
    """
    nuls = raw.count(b"\x00")
    if nuls:
        if nuls > max(8, len(raw) // 1000) or b"\x00\x00" in raw[:8192]:
            raise InputError(
                path, "binary file (NUL bytes); give a text, Markdown, JSON or JSONL file"
            )
        result.warnings.append(f"{path}: {nuls} NUL byte(s) read as spaces; check the export")
        raw = raw.replace(b"\x00", b" ")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        result.warnings.append(
            f"{path}: not valid UTF-8 (byte {exc.start}); read as cp1252, check the characters"
        )
        return raw.decode("cp1252", errors="replace")


def read_bytes(p: Path, path: str, limit: int) -> bytes:
    """The bytes of one article file (.txt, .md, .json), refused over `limit` or empty."""
    try:
        size = p.stat().st_size
        if size > limit:
            raise InputError(path, f"file is {size:,} bytes, over the {limit:,} limit; split it")
        raw = p.read_bytes()
    except PermissionError:
        raise InputError(path, "permission denied; make the file readable") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror}); check the file") from None
    if not raw.strip():
        raise InputError(path, "file is empty; remove it or add the article text")
    return raw


def check_feed(p: Path, path: str, limit: int) -> None:
    """The file-level checks of a JSONL feed (too large, empty), one error for the file."""
    try:
        size = p.stat().st_size
        if size > limit:
            raise InputError(path, f"file is {size:,} bytes, over the {limit:,} limit; split it")
        if not size or not _has_text(p):
            raise InputError(path, "file is empty; remove it or add the article text")
    except PermissionError:
        raise InputError(path, "permission denied; make the file readable") from None
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror}); check the file") from None


def _has_text(p: Path) -> bool:
    with p.open("rb") as fh:
        return any(chunk.strip() for chunk in iter(lambda: fh.read(1 << 20), b""))


def decode_line(raw: bytes, n: int, path: str, result: LoadResult, limit: int) -> str:
    """One JSONL line (line `n`, 1-based) as text, refused over `limit`; a BOM only on line 1."""
    if len(raw) > limit:
        raise InputError(path, f"line has {len(raw):,} bytes, over {limit:,}; split it", line=n)
    try:
        return raw.decode("utf-8-sig" if n == 1 else "utf-8")
    except UnicodeDecodeError:
        result.warnings.append(f"{path}:{n}: not valid UTF-8; read as cp1252, check the characters")
        return raw.decode("cp1252", errors="replace")
