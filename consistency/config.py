"""Configuration: `[tool.consistency]` in pyproject.toml, or a consistency.toml.

Found through `--config`, else the CONSISTENCY_CONFIG environment variable, else the
nearest file walking up from the working directory. Unknown keys are errors that name
the file and the key.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from consistency.model import DEFAULT_EXCLUDE, AlignOptions, ConfigError, RuleOptions, Severity
from consistency.rules import ALL_RULES, Rule, find_rule

_TOP_KEYS = {
    "select",
    "ignore",
    "severity",
    "align",
    "tolerances",
    "min-severity",
    "fail-level",
    "baseline",
    "cache",
    "inline-suppressions",
    "skip-bad-input",
    "include",
    "exclude",
    "gitignore",
}
DEFAULT_CACHE = ".consistency_cache/claims.sqlite"


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
    baseline: str = ""  # a baseline file to apply to every check
    cache: str = ""  # the claim cache; "" is off (the CLI's default is DEFAULT_CACHE)
    inline_suppressions: bool = True
    skip_bad_input: bool = False
    include: tuple[str, ...] = ()  # globs a file in a folder must match to be an article
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE  # globs of files and folders that are not
    gitignore: bool = True  # skip what git ignores
    origin: dict[str, str] = field(default_factory=dict)  # key -> file it came from

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
        if not math.isfinite(value) or value < 0:
            raise ConfigError(
                f"{where}.{key}: {value!r} is not a finite number of zero or more; fix it"
            )
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
    for key in ("include", "exclude"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError(f"{path}: {key} must be a list of glob patterns (strings)")
    for key in ("inline-suppressions", "skip-bad-input", "gitignore"):
        if key in table and not isinstance(table[key], bool):
            raise ConfigError(f"{path}: {key} must be true or false")
    for key in ("baseline", "cache"):
        if key in table and not isinstance(table[key], str):
            raise ConfigError(f"{path}: {key} must be a path (a string)")
    base = Path(path).parent
    return Config(
        baseline=str(base / table["baseline"]) if table.get("baseline") else "",
        cache=(str(base / table["cache"]) if table["cache"] else "")
        if "cache" in table
        else DEFAULT_CACHE,
        inline_suppressions=table.get("inline-suppressions", True),
        skip_bad_input=table.get("skip-bad-input", False),
        include=tuple(table.get("include", ())),
        exclude=tuple(table["exclude"]) if "exclude" in table else DEFAULT_EXCLUDE,
        gitignore=table.get("gitignore", True),
        origin=dict.fromkeys(table, path),
        path=path,
        select=_codes(table["select"], f"{path}: select") if "select" in table else (),
        ignore=_codes(table["ignore"], f"{path}: ignore") if "ignore" in table else (),
        severity=sev,
        align=_options(AlignOptions, table.get("align", {}), f"{path}: align"),
        tolerances=_options(RuleOptions, table.get("tolerances", {}), f"{path}: tolerances"),
        min_severity=_severity(table.get("min-severity", "info"), f"{path}: min-severity"),
        fail_level=fail,
    )


def _toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc}); fix the file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not valid UTF-8 (byte {exc.start}); TOML files must be UTF-8, save it so"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None


def _tool(doc: dict, path: Path) -> dict:
    tool = doc.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table ([tool.consistency]); fix the file")
    return tool


def _read(path: Path) -> dict | None:
    doc = _toml(path)
    tool = _tool(doc, path)
    table = (
        tool.get("consistency") if path.name == "pyproject.toml" else tool.get("consistency", doc)
    )
    if table is not None and not isinstance(table, dict):
        raise ConfigError(f"{path}: 'consistency' must be a table ([tool.consistency])")
    return table


def find_config(start: Path | None = None) -> Path | None:
    """The nearest consistency.toml, or pyproject.toml with [tool.consistency], walking up."""
    here = (start or Path.cwd()).resolve()
    for d in (here, *here.parents):
        for name in ("consistency.toml", "pyproject.toml"):
            p = d / name
            if p.is_file():
                if name == "pyproject.toml":
                    try:
                        if "consistency" not in _tool(_toml(p), p):
                            continue
                    except ConfigError:
                        if not _mentions_us(p):
                            continue  # another project's broken file: not ours to judge
                        raise
                return p
    return None


def _mentions_us(p: Path) -> bool:
    try:
        return b"consistency" in p.read_bytes()
    except OSError:
        return False


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
        return Config(cache=DEFAULT_CACHE)
    table = _read(target)
    if table is None:
        return Config(path=str(target), cache=DEFAULT_CACHE)
    return parse(table, str(target))


def describe(cfg: Config) -> list[tuple[str, str, str]]:
    """(key, effective value, where it came from) for every setting, for `config show`."""

    def where(table_key: str) -> str:
        return cfg.origin.get(table_key, "default")

    rows = [
        ("select", ", ".join(cfg.select) or "(all rules)", where("select")),
        ("ignore", ", ".join(cfg.ignore) or "(none)", where("ignore")),
        (
            "severity",
            ", ".join(f"{k}={v.value}" for k, v in sorted(cfg.severity.items())) or "(defaults)",
            where("severity"),
        ),
        (
            "rules in effect",
            ", ".join(f"{r.code}={sev.value}" for r, sev in cfg.rules()),
            "select, ignore and severity",
        ),
        ("min-severity", cfg.min_severity.value, where("min-severity")),
        ("fail-level", cfg.fail_level, where("fail-level")),
        ("baseline", cfg.baseline or "(none)", where("baseline")),
        ("cache", cfg.cache or "(off)", where("cache")),
        ("inline-suppressions", str(cfg.inline_suppressions).lower(), where("inline-suppressions")),
        ("skip-bad-input", str(cfg.skip_bad_input).lower(), where("skip-bad-input")),
        ("include", ", ".join(cfg.include) or "(every .txt .md .json .jsonl)", where("include")),
        ("exclude", ", ".join(cfg.exclude) or "(none)", where("exclude")),
        ("gitignore", str(cfg.gitignore).lower(), where("gitignore")),
    ]
    for table, obj in (("align", cfg.align), ("tolerances", cfg.tolerances)):
        rows.extend(
            (f"{table}.{f.name.replace('_', '-')}", str(getattr(obj, f.name)), where(table))
            for f in fields(obj)
        )
    return rows


def fingerprint(cfg: Config) -> str:
    """A hash of what changes findings: rules, severities, alignment and tolerances."""
    import hashlib

    parts = [f"{r.code}={sev.value}" for r, sev in cfg.rules()]
    parts += [f"{f.name}={getattr(cfg.align, f.name)!r}" for f in fields(cfg.align)]
    parts += [f"{f.name}={getattr(cfg.tolerances, f.name)!r}" for f in fields(cfg.tolerances)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
