"""The baseline: findings already known, with the editors' decisions about them.

A sorted, deterministic JSON file without timestamps or line numbers, keyed by finding id
(which holds no positions), so reformatting or moving an article does not churn it:

    {"version": 1, "config": "<hash>", "findings": {"NUM001-…": {"rule": "NUM001",
     "story": "…", "sides": ["a=12", "b=40"], "state": "open", "reason": "", "by": ""}}}

States: open (known, not yet reviewed), confirmed (a real contradiction), dismissed (a
false positive), wont-fix (real, not worth correcting). `check --baseline` hides open,
dismissed and won't-fix findings; a confirmed one keeps being reported (and failing CI)
until the articles change.
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

    def hides(self, finding_id: str) -> bool:
        """True when `check --baseline` leaves the finding out: recorded, not confirmed."""
        entry = self.findings.get(finding_id)
        return entry is not None and entry.state != "confirmed"


def entry_for(f: Finding) -> Entry:
    sides = sorted(f"{e.article}={e.value}" for e in f.evidence)
    return Entry(rule=f.rule, story=f.story, sides=sides)


def _read_json(p: Path, missing: str, redo: str, what: str = "file") -> object:
    """A JSON file (a UTF-8 BOM allowed); any problem is one InputError naming it."""
    try:
        return json.loads(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError(str(p), missing) from None
    except IsADirectoryError:
        raise InputError(str(p), "is a folder; give the JSON file") from None
    except UnicodeDecodeError as exc:
        raise InputError(str(p), f"{what} is not valid UTF-8 (byte {exc.start}); {redo}") from None
    except json.JSONDecodeError as exc:
        raise InputError(
            str(p), f"{what} is not valid JSON ({exc.msg}); {redo}", line=exc.lineno
        ) from None
    except RecursionError:
        raise InputError(str(p), f"JSON nested too deep; {redo}") from None
    except ValueError as exc:
        raise InputError(str(p), f"JSON value cannot be read ({exc}); {redo}") from None
    except OSError as exc:
        raise InputError(str(p), f"cannot read ({exc.strerror}); check the file") from None


def _text(raw: dict, key: str, default: str) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise TypeError(key)
    return value


def load(path: str | Path) -> Baseline:
    """Read a baseline; a broken file is an error naming it, never a guess."""
    p = Path(path)
    doc = _read_json(
        p,
        "no such baseline; create it with 'consistency baseline'",
        "restore or recreate it",
        "baseline",
    )
    if not isinstance(doc, dict) or doc.get("version") != VERSION:
        raise InputError(str(p), f"not a consistency baseline (version {VERSION}); recreate it")
    findings = doc.get("findings") or {}
    if not isinstance(findings, dict) or not isinstance(doc.get("config", ""), str):
        raise InputError(str(p), "'findings' must be an object keyed by finding id; recreate it")
    out = Baseline(config=doc.get("config", ""))
    for key, raw in findings.items():
        try:
            if not isinstance(raw, dict) or raw.get("state", "open") not in STATES:
                raise TypeError("state")
            sides = raw.get("sides", [])
            if not isinstance(sides, list) or not all(isinstance(x, str) for x in sides):
                raise TypeError("sides")
            out.findings[key] = Entry(
                rule=_text(raw, "rule", key.split("-")[0]),
                story=_text(raw, "story", ""),
                sides=list(sides),
                state=_text(raw, "state", "open"),
                reason=_text(raw, "reason", ""),
                by=_text(raw, "by", ""),
            )
        except TypeError as exc:
            raise InputError(
                str(p), f"finding {key[:80]}: bad entry ('{exc}'); fix or remove it"
            ) from None
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


def precision(baseline: Baseline) -> list[tuple[str, int, int, int, int, float | None]]:
    """Per rule: (rule, confirmed, wont-fix, dismissed, open, share of true findings among
    the decided). A won't-fix is a true finding nobody will correct: it counts as right."""
    stats: dict[str, dict[str, int]] = {}
    for e in baseline.findings.values():
        row = stats.setdefault(e.rule, dict.fromkeys(STATES, 0))
        row[e.state] = row.get(e.state, 0) + 1
    out = []
    for rule in sorted(stats):
        row = stats[rule]
        right, wrong = row["confirmed"] + row["wont-fix"], row["dismissed"]
        share = right / (right + wrong) if right + wrong else None
        out.append((rule, row["confirmed"], row["wont-fix"], wrong, row["open"], share))
    return out


_ID_RE = re.compile(r"[A-Z]{3}\d{3}-[0-9a-f]{16}")


def check_id(finding_id: str) -> None:
    if not _ID_RE.fullmatch(finding_id):
        raise ConsistencyError(
            f"'{finding_id[:80]}' is not a finding id (like NUM001-3f2a9c1b2d4e5f60)"
        )


@dataclass(frozen=True)
class Decision:
    """One decision of a decisions file: the finding, the decision, who made it, and (from
    the HTML report) what the finding is, so one not yet in the baseline can be recorded."""

    id: str
    state: str
    reason: str
    by: str = ""
    rule: str = ""
    story: str = ""
    sides: tuple[str, ...] = ()


def read_decisions(path: str | Path) -> list[Decision]:
    """Decisions exported from the HTML report: {"decisions": [{"id", "state", "reason",
    "by", "rule", "story", "sides"}]} (all but the first three optional)."""
    p = Path(path)
    doc = _read_json(
        p, "no such file; export it from the HTML report", "not a decisions file, export it again"
    )
    items = doc.get("decisions") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise InputError(str(p), "not a decisions file (no 'decisions' list); export it again")
    out = []
    for n, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise InputError(str(p), f"decision {n} is not an object")
        keys = ("id", "state", "reason", "by", "rule", "story")
        values = [item.get(k, "") for k in keys]
        sides = item.get("sides", [])
        if not all(isinstance(v, str) for v in values) or not (
            isinstance(sides, list) and all(isinstance(x, str) for x in sides)
        ):
            raise InputError(
                str(p), f"decision {n}: id, state, reason, by, rule and story must be strings"
            )
        fid, state, reason, by, rule, story = (v.strip() for v in values)
        if state not in STATES or not reason:
            raise InputError(
                str(p), f"decision {n} ({fid}): needs a state ({', '.join(STATES)}) and a reason"
            )
        out.append(Decision(fid, state, reason, by, rule, story, tuple(sorted(sides))))
    return out


def record(baseline: Baseline, d: Decision, by: str) -> Entry | None:
    """Record an imported decision. A finding not in the baseline is added only when the
    decision says what it is (its rule, matching the id, and its sides); else None."""
    if d.id not in baseline.findings:
        if not (d.sides and d.rule and d.id.split("-")[0] == d.rule):
            return None
        baseline.findings[d.id] = Entry(rule=d.rule, story=d.story, sides=list(d.sides))
    return decide(baseline, d.id, d.state, d.reason, d.by or by)
