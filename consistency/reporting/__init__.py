"""Renderers: pure functions from a Report (and RenderOptions) to text.

Each format lives in its own module, imported only when asked for.
"""

from __future__ import annotations

from importlib import import_module

from consistency.reporting.common import RenderOptions

# Each format is the module of the same name in this package.
FORMATS: tuple[str, ...] = (
    "text",
    "concise",
    "json",
    "jsonl",
    "csv",
    "markdown",
    "sarif",
    "junit",
    "github",
    "html",
)

EXTENSIONS: dict[str, str] = {
    "text": "txt",
    "concise": "concise.txt",
    "json": "json",
    "jsonl": "jsonl",
    "csv": "csv",
    "markdown": "md",
    "sarif": "sarif",
    "junit": "junit.xml",
    "github": "github.txt",
    "html": "html",
}


def render(fmt: str, report, opts: RenderOptions | None = None) -> str:
    """Render `report` in format `fmt` (one of FORMATS)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format '{fmt}'; choose one of {', '.join(FORMATS)}")
    module = import_module(f"consistency.reporting.{fmt}")
    return module.render(report, opts or RenderOptions())


__all__ = ["EXTENSIONS", "FORMATS", "RenderOptions", "render"]
