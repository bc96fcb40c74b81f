"""The architecture, checked: data flows one way, load -> normalize -> align -> rules ->
run -> gate -> reporting -> cli. Each package may import only the packages listed for it
below (and itself, and the `consistency` root for its version). The table is the
architecture; a test fails on any import against it."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "consistency"

BASE = {"model", "lexicon", "partition"}  # shared records, word lists, disjoint sets
ALLOWED: dict[str, set[str]] = {
    "model": set(),  # imports no stage
    "fileio": set(),  # atomic writes: a utility, imports nothing of ours
    "partition": set(),  # union-find for alignment groups and merged findings: a utility
    "lexicon": set(),  # word lists and patterns: imports no stage
    "load": BASE,
    "normalize": BASE,
    "align": BASE,
    "rules": BASE,
    "config": BASE | {"rules"},  # rule codes are validated against the registry
    "run": BASE | {"load", "normalize", "align", "rules", "config", "fileio"},
    "gate": BASE | {"rules", "fileio"},  # suppressions name rules
    "api": BASE | {"load", "align", "run", "rules", "config", "gate"},
    "reporting": BASE | {"fileio"},  # reads model records only
    "cli": BASE
    | {"load", "normalize", "run", "rules", "config", "gate", "reporting", "api", "fileio"},
    "__main__": {"cli"},
}
TYPER_ALLOWED = {"cli"}


def _unit(path: Path, root: Path) -> str:
    """The architectural unit of a module: its top-level package or module name."""
    return path.relative_to(root).parts[0].removesuffix(".py")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "consistency":  # from consistency import lexicon, __version__
                out.extend((node.lineno, f"consistency.{a.name}") for a in node.names)
            else:
                out.append((node.lineno, node.module))
    return out


def violations(root: Path = PACKAGE) -> list[str]:
    bad = []
    for path in sorted(root.rglob("*.py")):
        if path.parent == root and path.name == "__init__.py":
            continue
        unit = _unit(path, root)
        allowed = ALLOWED.get(unit)
        if allowed is None:
            bad.append(f"{path.relative_to(root)}: '{unit}' has no row in ALLOWED")
            continue
        for line, name in _imports(path):
            top = name.split(".")[0]
            if top == "typer" and unit not in TYPER_ALLOWED:
                bad.append(f"{path.relative_to(root)}:{line}: imports typer (only the CLI may)")
            if top != "consistency" or name in ("consistency", "consistency.__version__"):
                continue
            target = name.split(".")[1]
            if target != unit and target not in allowed:
                bad.append(f"{path.relative_to(root)}:{line}: {unit} imports {name}")
    return bad


def test_imports_follow_the_flow():
    assert violations() == []


def test_the_layer_check_catches_a_forbidden_import(tmp_path):
    pkg = tmp_path / "consistency"
    (pkg / "normalize").mkdir(parents=True)
    (pkg / "normalize" / "x.py").write_text("from consistency.rules import ALL_RULES\n")
    (pkg / "reporting").mkdir()
    (pkg / "reporting" / "y.py").write_text("import typer\nfrom consistency import api\n")
    assert violations(pkg) == [
        "normalize/x.py:1: normalize imports consistency.rules",
        "reporting/y.py:1: imports typer (only the CLI may)",
        "reporting/y.py:2: reporting imports consistency.api",
    ]


def test_every_rule_module_is_registered():
    from consistency import rules

    registered = {r.code for r in rules.ALL_RULES}
    for info in pkgutil.iter_modules(rules.__path__):
        if info.name in ("base", "engine"):
            continue
        module = importlib.import_module(f"consistency.rules.{info.name}")
        rule = getattr(module, "RULE", None)
        assert rule is not None, f"rules/{info.name}.py defines no RULE"
        assert rule.code in registered, f"rules/{info.name}.py ({rule.code}) is not in ALL_RULES"
        assert info.name.startswith(rule.code.lower()), (
            f"rules/{info.name}.py is not named by its code"
        )


@pytest.mark.parametrize("name", ["common", "exports", "schema", "tables"])
def test_helper_modules_of_reporting_are_no_formats(name):
    module = importlib.import_module(f"consistency.reporting.{name}")
    assert not hasattr(module, "render")


def test_every_format_module_is_registered():
    from consistency import reporting

    formats = set(reporting.FORMATS)
    for info in pkgutil.iter_modules(reporting.__path__):
        module = importlib.import_module(f"consistency.reporting.{info.name}")
        if hasattr(module, "render"):
            assert info.name in formats, f"reporting/{info.name}.py renders but is not in FORMATS"
    for fmt in formats:
        assert hasattr(importlib.import_module(f"consistency.reporting.{fmt}"), "render")
