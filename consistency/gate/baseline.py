"""The baseline: findings already known, with the editors' decisions about them.

A sorted, deterministic JSON file without timestamps or line numbers, keyed by finding id
(which holds no positions), so reformatting or moving an article does not churn it:

    {"version": 1, "config": "<hash>", "findings": {"NUM001-…": {"rule": "NUM001",
     "story": "…", "sides": ["a=12", "b=40"], "state": "open", "reason": "", "by": ""}}}

States: open (known, not yet reviewed), confirmed (a real contradiction), dismissed (a
false positive), wont-fix. Every recorded finding is hidden from `check --baseline`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from consistency.fileio import write_output
from consistency.model import ConsistencyError, Finding, InputError

VERSION = 1
STATES = ("open", "confirmed", "dismissed", "wont-fix")


@dataclass
class Entry:
    rule: str
    story: str = ""
    sides: list[str] = field(default_factory=list)
    state: str = "open"
    reason: str = ""
    by: str = ""


@dataclass
class Baseline:
    config: str = ""
    findings: dict[str, Entry] = field(default_factory=dict)

    def to_json(self) -> str:
        doc = {
            "version": VERSION,
            "config": self.config,
            "findings": {k: asdict(self.findings[k]) for k in sorted(self.findings)},
        }
        return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def entry_for(f: Finding) -> Entry:
    sides = sorted(f"{e.article}={e.value}" for e in f.evidence)
    return Entry(rule=f.rule, story=f.story, sides=sides)


def load(path: str | Path) -> Baseline:
    """Read a baseline; a broken file is an error naming it, never a guess."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(
            str(p), "no such baseline; create it with 'consistency baseline'"
        ) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            str(p),
            f"baseline is not valid JSON ({exc.msg}); restore or recreate it",
            line=exc.lineno,
        ) from None
    except OSError as exc:
        raise InputError(str(p), f"cannot read the baseline ({exc.strerror})") from None
    if not isinstance(doc, dict) or doc.get("version") != VERSION:
        raise InputError(str(p), f"not a consistency baseline (version {VERSION}); recreate it")
    out = Baseline(config=str(doc.get("config", "")))
    for key, raw in (doc.get("findings") or {}).items():
        if not isinstance(raw, dict) or raw.get("state", "open") not in STATES:
            raise InputError(str(p), f"finding {key}: bad entry; fix or remove it")
        out.findings[key] = Entry(
            rule=str(raw.get("rule", key.split("-")[0])),
            story=str(raw.get("story", "")),
            sides=[str(s) for s in raw.get("sides", [])],
            state=str(raw.get("state", "open")),
            reason=str(raw.get("reason", "")),
            by=str(raw.get("by", "")),
        )
    return out


def load_or_new(path: str | Path) -> Baseline:
    return load(path) if Path(path).exists() else Baseline()


def save(path: str | Path, baseline: Baseline) -> None:
    write_output(path, baseline.to_json())


def update(
    baseline: Baseline, findings: list[Finding], config: str, *, add_new: bool
) -> tuple[int, int]:
    """Drop recorded findings that no longer occur; add new ones when `add_new` (always
    for a new baseline). Decisions on kept findings stay. Returns (added, dropped)."""
    current = {f.id: f for f in findings}
    dropped = [k for k in baseline.findings if k not in current]
    for k in dropped:
        del baseline.findings[k]
    added = 0
    if add_new:
        for fid, f in current.items():
            if fid not in baseline.findings:
                baseline.findings[fid] = entry_for(f)
                added += 1
    baseline.config = config
    return added, len(dropped)


def decide(baseline: Baseline, finding_id: str, state: str, reason: str, by: str) -> Entry:
    """Record an editor's decision; a finding not yet in the baseline is added."""
    if state not in STATES:
        raise ValueError(f"state must be one of {', '.join(STATES)}")
    entry = baseline.findings.get(finding_id) or Entry(rule=finding_id.split("-")[0])
    entry.state, entry.reason, entry.by = state, reason, by
    baseline.findings[finding_id] = entry
    return entry


def precision(baseline: Baseline) -> list[tuple[str, int, int, int, float | None]]:
    """Per rule: (rule, confirmed, dismissed, undecided, confirmed share of decided)."""
    stats: dict[str, list[int]] = {}
    for e in baseline.findings.values():
        row = stats.setdefault(e.rule, [0, 0, 0])
        if e.state == "confirmed":
            row[0] += 1
        elif e.state == "dismissed":
            row[1] += 1
        elif e.state == "open":
            row[2] += 1
    out = []
    for rule in sorted(stats):
        c, d, u = stats[rule]
        out.append((rule, c, d, u, c / (c + d) if c + d else None))
    return out


_ID_RE = re.compile(r"[A-Z]{3}\d{3}-[0-9a-f]{16}")


def check_id(finding_id: str) -> None:
    if not _ID_RE.fullmatch(finding_id):
        raise ConsistencyError(f"'{finding_id}' is not a finding id (like NUM001-3f2a9c1b2d4e5f60)")


def read_decisions(path: str | Path) -> list[tuple[str, str, str]]:
    """Decisions exported from the HTML report: {"decisions": [{"id", "state", "reason"}]}."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(str(p), "no such file; export it from the HTML report") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(str(p), f"not a decisions file ({exc}); export it again") from None
    items = doc.get("decisions") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise InputError(str(p), "not a decisions file (no 'decisions' list); export it again")
    out = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(str(p), f"decision {n} is not an object")
        fid, state, reason = (str(item.get(k, "")).strip() for k in ("id", "state", "reason"))
        if state not in STATES or not reason:
            raise InputError(
                str(p), f"decision {n} ({fid}): needs a state ({', '.join(STATES)}) and a reason"
            )
        out.append((fid, state, reason))
    return out
