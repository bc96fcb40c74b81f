"""Typed errors. Every message says what went wrong, where, and what to do."""

from __future__ import annotations


class ConsistencyError(Exception):
    """Base class of every error the library raises on purpose."""


class ConfigError(ConsistencyError):
    """The configuration is invalid (unknown key, bad value)."""


class InputError(ConsistencyError):
    """An input file or line cannot be used as an article."""

    def __init__(self, path: str, message: str, *, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
