"""Configuration: `[tool.consistency]` in pyproject.toml, or a consistency.toml.

Found through `--config`, else the CONSISTENCY_CONFIG environment variable, else the
nearest file walking up from the working directory. Unknown keys are errors that name
the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from consistency.align import AlignOptions
from consistency.errors import ConfigError
from consistency.model import Severity
from consistency.rules import ALL_RULES, Rule, RuleOptions, find_rule

_TOP_KEYS = {"select", "ignore", "severity", "align", "tolerances", "min-severity", "fail-level"}


@dataclass(frozen=True)
class Config:
    """The effective configuration and where it came from."""

    path: str = ""
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    align: AlignOptions = field(default_factory=AlignOptions)
    tolerances: RuleOptions = field(default_factory=RuleOptions)
    min_severity: Severity = Severity.INFO
    fail_level: str = "error"

    def rules(self) -> list[tuple[Rule, Severity]]:
        """The rules to run, each with its effective severity."""
        chosen = []
        for r in ALL_RULES:
            if self.select and r.code not in self.select:
                continue
            if r.code in self.ignore:
                continue
            chosen.append((r, self.severity.get(r.code, r.severity)))
        return chosen


def _codes(values: object, where: str) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ConfigError(f"{where}: expected a list of rule codes or names")
    out = []
    for v in values:
        rule = find_rule(v)
        if rule is None:
            raise ConfigError(f"{where}: unknown rule '{v}'; run 'consistency rules' for the list")
        out.append(rule.code)
    return tuple(out)


def _options(cls, table: object, where: str):
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: expected a table")
    names = {f.name.replace("_", "-"): f for f in fields(cls)}
    kwargs = {}
    for key, value in table.items():
        f = names.get(key) or names.get(key.replace("_", "-"))
        if f is None:
            raise ConfigError(
                f"{where}: unknown key '{key}'; valid keys: {', '.join(sorted(names))}"
            )
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise ConfigError(f"{where}.{key}: expected a number, got {value!r}")
        kwargs[f.name] = type(getattr(cls(), f.name))(value)
    return cls(**kwargs)


def _severity(value: object, where: str) -> Severity:
    try:
        return Severity(str(value))
    except ValueError:
        raise ConfigError(f"{where}: '{value}' is not one of info, warning, error") from None


def parse(table: dict, path: str) -> Config:
    """Build a Config from a `[tool.consistency]` table."""
    unknown = set(table) - _TOP_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(
            f"{path}: unknown key '{key}' in [tool.consistency]; valid keys: {', '.join(sorted(_TOP_KEYS))}"
        )
    sev = {}
    raw_sev = table.get("severity", {})
    if not isinstance(raw_sev, dict):
        raise ConfigError(f"{path}: 'severity' must be a table of CODE = \"level\"")
    for code, level in raw_sev.items():
        rule = find_rule(code)
        if rule is None:
            raise ConfigError(f"{path}: severity: unknown rule '{code}'")
        sev[rule.code] = _severity(level, f"{path}: severity.{code}")
    fail = str(table.get("fail-level", "error"))
    if fail not in ("info", "warning", "error", "none"):
        raise ConfigError(f"{path}: fail-level '{fail}' is not one of info, warning, error, none")
    return Config(
        path=path,
        select=_codes(table["select"], f"{path}: select") if "select" in table else (),
        ignore=_codes(table["ignore"], f"{path}: ignore") if "ignore" in table else (),
        severity=sev,
        align=_options(AlignOptions, table.get("align", {}), f"{path}: align"),
        tolerances=_options(RuleOptions, table.get("tolerances", {}), f"{path}: tolerances"),
        min_severity=_severity(table.get("min-severity", "info"), f"{path}: min-severity"),
        fail_level=fail,
    )


def _read(path: Path) -> dict | None:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc}); fix the file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    if path.name == "pyproject.toml":
        return doc.get("tool", {}).get("consistency")
    return doc.get("tool", {}).get("consistency", doc)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest consistency.toml, or pyproject.toml with [tool.consistency], walking up."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        for name in ("consistency.toml", "pyproject.toml"):
            p = d / name
            if p.is_file():
                if name == "pyproject.toml":
                    try:
                        if "consistency" not in tomllib.loads(p.read_text("utf-8")).get("tool", {}):
                            continue
                    except (tomllib.TOMLDecodeError, OSError):
                        continue
                return p
    return None


def load_config(path: str | None = None, *, discover: bool = True) -> Config:
    """Load the configuration from `path`, the environment, or the nearest file."""
    target: Path | None = None
    if path:
        target = Path(path)
        if not target.is_file():
            raise ConfigError(f"{path}: no such configuration file")
    elif os.environ.get("CONSISTENCY_CONFIG"):
        target = Path(os.environ["CONSISTENCY_CONFIG"])
        if not target.is_file():
            raise ConfigError(f"{target}: no such file (from CONSISTENCY_CONFIG)")
    elif discover:
        target = find_config()
    if target is None:
        return Config()
    table = _read(target)
    if table is None:
        return Config(path=str(target))
    return parse(table, str(target))
